"""Diffs between two versions: paragraphs aligned, then sentences, then words.

Aligning paragraphs first and diffing words only inside changed sentences keeps a rewritten
headline or an added paragraph readable, and keeps the cost near-linear in the text: difflib
on every word of a long article is quadratic in the edited region.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise

from .article import body_paragraphs, clean_text, split_sentences

# A number with its separators ("3,400", "1.5") is one token: "3,400" → "3,100" is one change.
_TOKEN = re.compile(r"\s*(?:\d+(?:[.,]\d+)*|\w+|[^\w\s])")
_LEADING_SPACE = re.compile(r"\s*")
_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+")  # "3,400" is one word
PAIR_THRESHOLD = 0.4
REWRITE_RATIO = 0.5
MAX_ALIGN_CELLS = 40_000
#: Below this many cells (tokens × tokens), difflib's own matching is cheap enough.
SMALL_CELLS = 250_000
#: Runs of this many tokens identify a place in a long text (anchors for long diffs).
ANCHOR_TOKENS = 4

Opcode = tuple[str, int, int, int, int]


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
    """Adjacent spans of one kind joined (texts collected, then joined once: linear)."""
    runs: list[tuple[str, list[str]]] = []
    for span in spans:
        if not span.text:
            continue
        if runs and runs[-1][0] == span.op:
            runs[-1][1].append(span.text)
        else:
            runs.append((span.op, [span.text]))
    return tuple(Span(op, "".join(texts)) for op, texts in runs)


def opcodes(a: list[str], b: list[str]) -> list[Opcode]:
    """difflib-style opcodes for two token lists, in near-linear time however long they are.

    difflib alone is quadratic on a long text of common words (a 40,000-word paragraph took a
    minute).  Here the common head and tail are set aside, and a long middle is cut at
    *anchors* (runs of ANCHOR_TOKENS tokens found once in each side, kept in order: patience
    diffing); difflib only sees the short stretches between anchors.
    """
    found: list[Opcode] = []
    _opcodes_into(a, b, 0, len(a), 0, len(b), found)
    return _joined(found)


def _opcodes_into(a: list[str], b: list[str], a0: int, a1: int, b0: int, b1: int,
                  out: list[Opcode]) -> None:
    head = 0
    while a0 + head < a1 and b0 + head < b1 and a[a0 + head] == b[b0 + head]:
        head += 1
    tail = 0
    while a1 - tail > a0 + head and b1 - tail > b0 + head and \
            a[a1 - tail - 1] == b[b1 - tail - 1]:
        tail += 1
    if head:
        out.append(("equal", a0, a0 + head, b0, b0 + head))
    i0, i1, j0, j1 = a0 + head, a1 - tail, b0 + head, b1 - tail
    if i0 == i1 and j0 == j1:
        pass
    elif i0 == i1:
        out.append(("insert", i0, i0, j0, j1))
    elif j0 == j1:
        out.append(("delete", i0, i1, j0, j0))
    elif (i1 - i0) * (j1 - j0) <= SMALL_CELLS or not _cut_at_anchors(a, b, i0, i1, j0, j1,
                                                                      out):
        matcher = SequenceMatcher(None, a[i0:i1], b[j0:j1], autojunk=False)
        out += [(op, x0 + i0, x1 + i0, y0 + j0, y1 + j0)
                for op, x0, x1, y0, y1 in matcher.get_opcodes()]
    if tail:
        out.append(("equal", a1 - tail, a1, b1 - tail, b1))


def _cut_at_anchors(a: list[str], b: list[str], i0: int, i1: int, j0: int, j1: int,
                    out: list[Opcode]) -> bool:
    """Diff a long stretch piecewise between anchors; False if it has none."""
    def runs(tokens: list[str], start: int, end: int) -> dict[tuple, int]:
        part = tokens[start:end]
        keys = list(zip(*(part[k:] for k in range(ANCHOR_TOKENS)), strict=False))
        counts = Counter(keys)
        return {key: start + k for k, key in enumerate(keys) if counts[key] == 1}

    in_b = runs(b, j0, j1)
    pairs = sorted((i, in_b[key]) for key, i in runs(a, i0, i1).items() if key in in_b)
    ordered = all(p[1] < q[1] for p, q in pairwise(pairs))  # the usual case: nothing moved
    anchors = pairs if ordered else _increasing(pairs)
    if not anchors:
        return False
    x, y = i0, j0
    for i, j in anchors:
        if i < x or j < y:  # overlaps the previous anchor's run
            continue
        _opcodes_into(a, b, x, i, y, j, out)
        out.append(("equal", i, i + ANCHOR_TOKENS, j, j + ANCHOR_TOKENS))
        x, y = i + ANCHOR_TOKENS, j + ANCHOR_TOKENS
    _opcodes_into(a, b, x, i1, y, j1, out)
    return True


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (sorted by first item) whose second items increase."""
    tops: list[int] = []  # smallest last j of an increasing run of each length
    ends: list[int] = []  # index in pairs of that run's last pair
    back = [-1] * len(pairs)
    for index, (_, j) in enumerate(pairs):
        length = bisect_left(tops, j)
        back[index] = ends[length - 1] if length else -1
        if length == len(tops):
            tops.append(j)
            ends.append(index)
        else:
            tops[length], ends[length] = j, index
    chain = []
    index = ends[-1] if ends else -1
    while index != -1:
        chain.append(pairs[index])
        index = back[index]
    return chain[::-1]


def _joined(found: list[Opcode]) -> list[Opcode]:
    """Neighbouring opcodes of one kind as one (as difflib gives them)."""
    joined: list[Opcode] = []
    for op in found:
        if op[1] == op[2] and op[3] == op[4]:
            continue
        if joined and joined[-1][0] == op[0]:
            last = joined[-1]
            joined[-1] = (op[0], last[1], op[2], last[3], op[4])
        elif joined and {joined[-1][0], op[0]} <= {"delete", "insert", "replace"}:
            last = joined[-1]
            joined[-1] = ("replace", last[1], op[2], last[3], op[4])
        else:
            joined.append(op)
    return joined


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
    found = opcodes([t.lstrip() for t in a], [t.lstrip() for t in b])
    kept = sum(i2 - i1 for op, i1, i2, _, _ in found if op == "equal")
    if old and new and 2 * kept / (len(a) + len(b)) < REWRITE_RATIO:
        # Mostly rewritten: confetti of one-word matches reads worse than old-then-new.
        return [Span("delete", old)], [Span("insert", new)], [Span("delete", old),
                                                             Span("insert", new)]
    left: list[Span] = []
    right: list[Span] = []
    inline: list[Span] = []
    for op, i1, i2, j1, j2 in found:
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
    for op, i1, i2, j1, j2 in opcodes(a, b):
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
    for op, i1, i2, j1, j2 in opcodes([clean_text(p) for p in old], [clean_text(p) for p in new]):
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
