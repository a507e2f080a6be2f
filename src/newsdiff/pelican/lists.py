"""The site's lists: front page, days, labels, sources and their months, statistics, feeds,
sitemap — each a query of the catalogue, written only where the build's change touches it.

A change to some articles touches the lists that show their versions before or after it (the
catalogue's ``Touched``): their days, their labels' months, their sources and the months their
articles were first seen.  Only those lists are looked at; every other list page stands as
the last build left it (a build that has to look at everything passes ``None``).  Long lists
come in parts of ``PART``, cut from the oldest item, so a list looked at re-renders only the
parts whose key (a digest of the rows they show) moved.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape as xml_escape

from . import render
from .catalog import Listed, ListedArticle, Sequence, Touched, moment
from .feeds import feed_xml, stored_passages

if TYPE_CHECKING:
    from .generator import ArchiveGenerator

LATEST = 50
#: The newest articles a source's own page lists (the rest: its month pages).
NEWEST = 100
#: Items on one page of a long list (a day's changes, a label's month, a source's month of
#: articles). Parts are cut from the oldest item on, so a new item changes only the newest
#: part (the list's own page) and a change to an old one only the part that holds it.
PART = 200
#: Articles in one sitemap file of a source's month.
SITEMAP_PART = 1000


def write_all(gen: ArchiveGenerator) -> None:
    """Every list page, feed and sitemap the change touches."""
    labels = gen.catalog.labels()
    gen.list_meta = {"labels": labels}
    lists = Lists(gen, labels)
    if lists.touched is None and not gen.everything:  # the labels changed: redo every list
        gen.in_scope("page:")
        gen.in_scope("feed:")
        gen.in_scope("sitemap:")
    lists.front()
    lists.days()
    lists.labels()
    lists.sources()
    lists.stats()
    lists.feeds()
    lists.sitemap()


class Lists:
    """One build's list pages."""

    def __init__(self, gen: ArchiveGenerator, labels: list[str]) -> None:
        self.gen, self.catalog, self.all_labels = gen, gen.catalog, labels
        #: what the change touches (None: every list is looked at)
        self.touched: Touched | None = None
        self.before = self.after = Touched()
        if not gen.everything and labels == gen.cache.meta_list("labels") \
                and gen.touched_before is not None and gen.touched_after is not None:
            self.before, self.after = gen.touched_before, gen.touched_after
            self.touched = self.before | self.after

    def looks_at(self, prefix: str) -> None:
        """The groups under ``prefix`` are this build's to keep or drop."""
        if self.touched is not None:
            self.gen.in_scope(prefix)

    def settle(self, base: str, chunks: int) -> None:
        """The parts of the list at ``base`` this build does not render stand as they were;
        parts past its end (it shrank) go."""
        if self.touched is None:
            return
        self.gen.in_scope(f"page:{base}")
        for n in range(chunks):
            self.gen.carry(f"page:{part(base, n, chunks, '')[0]}index.html")

    def wanted(self, sequence: Sequence, before: set, after: set, size: int = 0
               ) -> tuple[int, list[int]]:
        """How many parts ``sequence`` has and which of them this build looks at: those
        holding an item the change touched, every part after an item that came or went
        (they shift), the newest ones when their number changed (the newest moves)."""
        size = size or PART
        total = self.catalog.length(sequence)
        chunks = count_parts(total, size)
        if self.touched is None:
            return chunks, list(range(chunks))
        places = {key: self.catalog.place(sequence, key) for key in before | after}
        wanted = {places[key] // size for key in after}
        moved = (after - before) | (before - after)
        if moved:
            wanted.update(range(min(places[key] for key in moved) // size, chunks))
        if len(after - before) != len(before - after):
            old = count_parts(total - len(after - before) + len(before - after), size)
            wanted.update(range(max(0, min(chunks, old) - 2), chunks))
        return chunks, sorted(n for n in wanted if n < chunks)

    # -- change lists ---------------------------------------------------------------------

    def change_list(self, name: str, rows: list[str], heading: str, **values) -> None:
        """A list of versions (``rows``, newest first) at ``name``."""
        values = {"heading": heading, "all_link": False, "feed_path": "", "archive_links": [],
                  "pager": [], **values}
        key = (rows, heading, values["all_link"], values["archive_links"], values["pager"],
               self.all_labels)
        self.gen.keyed_page(name, "changes", key, labels=self.all_labels,
                            page_name=name.removesuffix("index.html"),
                            lazy=lambda: {"page_changes": [Listed.of(r) for r in rows]},
                            **values)

    def front(self) -> None:
        """The front page (minor edits left out) and ``/all/``."""
        minor = self.catalog.has_minor()
        self.change_list("index.html", _rows(self.catalog.latest(LATEST, minor=False)),
                         "Recent changes", all_link=minor)
        self.change_list("all/index.html", _rows(self.catalog.latest(LATEST)),
                         "Latest changes, minor ones included")

    def days(self) -> None:
        """``/days/`` (every day with its counts) and the touched days' parts."""
        found = self.catalog.days()  # newest first
        day_links = [(f"days/{day}/", day, changes, new) for day, changes, new in found]
        self.gen.keyed_page("days/index.html", "days", day_links, day_links=day_links,
                            page_name="days/")
        names = [day for day, _, _ in found]
        neighbours = self._neighbours(names)
        for index, day in enumerate(names):
            if self.touched is not None and day not in self.touched.days \
                    and day not in neighbours:
                continue
            later = (f"days/{names[index - 1]}/",
                     f"Next day: {render.claimed_time(names[index - 1])}") if index else None
            earlier = (f"days/{names[index + 1]}/",
                       f"Earlier day: {render.claimed_time(names[index + 1])}"
                       ) if index + 1 < len(names) else None
            heading = f"Changes on {render.claimed_time(day)}"
            sequence = Sequence.day(day)
            chunks, wanted = self.wanted(sequence, self.before.days.get(day, set()),
                                         self.after.days.get(day, set()))
            if day in neighbours:  # its links to the next and earlier day moved
                wanted = sorted({*wanted, 0, chunks - 1})
            for n in wanted:
                folder, number, pager = part(f"days/{day}/", n, chunks, "changes this day",
                                             later, earlier, ("days/", "All days"))
                shown = self.catalog.items(sequence, n * PART, PART)[::-1]
                self.change_list(f"{folder}index.html", [r for _, r in shown], numbered(
                    heading, number, [moment(at) for at, _ in shown], clock=True),
                    pager=pager, pager_name="Days")
            self.settle(f"days/{day}/", chunks)
        if self.touched is not None:  # a day left without versions
            for day in self.touched.days.keys() - set(names):
                self.looks_at(f"page:days/{day}/")

    def _neighbours(self, names: list[str]) -> set[str]:
        """The days next to a day that came or went (their links to it moved)."""
        known = self.gen.cache.meta_list("days")
        self.gen.list_meta["days"] = names
        if self.touched is None:
            return set()
        wanted: set[str] = set()
        for day in set(names) ^ set(known):
            position = _insertion(names, day)
            wanted.update(names[max(0, position - 1):position + 2])
        return wanted

    def labels(self) -> None:
        """Each touched label's page (its latest changes, its months) and touched months."""
        if self.touched is None:
            wanted = set(self.all_labels)
        else:
            wanted = {label for label, _ in self.touched.labels}
        for label in sorted(wanted):
            months = self.catalog.label_months(label)  # newest first
            named = {month: f"{datetime.strptime(month, '%Y-%m'):%B %Y}" for month, _ in months}
            links = [(f"label/{label}/{month}/", named[month], count) for month, count in months]
            self.change_list(f"label/{label}/index.html",
                             _rows(self.catalog.label_latest(label, LATEST)),
                             f"Changes labelled “{label}”", archive_links=links,
                             feed_path=f"feeds/label/{label}.atom.xml")
            for month, _ in months:
                if self.touched is None or (label, month) in self.touched.labels:
                    self.label_month(label, month, named[month])
        if self.touched is not None:  # a label's month left without versions
            for label, month in self.touched.labels:
                self.looks_at(f"page:label/{label}/{month}/")

    def label_month(self, label: str, month: str, name: str) -> None:
        """The parts of a label's month the change touches."""
        heading = f"Changes labelled “{label}” in {name}"
        sequence = Sequence.label_month(label, month)
        chunks, wanted = self.wanted(sequence, self.before.labels.get((label, month), set()),
                                     self.after.labels.get((label, month), set()))
        for n in wanted:
            folder, number, pager = part(f"label/{label}/{month}/", n, chunks,
                                         "changes this month")
            found = self.catalog.items(sequence, n * PART, PART)[::-1]
            self.change_list(f"{folder}index.html", [r for _, r in found], numbered(
                heading, number, [moment(at) for at, _ in found]),
                pager=pager, pager_name="Parts of the month")
        self.settle(f"label/{label}/{month}/", chunks)

    # -- sources --------------------------------------------------------------------------

    def sources(self) -> None:
        """``/sources/``, and each touched source's pages and months."""
        counts = self.catalog.source_counts()
        rows = []
        for source in self.gen.source_names:
            months = self.catalog.source_months(source)  # oldest first
            named = {month: f"{datetime.strptime(month, '%Y-%m'):%B %Y}" for month, _ in months}
            links = [(f"sources/{source}/{month}/", named[month], count)
                     for month, count in reversed(months)]
            total = counts.get(source, (0, 0))
            rows.append((source, total, links))
            if self.touched is None or source in self.touched.sources:
                self.source_page(source, total, links)
            for month, _ in months:
                if self.touched is None or (source, month) in self.touched.months:
                    self.source_month(source, month, named[month])
        self.gen.keyed_page("sources/index.html", "sources", rows, source_rows=rows,
                            page_name="sources/")
        if self.touched is not None:  # a source or month left without articles
            for source in self.touched.sources - set(self.gen.source_names):
                self.looks_at(f"page:{source}/index.html")
                self.looks_at(f"page:sources/{source}/")
            for source, month in self.touched.months:
                self.looks_at(f"page:sources/{source}/{month}/")

    def source_page(self, source: str, counts: tuple[int, int], links: list) -> None:
        """``/<source>/`` (recent changes, newest articles, links to the months) and the
        months at ``/sources/<source>/``."""
        newest = self.catalog.newest_articles(source, NEWEST)
        changes = self.catalog.latest_changes(LATEST, source=source)
        self.gen.keyed_page(f"{source}/index.html", "source",
                            ([a.row for a in newest], _rows(changes), links, counts),
                            source=source, source_articles=newest, source_changes=changes,
                            month_links=links, counts=counts, page_name=source)
        self.gen.keyed_page(f"sources/{source}/index.html", "sources", (source, links, counts),
                            source=source, month_links=links, counts=counts,
                            page_name=f"sources/{source}/")

    def source_month(self, source: str, month: str, name: str) -> None:
        """Every article first seen in ``month``, at ``/sources/<source>/YYYY-MM/``."""
        home = (f"sources/{source}/", f"Every month of {self.gen.source_title(source)}")
        sequence = Sequence.source_month(source, month)
        chunks, wanted = self.wanted(sequence, self.before.months.get((source, month), set()),
                                     self.after.months.get((source, month), set()))
        for n in wanted:
            folder, number, pager = part(f"sources/{source}/{month}/", n, chunks,
                                         "articles this month", home=home)
            found = [ListedArticle(*item)
                     for item in self.catalog.items(sequence, n * PART, PART)[::-1]]
            heading = numbered(name, number, [a.first_seen for a in found])
            self.gen.keyed_page(f"{folder}index.html", "source",
                                ([a.row for a in found], heading, pager),
                                source=source, source_articles=found, month=heading,
                                pager=pager, page_name=f"{folder}")
        self.settle(f"sources/{source}/{month}/", chunks)

    # -- statistics, feeds, sitemap -------------------------------------------------------

    def stats(self) -> None:
        """Edits per source per day (the last 90 days with data) and the most-edited."""
        first, last = self.catalog.change_days()
        days: list[date] = []
        if last:
            end = date.fromisoformat(last)
            span = (end - date.fromisoformat(first)).days + 1
            days = [end - timedelta(days=n) for n in range(min(span, 90))][::-1]
        per_source: dict[str, dict[str, int]] = {name: {} for name in self.gen.source_names}
        if days:
            for source, day, changes in self.catalog.edits_per_day(days[0].isoformat()):
                per_source.setdefault(source, {})[day] = changes
        sources = [(name, render.day_columns([(d.isoformat(), counts.get(d.isoformat(), 0))
                                              for d in days],
                                             f"Edits per day at {self.gen.source_title(name)}"),
                    sum(counts.values()))
                   for name, counts in per_source.items()]
        ranked = self.catalog.most_edited(20)
        most = render.bar_chart([(a.title, a.changes) for a in ranked], "Most-edited articles")
        shown = ([str(chart) for _, chart, _ in sources], [(n, t) for n, _, t in sources],
                 str(most), [(a.slug, a.title, a.source, a.changes, a.language) for a in ranked])
        self.gen.keyed_page("stats/index.html", "stats", shown, page_name="stats",
                            stats_sources=sources, most_edited_chart=most, most_edited=ranked)

    def feeds(self) -> None:
        """The site-wide feeds: all changes, and each touched source's and label's."""
        gen = self.gen
        site_name = gen.settings.get("SITENAME", "newsdiff")
        feeds = {"feeds/all.atom.xml": (f"{site_name}: all changes", {}, "")}
        for source in gen.source_names:
            if self.touched is None or source in self.touched.sources:
                feeds[f"feeds/{source}.atom.xml"] = (
                    f"{site_name}: {gen.source_title(source)}", {"source": source},
                    f"{source}/")
        for label in self.all_labels:  # e.g. only stealth edits, only corrections
            if self.touched is None or label in {lb for lb, _ in self.touched.labels}:
                feeds[f"feeds/label/{label}.atom.xml"] = (
                    f"{site_name}: changes labelled {label}", {"label": label},
                    f"label/{label}/")
        if self.touched is not None:
            for source in self.touched.sources - set(gen.source_names):
                gen.group_before(f"feed:feeds/{source}.atom.xml")
        passages = stored_passages(gen.passages_dir)
        for name, (title, which, page) in feeds.items():
            entries = self.catalog.latest_changes(LATEST, **which)
            key = (title, page, _rows(entries), gen.site_url_for_feeds())
            group = f"feed:{name}"
            final = gen.fingerprint_of("feed", key)
            if not gen.is_current(group, final, "a feed"):
                gen.writer.write_if_changed(name, feed_xml(
                    title, gen.site_url_for_feeds(), name, entries, alternate=page,
                    author=site_name, passages=passages, source_title=gen.source_title,
                    language=gen.text_language, site_language=gen.site_language),
                    "a feed")
                gen.keep(group, [name], final)

    def sitemap(self) -> None:
        """``sitemap.xml``, an index of sitemaps (it needs an absolute SITEURL): one of the
        front page, ``/sources/`` and the source pages, then the history pages of each
        source's articles by the month first seen, ``SITEMAP_PART`` to a file, oldest first
        so a file's articles never move (a sitemap holds 50,000 at most; a change rewrites
        the file that holds it). Lists by day, label or month are left out: every page they
        lead to is in it already."""
        base = self.gen.published_url()
        self.gen.group_before("sitemap")
        if not base:
            self.gen.in_scope("sitemap:")
            return
        children = [f"{base}/sitemap-site.xml"]
        for source, month, count in self.catalog.months():
            children += [f"{base}/{sitemap_name(source, month, n)}"
                         for n in range(count_parts(count, SITEMAP_PART))]
            if self.touched is None or (source, month) in self.touched.months:
                self.sitemap_month(base, source, month)
        if self.touched is not None:
            for source, month in self.touched.months:
                self.looks_at(f"sitemap:{source}/{month}/")
        entries = "".join(f"<sitemap><loc>{xml_escape(url)}</loc></sitemap>\n"
                          for url in children)
        self._write("sitemap", "sitemap.xml", "sitemapindex", entries)
        pages = [f"{base}/", f"{base}/sources/"] + [f"{base}/{source}/"
                                                    for source in self.gen.source_names]
        self._write("sitemap:site", "sitemap-site.xml", "urlset",
                    "".join(f"<url><loc>{xml_escape(url)}</loc></url>\n" for url in pages))

    def sitemap_month(self, base: str, source: str, month: str) -> None:
        """The sitemap files of a source's month the change touches."""
        sequence = Sequence.source_month(source, month)
        chunks, wanted = self.wanted(sequence, self.before.months.get((source, month), set()),
                                     self.after.months.get((source, month), set()),
                                     SITEMAP_PART)
        for n in wanted:
            lines = "".join(
                f"<url><loc>{xml_escape(f'{base}/{slug}/')}</loc>"
                f"<lastmod>{render.iso_time(moment(last))}</lastmod></url>\n"
                for slug, _, _, _, last, _ in self.catalog.items(sequence, n * SITEMAP_PART,
                                                                SITEMAP_PART))
            name = sitemap_name(source, month, n)
            self._write(f"sitemap:{source}/{month}/{n}", name, "urlset", lines)
        if self.touched is not None:  # the files not written now stand; those past the end go
            # By source and month, as no file name can be: a source may be named "a-2026-01".
            self.gen.in_scope(f"sitemap:{source}/{month}/")
            for n in range(chunks):
                self.gen.carry(f"sitemap:{source}/{month}/{n}")

    def _write(self, group: str, name: str, kind: str, entries: str) -> None:
        data = ('<?xml version="1.0" encoding="utf-8"?>\n'
                f'<{kind} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                f"{entries}</{kind}>\n").encode()
        self.gen.writer.write_if_changed(name, data, "the sitemap")
        self.gen.keep(group, [name])


def sitemap_name(source: str, month: str, n: int) -> str:
    """A sitemap of a source's month: ``sitemap-<source>-<YYYY-MM>-<n>.xml`` (a source name
    has no dot, so no source folder can take it)."""
    return f"sitemap-{source}-{month}-{n + 1}.xml"


def count_parts(items: int, size: int) -> int:
    """How many parts of ``size`` a list of ``items`` makes (an empty list is one part)."""
    return max(1, -(-items // size))


def _rows(items: list[Listed]) -> list[str]:
    return [item.row for item in items]


def _insertion(names: list[str], day: str) -> int:
    """Where ``day`` is or would be in ``names`` (newest first)."""
    for index, name in enumerate(names):
        if name <= day:
            return index
    return len(names)


def part(base: str, n: int, chunks: int, what: str, later: tuple | None = None,
         earlier: tuple | None = None, home: tuple | None = None) -> tuple[str, int, list]:
    """Part ``n`` (0: the oldest) of the ``chunks`` of a list at ``base``.

    Parts of ``PART`` are cut from the oldest item on; the newest part is ``base`` itself,
    the others ``base/1/``, ``base/2/``…, so a part's items never move while it is not
    the newest. Gives its folder, its number (0 for ``base``) and its pager: the later part
    (else ``later``), ``home``, the earlier part (else ``earlier``), each an (href, text)
    pair or None, as (rel, href, text) links.
    """
    def folder(k: int) -> str:
        return base if k == chunks - 1 else f"{base}{k + 1}/"

    newer = (folder(n + 1), f"Later {what}") if n + 1 < chunks else later
    older = (folder(n - 1), f"Earlier {what}") if n else earlier
    links = [("prev", *newer) if newer else None, ("", *home) if home else None,
             ("next", *older) if older else None]
    return folder(n), n + 1 if n + 1 < chunks else 0, [link for link in links if link]


def numbered(heading: str, number: int, times: list[datetime] | None = None,
             clock: bool = False) -> str:
    """A part's heading: the list's own, with the part's number and the span of its items'
    ``times`` (days of a month, or with ``clock`` times of a day) unless it is the newest:
    "part 2" alone would not tell a reader which dates it holds."""
    if not number:
        return heading
    if not times:
        return f"{heading}, part {number}"
    first, last = (t.astimezone(moment(0).tzinfo) for t in (min(times), max(times)))
    ends = [f"{t:%H:%M}" if clock else str(t.day) for t in (first, last)]  # one day or month
    span = ends[0] if ends[0] == ends[1] else f"{ends[0]}–{ends[1]}"
    return f"{heading}, part {number} ({span} {'UTC' if clock else f'{last:%B}'})"


__all__ = ["LATEST", "NEWEST", "PART", "SITEMAP_PART", "Lists", "numbered", "part",
           "write_all"]
