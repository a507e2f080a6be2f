"""Attacks on the fetch side after issue 13, each one found to break the merged code: answers
a browser reads whole that the bounded reader cut or refused.  Real sockets on 127.0.0.1."""

import gzip
import socket
import socketserver
import threading
from datetime import UTC, datetime

import pytest
from conftest import LOREM, article_page, git, rss
from faultserver import read_request

from newsdiff.article import from_markdown
from newsdiff.config import Config, Settings, Source
from newsdiff.run import run_round

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
QUICK = Settings(timeout=2, min_delay=0, retries=0)
CLOSING = "The ferry timetable changes again next week, the council said in its closing note."
PAGE = article_page("Fares rise", [*LOREM, *LOREM, CLOSING]).encode()


class _Raw(socketserver.BaseRequestHandler):
    """Answers a request for a path with the exact bytes in ``server.routes``."""

    def handle(self) -> None:
        request = read_request(self.request)
        if request is None:
            return
        target = request.split(b" ")[1] if request.count(b" ") >= 2 else b"/"
        self.server.log.append(target)  # type: ignore[attr-defined]
        answer = self.server.routes.get(target)  # type: ignore[attr-defined]
        if answer is None:
            answer = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        try:
            self.request.sendall(answer)
            self.request.shutdown(socket.SHUT_WR)
        except OSError:
            pass


@pytest.fixture
def raw():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Raw)
    server.daemon_threads = True
    server.routes, server.log = {}, []
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def ok(body: bytes, head: str = "", kind: str = "text/html; charset=utf-8") -> bytes:
    return (f"HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}\r\n{head}"
            "Connection: close\r\n\r\n").encode() + body


def round_of(raw, *paths: str, repo) -> tuple:
    raw.routes[b"/rss"] = ok(rss([raw.url + p for p in paths]).encode(),
                             kind="application/rss+xml")
    config = Config(sources=(Source(name="paper", feeds=(raw.url + "/rss",),
                                    allow_private=True),), settings=QUICK)
    return run_round(config, repo / "archive", clock=lambda: T0).sources["paper"]


def stored(repo, path: str) -> str:
    return from_markdown((repo / "archive/paper" / path).read_text()).body


def test_a_gzip_body_in_two_members_is_read_whole(raw, repo):
    # RFC 1952: a gzip file is one or more members; browsers and gzip(1) read them all.
    # The reader stopped after the first, and stored the story without its ending.
    cut = PAGE.index(b"<p>", PAGE.index(b"<article>") + 400)
    body = gzip.compress(PAGE[:cut]) + gzip.compress(PAGE[cut:])
    raw.routes[b"/story"] = ok(body, "Content-Encoding: gzip\r\n")
    report = round_of(raw, "/story", repo=repo)
    assert report.new == 1, report.errors
    assert stored(repo, "story.md").rstrip().endswith(CLOSING)


def test_trailing_bytes_after_a_gzip_body_are_not_another_member(raw, repo):
    raw.routes[b"/story"] = ok(gzip.compress(PAGE) + b"\0\0\0\0junk", "Content-Encoding: gzip\r\n")
    report = round_of(raw, "/story", repo=repo)
    assert report.new == 1, report.errors
    assert stored(repo, "story.md").rstrip().endswith(CLOSING)


def test_early_hints_before_the_answer_are_skipped(raw, repo):
    # 103 Early Hints (RFC 8297) and 102 Processing come before the real answer; the
    # reader took the hint for the answer, and every fetch of such a site failed "HTTP 103".
    hints = (b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n"
             b"HTTP/1.1 102 Processing\r\n\r\n")
    raw.routes[b"/story"] = hints + ok(PAGE)
    report = round_of(raw, "/story", repo=repo)
    assert (report.new, dict(report.failed)) == (1, {})


def test_endless_early_hints_are_one_failure(raw, repo):
    raw.routes[b"/story"] = b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n" * 20000
    report = round_of(raw, "/story", repo=repo)
    assert report.new == 0 and sum(report.failed.values()) == 1
    assert git(repo, "rev-list", "--all") == ""


