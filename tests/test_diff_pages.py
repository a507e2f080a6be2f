"""Diff pages of fixture pairs: the exact markup a reader gets, inline and side by side."""

from datetime import UTC, datetime, timedelta

import lxml.html
import pytest
from conftest import empty_archive, git

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.build import build_site

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
A = "The council approved the new ferry timetable on Monday."
B = "Fares will rise by 12 per cent from April."
C = "Residents said the island needs more sailings."
TITLE = "Ferry timetable approved"
PAIRS = {
    "moved": ((TITLE, [A, B, C]), (TITLE, [C, A, B])),
    "headline": (("Council approves ferry fare rise", [A, B]),
                 ("Islanders face steep ferry fare rise", [A, B])),
    "added": ((TITLE, [A, B]),
              (TITLE, [A, B, "The minister promised a review of the timetable next year."])),
    "swap": ((TITLE, [A, B]), (TITLE, [A, "Fares will rise by 15 per cent from April."])),
    "upgraded": (("Ferry timetable", [A, B]), ("Ferry timetable approved", [A, B])),
}
#: the second version of a pair was read by an upgraded newsdiff
TRAILERS = {"upgraded": {"Change": "headline, reading", "Reading-Was": "1-00000000"}}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    repo = tmp_path_factory.mktemp("fixtures")
    empty_archive(repo)
    with ArchiveStore(repo / "archive") as store:
        for name, versions in PAIRS.items():
            for hours, (title, body) in enumerate(versions):
                store.save(Article(title=title, url=f"https://paper.example/{name}.html",
                                   source="paper", body=format_body(body)),
                           T0 + timedelta(hours=hours),
                           trailers=TRAILERS.get(name, {}) if hours else {})
    build_site(repo / "archive", repo / "site", cache=repo / "cache")
    return repo / "site"


def inner(element) -> str:
    text = element.text or ""
    return text + "".join(lxml.html.tostring(child, encoding="unicode") for child in element)


def markup(site, name):
    """The diff's rows as (class, [(paragraph class, inner HTML), …]) and the headline's
    before and after."""
    tree = lxml.html.fromstring((site / f"paper/{name}/v1-v2/index.html").read_bytes())
    rows = []
    for child in tree.xpath("//div[@class='df']/*"):
        if child.get("class") == "c hd":
            continue
        cells = [child] if child.tag == "p" else child.xpath("p")
        rows.append((child.get("class"), [(p.get("class"), inner(p)) for p in cells]))
    title = [inner(p) for p in tree.xpath("//div[@class='hl']/p")]
    return rows, title


def test_moved_paragraph(site):
    here = '<span class="mv">Moved here:</span> ' + C
    assert markup(site, "moved") == (
        [("c m", [("o", ""), ("n i", here)]), ("s", [("s", A)]), ("s", [("s", B)]),
         ("c m", [("o", '<span class="mv">Moved from here:</span> ' + C), ("n", "")])],
        [])


def test_rewritten_headline_stacks_old_above_new(site):
    assert markup(site, "headline") == (
        # The fold's link opens version 2 at the first paragraph it hid (a text fragment).
        [("fo", [("fo", '<a href="../v2/#:~:text=The%20council%20approved%20the%20new%20ferry'
                        '%20timetable%20on">⋯ 2 unchanged paragraphs</a>')])],
        ['<span class="k">Headline before</span> <del>Council approves</del> ferry fare rise',
         '<span class="k">after</span> <ins>Islanders face steep</ins> ferry fare rise'])


def test_added_paragraph_keeps_one_paragraph_of_context(site):
    new = "The minister promised a review of the timetable next year."
    assert markup(site, "added") == (
        [("s", [("s", A)]), ("s", [("s", B)]),
         ("c a", [("o", ""), ("n i", f"<ins>{new}</ins>")])],
        [])


def test_word_swap_inline_keeps_the_numbers_apart(site):
    assert markup(site, "swap") == (
        [("s", [("s", A)]),
         ("c", [("i", "Fares will rise by <del>12</del><ins> 15</ins> per cent from April."),
                ("n", "Fares will rise by <ins>15</ins> per cent from April.")])],
        [])


def test_a_change_newsdiff_may_have_made_itself_says_so_in_words(site):
    page = lxml.html.fromstring((site / "paper/upgraded/v1-v2/index.html").read_bytes())
    notes = " ".join(p.text_content() for p in page.xpath("//p[@class='note']"))
    assert "part of this change may be newsdiff's" in notes  # not only in a tooltip
    other = lxml.html.fromstring((site / "paper/headline/v1-v2/index.html").read_bytes())
    assert not other.xpath("//p[@class='note']")
    label = (site / "label/reading/index.html").read_text()
    assert "reads the page differently since the version before" in label
    feed = (site / "feeds/label/reading.atom.xml").read_text()
    assert "part of this change may be newsdiff&#x27;s" in feed or \
        "part of this change may be newsdiff's" in feed


def test_a_hand_written_label_never_names_a_path_outside_the_site(tmp_path):
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "archive").mkdir()
    escape = tmp_path / "escaped"
    with ArchiveStore(tmp_path / "archive") as store:
        for hours, title in enumerate(("Fares rise", "Fares rise again")):
            store.save(Article(title=title, url="https://paper.example/a.html", source="paper",
                               body=format_body([A, B])), T0 + timedelta(hours=hours),
                       trailers={"Change": f"headline, ../../../{escape.name}, <b>x</b>, A/B, "
                                           "headline"} if hours else {})
    build_site(tmp_path / "archive", tmp_path / "site", cache=tmp_path / "cache")
    assert not list(tmp_path.glob("escaped*")) and not list(tmp_path.rglob("*escaped*"))
    assert sorted(p.name for p in (tmp_path / "site/label").iterdir()) == ["headline"]
    assert sorted(p.name for p in (tmp_path / "site/feeds/label").iterdir()) == [
        "headline.atom.xml"]


def test_the_export_and_log_show_the_labels_the_site_shows(tmp_path):
    # The site kept only the validator's kind of word; the export's labels column and
    # `newsdiff log` gave a hand-written trailer's text as labels ("=cmd", "<b>x</b>").
    import json

    from click.testing import CliRunner

    from newsdiff.cli import main

    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "archive").mkdir()
    with ArchiveStore(tmp_path / "archive") as store:
        for hours, title in enumerate(("Fares rise", "Fares rise again")):
            store.save(Article(title=title, url="https://paper.example/a.html", source="paper",
                               body=format_body([A, B])), T0 + timedelta(hours=hours),
                       trailers={"Change": "headline, =cmd|' /C calc'!A0, <b>x</b>, ../x",
                                 "Reverts-To": "²"}  # a digit to isdigit(), none to int()
                       if hours else {})
    archive = str(tmp_path / "archive")
    exported = CliRunner().invoke(main, ["export", "--archive", archive])
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert [row["labels"] for row in rows] == [[], ["headline"]]
    assert [row["reverts_to"] for row in rows] == [None, None]
    build_site(tmp_path / "archive", tmp_path / "site")  # the site read it with int(): a crash
    assert "back to version" not in (tmp_path / "site/paper/a/v1-v2/index.html").read_text()
    logged = CliRunner().invoke(main, ["log", "archive/paper/a.md", "--archive", archive])
    assert "[headline]" in logged.output and "cmd" not in logged.output
