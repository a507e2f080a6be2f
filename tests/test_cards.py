"""Stealth edits and corrections labelled; diff cards on the site; the demo's would-be posts."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from html import unescape
from pathlib import Path

import lxml.html
import pytest
from PIL import Image

from newsdiff.article import Article, to_markdown
from newsdiff.build import build_site
from newsdiff.card import HEIGHT, WIDTH, describe, render_card
from newsdiff.dates import shown_update
from newsdiff.demo import run_demo
from newsdiff.extract import extract
from newsdiff.validate import labels

ROOT = Path(__file__).resolve().parents[1]
STORM = "harbourgazette/2026/03/02/storm-power-cuts"
BRIDGE = "valleytribune/news/local/millbrook-bridge-closure"
BODY = ("The council voted on Monday to raise ferry fares by 12 per cent from April.\n\n"
        "Residents said the rise was unfair to islanders who have no other way to town.")


def version(body: str = BODY, title: str = "Ferry fares rise", published: str = "",
            modified: str = "") -> Article:
    return Article(title=title, url="https://paper.example/a", source="paper", body=body,
                   published=published, modified=modified)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return run_demo(tmp_path_factory.mktemp("demo") / "out", say=lambda line: None)


def test_text_changed_under_an_unchanged_modified_date_is_stealth():
    edited = BODY.replace("12 per cent", "14 per cent")
    stated = dict(published="2026-03-02T06:00:00Z", modified="2026-03-02T07:00:00Z")
    assert "stealth" in labels(version(**stated), version(edited, **stated))
    # Published only, never an update notice: the page hides the edit too.
    assert "stealth" in labels(version(published="2026-03-02"),
                               version(edited, published="2026-03-02"))
    # The page owns up to the edit: its modified date moved.
    assert "stealth" not in labels(version(**stated), version(
        edited, published=stated["published"], modified="2026-03-02T09:00:00Z"))
    # A page that states no date at all says nothing either way.
    assert "stealth" not in labels(version(), version(edited))


def test_a_correction_note_is_labelled_correction():
    corrected = BODY + "\n\nCorrection: an earlier version of this article gave the rise as 21%."
    assert "correction" in labels(version(), version(corrected))


def test_the_visible_updated_line_counts():
    def tree(line: str):
        return lxml.html.fromstring(f"<html><body><h1>T</h1>{line}<p>Text.</p></body></html>")

    assert shown_update(tree('<p class="upd">Updated <time datetime="2026-03-02T09:05:00Z">'
                             '09:05</time></p>')) == ("2026-03-02T09:05:00Z", False)
    assert shown_update(tree("<p>Updated 2 March 2026, 09:05</p>")) == \
        ("Updated 2 March 2026, 09:05", False)
    # A line that rolls by itself states no time, but it does say the page was updated.
    assert shown_update(tree("<p>Updated 5 minutes ago</p>")) == ("", True)
    assert shown_update(tree("<p>Nothing to see.</p>")) == ("", False)
    page = ("<html><head><title>T</title></head><body><article><h1>Ferry fares rise</h1>"
            "<p>Updated <time datetime='2026-03-02T09:05:00Z'>09:05</time></p>"
            + "".join(f"<p>{p} This is a sentence of the story, number {n}.</p>"
                      for n, p in enumerate(BODY.split("\n\n") * 3))
            + "</article></body></html>")
    result = extract(page, "https://paper.example/a", "paper")
    assert result is not None and result.article.modified == "2026-03-02T09:05:00Z"
    assert "Updated" not in result.article.body
    rolling = extract(page.replace("<time datetime='2026-03-02T09:05:00Z'>09:05</time>",
                                   "7 minutes ago"), "https://paper.example/a", "paper")
    assert rolling.article.says_updated and rolling.article.modified == ""
    assert "says_updated" not in to_markdown(rolling.article)  # never stored: it rolls
    edited = dataclasses.replace(rolling.article, body=rolling.article.body.replace("12", "14"),
                                 published="2026-03-02")
    assert "stealth" not in labels(dataclasses.replace(rolling.article, published="2026-03-02"),
                                   edited)


def test_card_is_a_small_png_and_its_alt_text_tells_the_change():
    old = version()
    new = version(BODY.replace("12 per cent", "14 per cent"))
    change = describe(old, new, "paper", (1, 2), ("numbers", "stealth"))
    assert change is not None and change.what == "Text"
    assert [w for w, marked in change.before.words if marked] == ["12"]
    assert [w for w, marked in change.after.words if marked] == ["14"]
    # Eight words of context before the change, as on the card.
    assert change.alt_text == (
        "Text of “Ferry fares rise” at paper, version 1 → 2 (numbers, stealth). Before: “… "
        "voted on Monday to raise ferry fares by 12 per cent from April.” After: “… voted on "
        "Monday to raise ferry fares by 14 per cent from April.”")
    png = render_card(change)
    assert png == render_card(change)  # deterministic: rebuilds keep the bytes
    with Image.open(io.BytesIO(png)) as image:
        assert image.size == (WIDTH, HEIGHT) and image.mode == "P"
        colours = image.convert("RGB").getcolors()
    assert len(colours) <= 8 and len(png) < 12_000
    # Both marks are drawn: the removed word's red and the added word's green.
    assert {(255, 196, 196), (186, 232, 186)} <= {rgb for _, rgb in colours}
    assert describe(old, version(), "paper", (1, 2)) is None  # nothing a reader sees


def test_headline_card_shows_both_titles():
    change = describe(version(title="Council approves fare rise"),
                      version(title="Ferry fares to rise 12% after vote"), "paper", (1, 2))
    assert change.what == "Headline"
    assert change.before.text == "Council approves fare rise"
    assert change.after.text == "Ferry fares to rise 12% after vote"


def meta(html: str, key: str) -> str | None:
    found = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)"', html)
    return unescape(found.group(1)) if found else None


def test_notable_diff_pages_carry_their_card_in_open_graph_tags(demo):
    site = demo.site
    storm = (site / STORM / "v1-v2" / "index.html").read_text()
    image = meta(storm, "og:image")
    assert image and image.endswith(f"{STORM}/v1-v2/card.png")
    assert (site / STORM / "v1-v2" / "card.png").read_bytes().startswith(b"\x89PNG")
    assert meta(storm, "twitter:card") == "summary_large_image"
    assert "3,400" in meta(storm, "og:image:alt") and "3,100" in meta(storm, "og:image:alt")
    assert meta(storm, "og:title") == "Thousands without power after overnight storm: " \
        "what changed"
    cards = sorted(site.rglob("card.png"))
    assert len(cards) == 7 and sum(p.stat().st_size for p in cards) < 7 * 12_000


def test_stealth_and_correction_have_pages_and_feeds(demo):
    site = demo.site
    for label, slug in (("stealth", STORM), ("correction", "harbourgazette/2026/03/02/"
                                                          "customs-house-library")):
        page = (site / "label" / label / "index.html").read_text()
        assert f"/{slug}/" in page
        assert f'href="../../feeds/label/{label}.atom.xml"' in page or \
            f"/feeds/label/{label}.atom.xml" in page
        feed = (site / "feeds" / "label" / f"{label}.atom.xml").read_text()
        assert feed.count("<entry>") == 1 and slug in feed
    assert BRIDGE not in (site / "feeds/label/stealth.atom.xml").read_text()


def test_demo_shows_the_posts_it_would_make(demo):
    assert demo.posts is not None
    lines = [json.loads(line) for line in (demo.posts / "posts.jsonl").read_text().splitlines()]
    assert len(lines) == 6
    assert {label for line in lines for label in line["labels"]} == {
        "headline", "correction", "quote-removed", "stealth"}
    assert all(line["link"].startswith("http://127.0.0.1:8000/") for line in lines)
    assert all((demo.posts / line["image"]).is_file() for line in lines)


def test_a_published_site_names_its_cards_by_absolute_address(demo, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSDIFF_SITEURL", "https://news.example.org")
    out = tmp_path / "published"
    build_site(demo.archive, out, ROOT / "site/publishconf.py")
    storm = (out / STORM / "v1-v2" / "index.html").read_text()
    assert meta(storm, "og:image") == f"https://news.example.org/{STORM}/v1-v2/card.png"
    assert meta(storm, "og:url") == f"https://news.example.org/{STORM}/v1-v2/"


def test_a_shared_diff_names_its_source_as_the_site_does(demo):
    """The card's alt text (and its picture's header) said "at harbourgazette"."""
    storm = (demo.site / STORM / "v1-v2" / "index.html").read_text()
    assert " at The Harbour Gazette, version 1 → 2" in meta(storm, "og:image:alt")
    assert "harbourgazette," not in meta(storm, "twitter:image:alt")


def test_a_cards_header_is_never_cut_at_the_edge(demo):
    """"The Harbour Gazette · version 2 → 3 · paragraph-added · numbe": labels that do not fit
    are left off whole."""
    from newsdiff.card import MARGIN, SMALL_SIZE, WIDTH

    path = demo.site / "harbourgazette/2026/03/02/customs-house-library/v2-v3/card.png"
    with Image.open(path) as card:
        header = card.convert("L").crop((0, SMALL_SIZE - 2, WIDTH, 2 * SMALL_SIZE + 4))
    inked = header.point(lambda v: 255 if v < 250 else 0).getbbox()
    assert inked is not None and inked[2] <= WIDTH - MARGIN + 2, inked
