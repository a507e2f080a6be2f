"""Issue 13, one reproduction each: servers that hang, bomb, redirect, rebind or lie, on
127.0.0.1 (real sockets), and URLs and text no newsroom should be able to crash us with."""

import json
import socket
import threading
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner
from conftest import LOREM, FixtureServer, Page, article_page, git, rss, serving
from faultserver import FaultServer

from newsdiff import discover
from newsdiff.article import from_markdown
from newsdiff.cli import main
from newsdiff.config import Config, Settings, Source
from newsdiff.discover import MAX_SOURCE_URLS, discover_all, parse_feed
from newsdiff.fetch import Fetcher, is_public_address, is_public_host
from newsdiff.run import run_round

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
QUICK = Settings(timeout=1, min_delay=0, retries=0, max_bytes=1_000_000)


def story(title: str = "Fares rise", head: str = "") -> Page:
    return Page(article_page(title, LOREM).replace("<head>", "<head>" + head))


def paper(server: FixtureServer, *paths: str, name: str = "paper") -> Source:
    server.pages["/rss"] = Page(rss([server.url + p for p in paths]),
                                content_type="application/rss+xml")
    return Source(name=name, feeds=(server.url + "/rss",), allow_private=True)


@pytest.fixture
def other_server():
    yield from serving(FixtureServer())


# --- hangs ---------------------------------------------------------------------------------


def test_huge_crawl_delay_is_capped_and_never_outlives_the_round(server, repo):
    with FaultServer(robots="crawl-delay") as slow:
        fetcher = Fetcher(QUICK)
        assert fetcher.host_delay(slow.url + "/story", allow_private=True) == 60  # the cap
        assert Fetcher(Settings(max_crawl_delay=2)).host_delay(slow.url + "/story", True) == 2
        server.pages["/a"] = story()
        config = Config(sources=(
            Source(name="slow", feeds=(slow.url + "/feed-html",), allow_private=True),
            paper(server, "/a")), settings=QUICK)
        report = run_round(config, repo / "archive", clock=lambda: T0, max_minutes=0.25)
    assert report.sources["paper"].new == 1  # the healthy source was fetched
    # The slow host's feed waited for no 60 s: the round's deadline came first.
    assert report.sources["slow"].errors == [f"feed {slow.url}/feed-html: time budget spent"]
    assert "/feed-html" not in slow.log


def test_robots_redirect_to_a_malformed_url_is_no_robots(server, repo):
    with FaultServer(robots="redirect-malformed") as odd:
        source = Source(name="odd", feeds=(server.url + "/rss",), allow_private=True)
        server.pages["/rss"] = Page(rss([odd.url + "/story"]),
                                    content_type="application/rss+xml")
        report = run_round(Config(sources=(source,), settings=QUICK), repo / "archive",
                           clock=lambda: T0)
    assert report.sources["odd"].new == 1


@pytest.mark.parametrize("robots, error", [(None, "timeout"),
                                           ("drip", "robots.txt unavailable (timeout)")])
def test_header_and_robots_drips_end_at_the_timeout(robots, error):
    with FaultServer(robots=robots) as drip:
        result = Fetcher(QUICK).get(drip.url + "/drip-headers", allow_private=True)
    assert result.error == error


def test_a_page_setting_150_cookies_is_read():
    # Python's http.client stops at 100 header lines ("got more than 100 headers"): a site
    # whose consent and ad platforms set a cookie each would fail on every fetch for ever.
    with FaultServer() as cookies:
        result = Fetcher(QUICK).get(cookies.url + "/many-cookies", allow_private=True)
    assert result.ok and "story" in result.text.lower()


def test_robots_size_and_gzip_bombs_are_read_to_a_cap():
    with FaultServer(robots="huge") as huge:
        rules = Fetcher(QUICK).robots(huge.url + "/x", allow_private=True)
        assert rules is not None and not rules.can_fetch(huge.url + "/private/a", "newsdiff")
    with FaultServer(robots="bomb") as bombed:
        fetcher = Fetcher(QUICK)
        assert fetcher.robots(bombed.url + "/x", allow_private=True) is not None
        page = fetcher.get(bombed.url + "/bomb", allow_private=True)
    assert page.error == "too large" and page.content == b""


# --- addresses -----------------------------------------------------------------------------


