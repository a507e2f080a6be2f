"""The language an article is written in, as a BCP 47 tag (``sv``, ``de-CH``, ``zh-Hant``).

The site marks every piece of an article's text with it (``lang``), so a screen reader reads
a Swedish story with a Swedish voice while the site's own words stay in the site's language.
A page states its language in several places, not always well: ``<html lang="sv_SE">``,
``lang="EN-us"``, a ``content-language`` of ``"de, en"``, an ``og:locale`` of ``de_DE``, a
JSON-LD ``inLanguage`` (a tag or a ``Language`` object), or something no tag at all
(``"English"``, ``"x-default"``, a template's placeholder, markup meant to break out of an
attribute).  Whatever it says is taken only as a valid tag, in its canonical form: a value
that is not one is no language, never text that reaches the site.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import langcodes

if TYPE_CHECKING:  # the site checks tags too, and its build must not load the page parsers
    import lxml.html

#: RFC 5646 §4.4.1: 35 characters hold any tag worth keeping (language, extlang, script,
#: region, two variants); anything longer is not a language a reader needs.
MAX_TAG = 35
#: Subtags that name no language a voice could read: undetermined, no linguistic content,
#: several languages, uncoded; ``qaa``–``qtz`` are for private use.
_NO_LANGUAGE = frozenset({"und", "zxx", "mul", "mis"})
# Letters and digits in hyphen- (or underscore-, as locales write it) separated subtags of
# one to eight: the only characters a tag has, checked before anything else reads it.
_SHAPE = re.compile(r"[A-Za-z0-9]{1,8}(?:[-_][A-Za-z0-9]{1,8})*")


def language_tag(value: object) -> str:
    """``value`` as a canonical, valid BCP 47 tag naming a language; '' when it is not one.

    Case and separators are normalised (``sv_se`` → ``sv-SE``), deprecated subtags replaced
    (``iw`` → ``he``); tags whose subtags are not in the IANA registry, private-use
    languages, ``und``/``zxx``/``mul``/``mis`` and anything but letters, digits and hyphens
    give ''.
    """
    if not isinstance(value, str):
        return ""
    return _tag(value.strip())


@functools.lru_cache(maxsize=1024)  # a site states the same few tags on every page
def _tag(text: str) -> str:
    if not text or len(text) > MAX_TAG or not _SHAPE.fullmatch(text):
        return ""
    try:
        tag = langcodes.standardize_tag(text.replace("_", "-"))
    except (ValueError, langcodes.LanguageTagError):
        return ""
    primary = tag.split("-", 1)[0].lower()
    if (len(tag) > MAX_TAG or not langcodes.tag_is_valid(tag) or primary in _NO_LANGUAGE
            or len(primary) == 1 or "qaa" <= primary <= "qtz"):
        return ""  # x-… and i-… (private use, grandfathered) start with one letter
    return tag


def _first(values: object) -> str:
    """The first valid tag among an attribute's or a header's values (``"de, en"``)."""
    if isinstance(values, str):
        values = values.split(",")
    if not isinstance(values, list):
        return ""
    for value in values:
        tag = language_tag(value)
        if tag:
            return tag
    return ""


def header_language(value: str) -> str:
    """The first valid tag of an HTTP ``Content-Language`` header (``"de-DE, en"`` → ``de-DE``):
    the server's word for a page that states no language itself; '' when it names none."""
    return _first(value)


def _in_language(value: object) -> str:
    """A JSON-LD ``inLanguage``: a tag, a ``Language`` object (its ``alternateName`` or
    ``name`` when that is a tag), or a list of either."""
    if isinstance(value, list):
        return next((tag for tag in map(_in_language, value) if tag), "")
    if isinstance(value, dict):
        return language_tag(value.get("alternateName")) or language_tag(value.get("name"))
    return _first(value)


def page_language(tree: lxml.html.HtmlElement) -> str:
    """The language a page says its article is in: its ``<html lang>`` (or ``xml:lang``),
    else ``content-language`` (``<meta http-equiv>``), else ``og:locale``, else JSON-LD's
    ``inLanguage`` (the article's own first); '' when none of them is a valid tag."""
    from .pagemeta import is_article, json_ld_objects

    root = tree.getroottree().getroot()
    for attribute in ("lang", "xml:lang", "{http://www.w3.org/XML/1998/namespace}lang"):
        tag = language_tag(root.get(attribute))
        if tag:
            return tag
    for meta in root.iter("meta"):
        if (meta.get("http-equiv") or "").strip().lower() == "content-language":
            tag = _first(meta.get("content"))
            if tag:
                return tag
    for meta in root.iter("meta"):
        if "og:locale" in ((meta.get("property") or "") + " " + (meta.get("name") or "")).split():
            tag = language_tag(meta.get("content"))
            if tag:
                return tag
    objects = json_ld_objects(tree)
    for obj in sorted(objects, key=lambda obj: not is_article(obj)):  # the article's first
        tag = _in_language(obj.get("inLanguage"))
        if tag:
            return tag
    return ""


__all__ = ["MAX_TAG", "language_tag", "page_language"]
