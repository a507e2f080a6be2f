"""The search database: what it covers, incremental = from scratch, plain sqlite3, export."""

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import git

from newsdiff import searchdb
from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.build import build_site
from newsdiff.cli import main
from newsdiff.searchdb import assign_ids, database_contents, facet_token

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
QUOTE = "We will never sell the harbour"
HARBOUR = "paper/harbour"


def story(slug: str, title: str, paragraphs: list[str], source: str = "paper") -> Article:
    return Article(title=title, url=f"https://{source}.example/{slug}.html", source=source,
                   byline="Ann Writer", body=format_body(paragraphs))


def save(archive: Path, versions: list[tuple[Article, datetime, str]]) -> None:
    with ArchiveStore(archive) as store:
        for article, when, labels in versions:
            store.save(article, when, {"Change": labels} if labels else None)


def first_round(archive: Path) -> None:
    save(archive, [
        (story("harbour", "Mayor denies harbour sale talks",
               [f"“{QUOTE},” the mayor said on Monday.", "The council meets on Friday."]),
         T0, ""),
        (story("bakery", "New bakery opens on the quay",
               ["The bakery sells bread baked with flour from the harbour mill."],
               source="daily"), T0 + timedelta(hours=1), ""),
        (story("harbour", "Mayor confirms harbour sale talks",
               ["The mayor confirmed talks with a shipping company.",
                "The council meets on Friday."]), T0 + timedelta(hours=3), "headline, quote"),
    ])


def database(site: Path) -> Path:
    [path] = sorted((site / "search").glob("newsdiff-*.db"))
    return path