@pytest.mark.parametrize("address, public", [
    ("93.184.216.34", True), ("2606:2800:220:1:248:1893:25c8:1946", True),
    ("127.0.0.1", False), ("10.1.2.3", False), ("169.254.169.254", False),
    ("100.64.0.1", False), ("::1", False), ("fe80::1%eth0", False), ("fc00::1", False),
    ("::ffff:127.0.0.1", False), ("::ffff:93.184.216.34", True), ("::127.0.0.1", False),
    ("64:ff9b::7f00:1", False), ("64:ff9b::5db8:d822", True), ("2002:7f00:1::", False),
    ("2002:5db8:d822::1", True), ("64:ff9b:1::1", False), ("2001::1", False),
    ("224.0.0.1", False), ("not an address", False),
])
def test_addresses_are_judged_by_what_they_reach(address, public):
    assert is_public_address(address) is public


def test_names_that_do_not_resolve_are_not_public_and_not_retried():
    calls = []

    def no_dns(host, port):
        calls.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    slept = []
    fetcher = Fetcher(Settings(retries=2, min_delay=0), sleep=slept.append, resolve=no_dns)
    result = fetcher.get("http://foo.localhost/story")
    assert result.error == "DNS: name does not resolve"
    assert calls == ["foo.localhost", "foo.localhost"]  # robots.txt, then the page: once each
    assert slept == []
    assert not is_public_host("foo.localhost", no_dns)


def test_the_connection_goes_to_the_address_that_was_checked(server):
    """A name that answers public first and loopback after (TTL 0) never reaches loopback."""
    with FaultServer(address="127.0.0.2") as internal:
        answers = []

        def rebinding(host, port):
            answers.append("127.0.0.1" if len(answers) % 2 == 0 else "127.0.0.2")
            return [answers[-1]]

        server.pages["/story"] = story()
        internal_url = server.url.replace("127.0.0.1", "rebind.example")
        cached = Fetcher(QUICK, resolve=rebinding, public=lambda a: a == "127.0.0.1")
        assert [cached.get(f"{internal_url}/story").error for _ in range(3)] == ["", "", ""]
        answers.clear()
        fetcher = Fetcher(QUICK, resolve=rebinding, public=lambda a: a == "127.0.0.1")
        fetcher.dns_seconds = 0  # every request asks DNS again: each answer judged on its own
        results = [fetcher.get(f"{internal_url}/story") for _ in range(3)]
    assert internal.log == []
    # robots.txt took the first (public) answer; each page request judged its own answer.
    assert [r.error for r in results] == ["private address", "", "private address"]
    assert server.hits_for("/story")  # the checked address did get its requests


def test_every_robots_redirect_hop_is_checked(server):
    with FaultServer(address="127.0.0.2") as internal, \
            FaultServer(robots="redirect", robots_target="") as public:
        public.robots_target = internal.url + "/robots.txt"
        fetcher = Fetcher(QUICK, public=lambda a: a == "127.0.0.1")
        result = fetcher.get(public.url + "/story")
    assert result.ok
    assert internal.log == []  # the hop to 127.0.0.2 was refused, not followed
    assert public.log == ["/robots.txt", "/story"]


# --- crashes -------------------------------------------------------------------------------


def test_lone_surrogates_in_json_ld_do_not_stop_the_round(server, repo):
    ld = {"@type": "NewsArchive", "headline": "Budget \ud800 passes",
          "author": {"@type": "Person", "name": "Ann \udfff Writer"}}
    head = ('<script type="application/ld+json">'
            + json.dumps(ld).replace("NewsArchive", "NewsArticle") + "</script>")
    paths = ["/bad.html", *[f"/good/{n}.html" for n in range(6)]]
    server.pages["/bad.html"] = story("Budget passes", head)
    for n in range(6):
        server.pages[f"/good/{n}.html"] = story(f"Story {n}")
    report = run_round(Config(sources=(paper(server, *paths),), settings=QUICK),
                       repo / "archive", clock=lambda: T0)
    assert report.versions == 7
    stored = from_markdown((repo / "archive/paper/bad.md").read_text(encoding="utf-8"))
    assert "\ud800" not in stored.title and stored.title.startswith("Budget")


