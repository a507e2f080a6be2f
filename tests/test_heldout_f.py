"""Batch F: 32 whole news pages nobody tuned for, held out for issue 16.

Written without reading ``src/newsdiff`` and without reading the pages of any earlier batch,
then measured once, before anything was fixed: the figures in ``MEASURED_BEFORE`` below are
that one measurement and are the evidence for issue 16's held-out targets (body F1 above
trafilatura's best setting by 0.005; title 0.90, byline 0.80, date 0.95).

The pages are in the mix of trafilatura's news evaluation set: half English, a quarter German,
then Spanish, French, Italian, Dutch, Swedish, Polish, Portuguese and Japanese; national and
regional papers, broadcasters, tabloids, magazines, a wire service, trade and business press,
each on the markup of its usual stack (Arc XP, WordPress VIP, Brightspot, Drupal, Escenic,
Methode, Atex, Naviga, NewsCorp's and Reach's, Funke's and Axel Springer's, Tamedia's,
Sanoma's and Bonnier's, the New York Times', the Guardian's and the BBC's own, AMP), with the
head each emits: metadata present, missing or wrong (a stale og:title, JSON-LD in UTC, only a
modified date shown, an organisation as author, several authors), and the chrome around the
story (kickers, standfirsts, bylines with roles and places, datelines in the newsroom's own
words, relative times, live entries, corrections, share bars, related and most-read lists,
"Lesen Sie auch" links, captions with credits, paywall teasers with the full text present,
comments, footers, consent banners, scripts).

The truth was written with each page, before any extractor read it, as a careful reader takes
it: the story is marked ``<T>…</T>`` in the page's source (a standfirst, subheads, an editor's
note, a correction and a contributor line are story; the headline, byline, dateline line,
captions, credits, pull quotes repeating the text, links to other stories, paywall and
newsletter boxes, author bios and comments are not); the headline as the page shows it (no
kicker in an element of its own); the people credited as a set of names (no label, role or
place; an agency or the paper beside them may be named or not, ``also``); the day the story
was first published in the newsroom's zone (YYYY-MM-DD, '' where the page states none).
Scored with tests/test_extract_shapes.py's measure (bench/extract.py's 4-word shingles) and
tests/test_metadata_shapes3.py's ``right``.

MEASURED_BEFORE, the one measurement, on main 663d28bcd295885f1dc5fb5993b0845ad40f2fe5 with
trafilatura 2.3.1, before anything was read of newsdiff's code or fixed (per page: the
``MEASURED_BEFORE`` dict below; ``.venv/bin/python tests/test_heldout_f.py`` prints the table):

    pooled body F1 (F1 of mean P and R over 32 pages, ± bootstrap std, 200 rounds):
        newsdiff 0.9580 ± 0.0059; trafilatura favor_precision 0.9447 ± 0.0061;
        trafilatura default 0.9374 ± 0.0064; readability-lxml 0.8919 ± 0.0117
    newsdiff ahead of trafilatura's best setting by 0.0133; body misses (ours below
    trafilatura's best by more than 0.02): 1 (nyt-like-three-authors 0.938 against 0.962)
    title / byline / date right:   newsdiff     0.969 (31/32)  0.875 (28/32)  0.938 (30/32)
                                   trafilatura  0.719 (23/32)  0.812 (26/32)  0.906 (29/32)

The misses were explained afterwards by reading src/newsdiff, one line each (``KNOWN_MISSES``,
held as strict xfails; nothing in src/newsdiff or in a page or truth here was changed).  Shapes
seen on many sites: a reporter's bio line under the story read as its continuation; a
standfirst between the ``<h1>`` and the dateline ending the search for the shown day, so a
UTC day of the metadata stands (two pages); a publication named as JSON-LD's Organization
author taken for the credit; a desk or studio after the name ("Name, ARD-Hauptstadtstudio")
kept as a second name; a photographer after a "Foto" label taken for a co-writer (Nordic
"Text … Foto …" boxes).  Nearer one stack's: a headline set in an ``<h2>`` (no ``<h1>``)
beside an SEO rewrite in og:title; a name in an unlinked box marked only by a
``data-component``.

After g28's fixes (dates: a standfirst between the <h1> and the dateline passed over; body: a
reporter's bio under the story; bylines: a 'Foto' label before a linked name, a studio after
the name), the same measure: pooled body F1 ours 0.9588 ± 0.0058 (trafilatura's best 0.9447;
+0.0141), no body miss; title / byline / date right: ours 0.969 / 0.938 / 1.000.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass

import pytest
from shapes import bench as _bench
from shapes import f1 as _f1
from shapes import ours_text, trafilatura_text
from test_metadata_shapes3 import found, right

# --- pages and their truth --------------------------------------------------------------------

_MARK = re.compile(r"</?T>")
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Page:
    """A whole page with its story marked, and what a reader takes off it."""

    name: str
    marked: str
    url: str
    headline: str
    byline: tuple[str, ...]
    date: str
    also: tuple[str, ...] = ()  #: an agency or the paper a byline may name beside the people

    @property
    def html(self) -> str:
        return _MARK.sub("", self.marked)

    @property
    def truth(self) -> str:
        parts = re.findall(r"<T>(.*?)</T>", self.marked, re.DOTALL)
        return "\n".join(html_lib.unescape(clean) for part in parts
                         if (clean := re.sub(r"\s+", " ", _TAG.sub(" ", part)).strip()))


def ps(texts: list[str], attrs: str = "", tag: str = "p") -> str:
    """Story paragraphs, each marked as story."""
    space = " " if attrs else ""
    return "".join(f"<T><{tag}{space}{attrs}>{text}</{tag}></T>" for text in texts)


def meta(key: str, content: str) -> str:
    attr = "property" if key.startswith(("og:", "article:", "fb:")) else "name"
    return f'<meta {attr}="{key}" content="{html_lib.escape(content)}">'


def jsonld(obj: dict) -> str:
    return ('<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False)
            + "</script>")


def head(title: str, *parts: str) -> str:
    return ('<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"><title>{title}</title>' + "".join(parts)
            + '<link rel="stylesheet" href="/assets/main.css">'
            '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>'
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push("
            "arguments)}gtag('js',new Date());</script></head>")


def nav(items: list[str], cls: str = "site-nav") -> str:
    links = "".join(f'<li><a href="/{re.sub(r"[^a-z]+", "-", item.lower())}/">{item}</a></li>'
                    for item in items)
    return f'<nav class="{cls}" aria-label="Sections"><ul>{links}</ul></nav>'


def link_list(title: str, items: list[str], cls: str, tag: str = "h2") -> str:
    links = "".join(f'<li><a href="/story/{i}">{item}</a></li>' for i, item in enumerate(items))
    return f'<section class="{cls}"><{tag}>{title}</{tag}><ul>{links}</ul></section>'


def cards(items: list[tuple[str, str]], cls: str = "card") -> str:
    return "".join(f'<article class="{cls}"><a href="/story/c{i}"><img src="/i/{i}.jpg" alt="">'
                   f'<h3>{title}</h3></a><p>{teaser}</p></article>'
                   for i, (title, teaser) in enumerate(items))


def figure(caption: str, credit: str, cls: str = "") -> str:
    return (f'<figure class="{cls}"><img src="/images/photo.jpg" alt="{caption[:40]}" '
            f'loading="lazy"><figcaption>{caption} <span class="credit">{credit}</span>'
            "</figcaption></figure>")


def share(words: list[str]) -> str:
    links = "".join(f'<li><a class="share-{w.lower()}" href="#">{w}</a></li>' for w in words)
    return f'<div class="share-bar"><ul>{links}</ul></div>'


COOKIE = {
    "en": '<div id="onetrust-banner-sdk" role="dialog"><div id="onetrust-policy"><p '
          'id="onetrust-policy-text">We and our partners store and access information on your '
          "device, such as cookies, to personalise content and ads, measure how they perform and "
          'improve our services. You can change your choices at any time.</p></div><button '
          'id="onetrust-accept-btn-handler">Accept all</button><button>Manage preferences'
          "</button></div>",
    "de": '<div id="sp_message_container_1042" class="sp-message"><p>Wir verwenden Cookies und '
          "ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren, Funktionen für "
          "soziale Medien anbieten zu können und die Zugriffe auf unsere Website zu analysieren. "
          "Mit dem Klick auf „Zustimmen“ willigen Sie ein.</p><button>Zustimmen</button><button>"
          "Einstellungen</button></div>",
    "es": '<div id="didomi-host"><div class="didomi-popup"><p>Utilizamos cookies propias y de '
          "terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus "
          "preferencias mediante el análisis de sus hábitos de navegación.</p><button>Aceptar y "
          "cerrar</button></div></div>",
    "fr": '<div id="didomi-host"><div class="didomi-popup"><p>Nous et nos partenaires utilisons '
          "des cookies pour mesurer l’audience, personnaliser les contenus et la publicité. Vous "
          "pouvez modifier vos choix à tout moment.</p><button>Accepter</button><button>"
          "Continuer sans accepter</button></div></div>",
}

SCRIPTS = ('<script>(function(){var s=document.createElement("script");s.src="/js/app.js";'
           "document.body.appendChild(s)})();</script>"
           '<noscript><img src="https://sb.scorecardresearch.com/p?c1=2" alt=""></noscript>')


def document(lang: str, head_html: str, body: str, body_cls: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}">{head_html}<body class="{body_cls}">{body}'
            f"{SCRIPTS}</body></html>")


PAGES: list[Page] = []


def page(*args, **kwargs) -> None:
    PAGES.append(Page(*args, **kwargs))


# --- English: national papers ------------------------------------------------------------------

RAIL = [
    "The Senate on Monday passed a bill that would require railroads to run longer freight "
    "trains with at least two crew members and to inspect wheel bearings more often, two years "
    "after a derailment in East Palestine, Ohio, forced thousands of residents from their homes.",
    "The measure passed 61 to 37, with 12 Republicans joining all Democrats in support. It now "
    "goes to the House, where its prospects are less certain: the chairman of the Transportation "
    "Committee has said he would rather give the Federal Railroad Administration time to finish "
    "its own rules.",
    "Railroad companies lobbied hard against the crew requirement, arguing that modern braking "
    "systems made a second worker in the cab unnecessary and that the rule would raise shipping "
    "costs for farmers and manufacturers.",
    "\u201cThis is about whether the people who live along these tracks can sleep at night,\u201d "
    "said Sen. Sherrod Brown, one of the bill\u2019s sponsors, in a speech on the floor before the "
    "vote. \u201cWe have waited long enough for the industry to fix this itself.\u201d",
    "The bill would also raise the maximum fine for safety violations from $225,000 to $10 "
    "million and require railroads to tell state emergency officials in advance when trains "
    "carrying hazardous materials pass through.",
    "Union leaders, who have pushed for the crew rule for a decade, called the vote a turning "
    "point. The Association of American Railroads said in a statement that it would keep working "
    "with lawmakers \u201cto focus on measures that actually improve safety.\u201d",
    "Residents of East Palestine, some of whom traveled to Washington for the vote, watched from "
    "the gallery. Several said they still had not been told what chemicals remain in the soil "
    "under their homes.",
]

_ARC_STORY = "".join(ps(RAIL[:3], 'data-el="text" class="wpds-c-cYdRxM"')) + (
    '<div class="hide-for-print" data-qa="article-body-ad"><span>Story continues below '
    "advertisement</span><div id=\"slug_inline_1\" class=\"ad\"></div></div>"
) + ps(RAIL[3:5], 'data-el="text" class="wpds-c-cYdRxM"') + (
    '<div class="newsletter-inline" data-qa="newsletter"><p><b>The Early Brief</b> Get the day'
    "\u2019s biggest political stories in your inbox every morning.</p><a href=\"/newsletters/\">"
    "Sign up</a></div>"
) + ps(RAIL[5:], 'data-el="text" class="wpds-c-cYdRxM"')

page("us-national-arcxp", document("en", head(
    "Senate passes rail safety bill two years after East Palestine - The Washington Ledger",
    meta("description", "The measure would require two-person crews and more bearing checks."),
    meta("og:title", "Senate passes rail safety bill two years after East Palestine"),
    meta("og:type", "article"),
    meta("article:published_time", "2025-03-04T02:15:00Z"),
    meta("article:modified_time", "2025-03-04T03:02:11Z"),
    meta("article:section", "Politics"),
    jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Senate passes rail safety bill two years after East Palestine",
            "datePublished": "2025-03-04T02:15:00Z", "dateModified": "2025-03-04T03:02:11Z",
            "author": [{"@type": "Person", "name": "Jane Corrigan",
                        "url": "https://www.washingtonledger.example/people/jane-corrigan/"},
                       {"@type": "Person", "name": "Luis Ferrer",
                        "url": "https://www.washingtonledger.example/people/luis-ferrer/"}],
            "publisher": {"@type": "Organization", "name": "The Washington Ledger"},
            "isAccessibleForFree": True}),
    '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};'
    'Fusion.arcSite="ledger";Fusion.globalContent={"_id":"QX7RZ3","type":"story",'
    '"content_elements":[{"type":"text","content":' + json.dumps(RAIL[0]) + '}]};</script>'),
    COOKIE["en"]
    + '<header class="site-header"><a class="logo" href="/">The Washington Ledger</a>'
    + nav(["Politics", "Opinions", "Style", "Investigations", "Climate", "Well+Being",
           "Business", "Tech", "World", "D.C., Md. & Va.", "Sports"])
    + '<a class="subscribe" href="/subscribe/">Subscribe</a><a href="/login">Sign in</a></header>'
    + '<main id="main-content"><article><div class="kicker" data-qa="kicker"><a '
    'href="/politics/">Politics</a></div><h1 data-qa="headline">Senate passes rail safety bill '
    "two years after East Palestine</h1>"
    '<h2 data-qa="subheadline"><T>Twelve Republicans joined Democrats to require two-person '
    "crews on freight trains, but the bill faces a harder road in the House</T></h2>"
    '<div data-qa="author-byline" class="byline"><span>By</span> <a data-qa="author-name" '
    'href="/people/jane-corrigan/">Jane Corrigan</a> <span>and</span> <a data-qa="author-name" '
    'href="/people/luis-ferrer/">Luis Ferrer</a></div>'
    '<div class="display-date" data-qa="timestamp"><span data-qa="display-date">March 3, 2025 at '
    '9:15 p.m. EST</span></div>'
    + share(["Share", "Comment", "Gift Article", "Save"])
    + figure("Residents of East Palestine watch the vote from the Senate gallery on Monday.",
             "(Tom Brenner for The Washington Ledger)")
    + '<div class="article-body" data-qa="article-body">' + _ARC_STORY + "</div>"
    + '<div class="comments-cta"><a href="#comments">View 1,204 comments</a></div>'
    + "</article>"
    + link_list("Most Read Politics", [
        "Trump\u2019s tariff deadline: What to know", "House GOP unveils spending plan",
        "Supreme Court hears case on state gun laws", "The governors who could run in 2028",
        "Senate confirms new labor secretary"], "most-read")
    + "</main>"
    + '<footer class="site-footer"><p>\u00a9 1996-2025 The Washington Ledger</p>'
    + nav(["About Us", "Careers", "Terms of Use", "Privacy Policy", "Contact", "Ethics Policy"],
          "footer-nav") + "</footer>", "article-page"),
    "https://www.washingtonledger.example/politics/2025/03/03/senate-rail-safety-bill-vote/",
    "Senate passes rail safety bill two years after East Palestine",
    ("Jane Corrigan", "Luis Ferrer"), "2025-03-03")


FLOODS_UK = [
    "Hundreds of homes in the north of England are still without heating a week after the "
    "floods, because engineers cannot reach gas meters that sit in cellars still half full of "
    "water.",
    "In Stockport, where the River Mersey burst its banks on Sunday night, council staff have "
    "been handing out electric heaters from a leisure centre car park. By Saturday morning more "
    "than 600 had gone, and the queue reached the main road.",
    "\u201cWe are sleeping in our coats,\u201d said Denise Hartley, 71, who has lived on the "
    "same terrace for 40 years. \u201cThe insurance people came on Wednesday and said somebody "
    "else would come. Nobody has.\u201d",
    "Cadent, which runs the gas network in the area, said its engineers had reconnected 2,100 "
    "properties since Monday but that each cellar had to be pumped out and inspected before a "
    "supply could be turned back on safely.",
    "The Environment Agency said river levels were falling across the region but warned that "
    "more rain forecast for Tuesday could bring fresh flooding to the Calder valley, where "
    "defences were damaged last week.",
    "The government has promised \u00a310m for affected councils. Local leaders say it will not "
    "go far: Stockport alone estimates the cost of repairs to roads and bridges at \u00a36m.",
    "Andy Burnham, the mayor of Greater Manchester, said the region was \u201cpaying the price "
    "for a decade of under-investment in flood defences\u201d and called on ministers to bring "
    "forward schemes that had been delayed.",
]

page("uk-guardian-like", document("en", head(
    "Hundreds of flooded homes still without heating a week on | Flooding | The Courier",
    meta("description", "Engineers cannot reach gas meters in cellars still full of water"),
    meta("og:title", "Hundreds of flooded homes still without heating a week on"),
    meta("article:published_time", "2025-03-08T18:03:00.000Z"),
    meta("article:modified_time", "2025-03-09T07:10:00.000Z"),
    meta("author", "Helen Pryor"),
    meta("article:author", "https://www.thecourier.example/profile/helen-pryor"),
    jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Hundreds of flooded homes still without heating a week on",
            "datePublished": "2025-03-08T18:03:00.000Z",
            "dateModified": "2025-03-09T07:10:00.000Z",
            "author": [{"@type": "Person", "name": "Helen Pryor",
                        "sameAs": "https://www.thecourier.example/profile/helen-pryor"}],
            "publisher": {"@type": "Organization", "name": "The Courier"}})),
    '<a class="skip" href="#maincontent">Skip to main content</a>'
    + '<header><div class="support-banner">Support The Courier<br>Fund independent journalism '
    'with \u00a35 per month <a href="/support">Support us \u2192</a></div>'
    + nav(["News", "Opinion", "Sport", "Culture", "Lifestyle"], "pillars")
    + nav(["UK", "World", "Climate crisis", "Ukraine", "Environment", "Science",
           "Global development", "Football", "Tech", "Business", "Obituaries"], "subnav")
    + "</header><main id=\"maincontent\"><article>"
    + '<div class="dcr-series"><a href="/environment/flooding">Flooding</a></div>'
    + '<div data-gu-name="headline"><h1 class="dcr-125vfar">Hundreds of flooded homes still '
    "without heating a week on</h1></div>"
    + '<div data-gu-name="standfirst"><T><p>Engineers cannot reach gas meters in cellars still '
    "full of water, leaving elderly residents in Stockport and the Calder valley sleeping in "
    "their coats</p></T></div>"
    + figure("Council staff hand out electric heaters in Stockport on Saturday.",
             "Photograph: Christopher Thomond/The Courier", "dcr-main-media")
    + '<div data-gu-name="meta"><address aria-label="Contributor info"><div class="dcr-byline">'
    '<a rel="author" href="/profile/helen-pryor">Helen Pryor</a> North of England '
    "correspondent</div></address>"
    '<details class="dcr-dateline"><summary>Sat 8 Mar 2025 18.03 GMT</summary>Last modified on '
    "Sun 9 Mar 2025 07.10 GMT</details>"
    + share(["Facebook", "Email", "X", "LinkedIn", "WhatsApp", "Messenger"])
    + '<a class="comment-count" href="#comments">312</a></div>'
    + '<div id="maincontent" class="article-body-commercial-selector article-body-viewer-'
    'selector">' + ps(FLOODS_UK[:4], 'class="dcr-94xsh"')
    + '<aside class="dcr-rich-link"><div>Explainer</div><a href="/environment/2025/mar/03/'
    'why-does-the-north-keep-flooding">Why does the north of England keep flooding?</a></aside>'
    + ps(FLOODS_UK[4:], 'class="dcr-94xsh"') + "</div>"
    + '<div class="submeta"><ul class="keywords"><li><a href="/environment/flooding">Flooding'
    '</a></li><li><a href="/uk/stockport">Stockport</a></li><li><a href="/uk/weather">Weather'
    "</a></li></ul>" + share(["Facebook", "Email", "X"]) + "</div>"
    + '<div class="contributions-epic"><h2>A note about our journalism</h2><p>You\u2019ve '
    "read 12 articles in the last year. We are asking readers like you to support our work "
    "so that it can stay open to everyone, wherever they are, and whatever they can afford to "
    'pay.</p><a href="/contribute">Support us</a></div>'
    + "</article>"
    + link_list("More on this story", [
        "Storm Darragh: thousands still without power", "Flood defences \u2018not fit for the "
        "climate we now have\u2019, report says", "Calder valley traders count the cost again"],
        "onwards")
    + '<section id="comments"><h2>Comments (312)</h2><p>This discussion is now closed for '
    "comments but you can still sign in or create your Courier account to join the "
    'discussion next time.</p><div class="comment"><span class="user">oldmillhand</span><p>The '
    "same streets flood every few years and every time we hear the same promises about "
    "defences that never get built.</p></div></section>"
    + link_list("Most viewed", ["Live: Ukraine ceasefire talks", "The best spring walks in the "
                "Peak District", "Why are egg prices rising?", "Oscars 2025: the winners",
                "Quick crossword No 16,845"], "most-viewed")
    + "</main><footer>" + nav(["About us", "Contact us", "Complaints & corrections",
                               "Privacy policy", "Cookie policy", "Terms & conditions"])
    + "<p>\u00a9 2025 Courier News & Media Limited or its affiliated companies. All rights "
    "reserved.</p></footer>"),
    "https://www.thecourier.example/environment/2025/mar/08/flooded-homes-without-heating",
    "Hundreds of flooded homes still without heating a week on", ("Helen Pryor",),
    "2025-03-08")


NURSES = [
    "Nurses in Scotland have voted to accept a pay offer worth 8% over two years, ending a "
    "dispute that had threatened the first national strike in the profession\u2019s history.",
    "The Royal College of Nursing said 71% of members who took part in the ballot backed the "
    "deal, on a turnout of 58%.",
    "The offer includes a 4.25% rise backdated to April and a further 3.75% next year, as well "
    "as a commitment to cut the working week by one hour without loss of pay.",
    "Colin Poolman, the union\u2019s director in Scotland, said members had accepted the deal "
    "\u201cwith their eyes open\u201d and that the fight over staffing levels on wards was far "
    "from over.",
    "Health Secretary Neil Gray said the agreement would keep Scottish nurses the best paid in "
    "the UK and that the government had found the money by reprioritising spending elsewhere in "
    "the health budget.",
    "Opposition parties said the deal would only hold if the government also dealt with the "
    "number of vacancies, which stood at more than 4,000 at the end of last year.",
    "Nurses in England are due to receive the recommendation of their pay review body later "
    "this month.",
]

_BBC_BLOCK = '<div data-component="text-block" class="ssrcss-7uxr49-RichTextContainer"><T>' \
             '<p class="ssrcss-1q0x1qg-Paragraph">{}</p></T></div>'

page("bbc-like-scotland", document("en-GB", head(
    "Scottish nurses accept 8% pay deal, ending strike threat - Northern News",
    meta("description", "Members of the Royal College of Nursing back the deal by 71%."),
    meta("og:title", "Scottish nurses accept 8% pay deal, ending strike threat"),
    meta("og:site_name", "Northern News"),
    jsonld({"@context": "http://schema.org", "@type": "ReportageNewsArticle",
            "url": "https://www.northernnews.example/news/articles/c4g2x8l0vzjo",
            "headline": "Scottish nurses accept 8% pay deal, ending strike threat",
            "datePublished": "2025-03-11T06:02:41.000Z",
            "dateModified": "2025-03-11T09:15:03.000Z",
            "author": {"@type": "NewsMediaOrganization", "name": "Northern News",
                       "logo": {"@type": "ImageObject", "url": "/logo.png"}},
            "publisher": {"@type": "NewsMediaOrganization", "name": "Northern News"}})),
    '<header class="ssrcss-1ag1y5a-Header"><a href="/">Northern News</a>'
    + nav(["Home", "News", "Sport", "Weather", "iPlayer", "Sounds", "Bitesize"], "orb-nav")
    + nav(["Home", "InDepth", "Israel-Gaza war", "War in Ukraine", "Climate", "UK", "World",
           "Business", "Politics", "Culture"], "news-nav")
    + nav(["Scotland", "Scotland Politics", "Scotland Business", "Edinburgh, Fife & East",
           "Glasgow & West", "Highlands & Islands", "NE, Orkney & Shetland", "South"],
          "sub-nav") + "</header>"
    + '<main id="main-content" class="ssrcss-1yh2tk5-Main"><article class="ssrcss-pv1rh6-'
    'ArticleWrapper"><div data-component="headline-block"><h1 id="main-heading" '
    'class="ssrcss-1qkaaqw-StyledHeading">Scottish nurses accept 8% pay deal, ending strike '
    "threat</h1></div>"
    '<div data-component="byline-block"><div class="ssrcss-68pt20-Text-TextContributorName">'
    '<time datetime="2025-03-11T06:02:41.000Z">3 hours ago</time></div>'
    '<div class="ssrcss-1pvwv4b-MetadataSnippet"><span>Laura Gifford</span><div>Health '
    "correspondent, BBC Scotland</div></div></div>"
    + share(["Share", "Save"])
    + '<div data-component="image-block">' + figure(
        "Nurses had been balloted on strike action for the first time",
        "PA Media") + "</div>"
    + "".join(_BBC_BLOCK.format(text) for text in NURSES[:4])
    + '<div data-component="links-block"><p><b>Related topics</b></p><ul><li><a '
    'href="/news/topics/nhs-scotland">NHS Scotland</a></li><li><a href="/news/topics/'
    'nursing">Nursing</a></li></ul></div>'
    + '<div data-component="subheadline-block"><T><h2 class="ssrcss-1ya2z6c-StyledHeading">'
    "\u2018Best paid in the UK\u2019</h2></T></div>"
    + "".join(_BBC_BLOCK.format(text) for text in NURSES[4:])
    + '<div data-component="tag-list"><ul><li><a href="/news/topics/c1">Scottish '
    'government</a></li><li><a href="/news/topics/c2">Pay</a></li></ul></div>'
    + "</article>"
    + '<section data-component="related-content"><h2>More on this story</h2>'
    + cards([("Nurses to be balloted on first ever national strike",
              "The Royal College of Nursing says pay has fallen behind inflation."),
             ("What is the pay offer for NHS staff in Scotland?", "A guide to the deal.")])
    + "</section>"
    + link_list("Top stories", ["Live. Ceasefire talks resume in Jeddah",
                                "Mortgage rates fall for fifth week in a row",
                                "Storm warning as gales hit the west coast"], "top-stories")
    + link_list("Most read", ["Family of missing hillwalker thank rescuers",
                              "Edinburgh tram extension gets go-ahead",
                              "Scottish Cup quarter-final draw in full",
                              "Snow and ice warning for the Highlands",
                              "Man charged after Aberdeen stabbing"], "most-read")
    + "</main><footer><p>Copyright 2025 Northern News. All rights reserved. Northern News is "
    'not responsible for the content of external sites. <a href="/help/links">Read about our '
    "approach to external linking.</a></p>"
    + nav(["Terms of Use", "About", "Privacy Policy", "Cookies", "Accessibility Help",
           "Contact"], "footer-links") + "</footer>"),
    "https://www.northernnews.example/news/articles/c4g2x8l0vzjo",
    "Scottish nurses accept 8% pay deal, ending strike threat", ("Laura Gifford",),
    "2025-03-11")


GRAIN = [
    "The ships began leaving the port of Odesa before dawn on Tuesday, four of them in a "
    "convoy, their holds full of wheat and sunflower oil bound for Egypt and Turkey.",
    "It was the largest single departure in months, and port officials watched it with a "
    "mixture of relief and dread. Two weeks ago, a Russian missile struck a grain terminal a "
    "few miles up the coast, killing two workers and setting fire to 20,000 tons of corn.",
    "\u201cEvery ship that leaves is a small victory,\u201d said Oleksandr Hrytsenko, a deputy "
    "director of the port authority, standing on a quay scarred by shrapnel. \u201cBut we know "
    "they are watching, too.\u201d",
    "Ukraine has kept its exports moving through the Black Sea since 2023 by hugging its own "
    "coastline and then the waters of Romania and Bulgaria, both members of NATO, rather than "
    "relying on an agreement with Moscow.",
    "The route has held up better than many analysts expected. Ukraine shipped about 41 million "
    "tons of grain through its ports in the last season, close to what it exported before the "
    "full-scale invasion, according to government figures.",
    "But the attacks on port infrastructure have grown more frequent, and insurers have raised "
    "the premiums they charge shipowners, which eats into the already thin margins of "
    "Ukrainian farmers.",
    "In the village of Kholodna Balka, 15 miles from the port, Viktor Melnyk, who farms 3,000 "
    "acres, said he had sold his last harvest at a loss. \u201cThe price at the port is what it "
    "is,\u201d he said. \u201cWe pay for the war with every ton.\u201d",
    "Still, he has already sown his winter wheat, and plans to plant sunflowers in April.",
]

_NYT_P = 'class="css-at9mc1 evys1bk0"'

page("nyt-like-three-authors", document("en", head(
    "Ukraine\u2019s Grain Keeps Moving, Even as Russia Targets Its Ports - The Metropolitan "
    "Times",
    meta("description", "Ukraine has kept its exports flowing by hugging the coastline of "
         "NATO neighbors. But attacks on its ports are growing."),
    meta("og:title", "Ukraine\u2019s Grain Keeps Moving, Even as Russia Targets Its Ports"),
    meta("byl", "By Marc Santana, Oksana Lytvyn and Thomas Gibbons"),
    meta("article:published_time", "2025-03-05T05:00:12.000Z"),
    meta("article:modified_time", "2025-03-05T11:42:50.000Z"),
    jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Ukraine\u2019s Grain Keeps Moving, Even as Russia Targets Its Ports",
            "datePublished": "2025-03-05T05:00:12.000Z",
            "dateModified": "2025-03-05T11:42:50.000Z",
            "author": [{"@type": "Person", "name": "Marc Santana"},
                       {"@type": "Person", "name": "Oksana Lytvyn"},
                       {"@type": "Person", "name": "Thomas Gibbons"}],
            "isAccessibleForFree": False,
            "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False,
                        "cssSelector": ".meteredContent"}})),
    '<div id="app"><header class="css-1wr3we4"><a href="/">The Metropolitan Times</a>'
    + nav(["U.S.", "World", "Business", "Arts", "Lifestyle", "Opinion", "Audio", "Games",
           "Cooking", "Wirecutter", "The Athletic"]) + "</header>"
    + '<main id="site-content"><article id="story" class="meteredContent css-1ygdjhk">'
    '<header class="css-1gnbk7n"><p class="css-1vkm6nb"><a href="/section/world/europe">'
    "Europe</a></p>"
    '<h1 data-testid="headline" class="css-88wicj e1h9rw200">Ukraine\u2019s Grain Keeps Moving, '
    "Even as Russia Targets Its Ports</h1>"
    '<p id="article-summary" class="css-79rysd e1wiw3jv0"><T>Ukraine has kept its exports '
    "flowing by hugging the coastline of NATO neighbors. But attacks on its ports are growing, "
    "and farmers are paying the price.</T></p>"
    + figure("Cargo ships waiting to be loaded at the port of Odesa on Tuesday.",
             "Finbarr O\u2019Reilly for The Metropolitan Times", "css-1f2t8ug")
    + '<div class="css-1xqgzln"><p class="css-aknsld e1jsehar1"><span>By</span> <a '
    'href="/by/marc-santana">Marc Santana</a>, <a href="/by/oksana-lytvyn">Oksana Lytvyn</a> '
    'and <a href="/by/thomas-gibbons">Thomas Gibbons</a></p>'
    '<div class="css-1h4jsqg">Marc Santana and Oksana Lytvyn reported from Odesa, Ukraine. '
    "Thomas Gibbons reported from London.</div>"
    '<time datetime="2025-03-05T05:00:12.000Z"><span>Published March 5, 2025</span><span>'
    "Updated March 5, 2025, 6:42 a.m. ET</span></time></div>"
    + share(["Share full article", "Save", "312"]) + "</header>"
    + '<section name="articleBody" class="meteredContent css-1r7ky0e">'
    + '<div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-1fanzo5">'
    + ps(GRAIN[:3], _NYT_P) + "</div></div>"
    + '<div class="css-79elbk" data-testid="photoviewer-wrapper">' + figure(
        "Oleksandr Hrytsenko, a deputy director of the port authority, on a damaged quay.",
        "Finbarr O\u2019Reilly for The Metropolitan Times") + "</div>"
    + '<div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-1fanzo5">'
    + ps(GRAIN[3:6], _NYT_P) + "</div></div>"
    + '<div id="story-ad-2-wrapper" class="ad"><div class="css-1ywnf2m">Advertisement</div>'
    '<a href="#after-story-ad-2">SKIP ADVERTISEMENT</a></div>'
    + '<div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-1fanzo5">'
    + ps(GRAIN[6:], _NYT_P)
    + '<T><p class="css-at9mc1 evys1bk0"><em>Correction: March 5, 2025</em></p></T>'
    + '<T><p class="css-at9mc1 evys1bk0"><em>An earlier version of this article misstated '
    "the distance between Kholodna Balka and the port of Odesa. It is 15 miles, not 50."
    "</em></p></T>" + "</div></div></section>"
    + '<div class="bottom-of-article"><div class="css-1rh1sk1"><p>Marc Santana is the Kyiv '
    "bureau chief for The Metropolitan Times, covering the war in Ukraine.</p><p>A version of "
    "this article appears in print on March 6, 2025, Section A, Page 9 of the New York edition "
    'with the headline: Ukraine\u2019s Grain Still Sails. <a href="/reprints">Order Reprints</a>'
    " | <a href=\"/todays-paper\">Today\u2019s Paper</a> | <a href=\"/subscribe\">Subscribe"
    "</a></p></div></div>"
    + '<div class="css-1ugnx0d"><h2>See more on: Russia-Ukraine War</h2></div>'
    + "</article>"
    + link_list("Related Content", [
        "Russian Strike on Odesa Grain Terminal Kills Two",
        "How Ukraine Rebuilt Its Grain Trade Without a Deal With Moscow",
        "Farmers in Poland Block Border Over Cheap Ukrainian Grain"], "related-links")
    + '<div class="gateway"><p>We are having trouble retrieving the article content.</p><p>'
    "Please enable JavaScript in your browser settings.</p><p>Thank you for your patience while "
    "we verify access. If you are in Reader mode please exit and log into your Times account, "
    'or subscribe for all of The Times.</p><a href="/subscription">Subscribe</a></div>'
    + "</main><footer>" + nav(["NYTCo", "Contact Us", "Accessibility", "Work with us",
                               "Advertise", "Privacy Policy", "Terms of Service"])
    + "<p>\u00a9 2025 The Metropolitan Times Company</p></footer></div>"),
    "https://www.metrotimes.example/2025/03/05/world/europe/ukraine-grain-exports-odesa.html",
    "Ukraine\u2019s Grain Keeps Moving, Even as Russia Targets Its Ports",
    ("Marc Santana", "Oksana Lytvyn", "Thomas Gibbons"), "2025-03-05")


# --- English: tabloids, regional and local papers --------------------------------------------

DOG = [
    "A pensioner who lost her dog on a cliff walk has been reunited with him after he spent "
    "nine days living in a cave on the beach.",
    "Border collie Skip, 11, vanished when he chased a rabbit over the edge of the coast path "
    "near Robin Hood\u2019s Bay in North Yorkshire.",
    "Owner Margaret Fell, 78, feared the worst after coastguards searched the cliffs for two "
    "days without finding him.",
    "But on Sunday a fisherman spotted the dog sitting at the mouth of a cave that can only be "
    "reached at low tide.",
    "Volunteers from the local lifeboat crew waded out and carried him to safety wrapped in a "
    "blanket.",
    "Margaret said: \u201cI had given up hope. I had already told my grandchildren he had gone to "
    "sleep somewhere. When the phone rang I just burst into tears.\u201d",
    "Vets said Skip had lost 4kg but was otherwise in good health, and had probably survived by "
    "drinking from a stream that runs into the cave.",
    "The lifeboat station has since raised more than \u00a32,000 after Margaret set up a "
    "fundraising page to say thank you.",
]

_READ_MORE_T = ('<div class="read-more-links"><h3>READ MORE:</h3><ul><li><a href="/news/uk-news/'
                '1">Dog walker\u2019s warning after pet falls from cliff edge</a></li><li><a '
                'href="/news/uk-news/2">Missing cat found 200 miles away after hitching a ride '
                "on a lorry</a></li></ul></div>")

page("uk-tabloid-reach", document("en", head(
    "Pensioner reunited with dog who survived nine days in beach cave - Daily Beacon",
    meta("og:title", "Woman\u2019s dog missing on clifftop walk - coastguard search"),
    meta("og:description", "Skip the border collie was found by a fisherman"),
    meta("article:published_time", "2025-03-10T10:45:00+00:00"),
    meta("article:modified_time", "2025-03-10T11:20:31+00:00"),
    jsonld({"@context": "http://schema.org", "@type": "NewsArticle",
            "headline": "Woman\u2019s dog missing on clifftop walk - coastguard search",
            "datePublished": "2025-03-10T10:45:00Z", "dateModified": "2025-03-10T11:20:31Z",
            "author": [{"@type": "Person", "name": "Ellie Hughes",
                        "url": "https://www.dailybeacon.example/authors/ellie-hughes/",
                        "jobTitle": "Senior Reporter"}],
            "publisher": {"@type": "Organization", "name": "Daily Beacon"}})),
    COOKIE["en"]
    + '<header class="mod-header"><a class="logo" href="/">Daily Beacon</a>'
    + nav(["News", "Politics", "Football", "Celebs", "TV", "Money", "Travel", "Lifestyle",
           "Weird News", "Royals", "Puzzles"]) + "</header>"
    + '<main><article class="article-main"><div class="breadcrumbs"><a href="/news/">News</a> '
    '<a href="/news/uk-news/">UK News</a></div>'
    '<h1 class="lead-article-heading">Pensioner reunited with dog who survived nine days in '
    "beach cave after falling off cliff</h1>"
    '<p class="sub-title"><T>Border collie Skip, 11, was spotted by a fisherman at the mouth of a '
    "cave that can only be reached at low tide, after coastguards had given up the search</T>"
    "</p>"
    '<div class="article-information"><div class="author"><a href="/authors/ellie-hughes/" '
    'rel="author">Ellie Hughes</a> <span class="job-title">Senior Reporter</span></div>'
    '<div class="time-info"><span class="date-published">10:45, 10 Mar 2025</span><span '
    'class="date-updated">Updated 11:20, 10 Mar 2025</span></div></div>'
    + figure("Margaret Fell with Skip after he was found", "(Image: North News)",
             "lead-image")
    + '<div class="article-body">'
    + '<div class="newsletter-signup"><p><b>Get the biggest daily stories by email</b></p>'
    '<form><input type="email" placeholder="Enter email"><button>Subscribe</button></form><p>'
    "We use your sign-up to provide content in ways you\u2019ve consented to and to improve our "
    "understanding of you.</p></div>"
    + ps(DOG[:3]) + _READ_MORE_T + ps(DOG[3:5])
    + '<div class="embedded-video"><div class="video-title">Watch: lifeboat crew carry Skip '
    "to safety</div><video src=\"/v/1.mp4\"></video></div>"
    + ps(DOG[5:7])
    + figure("Skip is recovering at home after losing 4kg", "(Image: North News)")
    + ps(DOG[7:])
    + '<p class="contact-us"><i>Do you have a story to sell? Get in touch with us at '
    "yourstory@dailybeacon.example or call us direct 0207 29 33033.</i></p>"
    + "</div>"
    + '<div class="tag-list"><a href="/all-about/dogs">Dogs</a> <a href="/all-about/'
    'north-yorkshire">North Yorkshire</a></div>'
    + '<div class="comments-cta"><a href="#comments">Comments (47)</a></div></article>'
    + '<aside class="taboola"><h2>Most Read</h2>' + cards([
        ("Holly Willoughby\u2019s new look leaves fans stunned", "Star shares snap"),
        ("Lottery winner\u2019s warning after jackpot", "He says he regrets one thing"),
        ("Full list of supermarkets changing opening hours", "Check before you shop"),
        ("Weather maps turn red as heat heads for UK", "Forecasters say")]) + "</aside>"
    + '<aside class="sponsored"><h2>Sponsored</h2>' + cards([
        ("Homeowners born before 1965 are in for a surprise", "Ad"),
        ("The gadget everyone in Britain is talking about", "Ad")], "sponsored-card")
    + "</aside></main><footer>" + nav(["Contact us", "Advertise with us", "Terms", "Privacy",
                                       "Corrections and clarifications", "Syndication"])
    + "<p>\u00a9 2025 Reach Publishing Services Limited</p></footer>"),
    "https://www.dailybeacon.example/news/uk-news/pensioner-reunited-dog-cave-31458822",
    "Pensioner reunited with dog who survived nine days in beach cave after falling off cliff",
    ("Ellie Hughes",), "2025-03-10")


SCHOOLS = [
    "The school board voted 4-3 late Tuesday to close two elementary schools at the end of the "
    "school year, a decision that will move about 600 children to other campuses across the "
    "district.",
    "Lincoln and Fremont elementary schools, both in the city\u2019s east side, have lost nearly a "
    "third of their students since 2019 as families moved away and enrollment across the "
    "district fell.",
    "District officials said keeping both open would cost about $3.4 million a year in staff "
    "and maintenance the district can no longer afford, after one-time federal pandemic money "
    "ran out last fall.",
    "More than 200 people packed the meeting, and public comment ran for nearly four hours. "
    "Parents, many of whom spoke in Spanish through an interpreter, said the closures would fall "
    "hardest on families without cars.",
    "\u201cYou are asking a 6-year-old to cross Route 9 to get to school,\u201d said Marisol Vega, "
    "whose two children attend Fremont. \u201cDid anyone on this board walk that route before "
    "tonight?\u201d",
    "Superintendent Dana Whitfield said the district would run additional buses and add a "
    "crossing guard at the intersection, and that no teacher would lose a job as a result of the "
    "closures.",
    "Board member Raymond Osei, who voted against the plan, said the district had not looked "
    "hard enough at other savings. \u201cWe are closing the schools that serve the families with "
    "the least political power in this town,\u201d he said.",
    "The district will hold meetings for affected families in April. A proposal to sell the "
    "Lincoln building is expected to come before the board this summer.",
]

_BS = 'class="rich-text-paragraph"'

page("us-local-brightspot-paywall", document("en", head(
    "School board votes to close two east side elementary schools | Valley Herald",
    meta("description", "Lincoln and Fremont will close in June, moving about 600 children."),
    meta("og:title", "School board votes to close two east side elementary schools"),
    meta("article:published_time", "2025-03-12T05:00:00.000-07:00"),
    jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "School board votes to close two east side elementary schools",
            "datePublished": "2025-03-12T12:00:00.000Z",
            "author": {"@type": "Person", "name": "Tom Nguyen"},
            "publisher": {"@type": "Organization", "name": "Valley Herald"},
            "isAccessibleForFree": "False",
            "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False",
                        "cssSelector": ".paywall"}})),
    '<div class="Page-above"><div class="Page-header"><a href="/" class="logo">Valley Herald</a>'
    + nav(["News", "Local", "Education", "Sports", "Business", "Opinion", "Obituaries",
           "e-Edition", "Classifieds"], "Page-header-navigation")
    + '<a class="SubscribeButton" href="/subscribe">Subscribe for $1</a></div></div>'
    + '<main class="Page-main"><div class="Page-breadcrumbs"><a href="/news">News</a> / <a '
    'href="/news/education">Education</a></div><div class="Page-content">'
    '<h1 class="Page-headline">School board votes to close two east side elementary schools'
    "</h1>"
    '<div class="Page-byline"><div class="Page-authors"><span>By</span> <a class="Link" '
    'href="/staff/tom-nguyen">Tom Nguyen</a> | <a href="mailto:tnguyen@valleyherald.example">'
    "tnguyen@valleyherald.example</a></div>"
    '<div class="Page-datePublished">PUBLISHED: March 12, 2025 at 5:00 AM PDT</div></div>'
    + share(["Facebook", "Twitter", "Email", "Print"])
    + '<div class="paywall-banner"><b>SUBSCRIBERS ONLY</b><p>You\u2019re reading a story for '
    'subscribers. Thank you for supporting local journalism.</p></div>'
    + figure("Parents fill the board room at Tuesday\u2019s meeting.",
             "(Photo by Ana Ruiz / Valley Herald)", "Page-lead")
    + '<div class="RichTextArticleBody RichTextBody paywall">'
    + ps(SCHOOLS[:4], _BS)
    + '<div class="Enhancement"><div class="PromoSmall"><span>RELATED:</span> <a '
    'href="/news/education/enrollment">District enrollment falls for sixth straight year</a>'
    "</div></div>"
    + ps(SCHOOLS[4:], _BS) + "</div>"
    + '<div class="Page-articleBody-tags"><a href="/tag/schools">Schools</a></div>'
    + '<div class="AuthorBio"><p>Tom Nguyen covers education for the Valley Herald. He joined '
    "the paper in 2021 after five years at the Sacramento Observer.</p></div>"
    + '<div class="newsletter-bottom"><h3>Get Morning Report and other email newsletters</h3>'
    "<form><input type=email><button>Sign up</button></form></div>"
    + '<div class="Page-comments"><h3>Comments</h3><p>Join the Conversation: We invite you to use '
    "our commenting platform to engage in insightful conversations about issues in our "
    "community.</p></div></div>"
    + '<aside class="Page-aside"><h2>Trending Now</h2>' + cards([
        ("Police identify man killed in Highway 99 crash", ""),
        ("New taqueria opens in old bank building downtown", ""),
        ("High school baseball: Valley beats rival in 11 innings", "")]) + "</aside></main>"
    + "<footer class=\"Page-footer\">" + nav(["Contact Us", "Digital Services", "Help Center",
                                              "Privacy Policy", "Terms of Use",
                                              "Do Not Sell My Personal Information"])
    + "<p>Copyright \u00a9 2025 MediaNews Group</p></footer>"),
    "https://www.valleyherald.example/2025/03/12/school-board-votes-close-lincoln-fremont/",
    "School board votes to close two east side elementary schools", ("Tom Nguyen",),
    "2025-03-12")


# --- English: wire, broadcasters ------------------------------------------------------------

TARIFF = [
    "WASHINGTON (AP) \u2014 Secretary of State Marco Rubio met Thursday with his Mexican "
    "counterpart as the two countries tried to head off new tariffs that would hit billions of "
    "dollars of goods crossing the border each day.",
    "The meeting at the State Department lasted more than two hours, longer than scheduled, "
    "and ended without an announcement. Both sides described the talks as constructive.",
    "Mexican Foreign Secretary Juan Ram\u00f3n de la Fuente told reporters afterward that his "
    "government had offered to expand cooperation on fentanyl trafficking and migration, but "
    "he declined to give details.",
    "The tariffs, set to take effect next month, would add 25% to the price of most Mexican "
    "imports, including cars, vegetables and beer. Economists have warned they would raise "
    "prices for American consumers and hurt manufacturers who rely on parts made in Mexico.",
    "Business groups in border states have pressed the administration to delay the measures. "
    "\u201cThese supply chains were built over 30 years and cannot be moved in 30 days,\u201d "
    "said Jorge Castillo of the Texas Association of Business.",
    "Mexico is the largest trading partner of the United States, with more than $800 billion "
    "in goods crossing the border last year.",
    "Associated Press writer Mar\u00eda Verza in Mexico City contributed to this report.",
]

page("wire-ap-like", document("en", head(
    "Rubio meets Mexican foreign secretary as tariff deadline nears | AP Wire",
    meta("og:title", "Rubio meets Mexican foreign secretary as tariff deadline nears"),
    meta("article:published_time", "2025-03-13T21:48:17Z"),
    meta("article:modified_time", "2025-03-13T23:05:40Z"),
    jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Rubio meets Mexican foreign secretary as tariff deadline nears",
            "datePublished": "2025-03-13T21:48:17Z", "dateModified": "2025-03-13T23:05:40Z",
            "author": [{"@type": "Person", "name": "MATTHEW LEE"},
                       {"@type": "Person", "name": "ELLEN KNICKMEYER"}],
            "publisher": {"@type": "Organization", "name": "Associated Press"}})),
    COOKIE["en"]
    + '<header class="Page-header"><a href="/">AP</a>' + nav([
        "World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Science",
        "Fact Check", "Oddities", "Be Well", "Newsletters", "Photography"]) + "</header>"
    + '<main class="Page-main"><div class="Page-lead"><h1 class="Page-headline">Rubio meets '
    "Mexican foreign secretary as tariff deadline nears</h1></div>"
    + '<div class="Page-byline"><div class="Page-authors">By <a class="Link" '
    'href="/author/matthew-lee">MATTHEW LEE</a> and <a class="Link" '
    'href="/author/ellen-knickmeyer">ELLEN KNICKMEYER</a></div><div class="Page-dateModified">'
    '<span>Updated</span> <bsp-timestamp data-timestamp="1741907140000"><span>7:05 PM EDT, '
    "March 13, 2025</span></bsp-timestamp></div></div>"
    + share(["Share", "Copy", "Link copied", "Email", "Facebook", "X", "Reddit", "LinkedIn"])
    + figure("Secretary of State Marco Rubio greets Mexican Foreign Secretary Juan Ram\u00f3n de "
             "la Fuente at the State Department, Thursday, March 13, 2025, in Washington.",
             "(AP Photo/Jose Luis Magana)", "Carousel")
    + '<div class="RichTextStoryBody RichTextBody">' + ps(TARIFF[:3])
    + '<div class="Advertisement"><div>ADVERTISEMENT</div></div>' + ps(TARIFF[3:6])
    + "<T><p><i>" + TARIFF[6] + "</i></p></T></div>"
    + '<div class="Page-authorInfo"><div class="AuthorBio">MATTHEW LEE<br>Lee covers U.S. '
    'foreign policy and the State Department. <a href="mailto:mlee@ap.example">mailto</a></div>'
    "</div>"
    + '<div class="PageList-items"><h2>More Stories</h2>' + cards([
        ("Stocks slide as trade fears return", "Wall Street fell for a third day."),
        ("Canada\u2019s new prime minister vows to stand firm", "He spoke in Ottawa."),
        ("What tariffs could mean for grocery prices", "An explainer.")], "PagePromo")
    + "</div></main><footer>" + nav(["About", "Contact Us", "Accessibility Statement",
                                     "Terms of Use", "Privacy Policy", "AP Leads"])
    + "<p>Copyright 2025 The Associated Press. All Rights Reserved.</p></footer>"),
    "https://apwire.example/article/rubio-mexico-tariffs-de-la-fuente-3f9a2b1c7d",
    "Rubio meets Mexican foreign secretary as tariff deadline nears",
    ("Matthew Lee", "Ellen Knickmeyer"), "2025-03-13", ("Associated Press", "AP"))


TORNADO = [
    "A tornado tore through the southern edge of Jonesboro on Tuesday evening, flattening a "
    "row of businesses along Highway 49 and damaging dozens of homes, emergency officials said.",
    "No deaths had been reported as of 8 p.m., but at least five people were taken to St. "
    "Bernards Medical Center with injuries, a hospital spokesperson said. None of the injuries "
    "were believed to be life-threatening.",
    "The National Weather Service in Memphis issued a tornado warning for Craighead County at "
    "6:12 p.m. Storm spotters reported a rotating wall cloud minutes later.",
    "Mayor Harold Copenhaver declared a state of emergency and asked residents to stay off the "
    "roads so that crews could clear debris and restore power lines.",
    "Entergy Arkansas reported more than 9,000 customers without power in the county at the "
    "height of the storm.",
    "A shelter has been opened at the First Baptist Church on Main Street for anyone who "
    "cannot stay in their home tonight.",
    "The weather service will send a team on Wednesday to survey the damage and determine the "
    "tornado\u2019s strength.",
]

page("us-tv-station-wpvip", document("en-US", head(
    "Tornado damages businesses, homes in south Jonesboro | KRVN 8",
    meta("og:title", "Tornado damages businesses, homes in south Jonesboro"),
    meta("og:site_name", "KRVN 8"),
    meta("article:published_time", "2025-03-04T18:12:44-06:00"),
    meta("article:modified_time", "2025-03-04T20:40:02-06:00"),
    meta("author", "Kelly Ortiz"),
    jsonld({"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Tornado damages businesses, homes in south "
         "Jonesboro", "datePublished": "2025-03-05T00:12:44+00:00",
         "dateModified": "2025-03-05T02:40:02+00:00",
         "author": [{"@type": "Person", "name": "Kelly Ortiz"}],
         "publisher": {"@id": "https://www.krvn8.example/#organization"}},
        {"@type": "Organization", "@id": "https://www.krvn8.example/#organization",
         "name": "KRVN 8"}]}),
    "<script>var nxsData={\"page\":{\"type\":\"article\",\"id\":1182290}};</script>"),
    COOKIE["en"]
    + '<header class="site-header"><a href="/">KRVN 8</a>'
    + nav(["News", "Weather", "Sports", "Video", "Live", "Contests", "Jobs", "Community",
           "Newsletters", "Download our app"]) + "</header>"
    + '<div class="alert-banner"><a href="/weather/alerts">WEATHER ALERT: Tornado Watch until '
    "11 PM for Craighead, Greene, Poinsett counties</a></div>"
    + '<main id="main" class="site-main"><article class="post-1182290 post type-post">'
    '<header class="article-header"><div class="article-header__category"><a '
    'href="/news/local-news/">Local News</a></div><h1 class="article-title">Tornado damages '
    "businesses, homes in south Jonesboro</h1>"
    '<div class="article-authors">by: <a href="/author/kelly-ortiz/">Kelly Ortiz</a></div>'
    '<div class="article-dates"><p>Posted: <time datetime="2025-03-04T18:12:44-06:00">Mar 4, '
    "2025 / 06:12 PM CST</time></p><p>Updated: <time datetime=\"2025-03-04T20:40:02-06:00\">"
    "Mar 4, 2025 / 08:40 PM CST</time></p></div>"
    + share(["Share", "Facebook", "Twitter", "Email"]) + "</header>"
    + '<div class="video-player"><div class="jw-title">Tornado damage on Highway 49</div></div>'
    + '<div class="article-content article-body rich-text">' + ps(TORNADO[:3])
    + '<p><strong>WATCH LIVE: <a href="/live/">KRVN 8 Storm Team coverage</a></strong></p>'
    + ps(TORNADO[3:5])
    + '<aside class="related-box"><h3>Trending stories</h3><ul><li><a href="/1">Arkansas '
    "lawmakers pass school cellphone ban</a></li><li><a href=\"/2\">Man arrested after chase "
    "ends in Paragould</a></li></ul></aside>"
    + ps(TORNADO[5:])
    + '<p class="copyright"><em>Copyright 2025 Nexstar Media, Inc. All rights reserved. This '
    "material may not be published, broadcast, rewritten, or redistributed.</em></p>"
    + "</div>"
    + '<div class="article-footer"><p>For the latest news, weather, sports, and streaming '
    'video, head to KRVN 8.</p></div></article>'
    + '<aside class="sidebar"><h2>Top Stories</h2>' + cards([
        ("Storm Team 8 forecast: cooler, dry weekend ahead", ""),
        ("Police: two arrested in Walnut Ridge robbery", ""),
        ("A-State falls to Troy in Sun Belt semifinal", "")]) + "</aside></main>"
    + "<footer>" + nav(["Contact Us", "About Us", "EEO Report", "FCC Public File",
                        "Public File Assistance", "Terms of Use", "Privacy Policy"])
    + "<p>\u00a9 1998 - 2025 Nexstar Media Inc. | All Rights Reserved.</p></footer>",
    "post-template-default single single-post"),
    "https://www.krvn8.example/news/local-news/tornado-damages-businesses-homes-south-jonesboro/",
    "Tornado damages businesses, homes in south Jonesboro", ("Kelly Ortiz",), "2025-03-04")


# --- English: magazine, trade press ----------------------------------------------------------

BEES = [
    "On a cold morning in late February, Rosa Delgado lifted the lid off one of her hives in "
    "the almond orchards south of Modesto and found it almost empty. A few hundred bees "
    "clustered around the queen. The rest, perhaps 30,000 of them, were gone.",
    "She opened the next hive, and the one after that. By noon she had counted 212 dead or "
    "dying colonies out of the 400 she had trucked down from Oregon for the pollination "
    "season. \u201cYou don\u2019t cry,\u201d she told me. \u201cYou just keep opening boxes.\u201d",
    "Delgado was not alone. Last year American beekeepers lost an estimated 56 percent of their "
    "managed colonies, the highest share since a national survey began in 2010. Researchers "
    "are still trying to work out why.",
    "What went wrong",
    "The usual suspects are familiar: the varroa mite, a parasite that feeds on bees and "
    "spreads viruses among them; pesticides; poor nutrition in landscapes planted with a single "
    "crop. But none of them, on its own, explains the scale of last year\u2019s losses.",
    "In a laboratory at the Department of Agriculture in Beltsville, Maryland, a team led by "
    "the entomologist Jay Evans found something new in samples from collapsed colonies: mites "
    "that were resistant to amitraz, the one chemical most beekeepers still rely on to control "
    "them.",
    "\u201cIf that resistance is widespread,\u201d Evans said, \u201cthen a lot of beekeepers "
    "were treating their hives last summer and getting almost nothing for it.\u201d",
    "What comes next",
    "For the almond industry, which needs about two million hives every spring to pollinate "
    "California\u2019s orchards, the losses are more than a scientific puzzle. Rental fees for a "
    "single hive have risen to more than $200, and some growers have begun to experiment with "
    "self-fertile varieties that need fewer bees.",
    "Delgado has rebuilt half of her colonies by splitting the strongest survivors and buying "
    "new queens from a breeder in Hawaii. She will know by summer whether it worked.",
    "\u201cEvery year I say this is the last,\u201d she said, closing a lid. \u201cAnd every "
    "year I\u2019m back.\u201d",
]

_H2 = {3, 7}

page("magazine-wordpress-longread", document("en-US", head(
    "Why Are America\u2019s Honeybees Dying? - The Lantern",
    meta("og:title", "Why Are America\u2019s Honeybees Dying?"),
    meta("og:type", "article"),
    meta("article:published_time", "2025-03-08T10:00:00+00:00"),
    meta("article:modified_time", "2025-03-08T14:21:09+00:00"),
    meta("twitter:data1", "Anna Kim"), meta("twitter:label1", "Written by"),
    jsonld({"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": "https://www.thelantern.example/science/honeybees/#article",
         "headline": "Why Are America\u2019s Honeybees Dying?",
         "datePublished": "2025-03-08T10:00:00+00:00",
         "dateModified": "2025-03-08T14:21:09+00:00",
         "author": {"@id": "https://www.thelantern.example/#/schema/person/9f2"},
         "wordCount": 712, "articleSection": ["Science"]},
        {"@type": "Person", "@id": "https://www.thelantern.example/#/schema/person/9f2",
         "name": "Anna Kim", "url": "https://www.thelantern.example/author/annakim/"}]}),
    '<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-'
    'library/style.min.css">'),
    '<div id="page" class="site"><header id="masthead" class="site-header"><p '
    'class="site-title"><a href="/">The Lantern</a></p>'
    + nav(["Politics", "Ideas", "Science", "Culture", "Books", "Technology", "Magazine",
           "Podcasts"], "main-navigation")
    + '<a class="button subscribe" href="/subscribe">Subscribe</a></header>'
    + '<div id="content" class="site-content"><main id="primary"><article id="post-88412" '
    'class="post-88412 post type-post status-publish format-standard category-science">'
    '<header class="entry-header"><div class="entry-category"><a href="/category/science/">'
    "Science</a></div>"
    '<h1 class="entry-title">Why Are America\u2019s Honeybees Dying?</h1>'
    '<p class="entry-subtitle"><T>Beekeepers lost more than half their colonies last year. '
    "Scientists think they have found one reason.</T></p>"
    '<div class="entry-meta"><span class="byline">By <span class="author vcard"><a '
    'class="url fn n" href="/author/annakim/">Anna Kim</a></span></span><span '
    'class="posted-on"><time class="entry-date published" datetime="2025-03-08T10:00:00+00:00">'
    'March 8, 2025</time><time class="updated" datetime="2025-03-08T14:21:09+00:00">March 8, '
    "2025</time></span></div></header>"
    + figure("Rosa Delgado inspects a hive in an almond orchard near Modesto, California.",
             "Photograph by Max Whittaker for The Lantern", "wp-block-image size-full")
    + '<div class="entry-content">'
    + "".join(f'<T><h2 class="wp-block-heading">{text}</h2></T>' if i in _H2 else
              f'<T><p class="{"has-drop-cap" if i == 0 else ""}">{text}</p></T>'
              for i, text in enumerate(BEES[:6]))
    + '<figure class="wp-block-pullquote"><blockquote><p>\u201cYou don\u2019t cry. You just '
    "keep opening boxes.\u201d</p></blockquote></figure>"
    + "".join(f'<T><h2 class="wp-block-heading">{text}</h2></T>' if i in _H2 else
              f"<T><p>{text}</p></T>" for i, text in enumerate(BEES[6:], 6))
    + "</div>"
    + '<footer class="entry-footer"><div class="author-bio"><img src="/a.jpg" alt=""><p><a '
    'href="/author/annakim/">Anna Kim</a> is a staff writer at The Lantern, where she covers '
    "agriculture and the environment.</p></div>"
    + share(["Facebook", "Twitter", "Email", "Copy link"])
    + '<div class="tags-links">Tagged <a href="/tag/bees/">bees</a>, <a '
    'href="/tag/agriculture/">agriculture</a></div></footer></article>'
    + '<div class="magazine-promo"><p>This article appears in the <a href="/magazine/2025/04/">'
    "April 2025</a> print edition. <a href=\"/subscribe\">Subscribe now</a> and get a free "
    "tote.</p></div>"
    + '<section class="related-posts"><h2>You might also like</h2>' + cards([
        ("The Fungus That Could Save the Banana", "A lab in Costa Rica races a disease."),
        ("What the Monarch Butterfly Count Really Tells Us", "Numbers rose last winter."),
        ("The Last Almond Farmer in Merced County", "A family business at the end.")])
    + "</section></main></div>"
    + '<footer id="colophon">' + nav(["About", "Masthead", "Contact", "Advertise",
                                      "Privacy Policy", "Terms and Conditions"])
    + "<p>\u00a9 2025 The Lantern Magazine. All rights reserved.</p></footer></div>"),
    "https://www.thelantern.example/science/2025/03/why-are-honeybees-dying/",
    "Why Are America\u2019s Honeybees Dying?", ("Anna Kim",), "2025-03-08")


GRID = [
    "National Grid has been told by the energy regulator to explain why connection offers to "
    "more than 40 battery storage projects were delayed by over a year, after developers "
    "complained that the queue reforms agreed last spring had not been applied as promised.",
    "In a letter published on Thursday, the regulator gave the system operator until the end "
    "of the month to set out how many projects had been assessed under the new \u2018first "
    "ready, first connected\u2019 rules and how many were still waiting.",
    "Developers say the delays put investment at risk. One told Grid Weekly that a 200MW site "
    "in Lincolnshire had lost its financing after its connection date slipped from 2027 to "
    "2031.",
    "The Electricity Storage Network, which represents battery developers, welcomed the "
    "regulator\u2019s intervention. Its chair, Laura Maddox, said members had \u201clost "
    "confidence that the queue would ever move at the pace the government wants.\u201d",
    "A National Grid spokesperson said the operator had processed more applications in the "
    "past six months than in the previous two years combined and that it would respond to the "
    "regulator in full.",
    "The government\u2019s target of 23GW to 27GW of battery storage by 2030 depends on "
    "clearing the backlog. About 9GW is connected today.",
]

page("trade-press-drupal-gated", document("en-GB", head(
    "Regulator demands answers from National Grid over battery connection delays | Grid Weekly",
    meta("og:title", "Regulator demands answers from National Grid over battery connection "
         "delays"),
    meta("og:type", "article"),
    meta("Generator", "Drupal 10 (https://www.drupal.org)"),
    jsonld({"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Regulator demands answers from National Grid "
         "over battery connection delays",
         "author": {"@type": "Organization", "name": "Grid Weekly"},
         "publisher": {"@type": "Organization", "name": "Faversham Media Ltd"},
         "isAccessibleForFree": "False"}]})),
    '<div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="region '
    'region-header"><a href="/" rel="home">Grid Weekly</a></div>'
    + nav(["News", "Analysis", "Networks", "Storage", "Retail", "Policy", "Events", "Jobs",
           "Awards"], "menu--main") + '<a href="/user/login">Log in</a> <a href="/register">'
    "Register</a></header>"
    + '<main role="main"><div class="region region-content"><article role="article" '
    'class="node node--type-article node--view-mode-full">'
    '<div class="field field--name-field-section"><a href="/storage">Storage</a></div>'
    '<h1 class="page-title"><span class="field field--name-title">Regulator demands answers '
    "from National Grid over battery connection delays</span></h1>"
    '<div class="node__meta"><span class="field--name-uid">By <a href="/users/dbrooks">Daniel '
    "Brooks</a></span></div>"
    + '<div class="field field--name-field-standfirst"><T><p>Developers say the reformed queue '
    "is still not moving, with some sites pushed back to 2031</p></T></div>"
    + '<div class="premium-flag">Premium</div>'
    + '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">'
    + ps(GRID[:2])
    + '<div class="paywall-teaser"><h3>To read the full article, register for free</h3><p>'
    "Get unlimited access to breaking news, analysis and market data. Already a member? "
    '<a href="/user/login">Log in</a></p></div>'
    + ps(GRID[2:]) + "</div>"
    + '<div class="field field--name-field-tags"><div class="field__label">Tags</div><a '
    'href="/tags/ofgem">Ofgem</a> <a href="/tags/national-grid">National Grid</a></div>'
    + "</article>"
    + link_list("Related articles", [
        "Connection reform: what the new queue means for storage",
        "Battery revenues recover in February", "Interview: the developer who gave up on "
        "Lincolnshire"], "block-related")
    + link_list("Most popular", ["Price cap to rise 6% in April", "Supplier of last resort "
             "costs climb", "Ten things we learned at Utility Week Live"], "block-popular")
    + '<div class="block-events"><h2>Events</h2><p>Grid Weekly Storage Summit, London, 14 May '
    '<a href="/events/storage">Book now</a></p></div></div></main>'
    + '<footer role="contentinfo">' + nav(["About us", "Contact", "Advertise", "Terms",
                                           "Privacy", "Cookies"])
    + "<p>\u00a9 Faversham Media Ltd. Registered in England and Wales.</p></footer></div>"),
    "https://www.gridweekly.example/storage/regulator-demands-answers-national-grid-battery-delays",
    "Regulator demands answers from National Grid over battery connection delays",
    ("Daniel Brooks",), "", ("Grid Weekly",))


# --- English: Escenic, NewsCorp, AMP ---------------------------------------------------------

HOUSING_IE = [
    "Dublin City Council has approved plans for 850 homes on the site of a former bus depot in "
    "Inchicore, the largest public housing scheme in the capital in more than 40 years.",
    "Councillors voted 49 to 8 in favour of the development at Monday night\u2019s meeting, "
    "after a debate that ran past midnight.",
    "Half of the homes will be let at social rents and the rest under the cost rental model, in "
    "which rents are set to cover the cost of building and maintaining the homes rather than "
    "market rates.",
    "The scheme also includes a creche, a community hall and a public park running along the "
    "Grand Canal.",
    "Independent councillor Pat Dunne, who opposed the plan, said the density was too high for "
    "an area already short of school places and GP surgeries.",
    "The council\u2019s chief executive, Richard Shakespeare, said construction could start "
    "early next year if the plans are not appealed to An Bord Plean\u00e1la.",
]

page("ie-regional-escenic", document("en-IE", head(
    "Council approves 850 homes on former bus depot in biggest scheme in 40 years | "
    "Dublin Evening Mail",
    meta("og:title", "Council approves 850 homes on former bus depot"),
    meta("article:published_time", "2025-03-18T00:41:00+00:00"),
    meta("cXenseParse:author", "Conor Feehan"),
    jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Council approves 850 homes on former bus depot",
            "datePublished": "2025-03-18T00:41:00+00:00",
            "author": [{"@type": "Person", "name": "Conor Feehan"}],
            "publisher": {"@type": "Organization", "name": "Dublin Evening Mail"}}),
    '<script>var escenic = {"articleId": "42918840", "section": "news/dublin"};</script>'),
    COOKIE["en"]
    + '<div id="topbar"><a href="/">Dublin Evening Mail</a>' + nav([
        "News", "Opinion", "Business", "Sport", "Life", "Style", "Entertainment", "Podcasts",
        "Regionals"]) + "</div>"
    + '<div id="main"><div class="article-header"><ol class="breadcrumbs"><li><a '
    'href="/news/">News</a></li><li><a href="/news/dublin/">Dublin</a></li></ol>'
    '<h1 data-testid="article-title" class="headline1">Council approves 850 homes on former '
    "bus depot in biggest scheme in 40 years</h1>"
    '<div class="byline-wrapper"><div data-testid="article-byline"><a href="/authors/'
    'conor-feehan/">Conor Feehan</a></div><div data-testid="article-time">Today at 00:41'
    "</div></div></div>"
    + '<div class="share-tools">' + share(["Facebook", "X", "Email", "Whatsapp"]) + "</div>"
    + figure("An artist\u2019s impression of the Inchicore scheme.", "Photo: Dublin City "
             "Council", "main-image")
    + '<div class="article-body" data-testid="article-body">'
    + ps(HOUSING_IE[:3], 'data-testid="article-paragraph"')
    + '<div class="related-inline"><p><strong>Read more</strong></p><p><a href="/news/1">Rents '
    "rise 7pc in Dublin as supply falls</a></p></div>"
    + ps(HOUSING_IE[3:], 'data-testid="article-paragraph"') + "</div>"
    + '<div class="article-tags"><a href="/topic/housing">Housing</a></div>'
    + '<div class="mail-plus-promo"><p>Get the Mail+ app for unlimited access to all our '
    "journalism. Try it free for 30 days.</p></div>"
    + link_list("Most Read", ["Garda\u00ed investigate after man assaulted in Temple Bar",
                              "Luas Green line closures announced for Easter",
                              "Dublin Airport passenger cap: what happens now"], "most-read")
    + "</div><footer>" + nav(["Contact Us", "Privacy", "Cookie Policy", "Terms & Conditions",
                              "Advertise"]) + "<p>\u00a9 Mediahuis Ireland</p></footer>"),
    "https://www.dublinmail.example/news/dublin/council-approves-850-homes-bus-depot-42918840",
    "Council approves 850 homes on former bus depot in biggest scheme in 40 years",
    ("Conor Feehan",), "2025-03-18")


SHARKS = [
    "A surfer has been taken to hospital with serious injuries to his leg after he was bitten "
    "by a shark off a beach on the NSW Mid North Coast.",
    "The 28-year-old was surfing off Point Plomer, north of Port Macquarie, about 7.15am on "
    "Monday when he was attacked.",
    "Other surfers helped him to shore, where a local doctor who was walking on the beach "
    "applied a tourniquet before paramedics arrived.",
    "He was flown to John Hunter Hospital in Newcastle in a serious but stable condition, NSW "
    "Ambulance said.",
    "\u201cThe actions of the people on that beach this morning almost certainly saved his "
    "life,\u201d Inspector Rob Fleming said.",
    "Beaches between Point Plomer and Crescent Head have been closed for at least 24 hours "
    "while drones search the area. Authorities believe the shark was a bull shark about 2.5m "
    "long.",
    "It is the third shark bite in NSW waters this summer.",
]

page("au-newscorp-paywall", document("en-AU", head(
    "Surfer bitten by shark at Point Plomer, NSW Mid North Coast | Coastal Telegraph",
    meta("og:title", "Surfer bitten by shark off NSW beach"),
    meta("article:published_time", "2025-03-09T21:30:00Z"),
    jsonld({"@context": "http://schema.org", "@type": "NewsArticle",
            "headline": "Surfer bitten by shark off NSW beach",
            "datePublished": "2025-03-09T21:30:00Z", "dateModified": "2025-03-09T23:02:00Z",
            "author": [{"@type": "Person", "name": "Lucy Carroll"},
                       {"@type": "Organization", "name": "NCA NewsWire"}],
            "isAccessibleForFree": False,
            "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False,
                        "cssSelector": "#story-body"}})),
    '<div id="app"><header class="header"><a href="/">Coastal Telegraph</a>'
    + nav(["News", "NSW", "National", "World", "Sport", "NRL", "Lifestyle", "Real Estate",
           "Puzzles", "Newsletters"]) + '<a class="subscribe" href="/subscribe">Subscribe</a>'
    "</header>"
    + '<main><div class="story-header"><p class="story-kicker">Exclusive</p>'
    '<h1 id="story-headline" class="storyblock_title">Surfer bitten by shark at Point Plomer on '
    "NSW Mid North Coast</h1>"
    '<p id="story-primary-standfirst"><T>A young surfer has been flown to hospital after being '
    "bitten on the leg, with beaches closed for 24 hours.</T></p>"
    '<div class="byline_container"><span class="byline_name">Lucy Carroll</span><span '
    'class="byline_sep">,</span> <span class="byline_source">NCA NewsWire</span></div>'
    '<div class="byline_publish">March 10, 2025 - 8:30AM</div></div>'
    + share(["Share", "Comments"])
    + '<div class="paywall-cta" id="paywall-banner"><h2>Subscribe to keep reading</h2><p>Only '
    "$1 for the first 4 weeks. Unlimited access to the Telegraph app and website. Cancel "
    'anytime.</p><a href="/subscribe/">Subscribe now</a><a href="/login">Log in</a></div>'
    + '<div id="story-body" class="storyblock_body">'
    + ps(SHARKS[:3])
    + '<div class="story-ad"><span>Advertisement</span></div>'
    + ps(SHARKS[3:])
    + figure("Beaches north of Port Macquarie have been closed.", "Picture: NCA NewsWire / "
             "Tony Brown") + "</div>"
    + '<div class="comments"><h3>Join the conversation</h3><p>Comments are closed for this '
    "article.</p></div>"
    + link_list("More Coverage", ["Teen bitten by shark at Cabarita Beach",
                                  "Drum lines: do they work?"], "more-coverage", "h3")
    + link_list("Trending", ["Cost of living: what changes on April 1",
                             "Kmart\u2019s $15 buy has shoppers queueing",
                             "NRL round 2 team lists"], "trending") + "</main>"
    + "<footer>" + nav(["Contact us", "Help", "Privacy", "Relevant Ads Opt-out",
                        "Terms of use", "Editorial code of conduct"])
    + "<p>Copyright \u00a9 2025 News Pty Ltd. All rights reserved.</p></footer></div>"),
    "https://www.coastaltelegraph.example/news/nsw/surfer-bitten-by-shark-at-point-plomer/"
    "news-story/8f3a9e1d2c",
    "Surfer bitten by shark at Point Plomer on NSW Mid North Coast", ("Lucy Carroll",),
    "2025-03-10", ("NCA NewsWire",))


PARKING = [
    "Drivers will pay up to \u00a32 more to park in the town centre from next month after "
    "councillors approved a new charging scheme.",
    "The changes, agreed at a meeting of Chelmsford City Council\u2019s cabinet on Tuesday, will "
    "see the cost of a four-hour stay at the High Chelmer car park rise from \u00a35.20 to "
    "\u00a36.80.",
    "Evening charges will also be introduced for the first time at three multi-storey car "
    "parks, at a flat rate of \u00a32 after 6pm.",
    "Cllr Marie Goldman, the council\u2019s leader, said the increases were needed to cover "
    "rising maintenance costs and that charges had not gone up since 2019.",
    "But traders said the move would drive shoppers to out-of-town retail parks where parking is "
    "free. \u201cWe are fighting for every customer as it is,\u201d said Sam Field, who runs a "
    "caf\u00e9 on Moulsham Street.",
    "The new charges will come into force on April 7.",
]

page("uk-regional-amp", (
    '<!doctype html><html \u26a1 lang="en"><head><meta charset="utf-8">'
    '<script async src="https://cdn.ampproject.org/v0.js"></script>'
    '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js">'
    "</script>"
    '<title>Chelmsford car park charges to rise by up to \u00a32 | Essex Chronicle</title>'
    '<link rel="canonical" href="https://www.essexchronicle.example/news/24990123.chelmsford-'
    'car-park-charges-rise/">'
    '<meta name="viewport" content="width=device-width">'
    + meta("og:title", "Chelmsford car park charges to rise by up to \u00a32")
    + meta("article:published_time", "2025-03-11T16:00:00+00:00")
    + jsonld({"@context": "http://schema.org", "@type": "NewsArticle",
              "headline": "Chelmsford car park charges to rise by up to \u00a32",
              "datePublished": "2025-03-11T16:00:00+00:00",
              "author": {"@type": "Person", "name": "Peter Walsh"},
              "publisher": {"@type": "Organization", "name": "Essex Chronicle"}})
    + "<style amp-boilerplate>body{visibility:hidden}</style>"
    '<style amp-custom>.article-body p{font-size:18px}</style></head><body>'
    '<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>We use cookies '
    "to improve your experience and to show you personalised ads.</p><button on=\"tap:consent."
    'accept">Accept</button></div></amp-consent>'
    '<header class="amp-header"><a href="/">Essex Chronicle</a><amp-sidebar id="sidebar" '
    'layout="nodisplay">' + nav(["News", "Sport", "What\u2019s On", "Announcements", "Jobs"])
    + "</amp-sidebar></header><main><article>"
    '<h1 class="article-title">Chelmsford car park charges to rise by up to \u00a32</h1>'
    '<div class="article-meta"><span class="author">By Peter Walsh</span> <span '
    'class="role">Local Democracy Reporter</span><br><span class="published">Published: '
    "11th March 2025</span></div>"
    '<amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter">'
    "</amp-social-share>"
    '<amp-img src="/img/car-park.jpg" width="640" height="360" layout="responsive" alt="High '
    'Chelmer car park"></amp-img><p class="caption">High Chelmer car park (Image: Google)</p>'
    '<div class="article-body">' + ps(PARKING[:3])
    + '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp"></amp-ad>'
    + ps(PARKING[3:]) + "</div>"
    '<p class="ldr-note"><em>The Local Democracy Reporting Service is a BBC-funded scheme that '
    "sees journalists employed by regional news organisations to cover local authorities."
    "</em></p>"
    '<div class="amp-related"><h3>Related articles</h3><ul><li><a href="/news/1">Plans for new '
    "park and ride approved</a></li><li><a href=\"/news/2\">Station car park to close for "
    "repairs</a></li></ul></div></article></main>"
    '<footer><p>This website and associated newspapers adhere to the Independent Press '
    "Standards Organisation\u2019s Editors\u2019 Code of Practice.</p><p>\u00a9 Copyright 2001-"
    "2025. Part of Newsquest\u2019s audited local newspaper network.</p></footer></body></html>"),
    "https://www.essexchronicle.example/news/24990123.chelmsford-car-park-charges-rise/amp/",
    "Chelmsford car park charges to rise by up to \u00a32", ("Peter Walsh",), "2025-03-11")


# --- English: a live page, South Asia, business press --------------------------------------

STORM = [
    ("21:48", "Rob Powell", "Network Rail says lines between Preston and Carlisle will stay "
     "closed until at least midday tomorrow while engineers clear fallen trees. Passengers are "
     "advised not to travel on the West Coast Main Line north of Preston."),
    ("21:20", "Rob Powell", "The Met Office has extended the amber wind warning for southern "
     "Scotland until 6am. Gusts of 80mph have been recorded at Capel Curig in Snowdonia, and "
     "forecasters say the strongest winds are yet to reach the Borders."),
    ("20:42", "Niamh Lynch", "More than 120,000 homes are now without power across Northern "
     "Ireland, according to NIE Networks. The company says crews will begin repairs at first "
     "light, but some customers may be without electricity for several days."),
    ("19:55", "Niamh Lynch", "Police in Cumbria have closed the A66 in both directions between "
     "Keswick and Penrith after a lorry was blown over. The driver was not injured."),
    ("19:10", "Rob Powell", "Ferry operator CalMac has cancelled all sailings on the west coast "
     "for tomorrow morning. Ferries across the Irish Sea are also disrupted, with Stena Line "
     "warning of delays of up to six hours."),
]

_ENTRY = ('<article class="ncpost-container"><div class="ncpost-header"><time>{}</time><span '
          'class="ncpost-author">{}</span></div><div class="ncpost-content"><T><p>{}</p></T>'
          '</div><div class="ncpost-share">' + share(["Share"]) + "</div></article>")

page("uk-broadcaster-live-blog", document("en-GB", head(
    "Storm Floris live: 120,000 homes without power as 80mph gusts hit UK | Sky Channel News",
    meta("og:title", "Storm Floris live: 120,000 homes without power as 80mph gusts hit UK"),
    meta("article:published_time", "2025-03-14T07:02:00+00:00"),
    meta("article:modified_time", "2025-03-14T21:48:00+00:00"),
    jsonld({"@context": "https://schema.org", "@type": "LiveBlogPosting",
            "headline": "Storm Floris live: 120,000 homes without power as 80mph gusts hit UK",
            "coverageStartTime": "2025-03-14T07:02:00+00:00",
            "datePublished": "2025-03-14T07:02:00+00:00",
            "dateModified": "2025-03-14T21:48:00+00:00",
            "author": [{"@type": "Person", "name": "Rob Powell"},
                       {"@type": "Person", "name": "Niamh Lynch"}],
            "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Update",
                                "articleBody": text} for _, _, text in STORM[:2]]})),
    COOKIE["en"]
    + '<header class="sdc-site-header"><a href="/">Sky Channel News</a>'
    + nav(["Home", "UK", "Politics", "World", "US", "Money", "Climate", "Science & Tech",
           "Ents & Arts", "Weather", "Watch Live"]) + "</header>"
    + '<main class="sdc-site-layout"><div class="sdc-article-header"><span class="live-label">'
    "LIVE</span>"
    '<h1 class="sdc-article-header__long-title">Storm Floris live: 120,000 homes without power '
    "as 80mph gusts hit UK</h1>"
    '<p class="sdc-article-header__sub-title"><T>Amber warnings are in force across Scotland, '
    "northern England and Northern Ireland, with rail lines, roads and ferries closed.</T></p>"
    '<div class="sdc-article-author">By Rob Powell and Niamh Lynch, news reporters</div>'
    '<p class="sdc-article-date">Friday 14 March 2025 07:02, UK</p></div>'
    + '<div class="key-points"><h2>Key points</h2><ul><li><a href="#p3">120,000 homes without '
    'power in NI</a></li><li><a href="#p4">A66 closed after lorry blown over</a></li><li><a '
    'href="#p5">All CalMac sailings cancelled</a></li></ul></div>'
    + '<div class="ncpost-list">' + "".join(_ENTRY.format(*entry) for entry in STORM)
    + "</div>"
    + '<button class="load-more">Load more posts</button>'
    + link_list("Top stories", ["Chancellor to set out spending cuts",
                                "Eurovision 2025: UK act revealed",
                                "House prices rise for third month"], "top-stories")
    + "</main><footer>" + nav(["About Sky Channel News", "Contact us", "Terms & Conditions",
                               "Privacy & Cookies", "Accessibility", "Site Map"])
    + "<p>\u00a9 2025 Sky UK</p></footer>"),
    "https://news.skychannel.example/story/storm-floris-live-updates-13301234",
    "Storm Floris live: 120,000 homes without power as 80mph gusts hit UK",
    ("Rob Powell", "Niamh Lynch"), "2025-03-14")


METRO = [
    "The Delhi Metro\u2019s Magenta Line extension to Majlis Park will open for passengers "
    "next week, the Delhi Metro Rail Corporation (DMRC) said on Tuesday, after the Commissioner "
    "of Metro Rail Safety completed his inspection of the 12.3km stretch.",
    "The extension adds eight stations in north-west Delhi and will cut travel time between "
    "Janakpuri West and Majlis Park to about 40 minutes, officials said.",
    "\u201cAll safety checks have been completed and trial runs have been going on for three "
    "weeks. We expect to start commercial operations once the final approval letter is "
    "received,\u201d a senior DMRC official said, asking not to be named.",
    "The stretch is part of Phase 4 of the Delhi Metro, which has faced repeated delays because "
    "of land acquisition problems and the Covid-19 pandemic. It was originally due to open in "
    "2022.",
    "Residents of areas such as Haiderpur and Azadpur, who currently depend on buses and shared "
    "autorickshaws, have long demanded metro connectivity.",
    "DMRC said frequency on the line would be four to five minutes during peak hours.",
]

page("in-english-national-modified-only", document("en-IN", head(
    "Delhi Metro Magenta Line extension to open next week | Latest News Delhi - The National "
    "Chronicle",
    meta("og:title", "Delhi Metro Magenta Line extension to open next week"),
    meta("article:modified_time", "2025-03-12T05:41:00+05:30"),
    jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Delhi Metro Magenta Line extension to open next week",
            "datePublished": "2025-03-11T23:50:12+05:30",
            "dateModified": "2025-03-12T05:41:00+05:30",
            "author": [{"@type": "Person", "name": "Neeraj Chauhan",
                        "url": "https://www.nationalchronicle.example/author/neeraj-chauhan"}],
            "publisher": {"@type": "NewsMediaOrganization", "name": "The National Chronicle"}}),
    '<script>window._taboola=window._taboola||[];</script>'),
    COOKIE["en"]
    + '<header><a href="/">The National Chronicle</a>' + nav([
        "Home", "Latest", "India", "World", "Cities", "Entertainment", "Cricket", "Lifestyle",
        "Astrology", "Education", "Photos", "Videos", "Web Stories", "E-Paper"]) + "</header>"
    + '<main><div class="breadcrumb"><a href="/">Home</a> / <a href="/cities/delhi-news">Delhi'
    "</a> / Delhi Metro Magenta Line extension to open next week</div>"
    '<div class="storyDetails"><h1 class="hdg1">Delhi Metro Magenta Line extension to open next '
    "week</h1>"
    '<h2 class="sortDec"><T>The 12.3km stretch to Majlis Park adds eight stations and has been '
    "cleared by the safety commissioner, officials said</T></h2>"
    '<div class="actionDiv"><div class="storyBy">By <a href="/author/neeraj-chauhan">Neeraj '
    'Chauhan</a>, New Delhi</div><div class="dateTime">Updated on: Mar 12, 2025 05:41 AM IST'
    "</div></div>"
    + share(["Share Via", "Copy Link"])
    + figure("A Magenta Line train during a trial run.", "(HT Photo)", "storyImg")
    + '<div class="storyDetail">' + ps(METRO[:3])
    + '<div class="inline-story"><strong>Also Read:</strong> <a href="/cities/delhi-news/1">'
    "Blue Line services hit after cable theft near Dwarka</a></div>"
    + ps(METRO[3:])
    + '<div class="catch-all"><p>Catch every big hit, every wicket with Crick-it, a one-stop '
    "destination for live scores, match stats, quizzes, polls and more.</p></div>"
    + '<div class="see-less"><p>Get Latest India News along with Latest News and Top Headlines '
    "from India and around the world.</p></div></div></div>"
    + '<section class="relatedStories"><h2>Related Stories</h2>' + cards([
        ("Delhi Metro ridership crosses 7 million on Monday", ""),
        ("Phase 4: Golden Line trial runs begin", "")]) + "</section>"
    + link_list("Trending in Cities", ["Mumbai: BMC budget", "Bengaluru water crisis",
                                       "Noida traffic advisory for Holi"], "trending")
    + "</main><footer>" + nav(["About us", "Contact us", "Terms of use", "Privacy policy",
                               "Weather Today", "Code of Ethics"])
    + "<p>Copyright \u00a9 The National Chronicle. All Rights Reserved</p></footer>"),
    "https://www.nationalchronicle.example/cities/delhi-news/delhi-metro-magenta-line-"
    "extension-to-open-next-week-101741717212345.html",
    "Delhi Metro Magenta Line extension to open next week", ("Neeraj Chauhan",), "2025-03-11")


BANK = [
    "Germany\u2019s financial regulator has ordered Commerzbank to strengthen its controls "
    "against money laundering, the second time in four years that BaFin has intervened at the "
    "lender, as the bank fights off a takeover bid from Italy\u2019s UniCredit.",
    "BaFin said on Thursday it had appointed a special monitor to oversee the bank\u2019s "
    "progress, after an audit found \u201cdeficiencies\u201d in how it checked some business "
    "customers and monitored transactions.",
    "Commerzbank said it had already begun to address the findings and that it expected the "
    "costs to be \u201cin the low double-digit millions of euros\u201d.",
    "The order comes at a sensitive moment. UniCredit has built a stake of about 28 per cent in "
    "Commerzbank and its chief executive, Andrea Orcel, has argued that the German bank would "
    "be better run as part of a larger European group.",
    "Commerzbank\u2019s management and the German government, which still owns 12 per cent of "
    "the bank, oppose a takeover.",
    "One person close to the bank\u2019s supervisory board said the BaFin order was "
    "\u201cembarrassing but manageable\u201d and would not change the board\u2019s view of "
    "UniCredit\u2019s approach.",
    "Shares in Commerzbank fell 1.2 per cent in Frankfurt.",
]

page("business-methode-paywall", document("en-GB", head(
    "BaFin orders Commerzbank to tighten anti-money laundering controls",
    meta("og:title", "BaFin orders Commerzbank to tighten anti-money laundering controls"),
    meta("description", "Regulator appoints special monitor as lender fights UniCredit bid"),
    meta("article:published_time", "2025-03-13T16:12:04.512Z"),
    jsonld({"@context": "http://schema.org", "@type": "NewsArticle",
            "headline": "BaFin orders Commerzbank to tighten anti-money laundering controls",
            "datePublished": "2025-03-13T16:12:04.512Z",
            "author": [{"@type": "Person", "name": "Martin Arnold"},
                       {"@type": "Person", "name": "Olaf Storbeck"}],
            "isAccessibleForFree": False,
            "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False,
                        "cssSelector": ".article-body"}})),
    '<div class="o-header"><a href="/">Financial Ledger</a>' + nav([
        "Home", "World", "US", "Companies", "Tech", "Markets", "Climate", "Opinion",
        "Lex", "Work & Careers", "Life & Arts", "HTSI"], "o-header__nav") + "</div>"
    + '<div id="site-content"><article class="article" data-trackable="article"><div '
    'class="o-topper"><div class="o-topper__tags"><a href="/commerzbank">Commerzbank</a> + '
    '<span>Add to myFT</span></div>'
    '<h1 class="o-topper__headline"><span class="article-classifier__gap">BaFin orders '
    "Commerzbank to tighten anti-money laundering controls</span></h1>"
    '<div class="o-topper__standfirst"><T>Regulator appoints special monitor as lender fights '
    "takeover bid from UniCredit</T></div></div>"
    + figure("Commerzbank\u2019s headquarters in Frankfurt", "\u00a9 Bloomberg")
    + '<p class="article-info__byline"><a class="n-content-tag--author" '
    'href="/stream/martin-arnold">Martin Arnold</a> in Frankfurt and <a '
    'class="n-content-tag--author" href="/stream/olaf-storbeck">Olaf Storbeck</a> in Berlin</p>'
    '<time data-o-component="o-date" class="article-info__timestamp o-date" '
    'datetime="2025-03-13T16:12:04.512Z">Published March 13 2025</time>'
    + '<div class="share-nav">' + share(["X", "Facebook", "LinkedIn", "Whatsapp", "Save"])
    + "</div>"
    + '<div class="barrier-inline"><p>Stay informed with free updates</p><p>Simply sign up to '
    "the European banks myFT Digest -- delivered directly to your inbox.</p></div>"
    + '<div class="article-body n-content-body js-article__content-body">' + ps(BANK[:4])
    + '<p><a href="/content/1"><strong>Recommended</strong> Lex: Commerzbank/UniCredit: '
    "the long game</a></p>" + ps(BANK[4:]) + "</div>"
    + '<p class="article__copyright-notice">Copyright The Financial Ledger Limited 2025. All '
    "rights reserved.</p>"
    + '<div class="n-feedback"><a href="/feedback">Reuse this content</a> <a '
    'href="#comments">Comments</a></div></article>'
    + '<div class="promoted-content"><h2>Promoted Content</h2>' + cards([
        ("How private markets are changing", "Paid post by Apex Partners")]) + "</div>"
    + link_list("Follow the topics in this article", ["Commerzbank AG", "UniCredit SpA",
                "Martin Arnold", "Olaf Storbeck", "German banks"], "topics", "h3")
    + "</div><footer>" + nav(["Support", "View Site Tips", "Help Centre", "Contact Us",
                              "About Us", "Accessibility", "myFT Tour", "Careers"])
    + "<p>Markets data delayed by at least 15 minutes. \u00a9 THE FINANCIAL LEDGER LTD 2025.</p>"
    "</footer>"),
    "https://www.financialledger.example/content/4b1d9f2e-6c3a-4a77-9c8e-0f1e2d3c4b5a",
    "BaFin orders Commerzbank to tighten anti-money laundering controls",
    ("Martin Arnold", "Olaf Storbeck"), "2025-03-13")


# --- German ------------------------------------------------------------------------------------

DE_NAV = ["Startseite", "Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama",
          "Ratgeber", "Reise", "Plus"]
DE_FOOT = ["Impressum", "Datenschutz", "AGB", "Kontakt", "Mediadaten", "Abo kündigen",
           "Cookie-Einstellungen"]

A40 = [
    "Autofahrer im Ruhrgebiet müssen sich ab Montag auf wochenlange Einschränkungen auf der "
    "A40 einstellen. Zwischen den Anschlussstellen Essen-Frillendorf und Gelsenkirchen-"
    "Kray wird die Fahrbahn in Richtung Dortmund saniert, wie die Autobahn GmbH am Donnerstag "
    "mitteilte.",
    "Für die Dauer der Arbeiten steht in jede Richtung nur ein Fahrstreifen zur Verfügung. Die "
    "Auffahrt Essen-Kray wird voraussichtlich bis Ende April voll gesperrt.",
    "Die Autobahn GmbH rechnet vor allem im Berufsverkehr mit langen Staus. Sie empfiehlt, die "
    "Strecke großräumig über die A42 und die A2 zu umfahren und wenn möglich auf Bus und Bahn "
    "umzusteigen.",
    "Warum jetzt gebaut wird",
    "Die Fahrbahn auf dem rund vier Kilometer langen Abschnitt stammt aus den 1980er-Jahren und "
    "weist nach Angaben der Autobahn GmbH tiefe Risse und Spurrinnen auf. Eine Sanierung sei "
    "nicht länger aufzuschieben.",
    "„Wir wissen, dass das für die Pendlerinnen und Pendler eine Belastung ist“, sagte ein "
    "Sprecher. Man habe den Zeitraum bewusst so gewählt, dass die Arbeiten vor den Sommerferien "
    "abgeschlossen sind.",
    "Die Essener Ruhrbahn kündigte an, auf der parallel verlaufenden Straßenbahnlinie 103 in "
    "den Hauptverkehrszeiten zusätzliche Fahrten anzubieten.",
    "Die Kosten für die Sanierung liegen bei rund 14 Millionen Euro. Fertig sein sollen die "
    "Arbeiten nach derzeitiger Planung Mitte Juni.",
]

page("de-funke-regional-plus", document("de", head(
    "A40 in Essen: Wochenlange Sperrungen ab Montag – das müssen Pendler wissen | Ruhr Kurier",
    meta("og:title", "A40: Wochenlange Sperrungen ab Montag"),
    meta("article:published_time", "2025-03-06T23:30:00Z"),
    meta("article:modified_time", "2025-03-07T06:14:00Z"),
    meta("author", "Anna Schmidt"),
    jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "A40: Wochenlange Sperrungen ab Montag",
            "datePublished": "2025-03-06T23:30:00Z", "dateModified": "2025-03-07T06:14:00Z",
            "author": [{"@type": "Person", "name": "Anna Schmidt",
                        "url": "https://www.ruhrkurier.example/autoren/anna-schmidt/"}],
            "isAccessibleForFree": False,
            "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False,
                        "cssSelector": ".article-body"}})),
    COOKIE["de"]
    + '<header class="header"><a href="/">Ruhr Kurier</a>' + nav(DE_NAV)
    + '<a href="/abo/">Abo</a> <a href="/login/">Anmelden</a></header>'
    + '<main><article class="article"><header class="article__header">'
    '<ul class="breadcrumb"><li><a href="/staedte/essen/">Essen</a></li></ul>'
    '<h1 class="article__header__headline"><span class="article__header__topline">'
    'Verkehr</span> <span class="article__header__headline__text">A40 in Essen: Wochenlange '
    "Sperrungen ab Montag</span></h1>"
    '<div class="plus-badge">Kurier Plus</div>'
    '<p class="article__header__intro"><T>Zwischen Frillendorf und Kray wird die Fahrbahn '
    "saniert. Die Autobahn GmbH rechnet mit langen Staus und empfiehlt Umwege.</T></p>"
    '<div class="article__header__meta"><span class="author">Von <a '
    'href="/autoren/anna-schmidt/">Anna Schmidt</a></span><time '
    'datetime="2025-03-07T00:30:00+01:00">07.03.2025, 00:30 Uhr</time><span '
    'class="reading-time">· 3 Min.</span></div></header>'
    + share(["Teilen", "Facebook", "WhatsApp", "E-Mail", "Merken"])
    + figure("Auf der A40 bei Essen-Kray wird es ab Montag eng.", "Foto: Kai Kitschenberg / "
             "Funke Foto Services")
    + '<div class="article-body">' + ps(A40[:2])
    + '<aside class="inline-teaser"><p><strong>Lesen Sie auch:</strong> <a '
    'href="/staedte/essen/1">Baustellen in Essen: Diese Straßen sind im März gesperrt</a></p>'
    "</aside>"
    + ps(A40[2:3]) + "<T><h2>" + A40[3] + "</h2></T>" + ps(A40[4:6])
    + '<div class="newsletter-box"><h3>Essen-Newsletter</h3><p>Jeden Morgen die wichtigsten '
    "Nachrichten aus Ihrer Stadt – kostenlos per E-Mail.</p><form><input type=email>"
    "<button>Jetzt anmelden</button></form></div>"
    + ps(A40[6:])
    + '<p class="more"><strong>Mehr Nachrichten aus Essen:</strong> <a href="/1">Rüttenscheider '
    'Straße: Händler klagen über Leerstand</a> · <a href="/2">Grugapark: Neue Preise ab '
    "April</a></p>"
    + "</div>"
    + '<div class="paywall-hint"><p>Dieser Artikel ist zuerst bei Kurier Plus erschienen. '
    "Jetzt 4 Wochen für 0,99 € testen.</p></div></article>"
    + '<section class="teaser-list"><h2>Auch interessant</h2>' + cards([
        ("Essen: Großeinsatz in Altenessen", "Polizei sperrt Straße"),
        ("Rot-Weiss Essen: Trainer vor dem Aus?", "Nach der Pleite in Ulm")]) + "</section>"
    + link_list("Meistgelesen", ["Kaufhaus-Aus: Was aus dem Gebäude wird",
                                 "Blitzer in Essen: Hier wird nächste Woche kontrolliert",
                                 "Neue Kita in Kettwig eröffnet"], "most-read")
    + '<section class="comments"><h2>Kommentare</h2><p>Die Kommentarfunktion ist für diesen '
    "Artikel deaktiviert.</p></section></main>"
    + "<footer>" + nav(DE_FOOT) + "<p>© Ruhr Kurier 2025 – Alle Rechte vorbehalten.</p>"
    "</footer>"),
    "https://www.ruhrkurier.example/staedte/essen/article408112233/a40-essen-sperrung-"
    "frillendorf-kray.html",
    "A40 in Essen: Wochenlange Sperrungen ab Montag", ("Anna Schmidt",), "2025-03-07")


LOTTO = [
    "Was für ein Glückspilz! Ein Lotto-Spieler aus dem Raum Hannover hat am Samstag den "
    "Jackpot geknackt – und ist jetzt um 17,3 Millionen Euro reicher.",
    "Der Tipper hatte als Einziger in ganz Deutschland die sechs Richtigen und die Superzahl "
    "auf seinem Schein, wie Lotto Niedersachsen am Montag mitteilte.",
    "Gespielt hatte der Mann oder die Frau ganz klassisch: mit einem Spielschein für 12,50 Euro "
    "in einer Annahmestelle in der Region Hannover.",
    "Wer der Gewinner ist, weiß Lotto Niedersachsen noch nicht. Der Schein wurde ohne "
    "Kundenkarte abgegeben. Die Gesellschaft bittet den Glückspilz deshalb, sich mit der "
    "Quittung zu melden.",
    "„Bitte bewahren Sie den Schein gut auf“, sagte ein Sprecher zu BILD. „Und dann rufen Sie "
    "uns an. Wir helfen Ihnen gern bei den nächsten Schritten.“",
    "Es ist der zweithöchste Lotto-Gewinn in Niedersachsen in diesem Jahr. Im Januar hatte ein "
    "Spieler aus Osnabrück 9,8 Millionen Euro gewonnen.",
]

page("de-springer-tabloid", document("de", head(
    "17-Millionen-Jackpot geknackt: Lotto-Gewinner aus Hannover gesucht! | Abendblitz",
    meta("og:title", "Lotto-Millionär gesucht!"),
    meta("article:published_time", "2025-03-10T11:23:00+01:00"),
    jsonld({"@context": "http://schema.org", "@type": "NewsArticle",
            "headline": "17-Millionen-Jackpot geknackt: Lotto-Gewinner aus Hannover gesucht!",
            "datePublished": "2025-03-10T10:23:00Z",
            "author": [{"@type": "Person", "name": "JOHANNES MÜLLER"},
                       {"@type": "Person", "name": "KATRIN SCHNEIDER"}],
            "publisher": {"@type": "Organization", "name": "ABENDBLITZ"}})),
    COOKIE["de"]
    + '<header class="page-header"><a class="logo" href="/">ABENDBLITZ</a>' + nav([
        "News", "Politik", "Regio", "Unterhaltung", "Sport", "Fußball", "Lifestyle", "Ratgeber",
        "Auto", "Spiele", "BLITZplus"]) + "</header>"
    + '<main class="main-content"><article class="article-view">'
    '<div class="breadcrumb"><a href="/regional/">Regional</a> <a '
    'href="/regional/hannover/">Hannover</a></div>'
    '<h1 class="document-title"><span class="document-title__kicker">Lotto-Millionär gesucht!'
    '</span><span class="document-title__headline">17-Millionen-Jackpot geknackt: '
    "Lotto-Gewinner aus Hannover gesucht!</span></h1>"
    '<div class="datetime"><time datetime="2025-03-10T10:23:00.000Z">10.03.2025 - 11:23 Uhr'
    "</time></div>"
    '<div class="authors"><span class="authors__prefix">Von: </span><span '
    'class="authors__name">JOHANNES MÜLLER</span><span> und </span><span class="authors__name">'
    "KATRIN SCHNEIDER</span></div>"
    + share(["Teilen", "Kommentieren"])
    + figure("In einer Annahmestelle in der Region Hannover wurde der Schein abgegeben",
             "Foto: dpa")
    + '<div class="article-body"><T><p><strong>' + LOTTO[0] + "</strong></p></T>"
    + ps(LOTTO[1:3])
    + '<p class="related-link"><a href="/regional/hannover/1"><strong>Lesen Sie auch</strong>'
    " Lotto-Rentner verprasst Million in einem Jahr</a></p>"
    + ps(LOTTO[3:5])
    + '<div class="info-box"><h3>Lotto-Fieber</h3><p>Die Chance auf sechs Richtige mit '
    "Superzahl liegt bei 1 zu 140 Millionen.</p></div>"
    + ps(LOTTO[5:]) + "</div>"
    + '<div class="plus-teaser"><p>BLITZplus: Alle Artikel lesen. Jetzt für 0,99 € im ersten '
    "Monat.</p></div></article>"
    + '<section class="recommendations"><h2>Mehr aus Hannover</h2>' + cards([
        ("Polizei jagt Geldautomaten-Sprenger", "Nächtlicher Knall in Langenhagen"),
        ("Maschsee-Fest: Das ist neu", "Die Stadt hat Pläne")]) + "</section></main>"
    + "<footer>" + nav(["Impressum", "Datenschutz", "Nutzungsbedingungen", "Jobs",
                        "Kontakt", "Widerruf Tracking"])
    + "<p>© Axel Springer SE. Alle Rechte vorbehalten.</p></footer>"),
    "https://www.abendblitz.example/regional/hannover/lotto-jackpot-hannover-gewinner-gesucht-"
    "87234512.blitz.html",
    "17-Millionen-Jackpot geknackt: Lotto-Gewinner aus Hannover gesucht!",
    ("Johannes Müller", "Katrin Schneider"), "2025-03-10")


SCHULDEN = [
    "Es ist ein bemerkenswerter Moment: Union und SPD wollen mit den Stimmen des alten "
    "Bundestags die Schuldenbremse lockern, noch bevor der neue zusammentritt. Für die "
    "Verteidigung soll künftig fast unbegrenzt Kredit aufgenommen werden dürfen, dazu kommt ein "
    "Sondervermögen von 500 Milliarden Euro für die Infrastruktur.",
    "Man kann über den Weg streiten. Über das Ziel eigentlich nicht mehr. Die Brücken, die "
    "Schienen, die Schulen in diesem Land sind über Jahre auf Verschleiß gefahren worden. Und "
    "die Bundeswehr ist, das sagen selbst ihre eigenen Generäle, nur bedingt einsatzbereit.",
    "Trotzdem hat die Sache einen Haken. Wer in einem Wahlkampf verspricht, an der "
    "Schuldenbremse festzuhalten, und sie eine Woche danach aufweicht, darf sich über "
    "Vertrauensverlust nicht wundern. Friedrich Merz wird diese Frage noch lange verfolgen.",
    "Dazu kommt: Geld allein baut keine Brücke. Wer die Planungsverfahren nicht beschleunigt, "
    "wer nicht genug Ingenieurinnen in den Bauämtern hat, wird die Milliarden nicht ausgeben "
    "können. Das Sondervermögen der Bundeswehr von 2022 ist dafür ein warnendes Beispiel.",
    "Es wäre deshalb klug, das Geld an Bedingungen zu knüpfen: an schnellere Verfahren, an "
    "eine ehrliche Liste der Projekte, an eine jährliche Rechenschaft vor dem Parlament.",
    "Dann könnte aus dem Tabubruch doch noch etwas werden, das sich in zehn Jahren gelohnt hat.",
]

page("de-zeit-like-commentary", document("de", head(
    "Schuldenbremse: Geld allein baut keine Brücke | ZEITPUNKT ONLINE",
    meta("og:title", "Schuldenbremse: Geld allein baut keine Brücke"),
    meta("article:published_time", "2025-03-09T16:04:23+01:00"),
    meta("article:modified_time", "2025-03-09T18:30:00+01:00"),
    meta("author", "Lisa Nienhaus"),
    jsonld({"@context": "http://schema.org", "@type": "NewsArticle",
            "headline": "Schuldenbremse: Geld allein baut keine Brücke",
            "datePublished": "2025-03-09T16:04:23+01:00",
            "author": [{"@type": "Person", "name": "Lisa Nienhaus",
                        "url": "https://www.zeitpunkt.example/autoren/N/Lisa_Nienhaus/"}],
            "publisher": {"@type": "Organization", "name": "ZEITPUNKT ONLINE"}})),
    COOKIE["de"]
    + '<header class="header"><a href="/index">ZEITPUNKT ONLINE</a>' + nav([
        "Politik", "Gesellschaft", "Wirtschaft", "Kultur", "Wissen", "Digital", "Campus",
        "Arbeit", "Entdecken", "Sport", "ZEITmagazin", "Podcasts", "Zeit für X"]) + "</header>"
    + '<main class="main"><article class="article" id="js-article">'
    '<header class="article-header"><h1 class="article-heading"><span '
    'class="article-heading__kicker">Schuldenbremse</span><span class="visually-hidden">: '
    '</span><span class="article-heading__title">Geld allein baut keine Brücke</span></h1>'
    '<div class="summary"><T>Union und SPD wollen die Schuldenbremse lockern, bevor der neue '
    "Bundestag zusammentritt. Das Ziel ist richtig, der Weg heikel.</T></div>"
    '<div class="metadata"><span class="metadata__category">Ein Kommentar von </span><a '
    'href="/autoren/N/Lisa_Nienhaus/index" rel="author">Lisa Nienhaus</a><time '
    'class="metadata__date" datetime="2025-03-09T16:04:23+01:00">9. März 2025, 16:04 Uhr'
    '</time><a class="metadata__commentcount" href="#comments">231 Kommentare</a></div>'
    "</header>"
    + figure("CDU-Chef Friedrich Merz und SPD-Chef Lars Klingbeil am Dienstag in Berlin",
             "© Michael Kappeler/dpa")
    + '<div class="article-body">'
    + ps(SCHULDEN[:3], 'class="paragraph article__item"')
    + '<aside class="article__item x-spacing"><div class="zplus-teaser">Aus der Serie: <a '
    'href="/serie/ampel-aus">Nach der Ampel</a></div></aside>'
    + ps(SCHULDEN[3:], 'class="paragraph article__item"') + "</div>"
    + '<div class="article-toc"><p>Dieser Text ist Teil von ZEITPUNKT ONLINE. <a '
    'href="/abo">Jetzt abonnieren</a></p></div>'
    + share(["Teilen", "Link kopieren", "Mail", "WhatsApp", "Speichern"])
    + "</article>"
    + '<section id="comments" class="comment-section"><h2>231 Kommentare</h2><article '
    'class="comment"><div class="comment-meta"><a href="/nutzer/1">Kassandra1968</a> vor 2 '
    "Stunden</div><div class=\"comment__body\"><p>Endlich sagt es mal jemand. Ohne schnellere "
    "Genehmigungen verpufft das ganze Geld, wie bei der Bahn seit Jahren zu beobachten ist."
    "</p></div></article><article class=\"comment\"><div class=\"comment-meta\"><a "
    'href="/nutzer/2">Nordlicht</a> vor 3 Stunden</div><div class="comment__body"><p>Wortbruch '
    "bleibt Wortbruch, egal wie gut das Ziel ist.</p></div></article></section>"
    + link_list("Mehr zum Thema", ["Sondervermögen: Was mit 500 Milliarden gebaut werden "
                "kann", "Grüne stellen Bedingungen für Zustimmung"], "topic-links")
    + "</main><footer>" + nav(["Impressum", "Hilfe & Kontakt", "Unternehmen", "Karriere",
                               "Presse", "Jobs", "Datenschutz", "Cookies & Tracking"])
    + "<p>© ZEITPUNKT ONLINE</p></footer>"),
    "https://www.zeitpunkt.example/politik/deutschland/2025-03/schuldenbremse-union-spd-"
    "reform-kommentar",
    "Geld allein baut keine Brücke", ("Lisa Nienhaus",), "2025-03-09")


VELO = [
    "Die Stadt Zürich will bis 2030 rund 50 Kilometer neue Velovorzugsrouten bauen. Der "
    "Stadtrat hat am Mittwoch das Konzept vorgestellt, mit dem er die Vorgabe der 2020 "
    "angenommenen Velo-Initiative umsetzen will.",
    "Auf den Routen sollen Velofahrende möglichst ohne Halt und getrennt vom Autoverkehr "
    "unterwegs sein. Dafür werden an vielen Orten Parkplätze aufgehoben: Insgesamt rund 1600 "
    "Plätze sollen wegfallen, etwa ein Viertel davon in der Innenstadt.",
    "Tiefbauvorsteherin Simone Brander (SP) sprach von einem «Generationenprojekt». Die Stadt "
    "wachse, und der Platz auf den Strassen lasse sich nicht vermehren. «Wir müssen ihn anders "
    "verteilen.»",
    "Kritik kam umgehend vom Gewerbeverband. Für Handwerker und Lieferdienste werde es immer "
    "schwieriger, ihre Kundschaft in der Stadt zu erreichen, sagte Präsidentin Nicole Barandun. "
    "Die FDP kündigte an, gegen einzelne Abschnitte Rekurs zu prüfen.",
    "Die Kosten für die Routen schätzt die Stadt auf rund 350 Millionen Franken. Als erste "
    "sollen die Strecken entlang der Langstrasse und durch Wipkingen umgesetzt werden.",
]

page("ch-tamedia-like", document("de-CH", head(
    "Velorouten in Zürich: 1600 Parkplätze sollen verschwinden | Zürcher Anzeiger",
    meta("og:title", "1600 Parkplätze sollen für Velorouten verschwinden"),
    meta("article:published_time", "2025-03-12T05:12:00.000Z"),
    jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "1600 Parkplätze sollen für Velorouten verschwinden",
            "datePublished": "2025-03-12T05:12:00.000Z",
            "dateModified": "2025-03-12T14:40:00.000Z",
            "author": [{"@type": "Person", "name": "Beat Metzler"}],
            "isAccessibleForFree": False})),
    COOKIE["de"]
    + '<header class="Header_root__x1"><a href="/">Zürcher Anzeiger</a>' + nav([
        "Zürich", "Schweiz", "International", "Wirtschaft", "Sport", "Kultur", "Leben",
        "Meinungen", "Podcasts", "Wissen"]) + '<a href="/abo">Abo</a></header>'
    + '<main class="ArticlePage_root__9f"><article><div class="ContentHead_root__k2">'
    '<p class="ContentHead_catchword__1">Verkehr in der Stadt Zürich</p>'
    '<h2 class="ContentHead_title__3"><span class="ContentHead_abo__5">Abo</span> '
    "<span>1600 Parkplätze verschwinden – Stadt plant 50 Kilometer Velorouten</span></h2>"
    '<p class="ContentHead_lead__7"><T>Der Stadtrat zeigt, wie er die Velo-Initiative umsetzen '
    "will. Das Gewerbe ist empört.</T></p>"
    '<div class="ContentMetaInfo_root__b"><div class="ContentMetaInfo_author__c"><a '
    'href="/autoren/beat-metzler">Beat Metzler</a></div><div '
    'class="ContentMetaInfo_date__d"><span>Publiziert heute um 06:12 Uhr</span></div></div>'
    "</div>"
    + share(["Teilen", "Merken", "Drucken", "Kommentare"])
    + figure("Die Langstrasse soll als eine der ersten Strecken umgebaut werden.",
             "Foto: Urs Jaudas")
    + '<div class="ArticleBody_root__e">'
    + ps(VELO[:2], 'class="ArticleParagraph_root__f"')
    + '<div class="ArticleContainer_root__g"><div class="InlineTeaser"><span>Mehr zum Thema'
    '</span><a href="/zuerich/1">Velo-Initiative: So hat die Stadt abgestimmt</a></div></div>'
    + ps(VELO[2:], 'class="ArticleParagraph_root__f"') + "</div>"
    + '<div class="Newsletter_root"><h3>Newsletter</h3><p>Zürich heute: Erhalten Sie die '
    "wichtigsten Nachrichten aus der Stadt – jeden Abend.</p><button>Anmelden</button></div>"
    + '<div class="ArticleAuthor_root"><p>Beat Metzler ist Redaktor im Ressort Zürich. Er '
    "schreibt über Stadtentwicklung und Verkehr.</p></div>"
    + '<div class="Comments_root"><h3>Kommentare (84)</h3><p>Fehler gefunden? <a '
    'href="/fehler">Jetzt melden.</a></p></div></article>'
    + link_list("Meistgelesen", ["Tote Frau in Oerlikon: Polizei nimmt Mann fest",
                                 "Sechseläuten 2025: Alle Infos", "Hallenbad City bleibt "
                                 "länger zu"], "MostRead_root")
    + "</main><footer>" + nav(["Impressum", "AGB", "Datenschutz", "Abo-Angebote",
                               "Kontakt", "Hilfe"])
    + "<p>© Tamedia Publikationen Deutschschweiz AG</p></footer>"),
    "https://www.zuercheranzeiger.example/velorouten-zuerich-1600-parkplaetze-sollen-"
    "verschwinden-293847562915",
    "1600 Parkplätze verschwinden – Stadt plant 50 Kilometer Velorouten", ("Beat Metzler",),
    "2025-03-12")


MIETE = [
    "Die Mieten im Altbau steigen ab April erneut. Der Richtwert, an dem sich die meisten "
    "Mieten in Wohnungen aus der Zeit vor 1945 orientieren, wird in Wien um 4,6 Prozent "
    "angehoben. Das geht aus einer Verordnung des Justizministeriums hervor, die am Montag "
    "veröffentlicht wurde.",
    "Betroffen sind österreichweit rund 400.000 Haushalte. Für eine 70 Quadratmeter große "
    "Altbauwohnung in Wien bedeutet die Erhöhung Mehrkosten von etwa 22 Euro im Monat.",
    "Die Mietervereinigung kritisierte die Anhebung scharf. Die Regierung habe versprochen, "
    "die Mieten zu bremsen, sagte Präsidentin Elke Hanel-Torsch. Stattdessen würden sie nun "
    "zum dritten Mal in Folge stärker steigen als die Löhne vieler Haushalte.",
    "Im Justizministerium verwies man auf die gesetzliche Lage: Die Richtwerte seien an die "
    "Inflation gekoppelt, eine Aussetzung hätte eine Gesetzesänderung erfordert.",
    "Die neue Regierung aus ÖVP, SPÖ und Neos hat in ihrem Programm angekündigt, die "
    "Indexierung künftig zu deckeln. Ein Gesetzesentwurf liegt aber noch nicht vor.",
]

page("at-standard-like", document("de-AT", head(
    "Altbaumieten steigen ab April um 4,6 Prozent - Wohnen - derFeuilleton.at › Immobilien",
    meta("og:title", "Altbaumieten steigen ab April um 4,6 Prozent"),
    meta("article:published_time", "2025-03-17T13:45:00+01:00"),
    jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Altbaumieten steigen ab April um 4,6 Prozent",
            "datePublished": "2025-03-17T12:45:00Z",
            "author": {"@type": "Person", "name": "Stefan Weiss"},
            "publisher": {"@type": "Organization", "name": "derFeuilleton"}})),
    COOKIE["de"]
    + '<header class="site-header"><a href="/">derFeuilleton</a>' + nav([
        "International", "Inland", "Wirtschaft", "Web", "Sport", "Panorama", "Kultur",
        "Etat", "Wissenschaft", "Lifestyle", "Diskurs", "Immobilien"]) + "</header>"
    + '<main><div class="story-article"><article class="story"><header '
    'class="article-header"><p class="article-kicker">Richtwertmieten</p>'
    '<h1 class="article-title">Altbaumieten steigen ab April um 4,6 Prozent</h1>'
    '<p class="article-subtitle"><T>Rund 400.000 Haushalte sind betroffen. Die '
    "Mietervereinigung spricht von einem gebrochenen Versprechen</T></p>"
    '<div class="article-meta"><div class="article-byline"><div class="article-origins">'
    '<span class="article-origins-item">Stefan Weiss</span></div></div>'
    '<p class="article-pubdate"><time datetime="2025-03-17T13:45">17. März 2025, 13:45'
    "</time></p></div></header>"
    + '<div class="article-body">' + ps(MIETE[:3])
    + '<p><strong>Weiterlesen:</strong> <a href="/story/1">Was die Mietpreisbremse bringen '
    "soll</a></p>" + ps(MIETE[3:])
    + '<p class="article-footer-origin">(Stefan Weiss, 17.3.2025)</p></div>'
    + '<div class="story-postings-header"><h2>Forum</h2><p>412 Postings</p><p>Die Kommentare '
    "von Usern und Userinnen geben nicht notwendigerweise die Meinung der Redaktion wieder."
    "</p></div>"
    + '<div class="posting"><span class="upost-usercontainer">Wiener Hausmeister</span><p>Und '
    "wieder trifft es die, die sich eh schon kaum was leisten können.</p></div>"
    + "</article></div>"
    + link_list("Mehr zum Thema", ["Mietpreisbremse: Regierung legt Entwurf im Sommer vor",
                                   "Wohnen in Wien: Was eine Altbauwohnung heute kostet"],
                "story-related")
    + "</main><footer>" + nav(["Impressum & Offenlegung", "Datenschutz", "AGB",
                               "Hilfe", "Community-Richtlinien"])
    + "<p>© derFeuilleton 2025 Alle Rechte vorbehalten</p></footer>"),
    "https://www.derfeuilleton.example/story/3000000261234/altbaumieten-steigen-ab-april",
    "Altbaumieten steigen ab April um 4,6 Prozent", ("Stefan Weiss",), "2025-03-17")


NATO_DE = [
    "Verteidigungsminister Boris Pistorius hat die europäischen Partner aufgefordert, ihre "
    "Rüstungsbeschaffung stärker zu bündeln. Nur wenn Europa gemeinsam einkaufe, könne es die "
    "Lücken schnell genug schließen, die ein möglicher Rückzug der USA hinterlassen würde, "
    "sagte der SPD-Politiker nach einem Treffen mit seinen Amtskollegen in Brüssel.",
    "Konkret schlug Pistorius vor, dass sich mehrere Staaten bei der Luftverteidigung, bei "
    "Munition und bei Drohnen zusammentun. Deutschland sei bereit, dabei eine führende Rolle "
    "zu übernehmen.",
    "Gemeinsame Einkäufe statt Einzelbestellungen",
    "Bisher bestellen die meisten Länder ihre Waffen einzeln bei den Herstellern. Das treibt "
    "die Preise und verlängert die Lieferzeiten, weil die Industrie nicht planen kann. Die "
    "EU-Kommission hatte zuletzt einen Fonds über 150 Milliarden Euro vorgeschlagen, aus dem "
    "gemeinsame Projekte mit Krediten unterstützt werden sollen.",
    "Mehrere osteuropäische Staaten unterstützen den Vorstoß. Aus Frankreich kamen dagegen "
    "Vorbehalte: Paris will, dass die Mittel vor allem an europäische Hersteller gehen und "
    "nicht an Unternehmen aus den USA.",
    "Pistorius sagte, darüber müsse man reden. Wichtig sei jetzt vor allem, keine Zeit zu "
    "verlieren. „Die Bedrohung wartet nicht, bis wir uns über die Details einig sind.“",
]

page("de-broadcaster-stand-only", document("de", head(
    "Pistorius fordert gemeinsame Rüstungskäufe in Europa | tagesbericht.example",
    meta("og:title", "Pistorius fordert gemeinsame Rüstungskäufe in Europa"),
    meta("description", "Verteidigungsminister Pistorius hat die europäischen Partner "
         "aufgefordert, ihre Rüstungsbeschaffung zu bündeln."),
    jsonld({"@context": "http://schema.org", "@type": "NewsArticle",
            "headline": "Pistorius fordert gemeinsame Rüstungskäufe in Europa",
            "datePublished": "2025-03-10T17:58:12.203+01:00",
            "dateModified": "2025-03-10T19:02:44.511+01:00",
            "publisher": {"@type": "Organization", "name": "tagesbericht"}})),
    '<div class="page-wrapper"><header class="header"><a href="/">tagesbericht</a>' + nav([
        "Startseite", "Inland", "Ausland", "Wirtschaft", "Wissen", "Faktenfinder", "Investigativ",
        "Wetter", "Sendungen"]) + "</header>"
    + '<main id="content"><article class="container content-wrapper__group">'
    '<div class="seitenkopf__headline"><span class="seitenkopf__topline">Treffen in Brüssel'
    '</span><h1 class="seitenkopf__headline--text">Pistorius fordert gemeinsame Rüstungskäufe '
    "in Europa</h1>"
    '<div class="metatextline">Stand: 10.03.2025 19:02 Uhr</div></div>'
    '<p class="textabsatz m-ten m-offset-one l-eight l-offset-two columns twelve"><strong>'
    "<T>Verteidigungsminister Pistorius will, dass Europa Waffen und Munition gemeinsam "
    "kauft. Nur so lasse sich die Lücke schließen, die ein Rückzug der USA hinterließe. "
    "Frankreich hat Vorbehalte.</T></strong></p>"
    '<div class="authorline__wrapper"><span class="authorline__author">Von Kai Küstner, '
    "ARD-Hauptstadtstudio</span></div>"
    + figure("Verteidigungsminister Pistorius beim Treffen in Brüssel", "Bild: REUTERS")
    + ps(NATO_DE[:2], 'class="textabsatz columns twelve"')
    + '<div class="teaser-absatz"><a href="/ausland/1"><span class="teaser-absatz__topline">'
    "EU-Verteidigungsfonds</span><span class=\"teaser-absatz__headline\">Was hinter den 150 "
    "Milliarden steckt</span></a></div>"
    + '<T><h2 class="meldungsbody__zwischenueberschrift">' + NATO_DE[2] + "</h2></T>"
    + ps(NATO_DE[3:], 'class="textabsatz columns twelve"')
    + '<div class="mediaplayer"><p>Audio: Kai Küstner, ARD Berlin, zur Debatte über '
    "gemeinsame Rüstungskäufe, 1:42 Minuten</p></div>"
    + '<div class="sendungsbezug"><p>Dieses Thema im Programm: Das Erste, tagesbericht, 10. '
    "März 2025 um 20:00 Uhr</p></div>"
    + share(["Teilen", "Kommentieren"])
    + "</article>"
    + '<section class="mehr-zum-thema"><h2>Mehr zum Thema</h2>' + cards([
        ("Wie gut ist die Bundeswehr ausgerüstet?", "Ein Überblick"),
        ("Merz und die Schuldenbremse", "Milliarden für die Verteidigung")]) + "</section>"
    + "</main><footer>" + nav(["Impressum", "Datenschutz", "Barrierefreiheit", "Kontakt",
                               "Über uns"]) + "</footer></div>"),
    "https://www.tagesbericht.example/ausland/europa/pistorius-ruestung-eu-100.html",
    "Pistorius fordert gemeinsame Rüstungskäufe in Europa", ("Kai Küstner",), "2025-03-10")


STREIK = [
    "Berlin (dpa) - Im Tarifkonflikt des öffentlichen Dienstes von Bund und Kommunen hat Verdi "
    "für Donnerstag zu weiteren Warnstreiks aufgerufen. Betroffen seien unter anderem Kitas, "
    "Krankenhäuser, die Müllabfuhr und der Nahverkehr in mehreren Bundesländern, teilte die "
    "Gewerkschaft mit.",
    "In Berlin sollen Busse und Bahnen der BVG den ganzen Tag im Depot bleiben. Auch an den "
    "Flughäfen in Hamburg und Hannover müssen sich Reisende auf Einschränkungen einstellen.",
    "Verdi fordert für die rund 2,5 Millionen Beschäftigten acht Prozent mehr Lohn, mindestens "
    "aber 350 Euro im Monat, sowie zusätzliche freie Tage. Die Arbeitgeber halten das für nicht "
    "bezahlbar und haben bislang kein Angebot vorgelegt.",
    "Die dritte Verhandlungsrunde ist für Mitte März in Potsdam angesetzt.",
]

page("de-dpa-ticker-regional", document("de", head(
    "Tarife: Verdi ruft zu weiteren Warnstreiks auf | Weser-Bote",
    meta("og:title", "Verdi ruft zu weiteren Warnstreiks auf"),
    meta("article:published_time", "2025-03-11T14:23:00+01:00"),
    meta("author", "dpa"),
    jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Verdi ruft zu weiteren Warnstreiks auf",
            "datePublished": "2025-03-11T13:23:00Z",
            "author": {"@type": "Organization", "name": "dpa"},
            "publisher": {"@type": "Organization", "name": "Weser-Bote"}})),
    COOKIE["de"]
    + '<header class="site-header"><a href="/">Weser-Bote</a>' + nav(DE_NAV) + "</header>"
    + '<main><article class="article article--dpa"><div class="article__kicker">Tarife</div>'
    '<h1 class="article__title">Verdi ruft zu weiteren Warnstreiks auf</h1>'
    '<div class="article__meta"><span class="article__source">dpa</span> <span '
    'class="article__date">11. März 2025, 14:23 Uhr</span></div>'
    + figure("Beschäftigte des öffentlichen Dienstes bei einer Kundgebung.",
             "Foto: Christoph Soeder/dpa")
    + '<div class="article__body">' + ps(STREIK)
    + '<p class="article__copyright">© dpa-infocom, dpa:250311-930-401123/2</p></div>'
    + "</article>"
    + '<section class="ticker-list"><h2>Nachrichten aus aller Welt</h2>' + cards([
        ("Sturmtief bringt Orkanböen an die Küste", "Hamburg (dpa)"),
        ("Bahn: Neue ICE-Strecke verzögert sich", "Berlin (dpa)"),
        ("Dax schließt mit leichtem Plus", "Frankfurt/Main (dpa)")]) + "</section>"
    + "</main><footer>" + nav(DE_FOOT) + "<p>© Weser-Bote Mediengruppe</p></footer>"),
    "https://www.weserbote.example/nachrichten/politik/verdi-warnstreiks-donnerstag-"
    "dpa.urn-newsml-dpa-com-20090101-250311-930-401123",
    "Verdi ruft zu weiteren Warnstreiks auf", ("dpa",), "2025-03-11")


# --- Spanish, French, Italian ------------------------------------------------------------------

SEQUIA_ES = [
    "El Gobierno aprobará el martes un decreto que obliga a los ayuntamientos de más de 20.000 "
    "habitantes a tener un plan de emergencia ante la sequía antes de que acabe el año, según "
    "fuentes del Ministerio para la Transición Ecológica.",
    "La norma llega después de dos años en los que Cataluña y Andalucía han vivido restricciones "
    "de agua sin precedentes, con cortes nocturnos en algunos municipios y barcos cisterna "
    "llevando agua a Barcelona.",
    "Hasta ahora, solo una parte de los municipios obligados por la ley de 2001 había aprobado "
    "esos planes. El ministerio calcula que alrededor del 40% no lo ha hecho, pese a que el plazo "
    "venció hace más de una década.",
    "El decreto prevé que las confederaciones hidrográficas puedan retener parte de las ayudas "
    "estatales a los ayuntamientos que no cumplan, una medida que la Federación Española de "
    "Municipios y Provincias considera excesiva.",
    "“Los pequeños ayuntamientos no tienen técnicos para redactar estos planes”, señala un "
    "portavoz de la federación, que pide que el Estado financie su elaboración.",
    "Los embalses españoles se encuentran ahora al 61% de su capacidad, muy por encima del año "
    "pasado gracias a las lluvias de otoño, pero los expertos advierten de que la próxima sequía "
    "es cuestión de tiempo.",
]

page("es-arcxp-national", document("es", head(
    "El Gobierno obligará a los grandes municipios a tener un plan contra la sequía | Clima y "
    "Medio Ambiente | EL DIARIO GLOBAL",
    meta("og:title", "El Gobierno obligará a los grandes municipios a tener un plan contra la "
         "sequía"),
    meta("article:published_time", "2025-03-12T04:40:00Z"),
    meta("article:modified_time", "2025-03-12T08:15:21Z"),
    meta("author", "Manuel Planelles"),
    jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "El Gobierno obligará a los grandes municipios a tener un plan contra "
            "la sequía", "datePublished": "2025-03-12T04:40:00Z",
            "dateModified": "2025-03-12T08:15:21Z",
            "author": [{"@type": "Person", "name": "Manuel Planelles",
                        "url": "https://eldiarioglobal.example/autor/manuel-planelles/"}],
            "isAccessibleForFree": False})),
    COOKIE["es"]
    + '<header class="_g _g-md"><a href="/">EL DIARIO GLOBAL</a>' + nav([
        "Internacional", "Opinión", "España", "Economía", "Sociedad", "Educación",
        "Clima y Medio Ambiente", "Ciencia", "Cultura", "Deportes", "Televisión"]) + "</header>"
    + '<main id="main-content"><article class="a a-e"><header class="a_e_txt _df">'
    '<div class="a_k"><a class="a_k_n" href="/clima-y-medio-ambiente/">Sequía</a></div>'
    '<h1 class="a_t">El Gobierno obligará a los grandes municipios a tener un plan contra la '
    "sequía</h1>"
    '<h2 class="a_st"><T>Un decreto fija hasta final de año el plazo para los ayuntamientos de '
    "más de 20.000 habitantes, que podrán perder ayudas si no cumplen</T></h2></header>"
    + figure("El embalse de Sau (Barcelona), en febrero de 2024.", "Massimiliano Minocri",
             "a_m")
    + '<div class="a_md"><div class="a_md_a"><a href="/autor/manuel-planelles/" '
    'class="a_md_a_n">Manuel Planelles</a></div><div class="a_md_f"><span>Madrid</span> - '
    '<a href="/hemeroteca/2025-03-12/" data-date="2025-03-12T05:40:00+01:00">12 mar 2025 - 05:40'
    ' CET</a></div><div class="a_md_f2">Actualizado: 12 mar 2025 - 09:15 CET</div></div>'
    + share(["Compartir en Whatsapp", "Compartir en Facebook", "Compartir en Twitter",
             "Copiar enlace", "Comentarios"])
    + '<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">' + ps(SEQUIA_ES[:3])
    + '<p class="a_rl"><a href="/clima/1">Barcelona levanta la emergencia por sequía tras 19 '
    "meses</a></p>" + ps(SEQUIA_ES[3:]) + "</div>"
    + '<div id="ctn_freemium_article" class="paywall"><p>Tu suscripción se está usando en otro '
    "dispositivo</p><p>¿Quieres añadir otro usuario a tu suscripción?</p><a href=\"/sus\">"
    "Añadir usuario</a><a href=\"/sus2\">Continuar leyendo aquí</a></div>"
    + '<div class="a_ft"><p><a href="/newsletters/">Suscríbete aquí a nuestra newsletter '
    "semanal sobre clima y medio ambiente</a></p></div>"
    + '<div class="a_com"><h3>Comentarios</h3><p>Normas <a href="/normas">›</a></p></div>'
    + "</article>"
    + link_list("Más información", ["La sequía dispara el precio del aceite",
                                    "Cinco claves para entender la crisis del agua"], "a_rel")
    + link_list("Lo más visto", ["Última hora de la actualidad política, en directo",
                                 "Muere el actor que dio voz a Homer Simpson",
                                 "La AEMET avisa de un fin de semana de lluvias"], "most-read")
    + "</main><footer>" + nav(["Contacto", "Venta de contenidos", "Publicidad",
                               "Aviso legal", "Política cookies", "Mapa"])
    + "<p>© EDICIONES EL DIARIO GLOBAL, S.L.</p></footer>"),
    "https://eldiarioglobal.example/clima-y-medio-ambiente/2025-03-12/el-gobierno-obligara-"
    "a-los-grandes-municipios-a-tener-un-plan-contra-la-sequia.html",
    "El Gobierno obligará a los grandes municipios a tener un plan contra la sequía",
    ("Manuel Planelles",), "2025-03-12")


METRO_MX = [
    "La Línea 1 del Metro de Monterrey suspendió su servicio durante casi tres horas la mañana "
    "de este jueves por una falla eléctrica, lo que dejó a miles de usuarios varados en la "
    "hora pico.",
    "De acuerdo con Metrorrey, el problema se presentó alrededor de las 6:40 horas entre las "
    "estaciones Cuauhtémoc y Del Golfo, cuando se dañó un cable de alimentación de la "
    "catenaria.",
    "Usuarios reportaron en redes sociales que quedaron atrapados dentro de los vagones por más "
    "de 30 minutos, sin aire acondicionado ni información. Personal de Protección Civil "
    "ayudó a desalojar a los pasajeros por las vías.",
    "“Nadie nos decía nada, solo que esperáramos”, contó Rosa Elena Garza, quien viajaba a su "
    "trabajo en el centro de la ciudad.",
    "El servicio se restableció pasadas las 9:30 horas. Metrorrey ofreció una disculpa y dijo "
    "que revisará el mantenimiento de la línea, que tiene más de 30 años en operación.",
]

page("mx-regional-wordpress", document("es-MX", head(
    "Falla deja sin servicio la Línea 1 del Metro por casi tres horas – Diario del Norte",
    meta("og:title", "Falla deja sin servicio la Línea 1 del Metro por casi tres horas"),
    meta("article:published_time", "2025-03-13T17:05:33+00:00"),
    jsonld({"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Falla deja sin servicio la Línea 1 del Metro por "
         "casi tres horas", "datePublished": "2025-03-13T17:05:33+00:00",
         "author": {"@type": "Person", "name": "Laura Gómez"}},
        {"@type": "WebSite", "name": "Diario del Norte"}]})),
    '<div id="page"><div class="top-bar"><span>Monterrey, N.L. | jueves 13 de marzo de 2025'
    "</span></div><header class=\"site-header\"><a href=\"/\">Diario del Norte</a>" + nav([
        "Local", "Nacional", "Internacional", "Deportes", "Espectáculos", "Negocios",
        "Opinión", "Policiaca", "Videos"], "td-header-menu") + "</header>"
    + '<div class="td-main-content"><article class="post type-post td-post-template-default">'
    '<header class="td-post-title"><ul class="td-category"><li><a href="/local/">Local</a></li>'
    '</ul><h1 class="entry-title">Falla deja sin servicio la Línea 1 del Metro por casi tres '
    "horas</h1>"
    '<div class="td-module-meta-info"><div class="td-post-author-name">Por <a '
    'href="/author/lgomez/">Laura Gómez</a> | Corresponsal</div><span class="td-post-date">'
    '<time class="entry-date updated td-module-date" datetime="2025-03-13T11:05:33-06:00">13 '
    "de marzo de 2025</time></span></div></header>"
    + share(["Facebook", "Twitter", "WhatsApp", "Telegram"])
    + '<div class="td-post-content tagdiv-type">'
    + figure("Usuarios caminan por las vías tras la falla.", "Foto: Especial")
    + ps(METRO_MX[:2])
    + '<p><strong>Te puede interesar: <a href="/local/1">Anuncian nueva ruta de transporte '
    "hacia el aeropuerto</a></strong></p>"
    + ps(METRO_MX[2:])
    + '<div class="code-block"><p>Síguenos en <a href="https://news.google.com">Google '
    "News</a> para estar siempre enterado</p></div></div>"
    + '<div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a '
    'href="/tag/metrorrey/">Metrorrey</a></li></ul></div>'
    + '<div class="td_block_related_posts"><h4>Artículos relacionados</h4>' + cards([
        ("Suben tarifas del transporte en Nuevo León", "Local"),
        ("Ampliación de la Línea 6 tendrá retraso", "Local"),
        ("Reportan choque en avenida Constitución", "Policiaca")], "td_module_related_posts")
    + "</div></article>"
    + '<div id="comments" class="comments"><h4>Deja un comentario</h4><form><textarea>'
    "</textarea><button>Publicar comentario</button></form></div></div>"
    + '<footer class="td-footer">' + nav(["Aviso de privacidad", "Directorio", "Contacto",
                                          "Publicidad"])
    + "<p>© 2025 Diario del Norte. Todos los derechos reservados.</p></footer></div>"),
    "https://www.diariodelnorte.example/local/2025/03/13/falla-linea-1-metro-monterrey/",
    "Falla deja sin servicio la Línea 1 del Metro por casi tres horas", ("Laura Gómez",),
    "2025-03-13")


LOUP = [
    "Le gouvernement a présenté, jeudi 13 mars, un nouveau plan national pour le loup qui "
    "autorise les éleveurs à tirer plus facilement sur les animaux qui attaquent leurs "
    "troupeaux, une mesure réclamée depuis des années par la profession agricole.",
    "Désormais, un seul tir de défense pourra être déclenché dès la première attaque, sans "
    "attendre l’autorisation préalable du préfet, dans les communes où des dégâts ont été "
    "constatés l’année précédente.",
    "La population de loups en France est estimée à environ 1 000 individus, selon l’Office "
    "français de la biodiversité. Près de 12 000 brebis ont été tuées par des loups en 2024.",
    "« C’est un premier pas, mais c’est encore loin de ce que nous demandions », a réagi la "
    "Fédération nationale ovine, qui souhaite un abaissement du statut de protection de "
    "l’espèce.",
    "Les associations de défense de l’environnement dénoncent au contraire un recul. France "
    "Nature Environnement estime que ces tirs « ne règlent rien » et que la priorité devrait "
    "être donnée aux chiens de protection et aux clôtures.",
    "Le plan prévoit aussi une hausse de 10 % des indemnisations versées aux éleveurs.",
]

page("fr-le-monde-like-avec-afp", document("fr", head(
    "Loup : le gouvernement facilite les tirs pour protéger les troupeaux",
    meta("og:title", "Loup : le gouvernement facilite les tirs pour protéger les troupeaux"),
    meta("og:site_name", "Le Quotidien"),
    meta("article:published_time", "2025-03-13T17:30:00+00:00"),
    meta("article:modified_time", "2025-03-14T07:12:00+00:00"),
    jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Loup : le gouvernement facilite les tirs pour protéger les troupeaux",
            "datePublished": "2025-03-13T18:30:00+01:00",
            "dateModified": "2025-03-14T08:12:00+01:00",
            "author": [{"@type": "Person", "name": "Claire Legros"},
                       {"@type": "Organization", "name": "AFP"}],
            "isAccessibleForFree": False})),
    COOKIE["fr"]
    + '<header class="Header"><a href="/">Le Quotidien</a>' + nav([
        "Actualités", "International", "Politique", "Société", "Planète", "Économie",
        "Idées", "Culture", "Sport", "M le mag", "Services"]) + "</header>"
    + '<main id="habillagepub"><section class="zone zone--article"><article class="article '
    'article--content"><header class="article__header"><ul class="breadcrumb"><li><a '
    'href="/planete/">Planète</a></li><li><a href="/biodiversite/">Biodiversité</a></li></ul>'
    '<h1 class="article__title">Loup : le gouvernement facilite les tirs pour protéger les '
    "troupeaux</h1>"
    '<p class="article__desc"><T>Le nouveau plan national permet aux éleveurs de déclencher un '
    "tir de défense dès la première attaque. Les associations environnementales dénoncent un "
    "recul.</T></p>"
    '<section class="article__status"><span class="icon__premium"></span> Article réservé aux '
    "abonnés</section></header>"
    '<section class="meta meta__publisher"><span class="meta__author"><a '
    'href="/signataires/claire-legros/" class="article__author-link">Claire Legros</a> avec '
    '<span class="meta__agency">AFP</span></span><span class="meta__date">Publié le 13 mars '
    "2025 à 18h30, modifié le 14 mars 2025 à 08h12</span><span class=\"meta__reading-time\">"
    "Temps de Lecture 2 min.</span></section>"
    + share(["Offrir l’article", "Lire plus tard", "Partager"])
    + figure("Un troupeau de brebis dans les Alpes-de-Haute-Provence, en 2024.",
             "JEAN-PIERRE CLATOT / AFP")
    + '<section class="article__content">'
    + ps(LOUP[:3], 'class="article__paragraph"')
    + '<p class="article__paragraph"><span class="article__read-also">Lire aussi |</span> <a '
    'href="/planete/1">Le loup, prédateur revenu dans 50 départements</a></p>'
    + ps(LOUP[3:], 'class="article__paragraph"')
    + '<p class="article__footer-single">Le Quotidien avec AFP</p></section>'
    + '<section class="paywall"><p>Il vous reste 45% de cet article à lire. La suite est '
    'réservée aux abonnés.</p><a href="/abonnement/">S’abonner</a><a href="/login">Déjà abonné '
    "? Se connecter</a></section>"
    + '<section class="article__reactions"><h2>Réagir</h2><p>Vous pouvez lire Le Quotidien sur '
    "un seul appareil à la fois</p><p>Ce message s’affichera sur l’autre appareil.</p>"
    "</section></article>"
    + link_list("Services Le Quotidien", ["Jeux", "Météo", "Codes promo", "Mots croisés"],
                "services")
    + "</section></main><footer>" + nav(["Mentions légales", "Charte du groupe",
                                         "Politique de confidentialité", "Gestion des cookies",
                                         "Conditions générales", "Aide"])
    + "<p>Le Quotidien – Tous droits réservés</p></footer>"),
    "https://www.lequotidien.example/planete/article/2025/03/13/loup-le-gouvernement-facilite-"
    "les-tirs_6581234_3244.html",
    "Loup : le gouvernement facilite les tirs pour protéger les troupeaux",
    ("Claire Legros",), "2025-03-13", ("AFP", "Le Quotidien"))


PONTE = [
    "Il Consiglio comunale di Genova ha approvato ieri sera il progetto definitivo della nuova "
    "diga foranea del porto, l’opera da oltre un miliardo di euro che dovrà permettere l’ingresso "
    "delle grandi navi portacontainer.",
    "Il voto è arrivato dopo una seduta di oltre sei ore, con 24 voti favorevoli e 14 contrari. "
    "L’opposizione ha chiesto invano di rinviare la decisione in attesa delle nuove verifiche "
    "tecniche sui fondali.",
    "Secondo l’Autorità di sistema portuale, i lavori del secondo lotto dovrebbero partire entro "
    "l’estate e concludersi nel 2030. Il primo lotto è già in corso.",
    "«È la più importante infrastruttura marittima italiana degli ultimi cinquant’anni», ha "
    "detto il presidente dell’Autorità portuale, sottolineando che senza la nuova diga Genova "
    "perderebbe traffico a favore dei porti del Nord Europa.",
    "Restano però i dubbi sui costi, cresciuti di quasi 400 milioni rispetto al progetto "
    "iniziale, e sulle imprese che compongono il consorzio, una delle quali è coinvolta in "
    "un’inchiesta della procura.",
    "Il progetto passa ora al vaglio del Consiglio superiore dei lavori pubblici.",
]

page("it-gedi-like-regional", document("it", head(
    "Genova, via libera alla nuova diga del porto: il progetto passa in Consiglio - Il Secolo "
    "Ligure",
    meta("og:title", "Genova, via libera alla nuova diga del porto"),
    meta("article:published_time", "2025-03-14T06:30:00+01:00"),
    meta("article:modified_time", "2025-03-14T12:05:00+01:00"),
    jsonld({"@context": "http://schema.org", "@type": "NewsArticle",
            "headline": "Genova, via libera alla nuova diga del porto",
            "datePublished": "2025-03-14T05:30:00Z",
            "author": {"@type": "Person", "name": "di Marco Rossi"},
            "publisher": {"@type": "Organization", "name": "Il Secolo Ligure"}})),
    '<div id="iubenda-cs-banner"><p>Noi e terze parti selezionate utilizziamo cookie o '
    "tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità."
    "</p><button>Accetta</button><button>Rifiuta</button></div>"
    + '<header class="header"><a href="/">Il Secolo Ligure</a>' + nav([
        "Genova", "Savona", "La Spezia", "Imperia", "Cronaca", "Politica", "Economia", "Sport",
        "Spettacoli", "Necrologie"]) + "</header>"
    + '<main class="main"><article class="story"><div class="story__header">'
    '<div class="story__overtitle">Porto</div>'
    '<h1 class="story__title">Genova, via libera alla nuova diga del porto: il progetto passa '
    "in Consiglio</h1>"
    '<h2 class="story__summary"><T>Ventiquattro voti a favore e quattordici contrari dopo una '
    "seduta fiume. Lavori del secondo lotto entro l’estate</T></h2>"
    '<div class="story__author"><em>di</em> <a href="/autori/marco-rossi">Marco Rossi</a></div>'
    '<div class="story__date"><time datetime="2025-03-14T06:30:00+01:00">14 Marzo 2025</time> '
    "<span>aggiornato alle 12:05</span> · 2 minuti di lettura</div></div>"
    + share(["Facebook", "X", "WhatsApp", "Email"])
    + figure("Il cantiere della diga foranea davanti al porto di Genova", "(foto Balostro)")
    + '<div class="story__content"><div class="story__text">' + ps(PONTE[:3])
    + '<div class="inline-article"><span>Leggi anche</span> <a href="/genova/1">Diga, la '
    "procura indaga sul consorzio</a></div>" + ps(PONTE[3:]) + "</div></div>"
    + '<div class="paywall-box"><p>Abbonati per leggere tutti gli articoli del Secolo Ligure. '
    "Il primo mese a 1 euro.</p></div></article>"
    + link_list("I più letti", ["Incidente sulla A10, tre feriti",
                                "Sampdoria, cambia l’allenatore",
                                "Meteo, allerta gialla per pioggia"], "most-read")
    + "</main><footer>" + nav(["Chi siamo", "Contatti", "Privacy", "Cookie policy",
                               "Pubblicità"])
    + "<p>© Copyright GEDI News Network S.p.A. – P.IVA 01578251009</p></footer>"),
    "https://www.secololigure.example/genova/2025/03/14/news/diga_porto_genova_consiglio-"
    "423188901/",
    "Genova, via libera alla nuova diga del porto: il progetto passa in Consiglio",
    ("Marco Rossi",), "2025-03-14")


DIJK = [
    "Waterschap Rivierenland gaat de komende vijf jaar 180 kilometer dijk langs de Waal en de "
    "Lek versterken. Dat heeft het bestuur woensdag besloten. Het is het grootste dijkproject "
    "in de geschiedenis van het waterschap.",
    "Uit metingen blijkt dat grote delen van de dijken niet voldoen aan de nieuwe "
    "veiligheidsnormen die sinds 2017 gelden. Vooral bij hoogwater bestaat het risico dat "
    "water onder de dijk door sijpelt en zand meeneemt, waardoor de dijk kan bezwijken.",
    "Bewoners langs de dijk moeten rekening houden met jarenlange overlast. Op sommige plekken "
    "moeten huizen worden gesloopt om ruimte te maken voor een bredere dijk. Het gaat om "
    "ongeveer veertig woningen.",
    "\"We begrijpen dat dit voor de mensen die het treft heel ingrijpend is\", zegt "
    "dijkgraaf Sjaak Kamminga. \"Maar de veiligheid van 900.000 mensen achter de dijk gaat "
    "voor.\"",
    "De kosten worden geschat op 1,2 miljard euro. Het Rijk betaalt 90 procent via het "
    "Hoogwaterbeschermingsprogramma.",
]

page("nl-sanoma-like", document("nl", head(
    "Waterschap versterkt 180 kilometer dijk, veertig huizen moeten wijken | NU.example - Het "
    "laatste nieuws het eerst op NU",
    meta("og:title", "Waterschap versterkt 180 kilometer dijk, veertig huizen moeten wijken"),
    meta("article:published_time", "2025-03-19T10:04:00+01:00"),
    meta("article:modified_time", "2025-03-19T11:30:00+01:00"),
    jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Waterschap versterkt 180 kilometer dijk, veertig huizen moeten wijken",
            "datePublished": "2025-03-19T09:04:00Z",
            "author": [{"@type": "Person", "name": "Jeroen den Blijker"}],
            "publisher": {"@type": "Organization", "name": "NU.example"}})),
    '<div class="cookiewall"><p>NU.example vraagt je toestemming voor het gebruik van cookies '
    "en vergelijkbare technieken voor gepersonaliseerde advertenties.</p><button>Akkoord"
    "</button></div>"
    + '<header class="header"><a href="/">NU.example</a>' + nav([
        "Net binnen", "Binnenland", "Buitenland", "Politiek", "Economie", "Sport", "Tech",
        "Achterklap", "Klimaat", "Regio"]) + "</header>"
    + '<main><div class="block article"><div class="block-content"><div class="article-header">'
    '<h1 class="title fluid">Waterschap versterkt 180 kilometer dijk, veertig huizen moeten '
    "wijken</h1>"
    '<div class="pubdate large">19 maart 2025 10:04 <span class="updated">Aangepast 19 maart '
    '2025 11:30</span></div><div class="author">Door <span>onze redacteur</span> Jeroen den '
    "Blijker</div></div>"
    + '<div class="block-wrapper section-nu"><div class="excerpt"><T><p>Het grootste '
    "dijkproject in de geschiedenis van Waterschap Rivierenland gaat volgend jaar van start. "
    "Langs de Waal en de Lek moeten ongeveer veertig woningen wijken.</p></T></div>"
    + figure("De Waaldijk bij Tiel.", "Foto: ANP", "headerimage")
    + '<div class="block-content">' + ps(DIJK[:3])
    + '<div class="related-inline"><h4>Lees ook</h4><a href="/binnenland/1">Hoogwater in de '
    "rivieren: zo ernstig is het</a></div>" + ps(DIJK[3:]) + "</div></div>"
    + '<div class="tags"><a href="/tag/dijken">Dijken</a> <a href="/tag/waterschap">'
    "Waterschap</a></div>" + share(["Deel", "WhatsApp", "Facebook", "X"])
    + "</div></div>"
    + link_list("Meest gelezen", ["Man aangehouden na steekpartij in Utrecht",
                                  "Treinverkeer rond Amersfoort urenlang plat",
                                  "Kabinet wil minimumloon verhogen"], "most-read")
    + "</main><footer>" + nav(["Over NU.example", "Contact", "Privacy", "Cookies",
                               "Adverteren"]) + "<p>© 2025 DPG Media</p></footer>"),
    "https://www.nu.example/binnenland/6349871/waterschap-versterkt-180-kilometer-dijk.html",
    "Waterschap versterkt 180 kilometer dijk, veertig huizen moeten wijken",
    ("Jeroen den Blijker",), "2025-03-19")


# --- Swedish, Polish, Portuguese, Japanese -------------------------------------------------

VARG_SV = [
    "Regeringen vill att fler vargar ska få skjutas nästa vinter. I ett förslag som "
    "presenterades på måndagen sänks det så kallade referensvärdet för vargstammen från 300 "
    "till 170 djur.",
    "Landsbygdsminister Peter Kullgren (KD) säger att vargen i dag orsakar stora problem för "
    "tamdjursägare och jägare, framför allt i Värmland, Dalarna och Gävleborg.",
    "– Vi tar ansvar för vargens bevarande, men vi tar också ansvar för dem som lever och "
    "verkar i vargområdena, säger han.",
    "Naturskyddsföreningen kritiserar förslaget och menar att en så liten stam inte är "
    "livskraftig på lång sikt. Forskare har tidigare varnat för inavel i den skandinaviska "
    "vargstammen.",
    "Förslaget ska nu skickas till EU-kommissionen, som har sista ordet om hur långt Sverige "
    "kan gå utan att bryta mot art- och habitatdirektivet.",
]

page("se-bonnier-like", document("sv", head(
    "Regeringen vill halvera vargstammen – DN.example",
    meta("og:title", "Regeringen vill halvera vargstammen"),
    meta("article:published_time", "2025-03-17T06:00:00+01:00"),
    jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Regeringen vill halvera vargstammen",
            "datePublished": "2025-03-17T05:00:00.000Z",
            "dateModified": "2025-03-17T09:41:00.000Z",
            "author": [{"@type": "Person", "name": "Anna Andersson"}],
            "isAccessibleForFree": "False"})),
    '<div class="consent-banner"><p>Vi använder cookies för att ge dig en bättre upplevelse. '
    "Genom att fortsätta godkänner du det.</p><button>Godkänn alla</button></div>"
    + '<header class="site-header"><a href="/">Dagens Nyheter Example</a>' + nav([
        "Sverige", "Världen", "Ekonomi", "Kultur", "Sport", "Ledare", "Debatt", "Stockholm",
        "Vetenskap", "Nöje", "Mat & dryck"]) + "</header>"
    + '<main><article class="article"><div class="article__header"><div '
    'class="article__section">Sverige</div>'
    '<h1 class="article__title">Regeringen vill halvera vargstammen</h1>'
    '<div class="article__lead"><T><p>Regeringen föreslår att vargstammen får minska till 170 '
    "djur. Naturskyddsföreningen varnar för inavel.</p></T></div>"
    '<div class="article__byline"><span class="byline__label">Text</span> <a '
    'href="/av/anna-andersson/">Anna Andersson</a><span class="byline__label">Foto</span> '
    '<a href="/av/lars-lindqvist/">Lars Lindqvist</a></div>'
    '<div class="article__date"><time datetime="2025-03-17T06:00:00+01:00">Publicerad '
    '2025-03-17 06:00</time> <time datetime="2025-03-17T10:41:00+01:00">Uppdaterad '
    "2025-03-17 10:41</time></div></div>"
    + figure("En varg i Värmland. Regeringen vill sänka referensvärdet.", "Foto: Lars "
             "Lindqvist")
    + '<div class="article__body">' + ps(VARG_SV[:3])
    + '<div class="article__inline-teaser"><span>Läs också:</span> <a href="/sverige/1">'
    "Licensjakten på varg är avslutad – 30 djur fällda</a></div>"
    + ps(VARG_SV[3:]) + "</div>"
    + '<div class="paywall-premium"><p>Detta är en artikel från DN.example. Prenumerera för att '
    "läsa allt. Första månaden 0 kr.</p></div></article>"
    + link_list("Mest läst", ["Så mycket höjs elpriset i april",
                              "Skjutning i Uppsala – en död", "Melodifestivalen: här är "
                              "finalisterna"], "most-read")
    + "</main><footer>" + nav(["Kundservice", "Om oss", "Personuppgiftspolicy",
                               "Cookiepolicy", "Tipsa redaktionen"])
    + "<p>© Dagens Nyheter Example. Ansvarig utgivare: Peter Wolodarski</p></footer>"),
    "https://www.dn.example/sverige/regeringen-vill-halvera-vargstammen/",
    "Regeringen vill halvera vargstammen", ("Anna Andersson",), "2025-03-17")


SMOG = [
    "Od przyszłego roku w Krakowie będzie można palić w domowych piecach wyłącznie drewnem "
    "sezonowanym i to tylko w kominkach spełniających normy ekoprojektu – zdecydowali w środę "
    "radni województwa małopolskiego.",
    "Nowa uchwała antysmogowa zaostrza przepisy obowiązujące od 2019 roku. Kontrole będą "
    "prowadzić strażnicy miejscy, a za złamanie zakazu grozi mandat do 500 zł.",
    "Według danych Wojewódzkiego Inspektoratu Ochrony Środowiska jakość powietrza w Krakowie "
    "wyraźnie się poprawiła od czasu wprowadzenia zakazu palenia węglem, ale w zimowe dni normy "
    "pyłu PM10 wciąż są przekraczane.",
    "– Zostało jeszcze kilka tysięcy kominków, z których w mroźne wieczory wydobywa się gęsty "
    "dym – mówi Anna Dworakowska z Krakowskiego Alarmu Smogowego.",
    "Przeciwnicy uchwały zwracają uwagę, że wymiana kominka to koszt nawet kilkunastu tysięcy "
    "złotych. Miasto zapowiada dopłaty dla najuboższych mieszkańców.",
]

page("pl-atex-regional", document("pl", head(
    "Kraków: nowa uchwała antysmogowa. Koniec z paleniem w starych kominkach - Gazeta "
    "Krakowska Example",
    meta("og:title", "Koniec z paleniem w starych kominkach. Radni przyjęli nową uchwałę"),
    meta("article:published_time", "2025-03-19T08:00:00+01:00"),
    meta("article:modified_time", "2025-03-19T12:04:00+01:00"),
    jsonld({"@context": "http://schema.org", "@type": "NewsArticle",
            "headline": "Koniec z paleniem w starych kominkach. Radni przyjęli nową uchwałę",
            "datePublished": "2025-03-19T08:00:00+01:00",
            "author": {"@type": "Person", "name": "Katarzyna Nowak"}})),
    '<div class="rodo-popup"><p>Szanowny Użytkowniku, zanim przejdziesz do serwisu, prosimy o '
    "zapoznanie się z informacjami dotyczącymi przetwarzania danych osobowych.</p><button>"
    "Przejdź do serwisu</button></div>"
    + '<header class="header"><a href="/">Gazeta Krakowska Example</a>' + nav([
        "Wiadomości", "Kraków", "Małopolska", "Sport", "Kultura", "Biznes", "Zdrowie",
        "Nieruchomości", "Ogłoszenia", "Nekrologi"]) + "</header>"
    + '<main><article class="atex-article"><header class="atex-article-header">'
    '<h1 class="atex-title">Koniec z paleniem w starych kominkach. Radni przyjęli nową '
    "uchwałę antysmogową</h1>"
    '<div class="atex-meta"><div class="atex-author"><span>Autor:</span> <a '
    'href="/autor/katarzyna-nowak/">Katarzyna Nowak</a></div><div class="atex-dates"><span>'
    "Aktualizacja: 19.03.2025 12:04</span>; <span>Publikacja: 19.03.2025 08:00</span></div>"
    "</div></header>"
    + '<p class="atex-lead"><strong><T>Radni województwa przyjęli nową uchwałę antysmogową. '
    "Od przyszłego roku w starych kominkach nie będzie można palić nawet drewnem.</T></strong>"
    "</p>"
    + figure("Smog nad Krakowem w styczniu.", "fot. Andrzej Banaś / Polska Press")
    + '<div class="atex-body">' + ps(SMOG[:2])
    + '<p class="read-also"><strong>Czytaj także:</strong> <a href="/krakow/1">Strefa '
    "czystego transportu w Krakowie. Są nowe przepisy</a></p>"
    + ps(SMOG[2:]) + "</div>"
    + '<div class="atex-source"><p>Źródło: Gazeta Krakowska Example</p></div>'
    + '<div class="atex-comments"><h3>Komentarze (37)</h3><p>Dodaj komentarz</p></div>'
    + "</article>"
    + link_list("Najczytelniejsze", ["Wypadek na zakopiance. Droga zablokowana",
                                     "Nowe mieszkania w Nowej Hucie", "Pogoda na weekend"],
                "most-read")
    + "</main><footer>" + nav(["Regulamin", "Polityka prywatności", "Kontakt", "Reklama"])
    + "<p>© 2025 Polska Press Sp. z o.o.</p></footer>"),
    "https://gazetakrakowska.example/koniec-z-paleniem-w-starych-kominkach/ar/c1-19234567",
    "Koniec z paleniem w starych kominkach. Radni przyjęli nową uchwałę antysmogową",
    ("Katarzyna Nowak",), "2025-03-19")


ENCHENTE = [
    "A Prefeitura de São Paulo anunciou nesta terça-feira (18) um pacote de R$ 1,2 bilhão para "
    "obras de drenagem em 14 bairros que sofrem com alagamentos todos os anos, sobretudo nas "
    "zonas leste e sul da cidade.",
    "O plano inclui a construção de seis novos piscinões, a ampliação de galerias pluviais e a "
    "canalização de trechos de córregos. Segundo a prefeitura, as primeiras obras devem "
    "começar no segundo semestre.",
    "As chuvas de fevereiro deixaram ao menos quatro mortos na capital e provocaram o "
    "transbordamento do córrego Aricanduva, que inundou casas e comércios.",
    "Especialistas ouvidos pela reportagem afirmam que os piscinões ajudam, mas não resolvem o "
    "problema sozinhos. \"A cidade precisa de mais áreas permeáveis e de parques lineares ao "
    "longo dos rios\", diz a urbanista Marta Ribeiro, da USP.",
    "A oposição na Câmara Municipal criticou o prazo das obras e cobrou a execução de "
    "projetos anunciados em anos anteriores que não saíram do papel.",
]

page("br-folha-like", document("pt-BR", head(
    "Prefeitura de SP anuncia R$ 1,2 bi contra enchentes em 14 bairros - 18/03/2025 - "
    "Cotidiano - Folha Example",
    meta("og:title", "Prefeitura de SP anuncia R$ 1,2 bi contra enchentes em 14 bairros"),
    meta("article:published_time", "2025-03-18T13:15:00Z"),
    jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Prefeitura de SP anuncia R$ 1,2 bi contra enchentes em 14 bairros",
            "datePublished": "2025-03-18T10:15:00-03:00",
            "dateModified": "2025-03-18T12:40:00-03:00",
            "author": [{"@type": "Person", "name": "Fernanda Mena"},
                       {"@type": "Person", "name": "Carlos Petrocilo"}]})),
    '<div class="c-cookie-banner"><p>Utilizamos cookies essenciais e tecnologias semelhantes de '
    "acordo com a nossa Política de Privacidade.</p><button>Concordar</button></div>"
    + '<header class="l-header"><a href="/">Folha Example</a>' + nav([
        "Poder", "Mercado", "Mundo", "Cotidiano", "Esporte", "Ilustrada", "Equilíbrio",
        "Opinião", "Colunistas", "Podcasts"]) + '<a href="/assine">Assine</a></header>'
    + '<main><article class="c-news"><div class="c-news__head"><div '
    'class="c-kicker">enchentes</div>'
    '<h1 class="c-content-head__title">Prefeitura de SP anuncia R$ 1,2 bi contra enchentes em 14 '
    "bairros</h1>"
    '<h2 class="c-content-head__subtitle"><T>Pacote prevê seis novos piscinões; obras devem '
    "começar no segundo semestre</T></h2>"
    '<div class="c-signature"><strong class="c-signature__author"><a '
    'href="/autores/fernanda-mena">Fernanda Mena</a></strong> <strong '
    'class="c-signature__author"><a href="/autores/carlos-petrocilo">Carlos Petrocilo</a>'
    '</strong><span class="c-signature__location">São Paulo</span></div>'
    '<time class="c-more-options__published-date" datetime="2025-03-18 10:15:00">18.mar.2025 '
    "às 10h15</time><span>Atualizado: 18.mar.2025 às 12h40</span></div>"
    + share(["Compartilhe", "Facebook", "WhatsApp", "X", "Copiar link"])
    + '<div class="c-gift"><p>Assinantes podem liberar 7 acessos por dia para conteúdos da '
    "Folha.</p><button>Já é assinante? Faça seu login</button></div>"
    + '<div class="c-news__body">'
    + figure("Córrego Aricanduva transbordou em fevereiro.", "Rubens Cavallari/Folhapress")
    + ps(ENCHENTE[:3])
    + '<div class="c-read-more"><p>LEIA MAIS</p><a href="/cotidiano/1">Chuva forte alaga '
    "ruas e derruba árvores em SP</a></div>" + ps(ENCHENTE[3:]) + "</div>"
    + '<div class="c-newsletter"><h4>Receba no seu email</h4><p>Os principais fatos do dia '
    "selecionados pela Redação.</p></div>"
    + '<div class="c-comments"><h4>Comentários</h4><p>Os comentários não representam a '
    "opinião do jornal; a responsabilidade é do autor da mensagem.</p></div></article>"
    + link_list("Mais lidas", ["Datafolha: aprovação de governo", "Dólar fecha em queda",
                               "Veja o que abre no feriado"], "most-read")
    + "</main><footer>" + nav(["Fale com a Folha", "Expediente", "Termos e condições",
                               "Política de privacidade"])
    + "<p>Copyright Folha Example. Todos os direitos reservados.</p></footer>"),
    "https://www1.folha.example/cotidiano/2025/03/prefeitura-de-sp-anuncia-r-12-bi-contra-"
    "enchentes.shtml",
    "Prefeitura de SP anuncia R$ 1,2 bi contra enchentes em 14 bairros",
    ("Fernanda Mena", "Carlos Petrocilo"), "2025-03-18")


SAKURA = [
    "気象庁は２０日、東京都心で桜（ソメイヨシノ）が開花したと発表した。平年より４日早く、昨年より９日早い。"
    "全国の気象台が観測する標本木では、高知、福岡に続き３番目の開花となった。",
    "気象庁の職員が同日午後、靖国神社（千代田区）にある標本木を観察し、５輪以上の花が咲いているのを"
    "確認した。満開は１週間から１０日後の見込みという。",
    "今年は２月に寒い日が続いたが、３月に入ってから気温の高い日が多く、つぼみの生育が進んだ。",
    "都内の公園では、開花の知らせを受けて花見客の姿も見られた。上野公園を訪れた会社員の女性（３４）は"
    "「週末には友人とゆっくり見に来たい」と話していた。",
]

page("jp-national-paywall", document("ja", head(
    "東京で桜開花、平年より４日早く　全国３番目：朝刊日報デジタル",
    meta("og:title", "東京で桜開花、平年より４日早く　全国３番目"),
    meta("article:published_time", "2025-03-20T14:32:00+09:00"),
    jsonld({"@context": "http://schema.org", "@type": "NewsArticle",
            "headline": "東京で桜開花、平年より４日早く　全国３番目",
            "datePublished": "2025-03-20T05:32:00Z",
            "author": [{"@type": "Person", "name": "佐藤健"},
                       {"@type": "Person", "name": "山田花子"}],
            "isAccessibleForFree": False})),
    '<header class="l-header"><a href="/">朝刊日報デジタル</a>' + nav([
        "速報", "政治", "経済", "国際", "社会", "スポーツ", "カルチャー", "ライフ", "地域", "天気"])
    + '<a href="/subscribe">有料会員登録</a></header>'
    + '<main><article class="article"><div class="article-header">'
    '<h1 class="article-title">東京で桜開花、平年より４日早く　全国３番目</h1>'
    '<div class="article-meta"><span class="paid-label">有料記事</span> <span '
    'class="byline">佐藤健、山田花子</span> <time datetime="2025-03-20T14:32:00+09:00">'
    "2025年3月20日 14時32分</time></div></div>"
    + share(["list", "メール", "X", "Facebook", "はてなブックマーク", "LINE"])
    + figure("開花した靖国神社の標本木＝２０日午後、東京都千代田区", "、佐藤健撮影")
    + '<div class="article-body">' + ps(SAKURA[:2])
    + '<div class="paywall-cta"><p>この記事は有料記事です。残り３２０文字</p><p>有料会員になると'
    "続きをお読みいただけます。</p><a href=\"/subscribe\">今すぐ登録</a></div>"
    + ps(SAKURA[2:]) + "</div>"
    + '<div class="related"><h2>関連ニュース</h2><ul><li><a href="/1">桜の開花予想、各地で早まる'
    '</a></li><li><a href="/2">花見シーズン、混雑予想は</a></li></ul></div></article>'
    + link_list("アクセスランキング", ["日経平均、一時４００円高", "大谷翔平、開幕戦で本塁打",
                                  "春の嵐、各地で交通乱れ"], "ranking")
    + "</main><footer>" + nav(["会社案内", "お問い合わせ", "利用規約", "個人情報",
                               "著作権"]) + "<p>Copyright © 朝刊日報 All rights reserved.</p>"
    "</footer>"),
    "https://www.choukan.example/articles/ASR3N4R5TR3NUTIL012.html",
    "東京で桜開花、平年より４日早く　全国３番目", ("佐藤健", "山田花子"), "2025-03-20")


# --- scoring -----------------------------------------------------------------------------------

#: the one measurement before any fix, on main 663d28bcd295885f1dc5fb5993b0845ad40f2fe5: per page,
#: body F1 (ours, trafilatura favor_precision, trafilatura default, readability-lxml) and the
#: fields read wrong (ours, trafilatura's bare_extraction)
MEASURED_BEFORE: dict[str, tuple[tuple[float, ...], str, str]] = {
    "us-national-arcxp": ((0.962, 0.962, 0.962, 0.912), "", ""),
    "uk-guardian-like": ((0.956, 0.956, 0.956, 0.956), "", ""),
    "bbc-like-scotland": ((1.000, 0.978, 0.958, 0.947), "byline", "byline"),
    "nyt-like-three-authors": ((0.938, 0.962, 0.896, 0.762), "", ""),
    "uk-tabloid-reach": ((0.880, 0.880, 0.880, 0.791), "", "title"),
    "us-local-brightspot-paywall": ((0.924, 0.908, 0.908, 0.972), "", ""),
    "wire-ap-like": ((0.969, 0.969, 0.955, 0.939), "", ""),
    "us-tv-station-wpvip": ((0.951, 0.918, 0.918, 0.857), "", ""),
    "magazine-wordpress-longread": ((0.977, 0.977, 0.977, 0.935), "", ""),
    "trade-press-drupal-gated": ((1.000, 0.978, 0.978, 0.917), "byline", "byline"),
    "ie-regional-escenic": ((1.000, 1.000, 1.000, 1.000), "", "title"),
    "au-newscorp-paywall": ((0.938, 0.938, 0.938, 0.880), "date", "title,date"),
    "uk-regional-amp": ((1.000, 1.000, 1.000, 1.000), "", ""),
    "uk-broadcaster-live-blog": ((0.944, 0.912, 0.912, 0.903), "", "byline"),
    "in-english-national-modified-only": ((0.907, 0.890, 0.890, 0.816), "", "date"),
    "business-methode-paywall": ((0.972, 0.972, 0.941, 0.924), "", ""),
    "de-funke-regional-plus": ((0.960, 0.926, 0.926, 0.852), "date", "title,date"),
    "de-springer-tabloid": ((0.931, 0.931, 0.931, 0.882), "", "title"),
    "de-zeit-like-commentary": ((0.956, 0.956, 0.956, 0.875), "", "title"),
    "ch-tamedia-like": ((0.890, 0.890, 0.890, 0.923), "title", "title"),
    "at-standard-like": ((0.961, 0.924, 0.924, 0.860), "", ""),
    "de-broadcaster-stand-only": ((0.937, 0.924, 0.924, 0.844), "byline", "byline"),
    "de-dpa-ticker-regional": ((0.969, 0.969, 0.969, 0.969), "", "byline"),
    "es-arcxp-national": ((0.953, 0.953, 0.900, 0.879), "", ""),
    "mx-regional-wordpress": ((1.000, 0.945, 0.922, 0.885), "", ""),
    "fr-le-monde-like-avec-afp": ((0.943, 0.906, 0.906, 0.869), "", ""),
    "it-gedi-like-regional": ((0.962, 0.931, 0.931, 0.916), "", "title,byline"),
    "nl-sanoma-like": ((1.000, 0.974, 0.974, 0.898), "", ""),
    "se-bonnier-like": ((0.949, 0.949, 0.949, 0.846), "byline", ""),
    "pl-atex-regional": ((0.971, 0.916, 0.885, 0.830), "", "title"),
    "br-folha-like": ((0.890, 0.859, 0.859, 0.954), "", ""),
    "jp-national-paywall": ((1.000, 1.000, 1.000, 0.654), "", ""),
}


BODY_MARGIN = 0.02  #: a page is a body miss where ours reads it this much worse than trafilatura


def trafilatura_default_text(item: Page) -> str:
    import trafilatura

    return trafilatura.extract(item.html, url=item.url, include_comments=False) or ""


def readability_text(item: Page) -> str:
    return _bench().readability_text(item.html)


READERS = {"ours": ours_text, "precision": trafilatura_text,
           "default": trafilatura_default_text, "readability": readability_text}


def body_scores(item: Page) -> dict[str, tuple[float, float]]:
    """Per reader, (precision, recall) of its text of ``item`` against the truth."""
    return {name: _bench().precision_recall(read(item), item.truth)
            for name, read in READERS.items()}


def trafilatura_metadata(item: Page) -> tuple[str, str, str]:
    import trafilatura

    document = trafilatura.bare_extraction(item.html, url=item.url, with_metadata=True)
    return tuple(getattr(document, key, "") or "" for key in ("title", "author", "date"))


def measure() -> dict:
    """Every page's body scores and metadata verdicts, and the pooled figures."""
    bench = _bench()
    rows = []
    for item in PAGES:
        ours, theirs = found(item), trafilatura_metadata(item)
        rows.append({"name": item.name, "body": body_scores(item), "found": ours,
                     "ours": right(item, *ours), "trafilatura": right(item, *theirs),
                     "their_found": theirs})
    pooled = {name: (bench.f1_of_means([row["body"][name] for row in rows]),
                     bench.bootstrap_std([row["body"][name] for row in rows]))
              for name in READERS}
    fields = ("title", "byline", "date")
    accuracy = {who: {field: sum(row[who][i] for row in rows) / len(rows)
                      for i, field in enumerate(fields)} for who in ("ours", "trafilatura")}
    return {"rows": rows, "pooled": pooled, "accuracy": accuracy}


