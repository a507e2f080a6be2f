"""Atom feeds of changes: each entry is one new version, linking to its diff."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from datetime import UTC, datetime

from feedgenerator import Atom1Feed

from .model import Version

MAX_ENTRIES = 100
#: An empty feed's <updated>: fixed, so an unchanged feed keeps its bytes between builds.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


#: Characters XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/U+FFFF).  Histories may
#: hold titles with them from before text was cleaned at extraction; a feed must still build.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids."""
    return _NOT_XML.sub("", text)


class _Feed(Atom1Feed):
    def __init__(self, *args, updated: datetime = EPOCH, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.updated = updated

    def latest_post_date(self) -> datetime:
        """The newest entry's time; feedgenerator's own falls back to "now"."""
        return max([item["updateddate"] for item in self.items], default=self.updated)


def _summary(version: Version) -> str:
    parts = []
    if version.previous is not None:
        parts.append(f"+{version.words_added} −{version.words_removed} words")
        if version.title_changed:
            parts.append(f"title was: {version.previous.title}")
    if version.labels:
        parts.append("changes: " + ", ".join(version.labels))
    if version.reverts_to:
        parts.append(f"reverted to version {version.reverts_to}")
    return "; ".join(parts)


def feed_xml(title: str, site_url: str, feed_path: str, versions: Iterable[Version],
             updated: datetime = EPOCH) -> bytes:
    """An Atom feed of ``versions`` (newest first), published at ``feed_path``.

    ``updated`` dates the feed when it has no entries yet.
    """
    base = site_url.rstrip("/")
    title = xml_safe(title)
    feed = _Feed(title=title, link=f"{base}/", feed_url=f"{base}/{feed_path}",
                 description=title, updated=updated)
    for version in list(versions)[:MAX_ENTRIES]:
        feed.add_item(
            title=xml_safe(f"{version.title} (version {version.number})"),
            link=f"{base}/{version.diff_path}",
            unique_id=f"newsdiff:{version.slug}:v{version.number}:{version.commit}",
            description=xml_safe(_summary(version)),
            pubdate=version.fetched_at,
            updateddate=version.fetched_at,
            categories=[xml_safe(c) for c in (version.source, *version.labels)],
        )
    out = io.StringIO()
    feed.write(out, "utf-8")
    return out.getvalue().encode("utf-8")
