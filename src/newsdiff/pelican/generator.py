"""The Pelican generator: the archive's history becomes the site's pages and feeds.

Page URLs (stable; documented in docs/architecture.md):

- ``/``, ``/page/N/``                       recent changes (minor edits hidden)
- ``/all/``, ``/label/<label>/``            all changes; changes with one label
- ``/<source>/``                            a source's articles
- ``/<source>/<article>/``                  an article's history
- ``/<source>/<article>/vN/``               version N in full
- ``/<source>/<article>/vA-vB/``            diff between versions A and B (v1-vN: first/latest)
- ``/feeds/all.atom.xml``, ``/feeds/<source>.atom.xml``, ``/<source>/<article>/feed.atom.xml``
- ``/sitemap.xml``                          with an absolute SITEURL
"""

from __future__ import annotations

import subprocess
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from pelican.generators import Generator

from ..extract import normalise_date
from ..schedule import check_interval
from . import render
from .feeds import write_feed
from .model import Archive, ArticleHistory, Comparison, load_archive
from .search import write_search_index

PER_PAGE = 50


def _repo_location(archive: Path) -> tuple[Path, str]:
    """The git working tree holding ``archive`` and the archive's prefix inside it."""
    top = subprocess.run(["git", "-C", str(archive), "rev-parse", "--show-toplevel"],
                         capture_output=True, text=True, check=False)
    if top.returncode:
        raise RuntimeError(f"NEWSDIFF_ARCHIVE {archive} is not inside a git repository")
    repo_dir = Path(top.stdout.strip()).resolve()
    prefix = archive.resolve().relative_to(repo_dir).as_posix()
    return repo_dir, "" if prefix == "." else prefix + "/"


def first_published_or_seen(article: ArticleHistory) -> datetime:
    """The earlier of the article's own published date and our first fetch."""
    published = normalise_date(article.first.article.published)
    seen = article.first_seen
    if not published:
        return seen
    try:
        moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return seen
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return min(moment, seen)


