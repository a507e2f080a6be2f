"""Fetching pages over HTTP, politely: one honest, bounded request, described by a FetchResult.

A fetch never raises for network trouble; it returns a result whose ``error`` says what went
wrong in a few words, so a failed fetch is counted and reported, never stored.  Every request
(page, feed, sitemap, robots.txt) goes through one bounded reader:

- the host name is resolved once, every address is judged (``is_public_address``), and the
  connection is made to the address that was judged (no second lookup a TTL-0 answer could
  rebind), with the Host header, TLS SNI and certificate check still naming the host;
- one deadline covers connect, headers and body (a watchdog shuts the socket, so a server
  dripping its headers a byte a second is cut like one dripping its body), and no request
  outlives the round's deadline;
- the body is capped in bytes after decompression, so a gzip bomb stops at the cap;
- redirects are followed here, each hop checked like the first.

The Fetcher obeys robots.txt (its crawl-delay capped at ``max_crawl_delay``), retries 429/5xx
and connection errors with backoff (honouring Retry-After up to a limit, never a DNS failure),
and sends conditional requests.  Per-host serialisation and delays are the crawler's job.
Environment proxies are not used: the address checked must be the address connected to.
"""

from __future__ import annotations

import codecs
import contextlib
import heapq
import http.client
import ipaddress
import itertools
import math
import queue
import re
import socket
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import certifi
import urllib3
from protego import Protego

from .config import Settings
from .urls import BadURLError, check_url

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
HTML_TYPES = ("text/html", "application/xhtml+xml")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ROBOTS_MAX_BYTES = 500_000  # what Google reads of a robots.txt; the rest is ignored
MAX_POOLS = 256
DNS_SECONDS = 60.0  # how long a judged answer is reused
Clock = Callable[[], datetime]
Resolver = Callable[[str, int], list[str]]

# http.client refuses a response of more than 100 header lines; sites whose consent and ad
# platforms set a cookie each pass that, and every fetch of theirs would fail.  Browsers
# bound the headers' size rather than their count; each line stays capped at 64 KiB, and a
# dripped head ends at the request's deadline.
http.client._MAXHEADERS = max(getattr(http.client, "_MAXHEADERS", 100), 400)  # type: ignore[attr-defined]

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")


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
    etag: str = ""
    last_modified: str = ""
    truncated: bool = False  # only the first ``max_bytes`` of a longer body (``keep_head``)
    #: bytes of ``text`` did not decode (each is U+FFFD): a U+FFFD without it is the page's own
    damaged: bool = False
    content_language: str = ""  # the ``Content-Language`` header, as sent (not yet a tag)

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _Refused(Exception):
    """A request not made (private address, name that does not resolve): never retried."""


# --- addresses -------------------------------------------------------------------------------


def is_public_address(address: str) -> bool:
    """Whether a request to this IP address reaches the public internet, and only it.

    IPv6 forms that carry an IPv4 address (IPv4-mapped ``::ffff:a.b.c.d``, NAT64
    ``64:ff9b::a.b.c.d``, 6to4 ``2002:AABB:CCDD::``) are judged by the address they carry;
    IPv4-compatible ``::a.b.c.d``, Teredo and local NAT64 are refused outright.
    """
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    if ip.version == 6:
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return is_public_address(str(embedded))
        if int(ip) >> 32 == 0 or ip.teredo or ip in _NAT64_LOCAL:
            return False
    return ip.is_global and not ip.is_multicast


