"""When the page says its story was published or updated.

``normalise_date`` reads a stated date (ISO 8601, RFC 2822, Unix time; placeholders none);
the rest reads the dateline the page shows readers under its headline, in digits or words
(``worded_date``, ``shown_date``, ``shown_published``, ``shown_clock``, ``local_time``), an
"Updated …" line (``shown_update``), and a copyright year that is no date (``copyright_day``).
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, date, datetime, timedelta, timezone
from itertools import pairwise

import lxml.html

from .article import PROSE_WORDS, clean_text
from .calendar_names import MONTH_NUMBERS, MONTHS, alternation, forms
from .headline import story_headline

#: the years a page's date is taken in: ``0001-01-01T00:00:00Z`` or ``9999-12-31`` is an
#: empty date field (a platform's "no value"), not a day; it must not hide the date the page
#: shows.  So is the Unix epoch's first day (a timestamp of 0), in any offset or none.
PLAUSIBLE_YEARS = range(1000, 2200)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _iso_day(year: int, month: int, day: int) -> str:
    """``2021-03-04``, or '' when no such day is (31 February) or it is no plausible one."""
    try:
        parsed = datetime(year, month, day)
    except ValueError:
        return ""
    return parsed.date().isoformat() if _plausible(parsed) else ""


def _plausible(parsed: datetime) -> bool:
    """Whether ``parsed`` can be a day a page was written: none in a placeholder year, on the
    epoch's first day, or after today (a day still to come is an event's, a schedule's or a
    typo's: the page is read now, so it was published by now; a day's grace for zones)."""
    if parsed.year not in PLAUSIBLE_YEARS:
        return False
    if parsed.tzinfo is None:
        return parsed.date() != _EPOCH.date() and parsed.date() <= _tomorrow()
    day = parsed.astimezone(UTC).date()
    return parsed != _EPOCH and day != _EPOCH.date() and day <= _tomorrow()


def _tomorrow() -> date:
    return datetime.now(UTC).date() + timedelta(days=1)


def normalise_date(value: str) -> str:
    """ISO 8601 as the page states it, offset kept (``2017-07-07T09:12:00-04:00``; ``Z`` for
    UTC), so the date is the page's own day; or the date alone; or '' (also for a placeholder
    such as year 1 or the Unix epoch's first second)."""
    value = value.strip()
    if not value:
        return ""
    if re.fullmatch(r"\d{10}|\d{13}", value):  # Unix time, in seconds or milliseconds
        parsed = datetime.fromtimestamp(int(value[:10]), UTC)
        return parsed.strftime("%Y-%m-%dT%H:%M:%SZ") if _plausible(parsed) else ""
    try:
        parsed = _mail_date(value) or datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        match = re.match(r"(\d{4})[-.](\d{1,2})[-.](\d{1,2})\b", value)  # 2021.03.04
        day_first = re.match(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b", value)  # 27.04.2020
        if match:
            year, month, day = map(int, match.groups())
        elif day_first:
            day, month, year = map(int, day_first.groups())
            year += 2000 if len(day_first[3]) == 2 else 0  # "04.03.21"
        else:
            return ""
        return _iso_day(year, month, day)
    if not _plausible(parsed):
        return ""
    if parsed.tzinfo is None:
        return parsed.strftime("%Y-%m-%dT%H:%M:%S") if "T" in value else parsed.date().isoformat()
    if parsed.utcoffset() == timedelta(0):
        return parsed.strftime("%Y-%m-%dT%H:%M:%SZ")
    return parsed.isoformat(timespec="seconds")


_MAIL_DATE = re.compile(r"^(?:[A-Za-z]{3}, )?\d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}")


def _mail_date(value: str) -> datetime | None:
    """An RFC 2822 date ("Wed, 03 Mar 2021 18:04:00 +0100", as RSS and some CMSs' JSON-LD
    write it: the format is unambiguous), or None when ``value`` is none."""
    if not _MAIL_DATE.match(value):
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


#: a day in digits: "2021-03-03", "03.03.2021", the year first ("2021.03.04", as Korean,
#: Chinese and Hungarian pages write it) or in two digits ("04.03.21")
_SHOWN_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2}|\d{4}\.\d{1,2}\.\d{1,2}|\d{1,2}\.\d{1,2}\."
                         r"(?:\d{4}|\d{2}(?![\d.:])))\b")
# A dateline's class names it: "date", "article__date", "entry-date", "pubdate", "timestamp",
# "byline-time", "Stand" (German) — a word of the class, not letters inside one
# ("candidate-card", "standfirst").
_DATE_WORDS = frozenset({"date", "dates", "dateline", "datetime", "pubdate", "publishdate",
                         "time", "timestamp", "stand", "published", "publish", "posted"})


def _date_marked(element: lxml.html.HtmlElement) -> bool:
    """Whether an element's class or test id names it a dateline (``data-testid=
    "storyPublishDate"``, ``"timestamp"``: a test id names what the element is)."""
    return _is_date_class(f'{element.get("class") or ""} {element.get("data-testid") or ""}')


def _is_date_class(classes: str) -> bool:
    words = re.split(r"[\s_-]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", classes).lower())
    return not _DATE_WORDS.isdisjoint(words)


