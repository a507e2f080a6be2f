"""Is it a real version?  Fixed, explainable rules, and the labels each edit gets.

- *Boring* (not a version): the same words once Unicode, whitespace, mojibake and rolling
  date lines ("fredag 18 augusti 2017", "Updated 5 minutes ago") are set aside.
- *Suspicious* (held until the next fetch confirms it): the body loses more than half its
  words, or the page reads like an error, consent, login or paywall page.
- Otherwise a version, labelled: ``headline``, ``byline``, ``url``, ``lede``,
  ``paragraph-added``, ``paragraph-removed``, ``paragraph-moved``, ``quote``, ``numbers``,
  ``correction``, ``stealth`` (the text changed but the page's stated modification time did
  not), ``minor``; and
  ``Reverts-To: N`` when it is identical to an earlier version N (A → B → A).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from .article import Article, body_paragraphs, clean_text, is_rolling_line, markdown_to_text
from .diff import diff_paragraphs, diff_text
from .urls import identity

_MONTHS = (r"jan(uar[iy]?|vier)?|feb(ruar[iy]?|rier)?|mar(ch|s|z)?|märz|apr(il)?|avril|ma[ijy]"
           r"|mai|juni?|june?|juin|juli?|july|juillet|aug(ust[ie]?)?|août|sep(t(ember)?)?"
           r"|septembre|o[ck]t(ober|obre)?|nov(ember|embre)?|de[cz](ember|embre)?|décembre")
_DAYS = (r"mon|tue|wed|thu|fri|sat|sun|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag"
         r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi"
         r"|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado"
         r"|domingo")
DATE_LINE = re.compile(
    rf"^\W*(?:(?:{_DAYS})\w*\.?,?\s+)?(?:(?:\d{{1,2}}\.?\s+(?:{_MONTHS})\.?,?\s+\d{{4}})"
    rf"|(?:(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}))(?:,?\s+(?:kl\.?\s*)?\d{{1,2}}[:.]\d{{2}})?"
    r"\W*$", re.IGNORECASE)
SUSPECT_PAGE = re.compile(
    r"page not found|404 not found|access denied|service unavailable|something went wrong"
    r"|we use cookies|cookie (settings|consent|policy)|accept (all )?cookies"
    r"|(sign|log) ?in to (continue|read)|subscribe (now )?to (continue|read|keep)"
    r"|this (article|content) is (only )?(available )?(for|to) (subscribers|members)"
    r"|already a subscriber|enable javascript|are you a robot|captcha", re.IGNORECASE)
_QUOTE = re.compile(r"[\"“”«»„‘’]|\bsaid\b|\bsays\b", re.IGNORECASE)
_CORRECTION = re.compile(r"\b(correction|clarification|an earlier version of this|"
                         r"this article (has been|was) (amended|corrected|updated))",
                         re.IGNORECASE)
_DIGITS = re.compile(r"\d")
_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf€™œ\u0153\u2018-\u201e]")
SHRINK_LIMIT = 0.5
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


def _is_chrome_line(line: str) -> bool:
    return bool(DATE_LINE.match(line)) or is_rolling_line(line)


def comparable(article: Article) -> tuple[str, str, str]:
    """Title, byline and body as the rules compare them: noise that rolls on its own removed."""
    def norm(text: str) -> str:
        return clean_text(unicodedata.normalize("NFC", fix_mojibake(text)))

    title = "" if _is_chrome_line(norm(article.title)) else norm(article.title)
    byline = "" if _is_chrome_line(norm(article.byline)) else norm(article.byline)
    lines = [norm(markdown_to_text(line)) for line in article.body.splitlines()]
    body = " ".join(line for line in lines if line and not _is_chrome_line(line))
    return title, byline, body


def same_version(old: Article, new: Article) -> bool:
    """Same words (noise aside) at the same address: not a new version."""
    return comparable(old) == comparable(new) and identity(old.url) == identity(new.url)


def fingerprint(article: Article) -> str:
    """A short id of an article's comparable content (for reverts and held versions)."""
    return hashlib.sha1("\x1f".join(comparable(article)).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Decision:
    """What the rules make of a fetch: ``boring``, ``suspicious`` or ``version``."""

    kind: str
    reason: str = ""
    labels: tuple[str, ...] = ()
    reverts_to: int | None = None

    @property
    def trailers(self) -> dict[str, str]:
        trailers = {"Change": ", ".join(self.labels)} if self.labels else {}
        if self.reverts_to is not None:
            trailers["Reverts-To"] = str(self.reverts_to)
        return trailers


def suspicion(old: Article | None, new: Article) -> str:
    """Why a version should wait for confirmation ('' when it need not)."""
    text = f"{new.title}\n{new.body}"
    if SUSPECT_PAGE.search(text) and (old is None or not SUSPECT_PAGE.search(
            f"{old.title}\n{old.body}")):
        return "looks like an error, consent, login or paywall page"
    if old is not None:
        before, after = len(comparable(old)[2].split()), len(comparable(new)[2].split())
        if before and after < before * SHRINK_LIMIT:
            return f"the text shrank from {before} to {after} words"
    return ""


def unannounced(old: Article, new: Article) -> bool:
    """Whether the page hides an edit: it states a date, but its modification time (JSON-LD
    ``dateModified``, its meta tags or its visible "Updated …" line) is the same as before.

    When in doubt, no: a page that states no date at all, or shows an "Updated 5 minutes ago"
    line (it owns up to edits without saying when), is never called stealthy.
    """
    return old.modified == new.modified and bool(new.modified or new.published) \
        and not new.says_updated


def labels(old: Article, new: Article) -> tuple[str, ...]:
    """The kinds of edit between two versions, from fixed rules."""
    (old_title, old_byline, _), (new_title, new_byline, _) = comparable(old), comparable(new)
    found: list[str] = []
    if old_title != new_title:
        found.append("headline")
    if old_byline != new_byline:
        found.append("byline")
    if identity(old.url) != identity(new.url):
        found.append("url")
    old_paras = [markdown_to_text(p) for p in body_paragraphs(old.body)]
    new_paras = [markdown_to_text(p) for p in body_paragraphs(new.body)]
    result = diff_paragraphs(old_paras, new_paras)
    changed_text = []
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
            changed_text += [s.text for s in row.inline if s.op != "equal"]
    if not found and old_title == new_title and old_byline == new_byline and not changed_text:
        return ()
    joined = " ".join(changed_text)
    if _QUOTE.search(joined):
        found.append("quote")
    if _DIGITS.search(joined) or _DIGITS.search(
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


@dataclass
class Judge:
    """Applies the rules to a new fetch, given the versions already recorded."""

    history: list[Article] = field(default_factory=list)

    def decide(self, new: Article, held: str = "") -> Decision:
        previous = self.history[-1] if self.history else None
        if previous is not None and same_version(previous, new):
            return Decision("boring", "same words as the last version")
        reason = suspicion(previous, new)
        if reason and held != fingerprint(new):
            return Decision("suspicious", reason)
        if previous is None:
            return Decision("version")
        mark = fingerprint(new)
        reverts_to = next((n for n, old in reversed(list(enumerate(self.history[:-1], 1)))
                           if fingerprint(old) == mark), None)
        return Decision("version", labels=labels(previous, new), reverts_to=reverts_to)
