"""Local stand-ins for the services newsdiff talks to after a round, on 127.0.0.1.

They speak the real protocols, as far as newsdiff's clients use them: Mastodon's
``POST /api/v2/media`` (multipart, with ``description`` as alt text) and ``POST
/api/v1/statuses`` (with ``Idempotency-Key``); the AT Protocol's
``com.atproto.server.createSession``, ``com.atproto.repo.uploadBlob`` and
``com.atproto.repo.createRecord``; and the Wayback Machine's Save Page Now 2 (``POST /save``
with ``Authorization: LOW key:secret``, ``GET /save/status/<job_id>``).  Every request is
kept for the tests to read.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

MASTODON_TOKEN = "mastodon-token"
BLUESKY_HANDLE, BLUESKY_PASSWORD, BLUESKY_DID = "newsdiff.test", "app-password", "did:plc:newsdiff"
SPN_KEY, SPN_SECRET = "access", "secret"
#: A well-formed CID (of a raw block), as uploadBlob returns for the card.
BLOB_CID = "bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy"


def _jwt(subject: str) -> str:
    def part(data: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")
    payload = {"sub": subject, "scope": "com.atproto.access", "iat": int(time.time()),
               "exp": int(time.time()) + 7200}
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(payload)}.c2lnbmF0dXJl"


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    form: dict = field(default_factory=dict)  # parsed form fields, or the JSON body


class SocialServer(ThreadingHTTPServer):
    """Mastodon, an AT Protocol PDS and Save Page Now in one threaded server."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[Request] = []
        self.lock = threading.Lock()
        self.statuses: dict[str, dict] = {}  # idempotency key → status
        self.media: list[dict] = []
        self.records: list[dict] = []
        self.blobs: list[bytes] = []
        self.jobs: dict[str, dict] = {}
        self.spn_busy = 0  # answer this many capture requests with 429 first
        self.spn_pending_polls = 1  # status answers "pending" this many times per job
        self.spn_error: str | None = None  # a status_ext to fail every capture with
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def paths(self, method: str | None = None) -> list[str]:
        return [r.path for r in self.requests if method is None or r.method == method]

    def __enter__(self) -> SocialServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: SocialServer

    def log_message(self, *args) -> None:  # quiet tests
        pass

    def _answer(self, status: int, data: dict, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _read(self) -> Request:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        kind = self.headers.get("Content-Type", "")
        form: dict = {}
        if kind.startswith("application/json") and body:
            form = json.loads(body)
        elif kind.startswith("application/x-www-form-urlencoded"):
            form = {k: v if len(v) > 1 else v[0] for k, v in parse_qs(body.decode()).items()}
        elif kind.startswith("multipart/form-data"):
            message = BytesParser(policy=policy.HTTP).parsebytes(
                f"Content-Type: {kind}\r\n\r\n".encode() + body)
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                data = part.get_payload(decode=True)
                form[name] = {"filename": part.get_filename(), "type": part.get_content_type(),
                              "data": data} if part.get_filename() else data.decode()
        request = Request(self.command, self.path, dict(self.headers), body, form)
        with self.server.lock:
            self.server.requests.append(request)
        return request

    def do_GET(self) -> None:
        self.route(self._read())

    def do_POST(self) -> None:
        self.route(self._read())

    def route(self, request: Request) -> None:
        path = request.path.split("?", 1)[0]
        if path.startswith(("/api/", "/media/")):
            return self.mastodon(request, path)
        if path.startswith("/xrpc/"):
            return self.atproto(request, path.removeprefix("/xrpc/"))
        if path.startswith("/save"):
            return self.spn(request, path)
        return self._answer(404, {"error": "not found"})

    # -- Mastodon -------------------------------------------------------------------------

    def mastodon(self, request: Request, path: str) -> None:
        if request.method == "GET" and path.rstrip("/") in ("/api/v1/instance", "/api/v2/instance"):
            # Clients read the version to choose endpoints (4.x: /api/v2/media).
            return self._answer(200, {"uri": "127.0.0.1", "domain": "127.0.0.1",
                                      "title": "test", "version": "4.3.0",
                                      "api_versions": {"mastodon": 2}})
        if request.headers.get("Authorization") != f"Bearer {MASTODON_TOKEN}":
            return self._answer(401, {"error": "The access token is invalid"})
        server = self.server
        if request.method == "POST" and path == "/api/v2/media":
            upload = request.form.get("file")
            if not isinstance(upload, dict) or not upload["data"].startswith(b"\x89PNG"):
                return self._answer(422, {"error": "Validation failed: File is missing"})
            media = {"id": str(len(server.media) + 1), "type": "image",
                     "url": f"{server.url}/media/{len(server.media) + 1}.png",
                     "preview_url": None, "description": request.form.get("description"),
                     "blurhash": None, "meta": {}}
            server.media.append({**media, "data": upload["data"]})
            return self._answer(200, media)
        if request.method == "GET" and path.startswith("/api/v1/media/"):
            found = [m for m in server.media if m["id"] == path.rsplit("/", 1)[1]]
            if not found:
                return self._answer(404, {"error": "Record not found"})
            return self._answer(200, {k: v for k, v in found[0].items() if k != "data"})
        if request.method == "POST" and path == "/api/v1/statuses":
            key = request.headers.get("Idempotency-Key", "")
            with server.lock:
                if key and key in server.statuses:  # as Mastodon does for an hour
                    return self._answer(200, server.statuses[key])
                ids = request.form.get("media_ids[]") or request.form.get("media_ids") or []
                ids = [ids] if isinstance(ids, str) else ids
                number = str(len(server.statuses) + 1)
                status = {"id": number, "uri": f"{server.url}/users/newsdiff/statuses/{number}",
                          "url": f"{server.url}/@newsdiff/{number}",
                          "content": request.form.get("status", ""),
                          "visibility": request.form.get("visibility", "public"),
                          "media_attachments": [m for m in server.media if m["id"] in ids]
                          and [{k: v for k, v in m.items() if k != "data"}
                               for m in server.media if m["id"] in ids],
                          "created_at": "2026-03-02T12:00:00.000Z"}
                server.statuses[key or number] = status
            return self._answer(200, status)
        return self._answer(404, {"error": "not found"})

    # -- AT Protocol ----------------------------------------------------------------------

    def atproto(self, request: Request, method: str) -> None:
        server = self.server
        if method == "com.atproto.server.createSession":
            if (request.form.get("identifier"), request.form.get("password")) != (
                    BLUESKY_HANDLE, BLUESKY_PASSWORD):
                return self._answer(401, {"error": "AuthenticationRequired",
                                          "message": "Invalid identifier or password"})
            return self._answer(200, {"did": BLUESKY_DID, "handle": BLUESKY_HANDLE,
                                      "accessJwt": _jwt(BLUESKY_DID),
                                      "refreshJwt": _jwt(BLUESKY_DID), "active": True})
        if not request.headers.get("Authorization", "").startswith("Bearer "):
            return self._answer(401, {"error": "AuthenticationRequired"})
        if method == "com.atproto.repo.uploadBlob":
            server.blobs.append(request.body)
            # A PDS sniffs the type from the bytes, as here.
            sniffed = "image/png" if request.body.startswith(b"\x89PNG") else \
                "application/octet-stream"
            return self._answer(200, {"blob": {"$type": "blob", "ref": {"$link": BLOB_CID},
                                               "mimeType": sniffed, "size": len(request.body)}})
        if method == "com.atproto.repo.createRecord":
            record = request.form
            server.records.append(record)
            rkey = f"3kpost{len(server.records)}"
            return self._answer(200, {"uri": f"at://{BLUESKY_DID}/{record['collection']}/{rkey}",
                                      "cid": BLOB_CID})
        return self._answer(501, {"error": "MethodNotImplemented"})

    # -- Save Page Now 2 ------------------------------------------------------------------

    def spn(self, request: Request, path: str) -> None:
        server = self.server
        if request.headers.get("Authorization") != f"LOW {SPN_KEY}:{SPN_SECRET}":
            return self._answer(401, {"status": "error", "status_ext": "error:unauthorized",
                                      "message": "You need to be logged in"})
        if request.method == "POST" and path == "/save":
            with server.lock:
                if server.spn_busy > 0:
                    server.spn_busy -= 1
                    return self._answer(429, {"status": "error",
                                              "status_ext": "error:too-many-requests"},
                                        {"Retry-After": "1"})
                job = f"spn2-{len(server.jobs) + 1:04x}"
                server.jobs[job] = {"url": request.form.get("url"), "polls": 0}
            return self._answer(200, {"url": request.form.get("url"), "job_id": job})
        if request.method == "GET" and path.startswith("/save/status/"):
            job = server.jobs.get(path.rsplit("/", 1)[1])
            if job is None:
                return self._answer(200, {"status": "error", "status_ext": "error:not-found"})
            job["polls"] += 1
            if server.spn_error:
                return self._answer(200, {"status": "error", "status_ext": server.spn_error,
                                          "job_id": path.rsplit("/", 1)[1]})
            if job["polls"] <= server.spn_pending_polls:
                return self._answer(200, {"status": "pending", "resources": []})
            return self._answer(200, {"status": "success", "timestamp": "20260302120000",
                                      "original_url": job["url"], "duration_sec": 1.2,
                                      "job_id": path.rsplit("/", 1)[1], "resources": []})
        return self._answer(404, {"status": "error"})
