"""The demo newsroom's stories: fictional, with the edits real newsrooms make between rounds.

Each story lists its versions; ``since`` is the first round that serves it.  Rounds are fetched
at ``ROUND_OFFSETS`` after the demo's start, so version deltas read like a real morning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

ROUND_OFFSETS = (
    timedelta(0),
    timedelta(minutes=35),
    timedelta(hours=2, minutes=10),
    timedelta(hours=5),
    timedelta(hours=9, minutes=30),
)


@dataclass(frozen=True)
class StoryVersion:
    since: int
    title: str
    byline: str
    paragraphs: tuple[str, ...]
    #: the page's JSON-LD ``dateModified`` ('' states none); a quiet edit keeps the old one
    modified: str = ""


@dataclass(frozen=True)
class Story:
    source: str
    path: str  # URL path on the newsroom server
    published: str
    versions: tuple[StoryVersion, ...]
    fails_in_round: int | None = None  # the server answers 503 in this round

    def at(self, round_number: int) -> StoryVersion | None:
        """The version served in a round (None before the story is published)."""
        current = None
        for version in self.versions:
            if version.since <= round_number:
                current = version
        return current


SOURCES = {
    "harbourgazette": "The Harbour Gazette",
    "valleytribune": "Valley Tribune",
    "zeitung": "Zeitung am Hafen",
}
#: The language each source's pages state (``<html lang>``) and its config names.  The
#: German paper shows the site marking an article's text in its own language.
LANGUAGES = {"harbourgazette": "en", "valleytribune": "en", "zeitung": "de"}

_FERRY = (
    "Bayport city council voted 7 to 4 on Monday night to raise ferry fares by 12 per cent "
    "from January, the first increase in six years.",
    "The harbour authority says the rise is needed to pay for two new hybrid vessels, which "
    "are due to enter service in 2028 and will replace boats that are more than 40 years old.",
    "“Nobody likes paying more, but the alternative is a fleet that breaks down every winter,” "
    "said councillor Maria Okafor, who chairs the transport committee.",
    "Commuters from the outer islands, who rely on the ferry to reach work and school, will "
    "pay an extra 60 cents each way. Season tickets rise by the same proportion.",
    "The Island Residents Association said it would ask the council to reconsider. Its chair, "
    "Tom Reyes, called the decision “a tax on people who have no other way to get to town”.",
)

_LIBRARY = (
    "The old customs house on Quay Street will become the city's new central library after "
    "the heritage board approved the conversion plans on Tuesday.",
    "Work on the 19th-century building is expected to begin in the spring and take about two "
    "years. The library will keep the original timber roof and the harbour-facing windows.",
    "The project is budgeted at 18 million dollars, two thirds of which will come from a "
    "regional development grant announced last year.",
    "Librarians have asked for a larger children's section and a room for local history "
    "archives, which are now stored in a basement that floods at high tide.",
)

_STORM = (
    "Strong winds brought down power lines across the northern suburbs overnight, leaving "
    "about 3,400 homes without electricity on Wednesday morning.",
    "Repair crews have been working since before dawn, the power company said in a statement, "
    "and most customers should be reconnected by the afternoon.",
    "The weather service recorded gusts of up to 110 kilometres an hour at the lighthouse, the "
    "strongest since the storm of February last year.",
    "Schools in Northfield and Cape Hill opened as usual, but two bus routes were diverted "
    "because of fallen trees on Ridge Road.",
)

_BRIDGE = (
    "The Millbrook river bridge will close to all traffic for three weeks from next Monday "
    "while engineers replace corroded steel beneath the main span.",
    "Drivers heading to the valley will be sent on a 14 kilometre diversion through "
    "Ashworth, which the county says will add about fifteen minutes to most journeys.",
    "Local businesses on the east bank fear a drop in customers. “Three weeks in the run-up to "
    "the holidays is a long time,” said baker Sanjay Patel.",
    "The county engineer, Helen Marsh, said inspections in the summer had found the damage and "
    "that the repair could not wait until the spring.",
)

_ORCHARD = (
    "Apple growers in the upper valley expect their smallest harvest in a decade after a late "
    "frost in April killed much of the blossom.",
    "The growers' cooperative estimates the crop at about 60 per cent of a normal year. Some "
    "orchards on lower ground lost almost everything.",
    "Prices at the farm gate have already risen, and the cooperative says shoppers should "
    "expect to pay more for local apples until next autumn.",
    "Several growers have applied for the state's disaster relief scheme, which covers part of "
    "the cost of replanting damaged trees.",
)

_RADWEGE = (
    "Der Stadtrat von Bayport hat am Montagabend mit knapper Mehrheit beschlossen, entlang der "
    "Hafenpromenade zwei Kilometer neue Radwege zu bauen.",
    "Die Arbeiten sollen im Mai beginnen und bis zum Herbst abgeschlossen sein. Die Kosten von "
    "rund 2,4 Millionen Euro trägt zum größten Teil das Land.",
    "„Wer morgens mit dem Rad zur Arbeit fährt, muss sich zwischen Lieferwagen und Touristen "
    "hindurchschlängeln“, sagte die Verkehrsdezernentin Anja Brandt.",
    "Die Händler an der Promenade befürchten dagegen, dass Dutzende Parkplätze wegfallen. Der "
    "Einzelhandelsverband kündigte an, das Gespräch mit der Stadt zu suchen.",
)

STORIES = (
    Story("harbourgazette", "/2026/03/02/council-ferry-fares.html", "2026-03-02T06:40:00Z",
        versions=(
            StoryVersion(0, "Council approves ferry fare rise", "Lena Marsh", _FERRY),
            # The headline is rewritten 35 minutes later.
            StoryVersion(1, "Ferry fares to rise 12% after council vote", "Lena Marsh", _FERRY),
            # A quote disappears: the residents' chair is no longer quoted.
            StoryVersion(3, "Ferry fares to rise 12% after council vote", "Lena Marsh",
                         (*_FERRY[:4], "The Island Residents Association said it would ask "
                          "the council to reconsider.")),
        ),
    ),
    Story("harbourgazette", "/2026/03/02/customs-house-library.html", "2026-03-02T05:15:00Z",
        versions=(
            StoryVersion(0, "Customs house to become central library", "Owen Price", _LIBRARY),
            # A paragraph is added.
            StoryVersion(2, "Customs house to become central library", "Owen Price",
                         (*_LIBRARY[:3], "The mayor, Ruth Adeyemi, said the building had "
                          "been empty for too long and that the library would bring people "
                          "back to the old harbour.", _LIBRARY[3])),
            # A correction is appended.
            StoryVersion(4, "Customs house to become central library", "Owen Price",
                         (*_LIBRARY[:2], _LIBRARY[2].replace("18 million", "16 million"),
                          "The mayor, Ruth Adeyemi, said the building had been empty for too "
                          "long and that the library would bring people back to the old "
                          "harbour.", _LIBRARY[3],
                          "Correction: an earlier version of this article gave the budget as "
                          "18 million dollars. It is 16 million dollars.")),
        ),
    ),
    Story("harbourgazette", "/2026/03/02/storm-power-cuts.html", "2026-03-02T06:05:00Z",
        fails_in_round=2,
        versions=(
            StoryVersion(0, "Thousands without power after overnight storm", "Staff reporter",
                         (*_STORM[:3], _STORM[3].replace("Northfield", "Northfeild")),
                         modified="2026-03-02T06:05:00Z"),
            # A typo is fixed ("Northfeild") and the figure updated, quietly: the page's
            # dateModified stays as it was (a stealth edit).
            StoryVersion(1, "Thousands without power after overnight storm", "Staff reporter",
                         (_STORM[0].replace("3,400", "3,100"), *_STORM[1:]),
                         modified="2026-03-02T06:05:00Z"),
        ),
    ),
    Story("valleytribune", "/news/local/millbrook-bridge-closure", "2026-03-02T07:00:00Z",
        versions=(
            StoryVersion(0, "Millbrook bridge to shut for three weeks", "Priya Natarajan",
                         _BRIDGE),
            # The headline softens and a second reporter joins the byline.
            StoryVersion(2, "Millbrook bridge repairs: three-week closure planned",
                         "Priya Natarajan and Joe Kim", _BRIDGE),
        ),
    ),
    Story("valleytribune", "/news/farming/apple-harvest-frost", "2026-03-02T09:20:00Z",
        versions=(
            # Published between rounds 1 and 2: appears in the feed from round 2.
            StoryVersion(2, "Late frost cuts valley apple harvest", "Dan Alvarez", _ORCHARD),
            StoryVersion(3, "Late frost cuts valley apple harvest by 40%", "Dan Alvarez",
                         (_ORCHARD[0], _ORCHARD[1].replace("Some", "A few"), *_ORCHARD[2:])),
        ),
    ),
    Story("zeitung", "/lokales/2026/03/02/radwege-hafenpromenade", "2026-03-02T06:30:00Z",
        versions=(
            StoryVersion(1, "Stadtrat beschließt neue Radwege am Hafen", "Katrin Vogel",
                         _RADWEGE),
            # The cost goes up: a German paragraph edited, a figure in it.
            StoryVersion(2, "Stadtrat beschließt neue Radwege am Hafen", "Katrin Vogel",
                         (_RADWEGE[0], _RADWEGE[1].replace("rund 2,4", "inzwischen 2,9"),
                          *_RADWEGE[2:])),
        ),
    ),
)