_UPDATE_WORDS = frozenset({"updated", "modified", "update", "modify", "lastmod"})


def _is_update_class(classes: str) -> bool:
    words = set(re.split(r"[\s_-]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", classes).lower()))
    return not _UPDATE_WORDS.isdisjoint(words) and not {"published", "pubdate"} & words


def _edit_time(element: lxml.html.HtmlElement) -> bool:
    """Whether a date element's class marks it as the edit's, beside another date that is
    not (WordPress: ``<time class="entry-date published">`` then ``<time class="updated">``;
    ``entry-date published updated`` on one element when the post was never edited).  A date
    classed "updated" alone is the publication's: hAtom asks every post for an "updated"
    date, and many themes class their only date so ("date updated")."""
    if not _is_update_class(element.get("class") or ""):
        return False
    parent = element.getparent()
    return parent is not None and any(
        other is not element and (other.get("datetime") or _is_date_class(other.get("class")
                                                                          or ""))
        and not _is_update_class(other.get("class") or "") for other in parent.iter()
        if isinstance(other.tag, str) and other is not parent)


def _says_updated(element: lxml.html.HtmlElement) -> bool:
    """Whether a date element, or the words just before it, say it is an update; or its
    class does (``_edit_time``)."""
    if _edit_time(element):
        return True
    before = next((e for e in element.itersiblings(preceding=True) if isinstance(e.tag, str)),
                  None)
    parent = element.getparent()
    # An element before it that states a time of its own ("Updated 10:04 a.m. March 5" above
    # "Published … March 3") is another dateline, not this one's label ("Updated:")
    label = clean_text(before.text or "") if before is not None else ""
    texts = (clean_text(element.text_content())[:40],
             "" if re.search(r"\d", label) else label,
             clean_text(before.tail or "") if before is not None else "",
             clean_text(parent.text or "") if parent is not None else "")
    return any(_UPDATED_LINE.match(text) for text in texts if text)


#: Thai months, whose years are the Buddhist era's ("3 มีนาคม 2564" is 3 March 2021)
_BUDDHIST_ERA = frozenset(forms(MONTHS, ("th",)))


_ORDINAL = r"(?:st|nd|rd|th)?"  # "November 18th, 2019", "18th November 2019"
#: a day and a month in words, either way round ("Feb. 24", "24. Oktober", "3 de mayo")
#: a month's word: letters, and the vowel signs Thai writes its words with
_MONTH_WORD = r"(?:[^\W\d_]|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]){3,13}"
_MONTH_DAY = (rf"(?:(?P<m1>{_MONTH_WORD})\.? (?P<d1>\d{{1,2}}){_ORDINAL}|(?P<d2>\d{{1,2}})"
              rf"{_ORDINAL}\.? (?:de |of )?(?P<m2>{_MONTH_WORD})\.?)")
_WORDED_DATE = re.compile(rf"\b{_MONTH_DAY},? (?:de )?(?P<y>\d{{4}})\b")
#: the year first, as Hungarian writes it ("2021. március 3.")
_YEAR_FIRST = re.compile(rf"\b(?P<y>\d{{4}})\.? (?P<m>{_MONTH_WORD})\.? (?P<d>\d{{1,2}})\b")


#: a date as Chinese, Japanese and Korean write it: year, month, day, each with its sign
_EAST_ASIAN_DATE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")


def worded_date(text: str) -> str:
    """The first date written out in ``text`` ('February 24, 2020', 'Feb. 24, 2020',
    'November 18th, 2019', '24. Oktober 2019', '3 de mayo de 2022', '2021年3月4日',
    '2021년 3월 4일') as an ISO day, or ''."""
    east = _EAST_ASIAN_DATE.search(text)
    if east:
        try:
            return datetime(*map(int, east.groups())).date().isoformat()
        except ValueError:
            pass
    for match in _WORDED_DATE.finditer(text):
        word = (match["m1"] or match["m2"]).lower()
        month, day, year = MONTH_NUMBERS.get(word), int(match["d1"] or match["d2"]), \
            int(match["y"])
        if not month:
            continue  # "Tuesday 3 Foo 2021": no month, no date; a later one may be
        if word in _BUDDHIST_ERA and year > 2400:
            year -= 543
        try:
            return datetime(year, month, day).date().isoformat()
        except ValueError:
            continue
    for match in _YEAR_FIRST.finditer(text):
        word, year = match["m"].lower(), int(match["y"])
        month = MONTH_NUMBERS.get(word)
        if not month:
            continue
        if word in _BUDDHIST_ERA and year > 2400:
            year -= 543
        try:
            return datetime(year, month, int(match["d"])).date().isoformat()
        except ValueError:
            continue
    return ""


