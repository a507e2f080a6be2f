"""The whole path: demo newsroom → newsdiff rounds → git → Pelican site."""

import re
from datetime import timedelta
from html import unescape
from pathlib import Path

import pytest
from conftest import FERRY, LIBRARY, git, page

from newsdiff.demo import DEMO_START, run_demo
from newsdiff.demo.stories import ROUND_OFFSETS


@pytest.fixture(scope="module")
def demo(demo_run):
    return demo_run


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_git_log_records_each_real_edit_once(demo):
    log = git(demo.directory, "log", "--reverse", "--format=%at %s").splitlines()
    assert len(log) == 14
    times = [int(line.split()[0]) for line in log]
    round_starts = [int((DEMO_START + offset).timestamp()) for offset in ROUND_OFFSETS]
    # Every commit is dated within seconds of the start of the round that fetched it.
    assert all(any(0 <= t - start < 60 for start in round_starts) for t in times)
    subjects = [line.split(" ", 1)[1] for line in log]
    assert subjects[0] == "harbourgazette: Council approves ferry fare rise (version 1)"
    assert "harbourgazette: Ferry fares to rise 12% after council vote (version 2)" in subjects
    assert "harbourgazette: Ferry fares to rise 12% after council vote (version 3)" in subjects
    assert "valleytribune: Millbrook bridge repairs: three-week closure planned (version 2)" \
        in subjects
    # The storm story's 503 round and the rolling "Updated N minutes ago" line made nothing.
    assert sum("overnight storm" in s for s in subjects) == 2
    assert git(demo.directory, "status", "--porcelain") == ""


def test_archive_file_reads_like_the_design(demo):
    text = (demo.archive / f"{FERRY}.md").read_text()
    assert text.startswith("---\ntitle: Ferry fares to rise 12% after council vote\nurl: http")
    assert "\nsource: harbourgazette\nbyline: Lena Marsh\npublished: 2026-03-02T06:40:00Z\n" \
        "modified: 2026-03-02T11:55:00Z\nlanguage: en\n---\n\nBayport city council voted" in text
    assert "extra 60 cents each way.\nSeason tickets rise" in text  # a sentence a line
    assert "Updated" not in text and "Advertisement" not in text and "Related" not in text


def test_history_page_has_the_news_sniffer_header(demo):
    html = page(demo, FERRY)
    # The seed's questions in its order: source, (published,) first seen, last changed, how
    # often, feed.
    assert ("Source The Harbour Gazette · the original article "
            "Published 2 March 2026 06:40 UTC, by the page's own account "
            "First seen 2 March 2026 07:00 UTC "
            "Last changed 2 March 2026 12:00 UTC ; still checked for changes "
            "Changed 2 times: 3 versions Feed Atom feed of its changes") in text_of(html)
    # ...then the latest change itself, not the whole latest text again.
    latest = text_of(html.split('class="latest"')[1].split("<h2>Versions")[0])
    assert "Latest change: version 2 → 3" in latest and "Tom Reyes" in latest
    assert "Bayport city council voted" not in html
    assert 'href="http://127.0.0.1' in html  # the original
    assert "35 minutes later" in text_of(html)
    assert 'href="v1-v2/"' in html  # the article's own pages, linked relative to it


def test_diff_page_marks_removed_and_added_words(demo):
    headline = page(demo, f"{FERRY}/v1-v2")
    assert ("What changed in version 2 of 3, seen 2 March 2026 07:35 UTC , 35 minutes after "
            "version 1: headline changed") in \
        text_of(headline)
    assert "<del>Council approves ferry fare rise</del>" in headline
    assert "<ins>Ferry fares to rise 12% after council vote</ins>" in headline

    quote = page(demo, f"{FERRY}/v2-v3")
    removed = re.findall(r"<del>(.*?)</del>", quote)
    assert any("Its chair, Tom Reyes" in unescape(d) for d in removed)
    assert "<ins>" not in quote.split('class="df"')[1].split("</main>")[0]

    correction = page(demo, f"{LIBRARY}/v2-v3")
    assert "<del>18</del><ins> 16</ins>" in correction  # never "1816" when read aloud
    assert "<ins>Correction: an earlier version" in correction