def print_table(figures: dict) -> None:
    fields = ("title", "byline", "date")
    for row in figures["rows"]:
        f1 = {name: _f1(pair) for name, pair in row["body"].items()}
        best = max(f1["precision"], f1["default"])
        mark = "MISS" if f1["ours"] < best - BODY_MARGIN else "lose" if f1["ours"] < best else ""
        wrong = [f for f, ok in zip(fields, row["ours"], strict=True) if not ok]
        their_wrong = [f for f, ok in zip(fields, row["trafilatura"], strict=True) if not ok]
        print(f"{row['name']:36} ours {f1['ours']:.3f} prec {f1['precision']:.3f} "
              f"def {f1['default']:.3f} read {f1['readability']:.3f} {mark:4} "
              f"ours wrong: {','.join(wrong) or '-':18} traf wrong: {','.join(their_wrong) or '-'}")
        if wrong:
            print(f"{'':36} ours found {row['found']!r}")
    print("pooled body F1 (F1 of mean P and R, ± bootstrap std): " + "; ".join(
        f"{name} {f1:.4f} ± {std:.4f}" for name, (f1, std) in figures["pooled"].items()))
    for who, accuracy in figures["accuracy"].items():
        print(f"{who:12} " + "  ".join(f"{field} {accuracy[field]:.3f}" for field in fields))