def matches(path: Path, expression: str, table: str = "search") -> list[str]:
    """Slugs matching an FTS5 expression, newest change first, as the search page asks."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [slug for (slug,) in connection.execute(
            f"SELECT a.slug FROM (SELECT rowid AS id FROM {table} WHERE {table} MATCH ? "
            f"ORDER BY rowid DESC LIMIT 20) AS s JOIN articles AS a ON a.id = s.id "
            f"ORDER BY a.id DESC", (expression,))]
    finally:
        connection.close()


def test_plain_sqlite3_reads_the_tables_and_finds_headlines_quotes_and_latest_text(
        repo, tmp_path):
    first_round(repo / "archive")
    build_site(repo / "archive", tmp_path / "site")
    path = database(tmp_path / "site")
    connection = sqlite3.connect(path)
    rows = connection.execute("SELECT slug, source, title, first_seen, last_changed, versions, "
                              "labels FROM articles ORDER BY id DESC").fetchall()
    connection.close()
    assert rows == [
        (HARBOUR, "paper", "Mayor confirms harbour sale talks", "2026-03-02T09:00:00Z",
         "2026-03-02T12:00:00Z", 2, "headline,quote"),
        ("daily/bakery", "daily", "New bakery opens on the quay", "2026-03-02T10:00:00Z",
         "2026-03-02T10:00:00Z", 1, "")]
    assert matches(path, 'headlines: "denies"', "changes") == [HARBOUR]  # an old headline
    assert matches(path, '"denies"') == []  # not in the latest text
    assert matches(path, 'headlines: "bakery"', "changes") == ["daily/bakery"]  # every title
    assert matches(path, f'removed: "{QUOTE}"', "changes") == [HARBOUR]
    assert matches(path, f'added: "{QUOTE}"', "changes") == []
    assert matches(path, '"never" AND "sell"') == []  # not in the latest text any more
    assert matches(path, '"shipping" AND "company"') == [HARBOUR]
    assert matches(path, 'added: "shipping company"', "changes") == [HARBOUR]
    assert matches(path, 'added: "company shipping"', "changes") == []  # a phrase, in order
    assert matches(path, '"harbour"') == [HARBOUR, "daily/bakery"]  # newest change first
    source = facet_token("src", "daily")
    assert matches(path, f'"harbour" AND "{source}"') == ["daily/bakery"]
    label = facet_token("lbl", "quote")
    assert matches(path, f'"harbour" AND "{label}"') == [HARBOUR]
    assert matches(path, f'"harbour" AND facets: "{label}"', "changes") == [HARBOUR]


def test_the_latest_text_keeps_no_positions_and_the_changes_keep_them(repo, tmp_path):
    """The trade-off docs/search.md weighs: phrases are matched in ``changes`` only (the
    search page checks a phrase of the latest text against the article's latest page)."""
    first_round(repo / "archive")
    build_site(repo / "archive", tmp_path / "site")
    path = database(tmp_path / "site")
    with pytest.raises(sqlite3.OperationalError, match="phrase queries are not supported"):
        matches(path, '"shipping company"')
    assert matches(path, f'removed: "{QUOTE}"', "changes") == [HARBOUR]


def test_incremental_updates_equal_a_database_built_from_scratch(repo, tmp_path, monkeypatch):
    archive, site, cache = repo / "archive", tmp_path / "site", tmp_path / "cache"
    first_round(archive)
    build_site(archive, site, cache=cache)
    inserted: list[str] = []
    insert = searchdb.insert_row
    monkeypatch.setattr(searchdb, "insert_row", lambda connection, row_id, row, *rest:
                        (inserted.append(row.slug), insert(connection, row_id, row, *rest)))

    # A round that edits one article of two: only its row is written again.
    save(archive, [(story("bakery", "New bakery opens on the quay",
                          ["The bakery sells bread baked with flour from the harbour mill.",
                           "Queues formed before dawn."], source="daily"),
                    T0 + timedelta(days=1), "paragraph-added")])
    build_site(archive, site, cache=cache)
    assert inserted == ["daily/bakery"]
    assert database_contents(database(site)) == database_contents(
        database(_full(archive, tmp_path, "full-1")))

    # New, renamed and deleted articles, and one more edit.
    save(archive, [(story(f"n{n}", f"Story {n}", [f"Story {n} is about ferries."]),
                    T0 + timedelta(days=2, minutes=n), "") for n in range(3)])
    git(repo, "mv", "archive/paper/n0.md", "archive/paper/moved.md")
    git(repo, "rm", "-q", "archive/paper/n1.md")
    git(repo, "commit", "-q", "-m", "Rename one article, remove another")
    save(archive, [(story("harbour", "Harbour sold", ["The harbour was sold."]),
                    T0 + timedelta(days=3), "headline")])
    build_site(archive, site, cache=cache)
    incremental = database_contents(database(site))
    assert incremental == database_contents(database(_full(archive, tmp_path, "full-2")))
    assert b"paper/moved" in incremental and b"paper/n1" not in incremental

    # Losing either file costs a rebuild from the other, never a wrong index.
    database(site).unlink()
    build_site(archive, site, cache=cache)
    assert database_contents(database(site)) == incremental
    (cache / "search-rows.sqlite3").unlink()
    build_site(archive, site, cache=cache)
    assert database_contents(database(site)) == incremental
    # A damaged file (same name), and the leftovers of an interrupted build.
    database(site).write_bytes(b"SQLite format 3\0" + b"\xff" * 8192)
    (site / "search" / f"{database(site).name}-journal").write_bytes(b"")
    (site / "search/.newsdiff-0123.db.tmp").write_bytes(b"half")
    save(archive, [(story("n2", "Story 2", ["Story 2 is about buses now."]),
                    T0 + timedelta(days=4), "")])
    build_site(archive, site, cache=cache)
    assert database_contents(database(site)) == database_contents(
        database(_full(archive, tmp_path, "full-3")))
    assert sorted(p.suffix for p in (site / "search").iterdir()) == [".db", ".html"]


def _full(archive: Path, tmp_path: Path, name: str) -> Path:
    build_site(archive, tmp_path / name, cache=tmp_path / f"{name}-cache", full=True)
    return tmp_path / name


def test_export_sqlite_writes_the_database_the_site_publishes(repo, tmp_path):
    first_round(repo / "archive")
    build_site(repo / "archive", tmp_path / "site")
    out = tmp_path / "export.db"
    result = CliRunner().invoke(main, ["export", "--archive", str(repo / "archive"),
                                       "--format", "sqlite", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 articles exported" in result.output
    assert database_contents(out) == database_contents(database(tmp_path / "site"))
    assert matches(out, f'removed: "{QUOTE}"', "changes") == [HARBOUR]
    refused = CliRunner().invoke(main, ["export", "--archive", str(repo / "archive"),
                                        "--format", "sqlite"])
    assert refused.exit_code != 0 and "sqlite needs --output FILE" in refused.output


def test_row_ids_follow_the_last_change_and_never_collide():
    now = 1_800_000_000
    ids = assign_ids([(now, "b"), (now, "a"), (now - 1, "z")] +
                     [(now - 5000, f"s{n:04d}") for n in range(1500)])
    assert len(set(ids.values())) == len(ids)
    assert ids["z"] < ids["a"] < ids["b"]  # by second, then slug
    assert ids["a"] == now - searchdb.EPOCH and ids["b"] == ids["a"] + 1
    assert ids["s1499"] == now - 5000 - searchdb.EPOCH + 1499  # took the following seconds


def _row(slug: str, second: int, words: str) -> searchdb.SearchRow:
    moment = searchdb.iso(datetime.fromtimestamp(second, UTC))
    return searchdb.SearchRow(slug=slug, source="paper", title=f"Title {slug}",
                              first_seen=moment, last_changed=moment, versions=2, labels=(),
                              headlines="", body=words, removed="", added="")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_ids_assigned_around_each_change_are_the_ids_of_the_whole_set(tmp_path, seed):
    """Row ids follow the last change; articles sharing a second take the next free ones.
    A round recomputes them around its changes only, and must land where ``assign_ids`` over
    every article lands — with many articles crowding the same seconds."""
    import random

    chance = random.Random(seed)
    base = 1_700_000_000
    index = searchdb.SearchIndex(tmp_path / "site", tmp_path / "mirror.sqlite3")
    current: dict[str, int] = {f"a{n:03}": base + chance.randrange(40) for n in range(60)}
    index.update(current, {s: _row(s, t, "first words") for s, t in current.items()})
    for round_ in range(12):
        changed = {slug: base + chance.randrange(60) for slug in
                   chance.sample(sorted(current), 5)}
        changed.update({f"n{round_}-{n}": base + chance.randrange(60) for n in range(3)})
        gone = set(chance.sample(sorted(current.keys() - changed.keys()), 2))
        index.update(changed, {s: _row(s, t, f"round {round_}") for s, t in changed.items()},
                     gone)
        for slug in gone:
            del current[slug]
        current.update(changed)
        connection = sqlite3.connect(tmp_path / "mirror.sqlite3")
        stored = dict(connection.execute("SELECT slug, id FROM rows"))
        connection.close()
        assert stored == assign_ids((second, slug) for slug, second in current.items())
        published = index.published_files()[0]
        rows = [searchdb.PackedRow(*r[:2], r[2], r[3]).unpack() for r in sqlite3.connect(
            tmp_path / "mirror.sqlite3").execute("SELECT slug, digest, second, data FROM rows")]
        fresh = tmp_path / f"fresh-{round_}.db"
        searchdb.write_database(fresh, rows)
        assert database_contents(published) == database_contents(fresh)
