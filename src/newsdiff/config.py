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

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .urls import BadURLError, check_url

# Names the site uses for its own top-level pages; a source cannot take them.
RESERVED_SOURCE_NAMES = frozenset({"feeds", "theme", "page", "pages", "static", "search",
                                   "stats", "pagefind", "about", "sitemap"})

DEFAULT_USER_AGENT = f"newsdiff/{__version__} (+https://github.com/newsdiff/newsdiff)"


class ConfigError(ValueError):
    """A configuration mistake, described in one line."""


@dataclass(frozen=True)
class Source:
    """One news site: where its article URLs are found."""

    name: str
    feeds: tuple[str, ...]
    title: str = ""
    allow_private: bool = False

    @property
    def display_name(self) -> str:
        return self.title or self.name


@dataclass(frozen=True)
class Settings:
    """How to fetch: identity, limits and thresholds shared by every source."""

    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    min_words: int = 40


@dataclass(frozen=True)
class Config:
    """A loaded, validated configuration."""

    sources: tuple[Source, ...]
    settings: Settings = field(default_factory=Settings)
    path: Path | None = None


# key -> (type or types, required)
_SOURCE_KEYS: dict[str, tuple[type | tuple[type, ...], bool]] = {
    "name": (str, True),
    "feeds": (list, True),
    "title": (str, False),
    "allow_private": (bool, False),
}
_SETTINGS_KEYS: dict[str, type | tuple[type, ...]] = {
    "user_agent": str,
    "timeout": (int, float),
    "max_bytes": int,
    "min_words": int,
}
_TYPE_NAMES = {str: "a string", list: "a list", bool: "true or false", int: "a whole number",
               (int, float): "a number"}


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
    unknown = sorted(set(data) - {"source", "settings"})
    if unknown:
        raise ConfigError(f"{where}: unknown top-level key {unknown[0]!r} "
                          "(expected [settings] and [[source]] tables)")
    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list) or not raw_sources:
        raise ConfigError(f"{where}: no [[source]] tables: nothing to watch")
    sources = [_parse_source(raw, index, where) for index, raw in enumerate(raw_sources, 1)]
    names = [s.name for s in sources]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate:
        raise ConfigError(f"{where}: source {duplicate!r} is defined twice")
    settings = _parse_settings(data.get("settings", {}), where)
    return Config(sources=tuple(sources), settings=settings, path=Path(path))


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
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,63}", name):
        raise ConfigError(f"{label}: 'name' must be lower-case letters, digits, '-' or '_' "
                          "(it becomes a folder name)")
    if name in RESERVED_SOURCE_NAMES:
        raise ConfigError(f"{label}: 'name' {name!r} is reserved for the site's own pages")
    feeds = raw["feeds"]
    if not feeds:
        raise ConfigError(f"{label}: 'feeds' is empty")
    for feed in feeds:
        if not isinstance(feed, str):
            raise ConfigError(f"{label}: 'feeds' must be a list of URL strings")
        try:
            check_url(feed)
        except BadURLError as error:
            raise ConfigError(f"{label}: bad feed URL: {error}") from None
    return Source(name=name, feeds=tuple(feeds), title=raw.get("title", ""),
                  allow_private=raw.get("allow_private", False))


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
        if kind is not str and value <= 0:
            raise ConfigError(f"{label}: {key!r} must be greater than 0")
    return Settings(**raw)
