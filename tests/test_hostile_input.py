"""No input stops a round: arbitrary URLs, titles and headers thrown at discover → extract →
store (hypothesis).  Whatever comes in is stored clean or counted as one failure."""

import html
import json
import socket
import socketserver
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from conftest import LOREM, FixtureServer, Page, article_page, git, serving
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdiff.archive import ArchiveStore, commit_message
from newsdiff.article import from_markdown, to_markdown
from newsdiff.config import Config, Settings, Source
from newsdiff.discover import parse_feed, parse_sitemap
from newsdiff.extract import extract
from newsdiff.fetch import Fetcher
from newsdiff.run import run_round
from newsdiff.safetext import is_safe, safe_text
from newsdiff.urls import MAX_COMPONENT_BYTES, BadURLError, article_path, canonical_url, identity

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
NASTY = ["\ud800", "\udfff", "\x00", "\x1b[2J", "\u202e", "\u2066", "\u2069", "\ufffe",
         "\uffff", "\U0010ffff", "\ufdd0", "\r", "\x85", "\u2028", "\t", "\n", "---", ": ",
         "'", '"', "&amp;", "<b>", "]]>", "\\", "%00", "%ff", "[", "]", "@", "..", "/"]
hostile_text = st.lists(st.one_of(st.characters(), st.sampled_from(NASTY)),
                        max_size=30).map("".join)
hostile_url = st.one_of(
    hostile_text,
    st.builds(lambda scheme, host, port, path, query: f"{scheme}://{host}{port}/{path}{query}",
              st.sampled_from(["http", "https", "HTTP", "ftp", "javascript"]),
              st.one_of(hostile_text, st.sampled_from(
                  ["paper.example", "[::1]", "[2001:db8::1]", "[::1", "127.0.0.1",
                   "user:pw@paper.example", "xn--bcher-kva.example", "bücher.example"])),
              st.sampled_from(["", ":80", ":0", ":99999", ":-1", ":abc", ":65535"]),
              hostile_text, st.one_of(st.just(""), hostile_text.map(lambda q: "?" + q))))


@settings(max_examples=400, deadline=None)
@given(hostile_url)
def test_any_url_is_refused_or_gets_a_safe_path(url):
    try:
        canonical = canonical_url(url)
    except BadURLError:
        return
    path = article_path("paper", url, "paper.example")
    assert path.parts[0] == "paper" and ".." not in path.parts and path.suffix == ".md"
    assert all(len(part.encode()) <= MAX_COMPONENT_BYTES + 12 for part in path.parts)
    assert all(is_safe(part) and "\\" not in part for part in path.parts)
    assert identity(canonical) == identity(url)
    assert canonical_url(canonical) == canonical


@settings(max_examples=200, deadline=None)
@given(st.lists(hostile_url, max_size=8))
def test_any_listing_gives_canonical_urls_or_nothing(urls):
    items = "".join(f"<item><link>{escape(u.encode('utf-8', 'replace').decode())}</link></item>"
                    for u in urls)
    feed = f"<?xml version='1.0'?><rss version='2.0'><channel>{items}</channel></rss>"
    sitemap = "".join(f"<url><loc>{escape(u.encode('utf-8', 'replace').decode())}</loc></url>"
                      for u in urls)
    for found in (parse_feed(feed.encode("utf-8", "replace")),
                  parse_sitemap(f"<urlset>{sitemap}</urlset>".encode("utf-8", "replace"))[0]):
        assert all(canonical_url(u) == u for u in found)


def _page(title: str, byline: str) -> str:
    ld = json.dumps({"@type": "NewsArticle", "headline": title,
                     "author": {"@type": "Person", "name": byline}})  # \ud800 escaped: valid
    visible = html.escape(title.encode("utf-8", "ignore").decode())
    return article_page(visible or "x", LOREM).replace(
        "<head>", f'<head><script type="application/ld+json">{ld}</script>')


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text, hostile_text)
def test_any_title_and_byline_are_clean_after_extraction_and_store(title, byline):
    extraction = extract(_page(title, byline), "https://paper.example/a", "paper")
    if extraction is None:
        return
    article = extraction.article
    for text in (article.title, article.byline, article.body):
        assert is_safe(text)
    text = to_markdown(article)
    assert from_markdown(text).title == article.title
    message = commit_message(article, 1, "first version", {"Extracted-By": title})
    assert "\x00" not in message and is_safe(message)
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp)
        (repo / "archive").mkdir()
        git(repo, "init", "-q")
        with ArchiveStore(repo / "archive") as store:
            store.save(article, T0, trailers={"Byline": byline})
        logged = git(repo, "log", "--format=%B")
        assert "\x00" not in logged and safe_text(article.title).split()[0] in logged