def header_after(headline: lxml.html.HtmlElement, worded: bool) -> list:
    """The elements after the headline that can hold its dateline: the next 40; or, reading
    worded dates, all of them up to the story's first paragraph of prose (share bars and
    forms between the two can be many elements long), passing over one standfirst in the
    headline's own header box (``_header_box``) but never its words.  Never past the end of
    the headline's ``<article>`` or ``<main>``: what follows it is another story's."""
    container = next(iter(headline.xpath("ancestor::article[1] | ancestor::main[1]")), None)
    box = _header_box(headline) if worded else None
    header, standfirst = [], None
    for element in headline.xpath(f"following::*[position() <= {400 if worded else 40}]"):
        if container is not None and container not in element.iterancestors():
            break
        if standfirst is not None and standfirst in element.iterancestors():
            continue  # the standfirst's own words are the story's, never its dateline
        if worded and element.tag in ("p", "div"):
            text = element.text_content() if element.tag == "p" else element.text or ""
            # prose ends the header; a long dateline ("Publicado el 3 de marzo de 2021, 18:04
            # · Actualizado el …") does not, nor a standfirst set in the headline's header
            # with the dateline under it ("<h1>…<p>intro</p><time>…</time>" in one box)
            if len(text.split()) >= PROSE_WORDS * 2 and not _PUBLISHED_LINE.match(text.lstrip()):
                if standfirst is None and box is not None and box in element.iterancestors():
                    standfirst = element
                    continue
                break
        header.append(element)
    return header


def _header_box(headline: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The box the headline's header is set in: its nearest ancestor holding more than the
    headline, when that holds no more than a header's words (kicker, headline, standfirst,
    byline, dateline); None where the headline stands in the story's own box or the page's,
    whose prose is the story."""
    own = len(headline.text_content().split())
    for box in list(headline.iterancestors())[:2]:
        words = len(box.text_content().split())
        if box.tag in ("body", "html", "main", "article") or words > PROSE_WORDS * 12:
            return None
        if words > own:
            return box
    return None


def header_before(headline: lxml.html.HtmlElement) -> list:
    """The elements before the headline in its own header: its parent's and grandparent's
    children before it and theirs, while those hold no more than a header's words (a
    ``<div class="article__header">`` with the dateline over the ``<h1>``; never the page's
    masthead, a block away)."""
    elements, inner = [], headline
    for box in list(headline.iterancestors())[:2]:
        if box.tag in ("body", "html", "main", "article") or \
                len(box.text_content().split()) > PROSE_WORDS * 12:
            break
        for sibling in inner.itersiblings(preceding=True):
            if isinstance(sibling.tag, str):
                elements.extend(e for e in sibling.iter() if isinstance(e.tag, str))
        inner = box
    return elements


#: a clock: "18:04", "18.04", "18h04", "6:04 p.m." (never part of a longer number)
_CLOCK_ONLY = re.compile(r"(?<![\d.:/])(?P<h>\d{1,2})[:.h](?P<min>\d{2})(?![\d.:/])"
                         r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?", re.IGNORECASE)
#: the offsets from UTC the world's clocks keep, in minutes (a clock a quarter hour off
#: another moment by chance is no zone's)
_ZONES = frozenset(h * 60 for h in range(-12, 15)) | {-570, -210, -150, 210, 270, 330, 345,
                                                     390, 525, 570, 630, 765}


def _day_and_clock(text: str, language: str) -> datetime | None:
    """The first day a dateline states with the clock beside it ("04.03.2021, 00:10 Uhr",
    "Mar 4, 2021, 01:30 IST", "11:41 PM EST, March 3, 2021"), as the reader's local time;
    None when it states no day or no clock."""
    spans = [m.span() for m in (_SHOWN_DATE.search(text), _WORDED_DATE.search(text),
                                _YEAR_FIRST.search(text), _SLASHED.search(text)) if m]
    day = _day_in(text, text, language)
    if not day or not spans:
        return None
    start, end = min(spans)
    clock = _clock(text[:start] + " " * (end - start) + text[end:])
    return datetime.fromisoformat(day).replace(hour=clock[0], minute=clock[1]) if clock else None


def _clock(text: str) -> tuple[int, int] | None:
    """The first clock in ``text`` as (hour of the day, minute), or None."""
    match = _CLOCK_ONLY.search(text)
    if not match:
        return None
    hour = int(match["h"]) % 12 + (12 if match["ampm"].lower() == "p" else 0) \
        if match["ampm"] else int(match["h"])
    return (hour, int(match["min"])) if hour <= 23 and int(match["min"]) <= 59 else None


def _labelled_parts(text: str) -> list[tuple[bool, str]]:
    """A dateline cut at its labels ("Published 11:30 PM · Updated 11:41 PM"): each part and
    whether it is an edit's."""
    cuts = {m.start() for pattern in (_ANY_LABEL, _EDITED) for m in pattern.finditer(text)}
    bounds = sorted({0, *cuts, len(text)})
    parts = [text[a:b] for a, b in pairwise(bounds)]
    return [(bool(_EDITED.match(part)), part) for part in parts if part.strip()]


def _other_moment(element: lxml.html.HtmlElement, moments: list[datetime]) -> bool:
    """Whether a ``<time>`` in ``element`` states a moment none of ``moments`` is: the
    words around it are that moment's."""
    return any(not any(abs(stamp - moment) < timedelta(minutes=1) for moment in moments)
               for stamp in map(_aware, element.xpath("descendant-or-self::time/@datetime"))
               if stamp is not None)


