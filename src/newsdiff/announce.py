"""Announcing notable edits where readers are: Mastodon and Bluesky, each post with a diff card.

``newsdiff announce`` picks the recent versions whose change is notable for their source
(by default a rewritten headline, a correction, a removed quote, a large rewrite or a stealth
edit), and posts each one: a line saying what changed, the link to its diff page, and the diff
card (``card``) with the change in words as its alt text.  Clients are the maintained ones:
Mastodon.py (``/api/v2/media``, ``/api/v1/statuses``) and the ``atproto`` SDK
(``com.atproto.server.createSession``, ``com.atproto.repo.uploadBlob``,
``com.atproto.repo.createRecord``).

Guards: nothing is posted to a network whose credentials are not set; at most ``max_posts``
versions a run; what was posted is recorded in the repository, as a git note on the version's
commit (``refs/notes/newsdiff-posted``, a line ``Posted-To: <network> <address>``), so a lost
cache never causes a second post; Mastodon also gets an idempotency key per version, which
covers a crash between posting and noting.  ``--dry-run DIR`` writes the would-be posts and
their cards to a folder and posts nothing.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from .article import Article, markdown_to_text
from .card import Change, describe, render_card
from .change import speech_removed
from .diff import diff_paragraphs
from .notes import POSTED_REF, add_field, fields, read_notes
from .reader import locate
from .recent import RecordedVersion, read_articles, recorded_versions
from .schedule import parse_duration
from .validate import READING_LABEL

DEFAULT_KINDS = ("headline", "correction", "quote-removed", "rewrite", "stealth")
#: Kinds a source may ask for: the validator's labels plus two judged here from the diff.
KNOWN_KINDS = frozenset({"headline", "byline", "url", "lede", "paragraph-added",
                         "paragraph-removed", "paragraph-moved", "quote", "numbers",
                         "correction", "stealth", "minor", "quote-removed", "rewrite"})
POSTED_KEY = "Posted-To"
BLUESKY_LIMIT, MASTODON_LIMIT = 300, 500


class AnnounceError(ValueError):
    """A mistake in the ``[announce]`` configuration or the credentials, in one line."""


@dataclass(frozen=True)
class AnnounceRules:
    """What is worth a post, per source, and how much a run may post."""

    kinds: tuple[str, ...] = DEFAULT_KINDS
    per_source: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    max_posts: int = 4
    max_age: timedelta = timedelta(days=1)
    rewrite_share: float = 0.5

    def kinds_for(self, source: str) -> tuple[str, ...]:
        return self.per_source.get(source, self.kinds)


def _kinds(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
        raise AnnounceError(f"{where} must be a list of labels")
    unknown = [k for k in value if k not in KNOWN_KINDS]
    if unknown:
        raise AnnounceError(f"{where}: unknown label {unknown[0]!r} (expected one of: "
                            f"{', '.join(sorted(KNOWN_KINDS))})")
    return tuple(value)


def load_rules(config_path: Path) -> AnnounceRules:
    """The ``[announce]`` table and each source's ``announce`` list of a config file."""
    try:
        data = tomllib.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise AnnounceError(f"{config_path}: cannot read: {error}") from None
    table = data.get("announce", {})
    where = f"{config_path}: [announce]"
    if not isinstance(table, dict):
        raise AnnounceError(f"{where} must be a table")
    known = {"labels", "max_posts", "max_age", "rewrite_share"}
    for key in table:
        if key not in known:
            raise AnnounceError(f"{where}: unknown key {key!r} (expected one of: "
                                f"{', '.join(sorted(known))})")
    rules: dict[str, Any] = {}
    if "labels" in table:
        rules["kinds"] = _kinds(table["labels"], f"{where} labels")
    if "max_posts" in table:
        if not isinstance(table["max_posts"], int) or table["max_posts"] < 0:
            raise AnnounceError(f"{where}: 'max_posts' must be a whole number ≥ 0")
        rules["max_posts"] = table["max_posts"]
    if "max_age" in table:
        try:
            rules["max_age"] = parse_duration(str(table["max_age"]))
        except ValueError:
            raise AnnounceError(f"{where}: 'max_age' must be a duration like \"1d\" or "
                                "\"12h\"") from None
    if "rewrite_share" in table:
        share = table["rewrite_share"]
        if not isinstance(share, int | float) or not 0 < share <= 1:
            raise AnnounceError(f"{where}: 'rewrite_share' must be a number in (0, 1]")
        rules["rewrite_share"] = float(share)
    per_source = {}
    for source in data.get("source", []):
        if isinstance(source, dict) and "announce" in source:
            per_source[str(source.get("name"))] = _kinds(
                source["announce"], f"{config_path}: source {source.get('name')!r} announce")
    return AnnounceRules(per_source=per_source, **rules)


