"""A third batch of page shapes, held out from the first two, read by the body chain (issue 16).

tests/test_extract_shapes.py and tests/test_extract_shapes2.py hold 100 pages: interviews,
listicles, live blogs, read-more lines, captions, corrections, tables, AMP, wire datelines,
and eleven languages.  Batch C stands in shapes neither holds: a live blog whose entries are
each an ``<article>`` beside a key-events menu, or a "Load more" feed with each post's author;
an interview as a definition list; a story split among containers at different depths; the
next story loaded below by infinite scroll; related stories that are ``<article>`` cards
inside ``<main>``; Reuters', AP's, AFP's and EFE's boilerplate; a correction above the story
and a clarification below a rule; lazy images with their ``<noscript>`` copies; a drop cap; a
story in custom elements; a consent dialog in prose; a memorial's guestbook; a fact check's
rating box; an explainer of lists; pages printed in ``<pre>``, in HTML 3.2, or with no
container at all; and stories in German, French, Spanish, Japanese, Indonesian and Chinese.

The story is marked ``<T>…</T>`` in each page's source as a reader marks it (captions, agency
copyright lines, comments and menus are not story; a correction, an editor's note and a
contributor line are) and each page is scored as bench/extract.py scores the shared pages,
with the first file's measure.  Batch C (31 pages) was written before reading ours or
trafilatura on any of its pages and measured once before any fix (``MEASURED_BEFORE``: ours
0.9748, trafilatura favor_precision 0.9506, default 0.9093; ours worse on none): the held-out
figure.  Two fixes were made from it (a newsroom's note beside the story is story; an
editor's credit closing it is not): 0.9809.  Batch D (10 pages: notes and credits placed and
worded otherwise, in other languages, and three more shapes) was written after those fixes
and measured once: ours 0.9734 (0.9315 with the two fixes switched off), trafilatura 0.9144 /
0.9201.  ``.venv/bin/python tests/test_extract_shapes3.py [C|D]`` prints the table (ours
against trafilatura's precise and default settings, page by page).
"""

from __future__ import annotations

import sys
import textwrap

import pytest

# The page record, the measure and the scoring all the shape files share; the second file's
# page furniture.
from shapes import Scorebook, Shape, page_f1, read
from test_extract_shapes2 import TEASERS, document, footer_links, links, ps, teaser_cards

# --- stories ---------------------------------------------------------------------------------

DAM = [
    "Engineers began releasing water from the Millbrook reservoir on Saturday after "
    "inspectors found a crack in the dam's spillway, and about 1,800 people living "
    "downstream were told to be ready to leave at short notice.",
    "The crack, about 40 feet long, was spotted during a routine inspection on Friday "
    "afternoon, the state's dam safety office said.",
    "Officials stressed that the dam was not in danger of failing, but said lowering the "
    "water by ten feet would take pressure off the damaged section while repairs are "
    "planned.",
    "\"We are doing this because we can, not because we have to,\" said Carla Nguyen, the "
    "state's chief dam engineer. \"Nobody should panic.\"",
    "The release will raise the level of Millbrook Creek by up to two feet over the next "
    "three days, and a footpath along the creek has been closed.",
    "The dam, built in 1931, was last repaired in 2008.",
]

HOUSING = [
    "The city council approved a plan on Tuesday to allow apartment buildings of up to "
    "four storeys on most streets within half a mile of a rail station.",
    "Supporters said the change would let the city add as many as 12,000 homes over the "
    "next decade without building on farmland at its edge.",
    "Opponents, many of them homeowners in the older neighbourhoods around the stations, "
    "said the plan would bring more traffic and fewer trees, and asked for a referendum.",
    "The vote was 7-4 after a meeting that ran past midnight and heard from more than 150 "
    "speakers.",
    "The new rules take effect in 60 days. Developers will still need permits for each "
    "building, and historic districts are exempt.",
]

PILOTS = [
    "Pilots at the regional airline voted to strike for the first time in its history, "
    "their union said on Monday, after two years of talks over pay and schedules.",
    "Ninety-four percent of the 1,100 pilots who voted backed a strike, though federal law "
    "means a walkout could still be months away.",
    "The union says its members earn up to 30 percent less than pilots doing the same work "
    "at larger carriers, and that many spend four nights a week away from home.",
    "The airline said it had offered raises of 18 percent over four years and remained "
    "\"committed to reaching a fair agreement.\"",
    "A federal mediator has been assigned to the talks, which resume next week.",
]

VACCINE = [
    "A vaccine against a common cause of pneumonia in older adults cut hospital admissions "
    "by more than half in a trial of 24,000 people, researchers reported on Wednesday.",
    "The participants, all over 60, were given either the vaccine or a placebo and followed "
    "for two winters.",
    "Among those who got the vaccine, 41 were admitted to hospital with the infection, "
    "against 97 in the placebo group.",
    "Side effects were mostly mild: a sore arm and, in about one in ten people, a day of "
    "tiredness.",
    "\"These are the numbers we hoped for,\" said Dr. Samuel Okafor, who led the trial. \"The "
    "question now is how long the protection lasts.\"",
    "The company that makes the vaccine said it would ask regulators to approve it this "
    "year.",
]

ORCHARD = [
    "A late frost last week killed most of the blossom in the valley's apple orchards, and "
    "growers say this year's harvest could be the smallest in three decades.",
    "Temperatures fell to minus four degrees on two nights in a row, just as the trees "
    "were in full flower.",
    "Some growers lit fires and ran wind machines through the night, but most had no way to "
    "protect their trees.",
    "\"You walk the rows in the morning and the flowers are brown,\" said Tomas Berg, whose "
    "family has grown apples here for four generations. \"There is nothing to do but wait.\"",
    "The growers' association estimates losses at more than 30 million dollars and has "
    "asked the state to declare a disaster, which would open low-interest loans.",
]

BRIDGE_FIRE = [
    "A fire under a highway bridge on the city's east side closed both directions of "
    "Interstate 84 on Thursday, and officials said the road could stay shut for weeks.",
    "The fire started in a storage yard beneath the bridge shortly before 3 a.m. and burned "
    "for more than two hours, fire officials said.",
    "Engineers found that the heat had warped two of the steel beams that hold up the "
    "eastbound lanes.",
    "About 140,000 vehicles use that stretch of highway on a weekday. The state posted "
    "detours through the city's surface streets, where traffic backed up for miles.",
    "The cause of the fire is under investigation.",
]

