"""A second, held-out set of page shapes, as CMSs publish them, read by the body chain (issue 16).

tests/test_extract_shapes.py wraps its stories in one news site's template.  These pages each
stand in a template of their own kind (a WordPress theme, Arc, Brightspot, Drupal, Ghost,
Substack, Medium, Blogger, a regional paper's CMS, AMP, a press-release wire) and in eleven
languages, and each carries one of the shapes issue 16 names: a block of related stories or
teasers after or inside the story, a line of story that reads like chrome (a dateline with an
abbreviation, "LANSING, Mich. —"; a one-line paragraph; a quote alone; list items), a JSON-LD
``articleBody`` that lacks what the page shows.

Batch A was written first and measured before any fix (34 pages: ours worse than
trafilatura's precise setting on 2, better on 16; F1 of means 0.9686 against 0.9243); batch
B was written after the fixes made from A and measured once (22 pages: with the fixes worse on
0, better on 5, 0.9759 against 0.9699; with them switched off worse on 2, 0.9654): B is the
held-out evidence.  No rule was changed for a page of B; one was narrowed after it, for a
case of this file's own test (a story's tail of two paragraphs in a box with a share
button), which changed no page of either batch.  The
story is marked ``<T>…</T>`` in each page's source (taken out before anything reads it) and
each page is scored as bench/extract.py scores the shared pages.

``.venv/bin/python tests/test_extract_shapes2.py`` prints the table (ours against trafilatura
favor_precision, page by page, and each batch's figures).
"""

from __future__ import annotations

import json
import sys

import pytest

# The page record, the measure and the scoring all the shape files share.
from shapes import MARK, Scorebook, Shape, bench, ours_text, page_f1

from newsdiff.extract import extract

# --- stories ---------------------------------------------------------------------------------

ROADS = [
    "LANSING, Mich. — Michigan lawmakers on Thursday approved a $3.1 billion plan to repair "
    "roads and bridges, ending a standoff that had stalled the state budget for most of the "
    "winter.",
    "The plan raises the fuel tax by eight cents a gallon over two years and sets aside money "
    "for the 1,100 bridges that state inspectors rated in poor condition last year.",
    "It passed the House 61-47.",
    "Gov. Linda Marsh, who had threatened to veto any plan without a dedicated bridge fund, "
    "said she would sign it next week.",
    "\"This is not the plan anyone would have written alone,\" Marsh said. \"But it fixes the "
    "roads.\"",
    "Republicans in the Senate, who had pushed to pay for the repairs from the general fund, "
    "said the fuel tax would fall hardest on rural drivers.",
    "The first contracts could go out in May.",
]

FIRE = [
    "SAN BERNARDINO, Calif. (AP) — A wildfire that broke out in the foothills east of Los "
    "Angeles on Tuesday had burned more than 4,000 acres by Wednesday morning and forced the "
    "evacuation of about 2,500 homes.",
    "Winds gusting to 60 mph pushed the flames downhill toward neighborhoods on the edge of "
    "the national forest, fire officials said.",
    "No injuries were reported.",
    "\"We had maybe ten minutes,\" said Rosa Delgado, who left with her two children and a "
    "cat. \"You could see the glow over the ridge.\"",
    "The fire was 5% contained. Its cause is under investigation.",
    "Schools in three districts will be closed on Thursday.",
]

TRANSIT = [
    "ST. PAUL, Minn. — The Metropolitan Council voted Wednesday to cut service on nine bus "
    "routes in St. Paul and its eastern suburbs, blaming a shortage of drivers that has left "
    "one in 12 shifts unfilled.",
    "The cuts take effect March 30 and mostly trim late-evening and weekend trips.",
    "Riders who spoke at the meeting said the changes would strand night-shift workers at "
    "hospitals and warehouses along the routes.",
    "\"I can get to work,\" said Ahmed Farah, a nursing assistant. \"I just can't get home.\"",
    "Council members said the routes would be restored once the agency hires 140 more "
    "drivers, which it hopes to do by the end of the year.",
]

BRIDGE = [
    "Crews will close the Fourth Street bridge for eight months starting in April to replace "
    "its deck, the city's public works department said Monday.",
    "The 1962 bridge carries about 18,000 vehicles a day across the river between downtown "
    "and the east side.",
    "Detours will send drivers to the Main Street and Lincoln Avenue bridges, which the city "
    "expects to see delays of 10 to 15 minutes at rush hour.",
    "Pedestrians and cyclists will be able to cross on a temporary walkway for most of the "
    "work.",
    "The $14.6 million project is paid for mostly with federal money.",
]

LIBRARY = [
    "The county library will stop charging late fees on April 1, joining dozens of systems "
    "across the country that say the fines keep the poorest readers away.",
    "Library director Janet Cole said fines brought in about $48,000 last year, less than "
    "one percent of the library's budget.",
    "About 6,200 cardholders whose accounts were blocked over unpaid fines will have them "
    "cleared.",
    "Borrowers will still be charged for books they lose or damage.",
    "\"We want people back,\" Cole said. \"A kid who owes us five dollars shouldn't be locked "
    "out of the library.\"",
    "Libraries that dropped fines earlier, including those in Chicago and San Diego, "
    "reported that more books came back, not fewer.",
]

STORM = [
    "A line of thunderstorms knocked out power to more than 90,000 homes and businesses "
    "across the region overnight, and some may not have it back until Saturday, the utility "
    "said.",
    "The storms brought down trees and power lines in at least six counties, and a possible "
    "tornado touched down near the airport shortly after midnight.",
    "The National Weather Service will send a team to survey the damage on Friday.",
    "Crews from three neighbouring states have been called in to help.",
    "Residents were told to stay away from downed lines and to report them by phone rather "
    "than online.",
]

CLINIC = [
    "The only maternity ward in the county will close at the end of June, the hospital's "
    "owner said on Tuesday, leaving expectant mothers a drive of more than an hour to give "
    "birth.",
    "The hospital delivered 212 babies last year, about half as many as a decade ago, and "
    "has struggled to keep enough obstetric nurses on staff.",
    "Dr. Paul Mercer, the ward's last full-time obstetrician, said he would move to the "
    "company's hospital in the city.",
    "\"I understand the numbers,\" he said. \"I don't understand what the women here are "
    "supposed to do at two in the morning.\"",
    "The company said it would keep an emergency room open around the clock and add a "
    "prenatal clinic two days a week.",
    "County commissioners have asked the state to review the closure.",
]

SCHOOL = [
    "The school board voted 5-2 on Monday night to move the start of the high school day "
    "from 7:20 a.m. to 8:30 a.m. beginning next fall.",
    "Supporters cited research showing that teenagers who start later sleep more and miss "
    "fewer classes.",
    "Opponents said the change would push after-school sports and jobs later into the "
    "evening.",
    "The district will need six more buses to stagger the start times of its elementary, "
    "middle and high schools, at a cost of about $900,000 a year.",
    "Superintendent Maria Ochoa said the district would pay for them from savings on energy "
    "contracts.",
]

FACTORY = [
    "A battery maker said Friday it will build a $1.2 billion plant on the former steel mill "
    "site south of town, creating about 1,700 jobs by 2029.",
    "The company, which supplies cells for electric buses and trucks, chose the site over "
    "two others in Ohio and Georgia, according to state officials.",
    "The state offered $180 million in grants and tax credits.",
    "Construction is expected to begin this summer.",
    "The mill closed in 2009, taking 3,000 jobs with it, and the land has stood empty since.",
    "\"For 17 years people have driven past that fence and thought about what we lost,\" the "
    "mayor said. \"Now they can think about what's coming.\"",
]

HEAT = [
    "City officials opened eight cooling centres on Sunday as temperatures climbed above 38 "
    "degrees for the third day in a row.",
    "The centres, in libraries and community halls, will stay open until 10 p.m. through "
    "Wednesday.",
    "Ambulance crews answered 140 calls for heat-related illness over the weekend, twice the "
    "usual number.",
    "Older people living alone are most at risk, the health department said, and neighbours "
    "should check on them at least once a day.",
    "Relief is not expected before Thursday, when a cold front should bring storms and "
    "cooler air.",
]

RELEASE = [
    "NORTHFIELD, Minn., March 12, 2026 /PRNewswire/ -- Prairie Grain Cooperative today "
    "announced that it will build a new grain terminal near Faribault, with room to store "
    "4.5 million bushels and load 110-car trains.",
    "The terminal will let the cooperative's 2,400 member farmers ship directly to ports on "
    "the Gulf and the Pacific Northwest, cutting the cost of moving grain by an estimated 12 "
    "to 18 cents a bushel.",
    "\"Our members asked us for better access to markets, and this is the answer,\" said "
    "Karen Lindahl, chief executive of Prairie Grain. \"It is the largest investment in the "
    "cooperative's history.\"",
    "Construction is scheduled to begin in June, with the terminal ready for the 2027 "
    "harvest.",
    "About Prairie Grain Cooperative",
    "Prairie Grain Cooperative is a farmer-owned cooperative serving members in southern "
    "Minnesota and northern Iowa with grain marketing, agronomy and energy services. It was "
    "founded in 1921.",
]

# --- stories in other languages --------------------------------------------------------------

MIETE = [
    "Berlin (dpa) - Die Mieten in den deutschen Großstädten sind im vergangenen Jahr so "
    "stark gestiegen wie seit zehn Jahren nicht mehr.",
    "Das geht aus einer Auswertung des Instituts für Wohnungsmarktforschung hervor, die am "
    "Dienstag in Berlin vorgestellt wurde.",
    "Demnach mussten neue Mieter im Schnitt 8,7 Prozent mehr zahlen als ein Jahr zuvor.",
    "Am stärksten war der Anstieg in Leipzig und Berlin.",
    "\"Der Neubau kommt nicht hinterher\", sagte Institutsleiterin Sabine Krüger. Es fehlten "
    "bundesweit rund 700.000 Wohnungen.",
    "Der Mieterbund forderte die Bundesregierung auf, die Mietpreisbremse zu verschärfen.",
]

TRAM = [
    "Le tramway reliant la gare au nouveau quartier des Rives entrera en service le 4 "
    "septembre, a annoncé lundi la métropole, avec un an de retard sur le calendrier initial.",
    "La ligne, longue de 7,2 kilomètres, comptera quatorze stations et devrait transporter "
    "45 000 voyageurs par jour.",
    "Le chantier a été ralenti par la découverte de vestiges gallo-romains sous la place du "
    "Marché, où les fouilles ont duré huit mois.",
    "« Nous avons préféré prendre le temps de bien faire », a expliqué le vice-président "
    "chargé des transports, Marc Lefèvre.",
    "Le coût total atteint 312 millions d'euros, soit 9 % de plus que prévu.",
]

PUERTO = [
    "Valencia - El puerto de Valencia movió el año pasado 5,4 millones de contenedores, un "
    "récord que lo consolida como el primero de España y el cuarto de Europa.",
    "La autoridad portuaria atribuye el crecimiento al desvío de buques que evitaban el mar "
    "Rojo y a la ampliación de la terminal norte.",
    "Los vecinos de los barrios cercanos, en cambio, denuncian más tráfico de camiones y más "
    "ruido por la noche.",
    "\"Nadie nos preguntó si queríamos vivir al lado del cuarto puerto de Europa\", dijo la "
    "presidenta de la asociación vecinal, Carmen Ruiz.",
    "El ayuntamiento estudia limitar el paso de camiones por el centro entre las 22.00 y las "
    "6.00 horas.",
]

CHUVA = [
    "As chuvas que atingiram o litoral norte de São Paulo desde sexta-feira deixaram 1.200 "
    "pessoas desalojadas, segundo a Defesa Civil.",
    "Em algumas cidades choveu em dois dias o volume esperado para o mês inteiro.",
    "A rodovia que liga as praias ao interior foi interditada em três pontos por causa de "
    "deslizamentos de terra.",
    "\"A água subiu em menos de uma hora\", contou o pescador José Almeida, que perdeu o "
    "barco e os móveis.",
    "O governo do estado prometeu liberar recursos para a reconstrução de casas e estradas.",
]

TRENO = [
    "ROMA – Da lunedì prossimo i treni regionali tra Roma e Viterbo torneranno a circolare "
    "ogni trenta minuti, dopo due anni di lavori sulla linea.",
    "L'intervento, costato 86 milioni di euro, ha rinnovato i binari e sette stazioni.",
    "I pendolari, che per mesi hanno viaggiato su autobus sostitutivi, chiedono ora treni "
    "più puntuali.",
    "«Abbiamo aspettato abbastanza», ha detto Lucia Ferri, portavoce del comitato dei "
    "pendolari.",
    "La Regione ha annunciato l'arrivo di dieci nuovi convogli entro l'estate.",
]

DIJK = [
    "Het waterschap gaat de komende vijf jaar 23 kilometer dijk langs de rivier versterken. "
    "Dat maakte het bestuur dinsdag bekend.",
    "Uit metingen bleek dat de dijk op meerdere plekken niet meer voldoet aan de nieuwe "
    "veiligheidsnormen.",
    "De werkzaamheden kosten naar schatting 410 miljoen euro.",
    "Bewoners langs de dijk krijgen in april een uitnodiging voor een informatieavond.",
    "\"We willen dat mensen weten wat er voor hun deur gaat gebeuren\", zegt dijkgraaf Anne "
    "de Vries.",
]

