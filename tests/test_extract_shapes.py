"""Pages in shapes the shared pages hardly show, read by the body chain (issue 16).

Each page is a realistic news page (navigation, share bars, most-read lists, related stories,
footers) around a story in one shape: an interview, a listicle, a recipe inside a story, a
live blog, a correction box, a page in German, a story in an old CMS's table layout, and so
on.  What a reader calls the story is marked in the page's source with ``<T>…</T>`` (taken
out before anything reads the page), and each page is scored as bench/extract.py scores the
shared pages: precision and recall over 4-word shingles of the lower-cased ``\\w+`` tokens.
"""

from __future__ import annotations

# The page record, the measure and the scoring all the shape files share.
from shapes import MARK, Scorebook, Shape, ours_text, read, trafilatura_text, words

# --- stories ---------------------------------------------------------------------------------

FERRY = [
    "The island's ferry company will cut the number of winter crossings from six a day to four "
    "from January, its chief executive told councillors on Tuesday, blaming fuel costs that "
    "have doubled in two years.",
    "Passengers who commute to the mainland for work said the change would leave them with a "
    "choice between a 6:15 sailing that arrives an hour before most offices open and a 9:40 "
    "boat that makes them late.",
    "\"We have looked at every other option,\" said Helen Brody, who has run the company since "
    "2019. \"Without a larger subsidy from the regional government, four crossings is what the "
    "budget pays for.\"",
    "The regional transport minister, Owen Pryce, said his department would review the subsidy "
    "in the spring but made no promise of more money before the timetable changes.",
    "Shopkeepers in the harbour village fear the cut will hurt them too: fewer day visitors "
    "come over in winter, and the last boat back now leaves at 17:30 instead of 20:00.",
    "The island's doctor, who shares her time between the surgery and a clinic on the "
    "mainland, said she would have to stay overnight twice a week to keep her appointments.",
    "A petition against the cuts has gathered 2,300 signatures, more than the island's "
    "population, since it went online on Friday.",
    "The council will debate the timetable at its next meeting on December 3.",
]

WATER = [
    "Households in the county will pay about 14 percent more for water next year after the "
    "utility board approved a rate increase on Wednesday night by a vote of five to two.",
    "The average family using 6,000 gallons a month will see its bill rise from $52 to $59, "
    "according to figures the utility presented at the meeting.",
    "Board members who backed the increase said it was needed to replace pipes laid in the "
    "1950s, some of which burst last winter and left parts of the east side without water "
    "for three days.",
    "\"Nobody up here likes voting for a higher bill,\" said board chair Denise Alvarado. "
    "\"But the alternative is more of what happened in February, and that costs everyone more.\"",
    "The two members who voted against it wanted the increase phased in over three years and "
    "asked for a discount for retirees on fixed incomes, which the board said it would study.",
    "The utility plans to replace 11 miles of main in the first year, starting with the "
    "neighbourhoods that lost service during the freeze.",
    "The new rates take effect on January 1 and will appear on bills mailed in February.",
]

GLACIER = [
    "Glaciers in the Alps lost four percent of their remaining ice last year, the second-worst "
    "loss on record, according to a report published on Monday by the Swiss monitoring network.",
    "The researchers measured the thickness of 176 glaciers with radar and stakes drilled into "
    "the ice, and compared the results with records that go back more than a century.",
    "A warm, dry winter with little snow left the ice exposed early in the summer, and two "
    "heatwaves in July and August did the rest, the report says.",
    "\"In 2022 we said it was an extreme year that we would not see again for a long time,\" "
    "said Matthias Huss, who leads the network. \"It took one year.\"",
    "Smaller glaciers are disappearing altogether: the team stopped measuring two of them "
    "because there was no longer enough ice to survey safely.",
    "The report warns that meltwater from the glaciers, which keeps rivers such as the Rhône "
    "flowing in late summer, will decline within two decades, with consequences for farming, "
    "shipping and hydroelectric power downstream.",
]

CHIPS = [
    "The chipmaker said on Thursday it would delay the opening of its new factory in Ohio by "
    "at least two years, citing slowing demand for the processors it planned to make there.",
    "The plant, announced in 2022 with a promise of 3,000 jobs, had been due to begin "
    "production next year; the company now expects the first chips to come off the line in "
    "2028 at the earliest.",
    "Construction will continue at a slower pace, a spokeswoman said, and no workers already "
    "hired would lose their jobs.",
    "Local officials, who spent more than $700 million on roads, water lines and tax breaks "
    "to win the project, said they had been told of the delay only hours before the "
    "announcement.",
    "\"We are disappointed, but not surprised,\" said the county's economic development "
    "director, Raj Patel. \"The whole industry is slowing down.\"",
    "Shares in the company fell three percent in early trading after the news.",
]

MATCH = [
    "A late header from the captain, Tom Ashworth, gave Rovers a 2-1 win over City on Saturday "
    "and lifted them out of the relegation places for the first time since August.",
    "City had taken the lead after 12 minutes when Kofi Mensah ran onto a long ball and lifted "
    "it over the goalkeeper, and for most of the first half the home side barely crossed the "
    "halfway line.",
    "Rovers' manager changed the shape at half-time, bringing on a second striker, and the "
    "equaliser came within five minutes: a corner flicked on at the near post and turned in "
    "by Lewis Grant.",
    "The winner came in the 88th minute, when Ashworth rose above two defenders to meet a "
    "free kick from the left.",
    "\"We showed character today,\" the manager said afterwards. \"At half-time I told them "
    "we had nothing to lose.\"",
    "Rovers travel to United next Saturday; City, now three points above the drop zone, host "
    "Albion on Tuesday night.",
]

MEASLES = [
    "Health officials confirmed six more cases of measles in the county on Friday, bringing "
    "the total since the outbreak began in October to 31.",
    "Most of the cases are children under ten who had not been vaccinated, the county health "
    "department said, and four have been treated in hospital.",
    "The department has opened walk-in vaccination clinics at two libraries and a shopping "
    "centre, and asks anyone unsure whether they have had two doses to check with their "
    "doctor.",
    "Measles is one of the most contagious diseases known: the virus can linger in the air of "
    "a room for two hours after an infected person has left it.",
    "\"If you are not protected and you are exposed, you will very likely get it,\" said the "
    "county's health officer, Dr. Anita Sorensen.",
    "Officials have listed the places where people may have been exposed, including a "
    "paediatric clinic, a supermarket and an indoor playground, on the department's website.",
]

COURT = [
    "A former city treasurer was sentenced on Tuesday to four years in prison for stealing "
    "more than $1.2 million from the city over eight years.",
    "Prosecutors said Gerald Hines, 61, moved money from the city's accounts into a company he "
    "controlled, disguising the payments as fees for software maintenance that was never done.",
    "The theft came to light in 2023 when a new auditor asked for copies of the contracts "
    "behind the payments and found none.",
    "In court, Hines apologised to the city's residents and said he had meant to pay the "
    "money back. \"I told myself it was a loan,\" he said. \"It was not.\"",
    "The judge ordered him to repay the full amount; the city has so far recovered about "
    "$300,000 from the sale of a house and two cars.",
]

MUSEUM = [
    "The city museum reopens on Saturday after a four-year renovation that cost 48 million "
    "euros and doubled the space it has to show its collection.",
    "Visitors will enter through a new glass hall on the river side of the building, where "
    "the old loading dock once stood, and the galleries on the upper floors have been "
    "rebuilt with natural light.",
    "For the first time in decades the museum will show its collection of maritime paintings, "
    "which spent the renovation in storage and, before that, mostly in the basement.",
    "The director, Ingrid Vos, said the museum wanted to be a place people visit more than "
    "once: entry to the permanent collection will be free for residents on the first Sunday "
    "of each month.",
    "The opening weekend includes guided tours, a concert in the glass hall and a children's "
    "workshop on painting ships.",
]

CHEF = [
    ("You grew up above your parents' restaurant. What do you remember of it?",
     "Mostly the noise. The kitchen was right under my bedroom, and until I was eleven I "
     "fell asleep every night to the sound of pans and my father shouting orders in Cantonese."),
    ("When did you decide to cook for a living?",
     "Much later than people think. I studied accounting, and I was good at it, but I spent "
     "every weekend cooking for friends. At 26 I quit and took a job peeling vegetables."),
    ("Your new restaurant has only twelve seats. Why so small?",
     "Because I want to cook every plate myself. With twelve seats I can talk to every guest, "
     "and nothing leaves the kitchen that I have not tasted."),
    ("What do you cook at home?",
     "Rice, always rice. A bowl of rice with an egg and some soy sauce is still my favourite "
     "meal, and I make it at least twice a week."),
    ("What advice would you give a young cook?",
     "Learn to clean as you go. It sounds boring, but a clean station is a calm head, and a "
     "calm head makes better food."),
]

