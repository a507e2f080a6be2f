"""Export: every version in the archive as rows, streamed, for researchers.

One row per version (``COLUMNS``): where and when it was fetched, what the page said of
itself (its own publication and modification times, title, byline, language), its text, what
kind of edit it was (the commit's labels, the version it reverts to), its commit and file,
and its size.
A value the page did not give (byline, dates) or the commit does not carry is null (empty in
CSV).  Rows come in commit order from one ``git log`` and one ``git cat-file --batch``; memory stays
flat however large the archive (Parquet is written in row groups).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO

from .article import Article
from .change import compare, trailer_labels, trailer_reverts_to
from .history import FileHistory, VersionRef
from .reader import ArchiveReader

COLUMNS = ("url", "source", "version", "fetched_at", "published", "modified", "title",
           "byline", "language", "body", "labels", "reverts_to", "commit", "path", "words_added",
           "words_removed")
FORMATS = ("jsonl", "csv", "parquet", "sqlite")
PARQUET_ROW_GROUP = 2000


class ExportError(RuntimeError):
    """The export cannot be written."""


def iter_versions(archive: str | Path, since: datetime | None = None,
                  notices: list[str] | None = None) -> Iterator[dict]:
    """Every version (oldest first), as a dict with COLUMNS; ``since`` filters by fetch time.

    Versions are numbered and their words counted as on the site and in the commits: states
    that are not articles (broken hand edits) are skipped, and said once in ``notices``.
    """
    reader = ArchiveReader(archive)
    histories = reader.histories()
    refs = sorted((ref for history in histories.values() for ref in history.versions),
                  key=lambda ref: (ref.commit.fetched_at, ref.commit.sha))
    try:
        yield from _rows(reader, histories, refs, since)
    finally:
        if notices is not None:
            notices.extend(reader.notices)
        reader.close()


def _rows(reader: ArchiveReader, histories: dict[str, FileHistory], refs: list[VersionRef],
          since: datetime | None) -> Iterator[dict]:
    file_of = {id(ref): path for path, history in histories.items()
               for ref in history.versions}  # a renamed file's older refs name the old path
    numbers: dict[str, int] = {}
    previous: dict[str, Article] = {}  # each file's last version, to count its next edit
    for ref, article in reader.articles(refs):
        path = file_of[id(ref)]
        numbers[path] = numbers.get(path, 0) + 1
        change = compare(previous.get(path), article)
        previous[path] = article
        if since is not None and ref.commit.fetched_at < since:
            continue
        labels = trailer_labels(ref.commit.trailers.get("Change", ""))  # as the site's
        yield {"url": article.url, "source": reader.source_of(path),
               "version": numbers[path],
               "fetched_at": ref.commit.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
               "published": article.published or None, "modified": article.modified or None,
               "title": article.title, "byline": article.byline or None,
               "language": article.language or None, "body": article.body,
               "labels": list(labels),
               "reverts_to": trailer_reverts_to(ref.commit.trailers.get("Reverts-To", "")),
               "commit": ref.commit.sha, "path": reader.relative(path),
               "words_added": change.words_added, "words_removed": change.words_removed}



def write_jsonl(rows: Iterator[dict], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def spreadsheet_safe(value: object) -> object:
    """A cell a spreadsheet will not run as a formula (``=HYPERLINK(…)`` from a title)."""
    if isinstance(value, str) and value[:1] in _FORMULA_START:
        return "'" + value
    return value


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_csv(rows: Iterator[dict], out: IO[str]) -> int:
    """CSV with one row per version; text cells are neutralised against formula injection."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        cells = {**row, "labels": ",".join(row["labels"])}
        writer.writerow({key: spreadsheet_safe(value) for key, value in cells.items()})
        count += 1
    return count


def write_parquet(rows: Iterator[dict], path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError("Parquet export needs pyarrow: pip install 'newsdiff[parquet]'") \
            from None
    schema = pa.schema([("url", pa.string()), ("source", pa.string()),
                        ("version", pa.int32()), ("fetched_at", pa.string()),
                        ("published", pa.string()), ("modified", pa.string()),
                        ("title", pa.string()), ("byline", pa.string()), ("language", pa.string()),
                        ("body", pa.string()),
                        ("labels", pa.list_(pa.string())), ("reverts_to", pa.int32()),
                        ("commit", pa.string()),
                        ("path", pa.string()), ("words_added", pa.int32()),
                        ("words_removed", pa.int32())])
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict] = []
        for row in rows:
            batch.append(row)
            if len(batch) == PARQUET_ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def write_sqlite(archive: str | Path, path: Path) -> int:
    """The site's search database, built afresh (one row per article: its latest text, every
    headline, every passage removed or added; see docs/search.md); the number of articles."""
    from .pelican.search import archive_rows  # the site's model: loaded only for this format
    from .searchdb import write_database

    reader = ArchiveReader(archive)
    try:
        ids, rows = archive_rows(reader.repo_dir, reader.prefix, reader.histories())
        return write_database(Path(path), rows, ids)
    finally:
        reader.close()
