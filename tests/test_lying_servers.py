"""Servers that answer 200 and lie: about where a story went, about what the page is, about
its charset.  Each attack here was found to make a false version or lose a story; a real
server on 127.0.0.1, real rounds into a real git repository."""

import subprocess
import sys
from datetime import UTC, datetime, timedelta

from conftest import LOREM, Page, article_page, git, rss

from newsdiff.article import from_markdown
from newsdiff.config import Config, Settings, Source
from newsdiff.run import run_round

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
ALPHA = article_page("Story A", [*LOREM, "Alpha closes with the ferry, for story A alone."])
BRAVO = article_page("Story B", [f"Bravo: {line}" for line in LOREM]
                     + ["Bravo closes with the tunnel, for story B alone."])


def _round(server, repo, tmp_path, minutes: int, paths=("/a.html", "/b.html")):
    server.pages["/rss"] = Page(rss([server.url + p for p in paths]),
                                content_type="application/rss+xml")
    config = Config(sources=(Source(name="paper", feeds=(server.url + "/rss",),
                                    allow_private=True),),
                    settings=Settings(timeout=5, min_delay=0, retries=0))
    return run_round(config, repo / "archive", clock=lambda: T0 + timedelta(minutes=minutes),
                     state_path=tmp_path / "state.json", check_all=True).sources["paper"]


def _stored(repo, path: str):
    return from_markdown((repo / "archive/paper" / path).read_text(encoding="utf-8"))


def test_a_story_redirected_to_another_archived_story_is_no_version_of_it(server, repo,
                                                                          tmp_path):
    # A redirected to B, both archived: B's text was committed as A's version 2 (title, URL
    # and every sentence of B), and from then on A's file tracked B's URL: had A come back,
    # its edits were lost.  B is another story, not A's new text.
    server.pages["/a.html"], server.pages["/b.html"] = Page(ALPHA), Page(BRAVO)
    assert _round(server, repo, tmp_path, 0).new == 2
    server.pages["/a.html"] = Page("", status=301, headers={"Location": server.url + "/b.html"})
    for minutes in (60, 120):
        report = _round(server, repo, tmp_path, minutes)
        assert report.changed == 0 and report.failed["redirects"] == 1, report.errors
        assert report.errors == [f"{server.url}/a.html: redirected to another story "
                                 "(archive/paper/b.md)"]
    assert _stored(repo, "a.md").title == "Story A"
    assert _stored(repo, "a.md").url == server.url + "/a.html"
    assert git(repo, "rev-list", "--count", "HEAD").strip() == "2"
    # When A comes back, an edit of it is A's version 2.
    server.pages["/a.html"] = Page(ALPHA.replace("for story A alone", "for story A, edited"))
    assert _round(server, repo, tmp_path, 180).changed == 1
    assert "story A, edited" in _stored(repo, "a.md").body


def test_a_story_serving_another_archived_story_that_it_names_canonical_is_no_version(
        server, repo, tmp_path):
    # The same lie without a redirect: A's URL answers with B's page, whose canonical link
    # names B.  The link was rightly not followed into B's file, so B's text became A's
    # version 2.  A page that names another archived story and reads as it is that story.
    server.pages["/a.html"], server.pages["/b.html"] = Page(ALPHA), Page(BRAVO)
    assert _round(server, repo, tmp_path, 0).new == 2
    link = f'<head><link rel="canonical" href="{server.url}/b.html">'
    server.pages["/a.html"] = Page(BRAVO.replace("<head>", link))
    for minutes in (60, 120):
        report = _round(server, repo, tmp_path, minutes)
        assert report.changed == 0 and report.failed["another story"] == 1, report.errors
    assert report.errors == [f"{server.url}/a.html: the page is another story "
                             "(archive/paper/b.md), by its canonical link"]
    assert git(repo, "rev-list", "--count", "HEAD").strip() == "2"
    # A story of its own naming B (a CMS naming one URL for many) is still A's edit.
    edited = ALPHA.replace("for story A alone", "for story A, edited")
    server.pages["/a.html"] = Page(edited.replace("<head>", link))
    assert _round(server, repo, tmp_path, 180).changed == 1
    assert "story A, edited" in _stored(repo, "a.md").body


def test_a_new_url_redirected_to_an_archived_story_still_joins_it(server, repo, tmp_path):
    # What the rule above must not break: a new URL (a story's old slug, a short link) that
    # redirects to an archived story is that story, in its file.
    server.pages["/a.html"] = Page(ALPHA)
    assert _round(server, repo, tmp_path, 0, ["/a.html"]).new == 1
    server.pages["/short"] = Page("", status=301, headers={"Location": server.url + "/a.html"})
    report = _round(server, repo, tmp_path, 60, ["/a.html", "/short"])
    assert report.new == 0 and not report.failed, report.errors
    assert sorted(p.name for p in (repo / "archive/paper").iterdir()) == ["a.md"]


CONSENT = ["Before you continue",
           "We and our partners use cookies and similar technologies to store and access "
           "information on your device, for personalised ads and content, ad and content "
           "measurement, audience insights and product development.",
           "By clicking “Accept all” you consent to the processing of your personal data.",
           "You can change your choices at any time in Privacy settings at the foot of the page.",
           "Accept all. Reject all. Manage preferences."]