# --- tests -------------------------------------------------------------------------------------
# Each miss of the one measurement, explained after it by reading src/newsdiff (nothing there
# or here was changed for it): a body page where ours reads more than BODY_MARGIN worse than
# trafilatura's better setting, and every title, byline and date ours read wrong.

#: (page, field) newsdiff read wrong in the one measurement, with why
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("ch-tamedia-like", "headline"):
        "no <h1>: an <h2> is the headline only when it shares 60% of the longer one's words "
        "with a metadata title; og:title and JSON-LD carry an SEO rewrite sharing 4 of its 8 "
        "words, so the rewrite stands",
    ("bbc-like-scotland", "byline"):
        "the only metadata author is the site itself (refused), trafilatura finds none, and the "
        "name stands unlinked in a box marked only data-component=\"byline-block\" (no "
        "byline/author class, rel or data-testid), so no rule reads it",
    ("trade-press-drupal-gated", "byline"):
        "JSON-LD names the publication (an Organization) as author; with no og:site_name and "
        "Rules.byline_not_site off it is taken as the credit, and the page's 'By Daniel "
        "Brooks' (a Drupal field--name-uid span) is read only by the off Rules.by_line",
}


def _cases(field: str) -> list:
    return [pytest.param(item, id=item.name, marks=[pytest.mark.xfail(
        strict=True, reason=KNOWN_MISSES[(item.name, field)])]
        if (item.name, field) in KNOWN_MISSES else []) for item in PAGES]


