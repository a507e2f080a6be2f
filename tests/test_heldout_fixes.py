"""The shapes behind held-out batches E and F's misses (issue 16), each on small pages of its
own: other words, languages and markup than the batch page it was seen on, so that what is
fixed is the shape and not that page.
"""

from __future__ import annotations

import json
import re

import pytest

from newsdiff.extract import extract

ECO = [
    "Le conseil municipal a voté mardi soir la fermeture de la piscine du quartier nord, "
    "après un débat de plus de trois heures devant une salle comble et plutôt hostile.",
    "La mairie invoque le coût de la rénovation, estimé à quatre millions d'euros, et "
    "promet un bus gratuit vers le centre aquatique de la commune voisine dès la rentrée.",
    "Les associations de nageurs annoncent déjà un recours devant le tribunal administratif "
    "et une pétition qui a recueilli plus de deux mille signatures en une semaine.",
    "Le maire rappelle que l'équipement, construit en 1974, ne répond plus aux normes "
    "d'accessibilité ni aux exigences énergétiques imposées par la loi depuis trois ans.",
]

STANDFIRST = ("La piscine du quartier nord fermera ses portes en juin, faute d'argent pour la "
              "rénover, et les nageurs devront prendre le bus.")


def _page(head: str, header: str, body: str, lang: str = "fr") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>La piscine'
            f" du quartier nord fermera en juin – Le Journal de l'Ouest</title>{head}</head>"
            '<body><div class="bandeau"><a href="/">Le Journal de l\'Ouest</a><nav><a href="/'
            'region">Région</a> <a href="/sports">Sports</a></nav></div>'
            f"<main><article>{header}{body}</article></main><footer><p>Tous droits réservés."
            "</p></footer></body></html>")