# Stories in other languages: German, Swedish, Spanish, French.

BAHN = [
    "Die Gewerkschaft der Lokomotivführer hat für Mittwoch einen 24-stündigen Streik im "
    "Personenverkehr angekündigt. Reisende müssen sich bundesweit auf Zugausfälle einstellen.",
    "Die Bahn kündigte einen Notfahrplan an, mit dem etwa jeder fünfte Fernzug fahren soll. "
    "Im Regionalverkehr werde es je nach Region große Unterschiede geben, sagte eine Sprecherin.",
    "Die Gewerkschaft fordert eine Verkürzung der Wochenarbeitszeit von 38 auf 35 Stunden bei "
    "vollem Lohnausgleich. Die Bahn hält das für nicht finanzierbar und verweist auf den "
    "Mangel an Fachkräften.",
    "Fahrgäste, die ihre Reise wegen des Streiks verschieben, können ihr Ticket nach Angaben "
    "des Unternehmens bis zu einer Woche später nutzen oder es kostenlos erstatten lassen.",
    "Es ist bereits der dritte Arbeitskampf in diesem Tarifkonflikt. Eine Schlichtung hatte "
    "die Gewerkschaft im Dezember abgelehnt.",
]

KOMMUN = [
    "Kommunfullmäktige röstade på måndagskvällen igenom en budget som höjer skatten med 35 "
    "öre. Det är första gången på elva år som kommunen höjer skattesatsen.",
    "Höjningen ger kommunen omkring 48 miljoner kronor mer om året, pengar som enligt "
    "majoriteten behövs för att täcka ökade kostnader inom äldreomsorgen och skolan.",
    "– Vi har vänt på varenda sten innan vi tog det här beslutet, säger kommunstyrelsens "
    "ordförande Anna Bergström.",
    "Oppositionen ville i stället sälja ut en del av de kommunala bostäderna och lade fram "
    "en egen budget utan skattehöjning, men förlorade omröstningen med 31 röster mot 30.",
    "För en person som tjänar 30 000 kronor i månaden innebär höjningen ungefär 110 kronor "
    "mer i skatt per månad. Den nya skattesatsen gäller från och med januari.",
]

SEQUIA = [
    "Los embalses de la cuenca del Guadalquivir se encuentran al 19 por ciento de su "
    "capacidad, el nivel más bajo desde que hay registros, según los datos publicados este "
    "martes por la confederación hidrográfica.",
    "Los agricultores de la zona, que dependen del riego para el olivar y los cítricos, han "
    "recibido este año menos de la mitad del agua que les correspondería en un año normal.",
    "\"Hay fincas que ya han empezado a arrancar árboles porque no pueden mantenerlos\", "
    "explicó el presidente de la comunidad de regantes, Manuel Ortega.",
    "El Gobierno regional aprobó la semana pasada un decreto que permite restringir el "
    "suministro nocturno en los municipios más afectados si no llueve antes de marzo.",
    "Los meteorólogos no prevén lluvias importantes en las próximas dos semanas.",
]

GREVE = [
    "Le conseil municipal a adopté jeudi soir un budget de 412 millions d'euros pour l'année "
    "prochaine, marqué par une hausse de 8 % des dépenses consacrées aux écoles.",
    "La majorité a justifié cet effort par la rénovation de six groupes scolaires construits "
    "dans les années 1970, dont plusieurs ont dû fermer des classes l'hiver dernier faute de "
    "chauffage.",
    "« Nous ne pouvons plus demander aux enfants de travailler en manteau », a déclaré "
    "l'adjointe chargée de l'éducation, Claire Dumont.",
    "L'opposition a voté contre, reprochant à la mairie une hausse de la taxe foncière de "
    "3 % et un endettement qui atteindra, selon elle, un niveau record à la fin du mandat.",
    "Les premiers travaux doivent commencer pendant les vacances de printemps.",
]


# --- the page around a story -------------------------------------------------------------------

CHROME = {
    "en": {
        "nav": ["News", "Local", "Politics", "Business", "Sport", "Culture", "Opinion",
                "Weather", "Podcasts", "Puzzles"],
        "most": "Most read",
        "teasers": ["Council leader resigns after row over housing plan",
                    "Storm warning issued for the coast as winds reach 70mph",
                    "New bakery draws queues around the block on opening day",
                    "School inspectors praise turnaround at former failing academy",
                    "Police appeal for witnesses after crash on the bypass"],
        "related": "More from News",
        "blurbs": ["The plan would have put 400 homes on the edge of the park.",
                   "Forecasters say gusts could bring down trees and power lines overnight.",
                   "The owners spent two years restoring the old shop front themselves."],
        "share": ["Share on Facebook", "Share on X", "Email this story"],
        "footer": "© 2026 The Harbour Gazette. All rights reserved.",
        "links": ["About us", "Contact", "Advertise", "Privacy policy", "Terms of use"],
        "by": "By",
    },
    "de": {
        "nav": ["Politik", "Wirtschaft", "Panorama", "Sport", "Kultur", "Wissen", "Reise"],
        "most": "Meistgelesen",
        "teasers": ["Bundestag beschließt neues Heizungsgesetz nach langer Debatte",
                    "Unwetter sorgt für Chaos im Süden des Landes",
                    "Wie sich die Mieten in den Großstädten entwickelt haben",
                    "Nationalmannschaft verliert Testspiel gegen Dänemark",
                    "Was Verbraucher ab Januar wissen müssen"],
        "related": "Mehr zum Thema",
        "blurbs": ["Die Opposition kündigte eine Klage vor dem Verfassungsgericht an.",
                   "Zahlreiche Keller liefen voll, Bäume stürzten auf Straßen.",
                   "In einigen Städten stiegen die Preise um mehr als zehn Prozent."],
        "share": ["Auf Facebook teilen", "Auf X teilen", "Per E-Mail senden"],
        "footer": "© 2026 Tageszeitung GmbH. Alle Rechte vorbehalten.",
        "links": ["Impressum", "Datenschutz", "Kontakt", "Abo"],
        "by": "Von",
    },
    "sv": {
        "nav": ["Nyheter", "Sverige", "Världen", "Ekonomi", "Sport", "Kultur", "Väder"],
        "most": "Mest läst",
        "teasers": ["Regeringen presenterar nytt förslag om elpriserna",
                    "Kraftigt snöfall väntas i norra Sverige i helgen",
                    "Så mycket kostar julmaten i år jämfört med i fjol",
                    "Klubben värvar ny tränare inför nästa säsong",
                    "Polisen söker vittnen efter rån i centrum"],
        "related": "Läs också",
        "blurbs": ["Förslaget ska gälla hushåll i de södra elområdena.",
                   "SMHI har utfärdat en gul varning för flera län.",
                   "Priset på skinka har stigit mest av alla varor."],
        "share": ["Dela på Facebook", "Dela på X", "Skicka med e-post"],
        "footer": "© 2026 Lokaltidningen AB. Ansvarig utgivare: Eva Holm.",
        "links": ["Om oss", "Kontakt", "Annonsera", "Cookies"],
        "by": "Av",
    },
    "es": {
        "nav": ["Nacional", "Internacional", "Economía", "Deportes", "Cultura", "Opinión"],
        "most": "Lo más leído",
        "teasers": ["El Congreso aprueba la reforma de las pensiones",
                    "Una ola de frío pone en alerta a medio país",
                    "Los precios de la vivienda siguen subiendo en las capitales",
                    "El equipo remonta en el último minuto y sigue líder",
                    "Qué cambia en las facturas de la luz a partir de enero"],
        "related": "Noticias relacionadas",
        "blurbs": ["La reforma entrará en vigor el próximo mes de julio.",
                   "Las temperaturas bajarán hasta diez grados en algunas zonas.",
                   "El precio medio del metro cuadrado alcanza un nuevo máximo."],
        "share": ["Compartir en Facebook", "Compartir en X", "Enviar por correo"],
        "footer": "© 2026 Diario del Sur S.L. Todos los derechos reservados.",
        "links": ["Quiénes somos", "Contacto", "Aviso legal", "Cookies"],
        "by": "Por",
    },
    "fr": {
        "nav": ["France", "Monde", "Économie", "Sports", "Culture", "Opinions"],
        "most": "Les plus lus",
        "teasers": ["Le gouvernement dévoile son plan pour les retraites",
                    "Tempête : plusieurs départements placés en vigilance orange",
                    "Immobilier : les prix reculent dans les grandes villes",
                    "Le club s'impose dans les arrêts de jeu et reste en tête",
                    "Ce qui change au premier janvier pour les ménages"],
        "related": "À lire aussi",
        "blurbs": ["Le texte sera examiné par les députés au printemps.",
                   "Des rafales à plus de 120 km/h sont attendues sur les côtes.",
                   "La baisse atteint 4 % sur un an selon les notaires."],
        "share": ["Partager sur Facebook", "Partager sur X", "Envoyer par e-mail"],
        "footer": "© 2026 Le Quotidien. Tous droits réservés.",
        "links": ["Mentions légales", "Contact", "Publicité", "Abonnement"],
        "by": "Par",
    },
}


