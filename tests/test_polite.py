"""Polite, concurrent fetching against real local servers; timing is read from the server's
own request log, never from wall-clock assertions on the test."""

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from conftest import LOREM, FixtureServer, Page, article_page, git, rss, serving

from newsdiff.archive import ArchiveStore
from newsdiff.article import from_markdown
from newsdiff.config import Config, Settings, Source
from newsdiff.run import run_round

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
FAST = Settings(timeout=5, min_delay=0, retries=0)


def config_for(server, settings=FAST, **source) -> Config:
    source.setdefault("feeds", (server.url + "/rss",))
    return Config(sources=(Source(name="paper", allow_private=True, **source),),
                  settings=settings)


def publish(server, *paths):
    server.pages["/rss"] = Page(rss([server.url + p for p in paths]),
                                content_type="application/rss+xml")


def story(title="Fares rise", extra=()):
    return Page(article_page(title, [*LOREM, *extra]))


def at(moment):
    return lambda: moment


@pytest.fixture
def other_server():
    yield from serving(FixtureServer())


def test_robots_disallow_and_crawl_delay(server, repo):
    server.pages["/robots.txt"] = Page("User-agent: *\nDisallow: /private/\nCrawl-delay: 0.4\n",
                                       content_type="text/plain")
    publish(server, "/private/a.html", "/news/b.html", "/news/c.html")
    for path in ("/private/a.html", "/news/b.html", "/news/c.html"):
        server.pages[path] = story()
    report = run_round(config_for(server), repo / "archive", clock=at(T0))
    assert "/private/a.html" not in server.log
    assert report.sources["paper"].failed == {"robots": 1}
    assert report.versions == 2
    hits = sorted(server.hits, key=lambda h: h.start)
    gaps = [b.start - a.end for a, b in itertools.pairwise(hits)]
    assert min(gaps) >= 0.39  # crawl-delay between the end of one request and the next


def test_one_request_at_a_time_per_host_many_hosts_at_once(server, other_server, repo):
    for fixture in (server, other_server):
        paths = [f"/news/{n}.html" for n in range(4)]
        publish(fixture, *paths)
        for path in paths:
            fixture.pages[path] = Page(story().body, delay=0.2)
    config = Config(sources=(
        Source(name="one", feeds=(server.url + "/rss",), allow_private=True),
        Source(name="two", feeds=(other_server.url + "/rss",), allow_private=True)),
        settings=FAST)
    report = run_round(config, repo / "archive", clock=at(T0))
    assert report.versions == 8
    assert server.max_in_flight == 1 and other_server.max_in_flight == 1
    # The two hosts were fetched in parallel: their article requests overlap in time.
    one = [h for h in server.hits if h.path.startswith("/news/")]
    two = [h for h in other_server.hits if h.path.startswith("/news/")]
    assert max(h.start for h in one) > min(h.start for h in two)
    assert max(h.start for h in two) > min(h.start for h in one)


def test_429_with_retry_after_then_success(server, repo):
    publish(server, "/a.html")
    server.pages["/a.html"] = [Page("slow down", status=429, headers={"Retry-After": "1"}),
                               story()]
    settings = Settings(timeout=5, min_delay=0, retries=2)
    report = run_round(config_for(server, settings), repo / "archive", clock=at(T0))
    assert report.versions == 1
    first, second = server.hits_for("/a.html")
    assert second.start - first.end >= 0.95


def test_503_then_200_is_retried(server, repo):
    publish(server, "/a.html")
    server.pages["/a.html"] = [Page("down", status=503), story()]
    settings = Settings(timeout=5, min_delay=0.1, retries=1)
    report = run_round(config_for(server, settings), repo / "archive", clock=at(T0))
    assert report.versions == 1 and len(server.hits_for("/a.html")) == 2


def test_retry_after_too_long_gives_up_for_this_round(server, repo):
    publish(server, "/a.html")
    server.pages["/a.html"] = Page("busy", status=503, headers={"Retry-After": "3600"})
    settings = Settings(timeout=5, min_delay=0, retries=2)
    report = run_round(config_for(server, settings), repo / "archive", clock=at(T0))
    assert report.sources["paper"].failed == {"5xx": 1}
    assert len(server.hits_for("/a.html")) == 1


def test_bad_responses_are_counted_never_stored(server, repo):
    publish(server, "/slow.html", "/big.html", "/doc.pdf", "/loop.html", "/gone.html")
    server.pages["/slow.html"] = Page(story().body, delay=1.5)
    server.pages["/big.html"] = Page("<p>" + "word " * 30_000 + "</p>")
    server.pages["/doc.pdf"] = Page(b"%PDF-1.4 ...", content_type="application/pdf")
    server.pages["/loop.html"] = Page("", status=301, headers={"Location": "/loop.html"})
    settings = Settings(timeout=0.5, min_delay=0, retries=0, max_bytes=100_000)
    report = run_round(config_for(server, settings), repo / "archive", clock=at(T0))
    assert report.sources["paper"].failed == {"timeout": 1, "too large": 1, "not HTML": 1,
                                              "redirects": 1, "4xx": 1}
    assert report.versions == 0
    assert len(server.hits_for("/loop.html")) == settings.max_redirects + 1


def test_undeclared_windows_1251_is_detected(server, repo):
    paragraphs = ["Городской совет в понедельник утвердил новый бюджет на следующий год, "
                  "включая деньги на дороги, школы и гавань.",
                  "Несколько жителей выступили против плана, заявив, что рост местных налогов "
                  "ударит по семьям, которым и так трудно.",
                  "Мэр сказал, что у совета не было выбора, потому что правительство третий год "
                  "подряд сокращает свою субсидию городу."]
    html = article_page("Совет утвердил бюджет", paragraphs).replace(
        '<meta charset="utf-8">', "")
    publish(server, "/ru.html")
    server.pages["/ru.html"] = Page(html.encode("cp1251"), content_type="text/html")
    run_round(config_for(server), repo / "archive", clock=at(T0))
    stored = from_markdown((repo / "archive/paper/ru.md").read_text())
    assert stored.title == "Совет утвердил бюджет" and "Городской совет" in stored.body