def _prose(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _day(html: str) -> str:
    return extract(html, "https://www.journal-ouest.example/region/piscine", "s") \
        .article.published[:10]


UTC_EVENING = '<meta property="article:published_time" content="2024-04-11T22:45:00Z">'
HEADLINE = "<h1>La piscine du quartier nord fermera en juin</h1>"
DATELINE = '<span class="date-publication">12/04/2024 à 00h45</span>'


# --- 1. a standfirst between the headline and the dateline -----------------------------------

def test_a_standfirst_in_the_headline_s_header_box_does_not_end_the_search_for_the_dateline():
    # a <div> standfirst (text of its own) in a <section> header, the dateline below it
    html = _page(UTC_EVENING, f'<section class="entete">{HEADLINE}<div class="chapo">'
                 f'{STANDFIRST}</div><div class="signature">Par Claire Morvan</div>{DATELINE}'
                 "</section>", _prose(ECO))
    assert _day(html) == "2024-04-12"


def test_the_standfirst_may_be_a_paragraph_in_a_header_element_with_a_worded_dateline():
    head = '<meta property="article:published_time" content="2024-04-11T23:10:00Z">'
    html = _page(head, f"<header>{HEADLINE}<p>{STANDFIRST}</p><p class=\"meta\">"
                 '<time datetime="2024-04-12T01:10:00+02:00">12 avril 2024, 01:10</time></p>'
                 "</header>", _prose(ECO))
    assert _day(html) == "2024-04-12"


def test_the_standfirst_s_own_words_are_never_read_for_the_day():
    # a date the standfirst's prose names (the day of a vote) is the story's, not its dateline
    standfirst = ('Le conseil avait voté le <time class="date" datetime="2024-04-10">10 avril '
                  "2024</time> la fermeture de la piscine, faute d'argent pour la rénover.")
    html = _page(UTC_EVENING, f'<div class="entete">{HEADLINE}<p>{standfirst}</p></div>',
                 _prose(ECO))
    assert _day(html) == "2024-04-11"


def test_where_the_headline_stands_among_the_story_s_paragraphs_its_prose_still_ends_the_header():
    # no header box: the first paragraph is the story's, and a date-classed line inside the
    # story's text (a quoted decision's day) is never its dateline
    body = (_prose(ECO[:1]) + '<p class="date">12/04/2024</p>' + _prose(ECO[1:]))
    html = _page(UTC_EVENING, HEADLINE, body)
    assert _day(html) == "2024-04-11"


def test_only_one_standfirst_is_passed_over():
    # a header box with two paragraphs of prose before a date line is no headline's header
    html = _page(UTC_EVENING, f'<div class="entete">{HEADLINE}<p>{STANDFIRST}</p><p>{ECO[0]}'
                 f"</p>{DATELINE}</div>", _prose(ECO[1:]))
    assert _day(html) == "2024-04-11"



def test_a_dateline_s_parts_in_spans_of_one_time_are_read_apart():
    # "9 mars 2025</span><span>Modifié le 10 mars 2025": run together, the publication's
    # year would cling to the edit's label and the edit's day be read as the dateline's
    head = '<meta property="article:published_time" content="2025-03-09T08:00:00Z">'
    html = _page(head, f'{HEADLINE}<div class="infos"><time datetime="2025-03-09T09:00:00+01:'
                 '00"><span>9 mars 2025</span><span>Modifié le 10 mars 2025</span></time></div>',
                 _prose(ECO))
    assert _day(html) == "2025-03-09"


# --- 2. a copyright line never gives the day --------------------------------------------------

def test_no_year_of_a_copyright_range_is_read_as_the_day():
    # a hand-made page stating no day: htmldate's last resort is the footer's copyright year
    for footer in ("© 2009–2024 Hoeve de Linde", "Copyright (c) 2011 - 2024 K. Jansen",
                   "&copy; 2003&ndash;2024 Stichting Boomgaard", "(c) 2015-2024 Jansen"):
        html = (f'<html lang="nl"><head><title>Over de oude appelrassen</title></head><body>'
                f"<h2>Over de oude appelrassen</h2>{_prose(ECO)}<p><small>{footer}</small></p>"
                "</body></html>")
        assert not _day(html).startswith("2024"), footer


def test_a_day_the_page_states_stands_beside_a_copyright_range():
    html = (f'<html lang="nl"><head><title>Over de oude appelrassen</title></head><body>'
            f"<h1>Over de oude appelrassen</h1><p>Geplaatst op 1 januari 2024</p>{_prose(ECO)}"
            "<p><small>© 2009–2024 Hoeve de Linde</small></p></body></html>")
    assert _day(html) == "2024-01-01"


# --- 3. a reporter's bio under the story ------------------------------------------------------

BIBLIOTECA = [
    "El ayuntamiento aprobó el martes por la noche el cierre de la biblioteca del barrio sur, "
    "tras un debate de más de tres horas ante una sala llena de vecinos.",
    "La alcaldía alega el coste de la reforma, calculado en cuatro millones de euros, y "
    "promete un autobús gratuito hasta la biblioteca central a partir de septiembre.",
    "Las asociaciones de vecinos anuncian un recurso ante los tribunales y una recogida de "
    "firmas que ya ha reunido más de dos mil apoyos en una semana.",
    "El alcalde recuerda que el edificio, construido en 1971, no cumple las normas de "
    "accesibilidad ni las exigencias energéticas que impone la ley desde hace tres años.",
    "Los bibliotecarios serán trasladados a otros centros de la ciudad, según el acuerdo "
    "firmado con los sindicatos el mes pasado, y ninguno perderá su empleo.",
    "La decisión definitiva se tomará en el pleno de junio, cuando el consejo vote también "
    "el presupuesto del año próximo y el plan de obras del distrito.",
]
BIO = ("Marta Ruiz Olmedo es corresponsal de este diario en el sur de la ciudad desde 2015 y "
       "escribe sobre vivienda, educación y servicios públicos.")


def test_a_reporter_s_bio_in_a_box_under_the_story_is_not_read_as_its_last_paragraph():
    # each paragraph in a card of its own; under the story, a box with the reporter's bio
    # and a row of links (precision mode drops the box, recall mode reads its prose line)
    cards = "".join(f'<div class="bloque"><div class="bloque-texto"><p class="parrafo">{p}</p>'
                    "</div></div>" for p in BIBLIOTECA)
    most_read = "".join(f'<li><a href="/ciudad/{n}">Noticia número {n} de la sección de la '
                        "ciudad con un titular bastante largo para leer</a></li>"
                        for n in range(14))
    html = ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>El barrio sur '
            'se queda sin biblioteca</title><meta property="og:title" content="El barrio sur se'
            ' queda sin biblioteca"></head><body><div class="cabecera"><a href="/">Diario del '
            'Sur</a><nav><a href="/ciudad">Ciudad</a> <a href="/deportes">Deportes</a></nav>'
            "</div><main><article><header><h1>El barrio sur se queda sin biblioteca</h1><p "
            'class="firma">Por <a href="/autor/marta-ruiz">Marta Ruiz Olmedo</a></p></header>'
            f'<section class="cuerpo-noticia">{cards}</section><div class="pie-noticia"><div '
            f'class="autor-bio"><p>{BIO}</p><p>Síguela en <a href="/autor/marta-ruiz">su '
            'página</a> | <a href="/hemeroteca">Hemeroteca</a> | <a href="/suscripcion">'
            "Suscríbase</a></p></div></div></article><aside><h2>Lo más leído</h2><ul>"
            f"{most_read}</ul></aside></main><footer><p>Diario del Sur, todos los derechos "
            "reservados.</p></footer></body></html>")
    body = extract(html, "https://www.diariodelsur.example/ciudad/biblioteca", "s").article.body
    assert "corresponsal" not in body
    assert all(p.split(",")[0] in body for p in BIBLIOTECA)