def _links(items: list[str], path: str = "") -> str:
    return "".join(f'<li><a href="/{path}{i}">{item}</a></li>' for i, item in enumerate(items))


def _nav(lang: str) -> str:
    return f'<nav class="site-nav"><ul>{_links(CHROME[lang]["nav"], "section/")}</ul></nav>'


def _share(lang: str) -> str:
    return f'<ul class="share-bar">{_links(CHROME[lang]["share"], "share/")}</ul>'


def _most_read(lang: str) -> str:
    words = CHROME[lang]
    return (f'<aside class="most-read"><h2>{words["most"]}</h2><ol>'
            f'{_links(words["teasers"], "story/")}</ol></aside>')


def _related(lang: str) -> str:
    words = CHROME[lang]
    cards = "".join(f'<div class="card"><h3><a href="/news/{i}">{head}</a></h3>'
                    f'<p class="blurb">{blurb}</p></div>'
                    for i, (head, blurb) in enumerate(zip(words["teasers"][:3],
                                                          words["blurbs"], strict=True)))
    return f'<section class="related"><h2>{words["related"]}</h2>{cards}</section>'


def _footer(lang: str) -> str:
    """A footer as big sites have them: every section and its subsections, in columns."""
    words = CHROME[lang]
    columns = "".join(f'<div class="footer-col"><h4>{section}</h4><ul>'
                      + _links([f"{section} {topic}" for topic in words["nav"]], f"{i}/")
                      + "</ul></div>" for i, section in enumerate(words["nav"]))
    return (f'<footer class="site-footer">{columns}<ul>{_links(words["links"], "info/")}</ul>'
            f'<p>{words["footer"]}</p></footer>')


def page(story: str, title: str, *, lang: str = "en", author: str = "Maria Lindqvist",
         head: str = "", body: str | None = None, above: str = "", below: str = "",
         article_class: str = "story-body") -> str:
    """A news page around ``story`` (a site's chrome in ``lang``); ``body`` replaces the
    whole ``<body>`` (``{story}`` marks where the story goes), ``above``/``below`` stand
    just before and after the story's container, inside the article."""
    words = CHROME[lang]
    if body is None:
        body = (f'<header class="masthead"><a class="logo" href="/">The Gazette</a>'
                f'{_nav(lang)}</header><main><article class="story">'
                f'<header class="story-header"><h1>{title}</h1>'
                f'<p class="byline">{words["by"]} <a href="/authors/x">{author}</a></p>'
                f'<time datetime="2026-03-14T09:30:00+01:00">14.03.2026</time>{_share(lang)}'
                f'</header>{above}<div class="{article_class}">{{story}}</div>{below}'
                f'</article>{_most_read(lang)}</main>{_related(lang)}{_footer(lang)}')
    document = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
                f'<title>{title} | The Gazette</title>'
                f'<meta property="og:title" content="{title}">'
                f'<meta property="og:type" content="article">'
                f'<meta name="author" content="{author}">{head}</head>'
                f'<body>{body.replace("{story}", story)}</body></html>')
    return document


def paragraphs(texts: list[str], tag: str = "p") -> str:
    """Story paragraphs, each marked as story."""
    return "".join(f"<T><{tag}>{text}</{tag}></T>" for text in texts)


SHAPES: dict[str, Shape] = {}


def shape(name: str, marked: str) -> None:
    SHAPES[name] = Shape(name, marked, f"https://www.gazette.example/news/2026/03/{name}")


# --- the shapes ----------------------------------------------------------------------------

def _qa(pairs, question: str, answer: str = "<p>{}</p>") -> str:
    return "".join(f"<T>{question.format(q)}</T><T>{answer.format(a)}</T>" for q, a in pairs)


_CHEF_INTRO = ("<T><p>Li Wen opened her first restaurant at 31 and won a Michelin star at 34. "
               "This month she opens a second, with twelve seats, in the building where her "
               "parents once ran a takeaway. She spoke to us between lunch and dinner "
               "service.</p></T>")
_CHEF_OUTRO = ("<T><p><em>This interview has been edited for length and clarity.</em></p></T>")

shape("qa-bold-questions", page(
    _CHEF_INTRO + _qa(CHEF, "<p><strong>{}</strong></p>") + _CHEF_OUTRO,
    "Li Wen: A clean station is a calm head"))

shape("qa-speaker-labels", page(
    _CHEF_INTRO + _qa(CHEF, "<p><b>Gazette:</b> {}</p>", "<p><b>Li Wen:</b> {}</p>"),
    "Li Wen on rice, noise and twelve seats"))

shape("qa-headed-questions", page(
    _CHEF_INTRO + _qa(CHEF, "<h3>{}</h3>") + _CHEF_OUTRO,
    "Twelve seats and every plate tasted: an interview with Li Wen"))

shape("qa-details-faq", page(
    "<T><p>The county's measles outbreak has reached 31 cases. Here are answers to the "
    "questions readers have sent us most often.</p></T>"
    + "".join(f"<details><T><summary>{q}</summary></T><T><p>{a}</p></T></details>" for q, a in [
        ("Who should get vaccinated?", MEASLES[2]),
        ("How contagious is measles?", MEASLES[3]),
        ("Where could I have been exposed?", MEASLES[5]),
        ("How many people have been in hospital?", MEASLES[1])]),
    "Measles outbreak: your questions answered"))

_GADGETS = [
    ("1. A kettle that remembers", "Most kettles boil and forget. This one holds water at "
     "any temperature from 40 to 100 degrees for an hour, which makes it the best gift for "
     "anyone who drinks green tea and keeps burning it."),
    ("2. Noise-cancelling earplugs", "Smaller than a thumbnail and good for eight hours, "
     "these cut the sound of a snoring partner or a train carriage to a murmur, and they "
     "come with a charging case the size of a matchbox."),
    ("3. A proper bread knife", "A serrated blade 25 centimetres long, a handle made of "
     "beech and a lifetime guarantee: nothing fancy, but after a week you will wonder how "
     "you ever cut a loaf without it."),
    ("4. A reading light for the bath", "It clips onto the edge of a book, it is waterproof "
     "to a metre, and its warm light does not keep you awake when you finally put the book "
     "down and go to bed."),
    ("5. A board game for two", "Twenty minutes a game, rules you can learn in five, and "
     "enough depth that you will still be playing it next Christmas: the perfect present "
     "for a couple who are tired of television."),
]


def _listicle(level: str, extra: str = "") -> str:
    intro = ("<T><p>Stuck for ideas? Our writers tested more than 60 gifts this autumn. These "
             "are the five they would buy again, all for less than 50 pounds.</p></T>")
    items = "".join(f"<T><{level}>{head}</{level}></T>{extra.format(i=i)}<T><p>{text}</p></T>"
                    for i, (head, text) in enumerate(_GADGETS))
    return intro + items


_BUY = ('<p class="buy"><a class="button" href="https://shop.example/{i}" rel="sponsored">'
        'Buy now for £29.99 at Shopmart</a></p>')
_FIGURE = ('<figure><img src="/img/{i}.jpg" alt=""><figcaption>Photograph: Gazette '
           'studio</figcaption></figure>')

shape("listicle-h2", page(_listicle("h2"), "Five gifts our writers would buy again"))
shape("listicle-h3-buy-buttons", page(_listicle("h3", _FIGURE + _BUY),
                                      "The best Christmas gifts under 50 pounds"))
shape("listicle-ordered-list", page(
    "<T><p>Stuck for ideas? Our writers tested more than 60 gifts this autumn. These are the "
    "five they would buy again.</p></T><ol>"
    + "".join(f"<T><li><strong>{h.split('. ', 1)[1]}.</strong> {t}</li></T>" for h, t in _GADGETS)
    + "</ol>", "Five gifts under 50 pounds"))

