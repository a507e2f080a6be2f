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
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cached_property
from pathlib import Path

from jinja2 import FileSystemBytecodeCache
from markupsafe import Markup
from pelican.generators import Generator
from pelican.utils import get_relative_path, path_to_url

from .. import __version__
from ..language import language_tag
from ..notes import snapshot_addresses
from ..reader import ArchiveReader
from ..schedule import DEFAULT_TIERS, Tier, check_interval, parse_duration
from ..searchdb import PackedRow, SearchIndex
from . import articles, lists, marker, render
from .cache import SCHEMA, BuildCache, Group, default_cache_dir
from .catalog import Catalog, Touched
from .model import Archive, ArticleHistory, BlobFacts, Sourced, build_archive
from .output import ChangeAwareWriter, Journal, remove_files, remove_temporaries
from .scope import Scope, moved_without_a_commit, sources_after
from .search import FOLDER as SEARCH_FOLDER

#: Settings that steer the build but do not change what a page shows.
_NOT_CONTENT = {"NEWSDIFF_CACHE", "NEWSDIFF_FULL_BUILD", "NEWSDIFF_WORKERS", "OUTPUT_PATH",
                "PATH", "CACHE_PATH", "NEWSDIFF_TALLY", "NEWSDIFF_NOTICES"}
#: The files of a build that failed, kept in the cache so the next build removes them.
_UNFINISHED = "unfinished build"
#: The files a build is writing (``output.Journal``), in the cache's folder.
JOURNAL = "writing.journal"


@dataclass(frozen=True)
class SiteSources:
    """What every page's navigation needs of the archive: its sources' names."""

    sources: list[str]