# --- 4. a box of key points above the story ---------------------------------------------------

HOCHWASSER = [
    "Nach tagelangem Regen ist der Pegel der Mosel bei Trier am Freitagabend auf über neun "
    "Meter gestiegen, so hoch wie seit zwanzig Jahren nicht mehr.",
    "Die Stadt hat die Uferstraßen gesperrt und die Bewohner der Altstadt aufgefordert, Keller "
    "und Erdgeschosse zu räumen und Autos wegzufahren.",
    "Nach Angaben des Hochwassermeldedienstes soll der Scheitel erst am Sonntagmorgen erreicht "
    "werden, danach sinkt das Wasser nur langsam.",
    "Feuerwehr und Technisches Hilfswerk haben entlang der Promenade Sandsäcke gestapelt, "
    "Freiwillige aus den Nachbarorten helfen beim Befüllen.",
    "Der Schiffsverkehr auf der Mosel ist zwischen Trier und Koblenz eingestellt, mehrere "
    "Fähren haben ihren Betrieb bis auf Weiteres unterbrochen.",
    "Die Bürgermeisterin rief die Menschen auf, sich nicht an den Ufern aufzuhalten, weil "
    "Treibgut und die starke Strömung lebensgefährlich seien.",
]
#: the key points restate the story's first sentences in fewer words
KEY_POINTS = ["Der Pegel der Mosel bei Trier ist auf über neun Meter gestiegen, so hoch wie "
              "seit zwanzig Jahren nicht mehr.",
              "Die Bewohner der Altstadt sollen Keller und Erdgeschosse räumen und Autos "
              "wegfahren."]


def test_key_points_above_the_story_restating_it_are_not_read_as_its_first_paragraphs():
    text = "".join(f'<p class="absatz">{p}</p>' for p in HOCHWASSER)
    keys = "".join(f"<li>{k}</li>" for k in KEY_POINTS)
    most_read = "".join(f'<li><a href="/region/{n}">Weitere Meldung Nummer {n} aus der Region '
                        "mit einer recht langen Überschrift</a></li>" for n in range(14))
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Mosel-Hochwasser'
            ' in Trier: Pegel über neun Meter</title><meta property="og:title" content="Mosel-'
            'Hochwasser in Trier: Pegel über neun Meter"></head><body><div class="kopf"><a '
            'href="/">Moselbote</a><nav><a href="/region">Region</a> <a href="/sport">Sport</a>'
            '</nav></div><main><article><header class="artikel-kopf"><h1>Mosel-Hochwasser in '
            'Trier: Pegel über neun Meter</h1><section class="kurz"><h3>Das Wichtigste in Kürze'
            f'</h3><ul>{keys}</ul></section></header><div class="artikel-text">{text}</div>'
            f"</article><aside><h2>Meistgelesen</h2><ul>{most_read}</ul></aside></main><footer>"
            "<p>Moselbote Verlag</p></footer></body></html>")
    body = extract(html, "https://www.moselbote.example/region/hochwasser-trier", "s") \
        .article.body
    assert "Autos wegfahren" not in body and "ist auf über neun Meter" not in body
    assert body.startswith(HOCHWASSER[0]) and HOCHWASSER[-1] in body


