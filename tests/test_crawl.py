"""The crawl dispatcher with fake work: ordering per host, parallelism, deadline."""

import threading
import time

from newsdiff.crawl import crawl


def test_items_of_one_host_run_in_order_one_at_a_time():
    running: dict[str, int] = {}
    peak: dict[str, int] = {}
    order: list[str] = []
    lock = threading.Lock()

    def work(item):
        host = item[0]
        with lock:
            running[host] = running.get(host, 0) + 1
            peak[host] = max(peak.get(host, 0), running[host])
            order.append(item)
        time.sleep(0.01)
        with lock:
            running[host] -= 1
        return item.upper()

    items = [f"{host}{n}" for n in range(5) for host in "abc"]
    outcomes = list(crawl(items, lambda i: i[0], work, lambda i: 0.0, workers=3))
    assert sorted(o.result for o in outcomes) == sorted(i.upper() for i in items)
    assert peak == {"a": 1, "b": 1, "c": 1}
    for host in "abc":
        assert [i for i in order if i[0] == host] == [f"{host}{n}" for n in range(5)]


def test_errors_are_outcomes_not_crashes():
    def work(item):
        if item == "a2":
            raise ValueError("broken page")
        return item

    outcomes = {o.item: o for o in crawl(["a1", "a2", "a3"], lambda i: i[0], work,
                                         lambda i: 0.0)}
    assert isinstance(outcomes["a2"].error, ValueError)
    assert outcomes["a3"].result == "a3"


def test_deadline_stops_new_work():
    clock = {"now": 0.0}
    done = []

    def work(item):
        done.append(item)
        clock["now"] += 10  # each item "takes" 10 s of the budget
        return item

    outcomes = list(crawl(["a1", "a2", "a3"], lambda i: i[0], work, lambda i: 0.0,
                          deadline=15.0, monotonic=lambda: clock["now"]))
    assert done == ["a1", "a2"]
    assert [type(o.error).__name__ for o in outcomes] == ["NoneType", "NoneType",
                                                          "TimeoutError"]
