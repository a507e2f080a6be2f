"""Discovery, config and CLI under attack (helper a23): listings that name local files,
durations that overflow, errors that escaped as tracebacks.  Real servers on 127.0.0.1."""

from datetime import UTC, datetime

from conftest import Page

from newsdiff.config import Settings, Source
from newsdiff.discover import discover_all
from newsdiff.fetch import Fetcher

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
QUICK = Settings(timeout=2, min_delay=0, retries=0, max_bytes=1_000_000)


def test_a_feed_whose_body_is_a_local_path_is_not_read_from_disk(server, tmp_path):
    # feedparser.parse() opens a bytes argument as a file name when it can: a feed whose
    # whole body is "/dev/zero" filled memory, "/dev/stdin" hung, a local feed file leaked.
    local = tmp_path / "local.xml"
    local.write_text('<?xml version="1.0"?><rss version="2.0"><channel><item>'
                     "<link>http://secret.example/from-the-disk</link></item></channel></rss>")
    server.pages["/feed"] = Page(str(local), content_type="text/plain")
    source = Source(name="paper", feeds=(server.url + "/feed",), allow_private=True)
    found = discover_all(Fetcher(QUICK), [source])["paper"]
    assert found.urls == []
    assert found.errors == [f"feed {server.url}/feed: no article links"]
