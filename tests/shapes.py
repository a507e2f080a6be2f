"""What the page-shape files share (tests/test_extract_shapes*.py, issue 16).

A page whose story is marked ``<T>…</T>`` in its source (``Shape``), scored as
bench/extract.py scores the shared pages (precision and recall over 4-word shingles of the
lower-cased ``\\w+`` tokens), against trafilatura's precise and default settings; a file's
pages in batches (``Scorebook``): each batch's figures, the table a file prints when run as a
script, the per-page test's parameters (a known miss a strict xfail) and the per-batch checks.
"""

from __future__ import annotations

import functools
import html as html_lib
import importlib.util
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsdiff.extract import extract

_BENCH = Path(__file__).resolve().parent.parent / "bench" / "extract.py"
MARK = re.compile(r"</?T>")
_TAG = re.compile(r"<[^>]+>")
SLACK = 0.0005  # a figure as measured, rounded to four places


@functools.cache
def bench():
    """bench/extract.py as a module: its measure, and how it reads a stored body."""
    spec = importlib.util.spec_from_file_location("bench_extract", _BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def truth_of(marked: str) -> str:
    """The story's text: what stands between ``<T>`` and ``</T>``, a block a line."""
    parts = re.findall(r"<T>(.*?)</T>", marked, re.DOTALL)
    return "\n".join(html_lib.unescape(clean) for part in parts
                     if (clean := re.sub(r"\s+", " ", _TAG.sub(" ", part)).strip()))


@dataclass(frozen=True)
class Shape:
    name: str
    marked: str  # the page with the story marked
    url: str
    batch: str = ""  # which batch of its file: written before or after the fixes made from one

    @property
    def html(self) -> str:
        return MARK.sub("", self.marked)

    @property
    def truth(self) -> str:
        return truth_of(self.marked)


def f1(pair: tuple[float, float]) -> float:
    precision, recall = pair
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def ours_text(item: Shape) -> str:
    """The plain text of the body newsdiff stores for the page, as the bench reads it."""
    result = extract(item.html, item.url, "gazette")
    return "\n".join(bench()._plain(result.article.body)) if result else ""


def read(item: Shape) -> list[str]:
    """The stored body's blocks, as the bench reads them."""
    return ours_text(item).splitlines()


def trafilatura_text(item: Shape) -> str:
    """trafilatura's precise setting (favor_precision), the peer every batch is held to."""
    import trafilatura

    return trafilatura.extract(item.html, url=item.url, favor_precision=True,
                               include_comments=False) or ""


def trafilatura_default_text(item: Shape) -> str:
    """trafilatura's default setting (neither precision nor recall favoured)."""
    import trafilatura

    return trafilatura.extract(item.html, url=item.url, include_comments=False) or ""


#: the peers a page can be scored against, by the name the figures give them
PEERS: dict[str, Callable[[Shape], str]] = {"precision": trafilatura_text,
                                            "default": trafilatura_default_text}
_PEER_LABELS = {"precision": "trafilatura favor_precision", "default": "default"}
_PEER_COLUMNS = {"precision": "prec", "default": "dflt"}


def page_f1(item: Shape) -> float:
    """Ours on one page, scored alone (a page's test reads no other page)."""
    return f1(bench().precision_recall(ours_text(item), item.truth))


@dataclass(frozen=True)
class Row:
    """One page scored: ours and each peer's (precision, recall)."""

    name: str
    batch: str
    ours: tuple[float, float]
    peers: dict[str, tuple[float, float]]

    @property
    def worse(self) -> bool:  # than trafilatura's precise setting
        return f1(self.ours) < f1(self.peers["precision"]) - 1e-9

    @property
    def better(self) -> bool:
        return f1(self.ours) > f1(self.peers["precision"]) + 1e-9


class Scorebook:
    """A file's pages, scored once (on first use) against ``peers``."""

    def __init__(self, shapes: dict[str, Shape], peers: Iterable[str] = ("precision",)) -> None:
        self.shapes, self.peers = shapes, tuple(peers)

    @functools.cached_property
    def rows(self) -> tuple[Row, ...]:
        measure = bench().precision_recall
        return tuple(Row(name, item.batch, measure(ours_text(item), item.truth),
                         {peer: measure(PEERS[peer](item), item.truth) for peer in self.peers})
                     for name, item in self.shapes.items())

    def figures(self, batch: str = "") -> dict:
        """A batch's pages ours reads worse / better than trafilatura's precise setting, and
        the F1 of means of ours and of each peer."""
        rows = [row for row in self.rows if row.batch == batch]
        of_means = bench().f1_of_means
        return {"pages": len(rows),
                "worse": sorted(row.name for row in rows if row.worse),
                "better": sorted(row.name for row in rows if row.better),
                "ours": of_means([row.ours for row in rows]),
                **{peer: of_means([row.peers[peer] for row in rows]) for peer in self.peers}}

    def check(self, batch: str, measured: dict, known_losses: Iterable[str]) -> None:
        """No page worse than trafilatura's precise setting but the known ones; each peer as
        measured (the measure and the peer as then); ours no lower than measured (a
        rounding's slack) and ahead of every peer; at least as many pages read better."""
        figures = self.figures(batch)
        assert set(figures["worse"]) == {name for name in known_losses
                                         if self.shapes[name].batch == batch}
        for peer in self.peers:
            assert abs(figures[peer] - measured[peer]) < SLACK, peer
        assert figures["ours"] >= measured["ours"] - SLACK
        assert figures["ours"] > max(figures[peer] for peer in self.peers)
        assert len(figures["better"]) >= measured["better"]

    def floor_params(self, known_misses: dict[str, str]) -> list:
        """Every page's name, a known miss (read below the floor) a strict xfail naming why:
        a page that comes up to the floor must leave the list."""
        return [pytest.param(name, marks=pytest.mark.xfail(reason=known_misses[name],
                                                           strict=True))
                if name in known_misses else name for name in self.shapes]

    def print_table(self, wanted: Iterable[str] | None = None) -> None:
        """Page by page, ours against each peer, then each batch's figures (all batches, or
        those ``wanted``)."""
        batches = sorted({item.batch for item in self.shapes.values()})
        wanted = set(wanted or batches)
        for row in self.rows:
            if row.batch in wanted:
                mark = "LOSE" if row.worse else "poor" if f1(row.ours) < 0.95 else ""
                peers = "  ".join(f"{_PEER_COLUMNS[peer]} P{p:.3f} R{r:.3f} F{f1((p, r)):.3f}"
                                  for peer, (p, r) in row.peers.items())
                print(f"{row.batch:1} {row.name:42} ours P{row.ours[0]:.3f} R{row.ours[1]:.3f} "
                      f"F{f1(row.ours):.3f}  {peers}  {mark}")
        for batch in sorted(wanted):
            figures = self.figures(batch)
            peers = ", ".join(f"{_PEER_LABELS[peer]} {figures[peer]:.4f}" for peer in self.peers)
            print(f"batch {batch or 'all'}: {figures['pages']} pages; ours worse on "
                  f"{len(figures['worse'])}, better on {len(figures['better'])}; F1 of means "
                  f"ours {figures['ours']:.4f}, {peers}")
