"""Is it a real version?  Fixed, explainable rules, and the labels each edit gets.

- *Boring* (not a version): the same words once Unicode, whitespace, mojibake and rolling
  date lines ("fredag 18 augusti 2017", "Updated 5 minutes ago") are set aside.
- *Refused* (never a version, however often it comes back): the page newly reads like an
  error, consent, login or paywall page *and* has lost more than half the article's words
  or kept only the article's opening (a metered paywall's teaser): that is what stands in
  front of the article, not an edit of it.
  A first fetch has nothing to compare with: it is refused when its text ends in a call to
  subscribe or log in (a story quoting one goes on after it) unless the page's schema.org
  markup says it is free, or when a wall's words open it and, their sentences set aside,
  fewer words are left than the shortest real story.
- *Suspicious* (held until the next fetch confirms it; never a first fetch): the body loses
  more than half its words (a story cut down or withdrawn is an edit), or the page newly reads
  like an error, consent, login or paywall page while the text stays (an edit may quote such
  words).
- Otherwise a version, labelled: ``headline``, ``byline``, ``url``, ``lede``,
  ``paragraph-added``, ``paragraph-removed``, ``paragraph-moved``, ``quote``, ``numbers``,
  ``correction``, ``stealth`` (the text changed but the page's stated modification time did
  not), ``minor``, ``reading`` (newsdiff read the page differently from the version before:
  it was upgraded); and
  ``Reverts-To: N`` when it is identical to an earlier version N (A → B → A).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from .article import Article, is_rolling_line
from .change import (
    DATE_LINE,
    comparable,
    compare,
    fix_mojibake,
    labels,
    same_version,
    text_paragraphs,
)

__all__ = ["ACCESS_CALL", "DATE_LINE", "READING_LABEL", "SUSPECT_PAGE", "Decision", "Judge",
           "comparable", "fingerprint", "fix_mojibake", "labels", "moved_on", "same_version",
           "suspicion", "wall", "with_reading"]

# A paywall's or login wall's call to subscribe or log in ...
_ACCESS = (
    r"(sign|log) ?in to (continue|read)|subscribe (now )?to (continue|read|keep)"
    r"|this (article|content) is (only )?(available )?(for|to) (subscribers|members)"
    r"|already a subscriber"
    r"|reached your (monthly )?(limit|free article)|to continue reading, (subscribe|log ?in"
    r"|sign ?in|register|become)"
    # The same walls in the languages of the project's sources (sv, de, es, fr).
    r"|redan prenumerant|bli prenumerant|logga in för att (läsa|fortsätta)"
    r"|bereits abonnent|bereits ein abo|jetzt weiterlesen mit|nur für abonnenten"
    r"|ya eres suscriptor|(exclusivo|solo|sólo) para suscriptores"
    r"|suscríbete para (seguir|continuar)"
    # "réservée": the feminine, as in Le Monde's "La suite est réservée aux abonnés"
    r"|déjà abonné|réservée? aux abonnés|abonnez-vous pour (lire|continuer)")
# ... and what error, consent and robot-check pages say.
_OTHER = (r"page not found|404 not found|access denied|service unavailable|something went wrong"
          r"|we use cookies|cookie (settings|consent|policy)|accept (all )?cookies"
          r"|enable javascript|are you a robot|captcha"
          # The IAB consent banners' English, which names no "we use cookies": "We and our
          # partners use cookies…", "By clicking “Accept all” you consent…".
          r"|we and our (\d+ )?(partners|vendors) (use|store)|we value your privacy"
          r"|by clicking [\"“'‘]?(accept|agree|i agree)"
          # The same pages in the languages of the project's sources (sv, de, es, fr): only
          # English ones read as walls, and a Swedish or German consent page served in front
          # of a story was recorded as its version.  A button's words only with "cookies"
          # ("nicht alle akzeptieren" is a story's).
          r"|(använder|verwenden|utilizamos|usamos|utilisons des) cookies"
          r"|(godkänn|acceptera) (alla )?(cookies|kakor)|(alle )?cookies akzeptieren"
          r"|aceptar (todas las )?cookies|accepter (tous )?les cookies"
          r"|sidan (kunde inte hittas|finns inte)|seite (wurde )?nicht gefunden"
          r"|página no encontrada|page (introuvable|non trouvée)")
ACCESS_CALL = re.compile(_ACCESS, re.IGNORECASE)
SUSPECT_PAGE = re.compile(f"{_OTHER}|{_ACCESS}", re.IGNORECASE)
SHRINK_LIMIT = 0.5
_WALL = "reads like an error, consent, login or paywall page"
#: What may follow a wall's call to subscribe or log in on a first fetch: its buttons and
#: offer ("Log in.", "Get unlimited access for $1 a week."); a story quoting the call goes on.
CALL_TAIL_WORDS = 20
#: Less than a sentence (article.PROSE_WORDS) of story before an error or consent page's
#: words: they open the page.
OPENING_WORDS = 8
#: The shortest real story kept (Settings.min_words' default; real briefs run 40–150 words):
#: a first fetch that opens with a wall and whose words outside the wall's sentences fall
#: short of it is the wall, not a brief quoting one.
BRIEF_WORDS = 40
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_OPENING_QUOTE = re.compile(r"[\"“”«„‘]\W*$")  # not ’: the apostrophe of "don’t"
_CLOSING_QUOTE = re.compile(r"[\"“”»]\W*$")


def _quoted_call(sentence: str) -> bool:
    """Whether a sentence's call to subscribe or log in is set in quotation marks: a story
    quoting it (a brief about a paywall may end so, and was refused round after round, never
    recorded); a wall does not quote its own call."""
    call = ACCESS_CALL.search(sentence)
    return bool(call) and bool(_OPENING_QUOTE.search(sentence[:call.start()])
                               or _CLOSING_QUOTE.search(sentence))


def fingerprint(article: Article) -> str:
    """A short id of an article's comparable content (for reverts and held versions)."""
    return hashlib.sha1("\x1f".join(comparable(article)).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Decision:
    """What the rules make of a fetch: ``boring``, ``refused``, ``suspicious`` or
    ``version``."""

    kind: str
    reason: str = ""
    labels: tuple[str, ...] = ()
    reverts_to: int | None = None
    #: a version confirming the fetch held before it (the same again, or a shrink that
    #: moved on from the recorded text twice in a row)
    confirms: bool = False
    #: a held shrink, or a held text that grew, with text of its own (``moved_on``): the
    #: next fetch may confirm it by moving on too, not only by coming back the same
    moved: bool = False

    @property
    def trailers(self) -> dict[str, str]:
        trailers = {"Change": ", ".join(self.labels)} if self.labels else {}
        if self.reverts_to is not None:
            trailers["Reverts-To"] = str(self.reverts_to)
        return trailers


#: The label of a version read differently from the one before it (newsdiff was upgraded):
#: part of its change may be newsdiff's own, so it is never announced as the newsroom's.
READING_LABEL = "reading"


def with_reading(trailers: dict[str, str], reading: str, was: str | None) -> dict[str, str]:
    """A version's trailers with the reading it was extracted with (``Reading:``); when the
    version before it was read otherwise (``was``; '' when it predates the trailer, None for
    a first version), also the ``reading`` label and ``Reading-Was:``."""
    trailers = {**trailers, "Reading": reading}
    if was is None or was == reading:
        return trailers
    labels = [label for label in trailers.get("Change", "").split(", ") if label]
    return {**trailers, "Change": ", ".join([*labels, READING_LABEL]),
            "Reading-Was": (was or "unrecorded")[:40]}


def _wall_words(article: Article | None) -> set[str]:
    if article is None:
        return set()
    return {m.group(0).lower() for m in SUSPECT_PAGE.finditer(f"{article.title}\n{article.body}")}


def _reads_like_a_wall(old: Article | None, new: Article) -> bool:
    # Phrase by phrase: a cookie line that leaked into every version must not hide the
    # "already a subscriber?" of a paywall put up later.
    return bool(_wall_words(new) - _wall_words(old))


def _teaser(old: Article | None, new: Article) -> bool:
    """Whether the new text, its paragraphs that read like a wall set aside, is the opening
    of the old text cut short: a metered paywall's teaser, however much of the story it
    keeps (a truncated extraction is never a version)."""
    if old is None:
        return False
    kept = " ".join(p for p in text_paragraphs(new) if not SUSPECT_PAGE.search(p)).split()
    words = " ".join(text_paragraphs(old)).split()
    if len(kept) >= len(words):
        return False
    if not kept:
        return True
    # The last word may be cut off with an ellipsis ("the coun…").
    return words[:len(kept) - 1] == kept[:-1] and \
        words[len(kept) - 1].startswith(kept[-1].rstrip(".…"))


def _shrinks(old: Article | None, new: Article) -> tuple[int, int] | None:
    """The words before and after, when the text lost more than half of them."""
    if old is None:
        return None
    before, after = len(comparable(old)[2].split()), len(comparable(new)[2].split())
    return (before, after) if before and after < before * SHRINK_LIMIT else None


def _grew(old: Article, new: Article) -> bool:
    """Whether the text has at least as many words as before."""
    return len(comparable(new)[2].split()) >= len(comparable(old)[2].split())


def _sentences(article: Article) -> list[tuple[str, int]]:
    """The body's sentences in reading order, each with its word count."""
    return [(sentence, len(sentence.split())) for paragraph in text_paragraphs(article)
            for sentence in _SENTENCE_END.split(paragraph) if sentence.strip()]


def _first_wall(new: Article, paywalled: bool | None) -> str:
    """Why a first fetch (nothing recorded to compare with) is a wall: its text ends in a
    call to subscribe or log in (the story it quoted would go on after it), unless the page
    marks itself free, so the call is the site's chrome; or a wall's words open it (its
    title or first sentence) and, their sentences set aside, too few words are left for the
    shortest real story."""
    sentences = _sentences(new)
    walls = [n for n, (sentence, _) in enumerate(sentences) if SUSPECT_PAGE.search(sentence)]
    calls = [n for n in walls if ACCESS_CALL.search(sentences[n][0])
             and not _quoted_call(sentences[n][0])]
    if calls and paywalled is not False:
        after = sum(words for n, (_, words) in enumerate(sentences)
                    if n > calls[-1] and n not in walls)
        if after < CALL_TAIL_WORDS:
            call = ACCESS_CALL.search(sentences[calls[-1]][0]).group(0)
            # No ": " in a reason: `newsdiff add` shows what follows the last one.
            marked = ("; the page marks itself paywalled (schema.org isAccessibleForFree"
                      " false)") if paywalled else ""
            return f"{_WALL}, and its text ends in the call “{call}”{marked}"
    titled = SUSPECT_PAGE.search(new.title)
    if not titled and not walls:
        return ""
    before = sum(words for _, words in sentences[:walls[0]]) if walls else 0
    story = sum(words for n, (_, words) in enumerate(sentences) if n not in walls)
    if (titled or before < OPENING_WORDS) and story < BRIEF_WORDS:
        opener = titled or SUSPECT_PAGE.search(sentences[walls[0]][0])
        return (f"{_WALL}, and “{opener.group(0)}” opens it with only {story} of its words "
                "outside the wall's sentences")
    return ""


def wall(old: Article | None, new: Article, paywalled: bool | None = None) -> str:
    """Why a fetch is the page in front of the article rather than a version of it ('' when
    it is not): it newly reads like an error, consent, login or paywall page and lost most
    of the article's words, or kept only its opening.  Holding it would not do: a wall comes
    back on the next fetch as surely as an edit, and would be confirmed as one.  A first
    fetch has nothing to lose words against: see ``_first_wall`` (``paywalled``: what the
    page's schema.org markup says, ``pagemeta.paywall_mark``)."""
    if old is None:
        return _first_wall(new, paywalled)
    if not _reads_like_a_wall(old, new):
        return ""
    shrunk = _shrinks(old, new)
    if shrunk:
        return f"{_WALL}, and the text shrank from {shrunk[0]} to {shrunk[1]} words"
    return f"{_WALL}, and the text is the article's opening cut short" \
        if _teaser(old, new) else ""


def moved_on(old: Article, new: Article) -> bool:
    """Whether the new text has whole sentences of its own, no piece of the old text, of
    ``OPENING_WORDS`` words or more between them: what no cut of the old text (a truncation
    at any point, an extraction that missed part of it) can show, and a live blog that
    rolled over does.  Counted together, not one sentence at a time: a ticker's entries are
    shorter than a sentence of prose ("67' Hörna för Sverige."), and it was held and dropped
    for ever.  The last sentence is left out (it may be cut off), and so are lines that roll
    on their own (a date line, "Uppdaterad 14:05"): a cut under a new one has no text of its
    own."""
    known = " ".join(" ".join(text_paragraphs(old)).lower().split())
    own = sum(words for sentence, words in _sentences(new)[:-1]
              if not (DATE_LINE.match(sentence) or is_rolling_line(sentence))
              and " ".join(sentence.lower().split()).rstrip(".…") not in known)
    return own >= OPENING_WORDS


def suspicion(old: Article | None, new: Article) -> str:
    """Why a version should wait for confirmation ('' when it need not).  Never a first
    fetch: ``wall`` has refused it or found it a story, and holding it would lose a story
    that changes before the next fetch (a live blog) or leaves its listing."""
    if old is None:
        return ""
    if _reads_like_a_wall(old, new):
        return _WALL
    shrunk = _shrinks(old, new)
    return f"the text shrank from {shrunk[0]} to {shrunk[1]} words" if shrunk else ""


@dataclass
class Judge:
    """Applies the rules to a new fetch, given the versions already recorded."""

    history: list[Article] = field(default_factory=list)

    def decide(self, new: Article, held: str = "", paywalled: bool | None = None,
               held_moved: bool = False) -> Decision:
        """``held``: the fingerprint of the fetch held before (``held_moved``: it was a
        shrink that moved on, ``Decision.moved``); ``paywalled``: what the page's schema.org
        markup says of its paywall (``pagemeta.paywall_mark``)."""
        previous = self.history[-1] if self.history else None
        if previous is not None and same_version(previous, new):
            return Decision("boring", "same words as the last version")
        refused = wall(previous, new, paywalled)
        if refused:
            return Decision("refused", refused)
        mark = fingerprint(new)
        reason = suspicion(previous, new)
        confirms = bool(reason) and held == mark
        if reason and not confirms:
            # A shrink that keeps changing (a live blog rolled over to its newest entries)
            # never comes back the same: it is confirmed by moving on from the recorded text
            # twice in a row, which no truncation of it can do.  So is a text that newly
            # reads like a wall but grew (a live blog quoting an error its readers see): a
            # wall takes from a story, never adds to it.
            moved = previous is not None and moved_on(previous, new) and (
                not _reads_like_a_wall(previous, new) or _grew(previous, new))
            if not (moved and held and held_moved):
                return Decision("suspicious", reason, moved=moved)
            confirms = True
        if previous is None:
            return Decision("version")
        reverts_to = next((n for n, old in reversed(list(enumerate(self.history[:-1], 1)))
                           if fingerprint(old) == mark), None)
        return Decision("version", labels=compare(previous, new).labels, reverts_to=reverts_to,
                        confirms=confirms)
