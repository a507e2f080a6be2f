"""The names of months and weekdays, per language, as newsrooms write them in a dateline.

One table for every reader of dates: ``dates`` reads a day from them, ``change`` sets aside a
line that is only a day, ``article`` knows an "Updated …" line says when, ``byline`` tells a
date cut at its digit from a name.  A language added here is known to all of them (and tested:
tests/test_calendar_names.py reads and sets aside a dateline in each); a dateline in a
language missing here is read as no date, and its rolling is a version.

Each month or weekday is its forms separated by spaces, lower case: the forms a date takes
(the genitive of Polish, Czech, Russian, Ukrainian and Greek, "3 marca"; Finnish's
partitive, "3. maaliskuuta"), spelling variants, and short forms, which end in a dot
("jan." for "Jan. 3" and "Jan 3"; the dot itself is optional in the text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS = {
    "en": ("january jan.", "february feb.", "march mar.", "april apr.", "may", "june jun.",
           "july jul.", "august aug.", "september sep. sept.", "october oct.", "november nov.",
           "december dec."),
    "de": ("januar jänner jän.", "februar", "märz marz mär.", "april", "mai", "juni", "juli",
           "august", "september", "oktober okt.", "november", "dezember dez."),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre setiembre", "octubre", "noviembre", "diciembre dic."),
    "fr": ("janvier janv.", "février fevrier févr. fév.", "mars", "avril avr.", "mai", "juin",
           "juillet juil.", "août aout", "septembre sept.", "octobre oct.", "novembre nov.",
           "décembre decembre déc."),
    "sv": ("januari jan.", "februari feb.", "mars", "april apr.", "maj", "juni", "juli",
           "augusti aug.", "september sep. sept.", "oktober okt.", "november nov.",
           "december dec."),
    "da": ("januar jan.", "februar feb.", "marts mar.", "april apr.", "maj", "juni jun.",
           "juli jul.", "august aug.", "september sep. sept.", "oktober okt.", "november nov.",
           "december dec."),
    "nl": ("januari", "februari", "maart mrt.", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "it": ("gennaio gen.", "febbraio", "marzo", "aprile", "maggio mag.", "giugno giu.",
           "luglio lug.", "agosto ago.", "settembre set.", "ottobre ott.", "novembre",
           "dicembre dic."),
    "pt": ("janeiro", "fevereiro", "março marco", "abril", "maio", "junho", "julho", "agosto",
           "setembro set.", "outubro out.", "novembro", "dezembro dez."),
    "ca": ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre",
           "octubre", "novembre", "desembre"),
    "no": ("januar jan.", "februar feb.", "mars mar.", "april apr.", "mai", "juni jun.",
           "juli jul.", "august aug.", "september sep. sept.", "oktober okt.", "november nov.",
           "desember des."),
    "id": ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
           "september", "oktober", "november", "desember"),
    "ro": ("ianuarie ian.", "februarie feb.", "martie mar.", "aprilie apr.", "mai",
           "iunie iun.", "iulie iul.", "august aug.", "septembrie sept.", "octombrie oct.",
           "noiembrie nov.", "decembrie dec."),
    "tr": ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
           "ekim", "kasım", "aralık"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"),
    "cs": ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
           "září", "října", "listopadu", "prosince"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
           "вересня", "жовтня", "листопада", "грудня"),
    "fi": ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta",
           "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta",
           "joulukuuta"),
    "hu": ("január", "február febr.", "március márc.", "április ápr.", "május máj.",
           "június jún.", "július júl.", "augusztus", "szeptember szept.", "október",
           "november", "december"),
    "el": ("ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου",
           "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل ابريل", "مايو", "يونيو يونيه", "يوليو يوليه",
           "أغسطس اغسطس", "سبتمبر", "أكتوبر اكتوبر", "نوفمبر", "ديسمبر"),
    # its years are the Buddhist era's ("3 มีนาคม 2564" is 3 March 2021)
    "th": ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
           "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"),
}

WEEKDAYS = {
    "en": ("monday mon.", "tuesday tue. tues.", "wednesday wed. weds.",
           "thursday thu. thur. thurs.", "friday fri.", "saturday sat.", "sunday sun."),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag sonnabend",
           "sonntag"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "pt": ("segunda-feira segunda.", "terça-feira terça.", "quarta-feira quarta.",
           "quinta-feira quinta.", "sexta-feira sexta.", "sábado", "domingo"),
    "ca": ("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"),
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    # Bokmål, then Nynorsk ("tysdag 3. mars")
    "no": ("mandag måndag", "tirsdag tysdag", "onsdag", "torsdag", "fredag", "lørdag laurdag",
           "søndag sundag"),
    "id": ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"),
    # with a comma below (ș, ț) as the standard writes it, or a cedilla as many sites still do
    "ro": ("luni", "marți marţi", "miercuri", "joi", "vineri", "sâmbătă sîmbătă", "duminică"),
    "tr": ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    "pl": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    "cs": ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
           "воскресенье"),
    "uk": ("понеділок", "вівторок", "середа", "четвер", "пʼятниця п'ятниця", "субота",
           "неділя"),
    "fi": ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai",
           "sunnuntai"),
    "hu": ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"),
    "el": ("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"),
    "ar": ("الاثنين الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "th": ("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"),
}


def forms(table: dict[str, tuple[str, ...]], languages: tuple[str, ...] | None = None,
          short: bool = True) -> dict[str, int]:
    """Every form in ``table`` (``MONTHS`` or ``WEEKDAYS``) of ``languages`` (all when None),
    without its dot, with its number (1 for January, 1 for Monday); short forms only when
    ``short``."""
    return {name.rstrip("."): number
            for language, entries in table.items() if languages is None or language in languages
            for number, names in enumerate(entries, start=1)
            for name in names.split() if short or not name.endswith(".")}


def short_forms(table: dict[str, tuple[str, ...]], languages: tuple[str, ...]) -> set[str]:
    """The short forms in ``table`` of ``languages``, without their dots ("jan", "sept")."""
    return forms(table, languages).keys() - forms(table, languages, short=False).keys()


def alternation(names: Iterable[str]) -> str:
    """A regular expression matching any of ``names`` (longest first), for ``re.IGNORECASE``."""
    return "|".join(map(re.escape, sorted(names, key=lambda name: (-len(name), name))))


#: every month's form in every language, with its number: "märz" → 3, "3 марта"'s "марта" → 3
MONTH_NUMBERS = forms(MONTHS)
#: every weekday's form in every language, with its number (Monday 1)
WEEKDAY_NUMBERS = forms(WEEKDAYS)