SMOG = [
    "Kraków wprowadza od przyszłego roku całkowity zakaz palenia węglem w domach "
    "jednorodzinnych w całym województwie.",
    "Mieszkańcy, którzy nie wymienią starych pieców, będą musieli liczyć się z karą do 5 "
    "tysięcy złotych.",
    "Urzędnicy szacują, że w regionie wciąż działa około 60 tysięcy kopciuchów.",
    "– To ostatni moment, żeby skorzystać z dopłat – mówi Anna Nowak z urzędu "
    "marszałkowskiego.",
    "Na wymianę pieca można dostać nawet 90 procent dofinansowania.",
]

FARJA = [
    "Trafikverket föreslår att färjeleden till Ljusterö ska få en ny, större färja från "
    "2028.",
    "I dag står bilarna ofta i kö i över en timme under sommarens helger.",
    "Den nya färjan ska ta 75 bilar, jämfört med dagens 45.",
    "– Det här har vi väntat på i tio år, säger Lars Eriksson som bor på ön året runt.",
    "Förslaget ska nu ut på remiss till kommunen och regionen.",
]

JISHIN = [
    "気象庁によると、14日午前3時ごろ、東北地方の太平洋沖を震源とする地震があり、宮城県で震度5弱を観測した。",
    "この地震による津波の心配はないという。",
    "JR東日本は東北新幹線の一部区間で運転を見合わせ、線路の点検を行っている。",
    "宮城県内では約1万2000戸で一時停電したが、午前6時までにほぼ復旧した。",
    "気象庁は今後1週間程度、同じ規模の地震に注意するよう呼びかけている。",
]

MAYA = [
    "أعلنت وزارة المياه، يوم الثلاثاء، عن خطة لبناء ثلاث محطات جديدة لتحلية مياه البحر على "
    "الساحل الغربي بتكلفة تبلغ 2.4 مليار دولار.",
    "وقالت الوزارة في بيان إن المحطات ستوفر المياه لنحو أربعة ملايين شخص بحلول عام 2030.",
    "ويعاني عدد من المدن من انقطاع المياه لساعات طويلة خلال أشهر الصيف.",
    "وقال وزير المياه إن العمل في المحطة الأولى سيبدأ قبل نهاية العام الجاري.",
]

METRO = [
    "МОСКВА, 14 марта — Новая станция метро «Речной порт» откроется для пассажиров в "
    "субботу, сообщили в столичном департаменте транспорта.",
    "Станция станет частью Большой кольцевой линии и свяжет северные районы города с "
    "центром.",
    "По оценкам специалистов, ею будут пользоваться около 40 тысяч человек в день.",
    "Строительство заняло четыре года.",
    "«Жители района ждали эту станцию очень долго», — сказал руководитель стройки Игорь "
    "Смирнов.",
]


# --- marking and pages -----------------------------------------------------------------------

def ps(texts: list[str], tag: str = "p", attrs: str = "") -> str:
    """Story paragraphs, each marked as story."""
    return "".join(f"<T><{tag}{attrs}>{text}</{tag}></T>" for text in texts)


def links(items: list[str], path: str = "/") -> str:
    return "".join(f'<li><a href="{path}{i}">{item}</a></li>' for i, item in enumerate(items))


def document(title: str, body: str, *, lang: str = "en", head: str = "",
             site: str = "The Ledger", dir_: str = "") -> str:
    direction = f' dir="{dir_}"' if dir_ else ""
    return (f'<!DOCTYPE html><html lang="{lang}"{direction}><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{title} – {site}</title>"
            f'<meta property="og:title" content="{title}">'
            f'<meta property="og:type" content="article">'
            f'<meta property="og:site_name" content="{site}">{head}</head>'
            f"<body>{body}</body></html>")


TEASERS = {
    "en": [("Council approves new budget after all-night session",
            "The vote came shortly before 5 a.m. after nine hours of debate."),
           ("High school team wins first state title since 1987",
            "The Eagles came back from 14 points down in the fourth quarter."),
           ("Restaurant owner plans second location downtown",
            "The new place will open in the old bank building on Main Street."),
           ("Police identify driver killed in highway crash",
            "The crash closed the northbound lanes for more than three hours."),
           ("Farmers market moves indoors for the winter",
            "Vendors will set up in the fairgrounds hall every Saturday morning.")],
    "de": [("Stadtrat beschließt neuen Haushalt nach langer Sitzung",
            "Die Abstimmung fiel erst kurz vor Mitternacht."),
           ("Polizei sucht Zeugen nach Unfall auf der Autobahn",
            "Der Fahrer wurde schwer verletzt ins Krankenhaus gebracht."),
           ("Neues Hallenbad öffnet im Sommer",
            "Der Bau hat zwei Jahre länger gedauert als geplant.")],
    "fr": [("Le conseil municipal vote le budget après une longue séance",
            "Le vote est intervenu peu avant minuit."),
           ("Un nouveau marché couvert ouvrira au printemps",
            "Les commerçants s'installeront dans l'ancienne halle."),
           ("Accident sur la rocade : un blessé grave",
            "La circulation a été coupée pendant trois heures.")],
    "es": [("El pleno aprueba los presupuestos tras una larga sesión",
            "La votación se produjo pasada la medianoche."),
           ("Abre el nuevo mercado del barrio del Carmen",
            "Los comerciantes llevaban dos años esperando la reforma."),
           ("Un accidente en la autovía obliga a cortar dos carriles",
            "El conductor fue trasladado al hospital con heridas graves.")],
    "pt": [("Câmara aprova orçamento depois de sessão longa",
            "A votação terminou depois da meia-noite."),
           ("Novo mercado municipal abre as portas no centro",
            "Os comerciantes esperavam pela reforma havia dois anos."),
           ("Acidente na rodovia deixa um ferido grave",
            "O trânsito ficou interditado por três horas.")],
    "it": [("Il consiglio comunale approva il bilancio dopo una lunga seduta",
            "Il voto è arrivato poco prima di mezzanotte."),
           ("Apre il nuovo mercato coperto in centro",
            "I commercianti aspettavano da due anni."),
           ("Incidente sulla statale, un ferito grave",
            "La strada è rimasta chiusa per tre ore.")],
    "nl": [("Gemeenteraad stemt in met nieuwe begroting",
            "De stemming vond pas na middernacht plaats."),
           ("Nieuwe markthal opent in het voorjaar",
            "De ondernemers wachten al twee jaar op de verbouwing."),
           ("Ernstig ongeluk op de snelweg",
            "De weg was drie uur lang afgesloten.")],
    "pl": [("Rada miasta przyjęła budżet po długiej sesji",
            "Głosowanie zakończyło się po północy."),
           ("Nowa hala targowa otworzy się wiosną",
            "Kupcy czekali na remont dwa lata."),
           ("Poważny wypadek na obwodnicy",
            "Droga była zamknięta przez trzy godziny.")],
    "sv": [("Fullmäktige klubbade budgeten efter lång debatt",
            "Omröstningen skedde först efter midnatt."),
           ("Ny saluhall öppnar i vår",
            "Handlarna har väntat i två år på ombyggnaden."),
           ("Allvarlig olycka på motorvägen",
            "Vägen var avstängd i tre timmar.")],
    "ja": [("市議会、新年度予算案を可決", "採決は深夜にまでずれ込んだ。"),
           ("駅前に新しい市場がオープン", "改装工事は2年かかった。"),
           ("高速道路で事故、1人が重傷", "通行止めは3時間に及んだ。")],
    "ar": [("مجلس المدينة يقر الميزانية الجديدة", "جاء التصويت بعد جلسة طويلة."),
           ("افتتاح سوق جديد في وسط المدينة", "انتظر التجار عامين لإتمام الأعمال."),
           ("حادث سير على الطريق السريع", "أغلق الطريق لمدة ثلاث ساعات.")],
    "ru": [("Городская дума приняла бюджет после долгого заседания",
            "Голосование завершилось после полуночи."),
           ("В центре открылся новый крытый рынок",
            "Торговцы ждали ремонта два года."),
           ("Серьезная авария на объездной дороге",
            "Дорога была перекрыта три часа.")],
}


def teaser_cards(lang: str = "en", cls: str = "card", path: str = "/news/",
                 heading: str = "h3") -> str:
    """Related stories as cards: a linked headline and a blurb that reads as a sentence."""
    return "".join(f'<div class="{cls}"><{heading}><a href="{path}{i}">{h}</a></{heading}>'
                   f'<p class="{cls}-excerpt">{b}</p></div>'
                   for i, (h, b) in enumerate(TEASERS[lang]))


def footer_links(lang: str = "en") -> str:
    return ('<footer class="site-footer"><ul>'
            + links(["About", "Contact", "Advertise", "Privacy", "Terms", "Careers",
                     "Newsletters", "Archives"], "/info/")
            + f'</ul><p>© 2026 {lang.upper()} Media Group</p></footer>')


NAV = ["News", "Local", "Business", "Sports", "Opinion", "Obituaries", "Weather",
       "Entertainment", "Lifestyle", "Jobs", "Classifieds", "e-Edition"]


def wordpress(title: str, story: str, *, author: str = "Dana Whitfield", after: str = "",
              comments: str = "", lang: str = "en", nav: list[str] | None = None,
              site: str = "The Ledger") -> str:
    """A WordPress theme (Underscores-like markup): entry-content, post navigation,
    comments and a sidebar of widgets."""
    recent = links([h for h, _ in TEASERS.get(lang, TEASERS["en"])], "/20260301/")
    return document(title, (
        '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">'
        'Skip to content</a><header id="masthead" class="site-header"><div class="site-branding">'
        f'<p class="site-title"><a href="/" rel="home">{site}</a></p><p class="site-description">'
        'News for the valley since 1889</p></div><nav id="site-navigation" class="main-navigation">'
        f'<ul id="primary-menu" class="menu">{links(nav or NAV, "/category/")}</ul></nav></header>'
        '<div id="content" class="site-content"><div id="primary" class="content-area">'
        '<main id="main" class="site-main"><article id="post-4812" class="post-4812 post '
        'type-post status-publish format-standard hentry category-news">'
        f'<header class="entry-header"><h1 class="entry-title">{title}</h1>'
        '<div class="entry-meta"><span class="posted-on">Posted on <a href="/2026/03/14/" '
        'rel="bookmark"><time class="entry-date published" datetime="2026-03-14T08:12:00-05:00">'
        'March 14, 2026</time></a></span><span class="byline"> by <span class="author vcard">'
        f'<a class="url fn n" href="/author/dw/">{author}</a></span></span></div></header>'
        f'<div class="entry-content">{story}</div>{after}'
        '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/news/" '
        'rel="category tag">News</a></span><span class="tags-links">Tagged <a href="/tag/a/">'
        'state</a>, <a href="/tag/b/">budget</a></span></footer></article>'
        '<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">'
        'Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/p/1" '
        'rel="prev"><span class="nav-subtitle">Previous:</span> <span class="nav-title">City '
        'hires new fire chief from out of state</span></a></div><div class="nav-next"><a '
        'href="/p/2" rel="next"><span class="nav-subtitle">Next:</span> <span class="nav-title">'
        'Spring road work list released</span></a></div></div></nav>'
        f'{comments}</main></div><aside id="secondary" class="widget-area">'
        '<section id="search-2" class="widget widget_search"><form role="search" class='
        '"search-form"><label><span class="screen-reader-text">Search for:</span><input '
        'type="search" class="search-field" placeholder="Search …"></label><input type="submit" '
        'class="search-submit" value="Search"></form></section><section id="recent-posts-2" '
        'class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>'
        f'<ul>{recent}</ul></section></aside></div><footer id="colophon" class="site-footer">'
        '<div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress'
        '</a></div></footer></div>'), lang=lang, site=site)


def wp_comments(items: list[tuple[str, str]]) -> str:
    rows = "".join(
        f'<li id="comment-{i}" class="comment even thread-even depth-1"><article '
        f'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
        f'<b class="fn">{who}</b> <span class="says">says:</span></div><div class='
        f'"comment-metadata"><a href="#comment-{i}"><time datetime="2026-03-14T10:0{i}:00">'
        f'March 14, 2026 at 10:0{i} am</time></a></div></footer><div class="comment-content">'
        f'<p>{what}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a>'
        "</div></article></li>" for i, (who, what) in enumerate(items))
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">'
            f'{len(items)} thoughts on this story</h2><ol class="comment-list">{rows}</ol>'
            '<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a '
            'Reply</h3><form class="comment-form"><p class="comment-notes">Your email address '
            'will not be published.</p><textarea name="comment"></textarea><input type="email" '
            'name="email"><input type="submit" value="Post Comment"></form></div></div>')