ELECTION = [
    "Voters in the county approved a half-cent sales tax for parks and trails on Tuesday, "
    "by a margin of 56 percent to 44 percent, according to unofficial results.",
    "The tax is expected to raise about $22 million a year for the next 20 years.",
    "The county plans to use the first money to finish a trail along the river and to buy "
    "land for two new parks on the north side.",
    "Results by district:",
]

HOSPICE = [
    "Margaret Ellen Hale, who taught mathematics at Lincoln High School for 34 years and "
    "coached its chess team to six state titles, died on March 9 at her home. She was 88.",
    "Born in 1937 on a farm outside Greenville, she was the first in her family to go to "
    "college, and returned to the town to teach after earning her degree.",
    "Former students remember her for the puzzles she wrote on the board each morning and "
    "for staying after school with anyone who asked.",
    "She is survived by her sons, David and Paul, five grandchildren and two "
    "great-grandchildren. Her husband, Robert, died in 2015.",
    "A memorial service will be held at 11 a.m. on Saturday, March 21, at First "
    "Presbyterian Church.",
    "In lieu of flowers, the family asks that donations be made to the Lincoln High School "
    "chess club.",
]

CLAIM = [
    "A post shared thousands of times on social media claims that the city will fine "
    "residents $500 for collecting rainwater in barrels.",
    "There is no such rule. The city's code says nothing about rain barrels, and the "
    "water department sells them at a discount every spring.",
    "The post appears to be based on a 2012 news story about a man in another state who "
    "was fined for building reservoirs on his land without a permit, a different case "
    "under a different law.",
    "A city spokeswoman said the department had received dozens of calls about the post "
    "this week.",
]

# --- stories in other languages --------------------------------------------------------------

KLINIK = [
    "Die Stadt will das Krankenhaus im Norden bis zum Jahr 2030 schließen und die "
    "Versorgung am Hauptstandort bündeln. Das hat der Stadtrat am Donnerstag beschlossen.",
    "Die Notaufnahme soll als Bereitschaftspraxis erhalten bleiben, die rund 200 Betten "
    "werden dagegen abgebaut.",
    "Die Opposition warf der Stadtspitze vor, den Norden der Stadt abzuhängen. Bis zum "
    "Hauptstandort brauche man mit dem Bus fast eine Stunde.",
    "Der Klinikverbund hatte im vergangenen Jahr ein Defizit von 38 Millionen Euro "
    "gemacht.",
]

VIGNE = [
    "Les viticulteurs de la vallée ont commencé les vendanges avec près de trois semaines "
    "d'avance, une précocité inédite selon la chambre d'agriculture.",
    "La chaleur de l'été a fait mûrir les raisins très vite, mais la sécheresse a réduit les "
    "volumes d'environ un quart.",
    "« Le raisin est beau, mais il y en a peu », résume Claire Dumas, qui exploite 12 "
    "hectares sur les coteaux.",
    "Les coopératives ont avancé l'ouverture de leurs caves pour accueillir les premières "
    "récoltes dès lundi.",
]

AGUA = [
    "El Ayuntamiento aprobó este jueves un plan para reducir en un 20 % el consumo de agua "
    "en los parques y jardines de la ciudad antes del verano.",
    "El plan sustituirá el césped de 40 rotondas por plantas que necesitan menos riego y "
    "ampliará el uso de agua regenerada.",
    "La oposición criticó que las medidas llegan tarde, después de dos años de sequía.",
    "Los embalses que abastecen a la ciudad están al 31 % de su capacidad.",
]

KOYO = [
    "京都市は14日、紅葉シーズンの観光客の増加に対応するため、市内の主要な観光地を結ぶ臨時バスを"
    "増便すると発表した。",
    "市によると、昨年の11月には市バスの混雑で地元住民が乗車できない例が相次いだ。",
    "臨時バスは11月の土日と祝日に運行し、運賃は通常と同じ230円とする。",
    "市の担当者は「住民と観光客の双方が快適に移動できるようにしたい」と話している。",
]

BANJIR = [
    "Banjir merendam ratusan rumah di tiga kecamatan setelah hujan deras mengguyur kota "
    "sejak Jumat malam.",
    "Badan Penanggulangan Bencana Daerah mencatat sekitar 1.200 warga mengungsi ke masjid "
    "dan sekolah terdekat.",
    "Ketinggian air di beberapa permukiman mencapai satu meter pada Sabtu pagi.",
    "Petugas membagikan makanan dan selimut kepada para pengungsi, sementara pompa air "
    "dikerahkan untuk menyedot genangan.",
    "Hujan diperkirakan masih akan turun hingga Senin, menurut badan meteorologi.",
]

DITIE = [
    "市地铁集团14日宣布，地铁5号线南延段将于本月28日开通试运营。",
    "南延段全长12.6公里，设车站8座，开通后从城南到市中心的时间将缩短约20分钟。",
    "据介绍，试运营初期行车间隔为6分钟，早晚高峰期间将缩短至4分钟。",
    "沿线居民表示，期待地铁开通后出行更加方便。",
]


# --- page furniture of this batch --------------------------------------------------------------

SECTIONS = ["Home", "Metro", "Politics", "Business", "Sports", "Arts", "Opinion", "Podcasts"]


def site(title: str, story: str, *, after: str = "", top: str = "", lang: str = "en",
         head: str = "", main_after: str = "", name: str = "The Tribune") -> str:
    """A news site built with a JavaScript framework: hashed class names, a header with a
    menu, the story in ``article > div[data-component=body]`` and a rail after."""
    return document(title, (
        f'<div id="__next"><header class="Header_root__x1"><a class="Header_logo__k2" href="/">'
        f'{name}</a><nav class="Nav_root__3f"><ul>{links(SECTIONS, "/section/")}'
        '</ul></nav><a class="Button_sub__9" href="/subscribe">Subscribe</a></header>'
        f'{top}<main class="Layout_main__7a"><article class="Article_root__a9">'
        f'<h1 class="Headline_h1__2b">{title}</h1><div class="Byline_root__c3">By <a '
        'href="/by/rs">Rachel Stone</a> and <a href="/by/ok">Omar Khan</a></div><time '
        'class="Timestamp_t__1" datetime="2026-03-14T10:00:00Z">March 14, 2026</time>'
        '<div class="Share_bar__5"><button>Share</button><button>Save</button><button>Gift '
        'article</button></div>'
        f'<div data-component="body" class="Body_root__e4">{story}</div>{after}</article>'
        f'{main_after}</main><aside class="Rail_root__d1"><h2>Most popular</h2><ol>'
        f'{links([h for h, _ in TEASERS["en"]], "/popular/")}</ol></aside>'
        f'{footer_links()}</div>'), lang=lang, head=head, site=name)