def _size(path: str | Path) -> int:
    try:
        return os.stat(path).st_size
    except FileNotFoundError:
        return 0


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
        self.env.globals.update(checking_stopped=self.checking_stopped,
                                source_title=self.source_title, lang=self.text_lang,
                                label_meanings=render.LABELS, size_text=render.size_words)
        self.archive: Archive | None = None
        self.output = Path(self.output_path)
        self.cache_dir = Path(self.settings.get("NEWSDIFF_CACHE") or
                              default_cache_dir(self.output))
        # Compiling the templates cost a sixth of a one-change build; Jinja's bytecode cache
        # keys each template by its source's checksum, so an edited theme is compiled again.
        self.env.bytecode_cache = FileSystemBytecodeCache(str(self._jinja_folder()))
        self.search_rows: dict[str, PackedRow] = {}  # rows of the articles rendered now
        #: what the build has to say (``build_site`` hands in the list it reports)
        self.notices: list[str] = self.settings.get("NEWSDIFF_NOTICES", [])
        self.groups: dict[str, Group] = {}  # this build's groups
        self.before: dict[str, Group] = {}  # the groups this build looked at, as they were
        self.deciding: set[str] = set()  # groups this build decides on (the rest stand)
        self.learnt_facts: dict[str, BlobFacts] = {}
        self.learnt_sizes: dict[str, tuple[int, int]] = {}

    def _jinja_folder(self) -> Path:
        folder = self.cache_dir / "templates"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def source_title(self, name: str) -> str:
        """A source's configured display name ("The Harbour Gazette"), else its name."""
        return (self.settings.get("NEWSDIFF_SOURCE_TITLES") or {}).get(name) or name

    @cached_property
    def site_language(self) -> str:
        """The language of the site's own words (``DEFAULT_LANG``, as ``<html lang>`` says)."""
        return language_tag(self.settings.get("DEFAULT_LANG")) or "en"

    def source_language(self, name: str) -> str:
        """A source's configured ``language`` (``NEWSDIFF_SOURCE_LANGUAGES``), else ''."""
        return language_tag((self.settings.get("NEWSDIFF_SOURCE_LANGUAGES") or {}).get(name))

    def text_language(self, item: Sourced) -> str:
        """The language of an article's text (a version, an article, a list's row): the one
        its version stored, else its source's (an archive from before languages were kept),
        else ''."""
        return language_tag(getattr(item, "language", "")) or self.source_language(item.source)

    def words_language(self, item: Sourced) -> str:
        """The site's language for its own words set among ``item``'s text (a feed entry's
        "Headline before:"), when that text is known to be in another one; else ''."""
        text = self.text_language(item)
        return self.site_language if text and text != self.site_language else ""

    def text_lang(self, item: Sourced) -> Markup:
        """`` lang="…"`` for an element holding ``item``'s text (templates: ``lang(v)``);
        nothing when it is the site's own language, which the element inherits (a list of
        fifty English headlines on an English site carried it fifty times)."""
        return render.lang_attribute(self.words_language(item) and self.text_language(item))

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
        full = bool(self.settings.get("NEWSDIFF_FULL_BUILD"))
        # A cache describes one archive built into one output: its keys say what that
        # output's pages hold, so another output (sharing --cache) means a full build.
        origin = f"{repo_dir}\0{prefix}\0{self.output.resolve()}"
        self.cache = BuildCache(self.cache_dir, origin, fresh=full)
        self.journal = Journal(self.cache_dir / JOURNAL)
        tally = self.settings.get("NEWSDIFF_TALLY")
        if tally is not None:  # Pelican's own pages are written before this generator's
            tally.journal = self.journal
        try:
            self._undo_killed_build()
            self._undo_lost_passages()
            self._look(repo_dir, full)
        except BaseException:
            self.cache.release()
            raise

    @property
    def passages_dir(self) -> Path:
        """Where each change's feed passages are kept for the site-wide feeds."""
        return self.cache_dir / "feed-passages"

    def _undo_lost_passages(self) -> None:
        """The site-wide feeds take older changes' passages from the cache's folder, which
        every finished build leaves (empty or not): without it (deleted by hand or by a
        cleaner) they would lose them, so every article is rendered again once."""
        if self.cache.head and not self.passages_dir.is_dir():
            self.cache.forget_all_keys()
            self._commit_as_it_was()
            marker.clear(self.output)

    def _undo_killed_build(self) -> None:
        """A build killed halfway ran no clean-up but left its journal: the files it named
        join the unfinished build's (removed unless written again), and every group's key is
        distrusted (any page may hold what the killed build wrote): one full rendering."""
        left = self.journal.left(self.output)
        if left:
            unfinished = self.cache.groups([_UNFINISHED]).get(_UNFINISHED)
            files = sorted({*(unfinished.files if unfinished else []), *left})
            self.cache.put_groups({_UNFINISHED: Group(None, files, 0)}, ())
            self.cache.forget_all_keys()
            self._commit_as_it_was()
            remove_temporaries(self.output, left)
            marker.clear(self.output)
        self.journal.clear()

    def _commit_as_it_was(self) -> None:
        """Commit the cache's pending writes with the meta it started with."""
        self.cache.commit(self.cache.head, **{k: v for k, v in self.cache.meta.items()
                                              if k not in ("schema", "newsdiff", "origin",
                                                           "head")})

    def _look(self, repo_dir: Path, full: bool) -> None:
        """Decide what this build looks at, and load it."""
        self.catalog = Catalog(self.cache.reopen())
        # Wayback Machine snapshots, noted on version commits by `newsdiff archive-versions`.
        self.snapshots = snapshot_addresses(repo_dir)
        self.context["newsdiff_snapshots"] = self.snapshots
        self.not_articles = self.cache.not_articles()
        self.known_not_articles = set(self.not_articles)
        self.list_meta: dict[str, list] = {}
        self.touched_before: Touched | None = None
        self.touched_after: Touched | None = None
        # Trust the output's unchanged pages only if it is the folder the cache describes,
        # left whole by the build that wrote it; else check every group's files.
        self.scope = Scope.read(repo_dir, self.reader.pathspec, self.cache,
                                self.cache.discarded is not None or
                                marker.read(self.output) != self.cache.meta.get("marker"))
        if not self.everything:
            self.scope.add(self.cache, moved_without_a_commit(
                self.cache, self.catalog, self.now, self.tiers, self.snapshots,
                digest(sorted(self.snapshots.items()))))
        self.search = SearchIndex(self.output / SEARCH_FOLDER,
                                  self.cache_dir / "search-rows.sqlite3", fresh=full)
        if not self.everything and self.search.count != self.catalog.count():
            self.scope.widen(self.cache)  # the search rows were lost: every article gives one
        self._load_archive()

    @property
    def everything(self) -> bool:
        """Whether this build looks at every article (else only those its change touches)."""
        return self.scope.everything

    def _build_model(self) -> None:
        """The model of the histories this build looks at, with every fact this build learnt
        or the cache knows (all of them read at once when there are many)."""
        self.archive = build_archive(self.scope.histories, self.prefix, self.not_articles)
        blobs = {v.blob for v in self.archive.events}
        pairs = {v.pair for v in self.archive.events if v.pair}
        whole = self.everything and len(blobs) > 1000
        facts = self.cache.facts(None if whole else blobs)
        sizes = self.cache.sizes(None if whole else pairs)
        for version in self.archive.events:
            version.facts = self.learnt_facts.get(version.blob) or facts.get(version.blob)
            if version.pair:
                version.size = self.learnt_sizes.get(version.pair) or sizes.get(version.pair)

    def _load_archive(self) -> None:
        """The site's model of the histories this build looks at (every one, or those that
        changed), with every fact the cache already knows."""
        self._build_model()
        old = self.catalog.all_slugs() if self.everything \
            else self.catalog.slugs_at(self.scope.changed | self.scope.gone)
        self.old_slugs = set(old)
        self.source_names = sorted(sources_after(self.archive, self.catalog, self.old_slugs,
                                                 self.everything, self.repo_dir))
        self.context["newsdiff_archive"] = SiteSources(self.source_names)

    # -- output -------------------------------------------------------------------------

    def generate_output(self, writer) -> None:
        assert self.archive is not None
        if not isinstance(writer, ChangeAwareWriter):
            raise RuntimeError("newsdiff's plugin needs its own writer (another plugin "
                               "replaced it through get_writer)")
        self.writer = writer
        writer.tally.journal = self.journal
        self.fingerprint = self._fingerprint()
        if not self.everything and self.cache.meta.get("fingerprint") != self.fingerprint:
            self.scope.widen(self.cache)
            self._load_archive()
        if self.everything:
            self.before = self.cache.groups()
            self.deciding = set(self.before)
        self.deciding |= {_UNFINISHED} | {f"article:{slug}" for slug in self.old_slugs}
        if self.changed_anything:
            marker.clear(self.output)  # until this build is done, the next checks all
        try:
            self._write_articles()
            self._update_catalog()
            if self.changed_anything:
                lists.write_all(self)
            self._copy_theme()
            self._write_not_found()
            self._update_search()
            self._finish(writer)
        except BaseException:
            self._keep_unfinished(writer)
            raise
        finally:
            self.cache.release()

    def _keep_unfinished(self, writer) -> None:
        """Remember what a failed build may have written, so the next build removes what it
        does not write again and renders again what it may have overwritten: pages are never
        left behind, nor left as a build that did not finish wrote them."""
        self.cache.abandon()  # what this build learnt is not kept
        known = {f for group in self.before.values() if group for f in group.files}
        unfinished = self.cache.groups([_UNFINISHED]).get(_UNFINISHED)
        files = sorted({*(unfinished.files if unfinished else []),
                        *set(writer.written) - known})
        self.cache.put_groups({_UNFINISHED: Group(None, files, 0)}, ())
        self.cache.forget_keys(self.deciding)
        self._commit_as_it_was()
        self.journal.clear()

    def _finish(self, writer) -> None:
        """Remove what no group writes any more, save what the build learnt, mark the output."""
        missing = [name for name in self.deciding if name not in self.before]
        self.before.update(self.cache.groups(missing))
        # Whatever this build put there (Pelican's own pages too, which an unfinished
        # build's record may list) is not stale.
        old = {f for name in self.deciding if self.before.get(name)
               for f in self.before[name].files}
        new = {f for group in self.groups.values() for f in group.files}
        remove_files(self.output, old - new - writer.owners.keys(), writer.tally)
        self._measure()
        gone = [name for name in self.deciding if name not in self.groups]
        self.cache.put_groups({name: group for name, group in self.groups.items()
                               if self.before.get(name) != group}, gone)
        self._save_history()
        pelican_files = [item.save_as for name in ("pages", "hidden_pages", "staticfiles")
                         for item in self.context.get(name, []) if item.save_as]
        site_bytes, files = self._totals(gone)
        writer.tally.site_bytes = site_bytes + sum(
            _size(self.output / name) for name in pelican_files)
        # Files of groups this build did not look at are there, as the mark promised.
        writer.tally.unchanged = max(writer.tally.unchanged,
                                     files + len(pelican_files) - writer.tally.written)
        # The clock moves on only with a build that looked at what it moved.
        built = str(self.now.timestamp()) if self.changed_anything \
            else self.cache.meta.get("built_at", str(self.now.timestamp()))
        notes = digest(sorted(self.snapshots.items()))
        # The mark names all a build's pages depend on, the clock and the notes too: an
        # output another build sharing this cache left behind is checked, not trusted.
        token = marker.token(self.scope.head, self.fingerprint, built, notes)
        self.cache.commit(self.scope.head, fingerprint=self.fingerprint, marker=token,
                          built_at=built, snapshots=notes, totals=f"{site_bytes} {files}",
                          **{k: json.dumps(v) for k, v in self.list_meta.items()})
        marker.write(self.output, token)
        self.passages_dir.mkdir(parents=True, exist_ok=True)
        self.journal.clear()
        writer.tally.site_bytes += _size(self.output / marker.NAME)

    def _totals(self, gone: list[str]) -> tuple[int, int]:
        """The bytes and the number of the groups' files: summed by a build that looked at
        everything, else the last build's totals moved by what this one changed."""
        kept = self.cache.meta.get("totals", "").split()
        if self.everything or len(kept) != 2:
            return self.cache.totals()
        site_bytes, files = int(kept[0]), int(kept[1])
        for name in [*self.groups, *gone]:
            old, new = self.before.get(name), self.groups.get(name)
            site_bytes += (new.bytes if new else 0) - (old.bytes if old else 0)
            files += (len(new.files) if new else 0) - (len(old.files) if old else 0)
        return site_bytes, files

    @property
    def changed_anything(self) -> bool:
        """Whether this build looks at any article (else no list can have changed)."""
        return bool(self.everything or self.archive.articles or self.old_slugs)

    def _measure(self) -> None:
        """Bytes of this build's groups: kept from the last build when the key is the same
        (the same key means the same bytes), else measured."""
        root = f"{self.output}{os.sep}"
        for name, group in self.groups.items():
            before = self.before.get(name)
            if group.key is not None and before is not None and before.key == group.key:
                self.groups[name] = Group(group.key, group.files, before.bytes)
            else:
                self.groups[name] = Group(group.key, group.files,
                                          sum(_size(root + f) for f in group.files))

    def _save_history(self) -> None:
        scope = self.scope
        if scope.everything and scope.reread:
            self.cache.clear_histories()
        changed = scope.histories if scope.everything else \
            {p: scope.histories[p] for p in scope.changed if p in scope.histories}
        self.cache.put_histories(changed, scope.gone)
        self.cache.put_facts(self.learnt_facts, self.learnt_sizes)
        self.cache.add_not_articles(self.not_articles - self.known_not_articles)
        if digest(sorted(self.snapshots.items())) != self.cache.meta.get("snapshots"):
            self.cache.put_snapshots(self.snapshots)

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
                      self.source_names,
                      (lists.LATEST, lists.NEWEST, lists.PART, lists.SITEMAP_PART))

    def site_url_for_feeds(self) -> str:
        return self.settings.get("FEED_DOMAIN") or self.settings.get("SITEURL") or ""

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

    def group_before(self, group: str) -> Group | None:
        """``group`` as the last build left it (and this build decides on it now)."""
        self.deciding.add(group)
        if group not in self.before:
            self.before[group] = self.cache.groups([group]).get(group)
        return self.before[group]

    def in_scope(self, prefix: str) -> None:
        """Groups under ``prefix`` are this build's to keep or drop (a list's parts)."""
        names = self.cache.group_names(prefix)
        self.before.update(self.cache.groups([n for n in names if n not in self.before]))
        self.deciding.update(names)

    def carry(self, group: str) -> None:
        """Keep ``group`` as the last build left it, unless this build writes it (below)."""
        before = self.group_before(group)
        if before is not None and group not in self.groups:
            self.groups[group] = before
            self.writer.took(before.files, group)

    def keep(self, group: str, files: list[str], key: str | None = None) -> None:
        """Record the files ``group`` has after this build."""
        self.deciding.add(group)
        self.groups[group] = Group(key, files, 0)

    def is_current(self, group: str, key: str, owner: str | None = None) -> bool:
        """Whether ``group``'s pages were written from the same inputs and are all there."""
        before = self.group_before(group)
        if before is None or before.key != key:
            return False
        # Plain strings, not Path objects: this may run for every file of the site.
        root = f"{self.output}{os.sep}"
        if all(os.path.exists(root + f) for f in before.files):
            self.keep(group, before.files, key)
            self.writer.took(before.files, owner or group)
            self.writer.tally.unchanged += len(before.files)
            return True
        return False

    def fingerprint_of(self, template: str, key: object) -> str:
        """A group's key: what it shows, with what every page depends on."""
        return digest(self.fingerprint, template, key)

    def keyed_page(self, name: str, template: str, key: object, **values) -> None:
        """Write one page unless its key (a digest of what it shows) is unchanged.

        ``lazy``, a callable, gives more values only when the page is rendered.
        """
        group, key = f"page:{name}", self.fingerprint_of(template, key)
        owner = f"the {template} page {name}"
        if not self.is_current(group, key, owner):
            lazy = values.pop("lazy", None)
            if lazy is not None:
                values.update(lazy())
            self.writer.write_if_changed(name, self.render(name, template, **values), owner)
            self.keep(group, [name], key)

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
        searched = self.search.knows(a.slug for a in self.archive.articles)
        for article in self.archive.articles:
            key = self.article_key(article)
            complete = all(v.facts and (v.size or not v.previous) for v in article.versions) \
                and article.slug in searched
            if not (complete and self.is_current(f"article:{article.slug}", key,
                                                 f"the pages of {article.slug}")):
                todo.append((article, key))
        # The build decides on these groups even if it fails halfway (see _keep_unfinished).
        self.deciding.update(f"article:{article.slug}" for article, _ in todo)
        self.cache.close()  # the workers are forked: they must not share the database
        try:
            unparsable = articles.render_all(self, todo, worker_count(self.settings))
        finally:
            self.catalog.db = self.cache.reopen()
        if unparsable:
            # Some stored files are not articles: number the versions without them and render
            # those articles again (their other files were read and are fine).
            self.not_articles |= unparsable
            touched = {path for path, history in self.scope.histories.items()
                       if any(ref.blob in unparsable for ref in history.versions)}
            self.notices.append(f"{len(unparsable)} committed states are not articles (a "
                                f"broken hand edit?) and were skipped: {sorted(touched)[0]}"
                                + (f" and {len(touched) - 1} more files" if len(touched) > 1
                                   else ""))
            self._build_model()  # numbered again without them; facts learnt are kept
            again = [(a, self.article_key(a)) for a in self.archive.articles
                     if a.repo_path in touched]
            self.cache.close()
            try:
                articles.render_all(self, again, worker_count(self.settings))
            finally:
                self.catalog.db = self.cache.reopen()

    def record_article(self, article: ArticleHistory, key: str, files: list[str]) -> None:
        """Take in an article rendered here or in a worker (its facts are learnt)."""
        for version in article.versions:
            version.facts = self.learnt_facts.get(version.blob, version.facts)
            if version.pair:
                version.size = self.learnt_sizes.get(version.pair, version.size)
        self.keep(f"article:{article.slug}", files, key)

    def _update_catalog(self) -> None:
        """The catalogue's rows for the articles this build looked at (all, or the changed)."""
        if not self.everything:
            self.touched_before = self.catalog.touched(self.old_slugs)
        self.cache.begin()
        if self.everything:
            self.catalog.clear()
        else:
            self.catalog.remove(self.old_slugs)
        self.catalog.add(self.archive.articles)
        if not self.everything:
            self.touched_after = self.catalog.touched(a.slug for a in self.archive.articles)

    # -- theme, search --------------------------------------------------------------------

    def _copy_theme(self) -> None:
        """The theme's static files (Pelican's own copy would rewrite them every build)."""
        static = Path(self.theme) / "static"
        target = self.settings.get("THEME_STATIC_DIR", "theme")
        names = []
        for path in sorted(p for p in static.rglob("*") if p.is_file()):
            name = f"{target}/{path.relative_to(static).as_posix()}"
            self.writer.copy_if_changed(name, path, "the theme")
            names.append(name)
        self.group_before("theme")
        self.keep("theme", names)

    def _write_not_found(self) -> None:
        """``404.html``, which GitHub Pages (and most static hosts) serve for any address the
        site lacks: its links cannot be relative, as it answers at every depth, so they start
        from the published address, else from the host's root."""
        base = self.published_url()
        self.keyed_page("404.html", "404", base, SITEURL=base, localsiteurl=base,
                        canonical_url="", page_name="404")

    def _update_search(self) -> None:
        """Apply the rendered articles' rows to the search database, then its page."""
        seconds = {a.slug: int(a.last_changed.timestamp()) for a in self.archive.articles}
        gone = None if self.everything else self.old_slugs - seconds.keys()
        before = [p.name for p in self.search.published_files()]
        changed = self.search.update(seconds, self.search_rows, gone)
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
        self.group_before("search")
        self.keep("search", [database])
        sources, labels = self.source_names, self.catalog.labels()
        self.keyed_page("search/index.html", "search", (database, sources, labels),
                        database=database if self.search.count else None,
                        search_sources=sources, search_labels=labels, page_name="search")


def worker_count(settings: dict) -> int:
    """Processes for rendering: NEWSDIFF_WORKERS, else one per core."""
    return int(settings.get("NEWSDIFF_WORKERS") or os.cpu_count() or 1)


__all__ = ["ArchiveGenerator", "digest", "worker_count"]