def _clock_alone(part: str, moment: datetime) -> datetime | None:
    """The local time a publication's clock without a day shows ("Publicerad idag 00.15"),
    on the day that makes it one zone's offset from ``moment``; None when no clock is all
    the line's numbers, or two days would each give a zone's offset."""
    clock = _clock(part)
    if not clock or len(re.findall(r"\d+", part)) != 2:
        return None
    utc = moment.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
    times = [datetime.combine(utc.date() + timedelta(days=shift), datetime.min.time()).replace(
        hour=clock[0], minute=clock[1]) for shift in (-1, 0, 1)]
    zoned = [t for t in times if (t - utc) / timedelta(minutes=1) in _ZONES and t != utc]
    return zoned[0] if len(zoned) == 1 else None


def newsroom_clock(elements: list, stated: str, modified: str, language: str = "") -> str:
    """``stated``, a UTC time, in the offset of the newsroom's clock a dateline shows beside
    it ("vor 3 Stunden | 04.03.2021, 00:10 Uhr" on ``2021-03-03T23:10:00Z``; "Updated 11:41
    PM EST, March 3, 2021" beside a modified time of ``2021-03-04T04:41:00Z``): the clock less
    the publication's moment (or, where the dateline calls it an edit's, the edit's), when
    that is an offset some zone keeps.  A dateline around a ``<time>`` of another moment
    states that one's clock.  '' when none shows such a clock: no offset is ever guessed."""
    published, edit = _aware(stated), _aware(modified)
    if published is None or published.utcoffset() != timedelta(0):
        return ""
    moments = {False: published, True: edit}
    for element in elements:
        words = _dateline_words(element)
        if len(words.split()) > _DATELINE_WORDS or _other_moment(
                element, [m for m in moments.values() if m is not None]):
            continue
        for edited, part in _labelled_parts(words):
            local, moment = _day_and_clock(part, language), moments[edited]
            if local is None and moment is not None and not edited and (
                    _date_marked(element) or _PUBLISHED_LABEL.match(part)):
                local = _clock_alone(part, moment)
            if local is None or moment is None:
                continue
            offset = local - moment.astimezone(UTC).replace(tzinfo=None, second=0,
                                                            microsecond=0)
            if offset != timedelta(0) and offset / timedelta(minutes=1) in _ZONES:
                return published.astimezone(timezone(offset)).isoformat(timespec="seconds")
    return ""


def shown_date(tree: lxml.html.HtmlElement, stated: str, worded: bool = False,
               modified: str = "") -> str:
    """The date the page's header shows readers, when it is one day off the stated date
    (``_shown_day``); else, reading worded datelines, a UTC ``stated`` in the offset of the
    newsroom's clock a dateline shows (``newsroom_clock``)."""
    shown = _shown_day(tree, stated, worded)
    headline = story_headline(tree)
    if shown != stated or not worded or headline is None:
        return shown
    from .language import page_language

    return newsroom_clock(header_after(headline, worded), stated, modified,
                          page_language(tree)) or stated


#: a dateline that is a month and a day alone ("Mar 3": this year's, as Medium shows it)
_YEARLESS = re.compile(rf"^\W*{_MONTH_DAY}\W*$")


def _yearless_day(text: str, stated: str) -> str:
    """The day a dateline of a month and day alone ("Mar 3") shows, when it is the local day
    a UTC ``stated`` can be in some zone: the day before it (stated before noon UTC) or the
    day after (from 10:00 UTC); '' otherwise."""
    match, moment = _YEARLESS.match(text), _aware(stated)
    month = MONTH_NUMBERS.get((match["m1"] or match["m2"]).lower()) if match else None
    if not month or moment is None or moment.utcoffset() != timedelta(0):
        return ""
    for year in (moment.year, moment.year - 1, moment.year + 1):
        try:
            shown = date(year, month, int(match["d1"] or match["d2"]))
        except ValueError:
            return ""
        away = (shown - moment.date()).days
        if (away == -1 and moment.hour < 12) or (away == 1 and moment.hour >= 10):
            return shown.isoformat()
    return ""


def _shown_day(tree: lxml.html.HtmlElement, stated: str, worded: bool = False) -> str:
    """The date the page's header shows readers, when it is one day off the stated date.

    Metadata often gives UTC ("2023-11-09T05:30:59Z") where the headline's dateline shows
    the newsroom's own day ("November 8, 2023 at 11:30 p.m."): a reader's day is kept.  Only
    the first date just after the ``<h1>`` counts, never a related story's.  ``worded`` also
    reads dates written out in words (``worded_date``), up to where the story begins.
    """
    headline = story_headline(tree)
    try:
        day = datetime.fromisoformat(stated[:10]).date()
    except ValueError:
        return stated
    if headline is None:
        return stated
    for element in header_after(headline, worded):
        if element.tag == "time" and element.get("datetime"):
            if _says_updated(element):
                continue  # "Updated Nov 9": a later day, not the publication's
            value = element.get("datetime", "")
            if _same_instant(value, stated):  # words of another moment (an edit) never count
                # a space where its parts meet: "March 9, 2025</span><span>Updated" is two
                words = (_dateline_words(element) or clean_text(element.text_content()))[:80]
                # the words' clock gives the stamp their offset; without one, their day
                value = shown_clock(value, words) or (worded and worded_date(words)) or value
        elif _date_marked(element) or (
                worded and _PUBLISHED_LINE.match((element.text or "").lstrip())):
            if _says_updated(element):
                continue
            text = clean_text(element.text_content())[:120]
            found = _SHOWN_DATE.search(text)
            value = found.group(1) if found else worded_date(text) if worded else ""
            value = value or (worded and _yearless_day(text, stated))
            if not value:
                continue
        else:
            continue
        shown = _with_time(normalise_date(value.strip().replace(" ", "T", 1)), element)
        try:
            other = datetime.fromisoformat(shown[:10]).date()
        except ValueError:
            continue
        return shown if abs((other - day).days) == 1 else stated
    return stated