def notable_kinds(old: Article, new: Article, labels: tuple[str, ...],
                  rewrite_share: float) -> tuple[str, ...]:
    """The version's labels plus ``quote-removed`` (a removed passage held a quote) and
    ``rewrite`` (the words changed add up to ``rewrite_share`` of the old text or more)."""
    found = list(labels)
    result = diff_paragraphs([markdown_to_text(p) for p in old.paragraphs],
                             [markdown_to_text(p) for p in new.paragraphs])
    if speech_removed(result):
        found.append("quote-removed")
    words = max(1, len(" ".join(markdown_to_text(p) for p in old.paragraphs).split()))
    if result.words_added + result.words_removed >= rewrite_share * words:
        found.append("rewrite")
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class Post:
    """One would-be post: its text, its link, its card and the card's alt text."""

    version: RecordedVersion
    text: str
    link: str
    card: bytes
    alt_text: str
    kinds: tuple[str, ...]

    @property
    def key(self) -> str:
        """Stable per version: Mastodon's idempotency key and the dry-run's file name."""
        return f"newsdiff-{self.version.commit[:16]}"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def compose(version: RecordedVersion, change: Change, kinds: tuple[str, ...],
            site_url: str) -> Post:
    """The post for a version: what changed in a sentence, then the diff page's address."""
    link = f"{site_url.rstrip('/')}/{version.diff_path}"
    what = {"Headline": "changed the headline of", "Text": "edited"}[change.what]
    tags = f" [{', '.join(kinds)}]" if kinds else ""
    # Bluesky counts the link too; the title is clipped so the whole post fits in 300.
    room = BLUESKY_LIMIT - len(link) - len(what) - len(version.source) - len(tags) - 16
    text = f"{version.source} {what} “{_clip(change.title, max(room, 20))}”{tags}\n{link}"
    return Post(version, text, link, render_card(change), change.alt_text, kinds)


class Network(Protocol):
    name: str

    def publish(self, post: Post) -> str:
        """Post it; the post's address."""


class MastodonNetwork:
    """Mastodon through Mastodon.py: the card uploaded with its alt text, then the status."""

    name = "mastodon"

    def __init__(self, base_url: str, token: str) -> None:
        from mastodon import Mastodon

        self.client = Mastodon(access_token=token, api_base_url=base_url,
                               version_check_mode="none",
                               ratelimit_method="throw", request_timeout=30)

    def publish(self, post: Post) -> str:
        media = self.client.media_post(post.card, mime_type="image/png",
                                       description=post.alt_text[:1500],
                                       file_name="diff-card.png", synchronous=True)
        status = self.client.status_post(_clip(post.text, MASTODON_LIMIT), media_ids=[media],
                                         idempotency_key=post.key, visibility="public")
        return str(status.get("url") or status.get("uri") or status.get("id"))


class BlueskyNetwork:
    """Bluesky through the atproto SDK: a session, the card as a blob, then the post record."""

    name = "bluesky"

    def __init__(self, base_url: str, handle: str, password: str) -> None:
        from atproto import Client

        self.client = Client(base_url=base_url)
        self.handle = handle
        self.client.login(handle, password, fetch_bsky_profile=False)

    def publish(self, post: Post) -> str:
        from atproto import client_utils, models

        line, _, _ = post.text.rpartition("\n")
        text = client_utils.TextBuilder().text(line + "\n").link(post.link, post.link)
        from .card import HEIGHT, WIDTH

        record = self.client.send_image(
            text, post.card, post.alt_text[:2000], profile_identify=self.handle,
            image_aspect_ratio=models.AppBskyEmbedDefs.AspectRatio(width=WIDTH, height=HEIGHT))
        return record.uri


def networks_from_env(env: Mapping[str, str] = os.environ) -> list[Network]:
    """The networks whose credentials are set (none: nothing will be posted)."""
    found: list[Network] = []
    if env.get("NEWSDIFF_MASTODON_URL") and env.get("NEWSDIFF_MASTODON_TOKEN"):
        found.append(MastodonNetwork(env["NEWSDIFF_MASTODON_URL"],
                                     env["NEWSDIFF_MASTODON_TOKEN"]))
    if env.get("NEWSDIFF_BLUESKY_HANDLE") and env.get("NEWSDIFF_BLUESKY_PASSWORD"):
        found.append(BlueskyNetwork(env.get("NEWSDIFF_BLUESKY_URL") or "https://bsky.social",
                                    env["NEWSDIFF_BLUESKY_HANDLE"],
                                    env["NEWSDIFF_BLUESKY_PASSWORD"]))
    return found


