"""Export: every version in the archive as rows, streamed, for researchers.

One row per version: url, source, version, fetched_at, title, byline, body, labels, commit.
Rows come in commit order from one ``git log`` and one ``git cat-file --batch``; memory stays
flat however large the archive (Parquet is written in row groups).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO

from .archive import ArchiveStore
from .article import ArticleFormatError, from_markdown
from .history import read_blobs

COLUMNS = ("url", "source", "version", "fetched_at", "title", "byline", "body", "labels",
           "commit", "path")
FORMATS = ("jsonl", "csv", "parquet", "sqlite")
PARQUET_ROW_GROUP = 2000


class ExportError(RuntimeError):
    """The export cannot be written."""


def iter_versions(archive: str | Path, since: datetime | None = None) -> Iterator[dict]:
    """Every version (oldest first), as a dict with COLUMNS; ``since`` filters by fetch time."""
    store = ArchiveStore(archive, write=False)
    store.repo.close()
    refs = sorted(((ref, number) for history in store.histories.values()
                   for number, ref in enumerate(history.versions, 1)),
                  key=lambda pair: (pair[0].commit.fetched_at, pair[0].commit.sha))
    if since is not None:
        refs = [(ref, n) for ref, n in refs if ref.commit.fetched_at >= since]
    blobs = read_blobs(store.repo_dir, [ref.blob for ref, _ in refs])
    for (ref, number), (_, data) in zip(refs, blobs, strict=True):
        try:
            article = from_markdown(data.decode("utf-8", "replace"))
        except ArticleFormatError:
            continue
        labels = ref.commit.trailers.get("Change", "")
        yield {"url": article.url, "source": store.source_of(ref.path), "version": number,
               "fetched_at": ref.commit.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
               "title": article.title, "byline": article.byline, "body": article.body,
               "labels": [label.strip() for label in labels.split(",") if label.strip()],
               "commit": ref.commit.sha, "path": ref.path[len(store.prefix):]}


def write_jsonl(rows: Iterator[dict], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterator[dict], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({**row, "labels": ",".join(row["labels"])})
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
                        ("title", pa.string()), ("byline", pa.string()), ("body", pa.string()),
                        ("labels", pa.list_(pa.string())), ("commit", pa.string()),
                        ("path", pa.string())])
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

    store = ArchiveStore(archive, write=False)
    store.repo.close()
    ids, rows = archive_rows(store.repo_dir, store.prefix, store.histories)
    return write_database(Path(path), rows, ids)