#: words that open a dateline of the publication ("Published 3 March", "Posted on …",
#: "Publicerad 18 augusti 2017", "Veröffentlicht am 12.03.2021", "Gepubliceerd: 3 maart")
_PUBLISHED_WORDS = (r"published|posted|publicerad|publicado|publicada|publié|publiée"
                    r"|gepubliceerd|veröffentlicht|erschienen|pubblicato|publicat|opublikowano"
                    r"|publikováno|zveřejněno|опубликовано|опубліковано|julkaistu|publiceret|offentliggjort"
                    r"|publisert|yayınlanma|diterbitkan|نشر في|نُشر في|تاريخ النشر|δημοσίευση"
                    r"|δημοσιεύθηκε|közzétéve|publikálva|megjelent|פורסם")
#: the same words in the scripts that write no space before them ("更新日：… 公開日：…")
_PUBLISHED_SIGNS = r"公開日|投稿日|公開|发布时间|發佈時間|发布日期|發布日期|게시일|입력"
_PUBLISHED_LINE = re.compile(rf"^(first\s+)?({_PUBLISHED_WORDS})\b|^({_PUBLISHED_SIGNS})",
                             re.IGNORECASE)
#: a publication label anywhere in a dateline ("Aktualisiert: 05.03.2021 · Veröffentlicht:
#: 03.03.2021"), not inside a word
_PUBLISHED_LABEL = re.compile(rf"(?<![^\W\d_])(?:{_PUBLISHED_WORDS})\b|{_PUBLISHED_SIGNS}",
                              re.IGNORECASE)


#: a day in numbers with slashes: "04/03/2021" (day or month first), "2021/03/04"
_SLASHED = re.compile(r"(?<![\d/])(\d{1,4})/(\d{1,2})/(\d{2,4})(?![\d/])")
#: English where the month comes first ("03/04/2021" is 4 March); Canada writes both ways
_MONTH_FIRST = ("en-us", "en-ph", "en-pr", "en-um", "en-as", "en-gu")


def _order(first: int, second: int) -> str:
    return "dmy" if first > 12 >= second else "mdy" if second > 12 >= first else ""


def _language_order(language: str) -> str:
    """The order a site's language writes a day in numbers: "mdy" in US English, "dmy" in
    other Englishes and every other language; '' for English that names no country or
    Canada's (both are written there)."""
    language = language.lower()
    if language.startswith(_MONTH_FIRST):
        return "mdy"
    if language in ("", "en", "en-ca") or not re.match(r"[a-z]{2,3}\b", language):
        return ""
    return "dmy"


def slashed_date(text: str, line: str = "", language: str = "") -> str:
    """The first day written with slashes in ``text`` as an ISO day, or ''.  Which number is
    the month is settled by the day itself ("13/03/2021"), else by another such day on its
    ``line`` ("Posted 03/04/2021 · Updated 03/15/2021"), else by the page's ``language``;
    where none settles it, ''."""
    match = _SLASHED.search(text)
    if not match:
        return ""
    first, second, third = match.groups()
    if len(first) == 4:
        year, month, day = int(first), int(second), int(third)
    elif len(third) == 4:
        order = _order(int(first), int(second)) or next(
            (o for o in (_order(int(a), int(b)) for a, b, c in _SLASHED.findall(line or text)
                         if len(c) == 4) if o), "") or _language_order(language)
        if not order:
            return ""
        day, month = (int(first), int(second)) if order == "dmy" else (int(second), int(first))
        year = int(third)
    else:
        return ""
    return _iso_day(year, month, day)


def _day_in(text: str, line: str, language: str) -> str:
    """The first day ``text`` states: in digits ("2021-03-03", "03.03.2021"), in words, with
    slashes; an ISO day, or ''."""
    found = _SHOWN_DATE.search(text)
    return normalise_date(found.group(1)) if found else (
        worded_date(text) or slashed_date(text, line, language))


def _dateline_words(element: lxml.html.HtmlElement) -> str:
    """An element's words with a space where its parts meet ("Uhr<br>Veröffentlicht"); ''
    for one longer than a dateline (read no further: a container's are the page's)."""
    pieces, letters = [], 0
    for piece in element.itertext():
        pieces.append(piece)
        letters += len(piece)
        if letters > _DATELINE_LETTERS:
            return ""
    return clean_text(" ".join(pieces))


