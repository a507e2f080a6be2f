"""The article: what one version of a story holds, and its Markdown file format.

An archive file is YAML front matter between two ``---`` lines, a blank line, then the body:
Markdown with one sentence per line and a blank line between paragraphs, so that ``git diff``
shows which sentences changed.  Nothing that changes on every fetch goes into the file.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

import yaml

from .calendar_names import MONTHS, WEEKDAYS, alternation, forms, short_forms

FRONT_MATTER_KEYS = ("title", "url", "source", "byline", "published", "modified", "language")


class ArticleFormatError(ValueError):
    """An archive file that is not in newsdiff's format."""


@dataclass(frozen=True)
class Article:
    """One version of one article, as stored in the archive."""

    title: str
    url: str
    source: str
    body: str
    byline: str = ""
    published: str = ""
    #: when the page says it was last modified (a claim, kept as given; not a reason to save)
    modified: str = ""
    #: the BCP 47 tag of the language it is written in (``language.language_tag``), '' when
    #: unknown; not part of what makes a version (``change.same_version`` never reads it)
    language: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False)
    #: the fetched page shows an "Updated …" line stating no time of its own ("5 minutes
    #: ago"): it owns up to edits without saying when. Never stored: such a line rolls.
    says_updated: bool = field(default=False, compare=False)

    @property
    def paragraphs(self) -> list[str]:
        """The body's paragraphs, each with its sentence lines joined by spaces."""
        return body_paragraphs(self.body)

    @property
    def word_count(self) -> int:
        return len(self.body.split())


# --- text normalisation -------------------------------------------------------------------

_SPACE = re.compile(r"\s+")
# Characters that show nothing and mean nothing in prose: soft hyphen, zero-width space, BOM,
# combining grapheme joiner, Mongolian vowel separator, word joiner and invisible operators.
# Sites sprinkle them to fingerprint each copy served, so each fetch read as an edit.
_INVISIBLE = re.compile("[\u00ad\u200b\ufeff\u034f\u180e\u2060-\u2064]")


