"""Rendering articles' own pages: history, each version, each diff, the article's feed.

An article's pages depend on its history alone, so articles render independently: in worker
processes (forked, so they share the loaded templates and history) when there are enough of
them to pay for the processes, else in this one.  Each worker reads its articles' texts with
its own ``git cat-file`` and writes their pages itself; it hands back only small facts (titles,
word counts, diff sizes) for the lists and the cache.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..history import read_blobs
from ..progress import progress_bar
from ..searchdb import PackedRow
from .cards import CARD_NAME, site_card
from .feeds import feed_xml, passages_html, store_passages
from .model import ArticleHistory, BlobFacts, parse_blob
from .output import Tally, write_if_changed
from .search import search_row

if TYPE_CHECKING:
    from .generator import ArchiveGenerator

#: Below this many articles to render, worker processes cost more than they save.
POOL_THRESHOLD = 64
CHUNK = 25

_generator: ArchiveGenerator | None = None  # the forked workers' view of the build


@dataclass
class Rendered:
    """What rendering some articles produced, small enough to send between processes."""

    files: dict[str, list[str]] = field(default_factory=dict)
    written: dict[str, list[str]] = field(default_factory=dict)  # files whose bytes changed
    facts: dict[str, BlobFacts] = field(default_factory=dict)
    sizes: dict[str, tuple[int, int]] = field(default_factory=dict)
    unparsable: set[str] = field(default_factory=set)
    tally: Tally = field(default_factory=Tally)
    search_rows: dict[str, PackedRow] = field(default_factory=dict)


def article_pages(generator: ArchiveGenerator, article: ArticleHistory
                  ) -> Iterator[tuple[str, bytes]]:
    """(file name, bytes) of every page of one article, its text already loaded."""
    base = article.slug
    # ``art``: the article's folder relative to the page, so its own links stay short.
    yield f"{base}/index.html", generator.render(f"{base}/index.html", "history",
                                                 article=article, page_name=base, art="")
    # Consecutive changes only: a first-against-latest page repeated their text (0.8 KB per
    # version of the site's 20 KB budget, bench/page_bytes.py).
    comparisons = [v.change for v in article.versions if v.change is not None]
    # An article that never changed is one page, its text on the article's page; ``v1/`` is
    # written when it changes (nothing links to it before, not even the sitemap).
    for version in article.versions if len(article.versions) > 1 else ():
        name = f"{base}/v{version.number}/index.html"
        yield name, generator.render(name, "version", article=article, version=version,
                                     page_name=f"{base}/v{version.number}", art="../")
    cards = {card.path: card for card in (site_card(v, generator.source_title)
                                          for v in article.versions[1:]) if card}
    for comparison in comparisons:
        name = comparison.path + "index.html"
        card = cards.get(comparison.path + CARD_NAME)
        yield name, generator.render(name, "diff", article=article, cmp=comparison,
                                     old=comparison.old, new=comparison.new, card=card,
                                     page_name=comparison.path.rstrip("/"), art="../")
    yield from ((card.path, card.png) for card in cards.values())
    feed = f"{base}/feed.atom.xml"
    site_name = generator.settings.get("SITENAME", "newsdiff")
    latest = article.versions[-1]
    # The newest entry carries its passages (what a subscriber's reader shows as new); the
    # older ones their summary and link: their passages are on their diff pages already.
    yield feed, feed_xml(f"{site_name}: {article.title}", generator.site_url_for_feeds(), feed,
                         list(reversed(article.versions[1:])), updated=article.first_seen,
                         alternate=f"{base}/", author=site_name,
                         passages=lambda v: passages_html(v, generator.words_language(v))
                         if v is latest else "", source_title=generator.source_title,
                         language=generator.text_language, site_language=generator.site_language)


def _render_chunk(indices: list[int]) -> Rendered:
    """Render the articles at ``indices`` of the build's archive (inherited by fork, so only
    the numbers travel to a worker, never the histories)."""
    generator = _generator
    assert generator is not None and generator.archive is not None
    chunk = [generator.archive.articles[index] for index in indices]
    result = Rendered(tally=Tally(journal=generator.writer.tally.journal))
    blobs = dict.fromkeys(v.blob for article in chunk for v in article.versions)
    contents = {blob: parse_blob(data) for blob, data in read_blobs(generator.repo_dir, blobs)}
    result.unparsable = {blob for blob, parsed in contents.items() if parsed is None}
    for article in chunk:
        if any(contents.get(v.blob) is None for v in article.versions):
            continue  # renumbered and rendered again by the caller
        article.load(contents)
        result.facts.update({v.blob: v.facts for v in article.versions})
        for version in article.versions[1:]:
            version.size = (version.diff.words_added, version.diff.words_removed)
            result.sizes[version.pair] = version.size
            store_passages(generator.passages_dir, version, generator.words_language(version))
        names, written = [], []
        for name, data in article_pages(generator, article):
            if write_if_changed(generator.output / name, data, result.tally):
                written.append(name)
            names.append(name)
        result.files[article.slug], result.written[article.slug] = names, written
        result.search_rows[article.slug] = PackedRow.of(
            search_row(article, generator.text_language(article)))
        for version in article.versions:  # free the text: only facts travel on
            version.article = None
            version.__dict__.pop("text_paragraphs", None)
            version.__dict__.pop("change", None)
    result.tally.journal = None  # the build's own, not sent back
    return result


def _chunks(todo: list, size: int) -> list[list]:
    return [todo[i:i + size] for i in range(0, len(todo), size)]


def _results(indices: list[int], workers: int) -> Iterator[Rendered]:
    if workers > 1 and len(indices) >= POOL_THRESHOLD:
        context = multiprocessing.get_context("fork")
        with context.Pool(workers) as pool:
            yield from pool.imap_unordered(_render_chunk, _chunks(indices, CHUNK))
    else:
        for chunk in _chunks(indices, CHUNK):
            yield _render_chunk(chunk)


def render_all(generator: ArchiveGenerator, todo: list[tuple[ArticleHistory, str]],
               workers: int) -> set[str]:
    """Render ``todo`` (articles with their keys); return blobs found not to be articles."""
    global _generator
    _generator = generator
    assert generator.archive is not None
    position = {id(article): index for index, article in enumerate(generator.archive.articles)}
    indices = [position[id(article)] for article, _ in todo]
    by_slug = {article.slug: (article, key) for article, key in todo}
    unparsable: set[str] = set()
    bar = progress_bar("rendering articles") if len(todo) >= POOL_THRESHOLD \
        else nullcontext(None)
    try:
        with bar as progress:
            task = progress.add_task("", total=len(todo)) if progress else None
            for result in _results(indices, workers):
                generator.writer.tally.add(result.tally)
                generator.search_rows.update(result.search_rows)
                generator.learnt_facts.update(result.facts)
                generator.learnt_sizes.update(result.sizes)
                unparsable |= result.unparsable
                for slug, files in result.files.items():
                    generator.writer.took(files, f"the pages of {slug}", result.written[slug])
                    generator.record_article(*by_slug[slug], files)
                if progress:
                    progress.update(task, advance=len(result.files), refresh=True)
    finally:
        _generator = None
    return unparsable
