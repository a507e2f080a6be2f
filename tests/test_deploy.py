"""Beyond 1 GB: the workflow's S3 deploy script against a real S3-compatible server (moto) on
127.0.0.1; a second deploy after one article changed uploads only the files that changed."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.build import build_site

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / ".github/scripts/deploy-s3.sh"
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
KEYS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class S3Server:
    """moto's S3 server in its own process; every request it answers is in ``log``."""

    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.log = folder / "moto.log"
        self._out = self.log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=self._out, stderr=subprocess.STDOUT, env={**os.environ, **KEYS})
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"moto did not start: {self.log.read_text()[-500:]}")

    def client(self):
        import boto3

        return boto3.client("s3", endpoint_url=self.endpoint, region_name="us-east-1", **{
            key.lower(): value for key, value in KEYS.items()})

    def requests(self, method: str) -> list[str]:
        """Object keys of every ``method`` request so far (path-style: /bucket/key)."""
        text = re.sub(r"\x1b\[[0-9;]*m", "", self.log.read_text())  # werkzeug's colours
        found = re.findall(rf'"{method} /site/(\S*) HTTP/1\.1" 2\d\d', text)
        return [key.split("?")[0] for key in found]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        self._out.close()


@pytest.fixture
def s3(tmp_path: Path) -> Iterator[S3Server]:
    server = S3Server(tmp_path)
    server.client().create_bucket(Bucket="site")
    yield server
    server.stop()


def story(number: int, edit: int = 0) -> Article:
    paragraphs = [f"Story {number} opens with the council's decision on the ferry.",
                  f"Residents of district {number} said the fares were too high.",
                  "The harbour master declined to comment on Monday."]
    if edit:
        paragraphs.append(f"Update {edit}: the minister promised a review of the fares.")
    return Article(title=f"Story {number}", url=f"https://paper.example/{number}.html",
                   source="paper", byline="Ann Writer", body=format_body(paragraphs))


def deploy(site: Path, s3: S3Server) -> subprocess.CompletedProcess:
    env = {**os.environ, **KEYS, "S3_BUCKET": "site", "S3_ENDPOINT": s3.endpoint,
           "S3_REGION": "us-east-1", "RCLONE_CONFIG": os.devnull}
    done = subprocess.run(["bash", str(SCRIPT), str(site)], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def digests(site: Path) -> dict[str, str]:
    """What a deploy publishes: every file but the output's mark (the builder's own)."""
    return {p.relative_to(site).as_posix(): hashlib.md5(p.read_bytes()).hexdigest()
            for p in site.rglob("*") if p.is_file() and p.name != ".newsdiff-build"}


def bucket(s3: S3Server) -> dict[str, str]:
    pages = s3.client().get_paginator("list_objects_v2").paginate(Bucket="site")
    return {o["Key"]: o["ETag"].strip('"') for page in pages for o in page.get("Contents", [])}


def test_rclone_is_installed():
    assert shutil.which("rclone"), "rclone is missing: make test installs it " \
                                   "(scripts/system-deps.sh)"


def test_a_second_deploy_uploads_only_what_one_changed_article_changed(repo, tmp_path, s3):
    archive, site = repo / "archive", tmp_path / "site"
    with ArchiveStore(archive) as store:
        for number in range(15):  # enough that one story is a small part of the site
            store.save(story(number), T0 + timedelta(minutes=number))
    build_site(archive, site, cache=tmp_path / "cache")
    first = deploy(site, s3)
    before = digests(site)
    assert bucket(s3) == before  # every file, byte for byte (single-part ETag = MD5)
    assert sorted(s3.requests("PUT")) == sorted(before)
    assert first.stderr.count(": Copied (new)") == len(before)

    with ArchiveStore(archive) as store:
        store.save(story(3, edit=1), T0 + timedelta(hours=2))
    report = build_site(archive, site, cache=tmp_path / "cache")
    after = digests(site)
    changed = {name for name, md5 in after.items() if before.get(name) != md5}
    removed = set(before) - set(after)
    assert changed and report.written == len(changed)
    assert len(changed) < len(after) / 3  # the change is a small part of the site

    puts_before = len(s3.requests("PUT"))
    second = deploy(site, s3)
    uploaded = s3.requests("PUT")[puts_before:]
    assert sorted(uploaded) == sorted(changed)
    assert sorted(s3.requests("DELETE")) == sorted(removed)
    assert second.stderr.count(": Copied (") == len(changed)
    assert bucket(s3) == after

    third = deploy(site, s3)  # nothing changed: nothing sent
    assert len(s3.requests("PUT")) == puts_before + len(changed)
    assert ": Copied (" not in third.stderr


def test_the_script_says_what_is_missing(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("S3_BUCKET", *KEYS)}
    done = subprocess.run(["bash", str(SCRIPT), str(tmp_path)], env=env, capture_output=True,
                          text=True)
    assert done.returncode != 0
    assert "S3_BUCKET is not set" in done.stderr
    done = subprocess.run(["bash", str(SCRIPT), str(tmp_path)], capture_output=True, text=True,
                          env={**env, **KEYS, "S3_BUCKET": "site"})
    assert done.returncode == 1
    assert done.stderr == f"deploy-s3: {tmp_path}/index.html is missing: build the site first\n"


def test_the_script_passes_shellcheck():
    shellcheck = shutil.which("shellcheck")
    assert shellcheck, "shellcheck is missing: make test installs it (scripts/system-deps.sh)"
    done = subprocess.run([shellcheck, str(SCRIPT)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout


def test_the_workflow_runs_the_script_only_when_a_bucket_is_set():
    text = (ROOT / ".github/workflows/scrape.yml").read_text()
    step = text.split("- name: Publish to an S3-compatible bucket", 1)[1].split("- uses:", 1)[0]
    assert "if: vars.NEWSDIFF_S3_BUCKET != ''" in step
    assert "bash .github/scripts/deploy-s3.sh site/output" in step
    assert "secrets.NEWSDIFF_S3_SECRET" in step
    assert text.count("if: vars.NEWSDIFF_S3_BUCKET == ''") == 2  # Pages otherwise