def arc(title: str, story: str, *, author: str = "Jordan Reyes", lang: str = "en",
        site: str = "The Courier-Journal", top: str = "", bottom: str = "") -> str:
    """An Arc XP page: a fusion app, paragraphs with their own classes, ad slots between
    them written in by the page's script, a row of related cards after."""
    return document(title, (
        '<div id="fusion-app"><div class="b-header-nav-chain"><nav class="nav-sections">'
        f'<ul>{links(NAV, "/section/")}</ul></nav><a class="nav-logo" href="/">'
        f'{site}</a><button class="nav-btn">Subscribe</button><button class="nav-btn">Sign In'
        '</button></div><main class="b-single-chain"><div class="b-single-chain__container">'
        '<article class="b-article-body">'
        '<div class="c-overline"><a href="/news/local/">Local News</a></div>'
        f'<h1 class="b-headline c-heading">{title}</h1>'
        f'<div class="b-byline"><span>By</span> <a href="/people/jr/">{author}</a></div>'
        '<div class="b-date"><time datetime="2026-03-14T13:05:00Z">Published March 14, 2026 '
        f'at 9:05 a.m. EDT</time></div>{top}{story}{bottom}</article></div>'
        '<aside class="b-right-rail"><div class="b-top-table-list"><h2 class="c-heading">'
        f'Most Popular</h2><ul>{links([h for h, _ in TEASERS["en"]], "/popular/")}</ul></div>'
        '</aside></main><div class="b-more-stories"><h2 class="c-heading">More stories</h2>'
        f'{teaser_cards("en", "c-card", "/news/more/")}</div>{footer_links()}</div>'),
        lang=lang, site=site)


def arc_ad(i: int) -> str:
    return (f'<div class="arc_ad_container" id="arcad_{i}"><div class="ad-label">ADVERTISEMENT'
            f'</div><div class="arcad"></div><p class="ad-after">Article continues below this ad'
            '</p></div>')


def drupal(title: str, story: str, *, lang: str = "en", after: str = "",
           site: str = "Valley Times") -> str:
    """A Drupal node: the body field, then a view of more stories with their teasers."""
    return document(title, (
        '<div class="dialog-off-canvas-main-canvas"><div class="layout-container">'
        f'<header role="banner"><a href="/" class="site-logo">{site}</a><nav role="navigation" '
        f'class="menu--main"><ul class="menu">{links(NAV[:8], "/taxonomy/term/")}</ul></nav>'
        '</header><main role="main"><div class="region region-content"><article role="article" '
        'class="node node--type-article node--view-mode-full">'
        f'<h1 class="page-title"><span class="field field--name-title">{title}</span></h1>'
        '<div class="node__meta"><span class="field--name-uid">Submitted by <a href="/user/3">'
        'newsdesk</a></span> on <span class="field--name-created">Sat, 03/14/2026 - 09:12'
        '</span></div><div class="node__content"><div class="clearfix text-formatted field '
        'field--name-body field--type-text-with-summary field--label-hidden field__item">'
        f'{story}</div>{after}</div></article>'
        '<div class="views-element-container"><div class="view view-more-news"><h2>More local '
        'news</h2><div class="view-content">'
        + "".join(f'<div class="views-row"><div class="views-field views-field-title"><span '
                  f'class="field-content"><a href="/node/{900 + i}">{h}</a></span></div><div '
                  f'class="views-field views-field-body"><div class="field-content"><p>{b}</p>'
                  "</div></div></div>" for i, (h, b) in enumerate(TEASERS[lang]))
        + f'</div></div></div></div></main>{footer_links(lang)}</div></div>'), lang=lang,
        site=site)


def ghost(title: str, story: str, *, excerpt: str = "", lang: str = "en") -> str:
    """A Ghost theme (Casper-like): gh-content, a sign-up box after the post, read-more
    cards with their excerpts."""
    cards = "".join(
        f'<article class="post-card post"><a class="post-card-image-link" href="/p{i}/">'
        f'<img class="post-card-image" src="/c/{i}.jpg" alt=""></a><div class="post-card-'
        f'content"><a class="post-card-content-link" href="/p{i}/"><header class="post-card-'
        f'header"><h2 class="post-card-title">{h}</h2></header><div class="post-card-excerpt">'
        f"<p>{b}</p></div></a><footer class=\"post-card-meta\"><time>Mar 2, 2026</time>"
        f'<span class="post-card-meta-length">4 min read</span></footer></div></article>'
        for i, (h, b) in enumerate(TEASERS["en"][:3]))
    return document(title, (
        '<div class="viewport"><header id="gh-head" class="gh-head"><div class="gh-head-inner">'
        '<a class="gh-head-logo" href="/">The Harbour Letter</a><nav class="gh-head-menu"><ul '
        f'class="nav">{links(["Home", "About", "Archive", "Podcast"], "/")}</ul></nav><div '
        'class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">Subscribe</a>'
        '</div></div></header><main id="site-main" class="site-main"><article class="article '
        'post"><header class="article-header gh-canvas"><section class="article-tag"><a '
        f'href="/tag/news/">News</a></section><h1 class="article-title">{title}</h1>'
        f'<p class="article-excerpt">{excerpt}</p><div class="article-byline"><div class='
        '"article-byline-meta"><h4 class="author-name"><a href="/author/sam/">Sam Okafor</a>'
        '</h4><div class="byline-meta-content"><time class="byline-meta-date" datetime='
        '"2026-03-14">Mar 14, 2026</time><span class="byline-reading-time"><span class='
        '"bull">•</span> 5 min read</span></div></div></div></header>'
        f'<section class="gh-content gh-canvas">{story}</section>'
        '<section class="article-comments gh-canvas"></section></article></main>'
        '<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">'
        'Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"><div '
        'class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div>'
        '</section><aside class="read-more-wrap outer"><div class="read-more inner">'
        f'{cards}</div></aside><footer class="site-footer outer"><div class="inner">'
        '<section class="copyright"><a href="/">The Harbour Letter</a> © 2026</section>'
        '<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a>'
        "</div></footer></div>"), lang=lang, site="The Harbour Letter")


def substack(title: str, subtitle: str, story: str, *, likes: str = "212",
             comments: str = "38") -> str:
    """A Substack post: the body markup, a subscribe widget or two in it, like and comment
    counts under it."""
    return document(title, (
        '<div id="entry"><div class="main-menu"><a class="navbar-title-link" href="/">Field '
        'Notes</a><button class="button primary">Subscribe</button><button>Sign in</button>'
        '</div><div class="single-post-container"><article class="typography newsletter-post '
        f'post"><div class="post-header"><h1 class="post-title unpublished">{title}</h1>'
        f'<h3 class="subtitle">{subtitle}</h3><div class="post-meta"><div class="profile-hover-'
        'card-target"><a href="/@ellen">Ellen Marsh</a></div><div class="post-date">Mar 14, '
        f'2026</div></div><div class="post-ufi"><a class="like-button"><div class="label">{likes}'
        f'</div></a><a class="post-ufi-comment-button"><div class="label">{comments}</div></a>'
        '<a class="post-ufi-button">Share</a></div></div><div class="available-content"><div '
        f'dir="auto" class="body markup">{story}</div></div><div class="post-footer"><div class='
        f'"post-ufi"><a class="like-button"><div class="label">{likes}</div></a><a class='
        f'"post-ufi-comment-button"><div class="label">{comments}</div></a><a class="post-ufi-'
        'button">Share</a></div></div></article><div class="subscribe-footer"><p>Thanks for '
        'reading Field Notes! Subscribe for free to receive new posts and support my work.</p>'
        '<form class="subscription-widget"><input type="email" placeholder="Type your email…">'
        '<button>Subscribe</button></form></div><div class="post-page-recommendations"><h4>'
        f'Recommended</h4><ul>{links([h for h, _ in TEASERS["en"][:3]], "/p/r")}</ul></div>'
        '</div><div class="footer-wrap"><p>© 2026 Ellen Marsh · Privacy · Terms · Collection '
        'notice</p><p>Substack is the home for great culture</p></div></div>'),
        site="Field Notes")


def subscribe_widget() -> str:
    return ('<div class="subscription-widget-wrap"><div class="subscription-widget show-'
            'subscribe"><div class="preamble"><p class="cta-caption">Field Notes is a reader-'
            'supported publication. To receive new posts and support my work, consider becoming '
            'a free or paid subscriber.</p></div><form class="subscription-widget-subscribe">'
            '<input type="email" class="email-input" placeholder="Type your email…"><input '
            'type="submit" class="button primary" value="Subscribe"></form></div></div>')


def blogger(title: str, body: str, *, comments: list[tuple[str, str]] = ()) -> str:
    """A Blogger post: the text between <br>s in post-body, then the post's footer and its
    comments."""
    rows = "".join(f'<dt class="comment-author">{who} said...</dt><dd class="comment-body">'
                   f'<p>{what}</p></dd><dd class="comment-footer"><span class="comment-'
                   f'timestamp"><a href="#c{i}">March 14, 2026 at 11:2{i} AM</a></span></dd>'
                   for i, (who, what) in enumerate(comments))
    return document(title, (
        '<div class="content-outer"><header><div class="header-outer"><h1 class="title">'
        '<a href="/">Notes from the Lake Shore</a></h1><p class="description">A small-town '
        'blog about local history, politics and the weather</p></div></header>'
        '<div class="main-outer"><div class="main-inner"><div class="date-outer"><h2 class='
        '"date-header"><span>Saturday, March 14, 2026</span></h2><div class="post-outer">'
        '<div class="post hentry" itemprop="blogPost"><h3 class="post-title entry-title" '
        f'itemprop="name">{title}</h3><div class="post-header"></div><div class="post-body '
        f'entry-content" id="post-body-771" itemprop="description articleBody">{body}'
        '<div style="clear: both;"></div></div><div class="post-footer"><div class="post-'
        'footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span '
        'class="fn">Walt Jensen</span></span> <span class="post-timestamp">at <a class='
        '"timestamp-link" href="#"><abbr class="published">10:15 AM</abbr></a></span> '
        f'<span class="post-comment-link"><a class="comment-link" href="#comments">{len(comments)}'
        ' comments</a></span></div><div class="post-footer-line post-footer-line-2"><span class='
        '"post-labels">Labels: <a href="/l/h" rel="tag">history</a>, <a href="/l/t" rel="tag">'
        'town</a></span></div></div></div>'
        f'<div class="comments" id="comments"><h4>{len(comments)} comments:</h4><dl id='
        f'"comments-block">{rows}</dl><p class="comment-footer"><a href="#">Post a Comment</a>'
        '</p></div></div></div><div class="blog-pager" id="blog-pager"><a class="blog-pager-'
        'newer-link" href="/n">Newer Post</a> <a class="blog-pager-older-link" href="/o">Older '
        'Post</a> <a class="home-link" href="/">Home</a></div></div>'
        '<div class="sidebar"><div class="widget BlogArchive"><h2>Blog Archive</h2><ul><li>'
        '<a href="/2026">2026</a> (14)</li><li><a href="/2025">2025</a> (52)</li></ul></div>'
        '<div class="widget PopularPosts"><h2>Popular Posts</h2><ul>'
        f'{links([h for h, _ in TEASERS["en"][:4]], "/pp/")}</ul></div></div></div>'
        '<footer><p>Powered by Blogger.</p></footer></div>'), site="Notes from the Lake Shore")


def regional(title: str, story: str, *, lang: str = "en", site: str = "The Daily Sentinel",
             byline: str = "By Karen Holt, Staff writer", rail: str = "",
             head: str = "") -> str:
    """A regional paper's CMS (TownNews-like): the story in ``#article-body``, an asset rail
    of related items, a paywall meter box and a long footer."""
    return document(title, (
        f'<div id="site-top"><div class="navbar"><a class="navbar-brand" href="/">{site}</a>'
        f'<ul class="nav navbar-nav">{links(NAV, "/news/")}</ul><a class="btn" href="/sub">'
        'Subscribe for $1</a></div></div><div id="main-page-container"><div class="asset-'
        'header"><span class="asset-breadcrumb"><a href="/news/">News</a> › <a href="/news/'
        f'local/">Local</a></span><h1 class="headline"><span class="asset-headline">{title}'
        f'</span></h1><ul class="list-inline"><li><span class="asset-byline">{byline}</span>'
        '</li><li><time datetime="2026-03-14T06:00:00-05:00">Mar 14, 2026</time></li></ul>'
        '<div class="share-container"><a href="#fb">Facebook</a><a href="#tw">Twitter</a>'
        '<a href="#em">Email</a><a href="#pr">Print</a><a href="#sv">Save</a></div></div>'
        f'<div class="asset-content"><div id="article-body" itemprop="articleBody" class='
        f'"asset-content subscriber-premium">{story}</div>{rail}</div>'
        '<div class="asset-tags"><h4>Tags</h4><ul class="list-inline">'
        f'{links(["Local news", "Government", "Transportation"], "/tags/")}</ul></div>'
        '<div class="card-panel related-headlines"><h3>Related to this story</h3>'
        f'{teaser_cards("en", "card", "/news/local/", "h4")}</div>'
        '<div class="tncms-region"><h3>Most Popular</h3><ol>'
        f'{links([h for h, _ in TEASERS["en"]], "/popular/")}</ol></div></div>'
        f'{footer_links(lang)}'), lang=lang, site=site, head=head)


