"""Attacks on two refusals that were relaxed: a page's text holding U+FFFD (now refused only
when bytes failed to decode) and the rolling "Updated …" line (a month or weekday now a date
only when a date goes on after it).  A relaxed refusal is where false versions creep in:
mis-declared charsets and rolling lines in many shapes, over real rounds on 127.0.0.1."""

import gzip
from datetime import UTC, datetime, timedelta

import pytest
from conftest import LOREM, Page, article_page, git, rss

from newsdiff.article import Article, format_body, from_markdown, is_rolling_line
from newsdiff.change import DATE_LINE, same_version
from newsdiff.config import Config, Settings, Source
from newsdiff.fetch import decode_page
from newsdiff.run import run_round

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
STORY = [line.replace("council", "café council") for line in LOREM] + [
    "Zürich’s Ørsted naïve façade – «quoted» – closed the day, a „mistake“."]
EDIT = [*STORY[:-1], "Zürich’s Ørsted naïve façade – «quoted» – reopened the next day."]


def _round(server, repo, tmp_path, minutes: int):
    server.pages["/rss"] = Page(rss([server.url + "/a.html"]), content_type="application/rss+xml")
    config = Config(sources=(Source(name="paper", feeds=(server.url + "/rss",),
                                    allow_private=True),),
                    settings=Settings(timeout=5, min_delay=0, retries=0))
    return run_round(config, repo / "archive", clock=lambda: T0 + timedelta(minutes=minutes),
                     state_path=tmp_path / "state.json", check_all=True).sources["paper"]


def _stored(repo):
    return from_markdown((repo / "archive/paper/a.md").read_text(encoding="utf-8"))


def _commits(repo) -> int:
    return int(git(repo, "rev-list", "--count", "HEAD").strip())


def _html(paragraphs: list[str], meta: str = "utf-8", title: str = "Café opens") -> str:
    return article_page(title, paragraphs).replace('<meta charset="utf-8">',
                                                   f'<meta charset="{meta}">')


def _gzip_cut_mid_character(text: str) -> bytes:
    data = text.encode()
    cut = data.index("façade".encode()) + 4  # inside "ç"'s two bytes
    return gzip.compress(data)[:len(gzip.compress(data[:cut]))]


# Round 2 serves the story of round 1 in bytes its labels contradict (each as a server or a
# cache in front of it does it): none may be an edit, nor replace the good version.
MISLABELLED = {
    "latin-1 bytes declared utf-8": lambda: Page(_html(STORY, "iso-8859-1").encode("cp1252"),
                                                 content_type="text/html; charset=utf-8"),
    "latin-1 bytes declared utf-8 twice": lambda: Page(_html(STORY).encode("cp1252")),
    "utf-8 declared latin-1 in the header": lambda: Page(
        _html(STORY).encode(), content_type="text/html; charset=iso-8859-1"),
    "utf-8 declared windows-1252 in the header": lambda: Page(
        _html(STORY).encode(), content_type="text/html; charset=windows-1252"),
    "utf-8 declared shift_jis": lambda: Page(_html(STORY, "shift_jis").encode(),
                                             content_type="text/html; charset=shift_jis"),
    "utf-8 declared utf-16": lambda: Page(_html(STORY).encode(),
                                          content_type="text/html; charset=utf-16"),
    "utf-8 with a meta latin-1 and no header charset": lambda: Page(
        _html(STORY, "iso-8859-1").encode(), content_type="text/html"),
    "a utf-8 BOM on latin-1 bytes declared latin-1": lambda: Page(
        b"\xef\xbb\xbf" + _html(STORY, "iso-8859-1").encode("cp1252"),
        content_type="text/html; charset=iso-8859-1"),
    "a utf-16 BOM on utf-8 bytes": lambda: Page(b"\xff\xfe" + _html(STORY).encode()),
    "gzip cut inside a character": lambda: Page(_gzip_cut_mid_character(_html(STORY)),
                                                headers={"Content-Encoding": "gzip"}),
}


