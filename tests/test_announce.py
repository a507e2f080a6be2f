"""Announcing notable edits: Mastodon and Bluesky stand-ins on 127.0.0.1, real clients."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import git
from PIL import Image
from socialservers import (
    BLUESKY_HANDLE,
    BLUESKY_PASSWORD,
    MASTODON_TOKEN,
    SocialServer,
)

from newsdiff.announce import (
    AnnounceError,
    AnnounceRules,
    announce,
    load_rules,
    networks_from_env,
    posted_networks,
)
from newsdiff.card import HEIGHT, WIDTH
from newsdiff.cli import main
from newsdiff.config import load_config
from newsdiff.demo import DEMO_START
from newsdiff.demo.stories import ROUND_OFFSETS
from newsdiff.notes import POSTED_REF

END = DEMO_START + ROUND_OFFSETS[-1] + timedelta(minutes=30)
SITE = "https://news.example/diffs"


@pytest.fixture
def demo(demo_copy: Path) -> Path:
    return demo_copy


def credentials(server: SocialServer) -> dict[str, str]:
    return {"NEWSDIFF_MASTODON_URL": server.url, "NEWSDIFF_MASTODON_TOKEN": MASTODON_TOKEN,
            "NEWSDIFF_BLUESKY_URL": server.url, "NEWSDIFF_BLUESKY_HANDLE": BLUESKY_HANDLE,
            "NEWSDIFF_BLUESKY_PASSWORD": BLUESKY_PASSWORD}


def test_notable_edits_reach_mastodon_and_bluesky_with_cards(demo):
    with SocialServer() as server:
        report = announce(demo / "archive", AnnounceRules(max_posts=20), SITE,
                          networks_from_env(credentials(server)), now=END)
    assert not report.failed
    # The demo's six notable edits; the byline-only, typo-sized and paragraph-added ones are
    # not (the library's added paragraph is posted as its later correction instead).
    kinds = sorted(k for post in report.posts for k in post.kinds)
    assert kinds == ["correction", "headline", "headline", "headline", "quote-removed",
                     "stealth"]
    # Mastodon: the card uploaded to /api/v2/media with its alt text, then the status.
    assert server.paths("POST").count("/api/v2/media") == 6
    assert server.paths("POST").count("/api/v1/statuses") == 6
    assert all(m["data"].startswith(b"\x89PNG") for m in server.media)
    alts = {post.alt_text for post in report.posts}
    assert {m["description"] for m in server.media} == alts
    statuses = [r for r in server.requests if r.path == "/api/v1/statuses"]
    assert all(r.headers["Idempotency-Key"].startswith("newsdiff-") for r in statuses)
    assert all(r.form["media_ids[]"] for r in statuses)
    ferry = next(p for p in report.posts if "headline" in p.kinds and "ferry" in p.link)
    assert ferry.link == f"{SITE}/harbourgazette/2026/03/02/council-ferry-fares/v1-v2/"
    assert any(ferry.link in r.form["status"] for r in statuses)
    assert "Before: “Council approves ferry fare rise” After: “Ferry fares to rise 12% " \
        "after council vote”" in ferry.alt_text
    # Bluesky: one session, then a blob and a post record per edit, the link a facet.
    assert server.paths("POST").count("/xrpc/com.atproto.server.createSession") == 1
    assert len(server.blobs) == len(server.records) == 6
    record = next(r["record"] for r in server.records if ferry.link in r["record"]["text"])
    assert record["embed"]["images"][0]["alt"] == ferry.alt_text
    assert record["facets"][0]["features"][0]["uri"] == ferry.link
    assert all(len(r["record"]["text"]) <= 300 for r in server.records)
    # Recorded in the repository: a note per version, one line per network.
    note = git(demo, "notes", f"--ref={POSTED_REF}", "show", ferry.version.commit)
    assert note.startswith(f"Posted-To: mastodon {server.url}/@newsdiff/")
    assert "Posted-To: bluesky at://did:plc:newsdiff/app.bsky.feed.post/" in note


def test_a_lost_cache_never_posts_twice(demo, tmp_path):
    """The guard lives in git notes: a fresh clone that fetches them knows what was posted."""
    with SocialServer() as server:
        first = announce(demo / "archive", AnnounceRules(max_posts=20), SITE,
                         networks_from_env(credentials(server)), now=END)
        clone = tmp_path / "clone"
        git(tmp_path, "clone", "-q", str(demo), str(clone))
        git(clone, "fetch", "-q", "origin", "refs/notes/newsdiff-*:refs/notes/newsdiff-*")
        again = announce(clone / "archive", AnnounceRules(max_posts=20), SITE,
                         networks_from_env(credentials(server)), now=END)
        statuses = server.paths("POST").count("/api/v1/statuses")
    assert len(first.posts) == 6 and again.posts == [] and again.already == 6
    assert statuses == 6 and len(server.records) == 6


def test_one_network_failing_is_retried_alone_next_run(demo):
    with SocialServer() as server:
        env = credentials(server) | {"NEWSDIFF_MASTODON_TOKEN": "wrong"}
        first = announce(demo / "archive", AnnounceRules(max_posts=20), SITE,
                         networks_from_env(env), now=END)
        assert len(first.failed) == 6 and all(k.endswith(" mastodon") for k in first.failed)
        assert len(server.records) == 6
        announce(demo / "archive", AnnounceRules(max_posts=20), SITE,
                 networks_from_env(credentials(server)), now=END)
        assert len(server.records) == 6  # Bluesky already had them
        assert server.paths("POST").count("/api/v1/statuses") == 6
    assert all(networks == {"mastodon", "bluesky"}
               for networks in posted_networks(demo).values())


def test_per_run_cap_and_age_limit(demo):
    with SocialServer() as server:
        networks = networks_from_env(credentials(server))
        capped = announce(demo / "archive", AnnounceRules(max_posts=2), SITE, networks, now=END)
        later = announce(demo / "archive", AnnounceRules(max_posts=2), SITE, networks, now=END)
        stale = announce(demo / "archive", AnnounceRules(max_posts=20), SITE, networks,
                         now=END + timedelta(days=2))
    assert len(capped.posts) == 2 and capped.over_cap == 4
    assert len(later.posts) == 2 and later.already == 2 and later.over_cap == 2
    assert stale.posts == []  # a day old: no longer news


def test_labels_per_source_from_the_config(demo, tmp_path):
    config = tmp_path / "newsdiff.toml"
    config.write_text('[announce]\nlabels = ["headline"]\nmax_posts = 10\nmax_age = "2d"\n'
                      '[[source]]\nname = "harbourgazette"\nfeeds = ["https://h.example/rss"]\n'
                      'announce = ["stealth", "correction"]\n'
                      '[[source]]\nname = "valleytribune"\nfeeds = ["https://v.example/rss"]\n')
    load_config(config)  # the fetcher's own validation accepts the announce settings
    rules = load_rules(config)
    report = announce(demo / "archive", rules, SITE, [], dry_run=tmp_path / "posts", now=END)
    got = sorted((p.version.source, p.kinds) for p in report.posts)
    assert got == [("harbourgazette", ("correction",)), ("harbourgazette", ("stealth",)),
                   ("valleytribune", ("headline",)), ("valleytribune", ("headline",))]
    config.write_text('[announce]\nlabels = ["headlines"]\n[[source]]\nname = "a"\n'
                      'feeds = ["https://a.example/rss"]\n')
    with pytest.raises(AnnounceError, match=r"\[announce\] labels: unknown label 'headlines'"):
        load_rules(config)


def test_a_version_newsdiff_read_differently_is_never_announced(demo, tmp_path):
    from dataclasses import replace

    from newsdiff.archive import ArchiveStore
    from newsdiff.recent import recorded_versions

    rules = AnnounceRules(max_posts=20)
    before = announce(demo / "archive", rules, SITE, [], dry_run=tmp_path / "a", now=END)
    with ArchiveStore(demo / "archive") as store:
        path = sorted(store.histories)[0]
        latest = store.latest(path)
        for title, change in (("A headline newsdiff now reads", "headline, reading"),
                              ("A headline the newsroom wrote", "headline")):
            latest = replace(latest, title=title)
            store.save(latest, END - timedelta(minutes=20 if "reading" in change else 10),
                       trailers={"Change": change}, path=path)
    after = announce(demo / "archive", rules, SITE, [], dry_run=tmp_path / "b", now=END)
    new = [p.version for p in after.posts
           if p.version.commit not in {q.version.commit for q in before.posts}]
    assert [v.labels for v in new] == [("headline",)]  # the upgraded reading's is not posted
    assert any("reading" in v.labels for v in recorded_versions(demo / "archive"))


def test_dry_run_writes_posts_and_cards_and_records_nothing(demo, tmp_path):
    folder = tmp_path / "posts"
    report = announce(demo / "archive", AnnounceRules(max_posts=20), SITE, [],
                      dry_run=folder, now=END)
    lines = [json.loads(line) for line in (folder / "posts.jsonl").read_text().splitlines()]
    assert len(lines) == len(report.posts) == 6
    for line in lines:
        with Image.open(folder / line["image"]) as card:
            assert card.size == (WIDTH, HEIGHT) and card.format == "PNG"
        assert line["link"].startswith(SITE) and line["link"] in line["text"]
        assert line["alt"].count("Before: ") == 1
        text = (folder / line["image"].replace(".png", ".txt")).read_text()
        assert text.startswith(line["text"]) and line["alt"] in text
    assert posted_networks(demo) == {}


def test_nothing_posts_without_credentials(demo, monkeypatch):
    for name in ("NEWSDIFF_MASTODON_URL", "NEWSDIFF_MASTODON_TOKEN", "NEWSDIFF_BLUESKY_URL",
                 "NEWSDIFF_BLUESKY_HANDLE", "NEWSDIFF_BLUESKY_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    (demo / "newsdiff.toml").write_text(
        '[[source]]\nname = "harbourgazette"\nfeeds = ["https://h.example/rss"]\n')
    result = CliRunner().invoke(main, ["announce", "--config", str(demo / "newsdiff.toml"),
                                       "--archive", str(demo / "archive"), "--site-url", SITE])
    assert result.exit_code == 0, result.output
    assert result.output == "no Mastodon or Bluesky credentials set: nothing posted\n"
    assert posted_networks(demo) == {}


def test_command_posts_with_credentials_and_needs_a_site_address(demo, monkeypatch):
    (demo / "newsdiff.toml").write_text(
        '[announce]\nmax_age = "100000d"\n'
        '[[source]]\nname = "harbourgazette"\nfeeds = ["https://h.example/rss"]\n')
    monkeypatch.delenv("NEWSDIFF_SITEURL", raising=False)
    args = ["announce", "--config", str(demo / "newsdiff.toml"), "--archive",
            str(demo / "archive")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert result.output.startswith("Error: no site address for the links")
    with SocialServer() as server:
        for key, value in credentials(server).items():
            monkeypatch.setenv(key, value)
        result = CliRunner().invoke(main, [*args, "--site-url", SITE])
        assert result.exit_code == 0, result.output
        assert result.output.startswith("4 versions announced, 8 posts made, 0 failed")
        monkeypatch.setenv("NEWSDIFF_BLUESKY_PASSWORD", "wrong")
        result = CliRunner().invoke(main, [*args, "--site-url", SITE])
        assert result.exit_code == 1 and result.output.startswith("Error: cannot log in:")
        assert "Traceback" not in result.output


def test_workflow_script_posts_once_and_pushes_its_notes(demo, tmp_path):
    """.github/scripts/announce.sh, as the scrape workflow runs it, twice from fresh clones."""
    root = Path(__file__).resolve().parents[1]
    origin = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", str(demo), str(origin))
    newsdiff = str(Path(sys.executable).parent / "newsdiff")
    outputs = {}
    with SocialServer() as server:
        for run in ("first", "second"):
            work = tmp_path / run
            git(tmp_path, "clone", "-q", str(origin), str(work))
            (work / "newsdiff.toml").write_text(
                '[announce]\nmax_age = "100000d"\nmax_posts = 10\n[[source]]\n'
                'name = "harbourgazette"\nfeeds = ["https://h.example/rss"]\n')
            env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSDIFF_",
                                                                             "WAYBACK_"))}
            env |= credentials(server) | {"NEWSDIFF": newsdiff, "NEWSDIFF_SITEURL": SITE,
                                          "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
                                          "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
            done = subprocess.run(["bash", str(root / ".github/scripts/announce.sh")], cwd=work,
                                  env=env, capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, done.stdout + done.stderr
            outputs[run] = done.stdout
        assert server.paths("POST").count("/api/v1/statuses") == 6
        assert len(server.records) == 6
    assert "6 versions announced, 12 posts made, 0 failed" in outputs["first"]
    assert "notes pushed" in outputs["first"]
    # The second clone fetched the notes: it knew all six were posted.
    assert "0 versions announced, 0 posts made, 0 failed, 6 already posted" in outputs["second"]
    notes = git(origin, "notes", f"--ref={POSTED_REF}", "list").splitlines()
    assert len(notes) == 6
