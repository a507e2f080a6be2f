"""Discovery, config and CLI under attack (helper a23): listings that name local files,
durations that overflow, errors that escaped as tracebacks.  Real servers on 127.0.0.1."""

import gzip
import itertools
import json
import zlib
from datetime import UTC, datetime

import feedparser
import pytest
from click.testing import CliRunner
from conftest import LOREM, FixtureServer, Page, article_page, rss, serving

from newsdiff import discover
from newsdiff.cli import main
from newsdiff.config import Config, ConfigError, Settings, Source, load_config
from newsdiff.discover import discover_all, parse_feed
from newsdiff.fetch import Fetcher
from newsdiff.run import run_round

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


@pytest.mark.parametrize("duration", ["99999999999999999999d", "999999999d", "1e400d"])
def test_a_duration_too_long_for_a_date_is_one_line(tmp_path, duration):
    config = tmp_path / "newsdiff.toml"
    config.write_text(f'[schedule]\ntiers = [["3h", "{duration}"]]\n[[source]]\nname = "x"\n'
                      'feeds = ["http://127.0.0.1:1/feed"]\n')
    result = CliRunner().invoke(main, ["run", "--config", str(config)])
    assert result.exit_code == 1 and result.exception.__class__ is SystemExit
    assert result.output.startswith(f"Error: {config}: [schedule]: ")
    assert result.output.count("\n") == 1


def test_archive_versions_with_an_overlong_max_age_is_one_line(monkeypatch, repo):
    monkeypatch.setenv("WAYBACK_ACCESS_KEY", "key")
    monkeypatch.setenv("WAYBACK_SECRET", "secret")
    monkeypatch.setenv("WAYBACK_SPN_URL", "http://127.0.0.1:1")
    result = CliRunner().invoke(main, ["archive-versions", "--archive", str(repo / "archive"),
                                       "--max-age", "99999999999999999999d"])
    assert result.exit_code == 2 and "longer than 1000 years" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["export", "sources"])
def test_a_missing_archive_folder_is_one_line_for_every_command(tmp_path, command):
    config = tmp_path / "newsdiff.toml"
    config.write_text('[[source]]\nname = "x"\nfeeds = ["http://127.0.0.1:1/feed"]\n')
    result = CliRunner().invoke(main, [command, "--archive", str(tmp_path / "nowhere"),
                                       *(["--config", str(config)] if command == "sources"
                                         else [])])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert result.output == f"Error: {tmp_path / 'nowhere'}: archive folder does not exist\n"


@pytest.mark.parametrize("args", [["run", "--max-minutes", "nan"],
                                  ["build", "--budget-mb", "nan"],
                                  ["archive-versions", "--min-interval", "inf"],
                                  ["archive-versions", "--max-minutes", "nan"]])
def test_numbers_that_are_not_finite_are_refused(args):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and "is not a finite number" in result.output


@pytest.fixture
def other_server():
    yield from serving(FixtureServer())


def test_a_redirect_to_a_site_whose_robots_txt_disallows_us_is_not_followed(
        server, other_server, repo):
    other_server.pages["/robots.txt"] = Page("User-agent: *\nDisallow: /\n",
                                             content_type="text/plain")
    other_server.pages["/story"] = Page(article_page("Fares rise", LOREM))
    server.pages["/s"] = Page("", status=302, headers={"Location": other_server.url + "/story"})
    server.pages["/rss"] = Page(rss([server.url + "/s"]), content_type="application/rss+xml")
    config = Config(sources=(Source(name="paper", feeds=(server.url + "/rss",),
                                    allow_private=True),), settings=QUICK)
    report = run_round(config, repo / "archive", clock=lambda: T0).sources["paper"]
    assert report.new == 0 and report.failed == {"robots": 1}
    assert "/story" not in other_server.log  # (the server logs a hit after answering it)


def test_pages_of_many_sites_redirecting_to_one_reach_it_one_at_a_time(server, repo):
    # The crawler serialises by each page's own site; the redirects all led to `server`,
    # which was asked for every story at once, with no delay between.
    origins, sources = [], []
    for n in range(4):
        origin = FixtureServer()
        origins.append(serving(origin))
        next(origins[-1])
        origin.pages["/s"] = Page("", status=302, headers={"Location": f"{server.url}/{n}"})
        origin.pages["/rss"] = Page(rss([origin.url + "/s"]), content_type="application/rss+xml")
        server.pages[f"/{n}"] = Page(article_page(f"Story {n}", LOREM), delay=0.2)
        sources.append(Source(name=f"p{n}", feeds=(origin.url + "/rss",), allow_private=True))
    settings = Settings(timeout=2, min_delay=0.3, retries=0)
    report = run_round(Config(sources=tuple(sources), settings=settings), repo / "archive",
                       clock=lambda: T0)
    for origin in origins:
        next(origin, None)  # shut down
    assert report.versions == 4
    assert server.max_in_flight == 1
    hits = sorted((h for h in server.hits if h.path != "/robots.txt"), key=lambda h: h.start)
    assert min(b.start - a.end for a, b in itertools.pairwise(hits)) >= 0.29


