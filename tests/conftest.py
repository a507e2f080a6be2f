"""Shared fixtures: real git repositories and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

# The shape files' shared checks (tests/shapes.py) report their values as a test's own do.
pytest.register_assert_rewrite("shapes")


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo`` and return its output."""
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture(autouse=True)
def private_build_cache(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Builds keep their cache (~/.cache/newsdiff by default) in the test's own folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))


def empty_archive(repo: Path) -> Path:
    """Make ``repo`` a git repository with an empty ``archive/`` folder; that folder."""
    git(repo, "init", "-q", "-b", "main")
    (repo / "archive").mkdir()
    return repo / "archive"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A fresh git repository with an ``archive/`` folder and no commits."""
    path = tmp_path / "repo"
    (path / "archive").mkdir(parents=True)
    git(tmp_path, "init", "-q", "-b", "main", str(path))
    return path


@dataclass
class Page:
    body: bytes | str
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering


@dataclass(frozen=True)
class Hit:
    """One request as the server saw it."""

    start: float  # time.monotonic() on arrival
    end: float  # when the answer was sent
    path: str
    headers: dict[str, str]


class FixtureServer:
    """A threaded HTTP server whose pages a test can change between rounds."""

    def __init__(self) -> None:
        self.pages: dict[str, Page | list[Page]] = {}
        self.hits: list[Hit] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        fixture = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                start = time.monotonic()
                with fixture._lock:
                    fixture.in_flight += 1
                    fixture.max_in_flight = max(fixture.max_in_flight, fixture.in_flight)
                    page = fixture.next_page(self.path.split("?")[0])
                try:
                    time.sleep(page.delay)
                    data = page.body.encode() if isinstance(page.body, str) else page.body
                    etag = page.headers.get("ETag")
                    if page.status == 200 and etag and self.headers["If-None-Match"] == etag:
                        page = Page(b"", status=304, headers={"ETag": etag})  # as servers do
                        data = b""
                    self.send_response(page.status)
                    self.send_header("Content-Type", page.content_type)
                    self.send_header("Content-Length", str(len(data)))
                    for key, value in page.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(data)
                finally:
                    with fixture._lock:
                        fixture.in_flight -= 1
                        fixture.hits.append(Hit(start, time.monotonic(), self.path,
                                                dict(self.headers)))

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, address: None  # clients that hang up

    def next_page(self, path: str) -> Page:
        """The page for a path; a list is served in order, its last page from then on."""
        page = self.pages.get(path)
        if isinstance(page, list):
            return page.pop(0) if len(page) > 1 else page[0]
        return page or Page("<h1>Not found</h1>", status=404)

    @property
    def log(self) -> list[str]:
        return [hit.path for hit in self.hits]

    def hits_for(self, path: str) -> list[Hit]:
        return [hit for hit in self.hits if hit.path.split("?")[0] == path]

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"


def serving(fixture: FixtureServer) -> Iterator[FixtureServer]:
    """Run a FixtureServer for the duration of a fixture."""
    thread = threading.Thread(target=fixture.server.serve_forever, daemon=True)
    thread.start()
    yield fixture
    fixture.server.shutdown()
    fixture.server.server_close()


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    yield from serving(FixtureServer())


def article_page(title: str, paragraphs: list[str], byline: str = "Ann Writer") -> str:
    """A news-like page around a story: navigation, related links, footer."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | The Paper</title>
<meta property="og:title" content="{title}"><meta name="author" content="{byline}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>{body}</article>
<aside><h2>Related</h2><ul><li><a href="/x">Other story</a></li></ul></aside>
<footer>Copyright The Paper</footer></body></html>"""


def rss(items: list[str]) -> str:
    links = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>'
            f"<link>http://example.org/</link>{links}</channel></rss>")


LOREM = [
    "The city council met on Monday evening to discuss the new budget for the coming year, "
    "which includes money for roads, schools and the harbour.",
    "Several residents spoke against the plan, saying that the rise in local taxes would hurt "
    "families who are already struggling with the cost of living.",
    "The mayor said the council had no choice because the national government had cut its "
    "grant for the third year in a row.",
]


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory):
    """The offline demo, run once per test module (its ``DemoResult``)."""
    from newsdiff.demo import run_demo

    return run_demo(tmp_path_factory.mktemp("demo") / "out", say=lambda line: None)


@pytest.fixture(scope="module")
def demo_master(demo_run) -> Path:
    """The offline demo's folder (its archive's repository)."""
    return demo_run.directory


#: Two of the demo's stories, by their site paths.
FERRY = "harbourgazette/2026/03/02/council-ferry-fares"
LIBRARY = "harbourgazette/2026/03/02/customs-house-library"


def page(demo, path: str) -> str:
    """A built page of the demo's site, by its path (``harbourgazette/…/v1-v2``)."""
    return (demo.site / path / "index.html").read_text(encoding="utf-8")


@pytest.fixture
def demo_copy(demo_master: Path, tmp_path: Path) -> Path:
    """A copy of the demo's folder for one test to write into (notes, posts)."""
    import shutil

    copy = tmp_path / "demo"
    shutil.copytree(demo_master, copy, symlinks=True)
    return copy


CHROMIUM = "/usr/bin/chromium"  # Debian's; Playwright drives it (its own download is not used)
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium for one test module."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Chromium is missing: make test installs it"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()