def labelled_day(text: str, language: str = "") -> str:
    """The day after a publication label anywhere in a dateline ("Aktualisiert: 05.03.2021
    · Veröffentlicht: 03.03.2021", "更新日：2021年3月5日 公開日：2021年3月3日"), read up to the
    next label of either kind; '' when no labelled day is there."""
    for label in _PUBLISHED_LABEL.finditer(text):
        rest = text[label.end():]
        end = _ANY_LABEL.search(rest)
        day = _day_in(rest[:end.start()] if end else rest, text, language)
        if day:
            return day
    return ""


def shown_published(tree: lxml.html.HtmlElement, marked: bool = False) -> str:
    """The publication date the page shows under the story's headline, for a page whose
    metadata states none: the first ``<time datetime>``, date-classed element or line opening
    "Published …" (in the languages of ``_PUBLISHED_LINE``) before the story's first
    paragraph that states a day and is no update; its words' day over a UTC stamp's.  ''
    when it shows none (then trafilatura's guess stands: a URL's date, a date in the text).
    ``marked``: only a date the page marks as the publication's (``_marks_published``)."""
    from .language import page_language

    headline = story_headline(tree)
    if headline is None:
        return ""
    language = page_language(tree)
    bare = ""  # an unmarked <time>'s day: an event's or a box's may stand before the story's
    for element in header_after(headline, worded=True):
        value, bare = _published_in(element, marked, language, bare)
        if value:
            return value
    if bare or marked:
        return bare
    # none under the headline: the dateline its own header sets above it ("18:04 05.03.2024"
    # in a date-classed box before the <h1>), never a site header's day
    for element in header_before(headline):
        if element.tag == "time" or _is_date_class(element.get("class") or ""):
            value, _ = _published_in(element, False, language, "")
            if value:
                return value
    return ""


def _published_in(element: lxml.html.HtmlElement, marked: bool, language: str,
                  bare: str) -> tuple[str, str]:
    """The publication day ``element`` shows as a dateline (``shown_published``), or '';
    and ``bare`` or an unmarked ``<time>``'s day."""
    if marked and not _marks_published(element):
        return "", bare
    words = _dateline_words(element) if not marked else ""
    labelled = len(words.split()) <= _DATELINE_WORDS and labelled_day(words, language)
    if labelled:
        return _with_time(labelled, element), bare
    if element.tag == "time" and element.get("datetime") and not marked and \
            not _dateline_time(element):
        return "", bare or _time_day(element)
    if element.tag == "time" and element.get("datetime"):
        stamp = normalise_date(element.get("datetime", "").strip().replace(" ", "T", 1))
        words = clean_text(element.text_content())[:80]
        shown = shown_clock(stamp, words) if stamp else ""
        day = worded_date(words)
        value = shown or (day if day and day != stamp[:10] else stamp)
    elif _is_date_class(element.get("class") or "") or \
            _PUBLISHED_LINE.match((element.text or "").lstrip()):
        text = clean_text(element.text_content())[:120]
        found = _SHOWN_DATE.search(text)
        value = _with_time(normalise_date(found.group(1)) if found else (
            worded_date(text) or slashed_date(text, text, language)), element)
    else:
        return "", bare
    return (value if value and not _says_updated(element) else ""), bare


def _dateline_time(element: lxml.html.HtmlElement) -> bool:
    """Whether a ``<time>`` is marked as a dateline: by ``pubdate``, ``itemprop``, its class
    or its parent's, or a label before it."""
    parent = element.getparent()
    return element.get("pubdate") is not None or bool(element.get("itemprop")) or \
        _date_marked(element) or _is_update_class(element.get("class") or "") or (
            parent is not None and (_date_marked(parent) or bool(_ANY_LABEL.search(
                clean_text(parent.text or "")))))


def _time_day(element: lxml.html.HtmlElement) -> str:
    """A ``<time>``'s day: its words' clock or day over its UTC stamp's, or the stamp; ''
    for an edit's."""
    if _says_updated(element):
        return ""
    stamp = normalise_date(element.get("datetime", "").strip().replace(" ", "T", 1))
    words = clean_text(element.text_content())[:80]
    shown = shown_clock(stamp, words) if stamp else ""
    day = worded_date(words)
    return shown or (day if day and day != stamp[:10] else stamp)


#: the most words a dateline line holds (a byline, its dates and labels), read for a label
#: or a clock anywhere in it; a longer element is a container, read in its parts
_DATELINE_WORDS = 30
_DATELINE_LETTERS = 400


def _marks_published(element: lxml.html.HtmlElement) -> bool:
    """Whether a dateline marks itself as the publication's: by its class ("published",
    "pubdate", "datePublished"), ``itemprop="datePublished"``, or its words, or those just
    before a ``<time>`` in it ("Published <time>…", "Veröffentlicht am …")."""
    words = set(re.split(r"[\s_-]+", re.sub(r"([a-z])([A-Z])", r"\1 \2",
                                             element.get("class") or "").lower()))
    if {"published", "pubdate", "publishdate"} & words or \
            element.get("itemprop") == "datePublished":
        return True
    parent = element.getparent() if element.tag == "time" else None
    return bool(_PUBLISHED_LINE.match((element.text or "").lstrip()) or (
        parent is not None and _PUBLISHED_LINE.match((parent.text or "").lstrip())))


