"""The static search index: each article's latest text, and nothing else.

Pagefind indexes a small page per article written to a scratch folder (the same URLs as the
history pages), so its cost follows the number of articles; run over the site itself it parsed
every version and diff page too (820 MB for 600 articles, growing with the archive).
"""

from __future__ import annotations

import html
import subprocess
import sys
import tempfile
from pathlib import Path

from ..article import markdown_to_text
from .model import Archive


def _record(title: str, byline: str, paragraphs: list[str], language: str) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="{html.escape(language)}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title></head><body data-pagefind-body>"
            f"<h1>{html.escape(title)}</h1><p>{html.escape(byline)}</p>{body}</body></html>")


def write_search_index(archive: Archive, output: Path, language: str = "en") -> None:
    """Write the Pagefind bundle (index and UI) into ``output/pagefind``."""
    if not archive.articles:
        return  # nothing to find yet; Pagefind refuses an empty site
    with tempfile.TemporaryDirectory(prefix="newsdiff-search-") as scratch:
        for article in archive.articles:
            latest = article.latest.article
            page = Path(scratch) / article.slug / "index.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(_record(latest.title, latest.byline,
                                    [markdown_to_text(p) for p in latest.paragraphs],
                                    language), encoding="utf-8")
        result = subprocess.run([sys.executable, "-m", "pagefind", "--site", scratch,
                                 "--output-path", str(output / "pagefind")],
                                capture_output=True, text=True, check=False)
    if result.returncode:
        lines = (result.stderr or result.stdout).strip().splitlines()
        raise RuntimeError(f"search index: pagefind failed: {lines[-1] if lines else '?'}")