def figure(i: int, caption: str, credit: str = "Photo: Lee Park / The Tribune") -> str:
    """A lazy-loaded photo between paragraphs: a placeholder, its ``<noscript>`` copy and a
    caption with a credit."""
    return (f'<figure class="Image_root__f2"><img class="lazy" data-src="/img/{i}.jpg" '
            f'src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><noscript><img '
            f'src="/img/{i}.jpg" alt="{caption}"></noscript><figcaption><span>{caption}</span> '
            f'<span class="credit">{credit}</span></figcaption></figure>')


def ad(i: int) -> str:
    return (f'<div class="Ad_slot__q{i}" data-ad="mid{i}"><span class="Ad_label">Advertisement'
            '</span><div id="gpt-mid' + str(i) + '"></div></div>')


def foreign_site(title: str, story: str, *, lang: str, nav: list[str], related: str,
                 share: list[str], copy: str, below: str = "") -> str:
    """A news site in ``lang``: its own menu, share bar, related box and footer."""
    return document(title, (
        f'<header><a class="brand" href="/">{copy.split(" ", 2)[-1]}</a><nav><ul>'
        f'{links(nav, "/c/")}</ul></nav></header><div class="wrap"><div class="col-main">'
        f'<h1 class="title">{title}</h1><div class="meta"><span class="date">2026-03-14 '
        f'09:00</span></div><ul class="sns">{links(share, "/share/")}</ul>'
        f'<div class="article-content">{story}</div>{below}</div><div class="col-side">'
        f'<h3>{related}</h3><ul>{links([h for h, _ in TEASERS.get(lang, TEASERS["en"])], "/a/")}'
        f'</ul></div></div><footer><p>{copy}</p></footer>'), lang=lang,
        site=copy.split(" ", 2)[-1])


SHAPES: dict[str, Shape] = {}


def shape(name: str, marked: str, host: str = "www.tribune.example", batch: str = "C") -> None:
    """A page of batch C (written before any fix from it) or D (written after them)."""
    assert name not in SHAPES, name
    SHAPES[name] = Shape(name, marked, f"https://{host}/2026/03/14/{name}", batch)


# --- live blogs --------------------------------------------------------------------------------

_ENTRIES = [
    ("10:42 GMT", "Dam engineers say water level down a foot", DAM[4:5]),
    ("10:05 GMT", "No evacuation order yet", [DAM[2], DAM[3]]),
    ("09:31 GMT", "Crack found on Friday", DAM[1:2]),
    ("09:00 GMT", "Welcome", [DAM[0]]),
]

shape("liveblog-entry-articles-key-events", site(
    "Millbrook dam: water released after crack found – live",
    '<div class="KeyEvents_root"><h2>Key events</h2><ul>'
    + "".join(f'<li><a href="#e{i}"><time>{t}</time> {h}</a></li>'
              for i, (t, h, _) in enumerate(_ENTRIES[:3])) + '</ul><button>Show key events '
    "only</button></div>"
    + "".join(f'<article class="LiveBlock_root" id="e{i}"><header><time datetime="2026-03-14">'
              f'{t}</time><p class="LiveBlock_updated">Updated at {t}</p></header>'
              f'<T><h2 class="LiveBlock_title">{h}</h2></T>{ps(texts)}<footer><button>Share'
              "</button></footer></article>" for i, (t, h, texts) in enumerate(_ENTRIES))
    + '<div class="Pager"><a href="?page=2">Older posts</a> <span>1 of 3</span></div>'))

_POSTS = [("Rachel Stone", "2 min ago", PILOTS[4]), ("Omar Khan", "18 min ago", PILOTS[3]),
          ("Rachel Stone", "34 min ago", PILOTS[2]), ("Omar Khan", "1 hr ago", PILOTS[1]),
          ("Rachel Stone", "1 hr ago", PILOTS[0])]

shape("liveblog-feed-authors-load-more", site(
    "Pilots vote to strike: live updates",
    '<div class="Feed_root" aria-live="polite"><p class="Feed_count">5 updates</p>'
    + "".join(f'<div class="Post_root"><div class="Post_meta"><img src="/a/{i}.jpg" alt=""><span '
              f'class="Post_author">{who}</span><span class="Post_time">{when}</span></div>'
              f'<div class="Post_body">{ps([text])}</div></div>'
              for i, (who, when, text) in enumerate(_POSTS))
    + '<button class="Feed_more">Load more updates</button></div>'))


# --- interviews, explainers, fact checks ---------------------------------------------------------

_QA = [
    ("Why release water now, if the dam is safe?", DAM[2]),
    ("Who has been told to be ready to leave?", "About 1,800 people in the houses and farms "
     "along Millbrook Creek below the dam, most of them in the village of Eastford."),
    ("How long will the repairs take?", "Nobody knows yet. Engineers will dive to the base "
     "of the spillway next week, and a plan will follow from what they find."),
]

shape("interview-definition-list", site(
    "Five questions about the Millbrook dam",
    ps([DAM[0]]) + '<dl class="qa">'
    + "".join(f"<T><dt>{q}</dt></T><T><dd>{a}</dd></T>" for q, a in _QA) + "</dl>"
    + ps(["Carla Nguyen, the state's chief dam engineer, answered our questions by phone."])))

shape("explainer-what-we-know-lists", site(
    "The frost that took the apple harvest: what we know",
    ps(ORCHARD[:1]) + "<T><h2>What we know</h2></T><ul>"
    + "".join(f"<T><li>{t}</li></T>" for t in [
        "Temperatures fell to minus four degrees on two nights in a row.",
        "Most of the blossom in the valley's orchards was killed.",
        "Growers estimate their losses at more than 30 million dollars."])
    + "</ul><T><h2>What we don't know</h2></T><ul>"
    + "".join(f"<T><li>{t}</li></T>" for t in [
        "Whether late-flowering varieties escaped the worst of it.",
        "Whether the state will declare a disaster and open low-interest loans."])
    + "</ul>" + ps(ORCHARD[3:4]),
    after='<div class="Topics"><h3>More on</h3>'
    + links(["Agriculture", "Weather", "Valley news"], "/topic/") + "</div>"))

