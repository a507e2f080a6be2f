"""The Pelican generator: the archive's history becomes the site's pages and feeds.

Page URLs (stable; documented in docs/architecture.md):

- ``/``                                     the latest changes (minor edits hidden)
- ``/all/``                                 the latest changes, minor ones included
- ``/days/``, ``/days/YYYY-MM-DD/``         every change, one page per day
- ``/label/<label>/``, ``/label/<label>/YYYY-MM/``   changes with one label, per month
- ``/<source>/``                            a source's recent changes and newest articles
- ``/sources/``, ``/sources/<source>/``     every source with its counts; a source's months
- ``/sources/<source>/YYYY-MM/``            a source's articles first seen that month (under
  the site's own ``sources`` section, which no source may be named: no article path, all of
  them ``<source>/…``, can ever take it)
- ``…/N/`` below a day, a label's month or a source's month: its earlier parts, when it
  holds more than ``PART`` items (the newest part is the list's own page)
- ``/<source>/<article>/``                  an article's history
- ``/<source>/<article>/vN/``               version N in full
- ``/<source>/<article>/vA-vB/``            diff between consecutive versions A and B
- ``/feeds/all.atom.xml``, ``/feeds/<source>.atom.xml``, ``/<source>/<article>/feed.atom.xml``
- ``/feeds/label/<label>.atom.xml``         changes with one label (``stealth``, ``correction``…)
- ``/sitemap.xml``                          with an absolute SITEURL

Builds are incremental: every group of pages (an article's pages, one list page, the feeds)
has a key, a digest of everything it shows; a group whose key is unchanged since the last
build (see ``cache.py``) is not rendered at all, and a rendered file whose bytes did not
change is not rewritten.  Pages that depended on "now" would defeat this, so none does.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from functools import cached_property
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from pelican.generators import Generator
from pelican.utils import get_relative_path, path_to_url

from .. import __version__
from ..history import git_text
from ..moments import parse_moment
from ..notes import snapshot_addresses
from ..reader import ArchiveReader
from ..schedule import DEFAULT_TIERS, Tier, check_interval, parse_duration
from ..searchdb import SearchIndex, SearchRow
from . import articles, render
from .cache import SCHEMA, BuildCache, default_cache_dir
from .feeds import feed_xml, stored_passages
from .model import Archive, ArticleHistory, Version, build_archive
from .output import ChangeAwareWriter, remove_files
from .search import FOLDER as SEARCH_FOLDER

LATEST = 50
#: The newest articles a source's own page lists (the rest: its month pages).
NEWEST = 100
#: Items on one page of a long list (a day's changes, a label's month, a source's month of
#: articles). Parts are cut from the oldest item on, so a new item changes only the newest
#: part (the list's own page) and a change to an old one only the part that holds it.
PART = 200
#: Settings that steer the build but do not change what a page shows.
_NOT_CONTENT = {"NEWSDIFF_CACHE", "NEWSDIFF_FULL_BUILD", "NEWSDIFF_WORKERS", "OUTPUT_PATH",
                "PATH", "CACHE_PATH", "NEWSDIFF_TALLY", "NEWSDIFF_NOTICES"}
#: The files of a build that failed, kept in the cache so the next build removes them.
_UNFINISHED = "unfinished build"


def first_published_or_seen(article: ArticleHistory) -> datetime:
    """The earlier of the article's own published date and our first fetch."""
    published = parse_moment(article.first.article.published if article.first.article
                             else "")
    return min(published, article.first_seen) if published else article.first_seen


