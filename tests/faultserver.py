"""A misbehaving news server on 127.0.0.1, at the socket level, for fault tests and benchmarks.

Each path is one fault.  Everything it sends is bounded in time and size on its side too: a
"10 GB" body stops when the client goes away or after a few seconds.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import socketserver
import struct
import threading
import time
import zlib

FAULTS = {
    "/reset": "connection reset mid-body",
    "/gzip-truncated": "truncated gzip body",
    "/error-200": "200 with an error page",
    "/empty-200": "200 with an empty body",
    "/drip": "slow drip past the timeout",
    "/redirect-loop": "endless redirects",
    "/huge": "a 10 GB body",
    "/bad-utf8": "invalid UTF-8",
    "/feed-html": "a feed that is HTML",
    "/feed-huge": "a feed with 100,000 items",
    "/billion-laughs": "XML entities that expand",
    "/drip-headers": "response headers dripped a byte at a time",
    "/bomb": "a gzip-in-gzip bomb (Content-Encoding: gzip, gzip)",
}
# Faults of the listings, read by discovery rather than fetched as articles.
LISTING_FAULTS = {
    "/sitemap-index": "a sitemap index of 60 children × 3,000 URLs",
    "/feed-million": "a feed with 1,000,000 items",
}
# What /robots.txt can do (one behaviour per server): FaultServer(robots=...).
ROBOTS_FAULTS = {
    "crawl-delay": "Crawl-delay: 100000",
    "redirect-malformed": "a redirect to http://[::1/robots.txt",
    "redirect": "a redirect to another address (FaultServer(robots_target=...))",
    "drip": "a robots.txt body dripped past the timeout",
    "huge": "a 1.5 GB robots.txt",
    "bomb": "a gzip-in-gzip robots.txt bomb",
}
_BOMBS: dict[int, bytes] = {}


def bomb(megabytes: int) -> bytes:
    """``megabytes`` MB of zeros, gzipped twice (1 GB is under 2 KB)."""
    if megabytes not in _BOMBS:
        inner = zlib.compressobj(9, zlib.DEFLATED, 31)
        zeros = bytes(1 << 20)
        layer = b"".join(inner.compress(zeros) for _ in range(megabytes)) + inner.flush()
        outer = zlib.compressobj(9, zlib.DEFLATED, 31)
        _BOMBS[megabytes] = outer.compress(layer) + outer.flush()
    return _BOMBS[megabytes]

STORY = ("<html><head><meta charset='utf-8'><title>A story</title></head><body><article>"
         "<h1>A story</h1>" + "".join(
             f"<p>Paragraph {n} of a perfectly ordinary story about the harbour, the council "
             "and the ferry timetable, which changed again this week.</p>" for n in range(8))
         + "</article></body></html>")

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>http://127.0.0.1:1/laughs</link></item></channel></rss>"""


def _headers(status: str, kind: str, length: int | None, extra: str = "") -> bytes:
    size = f"Content-Length: {length}\r\n" if length is not None else ""
    return (f"HTTP/1.1 {status}\r\nContent-Type: {kind}\r\n{size}{extra}"
            "Connection: close\r\n\r\n").encode()


def read_request(sock) -> bytes | None:
    """A request's head as it arrived (None when the client hung up before finishing it)."""
    request = b""
    while b"\r\n\r\n" not in request and len(request) < 65536:
        chunk = sock.recv(4096)
        if not chunk:
            return None
        request += chunk
    return request