shape("recipe-card-in-story", page(
    paragraphs([
        "Every November the bakers of the harbour village make a dark, sticky gingerbread "
        "that keeps for weeks in a tin, a recipe that came over with the ferrymen's wives "
        "more than a century ago.",
        "Margaret Doyle, 84, has baked it every year since she was twelve. She still uses "
        "her grandmother's tin, dented on one corner, and will not hear of changing the "
        "treacle for anything lighter.",
        "She agreed to share the recipe, which she has never written down before."])
    + '<div class="recipe-card"><T><h2>Margaret Doyle\'s gingerbread</h2></T>'
    '<T><p class="recipe-meta">Makes 16 squares. Prep 20 minutes. Bake 45 minutes.</p></T>'
    "<T><h3>Ingredients</h3></T><ul>"
    + "".join(f"<T><li>{x}</li></T>" for x in [
        "225g plain flour", "2 tsp ground ginger", "1 tsp mixed spice",
        "1 tsp bicarbonate of soda", "115g butter", "115g dark brown sugar",
        "225g black treacle", "1 egg, beaten", "150ml milk"])
    + "</ul><T><h3>Method</h3></T><ol>"
    + "".join(f"<T><li>{x}</li></T>" for x in [
        "Heat the oven to 160C and line a 20cm square tin with baking paper.",
        "Sift the flour, spices and bicarbonate of soda into a large bowl.",
        "Melt the butter, sugar and treacle together over a low heat, then let it cool.",
        "Stir the treacle mixture, egg and milk into the flour until smooth.",
        "Pour into the tin and bake for 45 minutes, until firm in the middle."])
    + '</ol><p class="print"><a href="/print/recipe">Print this recipe</a></p></div>'
    + paragraphs(["Mrs Doyle says the gingerbread is best on the third day, and better still "
                  "with a slice of cheese."]),
    "The gingerbread the ferrymen's wives brought over"))

shape("review-verdict-box", page(
    paragraphs([
        "The new e-reader is thinner than a pencil and lighter than a paperback, and for "
        "the first time its screen shows colour, though colour is not the reason to buy it.",
        "The real change is the battery, which lasted five weeks of an hour's reading a day "
        "in our tests, nearly twice as long as last year's model.",
        "Colour pages, in comics and cookbooks, look washed out next to a tablet, and the "
        "screen is a little darker than the black-and-white model's in dim light.",
        "Page turns are quick, the buttons on the side are a welcome return, and the case "
        "now survives half an hour at the bottom of a bath."])
    + '<div class="verdict-box"><T><h3>Verdict</h3></T><T><p>The best e-reader for most '
    "people, if you do not need colour to look good.</p></T><T><h4>Pros</h4></T><ul>"
    + "".join(f"<T><li>{x}</li></T>" for x in ["Five-week battery", "Page-turn buttons",
                                               "Waterproof"])
    + "</ul><T><h4>Cons</h4></T><ul>"
    + "".join(f"<T><li>{x}</li></T>" for x in ["Washed-out colour", "Dimmer screen"])
    + '</ul><div class="rating" aria-label="4 out of 5 stars">★★★★☆</div>'
    '<a class="button" href="https://shop.example/reader" rel="sponsored">£149 at Shopmart'
    "</a></div>",
    "E-reader review: five weeks on a charge"))

_PULL = ('<aside class="pull-quote"><blockquote><p>"Without a larger subsidy, four crossings '
         'is what the budget pays for."</p></blockquote></aside>')
shape("pull-quote-repeated", page(
    paragraphs(FERRY[:3]) + _PULL + paragraphs(FERRY[3:]),
    "Island ferry to cut winter crossings"))

shape("gallery-long-captions", page(
    "<T><p>The last working lighthouse keeper on the coast retired this week after 38 years. "
    "Our photographer spent his final night on duty with him.</p></T>"
    + "".join(f'<figure class="gallery-item"><img src="/img/lh{i}.jpg" alt="">'
              f'<T><figcaption>{c}</figcaption></T><span class="credit">Photograph: '
              f'Sam Reyes/Gazette</span></figure>'
              for i, c in enumerate([
                  "Peter Morgan climbs the 112 steps to the lamp room for the last time at "
                  "dusk. He has made the climb at least twice a day since 1987.",
                  "The logbook where keepers have recorded the weather every four hours "
                  "since 1904. Morgan's last entry reads: wind south-west, sea moderate.",
                  "Morgan's wife, Carys, brings supper up to the watch room, as she has "
                  "done most nights of their married life.",
                  "At dawn Morgan switches the lamp to automatic control. From Monday the "
                  "light will be watched from an office 200 miles away."])),
    "The last night of the last lighthouse keeper"))

shape("footnotes", page(
    paragraphs([
        "The idea that the town was founded by fishermen from the north is repeated on its "
        "welcome signs, in its school textbooks and on the plaque outside the town hall.<sup>"
        '<a href="#fn1">1</a></sup>',
        "But the oldest surviving records tell a different story. A tax roll from 1388 lists "
        "eleven households, nine of them farmers and none of them fishermen.<sup>"
        '<a href="#fn2">2</a></sup>',
        "The fishing came later, when a new harbour wall made it possible to land boats in "
        "winter, and with it came the story of northern founders, which suited the families "
        "who had grown rich from the herring trade.<sup><a href=\"#fn3\">3</a></sup>"])
    + '<hr><ol class="footnotes">'
    + "".join(f'<T><li id="fn{i + 1}">{n}</li></T>' for i, n in enumerate([
        "The plaque was put up in 1926 for the town's supposed 600th anniversary.",
        "County archive, tax roll of 1388, folio 14. The roll survives only in a copy made "
        "in the seventeenth century.",
        "On the herring trade see A. Marsh, The Northern Seas, 1998, chapters 3 and 4."]))
    + "</ol>", "Who really founded the town?"))

shape("data-table", page(
    paragraphs(WATER[:3])
    + '<table class="data"><T><caption>What the average bill will be</caption></T><thead><T>'
    "<tr><th>Monthly use</th><th>Now</th><th>From January</th></tr></T></thead><tbody>"
    + "".join(f"<T><tr><td>{a}</td><td>{b}</td><td>{c}</td></tr></T>" for a, b, c in [
        ("3,000 gallons", "$31.20", "$35.60"), ("6,000 gallons", "$52.10", "$59.40"),
        ("9,000 gallons", "$73.00", "$83.20"), ("12,000 gallons", "$93.90", "$107.00")])
    + "</tbody></table>" + paragraphs(WATER[3:]),
    "Water bills to rise 14 percent"))

_READ_MORE = ('<p class="read-more"><strong>Read more:</strong> <a href="/news/{i}">{t}</a>'
              '</p>')
shape("read-more-links-between", page(
    paragraphs(MEASLES[:2])
    + _READ_MORE.format(i=1, t="What parents need to know about the MMR vaccine")
    + paragraphs(MEASLES[2:4])
    + _READ_MORE.format(i=2, t="Measles cases rise across Europe for a second year")
    + paragraphs(MEASLES[4:]),
    "Six more measles cases confirmed in county"))

shape("read-more-plain-paragraphs", page(
    paragraphs(COURT[:2])
    + '<p><strong>READ MORE: <a href="/news/5">City audit finds $1.2m missing</a></strong></p>'
    + paragraphs(COURT[2:4])
    + '<p>ALSO READ: <a href="/news/6">Former treasurer pleads guilty to theft</a></p>'
    + paragraphs(COURT[4:]),
    "Former city treasurer jailed for four years"))

shape("page-breaks", page(
    '<div class="page">' + paragraphs(GLACIER[:2]) + '</div><div class="page-break">'
    '<span>Continued on next page</span></div><div class="page">' + paragraphs(GLACIER[2:4])
    + '</div><div class="page-break"><span>Continued on next page</span></div>'
    '<div class="page">' + paragraphs(GLACIER[4:]) + "</div>",
    "Alpine glaciers lose four percent of their ice"))

_ENTRIES = [
    ("16:42", "Rovers win it!", "Full time: Rovers 2, City 1. A late header from Tom "
     "Ashworth and Rovers climb out of the bottom three."),
    ("16:35", "GOAL!", "Ashworth rises above two defenders to head in the free kick from "
     "the left. Rovers lead with two minutes left."),
    ("16:02", "Equaliser", "Lewis Grant turns in the flick-on at the near post and the "
     "ground erupts. Rovers 1, City 1."),
    ("15:12", "City ahead", "Kofi Mensah runs onto the long ball and lifts it over the "
     "keeper. Rovers 0, City 1 after twelve minutes."),
    ("15:00", "Kick-off", "We are under way in bright sunshine and a stiff breeze."),
]
shape("live-blog-entries", page(
    '<div class="live-header"><T><p>Follow the latest from the game at the Riverside, where '
    "bottom-of-the-table Rovers host City.</p></T></div>"
    + "".join(f'<article class="live-entry"><time class="entry-time">{t}</time>'
              f'<T><h3>{h}</h3></T><T><p>{p}</p></T><ul class="entry-share"><li>'
              f'<a href="#e{i}">Share</a></li></ul></article>'
              for i, (t, h, p) in enumerate(_ENTRIES)),
    "Rovers v City: live"))