@dataclass
class AnnounceReport:
    """What one ``announce`` run did (or, in a dry run, would do)."""

    posts: list[Post] = field(default_factory=list)
    posted: dict[str, list[str]] = field(default_factory=dict)  # commit → addresses
    failed: dict[str, str] = field(default_factory=dict)  # "commit network" → reason
    already: int = 0
    over_cap: int = 0

    def summary(self) -> str:
        sent = sum(len(a) for a in self.posted.values())
        return (f"{len(self.posts)} versions announced, {sent} posts made, {len(self.failed)} "
                f"failed, {self.already} already posted, {self.over_cap} over the per-run cap")


def posted_networks(repo_dir: Path) -> dict[str, set[str]]:
    """For each commit, the networks it was already posted to (from the repository's notes)."""
    return {commit: {value.split(" ", 1)[0] for key, value in fields(note) if key == POSTED_KEY}
            for commit, note in read_notes(repo_dir, POSTED_REF).items()}


def candidate_posts(archive: Path, rules: AnnounceRules, site_url: str,
                    now: datetime | None = None) -> list[Post]:
    """The notable recent versions as posts, oldest first."""
    now = now or datetime.now(UTC)
    versions = [v for v in recorded_versions(archive, since=now - rules.max_age)
                if v.previous_blob and rules.kinds_for(v.source)]
    texts = read_articles(archive, [b for v in versions for b in (v.previous_blob, v.blob)])
    posts = []
    for version in versions:
        old, new = texts.get(version.previous_blob), texts.get(version.blob)
        if old is None or new is None or READING_LABEL in version.labels:
            continue  # read otherwise than the version before: maybe newsdiff's change
        found = notable_kinds(old, new, version.labels, rules.rewrite_share)
        wanted = tuple(k for k in found if k in rules.kinds_for(version.source))
        change = describe(old, new, version.source, (version.number - 1, version.number),
                          found) if wanted else None
        if change is not None:
            posts.append(compose(version, change, wanted, site_url))
    return posts


def write_dry_run(posts: list[Post], folder: Path) -> None:
    """Each would-be post as ``<key>.txt`` and ``<key>.png``, and all of them in posts.jsonl."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for post in posts:
        (folder / f"{post.key}.png").write_bytes(post.card)
        (folder / f"{post.key}.txt").write_text(f"{post.text}\n\n[image: {post.alt_text}]\n",
                                                encoding="utf-8")
        lines.append(json.dumps({"version": post.version.version_path, "text": post.text,
                                 "link": post.link, "image": f"{post.key}.png",
                                 "alt": post.alt_text, "labels": list(post.kinds)},
                                ensure_ascii=False))
    (folder / "posts.jsonl").write_text("".join(f"{line}\n" for line in lines),
                                        encoding="utf-8")


def announce(archive: Path, rules: AnnounceRules, site_url: str, networks: list[Network],
             dry_run: Path | None = None, now: datetime | None = None) -> AnnounceReport:
    """Post the notable recent versions not yet posted, at most ``rules.max_posts`` of them."""
    repo_dir, _ = locate(archive)
    report = AnnounceReport()
    done = posted_networks(repo_dir)
    budget = rules.max_posts
    for post in candidate_posts(archive, rules, site_url, now):
        commit = post.version.commit
        todo = [n for n in networks if n.name not in done.get(commit, set())]
        if not dry_run and not todo:
            report.already += 1
            continue
        if budget <= 0:
            report.over_cap += 1
            continue
        budget -= 1
        report.posts.append(post)
        for network in [] if dry_run else todo:
            try:
                address = network.publish(post)
            except Exception as error:  # a network's failure is reported, never fatal
                report.failed[f"{commit} {network.name}"] = \
                    f"{error.__class__.__name__}: {str(error)[:200]}"
                continue
            add_field(repo_dir, POSTED_REF, commit, POSTED_KEY, f"{network.name} {address}")
            report.posted.setdefault(commit, []).append(address)
    if dry_run is not None:
        write_dry_run(report.posts, dry_run)
    return report


__all__ = ["DEFAULT_KINDS", "AnnounceError", "AnnounceReport", "AnnounceRules",
           "BlueskyNetwork", "MastodonNetwork", "Post", "announce", "candidate_posts",
           "load_rules", "networks_from_env", "notable_kinds", "write_dry_run"]