def test_conditional_get_304_costs_no_commit(server, repo, tmp_path):
    publish(server, "/a.html")
    server.pages["/a.html"] = Page(story().body, headers={"ETag": '"v1"'})
    state = tmp_path / "state.json"
    # A generous timeout: this test is about the conditional request, not about speed, and
    # a loaded shared machine once took longer than FAST's 5 s to answer.
    patient = config_for(server, Settings(timeout=30, min_delay=0, retries=0))
    first = run_round(patient, repo / "archive", clock=at(T0), state_path=state)
    assert first.versions == 1, first.sources["paper"].failed
    server.pages["/a.html"] = Page("", status=304, headers={"ETag": '"v1"'})
    report = run_round(patient, repo / "archive",
                       clock=at(T0 + timedelta(minutes=20)), state_path=state)
    assert server.hits_for("/a.html")[-1].headers.get("If-None-Match") == '"v1"'
    assert report.sources["paper"].not_modified == 1 and report.versions == 0
    assert len(git(repo, "log", "--format=%H").splitlines()) == 1


def test_private_addresses_refused_unless_allowed(server, repo):
    publish(server, "/a.html")
    server.pages["/a.html"] = story()
    config = Config(sources=(Source(name="paper", feeds=(server.url + "/rss",)),),
                    settings=FAST)
    report = run_round(config, repo / "archive", clock=at(T0))
    assert report.sources["paper"].errors == [f"feed {server.url}/rss: private address"]
    assert server.log == []


def test_sitemaps_link_pages_and_filters(server, repo):
    server.pages["/sitemap-index.xml"] = Page(
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{server.url}/news-sitemap.xml</loc></sitemap></sitemapindex>",
        content_type="application/xml")
    server.pages["/news-sitemap.xml"] = Page(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"<url><loc>{server.url}/2026/05/01/sitemap-story.html</loc><news:news>"
        "<news:title>t</news:title></news:news></url>"
        f"<url><loc>{server.url}/2026/05/01/live/blog.html</loc></url></urlset>",
        content_type="application/xml")
    server.pages["/world"] = Page('<a href="/2026/05/01/linked-story.html">x</a>'
                                  '<a href="/about">About us</a>'
                                  '<a href="/2026/05/01/video/x">v</a>')
    for path in ("/2026/05/01/sitemap-story.html", "/2026/05/01/linked-story.html"):
        server.pages[path] = story()
    config = config_for(server, feeds=(), sitemaps=(server.url + "/sitemap-index.xml",),
                        link_pages=(server.url + "/world",), link_pattern=r"/20\d\d/",
                        exclude=(r"/live/", r"/video/"))
    report = run_round(config, repo / "archive", clock=at(T0))
    assert report.sources["paper"].discovered == 2 and report.versions == 2
    assert "/about" not in server.log and "/2026/05/01/live/blog.html" not in server.log


def test_canonical_and_redirects_keep_one_article(server, repo):
    page = story().body.replace(
        "<head>", f'<head><link rel="canonical" href="{server.url}/2026/story.html">')
    publish(server, "/amp/2026/story.html?utm_source=rss")
    server.pages["/amp/2026/story.html"] = Page(page)
    run_round(config_for(server), repo / "archive", clock=at(T0))
    assert (repo / "archive/paper/2026/story.md").is_file()

    # The story moves to a new slug; the old URL redirects there.
    publish(server, "/2026/story-renamed.html")
    server.pages["/2026/story.html"] = Page("", status=301,
                                            headers={"Location": "/2026/story-renamed.html"})
    server.pages["/2026/story-renamed.html"] = Page(story().body.replace(
        "<head>", f'<head><link rel="canonical" href="{server.url}/2026/story-renamed.html">'))
    report = run_round(config_for(server), repo / "archive",
                       clock=at(T0 + timedelta(hours=1)))
    files = sorted(p.relative_to(repo).as_posix() for p in (repo / "archive").rglob("*.md"))
    assert files == ["archive/paper/2026/story.md"]
    assert report.sources["paper"].changed == 1
    stored = from_markdown((repo / "archive/paper/2026/story.md").read_text())
    assert stored.url == server.url + "/2026/story-renamed.html"
    assert "URL changed" in git(repo, "log", "-1", "--format=%b")


def test_budget_and_schedule_skip_articles(server, repo, tmp_path):
    paths = [f"/n/{n}.html" for n in range(5)]
    publish(server, *paths)
    for path in paths:
        server.pages[path] = story()
    state = tmp_path / "state.json"
    first = run_round(config_for(server), repo / "archive", clock=at(T0), state_path=state,
                      max_fetches=3)
    assert first.versions == 3 and first.sources["paper"].skipped == 2
    # Five minutes later: the 3 tracked are not due, the 2 new ones are fetched.
    second = run_round(config_for(server), repo / "archive",
                       clock=at(T0 + timedelta(minutes=5)), state_path=state)
    assert second.sources["paper"].new == 2 and second.sources["paper"].skipped == 3
    # --all ignores the schedule; deleting the cache costs only requests.
    state.unlink()
    everything = run_round(config_for(server), repo / "archive",
                           clock=at(T0 + timedelta(minutes=6)), check_all=True)
    assert everything.sources["paper"].unchanged == 5 and everything.versions == 0
    with ArchiveStore(repo / "archive") as store:
        assert len(store.histories) == 5