@pytest.mark.parametrize("name", sorted(MISLABELLED))
def test_a_story_served_in_mislabelled_bytes_is_no_version_and_a_real_edit_still_is(
        name, server, repo, tmp_path):
    # A UTF-8 story served one round as Latin-1 or Shift_JIS (by its header or its <meta>)
    # decoded without error into mojibake ("cafÃ© council"), and that was an edit of every
    # sentence with a non-ASCII letter: a false version, its diff all noise.
    server.pages["/a.html"] = Page(_html(STORY))
    assert _round(server, repo, tmp_path, 0).new == 1
    good = _stored(repo)
    server.pages["/a.html"] = MISLABELLED[name]()
    report = _round(server, repo, tmp_path, 60)
    assert report.changed == report.new == 0, (name, report.errors)
    assert _stored(repo) == good and _commits(repo) == 1
    server.pages["/a.html"] = Page(_html(EDIT))
    assert _round(server, repo, tmp_path, 120).changed == 1
    assert "reopened the next day" in _stored(repo).body and "\ufffd" not in _stored(repo).body


@pytest.mark.parametrize("name", sorted(MISLABELLED))
def test_a_story_first_served_mislabelled_is_read_right_or_not_at_all(name, server, repo,
                                                                      tmp_path):
    # The first fetch has no good version to fall back on: a mislabelled page is the story's
    # text read right, or refused; never mojibake nor U+FFFD for damage.
    server.pages["/a.html"] = MISLABELLED[name]()
    if _round(server, repo, tmp_path, 0).new:
        body = _stored(repo).body
        assert "café council" in body and "Ã" not in body and "\ufffd" not in body, name
        assert "Zürich’s Ørsted" in body or "Zürich" not in body, name


def test_bytes_that_are_utf_8_are_read_as_utf_8_whatever_the_label_says():
    page = _html(STORY).encode()
    for label in ("iso-8859-1", "windows-1252", "shift_jis", "koi8-r", "utf-16", "utf-16le"):
        text, damaged = decode_page(page, label)
        assert "Zürich’s Ørsted naïve façade" in text and not damaged, label
    # What the rule leaves alone: a page in the charset it declares, UTF-16 without a BOM,
    # and an ASCII page in a 7-bit charset.
    assert decode_page("<p>会議 東京</p>".encode("shift_jis"), "shift_jis") == (
        "<p>会議 東京</p>", False)
    assert decode_page("<p>Café</p>".encode("cp1252"), "windows-1252") == ("<p>Café</p>", False)
    assert decode_page("<p>Café</p>".encode("utf-16-le"), "utf-16le") == ("<p>Café</p>", False)
    assert decode_page("<p>東京</p>".encode("iso-2022-jp"), "iso-2022-jp") == ("<p>東京</p>",
                                                                                 False)


# --- the rolling "Updated …" line -----------------------------------------------------------

# Each a line a site rolls on every fetch: none may be an edit.
ROLLING = [
    "Updated March 3, 2025 at 10:14 a.m. ET",  # "a.m." read as a sentence's end
    "Aktualisiert am 3. März 2025, 10:14 Uhr",  # an ordinal's dot too
    "Aktualisiert: Montag, 3. März",
    "Updated Mar. 3", "Updated Sept. 3",
    "Updated Monday.",
    "Mis à jour le 3 mars 2025 à 10h14",
    "Actualizado el 3 de marzo de 2025, 10:14",
    "Updated: Mon, Mar 3", "Last updated Monday", "Updated Monday 3 March",
    "Updated 10:14 GMT, Monday", "Updated Monday", "Updated March", "Uppdaterad måndag",
    "Actualizado el lunes", "Mis à jour lundi soir",
    # a name and then no date, as the relaxed rule refused: a time zone, a mark, a blog's
    # "by" or "in"
    "Updated Monday ET", "Updated Monday ET 10:14", "Updated Monday @ 10:14",
    "Updated Monday; 10:14", "Updated Monday / 10:14", "Updated Monday (10:14)",
    "Updated Monday by Ann Writer", "Published Monday in News",
]


@pytest.mark.parametrize("line", ROLLING)
def test_a_rolling_line_is_seen_as_rolling(line):
    assert is_rolling_line(line) or DATE_LINE.match(line), line