def foreign(title: str, story: str, *, lang: str, nav: list[str], chrome: dict,
            below: str = "", dir_: str = "") -> str:
    """A news site in ``lang``: its own section names, share bar, related box and footer."""
    return document(title, (
        f'<header class="site-header"><a class="logo" href="/">{chrome["site"]}</a><nav>'
        f'<ul>{links(nav, "/r/")}</ul></nav></header><main><article class="article">'
        f'<h1 class="article__title">{title}</h1><div class="article__meta"><span class='
        f'"author">{chrome["by"]}</span> <time datetime="2026-03-14T09:00:00+01:00">'
        f'{chrome["date"]}</time></div><ul class="share">{links(chrome["share"], "/s/")}</ul>'
        f'<div class="article__body">{story}</div>{below}</article><aside class="related">'
        f'<h2>{chrome["related"]}</h2>{teaser_cards(lang, "teaser", "/a/")}</aside></main>'
        f'<footer><ul>{links(chrome["footer"], "/f/")}</ul><p>{chrome["copy"]}</p></footer>'),
        lang=lang, site=chrome["site"], dir_=dir_)


FOREIGN = {
    "de": dict(site="Rheinische Rundschau", by="Von Jana Becker", date="14.03.2026, 09:00 Uhr",
               share=["Teilen", "Twittern", "Mailen"], related="Mehr zum Thema",
               footer=["Impressum", "Datenschutz", "Kontakt", "AGB"],
               copy="© Rheinische Rundschau 2026",
               nav=["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Region"]),
    "fr": dict(site="La Dépêche du Sud", by="Par Julie Martin", date="Publié le 14 mars 2026",
               share=["Partager", "Tweeter", "Envoyer"], related="Sur le même sujet",
               footer=["Mentions légales", "Contact", "Publicité", "CGU"],
               copy="© La Dépêche du Sud 2026",
               nav=["Accueil", "Actualité", "Sports", "Économie", "Culture", "Région"]),
    "es": dict(site="Diario de Levante", by="Por Pablo Sanz", date="14 de marzo de 2026",
               share=["Compartir", "Tuitear", "Enviar"], related="Más información",
               footer=["Aviso legal", "Contacto", "Publicidad", "Cookies"],
               copy="© Diario de Levante 2026",
               nav=["Portada", "Comunitat", "España", "Deportes", "Cultura", "Opinión"]),
    "pt": dict(site="Jornal do Litoral", by="Por Ana Costa", date="14 mar 2026",
               share=["Compartilhar", "Tuitar", "Enviar"], related="Leia também",
               footer=["Expediente", "Contato", "Anuncie", "Privacidade"],
               copy="© Jornal do Litoral 2026",
               nav=["Início", "Cotidiano", "Política", "Esporte", "Cultura", "Opinião"]),
    "it": dict(site="Il Corriere del Lazio", by="di Marco Rossi", date="14 marzo 2026",
               share=["Condividi", "Twitta", "Invia"], related="Leggi anche",
               footer=["Chi siamo", "Contatti", "Pubblicità", "Privacy"],
               copy="© Il Corriere del Lazio 2026",
               nav=["Home", "Cronaca", "Politica", "Sport", "Cultura", "Economia"]),
    "nl": dict(site="Dagblad van het Oosten", by="Door Sanne Jansen", date="14 maart 2026",
               share=["Delen", "Tweeten", "Mailen"], related="Meer over dit onderwerp",
               footer=["Colofon", "Contact", "Adverteren", "Privacy"],
               copy="© Dagblad van het Oosten 2026",
               nav=["Home", "Regio", "Binnenland", "Sport", "Cultuur", "Economie"]),
    "pl": dict(site="Gazeta Krakowska Dziś", by="Piotr Wiśniewski", date="14 marca 2026",
               share=["Udostępnij", "Tweetnij", "Wyślij"], related="Zobacz także",
               footer=["Redakcja", "Kontakt", "Reklama", "Regulamin"],
               copy="© Gazeta Krakowska Dziś 2026",
               nav=["Strona główna", "Kraków", "Region", "Sport", "Kultura", "Biznes"]),
    "sv": dict(site="Skärgårdsposten", by="Av Erik Lind", date="14 mars 2026 kl. 09.00",
               share=["Dela", "Twittra", "Mejla"], related="Läs också",
               footer=["Om oss", "Kontakt", "Annonsera", "Cookies"],
               copy="© Skärgårdsposten 2026",
               nav=["Nyheter", "Sport", "Kultur", "Ekonomi", "Debatt", "Väder"]),
    "ja": dict(site="東北日報", by="佐藤健一", date="2026年3月14日 9時00分",
               share=["シェア", "ツイート", "メール"], related="関連記事",
               footer=["会社案内", "お問い合わせ", "広告掲載", "個人情報"],
               copy="© 東北日報 2026", nav=["トップ", "社会", "政治", "経済", "スポーツ", "地域"]),
    "ar": dict(site="صحيفة الساحل", by="بقلم أحمد سالم", date="14 مارس 2026",
               share=["شارك", "غرد", "أرسل"], related="أخبار ذات صلة",
               footer=["من نحن", "اتصل بنا", "أعلن معنا", "الخصوصية"],
               copy="© صحيفة الساحل 2026",
               nav=["الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "رأي"]),
    "ru": dict(site="Московский вестник", by="Анна Иванова", date="14 марта 2026, 09:00",
               share=["Поделиться", "Твитнуть", "Отправить"], related="Читайте также",
               footer=["О нас", "Контакты", "Реклама", "Конфиденциальность"],
               copy="© Московский вестник 2026",
               nav=["Главная", "Москва", "Политика", "Экономика", "Спорт", "Культура"]),
}


def in_lang(lang: str, title: str, story: str, below: str = "") -> str:
    chrome = FOREIGN[lang]
    return foreign(title, story, lang=lang, nav=chrome["nav"], chrome=chrome, below=below,
                   dir_="rtl" if lang == "ar" else "")


# --- the shapes ------------------------------------------------------------------------------

#: each page by its name, in batch "A" (written first, measured before the fixes) or "B"
#: (written after them)
SHAPES: dict[str, Shape] = {}


def shape(name: str, batch: str, marked: str, host: str = "www.ledger.example") -> None:
    assert name not in SHAPES, name
    SHAPES[name] = Shape(name, marked, f"https://{host}/2026/03/14/{name}/", batch)


def jetpack_related() -> str:
    """WordPress Jetpack's related posts, inside entry-content after the story."""
    items = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{i}" data-post-format="false">'
        f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/r{i}/">'
        f'{h}</a></h4><p class="jp-relatedposts-post-excerpt">{b}</p><p class="jp-relatedposts-'
        f'post-date">March {i + 2}, 2026</p><p class="jp-relatedposts-post-context">In "News"</p>'
        "</div>" for i, (h, b) in enumerate(TEASERS["en"][:3]))
    return (f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-'
            f'headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-'
            f'items-visual">{items}</div></div>')


def sharedaddy() -> str:
    return ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block '
            'sd-social"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li>'
            '<a class="share-twitter" href="#"><span>Twitter</span></a></li><li><a class="share-'
            'facebook" href="#"><span>Facebook</span></a></li></ul></div></div></div>'
            '<div class="sharedaddy sd-block sd-like"><h3 class="sd-title">Like this:</h3><div '
            'class="likes-widget-placeholder">Like Loading...</div></div>')


# A: WordPress, the dateline with "Mich.", a one-line paragraph, Jetpack's related posts.
shape("wp-dateline-jetpack-related", "A", wordpress(
    "Lawmakers approve $3.1 billion road plan",
    ps(ROADS) + sharedaddy() + jetpack_related(),
    comments=wp_comments([
        ("Ron T.", "About time. The bridge on M-52 has had a weight limit for three years and "
                   "the school buses have to go around."),
        ("Patty", "Eight cents a gallon adds up when you drive forty miles to work. Nobody in "
                  "Lansing seems to understand that.")])))

# A: Arc, "Calif. (AP)" dateline, ad slots with their labels, a one-line paragraph.
shape("arc-ap-dateline-ads", "A", arc(
    "Wildfire forces thousands from homes",
    "".join(f'<p class="c-paragraph" data-el="text">{_p}</p>'.join(("<T>", "</T>"))
            + (arc_ad(i) if i in (1, 3) else "") for i, _p in enumerate(FIRE))
    + '<p class="c-paragraph" data-el="text"><i>Copyright 2026 The Associated Press. All '
    "rights reserved. This material may not be published, broadcast, rewritten or "
    "redistributed.</i></p>"))

# A: "ST. PAUL, Minn." dateline, a quote alone, a related-coverage box in the story.
shape("brightspot-st-dateline-related-module", "A", document(
    "Metro Transit to cut nine bus routes", (
        '<div class="Page-header"><a class="Page-logo" href="/">Twin Cities Daily</a><nav '
        f'class="Navigation"><ul>{links(NAV)}</ul></nav></div><main class="Page-main">'
        '<div class="ArticlePage-mainContent"><h1 class="ArticlePage-headline">Metro Transit '
        'to cut nine bus routes</h1><div class="ArticlePage-authors"><div class="ArticlePage-'
        'authorName">By <a href="/staff/lp">Lena Park</a></div></div><div class="ArticlePage-'
        'datePublished">March 14, 2026</div><div class="ArticlePage-articleBody"><div class='
        '"RichTextArticleBody RichTextBody">' + ps(TRANSIT[:3])
        + '<div class="Enhancement" data-align-center><div class="Enhancement-item"><div class='
        '"ListA"><div class="ListA-header"><h2 class="ListA-title">Related coverage</h2></div>'
        '<ul class="ListA-items">'
        + "".join(f'<li class="ListA-items-item"><div class="PagePromo"><div class="PagePromo-'
                  f'title"><a class="Link" href="/t/{i}">{h}</a></div><div class="PagePromo-'
                  f'description">{b}</div></div></li>'
                  for i, (h, b) in enumerate(TEASERS["en"][:3]))
        + "</ul></div></div></div>" + ps(TRANSIT[3:])
        + "</div></div></div></main>" + footer_links()), site="Twin Cities Daily"),
    host="www.twincitiesdaily.example")

# A: Drupal; the story holds a list of what changes; a view of more stories after it.
shape("drupal-list-in-story-views-after", "A", drupal(
    "Fourth Street bridge to close for eight months",
    ps(BRIDGE[:2]) + "<T><p>What drivers need to know:</p></T><ul>"
    + "".join(f"<T><li>{x}</li></T>" for x in [
        "The bridge closes April 6 and is expected to reopen in early December.",
        "Buses on routes 4 and 11 will use the Main Street bridge.",
        "Parking on Lincoln Avenue will be banned during rush hour."])
    + "</ul>" + ps(BRIDGE[2:])), host="www.valleytimes.example")

# A: Ghost; a callout card and a bookmark card (a link's title and description) in the post.
shape("ghost-callout-and-bookmark-card", "A", ghost(
    "The library stops charging late fees",
    ps(LIBRARY[:3])
    + '<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">'
    '💡</div><T><div class="kg-callout-text">Fines already paid will not be refunded.</div></T>'
    "</div>" + ps(LIBRARY[3:5])
    + '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href='
    '"https://example.org/fines-study"><div class="kg-bookmark-content"><div class="kg-bookmark-'
    'title">Removing fines: what the research says</div><div class="kg-bookmark-description">A '
    "review of studies of public libraries that stopped charging overdue fines, and what "
    'happened to their borrowing.</div><div class="kg-bookmark-metadata"><span class="kg-'
    'bookmark-author">Library Research Network</span></div></div></a></figure>'
    + ps(LIBRARY[5:]), excerpt="Fines brought in less than one percent of the budget."),
    host="harbourletter.example")

# A: Substack; a subscribe widget mid-post, footnotes, like and comment counts.
shape("substack-widget-footnotes", "A", substack(
    "Why our clinic closed", "And what happens to the women who relied on it",
    ps(CLINIC[:3]) + subscribe_widget() + ps(CLINIC[3:5])
    + '<T><p>The county has asked for a review before.<a class="footnote-anchor" id="footnote-'
    'anchor-1" href="#footnote-1">1</a></p></T>'
    + '<div class="footnote"><a class="footnote-number" href="#footnote-anchor-1">1</a><div '
    'class="footnote-content"><T><p>In 2019, when the hospital closed its surgical '
    "unit.</p></T></div></div>"))

# A: Medium; pw- classes, a figure with caption, a clap count and response count.
shape("medium-claps-and-responses", "A", document(
    "What the heat wave taught our city", (
        '<div id="root"><div class="a b c"><nav class="ab ac"><a href="/">Medium</a><a href='
        '"/m/signin">Sign in</a><a href="/new-story">Write</a></nav></div><article><div class='
        '"l"><section><div><div class="gh gi"><h1 class="pw-post-title" data-testid='
        '"storyTitle">What the heat wave taught our city</h1><div class="speechify-ignore"><a '
        'href="/@tanya">Tanya Mills</a><span>·</span><button>Follow</button><span data-testid='
        '"storyReadTime">4 min read</span><span>·</span><span data-testid="storyPublishDate">'
        'Mar 14, 2026</span><div class="pw-multi-vote-count"><p>1.2K</p></div><p class="'
        'pw-responses-count">18</p></div>'
        + ps(HEAT[:2], attrs=' class="pw-post-body-paragraph" data-selectable-paragraph=""')
        + '<figure class="paragraph-image"><img src="/m/heat.jpg" alt=""><figcaption class='
        '"pw-caption">A cooling centre in the city library. Photo by the author.</figcaption>'
        "</figure>"
        + ps(HEAT[2:], attrs=' class="pw-post-body-paragraph" data-selectable-paragraph=""')
        + '</div></div></section></div></article><div class="pw-multi-vote-count"><p>1.2K</p>'
        '</div><p class="pw-responses-count">18</p><div class="more-from"><h2>More from Tanya '
        f'Mills</h2>{teaser_cards("en", "post-preview", "/@tanya/")}</div></div>'),
        site="Medium"), host="medium.example")