@pytest.mark.parametrize("reference", [b"&#9999999999;", b"&#xD800;", b"&#1114112;",
                                       b"&#" + b"9" * 5000 + b";"])
def test_a_character_reference_to_no_character_loses_no_item(reference):
    # Not well-formed, so feedparser's lenient parser read it, and raised on the reference.
    feed = (b'<rss version="2.0"><channel><item><title>a ' + reference + b" b</title>"
            b"<link>http://a.example/1</link></item><item><link>http://a.example/2</link>"
            b"</item></channel></rss>")
    assert parse_feed(feed) == ["http://a.example/1", "http://a.example/2"]


def test_a_feed_of_millions_of_tags_is_parsed_only_as_far_as_the_cap(monkeypatch):
    given = []
    parse = feedparser.parse
    monkeypatch.setattr(feedparser, "parse", lambda data, **kw: given.append(
        data.getvalue()) or parse(data, **kw))
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>t</title>'
            b"<link>http://a.example/x</link></item><item>" + b"<a>" * 1_600_000)
    assert parse_feed(feed) == ["http://a.example/x"]
    assert given[0].count(b"<") <= discover.MAX_FEED_TAGS


@pytest.mark.parametrize("head", ["", '<meta charset="iso-8859-1">'])
def test_non_ascii_links_on_a_section_page_are_the_site_s_own(server, head):
    server.pages["/news"] = Page(f"<html><head>{head}</head><body>"
                                 '<a href="/sport/fußball-båt">x</a> '
                                 '<a href="http://bücher.example/a">y</a></body></html>')
    source = Source(name="paper", link_pages=(server.url + "/news",), link_pattern=".",
                    allow_private=True)
    found = discover_all(Fetcher(QUICK), [source])["paper"]
    assert found.urls == [server.url + "/sport/fu%C3%9Fball-b%C3%A5t",
                          "http://xn--bcher-kva.example/a"]


@pytest.mark.parametrize("selector", ["ns|p", "p" * 100_000, "a::attr(href)"])
def test_a_selector_that_fails_on_every_page_is_a_config_error(tmp_path, selector):
    config = tmp_path / "newsdiff.toml"
    config.write_text(f'[[source]]\nname = "x"\nfeeds = ["http://127.0.0.1:1/feed"]\n'
                      f'selectors = {{body = "{selector}"}}\n')
    with pytest.raises(ConfigError, match=r"'selectors\.body': bad CSS selector"):
        load_config(config)


def test_a_robots_txt_with_a_byte_order_mark_is_obeyed(server):
    server.pages["/robots.txt"] = Page("\ufeffUser-agent: *\nDisallow: /\n",
                                       content_type="text/plain; charset=utf-8")
    server.pages["/story"] = Page(article_page("Fares rise", LOREM))
    assert Fetcher(QUICK).get(server.url + "/story", allow_private=True).error == "robots"
    assert "/story" not in server.log


def sitemap_index(*children: str) -> Page:
    body = "".join(f"<sitemap><loc>{child}</loc></sitemap>" for child in children)
    return Page(f'<?xml version="1.0"?><sitemapindex>{body}</sitemapindex>',
                content_type="application/xml")


def test_an_index_inside_an_index_is_reported_not_silently_empty(server):
    server.pages["/index"] = sitemap_index(server.url + "/inner")
    server.pages["/inner"] = sitemap_index(server.url + "/a", server.url + "/b")
    source = Source(name="paper", sitemaps=(server.url + "/index",), allow_private=True)
    found = discover_all(Fetcher(QUICK), [source])["paper"]
    assert found.urls == [] and "/a" not in server.log
    assert found.errors == ["paper: 2 sitemaps named by a sitemap index inside a sitemap "
                            "index were not read"]


def test_a_sitemap_index_naming_itself_is_read_twice_at_most(server):
    server.pages["/index"] = sitemap_index(server.url + "/index")
    source = Source(name="paper", sitemaps=(server.url + "/index",), allow_private=True)
    discover_all(Fetcher(QUICK), [source])
    assert server.log.count("/index") <= 2