def system_resolve(host: str, port: int) -> list[str]:
    """The addresses of ``host``, IPv4 first (runners without IPv6 routes are common)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    return sorted(addresses, key=lambda address: ":" in address)


def _lookup_within(resolve: Resolver, host: str, port: int, seconds: float) -> list[str]:
    """``resolve(host, port)``, given up (TimeoutError) after ``seconds``.

    getaddrinfo cannot be interrupted and may wait on a slow resolver far beyond a request's
    deadline, so it runs on a daemon thread that is left to finish on its own.
    """
    answer: queue.Queue = queue.Queue(maxsize=1)

    def look_up() -> None:
        try:
            answer.put((True, resolve(host, port)))
        except BaseException as error:  # handed to the caller, who decides
            answer.put((False, error))

    threading.Thread(target=look_up, name="newsdiff-dns", daemon=True).start()
    try:
        ok, value = answer.get(timeout=max(seconds, 0.0))
    except queue.Empty:
        raise TimeoutError(f"DNS lookup of {host}") from None
    if not ok:
        raise value
    return value


def is_public_host(host: str, resolve: Resolver = system_resolve) -> bool:
    """Whether every address ``host`` resolves to is public; a name that does not resolve is not."""
    try:
        addresses = resolve(host, 80)
    except (OSError, UnicodeError, ValueError):
        return False
    return bool(addresses) and all(is_public_address(a) for a in addresses)


# --- one deadline per request ----------------------------------------------------------------


class _Cut:
    """One request's deadline; when it passes, the watchdog shuts the request's socket."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.expired = False
        self.done = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def attach(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def expire(self) -> None:
        with self._lock:
            if self.done:
                return
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def finish(self) -> None:
        with self._lock:
            self.done = True
            self._sockets.clear()

    def remaining(self) -> float:
        return self.deadline - time.monotonic()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class _Watchdog:
    """One thread for every request's deadline (a timer thread per request costs more)."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, _Cut]] = []
        self._order = itertools.count()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def watch(self, cut: _Cut) -> None:
        with self._wake:
            heapq.heappush(self._heap, (cut.deadline, next(self._order), cut))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="fetch-watchdog",
                                                daemon=True)
                self._thread.start()
            if self._heap[0][2] is cut:
                self._wake.notify()

    def _run(self) -> None:
        with self._wake:
            while True:
                now = time.monotonic()
                while self._heap and (self._heap[0][2].done or self._heap[0][0] <= now):
                    heapq.heappop(self._heap)[2].expire()
                wait = self._heap[0][0] - now if self._heap else None
                self._wake.wait(wait)


_WATCHDOG = _Watchdog()
_current = threading.local()  # the _Cut of the request this thread is making


class _FinalResponse(http.client.HTTPResponse):
    """A response whose status line is the answer's: interim 1xx ones are skipped.

    http.client skips only ``100 Continue``; ``102 Processing`` and ``103 Early Hints``
    (RFC 8297, sent before the answer to get styles preloaded) were taken for the answer.
    An endless run of them ends at the request's deadline like any drip.
    """

    def _read_status(self) -> tuple[str, int, str]:
        version, status, reason = super()._read_status()  # type: ignore[misc]
        while 101 < status < 200:
            http.client.parse_headers(self.fp)  # bounded: line length and header count
            version, status, reason = super()._read_status()  # type: ignore[misc]
        return version, status, reason


class _Pinned:
    """A connection to the address that was checked, whatever DNS says now."""

    response_class = _FinalResponse

    def __init__(self, *args, pinned: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]
        self._dns_host = pinned  # urllib3 connects here; Host, SNI and the cert name the host

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()  # type: ignore[misc]
        cut = getattr(_current, "cut", None)
        if cut is not None:
            cut.attach(sock)
        return sock

    def request(self, *args, **kwargs) -> None:
        cut = getattr(_current, "cut", None)
        sock = getattr(self, "sock", None)
        if cut is not None and sock is not None:  # a kept-alive connection
            cut.attach(sock)
        super().request(*args, **kwargs)  # type: ignore[misc]


class _PinnedHTTP(_Pinned, urllib3.connection.HTTPConnection):
    pass


class _PinnedHTTPS(_Pinned, urllib3.connection.HTTPSConnection):
    pass


class _HTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _PinnedHTTP


class _HTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _PinnedHTTPS


# --- decoding, bounded -----------------------------------------------------------------------


class _Inflater:
    """One Content-Encoding layer, undone a bounded piece at a time (a bomb never unfolds).

    A gzip body may be several members one after the other (RFC 1952; browsers and gzip(1)
    read them all); bytes after the end that do not start another member are ignored.
    """

    def __init__(self, encoding: str) -> None:
        self.gzip = "gzip" in encoding
        self.finished = True  # an empty body is a finished one

    def inflate(self, chunks: Iterable[bytes]) -> Iterator[bytes]:
        decompressor = None
        data = b""
        ignoring = False
        for chunk in chunks:
            if ignoring:
                continue  # still read to the end, so that the connection can be reused
            data += chunk
            while data:
                if decompressor is None or decompressor.eof:
                    if decompressor is not None and not self._next_member(data):
                        ignoring = True
                        break
                    decompressor = zlib.decompressobj(self._wbits(data))
                out = decompressor.decompress(data, 65536)
                data = decompressor.unused_data if decompressor.eof else \
                    decompressor.unconsumed_tail
                if out:
                    yield out
                elif not decompressor.eof:
                    break  # all of it taken in: wait for more
        self.finished = decompressor is None or decompressor.eof

    def _next_member(self, data: bytes) -> bool:
        return self.gzip and data[:2] == b"\x1f\x8b"[: len(data)]

    def _wbits(self, data: bytes) -> int:
        if self.gzip:
            return 31
        # deflate is meant to be zlib-wrapped; many servers send it raw.
        zlib_header = len(data) >= 2 and (data[0] & 0x0F) == 8 and \
            int.from_bytes(data[:2]) % 31 == 0
        return 15 if zlib_header else -15


def _decoded(chunks: Iterable[bytes], header: str) -> tuple[Iterable[bytes], list[_Inflater]]:
    encodings = [e.strip().lower() for e in header.split(",") if e.strip()]
    encodings = [e for e in encodings if e != "identity"]
    if len(encodings) > 3 or any(e not in ("gzip", "x-gzip", "deflate") for e in encodings):
        raise ValueError(f"unsupported encoding {header[:40]!r}")
    layers = []
    for encoding in reversed(encodings):
        layer = _Inflater(encoding)
        chunks = layer.inflate(chunks)
        layers.append(layer)
    return chunks, layers


def _location(value: str) -> str:
    """A Location header as its sender meant it: http.client reads header bytes as Latin-1,
    browsers read a Location's as UTF-8 (``/café`` sent raw is ``/caf%C3%A9``)."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


def _retry_after(headers) -> float | None:
    value = (headers.get("Retry-After") or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _finish(response: urllib3.BaseHTTPResponse, complete: bool) -> None:
    """Hand the connection back for reuse if the body was read to its end, else drop it."""
    if not complete:
        response.close()
    response.release_conn()


def _drain(response: urllib3.BaseHTTPResponse, limit: int = 65536) -> None:
    """Read a small unwanted body to its end, so the connection can be reused."""
    read = 0
    try:
        for chunk in response.stream(8192, decode_content=False):
            read += len(chunk)
            if read > limit:
                _finish(response, False)  # not small: dropping the connection is cheaper
                return
    except (urllib3.exceptions.HTTPError, OSError):
        _finish(response, False)
        return
    _finish(response, True)


# What a byte-order mark says, read before any declared charset as browsers do (WHATWG
# "BOM sniffing"): a UTF-8 page with a BOM served as Latin-1 was stored as mojibake.
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_BE, "utf-16-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"))


