"""Lines of a body that are the page's chrome, not the story.

The headline or byline repeated, a rolling or count line ("Updated 5 minutes ago", "Views:
12,345"), boilerplate ("Related: …", "Read more") (``chrome_kinds``; which kinds
``Rules.chrome`` drops is the benchmark's choice); a teaser line, a label and a link to
another of the site's stories (``is_teaser_line``); an editor's credit closing the story
(``without_credit_tail``).
"""

from __future__ import annotations

import re

from .article import clean_text, is_rolling_line
from .headline import says_when_alone
from .markup import Block
from .page import Page

# Short lines that lead away from the story: "Related: …", "Read more", "Follow us on …".
# Each kind is a rule of its own, in force only when it marks chrome on several sites (and on
# twice as many as it marks story) and wins on held-out sites (bench/extract.py): a story line
# that merely opens like boilerplate ("Sign up for the state's health plan closes…") stays.
BOILERPLATE = {
    "related": r"related( posts?| stories| articles| content)?\s*:",
    "read-more": r"read (more|next)\b",
    "see-also": r"see (more|also)\s*:|more\s*:$",
    "dont-miss": r"don'?t miss",
    "you-may-like": r"you (may|might) (also )?like",
    "recommended": r"recommended\b",
    "advertisement": r"advertisement$",
    "comments": r"comments?$",
    "share": r"share (this|on|it)\b|like this (story|article)",
    "follow": r"follow (us|[\w ]{1,30} on)\b",
    "sign-up": r"sign up\b",
    "subscribe": r"subscribe\b",
    "tell-us": r"tell us what",
    "listen": r"listen to\b",
    "click-here": r"click here",
    "copyright": r"copyright\b|©|all rights reserved",
    "media-label": r"photos?:|watch:|video:",
}
_BOILERPLATE = {kind: re.compile(rf"^({pattern})", re.IGNORECASE)
                for kind, pattern in BOILERPLATE.items()}
_LINK_TAG = re.compile(r"\[[A-Z][A-Z ]+\]\|?$")  # "Story headline [INSIGHT]"
# A count the page keeps for the story, which goes up between fetches: "Views: 12,345",
# "37 comments", "Post Views: 1,284", "12 new updates", "Läst 2 345 gånger", "Aufrufe: 812";
# and how old the story is ("This article is more than 2 years old"), which goes up too.
_COUNTED = (r"views?|reads?|hits|comments?|shares?|likes?|replies|reactions|updates|posts"
            r"|visningar|kommentarer|delningar|aufrufe|kommentare|vistas|visitas|lecturas"
            r"|comentarios|vues|lectures|commentaires|просмотр\w*|комментари\w*")
_COUNT = r"\d[\d,.\s\u00a0\u202f]*[km]?"
_COUNTER = re.compile(
    rf"^((post |page )?({_COUNTED})\s*:?\s*{_COUNT}|{_COUNT}\s*(new )?({_COUNTED})( so far)?"
    rf"|läst {_COUNT}\s*gånger|gelesen:? {_COUNT}\s*(mal)?|lu {_COUNT}\s*fois"
    rf"|this (article|story|page) is (more|over) than (a|an|one|\d+) (years?|months?) old)\.?$",
    re.IGNORECASE)
_TABLE_RULE = re.compile(r"^\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*\s*$")
#: Every kind of chrome line a rule can name; ``Rules.chrome`` says which are in force.
CHROME_KINDS = frozenset({"headline", "byline", "rolling", "counter", "link-tag", "table-rule",
                          *BOILERPLATE})


def chrome_kinds(line: str, title: str, byline: str, longest: int) -> set[str]:
    """The kinds of chrome ``line`` reads as (boilerplate only up to ``longest`` words)."""
    lowered, kinds = line.lower(), set()
    if lowered == title.lower() or (title and lowered.startswith(f"{title.lower()} ") and
                                    says_when_alone(line[len(title):].strip())):
        kinds.add("headline")  # also as the <h1> shows it, with its time ("… Updated 5m ago")
    if byline and lowered in (byline.lower(), f"by {byline.lower()}"):
        kinds.add("byline")
    if is_rolling_line(line):
        kinds.add("rolling")
    if _COUNTER.match(line):
        kinds.add("counter")
    if _LINK_TAG.search(line):
        kinds.add("link-tag")
    if _TABLE_RULE.match(line):
        kinds.add("table-rule")
    if len(line.split()) <= longest:
        kinds.update(kind for kind, pattern in _BOILERPLATE.items() if pattern.match(line))
    return kinds


#: A few words and a mark, then the rest: "Read more:", "ALSO READ |", "Lire aussi :".
_LABELLED = re.compile(r"^(?:[^\W\d_][\w'’]*+\s*){1,4}[:|»›]\s*(?P<rest>\S.*)$")
_TEASER_LINK = 0.9  # of the words after the label in one link: nothing else there


def is_teaser_line(page: Page, block: Block) -> bool:
    """Whether a block is a label and a link to another story, and nothing else: a
    headline's four words at least, all linked ("Read more: Measles cases rise again").  A
    sentence that merely opens with a label ("Update: the road has reopened") stays, and so
    does a list item, which a list of the story's own sources may be."""
    if block.prefix:
        return False
    found = _LABELLED.match(clean_text(block.text))
    rest = found["rest"] if found else ""
    return len(rest.split()) >= 4 and page.link_density(rest) >= _TEASER_LINK and any(
        anchor in rest for anchor in page.own_links)


# The editor's credit closing a story ("责任编辑：王磊", "Editor : Rina Wulandari", "Edited by
# Jane Doe and John Roe"): a label and names, as sites close every story; no story line.  A
# wire's "(Editing by …)" is none: the agency's credits, kept as its reporters' are ("(Reporting
# by …; Editing by …)"), as the shared pages' truth keeps them on both pages that carry them.
_EDITOR_CREDIT = re.compile(
    r"^[(（\[【]?\s*((editor|editing(?!\s+by\b)|edited\s+by|penyunting|redaktur)\b\s*[:：]?"
    r"|(责任编辑|责编|编辑|編集|編輯|責任編集|責任編輯)\s*[:：])"
    r"\s*(?P<names>[^.!?。！？:：]{1,80}?)\s*[)）\]】]?$", re.IGNORECASE)
#: what joins editors' names: "Jane Doe, John Roe & Ann Lee", "Kari Nordmann og Ola Hansen"
_JOINS = re.compile(r"\s*,\s*|\s+(?:and|&|og|och|und|en|et|y|e|dan)\s+", re.IGNORECASE)


def is_credit_line(text: str) -> bool:
    """Whether ``text`` is an editor's credit (``_EDITOR_CREDIT``): a label and a short line
    (six words at most), or up to four names of up to four words each, every one capitalised
    ("Edited by Ana María Pérez Gómez and John Roe"; never "Edited by hand and …")."""
    found = _EDITOR_CREDIT.match(text)
    if found is None:
        return False
    if len(text.split()) <= 6 and len(found["names"]) <= 40:
        return True
    names = _JOINS.split(found["names"])
    return len(names) <= 4 and all(
        1 <= len(name.split()) <= 4 and all(word[0].isupper() for word in name.split())
        for name in names)


def without_credit_tail(blocks: list[Block]) -> list[Block]:
    """The blocks less the editor's credit lines at their end (``is_credit_line``)."""
    end = len(blocks)
    while end > 1 and is_credit_line(clean_text(blocks[end - 1].text)):
        end -= 1
    return blocks[:end]