@pytest.mark.parametrize("port", ["99999", "-1"])
def test_a_port_out_of_range_is_refused_before_the_demo_runs(tmp_path, port):
    result = CliRunner().invoke(main, ["demo", "--dir", str(tmp_path / "d"), "--serve",
                                       "--port", port])
    assert result.exit_code == 2 and "Invalid value for '--port'" in result.output
    assert not (tmp_path / "d").exists()


def test_relative_links_in_a_feed_are_taken_relative_to_the_feed(server):
    server.pages["/feeds/news.xml"] = Page(rss(["/2026/story", "", "javascript:x"]),
                                           content_type="application/rss+xml")
    source = Source(name="paper", feeds=(server.url + "/feeds/news.xml",), allow_private=True)
    assert discover_all(Fetcher(QUICK), [source])["paper"].urls == [server.url + "/2026/story"]


def _gzipped_sitemap(count: int) -> bytes:
    urls = "".join(f"<url><loc>http://paper.example/story-{n}</loc></url>" for n in range(count))
    return gzip.compress(f'<?xml version="1.0"?><urlset>{urls}</urlset>'.encode())


@pytest.mark.parametrize("kind", ["application/x-gzip", "application/gzip",
                                  "application/octet-stream"])
def test_a_gzipped_sitemap_is_read_as_its_xml(server, kind):
    # sitemap.xml.gz is served as gzip itself; it was refused as "not HTML (application/x-gzip)"
    # and such a source discovered nothing.
    server.pages["/sitemap.xml.gz"] = Page(_gzipped_sitemap(3), content_type=kind)
    source = Source(name="paper", sitemaps=(server.url + "/sitemap.xml.gz",),
                    allow_private=True)
    found = discover_all(Fetcher(QUICK), [source])["paper"]
    assert found.urls == [f"http://paper.example/story-{n}" for n in range(3)]
    assert found.errors == []


def test_a_gzipped_sitemap_bomb_is_read_to_the_cap(server):
    # 200 MB of spaces after the first URL pack into 200 KB: unpacked only to max_bytes.
    bomb = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    packed = bomb.compress(b'<?xml version="1.0"?><urlset><url><loc>http://paper.example/'
                           b"story-0</loc></url>")
    packed += b"".join(bomb.compress(b" " * 1_000_000) for _ in range(200)) + bomb.flush()
    assert len(packed) < 300_000
    xml, cut = discover._gunzipped(packed, QUICK.max_bytes, False)
    assert len(xml) == QUICK.max_bytes and cut
    server.pages["/sitemap.xml.gz"] = Page(packed, content_type="application/x-gzip")
    source = Source(name="paper", sitemaps=(server.url + "/sitemap.xml.gz",),
                    allow_private=True)
    found = discover_all(Fetcher(QUICK), [source])["paper"]
    assert found.urls == ["http://paper.example/story-0"]


def test_a_json_feed_lists_its_items_urls_and_a_hostile_one_is_one_line(server):
    items = [{"id": "1", "url": f"{server.url}/a.html"}, {"id": "2", "url": "b.html"},
             {"id": "3", "url": "javascript:alert(1)"}, {"id": "4", "url": ["x"]}, "junk",
             {"id": "5", "external_url": f"{server.url}/elsewhere.html"}]
    server.pages["/feed.json"] = Page(json.dumps({"version": "https://jsonfeed.org/version/1.1",
                                                  "title": "Paper", "items": items}),
                                      content_type="application/feed+json")
    server.pages["/deep.json"] = Page('{"items": ' + "[" * 100_000 + "]" * 100_000 + "}",
                                      content_type="application/json")
    server.pages["/big.json"] = Page(json.dumps({"items": [{"url": f"{server.url}/{n}.html"}
                                                           for n in range(40_000)]}),
                                     content_type="application/json")
    source = Source(name="paper", feeds=tuple(server.url + path for path in
                                              ("/feed.json", "/deep.json", "/big.json")),
                    allow_private=True)
    found = discover_all(Fetcher(QUICK), [source])["paper"]
    # The permalinks, the relative one taken from the feed's address; no script, no guess.
    assert found.urls == [f"{server.url}/a.html", f"{server.url}/b.html"]
    assert found.errors == [f"feed {server.url}/deep.json: no article links",
                            f"feed {server.url}/big.json: a JSON Feed over max_bytes cannot "
                            "be read"]