shape("fact-check-rating-box", site(
    "Fact check: No, the city will not fine you for a rain barrel",
    '<div class="ClaimReview_box"><T><p><strong>Claim:</strong> The city will fine residents '
    "$500 for collecting rainwater.</p></T><T><p><strong>Rating:</strong> False</p></T>"
    "<T><p><strong>The facts:</strong> No city rule bans rain barrels; the city sells "
    "them.</p></T></div>" + ps(CLAIM)
    + '<div class="Methodology"><p>This fact check is part of our work with independent '
    'fact-checking partners. <a href="/how-we-fact-check">Read how we fact check</a>.</p>'
    '<p><a href="/tips">Send us a claim to check</a></p></div>'))


# --- corrections, notes, contributors ----------------------------------------------------------

shape("correction-above-story", site(
    "Council allows apartments near rail stations",
    '<aside class="Correction_root"><T><p><strong>Correction:</strong> An earlier version of '
    "this article misstated the vote. It was 7-4, not 8-3.</p></T></aside>" + ps(HOUSING)))

shape("clarification-below-rule-and-contributor", site(
    "Pneumonia vaccine halves hospital stays in trial",
    ps(VACCINE) + "<hr>"
    + ps(["<em>Clarification, March 15: This article has been updated to say that the "
          "trial followed participants for two winters, not two years.</em>",
          "<em>Staff writer Omar Khan contributed reporting.</em>"])
    + '<p class="Body_tagline"><a href="/newsletters/health">Get the Health newsletter</a> '
    "in your inbox every Tuesday.</p>"))


# --- wire stories and their agencies' boilerplate ----------------------------------------------

shape("wire-ap-copyright-contributor", site(
    "Frost wipes out apple blossom across valley",
    ps(["YAKIMA, Wash. (AP) — " + ORCHARD[0], *ORCHARD[1:],
        "Associated Press writer Ed Rollins in Seattle contributed to this report."])
    + "<p>Copyright 2026 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed without permission.</p>",
    name="Valley Herald"), host="www.valleyherald.example")

shape("wire-reuters-trust-principles", document(
    "Regional airline pilots vote to strike",
    '<header class="site-header"><a href="/">Reuters</a><nav><ul>'
    + links(["World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews",
             "Technology", "Investigations"], "/s/")
    + '</ul></nav></header><main><article class="article"><div class="article-header">'
    "<h1>Regional airline pilots vote to strike for first time</h1><p>By Jane Park</p>"
    '<time>March 14, 2026 4:12 PM GMT</time></div><div class="article-body">'
    + ps(["CHICAGO, March 14 (Reuters) - " + PILOTS[0], *PILOTS[1:]],
         attrs=' data-testid="paragraph"')
    + "<T><p>Reporting by Jane Park in Chicago; Editing by Mark Porter</p></T>"
    '<div class="article-footer"><p>Our Standards: <a href="/principles">The Thomson Reuters '
    'Trust Principles.</a></p><a href="/licensing">Purchase Licensing Rights</a></div></div>'
    '<div class="tags"><a href="/t/1">Airlines</a><a href="/t/2">Labor</a></div></article>'
    '<section class="more"><h2>Read Next</h2>' + teaser_cards() + "</section></main>"
    + footer_links(), site="Reuters"), host="www.reuters.example")

shape("wire-afp-french", foreign_site(
    "Vendanges : trois semaines d'avance dans la vallée",
    ps(["Montpellier (AFP) - " + VIGNE[0], *VIGNE[1:]])
    + "<p>jdu/abl/dch</p><p>© 2026 AFP</p>",
    lang="fr", nav=["Accueil", "Monde", "France", "Économie", "Sport"], related="À lire aussi",
    share=["Partager", "Tweeter"], copy="© 2026 Midi Quotidien"),
    host="www.midiquotidien.example")

shape("wire-efe-spanish-dateline", foreign_site(
    "Sevilla reducirá un 20 % el riego de sus parques",
    ps(["Sevilla, 14 mar (EFE).- " + AGUA[0], *AGUA[1:]])
    + '<p class="firma">(c) Agencia EFE</p><p><a href="/gn">Síguenos en Google News</a> y '
    "no te pierdas nada.</p>",
    lang="es", nav=["Portada", "Sevilla", "Andalucía", "Deportes", "Cultura"],
    related="Noticias relacionadas", share=["Compartir", "Tuitear"],
    copy="© 2026 Diario de Sevilla Hoy"), host="www.sevillahoy.example")


# --- containers --------------------------------------------------------------------------------

shape("story-split-at-different-depths", site(
    "Fire under bridge shuts I-84 for weeks",
    '<div class="Lede_root"><T><p class="Lede_text">' + BRIDGE_FIRE[0] + "</p></T></div>"
    + ad(1) + '<section class="Body_section"><div class="Body_inner">' + ps(BRIDGE_FIRE[1:3])
    + "</div></section>" + ad(2) + '<div class="Body_more"><p class="Body_continue">Story '
    "continues below advertisement</p>" + ps(BRIDGE_FIRE[3:]) + "</div>"))

shape("infinite-scroll-next-story", site(
    "Council allows apartments near rail stations", ps(HOUSING),
    main_after='<div class="Next_root"><p class="Next_label">Next story</p><article class='
    '"Article_root__a9"><h1 class="Headline_h1__2b">Fire under bridge shuts I-84 for '
    'weeks</h1><div class="Byline_root__c3">By <a href="/by/ok">Omar Khan</a></div>'
    '<div data-component="body" class="Body_root__e4">'
    + "".join(f"<p>{t}</p>" for t in BRIDGE_FIRE) + "</div></article></div>"))

shape("related-article-cards-in-main", site(
    "Pilots at regional airline vote to strike", ps(PILOTS),
    main_after='<section class="Related_root"><h2>Related coverage</h2>'
    + "".join(f'<article class="Card_root"><h3><a href="/n/{i}">{h}</a></h3><p>{b}</p>'
              f'<span class="Card_meta">March {i + 9}, 2026 · 4 min read</span></article>'
              for i, (h, b) in enumerate(TEASERS["en"][:4])) + "</section>"))

