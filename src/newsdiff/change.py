"""One model of a change: what differs between two versions of an article, decided once.

``compare(old, new)`` is the single comparison every part of newsdiff uses: the store (is it a
new version; the commit's summary and labels), the site (diff pages, word counts in lists and
feeds), ``newsdiff log`` and the export.  So an edit has one set of figures wherever it shows.

- *Equality*: title, byline and body the same once Unicode, whitespace, mojibake and rolling
  date lines ("fredag 18 augusti 2017", "Updated 5 minutes ago") are set aside, at the same
  address.
- *Word counts*: from the diff of the texts readers see (Markdown reduced to its words, so a
  link's address is not words).
- *Labels*: ``headline``, ``byline``, ``url``, ``lede``, ``paragraph-added``,
  ``paragraph-removed``, ``paragraph-moved``, ``quote``, ``numbers``, ``correction``,
  ``stealth`` (the text changed under an unchanged stated modification time), ``minor``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property, lru_cache

from .article import Article, clean_text, is_rolling_line, markdown_to_text
from .calendar_names import MONTH_NUMBERS, WEEKDAY_NUMBERS, alternation
from .diff import Span, TextDiff, diff_paragraphs, diff_text
from .urls import BadURLError, identity

_MONTHS = alternation(MONTH_NUMBERS)
_DAYS = alternation(WEEKDAY_NUMBERS)
# A line that is only a day (and a time), in any language ``calendar_names`` knows: "fredag
# 18 augusti 2017", "lunes, 30 de noviembre de 2026", "Nov 30, 2026 2:05 PM EST", "30 Kasım
# 2026 Pazartesi", "2026. november 30.", "30.11.2026", "2026-11-30 14:05" (a site's clock or a
# rotating date box inside the story's container rolls with every fetch)
DATE_LINE = re.compile(
    rf"^\W*+(?:(?:{_DAYS})\.?[,،]?\s+)?(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:(?:de|of)\s+)?"
    rf"(?:{_MONTHS})\.?,?\s+(?:de\s+)?\d{{4}})|(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?"
    rf"\s+\d{{4}})|\d{{4}}\.?\s+(?:{_MONTHS})\.?\s+\d{{1,2}}\.?|\d{{4}}-\d{{2}}-\d{{2}}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{4})(?:\s*,?\s*(?:\||-|–|·|at|à|a las|um|kl\.?)?\s*\d{1,2}[:.h]"
    r"\d{2}(?:\s*[ap]\.?\s?m\b\.?)?(?:\s+(?:uhr|[a-z]{3,4}))?)?"
    rf"(?:[,،]?\s+(?:{_DAYS}))?\W*$", re.IGNORECASE)
# A line that only says when in the forms DATE_LINE and ``is_rolling_line`` leave out, each a
# line a site rolls: a day as East Asian pages write it ("2026年11月30日(月)", "2026.11.30"),
# or with dashes ("30-11-2026"); how long ago, in the languages that say it after the number
# or before it ("3 saat önce", "2 godziny temu", "3 часа назад", "3時間前", "منذ 3 ساعات",
# "před 3 hodinami"); today's or yesterday's clock ("Heute, 00:15 Uhr", "Gestern, 00:15"),
# or a clock alone.
_ROLLS_TOO = re.compile(
    r"^\W*(?:\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]|\d{4}[./]\d{1,2}[./]\d{1,2}"
    r"|\d{1,2}-\d{1,2}-\d{4})\.?\s*(?:[(（]\w[)）])?(?:\s*\d{1,2}:\d{2})?\W*$"
    r"|^\W*\d+\s*\w+\s+(?:önce|temu|назад|тому|sitten|siden|fa|geleden)\W*$"
    r"|^\W*(?:منذ|před|hace|il y a|vor|för|pred|prije)\s+\d+\s+\w+(?:\s+sedan)?\W*$"
    r"|^\W*\d+\s*(?:分|分钟|分鐘|時間|小时|小時|日|天|秒|분|시간|일)\s*前\W*$|^\W*\d+\s*(?:분|시간|일)\s*전\W*$"
    r"|^\W*(?:today|yesterday|heute|gestern|idag|igår|hoy|ayer|aujourd['’]hui|hier|oggi|ieri"
    r"|vandaag|gisteren|dzisiaj|wczoraj|dnes|včera|сегодня|вчера|bugün|dün|avui|ahir|今日"
    r"|昨日|今天|昨天|오늘|어제)\W*(?:at|um|kl\.?|à|a las|alle|om|o|в|saat)?\s*\d{1,2}[:.h]\d{2}"
    r"(?:\s*(?:uhr|[ap]\.?\s?m\b\.?))?\W*$"
    # a clock alone: the sentence splitter cuts "Uppdaterad idag kl. 10.15" after "kl."
    r"|^\W*\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|[ap]\.?\s?m\b\.?))?\W*$", re.IGNORECASE)
# Speech: quotation marks (not ’, the apostrophe of "don’t"), or a verb of saying in the
# languages of the project's sources ("sa" is left out: it is also French for "his"); and a
# paragraph opening with a dash, the way Swedish, Spanish and French papers set a quote
# ("– Vi är glada, säger hon.").
_QUOTE = re.compile(r"[\"“”«»„‘]|\b(said|says|säger|sade|sagte|sagt|dijo|afirmó|a déclaré"
                    r"|a dit)\b", re.IGNORECASE)
_DIALOGUE = re.compile(r"^\s*[–—―]\s")


def _spoken(side: tuple[Span, ...]) -> bool:
    """Whether a paragraph (one side of a diff row) is set as speech: it opens with a dash."""
    return bool(side) and bool(_DIALOGUE.match("".join(span.text for span in side)))


def speech_removed(result: TextDiff) -> bool:
    """Whether words of a quote went: a deleted passage holds a quotation mark or a verb of
    saying, or a paragraph set as speech lost words (fewer put in than cut: a word corrected
    inside it, "fisk" for "fick", is no removed quote, as words changed inside quotation
    marks are not)."""
    for row in result.rows:
        cut = " ".join(s.text for s in row.old if s.op == "delete")
        put = " ".join(s.text for s in row.new if s.op == "insert")
        if cut.strip() and (_QUOTE.search(cut) or (
                _spoken(row.old) and len(cut.split()) > len(put.split()))):
            return True
    return False
_CORRECTION = re.compile(r"\b(correction|clarification|an earlier version of this|"
                         r"this article (has been|was) (amended|corrected|updated))",
                         re.IGNORECASE)
_DIGITS = re.compile(r"\d")
_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf€™œ\u0153\u2018-\u201e]")
MINOR_CHARACTERS = 6


def fix_mojibake(text: str) -> str:
    """UTF-8 read as Latin-1/cp1252 ("Ã¤" for "ä"), repaired where it clearly is that."""
    if not _MOJIBAKE.search(text):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


#: Longer lines are never a date or "updated" line (the longest such is about 60 characters).
_CHROME_MAX = 100


def _is_chrome_line(line: str) -> bool:
    return len(line) <= _CHROME_MAX and (bool(DATE_LINE.match(line)) or _rolls(line))


def _rolls(line: str) -> bool:
    """Whether a line only says when, as a site rolls it (a clock with a dot, "Publicerad
    idag 00.15", read as with a colon)."""
    return is_rolling_line(re.sub(r"(?<=\d)\.(?=\d{2}\b)", ":", line.replace("kl.", "kl"))) or \
        bool(_ROLLS_TOO.match(line))


@lru_cache(maxsize=16384)  # two versions share most of their lines
def _norm(text: str) -> str:
    # Zero-width (non-)joiners shape emoji and scripts, so files keep them; where they
    # changed alone (a copy's fingerprint) no word did.
    text = clean_text(unicodedata.normalize("NFC", fix_mojibake(text))
                      .replace("\u200c", "").replace("\u200d", ""))
    return "" if _is_chrome_line(text) else text


def comparable(article: Article) -> tuple[str, str, str]:
    """Title, byline and body as the rules compare them: noise that rolls on its own removed."""
    lines = [_norm(markdown_to_text(line)) for line in article.body.splitlines()]
    return _norm(article.title), _norm(article.byline), " ".join(line for line in lines if line)


def differs(old: str, new: str) -> bool:
    """Whether two titles (or bylines) differ for a reader: the one rule for "title changed"."""
    return old != new and _norm(old) != _norm(new)


def _address(url: str) -> str:
    try:
        return identity(url)
    except BadURLError:
        return url


def same_version(old: Article, new: Article) -> bool:
    """Same words (noise aside) at the same address: not a new version."""
    return comparable(old) == comparable(new) and _address(old.url) == _address(new.url)


def same_text(one: Article, other: Article) -> bool:
    """Same title and words (noise aside), wherever each was found."""
    return comparable(one)[::2] == comparable(other)[::2]


def text_paragraphs(article: Article) -> list[str]:
    """The body's paragraphs as readers see them (Markdown reduced to its words)."""
    return [markdown_to_text(p) for p in article.paragraphs]


class Change:
    """What differs from one version (``old``, None for a first version) to the next.

    Each fact is worked out when first asked for, once: the store asks whether the versions
    are the same before it needs their diff; a diff page never needs the labels.
    """

    def __init__(self, old: Article | None, new: Article) -> None:
        self.old, self.new = old, new
        self.first = old is None
        self.words = new.word_count  # the new version's

    @cached_property
    def diff(self) -> TextDiff | None:
        """The word diff of the texts readers see (None for a first version)."""
        if self.old is None:
            return None
        return diff_paragraphs(text_paragraphs(self.old), text_paragraphs(self.new))

    @cached_property
    def same(self) -> bool:
        """Not a new version: the same words (noise aside) at the same address."""
        return self.old is not None and same_version(self.old, self.new)

    @cached_property
    def title_changed(self) -> bool:
        return self.old is not None and differs(self.old.title, self.new.title)

    @cached_property
    def byline_changed(self) -> bool:
        return self.old is not None and differs(self.old.byline, self.new.byline)

    @cached_property
    def url_changed(self) -> bool:
        return self.old is not None and _address(self.old.url) != _address(self.new.url)

    @property
    def words_added(self) -> int:
        return self.diff.words_added if self.diff else self.words

    @property
    def words_removed(self) -> int:
        return self.diff.words_removed if self.diff else 0

    @property
    def size(self) -> tuple[int, int]:
        return self.words_added, self.words_removed

    @cached_property
    def labels(self) -> tuple[str, ...]:
        return labels(self.old, self.new, self.diff) if self.old is not None else ()

    @property
    def summary(self) -> str:
        """``+41 −12 words; title changed`` — what a commit says about the edit."""
        if self.first:
            return f"first version, {self.words} words"
        parts = [f"+{self.words_added} −{self.words_removed} words"] \
            if self.words_added or self.words_removed else []
        parts += [what for what, changed in (("title changed", self.title_changed),
                                             ("byline changed", self.byline_changed),
                                             ("URL changed", self.url_changed)) if changed]
        return "; ".join(parts) or "text unchanged"


def compare(old: Article | None, new: Article) -> Change:
    """The one comparison of two versions: equality, what changed, word counts, labels."""
    return Change(old, new)


def unannounced(old: Article, new: Article) -> bool:
    """Whether the page hides an edit: it states a date, but its modification time (JSON-LD
    ``dateModified``, its meta tags or its visible "Updated …" line) is the same as before.

    When in doubt, no: a page that states no date at all, or shows an "Updated 5 minutes ago"
    line (it owns up to edits without saying when), is never called stealthy.
    """
    return old.modified == new.modified and bool(new.modified or new.published) \
        and not new.says_updated


# A label names pages and feeds (``label/<label>/``, ``feeds/label/<label>.atom.xml``) and is
# a column of the export: only the validator's kind of word is one.  A hand-written trailer
# such as "../../x" or "<b>" would otherwise put a file outside the site or markup into a path.
_LABEL = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")


def trailer_labels(trailer: str) -> tuple[str, ...]:
    """The labels of a ``Change:`` trailer, as the site, ``log`` and the export show them."""
    return tuple(dict.fromkeys(x for x in (x.strip() for x in trailer.split(","))
                               if _LABEL.fullmatch(x)))


def trailer_reverts_to(trailer: str) -> int | None:
    """The version a ``Reverts-To:`` trailer names, as the site, ``log`` and the export show
    it; None when absent or no plain number (a hand-written "²" passes ``isdigit``)."""
    trailer = trailer.strip()
    return int(trailer) if trailer.isascii() and trailer.isdigit() and len(trailer) < 10 \
        else None


def labels(old: Article, new: Article, result: TextDiff | None = None) -> tuple[str, ...]:
    """The kinds of edit between two versions, from fixed rules (``result``: their diff)."""
    old_title, old_byline, new_title, new_byline = map(_norm, (old.title, old.byline,
                                                               new.title, new.byline))
    found: list[str] = []
    if old_title != new_title:
        found.append("headline")
    if old_byline != new_byline:
        found.append("byline")
    if _address(old.url) != _address(new.url):
        found.append("url")
    if result is None:
        result = diff_paragraphs(text_paragraphs(old), text_paragraphs(new))
    changed_text, figures, dialogue = [], [], False
    for index, row in enumerate(result.rows):
        if row.kind == "added":
            found.append("paragraph-added")
        elif row.kind == "removed":
            found.append("paragraph-removed")
        elif row.kind == "moved-in":
            found.append("paragraph-moved")
        if row.kind != "same":
            if index == 0 and row.kind == "changed":
                found.append("lede")
            edits = [s.text for s in row.inline if s.op != "equal"]
            changed_text += edits
            if row.kind == "changed":  # a figure changed in place; not a paragraph with one
                figures += edits           # that came or went
            dialogue = dialogue or _spoken(row.old) or _spoken(row.new)
    if not found and old_title == new_title and old_byline == new_byline and not changed_text:
        return ()
    joined = " ".join(changed_text)
    if dialogue or _QUOTE.search(joined):
        found.append("quote")
    if _DIGITS.search(" ".join(figures)) or _DIGITS.search(
            " ".join(s.text for s in diff_text(old_title, new_title).inline if s.op != "equal")):
        found.append("numbers")
    if any(_CORRECTION.search(s.text) for row in result.rows for s in row.new
           if s.op == "insert"):
        found.append("correction")
    if (old_title != new_title or changed_text) and unannounced(old, new):
        found.append("stealth")
    edited = sum(len(s.text.strip()) for row in result.rows for s in row.inline
                 if s.op != "equal")
    if edited <= MINOR_CHARACTERS and not {"headline", "byline", "url",
                                           "paragraph-moved"} & set(found):
        found.append("minor")
    return tuple(dict.fromkeys(found))


