"""Fetching pages over HTTP: one honest, bounded request, described by a FetchResult.

A fetch never raises for network trouble; it returns a result whose ``error`` says what went
wrong in a few words, so a failed fetch is counted and reported, never stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

import requests

from .config import Settings
from .urls import BadURLError, check_url

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class FetchResult:
    """What one request brought back."""

    url: str
    final_url: str
    status: int
    fetched_at: datetime
    content: bytes = b""
    content_type: str = ""
    text: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


def make_session(settings: Settings) -> requests.Session:
    """An HTTP session that identifies itself honestly."""
    session = requests.Session()
    session.headers["User-Agent"] = settings.user_agent
    session.headers["Accept-Language"] = "en, *;q=0.5"
    session.max_redirects = 10
    return session


def decode_html(content: bytes, header_charset: str | None) -> str:
    """Decode a page: the header's charset, else a <meta> charset, else detection."""
    candidates = [header_charset]
    match = _META_CHARSET.search(content[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "ignore"))
    for charset in candidates:
        if not charset:
            continue
        try:
            return content.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # installed with requests

    best = from_bytes(content).best()
    return str(best) if best is not None else content.decode("utf-8", "replace")


def fetch(session: requests.Session, url: str, settings: Settings, *,
          accept: tuple[str, ...] = HTML_TYPES, clock=None) -> FetchResult:
    """GET ``url`` with a timeout and a size cap; describe any failure in ``error``."""
    now = (clock or (lambda: datetime.now(UTC)))()

    def failed(reason: str, status: int = 0, final_url: str = url) -> FetchResult:
        return FetchResult(url=url, final_url=final_url, status=status, fetched_at=now,
                           error=reason)

    try:
        check_url(url)
    except BadURLError as error:
        return failed(f"bad URL: {error}")
    try:
        with session.get(url, timeout=settings.timeout, stream=True) as response:
            if response.status_code != 200:
                return failed(f"HTTP {response.status_code}", response.status_code, response.url)
            content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if accept and content_type and content_type not in accept:
                return failed(f"not HTML ({content_type})", 200, response.url)
            body = bytearray()
            for chunk in response.iter_content(64 * 1024):
                body += chunk
                if len(body) > settings.max_bytes:
                    return failed("too large", 200, response.url)
            content = bytes(body)
            charset = requests.utils.get_encoding_from_headers(response.headers)
            if charset == "ISO-8859-1" and "charset" not in response.headers.get(
                    "Content-Type", "").lower():
                charset = None  # requests' RFC 2616 default, not a real declaration
            return FetchResult(url=url, final_url=response.url, status=200, fetched_at=now,
                               content=content, content_type=content_type,
                               text=decode_html(content, charset))
    except requests.Timeout:
        return failed("timeout")
    except requests.TooManyRedirects:
        return failed("too many redirects")
    except requests.RequestException as error:
        return failed(f"connection error: {type(error).__name__}")