class _Handler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        request = read_request(self.request)
        if request is None:
            return
        path = request.split(b" ", 2)[1].decode("latin-1").split("?")[0]
        self.server.log.append(path)  # type: ignore[attr-defined]
        if path == "/robots.txt":
            name = "robots_" + (self.server.robots or "none").replace("-", "_")  # type: ignore
        elif path.startswith("/sitemap-") and path[9:].isdigit():
            name = "sitemap_child"
        else:
            name = "fault_" + path.strip("/").replace("-", "_")
        with contextlib.suppress(OSError):  # the client gave up, as it should
            getattr(self, name, self.not_found)(path)

    def send(self, data: bytes) -> None:
        self.request.sendall(data)

    def not_found(self, path: str) -> None:
        if path == "/story":
            body = STORY.encode()
            self.send(_headers("200 OK", "text/html; charset=utf-8", len(body)) + body)
            return
        self.send(_headers("404 Not Found", "text/plain", 9) + b"not found")

    def fault_reset(self, path: str) -> None:
        body = STORY.encode() * 4
        self.send(_headers("200 OK", "text/html; charset=utf-8", len(body)) + body[:2000])
        self.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.request.close()  # RST, not FIN

    def fault_gzip_truncated(self, path: str) -> None:
        body = gzip.compress(STORY.encode() * 20)
        cut = body[: len(body) // 2]
        self.send(_headers("200 OK", "text/html; charset=utf-8", len(cut),
                           "Content-Encoding: gzip\r\n") + cut)

    def fault_error_200(self, path: str) -> None:
        body = (b"<html><body><h1>Something went wrong</h1><p>Please try again later."
                b"</p></body></html>")
        self.send(_headers("200 OK", "text/html", len(body)) + body)

    def fault_empty_200(self, path: str) -> None:
        self.send(_headers("200 OK", "text/html", 0))

    def fault_drip(self, path: str) -> None:
        self.send(_headers("200 OK", "text/html", 100_000))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            self.send(b"<")
            time.sleep(0.2)

    def fault_redirect_loop(self, path: str) -> None:
        self.send(_headers("302 Found", "text/html", 0,
                           f"Location: /redirect-loop?n={time.monotonic_ns()}\r\n"))

    def fault_huge(self, path: str) -> None:
        self.send(_headers("200 OK", "text/html", 10 * 2**30))
        chunk = b"<p>" + b"x" * 65530 + b"</p>"
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            self.send(chunk)

    def fault_bad_utf8(self, path: str) -> None:
        body = STORY.encode().replace(b"harbour", b"harb\xff\xfeour")
        self.send(_headers("200 OK", "text/html; charset=utf-8", len(body)) + body)

    def fault_feed_html(self, path: str) -> None:
        body = b"<html><body><h1>Our news</h1><a href='/story'>A story</a></body></html>"
        self.send(_headers("200 OK", "application/rss+xml", len(body)) + body)

    def fault_feed_huge(self, path: str) -> None:
        items = b"".join(b"<item><link>http://127.0.0.1:1/a/%d</link></item>" % n
                         for n in range(100_000))
        body = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>" + items \
            + b"</channel></rss>"
        self.send(_headers("200 OK", "application/rss+xml", len(body)) + body)

    def fault_billion_laughs(self, path: str) -> None:
        body = BILLION_LAUGHS.encode()
        self.send(_headers("200 OK", "application/rss+xml", len(body)) + body)


    def fault_many_cookies(self, path: str) -> None:
        # Ad-tech and consent platforms set a cookie each: 150 Set-Cookie headers.
        body = STORY.encode()
        cookies = "".join(f"Set-Cookie: c{i}=v; Path=/\r\n" for i in range(150))
        self.send(_headers("200 OK", "text/html; charset=utf-8", len(body), cookies) + body)

    def fault_drip_headers(self, path: str) -> None:
        head = _headers("200 OK", "text/html", len(STORY)) + b"X-Filler: " + b"x" * 1000
        deadline = time.monotonic() + 10
        for byte in head:
            if time.monotonic() > deadline:
                return
            self.send(bytes([byte]))
            time.sleep(0.2)

    def fault_bomb(self, path: str) -> None:
        body = bomb(self.server.bomb_mb)  # type: ignore[attr-defined]
        self.send(_headers("200 OK", "text/html", len(body), "Content-Encoding: gzip, gzip\r\n")
                  + body)

    def fault_sitemap_index(self, path: str) -> None:
        children = "".join(f"<sitemap><loc>{self.server.url}/sitemap-{n}</loc></sitemap>"  # type: ignore[attr-defined]
                           for n in range(60))
        body = ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
                f'sitemap/0.9">{children}</sitemapindex>').encode()
        self.send(_headers("200 OK", "application/xml", len(body)) + body)

    def sitemap_child(self, path: str) -> None:
        child = int(path[9:])
        urls = "".join(f"<url><loc>{self.server.url}/s/{child}/{n}</loc></url>"  # type: ignore[attr-defined]
                       for n in range(3000))
        body = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"{urls}</urlset>").encode()
        self.send(_headers("200 OK", "application/xml", len(body)) + body)

    def fault_feed_million(self, path: str) -> None:
        self.send(_headers("200 OK", "application/rss+xml", None))
        self.send(b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>")
        item = b"<item><title>t</title><link>http://127.0.0.1:1/m/%d</link></item>"
        for start in range(0, 1_000_000, 10_000):
            self.send(b"".join(item % n for n in range(start, start + 10_000)))
        self.send(b"</channel></rss>")

    def robots_none(self, path: str) -> None:
        self.not_found(path)

    def robots_crawl_delay(self, path: str) -> None:
        body = b"User-agent: *\nCrawl-delay: 100000\n"
        self.send(_headers("200 OK", "text/plain", len(body)) + body)

    def robots_redirect_malformed(self, path: str) -> None:
        self.send(_headers("301 Moved", "text/plain", 0, "Location: http://[::1/robots.txt\r\n"))

    def robots_redirect(self, path: str) -> None:
        target = self.server.robots_target  # type: ignore[attr-defined]
        self.send(_headers("302 Found", "text/plain", 0, f"Location: {target}\r\n"))

    def robots_drip(self, path: str) -> None:
        self.send(_headers("200 OK", "text/plain", 100_000))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            self.send(b"#")
            time.sleep(0.2)

    def robots_huge(self, path: str) -> None:
        self.send(_headers("200 OK", "text/plain", 1_500_000_000))
        chunk = b"User-agent: *\nDisallow: /private/\n" * 2000
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            self.send(chunk)

    def robots_bomb(self, path: str) -> None:
        self.fault_bomb(path)


class FaultServer(socketserver.ThreadingTCPServer):
    """``with FaultServer() as server: server.url + "/huge"``.

    ``robots`` picks what /robots.txt does (a key of ROBOTS_FAULTS, or None for a 404);
    ``robots_target`` is where the "redirect" robots.txt points.
    """

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, robots: str | None = None, robots_target: str = "", bomb_mb: int = 64,
                 address: str = "127.0.0.1") -> None:
        super().__init__((address, 0), _Handler)
        self.robots, self.robots_target, self.bomb_mb = robots, robots_target, bomb_mb
        bomb(bomb_mb)  # made now, not while a client's timeout runs
        self.log: list[str] = []
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()