def test_a_clock_with_a_dot_is_left_in_the_body_and_never_compared():
    # "10.14" stays in the body (as Swedish clocks do), and the next clock is no edit.
    line = "Uppdaterad 3 mars 2025 kl. 10.14"
    assert not is_rolling_line(line)
    one, two = (Article(title="Café opens", url="https://paper.example/a", source="paper",
                        byline="", body=format_body([STORY[0], text, *STORY[1:]]))
                for text in (line, line.replace("10.14", "11.52")))
    assert same_version(one, two) and not same_version(one, Article(
        **{**one.__dict__, "body": format_body(EDIT)}))


# Headings a story has, opening "Updated": none is a rolling line.
HEADINGS = ["Updated March figures", "Updated March's figures", "Updated Marco Rubio remarks",
            "Updated Mayo Clinic guidance", "Updated Mars mission timeline",
            "Updated the plan. Then it rained.", "Updated Mars IT systems",
            "Published in 2019. Updated figures follow", "Updated plans for the Elm Hill site"]


@pytest.mark.parametrize("line", HEADINGS)
def test_a_heading_opening_updated_is_no_rolling_line(line):
    assert not is_rolling_line(line) and not DATE_LINE.match(line)


def _with_line(line: str, paragraphs=None) -> Page:
    paragraphs = paragraphs or STORY
    return Page(_html([paragraphs[0], line, *paragraphs[1:]]))


def test_a_page_whose_only_change_is_its_updated_line_is_no_version(server, repo, tmp_path):
    # Each fetch shows the line in another shape and time: an "a.m." or an ordinal's dot, a
    # time zone or a mark after a weekday, made it a sentence, and every fetch a version.
    lines = ["Updated March 3, 2025 at 10:14 a.m. ET", "Updated March 3, 2025 at 11:02 a.m. ET",
             "Aktualisiert am 3. März 2025, 10:14 Uhr", "Updated Monday ET",
             "Updated Monday @ 10:14", "Updated Mar. 4", "Updated Monday."]
    server.pages["/a.html"] = _with_line(lines[0])
    assert _round(server, repo, tmp_path, 0).new == 1
    for minutes, line in enumerate(lines[1:], 1):
        server.pages["/a.html"] = _with_line(line)
        report = _round(server, repo, tmp_path, minutes * 60)
        assert report.changed == 0, (line, report.errors)
    assert _commits(repo) == 1
    # A real heading edited beside it is an edit.
    server.pages["/a.html"] = _with_line("Updated Monday.", EDIT)
    assert _round(server, repo, tmp_path, 600).changed == 1
    assert "reopened the next day" in _stored(repo).body


def test_an_edited_heading_opening_updated_is_a_version(server, repo, tmp_path):
    server.pages["/a.html"] = _with_line("Updated March figures")
    assert _round(server, repo, tmp_path, 0).new == 1
    assert "Updated March figures" in _stored(repo).body
    server.pages["/a.html"] = _with_line("Updated April figures")
    assert _round(server, repo, tmp_path, 60).changed == 1
    assert "Updated April figures" in _stored(repo).body


@pytest.mark.xfail(strict=True, reason="labels are read in en/sv/de/es/fr only: a Norwegian or "
                   "Chinese 'updated' line rolls as an edit on each fetch")
@pytest.mark.parametrize("line", ["Oppdatert mandag 3. mars", "更新：2025年3月3日"])
def test_a_rolling_line_labelled_in_another_language(line):
    assert is_rolling_line(line) or DATE_LINE.match(line)


@pytest.mark.xfail(strict=True, reason="one single-byte charset read as another decodes "
                   "without error ('Cafц'): nothing in the bytes tells, only the text's language")
def test_a_latin_1_story_served_one_round_labelled_koi8_r_is_no_version(server, repo,
                                                                        tmp_path):
    server.pages["/a.html"] = Page(_html(STORY[:-1], "windows-1252").encode("cp1252"),
                                   content_type="text/html")
    assert _round(server, repo, tmp_path, 0).new == 1
    server.pages["/a.html"] = Page(_html(STORY[:-1], "koi8-r").encode("cp1252"),
                                   content_type="text/html")
    assert _round(server, repo, tmp_path, 60).changed == 0