# A: Blogger; paragraphs between <br>s, comments under it.
shape("blogger-br-paragraphs-comments", "A", blogger(
    "The old mill site gets a second life",
    "<br /><br />".join(f"<T>{x}</T>" for x in FACTORY) + "<br />",
    comments=[("Anonymous", "My grandfather worked at the mill for 31 years. He would have "
                            "been glad to see the lights on again."),
              ("Deb from Elm St", "Let's hope they hire local this time and not just bring "
                                  "people in from out of state.")]), host="lakeshorenotes.example")

# A: a regional paper's CMS: a preview for everyone and the rest for subscribers, in two
# containers of their own.
shape("regional-preview-then-subscriber-part", "A", regional(
    "School board moves high school start to 8:30",
    '<div class="subscriber-preview">' + ps(SCHOOL[:2]) + "</div>"
    '<div class="subscriber-only encrypted-content">' + ps(SCHOOL[2:]) + "</div>"),
    host="www.dailysentinel.example")

# A: a live blog whose entries say how long ago they were posted (a false version each fetch).
_LIVE = [
    ("2 min ago", "Crews restore power to the hospital",
     "The utility says the regional hospital is back on the grid after running on generators "
     "for six hours."),
    ("18 min ago", "Schools closed in three counties",
     "Districts in the three hardest-hit counties have cancelled classes for Friday."),
    ("1 hr ago", "Weather service confirms survey team",
     "A team will survey the damage near the airport on Friday to decide whether a tornado "
     "touched down."),
]
shape("liveblog-relative-times", "A", arc(
    "Live updates: storms leave 90,000 without power",
    ps(STORM[:1])
    + "".join(f'<div class="live-post"><div class="live-post-header"><span class="timeago">'
              f"{t}</span></div><T><h2>{h}</h2></T><T><p>{p}</p></T></div>"
              for t, h, p in _LIVE)
    + ps(STORM[1:])), host="www.courierjournal.example")

# A: a photo gallery: each slide's caption is the story, a slide counter beside it.
_SLIDES = [
    "Workers cut the chain on the gate of the old steel mill on Friday morning, the first "
    "time it has been opened to the public in 17 years.",
    "The mill's blast furnace, seen from the river, will be demolished before construction "
    "of the battery plant begins this summer.",
    "Former mill worker Stan Kowalski, 78, points to the spot where he clocked in every "
    "morning from 1968 to 2009.",
    "The site covers 400 acres along the river south of town.",
]
shape("gallery-slides-with-counter", "A", regional(
    "Photos: inside the old steel mill",
    "<T><p>A look inside the mill site where a battery maker plans to build a $1.2 billion "
    "plant.</p></T>"
    + "".join(f'<div class="photo-slide"><span class="slide-count">{i + 1} of {len(_SLIDES)}'
              f'</span><img src="/g/{i}.jpg" alt=""><div class="caption"><T><p>{c}</p></T>'
              f'<span class="credit">Karen Holt / Daily Sentinel</span></div></div>'
              for i, c in enumerate(_SLIDES))), host="www.dailysentinel.example")

# A: AMP: a tweet embedded as amp-twitter with its fallback quote, an amp-carousel of
# related stories after.
_AMP_HEAD = ('<link rel="canonical" href="https://www.courier.example/news/school-start">'
             '<script async src="https://cdn.ampproject.org/v0.js"></script>'
             '<style amp-boilerplate>body{visibility:hidden}</style>')
shape("amp-twitter-carousel", "A", document(
    "School start time moves to 8:30", (
        '<header class="amp-header"><a href="/">The Courier</a><button on="tap:sidebar.toggle">'
        'Menu</button></header><amp-sidebar id="sidebar" layout="nodisplay"><ul>'
        f'{links(NAV)}</ul></amp-sidebar><article class="amp-article"><h1>School start time '
        'moves to 8:30</h1><p class="byline">By Karen Holt</p><div class="amp-body">'
        + ps(SCHOOL[:3])
        + '<amp-twitter width="375" height="472" layout="responsive" data-tweetid="1">'
        '<T><blockquote placeholder class="twitter-tweet"><p lang="en">Later start for the high '
        'school passes 5-2. Buses are the next fight.</p>— Karen Holt (@kholt) <a href="#">'
        "March 14, 2026</a></blockquote></T></amp-twitter>"
        + ps(SCHOOL[3:])
        + '</div></article><section class="related"><h2>Related</h2><amp-carousel height="300" '
        'layout="fixed-height" type="carousel">'
        + "".join(f'<div class="slide"><a href="/r/{i}"><h3>{h}</h3><p>{b}</p></a></div>'
                  for i, (h, b) in enumerate(TEASERS["en"]))
        + "</amp-carousel></section>" + footer_links()), head=_AMP_HEAD, site="The Courier"),
    host="www.courier.example")

# A: German, a dpa wire story with "Lesen Sie auch" teasers and an "Anzeige" between.
shape("german-dpa-lesen-sie-auch", "A", in_lang(
    "de", "Mieten steigen so stark wie seit zehn Jahren nicht",
    ps(MIETE[:2])
    + '<p class="teaser-inline"><strong>Lesen Sie auch:</strong> <a href="/a/77">Wo Wohnen '
    "in Deutschland noch bezahlbar ist</a></p>"
    + '<div class="ad"><span>Anzeige</span></div>' + ps(MIETE[2:4])
    + '<p class="teaser-inline"><strong>Auch interessant:</strong> <a href="/a/78">Mietpreis'
    "bremse: Was Mieter jetzt wissen müssen</a></p>" + ps(MIETE[4:])),
    host="www.rundschau.example")

# A: French; "Lire aussi" as Le Monde's catcher sections, and the publication's own footer note.
shape("french-catcher-sections", "A", in_lang(
    "fr", "Le tramway des Rives mis en service en septembre",
    ps(TRAM[:2])
    + '<section class="catcher catcher--inline"><span class="catcher__title">Lire aussi |'
    '</span> <a class="catcher__link" href="/a/5">Article réservé à nos abonnés Les '
    "travaux du tramway perturbent le centre-ville</a></section>"
    + ps(TRAM[2:4])
    + '<section class="catcher catcher--inline"><span class="catcher__title">Lire aussi |'
    '</span> <a class="catcher__link" href="/a/6">Vestiges gallo-romains : ce que les '
    "fouilles ont révélé</a></section>" + ps(TRAM[4:])
    + '<p class="article__footer-single">La Dépêche du Sud avec AFP</p>'),
    host="www.depeche-sud.example")

# A: Spanish; a "Más información" box of links mid-story, and the city dateline.
shape("spanish-mas-informacion-box", "A", in_lang(
    "es", "El puerto de Valencia bate su récord de contenedores",
    ps(PUERTO[:3])
    + '<aside class="more-info"><h3>Más información</h3><ul>'
    + links(["El tráfico de camiones colapsa el acceso norte al puerto",
             "La ampliación del puerto, a examen ambiental"], "/a/m") + "</ul></aside>"
    + ps(PUERTO[3:])), host="www.diariolevante.example")

# A: Portuguese; "Leia também" list between paragraphs, a paywall call at the end.
shape("portuguese-leia-tambem-list", "A", in_lang(
    "pt", "Chuvas deixam 1.200 desalojados no litoral",
    ps(CHUVA[:2])
    + '<div class="leia-tambem"><p><strong>Leia também</strong></p><ul>'
    + links(["Defesa Civil emite alerta para novas chuvas no fim de semana",
             "Como pedir ajuda se sua casa foi atingida"], "/a/l") + "</ul></div>"
    + ps(CHUVA[2:])
    + '<div class="paywall-cta"><p>Assine o Jornal do Litoral por R$ 1,90 no primeiro mês e '
    'tenha acesso ilimitado.</p><a href="/assine">Assine já</a></div>'),
    host="www.jornaldolitoral.example")

# A: Italian; "ROMA –" dateline, "Leggi anche" line, "Riproduzione riservata".
shape("italian-leggi-anche", "A", in_lang(
    "it", "Roma-Viterbo, tornano i treni ogni mezz'ora",
    ps(TRENO[:2])
    + '<p><strong>Leggi anche:</strong> <a href="/a/12">Pendolari, un anno di disagi sulla '
    "linea per Viterbo</a></p>" + ps(TRENO[2:])
    + '<p class="copyright">© Riproduzione riservata</p>'), host="www.corrierelazio.example")

# A: Dutch; short paragraphs, a "Lees ook" line, and an embedded video's caption.
shape("dutch-lees-ook-video", "A", in_lang(
    "nl", "Waterschap versterkt 23 kilometer dijk",
    ps(DIJK[:2])
    + '<div class="video-embed"><div class="player"></div><p class="video-caption">Bekijk '
    "hier de beelden van de dijk bij hoogwater (1:24)</p></div>"
    + ps(DIJK[2:4]) + '<p><b>Lees ook:</b> <a href="/a/3">Hoogwater: zo werkt de '
    "dijkbewaking</a></p>" + ps(DIJK[4:])), host="www.dagbladoosten.example")

# A: Polish; "Czytaj także" and "Reklama" inside the story, a dash quote.
shape("polish-czytaj-takze-reklama", "A", in_lang(
    "pl", "Zakaz palenia węglem w całym województwie",
    ps(SMOG[:2]) + '<div class="ad-box"><span>Reklama</span></div>' + ps(SMOG[2:4])
    + '<p class="related-inline">Czytaj także: <a href="/a/9">Jak dostać dopłatę do wymiany '
    "pieca? Poradnik krok po kroku</a></p>" + ps(SMOG[4:])), host="www.gazetakrakowska.example")

# A: Swedish; "Läs mer" lines and an "Annons" label, TT's credit line.
shape("swedish-las-mer-annons", "A", in_lang(
    "sv", "Större färja till Ljusterö föreslås",
    ps(FARJA[:2]) + '<p class="annons">Annons</p>' + ps(FARJA[2:4])
    + '<p><strong>Läs mer:</strong> <a href="/a/4">Långa köer till färjan i helgen</a></p>'
    + ps(FARJA[4:]) + "<T><p>TT</p></T>"), host="www.skargardsposten.example")

# A: Japanese; no spaces between words, "関連記事" links inside the story.
shape("japanese-related-links-inside", "A", in_lang(
    "ja", "東北で震度5弱　新幹線が一部運転見合わせ",
    ps(JISHIN[:3])
    + '<div class="related-inline"><p>関連記事</p><ul>'
    + links(["東北新幹線、運転再開の見通し", "地震に備える　家庭でできる対策"], "/a/j")
    + "</ul></div>" + ps(JISHIN[3:])), host="www.tohoku-nippo.example")

# A: Arabic, right to left; "اقرأ أيضا" line between paragraphs.
shape("arabic-iqra-aydan", "A", in_lang(
    "ar", "خطة لبناء ثلاث محطات لتحلية المياه",
    ps(MAYA[:2]) + '<p><strong>اقرأ أيضا:</strong> <a href="/a/1">أزمة المياه في الصيف: ما '
    "الحلول المطروحة؟</a></p>" + ps(MAYA[2:])), host="www.alsahil.example")

# A: Russian; an agency dateline, "Читайте также" teaser.
shape("russian-chitaite-takzhe", "A", in_lang(
    "ru", "Станция «Речной порт» откроется в субботу",
    ps(METRO[:3]) + '<p class="read-also">Читайте также: <a href="/a/2">Как изменится '
    "схема метро в этом году</a></p>" + ps(METRO[3:])), host="www.mosvestnik.example")

# A: a press release on a wire: dateline with the wire's name, "About" boilerplate, contact.
shape("press-release-wire", "A", document(
    "Prairie Grain Cooperative to build new grain terminal", (
        '<header><a href="/">NewsWire</a><nav><ul>'
        + links(["News", "Products", "Contact", "Journalists", "Send a Release"])
        + '</ul></nav></header><main><article class="release"><header class="release-header">'
        '<h1>Prairie Grain Cooperative to build new grain terminal</h1><p class="release-sub">'
        'Terminal near Faribault will store 4.5 million bushels</p><p class="meta">NEWS '
        'PROVIDED BY <a href="/org/pg">Prairie Grain Cooperative</a> · Mar 12, 2026, 09:00 ET'
        '</p><div class="share"><a href="#">Share this article</a></div></header><section '
        'class="release-body container">'
        + ps(RELEASE[:4]) + "<T><p><b>" + RELEASE[4] + "</b></p></T>" + ps(RELEASE[5:])
        + '<p>Media contact:<br>Tom Berg<br>507-555-0142<br><a href="mailto:tberg@pg.example">'
        "tberg@pg.example</a></p><p>SOURCE Prairie Grain Cooperative</p>"
        '</section></article><aside class="more-releases"><h2>More news releases from this '
        f"organization</h2>{teaser_cards('en', 'release-card', '/releases/')}</aside></main>"
        + footer_links()), site="NewsWire"), host="www.newswire.example")


