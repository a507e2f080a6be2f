"""Reading the archive without the site: log, export, sources, add — on the demo archive."""

import csv
import io
import json
import subprocess

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from conftest import LOREM, Page, article_page, git

from newsdiff.article import from_markdown
from newsdiff.cli import main
from newsdiff.demo import run_demo

FERRY = "archive/harbourgazette/2026/03/02/council-ferry-fares.md"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return run_demo(tmp_path_factory.mktemp("demo") / "out", say=lambda line: None)


def invoke(*args, cwd=None):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def port_of(demo) -> str:
    return from_markdown((demo.directory / FERRY).read_text()).url.split(":")[2].split("/")[0]


def test_log_shows_each_version_and_its_changes(demo):
    result = invoke("log", str(demo.directory / FERRY), "--archive", str(demo.archive))
    assert result.exit_code == 0
    port = port_of(demo)
    # Each version names its commit, which a reader cites or passes to `git show`.
    v1, v2, v3 = (sha[:10] for sha in git(demo.directory, "log", "--reverse", "--format=%H",
                                           "--", FERRY).split())
    assert result.output == (
        "Ferry fares to rise 12% after council vote\n"
        f"http://127.0.0.1:{port}/2026/03/02/council-ferry-fares.html\n"
        "source 'harbourgazette', 3 versions, first seen 2 March 2026 07:00 UTC\n"
        "\n"
        f"Version 1 · 2 March 2026 07:00 UTC · commit {v1}\n"
        "first version, 146 words\n"
        "\n"
        f"Version 2 · 2 March 2026 07:35 UTC · 35 minutes later · commit {v2}\n"
        "title changed [headline, numbers]\n"
        "title: [-Council approves ferry fare rise-]"
        "{+Ferry fares to rise 12% after council vote+}\n"
        "\n"
        f"Version 3 · 2 March 2026 12:00 UTC · 4 hours 25 minutes later · "
        f"commit {v3}\n"
        "+0 −20 words [quote]\n"
        "The Island Residents Association said it would ask the council to reconsider. "
        "[-Its chair, Tom Reyes, called the decision “a tax on people who have no other way "
        "to get to town”.-]\n")


def test_log_finds_an_article_by_url_and_refuses_unknown_ones(demo):
    url = f"http://127.0.0.1:{port_of(demo)}/2026/03/02/council-ferry-fares.html?utm_source=x"
    by_url = invoke("log", url, "--archive", str(demo.archive))
    assert by_url.output.startswith("Ferry fares to rise 12% after council vote\n")
    # The address of one of its pages on the published site, wherever the site lives.
    for page in ("https://someone.github.io/archive/harbourgazette/2026/03/02/"
                 "council-ferry-fares/v1-v2/",
                 "/harbourgazette/2026/03/02/council-ferry-fares/v3/"):
        assert invoke("log", page, "--archive", str(demo.archive)).output.startswith(
            "Ferry fares to rise 12% after council vote\n"), page
    missing = invoke("log", "https://nowhere.example/x", "--archive", str(demo.archive))
    assert missing.exit_code == 1
    assert missing.output == ("Error: https://nowhere.example/x: no archived article has "
                              "this URL\n")