shape("correction-box-end", page(
    paragraphs(CHIPS)
    + '<div class="correction"><T><p><strong>Correction:</strong> An earlier version of this '
    "story gave the wrong figure for the money local officials spent on the project. It was "
    "more than $700 million, not $70 million.</p></T></div>",
    "Chipmaker delays Ohio factory by two years"))

shape("editors-note-top", page(
    paragraphs(COURT), "Former city treasurer jailed",
    above='<div class="editors-note"><T><p><em>Editor\'s note: This story has been updated '
          "with the sentence handed down on Tuesday.</em></p></T></div>"))

shape("author-bio-end", page(
    paragraphs(GLACIER),
    "Alpine glaciers shrink again",
    below='<div class="author-bio"><img src="/img/ml.jpg" alt=""><p><strong>Maria '
          "Lindqvist</strong> is the Gazette's science correspondent. She has covered "
          "climate and the environment since 2011 and is the author of two books on the "
          'Arctic.</p><p><a href="/authors/x">More by Maria Lindqvist</a></p></div>'))

shape("newsletter-mid-story", page(
    paragraphs(WATER[:4])
    + '<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>The day\'s most '
    "important local stories, in your inbox before 7 a.m. every weekday.</p><form><input "
    'type="email" placeholder="Your email"><button>Sign up</button></form><p class="small">'
    "By signing up you agree to our privacy policy. You can unsubscribe at any time.</p></div>"
    + paragraphs(WATER[4:]),
    "Water rates to rise after board vote"))

shape("key-points-box", page(
    paragraphs(CHIPS), "Chipmaker delays Ohio plant",
    above='<div class="key-points"><T><h2>Key points</h2></T><ul>'
          + "".join(f"<T><li>{x}</li></T>" for x in [
              "Production at the Ohio factory now expected in 2028 at the earliest",
              "Company cites slowing demand for its processors",
              "Local officials spent more than $700 million to win the project"])
          + "</ul></div>"))

shape("podcast-transcript", page(
    '<div class="player"><button>Play</button><span>24:13</span><a href="/feed.xml">'
    "Subscribe to the podcast</a></div>"
    "<T><p>On this week's episode, our science correspondent explains why the Alps lost so "
    "much ice last year.</p></T><T><h2>Transcript</h2></T>"
    + "".join(f"<T><p><strong>{who}:</strong> {what}</p></T>" for who, what in [
        ("HOST", "Maria, you have just come back from a glacier. What did you see?"),
        ("MARIA LINDQVIST", "Mostly rock. The place where I stood on the ice five years ago "
         "is now a field of grey stones, and the ice starts a long walk further up."),
        ("HOST", "And the report out this week says it was one of the worst years on record."),
        ("MARIA LINDQVIST", "The second-worst. Four percent of the remaining ice gone in one "
         "summer, after a winter with very little snow and two heatwaves."),
        ("HOST", "What does that mean for the people living downstream?"),
        ("MARIA LINDQVIST", "Less water in the rivers in late summer, within a couple of "
         "decades, which matters for farms, for shipping on the Rhine and for power.")]),
    "Podcast: the summer the glaciers melted"))

# Other languages, each with its own site's chrome.
shape("german", page(paragraphs(BAHN), "Lokführer streiken am Mittwoch", lang="de",
                     author="Jonas Weber"))
shape("swedish", page(paragraphs(KOMMUN), "Kommunen höjer skatten för första gången på elva år",
                      lang="sv", author="Karin Lund"))
shape("spanish", page(paragraphs(SEQUIA), "Los embalses del Guadalquivir, en mínimos históricos",
                      lang="es", author="Lucía Martín"))
shape("french", page(paragraphs(GREVE), "Le budget municipal adopté, les écoles en priorité",
                     lang="fr", author="Paul Girard"))
shape("german-fact-box", page(
    paragraphs(BAHN[:3])
    + '<aside class="infobox"><T><h3>Ihre Rechte als Fahrgast</h3></T><ul>'
    + "".join(f"<T><li>{x}</li></T>" for x in [
        "Ab 60 Minuten Verspätung gibt es 25 Prozent des Fahrpreises zurück.",
        "Ab 120 Minuten Verspätung sind es 50 Prozent.",
        "Die Zugbindung bei Sparpreisen ist während des Streiks aufgehoben."])
    + "</ul></aside>" + paragraphs(BAHN[3:]), "Bahnstreik: Was Reisende wissen müssen",
    lang="de"))
shape("swedish-fakta", page(
    paragraphs(KOMMUN[:3]) + '<div class="fact-box"><T><h4>Fakta: Kommunalskatten</h4></T>'
    "<T><p>Kommunalskatten är den skatt som går till kommunen. Den genomsnittliga "
    "kommunalskatten i Sverige är i år 20 kronor och 74 öre per intjänad hundralapp.</p></T>"
    "<T><p>Källa: Statistiska centralbyrån</p></T></div>" + paragraphs(KOMMUN[3:]),
    "Skattehöjning klubbad i fullmäktige", lang="sv"))
shape("spanish-subheads", page(
    paragraphs(SEQUIA[:2]) + "<T><h2>Arrancar árboles</h2></T>" + paragraphs(SEQUIA[2:3])
    + "<T><h2>Restricciones nocturnas</h2></T>" + paragraphs(SEQUIA[3:]),
    "La sequía vacía los embalses", lang="es"))
shape("french-lire-aussi-inline", page(
    paragraphs(GREVE[:2])
    + '<p class="lire-aussi"><strong>Lire aussi :</strong> <a href="/article/9">Les écoles '
    "de la ville manquent de chauffage</a></p>" + paragraphs(GREVE[2:]),
    "Budget : les écoles d'abord", lang="fr"))

shape("sections-with-headings", page(
    "".join(f'<section class="chapter"><T><h2>{h}</h2></T>{paragraphs(ps)}</section>'
            for h, ps in [("The measurements", GLACIER[:2]), ("A dry winter", GLACIER[2:4]),
                          ("What comes next", GLACIER[4:])]),
    "How the Alps lost their ice"))

shape("sections-no-headings", page(
    "".join(f'<section class="text-block">{paragraphs(ps)}</section>'
            for ps in [MEASLES[:2], MEASLES[2:3], MEASLES[3:]]),
    "Measles: six more cases"))

_TABLE_BODY = (
    '<table width="780" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="2">'
    '<a href="/"><img src="/logo.gif" alt="The County Courier"></a></td></tr><tr>'
    '<td width="160" valign="top" class="leftnav">'
    + "".join(f'<a href="/s{i}">{s}</a><br>' for i, s in enumerate(
        ["Home", "Local News", "Sports", "Obituaries", "Classifieds", "Opinion", "Archives"]))
    + '</td><td width="620" valign="top"><font face="Arial" size="4"><b>{title}</b></font>'
    '<br><font size="2">By Staff Writer | Posted Mar. 14, 2026</font><br><br>{story}'
    '<br><br><font size="1"><a href="/email">Email this story</a> | <a href="/print">'
    "Printer friendly</a></font></td></tr><tr><td colspan=\"2\" align=\"center\">"
    '<font size="1">Copyright 2026 The County Courier. All rights reserved.</font></td></tr>'
    "</table>")
shape("old-table-layout-p", page(
    '<font face="Arial" size="2">' + paragraphs(COURT) + "</font>",
    "Former treasurer jailed",
    body=_TABLE_BODY.replace("{title}", "Former treasurer jailed")))
shape("old-table-layout-br", page(
    '<font face="Arial" size="2">' + "<br><br>".join(f"<T>{p}</T>" for p in COURT) + "</font>",
    "Former treasurer gets four years",
    body=_TABLE_BODY.replace("{title}", "Former treasurer gets four years")))
shape("div-br-no-paragraphs", page(
    '<div class="text">' + "<br><br>\n".join(f"<T>{p}</T>" for p in FERRY) + "</div>",
    "Ferry cuts winter crossings"))
shape("div-per-paragraph", page(
    "".join(f'<T><div class="paragraph">{p}</div></T>' for p in WATER), "Water rates rise"))

_AMP_HEAD = ('<link rel="canonical" href="https://www.gazette.example/news/amp-story">'
             '<script async src="https://cdn.ampproject.org/v0.js"></script>'
             '<style amp-boilerplate>body{visibility:hidden}</style>')
