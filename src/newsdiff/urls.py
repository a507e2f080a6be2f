"""URLs: canonical form, and the archive path each article URL maps to.

The path is a pure function of (source, URL).  It never leaves the source's folder, every
component stays within filesystem limits, and it never produces a name the site reserves for
its own pages (version pages ``v3``, diff pages ``v2-v3``, ``index.html``, feeds).
"""

from __future__ import annotations

import functools
import hashlib
import ipaddress
import posixpath
import re
import string
import unicodedata
from pathlib import PurePosixPath
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

MAX_URL_LENGTH = 2048
MAX_COMPONENT_BYTES = 80
MAX_PATH_BYTES = 200

TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl"
    r"|ocid|cmpid|smid|ref_src|at_medium|at_campaign|CMP|amp|outputType)$",
    re.IGNORECASE,
)
_STRIPPED_SUFFIXES = re.compile(r"\.(s?html?|php\d?|aspx?|jsp|cms|amp)$", re.IGNORECASE)
_UNSAFE = re.compile(r"[^\w.-]+")
_RESERVED = re.compile(r"^(v\d+(-v\d+)?|index\.html|feed\.atom\.xml|latest)$")
_WINDOWS_DEVICES = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")
_PATH_SAFE = "/:@!$&'()*+,;=~-._"
# What our own names end with: a query hash, a disambiguating hash, a reserved-name "_".
_MARKER = re.compile(r"(-[qh][0-9a-f]{8}|_)$")
_HOST = re.compile(r"[^\s/\\?#@\[\]<>\"'%]+")
_PLAIN_HOST = re.compile(r"[a-z0-9][a-z0-9.-]*(:\d+)?")


class BadURLError(ValueError):
    """A URL newsdiff will not fetch or store."""


def check_url(url: str) -> str:
    """Return the URL if it is an absolute http(s) URL newsdiff can handle, else raise."""
    if not isinstance(url, str) or not url:
        raise BadURLError("empty URL")
    if len(url) > MAX_URL_LENGTH:
        raise BadURLError(f"URL longer than {MAX_URL_LENGTH} characters")
    if _CONTROL.search(url):
        raise BadURLError("URL contains control characters")
    try:
        url.encode("utf-8")
        parts = urlsplit(url.strip())
        port = parts.port  # raises for a port outside 0–65535 or not a number
    except (UnicodeError, ValueError) as error:
        raise BadURLError(f"malformed URL {url[:80]!r}: {error}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise BadURLError(f"not an http(s) URL: {url[:80]!r}")
    if not parts.hostname:
        raise BadURLError(f"URL has no host: {url[:80]!r}")
    if port == 0:
        raise BadURLError(f"URL has port 0: {url[:80]!r}")
    _check_host(parts.hostname, url)
    return url.strip()


def _check_host(host: str, url: str) -> None:
    if "[" in urlsplit(url.strip()).netloc:
        try:
            ipaddress.IPv6Address(host.split("%")[0])
        except ValueError:
            raise BadURLError(f"bad IPv6 address in {url[:80]!r}") from None
        return
    if not _HOST.fullmatch(host):
        raise BadURLError(f"bad host name in {url[:80]!r}")
    try:
        host.encode("idna")
    except UnicodeError:
        raise BadURLError(f"bad host name in {url[:80]!r}") from None


def canonical_url(url: str) -> str:
    """The URL without fragment, tracking parameters, default port or case noise in the host."""
    parts = urlsplit(check_url(url))
    scheme = parts.scheme.lower()
    host = _ascii_host(parts.hostname or "").rstrip(".")
    if ":" in host:
        host = f"[{host}]"  # an IPv6 literal keeps its brackets
    port = parts.port
    netloc = host if port in (None, 80 if scheme == "http" else 443) else f"{host}:{port}"
    # Bytes that are not UTF-8 (``%E9`` from a Latin-1 site) stay the bytes they were.
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True,
                                          errors="surrogateescape")
             if not TRACKING_PARAMS.match(k)]
    query_text = urlencode(sorted(query), errors="surrogateescape")
    return urlunsplit((scheme, netloc, _normal_path(parts.path), query_text, ""))


def _ascii_host(host: str) -> str:
    """The host as DNS is asked for it: ``bücher.example``, ``BÜCHER.example`` and full-width
    letters are all ``xn--bcher-kva.example`` (one site, one identity); a look-alike in
    another script stays another host."""
    if host.isascii():
        return host.lower()
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
        ascii_host.encode("idna")  # nameprep can make a bad name of a label: "…" is "..."
    except UnicodeError:  # check_url refuses these; site_key may see one
        return host.lower()
    return ascii_host if _HOST.fullmatch(ascii_host) else host.lower()


def _normal_path(path: str) -> str:
    """The path with its percent-encoding normalised (RFC 3986 6.2.2), meaning kept.

    Escapes of unreserved characters are decoded (``%41`` is ``A``), other escapes keep
    their byte in upper-case hex (``%2F`` is not ``/``, ``%E9`` is not U+FFFD), and what
    must be escaped is (a bare ``%`` becomes ``%25``, ``é`` becomes ``%C3%A9``).
    """
    pieces, end = [], 0
    for match in _ESCAPE.finditer(path):
        pieces.append(quote(path[end:match.start()], safe=_PATH_SAFE))
        char = chr(int(match.group(1), 16))
        pieces.append(char if char in _UNRESERVED else f"%{match.group(1).upper()}")
        end = match.end()
    pieces.append(quote(path[end:], safe=_PATH_SAFE))
    return "".join(pieces) or "/"


