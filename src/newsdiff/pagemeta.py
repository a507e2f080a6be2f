"""What a page's structured metadata says about its story: JSON-LD, Open Graph, ``<meta>``.

Newsrooms keep it accurate for search engines, so it is read first: ``page_metadata`` gives
the title, authors, dates, site name and canonical address it states; ``paywall_mark`` what
it says of a paywall.  What the page shows readers is read in ``headline``, ``byline`` and
``dates``, each reading that was ever a choice a switch of ``newsdiff.extract.Rules``.
"""

from __future__ import annotations

import html as html_lib
import json
from dataclasses import dataclass

import lxml.html

from .article import clean_text
from .byline import is_person, metadata_byline
from .dates import normalise_date


@dataclass(frozen=True)
class PageMetadata:
    title: str = ""
    byline: str = ""
    published: str = ""
    modified: str = ""
    site_name: str = ""
    canonical: str = ""
    #: every title the page's metadata gives: JSON-LD headline, og:title, twitter:title, <title>
    titles: tuple[str, ...] = ()
    #: every author the metadata names, unfiltered: the JSON-LD article's, then the
    #: ``<meta>`` tags' (``byline`` is the first of them that names a person)
    authors: tuple[str, ...] = ()
    tag_authors: tuple[str, ...] = ()


def json_ld_objects(tree: lxml.html.HtmlElement) -> list[dict]:
    objects: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                stack.extend(v for k, v in item.items() if k == "@graph")
    return objects


def _names(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def is_article(obj: dict) -> bool:
    kinds = obj.get("@type", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    return any(isinstance(k, str) and (k.endswith("Article") or k == "Report") for k in kinds)


def meta_content(tree: lxml.html.HtmlElement, *names: str) -> str:
    for name in names:
        values = tree.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content')
        if values and values[0].strip():
            return values[0].strip()
    return ""


def _first_date(*values: str) -> str:
    """The first of ``values`` that normalises to a date (a placeholder gives way)."""
    return next(filter(None, map(normalise_date, values)), "")


def one_text(value: object) -> str:
    """A metadata value as one text: JSON-LD may give a list (``"headline": ["…"]``), and
    trafilatura passes it on as its title; its first text is the value, never "['…']"."""
    if isinstance(value, list):
        return next(filter(None, map(one_text, value)), "")
    return value if isinstance(value, str) else ""


def page_metadata(tree: lxml.html.HtmlElement) -> PageMetadata:
    """Title, byline, published date and site name from the page's structured data."""
    article = next((obj for obj in json_ld_objects(tree) if is_article(obj)), {})
    title = clean_text(one_text(article.get("headline"))) or meta_content(tree, "og:title",
                                                                  "twitter:title")
    title = html_lib.unescape(title)  # some sites escape twice: "Arnault&#8217;s"
    site_name = meta_content(tree, "og:site_name", "application-name")
    authors = tuple(clean_text(n) for n in _names(article.get("author")))
    tag_authors = tuple(meta_content(tree, name) for name in _AUTHOR_TAGS)
    byline = metadata_byline(authors, tag_authors, lambda name: is_person(name, site_name))
    # A blog's or live blog's JSON-LD is a BlogPosting (schema.org's subtype of Article):
    # its dates are the story's where no Article gives any
    # and where no article states one, the WebPage's (Yoast's graph states it there too)
    dated = article if "datePublished" in article else next(
        (obj for obj in json_ld_objects(tree) if _is_posting(obj)), None) or next(
        (obj for obj in json_ld_objects(tree) if _is_web_page(obj) and "datePublished" in obj),
        article)
    published = _first_date(_ld_date(dated.get("datePublished")), *(
        meta_content(tree, name) for name in ("article:published_time", "datePublished", "pubdate",
                                       "date", "vr:published-time")))
    modified = _first_date(_ld_date(dated.get("dateModified")), *(
        meta_content(tree, name) for name in ("article:modified_time", "og:updated_time",
                                       "dateModified", "last-modified")))
    canonical = (tree.xpath('string(//link[@rel="canonical"]/@href)').strip()
                 or meta_content(tree, "og:url") or _json_ld_url(article))
    titles = (one_text(article.get("headline")), meta_content(tree, "og:title"),
              meta_content(tree, "twitter:title"), tree.findtext(".//title") or "")
    titles = tuple(dict.fromkeys(t for t in (clean_text(html_lib.unescape(t)) for t in titles)
                                 if t))
    return PageMetadata(title=clean_text(title), byline=clean_text(byline),
                        published=published, modified=modified, site_name=clean_text(site_name),
                        canonical=canonical, titles=titles, authors=authors,
                        tag_authors=tag_authors)


def _is_web_page(obj: dict) -> bool:
    kinds = obj.get("@type", [])
    return "WebPage" in ([kinds] if isinstance(kinds, str) else kinds)


def _is_posting(obj: dict) -> bool:
    kinds = obj.get("@type", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    return any(k in ("BlogPosting", "LiveBlogPosting") for k in kinds if isinstance(k, str))


def _ld_date(value: object) -> str:
    """A JSON-LD date as text: the first of a list (``["2021-03-03T18:04:00+01:00"]``), a
    number as the digits ``normalise_date`` reads as Unix time."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return ""
    if isinstance(value, float):  # JSON as Python reads it allows NaN and Infinity
        return str(int(value)) if value.is_integer() else ""
    return str(value)


_AUTHOR_TAGS = ("author", "article:author", "byl", "cXenseParse:author", "vr:author")


def _json_ld_url(article: dict) -> str:
    value = article.get("url") or article.get("mainEntityOfPage") or ""
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or ""
    return value if isinstance(value, str) else ""


_FREE_FLAG = "isAccessibleForFree"


def _free_flags(value: object) -> list[str]:
    """Every ``isAccessibleForFree`` value in a JSON-LD object, its parts (``hasPart``) too."""
    if isinstance(value, list):
        return [flag for item in value for flag in _free_flags(item)]
    if not isinstance(value, dict):
        return []
    flags = _flag_values(value[_FREE_FLAG]) if _FREE_FLAG in value else []
    return flags + [flag for key, item in value.items() if key != _FREE_FLAG
                    for flag in _free_flags(item)]


def _flag_values(value: object) -> list[str]:
    """A flag's values, each as a bare lower-case word: schema.org writes a Boolean as its
    address ("https://schema.org/False") and JSON-LD allows a list of values; read whole,
    either was a mark other than "false", so a paywalled page read as one marked free."""
    values = value if isinstance(value, list) else [value]
    return [str(item).strip().rstrip("/").rsplit("/", 1)[-1].lower() for item in values
            if not isinstance(item, dict | list)]


def paywall_mark(html: str) -> bool | None:
    """What a page tells search engines of its paywall (schema.org ``isAccessibleForFree``,
    in JSON-LD or microdata, as Google asks of walled pages): True when it marks itself or a
    part of itself not free, False when it marks itself free, None when it says nothing."""
    if _FREE_FLAG.lower() not in html.lower():
        return None
    try:
        tree = lxml.html.fromstring(html.encode("utf-8"),
                                    parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (lxml.etree.ParserError, ValueError):
        return None
    flags = _free_flags(json_ld_objects(tree))
    flags += [flag for value in tree.xpath(f'//*[@itemprop="{_FREE_FLAG}"]/@content'
                                           f' | //*[@itemprop="{_FREE_FLAG}"]/@href')
              for flag in _flag_values(value)]
    if any(flag in ("false", "no", "0") for flag in flags):
        return True
    return False if flags else None