shape("amp", page(
    paragraphs(CHIPS[:2])
    + '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/news"></amp-ad>'
    + paragraphs(CHIPS[2:4])
    + '<amp-img src="/img/plant.jpg" width="600" height="400" layout="responsive"></amp-img>'
    + paragraphs(CHIPS[4:]), "Chipmaker delays Ohio plant", head=_AMP_HEAD,
    body='<header class="amp-header"><a href="/">The Gazette</a></header>'
         '<amp-sidebar id="menu" layout="nodisplay"><ul>'
         + _links(CHROME["en"]["nav"]) + '</ul></amp-sidebar><article class="amp-article">'
         '<h1>Chipmaker delays Ohio plant</h1><p class="byline">By Maria Lindqvist</p>'
         '<div class="amp-body">{story}</div></article><amp-social-share type="twitter">'
         "</amp-social-share>" + _related("en") + _footer("en")))

shape("two-paragraphs", page(
    paragraphs([
        "The coast road between the harbour and the lighthouse will be closed from 8 p.m. "
        "on Monday until 6 a.m. on Tuesday while the council repairs a collapsed drain.",
        "Drivers will be sent inland through the village, a diversion of about four miles, "
        "and the number 12 bus will not stop at the lighthouse car park."]),
    "Coast road closed overnight for repairs"))

shape("paywalled-teaser", page(
    paragraphs(WATER[:2])
    + '<div class="paywall"><h3>Subscribe to keep reading</h3><p>Get unlimited access to '
    "local news you can trust, from just $1 a week for your first three months.</p><a "
    'class="button" href="/subscribe">Subscribe now</a><p>Already a subscriber? <a '
    'href="/login">Log in</a></p></div>', "Water rates to rise 14 percent"))

shape("blockquotes-in-story", page(
    paragraphs(COURT[:3]) + "<T><blockquote><p>I told myself it was a loan. It was not. I "
    "betrayed people who trusted me, and I will spend the rest of my life trying to make "
    "that right.</p></blockquote></T>" + paragraphs(COURT[4:]),
    "Former treasurer apologises as he is jailed"))

shape("related-aside-mid-story", page(
    paragraphs(GLACIER[:3])
    + '<aside class="inline-related"><h4>Related</h4><ul>'
    + _links(["Switzerland votes on new climate law", "Why the snow line keeps rising",
              "The village that moved away from a glacier"], "science/")
    + "</ul></aside>" + paragraphs(GLACIER[3:]), "Glaciers shrink for second year running"))

shape("how-to-steps", page(
    "<T><p>Frozen pipes burst in hundreds of homes last winter. Plumbers say most of the "
    "damage could have been avoided with an hour's work in the autumn. Here is how.</p></T>"
    "<ol>" + "".join(f"<T><li><strong>{h}</strong> {t}</li></T>" for h, t in [
        ("Find your stop tap.", "It is usually under the kitchen sink. Make sure it turns, "
         "so you can shut off the water quickly if a pipe bursts."),
        ("Lag the pipes in the loft.", "Foam lagging costs a few pounds a metre and slips "
         "over the pipe; tape the joins so no cold air gets in."),
        ("Leave the heating on low.", "Even when you are away, keep the house above 12 "
         "degrees so the water in the pipes cannot freeze."),
        ("Fix dripping taps.", "A slow drip can freeze in an outside pipe and block it, and "
         "the pressure behind the ice is what splits the pipe.")]) + "</ol>"
    "<T><p>If a pipe does freeze, thaw it slowly with a hairdryer or a hot water bottle, "
    "never with a naked flame.</p></T>", "How to stop your pipes bursting this winter"))

shape("captions-between-paragraphs", page(
    paragraphs(MUSEUM[:2])
    + '<figure class="inline-image"><img src="/img/hall.jpg" alt=""><figcaption>The new glass '
    "hall on the river side of the museum. Photograph: Sam Reyes/Gazette</figcaption>"
    "</figure>" + paragraphs(MUSEUM[2:4])
    + '<figure class="inline-image"><img src="/img/ships.jpg" alt=""><figcaption>Maritime '
    "paintings back on show for the first time in decades. Photograph: Sam Reyes/Gazette"
    "</figcaption></figure>" + paragraphs(MUSEUM[4:]), "City museum reopens after renovation"))

_LETTERS = [
    ("Keep the late ferry", "I have lived on the island for forty years and I have never seen "
     "the village as quiet as it will be this winter. The last boat at half past five means "
     "no one from the mainland will come to the pub quiz, the choir or the cinema night.",
     "Ruth Evans, Harbour Street"),
    ("Fuel is not the only cost", "The ferry company says fuel has doubled, but so have its "
     "managers' salaries. Before it cuts a service people depend on, it should publish its "
     "accounts in full.", "Dafydd Price, North Bay"),
    ("Thank you to the lifeboat crew", "On behalf of my family, thank you to the volunteers "
     "who came out in a gale last Sunday to bring my son's boat home. They are the best of "
     "this island.", "Mair Roberts, Church Lane"),
]
shape("letters-to-editor", page(
    "".join(f'<div class="letter"><T><h3>{h}</h3></T><T><p>{t}</p></T>'
            f'<T><p class="signature"><em>{s}</em></p></T></div>' for h, t, s in _LETTERS)
    + '<p class="how-to-write">Write to us at letters@gazette.example. Letters may be '
    "edited for length.</p>", "Letters: the ferry, the fuel and the lifeboat"))

shape("dateline-and-h4-subheads", page(
    "<T><p><strong>ZURICH —</strong> " + GLACIER[0] + "</p></T>" + paragraphs(GLACIER[1:3])
    + "<T><h4>Two glaciers gone</h4></T>" + paragraphs(GLACIER[3:]), "Alpine ice loss"))

shape("match-report-lineups", page(
    paragraphs(MATCH)
    + '<div class="lineups"><T><h3>Teams</h3></T><T><p><strong>Rovers:</strong> Kelly; '
    "Hughes, Ashworth, Grant, Dale; Moss, Pike (Rowe 46), Bell; Shaw, Quinn, Ford.</p></T>"
    "<T><p><strong>City:</strong> Okafor; Lane, Reid, Ward, Cole; Mensah, Frost, Hart; "
    "Boyd, Nash (Khan 75), Price.</p></T><T><p><strong>Referee:</strong> D. Coote. "
    "<strong>Attendance:</strong> 11,482.</p></T></div>", "Ashworth header lifts Rovers"))

shape("poll-widget-mid-story", page(
    paragraphs(FERRY[:4])
    + '<div class="poll"><h4>Have your say</h4><p>Should the regional government pay more '
    'to keep six crossings a day?</p><form><label><input type="radio" name="v">Yes</label>'
    '<label><input type="radio" name="v">No</label><button>Vote</button></form><p class='
    '"poll-note">1,204 votes so far. This poll is not scientific.</p></div>'
    + paragraphs(FERRY[4:]), "Ferry crossings to be cut"))

shape("timeline-list", page(
    paragraphs(CHIPS[:3]) + "<T><h3>Timeline</h3></T><ul class=\"timeline\">"
    + "".join(f"<T><li><strong>{d}</strong> {t}</li></T>" for d, t in [
        ("January 2022:", "The company announces the Ohio plant and 3,000 jobs."),
        ("September 2022:", "Ground is broken at a ceremony attended by the governor."),
        ("June 2024:", "The company says production will begin a year later than planned."),
        ("Thursday:", "The opening is delayed to 2028 at the earliest.")])
    + "</ul>" + paragraphs(CHIPS[3:]), "Ohio chip plant delayed again"))

_COMMENTS = "".join(
    f'<li class="comment"><p class="comment-author">{who}</p><p>{what}</p>'
    f'<a href="#reply">Reply</a></li>' for who, what in [
        ("harbourwatcher", "Typical. They always cut the services the islanders need most, "
         "and then wonder why young families move to the mainland."),
        ("Dai_M", "Has anyone asked why the company needs three directors for eleven boats? "
         "Start the savings there."),
        ("Jen K", "The 6:15 is already packed in summer. In winter it will be standing room "
         "only, and that is not safe in a storm.")])
shape("comments-after-story", page(
    paragraphs(FERRY), "Ferry to cut winter crossings",
    below=f'<section class="comments"><h3>Comments (3)</h3><ol>{_COMMENTS}</ol>'
          "</section>"))

shape("update-appended", page(
    paragraphs(MEASLES)
    + "<T><p><strong>Update, 4:45 p.m.:</strong> The health department said late on Friday "
    "that a seventh case had been confirmed, in an adult who works at the indoor "
    "playground.</p></T>", "Measles cases rise to 31"))

