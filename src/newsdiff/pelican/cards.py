"""Diff cards on the site: the image a shared link to a notable diff page shows.

Only notable changes get one (a labelled headline, correction, stealth edit or quote change,
or a rewrite of half the words or more), decided from what the build already knows (labels,
word counts), so no diff is computed for the others.  A card is a few kilobytes
(``bench/cards.py`` measures what they add per version against the 20 KB budget).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..card import HEIGHT, WIDTH, describe, render_card
from .model import Version

NOTABLE_LABELS = frozenset({"headline", "correction", "stealth", "quote"})
REWRITE_SHARE = 0.5
CARD_NAME = "card.png"


@dataclass(frozen=True)
class SiteCard:
    """A diff page's card: where it is written, its bytes and its words."""

    path: str  # ``slug/vA-vB/card.png``
    png: bytes
    alt: str
    width: int = WIDTH
    height: int = HEIGHT


def is_notable(version: Version) -> bool:
    """Whether the change that made ``version`` gets a card (from labels and sizes only)."""
    if version.previous is None or "minor" in version.labels:
        return False
    if NOTABLE_LABELS & set(version.labels):
        return True
    changed = version.words_added + version.words_removed
    return changed >= REWRITE_SHARE * max(1, version.previous.words)


def site_card(version: Version, source_title: Callable[[str], str] = str) -> SiteCard | None:
    """The card of the change that made ``version`` (its text and the previous one's loaded),
    or None when the change is not notable or shows nothing a card could.  ``source_title``
    gives the source's display name, the one every page shows."""
    previous = version.previous
    if not is_notable(version) or previous is None or previous.article is None \
            or version.article is None:
        return None
    change = describe(previous.article, version.article, source_title(version.source),
                      (previous.number, version.number), version.labels)
    if change is None:
        return None
    return SiteCard(f"{version.diff_path}{CARD_NAME}", render_card(change), change.alt_text)


__all__ = ["CARD_NAME", "NOTABLE_LABELS", "SiteCard", "is_notable", "site_card"]
