"""Month and weekday names: one table (``calendar_names``) that every reader of dates shares.

Parametrised over the table, so a language added to it is tested here without a line more:
a dateline in it is read as its day, and the same line rolling on is no new version; a
sentence that mentions a month is still the story's, whose edits are versions.
"""

from __future__ import annotations

import unicodedata

import pytest
from conftest import LOREM

from newsdiff.article import Article, format_body, is_rolling_line
from newsdiff.calendar_names import MONTH_NUMBERS, MONTHS, WEEKDAY_NUMBERS, WEEKDAYS, forms
from newsdiff.change import DATE_LINE, same_version
from newsdiff.dates import worded_date
from newsdiff.extract import extract
from newsdiff.validate import Judge

LANGUAGES = sorted(MONTHS.keys() | WEEKDAYS.keys())
URL = "https://www.dailypaper.example/news/harbour-dues-rise"


def story(*lines: str) -> Article:
    return Article(title="Harbour dues rise", url=URL, source="s",
                   body=format_body([*LOREM[:2], *lines]))


def year_of(language: str) -> int:
    """2021 as the language's datelines write it: Thai's in the Buddhist era."""
    return 2564 if language == "th" else 2021


def datelines(language: str, weekday: str, form: str, day: int) -> list[str]:
    """A line that is only a day, in each order a dateline writes one, with a weekday."""
    year = year_of(language)
    return [f"{weekday} {day} {form} {year}", f"{weekday}, {form} {day}, {year}",
            f"{year}. {form} {day}. {weekday}", f"{day} {form} {year}, 18:04"]


def test_the_table_is_twelve_months_and_seven_days_a_language_each_name_one_number():
    assert set(MONTHS) == set(WEEKDAYS)  # a language known for one is known for the other
    for language in LANGUAGES:
        assert len(MONTHS[language]) == 12 and len(WEEKDAYS[language]) == 7, language
    for table in (MONTHS, WEEKDAYS):
        numbers: dict[str, set[int]] = {}
        for language in table:
            for name, number in forms(table, (language,)).items():
                numbers.setdefault(name, set()).add(number)
                assert name == unicodedata.normalize("NFC", name.lower()), name
        # "mar" is March wherever it is written, never another month in another language
        assert {name for name, found in numbers.items() if len(found) > 1} == set()
    assert MONTH_NUMBERS["märz"] == MONTH_NUMBERS["mar"] == MONTH_NUMBERS["марта"] == 3
    assert MONTH_NUMBERS["marts"] == MONTH_NUMBERS["martie"] == MONTH_NUMBERS["mars"] == 3
    assert forms(MONTHS, ("en",), short=False)["may"] == 5 and "jan" not in forms(
        MONTHS, ("en",), short=False)
    assert WEEKDAY_NUMBERS["sunday"] == WEEKDAY_NUMBERS["søndag"] == 7


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_dateline_in_each_language_is_read_as_its_day(language: str):
    for month, names in enumerate(MONTHS[language], start=1):
        for form in (name.rstrip(".") for name in names.split()):
            for line in datelines(language, WEEKDAYS[language][month % 7].split()[0], form,
                                  3)[:3]:
                assert worded_date(line) == f"2021-{month:02d}-03", line
    # and as a page shows it, under the headline, with no metadata to say it
    month = LANGUAGES.index(language) % 12 + 1
    form = MONTHS[language][month - 1].split()[0]
    page = (f'<html lang="{language}"><head><title>Harbour dues rise</title></head><body>'
            f'<article><h1>Harbour dues rise</h1><p class="date">3 {form} {year_of(language)}'
            f'</p>{"".join(f"<p>{p}</p>" for p in LOREM)}</article></body></html>')
    result = extract(page, URL, "s")
    assert result is not None and result.article.published == f"2021-{month:02d}-03", form


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_date_line_in_each_language_that_rolls_makes_no_version(language: str):
    first = [names.split()[0] for names in WEEKDAYS[language]]
    every = [name.rstrip(".") for names in WEEKDAYS[language] for name in names.split()]
    pairs = [(first[month % 7], name.rstrip("."))
             for month, names in enumerate(MONTHS[language]) for name in names.split()]
    pairs += [(weekday, MONTHS[language][0].split()[0]) for weekday in every]
    for weekday, form in pairs:
            for today, tomorrow in zip(datelines(language, weekday, form, 3),
                                       datelines(language, weekday, form, 4), strict=True):
                assert DATE_LINE.match(today), today
                old, new = story(today), story(tomorrow)
                assert same_version(old, new), today
                assert Judge([old]).decide(new).kind == "boring", today


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_sentence_that_mentions_a_month_is_the_storys(language: str):
    """A month's name in a sentence makes it no date line: its edit is a version, in every
    language the table knows, with every form of every month."""
    for names in MONTHS[language]:
        for form in (name.rstrip(".") for name in names.split()):
            said = f"The harbour board met on 3 {form} {year_of(language)} and voted."
            old, new = story(said), story(said.replace(" 3 ", " 4 "))
            assert not DATE_LINE.match(said), said
            assert not same_version(old, new), said
            assert Judge([old]).decide(new).kind == "version", said
            # a sentence opening with a weekday or month alone is no date line either
            opening = f"{form.capitalize()} was the month the board voted."
            assert not same_version(story(opening), story(opening.replace("voted", "met")))


def test_an_updated_line_names_its_day_in_any_language_but_a_short_form_only_in_its_own():
    for line in ("Publicado martes 3", "Publicerad måndag", "Updated Tue", "Mis à jour févr 3",
                 "Publicado domingo", "Publicerad söndag"):
        assert is_rolling_line(line), line
    # Italian's and Portuguese's short forms are English words: such a heading is a story's
    for line in ("Updated set of rules", "Published out of court", "Updated mag wheels"):
        assert not is_rolling_line(line), line


def test_the_patterns_read_long_runs_in_one_pass():
    """Derived from the table, the patterns stay linear: 50,000 letters of a name's start or
    of punctuation (tests/test_lying_servers.py feeds the extraction such runs; validation
    matches DATE_LINE against a sentence of any length)."""
    for run in ("mon" * 17000, "3 " * 25000, "march " * 9000, "a" * 50000, "1" * 50000,
                "!" * 50000, "، " * 25000):
        assert not DATE_LINE.match(run)
        assert worded_date(run) == ""
        assert not is_rolling_line(f"Updated {run}")