#: January's names in every language a dateline can write the 1st in
_JANUARY = alternation({name for name, number in MONTH_NUMBERS.items() if number == 1})
#: a copyright line's year, or both ends of its range ("© 1998–2025", "(c) 2019 - 2025")
_COPYRIGHT = re.compile(r"(?:©|&copy;|&#169;|&#xa9;|\bcopyright\b|\(c\))\D{0,99}?(\d{4})"
                        r"(?:\s*(?:[-\u2010-\u2015]|&[nm]dash;|&#821[12];)\s*(\d{4}))?",
                        re.IGNORECASE)


def copyright_day(html: str, day: str) -> bool:
    """Whether ``day`` is only a copyright year read as a date: the 1st of January of a year
    the page's copyright line names (htmldate's last resort, so trafilatura's), where the page
    states no such day.  A copyright year says when a site was, not when a story was."""
    years = {year for years in _COPYRIGHT.findall(html) for year in years if year}
    if day[5:10] != "01-01" or day[:4] not in years:
        return False
    year = day[:4]
    # the 1st of January in numbers, either order and any mark ("1/1/2025", "2025.01.01",
    # "2025年1月1日") or with the month's name ("Jan. 1st 2025", "1er janvier", "1° gennaio")
    return not re.search(rf"\b{year}[-/.年]\s?0?1[-/.月]\s?0?1(?!\d)|\b0?1[-/.]0?1[-/.]{year}\b"
                         rf"|\b(({_JANUARY})\.? 0?1(st)?|0?1(st|er|º|°)?\.? (of |de )?"
                         rf"({_JANUARY})\.?),? (de )?{year}", html, re.IGNORECASE)


# "March 3, 2021 at 11:30 p.m.", "4 de marzo de 2021 · 00:30", "18 augusti 2017 kl. 00.30",
# "4 mars 2021 à 00h30"
_CLOCK = re.compile(rf"\b{_MONTH_DAY}(?:,? (?:de )?(?P<y>\d{{4}}))?,?(?: at| um| à| a las"
                    r"| kl\.?| klockan| om| ·| -+)? "
                    r"(?P<h>\d{1,2})[:.h](?P<min>\d{2})(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?",
                    re.IGNORECASE)