def _short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def _safe_component(raw: str) -> str:
    """A file name for one path component; distinct components give distinct names.

    Lower-casing is the one change taken as sameness (``/World/Story`` is ``/world/story``).
    A name that loses anything else on the way (``a+b`` and ``a b`` both read ``a-b``), or
    that could be mistaken for one of our own markers (``-q…``/``-h…`` hashes, a trailing
    ``_``), gets a hash of the original: ``a-b-h1a2b3c4d``.  Ordinary slugs are unchanged.
    """
    exact = unicodedata.normalize("NFC", raw).lower()
    name = re.sub(r"-{2,}", "-", _UNSAFE.sub("-", exact).strip("-."))
    if name != exact or _MARKER.search(name):
        cut = name.encode("utf-8")[: MAX_COMPONENT_BYTES - 11].decode("utf-8", "ignore")
        name = f"{cut.rstrip('-.') or 'x'}-h{_short_hash(exact)}"
    elif len(name.encode("utf-8")) > MAX_COMPONENT_BYTES:
        cut = name.encode("utf-8")[: MAX_COMPONENT_BYTES - 11].decode("utf-8", "ignore")
        name = f"{cut.rstrip('-.')}-h{_short_hash(exact)}"
    elif _RESERVED.match(name) or _WINDOWS_DEVICES.match(name) or name.endswith(".md"):
        name += "_"
    return name


def _host_folder(key: str) -> str:
    """``@sport.paper.example``: the folder of a story on another host than its source's.

    ``@`` never starts a path component made from a URL, so no story path can reach it.
    """
    if _PLAIN_HOST.fullmatch(key):
        return "@" + key.replace(":", "_")
    return f"@-h{_short_hash(key)}"  # IPv6 literals and odd names


def article_path(source: str, url: str, home: str = "") -> PurePosixPath:
    """The archive path (relative to the archive root) of the article at ``url``.

    ``https://www.example.com/2017/07/07/world/story.html?id=3`` in source ``ex`` becomes
    ``ex/2017/07/07/world/story-q1a2b3c4d.md``.  ``home`` is the site the source's stories
    live on (``Round.home``: the archive's, else ``Source.home``); a story on another host
    goes under ``@<host>/``, so that the same path on two hosts is two files.  The path is a
    function of ``identity(url)``.
    """
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,63}", source):
        raise BadURLError(f"invalid source name {source!r}")
    canonical = canonical_url(url)
    parts = urlsplit(canonical)
    raw_path = unquote(parts.path, errors="surrogateescape")  # %E9 and %E8 stay two names
    raw_path = posixpath.normpath("/" + raw_path.replace("\\", "/").replace("\x00", ""))
    raw_components = [c for c in raw_path.split("/") if c not in ("", ".", "..")]
    # AMP and mobile variants of a story share its file: /amp/story, /story/amp, story.amp.html
    while raw_components and raw_components[0].lower() == "amp":
        raw_components.pop(0)
    while len(raw_components) > 1 and raw_components[-1].lower() == "amp":
        raw_components.pop()
    if raw_components:
        last = _STRIPPED_SUFFIXES.sub("", raw_components[-1])
        raw_components[-1] = re.sub(r"\.amp$", "", last, flags=re.IGNORECASE)
    components = [_safe_component(c) for c in raw_components if c]
    if not components:
        components = ["index"]
    if parts.query:
        components[-1] = f"{components[-1]}-q{_short_hash(parts.query)}"
    relative = "/".join(components)
    if len(relative.encode("utf-8")) > MAX_PATH_BYTES:
        head = relative.encode("utf-8")[: MAX_PATH_BYTES - 11].decode("utf-8", "ignore")
        head = head.rstrip("/-.")
        relative = f"{head}-h{_short_hash(raw_path + '?' + parts.query)}"
    key = site_key(canonical)
    if home and key != home:
        relative = f"{_host_folder(key)}/{relative}"
    path = PurePosixPath(source, relative + ".md")
    if ".." in path.parts or path.is_absolute():  # defence in depth; cannot happen above
        raise BadURLError(f"unsafe archive path for {url[:80]!r}")
    return path


def site_key(url: str) -> str:
    """The host a story lives on, without the www./m./amp. variants of it, and its port."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise BadURLError(f"malformed URL {url[:80]!r}") from None
    host = re.sub(r"^(www\d?|m|mobile|amp)\.", "", _ascii_host(parts.hostname or ""))
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{port}" if port else host


def home_of(url: str) -> str:
    """The site a source's listing speaks for: ``rss.paper.example`` → ``paper.example``."""
    return re.sub(r"^(rss|feeds?|xml)\.", "", site_key(url))


@functools.lru_cache(maxsize=65536)
def identity(url: str) -> str:
    """What makes two URLs the same article: site_key, then the archive path (query too)."""
    return f"{site_key(canonical_url(url))}{article_path('x', url).as_posix()[1:]}"


def site_of(url: str) -> str:
    """``host:port``: the unit of politeness (one request at a time, a delay between)."""
    return urlsplit(url).netloc.lower()


def host_of(url: str) -> str:
    """The lower-case host name of a URL."""
    return (urlsplit(url).hostname or "").lower()