def json_ld(headline: str, body: str) -> str:
    return ('<script type="application/ld+json">' + json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
        "datePublished": "2026-03-14T08:00:00-05:00", "author": {"@type": "Person",
                                                                  "name": "Karen Holt"},
        "articleBody": body}) + "</script>")


# A: JSON-LD articleBody holding only the first paragraphs; the page shows the whole story.
shape("json-ld-body-cut-short", "A", regional(
    "Battery maker picks old mill site for $1.2 billion plant",
    ps(FACTORY), head=json_ld("Battery maker picks old mill site for $1.2 billion plant",
                              "\n".join(FACTORY[:2]))), host="www.dailysentinel.example")

# A: a story of short lines: one-sentence paragraphs, as wire briefs and tabloids write them.
_BRIEF = [
    "FORT MYERS, Fla. — A man was arrested Thursday after police said he drove a stolen "
    "forklift through the front window of a bank.",
    "Nobody was hurt.",
    "The bank was closed.",
    "Police said the man, 34, told officers he was \"making a withdrawal.\"",
    "He was charged with burglary and grand theft.",
    "The forklift was returned to a building supply store next door.",
]
shape("wire-brief-one-line-paragraphs", "A", arc(
    "Police: man drove stolen forklift into bank", ps(_BRIEF)
    + '<T><p class="c-paragraph"><i>Associated Press writer Mike Schneider in Orlando, Fla., '
    "contributed to this report.</i></p></T>"), host="www.courierjournal.example")

# A: key takeaways box at the top, the story, an author bio box after it.
shape("takeaways-top-bio-bottom", "A", wordpress(
    "Maternity ward to close in June",
    '<div class="key-takeaways"><T><h2>Key takeaways</h2></T><ul>'
    + "".join(f"<T><li>{x}</li></T>" for x in [
        "The county's only maternity ward closes at the end of June.",
        "Expectant mothers will face a drive of more than an hour.",
        "An emergency room will stay open around the clock."]) + "</ul></div>"
    + ps(CLINIC)
    + '<div class="author-box"><img src="/a/dw.jpg" alt=""><div class="author-box-text"><h4>'
    'About the author</h4><p>Dana Whitfield covers health care and rural communities for '
    "The Ledger. Before joining the paper in 2018 she reported for public radio in Iowa and "
    'Nebraska.</p><p><a href="/author/dw/">View all posts by Dana Whitfield</a></p></div></div>'),
    host="www.ledger.example")

# A: the story split by a newsletter box and by a "most read" box inside the body.
shape("newsletter-and-most-read-in-body", "A", regional(
    "Storms leave 90,000 without power",
    ps(STORM[:2])
    + '<div class="inline-newsletter"><h3>Breaking news alerts</h3><p>Get the latest news '
    "sent to your inbox as it happens.</p><form><input type=\"email\" placeholder=\"Email "
    'address"><button>Sign up</button></form></div>'
    + ps(STORM[2:4])
    + '<div class="inline-most-read"><h3>Most read</h3><ol>'
    + links([h for h, _ in TEASERS["en"][:4]], "/mr/") + "</ol></div>"
    + ps(STORM[4:])), host="www.dailysentinel.example")

# A: a pull quote that is a quote from the story, set as its own block with a credit.
shape("pull-quote-with-credit", "A", wordpress(
    "Battery plant coming to old mill site",
    ps(FACTORY[:3])
    + '<figure class="wp-block-pullquote"><blockquote><p>For 17 years people have driven past '
    "that fence and thought about what we lost.</p><cite>The mayor</cite></blockquote></figure>"
    + ps(FACTORY[3:])), host="www.ledger.example")

# A: a story whose last part is a list of "what's next" items, then a related-links list.
shape("list-ending-then-related-links", "A", drupal(
    "Cooling centres open as heat wave continues",
    ps(HEAT[:3]) + "<T><p>Where to find the cooling centres:</p></T><ul>"
    + "".join(f"<T><li>{x}</li></T>" for x in [
        "Central Library, 200 Main St.", "Eastside Community Hall, 14 Oak Ave.",
        "Riverside Library, 9 Water St.", "Northgate Recreation Centre, 51 Mill Rd."])
    + "</ul>" + ps(HEAT[3:])
    + '<p><strong>More coverage:</strong></p><ul class="more-coverage">'
    + links(["How to keep your home cool without air conditioning",
             "Heat wave: what the forecast says for next week",
             "Why cities are getting hotter than the countryside"], "/heat/") + "</ul>"),
    host="www.valleytimes.example")

# A: a story with an inline table of figures and a source line.
shape("table-and-source-line", "A", regional(
    "Rents rise fastest in a decade",
    ps(["Rents for new tenants rose 8.7 percent last year, the fastest rise in ten years, "
        "according to a survey of listings in the 20 largest cities.",
        "The rise was steepest in the cities where the fewest homes were built."])
    + '<table class="data-table"><T><tr><th>City</th><th>Rise</th></tr></T>'
    + "".join(f"<T><tr><td>{c}</td><td>{r}</td></tr></T>" for c, r in [
        ("Leipzig", "12.1%"), ("Berlin", "11.4%"), ("Munich", "6.2%"), ("Hamburg", "5.9%")])
    + "</table><T><p>Source: Institute for Housing Market Research</p></T>"
    + ps(["Tenant groups called for tighter limits on rent increases for new leases."])),
    host="www.dailysentinel.example")


# A: the story's container carries a class trafilatura takes for a sidebar's (a layout's BEM
# name), so it finds nothing; the JSON-LD articleBody, the next in line, holds only the first
# two paragraphs of the six the page shows.
shape("json-ld-cut-short-and-container-dropped", "A", regional(
    "Battery plant picks old mill site",
    '<div class="story-text sidebar-layout__main">' + ps(FACTORY) + "</div>",
    head=json_ld("Battery plant picks old mill site", "\n".join(FACTORY[:2]))).replace(
        'id="article-body" itemprop="articleBody" class="asset-content subscriber-premium"',
        'class="asset-body"'), host="www.dailysentinel.example")

# A: a donation appeal in a box of its own, after the story in the story's container: one
# sentence of prose and a button.
shape("donation-box-after-story", "A", wordpress(
    "Library drops late fees",
    ps(LIBRARY)
    + '<div class="donate-cta"><p>Independent local journalism depends on readers like you, '
    "and every gift, large or small, keeps our reporters covering the county.</p>"
    '<a class="button" href="/donate/">Donate today</a></div>'), host="www.ledger.example")

# A: an "Up next" box in the story's container: the next story's summary, as a sentence.
shape("up-next-summary-after-story", "A", arc(
    "Storms knock out power to 90,000",
    "".join(f'<T><p class="c-paragraph">{x}</p></T>' for x in STORM)
    + '<div class="up-next"><span class="up-next-label">Up next</span><p class="up-next-'
    'summary">The county fair will open a week late this year because of repairs to the '
    'grandstand, organisers said.</p><a href="/news/fair">Read the story</a></div>'),
    host="www.courierjournal.example")



# === batch B: written after the fixes made from batch A, and measured once ===================

RIVER = [
    "PORTLAND, Ore. — The Willamette River rose above flood stage on Sunday for the first time "
    "in nine years, closing a stretch of the waterfront path and flooding basements in two "
    "neighborhoods.",
    "The river crested at 19.8 feet shortly after noon, about two feet above flood stage.",
    "It is expected to fall below it by Tuesday.",
    "City crews stacked sandbags along the seawall overnight and closed four streets near "
    "the water.",
    "\"We've seen worse, but not for a long time,\" said Jim Olsen, who has run a boat rental "
    "business on the river since 1991.",
    "Forecasters said more rain in the mountains later this week could push the river up "
    "again.",
]

ZOO = [
    "ALBANY, N.Y. — The state's oldest zoo will close its elephant exhibit next year and send "
    "its two remaining elephants to a sanctuary in Tennessee, zoo officials said Wednesday.",
    "The elephants, Tara and Minnie, are 48 and 51.",
    "Keepers said the animals needed more room and the company of a larger herd than the zoo "
    "could give them.",
    "\"They have given this city fifty years of joy,\" said zoo director Helen Park. \"We owe "
    "them a better retirement.\"",
    "The exhibit will be turned into a wetland habitat for birds and turtles.",
]

MINE = [
    "CHARLESTON, W.Va. (AP) — Federal regulators on Tuesday fined a coal company $2.4 million "
    "over safety failures at a mine where two workers were killed in a roof collapse last "
    "spring.",
    "Inspectors found that the company had ignored its own roof-control plan for months.",
    "The company said it would appeal.",
    "\"These deaths were preventable,\" the head of the Mine Safety and Health Administration "
    "said in a statement.",
    "It is the largest fine the agency has issued in West Virginia in a decade.",
]

VOTE = [
    "Voters approved a $42 million bond on Tuesday to build a new middle school, ending a "
    "fight over crowded classrooms that has lasted more than five years.",
    "The measure passed with 58 percent of the vote.",
    "Two earlier bonds failed.",
    "The new school will replace the 1958 building on Elm Street, where students have taken "
    "classes in trailers since 2019.",
    "Construction could begin next spring.",
    "\"Third time's the charm,\" said the district's superintendent.",
]

RECALL = [
    "WASHINGTON--(BUSINESS WIRE)--Greenfield Foods is voluntarily recalling about 18,000 "
    "pounds of frozen chicken dinners because they may contain small pieces of plastic.",
    "The products were sold in 14 states under the Greenfield Kitchen and Harvest Table "
    "names and have a best-by date of September 2026.",
    "No injuries have been reported.",
    "Customers who bought the products should throw them away or return them to the store "
    "for a full refund.",
]

HAFEN = [
    "Hamburg (dpa/lno) - Der Hamburger Hafen hat im vergangenen Jahr weniger Container "
    "umgeschlagen als im Jahr davor.",
    "Insgesamt wurden 7,7 Millionen Standardcontainer bewegt, ein Minus von 2,1 Prozent.",
    "Grund seien vor allem die schwächere Konjunktur und Umwege der Reedereien, teilte die "
    "Hafenmarketing-Gesellschaft mit.",
    "Für dieses Jahr rechnet der Hafen wieder mit einem leichten Wachstum.",
    "\"Wir sind vorsichtig optimistisch\", sagte Vorstand Axel Mattern.",
]

ECOLE = [
    "La cantine de l'école Jean-Moulin servira des repas entièrement bio à partir de la "
    "rentrée de septembre, a annoncé la mairie jeudi.",
    "Les produits viendront en priorité de fermes situées à moins de cinquante kilomètres.",
    "Le prix du repas restera inchangé pour les familles.",
    "« C'est un choix politique que nous assumons », a déclaré la maire, Sophie Bernard.",
    "Le surcoût, estimé à 120 000 euros par an, sera pris en charge par la commune.",
]

INCENDIO = [
    "Un incendio forestal declarado el martes en la sierra ha quemado ya más de 2.000 "
    "hectáreas y ha obligado a desalojar tres pueblos.",
    "Más de 300 efectivos y doce medios aéreos trabajan en la extinción.",
    "El fuego avanza hacia el norte empujado por el viento.",
    "\"No hemos dormido en toda la noche\", contó un vecino de uno de los pueblos desalojados.",
    "La Guardia Civil investiga si el incendio fue provocado.",
]

MUSEO = [
    "Il museo archeologico della città riaprirà a giugno dopo tre anni di restauri costati "
    "18 milioni di euro.",
    "Le nuove sale ospiteranno per la prima volta i reperti trovati negli scavi del porto "
    "romano.",
    "Il biglietto costerà 12 euro, ma l'ingresso sarà gratuito la prima domenica del mese.",
    "«Vogliamo che i cittadini tornino a sentire questo museo come loro», ha detto la "
    "direttrice, Paola Conti.",
]

BELASTING = [
    "Het kabinet wil de belasting op tabak volgend jaar opnieuw verhogen.",
    "Een pakje sigaretten gaat daardoor ongeveer een euro meer kosten.",
    "Het doel is dat minder jongeren gaan roken.",
    "Winkeliers in grensgebieden vrezen dat klanten hun sigaretten in België en Duitsland "
    "gaan kopen.",
]

SKOLA = [
    "Kommunen stänger två av sina minsta skolor i höst.",
    "Eleverna flyttas till den nya skolan i centralorten, som står klar i augusti.",
    "Många föräldrar är kritiska.",
    "– Våra barn får en timmes bussresa varje dag, säger Maria Holm som har två barn i "
    "byskolan.",
    "Kommunen räknar med att spara sex miljoner kronor om året.",
]