def _aware(value: str) -> datetime | None:
    """A stated moment with its zone ("2019-11-19T01:19:34Z", "… 19:14:00+01:00"); None when
    it is not one or names no zone."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        return None
    return moment if moment.tzinfo else None


def _same_instant(stamp: str, stated: str) -> bool:
    """Whether a ``<time datetime>`` is the stated publication moment itself (to the minute)."""
    one, other = _aware(stamp), _aware(stated)
    return one is not None and other is not None and abs(one - other) < timedelta(minutes=1)


def shown_clock(stamp: str, words: str) -> str:
    """A UTC ``<time datetime>`` restated in the offset its own words show readers
    ("Posted Nov 18, 8:19 PM" on ``2019-11-19T01:19:34Z`` is ``2019-11-18T20:19:34-05:00``),
    or ''.  The offset is the words' clock less the stamp's, taken only when it is a whole
    quarter hour no zone exceeds: words that state another moment give nothing."""
    moment, match = _aware(stamp), _CLOCK.search(words)
    if moment is None or moment.utcoffset() != timedelta(0) or not match or \
            re.search(r"\d", words[:match.start()]):
        return ""  # a clock after another date ("Nov 18 · Updated Nov 19, 9:00 AM") is not its
    month = MONTH_NUMBERS.get((match["m1"] or match["m2"]).lower())
    hour = int(match["h"]) % 12 + (12 if (match["ampm"] or "").lower() == "p" else 0) \
        if match["ampm"] else int(match["h"])
    if not month or hour > 23:
        return ""
    utc = moment.replace(tzinfo=None, second=0, microsecond=0)
    years = (int(match["y"]),) if match["y"] else (utc.year, utc.year - 1, utc.year + 1)
    for year in years:  # the words may name no year
        try:
            shown = datetime(year, month, int(match["d1"] or match["d2"]), hour,
                             int(match["min"]))
        except ValueError:
            return ""
        offset = shown - utc
        if abs(offset) <= timedelta(hours=14) and offset % timedelta(minutes=15) == timedelta():
            return moment.astimezone(timezone(offset)).isoformat(timespec="seconds")
    return ""


def _with_time(shown: str, element: lxml.html.HtmlElement) -> str:
    """``shown`` (a day read from a dateline's words) with the time of day of the dateline's
    own ``<time datetime>``, when that states the same day: readers see the words, and a
    ``datetime`` a day off is UTC, not their day."""
    if "T" in shown:
        return shown
    for stamp in element.xpath(".//time[@datetime]"):
        if _says_updated(stamp):
            continue
        exact = normalise_date(stamp.get("datetime").strip().replace(" ", "T", 1))
        if exact[:10] == shown and "T" in exact:
            return exact
    return shown


_STAMP = re.compile(r"\b(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?"
                    r"(Z|[+-]\d{2}:?\d{2})(?![\w:.+-])")


def local_time(html: str, stated: str) -> str:
    """``stated`` in the page's own offset, when it is a UTC time and the page also states
    the same instant with a non-zero offset (``2020-02-25T02:25:54Z`` and
    ``2020-02-24T21:25:54-05:00``): the publication's calendar day is the one readers see.
    No offset is ever guessed: with none stated, or two that disagree, ``stated`` stays."""
    moment = _aware(stated)
    if moment is None or moment.utcoffset() != timedelta(0):
        return stated
    offsets = set()
    for day, clock, zone in _STAMP.findall(html):
        zone = "+00:00" if zone == "Z" else f"{zone[:3]}:{zone[-2:]}"
        try:
            other = datetime.fromisoformat(f"{day}T{clock}{zone}")
        except ValueError:
            continue
        if other == moment and other.utcoffset() != timedelta(0):
            offsets.add(other.utcoffset())
    if len(offsets) != 1:
        return stated
    return moment.astimezone(timezone(offsets.pop())).isoformat(timespec="seconds")


_UPDATED_WORDS = (r"updated|modified|uppdaterad|aktualisiert|actualizado|mis à jour|bijgewerkt"
                  r"|aggiornato|atualizado|actualitzat|aktualizacja|zaktualizowano|aktualizováno"
                  r"|обновлено|оновлено|päivitetty|opdateret|oppdatert|güncelleme|güncellenme"
                  r"|diperbarui|آخر تحديث|تحديث|تم التحديث|ενημέρωση|τελευταία ενημέρωση|frissítve"
                  r"|módosítva|עודכן")
_UPDATED_SIGNS = r"更新日|更新|最終更新|更新时间|更新時間|수정일|수정"
_UPDATED_LINE = re.compile(rf"^(last\s+)?({_UPDATED_WORDS})\b|^({_UPDATED_SIGNS})",
                           re.IGNORECASE)
#: any dateline label: where the publication's date read after "Published" ends
_ANY_LABEL = re.compile(rf"(?<![^\W\d_])(?:{_UPDATED_WORDS}|{_PUBLISHED_WORDS})\b"
                        rf"|{_UPDATED_SIGNS}|{_PUBLISHED_SIGNS}", re.IGNORECASE)
#: words that call a dateline's time an edit's, "Updated"'s and the like
_EDITED = re.compile(rf"(?<![^\W\d_])(?:{_UPDATED_WORDS}|edited|geändert|bearbeitet|modifié"
                     rf"|modificado|modificato|gewijzigd|ändrad)\b|{_UPDATED_SIGNS}",
                     re.IGNORECASE)

#: how long ago, however said: "5 minutes ago", "för 5 minuter sedan", "vor 5 Minuten",
#: "5 minuten geleden", "5 minuti fa", "hace 5 minutos", "il y a 5 minutes"
_RELATIVE = re.compile(r"\b(ago|sedan|vor|just now|geleden|fa|hace|il y a)\b", re.IGNORECASE)


def shown_update(tree: lxml.html.HtmlElement) -> tuple[str, bool]:
    """The page's visible "Updated …" line: (the time it states, normalised from its
    ``<time datetime>`` or else its words; whether it is a line that states no time of its
    own, like "Updated 5 minutes ago").  ('', False) when the page shows none."""
    for element in tree.iter("p", "div", "span", "time", "small"):
        if not _UPDATED_LINE.match((element.text or "").lstrip()):
            continue  # cheap test first: a div's whole text would cost the page's length
        text = clean_text(element.text_content())
        if len(text.split()) > 12 or not _UPDATED_LINE.match(text):
            continue
        stamp = element.xpath("string(.//time/@datetime)") or element.get("datetime", "")
        if stamp and normalise_date(stamp):
            return normalise_date(stamp), False
        if _RELATIVE.search(text) or not re.search(r"\d", text):
            return "", True
        return text, False
    return "", False


#: a day as one number in an address's path ("/news/20210303/…", "/20210303-council-…"),
#: or with the month in words ("/2021/mar/03/")
_URL_DAY = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
                      r"|/((?:19|20)\d{2})/([a-z]{3,9})/(\d{1,2})(?=/)", re.IGNORECASE)
#: a year and month in an address's path ("/2021/03/ferry.html")
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/")


def url_day(url: str) -> str:
    """The day an address's path states as one number ("…/20210303/…"), or ''."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    match = _URL_DAY.search(path.split("://", 1)[-1])
    if not match:
        return ""
    year, month, day = (match[1], match[2], match[3]) if match[1] else (
        match[4], MONTH_NUMBERS.get(match[5].lower()), match[6])
    try:
        parsed = datetime(int(year), int(month or 0), int(day))
    except ValueError:
        return ""
    return parsed.date().isoformat() if _plausible(parsed) else ""


def address_order(day: str, url: str) -> str:
    """``day`` with its day and month swapped, where only the swap agrees with the year and
    month the address names ("2021-04-03" read off "3/04/2021" on ".../2021/03/..."): the
    numbers were read in the wrong order.  Else ``day`` as it is."""
    match = _URL_MONTH.search(url.split("?", 1)[0])
    if not match or len(day) < 10 or not day[:10].replace("-", "").isdigit():
        return day
    year, month = int(match[1]), int(match[2])
    stated = (int(day[:4]), int(day[5:7]), int(day[8:10]))
    if stated[:2] == (year, month) or stated != (year, stated[1], month):
        return day
    return f"{year:04d}-{month:02d}-{stated[1]:02d}"