def decode_html(content: bytes, header_charset: str | None) -> str:
    """Decode a page: its byte-order mark, else the header's charset, else a <meta> charset,
    else detection."""
    return decode_page(content, header_charset)[0]


def _decode_marked(content: bytes, charset: str) -> tuple[str, bool]:
    try:
        return content.decode(charset), False
    except UnicodeDecodeError:
        return content.decode(charset, "replace"), True


def decode_page(content: bytes, header_charset: str | None) -> tuple[str, bool]:
    """``decode_html``'s text, and whether bytes of it did not decode (each a U+FFFD then;
    a page may show U+FFFD of its own, in UTF-8 or as ``&#xFFFD;``, and that is no damage)."""
    for bom, charset in _BOMS:
        if content.startswith(bom):
            return _decode_marked(content[len(bom):], charset)
    candidates = [header_charset]
    match = _META_CHARSET.search(content[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "ignore"))
    candidates = [_web_charset(c) for c in candidates if c]
    if (text := _plainly_utf8(content, [c for c in candidates if c])) is not None:
        return text, False
    for charset in candidates:
        if not charset:
            continue
        try:
            return content.decode(charset), False
        except UnicodeError:
            continue
    try:
        return content.decode("utf-8"), False
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported late: it is slow to import

    for charset in [c for c in candidates if c]:
        # A declared charset that does not decode: keep the damage visible (U+FFFD) so
        # that it is refused, rather than guessing another charset and storing mojibake.
        return content.decode(charset, "replace"), True
    best = from_bytes(content[:200_000]).best()
    return (str(best), False) if best is not None else _decode_marked(content, "utf-8")