TRAMWAJ = [
    "Nowa linia tramwajowa na Górkę Narodową zostanie otwarta w czerwcu.",
    "Tramwaje będą kursować co siedem minut.",
    "– Czekaliśmy na to od lat – mówi pani Halina, mieszkanka osiedla.",
    "Budowa kosztowała 520 milionów złotych i trwała trzy lata.",
    "Miasto zapowiada kolejne linie.",
]

MOST = [
    "Движение по Крымскому мосту в Москве будет частично ограничено с понедельника на время "
    "ремонта.",
    "Работы продлятся до конца мая.",
    "Водителям советуют заранее планировать маршрут.",
    "«Мост не ремонтировали капитально больше двадцати лет», — пояснили в департаменте.",
]

SAKURA = [
    "気象庁は20日、東京都心で桜が開花したと発表した。",
    "平年より4日早く、昨年より3日早い。",
    "靖国神社の標本木で、5輪以上の花が咲いているのを職員が確認した。",
    "満開は1週間ほど後になる見通しだという。",
]

TAAQA = [
    "أعلنت شركة الكهرباء الوطنية عن خطة لتركيب ألواح شمسية على أسطح عشرة آلاف منزل خلال "
    "العام المقبل.",
    "وقال مدير الشركة إن المشروع سيخفض فواتير الكهرباء للأسر المشاركة بنحو الثلث.",
    "وستتحمل الحكومة نصف تكلفة التركيب.",
    "ومن المتوقع أن تبدأ الأعمال في الربيع.",
]


# B: WordPress; "Ore." dateline, one-line paragraphs, YARPP related posts inside entry-content
# with their excerpts.
shape("wp-ore-dateline-yarpp", "B", wordpress(
    "Willamette rises above flood stage",
    ps(RIVER) + '<div class="yarpp yarpp-related yarpp-template-list"><h3>Related posts:</h3>'
    "<ol>" + "".join(f'<li><a href="/r{i}/" rel="bookmark">{h}</a> <small>{b}</small></li>'
                     for i, (h, b) in enumerate(TEASERS["en"][:4])) + "</ol></div>"),
    host="www.rivertimes.example")

# B: Arc; "N.Y." dateline, an interstitial link box, a quote as its own paragraph.
shape("arc-ny-dateline-interstitial", "B", arc(
    "Zoo to send its elephants to a sanctuary",
    "".join(f'<T><p class="c-paragraph">{x}</p></T>' for x in ZOO[:2])
    + '<div class="interstitial-link"><span class="label">Read also</span> <a href="/n/5">'
    "Zoo attendance hits record as new penguin habitat opens</a></div>"
    + "".join(f'<T><p class="c-paragraph">{x}</p></T>' for x in ZOO[2:])),
    host="www.albanypress.example")

# B: "W.Va. (AP)" dateline, the story's paragraphs in divs, an AP footer line and a
# "Recommended" box of summaries after it.
shape("ap-wva-divs-recommended", "B", document(
    "Coal company fined $2.4 million over deadly collapse", (
        f'<div id="__next"><header class="Header"><a href="/">Mountain Herald</a><nav><ul>'
        f'{links(NAV)}</ul></nav></header><main><div class="Article"><h1 class="Article-'
        'headline">Coal company fined $2.4 million over deadly collapse</h1><div class="Article-'
        'byline">By The Associated Press</div><div class="Article-content">'
        + "".join(f'<T><div class="Article-paragraph">{x}</div></T>' for x in MINE)
        + '<div class="Article-paragraph"><em>Copyright 2026 The Associated Press. All rights '
        'reserved.</em></div><div class="Recommended"><h2>Recommended for you</h2>'
        + "".join(f'<div class="Recommended-item"><a href="/rec/{i}">{h}</a><div class='
                  f'"Recommended-summary">{b}</div></div>'
                  for i, (h, b) in enumerate(TEASERS["en"][:3]))
        + "</div></div></div></main>" + footer_links() + "</div>"), site="Mountain Herald"),
    host="www.mountainherald.example")

# B: one-line paragraphs and a quote, a "Read the full results" call box after the story.
shape("election-short-lines-results-box", "B", regional(
    "Voters approve middle school bond on third try",
    ps(VOTE)
    + '<div class="results-promo"><p>Full results for every race in the county, updated as '
    'the votes are counted, are on our election page.</p><a class="btn" href="/elections/">'
    "See all results</a></div>"), host="www.dailysentinel.example")

# B: Ghost members-only post: the public part, then the upgrade box.
shape("ghost-members-cta", "B", ghost(
    "Inside the fight over the new middle school",
    ps(VOTE[:3])
    + '<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content"><h2>This '
    'post is for paying subscribers only</h2><p>Become a paying member to read the rest of '
    'this story and support independent reporting.</p><a class="gh-btn" href="#/portal/'
    'signup">Subscribe now</a><p>Already have an account? <a href="#/portal/signin">Sign in'
    "</a></p></div></aside>", excerpt="Why the third vote went differently."),
    host="harbourletter.example")

# B: Substack; an image with caption mid-post, a share button, a pull quote of its own.
shape("substack-image-share-pullquote", "B", substack(
    "The river came up again", "Notes from a week of sandbags",
    ps(RIVER[:2])
    + '<div class="captioned-image-container"><figure><img src="/s/river.jpg" alt=""><figcaption '
    'class="image-caption">The waterfront path on Sunday afternoon.</figcaption></figure></div>'
    + ps(RIVER[2:4])
    + '<p class="button-wrapper"><a class="button primary" href="/share">Share</a></p>'
    + "<T><div class=\"pullquote\"><p>Every flood here starts with somebody saying it won't be "
    "that bad.</p></div></T>" + ps(RIVER[4:]), likes="87", comments="9"))

# B: Blogger written in the compose editor: a div per paragraph, share links after.
shape("blogger-div-per-paragraph", "B", blogger(
    "Third time's the charm for the school bond",
    "".join(f'<T><div style="text-align: left;">{x}</div></T>' for x in VOTE)
    + '<div class="post-share-buttons"><a class="share-button sb-email" href="#">Email This'
    '</a><a class="share-button sb-blog" href="#">BlogThis!</a><a class="share-button '
    'sb-twitter" href="#">Share to X</a><a class="share-button sb-facebook" href="#">Share to '
    "Facebook</a></div>"), host="lakeshorenotes.example")

# B: Drupal paragraphs: a teaser paragraph-type between the story's text paragraphs.
shape("drupal-inline-teaser-paragraph-type", "B", drupal(
    "Zoo's elephants headed to Tennessee",
    "".join(f'<div class="paragraph paragraph--type--text">{ps([x])}</div>' for x in ZOO[:3])
    + '<div class="paragraph paragraph--type--related-story"><div class="related-story__label">'
    'Related</div><h3><a href="/node/55">A day in the life of a zookeeper</a></h3><p>Keepers '
    "start at six in the morning and rarely finish before dark.</p><a class=\"more-link\" "
    'href="/node/55">Read more</a></div>'
    + "".join(f'<div class="paragraph paragraph--type--text">{ps([x])}</div>' for x in ZOO[3:])),
    host="www.valleytimes.example")

# B: a wire press release with a dateline of its own kind, highlights, and its contacts box.
shape("press-release-business-wire", "B", document(
    "Greenfield Foods recalls frozen chicken dinners", (
        '<header><a href="/">BizWire</a><nav><ul>' + links(["Newsroom", "Services", "Contact"])
        + '</ul></nav></header><main><div class="bw-release"><h1>Greenfield Foods recalls '
        'frozen chicken dinners</h1><div class="bw-release-timestamp"><time>March 14, 2026 '
        '08:30 AM Eastern Daylight Time</time></div><div class="bw-release-story">'
        + ps(RECALL[:2]) + "<T><p>Products affected:</p></T><ul>"
        + "".join(f"<T><li>{x}</li></T>" for x in [
            "Greenfield Kitchen Chicken Alfredo, 10 oz.",
            "Greenfield Kitchen Lemon Chicken, 9 oz.",
            "Harvest Table Roast Chicken Dinner, 11 oz."]) + "</ul>"
        + ps(RECALL[2:])
        + '</div><div class="bw-release-contact"><h2>Contacts</h2><p>Media: Jane Doe, '
        "press@greenfield.example, 555-0199</p></div></div><aside><h2>More news from "
        f"Greenfield Foods</h2>{teaser_cards('en', 'bw-card', '/news/gf/')}</aside></main>"
        + footer_links()), site="BizWire"), host="www.bizwire.example")

# B: a live blog with a count of updates, a pinned post and how long ago each post was made.
_LIVE_B = [
    ("Pinned", "Where the river stands", RIVER[1]),
    ("5 hours ago", "Streets closed", RIVER[3]),
    ("7 hours ago", "Basements flooded in two neighborhoods",
     "Residents of Sellwood and St. Johns reported water in their basements overnight."),
]
shape("liveblog-pinned-counts", "B", regional(
    "Live: Willamette above flood stage",
    '<p class="live-count">23 updates</p>' + ps(RIVER[:1])
    + "".join(f'<div class="live-entry"><span class="live-when">{w}</span><T><h3>{h}</h3></T>'
              f"<T><p>{p}</p></T></div>" for w, h, p in _LIVE_B)
    + '<button class="show-more">Show more updates</button>'), host="www.dailysentinel.example")

# B: German; "Hamburg (dpa/lno) -", an ad between paragraphs and a "Zum Thema" list.
shape("german-dpa-lno-zum-thema", "B", in_lang(
    "de", "Hamburger Hafen schlägt weniger Container um",
    ps(HAFEN[:2]) + '<div class="ad-wrapper"><span>Weiterlesen nach der Anzeige</span></div>'
    + ps(HAFEN[2:]) + '<div class="zum-thema"><h3>Zum Thema</h3><ul>'
    + links(["Elbvertiefung: Was sie dem Hafen gebracht hat",
             "Reedereien meiden das Rote Meer"], "/t/") + "</ul></div>"),
    host="www.rundschau.example")

# B: French; "À lire aussi" with its blurbs inside the article body, after the story.
shape("french-a-lire-aussi-blurbs", "B", in_lang(
    "fr", "La cantine passe au bio à la rentrée",
    ps(ECOLE) + '<div class="a-lire-aussi"><p class="titre">À lire aussi</p>'
    + "".join(f'<div class="item"><a href="/a/{i}">{h}</a><p>{b}</p></div>'
              for i, (h, b) in enumerate(TEASERS["fr"][:2])) + "</div>"),
    host="www.depeche-sud.example")

# B: Spanish; "Te puede interesar" box with a summary and a "Leer más" link, mid-story.
shape("spanish-te-puede-interesar", "B", in_lang(
    "es", "El incendio de la sierra obliga a desalojar tres pueblos",
    ps(INCENDIO[:3])
    + '<div class="te-puede-interesar"><span>Te puede interesar</span><p>Los incendios de '
    'este verano ya han quemado más superficie que todo el año pasado.</p><a href="/a/88">'
    "Leer más</a></div>" + ps(INCENDIO[3:])), host="www.diariolevante.example")

# B: Italian; a "Il punto" key points box at the top and subheads.
shape("italian-il-punto-subheads", "B", in_lang(
    "it", "Il museo archeologico riapre a giugno",
    '<div class="il-punto"><T><h3>Il punto</h3></T><ul>'
    + "".join(f"<T><li>{x}</li></T>" for x in [
        "Riapertura a giugno dopo tre anni di lavori",
        "Per la prima volta in mostra i reperti del porto romano"]) + "</ul></div>"
    + ps(MUSEO[:2]) + "<T><h2>Biglietti e orari</h2></T>" + ps(MUSEO[2:])),
    host="www.corrierelazio.example")

# B: Dutch; the story is mostly a list of what changes, then "Lees ook" links.
shape("dutch-list-story-lees-ook", "B", in_lang(
    "nl", "Sigaretten weer duurder",
    ps(BELASTING[:1]) + "<T><p>Wat verandert er?</p></T><ul>"
    + "".join(f"<T><li>{x}</li></T>" for x in BELASTING[1:3]) + "</ul>" + ps(BELASTING[3:])
    + '<div class="lees-ook"><h3>Lees ook</h3><ul>'
    + links(["Aantal rokers daalt voor het eerst onder de 18 procent",
             "Grenswinkels zien klanten terugkomen"], "/a/") + "</ul></div>"),
    host="www.dagbladoosten.example")

# B: Swedish; the public part of a locked story, then the paywall's offer.
shape("swedish-paywall-offer", "B", in_lang(
    "sv", "Två byskolor stängs i höst",
    ps(SKOLA[:3]) + '<div class="paywall"><h3>Läs vidare – bli prenumerant</h3><p>Få tillgång '
    "till alla artiklar för 1 krona den första månaden. Ingen bindningstid.</p><a href="
    '"/prenumerera">Prenumerera nu</a><a href="/logga-in">Logga in</a></div>'),
    host="www.skargardsposten.example")

# B: Polish; short paragraphs, a dash quote, a gallery link box mid-story.
shape("polish-galeria-box", "B", in_lang(
    "pl", "Tramwaj na Górkę Narodową od czerwca",
    ps(TRAMWAJ[:2]) + '<div class="gallery-teaser"><a href="/galeria/1"><img src="/g.jpg" '
    'alt="">Zobacz zdjęcia z budowy (24 zdjęcia)</a></div>' + ps(TRAMWAJ[2:])),
    host="www.gazetakrakowska.example")