# --- 5. bylines -------------------------------------------------------------------------------

VALG = [
    "Kommunestyret vedtok tirsdag kveld å legge ned svømmehallen på nordsiden av byen, etter "
    "en debatt som varte i over tre timer foran en full sal.",
    "Ordføreren viser til kostnaden ved å pusse opp bygget, anslått til førti millioner "
    "kroner, og lover gratis buss til badeanlegget i nabokommunen fra høsten.",
    "Svømmeklubben varsler klage til statsforvalteren og en underskriftskampanje som allerede "
    "har samlet over to tusen navn på en uke.",
]


def _credited(box: str) -> list[str]:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Svømmehallen "
          "på nordsiden legges ned", "author": [{"@type": "Person", "name": "Kari Nordmann"}]}
    html = ('<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>Svømmehallen på '
            'nordsiden legges ned</title><script type="application/ld+json">'
            f'{json.dumps(ld)}</script></head><body><main><article><h1>Svømmehallen på '
            f'nordsiden legges ned</h1><div class="forfatterboks">{box}</div>'
            + "".join(f"<p>{p}</p>" for p in VALG) + "</article></main></body></html>")
    byline = extract(html, "https://www.bygdeposten.example/nyheter/svommehallen", "s") \
        .article.byline
    return sorted(name.strip() for name in re.split(r",| og | and ", byline))


def test_a_photo_label_before_a_linked_name_credits_a_photographer_not_a_co_writer():
    kari = '<a href="/forfatter/kari-nordmann">Kari Nordmann</a>'
    ola = '<a href="/forfatter/ola-hansen">Ola Hansen</a>'
    per = '<a href="/forfatter/per-berg">Per Berg</a>'
    assert _credited(f"<span>Tekst</span> {kari}<span>Foto</span> {ola}") == ["Kari Nordmann"]
    assert _credited(f"Tekst {kari} Foto {ola}") == ["Kari Nordmann"]
    assert _credited(f"Tekst {kari} og {per} <span>Fotos</span> {ola}") == \
        ["Kari Nordmann", "Per Berg"]
    # a role after the last name is still that name's ("Ola Hansen (foto)")
    assert _credited(f"{kari}, {ola} <span>Foto</span>") == ["Kari Nordmann"]


def _shown_credit(box: str) -> str:
    html = ('<!DOCTYPE html><html lang="de-CH"><head><meta charset="utf-8"><title>Zürich baut '
            'die Tramlinie nach Affoltern</title></head><body><main><article><h1>Zürich baut '
            f'die Tramlinie nach Affoltern</h1><div class="autorenzeile">{box}</div>'
            + "".join(f"<p>{p}</p>" for p in TRAM) + "</article></main></body></html>")
    return extract(html, "https://www.stadtfunk.example/zuerich/tram", "s").article.byline


TRAM = [
    "Der Gemeinderat hat am Mittwochabend den Kredit für die neue Tramlinie nach Affoltern "
    "gutgeheissen, nach einer Debatte von über drei Stunden.",
    "Die Strecke soll ab 2031 befahren werden und den Bus auf der Wehntalerstrasse ersetzen, "
    "der zu Stosszeiten längst an seine Grenzen stösst.",
    "Gegner kritisieren die Kosten von über dreihundert Millionen Franken und kündigen das "
    "Referendum an, die Unterschriften wollen sie bis Ende Monat sammeln.",
]