class _Replay(socketserver.BaseRequestHandler):
    """Answers every request with the bytes the test put in ``server.answer``."""

    def handle(self) -> None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = self.request.recv(4096)
            if not chunk:
                return
            data += chunk
        try:
            self.request.sendall(self.server.answer)  # type: ignore[attr-defined]
            self.request.shutdown(socket.SHUT_WR)
        except OSError:
            pass


@pytest.fixture(scope="module")
def replay():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Replay)
    server.daemon_threads = True
    server.answer = b""
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


HEADER_NAMES = ["Content-Type", "Content-Encoding", "Content-Length", "Location",
                "Retry-After", "ETag", "Last-Modified", "Transfer-Encoding", "Connection",
                "X-Junk", "Set-Cookie"]
header_value = st.one_of(
    st.binary(max_size=40).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b"")),
    st.sampled_from([b"gzip", b"gzip, gzip", b"deflate", b"br", b"chunked", b"-1", b"1e9",
                     b"99999999999999999999", b"text/html; charset=x-unknown",
                     b"http://[::1/x", b"javascript:alert(1)", b"//127.0.0.2/x", b"nan"]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(status=st.sampled_from([b"200 OK", b"204 No", b"301 M", b"302 F", b"304 N", b"404 N",
                               b"429 T", b"503 S", b"999 X", b"abc", b""]),
       headers=st.lists(st.tuples(st.sampled_from(HEADER_NAMES), header_value), max_size=6),
       body=st.binary(max_size=300))
def test_any_answer_is_a_result_never_an_exception(replay, status, headers, body):
    replay.answer = (b"HTTP/1.1 " + status + b"\r\n"
                     + b"".join(n.encode() + b": " + v + b"\r\n" for n, v in headers)
                     + b"\r\n" + body)
    host, port = replay.server_address[:2]
    fetcher = Fetcher(Settings(timeout=1, retries=1, min_delay=0, max_redirects=2),
                      sleep=lambda seconds: None)
    result = fetcher.get(f"http://{host}:{port}/story", allow_private=True)
    assert result.error or result.status in (200, 304)
    assert len(result.content) <= fetcher.settings.max_bytes


@pytest.fixture
def newsroom():
    yield from serving(FixtureServer())


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(urls=st.lists(hostile_url, max_size=4), title=hostile_text, byline=hostile_text)
def test_a_round_of_hostile_input_goes_on(newsroom, urls, title, byline):
    links = [*urls, newsroom.url + "/good.html", newsroom.url + "/odd.html"]
    items = "".join(f"<item><title>{escape(safe_text(title))}</title><link>"
                    f"{escape(u.encode('utf-8', 'replace').decode())}</link></item>"
                    for u in links)
    newsroom.pages["/rss"] = Page(f"<rss version='2.0'><channel>{items}</channel></rss>"
                                  .encode("utf-8", "replace"), content_type="application/rss+xml")
    newsroom.pages["/good.html"] = Page(article_page("A good story", LOREM))
    newsroom.pages["/odd.html"] = Page(_page(title, byline).encode("utf-8", "replace"))
    config = Config(sources=(Source(name="paper", feeds=(newsroom.url + "/rss",),
                                    allow_private=True),),
                    settings=Settings(timeout=1, min_delay=0, retries=0))
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp)
        (repo / "archive").mkdir()
        git(repo, "init", "-q")
        report = run_round(config, repo / "archive", clock=lambda: T0)
        paper = report.sources["paper"]
        assert paper.new >= 1  # the good story, whatever else the feed said
        assert paper.new + sum(paper.failed.values()) + paper.held >= 2
        for file in (repo / "archive").rglob("*.md"):
            assert is_safe(from_markdown(file.read_text(encoding="utf-8")).title)
