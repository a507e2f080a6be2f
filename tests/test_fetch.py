"""Fetching and discovery against a real HTTP server on 127.0.0.1."""

from conftest import Page, rss

from newsdiff.config import Settings, Source
from newsdiff.discover import discover_all
from newsdiff.fetch import Fetcher

SETTINGS = Settings(timeout=5, max_bytes=50_000, min_delay=0, retries=0)


def fetch(url, settings=SETTINGS, **kwargs):
    return Fetcher(settings).get(url, allow_private=True, **kwargs)


def test_success_decodes_the_declared_charset(server):
    server.pages["/a"] = Page("<p>Прывітанне</p>".encode("cp1251"),
                              content_type="text/html; charset=windows-1251")
    result = fetch(server.url + "/a")
    assert result.ok and "Прывітанне" in result.text


def test_meta_charset_when_the_header_has_none(server):
    server.pages["/m"] = Page('<html><head><meta charset="windows-1251"></head><body><p>'
                              "Новости дня</p></body></html>".encode("cp1251"),
                              content_type="text/html")
    result = fetch(server.url + "/m")
    assert "Новости дня" in result.text


def test_failures_are_results_not_exceptions(server):
    server.pages["/err"] = Page("<h1>Oops</h1>", status=500)
    server.pages["/pdf"] = Page(b"%PDF-1.4", content_type="application/pdf")
    server.pages["/big"] = Page("x" * 60_000)
    assert fetch(server.url + "/err").error == "HTTP 500"
    assert fetch(server.url + "/missing").error == "HTTP 404"
    assert fetch(server.url + "/pdf").error.startswith("not HTML")
    assert fetch(server.url + "/big").error == "too large"
    assert fetch("http://127.0.0.1:9/").error.startswith("connection")
    assert fetch("javascript:alert(1)").error.startswith("bad URL")


def test_user_agent_is_honest(server):
    server.pages["/ua"] = Page("<p>x</p>")
    assert fetch(server.url + "/ua").ok
    assert server.hits_for("/ua")[-1].headers["User-Agent"].startswith("newsdiff/")


def test_discover_reads_feeds_and_canonicalises(server):
    server.pages["/rss"] = Page(rss([server.url + "/a?utm_source=rss", server.url + "/a#x",
                                     server.url + "/b", "javascript:alert(1)"]),
                                content_type="application/rss+xml")
    source = Source(name="p", feeds=(server.url + "/rss", server.url + "/missing-feed"),
                    allow_private=True)
    found = discover_all(Fetcher(SETTINGS), [source])["p"]
    assert found.urls == [server.url + "/a", server.url + "/b"]
    assert found.errors == [f"feed {server.url}/missing-feed: HTTP 404"]


def test_conditional_requests_every_answer(server):
    # Conditional GETs take a shorter road (urllib3's pool directly); every answer must still
    # be read as an ordinary fetch would read it.
    v = {"etag": '"v1"', "last_modified": "Fri, 01 May 2026 08:00:00 GMT"}
    server.pages["/same"] = Page("", status=304, headers={"ETag": '"v1"'})
    server.pages["/bare"] = Page("", status=304)
    server.pages["/changed"] = Page("<p>New text of the page</p>", headers={"ETag": '"v2"'})
    server.pages["/moved"] = Page("", status=301, headers={"Location": "/changed"})
    server.pages["/slow"] = Page("", status=304, delay=2)
    server.pages["/gone"] = Page("<h1>Gone</h1>", status=410)
    same = fetch(server.url + "/same", **v)
    assert (same.ok, same.not_modified, same.etag, same.text) == (True, True, '"v1"', "")
    bare = fetch(server.url + "/bare", **v)  # no validators in the answer: keep ours
    assert bare.not_modified and (bare.etag, bare.last_modified) == (v["etag"],
                                                                     v["last_modified"])
    changed = fetch(server.url + "/changed", **v)
    assert changed.ok and changed.status == 200 and "New text" in changed.text
    assert changed.etag == '"v2"'
    moved = fetch(server.url + "/moved", **v)
    assert moved.final_url == server.url + "/changed" and "New text" in moved.text
    assert fetch(server.url + "/gone", **v).error == "HTTP 410"
    quick = Settings(timeout=0.5, max_bytes=50_000, min_delay=0, retries=0)
    assert fetch(server.url + "/slow", quick, **v).error == "timeout"
    assert fetch("http://127.0.0.1:9/", **v).error.startswith("connection error")
    sent = server.hits_for("/same")[-1].headers
    assert sent["If-None-Match"] == '"v1"' and sent["If-Modified-Since"] == v["last_modified"]
    assert sent["User-Agent"].startswith("newsdiff")