def test_a_broadcaster_s_studio_after_the_name_is_no_second_name():
    for box in ('<span class="autor">Von Anna Meier, SRF-Korrespondentin</span>',
                '<span class="author">Von Anna Meier, SWR3-Redaktion</span>'):
        assert _shown_credit(box) == "Anna Meier", box
    # a second person with a hyphenated first name is a name
    assert _shown_credit('<span class="author">Von Anna Meier, Hans-Peter Koch</span>') == \
        "Anna Meier, Hans-Peter Koch"


# --- attacks on the four rules above (k28): a lost paragraph or a false day is worse ----------

def _biblioteca(after: str, cards: bool = True) -> str:
    """The bio test's page with ``after`` in place of the bio's box under the story."""
    body = "".join((f'<div class="bloque"><div class="bloque-texto"><p class="parrafo">{p}</p>'
                    "</div></div>") if cards else f"<p>{p}</p>" for p in BIBLIOTECA)
    most_read = "".join(f'<li><a href="/ciudad/{n}">Noticia número {n} de la sección de la '
                        "ciudad con un titular bastante largo para leer</a></li>"
                        for n in range(14))
    return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>El barrio sur '
            'se queda sin biblioteca</title></head><body><div class="cabecera"><a href="/">'
            'Diario del Sur</a></div><main><article><header><h1>El barrio sur se queda sin '
            'biblioteca</h1><p class="firma">Por <a href="/autor/marta-ruiz">Marta Ruiz Olmedo'
            f'</a></p></header><section class="cuerpo-noticia">{body}</section>{after}'
            f"</article><aside><h2>Lo más leído</h2><ul>{most_read}</ul></aside></main>"
            "<footer><p>Diario del Sur, todos los derechos reservados.</p></footer></body></html>")


_SHARE = ('<p>Síguenos en <a href="/redes">redes</a> | <a href="/hemeroteca">Hemeroteca</a> | '
          '<a href="/suscripcion">Suscríbase</a></p>')
#: the story's last paragraph, left out by precision mode for the link in it
_LAST_LINKED = ('Los vecinos pueden consultar el <a href="/docs/acuerdo.pdf">texto íntegro del '
                "acuerdo</a> firmado con los sindicatos y enviar alegaciones al ayuntamiento "
                "hasta el próximo 30 de junio.")
_WIRE = ("Con información de la agencia Efe y de la redacción de Diario del Sur en el distrito, "
         "que ha hablado con una docena de vecinos afectados.")
_REPORTING = ("Reporting by Ana Lopez in Madrid; additional reporting by Tom Hale in Lisbon; "
              "editing by Kate Mayer and the city desk team for this story.")


@pytest.mark.parametrize("after, cards", [
    (f'<div class="pie-noticia"><div class="cierre"><p>{_LAST_LINKED}</p>{_SHARE}</div></div>',
     True),
    (f'<div class="nota"><p>{_LAST_LINKED}</p></div><div class="share">{_SHARE}</div>', False),
    (f'<div class="nota"><p>{_LAST_LINKED}</p></div><div class="share">{_SHARE}</div>', True),
    (f'<div class="pie-noticia"><div class="cierre"><p>{_WIRE}</p>{_SHARE}</div></div>', True),
    (f'<div class="pie-noticia"><div class="cierre"><p>{_REPORTING}</p>{_SHARE}</div></div>',
     True),
], ids=["linked-last-in-footer-box", "linked-last-in-a-div", "linked-last-after-cards",
        "wire-credit", "reporting-by"])
def test_a_lone_line_under_the_story_that_names_no_writer_first_is_kept(after, cards):
    # one line in a box of its own under the story is a bio only when it opens with a name
    # the byline credits; the story's last paragraph set apart, or a wire's credit, is kept
    # (test_a_reporter_s_bio_in_a_box_under_the_story_is_not_read_as_its_last_paragraph: the
    # bio, opening with the name, is still left out)
    kept = after.split("<p>")[1].split("</p>")[0][-50:]  # its words after any link
    body = extract(_biblioteca(after, cards), "https://www.diariodelsur.example/ciudad/b",
                   "s").article.body
    assert kept in body and BIBLIOTECA[0] in body