def _plainly_utf8(content: bytes, declared: list[str]) -> str | None:
    """The bytes read as UTF-8 if they are UTF-8 whatever charset is declared, else None:
    they decode as UTF-8, hold no NUL (a UTF-16 or UTF-32 page's markup is half NULs) and
    some byte past ASCII (or a UTF-16/32 label, which no ASCII page is in).  Text in a
    legacy charset almost never decodes as UTF-8 by chance, while a UTF-8 page declared
    Latin-1 or Shift_JIS (in its header, its <meta> or one round only) was stored as
    mojibake: a false version of every story it served."""
    wide = any(c.replace("_", "-").startswith(("utf-16", "utf-32")) for c in declared)
    if b"\0" in content or (content.isascii() and not wide):
        return None
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return None


# Python codecs that are no web page's encoding: "undefined" always raises, and punycode
# decoding is quadratic in pure Python (minutes for 5 MB, holding the GIL past any deadline).
_NOT_WEB_CHARSETS = frozenset({"punycode", "idna", "undefined", "unicode_escape",
                               "raw_unicode_escape", "utf_7"})


# Labels that name a superset on the web (WHATWG Encoding Standard): a page "in ISO-8859-1"
# is read as windows-1252 by every browser, and its curly quotes and dashes (0x80-0x9F)
# were stored as invisible C1 controls, each such sentence an edit of the story.
_WEB_SUPERSETS = {"iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254"}


def _web_charset(label: str) -> str | None:
    """The codec for a declared charset, or None for one no browser would use."""
    try:
        codec = codecs.lookup(label)
    except (LookupError, ValueError):  # ValueError: a label with a NUL in it
        return None
    if not getattr(codec, "_is_text_encoding", True):  # rot13, base64: bytes.decode refuses
        return None
    if codec.name.replace("-", "_") in _NOT_WEB_CHARSETS:
        return None
    return _WEB_SUPERSETS.get(codec.name, codec.name)


def _site(url: str) -> tuple[str, int | None]:
    parts = urlsplit(url)
    return (parts.hostname or "").lower(), parts.port


class _BudgetSpent(Exception):
    """The round's deadline came while a request waited for its turn."""


class _Gate:
    """One request at a time per site, whoever sends it.

    The crawler serialises requests by the site of each item's URL, but a redirect takes a
    request to another site behind its back: pages on many sites redirecting to one were all
    fetched from it at once.  Every hop holds its site here; a hop to another site than its
    item's also waits ``gap`` seconds after that site's last request ended.  Waiting is
    bounded by the round's deadline; a turn always comes, as every request is bounded.
    """

    def __init__(self) -> None:
        self._locks: dict[tuple, threading.Lock] = {}
        self._ends: dict[tuple, float] = {}
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def hold(self, site: tuple, gap: float, deadline: float | None) -> Iterator[float]:
        """Hold ``site``; yields the seconds spent waiting for it."""
        start = time.monotonic()
        with self._lock:
            lock = self._locks.setdefault(site, threading.Lock())
        if not lock.acquire(timeout=-1 if deadline is None else max(deadline - start, 0.0)):
            raise _BudgetSpent
        try:
            wait = self._ends.get(site, -math.inf) + gap - time.monotonic()
            if wait > 0:
                if deadline is not None and time.monotonic() + wait >= deadline:
                    raise _BudgetSpent
                time.sleep(wait)
            yield time.monotonic() - start
        finally:
            self._ends[site] = time.monotonic()
            lock.release()