shape("custom-element-paragraphs", site(
    "Voters back sales tax for parks",
    "".join(f"<T><story-paragraph class=\"sp\">{t}</story-paragraph></T>" for t in ELECTION[:3])
    + '<story-recirc><h4>More election coverage</h4><ul>'
    + links(["Full results: every race in the county", "Turnout highest in a decade",
             "Who won the school board seats"], "/elections/") + "</ul></story-recirc>"))

shape("nested-lists-results", site(
    "Voters back sales tax for parks",
    ps(ELECTION) + "<ul>" + "".join(
        f"<T><li>{d}<ul><li>Yes: {y}</li><li>No: {n}</li></ul></li></T>"
        for d, y, n in [("District 1", "61%", "39%"), ("District 2", "52%", "48%"),
                        ("District 3", "49%", "51%"), ("District 4", "58%", "42%")])
    + "</ul>" + ps(["Results will be certified on March 24."])))

shape("drop-cap-lede", site(
    "Late frost kills valley's apple blossom",
    '<T><p class="has-dropcap"><span class="dropcap">A</span> late frost last week killed '
    "most of the blossom in the valley's apple orchards, and growers say this year's harvest "
    "could be the smallest in three decades.</p></T>" + ps(ORCHARD[1:])))


# --- images, galleries, noscript, dialogs ------------------------------------------------------

shape("lazy-figures-with-noscript", site(
    "Millbrook reservoir lowered after spillway crack",
    ps(DAM[:2]) + figure(1, "Water pours from the Millbrook dam's outlet on Saturday.")
    + ps(DAM[2:4]) + figure(2, "The crack in the spillway, seen from the inspection "
                              "walkway on Friday.") + ps(DAM[4:])))

shape("gallery-carousel-mid-story", site(
    "Frost leaves orchards brown",
    ps(ORCHARD[:2]) + '<div class="Gallery_root"><div class="Gallery_count">1 / 4</div><ul>'
    + "".join(f'<li><img src="/g/{i}.jpg" alt=""><p class="Gallery_caption">{c}</p></li>'
              for i, c in enumerate([
                  "Tomas Berg checks the blossom in his orchard on Tuesday morning.",
                  "Wind machines stand idle after running through the night.",
                  "Brown flowers on a tree that should have set fruit this month.",
                  "Growers met at the co-op hall on Wednesday to count their losses."]))
    + '</ul><button>Previous</button><button>Next</button></div>' + ps(ORCHARD[2:])))

shape("consent-dialog-prose", site(
    "Pneumonia vaccine halves hospital stays", ps(VACCINE),
    top='<div role="dialog" class="Consent_root" aria-label="Privacy"><h2>We value your '
    "privacy</h2><p>We and our 214 partners store and access information on your device, "
    "such as cookies, and process personal data, such as unique identifiers and standard "
    "information sent by a device, for personalised advertising and content, advertising and "
    "content measurement, audience research and services development.</p><p>You can accept "
    "or manage your choices below, including your right to object where legitimate interest "
    "is used, at any time on the privacy policy page.</p><button>Accept all</button><button>"
    "Manage options</button></div>"))

shape("obituary-guestbook", site(
    "Margaret Hale, teacher who coached six chess champions, dies at 88",
    ps(HOSPICE),
    after='<section class="Guestbook"><h2>Guest book</h2>'
    + "".join(f'<div class="Entry"><p>{t}</p><p class="Entry_by">{who}</p></div>' for t, who in [
        ("Mrs. Hale taught me that a problem you cannot solve today is one you will solve "
         "tomorrow. I think of her every time I get stuck. My sympathy to the family.",
         "Kevin R., class of 1979"),
        ("She stayed late with me every Tuesday for a whole year until I passed algebra. I "
         "became a teacher because of her.", "Linda M."),
        ("Our chess club would not exist without her. Rest well, coach.", "Daniel T.")])
    + '<a href="/guestbook/sign">Sign the guest book</a></section>'))

shape("comments-inside-story-container", site(
    "Council allows apartments near rail stations",
    ps(HOUSING) + '<div class="Comments_root"><h3>Join the conversation (3)</h3>'
    + "".join(f'<div class="Comment"><strong>{who}</strong><p>{t}</p><a href="#r">Reply</a>'
              "</div>" for who, t in [
                  ("oldtowner", "Nobody asked the people who actually live near the "
                   "stations. Parking on our street is already impossible on weekdays."),
                  ("rail_fan_22", "Good. The city has talked about housing near transit for "
                   "twenty years and this is the first time it has done anything about it."),
                  ("M. Alvarez", "Four storeys is not a skyscraper. My grandparents lived in "
                   "a four-storey building their whole lives.")]) + "</div>"))


# --- pages with little markup ------------------------------------------------------------------

shape("print-version-no-container", document(
    "Pilots vote to strike",
    '<p><a href="javascript:window.print()">Print this page</a> | <a href="javascript:'
    'window.close()">Close window</a></p><h1>Pilots vote to strike</h1><p>By Rachel Stone'
    "<br>March 14, 2026</p>" + ps(PILOTS)
    + '<hr><p>© 2026 The Tribune. <a href="/">tribune.example</a></p>'))

shape("html32-unclosed-paragraphs", document(
    "Bridge closed after fire",
    '<center><font size="2"><a href="/">HOME</a> | <a href="/news">NEWS</a> | <a href='
    '"/sports">SPORTS</a> | <a href="/classifieds">CLASSIFIEDS</a></font></center><hr>'
    '<font face="Arial"><b>Bridge closed after fire</b><br>'
    "<i>Posted Saturday, March 14, 2026</i><p>"
    + "<p>".join(f"<T>{t}</T>" for t in BRIDGE_FIRE)
    + '<p><hr><font size="1">Copyright 2026 Eastside Courier. All rights reserved.<br>'
    '<a href="/contact">Contact us</a></font></font>', site="Eastside Courier"),
    host="www.eastsidecourier.example")

shape("government-release-pre", document(
    "State lowers Millbrook reservoir as precaution",
    '<div id="banner"><a href="/">Department of Natural Resources</a><ul>'
    + links(["Home", "Newsroom", "Permits", "Parks", "Contact"], "/dnr/")
    + '</ul></div><div id="content"><h2>News Release</h2><pre>\nFOR IMMEDIATE RELEASE\n'
    "March 14, 2026\n\n<T>" + "</T>\n\n<T>".join(
        textwrap.fill(text, 72) for text in DAM[:5])
    + "</T>\n\n###\n\nMedia contact: Public Information Office, 555-0142\n</pre></div>"
    '<div id="footer"><a href="/accessibility">Accessibility</a> | <a href="/privacy">'
    "Privacy</a></div>", site="DNR"), host="dnr.state.example")