class ArchiveGenerator(Generator):
    """Writes the front page, source, history, version and diff pages, and Atom feeds."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Scraped text must never reach a page unescaped, whatever the site's settings say.
        self.env.autoescape = True
        self.env.filters.update(
            spans=render.spans_html, body_html=render.body_html, time=render.format_time,
            timeline=render.timeline_svg,
            iso=render.iso_time, later=render.later, times=render.times,
        )
        now = datetime.now(UTC)
        self.env.globals.update(
            first_published_or_seen=first_published_or_seen,
            checking_stopped=lambda article: check_interval(now - article.last_changed) is None,
            unchanged_for=lambda article: render.duration((now - article.last_changed)
                                                          .total_seconds()),
        )
        self.archive: Archive | None = None

    def generate_context(self) -> None:
        archive_dir = Path(self.settings.get("NEWSDIFF_ARCHIVE") or "archive")
        if not archive_dir.is_dir():
            raise RuntimeError(f"NEWSDIFF_ARCHIVE {archive_dir} is not a folder")
        repo_dir, prefix = _repo_location(archive_dir)
        self.archive = load_archive(repo_dir, prefix)
        self.context["newsdiff_archive"] = self.archive

    def _write(self, writer, name: str, template: str, **values) -> None:
        base = (self.settings.get("SITEURL") or "").rstrip("/")
        if base.startswith(("http://", "https://")):  # a published build: say where it lives
            values["canonical_url"] = f"{base}/{name.removesuffix('index.html')}"
        writer.write_file(name, self.get_template(template), self.context,
                          relative_urls=self.settings.get("RELATIVE_URLS", False),
                          repo_url=(self.settings.get("NEWSDIFF_REPO_URL") or "").rstrip("/"),
                          repo_branch=self.settings.get("NEWSDIFF_REPO_BRANCH") or "main",
                          **values)

    def generate_output(self, writer) -> None:
        assert self.archive is not None
        events = self.archive.events
        self._write_change_list(writer, "", [v for v in events if "minor" not in v.labels],
                                "Recent changes", all_link=True)
        self._write_change_list(writer, "all/", events, "All changes, minor ones included")
        for label in self.archive.labels:
            self._write_change_list(writer, f"label/{label}/",
                                    [v for v in events if label in v.labels],
                                    f"Changes labelled “{label}”")
        for source, source_articles in self.archive.sources.items():
            self._write(writer, f"{source}/index.html", "source", source=source,
                        source_articles=source_articles, page_name=source,
                        source_changes=[v for v in self.archive.changes if v.source == source])
        for article in self.archive.articles:
            self._write_article(writer, article)
        self._write(writer, "stats/index.html", "stats", page_name="stats",
                    **self._stats())
        self._write(writer, "search/index.html", "search", page_name="search")
        self._write_feeds()
        self._write_sitemap()
        write_search_index(self.archive, Path(self.output_path),
                           self.settings.get("DEFAULT_LANG", "en"))

    def _stats(self) -> dict:
        """Edits per source per day (the last 90 days with data) and the most-edited articles."""
        assert self.archive is not None
        per_source: dict[str, Counter] = {name: Counter() for name in self.archive.sources}
        for version in self.archive.changes:
            per_source[version.source][version.fetched_at.date()] += 1
        all_days = sorted({day for counts in per_source.values() for day in counts})
        if all_days:
            span = (all_days[-1] - all_days[0]).days + 1
            days = [all_days[-1] - timedelta(days=n) for n in range(min(span, 90))][::-1]
        else:
            days = []
        sources = [(name, render.day_columns([(d.isoformat(), counts[d]) for d in days],
                                             f"Edits per day at {name}"), sum(counts.values()))
                   for name, counts in per_source.items()]
        ranked = sorted(self.archive.articles, key=lambda a: (-a.changes, a.slug))[:20]
        most = render.bar_chart([(a.title, a.changes) for a in ranked if a.changes],
                                "Most-edited articles")
        return {"stats_sources": sources, "most_edited_chart": most,
                "most_edited": [a for a in ranked if a.changes]}

    def _write_change_list(self, writer, base: str, versions: list, heading: str,
                           all_link: bool = False) -> None:
        """A paginated list of changes at ``base`` (``page/N/`` after the first page)."""
        pages = [versions[i:i + PER_PAGE] for i in range(0, len(versions), PER_PAGE)] or [[]]
        for number, chunk in enumerate(pages, 1):
            name = f"{base}index.html" if number == 1 else f"{base}page/{number}/index.html"
            self._write(writer, name, "changes", page_changes=chunk, page_number=number,
                        page_count=len(pages), page_base=base, heading=heading,
                        all_link=all_link, counts=self.archive.version_counts,
                        labels=self.archive.labels, page_name=name.removesuffix("index.html"))

    def _write_article(self, writer, article: ArticleHistory) -> None:
        base = article.slug
        self._write(writer, f"{base}/index.html", "history", article=article,
                    page_name=base)
        for version in article.versions:
            self._write(writer, f"{base}/v{version.number}/index.html", "version",
                        article=article, version=version, page_name=f"{base}/v{version.number}")
            if version.change is not None:
                self._write_diff(writer, article, version.change)
        if len(article.versions) > 2:  # "compare first and latest"
            self._write_diff(writer, article, Comparison(article.first, article.latest))

    def _write_diff(self, writer, article: ArticleHistory, comparison: Comparison) -> None:
        self._write(writer, comparison.path + "index.html", "diff", article=article,
                    cmp=comparison, old=comparison.old, new=comparison.new,
                    page_name=comparison.path.rstrip("/"))

    def _write_feeds(self) -> None:
        assert self.archive is not None
        output = Path(self.output_path)
        site_url = self.settings.get("FEED_DOMAIN") or self.settings.get("SITEURL") or ""
        site_name = self.settings.get("SITENAME", "newsdiff")
        write_feed(output / "feeds/all.atom.xml", f"{site_name}: all changes", site_url,
                   "feeds/all.atom.xml", self.archive.changes)
        for source, articles in self.archive.sources.items():
            changes = [c for c in self.archive.changes if c.source == source]
            write_feed(output / f"feeds/{source}.atom.xml", f"{site_name}: {source}", site_url,
                       f"feeds/{source}.atom.xml", changes)
            for article in articles:
                versions = list(reversed(article.versions[1:]))
                write_feed(output / f"{article.slug}/feed.atom.xml",
                           f"{site_name}: {article.title}", site_url,
                           f"{article.slug}/feed.atom.xml", versions)

    def _write_sitemap(self) -> None:
        """sitemap.xml of the front, source and history pages (needs an absolute SITEURL)."""
        assert self.archive is not None
        base = (self.settings.get("SITEURL") or "").rstrip("/")
        if not base.startswith(("http://", "https://")):
            return
        entries = [(f"{base}/", None)] + [(f"{base}/{source}/", None)
                                         for source in self.archive.sources]
        entries += [(f"{base}/{a.slug}/", a.last_changed) for a in self.archive.articles]
        lines = ['<?xml version="1.0" encoding="utf-8"?>',
                 '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
        for url, changed in entries:
            modified = f"<lastmod>{render.iso_time(changed)}</lastmod>" if changed else ""
            lines.append(f"<url><loc>{xml_escape(url)}</loc>{modified}</url>")
        lines.append("</urlset>")
        (Path(self.output_path) / "sitemap.xml").write_text("\n".join(lines) + "\n")