def test_an_english_consent_page_naming_our_partners_never_becomes_a_version(server, repo,
                                                                            tmp_path):
    # The usual English consent wall ("We and our partners use cookies…", "By clicking
    # Accept all…") named none of the phrases walls were known by ("we use cookies",
    # "accept cookies"): it was version 1 of a story first fetched behind it, and, served
    # twice in front of a recorded story, a version that cut the story down to the wall.
    server.pages["/a.html"] = Page(article_page("Budget", [*LOREM, *LOREM]))
    server.pages["/b.html"] = Page(article_page("Before you continue", CONSENT))
    first = _round(server, repo, tmp_path, 0)
    assert first.new == 1 and first.failed["wall page"] == 1, first.errors
    server.pages["/a.html"] = Page(article_page("Before you continue", CONSENT))
    for minutes in (30, 60, 90):
        report = _round(server, repo, tmp_path, minutes)
        assert report.failed["wall page"] == 2 and report.changed == report.new == 0, minutes
    assert git(repo, "rev-list", "--count", "HEAD").strip() == "1"


CAFE = article_page("Café opens", [line.replace("council", "café council") for line in LOREM])


def test_a_byte_order_mark_names_the_charset_whatever_the_header_says(server, repo, tmp_path):
    # Browsers read a byte-order mark before the header's charset (WHATWG "BOM sniffing").
    # We read the header's: a UTF-8 page with a BOM sent as ISO-8859-1 was stored as mojibake
    # ("cafÃ©"), and a UTF-16 page sent as UTF-8 was refused as undecodable, round after
    # round: a false text and a lost story.
    server.pages["/a.html"] = Page(b"\xef\xbb\xbf" + CAFE.encode(),
                                   content_type="text/html; charset=iso-8859-1")
    server.pages["/b.html"] = Page(CAFE.encode("utf-16"),
                                   content_type="text/html; charset=utf-8")
    report = _round(server, repo, tmp_path, 0)
    assert report.new == 2 and not report.failed, report.errors
    for path in ("a.md", "b.md"):
        stored = _stored(repo, path)
        assert stored.title == "Café opens" and "café council" in stored.body
        assert stored.byline == "Ann Writer"
        assert "\ufeff" not in (repo / "archive/paper" / path).read_text(encoding="utf-8")


# Characters that show nothing: word joiner, invisible operators, combining grapheme joiner,
# Mongolian vowel separator, zero-width (non-)joiners.  Sites sprinkle them to fingerprint
# each copy of a story served.
INVISIBLE = "\u2060\u2061\u2062\u2063\u2064\u034f\u180e\u200c\u200d"


def _sprinkled(text: str, seed: int) -> str:
    marks = INVISIBLE[seed:] + INVISIBLE[:seed]
    return "".join(c + (marks[n % len(marks)] if n % 7 == seed else "")
                   for n, c in enumerate(text))


def test_invisible_characters_sprinkled_differently_each_fetch_are_no_edit(server, repo,
                                                                           tmp_path):
    # Each fetch carried other invisible marks (a copy's fingerprint): every fetch was a
    # version, its title and text unchanged to any reader.
    paragraphs = [*LOREM, "Alpha closes with the ferry, for story A alone."]
    for seed in range(4):
        server.pages["/a.html"] = Page(article_page(_sprinkled("Story A", seed),
                                                    [_sprinkled(p, seed) for p in paragraphs]))
        report = _round(server, repo, tmp_path, 60 * seed, ["/a.html"])
        assert report.new + report.changed == (1 if seed == 0 else 0), seed
        assert report.unchanged == (0 if seed == 0 else 1), seed
    stored = (repo / "archive/paper/a.md").read_text(encoding="utf-8")
    assert not any(c in stored for c in INVISIBLE[:7])  # never meaningful; ZWJ/ZWNJ may be
    assert _stored(repo, "a.md").title == "Story A"


def test_a_page_of_one_endless_word_or_mark_is_read_in_one_go(server, repo, tmp_path):
    # A paragraph of 300 KB of one letter, of "!" or of "[" (a hostile page's, well under
    # max_bytes): patterns that scanned the run again from each of its characters (a label
    # "Read more:" of up to four words, a sentence's end, an escaped Markdown link) held the
    # round for hours, past every deadline: the run is the guard, not a figure.
    paths = []
    for name, run in (("word", "x"), ("marks", "!"), ("dots", "."), ("brackets", "[")):
        server.pages[f"/{name}.html"] = Page(article_page(name.title(), [*LOREM, run * 300_000]))
        paths.append(f"/{name}.html")
    # ... and a title of 20,000 "http://" read once per mark for the site's name.
    server.pages["/title.html"] = Page(article_page("Title " + "http://" * 20_000, LOREM))
    paths.append("/title.html")
    # ... and a <meta name="author"> of 500 KB of "(", read by trafilatura.
    server.pages["/byline.html"] = Page(article_page("Byline", LOREM, byline="( " * 250_000))
    paths.append("/byline.html")
    server.pages["/rss"] = Page(rss([server.url + p for p in paths]),
                                content_type="application/rss+xml")
    (tmp_path / "newsdiff.toml").write_text(
        f'[settings]\nmin_delay = 0\nretries = 0\n[[source]]\nname = "paper"\n'
        f'feeds = ["{server.url}/rss"]\nallow_private = true\n')
    done = subprocess.run([sys.executable, "-m", "newsdiff", "run", "--config",
                           str(tmp_path / "newsdiff.toml"), "--archive", str(repo / "archive"),
                           "--state", str(tmp_path / "state.json")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "paper: 6 discovered, 6 new" in done.stdout
    for name in ("word", "marks", "dots", "brackets", "title", "byline"):
        assert "The city council met" in _stored(repo, f"{name}.md").body