# --- other languages ---------------------------------------------------------------------------

shape("german-hinweis-anzeige-startseite", foreign_site(
    "Stadtrat beschließt Schließung des Nordklinikums",
    ps(KLINIK[:2]) + '<div class="ad"><span>Anzeige</span></div>'
    + '<p class="lesetipp"><strong>Lesen Sie auch:</strong> <a href="/a/9">Wie es mit der '
    "Notfallversorgung weitergeht</a></p>" + ps(KLINIK[2:])
    + "<T><p><em>Hinweis der Redaktion: In einer früheren Version dieses Artikels hieß es, die "
    "Notaufnahme werde geschlossen. Das ist falsch.</em></p></T>"
    '<p><a href="/">Zur Startseite</a></p>',
    lang="de", nav=["Startseite", "Politik", "Region", "Sport", "Kultur"],
    related="Das könnte Sie auch interessieren", share=["Teilen", "Twittern", "Mailen"],
    copy="© 2026 Kölner Nachrichten"), host="www.koelner-nachrichten.example")

shape("french-encadre-repere", foreign_site(
    "Les vendanges commencent avec trois semaines d'avance",
    ps(VIGNE[:2]) + '<div class="encadre"><T><h3>Repères</h3></T><ul>'
    + "".join(f"<T><li>{t}</li></T>" for t in [
        "Vendanges les plus précoces jamais enregistrées dans la vallée.",
        "Volumes en baisse d'environ 25 % sur un an."])
    + "</ul></div>" + ps(VIGNE[2:])
    + '<div class="abo"><p>Cet article vous a plu ? Abonnez-vous pour 1 € le premier mois et '
    'soutenez le journalisme local.</p><a href="/abo">Je m\'abonne</a></div>',
    lang="fr", nav=["Accueil", "Région", "Économie", "Sport", "Loisirs"],
    related="Les plus lus", share=["Partager", "Tweeter"], copy="© 2026 Le Courrier du Sud"),
    host="www.courrierdusud.example")

shape("spanish-ladillos-noticia-relacionada", foreign_site(
    "El Ayuntamiento aprueba recortar el riego de los parques",
    ps(AGUA[:2]) + "<T><h3>Críticas de la oposición</h3></T>"
    + '<div class="relacionada"><span>Noticia relacionada</span><a href="/a/3">La sequía '
    "obliga a cortar el agua por la noche en 12 municipios</a></div>" + ps(AGUA[2:]),
    lang="es", nav=["Portada", "Local", "España", "Deportes", "Cultura"],
    related="Lo más leído", share=["Compartir", "Tuitear"], copy="© 2026 El Diario del Sur"),
    host="www.diariodelsur.example")

shape("japanese-kanren-credit", foreign_site(
    "紅葉シーズン、臨時バスを増便",
    ps(KOYO[:2]) + '<div class="kanren"><p>【関連記事】</p><ul>'
    + links(["京都市、観光税を引き上げへ", "市バスの混雑、住民から苦情"], "/k/") + "</ul></div>"
    + ps(KOYO[2:]) + '<p class="credit">（京都支局）</p>',
    lang="ja", nav=["トップ", "ニュース", "地域", "スポーツ", "くらし"],
    related="アクセスランキング",
    share=["ツイート", "シェア", "LINE"], copy="© 2026 京都ニュース"),
    host="www.kyoto-news.example")

shape("indonesian-baca-juga", foreign_site(
    "Banjir rendam ratusan rumah, 1.200 warga mengungsi",
    ps(BANJIR[:2]) + '<p><strong>Baca juga: </strong><a href="/r/1">Cuaca ekstrem diprediksi '
    "hingga akhir bulan</a></p>" + ps(BANJIR[2:4])
    + '<p><strong>Baca juga: </strong><a href="/r/2">Daftar posko pengungsian banjir di kota'
    "</a></p>" + ps(BANJIR[4:])
    + '<p class="editor">Editor : Rina Wulandari</p><div class="gnews">Simak berita dan '
    'artikel lainnya di <a href="/gn">Google News</a></div>',
    lang="id", nav=["Beranda", "News", "Regional", "Bola", "Tekno"], related="Terpopuler",
    share=["Bagikan", "Tweet"], copy="© 2026 Kabar Kota"), host="www.kabarkota.example")

shape("chinese-yanshen-zeren", foreign_site(
    "地铁5号线南延段本月28日开通",
    ps(DITIE[:2]) + '<div class="yanshen"><p>延伸阅读：</p><ul>'
    + links(["地铁6号线建设进展顺利", "公交线路将同步调整"], "/y/") + "</ul></div>"
    + ps(DITIE[2:]) + '<p class="editor">责任编辑：王磊</p>',
    lang="zh", nav=["首页", "本地", "国内", "国际", "财经"], related="热点新闻",
    share=["微信", "微博"], copy="© 2026 城市日报"), host="www.chengshi.example")


# --- batch D: written after batch C's fixes, measured once ------------------------------------

WELLS = [
    "State regulators on Monday ordered the town to stop pumping from two of its four wells "
    "after tests found a chemical used in firefighting foam at three times the legal limit.",
    "The town will buy water from its neighbour while it installs filters, which officials "
    "said could take a year and cost about $6 million.",
    "Residents have been told that the water is safe to drink, because the two wells had "
    "supplied only a fifth of it and were mixed with the others.",
    "\"We found it because we went looking for it,\" the town manager, Alan Brooks, said. "
    "\"Most towns have not tested yet.\"",
    "The chemical has been linked to kidney disease and some cancers. The foam was used for "
    "decades at the air base that closed north of the town in 1998.",
]

TRAM = [
    "Le tramway desservira le quartier de la gare d'ici à la fin de 2028, a annoncé jeudi "
    "la métropole, qui a voté une enveloppe de 210 millions d'euros.",
    "La nouvelle ligne comptera onze stations sur 7,5 kilomètres et doit transporter 40 000 "
    "voyageurs par jour.",
    "Les travaux commenceront au printemps et entraîneront la fermeture de plusieurs rues "
    "du centre pendant deux ans.",
    "Les commerçants réclament des indemnités pour compenser la baisse de fréquentation.",
]