# B: Russian; a channel sign-up box after the story.
shape("russian-telegram-cta", "B", in_lang(
    "ru", "Крымский мост частично закроют на ремонт",
    ps(MOST) + '<div class="subscribe-box"><p>Подписывайтесь на наш канал, чтобы первыми '
    'узнавать главные новости города.</p><a href="https://t.me/example">Подписаться</a></div>'),
    host="www.mosvestnik.example")

# B: Japanese; the free part, then the members' box.
shape("japanese-members-box", "B", in_lang(
    "ja", "東京都心で桜が開花　平年より4日早く",
    ps(SAKURA[:2]) + '<div class="paywall-box"><p>この記事は有料会員限定です。続きは会員登録して'
    'お読みいただけます。</p><a href="/register">会員登録</a><a href="/login">ログイン</a></div>'),
    host="www.tohoku-nippo.example")

# B: Arabic; "اقرأ أيضاً" items with their summaries after the story, inside its body.
shape("arabic-related-summaries", "B", in_lang(
    "ar", "خطة لتركيب ألواح شمسية على عشرة آلاف منزل",
    ps(TAAQA) + '<div class="read-also"><h4>اقرأ أيضاً</h4>'
    + "".join(f'<div class="item"><a href="/a/{i}">{h}</a><p>{b}</p></div>'
              for i, (h, b) in enumerate(TEASERS["ar"][:2])) + "</div>"),
    host="www.alsahil.example")

# B: the story's container dropped by trafilatura for its class; JSON-LD holds the first half.
shape("json-ld-half-container-share-class", "B", wordpress(
    "River crest passes without major damage",
    '<div class="article-text share-tools-enabled">' + ps(RIVER) + "</div>").replace(
        '<div class="entry-content">', '<div class="post-body">').replace(
        "</head>", json_ld("River crest passes without major damage",
                           "\n".join(RIVER[:3])) + "</head>"), host="www.rivertimes.example")

# B: JSON-LD lacks the last paragraphs; a newsletter line and a teaser stand among the page's.
shape("json-ld-short-newsletter-line", "B", regional(
    "Zoo's elephants to retire",
    '<div class="story-text related-sidebar-wrap">' + ps(ZOO[:3])
    + '<p><em>Sign up for our <a href="/newsletters">morning newsletter</a> to get the day\'s '
    "top stories.</em></p>" + ps(ZOO[3:])
    + '<p><a href="/n/9">Zoo attendance hits record as new penguin habitat opens</a></p>'
    + "</div>", head=json_ld("Zoo's elephants to retire", "\n".join(ZOO[:2]))).replace(
        'id="article-body" itemprop="articleBody" class="asset-content subscriber-premium"',
        'class="asset-body"'), host="www.dailysentinel.example")


# --- scoring ---------------------------------------------------------------------------------

BOOK = Scorebook(SHAPES)

if __name__ == "__main__":  # .venv/bin/python tests/test_extract_shapes2.py [A|B]: the table
    BOOK.print_table(sys.argv[1:])


# --- tests -----------------------------------------------------------------------------------

FLOOR = 0.90  # F1 each page must reach, but the known misses below
#: pages read below the floor, each with why; strict: a page that comes up to it must leave
KNOWN_MISSES = {
    "gallery-slides-with-counter":
        "each slide's photo credit ends recall mode's continuation after the first caption, "
        "and precision keeps only the intro (trafilatura's precision reads less still)",
    "ap-wva-divs-recommended":
        "a 'Recommended' box's cards (headline run into summary) and the AP copyright line, "
        "both kept by trafilatura's precision mode itself: no rule drops what precision keeps",
    "spanish-te-puede-interesar":
        "a teaser box's summary sentence between paragraphs, kept by precision mode itself",
    "json-ld-short-newsletter-line":
        "both trafilatura modes stop at a newsletter line inside the story, and the JSON-LD "
        "articleBody (holding less) is not read: the last paragraphs are on no reading",
}
#: pages ours reads worse than trafilatura favor_precision, each with why
KNOWN_LOSSES: dict[str, str] = {}
#: each batch as measured when its fixes were made (README, "Extraction quality"): F1 of means
#: ours, trafilatura favor_precision, and how many pages ours reads better
MEASURED = {"A": {"ours": 0.9810, "precision": 0.9243, "better": 16},
            "B": {"ours": 0.9759, "precision": 0.9699, "better": 5}}


def test_fifty_pages_and_more_in_two_batches_each_with_its_truth():
    batches = [item.batch for item in SHAPES.values()]
    assert len(SHAPES) >= 50 and batches.count("A") >= 30 and batches.count("B") >= 20
    assert all(item.truth and "<T>" not in item.html for item in SHAPES.values())


@pytest.mark.parametrize("name", BOOK.floor_params(KNOWN_MISSES))
def test_each_page_is_read_at_the_floor_at_least(name):
    assert page_f1(SHAPES[name]) >= FLOOR


@pytest.mark.parametrize("batch", sorted(MEASURED))
def test_each_batchs_figures_hold(batch):
    """No page worse than trafilatura's precise setting but the known ones; the batch's mean
    no lower than measured (a rounding's slack), and ahead of trafilatura's."""
    BOOK.check(batch, MEASURED[batch], KNOWN_LOSSES)


def test_a_call_to_act_in_a_box_after_the_story_is_not_read_as_more_of_it():
    """Recall mode read on past the story into a box holding a sentence and a button or
    link of its own: a paywall's offer, a donation appeal, a channel's sign-up; the story's
    own tail in a box (a paywalled part, read whole) still comes in."""
    for name, call in (("portuguese-leia-tambem-list", "Assine o Jornal"),
                       ("donation-box-after-story", "every gift"),
                       ("election-short-lines-results-box", "Full results"),
                       ("russian-telegram-cta", "Подписывайтесь")):
        item = SHAPES[name]
        lines = ours_text(item).splitlines()
        assert set(item.truth.splitlines()) <= set(lines), name
        assert not any(call in line for line in lines), name
    from newsdiff.body import fuller_blocks
    from newsdiff.markup import Block
    from newsdiff.page import Page

    # Precision stopped at the paid part's box; recall mode read it, and its share button.
    html = MARK.sub("", wordpress("Library drops late fees", ps(LIBRARY[:3])
                                   + '<div class="paid-part">' + ps(LIBRARY[3:])
                                   + '<a class="button" href="/share">Share this story</a>'
                                   "</div>"))
    page = Page(html, "https://www.ledger.example/2026/03/14/tail/")
    page.__dict__["recall_blocks"] = [Block(text) for text in LIBRARY]
    found, mode = fuller_blocks(page, [Block(text) for text in LIBRARY[:3]], "continue")
    assert [block.text for block in found] == LIBRARY and mode == "precision, continued"
    # The same box holding one short paragraph and the button is a call, not a tail.
    offer = html.replace(ps(LIBRARY[3:]).replace("<T>", "").replace("</T>", ""),
                         "<p>Subscribers can read the rest of this story for $1.</p>")
    page = Page(offer, "https://www.ledger.example/2026/03/14/tail/")
    page.__dict__["recall_blocks"] = [Block(text) for text in LIBRARY[:3]] + [
        Block("Subscribers can read the rest of this story for $1.")]
    found, _ = fuller_blocks(page, [Block(text) for text in LIBRARY[:3]], "continue")
    assert [block.text for block in found] == LIBRARY[:3]


def test_a_json_ld_body_that_lacks_what_the_page_shows_is_read_as_the_page_shows_it():
    """trafilatura found nothing (the story's container has a class it takes for a sidebar's)
    and the articleBody, next in line, held two paragraphs of six: the page's paragraphs
    that hold them are read instead, with those beside them that read as more of the story,
    never a teaser's link.  (A sentence leading to a newsletter, its link inside it, reads
    as story here as it does to trafilatura.)"""
    item = SHAPES["json-ld-cut-short-and-container-dropped"]
    result = extract(item.html, item.url, "ledger")
    assert result.extracted_by == "json-ld articleBody, as the page shows it"
    assert bench()._plain(result.article.body) == FACTORY
    extra = Shape("extra", item.marked.replace(
        f"<T><p>{FACTORY[3]}</p></T>", f"<T><p>{FACTORY[3]}</p></T><h3><a href=\"/n/8\">More "
        'local news</a></h3><p><a href="/n/9">Council approves new budget after all-night '
        'session</a></p><ul><li><a href="/n/10">Farmers market moves indoors for the winter'
        "</a></li></ul>"), item.url, "-")
    assert bench()._plain(extract(extra.html, extra.url, "ledger").article.body) == FACTORY
    # An articleBody that holds the whole story is read as before.
    whole = item.html.replace(json.dumps("\n".join(FACTORY[:2]))[1:-1],
                              json.dumps("\n".join(FACTORY))[1:-1])
    assert extract(whole, item.url, "ledger").extracted_by == "json-ld articleBody"


# --- through the pipeline: what changes between fetches must not make a version --------------

def _volatile(name: str, fetch: int) -> str:
    """The page as the ``fetch``-th fetch finds it: its counts, how long ago each post was
    made and its comments moved on, its story the same."""
    html = SHAPES[name].html
    later = {
        "liveblog-relative-times": [("2 min ago", f"{2 + 5 * fetch} min ago"),
                                    ("18 min ago", f"{18 + 5 * fetch} min ago"),
                                    ("1 hr ago", f"{1 + fetch} hr ago")],
        "liveblog-pinned-counts": [("23 updates", f"{23 + fetch} updates"),
                                   ("5 hours ago", f"{5 + fetch} hours ago"),
                                   ("7 hours ago", f"{7 + fetch} hours ago")],
        "substack-widget-footnotes": [(">212<", f">{212 + 9 * fetch}<"),
                                      (">38<", f">{38 + fetch}<")],
        "medium-claps-and-responses": [(">1.2K<", f">1.{2 + fetch}K<"),
                                       (">18<", f">{18 + 3 * fetch}<")],
        "blogger-br-paragraphs-comments": [(">2 comments<", f">{2 + fetch} comments<"),
                                           ("2 comments:", f"{2 + fetch} comments:")],
        "wp-dateline-jetpack-related": [("2 thoughts on", f"{2 + fetch} thoughts on")],
        "gallery-slides-with-counter": [],
    }[name]
    for old, new in later:
        assert old in html, (name, old)
        html = html.replace(old, new)
    return html


_ROTATING = ["liveblog-relative-times", "liveblog-pinned-counts", "substack-widget-footnotes",
             "medium-claps-and-responses", "blogger-br-paragraphs-comments",
             "wp-dateline-jetpack-related"]


def _serve_rounds(server, repo, pages: dict[str, list[str]]) -> list[int]:
    """Versions each round makes, each path served its pages in turn, one a round."""
    from datetime import UTC, datetime, timedelta

    from conftest import Page, rss

    from newsdiff.config import Config, Settings, Source
    from newsdiff.run import run_round

    server.pages["/rss"] = Page(rss([f"{server.url}/news/{path}.html" for path in pages]),
                                content_type="application/rss+xml")
    config = Config(sources=(Source(name="ledger", feeds=(server.url + "/rss",),
                                    allow_private=True),),
                    settings=Settings(timeout=5, min_delay=0, retries=0))
    start = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)
    counts = []
    for round_ in range(len(next(iter(pages.values())))):
        for path, htmls in pages.items():
            server.pages[f"/news/{path}.html"] = Page(htmls[round_])
        report = run_round(config, repo / "archive",
                           clock=lambda at=start + timedelta(minutes=40 * round_): at)
        counts.append(report.versions)
    return counts


def test_counts_and_times_that_move_between_fetches_make_no_version(server, repo):
    """Each page fetched three times, its like and comment counts, its live posts' "18 min
    ago" and its update count moved on each time: one version each, made by the first fetch;
    a real edit of one of them is one more."""
    pages = {name: [_volatile(name, fetch) for fetch in range(3)] for name in _ROTATING}
    edited = dict(pages)
    edited["medium-claps-and-responses"] = [
        *pages["medium-claps-and-responses"],
        _volatile("medium-claps-and-responses", 3).replace("twice the usual number",
                                                           "three times the usual number")]
    edited = {name: [*htmls, htmls[-1]] if len(htmls) == 3 else htmls
              for name, htmls in edited.items()}
    assert _serve_rounds(server, repo, edited) == [len(_ROTATING), 0, 0, 1]


@pytest.mark.xfail(strict=True, reason=KNOWN_MISSES["ap-wva-divs-recommended"] + "; its cards "
                   "change as the site publishes, and each change is a version of the story")
def test_a_recommended_box_that_rotates_makes_no_version(server, repo):
    html = SHAPES["ap-wva-divs-recommended"].html
    first, later = TEASERS["en"][0], TEASERS["en"][4]
    assert first[0] in html and later[0] not in html
    rotated = html.replace(first[0], later[0]).replace(first[1], later[1])
    assert _serve_rounds(server, repo, {"mine": [html, rotated]}) == [1, 0]