def digest(*parts: object) -> str:
    """A stable digest of JSON-able ``parts`` (objects that are not become their type name)."""
    text = json.dumps(parts, sort_keys=True, default=lambda o: type(o).__name__)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class ArchiveGenerator(Generator):
    """Writes the front page, lists, source, history, version and diff pages, and feeds."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Scraped text must never reach a page unescaped, whatever the site's settings say.
        self.env.autoescape = True
        self.env.filters.update(render.FILTERS)
        self.now = datetime.now(UTC)
        self.env.globals.update(first_published_or_seen=first_published_or_seen,
                                checking_stopped=self.checking_stopped,
                                source_title=self.source_title,
                                label_meanings=render.LABELS, size_text=render.size_text)
        self.archive: Archive | None = None
        self.output = Path(self.output_path)
        self.cache_dir = Path(self.settings.get("NEWSDIFF_CACHE") or
                              default_cache_dir(self.output))
        self.search_rows: dict[str, SearchRow] = {}  # rows of the articles rendered now
        self.files: dict[str, list[str]] = {}  # this build's groups → files
        #: what the build has to say (``build_site`` hands in the list it reports)
        self.notices: list[str] = self.settings.get("NEWSDIFF_NOTICES", [])
        self.keys: dict[str, str] = {}

    def source_title(self, name: str) -> str:
        """A source's configured display name ("The Harbour Gazette"), else its name."""
        return (self.settings.get("NEWSDIFF_SOURCE_TITLES") or {}).get(name) or name

    def checking_stopped(self, article: ArticleHistory) -> bool:
        """Whether the schedule has given up on the article (it changed too long ago)."""
        return check_interval(self.now - article.last_changed, self.tiers) is None

    @cached_property
    def tiers(self) -> tuple[Tier, ...]:
        """The check tiers: ``NEWSDIFF_SCHEDULE`` (``[["3h", "15m"], …]``, as in the
        configuration's ``[schedule]``, or seconds), else the defaults."""
        raw = self.settings.get("NEWSDIFF_SCHEDULE")
        if not raw:
            return DEFAULT_TIERS

        def span(value) -> timedelta:
            return parse_duration(value) if isinstance(value, str) else timedelta(seconds=value)

        try:
            return tuple(Tier(span(age), span(every)) for age, every in raw)
        except (TypeError, ValueError) as error:
            raise RuntimeError(f"NEWSDIFF_SCHEDULE: {error}") from None

    # -- history ------------------------------------------------------------------------

    def generate_context(self) -> None:
        archive_dir = Path(self.settings.get("NEWSDIFF_ARCHIVE") or "archive")
        if not archive_dir.is_dir():
            raise RuntimeError(f"NEWSDIFF_ARCHIVE {archive_dir} is not a folder")
        self.reader = ArchiveReader(archive_dir)
        repo_dir, prefix = self.reader.repo_dir, self.reader.prefix
        self.repo_dir, self.prefix = repo_dir, prefix
        self.cache = BuildCache.load(self.cache_dir / "build.json", f"{repo_dir}\0{prefix}")
        if self.settings.get("NEWSDIFF_FULL_BUILD") and self.cache.discarded is None:
            # A forced full build: forget everything but which files earlier builds wrote.
            self.cache = BuildCache(origin=self.cache.origin, files=self.cache.files,
                                    discarded="full build requested")
        self._read_history(repo_dir)
        self.search = SearchIndex(self.output / SEARCH_FOLDER,
                                  self.cache_dir / "search-rows.sqlite3",
                                  fresh=bool(self.settings.get("NEWSDIFF_FULL_BUILD")))
        self._load_archive()
        # Wayback Machine snapshots, noted on version commits by `newsdiff archive-versions`.
        self.snapshots = snapshot_addresses(repo_dir)
        self.context["newsdiff_snapshots"] = self.snapshots

    def _read_history(self, repo_dir: Path) -> None:
        """Fold only the commits since the cached head into the cached histories."""
        head = git_text(repo_dir, "rev-parse", "--verify", "-q", "HEAD^{commit}")
        cached = self.cache.head
        if cached and head and cached != head and git_text(
                repo_dir, "merge-base", "--is-ancestor", cached, head) is None:
            cached = None  # history was rewritten: read it all again
            self.cache.histories.clear()
        if head != cached or head is None:
            self.reader.histories(since=cached, known=self.cache.histories)
        self.cache.head = head

    def _load_archive(self) -> None:
        """The site's view of the histories, with every fact the cache already knows."""
        self.archive = build_archive(self.cache.histories, self.prefix, self.cache.not_articles)
        for version in self.archive.events:
            version.facts = self.cache.facts.get(version.blob)
            version.size = self.cache.sizes.get(version.pair) if version.pair else None
        self.context["newsdiff_archive"] = self.archive

    # -- output -------------------------------------------------------------------------

    def generate_output(self, writer) -> None:
        assert self.archive is not None
        if not isinstance(writer, ChangeAwareWriter):
            raise RuntimeError("newsdiff's plugin needs its own writer (another plugin "
                               "replaced it through get_writer)")
        self.writer = writer
        self.fingerprint = self._fingerprint()
        try:
            self._write_articles()
            self._write_lists()
            self._write_feeds_and_sitemap()
            self._copy_theme()
            self._update_search()
        except BaseException:
            # Remember what was written, so the next build removes whatever it does not
            # write again; pages are never left behind by a build that did not finish.
            known = {f for files in self.cache.files.values() for f in files}
            self.cache.files[_UNFINISHED] = sorted(
                {*self.cache.files.get(_UNFINISHED, []), *set(writer.written) - known})
            self.cache.save(self.cache_dir / "build.json")
            raise
        # Whatever this build put there (Pelican's own pages too, which an unfinished
        # build's record may list) is not stale.
        stale = {f for files in self.cache.files.values() for f in files} - \
            {f for files in self.files.values() for f in files} - writer.owners.keys()
        remove_files(self.output, stale, writer.tally)
        self.cache.keys, self.cache.files = self.keys, self.files
        # Pelican's own pages (about) and static files are not groups of ours: a few stats.
        pelican_files = [item.save_as for name in ("pages", "hidden_pages", "staticfiles")
                         for item in self.context.get(name, []) if item.save_as]
        writer.tally.site_bytes = self.cache.measure(self.output, pelican_files)
        self.cache.save(self.cache_dir / "build.json")

    def _fingerprint(self) -> str:
        """What every page depends on: newsdiff, the theme, the settings, the menu."""
        theme = Path(self.theme)
        files = sorted(p for p in theme.rglob("*") if p.is_file())
        theme_digest = hashlib.sha1()
        for path in files:
            theme_digest.update(path.relative_to(theme).as_posix().encode() + b"\0")
            theme_digest.update(path.read_bytes())
        settings = {k: v for k, v in self.settings.items() if k not in _NOT_CONTENT}
        menu = [(p.title, p.url) for p in self.context.get("pages", [])]
        return digest(SCHEMA, __version__, theme_digest.hexdigest(), settings, menu,
                      list(self.archive.sources))

    def published_url(self) -> str:
        """The absolute SITEURL of a published build, else ''."""
        base = (self.settings.get("SITEURL") or "").rstrip("/")
        return base if base.startswith(("http://", "https://")) else ""

    def page_values(self, name: str) -> dict:
        """The values every template gets for the page at ``name``."""
        values = dict(self.context)
        if self.settings.get("RELATIVE_URLS"):
            values["SITEURL"] = values["localsiteurl"] = path_to_url(get_relative_path(name))
        base = self.published_url()
        if base:  # a published build: say where it lives
            values["canonical_url"] = f"{base}/{name.removesuffix('index.html')}"
        values.update(output_file=name,
                      repo_url=(self.settings.get("NEWSDIFF_REPO_URL") or "").rstrip("/"),
                      repo_branch=self.settings.get("NEWSDIFF_REPO_BRANCH") or "main")
        return values

    def render(self, name: str, template: str, **values) -> bytes:
        """One page's bytes."""
        context = self.page_values(name)
        context.update(values)
        return self.get_template(template).render(context).encode("utf-8")

    def is_current(self, group: str, key: str, owner: str | None = None) -> bool:
        """Whether ``group``'s pages were written from the same inputs and are all there."""
        known = self.cache.keys.get(group) == key and group in self.cache.files
        # Plain strings, not Path objects: this runs for every file of the site each build.
        root = f"{self.output}{os.sep}"
        if known and all(os.path.exists(root + f) for f in self.cache.files[group]):
            self.keys[group], self.files[group] = key, self.cache.files[group]
            self.writer.took(self.files[group], owner or group)
            self.writer.tally.unchanged += len(self.files[group])
            return True
        return False

    def keyed_page(self, name: str, template: str, key: object, **values) -> None:
        """Write one page unless its key (a digest of what it shows) is unchanged."""
        group, key = f"page:{name}", digest(self.fingerprint, template, key)
        owner = f"the {template} page {name}"
        if not self.is_current(group, key, owner):
            self.writer.write_if_changed(name, self.render(name, template, **values), owner)
            self.keys[group], self.files[group] = key, [name]

    # -- articles -----------------------------------------------------------------------

    def article_key(self, article: ArticleHistory) -> str:
        versions = [(v.commit, v.blob, v.fetched_at.timestamp(), v.labels, v.reverts_to)
                    for v in article.versions]
        return digest(self.fingerprint, article.slug, article.repo_path, versions,
                      self.checking_stopped(article),
                      [self.snapshots.get(v.commit) for v in article.versions])

    def _write_articles(self) -> None:
        """Render the articles whose history changed (in a process pool when it pays)."""
        assert self.archive is not None
        todo = []
        for article in self.archive.articles:
            key = self.article_key(article)
            complete = all(v.facts and (v.size or not v.previous) for v in article.versions) \
                and article.slug in self.search.known
            if not (complete and self.is_current(f"article:{article.slug}", key,
                                                 f"the pages of {article.slug}")):
                todo.append((article, key))
        unparsable = articles.render_all(self, todo, worker_count(self.settings))
        if unparsable:
            # Some stored files are not articles: number the versions without them and render
            # those articles again (their other files were read and are fine).
            self.cache.not_articles |= unparsable
            touched = {path for path, history in self.cache.histories.items()
                       if any(ref.blob in unparsable for ref in history.versions)}
            self.notices.append(f"{len(unparsable)} committed states are not articles (a "
                                f"broken hand edit?) and were skipped: {sorted(touched)[0]}"
                                + (f" and {len(touched) - 1} more files" if len(touched) > 1
                                   else ""))
            self._load_archive()
            again = [(a, self.article_key(a)) for a in self.archive.articles
                     if a.repo_path in touched]
            articles.render_all(self, again, worker_count(self.settings))

    def record_article(self, article: ArticleHistory, key: str, files: list[str]) -> None:
        """Take in an article rendered here or in a worker (its facts are in the cache)."""
        for version in article.versions:
            version.facts = self.cache.facts.get(version.blob, version.facts)
            if version.pair:
                version.size = self.cache.sizes.get(version.pair, version.size)
        self.keys[f"article:{article.slug}"] = key
        self.files[f"article:{article.slug}"] = files

    # -- lists --------------------------------------------------------------------------

    def _rows(self, versions: list[Version]) -> list[tuple]:
        counts = self.archive.version_counts
        return [v.row(counts[v.slug]) for v in versions]

    def _change_list(self, name: str, versions: list[Version], heading: str, **values) -> None:
        values = {"page_changes": versions, "heading": heading, "all_link": False,
                  "feed_path": "",
                  "archive_links": [], "pager": [], **values}
        key = (self._rows(versions), heading, values["all_link"], values["archive_links"],
               values["pager"], self.archive.labels)
        self.keyed_page(name, "changes", key, counts=self.archive.version_counts,
                        labels=self.archive.labels, page_name=name.removesuffix("index.html"),
                        **values)

    @staticmethod
    def _parts(base: str, items: list, what: str, later: tuple | None = None,
               earlier: tuple | None = None, home: tuple | None = None):
        """The pages of a list at ``base`` whose ``items`` (oldest first) may be many.

        Parts of ``PART`` are cut from the oldest item on; the newest part is ``base`` itself,
        the others ``base/1/``, ``base/2/``…, so a part's items never move while it is not
        the newest. Yields each part's folder, its number (0 for ``base``), its items newest
        first and its pager: the later part (else ``later``), ``home``, the earlier part
        (else ``earlier``), each an (href, text) pair or None, as (rel, href, text) links.
        """
        chunks = [items[i:i + PART] for i in range(0, len(items), PART)] or [[]]
        folders = [f"{base}{n}/" for n in range(1, len(chunks))] + [base]
        for n, (folder, chunk) in enumerate(zip(folders, chunks, strict=True)):
            newer = (folders[n + 1], f"Later {what}") if n + 1 < len(chunks) else later
            older = (folders[n - 1], f"Earlier {what}") if n else earlier
            links = [("prev", *newer) if newer else None, ("", *home) if home else None,
                     ("next", *older) if older else None]
            number = n + 1 if n + 1 < len(chunks) else 0
            yield folder, number, chunk[::-1], [link for link in links if link]

    def _write_lists(self) -> None:
        archive = self.archive
        events = archive.events
        days: dict[str, list[Version]] = defaultdict(list)
        for version in events:
            days[version.fetched_at.date().isoformat()].append(version)
        # (link, day, changes, new articles): first sightings are not changes
        day_links = [(f"days/{day}/", day, sum(1 for v in found if v.previous),
                      sum(1 for v in found if not v.previous)) for day, found in days.items()]
        self._change_list("index.html", [v for v in events if "minor" not in v.labels][:LATEST],
                          "Recent changes",
                          all_link=any("minor" in v.labels for v in events))
        self._change_list("all/index.html", events[:LATEST],
                          "Latest changes, minor ones included")
        self.keyed_page("days/index.html", "days", day_links, day_links=day_links,
                        page_name="days/")
        names = list(days)
        for index, day in enumerate(names):
            later = (f"days/{names[index - 1]}/",
                     f"Next day: {render.claimed_time(names[index - 1])}") if index else None
            earlier = (f"days/{names[index + 1]}/",
                       f"Earlier day: {render.claimed_time(names[index + 1])}"
                       ) if index + 1 < len(names) else None
            heading = f"Changes on {render.claimed_time(day)}"
            for folder, number, found, pager in self._parts(
                    f"days/{day}/", days[day][::-1], "changes this day", later, earlier,
                    ("days/", "All days")):
                self._change_list(f"{folder}index.html", found, numbered(
                    heading, number, [v.fetched_at for v in found], clock=True),
                    pager=pager, pager_name="Days")
        for label in archive.labels:
            self._label_pages(label, [v for v in events if label in v.labels])
        rows = [(source, *self._source_pages(source)) for source in archive.sources]
        self.keyed_page("sources/index.html", "sources", rows, source_rows=rows,
                        page_name="sources/")
        stats = self._stats()
        shown = ([str(chart) for _, chart, _ in stats["stats_sources"]],
                 [(n, total) for n, _, total in stats["stats_sources"]],
                 str(stats["most_edited_chart"]),
                 [(a.slug, a.title, a.source, a.changes) for a in stats["most_edited"]])
        self.keyed_page("stats/index.html", "stats", shown, page_name="stats", **stats)

    def _label_pages(self, label: str, versions: list[Version]) -> None:
        months: dict[str, list[Version]] = defaultdict(list)
        for version in versions:
            months[version.fetched_at.strftime("%Y-%m")].append(version)
        named = {month: f"{datetime.strptime(month, '%Y-%m'):%B %Y}" for month in months}
        links = [(f"label/{label}/{month}/", named[month], len(found))
                 for month, found in months.items()]
        self._change_list(f"label/{label}/index.html", versions[:LATEST],
                          f"Changes labelled “{label}”", archive_links=links,
                          feed_path=f"feeds/label/{label}.atom.xml")
        for month, found in months.items():
            heading = f"Changes labelled “{label}” in {named[month]}"
            for folder, number, part, pager in self._parts(
                    f"label/{label}/{month}/", found[::-1], "changes this month"):
                self._change_list(f"{folder}index.html", part, numbered(
                    heading, number, [v.fetched_at for v in part]),
                                  pager=pager, pager_name="Parts of the month")

    @staticmethod
    def _article_row(article: ArticleHistory) -> tuple:
        """Everything a source's list shows of an article."""
        return (article.slug, article.title, len(article.versions),
                article.first_seen.timestamp(), article.last_changed.timestamp())

    def _source_pages(self, source: str) -> tuple[tuple[int, int], list[tuple]]:
        """``/<source>/`` (recent changes, newest articles, links to the months), the months
        at ``/sources/<source>/`` and every article by the month it was first seen, at
        ``/sources/<source>/YYYY-MM/``. Returns the source's (articles, changes) and months."""
        found = sorted(self.archive.sources[source], key=lambda a: (a.first_seen, a.slug))
        months: dict[str, list[ArticleHistory]] = defaultdict(list)
        for article in found:
            months[article.first_seen.strftime("%Y-%m")].append(article)
        named = {month: f"{datetime.strptime(month, '%Y-%m'):%B %Y}" for month in months}
        links = [(f"sources/{source}/{month}/", named[month], len(months[month]))
                 for month in reversed(months)]
        changes = self.archive.changes_by_source.get(source, [])
        newest = found[:-NEWEST - 1:-1]
        counts = (len(found), len(changes))
        self.keyed_page(f"{source}/index.html", "source",
                        ([self._article_row(a) for a in newest],
                         self._rows(changes[:LATEST]), links, counts),
                        source=source, source_articles=newest, source_changes=changes[:LATEST],
                        month_links=links, counts=counts, page_name=source)
        self.keyed_page(f"sources/{source}/index.html", "sources", (source, links, counts),
                        source=source, month_links=links, counts=counts,
                        page_name=f"sources/{source}/")
        home = (f"sources/{source}/", f"Every month of {self.source_title(source)}")
        for month, articles_ in months.items():
            for folder, number, part, pager in self._parts(
                    f"sources/{source}/{month}/", articles_, "articles this month", home=home):
                heading = numbered(named[month], number, [a.first_seen for a in part])
                self.keyed_page(f"{folder}index.html", "source",
                                ([self._article_row(a) for a in part], heading, pager),
                                source=source, source_articles=part, month=heading, pager=pager,
                                page_name=f"{folder}")
        return counts, links

    def _stats(self) -> dict:
        """Edits per source per day (the last 90 days with data) and the most-edited articles."""
        assert self.archive is not None
        per_source: dict[str, Counter] = {name: Counter() for name in self.archive.sources}
        for source, changes in self.archive.changes_by_source.items():
            for version in changes:
                per_source[source][version.fetched_at.date()] += 1
        all_days = sorted({day for counts in per_source.values() for day in counts})
        days = []
        if all_days:
            span = (all_days[-1] - all_days[0]).days + 1
            days = [all_days[-1] - timedelta(days=n) for n in range(min(span, 90))][::-1]
        sources = [(name, render.day_columns([(d.isoformat(), counts[d]) for d in days],
                                             f"Edits per day at {name}"), sum(counts.values()))
                   for name, counts in per_source.items()]
        ranked = sorted(self.archive.articles, key=lambda a: (-a.changes, a.slug))[:20]
        most = render.bar_chart([(a.title, a.changes) for a in ranked if a.changes],
                                "Most-edited articles")
        return {"stats_sources": sources, "most_edited_chart": most,
                "most_edited": [a for a in ranked if a.changes]}

    # -- feeds, sitemap, theme, search --------------------------------------------------

    def site_url_for_feeds(self) -> str:
        return self.settings.get("FEED_DOMAIN") or self.settings.get("SITEURL") or ""

    def _write_feeds_and_sitemap(self) -> None:
        archive = self.archive
        site_name = self.settings.get("SITENAME", "newsdiff")
        feeds = {"feeds/all.atom.xml": (f"{site_name}: all changes", archive.changes, "")}
        for source in archive.sources:
            feeds[f"feeds/{source}.atom.xml"] = (
                f"{site_name}: {self.source_title(source)}",
                archive.changes_by_source.get(source, []), f"{source}/")
        for label in archive.labels:  # e.g. only stealth edits, only corrections
            feeds[f"feeds/label/{label}.atom.xml"] = (
                f"{site_name}: changes labelled {label}",
                [v for v in archive.changes if label in v.labels], f"label/{label}/")
        passages = stored_passages(self.cache_dir / "feed-passages")
        for name, (title, versions, page) in feeds.items():
            self.writer.write_if_changed(name, feed_xml(
                title, self.site_url_for_feeds(), name, versions, alternate=page,
                author=site_name, passages=passages, source_title=self.source_title), "a feed")
        self.files["feeds"] = list(feeds)
        sitemap = self._sitemap()
        if sitemap is not None:
            self.writer.write_if_changed("sitemap.xml", sitemap, "the sitemap")
            self.files["sitemap"] = ["sitemap.xml"]

    def _sitemap(self) -> bytes | None:
        """sitemap.xml of the front page, ``/sources/``, source and history pages (needs an
        absolute SITEURL). Lists by day, label or month are left out: every page they lead
        to is in it already."""
        base = self.published_url()
        if not base:
            return None
        entries = [(f"{base}/", None), (f"{base}/sources/", None)] + [
            (f"{base}/{source}/", None) for source in self.archive.sources]
        entries += [(f"{base}/{a.slug}/", a.last_changed) for a in self.archive.articles]
        lines = ['<?xml version="1.0" encoding="utf-8"?>',
                 '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
        for url, changed in entries:
            modified = f"<lastmod>{render.iso_time(changed)}</lastmod>" if changed else ""
            lines.append(f"<url><loc>{xml_escape(url)}</loc>{modified}</url>")
        return ("\n".join([*lines, "</urlset>"]) + "\n").encode("utf-8")

    def _copy_theme(self) -> None:
        """The theme's static files (Pelican's own copy would rewrite them every build)."""
        static = Path(self.theme) / "static"
        target = self.settings.get("THEME_STATIC_DIR", "theme")
        names = []
        for path in sorted(p for p in static.rglob("*") if p.is_file()):
            name = f"{target}/{path.relative_to(static).as_posix()}"
            self.writer.copy_if_changed(name, path, "the theme")
            names.append(name)
        self.files["theme"] = names

    def _update_search(self) -> None:
        """Apply the rendered articles' rows to the search database, then its page."""
        seconds = {a.slug: int(a.last_changed.timestamp()) for a in self.archive.articles}
        before = [p.name for p in self.search.published_files()]
        changed = self.search.update(seconds, self.search_rows)
        self.search.close()
        database = f"{SEARCH_FOLDER}/{self.search.name}"
        # The database is written in place by SearchIndex (rows, not the whole file): claim
        # it through the writer, which counts it and fires content_written when it changed.
        self.writer.took([database], "the search index", [database] if changed else ())
        if changed:
            self.writer.tally.written += 1
            self.writer.tally.removed += len(set(before) - {self.search.name})  # renamed
        else:
            self.writer.tally.unchanged += 1
        self.files["search"] = [database]
        sources, labels = list(self.archive.sources), self.archive.labels
        self.keyed_page("search/index.html", "search", (database, sources, labels),
                        database=database if self.archive.articles else None,
                        search_sources=sources, search_labels=labels, page_name="search")


def numbered(heading: str, number: int, times: list[datetime] | None = None,
             clock: bool = False) -> str:
    """A part's heading: the list's own, with the part's number and the span of its items'
    ``times`` (days of a month, or with ``clock`` times of a day) unless it is the newest:
    "part 2" alone would not tell a reader which dates it holds."""
    if not number:
        return heading
    if not times:
        return f"{heading}, part {number}"
    first, last = (t.astimezone(UTC) for t in (min(times), max(times)))
    ends = [f"{t:%H:%M}" if clock else str(t.day) for t in (first, last)]  # one day or month
    span = ends[0] if ends[0] == ends[1] else f"{ends[0]}–{ends[1]}"
    return f"{heading}, part {number} ({span} {'UTC' if clock else f'{last:%B}'})"


def worker_count(settings: dict) -> int:
    """Processes for rendering: NEWSDIFF_WORKERS, else one per core."""
    return int(settings.get("NEWSDIFF_WORKERS") or os.cpu_count() or 1)


__all__ = ["ArchiveGenerator", "digest", "first_published_or_seen", "worker_count"]