def test_export_round_trips_every_version(demo, tmp_path):
    runner = CliRunner()
    jsonl = runner.invoke(main, ["export", "--archive", str(demo.archive)])
    rows = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert len(rows) == 14 == len(git(demo.directory, "log", "--format=%H").split())
    for row in rows:
        stored = from_markdown(git(demo.directory, "show", f"{row['commit']}:archive/"
                                                          f"{row['path']}"))
        assert (row["title"], row["byline"], row["body"], row["url"]) == \
            (stored.title, stored.byline, stored.body, stored.url)
        assert row["fetched_at"] == subprocess.run(
            ["git", "-C", str(demo.directory), "show", "-s", "--format=%ad",
             "--date=format-local:%Y-%m-%dT%H:%M:%SZ", row["commit"]],
            capture_output=True, text=True, env={"TZ": "UTC"}).stdout.strip()
    assert [r["version"] for r in rows if r["path"].endswith("council-ferry-fares.md")] == \
        [1, 2, 3]

    as_csv = runner.invoke(main, ["export", "--format", "csv", "--archive",
                                  str(demo.archive)]).stdout
    from_csv = list(csv.DictReader(io.StringIO(as_csv)))
    assert [(r["commit"], r["body"]) for r in from_csv] == \
        [(r["commit"], r["body"]) for r in rows]

    parquet = tmp_path / "versions.parquet"
    result = runner.invoke(main, ["export", "--format", "parquet", "--output", str(parquet),
                                  "--archive", str(demo.archive)])
    assert result.exit_code == 0
    assert pq.read_table(parquet).to_pylist() == rows

    since = runner.invoke(main, ["export", "--since", "2026-03-02T12:00:00", "--archive",
                                 str(demo.archive)]).stdout.splitlines()
    assert len(since) == 3 and all(json.loads(r)["fetched_at"] >= "2026-03-02T12" for r in since)


def test_sources_report(demo):
    result = invoke("sources", "--config", str(demo.directory / "newsdiff.toml"), "--archive",
                    str(demo.archive), "--state",
                    str(demo.directory / ".newsdiff-cache/state.json"))
    assert result.output == (
        "source               articles versions  last change UTC last success UTC failing "
        "median words\n"
        "The Harbour Gazette         3        8 2026-03-02 16:30 2026-03-02 16:30      0% "
        "         126\n"
        "Valley Tribune              2        4 2026-03-02 12:00 2026-03-02 16:30      0% "
        "          97\n"
        "Zeitung am Hafen            1        2 2026-03-02 09:10 2026-03-02 16:30      0% "
        "          87\n")  # sources by their display names


def test_add_tracks_one_article_by_hand(server, repo, tmp_path):
    server.pages["/story.html"] = Page(article_page("Added by hand", LOREM))
    config = tmp_path / "newsdiff.toml"
    config.write_text(f'[settings]\nmin_delay = 0\n[[source]]\nname = "paper"\n'
                      f'feeds = ["{server.url}/rss"]\nallow_private = true\n')
    args = ["--config", str(config), "--archive", str(repo / "archive"), "--state",
            str(tmp_path / "state.json")]
    first = invoke("add", server.url + "/story.html", *args)
    assert first.output == f"tracking {server.url}/story.html: version 1 recorded\n"
    again = invoke("add", server.url + "/story.html", *args)
    assert again.output == f"already tracked {server.url}/story.html: unchanged\n"
    assert git(repo, "log", "--format=%s") == "paper: Added by hand (version 1)\n"
    unknown = invoke("add", "https://elsewhere.example/a", *args)
    assert unknown.exit_code == 1
    assert unknown.output == ("Error: no configured source lists elsewhere.example; name one "
                              "with --source\n")


def test_log_says_when_a_version_brings_back_an_earlier_text(repo):
    from datetime import UTC, datetime, timedelta

    from newsdiff.archive import ArchiveStore
    from newsdiff.article import Article, format_body

    def story(paragraphs):
        return Article(title="Fares rise", url="https://paper.example/a.html", source="paper",
                       body=format_body(paragraphs))

    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    with ArchiveStore(repo / "archive") as store:
        store.save(story(LOREM[:2]), start)
        store.save(story(LOREM[:3]), start + timedelta(hours=1),
                   trailers={"Change": "paragraph-added"})
        store.save(story(LOREM[:2]), start + timedelta(hours=2),
                   trailers={"Change": "paragraph-removed", "Reverts-To": "1"})
    result = invoke("log", "archive/paper/a.md", "--archive", str(repo / "archive"))
    summaries = [line for line in result.output.splitlines() if "words" in line]
    assert summaries[2].endswith("[paragraph-removed]; the text of version 1 again")
    assert "again" not in summaries[1]
