"""The static search index: each article's latest text, and nothing else.

Pagefind indexes one small record page per article (same URL as its history page), kept in
the build cache and rewritten only when the article changes; run over the site itself it
parsed every version and diff page too (820 MB for 600 articles, growing with the archive).
Pagefind runs only when some record changed, and its bundle is copied into the site file
by file, so unchanged index files keep their bytes and mtime.
"""

from __future__ import annotations

import html
import subprocess
import sys
import tempfile
from pathlib import Path

from ..article import markdown_to_text
from .model import Archive, ArticleHistory
from .output import Tally, remove_files, sync_folder, tally

BUNDLE = "pagefind"


def search_record(article: ArticleHistory, language: str) -> bytes:
    """The page Pagefind indexes for one article: its latest title, byline and text."""
    latest = article.latest.article
    assert latest is not None, "latest text not loaded"
    body = "".join(f"<p>{html.escape(markdown_to_text(p))}</p>" for p in latest.paragraphs)
    title = html.escape(latest.title)
    return (f'<!DOCTYPE html><html lang="{html.escape(language)}"><head><meta charset="utf-8">'
            f"<title>{title}</title></head><body data-pagefind-body><h1>{title}</h1>"
            f"<p>{html.escape(latest.byline)}</p>{body}</body></html>").encode()


def drop_stale_records(archive: Archive, records: Path) -> bool:
    """Remove the records of articles no longer in the archive; True if any went."""
    wanted = {f"{a.slug}/index.html" for a in archive.articles}
    found = {p.relative_to(records).as_posix() for p in records.rglob("index.html")} \
        if records.is_dir() else set()
    stale = found - wanted
    remove_files(records, stale, Tally())  # the cache's own files: not counted as the site's
    return bool(stale)


def update_search_index(records: Path, output: Path, changed: bool,
                        previous: list[str]) -> list[str]:
    """Bring ``output/pagefind`` up to date with ``records``; the bundle's file names.

    Pagefind runs only when a record ``changed`` or the bundle is missing from the output.
    """
    if not records.is_dir() or not any(records.iterdir()):
        return []  # nothing to find yet; Pagefind refuses an empty site
    present = previous and all((output / name).is_file() for name in previous)
    if not changed and present:
        tally.unchanged += len(previous)
        return previous
    with tempfile.TemporaryDirectory(prefix="newsdiff-search-") as scratch:
        bundle = Path(scratch) / BUNDLE
        result = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(records),
                                 "--output-path", str(bundle)],
                                capture_output=True, text=True, check=False)
        if result.returncode:
            lines = (result.stderr or result.stdout).strip().splitlines()
            raise RuntimeError(f"search index: pagefind failed: {lines[-1] if lines else '?'}")
        sync_folder(bundle, output / BUNDLE)
        return sorted(f"{BUNDLE}/{p.relative_to(bundle).as_posix()}"
                      for p in bundle.rglob("*") if p.is_file())