PRESA = [
    "La Confederación Hidrográfica ha autorizado desembalsar agua del pantano para regar "
    "los cultivos de la vega durante las próximas seis semanas.",
    "Los agricultores llevaban meses reclamando la medida, después de un invierno con las "
    "lluvias más bajas de la última década.",
    "El embalse se encuentra al 38 % de su capacidad, once puntos por debajo de la media.",
    "Los regantes podrán usar hasta 1.500 metros cúbicos por hectárea.",
]

HUOCHE = [
    "记者从市铁路部门获悉，春运期间本市将新增开往南方城市的临时列车12对。",
    "据介绍，临时列车将于1月20日起陆续开行，车票可通过官方网站和手机客户端购买。",
    "铁路部门提醒旅客提前规划行程，错峰出行。",
]

YUKI = [
    "気象台によると、14日夜から15日にかけて県北部の山沿いを中心に大雪となるおそれがある。",
    "15日午後6時までの24時間に降る雪の量は、多いところで50センチと予想されている。",
    "県は、不要不急の外出を控えるよう呼びかけている。",
]

_NOTE_TOP = ("<em>Editor's note: This story is part of <a href=\"/series/water\">Running Dry"
             "</a>, our series on the region's water supply.</em>")

# the note in a box of its own above the story's container, inside the article
shape("D-editors-note-box-above-container", site(
    "Town shuts two wells over foam chemical", ps(WELLS)).replace(
        '<div data-component="body"',
        f'<div class="Note_root"><T><p>{_NOTE_TOP}</p></T></div><div data-component="body"'),
    batch="D")

shape("D-correction-after-share-bar", site(
    "Town shuts two wells over foam chemical", ps(WELLS),
    after='<div class="Share_bottom"><button>Share</button><button>Email</button></div>'
    '<aside class="Correction_root"><T><p><strong>Correction:</strong> An earlier version of '
    "this story said the filters would cost $60 million. They will cost about $6 million."
    "</p></T></aside>"), batch="D")

shape("D-sidebar-corrections-widget", site(
    "Town shuts two wells over foam chemical", ps(WELLS),
    main_after='<aside class="Sidebar"><div class="Widget"><p>Corrections: <a href="/c/1">'
    'Council budget story</a>, <a href="/c/2">School board vote</a></p></div></aside>'),
    batch="D")

shape("D-french-rectificatif-end", foreign_site(
    "Le tramway ira jusqu'à la gare en 2028",
    ps(TRAM) + '<div class="rectif"><T><p>Rectificatif : une version précédente de cet '
    "article indiquait un budget de 120 millions d'euros. Il est de 210 millions.</p></T>"
    "</div>",
    lang="fr", nav=["Accueil", "Métropole", "Sports", "Culture"], related="À lire aussi",
    share=["Partager", "Tweeter"], copy="© 2026 Le Progrès du Nord"),
    host="www.progresdunord.example", batch="D")

shape("D-spanish-nota-redaccion-top", foreign_site(
    "La Confederación autoriza desembalsar agua para riego",
    '<div class="nota"><T><p><em>Nota de la redacción: esta información ha sido actualizada '
    "con la cifra de metros cúbicos por hectárea.</em></p></T></div>" + ps(PRESA),
    lang="es", nav=["Portada", "Local", "Provincia", "Deportes"], related="Lo más visto",
    share=["Compartir", "Tuitear"], copy="© 2026 La Voz de la Vega"),
    host="www.lavozdelavega.example", batch="D")

shape("D-chinese-source-and-editor", foreign_site(
    "春运期间新增临时列车12对",
    ps(HUOCHE) + '<p class="source">来源：城市晚报</p><p class="editor">编辑：李娜</p>',
    lang="zh", nav=["首页", "新闻", "本地", "财经"], related="相关新闻",
    share=["微信", "微博"], copy="© 2026 城市晚报"), host="www.wanbao.example", batch="D")

shape("D-japanese-editor-credit", foreign_site(
    "県北部で大雪のおそれ",
    ps(YUKI) + "<p>（編集：山田太郎）</p>",
    lang="ja", nav=["トップ", "ニュース", "天気"], related="関連ニュース",
    share=["ツイート", "シェア"], copy="© 2026 北国新聞"), host="www.kitaguni.example",
    batch="D")

shape("D-table-of-contents-top", site(
    "Foam chemical in the water: what to know",
    '<nav class="Toc"><p>In this article</p><ol><li><a href="#what">What was found</a></li>'
    '<li><a href="#safe">Is the water safe?</a></li><li><a href="#next">What happens next'
    "</a></li></ol></nav>"
    '<T><h2 id="what">What was found</h2></T>' + ps(WELLS[:1])
    + '<T><h2 id="safe">Is the water safe?</h2></T>' + ps(WELLS[2:4])
    + '<T><h2 id="next">What happens next</h2></T>' + ps(WELLS[1:2])), batch="D")

shape("D-inline-card-with-image", site(
    "Town shuts two wells over foam chemical",
    ps(WELLS[:3]) + '<div class="InlineCard"><a href="/n/77"><img src="/i/77.jpg" alt="">'
    '<span class="InlineCard_label">Related</span><h4>Air base cleanup will take another '
    "decade, Army says</h4></a></div>" + ps(WELLS[3:])), batch="D")

shape("D-video-with-transcript", site(
    "Town shuts two wells over foam chemical",
    ps(WELLS[:2]) + '<div class="Video_root"><video src="/v/1.mp4" controls></video><p '
    'class="Video_title">Watch: Town manager explains the well closures (2:14)</p><details>'
    "<summary>Transcript</summary><p>We found it because we went looking for it. Most towns "
    "have not tested yet, and we think every town should.</p></details></div>"
    + ps(WELLS[2:])), batch="D")


# --- scoring ---------------------------------------------------------------------------------

BOOK = Scorebook(SHAPES, peers=("precision", "default"))

if __name__ == "__main__":  # .venv/bin/python tests/test_extract_shapes3.py [C|D]: the table
    BOOK.print_table(sys.argv[1:])
    sys.exit(0)


# --- tests -----------------------------------------------------------------------------------

