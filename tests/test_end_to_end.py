"""The whole path: demo newsroom → newsdiff rounds → git → Pelican site."""

import re
from datetime import timedelta
from html import unescape
from pathlib import Path

import pytest
from conftest import git

from newsdiff.demo import DEMO_START, run_demo
from newsdiff.demo.stories import ROUND_OFFSETS

FERRY = "harbourgazette/2026/03/02/council-ferry-fares"
LIBRARY = "harbourgazette/2026/03/02/customs-house-library"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return run_demo(tmp_path_factory.mktemp("demo") / "out", say=lambda line: None)


def page(demo, path: str) -> str:
    return (demo.site / path / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_git_log_records_each_real_edit_once(demo):
    log = git(demo.directory, "log", "--reverse", "--format=%at %s").splitlines()
    assert len(log) == 12
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
        "modified: 2026-03-02T11:55:00Z\n---\n\nBayport city council voted" in text
    assert "extra 60 cents each way.\nSeason tickets rise" in text  # a sentence a line
    assert "Updated" not in text and "Advertisement" not in text and "Related" not in text


def test_history_page_has_the_news_sniffer_header(demo):
    html = page(demo, FERRY)
    assert ("This article is from the source 'harbourgazette' and was first published or "
            "seen on 2 March 2026 06:40 UTC. The article has changed 2 times.") in text_of(html)
    assert 'href="http://127.0.0.1' in html  # the original
    assert "35 minutes later" in text_of(html)
    assert 'href="../../../../../harbourgazette/2026/03/02/council-ferry-fares/v1-v2/"' in html


def test_diff_page_marks_removed_and_added_words(demo):
    headline = page(demo, f"{FERRY}/v1-v2")
    assert "Version 1 | Version 2 (35 minutes later)" in text_of(headline)
    assert "<del>Council approves ferry fare rise</del>" in headline
    assert "<ins>Ferry fares to rise 12% after council vote</ins>" in headline

    quote = page(demo, f"{FERRY}/v2-v3")
    removed = re.findall(r"<del>(.*?)</del>", quote)
    assert any("Its chair, Tom Reyes" in unescape(d) for d in removed)
    assert "<ins>" not in quote.split('id="side-by-side"')[1].split("</table>")[0]

    correction = page(demo, f"{LIBRARY}/v2-v3")
    assert "<del>18</del>" in correction and "<ins>16</ins>" in correction
    assert "<ins>Correction: an earlier version" in correction


def test_front_page_source_page_version_page_and_feeds(demo):
    front = page(demo, "")
    rows = re.findall(r"<tr>(.*?)</tr>", front, re.DOTALL)[1:]
    cells = [[text_of(c) for c in re.findall(r"<td>(.*?)</td>", row, re.DOTALL)]
             for row in rows]
    assert len(cells) == 12  # every version, newest first; the demo has no minor edits
    assert cells[0][:3] == ["harbourgazette", "Customs house to become central library",
                            "version 3 of 3"]
    assert cells[0][4] == "+20 −1 paragraph-added numbers correction"
    assert cells[-1][1:3] == ["Council approves ferry fare rise", "new"]
    assert "version 3 of 3" in text_of(page(demo, "label/correction"))
    assert "show all changes" in front and (demo.site / "all/index.html").is_file()
    assert "Millbrook bridge" in text_of(page(demo, "valleytribune"))
    version = text_of(page(demo, f"{FERRY}/v1"))
    assert "Council approves ferry fare rise" in version and "Tom Reyes" in version
    feed = (demo.site / "feeds/all.atom.xml").read_text()
    assert feed.count("<entry>") == 7  # 12 versions - 5 first versions
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
    assert len(git(again.directory, "log", "--format=%H").splitlines()) == 12


def test_round_clock_spreads_commits_over_hours(demo):
    first = int(git(demo.directory, "log", "--reverse", "--format=%at").split()[0])
    last = int(git(demo.directory, "log", "-1", "--format=%at"))
    assert timedelta(seconds=last - first) > timedelta(hours=9)


def test_labels_reach_the_site_and_feeds(demo):
    history = page(demo, FERRY)
    assert re.findall(r'<span class="label">([^<]+)</span>', history) == \
        ["quote", "headline", "numbers"]  # newest version first
    feed = (demo.site / FERRY / "feed.atom.xml").read_text()
    assert 'term="quote"' in feed and "changes: headline, numbers" in feed


def test_compare_first_and_latest_and_timeline(demo):
    history = page(demo, LIBRARY)
    assert 'href="../../../../../harbourgazette/2026/03/02/customs-house-library/v1-v3/"' \
        in history
    assert history.count("<circle ") == 3 and 'class="timeline"' in history
    both = page(demo, f"{LIBRARY}/v1-v3")
    assert "first and latest versions" in both
    assert "<del>18</del>" in both and "<ins>The mayor, Ruth Adeyemi" in both
    assert "Next change" not in both and "Previous change" not in both


def test_stats_page_draws_static_charts(demo):
    stats = page(demo, "stats")
    assert "harbourgazette</a>: 5 edits" in stats and "valleytribune</a>: 2 edits" in stats
    assert stats.count('<svg class="chart"') == 3  # two sources, most-edited
    assert "<title>2026-03-02: 5 edits</title>" in stats
    assert "Customs house to become central library</a> (harbourgazette): changed 2 times" \
        in stats


def test_source_page_lists_its_recent_changes(demo):
    source = text_of(page(demo, "valleytribune"))
    assert "Recent changes" in source
    assert "Late frost cuts valley apple harvest by 40%, version 2 headline numbers" in source
    assert "harbourgazette" not in source.split("Recent changes")[1].split("Articles")[0]