@dataclass(frozen=True)
class _Robots:
    """A site's robots.txt as read this round: its rules, or why the site is left alone."""

    rules: Protego | None = None
    trouble: str = ""


class Fetcher:
    """Polite GETs; safe to share between threads, one thread per host.

    ``resolve`` turns a host name into addresses and ``public`` judges an address (tests
    point names at 127.0.0.1 and call one loopback address public); ``deadline`` is the
    round's end (a ``time.monotonic()`` time) that no request outlives.
    """

    def __init__(self, settings: Settings, clock: Clock | None = None,
                 sleep: Callable[[float], None] = time.sleep, *,
                 resolve: Resolver = system_resolve,
                 public: Callable[[str], bool] = is_public_address,
                 deadline: float | None = None) -> None:
        self.settings = settings
        self.clock = clock or (lambda: datetime.now(UTC))
        self.sleep = sleep
        self.resolve = resolve
        self.public = public
        self.deadline = deadline
        self.headers = {"User-Agent": settings.user_agent, "Accept": "*/*",
                        "Accept-Language": "en, *;q=0.5", "Accept-Encoding": "gzip, deflate"}
        self._robots: dict[str, _Robots] = {}
        self._robots_lock = threading.Lock()
        self._pools: OrderedDict[tuple, urllib3.HTTPConnectionPool] = OrderedDict()
        self._pools_lock = threading.Lock()
        self._dns: dict[tuple[str, int], tuple[float, list[str]]] = {}
        self.dns_seconds = DNS_SECONDS
        self._gate = _Gate()

    # --- robots.txt ---------------------------------------------------------------------------

    def robots(self, url: str, allow_private: bool = False) -> Protego | None:
        """The parsed robots.txt of the URL's site (None: none, everything allowed)."""
        return self._robots_of(url, allow_private).rules

    def _robots_of(self, url: str, allow_private: bool) -> _Robots:
        parts = urlsplit(url)
        key = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._robots_lock:
            if key in self._robots:
                return self._robots[key]
        result = self._fetch(key + "/robots.txt", accept=(), allow_private=allow_private,
                             limit=ROBOTS_MAX_BYTES, keep_head=True)
        if result.ok:
            try:
                # utf-8-sig: a byte-order mark glued to the first "User-agent" hid the
                # group, and a site disallowing everything was crawled (Google strips it).
                robots = _Robots(Protego.parse(result.content.decode("utf-8-sig", "replace")))
            except Exception:  # a robots.txt protego cannot read says nothing
                robots = _Robots()
        elif result.error.startswith(("HTTP 5", "timeout", "time budget")):
            robots = _Robots(trouble=f"robots.txt unavailable ({result.error})")  # stay away
        else:  # 4xx, no server, a name that does not resolve: the page's own fetch will say
            robots = _Robots()
        with self._robots_lock:
            self._robots[key] = robots
        return robots

    def host_delay(self, url: str, allow_private: bool = False) -> float:
        """Seconds between requests to this host: our minimum or robots.txt's crawl-delay,
        never more than ``max_crawl_delay``."""
        try:
            check_url(url)
        except BadURLError:
            return self.settings.min_delay
        rules = self.robots(url, allow_private)
        try:
            crawl_delay = float(rules.crawl_delay(self.settings.user_agent) or 0) if rules else 0.0
        except (TypeError, ValueError, OverflowError):
            crawl_delay = 0.0
        if not math.isfinite(crawl_delay) or crawl_delay < 0:
            crawl_delay = 0.0
        return max(self.settings.min_delay, min(crawl_delay, self.settings.max_crawl_delay))

    def allowed(self, url: str, allow_private: bool = False) -> bool:
        robots = self._robots_of(url, allow_private)
        if robots.trouble:
            return False
        return robots.rules is None or robots.rules.can_fetch(url, self.settings.user_agent)

    # --- one fetch ----------------------------------------------------------------------------

    def get(self, url: str, *, accept: tuple[str, ...] = HTML_TYPES, etag: str = "",
            last_modified: str = "", allow_private: bool = False,
            keep_head: bool = False) -> FetchResult:
        """GET ``url``; every failure is described in the result's ``error``.

        A body over ``max_bytes`` is "too large", or with ``keep_head`` (listings, whose
        first items are the newest) its first ``max_bytes``, marked ``truncated``.
        """
        failed = FetchResult(url=url, final_url=url, status=0, fetched_at=self.clock(),
                             error="failed")
        try:
            check_url(url)
        except BadURLError as error:
            return replace(failed, error=f"bad URL: {error}")
        refusal = self._refusal(url, allow_private)
        if refusal:
            return replace(failed, error=refusal)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._fetch(url, accept=accept, allow_private=allow_private, headers=headers,
                           retries=self.settings.retries, keep_head=keep_head,
                           obey_robots=True)

    def _refusal(self, url: str, allow_private: bool) -> str:
        """Why robots.txt keeps us from ``url`` ('' when it does not)."""
        robots = self._robots_of(url, allow_private)
        if robots.trouble:
            return robots.trouble
        if robots.rules is not None and not robots.rules.can_fetch(url, self.settings.user_agent):
            return "robots"
        return ""

    def _fetch(self, url: str, *, accept: tuple[str, ...], allow_private: bool,
               headers: dict[str, str] | None = None, retries: int = 0,
               limit: int | None = None, keep_head: bool = False,
               obey_robots: bool = False) -> FetchResult:
        """The bounded reader: one request (with its redirects and retries), never raising."""
        failed = FetchResult(url=url, final_url=url, status=0, fetched_at=self.clock(),
                             error="failed")
        headers = {**self.headers, **(headers or {})}
        limit = limit or self.settings.max_bytes
        for attempt in range(retries + 1):
            result, wait = self._attempt(url, headers, accept, allow_private, failed, limit,
                                         keep_head, obey_robots)
            if wait is None or attempt == retries:
                return result
            if wait > self.settings.max_retry_wait or (
                    self.deadline is not None and time.monotonic() + wait > self.deadline):
                return replace(result, error=f"{result.error} (retry after {wait:.0f} s)")
            self.sleep(wait)
        return failed  # unreachable: the loop always returns

    def _attempt(self, url: str, headers: dict[str, str], accept: tuple[str, ...],
                 allow_private: bool, failed: FetchResult, limit: int, keep_head: bool,
                 obey_robots: bool = False) -> tuple[FetchResult, float | None]:
        """One try, following redirects; (result, seconds to wait before a retry or None).

        With ``obey_robots`` every hop is a request like the first, refused if its site's
        robots.txt says so (a page redirecting to a site that disallows us was fetched)."""
        backoff = max(1.0, self.settings.min_delay)
        deadline = time.monotonic() + self.settings.timeout
        if self.deadline is not None:
            if time.monotonic() >= self.deadline:
                return replace(failed, error="time budget spent"), None
            deadline = min(deadline, self.deadline)
        cut = _Cut(deadline)
        _WATCHDOG.watch(cut)
        current = url
        paused = 0.0  # seconds spent reading a hop's robots.txt (a request of its own)
        try:
            for _ in range(self.settings.max_redirects + 1):
                # The crawler paces each item's own site; a hop to another site is paced here.
                gap = 0.0 if _site(current) == _site(url) else self.settings.min_delay
                with self._gate.hold(_site(current), gap, self.deadline) as waited:
                    if waited + paused > 0.001:  # our own queueing is not the site's slowness
                        cut, paused = self._later(cut, waited + paused), 0.0
                    response = self._open(current, headers, cut, allow_private)
                    location = response.headers.get("Location")
                    if response.status not in REDIRECT_STATUSES or not location:
                        result = self._read(response, replace(failed, final_url=current),
                                            headers, accept, cut, limit, keep_head)
                        return result, self._wait(response, result, backoff)
                    _drain(response)
                try:
                    target = location = _location(location)
                    target = urljoin(current, location)
                    current = check_url(target)
                except (BadURLError, ValueError):
                    return replace(failed, final_url=target[:2048], error="bad redirect"), None
                started = time.monotonic()
                refusal = self._refusal(current, allow_private) if obey_robots else ""
                paused = time.monotonic() - started
                if refusal:
                    return replace(failed, final_url=current, error=refusal), None
            return replace(failed, final_url=current, error="too many redirects"), None
        except _Refused as refused:
            return replace(failed, final_url=current, error=str(refused)), None
        except _BudgetSpent:
            return replace(failed, final_url=current, error="time budget spent"), None
        except (urllib3.exceptions.HTTPError, OSError, ValueError) as error:
            timed_out = isinstance(error, (urllib3.exceptions.TimeoutError, TimeoutError))
            if cut.expired or (timed_out and
                               not isinstance(error, urllib3.exceptions.NewConnectionError)):
                return replace(failed, final_url=current, error="timeout"), backoff
            if isinstance(error, urllib3.exceptions.SSLError):
                return replace(failed, final_url=current, error="TLS error"), None
            reason = f"connection error: {type(error).__name__}"
            return replace(failed, final_url=current, error=reason), backoff
        finally:
            cut.finish()

    def _later(self, cut: _Cut, seconds: float) -> _Cut:
        """The request's deadline moved on by ``seconds``, never past the round's."""
        cut.finish()
        deadline = cut.deadline + seconds
        later = _Cut(deadline if self.deadline is None else min(deadline, self.deadline))
        _WATCHDOG.watch(later)
        return later

    def _open(self, url: str, headers: dict[str, str], cut: _Cut, allow_private: bool
              ) -> urllib3.BaseHTTPResponse:
        """Send one GET to the address checked for the URL's host; the response is unread."""
        parts = urlsplit(url)
        host, scheme = parts.hostname or "", parts.scheme.lower()
        port = parts.port or (443 if scheme == "https" else 80)
        address = self._address(host, port, allow_private, cut.remaining())
        pool = self._pool(scheme, host, port, address)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        remaining = cut.remaining()
        if remaining <= 0:
            raise TimeoutError("deadline")
        wait = min(self.settings.timeout, remaining)
        _current.cut = cut
        try:
            return pool.urlopen("GET", target, headers=headers, redirect=False, retries=False,
                                preload_content=False, decode_content=False,
                                release_conn=False, assert_same_host=False,
                                timeout=urllib3.Timeout(connect=wait, read=wait))
        finally:
            _current.cut = None

    def _address(self, host: str, port: int, allow_private: bool, seconds: float) -> str:
        """The one address this request will connect to, judged before it is used; the
        lookup, like the rest of the request, ends within ``seconds``."""
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            addresses = self._resolved(host, port, seconds)
        if not addresses:
            raise _Refused("DNS: name does not resolve")
        if not allow_private and not all(self.public(a) for a in addresses):
            raise _Refused("private address")
        return addresses[0]

    def _resolved(self, host: str, port: int, seconds: float) -> list[str]:
        """The host's addresses, looked up at most once a minute (the answer used is the
        answer judged, so a cached one cannot be rebound)."""
        now = time.monotonic()
        with self._pools_lock:
            cached = self._dns.get((host, port))
        if cached is not None and cached[0] > now:
            return cached[1]
        try:
            addresses = _lookup_within(self.resolve, host, port, seconds)
        except TimeoutError:
            raise  # a resolver that does not answer in time: the request's timeout
        except (OSError, UnicodeError, ValueError):
            raise _Refused("DNS: name does not resolve") from None
        with self._pools_lock:
            if len(self._dns) > 4096:
                self._dns.clear()
            self._dns[(host, port)] = (now + self.dns_seconds, addresses)
        return addresses

    def _pool(self, scheme: str, host: str, port: int, address: str
              ) -> urllib3.HTTPConnectionPool:
        key = (scheme, host, port, address)
        with self._pools_lock:
            pool = self._pools.get(key)
            if pool is not None:
                self._pools.move_to_end(key)
                return pool
            if scheme == "https":
                pool = _HTTPSPool(host, port, maxsize=2, block=False, pinned=address,
                                  cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())
            else:
                pool = _HTTPPool(host, port, maxsize=2, block=False, pinned=address)
            self._pools[key] = pool
            while len(self._pools) > MAX_POOLS:
                self._pools.popitem(last=False)[1].close()
            return pool

    def _wait(self, response: urllib3.BaseHTTPResponse, result: FetchResult,
              backoff: float) -> float | None:
        if response.status not in RETRY_STATUSES or result.status != response.status:
            return None
        return _retry_after(response.headers) or backoff

    def _read(self, response: urllib3.BaseHTTPResponse, base: FetchResult,
              sent: dict[str, str], accept: tuple[str, ...], cut: _Cut, limit: int,
              keep_head: bool) -> FetchResult:
        """The answer as a FetchResult: status, validators, and a body within every cap."""
        given = response.headers
        base = replace(base, status=response.status, etag=given.get("ETag") or "",
                       last_modified=given.get("Last-Modified") or "",
                       content_language=(given.get("Content-Language") or "")[:200])
        if response.status == 304:
            _drain(response)
            # Validators we sent are kept when the answer names none.
            return replace(base, error="", etag=base.etag or sent.get("If-None-Match", ""),
                           last_modified=base.last_modified
                           or sent.get("If-Modified-Since", ""))
        if response.status != 200:
            _drain(response)
            return replace(base, error=f"HTTP {response.status}")
        content_type = (given.get("Content-Type") or "").split(";")[0].strip().lower()
        if accept and content_type and content_type not in accept:
            _finish(response, False)
            return replace(base, error=f"not HTML ({content_type[:40]})")
        declared = (given.get("Content-Length") or "").strip()
        if declared.isdigit() and int(declared) > limit and not keep_head:
            _finish(response, False)
            return replace(base, error="too large")
        content, error = self._body(response, cut, limit, keep_head)
        if error:
            return replace(base, error=error)
        base = replace(base, truncated=len(content) == limit and keep_head)
        match = _HEADER_CHARSET.search(given.get("Content-Type") or "")
        text, damaged = decode_page(content, match.group(1) if match else None) if accept \
            else ("", False)
        return replace(base, error="", content=content, content_type=content_type, text=text,
                       damaged=damaged)

    @staticmethod
    def _body(response: urllib3.BaseHTTPResponse, cut: _Cut, limit: int, keep_head: bool
              ) -> tuple[bytes, str]:
        """(body, error): at most ``limit`` decoded bytes, or the head of it (robots.txt)."""
        body = bytearray()
        complete = False
        try:
            chunks, layers = _decoded(response.stream(65536, decode_content=False),
                                      response.headers.get("Content-Encoding") or "")
            for piece in chunks:
                body += piece
                if len(body) > limit:
                    return (bytes(body[:limit]), "") if keep_head else (b"", "too large")
            complete = True
        except ValueError as error:  # an encoding we do not speak
            return b"", str(error).split(" '")[0]
        except zlib.error:
            return b"", "corrupt compression"
        except (urllib3.exceptions.HTTPError, OSError):
            if cut.expired:
                return b"", "timeout"
            raise
        finally:
            _finish(response, complete)
        if cut.expired:
            return b"", "timeout"
        if any(not layer.finished for layer in layers):
            return b"", "truncated"
        return bytes(body), ""
