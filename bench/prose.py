"""The text the benchmarks write: real sentences, shaped and edited as newsrooms do.

``Prose`` draws sentences from the 136 real article bodies of ../shared/data/articles (read
there, never copied into the repository), with a long tail of rare names and numbers mixed in
(Heaps' law: a large archive keeps meeting new words), and groups them into paragraphs of as
many sentences as the real bodies' paragraphs have (mostly one or two: ~30 words).  When
../shared is absent, ``Vocabulary`` stands in: the same shapes from a 32-word vocabulary,
which understates what text costs (its search index above all); ``prose()`` says which it gave.

Both edit as newsrooms do: a few sentences reworded (a few words of each replaced), sometimes
a paragraph added or dropped (heavily: twelve sentences, always one paragraph added and one
dropped).  ``bench/page_bytes.py`` prints the labels these edits get beside those of real
edits (bench/histories.py), so the model can be judged.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: ../shared beside the project (a worktree's or a clone's), else the team's copy
CORPUS = next((path for path in (ROOT.parent / "shared/data/articles/ground-truth.json",
                                 ROOT.parent.parent / "shared/data/articles/ground-truth.json",
                                 Path("/work/shared/data/articles/ground-truth.json"))
               if path.exists()), None)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
SYLLABLES = "ka lo mi ren sa to vu bel dor fin gar hul jas kem lin mor nat pel quin rus".split()
WORDS = ("council harbour ferry budget school road bridge winter mayor residents vote plan "
         "island library storm power repair growers harvest price week month year told "
         "minister police court hospital river market station report").split()


class Prose:
    """Sentences of real articles, with rare names mixed in."""

    what = ("real sentences from the 136 bodies of shared/data/articles, rare names and "
            "numbers mixed in")

    def __init__(self, seed: int) -> None:
        bodies = [v["articleBody"] for v in json.loads(CORPUS.read_text()).values()]
        self.sentences = [s.strip() for body in bodies
                          for s in SENTENCE_END.split(body) if 20 < len(s) < 400]
        paragraphs = [p for body in bodies for p in body.split("\n") if p.strip()]
        #: sentences per paragraph, as often as the real bodies have them
        self.shapes = [len(SENTENCE_END.split(p.strip())) for p in paragraphs]
        #: words per body, for archives with the real bodies' own lengths
        self.lengths = [len(body.split()) for body in bodies]
        self.rng = random.Random(seed)

    def name(self) -> str:
        # Zipf-like over ~2 million names: most are rare, a few recur.
        rank = int(self.rng.paretovariate(0.9)) % 2_000_000
        parts, value = [], rank + 1
        while value:
            value, digit = divmod(value, len(SYLLABLES))
            parts.append(SYLLABLES[digit])
        return "".join(parts).capitalize()

    def sentence(self) -> str:
        words = self.rng.choice(self.sentences).split()
        if self.rng.random() < 0.4:
            words[self.rng.randrange(len(words))] = self.name()
        if self.rng.random() < 0.2:
            words[self.rng.randrange(len(words))] = str(self.rng.randrange(10_000))
        return " ".join(words)

    def sentences_of(self, words: int) -> list[str]:
        return _about(words, self.sentence)

    def headline(self) -> str:
        return " ".join(self.sentence().rstrip(".!?").split()[:12])

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.choice(self.shapes)))

    def paragraphs(self, words: int) -> list[str]:
        """Paragraphs of about ``words`` words in all."""
        return _about(words, self.paragraph)

    def length(self) -> int:
        """Words of one real body, drawn at random."""
        return self.rng.choice(self.lengths)

    def reword(self, sentence: str) -> str:
        """The sentence with a few of its words (one to five in a row) replaced by words of
        another: a reworded sentence keeps most of its words, as an editor's does."""
        words, other = sentence.split(), self.sentence().split()
        count = min(len(words), len(other), self.rng.randint(1, 5))
        start = self.rng.randrange(len(words) - count + 1)
        taken = self.rng.randrange(len(other) - count + 1)
        words[start:start + count] = other[taken:taken + count]
        return " ".join(words)

    def edit(self, paras: list[str], heavy: bool = False) -> list[str]:
        """Reword sentences, add and drop paragraphs: what newsrooms do."""
        rng, paras = self.rng, list(paras)
        for _ in range(12 if heavy else 2):
            index = rng.randrange(len(paras))
            sentences = SENTENCE_END.split(paras[index])
            which = rng.randrange(len(sentences))
            sentences[which] = self.reword(sentences[which])
            paras[index] = " ".join(sentences)
        if rng.random() < 0.5 or heavy:
            paras.insert(rng.randrange(len(paras) + 1), self.paragraph())
        if len(paras) > 3 and (rng.random() < 0.3 or heavy):
            paras.pop(rng.randrange(len(paras)))
        return paras


class Vocabulary(Prose):
    """The same shapes from 32 words, when ../shared is absent (it understates the bytes)."""

    what = "a 32-word vocabulary (../shared is absent: this understates the bytes)"

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.shapes = [5]
        self.lengths = [1200]

    def sentence(self) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(14)).capitalize() + "."


def prose(seed: int) -> Prose:
    """Real sentences when ../shared is there, else the 32-word vocabulary."""
    return Prose(seed) if CORPUS else Vocabulary(seed)


def _about(words: int, make) -> list[str]:
    """Pieces from ``make`` until they hold at least ``words`` words."""
    out, count = [], 0
    while count < words:
        out.append(make())
        count += len(out[-1].split())
    return out
