"""The static search index: each article's latest text, and nothing else.

Pagefind indexes one small record page per article (same URL as its history page), kept in
the build cache and rewritten only when the article changes; run over the site itself it
parsed every version and diff page too (820 MB for 600 articles, growing with the archive).

Pagefind cannot update an index, so the records are sharded by the month an article was
first seen, one bundle per shard (``/pagefind/YYYY-MM/``), merged in the browser.  Edits
come mostly to recent articles, so a round re-indexes a shard or two: 10,000 articles in one
bundle took 20 s and 1.4 GB to re-index after any edit.  Bundles are copied into the site
file by file, so unchanged index files keep their bytes and mtime.
"""

from __future__ import annotations

import html
import subprocess
import sys
import tempfile
from pathlib import Path

from .model import Archive, ArticleHistory
from .output import Tally, remove_files, sync_folder, tally

BUNDLE = "pagefind"


def search_record(article: ArticleHistory, language: str) -> bytes:
    """The page Pagefind indexes for one article: its latest title, byline and text."""
    latest = article.latest.article
    assert latest is not None, "latest text not loaded"
    body = "".join(f"<p>{html.escape(p)}</p>" for p in article.latest.text_paragraphs)
    title = html.escape(latest.title)
    return (f'<!DOCTYPE html><html lang="{html.escape(language)}"><head><meta charset="utf-8">'
            f"<title>{title}</title></head><body data-pagefind-body><h1>{title}</h1>"
            f"<p>{html.escape(latest.byline)}</p>{body}</body></html>").encode()


def shard_of(article: ArticleHistory) -> str:
    """The search shard an article's record lives in: the month it was first seen."""
    return article.first_seen.strftime("%Y-%m")


def record_path(records: Path, article: ArticleHistory) -> Path:
    return records / shard_of(article) / article.slug / "index.html"


def drop_stale_records(archive: Archive, records: Path) -> set[str]:
    """Remove the records of articles no longer in the archive; the shards that lost any."""
    wanted = {record_path(records, a).relative_to(records).as_posix() for a in archive.articles}
    found = {p.relative_to(records).as_posix() for p in records.rglob("index.html")} \
        if records.is_dir() else set()
    stale = found - wanted
    remove_files(records, stale, Tally())  # the cache's own files: not counted as the site's
    return {name.split("/", 1)[0] for name in stale}


def _index_shard(records: Path, shard: str, output: Path) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="newsdiff-search-") as scratch:
        bundle = Path(scratch) / shard
        result = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(records / shard),
                                 "--output-path", str(bundle)],
                                capture_output=True, text=True, check=False)
        if result.returncode:
            lines = (result.stderr or result.stdout).strip().splitlines()
            raise RuntimeError(f"search index: pagefind failed: {lines[-1] if lines else '?'}")
        sync_folder(bundle, output / BUNDLE / shard)
        return sorted(f"{BUNDLE}/{shard}/{p.relative_to(bundle).as_posix()}"
                      for p in bundle.rglob("*") if p.is_file())


def update_search_index(records: Path, output: Path, dirty: set[str],
                        previous: list[str]) -> list[str]:
    """Bring ``output/pagefind/<shard>/`` up to date with ``records``; the bundles' files.

    A shard is re-indexed only when one of its records changed (``dirty``) or its bundle is
    missing from the output.
    """
    shards = sorted(d.name for d in records.iterdir() if d.is_dir() and any(d.iterdir())) \
        if records.is_dir() else []
    files: list[str] = []
    for shard in shards:
        before = [name for name in previous if name.startswith(f"{BUNDLE}/{shard}/")]
        if shard not in dirty and before and all((output / n).is_file() for n in before):
            tally.unchanged += len(before)
            files += before
        else:
            files += _index_shard(records, shard, output)
    return files