@functools.lru_cache(maxsize=8192)  # diffs and checks see the same paragraphs again and again
def clean_text(text: str) -> str:
    """NFC-normalise and collapse every run of whitespace (including newlines) to one space."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    return _SPACE.sub(" ", text).strip()


#: a paragraph of prose has at least this many words
PROSE_WORDS = 8


def content_key(article: Article) -> tuple[str, str, str]:
    """What must differ for a fetch to be a new version: title, byline and body words.

    Whitespace, line breaks and Unicode composition differences are not edits.
    """
    return (clean_text(article.title), clean_text(article.byline), clean_text(article.body))


# --- sentences ------------------------------------------------------------------------------

# Words after which a full stop does not end a sentence; of the months, English's short forms
# only (other languages' are English words that end sentences: "out.", "set.").  A change
# here moves the lines every stored body is cut into.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres "
    "no nos vs etc al approx inc ltd co corp dept univ fig e.g i.e u.s u.k u.n a.m p.m".split()
) | short_forms(MONTHS, ("en",))
_UPPER_START = "A-Z0-9ÀÁÂÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÖØÙÚÛÜÝÞŠŽ"
# Only from the first mark of a run, and never giving back what it took: a run of 5 MB of
# "!" or "." was scanned from each of its marks to its end (minutes for one page).
_SENTENCE_END = re.compile(
    rf"""(?<![.!?…])[.!?…]++["'”’)\]]*+\s+(?=["'“‘(\[]?[{_UPPER_START}])""")



def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, leaving abbreviations and initials alone."""
    paragraph = clean_text(paragraph)
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        before = paragraph[start : match.start() + 1]
        last_word = before.rsplit(None, 1)[-1].rstrip(".").lower() if before.strip() else ""
        if paragraph[match.start()] == "." and (
            last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha())
        ):
            continue
        sentences.append(paragraph[start : match.end()].strip())
        start = match.end()
    rest = paragraph[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def format_body(paragraphs: list[str]) -> str:
    """Lay out paragraphs of Markdown as the archive stores them: a sentence a line."""
    blocks = []
    for paragraph in paragraphs:
        if paragraph.startswith("#"):  # a heading is one line, whatever its punctuation
            blocks.append(clean_text(paragraph))
            continue
        sentences = split_sentences(paragraph)
        if sentences:
            blocks.append("\n".join(sentences))
    return "\n\n".join(blocks)


def body_paragraphs(body: str) -> list[str]:
    """The paragraphs of a stored body, each as one line of text."""
    return [clean_text(block) for block in re.split(r"\n\s*\n", body) if block.strip()]


# --- noise lines ---------------------------------------------------------------------------

# Lines that change on every fetch without being an edit: "Updated 7 minutes ago",
# "Published 2 hours ago", "Uppdaterad 14:05" (extraction drops them; validation ignores them);
# in Spanish and French too ("Actualizado hace 5 minutos", "Mis à jour il y a 5 minutes"),
# whose pages otherwise became a version on every fetch.
_LABEL_LANGUAGES = ("en", "sv", "de", "es", "fr")
_UPDATED = (r"updated|published|posted|modified|uppdaterad|publicerad|aktualisiert"
            r"|actualizado|publicado|modificado|mis à jour|publié|modifié|actualisé")
#: a dot ends a sentence, unless it is an abbreviation's ("a.m.", "Mar. 3", "Sept.", "kl.")
#: or an ordinal's ("3. März", not a year's) or the line's last mark: such lines were no
#: rolling line.  A clock's dot ("10.14") is left to ``change``, which reads it as a colon.
_NOT_A_STOP = (r"(?:[^.!?]|(?<=\b[^\W\d])\.|(?<=\b[^\W\d]{2})\.|(?<=\b[^\W\d]{3})\.|"
               r"(?<=\b[^\W\d]{4})\.|(?<=\b\d)\.(?=\s)|(?<=\b\d\d)\.(?=\s)|\.$)")
ROLLING_LINE = re.compile(rf"^(last\s+)?({_UPDATED})\b{_NOT_A_STOP}{{0,60}}$", re.IGNORECASE)
#: a month or weekday named in any language, short only in the languages of ROLLING_LINE's
#: labels ("Updated Tue", "Actualizado dic. 3"): elsewhere a short form is a word of its own
#: ("Updated set of rules", "Published out of …")
_WHEN_NAMES = alternation({**forms(MONTHS, short=False), **forms(WEEKDAYS, short=False),
                           **forms(MONTHS, _LABEL_LANGUAGES), **forms(WEEKDAYS, _LABEL_LANGUAGES)})
#: what follows a month's or weekday's name in a date: the line's end, a number or mark
#: (not an apostrophe: "March's"), a clock's or day's preposition, a blog's "by"/"in",
#: another name, a time of day, a time zone ("ET", "GMT", "UTC").  Else the name is a word or
#: a name of another language's: "Updated Mayo Clinic guidance", "Updated Marco Rubio
#: remarks", "Updated Mars mission timeline", "Updated March figures" are a story's headings
_NAME_IN_A_DATE = (rf"(?=\W*$|\s*\d|\s*[^\w\s'’]|\s+(?:at|um|à|a las|kl|klockan|om|alle|de"
                   rf"|del|den|le|el|the|of|by|in)\s|\s+(?:{_WHEN_NAMES}|morning|afternoon"
                   rf"|evening|night|morgen|abend|mañana|tarde|noche|matin|soir)\b"
                   r"|\s+(?-i:[ECMP][SD]?T|GMT|UTC|BST|[CEW]ES?T|IST|JST|AE[SD]T)\b)")


# It says when, first thing: a number (a clock, a date, "7 minutes ago") or a word of time,
# after at most a preposition (or it is a blog's meta line, "Posted by …", "Posted in …",
# dropped as before).  Without one, "Updated plans for the Elm Hill site" or
# "Published reports since 2019" is a story's heading or list item, which the pattern alone
# dropped as chrome (and whose edits it had validation ignore).  How long ago is said with a
# word before the number in Swedish and German ("för 5 minuter sedan", "vor 5 Minuten") and
# a weekday is often cut short ("Tue, 12 Mar"): such lines roll on every fetch, and each
# fetch of the page became a version when they were not seen as rolling.
_SAYS_WHEN = re.compile(
    r"^(last\s+)?(mis à jour|\w+)\W*"
    r"((on|at|am|um|kl|klockan|den|just|i|för|vor|el|le|a las|à)\s+)?"
    r"(\d|(ago|now|today|tonight|yesterday|idag|igår|går|dag|nyss|heute|gestern|soeben|vorhin|"
    rf"hoy|ayer|aujourd|hier)\b|({_WHEN_NAMES})\b{_NAME_IN_A_DATE})"
    r"|.*\b(ago|sedan)$|(mis à jour|\w+)\W*(hace|il y a)\s"  # how long ago, however said
    # a time of day, as a widget's relative time says it between "2 hours ago" and
    # "yesterday" ("this morning", "earlier today", "i morse", "i kväll")
    r"|(last\s+)?\w+\W*((this|earlier|late|early|last|i)\s+)+(morning|afternoon|evening|night"
    r"|today|morse|kväll|eftermiddag|förmiddags?|natt)\b"
    # the word alone: its time was a widget the extractor left out
    r"|(last\s+)?(mis à jour|\w+)\W*$"
    r"|\w+\s+(by|in)\s",  # a blog's "Posted by admin", "Posted in News": its meta line
    re.IGNORECASE)


def is_rolling_line(line: str) -> bool:
    """A short line that only says when the page was last touched."""
    return len(line.split()) <= 12 and bool(ROLLING_LINE.match(line)) and \
        bool(_SAYS_WHEN.match(line))


# --- Markdown escaping ------------------------------------------------------------------------

_INLINE_SYNTAX = re.compile(r"([\\`*_\[\]<~|])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# What can open a block where a line starts: headings, quotes, list items, rules and setext
# underlines (- = _ *), code fences (``` ~~~), ordered items ("2." "3)").  The body keeps one
# sentence a line, so any word may come to start a line: each such mark is escaped after
# whitespace too, not only at the start of the text.
_BLOCK_START = re.compile(r"(^|\s)([#>+=-]|\d{1,9}(?=[.)]))")


def escape_markdown(text: str) -> str:
    """Escape plain text so that Markdown renders it literally, wherever lines break."""
    text = _INLINE_SYNTAX.sub(r"\\\1", text)
    text = _ENTITY.sub("&amp;", text)
    return _BLOCK_START.sub(_escape_mark, text)


def _escape_mark(match: re.Match) -> str:
    space, mark = match.group(1), match.group(2)
    if mark[0].isdigit():  # "2. Take" → "2\. Take": the number stays, its dot is escaped
        return space + mark + "\\"
    return space + "\\" + mark


# Block constructs newsdiff never writes itself: code fences, rules, setext underlines, HTML.
_FOREIGN_BLOCK = re.compile(r"^([ \t]*)(?=`{3}|~{3}|<|([-*_=])(?:[ \t]*\2)*[ \t]*$)",
                            re.MULTILINE)


def neutral_markdown(body: str) -> str:
    """A stored body with any fence, rule, setext underline or HTML block line escaped.

    Bodies written before escaping was complete may hold a ``~~~`` or ``---`` paragraph that
    would turn the rest of the article into code or a rule; headings, lists and quotes (which
    newsdiff writes) stay as they are.
    """
    return _FOREIGN_BLOCK.sub(lambda m: m.group(1) + "\\", body)


_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>=|~])")
# A link opens at a bracket that is not escaped: a line of 5 MB of escaped "\\[" was scanned
# from each bracket to its end (minutes for one page).
_LINK = re.compile(r"(?<!\\)\[((?:\\.|[^\]\\])*)\]\((?:\\.|[^)\\])*\)")


@functools.lru_cache(maxsize=16384)  # the lines of two versions are mostly the same
def markdown_to_text(markdown: str) -> str:
    """The reader-visible text of one Markdown paragraph (links reduced to their words)."""
    text = _LINK.sub(lambda m: m.group(1), markdown)
    text = re.sub(r"^\s*(?:(?:#{1,6}|>|[-*+])(?:\s+|$))+", "", text)
    text = text.replace("&amp;", "&")
    return _ESCAPED.sub(r"\1", text)


# --- the file format ----------------------------------------------------------------------


# libyaml's parser and emitter when present: ten times faster on a large archive.
class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    pass


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    pass


# Dates stay strings in both directions: `published: 2017-07-07T09:12:00Z` reads back as the
# same text, not as a datetime that prints differently.
for _cls in (_Dumper, _Loader):
    _cls.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Double quotes for anything a plain scalar would mangle (line breaks of any kind,
    # control characters, leading/trailing spaces); YAML decides the rest.
    style = '"' if (value != value.strip() or not value.isprintable()) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def to_markdown(article: Article) -> str:
    """The archive file for this version."""
    meta: dict[str, str] = {"title": article.title, "url": article.url, "source": article.source}
    if article.byline:
        meta["byline"] = article.byline
    if article.published:
        meta["published"] = article.published
    if article.modified:
        meta["modified"] = article.modified
    if article.language:
        meta["language"] = article.language
    meta.update(article.extra)
    front = yaml.dump(
        meta, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1_000_000
    )
    return f"---\n{front}---\n\n{article.body.strip()}\n"


_URL_LINE = re.compile(r"^url: ([^\s'\"].*)$", re.MULTILINE)


def url_of(text: str) -> str | None:
    """The ``url`` of an archive file, without parsing all of it (fast path for schedules)."""
    end = text.find("\n---\n", 3)
    match = _URL_LINE.search(text, 0, end if end != -1 else len(text))
    if match and not match.group(1).rstrip().endswith(("'", '"')) and " #" not in match.group(1):
        return match.group(1).rstrip()
    try:
        return from_markdown(text).url
    except ArticleFormatError:
        return None


def from_markdown(text: str) -> Article:
    """Parse an archive file back into an Article."""
    if not text.startswith("---\n"):
        raise ArticleFormatError("missing front matter (the file must start with '---')")
    end = text.find("\n---\n", 3)
    if end == -1:
        raise ArticleFormatError("front matter is not closed by a '---' line")
    try:
        meta = yaml.load(text[4 : end + 1], Loader=_Loader) or {}
    except yaml.YAMLError as error:
        raise ArticleFormatError(f"front matter is not valid YAML: {error}") from None
    if not isinstance(meta, dict):
        raise ArticleFormatError("front matter is not a mapping")
    missing = [key for key in ("title", "url", "source") if key not in meta]
    if missing:
        raise ArticleFormatError(f"front matter lacks {', '.join(missing)}")
    values = {key: "" if value is None else str(value) for key, value in meta.items()}
    extra = {k: v for k, v in values.items() if k not in FRONT_MATTER_KEYS}
    return Article(
        title=values["title"],
        url=values["url"],
        source=values["source"],
        byline=values.get("byline", ""),
        published=values.get("published", ""),
        modified=values.get("modified", ""),
        language=values.get("language", ""),
        body=text[end + 5 :].strip("\n"),
        extra=extra,
    )