def test_the_batch_is_thirty_two_whole_pages_each_with_its_truth():
    assert len(PAGES) == 32 and len({item.name for item in PAGES}) == 32
    assert set(MEASURED_BEFORE) == {item.name for item in PAGES}
    assert {name for name, _ in KNOWN_MISSES} <= {item.name for item in PAGES}
    for item in PAGES:
        assert "<T>" not in item.html and "</T>" not in item.html, item.name
        assert len(item.truth.splitlines()) >= 4 and "<" not in item.truth, item.name
        assert item.headline and item.byline, item.name
        assert item.html.count("<head>") == 1 and ("<h1" in item.html or "<h2" in item.html)


def test_the_languages_are_in_the_news_evaluation_sets_mix():
    languages = [re.search(r'<html[^>]* lang="(\w+)', item.html)[1] for item in PAGES]
    assert languages.count("en") == 16 and languages.count("de") == 7
    assert {"es", "fr", "it", "nl", "sv", "pl", "pt", "ja"} <= set(languages)


@pytest.mark.parametrize("item", _cases("body"))
def test_ours_reads_the_story_within_the_margin_of_trafilaturas_better_setting(item: Page):
    bench = _bench()
    ours = _f1(bench.precision_recall(ours_text(item), item.truth))
    best = max(_f1(bench.precision_recall(read(item), item.truth))
               for read in (trafilatura_text, trafilatura_default_text))
    assert ours >= best - BODY_MARGIN, (ours, best)


@pytest.mark.parametrize("item", _cases("headline"))
def test_the_headline_is_the_one_the_page_shows(item: Page):
    title = found(item)[0]
    assert right(item, title, "", "")[0], title


@pytest.mark.parametrize("item", _cases("byline"))
def test_the_byline_credits_whom_the_page_credits(item: Page):
    byline = found(item)[1]
    assert right(item, "", byline, "")[1], byline


@pytest.mark.parametrize("item", _cases("date"))
def test_the_day_is_the_one_the_newsroom_published_it(item: Page):
    date = found(item)[2]
    assert right(item, "", "", date)[2], date


def test_the_pooled_body_figure_beats_trafilaturas_better_setting():
    """Issue 16's held-out body target, on this batch: ahead by 0.005 or more."""
    pooled = measure()["pooled"]
    assert pooled["ours"][0] >= max(pooled["precision"][0], pooled["default"][0]) + 0.005


if __name__ == "__main__":  # .venv/bin/python tests/test_heldout_f.py: the table
    print_table(measure())
