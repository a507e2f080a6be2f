"""A static file server on 127.0.0.1 that answers HTTP range requests, as GitHub Pages does.

Python's ``http.server`` ignores ``Range``; the search page reads its SQLite file in pieces, so
the tests and benchmarks serve the site with this instead.  It counts the bytes it sends.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
from pathlib import Path

_RANGE = re.compile(r"bytes=(\d*)-(\d*)$")


class RangeHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files with ``Accept-Ranges: bytes``; one ``bytes=a-b`` range per request."""

    sent: list[tuple[str, int, int]]  # set per server: (path, status, body bytes) of each

    def log_message(self, *args: object) -> None:
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        header = self.headers.get("Range")
        if not header or not path.is_file():
            return super().send_head()
        match = _RANGE.match(header.strip())
        size = path.stat().st_size
        if match is None or not (match.group(1) or match.group(2)):
            self.send_error(416, "bad range")
            return None
        if match.group(1):
            start = int(match.group(1))
            end = min(int(match.group(2)) if match.group(2) else size - 1, size - 1)
        else:  # the last N bytes
            start, end = max(size - int(match.group(2)), 0), size - 1
        if start > end or start >= size:
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{size}")
            self.end_headers()
            return None
        with open(path, "rb") as handle:
            handle.seek(start)
            body = handle.read(end - start + 1)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        return _Body(body)

    def end_headers(self) -> None:
        if not self._headers_buffer or b"Accept-Ranges" not in b"".join(self._headers_buffer):
            self.send_header("Accept-Ranges", "bytes")
        super().end_headers()

    def send_response(self, code, message=None) -> None:
        self.status = code
        super().send_response(code, message)

    def copyfile(self, source, outputfile) -> None:
        data = source.read()
        self.sent.append((self.path, self.status, len(data)))
        outputfile.write(data)


class _Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self) -> bytes:
        return self.data

    def close(self) -> None:
        pass


def serve(folder: Path) -> http.server.ThreadingHTTPServer:
    """Serve ``folder`` on a free port in a daemon thread; ``server.sent`` lists each
    response body as (path, status, bytes)."""
    sent: list[tuple[str, int, int]] = []
    handler = type("Handler", (RangeHandler,), {"sent": sent})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    server.sent = sent  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
