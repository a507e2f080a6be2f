"""Diff pages of fixture pairs: the exact markup a reader gets, inline and side by side."""

from datetime import UTC, datetime, timedelta

import lxml.html
import pytest
from conftest import git

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
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    repo = tmp_path_factory.mktemp("fixtures")
    git(repo, "init", "-q", "-b", "main")
    (repo / "archive").mkdir()
    with ArchiveStore(repo / "archive") as store:
        for name, versions in PAIRS.items():
            for hours, (title, body) in enumerate(versions):
                store.save(Article(title=title, url=f"https://paper.example/{name}.html",
                                   source="paper", body=format_body(body)),
                           T0 + timedelta(hours=hours))
    build_site(repo / "archive", repo / "site", cache=repo / "cache")
    return repo / "site"


def inner(element) -> str:
    text = element.text or ""
    return text + "".join(lxml.html.tostring(child, encoding="unicode") for child in element)


def markup(site, name):
    tree = lxml.html.fromstring((site / f"paper/{name}/v1-v2/index.html").read_bytes())
    inline = [(p.get("class"), inner(p)) for p in tree.xpath("//section[@id='inline']/p")]
    side = [(tr.get("class"), inner(tr[0]), inner(tr[1]))
            for tr in tree.xpath("//section[@id='side-by-side']//tbody/tr")]
    title = [inner(p) for p in tree.xpath("//p[@class='title-diff']")]
    return inline, side, title


def test_moved_paragraph(site):
    here = '<span class="moved">Moved here:</span> ' + C
    assert markup(site, "moved") == (
        [("moved-in", here), ("same", A), ("same", B)],
        [("moved-in", "", here), ("same", A, A), ("same", B, B),
         ("moved-out", '<span class="moved">Moved elsewhere:</span> ' + C, "")],
        [])


def test_rewritten_headline(site):
    assert markup(site, "headline") == (
        [("same", A), ("same", B)],
        [("same", A, A), ("same", B, B)],
        ["<del>Council approves</del><ins>Islanders face steep</ins> ferry fare rise"])


def test_added_paragraph(site):
    new = "The minister promised a review of the timetable next year."
    assert markup(site, "added") == (
        [("same", A), ("same", B), ("added", f"<ins>{new}</ins>")],
        [("same", A, A), ("same", B, B), ("added", "", f"<ins>{new}</ins>")],
        [])


def test_word_swap(site):
    assert markup(site, "swap") == (
        [("same", A), ("changed", "Fares will rise by <del>12</del><ins>15</ins> per cent "
                                  "from April.")],
        [("same", A, A), ("changed", "Fares will rise by <del>12</del> per cent from April.",
                          "Fares will rise by <ins>15</ins> per cent from April.")],
        [])
