"""Diffs between two versions: paragraphs aligned, then sentences, then words.

Aligning paragraphs first and diffing words only inside changed sentences keeps a rewritten
headline or an added paragraph readable, and keeps the cost near-linear in the text: difflib
on every word of a long article is quadratic in the edited region.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from .article import body_paragraphs, clean_text, split_sentences

# A number with its separators ("3,400", "1.5") is one token: "3,400" → "3,100" is one change.
_TOKEN = re.compile(r"\s*(?:\d+(?:[.,]\d+)*|\w+|[^\w\s])")
_LEADING_SPACE = re.compile(r"\s*")
_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+")  # "3,400" is one word
PAIR_THRESHOLD = 0.4
REWRITE_RATIO = 0.5
MAX_ALIGN_CELLS = 40_000


@dataclass(frozen=True)
class Span:
    """A run of text that is kept (``equal``), removed (``delete``) or added (``insert``)."""

    op: str
    text: str


@dataclass(frozen=True)
class Row:
    """One aligned pair of paragraphs: ``same``, ``changed``, ``added`` or ``removed``.

    ``old`` holds the left side's spans (equal/delete), ``new`` the right side's
    (equal/insert), ``inline`` both interleaved in reading order.
    """

    kind: str
    old: tuple[Span, ...]
    new: tuple[Span, ...]
    inline: tuple[Span, ...]


@dataclass(frozen=True)
class TextDiff:
    """The diff of two texts, with how many words each side lost and gained."""

    rows: tuple[Row, ...]
    words_added: int
    words_removed: int

    @property
    def changed(self) -> bool:
        return any(row.kind != "same" for row in self.rows)


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    merged: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if merged and merged[-1].op == span.op:
            merged[-1] = Span(span.op, merged[-1].text + span.text)
        else:
            merged.append(span)
    return tuple(merged)


def _tokens(text: str) -> list[str]:
    """Words and punctuation marks, each with the whitespace before it (so none is lost)."""
    tokens = _TOKEN.findall(text)
    tail = text[sum(map(len, tokens)):]
    return [*tokens, tail] if tail else tokens


def _word_spans(old: str, new: str) -> tuple[list[Span], list[Span], list[Span]]:
    """Word-level diff of two short texts: (old spans, new spans, inline spans).

    Tokens are matched without their leading whitespace: whitespace is the commonest token
    and matching it too made difflib several times slower, for nothing a reader sees.
    """
    a, b = _tokens(old), _tokens(new)
    matcher = SequenceMatcher(None, [t.lstrip() for t in a], [t.lstrip() for t in b],
                              autojunk=False)
    if old and new and matcher.ratio() < REWRITE_RATIO:
        # Mostly rewritten: confetti of one-word matches reads worse than old-then-new.
        return [Span("delete", old)], [Span("insert", new)], [Span("delete", old),
                                                             Span("insert", new)]
    left: list[Span] = []
    right: list[Span] = []
    inline: list[Span] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        removed, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        if op == "equal":
            left.append(Span("equal", removed))
            right.append(Span("equal", added))
            inline.append(Span("equal", added))
            continue
        # Whitespace both sides start with stays outside the change.
        space = _LEADING_SPACE.match(removed).group() if removed else ""
        if added.startswith(space) and space:
            removed, added = removed[len(space):], added[len(space):]
            left.append(Span("equal", space))
            right.append(Span("equal", space))
            inline.append(Span("equal", space))
        left.append(Span("delete", removed))
        right.append(Span("insert", added))
        inline += [Span("delete", removed), Span("insert", added)]
    return left, right, inline


def diff_text(old: str, new: str) -> Row:
    """Sentences first, then words inside the sentences that changed."""
    if old == new:
        same = (Span("equal", new),)
        return Row("same", same, same, same)
    a, b = split_sentences(old), split_sentences(new)
    left: list[Span] = []
    right: list[Span] = []
    inline: list[Span] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        removed, added = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if left and (removed or op == "equal"):
            left.append(Span("equal", " "))
        if right and (added or op == "equal"):
            right.append(Span("equal", " "))
        if inline:
            inline.append(Span("equal", " "))
        if op == "equal":
            left.append(Span("equal", removed))
            right.append(Span("equal", added))
            inline.append(Span("equal", added))
        else:
            spans = _word_spans(removed, added)
            left += spans[0]
            right += spans[1]
            inline += spans[2]
    return Row("changed", _merge(left), _merge(right), _merge(inline))


def _similarity(a: str, b: str) -> float:
    words_a, words_b = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    if not words_a or not words_b:
        return 0.0
    return 2 * len(words_a & words_b) / (len(words_a) + len(words_b))


def _align(old: list[str], new: list[str]) -> list[tuple[int | None, int | None]]:
    """Pair similar paragraphs of a replaced block, keeping their order (max total score)."""
    n, m = len(old), len(new)
    if n * m > MAX_ALIGN_CELLS:
        pairs: list[tuple[int | None, int | None]] = list(zip(range(min(n, m)),
                                                              range(min(n, m)), strict=True))
        pairs += [(i, None) for i in range(m, n)] + [(None, j) for j in range(n, m)]
        return pairs
    sim = [[_similarity(old[i], new[j]) for j in range(m)] for i in range(n)]
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best = max(score[i + 1][j], score[i][j + 1])
            if sim[i][j] >= PAIR_THRESHOLD:
                best = max(best, sim[i][j] + score[i + 1][j + 1])
            score[i][j] = best
    pairs = []
    i = j = 0
    while i < n and j < m:
        if sim[i][j] >= PAIR_THRESHOLD and score[i][j] == sim[i][j] + score[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    pairs += [(k, None) for k in range(i, n)] + [(None, k) for k in range(j, m)]
    return pairs


def diff_paragraphs(old: list[str], new: list[str]) -> TextDiff:
    """Align two lists of paragraphs and diff the pairs that changed."""
    rows: list[Row] = []
    matcher = SequenceMatcher(None, [clean_text(p) for p in old], [clean_text(p) for p in new],
                              autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            rows += [diff_text(new[j], new[j]) for j in range(j1, j2)]
            continue
        for i, j in _align(old[i1:i2], new[j1:j2]):
            if i is None:
                text = (Span("insert", new[j1 + j]),)
                rows.append(Row("added", (), text, text))
            elif j is None:
                text = (Span("delete", old[i1 + i]),)
                rows.append(Row("removed", text, (), text))
            else:
                rows.append(diff_text(old[i1 + i], new[j1 + j]))
    rows = _mark_moves(rows)
    added = sum(_count_words(row.new, "insert") for row in rows)
    removed = sum(_count_words(row.old, "delete") for row in rows)
    return TextDiff(tuple(rows), words_added=added, words_removed=removed)


def _mark_moves(rows: list[Row]) -> list[Row]:
    """A paragraph removed in one place and added unchanged in another has moved.

    Its rows become ``moved-out`` (where it was) and ``moved-in`` (where it is now), with the
    text kept as equal spans: moving is not deleting and adding, and costs no words.
    """
    removed = {clean_text(row.old[0].text): i for i, row in enumerate(rows)
               if row.kind == "removed"}
    for index, row in enumerate(rows):
        if row.kind != "added":
            continue
        source = removed.pop(clean_text(row.new[0].text), None)
        if source is None:
            continue
        text = (Span("equal", row.new[0].text),)
        rows[source] = Row("moved-out", text, (), text)
        rows[index] = Row("moved-in", (), text, text)
    return rows


def _count_words(spans: tuple[Span, ...], op: str) -> int:
    return sum(len(_WORD.findall(span.text)) for span in spans if span.op == op)


def diff_bodies(old_body: str, new_body: str) -> TextDiff:
    """Diff two stored article bodies."""
    return diff_paragraphs(body_paragraphs(old_body), body_paragraphs(new_body))


def word_change_counts(old_body: str, new_body: str) -> tuple[int, int]:
    """(words added, words removed) between two stored bodies."""
    result = diff_bodies(old_body, new_body)
    return result.words_added, result.words_removed