@pytest.mark.parametrize("location, requested", [
    ("/caf\u00e9-story".encode(), b"/caf%C3%A9-story"),  # raw UTF-8, as browsers read it
    (b"/two words", b"/two%20words"),
])
def test_a_redirect_to_an_unencoded_path_is_requested_encoded(raw, repo, location, requested):
    # The Location went out as it came: a space split the request line, UTF-8 read as
    # Latin-1 asked for "/cafÃ©-story".
    raw.routes[b"/old"] = (b"HTTP/1.1 301 Moved\r\nLocation: " + location
                           + b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    raw.routes[requested] = ok(PAGE)
    report = round_of(raw, "/old", repo=repo)
    assert requested in raw.log
    assert report.new == 1, report.errors


def test_percent_escapes_are_fetched_as_listed_and_never_merge(raw, repo):
    # canonical_url decoded every escape and encoded again: "%25" came out a bare "%"
    # (another URL), and the Latin-1 "%E9" and "%E8" both came out "%EF%BF%BD", one URL
    # that no server has, for two stories.
    targets = [b"/sale-50%25-off", b"/caf%E9", b"/caf%E8", b"/a%2541"]
    for n, target in enumerate(targets):
        raw.routes[target] = ok(article_page(f"Story {n}", [*LOREM, CLOSING]).encode())
    report = round_of(raw, *(t.decode() for t in targets), repo=repo)
    assert (report.new, dict(report.failed)) == (4, {}), report.errors
    assert all(target in raw.log for target in targets)
    titles = {from_markdown(f.read_text()).title for f in (repo / "archive").rglob("*.md")}
    assert titles == {f"Story {n}" for n in range(4)}


@pytest.mark.parametrize("header, meta", [("punycode", ""), ("undefined", ""), ("", "punycode")])
def test_a_charset_no_browser_knows_is_ignored(raw, repo, header, meta):
    # Python codecs that are not web encodings: "undefined" raised out of the reader, and
    # punycode decoding is quadratic in pure Python (a 400 KB body took 4 s, 5 MB minutes),
    # holding the GIL past any deadline.  Browsers ignore such labels; so do we now.
    page = PAGE.replace(b"<head>", f'<head><meta charset="{meta}">'.encode()) if meta else PAGE
    raw.routes[b"/story"] = ok(page, kind=f"text/html; charset={header}" if header
                               else "text/html")
    report = round_of(raw, "/story", repo=repo)
    assert (report.new, dict(report.failed)) == (1, {}), report.errors
    assert stored(repo, "story.md").rstrip().endswith(CLOSING)


def test_one_host_in_unicode_punycode_or_full_width_is_one_site(raw, repo):
    # The host was only lower-cased: bücher.example and xn--bcher-kva.example (what DNS is
    # asked) were two identities, so one story listed both ways went into two files.
    from newsdiff.urls import identity, site_key

    forms = ["http://bücher.example/a", "http://xn--bcher-kva.example/a",
             "http://BÜCHER.example/a"]
    assert len({identity(url) for url in forms}) == 1
    assert identity("http://\uff50\uff41\uff50\uff45\uff52\u3002example/a") == \
        identity("http://paper.example/a")  # full-width letters and dot
    assert identity("http://раper.example/a") != identity("http://paper.example/a")
    port = raw.url.rsplit(":", 1)[1]
    raw.routes[b"/a"] = ok(PAGE)
    raw.routes[b"/rss"] = ok(rss([f"http://bücher.example:{port}/a",
                                  f"http://xn--bcher-kva.example:{port}/a"]).encode(),
                             kind="application/rss+xml")
    config = Config(sources=(Source(name="paper", feeds=(f"http://bücher.example:{port}/rss",),
                                    allow_private=True),), settings=QUICK)
    report = run_round(config, repo / "archive", clock=lambda: T0,
                       resolve=lambda host, port: ["127.0.0.1"]).sources["paper"]
    assert (report.discovered, report.new, dict(report.failed)) == (1, 1, {}), report.errors
    assert [p.relative_to(repo / "archive").as_posix()
            for p in (repo / "archive").rglob("*.md")] == ["paper/a.md"]
    assert site_key(f"http://bücher.example:{port}/") == f"xn--bcher-kva.example:{port}"