def test_ipv6_literals_and_bad_ports_are_failures_not_crashes(server, repo):
    server.pages["/a"] = story()
    source = paper(server, "https://[2001:db8::1]/story", "http://[::1]:1/story", "/a")
    server.pages["/rss"] = Page(rss(["https://[2001:db8::1]/story", "http://[::1]:1/story",
                                     "http://example.com:99999/x", server.url + "/a"]),
                                content_type="application/rss+xml")
    report = run_round(Config(sources=(source,), settings=QUICK), repo / "archive",
                       clock=lambda: T0)
    paper_report = report.sources["paper"]
    assert paper_report.new == 1 and paper_report.discovered == 3
    assert sum(paper_report.failed.values()) == 2


def test_add_with_a_bad_port_is_one_line(tmp_path, repo):
    config = tmp_path / "newsdiff.toml"
    config.write_text('[[source]]\nname = "e"\nfeeds = ["http://example.com/rss"]\n')
    result = CliRunner().invoke(main, ["add", "http://example.com:99999/x", "--config",
                                       str(config), "--archive", str(repo / "archive")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: malformed URL") and result.output.count("\n") == 1


# --- two stories, one file -----------------------------------------------------------------


def test_a_canonical_link_to_the_home_page_or_a_section_is_ignored(server, repo):
    paths = [f"/news/{n}.html" for n in range(3)]
    for n, path in enumerate(paths):
        target = server.url + ("/" if n < 2 else "/news/")
        server.pages[path] = story(f"Story {n}", f'<link rel="canonical" href="{target}">')
    config = Config(sources=(paper(server, *paths),), settings=QUICK)
    for hour in range(3):
        report = run_round(config, repo / "archive", clock=lambda h=hour: T0.replace(hour=8 + h),
                           check_all=True)
        assert report.versions == (3 if hour == 0 else 0)
    files = sorted(p.name for p in (repo / "archive/paper").rglob("*.md"))
    assert files == ["0.md", "1.md", "2.md"]


def test_a_canonical_url_shared_by_many_stories_is_no_ones(server, repo):
    paths = [f"/news/{n}.html" for n in range(4)]
    for n, path in enumerate(paths):
        server.pages[path] = story(f"Story {n}",
                                   f'<link rel="canonical" href="{server.url}/news/latest">')
    report = run_round(Config(sources=(paper(server, *paths),), settings=QUICK),
                       repo / "archive", clock=lambda: T0)
    assert report.sources["paper"].new == 4
    assert len(list((repo / "archive/paper").rglob("*.md"))) == 4


def test_the_same_path_on_two_hosts_is_two_files(server, other_server, repo):
    def names(host, port):
        return ["127.0.0.1"]

    www = server.url.replace("127.0.0.1", "www.paper.example")
    sport = other_server.url.replace("127.0.0.1", "sport.paper.example")
    server.pages["/rss"] = Page(rss([www + "/2026/budget.html", sport + "/2026/budget.html"]),
                                content_type="application/rss+xml")
    server.pages["/2026/budget.html"] = story("The budget")
    other_server.pages["/2026/budget.html"] = story("The budget match")
    source = Source(name="paper", feeds=(www + "/rss",), allow_private=True)
    report = run_round(Config(sources=(source,), settings=QUICK), repo / "archive",
                       clock=lambda: T0, resolve=names)
    assert report.versions == 2
    port = other_server.url.rsplit(":", 1)[1]
    files = sorted(p.relative_to(repo / "archive").as_posix()
                   for p in (repo / "archive").rglob("*.md"))
    assert files == ["paper/2026/budget.md",
                     f"paper/@sport.paper.example_{port}/2026/budget.md"]
    assert len(git(repo, "log", "--format=%H").split()) == 2
    from newsdiff.archive import ArchiveStore
    from newsdiff.changelog import find_article

    with ArchiveStore(repo / "archive", write=False) as store:  # `newsdiff log URL` finds it
        assert find_article(store, sport + "/2026/budget.html") == \
            f"archive/paper/@sport.paper.example_{port}/2026/budget.md"


# --- slow by construction ------------------------------------------------------------------


def test_a_sitemap_index_of_100000_urls_is_capped_per_source():
    with FaultServer() as big:
        source = Source(name="big", sitemaps=(big.url + "/sitemap-index",), allow_private=True)
        found = discover_all(Fetcher(Settings(timeout=5, min_delay=0, retries=0)), [source])
    assert len(found["big"].urls) == MAX_SOURCE_URLS == len(set(found["big"].urls))
    assert any("more than" in error for error in found["big"].errors)
    children = [path for path in big.log if path.startswith("/sitemap-")]
    # Reading stopped soon after the cap was reached (3 children hold 5,000 URLs), not at
    # the 50-child limit of an index.
    assert len(children) <= 6


def test_a_feed_is_parsed_only_as_far_as_the_cap(monkeypatch):
    given = []
    parse = feedparser.parse
    monkeypatch.setattr(feedparser, "parse", lambda data, **kw: given.append(
        len(data.getbuffer())) or parse(data, **kw))
    item = b"<item><title>t</title><link>https://e.com/a/%d</link></item>"
    content = (b"<?xml version='1.0'?><rss version='2.0'><channel>"
               + b"".join(item % n for n in range(200_000)) + b"</channel></rss>")
    urls = parse_feed(content)
    assert len(urls) == discover.MAX_LISTING_URLS and urls[-1] == "https://e.com/a/1999"
    assert given[0] < len(content) // 50


# --- the lock ------------------------------------------------------------------------------


def test_lock_files_of_live_unrelated_pids_and_zombies_never_block(repo, server, tmp_path):
    import os
    import subprocess
    import sys
    import time

    from newsdiff.lock import LockError, RunLock

    lock = repo / ".git/newsdiff.lock"
    three_days_ago = time.time() - 3 * 86400
    lock.write_text(json.dumps({"host": socket.gethostname(), "pid": 1,
                                "started": three_days_ago}))
    with RunLock(repo / ".git") as taken:
        assert taken.crashed is not None and taken.crashed.pid == 1
    # A run killed and not yet reaped (a zombie) holds nothing either.
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys, time; from pathlib import Path; "
                               "from newsdiff.lock import RunLock; "
                               "RunLock(Path(sys.argv[1])).acquire(); print('held', flush=True); "
                               "time.sleep(60)", str(repo / ".git")], stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout.readline() == "held\n"
    with pytest.raises(LockError, match=r"another newsdiff run holds this archive \(pid "
                                        rf"{holder.pid}, started .* UTC, \d+ s ago\)"):
        RunLock(repo / ".git").acquire()
    os.kill(holder.pid, 9)
    stat = Path(f"/proc/{holder.pid}/stat")
    while stat.read_text().split(") ")[1][0] != "Z":
        time.sleep(0.05)  # killed, not reaped: a zombie with its pid still in the table
    with RunLock(repo / ".git") as taken:
        assert taken.crashed is not None and taken.crashed.pid == holder.pid
    holder.wait()


def test_a_listing_over_the_cap_gives_its_first_whole_items(server):
    links = [f"{server.url}/news/{n}/a-story-with-a-long-enough-slug" for n in range(3000)]
    server.pages["/rss"] = Page(rss(links), content_type="application/rss+xml")
    source = Source(name="p", feeds=(server.url + "/rss",), allow_private=True)
    found = discover_all(Fetcher(Settings(timeout=5, min_delay=0, max_bytes=50_000)),
                         [source])["p"]
    assert found.errors == [] and 100 < len(found.urls) < 3000
    assert found.urls == links[: len(found.urls)]  # no half-read URL at the cut


# --- the dispatcher ------------------------------------------------------------------------


def test_a_failing_delay_lookup_is_an_outcome_not_a_hang():
    from newsdiff.crawl import crawl

    def delay_for(item):
        if item.startswith("bad"):
            raise ValueError("Invalid IPv6 URL")
        return 0.0

    outcomes = list(crawl(["bad1", "bad2", "good1"], lambda i: i[:-1], str.upper, delay_for))
    by_item = {o.item: o for o in outcomes}
    assert by_item["good1"].result == "GOOD1"
    assert isinstance(by_item["bad1"].error, ValueError)
    assert by_item["bad2"].result == "BAD2"  # the host's delay is learnt once


def test_no_wait_outlives_the_deadline():
    """A host whose delay ends after the deadline has its items skipped at once, while the
    clock (a fake one, advanced by work only) shows nobody slept through the delay."""
    import itertools

    from newsdiff.crawl import crawl

    ticks = itertools.count()
    clock = lambda: next(ticks) * 0.001  # noqa: E731  a ms per look at the clock
    outcomes = list(crawl([f"slow{n}" for n in range(5)] + ["fast0"], lambda i: i[:-1],
                          str.upper, lambda i: 3600.0 if i.startswith("slow") else 0.0,
                          deadline=5.0, monotonic=clock))
    skipped = [o.item for o in outcomes if isinstance(o.error, TimeoutError)]
    assert sorted(skipped) == [f"slow{n}" for n in range(5)]
    assert [o.result for o in outcomes if o.result] == ["FAST0"]


def test_a_variant_page_keeps_its_stories_canonical(server, repo):
    server.pages["/2026/story/print"] = story(
        "Fares rise", f'<link rel="canonical" href="{server.url}/2026/story">')
    run_round(Config(sources=(paper(server, "/2026/story/print"),), settings=QUICK),
              repo / "archive", clock=lambda: T0)
    stored = from_markdown((repo / "archive/paper/2026/story.md").read_text())
    assert stored.url == server.url + "/2026/story"


def test_an_archive_keeps_its_layout_when_feeds_live_elsewhere(server, other_server, repo):
    """Feeds on feeds.example, stories on the paper's own site: stories need no host folder
    once the archive shows that is where they live (as archives written before folders do)."""
    def names(host, port):
        return ["127.0.0.1"]

    site = other_server.url.replace("127.0.0.1", "www.paper.example")
    feed = server.url.replace("127.0.0.1", "feeds.elsewhere.example")
    source = Source(name="paper", feeds=(feed + "/rss",), allow_private=True)
    for n, when in ((0, T0), (1, T0.replace(hour=9))):
        server.pages["/rss"] = Page(rss([f"{site}/2026/{n}.html"]),
                                    content_type="application/rss+xml")
        other_server.pages[f"/2026/{n}.html"] = story(f"Story {n}")
        if n == 1:  # as an older newsdiff left it: no host folder
            folder = repo / ("archive/paper/@paper.example_" + site.rsplit(":", 1)[1])
            assert (folder / "2026/0.md").is_file()  # a new source: the feeds' site is home
            folder.rename(repo / "archive/paper/legacy")
            git(repo, "add", "-A")
            git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "layout")
        run_round(Config(sources=(source,), settings=QUICK), repo / "archive",
                  clock=lambda when=when: when, resolve=names)
    files = sorted(p.relative_to(repo / "archive").as_posix()
                   for p in (repo / "archive").rglob("*.md"))
    assert files == ["paper/2026/1.md", "paper/legacy/2026/0.md"]


