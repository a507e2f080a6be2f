"""The configuration file (``newsdiff.toml``): sources to watch and how to fetch them.

```toml
[settings]                 # optional; every key has a default
user_agent = "newsdiff (+https://github.com/you/your-archive)"
timeout = 20

[[source]]
name = "nytimes"           # folder name under archive/, lower-case letters, digits, - and _
feeds = ["https://rss.nytimes.com/services/xml/rss/nyt/HomePage.xml"]
```

Every mistake is reported as one line naming the file, the source and the key.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .language import language_tag
from .safetext import safe_text
from .schedule import DEFAULT_TIERS, Tier, parse_duration
from .sections import SECTIONS
from .urls import BadURLError, check_url, home_of

# Names the site uses for its own top-level pages; a source cannot take them.
RESERVED_SOURCE_NAMES = SECTIONS

DEFAULT_USER_AGENT = f"newsdiff/{__version__} (+https://github.com/newsdiff/newsdiff)"


class ConfigError(ValueError):
    """A configuration mistake, described in one line."""


@dataclass(frozen=True)
class Selectors:
    """Per-source CSS selectors that override automatic extraction where a site needs it."""

    body: str = ""
    title: str = ""
    byline: str = ""
    remove: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    """One news site: where its article URLs are found."""

    name: str
    feeds: tuple[str, ...] = ()
    title: str = ""
    allow_private: bool = False
    #: the BCP 47 tag of the language its articles are in, for pages that do not say
    language: str = ""
    sitemaps: tuple[str, ...] = ()
    link_pages: tuple[str, ...] = ()
    link_pattern: str = ""
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    selectors: Selectors | None = None

    @property
    def home(self) -> str:
        """The site this source speaks for (its first listing's); other hosts get a folder."""
        first = next(iter((*self.feeds, *self.sitemaps, *self.link_pages)), "")
        return home_of(first) if first else ""

    def wants(self, url: str) -> bool:
        """Whether an article URL passes this source's include/exclude patterns."""
        if self.include and not any(re.search(p, url) for p in self.include):
            return False
        return not any(re.search(p, url) for p in self.exclude)


@dataclass(frozen=True)
class Settings:
    """How to fetch: identity, limits and thresholds shared by every source."""

    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    min_words: int = 40
    min_delay: float = 1.0
    workers: int = 8
    retries: int = 2
    max_retry_wait: float = 30.0
    max_redirects: int = 10
    max_failures: int = 8
    max_crawl_delay: float = 60.0  # a robots.txt Crawl-delay above this is taken as this
    #: seconds a page's extraction may take (in a worker process) before it is killed
    extract_timeout: float = 30.0
    #: `newsdiff build` warns past 80% of this many (decimal) megabytes of site: Pages' 1 GB
    site_budget_mb: float = 1000.0


@dataclass(frozen=True)
class Config:
    """A loaded, validated configuration."""

    sources: tuple[Source, ...]
    settings: Settings = field(default_factory=Settings)
    schedule: tuple[Tier, ...] = DEFAULT_TIERS
    path: Path | None = None


# key -> (type or types, required)
_SOURCE_KEYS: dict[str, tuple[type | tuple[type, ...], bool]] = {
    "name": (str, True),
    "feeds": (list, False),
    "sitemaps": (list, False),
    "link_pages": (list, False),
    "link_pattern": (str, False),
    "include": (list, False),
    "exclude": (list, False),
    "title": (str, False),
    "allow_private": (bool, False),
    "language": (str, False),
    "selectors": (dict, False),
    "announce": (list, False),  # labels worth a post (read by announce.load_rules)
}
_URL_LISTS = ("feeds", "sitemaps", "link_pages")
_SETTINGS_KEYS: dict[str, type | tuple[type, ...]] = {
    "user_agent": str,
    "timeout": (int, float),
    "max_bytes": int,
    "min_words": int,
    "min_delay": (int, float),
    "workers": int,
    "retries": int,
    "max_retry_wait": (int, float),
    "max_redirects": int,
    "max_failures": int,
    "max_crawl_delay": (int, float),
    "extract_timeout": (int, float),
    "site_budget_mb": (int, float),
}
_ZERO_ALLOWED = ("retries", "min_delay", "max_crawl_delay")
# Beyond these a round cannot finish in any sensible time (or a setting is a typo).
_MAXIMA = {"timeout": 600, "min_delay": 3600, "max_retry_wait": 3600, "max_crawl_delay": 3600,
           "workers": 256, "retries": 20, "max_redirects": 50, "extract_timeout": 600}
_HEADER_VALUE = re.compile(r"[\x20-\x7e]{1,512}")
_TYPE_NAMES = {str: "a string", list: "a list", bool: "true or false", int: "a whole number",
               (int, float): "a number", dict: "a table"}


def load_config(path: str | Path) -> Config:
    """Read and validate a configuration file; raise ConfigError with a one-line reason."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    return parse_config(data, path)


def parse_config(data: dict[str, Any], path: Path | str = "newsdiff.toml") -> Config:
    """Validate an already-parsed TOML document."""
    where = str(path)
    # [announce] is read and checked by announce.load_rules, the only part that uses it.
    unknown = sorted(set(data) - {"source", "settings", "schedule", "announce"})
    if unknown:
        raise ConfigError(f"{where}: unknown top-level key {unknown[0]!r} "
                          "(expected [settings], [schedule] and [[source]] tables)")
    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list) or not raw_sources:
        raise ConfigError(f"{where}: no [[source]] tables: nothing to watch")
    sources = [_parse_source(raw, index, where) for index, raw in enumerate(raw_sources, 1)]
    names = [s.name for s in sources]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate:
        raise ConfigError(f"{where}: source {duplicate!r} is defined twice")
    settings = _parse_settings(data.get("settings", {}), where)
    schedule = _parse_schedule(data.get("schedule", {}), where)
    return Config(sources=tuple(sources), settings=settings, schedule=schedule,
                  path=Path(path))


def _type_error(where: str, key: str, expected: type | tuple[type, ...]) -> ConfigError:
    return ConfigError(f"{where}: {key!r} must be {_TYPE_NAMES.get(expected, expected)}")


def _parse_source(raw: Any, index: int, where: str) -> Source:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: source #{index} is not a table")
    name = raw.get("name")
    label = f"{where}: source {name!r}" if isinstance(name, str) else f"{where}: source #{index}"
    for key in raw:
        if key not in _SOURCE_KEYS:
            expected = ", ".join(sorted(_SOURCE_KEYS))
            raise ConfigError(f"{label}: unknown key {key!r} (expected one of: {expected})")
    for key, (kind, required) in _SOURCE_KEYS.items():
        if key not in raw:
            if required:
                raise ConfigError(f"{label}: missing required key {key!r}")
            continue
        if not isinstance(raw[key], kind) or (kind is not bool and isinstance(raw[key], bool)):
            raise _type_error(label, key, kind)
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,63}", name):  # becomes a folder name
        raise ConfigError(f"{label}: 'name' must be lower-case letters, digits, '-' or '_' "
                          "(it becomes a folder name)")
    if name in RESERVED_SOURCE_NAMES:
        raise ConfigError(f"{label}: 'name' {name!r} is reserved for the site's own pages")
    if not any(raw.get(key) for key in _URL_LISTS):
        raise ConfigError(f"{label}: has no feeds, sitemaps or link_pages: nothing to discover")
    lists = {key: _url_list(raw.get(key, []), label, key) for key in _URL_LISTS}
    patterns = {key: _pattern_list(raw.get(key, []), label, key)
                for key in ("include", "exclude")}
    link_pattern = raw.get("link_pattern", "")
    _pattern_list([link_pattern], label, "link_pattern")
    if lists["link_pages"] and not link_pattern:
        raise ConfigError(f"{label}: 'link_pages' needs a 'link_pattern' (a regex that article "
                          "URLs match)")
    language = language_tag(raw.get("language", ""))
    if raw.get("language") is not None and not language:
        raise ConfigError(f"{label}: 'language' must be a BCP 47 language tag such as "
                          "\"sv\" or \"de-CH\"")
    return Source(name=name, title=safe_text(raw.get("title", "")), language=language,
                  allow_private=raw.get("allow_private", False), link_pattern=link_pattern,
                  selectors=_parse_selectors(raw.get("selectors"), label), **lists, **patterns)


def _parse_selectors(raw: dict | None, label: str) -> Selectors | None:
    if raw is None:
        return None
    import lxml.etree
    import lxml.html
    from cssselect import SelectorError
    from lxml.cssselect import CSSSelector

    # Compiled as extraction compiles it (lxml's HTML translator) and tried on a page: some
    # selectors translate but fail on every page ("ns|p": an undefined namespace prefix), and
    # each article of the source failed every round with an XPath error naming no selector.
    page = lxml.html.fromstring("<html><body><p>x</p></body></html>")

    keys = {"body": str, "title": str, "byline": str, "remove": list}
    for key, value in raw.items():
        if key not in keys:
            raise ConfigError(f"{label}: unknown key 'selectors.{key}' (expected one of: "
                              "body, byline, remove, title)")
        if not isinstance(value, keys[key]):
            raise _type_error(label, f"selectors.{key}", keys[key])
        for selector in value if isinstance(value, list) else [value]:
            try:
                CSSSelector(selector, translator="html")(page)
            except (SelectorError, lxml.etree.XPathError, TypeError):
                raise ConfigError(f"{label}: 'selectors.{key}': bad CSS selector "
                                  f"{selector!r}") from None
    return Selectors(body=raw.get("body", ""), title=raw.get("title", ""),
                     byline=raw.get("byline", ""), remove=tuple(raw.get("remove", ())))


def _url_list(values: list, label: str, key: str) -> tuple[str, ...]:
    for value in values:
        if not isinstance(value, str):
            raise ConfigError(f"{label}: {key!r} must be a list of URL strings")
        try:
            check_url(value)
        except BadURLError as error:
            raise ConfigError(f"{label}: bad URL in {key!r}: {error}") from None
    return tuple(values)


def _pattern_list(values: list, label: str, key: str) -> tuple[str, ...]:
    for value in values:
        if not isinstance(value, str):
            raise ConfigError(f"{label}: {key!r} must be a list of regular expressions")
        try:
            re.compile(value)
        except re.error as error:
            raise ConfigError(f"{label}: {key!r}: bad regular expression {value!r}: "
                              f"{error}") from None
    return tuple(values)


def _parse_schedule(raw: Any, where: str) -> tuple[Tier, ...]:
    label = f"{where}: [schedule]"
    if not isinstance(raw, dict) or set(raw) - {"tiers"}:
        raise ConfigError(f"{label}: expected only 'tiers' = [[\"3h\", \"15m\"], ...]")
    if "tiers" not in raw:
        return DEFAULT_TIERS
    tiers = []
    for item in raw["tiers"]:
        if not (isinstance(item, list) and len(item) == 2 and all(isinstance(x, str)
                                                                  for x in item)):
            raise ConfigError(f"{label}: each tier is [\"age\", \"interval\"], "
                              f"like [\"3h\", \"15m\"]; got {item!r}")
        try:
            tiers.append(Tier(parse_duration(item[0]), parse_duration(item[1])))
        except ValueError as error:
            raise ConfigError(f"{label}: {error}") from None
    if [t.age for t in tiers] != sorted(t.age for t in tiers) or not tiers:
        raise ConfigError(f"{label}: tiers must be listed by increasing age")
    return tuple(tiers)


def _parse_settings(raw: Any, where: str) -> Settings:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: [settings] must be a table")
    label = f"{where}: [settings]"
    for key, value in raw.items():
        if key not in _SETTINGS_KEYS:
            expected = ", ".join(sorted(_SETTINGS_KEYS))
            raise ConfigError(f"{label}: unknown key {key!r} (expected one of: {expected})")
        kind = _SETTINGS_KEYS[key]
        if not isinstance(value, kind) or isinstance(value, bool):
            raise _type_error(label, key, kind)
        if kind is not str and not (math.isfinite(value) and 0 <= value <= _MAXIMA.get(key, 1e9)
                                    and (value > 0 or key in _ZERO_ALLOWED)):
            raise ConfigError(f"{label}: {key!r} is out of range")
        if key == "user_agent" and not _HEADER_VALUE.fullmatch(value):
            raise ConfigError(f"{label}: 'user_agent' must be printable ASCII on one line "
                              "(it is sent as an HTTP header)")
    return Settings(**raw)