shape("glossary-dl", page(
    paragraphs(GLACIER[:2]) + "<T><h3>Words used in this story</h3></T><dl>"
    + "".join(f"<T><dt>{t}</dt></T><T><dd>{d}</dd></T>" for t, d in [
        ("Mass balance", "The difference between the snow a glacier gains in winter and the "
         "ice it loses in summer."),
        ("Ablation stake", "A pole drilled into the ice whose exposed length shows how much "
         "has melted."),
        ("Firn", "Old snow, at least a year old, on its way to becoming glacier ice.")])
    + "</dl>" + paragraphs(GLACIER[2:]), "Alpine glaciers: a record year of loss"))

shape("code-in-tech-story", page(
    paragraphs([
        "A flaw in a widely used compression library lets an attacker run code on a server "
        "by sending it a specially crafted file, researchers disclosed on Wednesday.",
        "The maintainers released a fixed version within hours, and administrators are "
        "urged to update at once. On most Linux systems that means running:"])
    + "<T><pre><code>sudo apt update &amp;&amp; sudo apt install --only-upgrade libzz1"
    "</code></pre></T>"
    + paragraphs([
        "The flaw affects every version released since 2019, the researchers said, and "
        "they had seen no sign that it had been used in attacks before the disclosure.",
        "Cloud providers said they had already patched their own systems."]),
    "Compression library flaw lets attackers run code"))

shape("ad-slots-and-scripts-between", page(
    "".join(f"<T><p>{p}</p></T>" + (
        f'<div class="ad-slot" id="ad-{i}"><span class="ad-label">Advertisement</span>'
        f'<script>window.ads.push("slot{i}")</script></div>' if i % 2 else "")
        for i, p in enumerate(MUSEUM)), "Museum reopens with free Sundays"))

shape("byline-bio-and-tags-end", page(
    paragraphs(MUSEUM), "City museum reopens",
    below='<div class="tags"><span>Topics:</span><a href="/t/museums">Museums</a> '
          '<a href="/t/art">Art</a> <a href="/t/city">City</a></div>'
          '<p class="contributor">Maria Lindqvist is the Gazette\'s arts correspondent.</p>'
          '<p class="contact">Have a story? Email news@gazette.example or call 01234 '
          "567890.</p>"))

shape("photo-credit-paragraphs-and-lead-image", page(
    paragraphs(MATCH), "Rovers climb out of the drop zone",
    above='<figure class="lead"><img src="/img/lead.jpg" alt=""><figcaption>Tom Ashworth '
          "celebrates his winner. Photograph: Sam Reyes/Gazette</figcaption></figure>"))


_TRENDING = ('<div class="trending-inline"><h4>Trending now</h4><ul>'
             + _links(CHROME["en"]["teasers"][:4], "trending/") + "</ul></div>")
shape("trending-list-in-body", page(
    paragraphs(WATER[:3]) + _TRENDING + paragraphs(WATER[3:]), "Water bills up 14 percent"))

shape("share-counts-in-body", page(
    '<p class="share-count"><span>1,248</span> shares</p>' + paragraphs(CHIPS)
    + '<p class="comment-count"><a href="#comments">37 comments</a></p>',
    "Chipmaker puts off Ohio factory"))

shape("teaser-card-with-blurb-in-body", page(
    paragraphs(MEASLES[:3])
    + '<div class="inline-card"><a href="/news/77"><img src="/img/77.jpg" alt=""></a>'
    '<p class="card-head"><a href="/news/77">Why vaccination rates fell in the pandemic'
    '</a></p><p class="card-blurb">Missed appointments in 2020 and 2021 left a gap that '
    "doctors are still trying to close.</p></div>" + paragraphs(MEASLES[3:]),
    "Measles outbreak grows"))

shape("drupal-paragraph-chunks-donate", page(
    "".join(f'<div class="paragraph paragraph--type--text"><div class="field__item">'
            f'{paragraphs(ps)}</div></div>' for ps in [COURT[:2], COURT[2:3]])
    + '<div class="paragraph paragraph--type--text"><div class="field__item"><p>Local '
    "journalism like this depends on readers like you. Become a member today for as little "
    'as $5 a month and help us keep reporting. <a href="/donate">Donate now</a>.</p></div>'
    "</div>"
    + "".join(f'<div class="paragraph paragraph--type--text"><div class="field__item">'
              f'{paragraphs(ps)}</div></div>' for ps in [COURT[3:4], COURT[4:]]),
    "Former treasurer sentenced"))

shape("listen-player-top", page(
    paragraphs(GLACIER), "Glaciers lose four percent",
    above='<div class="audio-player"><button aria-label="Play">▶</button><p>Listen to this '
          'article</p><span class="duration">4:32 min</span></div>'))

shape("poll-results-mid-story", page(
    paragraphs(MATCH[:3])
    + '<div class="quiz"><p class="quiz-q">Who was your man of the match?</p><ul>'
    "<li>Tom Ashworth (62%)</li><li>Lewis Grant (27%)</li><li>Kofi Mensah (11%)</li></ul>"
    '<form><input type="radio" name="m"><button>Vote</button></form>'
    '<p class="quiz-note">3,112 readers have voted.</p></div>' + paragraphs(MATCH[3:]),
    "Ashworth's late header"))

shape("link-heavy-paragraph-then-bio", page(
    paragraphs(CHIPS[:2])
    + '<T><p>The company <a href="/t/1">announced</a> the <a href="/t/2">plant</a> in '
    '<a href="/t/3">2022</a> with <a href="/t/4">federal</a> <a href="/t/5">subsidies</a>.'
    "</p></T>" + paragraphs(CHIPS[2:])
    + '<p class="author-tagline">Maria Lindqvist covers technology and manufacturing for '
    "the Gazette. She can be reached at maria@gazette.example.</p>",
    "Ohio chip plant delayed"))


shape("series-box-in-column-alike", page(
    "", "Two ferries, one timetable",
    body='<header class="masthead"><a class="logo" href="/">The Gazette</a>' + _nav("en")
    + '</header><main><h1>Two ferries, one timetable</h1><div class="row">'
    '<div class="col"><div class="rich-text">' + paragraphs(FERRY[:3]) + "</div></div>"
    '<div class="col"><div class="rich-text"><p><strong>About this series:</strong> Island '
    "Lives is a year-long project on the people who keep the islands going, from the ferry "
    "crews and doctors to the teachers and shopkeepers. It is supported by a grant from the "
    "Coastal Communities Fund, which has no say over what we write.</p></div></div></div>"
    "</main>" + _related("en") + _footer("en")))

shape("last-paragraphs-linked-then-tagline", page(
    paragraphs(MEASLES[:4])
    + '<T><p>"If you are not protected and you are exposed, you will very likely get it," '
    'said the county\'s <a href="/t/health-officer">health officer</a>, Dr. Anita Sorensen.'
    "</p></T>"
    + '<T><p>Officials have listed the places where people may have been exposed on the '
    '<a href="https://health.example/measles">department\'s website</a>.</p></T>'
    + "<p><em>Maria Lindqvist covers health for the Gazette. Her reporting is supported by "
    "a grant from the Harbour Foundation.</em></p>"
    + '<p>Have a tip? Email us at <a href="mailto:news@gazette.example">news@gazette.example'
    "</a>.</p>", "Measles: what to know"))


# Counts the page keeps beside the story, each going up between fetches.
shape("counters-in-story", page(
    '<p class="age-warning">This article is more than 2 years old</p>'
    + paragraphs(MEASLES) + '<p class="views">Views: 12,345</p><p>37 comments</p>',
    "Measles: six more cases"))
shape("live-blog-new-updates", page(
    '<p class="live-count">12 new updates</p>' + paragraphs(MATCH), "Rovers v City: live"))
shape("swedish-read-count", page(
    paragraphs(KOMMUN) + '<p class="reads">Läst 2 345 gånger</p>', "Skatten höjs", lang="sv"))


# The story twice: the page's print (or mobile) copy, hidden, after the story.
shape("hidden-print-copy", page(
    paragraphs(CHIPS) + '<div class="print-only" style="display:none">'
    + "".join(f"<p>{text}</p>" for text in CHIPS) + "</div>", "Chipmaker delays plant"))


shape("one-paragraph-brief", page(paragraphs([FERRY[0] + " " + FERRY[1]]), "Ferry cuts"))
shape("bullets-only", page(
    "<T><p>Five things to know this morning:</p></T><ul>"
    + "".join(f"<T><li>{text}</li></T>" for text in CHIPS[:5]) + "</ul>", "Five things"))
shape("spans-in-styled-divs", page(
    "".join(f'<T><div class="css-1x2y3"><span class="css-9a8b">{text}</span></div></T>'
            for text in GLACIER), "Glaciers melt"))
