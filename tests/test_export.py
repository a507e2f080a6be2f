"""What a researcher loads from ``newsdiff export``: every column named, missing values null,
the page's own dates beside the fetch time, and a pipe closed early is no error."""

import csv
import io
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pyarrow.parquet as pq
from click.testing import CliRunner

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.cli import main
from newsdiff.export import COLUMNS

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
OPENING = ["The council voted on Monday to raise ferry fares by 12 per cent.",
           "Commuters from the islands will pay 60 cents more each way."]
QUOTE = "“It is a tax on islanders,” said Tom Reyes."


def story(paragraphs: list[str], **fields: str) -> Article:
    return Article(title="Ferry fares rise", url="https://paper.example/2026/ferry.html",
                   source="paper", body=format_body(paragraphs), **fields)


def exported(archive, *args: str) -> str:
    result = CliRunner().invoke(main, ["export", "--archive", str(archive), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_each_row_gives_the_pages_own_dates_and_nulls_what_it_did_not_say(repo, tmp_path):
    with ArchiveStore(repo / "archive") as store:
        store.save(story(OPENING, byline="Lena Marsh", published="2026-05-01T09:40:00+02:00",
                         language="nb"), T0, trailers={})
        store.save(story([*OPENING, QUOTE], byline="Lena Marsh",
                         published="2026-05-01T09:40:00+02:00",
                         modified="2026-05-01T10:55:00+02:00"),
                   T0 + timedelta(hours=1), trailers={"Change": "paragraph-added, quote"})
        store.save(story(OPENING), T0 + timedelta(hours=2),
                   trailers={"Change": "paragraph-removed, byline", "Reverts-To": "1"})
    rows = [json.loads(line) for line in exported(repo / "archive").splitlines()]
    assert [list(row) for row in rows] == [list(COLUMNS)] * 3
    first, second, third = rows
    # The page's own claims, offset kept, beside the fetch time in UTC.
    assert (first["published"], first["modified"], first["fetched_at"]) == \
        ("2026-05-01T09:40:00+02:00", None, "2026-05-01T08:00:00Z")
    assert second["modified"] == "2026-05-01T10:55:00+02:00"
    # What the last version's page no longer states is null, not "" (NaN in pandas).
    assert (third["byline"], third["published"], third["modified"]) == (None, None, None)
    assert [row["reverts_to"] for row in rows] == [None, None, 1]
    assert [row["language"] for row in rows] == ["nb", None, None]
    assert third["labels"] == ["paragraph-removed", "byline"]

    from_csv = list(csv.DictReader(io.StringIO(exported(repo / "archive", "--format", "csv"))))
    assert list(from_csv[0]) == list(COLUMNS)
    assert (from_csv[2]["byline"], from_csv[2]["published"], from_csv[2]["reverts_to"]) == \
        ("", "", "1")

    parquet = tmp_path / "versions.parquet"
    exported(repo / "archive", "--format", "parquet", "--output", str(parquet))
    table = pq.read_table(parquet)
    assert table.column_names == list(COLUMNS)
    assert table.to_pylist() == rows


def test_a_hand_written_reverts_to_that_is_no_number_is_null(repo):
    with ArchiveStore(repo / "archive") as store:
        store.save(story(OPENING), T0, trailers={})
        store.save(story([*OPENING, QUOTE]), T0 + timedelta(hours=1),
                   trailers={"Reverts-To": "the first one"})
    rows = [json.loads(line) for line in exported(repo / "archive").splitlines()]
    assert [row["reverts_to"] for row in rows] == [None, None]


def test_the_export_help_names_every_column():
    help_text = CliRunner().invoke(main, ["export", "--help"]).output
    flat = " ".join(help_text.split())
    for column in COLUMNS:
        assert column in flat, column


def test_export_into_a_pipe_closed_early_stops_without_a_word(repo):
    # `newsdiff export | head -1`: the reader leaves after one row; as with git, no error.
    words = " ".join(f"word{n}" for n in range(400))
    with ArchiveStore(repo / "archive") as store:
        for n in range(120):  # well past a pipe's 64 KB buffer
            store.save(Article(title=f"Story {n}", url=f"https://paper.example/{n}.html",
                               source="paper", body=format_body([words])),
                       T0 + timedelta(minutes=n))
    export = subprocess.Popen([sys.executable, "-m", "newsdiff", "export", "--archive",
                               str(repo / "archive")], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    assert json.loads(export.stdout.readline())["title"] == "Story 0"
    export.stdout.close()
    errors = export.stderr.read().decode()
    assert export.wait(timeout=60) == 141
    assert errors == ""


def test_a_state_that_is_no_article_is_said_not_skipped_silently(repo):
    # A hand edit that broke a file is left out of the rows, as on the site, and the export
    # says so (it said nothing: a researcher could not know a row was missing).
    from conftest import git

    with ArchiveStore(repo / "archive") as store:
        store.save(story(OPENING), T0, trailers={})
    (repo / "archive/paper/2026/ferry.md").write_text("fares rose, see the council\n")
    git(repo, "commit", "-qam", "a hand edit")
    result = CliRunner().invoke(main, ["export", "--archive", str(repo / "archive")])
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.startswith("note: paper/2026/ferry.md at commit ")
    assert "is not an article" in result.stderr
    assert result.stderr.endswith("1 version exported\n")


def test_since_takes_a_time_as_the_fetched_at_column_gives_it(repo):
    # A researcher copies a fetched_at value ("…Z") into --since; it was refused.
    with ArchiveStore(repo / "archive") as store:
        store.save(story(OPENING), T0, trailers={})
        store.save(story([*OPENING, QUOTE]), T0 + timedelta(hours=1), trailers={})
    rows = [json.loads(line) for line in exported(repo / "archive").splitlines()]
    later = exported(repo / "archive", "--since", rows[1]["fetched_at"]).splitlines()
    assert [json.loads(line)["version"] for line in later] == [2]