def test_front_page_source_page_version_page_and_feeds(demo):
    front = page(demo, "")
    rows = [text_of(row) for row in re.findall(r"<li>(.*?)</li>",
                                                front.split('<ol class="changes">')[1],
                                                re.DOTALL)]
    assert len(rows) == 14  # every version, newest first; the demo has no minor edits
    assert rows[0].startswith("Customs house to become central library The Harbour Gazette · ")
    assert rows[0].endswith("· version 3 of 3 : +20 −1 words paragraph-added numbers correction")
    assert rows[-1].startswith("Council approves ferry fare rise The Harbour Gazette")
    assert rows[-1].endswith("new: first seen, 146 words")
    assert "version 3 of 3" in text_of(page(demo, "label/correction"))
    # No minor edits, so nothing is said to be hidden; /all/ exists all the same.
    assert "left out" not in front and (demo.site / "all/index.html").is_file()
    assert "Millbrook bridge" in text_of(page(demo, "valleytribune"))
    version = text_of(page(demo, f"{FERRY}/v1"))
    assert "Council approves ferry fare rise" in version and "Tom Reyes" in version
    feed = (demo.site / "feeds/all.atom.xml").read_text()
    assert feed.count("<entry>") + feed.count("<entry xml:lang") == 8  # 14 versions - 6 first
    assert (demo.site / FERRY / "feed.atom.xml").read_text().count("<entry>") == 2


def test_demo_leaves_the_surrounding_repository_alone(tmp_path):
    outer = tmp_path / "project"
    outer.mkdir()
    git(tmp_path, "init", "-q", str(outer))
    result = run_demo(outer / "demo-output", say=lambda line: None)
    assert git(outer, "rev-list", "--all") == ""
    assert Path(git(result.directory, "rev-parse", "--show-toplevel").strip()) == \
        result.directory
    # Idempotent: a second run replaces the demo folder cleanly.
    again = run_demo(outer / "demo-output", say=lambda line: None)
    assert len(git(again.directory, "log", "--format=%H").splitlines()) == 14


def test_round_clock_spreads_commits_over_hours(demo):
    first = int(git(demo.directory, "log", "--reverse", "--format=%at").split()[0])
    last = int(git(demo.directory, "log", "-1", "--format=%at"))
    assert timedelta(seconds=last - first) > timedelta(hours=9)


def test_labels_reach_the_site_and_feeds(demo):
    history = page(demo, FERRY)
    versions = history.split('<ol class="vl"')[1]
    assert re.findall(r'<a class="l" href="[^"]+" title="[^"]+">([^<]+)</a>', versions) == \
        ["quote", "headline", "numbers"]  # newest version first
    feed = (demo.site / FERRY / "feed.atom.xml").read_text()
    assert 'term="quote"' in feed and "labels: headline, numbers" in feed
    # In the feed's language, an entry's title says which version it is (the German
    # paper's entries say it in their summary: tests/test_language.py).
    assert "<title>Ferry fares to rise 12% after council vote (version 3)</title>" in feed
    assert "<summary type=\"text\">−20 words; labels: quote</summary>" in feed


def test_consecutive_changes_only_and_timeline(demo):
    history = page(demo, LIBRARY)
    # No first-against-latest page: it repeated the consecutive changes' text.
    assert 'href="v1-v3/"' not in history and not (demo.site / LIBRARY / "v1-v3").exists()
    assert 'href="v2-v3/"' in history and 'href="v1-v2/"' in history
    assert history.count("<circle ") == 3 and 'class="timeline"' in history
    assert '<a href="v2/"><title>Version 2, 2 March 2026 09:10 UTC</title><circle' in history


def test_stats_page_draws_static_charts(demo):
    stats = page(demo, "stats")
    assert "The Harbour Gazette</a>: 5 edits" in stats and "Valley Tribune</a>: 2 edits" in stats
    assert stats.count('<svg class="chart"') == 3  # one per source; most-edited are HTML bars
    assert "<title>2 March 2026: 5 edits</title>" in stats
    assert 'width="21.0"' in stats  # one day is one narrow column, not a solid block
    # Dates and counts are HTML captions, legible on a phone (SVG text shrank to ~5 px).
    assert "<text" not in stats and stats.count('<p class="cap">') == 3
    assert "Customs house to become central library</a> <span class=\"m\">The Harbour " \
        "Gazette</span> <b" in stats
    # Each bar's number says what it counts: the widest in words, the others to a screen
    # reader (a bare "2" was read out as nothing in particular).
    bars = re.findall(r'<b style="width:\d+%">(.*?)</b>', stats)
    assert [re.sub("<[^>]+>", "", bar) for bar in bars] == ["2 edits", "2 edits"] + ["1 edit"] * 4
    assert "visually-hidden" not in bars[0] and all("visually-hidden" in b for b in bars[1:])


def test_source_page_lists_its_recent_changes(demo):
    source = text_of(page(demo, "valleytribune"))
    assert "Recent changes" in source
    assert "Late frost cuts valley apple harvest by 40% 2 March 2026 " in source
    # "version 2" is a link to the change (the tags become spaces)
    assert "version 2 : +2 −1 words, headline changed headline numbers" in source
    assert "Harbour" not in source.split("Recent changes")[1].split("Articles")[0]