shape("whole-story-in-blockquote", page(
    "<blockquote>" + paragraphs(GREVE) + "</blockquote>", "Le budget adopté", lang="fr"))
shape("inline-teasers-many-forms", page(
    paragraphs(MEASLES[:2])
    + '<p><a href="/news/8"><strong>RELATED:</strong> Measles cases rise across Europe for '
    "a second year</a></p>" + paragraphs(MEASLES[2:4])
    + '<p><em>More: <a href="/news/9">What parents need to know about the MMR vaccine</a>'
    "</em></p>" + paragraphs(MEASLES[4:5])
    + '<p><strong>Mehr zum Thema</strong>: <a href="/news/10">Masernfälle steigen in '
    "Europa das zweite Jahr in Folge</a></p>" + paragraphs(MEASLES[5:]),
    "Measles: six more cases"))


# --- scoring -------------------------------------------------------------------------------------

BOOK = Scorebook(SHAPES)

if __name__ == "__main__":  # .venv/bin/python tests/test_extract_shapes.py: the table
    BOOK.print_table()


# --- tests -----------------------------------------------------------------------------------

#: pages ours reads worse than trafilatura favor_precision, each with why it is left so
KNOWN_LOSSES: set[str] = set()


def test_there_are_forty_pages_and_more_in_shapes_of_their_own():
    assert len(SHAPES) >= 40
    assert all(item.truth and "<T>" not in item.html for item in SHAPES.values())


def test_no_page_reads_worse_than_trafilaturas_precise_setting_but_the_known_ones():
    figures = BOOK.figures()
    assert set(figures["worse"]) == KNOWN_LOSSES
    assert figures["ours"] >= figures["precision"] + 0.003, figures


def test_a_poll_or_quiz_in_the_story_is_not_read_its_story_is():
    """A poll's running count ("3,112 readers have voted") and its answers' shares change on
    every fetch: read as story, each fetch was a new version."""
    for name in ("poll-widget-mid-story", "poll-results-mid-story"):
        item = SHAPES[name]
        lines = read(item)
        assert not any("voted" in line or "votes so far" in line or "%" in line
                       for line in lines), lines
        assert lines == item.truth.splitlines()


def test_a_chunk_of_story_holding_a_form_keeps_its_paragraphs():
    # A chunk of the story with a sign-up form in it is more than the form; a page wrapped
    # whole in a <form> (ASP.NET) is read whole.
    chunk = ('<div class="chunk">' + paragraphs(WATER[4:]) + '<form class="signup"><input '
             'type="email"><button>Sign up</button></form></div>')
    item = Shape("chunk", page(paragraphs(WATER[:4]) + chunk, "Water rates rise"), "https://"
                 "www.gazette.example/news/chunk")
    assert read(item) == item.truth.splitlines()
    whole = Shape("aspnet", MARK.sub("", page(paragraphs(FERRY), "Ferry cuts")).replace(
        "<body>", '<body><form id="aspnetForm" method="post"><input type="radio" '
        'name="edition">').replace("</body>", "</form></body>"), "https://"
        "www.gazette.example/news/aspnet")
    assert read(whole) == FERRY


def test_a_label_and_a_linked_headline_between_paragraphs_is_no_story():
    """ "Read more: <headline>", "ALSO READ: …", "Lire aussi : …": a site's links to its other
    stories, in any language, which change as it publishes."""
    for name in ("read-more-links-between", "read-more-plain-paragraphs",
                 "french-lire-aussi-inline"):
        item = SHAPES[name]
        assert read(item) == item.truth.splitlines(), name
    # A line that opens with a label but is a sentence of the story stays, linked or not.
    lines = [
        "Update: the coast road reopened at 5 a.m. on Tuesday, an hour earlier than planned.",
        'Source: <a href="https://stats.example/road">the council\'s traffic survey</a>, which '
        "counted 4,100 cars a day on the road last year.",
        'Photographs: <a href="/gallery/road">the coast road before and after the repairs</a>'
        " show how far the drain had sunk.",
        # An address linked to a map is the story's, whoever hosts the map.
        '<strong>Where:</strong> <a href="https://maps.example/?q=museum">City Museum, 4 '
        "Harbour Street</a>"]
    item = Shape("labels", page(paragraphs(lines + WATER[:3]), "Coast road reopens"),
                 "https://www.gazette.example/x")
    assert words(ours_text(item)) == words(item.truth)


def test_a_count_beside_the_story_is_not_read():
    """ "Views: 12,345", "37 comments", "12 new updates", "Läst 2 345 gånger", "This article
    is more than 2 years old": each goes up between fetches, and read as story each fetch
    was a new version; a story's own line of figures ("Attendance: 11,482.") stays."""
    for name in ("counters-in-story", "live-blog-new-updates", "swedish-read-count",
                 "match-report-lineups"):
        item = SHAPES[name]
        assert words(ours_text(item)) == words(item.truth), name


def test_a_copy_of_the_story_the_page_hides_is_not_read_again():
    """Recall mode reads a print or mobile copy of the story after it, and each of its
    paragraphs was kept again as a paragraph precision holds: the body held the story
    twice, and the copy's anchors let in whatever stood between."""
    item = SHAPES["hidden-print-copy"]
    assert ours_text(item).splitlines() == CHIPS


def test_an_old_cms_table_layout_is_read_as_its_columns_not_its_menu():
    """A page laid out in a table (menu in one cell, story in the next, footer below) was
    read as one row: the menu's words and the whole story on one line.  Each cell is read
    as its paragraphs now, a cell of menu links and a line of links left out; a table of
    data is still read row by row."""
    for name in ("old-table-layout-p", "old-table-layout-br"):
        lines = read(SHAPES[name])
        assert all(paragraph in lines for paragraph in COURT), lines
        assert not any("Obituaries" in line or "Printer friendly" in line for line in lines)
    rows = read(SHAPES["data-table"])
    assert "| 6,000 gallons | $52.10 | $59.40 |" in rows, rows


def test_a_short_line_read_again_past_the_story_does_not_end_it():
    from newsdiff.body import fuller_blocks
    from newsdiff.markup import Block
    from newsdiff.page import Page

    story = [Block(text) for text in CHIPS]
    advert = Block("Advertisement")
    page_ = Page(SHAPES["hidden-print-copy"].html, "https://www.gazette.example/x")
    # Precision stopped after the fourth paragraph; recall read on past a second advert.
    page_.__dict__["recall_blocks"] = [*story[:2], advert, *story[2:4], advert, *story[4:]]
    page_.__dict__["words"] = 1000
    precise = [*story[:2], advert, *story[2:4]]
    found, _ = fuller_blocks(page_, precise, "continue")
    assert [block.text for block in found if block != advert] == CHIPS


def test_an_appeal_between_chunks_of_a_story_is_not_brought_in_a_story_paragraph_is():
    """Recall mode brought in a membership appeal between two chunks of a story, in a chunk
    alike ("… help us keep reporting. Donate now."): its last sentence is a link and
    nothing else, a call that leads away.  A story paragraph precision drops there for a
    link inside a sentence still comes in."""
    item = SHAPES["drupal-paragraph-chunks-donate"]
    assert read(item) == COURT
    appeal = ("Local journalism like this depends on readers like you. Become a member today "
              'for as little as $5 a month and help us keep reporting. <a href="/donate">Donate '
              "now</a>.")
    story = ('The county has appealed the ruling, <a href="/news/appeal">its lawyers said on '
             "Wednesday</a>, and a hearing is set for May.")
    assert f"<p>{appeal}</p>" in item.marked
    variant = Shape("appealed", item.marked.replace(f"<p>{appeal}</p>", f"<T><p>{story}</p></T>"),
                    item.url)
    assert "appealed" not in trafilatura_text(variant)
    assert words(ours_text(variant)) == words(variant.truth)


def test_a_css_accordion_in_the_story_is_read():
    """A pure-CSS accordion opens each answer with a checkbox: no form to fill in, and its
    short answers are the story's."""
    items = "".join(
        f'<div class="faq-item"><input type="checkbox" id="q{i}"><T><label for="q{i}">{q}'
        f"</label></T><div class=\"answer\"><T><p>{a}</p></T></div></div>"
        for i, (q, a) in enumerate([
            ("Is the clinic free?", "Yes, for everyone."),
            ("Do I need to book?", "No, just walk in."),
            ("Where is it?", "At the main library.")]))
    item = Shape("accordion", page(paragraphs(MEASLES) + items, "Measles clinics"),
                 "https://www.gazette.example/news/accordion")
    assert "walk in" in ours_text(item)