@pytest.mark.parametrize("lede", [
    f'<div class="intro-box"><p class="intro">{HOCHWASSER[0]}</p></div>',
    '<div class="first"><p><span class="initial">N</span>' + HOCHWASSER[0][1:] + "</p></div>",
    f'<div class="einleitung"><p>{HOCHWASSER[0]}</p></div><figure><img src="/a.jpg">'
    "<figcaption>Die Mosel bei Trier am Freitag.</figcaption></figure>",
    f'<p class="lead"><strong>{HOCHWASSER[0]}</strong></p>',
], ids=["intro-in-own-box", "drop-cap", "before-a-figure", "bold-lead"])
def test_a_lead_paragraph_in_a_slot_of_its_own_is_still_the_story_s_first(lede):
    text = "".join(f'<p class="absatz">{p}</p>' for p in HOCHWASSER[1:])
    most_read = "".join(f'<li><a href="/region/{n}">Weitere Meldung Nummer {n} aus der Region '
                        "mit einer recht langen Überschrift</a></li>" for n in range(14))
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Mosel-Hochwasser'
            '</title></head><body><main><article><header><h1>Mosel-Hochwasser in Trier: Pegel '
            f'über neun Meter</h1></header>{lede}<div class="artikel-text">{text}</div>'
            f"</article><aside><h2>Meistgelesen</h2><ul>{most_read}</ul></aside></main>"
            "</body></html>")
    body = extract(html, "https://www.moselbote.example/region/hochwasser", "s").article.body
    assert body.startswith(HOCHWASSER[0]) and HOCHWASSER[-1] in body


@pytest.mark.parametrize("header, day", [
    # the standfirst names an earlier day of its own; the dateline under it is still read
    (f'<div class="entete">{HEADLINE}<p class="chapo">Le 3 mars, le conseil municipal avait '
     "déjà voté la fermeture de la piscine du quartier nord, faute d'argent pour la rénover."
     f"</p>{DATELINE}</div>", "2024-04-12"),
    # past the standfirst, a related story's day or an event's is no dateline
    (f'<div class="entete">{HEADLINE}<p class="chapo">{STANDFIRST}</p><p class="lire-aussi">'
     '<a href="/region/vote">Lire aussi : le vote du conseil</a> 10/04/2024</p></div>',
     "2024-04-11"),
    (f'<div class="entete">{HEADLINE}<p class="chapo">{STANDFIRST}</p><p class="info">Réunion '
     "publique le 12 avril 2024</p></div>", "2024-04-11"),
    (f'<div class="entete">{HEADLINE}<p class="chapo">{STANDFIRST}</p><p class="info">Conseil '
     'du <time datetime="2024-04-09">9 avril 2024</time></p></div>', "2024-04-11"),
], ids=["dated-standfirst", "related-story", "event-day-after-one", "event-time"])
def test_passing_the_standfirst_reads_no_other_day(header, day):
    assert _day(_page(UTC_EVENING, header, _prose(ECO))) == day


@pytest.mark.parametrize("dateline, lang", [
    ("Posted 1/1/2025", "en"), ("01-01-2025", "en"), ("2025/01/01", "ja"), ("2025.01.01", "ko"),
    ("Wednesday, Jan. 1st 2025", "en"), ("1° gennaio 2025", "it"),
    ("Mittwoch, 1. Januar 2025", "de"), ("1 de enero de 2025", "es"),
])
def test_new_year_s_day_stated_once_stands_beside_a_copyright_range_ending_that_year(dateline,
                                                                                      lang):
    # the page states 1 January only in its dateline: htmldate's day is the story's, though
    # the footer's copyright range ends in the same year
    html = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>New year '
            'swim</title></head><body><div class="post"><h1>New year swim draws a crowd</h1>'
            f'<div class="meta">{dateline}</div>{_prose(ECO)}</div><footer><p>© 2010–2025 The '
            "Valley Gazette</p></footer></body></html>")
    assert _day(html) == "2025-01-01"
