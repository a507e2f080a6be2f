"""Benchmark: a fetch round over 20 hosts × 50 articles against the politeness bound.

A separate process serves 20 "hosts" (20 ports on 127.0.0.1), 50 articles each, every response
delayed by --latency.  Round 1 fetches, extracts and commits everything; round 2 finds nothing
changed (the server answers 304 to conditional requests).

The baseline is the politeness bound: no polite crawler can finish faster than its busiest
host allows, max over hosts of articles × (min_delay + latency).  Targets: round 1 and round 2
wall time ≤ 1.15 × bound; round 2 CPU ≤ 2 ms per article.

    .venv/bin/python bench/fetch.py [--hosts 20] [--articles 50] [--delay 0.5] [--latency 0.1]
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from newsdiff.config import Config, Settings, Source
from newsdiff.extract import extract
from newsdiff.run import run_round

WORDS = ("council harbour ferry budget school road bridge winter mayor residents vote plan "
         "island library storm power repair growers harvest price week month year").split()


def article_html(host: int, number: int) -> str:
    words = [WORDS[(host * 7 + number * 3 + i) % len(WORDS)] for i in range(400)]
    paragraphs = [" ".join(words[i:i + 40]).capitalize() + "." for i in range(0, 400, 40)]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    title = f"Story {number} from host {host}"
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
            "<footer>Copyright</footer></body></html>")


def serve(ports: multiprocessing.Queue, hosts: int, articles: int, latency: float) -> None:
    pages = {}

    def handler_for(host: int):
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                time.sleep(latency)
                path = self.path
                if path == "/rss":
                    port = self.server.server_address[1]
                    items = "".join(f"<item><link>http://127.0.0.1:{port}/a/{n}.html</link></item>"
                                    for n in range(articles))
                    self._send(200, "application/rss+xml",
                               f"<rss version='2.0'><channel><title>t</title>{items}"
                               "</channel></rss>".encode())
                elif path.startswith("/a/"):
                    number = int(path[3:].split(".")[0])
                    etag = f'"{host}-{number}"'
                    if self.headers.get("If-None-Match") == etag:
                        self._send(304, "text/html", b"", etag)
                    else:
                        key = (host, number)
                        if key not in pages:
                            pages[key] = article_html(host, number).encode()
                        self._send(200, "text/html; charset=utf-8", pages[key], etag)
                else:
                    self._send(404, "text/plain", b"not found")

            def _send(self, status: int, kind: str, body: bytes, etag: str = "") -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler

    servers = [ThreadingHTTPServer(("127.0.0.1", 0), handler_for(h)) for h in range(hosts)]
    for server in servers:
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
    ports.put([s.server_address[1] for s in servers])
    threading.Event().wait()


def timed_round(config: Config, archive: Path, state: Path, moment: datetime):
    wall, cpu = time.perf_counter(), time.process_time()
    report = run_round(config, archive, clock=lambda: moment, state_path=state)
    return report, time.perf_counter() - wall, time.process_time() - cpu


def extraction_rate(pages: list[str]) -> float:
    started = time.process_time()
    for html in pages:
        extract(html, "https://example.org/a.html", "bench")
    return len(pages) / (time.process_time() - started)


def real_pages(limit: int = 60) -> list[str]:
    import gzip

    folder = Path(__file__).resolve().parents[1].parent / "shared/data/articles/html"
    files = sorted(folder.glob("*.html.gz"))[:limit]
    return [gzip.decompress(f.read_bytes()).decode("utf-8", "replace") for f in files]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--delay", type=float, default=0.5, help="min_delay per host (s)")
    parser.add_argument("--latency", type=float, default=0.1, help="server delay (s)")
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args()

    ports_queue: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, daemon=True,
                                     args=(ports_queue, args.hosts, args.articles, args.latency))
    server.start()
    ports = ports_queue.get(timeout=30)
    sources = tuple(Source(name=f"host{i}", feeds=(f"http://127.0.0.1:{port}/rss",),
                           allow_private=True) for i, port in enumerate(ports))
    settings = Settings(min_delay=args.delay, workers=args.workers, retries=0, min_words=20)
    config = Config(sources=sources, settings=settings)
    # Each host also serves its feed: articles + 1 requests, plus robots.txt.
    bound = (args.articles + 2) * (args.delay + args.latency)

    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp) / "repo"
        (repo / "archive").mkdir(parents=True)
        subprocess.run(["git", "init", "-q", str(repo)], check=True)
        state = Path(tmp) / "state.json"
        t0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
        first, wall1, cpu1 = timed_round(config, repo / "archive", state, t0)
        second, wall2, cpu2 = timed_round(config, repo / "archive", state,
                                          t0 + timedelta(minutes=20))
    server.terminate()
    total = args.hosts * args.articles
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    generated = [article_html(0, n) for n in range(50)]
    shared = real_pages()

    print(f"# bench/fetch.py — {args.hosts} hosts × {args.articles} articles, "
          f"min_delay {args.delay} s, latency {args.latency} s, {args.workers} workers")
    print()
    print("| measure | value | target |")
    print("| --- | --- | --- |")
    print("| politeness bound (max over hosts of requests × (delay + latency)) | "
          f"{bound:.1f} s | |")
    print(f"| round 1: wall time (fetch, extract, commit {first.versions} versions) | "
          f"{wall1:.1f} s = {wall1 / bound:.2f} × bound | ≤ 1.15 × |")
    print(f"| round 2 (all 304): wall time | {wall2:.1f} s = {wall2 / bound:.2f} × bound | "
          "≤ 1.15 × |")
    print(f"| round 2: not modified | {sum(s.not_modified for s in second.sources.values())} "
          f"of {total} | {total} |")
    print(f"| round 1: CPU per article | {cpu1 / total * 1000:.1f} ms | |")
    print(f"| round 2: CPU per article | {cpu2 / total * 1000:.2f} ms | ≤ 2 ms |")
    print(f"| peak memory (RSS) | {peak_mb:.0f} MB | |")
    print(f"| extraction, generated pages, one core | {extraction_rate(generated):.0f} "
          "articles/s | |")
    if shared:
        print(f"| extraction, {len(shared)} real pages from shared/data/articles, one core | "
              f"{extraction_rate(shared):.0f} articles/s | |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