#: batch C as first measured, before any fix made from it (the held-out figure): F1 of means
#: ours, trafilatura favor_precision, trafilatura default; pages ours read better / worse
#: than favor_precision.  (Batch D with the fixes switched off: ours 0.9315, better on 6.)
MEASURED_BEFORE = {"C": {"ours": 0.9748, "precision": 0.9506, "default": 0.9093, "better": 20,
                         "worse": 0}}
#: each batch with the two fixes made from C (a newsroom's note beside the story is story;
#: an editor's credit closing it is not); D was written after them and measured once
MEASURED = {"C": {"ours": 0.9809, "precision": 0.9506, "default": 0.9093, "better": 21},
            "D": {"ours": 0.9734, "precision": 0.9144, "default": 0.9201, "better": 8}}
FLOOR = 0.90  # F1 each page must reach, but the known misses below
#: pages read below the floor, each with why; strict: a page that comes up to it must leave
KNOWN_MISSES = {
    "obituary-guestbook":
        "a memorial's guest book after the story (condolences in prose, each signed), kept by "
        "trafilatura's precision mode itself: no rule drops what precision keeps, and the "
        "guest book's only mark is its heading's word",
    "D-chinese-source-and-editor":
        "a source credit ('来源：城市晚报') before the editor's: no rule knows a source label, "
        "and the editor's credit goes only from the story's very end",
}
#: pages ours reads worse than trafilatura favor_precision, each with why
KNOWN_LOSSES: dict[str, str] = {}


def test_forty_pages_in_two_batches_each_with_its_truth():
    batches = [item.batch for item in SHAPES.values()]
    assert batches.count("C") >= 30 and batches.count("D") >= 10
    assert all(item.truth and "<T>" not in item.html for item in SHAPES.values())


@pytest.mark.parametrize("name", BOOK.floor_params(KNOWN_MISSES))
def test_each_page_is_read_at_the_floor_at_least(name):
    assert page_f1(SHAPES[name]) >= FLOOR


@pytest.mark.parametrize("batch", sorted(MEASURED))
def test_each_batchs_figures_hold(batch):
    """No page worse than trafilatura's precise setting but the known ones; the batch's mean
    no lower than measured (a rounding's slack), ahead of both of trafilatura's settings."""
    BOOK.check(batch, MEASURED[batch], KNOWN_LOSSES)


def test_a_newsroom_note_beside_the_story_is_story():
    """A correction in an ``<aside>`` above the story was left out (trafilatura drops asides):
    it says what the story got wrong, and its coming and going is a version.  Before or after
    the story, in any language the label is known in; not past a heading after the story
    (a comment that opens "Correction:") nor in another article."""
    item = SHAPES["correction-above-story"]
    assert read(item) == item.truth.splitlines()
    note = ("Hinweis der Redaktion: In einer früheren Version hieß es, die Notaufnahme werde "
            "geschlossen. Das ist falsch.")
    after = Shape("note-after", site("Klinik schließt", ps(KLINIK), after=f'<aside class="note">'
                                     f"<T><p>{note}</p></T></aside>", lang="de"), "https://"
                  "www.tribune.example/n/1")
    assert read(after) == after.truth.splitlines()
    comment = ("Correction: the vote was not the problem, the meeting was. Nobody could speak "
               "after midnight.")
    others = Shape("note-in-comments", site(
        "Council allows apartments", ps(HOUSING),
        after='<section id="comments" class="comments"><h2>Reader comments</h2>'
        f'<div class="c"><p>{comment}</p></div></section>',
        main_after='<article><h1>Next: bridge fire</h1><aside><p>Correction: An earlier '
        "version of this article gave the wrong date for the fire.</p></aside>"
        + "".join(f"<p>{t}</p>" for t in BRIDGE_FIRE) + "</article>"),
        "https://www.tribune.example/n/2")
    assert read(others) == HOUSING
    # a note the story already holds is not read twice, however its lines break
    held = ("<T><p><strong>Correction:</strong><br>An earlier version of this article misstated "
            "the vote. It was 7-4, not 8-3.</p></T>")
    for story in (held + ps(HOUSING), ps(HOUSING) + held):
        item = Shape("note-held", site("Council allows apartments", story),
                     "https://www.tribune.example/n/4")
        assert read(item) == item.truth.splitlines()


def test_an_editors_credit_closing_the_story_is_not_story():
    """ "责任编辑：王磊", "Editor : Rina Wulandari": a label and a name closing every story of a
    site, not story; a line that opens so but says something stays."""
    for name in ("chinese-yanshen-zeren", "indonesian-baca-juga"):
        item = SHAPES[name]
        assert read(item) == item.truth.splitlines(), name
    for said in ("Editor: the paper's new editor, Jane Doe, starts on Monday.", "Editorials",
                 "编辑部门今天宣布"):
        item = Shape("said", site("New editor", ps([*HOUSING[:3], said])),
                     "https://www.tribune.example/n/3")
        assert read(item)[-1] == said


def test_an_editors_credit_of_several_names_goes_a_wires_credits_stay():
    """"Edited by Jane Doe and John Roe" closes a story as "Edited by Jane Doe" does (the
    shared pages' truth drops the one such line they hold, PolitiFact's "Edited by: …"); a
    wire's credits, "(Editing by …)" with or without its reporters, are the agency's copy,
    which the truth keeps (on both shared pages that carry them, Reuters' own and a
    syndicated one)."""
    for credit in ("Edited by Jane Doe and John Roe", "Edited by: Jane Doe, John Roe & Ann Lee",
                   "Edited by Ana María Pérez Gómez and John Roe"):
        item = Shape("edited", site("Council allows apartments", ps(HOUSING) + f"<p>{credit}</p>"),
                     "https://www.tribune.example/n/5")
        assert read(item) == HOUSING, credit
    for credit in ("(Editing by Mark Porter)", "(Editing by Mark Porter and Ann Lee)",
                   "(Reporting by Jane Park; Editing by Mark Porter)"):
        item = Shape("wire", site("Council allows apartments", ps(HOUSING)
                                  + f"<T><p>{credit}</p></T>"), "https://www.tribune.example/n/6")
        assert read(item)[-1] == credit
    # a line that opens so but says something is the story's
    said = "Edited by hand and checked by the council's lawyers"
    item = Shape("said", site("Council allows apartments", ps([*HOUSING, said])),
                 "https://www.tribune.example/n/7")
    assert read(item)[-1] == said