def test_a_shared_canonical_seen_in_an_earlier_round_is_still_no_ones(server, repo):
    shared = f'<link rel="canonical" href="{server.url}/news/latest">'
    server.pages["/news/a.html"] = story("Story A", shared)
    server.pages["/news/b.html"] = story("Story B", shared)
    run_round(Config(sources=(paper(server, "/news/a.html"),), settings=QUICK),
              repo / "archive", clock=lambda: T0)
    report = run_round(Config(sources=(paper(server, "/news/b.html"),), settings=QUICK),
                       repo / "archive", clock=lambda: T0.replace(hour=9))
    assert report.sources["paper"].new == 1 and report.sources["paper"].changed == 0
    titles = sorted(from_markdown(p.read_text()).title
                    for p in (repo / "archive/paper").rglob("*.md"))
    assert titles == ["Story A", "Story B"]


def test_a_resolver_that_never_answers_ends_at_the_timeout(server):
    """getaddrinfo cannot be interrupted: a silent resolver is a timeout, not a hung round."""
    released = threading.Event()

    def silent(host, port):
        released.wait(30)  # a resolver that says nothing until long after any deadline
        raise socket.gaierror("no answer")

    server.pages["/story"] = story()
    url = server.url.replace("127.0.0.1", "slow-dns.example")
    try:
        result = Fetcher(QUICK, resolve=silent, public=lambda a: a == "127.0.0.1").get(
            f"{url}/story")
    finally:
        released.set()
    # robots.txt is the host's first request: its lookup is the one that times out
    assert result.error == "robots.txt unavailable (timeout)" and result.status == 0
    assert server.log == []  # nothing was fetched: the answer came too late to be used
