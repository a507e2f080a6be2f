"""Batch E: 32 whole pages nobody tuned for, the held-out evidence for issue 16.

Written without reading src/newsdiff (but ``extract``'s signature and the fields it returns)
and without reading the pages of the earlier batches, in the mix of the scrapinghub
article-extraction benchmark: 26 pages in English and 6 in other languages (German, French,
Spanish, Italian, Portuguese, Dutch); 8 that are no news (a city's notice, a how-to on Ghost,
a press release on a wire, a company's blog on Squarespace, a developer's Hugo blog, a DIY
how-to on WordPress, essays on Medium and on a hand-made site); on many stacks (WordPress
themes, Arc XP, Brightspot, Drupal, Ghost, Substack, Medium, Blogger, Squarespace, Wix, Hugo,
Jekyll, TownNews BLOX, hand-made HTML and big newsrooms' own).  Each page carries the head,
chrome and metadata such sites emit, right or wrong as they come.

The truth was written for each page before any extractor read it, as a careful reader takes
it: the story's text is marked ``<T>…</T>`` in the page's source (subheads, tables, lists,
code, an embedded post's words, an editor's note and a contributor line are story; captions,
credits, pull quotes repeating the text, "Read more" links, share bars, newsletter boxes,
author bios in their own box, comments and menus are not); the headline the page shows; the
people it credits (an agency, the paper or the company beside them, or alone, is ``also``:
it may be named or not); the day it was first published in the newsroom's own zone ('' where
the page states none).

Scored as the earlier batches are: body F1 over 4-word shingles as bench/extract.py
(``precision_recall``, F1 of means, bootstrap std), ours (``ours_text``) against trafilatura
2.3.1 favor_precision and default and readability-lxml; headline, byline and day right or
wrong (``right`` of tests/test_metadata_shapes3.py) for ours and for trafilatura's
``bare_extraction``.  ``.venv/bin/python tests/test_heldout_e.py`` prints the table.

MEASURED_BEFORE, printed once on main at 663d28bcd295885f1dc5fb5993b0845ad40f2fe5 (trafilatura
2.3.1, readability-lxml 0.9), before anyone read a result or changed anything:

    body F1 of means ± bootstrap std (32 pages): ours 0.9851 ± 0.0048, trafilatura
    favor_precision 0.9799 ± 0.0053, trafilatura default 0.9672 ± 0.0065, readability-lxml
    0.9164 ± 0.0090 (ours − trafilatura's best: +0.0052)
    title / byline / date right: ours 1.000 / 0.938 / 0.969; trafilatura bare_extraction
    0.812 / 0.938 / 0.969
    body misses (ours below trafilatura's best by > 0.02): au-broadcaster-burdekin-flood
    wrong fields, ours: jekyll-data-newsroom-er byline ('Hannah Cole'), handmade-essay-orchard
    byline ('') and date ('2025-01-01'); trafilatura: the same three, and six titles (four
    with the site's name after a separator, one stale og:title, and handmade-essay-orchard's
    'Walter Brink - Essays')

    page                              ours F1 (P, R)         prec   dflt   read
    wp-newspaper-water-mains          1.000 (P1.000 R1.000)  0.967  0.967  0.965
    arc-metro-fares                   1.000 (P1.000 R1.000)  1.000  1.000  0.946
    brightspot-radio-solar            1.000 (P1.000 R1.000)  1.000  0.948  0.947
    drupal-city-bridge-notice         1.000 (P1.000 R1.000)  1.000  1.000  0.846
    ghost-howto-ci                    1.000 (P1.000 R1.000)  1.000  0.971  0.907
    substack-housing-numbers          1.000 (P1.000 R1.000)  1.000  1.000  0.986
    medium-runbooks                   1.000 (P1.000 R1.000)  0.982  0.979  0.913
    blogger-book-sale                 0.979 (P0.959 R1.000)  0.979  0.979  0.979
    squarespace-coffee-roaster        1.000 (P1.000 R1.000)  0.983  0.983  1.000
    wix-weekly-school-board           1.000 (P1.000 R1.000)  1.000  0.987  0.968
    hugo-papermod-postgres            1.000 (P1.000 R1.000)  1.000  1.000  0.848
    jekyll-data-newsroom-er           0.967 (P0.945 R0.989)  0.967  0.890  0.845
    handmade-essay-orchard            0.894 (P0.808 R1.000)  0.871  0.871  1.000
    public-broadcaster-train-drivers  1.000 (P1.000 R1.000)  0.979  0.979  0.957
    national-paper-bus-fare-cap       1.000 (P1.000 R1.000)  1.000  1.000  0.852
    big-metro-feature-hardware        1.000 (P1.000 R1.000)  1.000  0.883  0.928
    press-wire-series-b               0.980 (P0.960 R1.000)  0.980  0.942  0.930
    trade-pub-port-volumes            1.000 (P1.000 R1.000)  1.000  1.000  0.936
    wp-astra-diy-faucet               0.930 (P0.911 R0.949)  0.930  0.931  0.871  lose
    de-regional-hallenbad             1.000 (P1.000 R1.000)  0.952  0.952  0.863
    fr-national-camping-erosion       1.000 (P1.000 R1.000)  1.000  1.000  0.896
    es-arc-buses-electricos           0.975 (P0.963 R0.988)  0.975  0.975  0.884
    it-wp-jannah-strada-chiusa        1.000 (P1.000 R1.000)  1.000  0.979  0.936
    pt-br-portal-chuva                1.000 (P1.000 R1.000)  1.000  1.000  0.851
    nl-regional-fietsbrug             1.000 (P1.000 R1.000)  1.000  1.000  0.897
    wp-magazine-longread-pharmacy     0.996 (P0.997 R0.995)  0.996  0.996  0.945
    townnews-ap-sports-recap          0.983 (P0.966 R1.000)  0.983  0.983  0.909
    local-tv-brush-fire               0.910 (P0.857 R0.971)  0.910  0.910  0.822
    chain-paper-opinion-libraries     1.000 (P1.000 R1.000)  0.982  0.982  0.984
    university-drupal-bumblebees      0.981 (P0.975 R0.987)  0.967  0.967  0.981
    au-broadcaster-burdekin-flood     0.943 (P0.893 R1.000)  0.971  0.893  0.823  MISS
    tech-site-color-ereader           0.967 (P0.936 R1.000)  0.967  0.967  0.854

After g28's fixes (dates: a copyright range's either year; body: a key-points box above the
story), the same measure: body F1 of means ours 0.9859 ± 0.0047 (trafilatura's best 0.9799;
+0.0060), no body miss; title / byline / date right: ours 1.000 / 0.938 / 1.000.
"""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass

import pytest
from shapes import bench as _bench
from shapes import f1 as _f1
from shapes import ours_text, trafilatura_default_text, trafilatura_text, truth_of
from test_metadata_shapes2 import ld
from test_metadata_shapes3 import found, right

_MARK = re.compile(r"</?T>")


@dataclass(frozen=True)
class Page:
    """A whole page with its story marked, the headline it shows, whom it credits and the
    day it was first published."""

    name: str
    marked: str
    url: str
    headline: str
    byline: tuple[str, ...]
    date: str
    also: tuple[str, ...] = ()  #: an agency, paper or company that may be named or not
    lang: str = "en"
    kind: str = "news"  #: "news" or "other" (blog, how-to, notice, press release)
    cms: str = ""

    @property
    def html(self) -> str:
        return _MARK.sub("", self.marked)

    @property
    def truth(self) -> str:
        return truth_of(self.marked)


PAGES: dict[str, Page] = {}


def add(name: str, url: str, headline: str, byline: tuple[str, ...], date: str, marked: str,
        **more) -> None:
    assert name not in PAGES, name
    PAGES[name] = Page(name, marked, url, headline, byline, date, **more)


# --- what many sites share ---------------------------------------------------------------------

def T(html: str) -> str:
    """Story, as a reader marks it."""
    return f"<T>{html}</T>"


def ps(texts: list[str], attrs: str = "") -> str:
    return "".join(T(f"<p{attrs}>{text}</p>") for text in texts)


def m(key: str, content: str) -> str:
    attr = "property" if key.split(":")[0] in ("og", "article", "fb") else "name"
    return f'<meta {attr}="{key}" content="{content}">'


GTM = ("<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),"
       "event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;"
       "j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);"
       "})(window,document,'script','dataLayer','GTM-XXXX');</script>")
GPT = ('<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>'
       "<script>window.googletag=window.googletag||{cmd:[]};</script>")


def ad(slot: str, label: str = "Advertisement") -> str:
    return (f'<div class="ad-container"><span class="ad-label">{label}</span>'
            f'<div id="div-gpt-ad-{slot}" class="gpt-ad" data-slot="{slot}"></div></div>')


def onetrust(text: str = "We use cookies to improve your experience, to personalise ads and "
             "to analyse our traffic. By clicking “Accept all”, you agree to our use of "
             "cookies.") -> str:
    return ('<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="dialog">'
            f'<p id="onetrust-policy-text">{text} <a href="/privacy">Privacy policy</a></p>'
            '<button id="onetrust-accept-btn-handler">Accept all</button>'
            '<button id="onetrust-reject-all-handler">Reject all</button>'
            '<button class="ot-sdk-show-settings">Cookie settings</button></div></div>')


def ul(items: list[str], attrs: str = "") -> str:
    return f"<ul{attrs}>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(pairs: list[tuple[str, str]], attrs: str = "") -> str:
    return ul([f'<a href="{href}">{text}</a>' for text, href in pairs], attrs)


def menu(*sections: str, prefix: str = "/") -> str:
    return links([(s, prefix + s.lower().replace(" ", "-").replace("&", "and") + "/")
                  for s in sections])


def share(cls: str = "share-bar") -> str:
    return (f'<div class="{cls}"><span>Share</span>'
            '<a href="https://www.facebook.com/sharer/sharer.php?u=x" class="facebook">Facebook</a>'
            '<a href="https://twitter.com/intent/tweet?url=x" class="twitter">X</a>'
            '<a href="https://www.linkedin.com/shareArticle?url=x" class="linkedin">LinkedIn</a>'
            '<a href="mailto:?subject=x" class="email">Email</a>'
            '<button class="copy-link">Copy link</button></div>')


# --- 1. WordPress, tagDiv Newspaper theme: a local paper -----------------------------------------

WATER = [
    "The Lakeview City Council voted 6-1 on Monday night to spend $4.2 million replacing about "
    "three miles of water mains under the city's oldest neighborhoods, some of which were laid "
    "before 1930.",
    "The plan targets cast-iron pipes along Elm, Harrison and Second streets, where crews have "
    "repaired 41 breaks since 2020, according to the public works department. Last February, a "
    "single break on Harrison Street left 600 homes without water for most of a day.",
    "“We are spending money either way,” Public Works Director Alan Brooks told the council. "
    "“We can keep paying overtime to patch the same blocks every winter, or we can replace them "
    "once.”",
    "Most of the cost will be covered by a low-interest loan from the state's drinking water "
    "revolving fund. The rest, about $900,000, will come from the city's utility reserve, which "
    "means the project will not raise water rates this year, Finance Director Mei Tan said.",
    "Council member Rick Salas cast the lone vote against the plan. He said he supported "
    "replacing the pipes but objected to starting with the north side before the Fairview "
    "area, where residents have complained about low water pressure for years.",
    "“Fairview has waited long enough,” Salas said. “I don't want to tell those families they "
    "are next in line again.”",
    "Brooks said the order was set by the number of breaks, not by neighborhood, and that "
    "Fairview's pressure problems come from an undersized pump station that is scheduled for "
    "its own upgrade in 2026.",
    "Construction is expected to begin in May and last about 18 months. Residents on affected "
    "blocks will receive letters at least two weeks before work starts on their street, and "
    "temporary water lines will be laid above ground during the replacement.",
]

add("wp-newspaper-water-mains",
    "https://lakeviewledger.example/2025/03/11/council-approves-water-main-replacement/",
    "Lakeview council approves $4.2 million plan to replace aging water mains",
    ("Dana Whitfield",), "2025-03-11", cms="WordPress (tagDiv Newspaper)", marked=(
        '<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">'
        "<title>Lakeview council approves $4.2 million plan to replace aging water mains - "
        "Lakeview Ledger</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
        '<meta name="robots" content="index, follow, max-image-preview:large">'
        + m("description", "The Lakeview City Council voted 6-1 on Monday night to spend $4.2 "
            "million replacing about three miles of water mains.")
        + m("og:locale", "en_US") + m("og:type", "article")
        + m("og:title", "Lakeview council approves $4.2 million plan to replace aging water "
            "mains - Lakeview Ledger")
        + m("og:url", "https://lakeviewledger.example/2025/03/11/council-approves-water-main-"
            "replacement/")
        + m("og:site_name", "Lakeview Ledger")
        + m("article:published_time", "2025-03-11T18:42:10+00:00")
        + m("article:modified_time", "2025-03-12T09:05:51+00:00")
        + m("author", "Dana Whitfield") + m("twitter:card", "summary_large_image")
        + m("twitter:label1", "Written by") + m("twitter:data1", "Dana Whitfield")
        + m("twitter:label2", "Est. reading time") + m("twitter:data2", "3 minutes")
        + ld({"@graph": [
            {"@type": "NewsArticle", "@id": "https://lakeviewledger.example/2025/03/11/"
             "council-approves-water-main-replacement/#article",
             "headline": "Lakeview council approves $4.2 million plan to replace aging water "
             "mains", "datePublished": "2025-03-11T18:42:10+00:00",
             "dateModified": "2025-03-12T09:05:51+00:00", "wordCount": 402,
             "author": {"@id": "https://lakeviewledger.example/#/schema/person/8a1"},
             "publisher": {"@id": "https://lakeviewledger.example/#organization"},
             "articleSection": ["Local", "News"], "inLanguage": "en-US"},
            {"@type": "Person", "@id": "https://lakeviewledger.example/#/schema/person/8a1",
             "name": "Dana Whitfield", "url": "https://lakeviewledger.example/author/dwhitfield/"},
            {"@type": "Organization", "@id": "https://lakeviewledger.example/#organization",
             "name": "Lakeview Ledger"}]})
        + '<link rel="stylesheet" href="/wp-content/themes/Newspaper/style.css?ver=12.6">'
        + GTM + "</head>"
        '<body class="post-template-default single single-post postid-48211 td-standard-pack">'
        '<div class="td-scroll-up"></div><div id="td-outer-wrap" class="td-theme-wrap">'
        '<div class="td-header-template-wrap"><div class="td-header-top-menu">'
        '<div class="td_data_time">Wednesday, March 12, 2025</div>'
        + menu("Contact", "Advertise", "Subscribe", "E-Edition")
        + '</div><div class="td-header-menu-wrap"><a class="td-logo" href="/">Lakeview Ledger'
        "</a>" + menu("News", "Local", "Schools", "Sports", "Obituaries", "Opinion", "Events")
        + "</div></div>" + ad("leaderboard")
        + '<div class="td-main-content-wrap td-container-wrap"><div class="td-container">'
        '<div class="td-crumb-container"><div class="entry-crumbs"><span><a href="/">Home</a>'
        '</span> <i class="td-bread-sep"></i> <span><a href="/category/news/">News</a></span>'
        ' <i class="td-bread-sep"></i> <span><a href="/category/news/local/">Local</a></span>'
        "</div></div>"
        '<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main">'
        '<div class="td-ss-main-content"><article id="post-48211" class="post-48211 post '
        'type-post status-publish format-standard has-post-thumbnail category-local">'
        '<div class="td-post-header"><ul class="td-category"><li class="entry-category">'
        '<a href="/category/news/local/">Local</a></li></ul><header class="td-post-title">'
        '<h1 class="entry-title">Lakeview council approves $4.2 million plan to replace aging '
        'water mains</h1><div class="td-module-meta-info"><div class="td-post-author-name">'
        '<div class="td-author-by">By</div> <a href="/author/dwhitfield/">Dana Whitfield</a>'
        '<div class="td-author-line"> - </div></div><span class="td-post-date">'
        '<time class="entry-date updated td-module-date" datetime="2025-03-11T18:42:10+00:00">'
        'March 11, 2025</time></span><div class="td-post-comments"><a href="#comments">'
        '<i class="td-icon-comments"></i>2</a></div><div class="td-post-views">'
        '<i class="td-icon-views"></i><span class="td-nr-views-48211">1184</span></div></div>'
        "</header></div>"
        '<div class="td-post-sharing-top">' + share("td-post-sharing") + "</div>"
        '<div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2025/03/'
        'pipes.jpg" alt="Pipes" width="696" height="464"><figcaption class="wp-caption-text">'
        "A crew repairs a water main break on Harrison Street in February 2024. (Ledger file "
        "photo)</figcaption></figure></div>"
        '<div class="td-post-content tagdiv-type">'
        + ps(WATER[:3])
        + '<p><strong>ALSO READ:</strong> <a href="/2025/02/27/lakeview-budget-gap/">Lakeview '
        "faces $1.1 million budget gap as sales tax revenue slows</a></p>"
        + ps(WATER[3:5]) + ad("incontent-1") + ps(WATER[5:])
        + "</div>"
        '<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box '
        'clearfix"><li><span>TAGS</span></li><li><a href="/tag/city-council/">city council</a>'
        '</li><li><a href="/tag/infrastructure/">infrastructure</a></li></ul></div>'
        '<div class="td-post-sharing-bottom">' + share("td-post-sharing") + "</div>"
        '<div class="td-author-name-wrap"><div class="author-box-wrap">'
        '<a href="/author/dwhitfield/"><img class="avatar" src="/a.jpg" alt="Dana Whitfield">'
        '</a><div class="desc"><div class="td-author-name vcard author"><a href="/author/'
        'dwhitfield/">Dana Whitfield</a></div><div class="td-author-description">Dana covers '
        "city government and schools for the Ledger. Reach her at dwhitfield@lakeviewledger."
        "example.</div></div></div></div></footer>"
        '<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title">'
        '<a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a>'
        '<a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4>'
        '<div class="td_block_inner">'
        + "".join(f'<div class="td-related-span4"><div class="td_module_related_posts">'
                  f'<h3 class="entry-title td-module-title"><a href="/2025/03/0{i}/x{i}/">{t}'
                  "</a></h3></div></div>" for i, t in enumerate([
                      "School board delays vote on new start times",
                      "Fairview residents press city on low water pressure",
                      "Lakeview Ledger wins three state press awards"], 1))
        + "</div></div></article>"
        '<div class="comments" id="comments"><div class="td-comments-title-wrap">'
        '<h4 class="block-title"><span>2 COMMENTS</span></h4></div>'
        '<ol class="comment-list"><li class="comment"><article><footer><div class="comment-'
        'author vcard"><cite>Jim Hargrove</cite></div><div class="comment-meta"><a href="#c1">'
        "March 11, 2025 At 8:15 pm</a></div></footer><div class=\"comment-content\"><p>About "
        "time. My basement flooded twice from the Elm Street main and the city told me both "
        "times it was on the list.</p></div><div class=\"comment-reply\">Reply</div></article>"
        '</li><li class="comment"><article><footer><div class="comment-author vcard"><cite>'
        'Sandra P.</cite></div><div class="comment-meta"><a href="#c2">March 12, 2025 At 7:02 '
        'am</a></div></footer><div class="comment-content"><p>Agree with Salas. Fairview always '
        "gets skipped.</p></div></article></li></ol>"
        '<div id="respond" class="comment-respond"><h3 class="comment-reply-title">LEAVE A '
        'REPLY</h3><form class="comment-form"><p class="comment-form-comment"><textarea '
        'placeholder="Comment:"></textarea></p><p><input placeholder="Name:*"></p><p><input '
        'placeholder="Email:*"></p><p class="comment-form-cookies-consent"><input type='
        '"checkbox"> <label>Save my name, email, and website in this browser for the next time '
        'I comment.</label></p><input type="submit" value="Post Comment"></form></div></div>'
        '</div></div><div class="td-pb-span4 td-main-sidebar" role="complementary">'
        '<div class="td_block_wrap td_block_social_counter"><h4 class="block-title"><span>'
        "STAY CONNECTED</span></h4><div>4,812 Fans</div><div>1,230 Followers</div></div>"
        + ad("sidebar-1")
        + '<div class="td_block_wrap td_block_7"><h4 class="block-title"><span>MOST POPULAR'
        '</span></h4><div class="td_block_inner">'
        + "".join(f'<div class="td_module_6"><h3 class="entry-title"><a href="/p/{i}">{t}</a>'
                  '</h3><span class="td-post-date">March 10, 2025</span></div>'
                  for i, t in enumerate(["Longtime diner on Main Street to close after 62 years",
                                         "Police identify driver in Route 14 crash",
                                         "Lakeview girls win regional title in overtime"]))
        + "</div></div></div></div></div></div>"
        '<div class="td-footer-wrapper"><div class="footer-text-wrap">The Lakeview Ledger has '
        "served Lakeview and Dunmore County since 1911.</div>"
        + menu("About Us", "Contact", "Privacy Policy", "Terms of Use")
        + '<div class="td-sub-footer-copy">© Copyright 2025 Lakeview Ledger. All rights '
        "reserved.</div></div></div>"
        '<script type="text/javascript" id="td-generated-footer-js">var tdBlocksArray = [];'
        "</script></body></html>"))


# --- 2. Arc XP: a metro paper, UTC in the metadata, evening in the newsroom -----------------------

FARES = [
    "The Capital Region Transit Authority's board on Monday postponed a vote on raising bus and "
    "rail fares after more than 200 riders packed a public hearing, many of them warning that "
    "an increase would push low-income workers off the system.",
    "The proposal would raise the base rail fare from $2.25 to $2.60 and the bus fare from $2 to "
    "$2.25, the first increase since 2019. Agency officials say it would bring in about $38 "
    "million a year and help close a projected $96 million shortfall in the budget that begins "
    "July 1.",
    "Board Chair Linda Morrow said members needed more time to weigh alternatives, including a "
    "smaller increase paired with service cuts on lightly used routes. The board will take up "
    "the question again on Feb. 13.",
    "“We heard people tonight, and we heard them clearly,” Morrow said after the four-hour "
    "hearing. “Nobody on this board wants to raise fares. The question is what we cut if we "
    "don't.”",
    "Speakers lined up well before the hearing began at 5 p.m. Many said they already spend a "
    "large share of their income on transit. Denise Carter, a home health aide who rides two "
    "buses to reach her clients, said the increase would cost her about $30 more a month.",
    "“That's groceries for a week,” she said. “They talk about ridership coming back. It won't "
    "come back if we can't afford it.”",
    "Transit advocates urged the board to ask the region's counties for more money rather than "
    "raise fares. The counties' contributions have been flat for three years, said Omar "
    "Haddad, director of the Riders Alliance.",
    "General Manager Keith Lawson said the authority had already cut $41 million in "
    "administrative costs and frozen hiring for office jobs. Without new revenue, he said, the "
    "agency would have to reduce rail service to every 15 minutes on weekends and eliminate "
    "nine bus routes.",
    "Ridership has recovered to about 78 percent of its 2019 level on rail and 91 percent on "
    "buses, according to agency data.",
]

_ARC_META = {"_id": "5JX2QK7ZLBFZJN3TQ4", "type": "story", "canonical_url": "/transportation/"
             "2025/01/27/metro-fare-increase-vote-delayed/", "display_date": "2025-01-28T02:15:00Z",
             "credits": {"by": [{"name": "Jonah Patel"}, {"name": "Lucía Ortega"}]}}

add("arc-metro-fares",
    "https://www.capitalpost.example/transportation/2025/01/27/metro-fare-increase-vote-delayed/",
    "Transit board delays fare vote after riders pack hearing", ("Jonah Patel", "Lucía Ortega"),
    "2025-01-27", cms="Arc XP", marked=(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Transit board delays fare vote after riders pack hearing - The Capital Post"
        "</title>"
        + m("description", "More than 200 riders warned that an increase would push low-income "
            "workers off the system.")
        + m("og:title", "Transit board delays fare vote after riders pack hearing")
        + m("og:type", "article") + m("og:site_name", "The Capital Post")
        + m("article:published_time", "2025-01-28T02:15:00Z")
        + m("article:section", "Transportation")
        + m("author", "Jonah Patel, Lucía Ortega")
        + m("twitter:site", "@capitalpost")
        + ld({"@type": "NewsArticle", "headline": "Transit board delays fare vote after riders "
              "pack hearing", "datePublished": "2025-01-28T02:15:00Z",
              "dateModified": "2025-01-28T12:02:41Z", "isAccessibleForFree": False,
              "author": [{"@type": "Person", "name": "Jonah Patel",
                          "url": "https://www.capitalpost.example/people/jonah-patel/"},
                         {"@type": "Person", "name": "Lucía Ortega",
                          "url": "https://www.capitalpost.example/people/lucia-ortega/"}],
              "publisher": {"@type": "NewsMediaOrganization", "name": "The Capital Post"}})
        + '<link rel="canonical" href="https://www.capitalpost.example/transportation/2025/01/'
        '27/metro-fare-increase-vote-delayed/">'
        + "<script>window.Fusion=window.Fusion||{};Fusion.arcSite=\"capitalpost\";"
        "Fusion.globalContent=" + str(_ARC_META).replace("'", '"') + ";</script>"
        + GPT + "</head><body><div id=\"fusion-app\">"
        '<a class="skip-link" href="#main-content">Skip to main content</a>'
        '<header class="site-header"><button aria-label="Sections">Sections</button>'
        '<a href="/" class="masthead">The Capital Post</a><nav>'
        + menu("Politics", "Local", "Transportation", "Business", "Sports", "Opinion",
               "Food", "Real Estate")
        + '</nav><a class="subscribe-btn" href="/subscribe">Subscribe</a><a href="/login">'
        "Sign in</a></header>"
        '<div class="paywall-banner">You have 2 free articles left this month. '
        '<a href="/subscribe">Get unlimited access for $1</a></div>'
        '<main id="main-content"><article class="story">'
        '<div class="kicker"><a href="/transportation/">Transportation</a></div>'
        '<h1 data-qa="headline" class="headline">Transit board delays fare vote after riders '
        "pack hearing</h1>"
        '<h2 data-qa="subheadline" class="dek">Officials say a $96 million gap means either '
        "higher fares or fewer trains and buses</h2>"
        '<div class="byline-wrapper" data-qa="author-byline"><span>By </span>'
        '<a rel="author" href="/people/jonah-patel/">Jonah Patel</a><span> and </span>'
        '<a rel="author" href="/people/lucia-ortega/">Lucía Ortega</a></div>'
        '<div class="timestamp" data-qa="timestamp"><span data-qa="display-date">January 27, '
        "2025 at 9:15 p.m. EST</span></div>"
        '<div class="share-tools">' + share("share") + '<button class="gift">Gift Article'
        '</button><button class="save">Save</button><span class="comments-count">412'
        "</span></div>"
        '<figure class="lead-art"><img src="https://www.capitalpost.example/resizer/abc.jpg" '
        'alt=""><figcaption><span>Riders line up to speak at the Transit Authority hearing on '
        'Monday.</span> <span class="credit">(Marcus Hill/The Capital Post)</span></figcaption>'
        "</figure>"
        '<div class="article-body">'
        + ps(FARES[:3], ' class="font--body" data-el="text" dir="null"')
        + ad("inline_1", "ADVERTISEMENT")
        + ps(FARES[3:6], ' class="font--body" data-el="text" dir="null"')
        + '<div class="interstitial-link"><span>Read more:</span> <a href="/transportation/'
        "2024/11/14/metro-budget-shortfall/\">Metro's budget gap grows to $96 million as "
        "federal aid runs out</a></div>"
        + ps(FARES[6:], ' class="font--body" data-el="text" dir="null"')
        + "</div>"
        '<div class="author-bios"><div class="author-bio"><a href="/people/jonah-patel/">'
        "Jonah Patel</a> covers transportation for The Capital Post. <a href=\"https://twitter"
        '.com/jpatel">Twitter</a></div><div class="author-bio"><a href="/people/lucia-ortega/">'
        "Lucía Ortega</a> is a Metro reporter.</div></div>"
        '<div class="comments-cta"><button>View 412 Comments</button></div></article>'
        '<aside class="right-rail"><div class="most-read"><h2>Most Read Local</h2><ol>'
        + "".join(f'<li><a href="/local/{i}">{t}</a></li>' for i, t in enumerate([
            "Snow emergency declared ahead of Tuesday storm",
            "Council passes rent stabilization bill on 7-6 vote",
            "A beloved bakery closes after 40 years",
            "Teen charged in Route 50 crash that killed two",
            "Why your electricity bill is going up in March"]))
        + "</ol></div>" + ad("right_rail") + "</aside></main>"
        '<div class="newsletter-signup"><h3>Get the Local Headlines newsletter</h3><p>Free daily '
        'updates delivered just for you.</p><input type="email" placeholder="Email address">'
        '<button>Sign up</button></div>'
        '<footer class="site-footer">' + menu("About Us", "Careers", "Contact", "Ethics Policy",
                                               "Terms of Service", "Privacy Policy")
        + "<p>© 1996-2025 The Capital Post</p></footer></div>"
        "<script src=\"/pf/dist/engine/react.js\"></script></body></html>"))



# --- 3. Brightspot: a public radio station, two reporters ----------------------------------------

SOLAR = [
    "State utility regulators on Thursday approved a 120-megawatt solar farm on land that was "
    "strip-mined for coal until the 1990s, clearing the way for construction to begin this "
    "summer in Harlan Ridge.",
    "The Public Service Commission voted 3-0 to grant a certificate to Ridgeline Solar, a "
    "company based in Columbus, Ohio. The project will cover about 900 acres of reclaimed mine "
    "land and is expected to produce enough electricity for roughly 20,000 homes.",
    "Commissioner Ann Whitaker said the site was “exactly where this kind of project belongs.” "
    "The land is flat, already cleared and close to an existing transmission line, she said, "
    "and it cannot easily be farmed.",
    "Ridgeline will pay the county about $400,000 a year in lieu of property taxes over 30 years "
    "under an agreement the county fiscal court approved in November. County Judge-Executive "
    "Dale Prewitt said the money would go largely to the school district and the ambulance "
    "service.",
    "Some neighbors had asked the commission to require larger buffers between the panels and "
    "nearby homes. The commission ordered the company to plant a row of evergreen trees along "
    "the road and to keep panels at least 300 feet from any house, up from the 150 feet the "
    "company had proposed.",
    "“We're not against it,” said Darlene Couch, whose family has lived beside the old mine for "
    "four generations. “We just didn't want to look out the kitchen window at a fence.”",
    "The company says it will hire about 250 workers during construction and keep six to eight "
    "full-time jobs once the farm is running. It has not yet named a buyer for the power.",
]

add("brightspot-radio-solar",
    "https://www.wrvr.example/energy-environment/2025-02-06/regulators-approve-solar-farm-on-"
    "former-coal-mine",
    "State regulators approve solar farm on former coal mine site", ("Ellen Marsh", "Tomás Reyes"),
    "2025-02-06", cms="Brightspot", marked=(
        '<!DOCTYPE html><html class="ArticlePage" lang="en"><head><meta charset="UTF-8">'
        "<title>State regulators approve solar farm on former coal mine site | WRVR</title>"
        + m("og:title", "State regulators approve solar farm on former coal mine site")
        + m("og:site_name", "WRVR") + m("og:type", "article")
        + m("article:published_time", "2025-02-06T22:04:50.123Z")
        + m("article:section", "Energy & Environment")
        + m("article:author", "https://www.wrvr.example/people/ellen-marsh")
        + m("article:author", "https://www.wrvr.example/people/tomas-reyes")
        + m("brightspot.contentId", "0000018c-72a1-d0a1-a5ff-7ef51b2c0000")
        + ld({"@type": "NewsArticle", "headline": "State regulators approve solar farm on "
              "former coal mine site", "datePublished": "2025-02-06T22:04:50.123Z",
              "dateModified": "2025-02-06T22:04:50.123Z",
              "author": [{"@type": "Person", "name": "Ellen Marsh"},
                         {"@type": "Person", "name": "Tomás Reyes"}],
              "publisher": {"@type": "Organization", "name": "WRVR"}})
        + GTM + "</head><body>"
        '<ps-header class="PageHeader"><div class="PageHeader-logo"><a href="/">WRVR Public '
        'Radio</a></div><nav class="NavigationItems">'
        + menu("News", "Energy & Environment", "Politics", "Music", "Programs", "Podcasts")
        + '</nav><a class="DonateButton" href="/donate">Donate</a><div class="ListenLive">'
        "<button>Listen Live</button><span>WRVR News · Morning Edition</span></div>"
        "</ps-header>"
        '<main class="ArticlePage-main"><div class="ArticlePage-breadcrumbs"><a href="/energy-'
        'environment">Energy &amp; Environment</a></div>'
        '<div class="ArticlePage-articleContainer"><h1 class="headline-lg">State regulators '
        "approve solar farm on former coal mine site</h1>"
        '<div class="ArticlePage-authors"><div class="ArticlePage-authorInfo">'
        '<div class="ArticlePage-authorName"><span class="ArticlePage-authorBy">By </span>'
        '<a href="/people/ellen-marsh">Ellen Marsh</a>,</div>'
        '<div class="ArticlePage-authorName"><a href="/people/tomas-reyes">Tomás Reyes</a>'
        "</div></div></div>"
        '<div class="ArticlePage-datePublished">Published February 6, 2025 at 5:04 PM EST</div>'
        '<div class="AudioEnhancement"><ps-stream-url data-stream-url="/audio/solar.mp3">'
        '<button class="AudioEnhancement-play">Listen</button> • <span>3:52</span>'
        "</ps-stream-url></div>"
        '<div class="ArticlePage-lead"><figure class="Figure"><img src="/img/mine.jpg" alt="">'
        '<div class="Figure-content"><div class="Figure-caption">Reclaimed mine land near '
        'Harlan Ridge, where Ridgeline Solar plans to build.</div><div class="Figure-credit">'
        "Ellen Marsh / WRVR</div></div></figure></div>"
        '<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">'
        + ps(SOLAR[:4])
        + '<ps-promo class="Enhancement" data-align-center><div class="Enhancement-item">'
        '<div class="PromoB"><div class="PromoB-category">Energy &amp; Environment</div>'
        '<div class="PromoB-title"><a href="/2024-11-20/county-approves-solar-tax-deal">County '
        "approves tax deal for proposed Harlan Ridge solar project</a></div></div></div>"
        "</ps-promo>"
        + ps(SOLAR[4:6])
        + '<div class="Enhancement"><div class="DonateModule"><h3>Local news needs local '
        "support</h3><p>WRVR is a nonprofit newsroom. Your gift keeps reporters covering the "
        'stories that matter to your community.</p><a href="/donate">Give now</a></div></div>'
        + ps(SOLAR[6:])
        + "</div></div>"
        '<div class="ArticlePage-tags"><span>Tags</span>'
        + links([("Energy & Environment", "/tags/energy"), ("solar", "/tags/solar"),
                 ("coal", "/tags/coal")])
        + "</div>"
        '<div class="ArticlePage-authorBios"><div class="AuthorBio"><a href="/people/ellen-'
        'marsh">Ellen Marsh</a><div class="AuthorBio-bio">Ellen Marsh is WRVR\'s energy and '
        'environment reporter.</div><a href="mailto:emarsh@wrvr.example">See stories by Ellen '
        'Marsh</a></div><div class="AuthorBio"><a href="/people/tomas-reyes">Tomás Reyes</a>'
        '<div class="AuthorBio-bio">Tomás Reyes reports on eastern Kentucky for WRVR through '
        "Report for America.</div></div></div></div>"
        '<aside class="ArticlePage-aside"><div class="List"><h2 class="List-title">Latest '
        "Stories</h2>"
        + "".join(f'<div class="PromoA"><div class="PromoA-title"><a href="/news/{i}">{t}</a>'
                  "</div></div>" for i, t in enumerate([
                      "Legislature advances bill on broadband grants",
                      "Water district raises rates for first time in a decade",
                      "Bluegrass festival announces summer lineup"]))
        + "</div></aside></main>"
        '<footer class="PageFooter"><div class="PageFooter-about">WRVR is a listener-supported '
        "public radio station serving the Cumberland region.</div>"
        + menu("About", "Contact", "Careers", "Public File", "Privacy Policy")
        + "<p>© 2025 WRVR</p></footer></body></html>"))


# --- 4. Drupal: a city's notice, no author --------------------------------------------------------

BRIDGE = [
    "The Mill Street bridge over Sawyer Creek will be closed to all traffic from Monday, March "
    "3, through Friday, March 21, 2025, while crews carry out a scheduled structural "
    "inspection and replace worn expansion joints.",
    "The bridge carries about 8,500 vehicles a day. Drivers should follow the posted detour "
    "using Route 9, Kingsley Avenue and Oak Street. Pedestrians and cyclists may use the "
    "temporary walkway on the north side of the bridge, except on the days listed below.",
    T("<h2>Full closure dates</h2>"),
    T("<table><thead><tr><th>Date</th><th>Work</th><th>Walkway</th></tr></thead><tbody>"
      "<tr><td>March 3–7</td><td>Inspection of beams and bearings</td><td>Open</td></tr>"
      "<tr><td>March 10–14</td><td>Removal of old expansion joints</td><td>Closed</td></tr>"
      "<tr><td>March 17–21</td><td>Installation of new joints and paving</td><td>Open</td>"
      "</tr></tbody></table>"),
    "Garbage and recycling collection on Mill Street will not change. School buses serving "
    "Sawyer Creek Elementary will use the detour, and the school district has notified "
    "families of adjusted pick-up times.",
    "Work may be rescheduled in case of bad weather. Updates will be posted on this page and "
    "on the city's social media accounts.",
    "For questions, contact the Public Works Department at 555-010-2234 or "
    "publicworks@harlowsprings.example, Monday through Friday, 8 a.m. to 4:30 p.m.",
]

add("drupal-city-bridge-notice",
    "https://www.harlowsprings.example/news/mill-street-bridge-closure-march-2025",
    "Mill Street bridge to close for three weeks for inspection and repairs", (), "2025-02-14",
    also=("City of Harlow Springs", "Public Works Department"), kind="other", cms="Drupal 10",
    marked=(
        '<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">'
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'
        "<title>Mill Street bridge to close for three weeks for inspection and repairs | City of "
        "Harlow Springs</title>"
        '<link rel="canonical" href="https://www.harlowsprings.example/news/mill-street-bridge-'
        'closure-march-2025">'
        + m("og:site_name", "City of Harlow Springs")
        + m("og:title", "Mill Street bridge to close for three weeks for inspection and repairs")
        + '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_x1.css">'
        "</head><body class=\"path-node page-node-type-news\">"
        '<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main '
        'content</a><div class="alert-bar" role="region"><p><strong>Alert:</strong> City '
        'offices will be closed Monday, February 17, for Presidents Day.</p></div>'
        '<header role="banner"><div class="site-branding"><a href="/" rel="home">City of Harlow '
        'Springs</a></div><div id="google_translate_element">Select Language</div>'
        '<nav role="navigation" id="block-mainnavigation">'
        + menu("Government", "Departments", "Residents", "Business", "Visitors", "How Do I")
        + '</nav><form class="search-block-form"><input type="search" placeholder="Search">'
        "</form></header>"
        '<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation">'
        '<h2 class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li>'
        '<a href="/news">News</a></li><li>Mill Street bridge to close for three weeks for '
        "inspection and repairs</li></ol></nav></div>"
        '<main role="main"><a id="main-content" tabindex="-1"></a>'
        '<div class="layout-content"><h1 class="page-title"><span class="field field--name-'
        'title">Mill Street bridge to close for three weeks for inspection and repairs</span>'
        "</h1>"
        '<article role="article" class="node node--type-news node--view-mode-full">'
        '<div class="node__meta"><div class="field field--name-field-date">Posted on: '
        '<time datetime="2025-02-14T12:00:00Z">February 14, 2025</time></div>'
        '<div class="field field--name-field-department"><a href="/departments/public-works">'
        "Public Works</a></div></div>"
        '<div class="node__content"><div class="clearfix text-formatted field field--name-body '
        'field--type-text-with-summary field__item">'
        + ps(BRIDGE[:2]) + BRIDGE[2] + BRIDGE[3] + ps(BRIDGE[4:])
        + '</div><div class="field field--name-field-attachments"><div class="field__label">'
        'Attachments</div><span class="file file--application-pdf"><a href="/sites/default/'
        'files/2025-02/mill-street-detour-map.pdf">Mill Street detour map (PDF, 412 KB)</a>'
        "</span></div></div></article></div>"
        '<aside class="layout-sidebar-second" role="complementary"><div class="block">'
        "<h2>Contact</h2><p>Public Works Department<br>200 Main Street<br>Harlow Springs<br>"
        "555-010-2234</p></div><div class=\"block block-views\"><h2>Related News</h2>"
        + links([("Spring street sweeping begins April 1", "/news/street-sweeping-2025"),
                 ("Leaf collection schedule extended", "/news/leaf-collection"),
                 ("Water main flushing in Ward 3", "/news/hydrant-flushing")])
        + "</div></aside></main>"
        '<footer role="contentinfo"><div class="footer-contact">City Hall, 200 Main Street, '
        "Harlow Springs · 555-010-2000 · Hours: Mon–Fri 8 a.m.–4:30 p.m.</div>"
        + menu("Accessibility", "Privacy", "Public Records Requests", "Employment", "Site Map")
        + "<p>© 2025 City of Harlow Springs</p></footer>"
        '<script type="application/json" data-drupal-selector="drupal-settings-json">'
        '{"path":{"baseUrl":"\\/","currentPath":"node\\/1842"}}</script></body></html>'))


# --- 5. Ghost: a developer's how-to with code -----------------------------------------------------

CI = [
    "Our main repository's CI pipeline had crept up to 14 minutes per push. Nobody decided that; "
    "it happened one dependency and one test suite at a time. Last month I spent a week on it, "
    "and it now takes a little over three. Here is what made the difference, roughly in order "
    "of how much time each change saved.",
    T("<h2 id=\"cache-the-right-thing\">1. Cache the right thing</h2>"),
    "We were caching the package manager's download directory, which saved the downloads but "
    "not the installs. Caching the installed virtual environment, keyed on the lock file's "
    "hash, cut four minutes on its own:",
    T("<pre><code class=\"language-yaml\">- uses: actions/cache@v4\n  with:\n    path: .venv\n"
      "    key: venv-${{ runner.os }}-${{ hashFiles('poetry.lock') }}</code></pre>"),
    "The catch is that a cache keyed only on the lock file will happily restore an environment "
    "built for an older Python. Put the interpreter version in the key too.",
    T("<h2 id=\"split-the-tests\">2. Split the slow tests</h2>"),
    "About 70 percent of our test time came from 40 integration tests that start a database. "
    "We moved them into their own job that runs in parallel with the unit tests, and marked "
    "them so developers can skip them locally with a single flag.",
    T("<h2 id=\"stop-building-twice\">3. Stop building the image twice</h2>"),
    "Our deploy job rebuilt the Docker image the test job had already built. Pushing the test "
    "job's image to the registry with the commit's hash as its tag, and pulling it in the deploy "
    "job, removed about two and a half minutes.",
    T("<h2 id=\"what-did-not-help\">What did not help</h2>"),
    "Bigger runners. Doubling the cores saved less than a minute, because most of the time was "
    "spent waiting on the network and on one single-threaded test suite, and it doubled the bill.",
    "If you take one thing from this: measure each step before changing anything. Our CI "
    "provider shows per-step timings, and I had never looked at them until this project.",
]

add("ghost-howto-ci",
    "https://blog.tidewater.example/how-we-cut-ci-time/",
    "How we cut our CI time from 14 minutes to 3", ("Priya Raman",), "2025-04-03",
    kind="other", cms="Ghost (Casper)", marked=(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">'
        "<title>How we cut our CI time from 14 minutes to 3</title>"
        '<meta name="HandheldFriendly" content="True">'
        + m("description", "Caching, splitting tests and not building the image twice.")
        + '<link rel="canonical" href="https://blog.tidewater.example/how-we-cut-ci-time/">'
        + m("referrer", "no-referrer-when-downgrade")
        + m("og:site_name", "Tidewater Engineering") + m("og:type", "article")
        + m("og:title", "How we cut our CI time from 14 minutes to 3")
        + m("article:published_time", "2025-04-03T09:12:00.000Z")
        + m("article:modified_time", "2025-04-04T15:40:09.000Z")
        + m("article:tag", "CI") + m("twitter:label1", "Written by")
        + m("twitter:data1", "Priya Raman") + m("twitter:label2", "Filed under")
        + m("twitter:data2", "CI")
        + ld({"@type": "Article", "publisher": {"@type": "Organization", "name": "Tidewater "
              "Engineering", "url": "https://blog.tidewater.example/"},
              "author": {"@type": "Person", "name": "Priya Raman", "url": "https://blog."
                         "tidewater.example/author/priya/", "sameAs": []},
              "headline": "How we cut our CI time from 14 minutes to 3",
              "url": "https://blog.tidewater.example/how-we-cut-ci-time/",
              "datePublished": "2025-04-03T09:12:00.000Z",
              "dateModified": "2025-04-04T15:40:09.000Z", "keywords": "CI",
              "mainEntityOfPage": "https://blog.tidewater.example/how-we-cut-ci-time/"})
        + '<meta name="generator" content="Ghost 5.82">'
        '<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" '
        'data-ghost="https://blog.tidewater.example/"></script></head>'
        '<body class="post-template tag-ci is-head-left-logo has-cover"><div class="viewport">'
        '<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">'
        '<div class="gh-head-brand"><a class="gh-head-logo" href="https://blog.tidewater.'
        'example">Tidewater Engineering</a></div><nav class="gh-head-menu">'
        + links([("Home", "/"), ("Infrastructure", "/tag/infrastructure/"), ("CI", "/tag/ci/"),
                 ("About", "/about/"), ("Careers", "https://tidewater.example/careers")],
                ' class="nav"')
        + '</nav><div class="gh-head-actions"><a href="#/portal/signin" data-portal="signin">'
        'Sign in</a><a href="#/portal/signup" class="gh-head-button" data-portal="signup">'
        "Subscribe</a></div></div></header>"
        '<div class="site-content"><main id="site-main" class="site-main">'
        '<article class="article post tag-ci"><header class="article-header gh-canvas">'
        '<div class="article-tag post-card-tags"><span class="post-card-primary-tag">'
        '<a href="/tag/ci/">CI</a></span></div><h1 class="article-title">How we cut our CI '
        "time from 14 minutes to 3</h1>"
        '<p class="article-excerpt">Caching, splitting tests and not building the image twice.'
        '</p><div class="article-byline"><section class="article-byline-content">'
        '<ul class="author-list"><li class="author-list-item"><a href="/author/priya/" '
        'class="author-avatar"><img class="author-profile-image" src="/content/images/priya.'
        'jpg" alt="Priya Raman"></a></li></ul><div class="article-byline-meta">'
        '<h4 class="author-name"><a href="/author/priya/">Priya Raman</a></h4>'
        '<div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-04-03">'
        'Apr 3, 2025</time><span class="byline-reading-time"><span class="bull">•</span> 4 min '
        "read</span></div></div></section></div>"
        '<figure class="article-image"><img src="/content/images/2025/04/pipeline.png" alt="">'
        "<figcaption>Per-step timings before and after.</figcaption></figure></header>"
        '<section class="gh-content gh-canvas">'
        + "".join(x if x.startswith("<T>") else T(f"<p>{x}</p>") for x in CI[:5])
        + '<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-'
        'emoji">💡</div><div class="kg-callout-text">We are hiring platform engineers. <a '
        'href="https://tidewater.example/careers">See open roles</a>.</div></div>'
        + "".join(x if x.startswith("<T>") else T(f"<p>{x}</p>") for x in CI[5:])
        + "</section>"
        '<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">'
        'Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-'
        'portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span>'
        "</a></div></section></article></main>"
        '<aside class="read-more-wrap outer"><div class="read-more inner">'
        + "".join(f'<article class="post-card post"><a class="post-card-image-link" href="/p{i}'
                  f'/"><img src="/i{i}.jpg" alt=""></a><div class="post-card-content"><a '
                  f'class="post-card-content-link" href="/p{i}/"><header class="post-card-'
                  f'header"><h2 class="post-card-title">{t}</h2></header><div class="post-card-'
                  f'excerpt">{e}</div></a><footer class="post-card-meta"><time>Mar {i}, 2025'
                  "</time></footer></div></article>" for i, (t, e) in enumerate([
                      ("Moving our queues off Redis", "Why we switched and what broke."),
                      ("Flaky tests are a product problem", "Tracking them like bugs."),
                      ("One year of on-call rotations", "What we changed after a year.")], 1))
        + "</div></aside></div>"
        '<footer class="site-footer outer"><div class="inner"><section class="copyright">'
        '<a href="/">Tidewater Engineering</a> © 2025</section><nav class="site-footer-nav">'
        + links([("Sign up", "#/portal/"), ("RSS", "/rss/")])
        + '</nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" '
        'rel="noopener">Powered by Ghost</a></div></div></footer></div></body></html>'))


# --- 6. Substack: a local newsletter --------------------------------------------------------------

HOUSING = [
    "Last week the county announced that it had “exceeded its housing goal” for 2024, with "
    "1,212 new units permitted against a target of 1,000. The press release was picked up by "
    "two TV stations and the county executive's newsletter. I went looking for the 1,212.",
    "The number is real, in the sense that it is the count of residential building permits the "
    "county issued last year. But a permit is not a home. Of those 1,212 units, 640 are in two "
    "apartment projects that received permits in 2021, let them expire, and were permitted "
    "again last year. Neither has broken ground.",
    "Another 180 are accessory dwelling units, the backyard cottages and basement apartments "
    "the county made easier to build in 2023. That is a good policy and the numbers are "
    "encouraging. But the county's own records show that only 37 of the ADUs permitted in 2023 "
    "have been finished.",
    T("<h3>What the numbers actually say</h3>"),
    "If you count completed homes, which is what the housing plan's target was originally "
    "written in, the county added 402 units in 2024. That is about 40 percent of the goal, and "
    "slightly fewer than in 2023.",
    "I asked the planning department why the press release used permits. A spokesperson, "
    "Andrea Lutz, told me the state now asks counties to report permits, and that the county "
    "“followed the state's reporting framework.” That is true. It is also true that the "
    "county's 2022 housing plan, which set the goal, defines it as completions.",
    "None of this means the county is doing nothing. Permitting faster is a real change, and "
    "several people in the planning office have worked hard on it. But if the goal is met "
    "on paper while rents keep rising, people will reasonably stop believing the goals.",
    "Next week: what happened to the two stalled apartment projects, and what the developers "
    "told me about interest rates.",
]

add("substack-housing-numbers",
    "https://theridgeline.example/p/the-countys-housing-numbers-dont-add-up",
    "The county's housing numbers don't add up", ("Marcus Bell",), "2025-03-18",
    cms="Substack", marked=(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>The county's housing numbers don't add up - by Marcus Bell</title>"
        + m("description", "A permit is not a home")
        + m("og:title", "The county's housing numbers don't add up")
        + m("og:type", "article") + m("og:description", "A permit is not a home")
        + m("og:site_name", "The Ridgeline") + m("author", "Marcus Bell")
        + m("twitter:card", "summary_large_image")
        + ld({"@type": "NewsArticle", "url": "https://theridgeline.example/p/the-countys-"
              "housing-numbers-dont-add-up", "mainEntityOfPage": "https://theridgeline.example"
              "/p/the-countys-housing-numbers-dont-add-up", "headline": "The county's housing "
              "numbers don't add up", "description": "A permit is not a home",
              "datePublished": "2025-03-18T11:02:31+00:00",
              "dateModified": "2025-03-18T11:02:31+00:00", "isAccessibleForFree": True,
              "author": [{"@type": "Person", "name": "Marcus Bell", "url": "https://substack."
                          "example/@marcusbell", "description": "Reporter. Writes The "
                          "Ridgeline."}],
              "publisher": {"@type": "Organization", "name": "The Ridgeline",
                            "url": "https://theridgeline.example"}})
        + '<link rel="stylesheet" href="https://substackcdn.example/bundle/main.css">'
        + "</head><body><div id=\"entry\"><div id=\"main\" class=\"main typography use-theme-"
        'bg\"><div class="topbar"><div class="topbar-content"><a class="navbar-logo" href="/">'
        "The Ridgeline</a>"
        '<div class="navbar-buttons"><button class="button primary">Subscribe</button>'
        '<button class="button">Sign in</button></div></div></div>'
        '<div class="single-post-container"><div class="container"><div class="single-post">'
        '<article class="typography newsletter-post post"><div class="post-header">'
        '<h1 class="post-title published title-X77sOw">The county\'s housing numbers don\'t '
        "add up</h1>"
        '<h3 class="subtitle">A permit is not a home</h3>'
        '<div class="post-meta"><div class="profile-hover-card-target"><a href="https://'
        'substack.example/@marcusbell">Marcus Bell</a></div>'
        '<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">Mar 18, '
        "2025</div></div>"
        '<div class="post-ufi"><a class="like-button">♡ 84</a><a class="post-ufi-comment-'
        'button" href="#comments">💬 23</a><a class="restack-button">Restack</a><button '
        'class="share-button">Share</button></div></div>'
        '<div class="available-content"><div dir="auto" class="body markup">'
        + ps(HOUSING[:3])
        + '<div class="subscription-widget-wrap"><div class="subscription-widget show-'
        'subscribe"><div class="preamble"><p class="cta-caption">The Ridgeline is a reader-'
        "supported publication. To receive new posts and support my work, consider becoming a "
        'free or paid subscriber.</p></div><form class="subscription-widget-subscribe">'
        '<input type="email" placeholder="Type your email..."><input type="submit" value='
        '"Subscribe"></form></div></div>'
        + HOUSING[3] + ps(HOUSING[4:7])
        + '<p class="button-wrapper"><a class="button primary" href="https://theridgeline.'
        'example/subscribe"><span>Subscribe now</span></a></p>'
        + ps(HOUSING[7:])
        + "</div></div>"
        '<div class="post-footer"><div class="post-ufi"><a class="like-button">♡ 84</a><a '
        'href="#comments">💬 23</a><a class="restack-button">Restack</a><button>Share</button>'
        "</div></div></article>"
        '<div class="publication-footer"><h3>Discussion about this post</h3>'
        '<div id="comments" class="comments-section"><div class="comment"><div class="comment-'
        'meta"><a href="#">Ellen K.</a><span>Mar 18</span></div><div class="comment-body"><p>'
        "Thank you for doing this. I sit on a neighborhood board and we were told the same "
        'number.</p></div><div class="comment-actions">Like (12) Reply Share</div></div>'
        '<div class="comment"><div class="comment-meta"><a href="#">R. Dominguez</a><span>Mar '
        '19</span></div><div class="comment-body"><p>Permits vs completions is the oldest '
        "trick in the book. Good catch.</p></div></div></div>"
        '<div class="post-footer-readmore"><h3>Ready for more?</h3><form><input type="email" '
        'placeholder="Type your email..."><input type="submit" value="Subscribe"></form></div>'
        "</div></div></div></div>"
        '<div class="footer-wrap"><div class="footer"><div class="copyright">© 2025 Marcus Bell'
        '</div><a href="https://substack.example/privacy">Privacy</a> ∙ <a href="https://'
        'substack.example/tos">Terms</a> ∙ <a href="https://substack.example/ccpa">Collection '
        "notice</a><a class=\"publish-cta\" href=\"https://substack.example/signup\">Start "
        'writing</a><a href="https://substack.example/app">Get the app</a><p>Substack is the '
        "home for great culture</p></div></div></div></div>"
        "<script>window._preloads = JSON.parse(\"{\\\"isEU\\\":false}\")</script>"
        "</body></html>"))


# --- 7. Medium: an essay, hashed class names ------------------------------------------------------

RUNBOOK = [
    "For three years I carried a pager for a payments platform. Most nights it was quiet. On the "
    "nights it wasn't, the thing that decided whether I was back in bed in twenty minutes or "
    "awake until dawn was almost never my own skill. It was the runbook someone else had "
    "written, or hadn't.",
    "Here is what I learned about writing them, mostly by reading bad ones at 3 a.m.",
    T("<h2 class=\"pw-post-body-paragraph\">Start with what the alert means</h2>"),
    "Every runbook I wrote in my first year began with background: how the service works, why "
    "it was built, what its dependencies are. Nobody paged awake needs that first. They need "
    "one sentence saying what has gone wrong and who is hurt by it, for example “Card payments "
    "in the EU are failing for some customers.”",
    T("<h2 class=\"pw-post-body-paragraph\">Write commands that can be pasted</h2>"),
    "If a step says “check the queue depth,” somebody has to remember how. If it gives the "
    "exact command, with the cluster name filled in, they can run it while still half "
    "asleep. We made a rule that every check in a runbook had to be something you could copy "
    "and paste, and our median time to mitigation fell by about a third over two quarters.",
    T("<h2 class=\"pw-post-body-paragraph\">Say when to stop and escalate</h2>"),
    "The worst nights were the ones where I kept trying things because nothing told me I was "
    "allowed to wake someone up. A good runbook says plainly: if these three steps have not "
    "fixed it within fifteen minutes, call the database on-call. That line is a kindness.",
    T("<h2 class=\"pw-post-body-paragraph\">Update it the morning after</h2>"),
    "The runbook is never more accurate than right after an incident. We added a checkbox to "
    "our incident template, “runbook updated,” and it did more for our runbooks than any "
    "documentation sprint we ever ran.",
]

add("medium-runbooks",
    "https://medium.example/@samokafor/what-three-years-of-on-call-taught-me-about-runbooks-"
    "4f1c2a9b7e31",
    "What three years of on-call taught me about writing runbooks", ("Sam Okafor",),
    "2025-02-11", kind="other", cms="Medium", marked=(
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        "<title>What three years of on-call taught me about writing runbooks | by Sam Okafor | "
        "Medium</title>"
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">'
        + m("og:type", "article")
        + m("og:title", "What three years of on-call taught me about writing runbooks")
        + m("og:description", "For three years I carried a pager for a payments platform.")
        + m("article:published_time", "2025-02-11T16:40:12.331Z")
        + m("author", "Sam Okafor") + m("article:author", "https://medium.example/@samokafor")
        + m("twitter:site", "@Medium") + m("twitter:label1", "Reading time")
        + m("twitter:data1", "5 min read")
        + ld({"@type": "NewsArticle", "image": ["https://miro.medium.example/1*pager.png"],
              "url": "https://medium.example/@samokafor/what-three-years-of-on-call-taught-me-"
              "about-runbooks-4f1c2a9b7e31", "dateCreated": "2025-02-11T16:40:12.331Z",
              "datePublished": "2025-02-11T16:40:12.331Z",
              "dateModified": "2025-02-12T08:03:55.102Z",
              "headline": "What three years of on-call taught me about writing runbooks",
              "name": "What three years of on-call taught me about writing runbooks",
              "description": "For three years I carried a pager for a payments platform.",
              "identifier": "4f1c2a9b7e31",
              "author": {"@type": "Person", "name": "Sam Okafor",
                         "url": "https://medium.example/@samokafor"},
              "creator": ["Sam Okafor"],
              "publisher": {"@type": "Organization", "name": "Medium",
                            "url": "https://medium.example/"}, "mainEntityOfPage": ""})
        + "</head><body><div id=\"root\"><div class=\"a b c\"><div class=\"l c\">"
        '<div class="ab ac ae af ag ah"><div class="bm bn"><a aria-label="Homepage" href="/">'
        '<svg viewBox="0 0 1043.63 592.71"></svg></a></div><div class="bo"><input role='
        '"combobox" placeholder="Search"></div><div class="ac"><a href="/new-story">Write</a>'
        '<a href="/m/signin">Sign up</a><a href="/m/signin">Sign in</a></div></div>'
        '<div class="ab ch"><div class="ch bg ei ej ek el"><article><div class="l"><div '
        'class="l"><section><div><div class="fp fq fr fs ft"></div><div class="ab ch"><div '
        'class="ch bg ei ej ek el">'
        '<div><h1 id="a1b2" class="pw-post-title gs gt gu bf gv gw gx gy gz ha hb hc hd he hf '
        'hg hh hi hj hk hl hm hn ho hp hq bk" data-testid="storyTitle">What three years of '
        "on-call taught me about writing runbooks</h1></div>"
        '<div class="speechify-ignore ab cp"><div class="hr hs ht hu hv ab"><div><div class='
        '"ab hw"><div><a href="/@samokafor?source=post_page-----4f1c2a9b7e31"><img alt="Sam '
        'Okafor" class="l ep by dd de cx" src="https://miro.medium.example/sam.jpg"></a></div>'
        '</div></div><div class="bm bg l"><div class="ab"><div style="flex:1"><span class="bf '
        'b bg z bk"><div class="ib ab q"><a class="af ag ah ai aj ak al am an ao ap aq ar '
        'ic" data-testid="authorName" href="/@samokafor?source=post_page-----4f1c2a9b7e31">'
        'Sam Okafor</a></div></span></div><span class="id ie" aria-hidden="true">·</span>'
        '<span><a class="if ig" href="/m/signin?actionUrl=follow">Follow</a></span></div>'
        '<div class="l ib"><span class="bf b bg z dx"><div class="ab cn ih ii ij"><span '
        'class="bf b bg z dx" data-testid="storyReadTime">5 min read</span><div class="ik '
        'il l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z '
        'dx">·</span></span></div><span data-testid="storyPublishDate">Feb 11, 2025</span>'
        "</div></span></div></div></div>"
        '<div class="ab co im in io ip iq ir is it iu iv iw ix iy iz"><div class="h k w fg fh '
        'q"><div class="jp l"><div class="ab q kd ke"><div class="pw-multi-vote-icon">'
        '<button data-testid="headerClapButton">👏</button></div><div class="pw-multi-vote-'
        'count l kf kg kh ki kj kk kl"><p class="bf b dy z dx"><span>1.2K</span></p></div>'
        '</div></div><div><button aria-label="responses" class="af fi ah ai aj ak al km an ao '
        'ap ex kn ko kp"><span class="l">18</span></button></div></div><div class="ab q">'
        '<button aria-label="Listen">Listen</button><button aria-label="Share">Share</button>'
        "</div></div></div>"
        '<figure class="ls lt lu lv lw lx lp lq paragraph-image"><div class="lp lq lr"><img '
        'alt="" class="bh md me c" src="https://miro.medium.example/1*pager.png"></div>'
        '<figcaption class="mf fe mg lp lq mh mi bf b bg z dx" data-selectable-paragraph="">'
        "Photo by Jordan Lee on Unsplash</figcaption></figure>"
        + "".join(x if x.startswith("<T>") else T(
            f'<p id="p{i}" class="pw-post-body-paragraph mj mk gu ml b mm mn mo mp mq mr ms mt '
            f'mu mv mw mx my mz na nb nc nd ne nf ng gn bk" data-selectable-paragraph="">{x}'
            "</p>") for i, x in enumerate(RUNBOOK))
        + "</div></div></div></section></div></div></article></div></div>"
        '<div class="ab ch"><div class="ch bg ei ej ek el"><div class="oc od oe of og oh"><div '
        'class="ab cp"><a class="af ag" href="/tag/devops">DevOps</a><a class="af ag" '
        'href="/tag/sre">Site Reliability Engineering</a><a class="af ag" href="/tag/on-call">'
        "On Call</a></div></div>"
        '<div class="ab"><button>👏 1.2K</button><button>💬 18</button><button>Share</button>'
        "</div>"
        '<div class="ot ou"><h2 class="bf gv pb pc pd pe pf pg ph pi pj pk pl pm pn po pp bk">'
        '<a href="/@samokafor">Written by Sam Okafor</a></h2><div class="pq pr ps pt"><span '
        'class="bf b bg z dx"><a href="/@samokafor/followers">2.4K Followers</a></span></div>'
        '<p class="bf b bg z bk">Platform engineer. Writes about reliability, incidents and '
        'the people who handle them.</p><button>Follow</button></div>'
        '<div class="qa qb"><h2 class="bf gv">More from Sam Okafor</h2>'
        + "".join(f'<div class="qc"><a href="/@samokafor/{i}"><h2 class="bf gv">{t}</h2></a>'
                  f'<div class="qd"><span>{d}</span><span>·</span><span>{r} min read</span>'
                  "</div></div>" for i, (t, d, r) in enumerate([
                      ("The postmortem template we actually use", "Oct 2, 2024", 6),
                      ("Alert fatigue is a design problem", "Jun 17, 2024", 4)]))
        + '</div><div class="qe"><h2 class="bf gv">Recommended from Medium</h2>'
        + "".join(f'<div class="qc"><a href="/p/{i}"><h2 class="bf gv">{t}</h2></a><p>{who}</p>'
                  "</div>" for i, (t, who) in enumerate([
                      ("Kubernetes in production: ten lessons", "in Better Programming by "
                       "Ana Torres"),
                      ("Why I stopped writing design docs", "Kevin Liu")]))
        + '</div></div></div><div class="footer"><a href="https://help.medium.example">Help</a>'
        '<a href="https://medium.statuspage.example">Status</a><a href="/about">About</a>'
        '<a href="/jobs">Careers</a><a href="/policy/privacy">Privacy</a><a href="/policy/'
        'terms">Terms</a><a href="https://speechify.example/medium">Text to speech</a></div>'
        "</div></div></div><script>window.__APOLLO_STATE__ = {\"ROOT_QUERY\":{}}</script>"
        "</body></html>"))


# --- 8. Blogger: a community news blog, text between <br>s --------------------------------------

BOOKS = [
    "The Friends of the Millbrook Library book sale brought in $6,312 over three days last "
    "weekend, the most in the sale's 28-year history. The old record, $5,140, was set in 2019.",
    "Volunteers sorted more than 14,000 donated books, records and puzzles in the church hall "
    "on Cross Street. Sale chair Marjorie Doyle said children's books and cookbooks went fastest, "
    "and that a box of 1960s National Geographic magazines sold within ten minutes of the doors "
    "opening on Friday.",
    "The money will pay for the library's summer reading program and for a new set of large-"
    "print books, which Doyle said patrons have been asking for since the library's old "
    "collection was damaged in the 2023 roof leak.",
    "\"We had people come from three towns over,\" she said. \"One gentleman filled the back of "
    "his station wagon and told us he'd be back next year with a truck.\"",
    "Books that did not sell will be offered to the school district and the county jail "
    "library before the rest are recycled. The Friends are already taking donations for next "
    "year's sale at the library's front desk.",
    "Thank you to everyone who donated, volunteered, or came out to shop. Photos from Saturday "
    "are on our Facebook page.",
]

add("blogger-book-sale",
    "https://millbrooknotes.blogspot.example/2025/05/library-book-sale-raises-record-6300.html",
    "Library book sale raises record $6,300", ("Carol Jennings",), "2025-05-17",
    cms="Blogger (classic theme)", marked=(
        "<!DOCTYPE html><html class='v2' dir='ltr' lang='en'><head>"
        "<meta content='width=1100' name='viewport'>"
        "<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'>"
        "<meta content='blogger' name='generator'>"
        "<link href='https://millbrooknotes.blogspot.example/favicon.ico' rel='icon' "
        "type='image/x-icon'>"
        "<link href='https://millbrooknotes.blogspot.example/2025/05/library-book-sale-raises-"
        "record-6300.html' rel='canonical'>"
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Millbrook Notes - Atom\" "
        "href=\"https://millbrooknotes.blogspot.example/feeds/posts/default\">"
        + m("og:url", "https://millbrooknotes.blogspot.example/2025/05/library-book-sale-"
            "raises-record-6300.html")
        + m("og:title", "Library book sale raises record $6,300")
        + m("og:description", "The Friends of the Millbrook Library book sale brought in $6,312")
        + "<title>Millbrook Notes: Library book sale raises record $6,300</title>"
        "<style id='page-skin-1' type='text/css'>body{font:normal normal 13px Arial}</style>"
        "</head><body class='loading variant-simplysimple'>"
        "<div class='navbar section' id='navbar'><div class='widget Navbar' id='Navbar1'>"
        "<iframe src='https://www.blogger.example/navbar.g' title='Blogger Navigation and "
        "Search'></iframe></div></div>"
        "<div class='content'><div class='content-outer'><header><div class='header-outer'>"
        "<div class='Header widget' id='Header1'><div class='header-inner'><div "
        "class='titlewrapper'><h1 class='title'><a href='https://millbrooknotes.blogspot."
        "example/'>Millbrook Notes</a></h1></div><div class='descriptionwrapper'><p "
        "class='description'><span>News and happenings from Millbrook and the Cross River "
        "valley, since 2009.</span></p></div></div></div></div></header>"
        "<div class='tabs-outer'><div class='PageList widget' id='PageList1'>"
        + links([("Home", "https://millbrooknotes.blogspot.example/"),
                 ("Calendar", "/p/calendar.html"), ("Send us news", "/p/contact.html")])
        + "</div></div>"
        "<div class='main-outer'><div class='columns fauxcolumns'><div class='columns-inner'>"
        "<div class='column-center-outer'><div class='main section' id='main'>"
        "<div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>"
        "<div class='date-outer'><h2 class='date-header'><span>Saturday, May 17, 2025</span>"
        "</h2><div class='date-posts'><div class='post-outer'>"
        "<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope "
        "itemtype='http://schema.org/BlogPosting'>"
        "<meta content='https://blogger.googleusercontent.example/img/books.jpg' "
        "itemprop='image_url'><meta content='7712004412' itemprop='blogId'>"
        "<a name='4410982371'></a>"
        "<h3 class='post-title entry-title' itemprop='name'>Library book sale raises record "
        "$6,300</h3><div class='post-header'><div class='post-header-line-1'></div></div>"
        "<div class='post-body entry-content' id='post-body-4410982371' itemprop='description "
        "articleBody'>"
        "<div class='separator' style='clear: both; text-align: center;'><a href='https://"
        "blogger.googleusercontent.example/img/books.jpg' style='margin-left: 1em; margin-"
        "right: 1em;'><img border='0' height='240' src='https://blogger.googleusercontent."
        "example/img/books-s320.jpg' width='320'></a></div>"
        "<div style='text-align: center;'><i>Shoppers at Friday's opening. Photo by Ed "
        "Jennings.</i></div><br>"
        + "<br><br>".join(T(x) for x in BOOKS)
        + "<div style='clear: both;'></div></div>"
        "<div class='post-footer'><div class='post-footer-line post-footer-line-1'>"
        "<span class='post-author vcard'>Posted by <span class='fn' itemprop='author' "
        "itemscope itemtype='http://schema.org/Person'><meta content='https://www.blogger."
        "example/profile/0912' itemprop='url'><a class='g-profile' href='https://www.blogger."
        "example/profile/0912' rel='author' title='author profile'><span itemprop='name'>Carol "
        "Jennings</span></a></span></span> <span class='post-timestamp'>at <meta content="
        "'https://millbrooknotes.blogspot.example/2025/05/library-book-sale-raises-record-"
        "6300.html' itemprop='url'><a class='timestamp-link' href='https://millbrooknotes."
        "blogspot.example/2025/05/library-book-sale-raises-record-6300.html' rel='bookmark' "
        "title='permanent link'><abbr class='published' itemprop='datePublished' title='2025-"
        "05-17T20:41:00-04:00'>8:41 PM</abbr></a></span> <span class='post-comment-link'><a "
        "class='comment-link' href='#comment-form'>3 comments:</a></span>"
        "<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-"
        "button sb-email' href='https://www.blogger.example/share-post.g?target=email' title="
        "'Email This'><span class='share-button-link-text'>Email This</span></a><a "
        "class='share-button sb-blog' title='BlogThis!'><span class='share-button-link-text'>"
        "BlogThis!</span></a><a class='share-button sb-facebook' title='Share to Facebook'>"
        "<span class='share-button-link-text'>Share to Facebook</span></a></div></div>"
        "<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: "
        "<a href='/search/label/library' rel='tag'>library</a>, <a href='/search/label/"
        "fundraisers' rel='tag'>fundraisers</a></span></div></div></div>"
        "<div class='comments' id='comments'><a name='comments'></a><h4>3 comments:</h4>"
        "<div class='comments-content'><div id='comment-holder'><div class='comment-thread "
        "toplevel-thread'><ol id='top-ra'>"
        "<li class='comment'><div class='comment-block'><div class='comment-header'><cite "
        "class='user'><a href='https://www.blogger.example/profile/31'>Ruth Ann</a></cite>"
        "<span class='datetime secondary-text'><a rel='nofollow' href='#c1'>May 17, 2025 at "
        "9:12 PM</a></span></div><p class='comment-content'>What a turnout! I got three "
        "quilting books for a dollar each.</p><span class='comment-actions secondary-text'>"
        "<a class='comment-reply'>Reply</a><span class='item-control blog-admin'><a "
        "class='comment-delete'>Delete</a></span></span></div></li>"
        "<li class='comment'><div class='comment-block'><div class='comment-header'><cite "
        "class='user'>Anonymous</cite><span class='datetime secondary-text'><a href='#c2'>May "
        "18, 2025 at 7:30 AM</a></span></div><p class='comment-content'>Will there be a fall "
        "sale this year?</p></div></li>"
        "<li class='comment'><div class='comment-block'><div class='comment-header'><cite "
        "class='user blog-author'><a href='https://www.blogger.example/profile/0912'>Carol "
        "Jennings</a></cite><span class='datetime secondary-text'><a href='#c3'>May 18, 2025 "
        "at 9:02 AM</a></span></div><p class='comment-content'>Not this year, Anonymous, but "
        "the Friends hold a small paperback sale in October.</p></div></li>"
        "</ol></div></div></div><p class='comment-footer'><div class='comment-form'><a "
        "name='comment-form'></a><h4 id='comment-post-message'>Post a Comment</h4>"
        "<iframe id='comment-editor' src='https://www.blogger.example/comment/frame'></iframe>"
        "</div></p></div></div></div></div></div>"
        "<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class="
        "'blog-pager-newer-link' href='/2025/05/route-6-paving.html' title='Newer Post'>Newer "
        "Post</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link' "
        "href='/2025/05/spring-cleanup.html' title='Older Post'>Older Post</a></span><a "
        "class='home-link' href='/'>Home</a></div><div class='post-feeds'><div class="
        "'feed-links'>Subscribe to: <a class='feed-link' href='/feeds/4410982371/comments/"
        "default' type='application/atom+xml'>Post Comments (Atom)</a></div></div>"
        "</div></div></div>"
        "<div class='column-right-outer'><div class='sidebar section' id='sidebar-right-1'>"
        "<div class='widget HTML' id='HTML2'><h2 class='title'>Send us your news</h2><div "
        "class='widget-content'>Email millbrooknotes@mail.example with events, photos and "
        "letters.</div></div>"
        "<div class='widget PopularPosts' id='PopularPosts1'><h2>Popular Posts</h2><div "
        "class='widget-content popular-posts'><ul><li><div class='item-title'><a href='/2025/"
        "04/town-meeting-results.html'>Town meeting results: school budget passes</a></div>"
        "</li><li><div class='item-title'><a href='/2025/05/route-6-paving.html'>Route 6 "
        "paving to start in June</a></div></li></ul></div></div>"
        "<div class='widget BlogArchive' id='BlogArchive1'><h2>Blog Archive</h2><div "
        "class='widget-content'><div id='ArchiveList'><ul class='hierarchy'><li class="
        "'archivedate expanded'><a class='toggle'>▼ </a><a class='post-count-link' href="
        "'/2025/'>2025</a> <span class='post-count' dir='ltr'>(23)</span><ul class='hierarchy'>"
        "<li class='archivedate expanded'><a class='post-count-link' href='/2025/05/'>May</a> "
        "<span class='post-count'>(5)</span></li><li class='archivedate collapsed'><a "
        "class='post-count-link' href='/2025/04/'>April</a> <span class='post-count'>(6)"
        "</span></li></ul></li><li class='archivedate collapsed'><a class='toggle'>► </a><a "
        "class='post-count-link' href='/2024/'>2024</a> <span class='post-count'>(61)</span>"
        "</li></ul></div></div></div>"
        "<div class='widget Profile' id='Profile1'><h2>About Me</h2><div class='widget-"
        "content'><a href='https://www.blogger.example/profile/0912'><img class='profile-img' "
        "src='//img.example/carol.jpg'></a><dl class='profile-datablock'><dt class='profile-"
        "data'><a class='profile-name-link g-profile' href='https://www.blogger.example/"
        "profile/0912'>Carol Jennings</a></dt><dd class='profile-textblock'>Retired teacher, "
        "Millbrook resident since 1978.</dd></dl><a class='profile-link' href='https://www."
        "blogger.example/profile/0912' rel='author'>View my complete profile</a></div></div>"
        "</div></div></div></div></div>"
        "<footer><div class='footer-outer'><div class='widget Attribution' id='Attribution1'>"
        "<div class='widget-content' style='text-align: center;'>Simple theme. Powered by <a "
        "href='https://www.blogger.example' target='_blank'>Blogger</a>.</div></div></div>"
        "</footer></div></div></body></html>"))


# --- 9. Squarespace: a company's blog post --------------------------------------------------------

ROASTER = [
    "After eleven years on a secondhand 12-kilo drum roaster that we bought from a shop in "
    "Portland, we have a new one. It arrived on a flatbed truck on a Tuesday in April and took "
    "six people, a rented forklift and most of an afternoon to get through the back door.",
    "A lot of you have asked what this means for the coffee. The short answer: the coffee you "
    "like should taste the same, and some of it may taste a little better.",
    "The new roaster holds its temperature much more steadily than the old one, which struggled "
    "on cold mornings. That matters most for our lighter roasts, like the Ethiopia Guji and the "
    "Colombia Huila, where a few degrees can be the difference between bright and sour. We "
    "spent three weeks roasting small test batches and tasting them side by side with batches "
    "from the old machine before we switched any of our regular coffees over.",
    "It also burns about 30 percent less gas and has an afterburner that cleans up most of the "
    "smoke, which our neighbors on Birch Street will be glad to hear.",
    "What will not change: we still roast on Mondays and Thursdays, every bag still has its "
    "roast date printed on it, and the Hollow Oak House Blend is still the same three coffees "
    "in the same proportions.",
    "The old roaster is not going to the scrapyard. It is going to a young roaster in Duluth "
    "who is starting out the way we did, and we could not be happier about that.",
    "If you are in the neighborhood on Saturday, May 10, stop by the roastery between 9 and noon. "
    "We will be roasting, pouring samples, and answering questions.",
]

add("squarespace-coffee-roaster",
    "https://www.hollowoakcoffee.example/journal/meet-our-new-roaster",
    "Meet our new roaster: what changes (and what doesn't)", ("Nina Alvarez",), "2025-04-22",
    also=("Hollow Oak Coffee",), kind="other", cms="Squarespace 7.1", marked=(
        '<!doctype html><html lang="en-US"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<!-- This is Squarespace. --><!-- hollowoak -->"
        '<base href="">'
        "<title>Meet our new roaster: what changes (and what doesn't) — Hollow Oak Coffee"
        "</title>"
        '<link rel="canonical" href="https://www.hollowoakcoffee.example/journal/meet-our-new-'
        'roaster">'
        + m("og:site_name", "Hollow Oak Coffee")
        + m("og:title", "Meet our new roaster: what changes (and what doesn't) — Hollow Oak "
            "Coffee")
        + m("og:url", "https://www.hollowoakcoffee.example/journal/meet-our-new-roaster")
        + m("og:type", "article") + m("og:description", "After eleven years on a secondhand "
                                      "12-kilo drum roaster, we have a new one.")
        + m("description", "After eleven years on a secondhand 12-kilo drum roaster, we have a "
            "new one.")
        + ld({"url": "https://www.hollowoakcoffee.example", "name": "Hollow Oak Coffee",
              "@type": "WebSite"})
        + ld({"legalName": "Hollow Oak Coffee Roasters LLC", "address": "412 Birch Street\n"
              "Duluth, MN, 55802\nUnited States", "@type": "Organization"})
        + ld({"@type": "LocalBusiness", "name": "Hollow Oak Coffee",
              "address": "412 Birch Street", "openingHours": "Mo-Fr 07:00-15:00"})
        + ld({"@type": "BlogPosting", "url": "https://www.hollowoakcoffee.example/journal/meet-"
              "our-new-roaster", "headline": "Meet our new roaster: what changes (and what "
              "doesn't)", "datePublished": "2025-04-22T10:30:00-0500",
              "dateModified": "2025-04-23T08:11:52-0500",
              "author": {"@type": "Person", "name": "Nina Alvarez"},
              "publisher": {"@type": "Organization", "name": "Hollow Oak Coffee"}})
        + '<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/'
        'static/versioned-site-css/site.css">'
        "<script>Static.SQUARESPACE_CONTEXT = {\"website\":{\"id\":\"5f1\",\"siteTitle\":"
        "\"Hollow Oak Coffee\"}};</script></head>"
        '<body id="item-661f" class="header-overlay-alignment-center tweak-blog-item-width-'
        'narrow view-item collection-type-blog-basic">'
        '<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div '
        'class="sqs-announcement-bar-text"><p>Free shipping on orders over $40 · Subscribe and '
        "save 10%</p></div></div></div>"
        '<header data-test="header" id="header" class="header theme-col--primary"><div '
        'class="header-inner"><div class="header-title-logo"><a href="/">Hollow Oak Coffee</a>'
        '</div><div class="header-nav"><nav class="header-nav-list">'
        + "".join('<div class="header-nav-item header-nav-item--collection">'
                  f'<a href="/{s.lower()}">{s}</a></div>'
                  for s in ("Shop", "Subscriptions", "Wholesale", "Journal", "Visit", "About"))
        + '</nav></div><div class="header-actions"><a class="sqs-custom-cart" href="/cart">'
        "Cart (0)</a></div></div></header>"
        '<main id="page" class="container" role="main"><article class="sections" id="sections">'
        '<section class="page-section"><div class="content-wrapper"><div class="content">'
        '<div class="blog-item-wrapper"><article class="entry h-entry hentry author-nina-'
        'alvarez post-type-text article-index-1 tag-roastery category-news" data-item-id="661f">'
        '<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-'
        'content-field="title">Meet our new roaster: what changes (and what doesn\'t)</h1></div>'
        '<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date">'
        '<time class="dt-published date-highlight" datetime="2025-04-22">April 22, 2025</time>'
        '</div><div class="blog-meta-item blog-meta-item--categories"><a href="/journal?'
        'category=News" class="blog-item-category">News</a></div></div>'
        '<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-'
        'content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type='
        '"item"><div class="row sqs-row"><div class="col sqs-col-12 span-12">'
        '<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-'
        'block-content"><div class="sqs-html-content">'
        + ps(ROASTER[:3], ' class="" style="white-space:pre-wrap;"')
        + "</div></div></div>"
        '<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-'
        'block-content"><figure class="sqs-block-image-figure intrinsic"><img data-src="https://'
        'images.squarespace-cdn.example/roaster.jpg" alt=""><figcaption class="image-caption-'
        'wrapper"><div class="image-caption"><p>The new roaster, the day it arrived.</p></div>'
        "</figcaption></figure></div></div>"
        '<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-'
        'block-content"><div class="sqs-html-content">'
        + ps(ROASTER[3:], ' class="" style="white-space:pre-wrap;"')
        + "</div></div></div>"
        '<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">'
        '<div class="sqs-block-content"><div class="newsletter-form-wrapper"><div class='
        '"newsletter-form-header"><h2 class="newsletter-form-header-title">Subscribe</h2><div '
        'class="newsletter-form-header-description"><p>Sign up to hear about new coffees and '
        'events.</p></div></div><form class="newsletter-form"><input name="email" type="email" '
        'placeholder="Email Address"><button class="newsletter-form-button" type="submit">Sign '
        "Up</button></form><div class=\"newsletter-form-footnote\"><p>We respect your privacy."
        "</p></div></div></div></div>"
        "</div></div></div></div></div>"
        '<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f1a" class='
        '"author-avatar"><img src="https://images.squarespace-cdn.example/nina.jpg"></a><div '
        'class="author-name"><a href="/journal?author=5f1a">Written By Nina Alvarez</a></div>'
        "</div>"
        '<div class="blog-item-share"><div class="blog-share-actions"><a class="ss-social-button '
        'facebook" href="#">Facebook</a><a class="ss-social-button twitter" href="#">Twitter</a>'
        '<a class="ss-social-button linkedin" href="#">LinkedIn</a></div></div>'
        '<section class="item-pagination item-pagination--prev-next"><a class="item-pagination-'
        'link item-pagination-link--prev" href="/journal/spring-coffees-2025"><div class="item-'
        'pagination-prev-next">Previous</div><h2 class="item-pagination-title">Three new '
        'coffees for spring</h2></a><a class="item-pagination-link item-pagination-link--next" '
        'href="/journal/cold-brew-at-home"><div class="item-pagination-prev-next">Next</div>'
        '<h2 class="item-pagination-title">How we make cold brew at home</h2></a></section>'
        "</article></div></div></div></section></article></main>"
        '<footer class="sections" id="footer-sections"><section class="page-section"><div '
        'class="content"><div class="sqs-block html-block"><div class="sqs-block-content">'
        "<p>Hollow Oak Coffee · 412 Birch Street, Duluth, MN</p><p>Café open Mon–Fri 7am–3pm, "
        'Sat 8am–2pm</p></div></div><div class="sqs-block socialaccountlinks-v2-block"><a href='
        '"https://instagram.example/hollowoak">Instagram</a></div></div></section></footer>'
        '<script defer src="https://static1.squarespace.example/static/vta/site-bundle.js">'
        "</script></body></html>"))


# --- 10. Wix: a small weekly paper's site ---------------------------------------------------------

SCHOOL = [
    "The Pine Hollow School Board on Tuesday named Dr. Karen Liu, the district's assistant "
    "superintendent for curriculum, as interim superintendent while it searches for a "
    "permanent replacement for Superintendent Paul Dreyer, who retires June 30.",
    "The vote was 5-0. Liu, who has worked in the district for 16 years, first as a middle "
    "school science teacher and later as principal of Pine Hollow Middle School, said she does "
    "not plan to apply for the permanent job.",
    "“My job for the next year is to keep things steady,” Liu told the board. “Our teachers and "
    "families deserve a smooth year while the board takes the time to find the right person.”",
    "Board President Hal Svoboda said the board expects to hire a search firm this summer and "
    "to name a new superintendent by February. The board will hold two public listening "
    "sessions in the fall so residents can say what they want in the district's next leader.",
    "Liu will be paid $158,000 a year as interim superintendent, up from her current salary of "
    "$131,500. The board also approved a one-year contract for Dreyer to stay on as a "
    "consultant for up to 20 days, at $600 a day, to help with the transition.",
    "Dreyer, who has led the district since 2014, oversaw the construction of the new high "
    "school and the 2021 bond referendum. His retirement was announced in January.",
]

_WIX_P = ('<p class="mm8Nw _1j-51 roLFQS _1FoOD _3M0Fe VCfPs1 Kyz2mr" dir="auto"><span class='
          '"_2PHJq public-DraftStyleDefault-ltr">{}</span></p>')

add("wix-weekly-school-board",
    "https://www.pinehollowgazette.example/post/school-board-names-interim-superintendent",
    "School board names Liu interim superintendent", ("Rebecca Tull",), "2025-06-04",
    cms="Wix Blog", marked=(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="generator" content="Wix.com Website Builder">'
        "<title>School board names Liu interim superintendent</title>"
        + m("description", "The Pine Hollow School Board on Tuesday named Dr. Karen Liu")
        + m("og:title", "School board names Liu interim superintendent")
        + m("og:url", "https://www.pinehollowgazette.example/post/school-board-names-interim-"
            "superintendent")
        + m("og:site_name", "The Pine Hollow Gazette") + m("og:type", "article")
        + m("article:author", "Rebecca Tull")
        + m("article:published_time", "2025-06-04T14:20:11.512Z")
        + m("article:modified_time", "2025-06-04T15:02:40.017Z")
        + ld({"@type": "BlogPosting", "mainEntityOfPage": {"@type": "WebPage", "@id": "https://"
              "www.pinehollowgazette.example/post/school-board-names-interim-superintendent"},
              "headline": "School board names Liu interim superintendent",
              "datePublished": "2025-06-04T14:20:11.512Z",
              "dateModified": "2025-06-04T15:02:40.017Z",
              "author": {"@type": "Person", "name": "Rebecca Tull", "url": "https://www."
                         "pinehollowgazette.example/profile/rtull/profile"},
              "publisher": {"@type": "Organization", "name": "The Pine Hollow Gazette"}})
        + "<script>window.viewerModel = {\"siteFeatures\":[\"blog\",\"members\"]};</script>"
        "</head><body><div id=\"SITE_CONTAINER\"><div id=\"main_MF\"><div id=\"site-root\">"
        '<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div class="_3cMAk">'
        '<a href="https://www.pinehollowgazette.example" class="j7pOnl"><p class="font_0">The '
        'Pine Hollow Gazette</p></a><nav id="comp-kx2menu" aria-label="Site"><ul class="_2Lw7Y">'
        + "".join(f'<li class="wixui-dropdown-menu__item"><a href="/{s.lower()}" class="_3Dv8">'
                  f'<p class="_2e1Q">{s}</p></a></li>' for s in ("Home", "News", "Sports",
                                                                    "Obituaries", "Classifieds",
                                                                    "Subscribe"))
        + '</ul></nav><button class="OTjcc">Log In</button></div></header>'
        '<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="_1fdaY">'
        '<div data-hook="post-page" class="_2d9Wn"><div class="_3iGxh" data-hook="breadcrumbs">'
        '<a href="/blog">All Posts</a><span>›</span><a href="/blog/categories/news">News</a>'
        '</div><article class="_1hN1O"><div class="_2Lv7B"><div data-hook="post-header">'
        '<div class="_3JQOn"><div class="_2tQvq"><span class="avatar-image"><img src="https://'
        'static.wixstatic.example/rt.jpg" alt="Rebecca Tull"></span><div class="_1yYF7"><span '
        'class="tQ0Q1A user-name dlINDG" data-hook="user-name"><a href="/profile/rtull/profile"'
        '>Rebecca Tull</a></span><span class="_3Wn1z" data-hook="post-metadata"><span class='
        '"post-metadata__date time-ago" data-hook="time-ago" title="Jun 4, 2025">Jun 4</span>'
        '<span>·</span><span class="post-metadata__readTime" data-hook="time-to-read">2 min '
        "read</span></span></div></div></div>"
        '<h1 class="H3vOVf post-title blog-post-title-font" data-hook="post-title"><span class='
        '"post-title__text blog-post-title-font">School board names Liu interim superintendent'
        "</span></h1></div>"
        '<div class="_6SyeS" data-hook="post-description"><div data-rce-version="9.12.1" class='
        '"rce-rich-content"><div class="_1hN1O kZ2ad" data-id="rich-content-viewer"><div class='
        '"_3hdW9 _2OvKG">'
        + "".join(T(_WIX_P.format(x)) for x in SCHOOL[:3])
        + '<div class="_3CWa- _2OvKG" data-hook="figure-IMAGE"><div class="_2k1e4"><img src='
        '"https://static.wixstatic.example/media/liu.jpg" alt=""></div><span class="_2H4C0" dir='
        '"auto">Karen Liu at Tuesday\'s board meeting. (Gazette photo)</span></div>'
        + "".join(T(_WIX_P.format(x)) for x in SCHOOL[3:])
        + "</div></div></div></div>"
        '<div class="_2jgBA" data-hook="post-footer"><ul class="_1zrvn" data-hook="post-tags">'
        '<li><a href="/blog/tags/schools">schools</a></li><li><a href="/blog/tags/school-board">'
        'school board</a></li></ul><div class="_1pS6s" data-hook="post-share-buttons"><button '
        'aria-label="Share on Facebook">f</button><button aria-label="Share on X">x</button>'
        '<button aria-label="Copy link">🔗</button></div><div class="_1b7M5" data-hook="post-'
        'main-actions"><span data-hook="views-counter">214 views</span><span data-hook="comment-'
        'counter">0 comments</span><button data-hook="like-button">♡ 3</button></div></div>'
        "</div></article>"
        '<section data-hook="recent-posts"><div class="_2lCVs"><h2 class="blog-post-title-font">'
        'Recent Posts</h2><a href="/blog">See All</a></div>'
        + "".join(f'<div data-hook="post-list-item"><a href="/post/{i}"><h3 class="_2u9dh">{t}'
                  f'</h3></a><span data-hook="views-counter">{v}</span></div>'
                  for i, (t, v) in enumerate([("Graduation set for June 13 at the fairgrounds",
                                               "98"),
                                              ("Village board tables sidewalk plan", "151"),
                                              ("Eagles fall in sectional final", "302")]))
        + '</section><div data-hook="comments-root"><h2>Comments</h2><div class="_3xu9s"><p>'
        "Write a comment...</p></div></div></div></div></div></main>"
        '<footer id="SITE_FOOTER" class="wixui-footer"><p class="font_8">The Pine Hollow Gazette '
        "· PO Box 19 · Pine Hollow, WI · Published every Thursday since 1922</p><p class="
        '"font_8">© 2025 by The Pine Hollow Gazette. Proudly created with Wix.com</p></footer>'
        "</div></div></div></body></html>"))


# --- 11. Hugo (PaperMod): a developer's blog, a table in the post ---------------------------------

PG = [
    "We moved our main Postgres cluster from physical streaming replication to logical "
    "replication last month, so that we could upgrade from version 13 to 16 with a few seconds "
    "of write downtime instead of an hour. These are my notes, mostly for the next person on "
    "the team who has to do it.",
    T("<h2 id=\"why-logical\">Why logical replication<a hidden class=\"anchor\" aria-hidden="
      "\"true\" href=\"#why-logical\">#</a></h2>"),
    "Physical replicas must run the same major version as the primary, so an in-place major "
    "upgrade means taking the primary down while the upgrade runs. Logical replication copies "
    "rows, not disk pages, so the subscriber can run a newer version. You build the new cluster "
    "on 16, let it catch up, and switch the application over.",
    T("<h2 id=\"what-it-cost\">What it cost us<a hidden class=\"anchor\" aria-hidden=\"true\" "
      "href=\"#what-it-cost\">#</a></h2>"),
    "The initial copy was the slow part. Timings for our three largest tables:",
    T("<table><thead><tr><th>Table</th><th>Rows</th><th>Size</th><th>Initial copy</th></tr>"
      "</thead><tbody><tr><td>events</td><td>1.9 billion</td><td>610 GB</td><td>9 h 40 min</td>"
      "</tr><tr><td>orders</td><td>220 million</td><td>140 GB</td><td>2 h 5 min</td></tr><tr>"
      "<td>line_items</td><td>710 million</td><td>190 GB</td><td>3 h 12 min</td></tr></tbody>"
      "</table>"),
    "Sequences are not replicated. We forgot this in our first rehearsal, and the new primary "
    "started handing out order IDs that already existed. The fix is a script that reads every "
    "sequence's current value on the old primary and sets it, plus a safety margin, on the new "
    "one during the switchover.",
    T("<h2 id=\"gotchas\">Other things that bit us<a hidden class=\"anchor\" aria-hidden=\"true\""
      " href=\"#gotchas\">#</a></h2>"),
    T("<ul><li>Tables without a primary key cannot replicate updates or deletes unless you set a "
      "replica identity. We had four.</li><li>Large transactions are sent only when they commit, "
      "so a nightly batch job caused replication lag of twenty minutes every night.</li><li>DDL "
      "is not replicated. We froze schema changes for the two weeks of the migration.</li>"
      "</ul>"),
    "The switchover itself took 41 seconds of blocked writes. I would do it this way again.",
]

add("hugo-papermod-postgres",
    "https://arjunmehta.example/posts/postgres-logical-replication-notes/",
    "Notes on upgrading Postgres with logical replication", ("Arjun Mehta",), "2025-03-02",
    kind="other", cms="Hugo (PaperMod)", marked=(
        '<!doctype html><html lang="en" dir="auto"><head><meta charset="utf-8">'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">'
        '<meta name="viewport" content="width=device-width,initial-scale=1,shrink-to-fit=no">'
        '<meta name="robots" content="index, follow">'
        "<title>Notes on upgrading Postgres with logical replication | Arjun Mehta</title>"
        '<meta name="keywords" content="postgres, databases">'
        + m("description", "We moved our main Postgres cluster from physical streaming "
            "replication to logical replication last month.")
        + m("author", "Arjun Mehta")
        + '<link rel="canonical" href="https://arjunmehta.example/posts/postgres-logical-'
        'replication-notes/">'
        + '<link crossorigin="anonymous" href="/assets/css/stylesheet.min.css" rel="preload '
        'stylesheet" as="style">'
        + '<meta name="generator" content="Hugo 0.124.1">'
        + m("og:title", "Notes on upgrading Postgres with logical replication")
        + m("og:type", "article")
        + m("og:url", "https://arjunmehta.example/posts/postgres-logical-replication-notes/")
        + m("article:section", "posts")
        + m("article:published_time", "2025-03-02T00:00:00+00:00")
        + m("article:modified_time", "2025-03-02T00:00:00+00:00")
        + ld({"@type": "BlogPosting", "headline": "Notes on upgrading Postgres with logical "
              "replication", "name": "Notes on upgrading Postgres with logical replication",
              "description": "We moved our main Postgres cluster from physical streaming "
              "replication to logical replication last month.",
              "keywords": ["postgres", "databases"], "articleBody": " ".join(
                  re.sub(r"<[^>]+>", " ", x) for x in PG),
              "wordCount": 402, "inLanguage": "en",
              "datePublished": "2025-03-02T00:00:00Z", "dateModified": "2025-03-02T00:00:00Z",
              "author": {"@type": "Person", "name": "Arjun Mehta"},
              "mainEntityOfPage": {"@type": "WebPage", "@id": "https://arjunmehta.example/posts"
                                   "/postgres-logical-replication-notes/"},
              "publisher": {"@type": "Organization", "name": "Arjun Mehta"}})
        + '</head><body id="top"><script>if(localStorage.getItem("pref-theme")==="dark")'
        '{document.body.classList.add("dark")}</script>'
        '<header class="header"><nav class="nav"><div class="logo"><a href="https://'
        'arjunmehta.example/" accesskey="h" title="Arjun Mehta (Alt + H)">Arjun Mehta</a><div '
        'class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)">'
        '</button></div></div><ul id="menu"><li><a href="/posts/" title="Posts"><span>Posts'
        '</span></a></li><li><a href="/tags/" title="Tags"><span>Tags</span></a></li><li><a '
        'href="/about/" title="About"><span>About</span></a></li><li><a href="/index.xml" '
        'title="RSS"><span>RSS</span></a></li></ul></nav></header>'
        '<main class="main"><article class="post-single"><header class="post-header">'
        '<div class="breadcrumbs"><a href="https://arjunmehta.example/">Home</a>&nbsp;»&nbsp;'
        '<a href="https://arjunmehta.example/posts/">Posts</a></div>'
        '<h1 class="post-title entry-hint-parent">Notes on upgrading Postgres with logical '
        "replication</h1>"
        '<div class="post-meta"><span title="2025-03-02 00:00:00 +0000 UTC">March 2, 2025'
        "</span>&nbsp;·&nbsp;6 min&nbsp;·&nbsp;Arjun Mehta</div></header>"
        '<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="'
        'details">Table of Contents</span></summary><div class="inner"><ul><li><a href="#why-'
        'logical">Why logical replication</a></li><li><a href="#what-it-cost">What it cost us'
        '</a></li><li><a href="#gotchas">Other things that bit us</a></li></ul></div>'
        "</details></div>"
        '<div class="post-content">'
        + "".join(x if x.startswith("<T>") else T(f"<p>{x}</p>") for x in PG)
        + "</div>"
        '<footer class="post-footer"><ul class="post-tags"><li><a href="https://arjunmehta.'
        'example/tags/postgres/">Postgres</a></li><li><a href="https://arjunmehta.example/tags/'
        'databases/">Databases</a></li></ul><nav class="paginav"><a class="prev" href="/posts/'
        'sqlite-in-production/"><span class="title">« Prev</span><br><span>SQLite in production,'
        ' two years on</span></a><a class="next" href="/posts/reading-list-2024/"><span class='
        '"title">Next »</span><br><span>What I read in 2024</span></a></nav>'
        '<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label='
        '"share on x" href="https://x.example/intent/tweet/?text=Notes">x</a></li><li><a '
        'aria-label="share on linkedin" href="https://www.linkedin.example/shareArticle">in</a>'
        "</li></ul></footer></article></main>"
        '<footer class="footer"><span>© 2025 <a href="https://arjunmehta.example/">Arjun Mehta'
        "</a></span> · <span>Powered by <a href=\"https://gohugo.io/\" rel=\"noopener "
        'noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/'
        'hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>'
        '<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" '
        'id="top-link" accesskey="g">↑</a></body></html>'))


# --- 12. Jekyll: a nonprofit data newsroom, two reporters, a republish box ----------------------

ER = [
    "Eleven rural hospitals in the state have closed their emergency rooms since 2015. Six of "
    "those closures came after 2019, according to an analysis of state licensing records by "
    "The Prairie Data Project.",
    "The closures have left some residents of the state's western counties more than an hour's "
    "drive from the nearest emergency room. In Keller County, where the hospital in Alton "
    "stopped emergency services in 2022, ambulances now take patients 58 miles to Hays Falls.",
    "“We used to be able to stabilize a heart attack here in 20 minutes,” said Dr. Ruth "
    "Abernathy, who worked in the Alton emergency room for 14 years. “Now the golden hour is "
    "mostly spent in the back of an ambulance.”",
    T("<h2>Where the closures happened</h2>"),
    T("<table class=\"data\"><thead><tr><th>County</th><th>Hospital</th><th>ER closed</th>"
      "<th>Drive to nearest ER</th></tr></thead><tbody>"
      "<tr><td>Keller</td><td>Alton Community Hospital</td><td>2022</td><td>58 miles</td></tr>"
      "<tr><td>Marsh</td><td>St. Brendan's</td><td>2020</td><td>44 miles</td></tr>"
      "<tr><td>Oak Grove</td><td>Oak Grove Regional</td><td>2023</td><td>39 miles</td></tr>"
      "</tbody></table>"),
    "Hospital administrators interviewed for this story gave similar reasons: too few patients "
    "to cover the cost of staffing an emergency room around the clock, and difficulty hiring "
    "doctors and nurses willing to work in small towns.",
    "A federal designation created in 2023, the rural emergency hospital, lets small hospitals "
    "keep an emergency room open while closing their inpatient beds. Only one hospital in the "
    "state has adopted it so far. State Health Secretary Paul Ingram said the department is "
    "working with four others that have expressed interest.",
    T("<p><em>Methodology: The Prairie Data Project compared state hospital licensing records "
      "from 2015 through 2024 and counted a closure when a licensed hospital stopped offering "
      "24-hour emergency services. Drive distances were calculated from each closed hospital "
      "to the nearest open emergency room.</em></p>"),
]

add("jekyll-data-newsroom-er",
    "https://prairiedata.example/2025/05/09/rural-er-closures/",
    "Half of the state's rural ER closures came after 2019, records show",
    ("Hannah Cole", "Devin Park"), "2025-05-09",
    also=("The Prairie Data Project",), cms="Jekyll (minima)", marked=(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<!-- Begin Jekyll SEO tag v2.8.0 -->"
        "<title>Half of the state’s rural ER closures came after 2019, records show | The "
        "Prairie Data Project</title>"
        '<meta name="generator" content="Jekyll v4.3.3">'
        + m("og:title", "Half of the state’s rural ER closures came after 2019, records show")
        + m("author", "Hannah Cole") + m("og:locale", "en_US")
        + m("description", "Eleven rural hospitals in the state have closed their emergency "
            "rooms since 2015.")
        + '<link rel="canonical" href="https://prairiedata.example/2025/05/09/rural-er-'
        'closures/">'
        + m("og:site_name", "The Prairie Data Project") + m("og:type", "article")
        + m("article:published_time", "2025-05-09T00:00:00+00:00")
        + m("twitter:card", "summary")
        + ld({"@type": "BlogPosting", "author": {"@type": "Person", "name": "Hannah Cole"},
              "dateModified": "2025-05-09T00:00:00+00:00",
              "datePublished": "2025-05-09T00:00:00+00:00",
              "description": "Eleven rural hospitals in the state have closed their emergency "
              "rooms since 2015.", "headline": "Half of the state’s rural ER closures came "
              "after 2019, records show", "url": "https://prairiedata.example/2025/05/09/rural-"
              "er-closures/"})
        + "<!-- End Jekyll SEO tag -->"
        '<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" '
        'rel="alternate" href="https://prairiedata.example/feed.xml" title="The Prairie Data '
        'Project"></head><body>'
        '<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" '
        'rel="author" href="/">The Prairie Data Project</a><nav class="site-nav">'
        '<input type="checkbox" id="nav-trigger" class="nav-trigger"><label for="nav-trigger">'
        '<span class="menu-icon"></span></label><div class="trigger"><a class="page-link" href='
        '"/investigations/">Investigations</a><a class="page-link" href="/data/">Data</a><a '
        'class="page-link" href="/about/">About</a><a class="page-link" href="/donate/">Donate'
        "</a></div></nav></div></header>"
        '<main class="page-content" aria-label="Content"><div class="wrapper">'
        '<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">'
        '<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">Half '
        "of the state’s rural ER closures came after 2019, records show</h1>"
        '<p class="post-meta"><time class="dt-published" datetime="2025-05-09T00:00:00+00:00" '
        'itemprop="datePublished">May 9, 2025</time> • <span itemprop="author" itemscope '
        'itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">'
        'Hannah Cole</span></span>, <span itemprop="author" itemscope itemtype="http://schema.'
        'org/Person"><span class="p-author h-card" itemprop="name">Devin Park</span></span></p>'
        "</header>"
        '<div class="post-content e-content" itemprop="articleBody">'
        + "".join(x if x.startswith("<T>") else T(f"<p>{x}</p>") for x in ER[:5])
        + '<p><img src="/assets/img/alton.jpg" alt="The closed emergency entrance in Alton"><br>'
        "<small>The emergency entrance of Alton Community Hospital, closed since 2022. Photo: "
        "Devin Park</small></p>"
        + "".join(x if x.startswith("<T>") else T(f"<p>{x}</p>") for x in ER[5:])
        + '<div class="republish"><h3>Republish this story</h3><p>This story may be republished '
        'for free under a <a href="https://creativecommons.org/licenses/by-nd/4.0/">Creative '
        "Commons license</a>. Credit The Prairie Data Project and keep the byline.</p><button>"
        "Copy HTML</button></div></div>"
        '<div class="donate-box"><p><strong>The Prairie Data Project is a nonprofit newsroom.'
        '</strong> We rely on readers like you. <a href="/donate/">Donate today</a>.</p></div>'
        '<a class="u-url" href="/2025/05/09/rural-er-closures/" hidden></a></article>'
        "</div></main>"
        '<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class='
        '"wrapper"><h2 class="footer-heading">The Prairie Data Project</h2><div class="footer-'
        'col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="'
        'p-name">The Prairie Data Project</li><li><a class="u-email" href="mailto:tips@'
        'prairiedata.example">tips@prairiedata.example</a></li></ul></div><div class="footer-'
        'col footer-col-3"><p>Independent, nonprofit data journalism about the Great Plains.'
        "</p></div></div></div></footer></body></html>"))


# --- 13. Hand-made HTML: a personal essay in tables and font tags, no date anywhere -------------

ORCHARD = [
    "There were nine orchards on Route 9 when I was a boy. My father could name the families "
    "that owned every one of them, and he could tell you which of them grew the best Northern "
    "Spies and which ones sprayed too much.",
    "Now there is one. The Halvorsen place, at the bend before the river, still sells apples "
    "from a wooden stand with a coffee can for the money. Nils Halvorsen is eighty-one. His "
    "daughter lives in Minneapolis and does not want the farm, and he told me so without any "
    "bitterness at all.",
    "I went out there on a cold morning in October to buy a bushel of Cortlands and ended up "
    "staying three hours. He showed me the trees his grandfather planted, which still bear, "
    "and the rows he pulled out in the 1980s when the price of apples fell so low it was "
    "cheaper to let them rot.",
    "\"People think an orchard is a crop,\" he said. \"It's not. It's a promise you make to "
    "somebody forty years from now.\"",
    "I don't know what will happen to the Halvorsen orchard. Maybe a developer will buy it, as "
    "they bought the Lindquist place and the Moes'. Maybe somebody young and foolish will "
    "take it on. I hope for the foolish one.",
    "In the meantime, the stand is open on weekends until the end of the month. Bring cash.",
]

add("handmade-essay-orchard",
    "http://www.walterbrink.example/essays/orchard.html",
    "The Last Orchard on Route 9", ("Walter Brink",), "", kind="other", cms="hand-made HTML",
    marked=(
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'
        "<html><head><title>Walter Brink - Essays - The Last Orchard on Route 9</title>"
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        '<meta name="keywords" content="essays, Minnesota, orchards, rural life">'
        "</head><body bgcolor=\"#FFFFF0\" text=\"#333333\" link=\"#663300\">"
        '<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">'
        '<tr><td colspan="2" bgcolor="#663300"><font face="Georgia" size="6" color="#FFFFF0">'
        "&nbsp;Notes from the Valley</font></td></tr>"
        '<tr><td colspan="2" bgcolor="#EEE8CC"><font face="Verdana" size="2">'
        '&nbsp;<a href="/index.html">Home</a> | <a href="/essays/">Essays</a> | <a href="/'
        'photos/">Photographs</a> | <a href="/links.html">Links</a> | <a href="/guestbook/">'
        "Guestbook</a> | <a href=\"mailto:walt@walterbrink.example\">Write to me</a></font>"
        "</td></tr>"
        '<tr><td width="160" valign="top" bgcolor="#F5F0DC"><font face="Verdana" size="1"><br>'
        "<b>Essays</b><br>"
        + "<br>".join(f'<a href="/essays/{s}.html">{t}</a>' for s, t in [
            ("ice", "Ice Out"), ("barn", "The Barn Dance"), ("orchard", "The Last Orchard"),
            ("church", "St. Olaf's Bell"), ("snow", "A Winter Without Snow")])
        + "<br><br><b>Elsewhere</b><br><a href=\"http://www.mnhistory.example/\">County "
        "Historical Society</a><br><br></font></td>"
        '<td valign="top"><table cellpadding="12"><tr><td>'
        '<font face="Georgia" size="5"><b>The Last Orchard on Route 9</b></font><br>'
        '<font face="Georgia" size="2"><i>by Walter Brink</i></font><br><br>'
        '<font face="Georgia" size="3">'
        + "".join(T(f"<p>{x}</p>") for x in ORCHARD)
        + "</font><p align=\"center\"><font size=\"2\">* * *</font></p>"
        '<p><font face="Verdana" size="1"><a href="/essays/barn.html">&lt;&lt; The Barn Dance'
        '</a> &nbsp;|&nbsp; <a href="/essays/">All essays</a> &nbsp;|&nbsp; <a href="/essays/'
        'church.html">St. Olaf\'s Bell &gt;&gt;</a></font></p></td></tr></table></td></tr>'
        '<tr><td colspan="2" bgcolor="#EEE8CC" align="center"><font face="Verdana" size="1">'
        "All writing and photographs &copy; 1998-2025 Walter Brink. Please ask before using."
        '<br>You are visitor number <img src="/cgi-bin/counter.gif" alt="41207"> since '
        "January 1999.</font></td></tr></table></body></html>"))


# --- 14. A public broadcaster's own stack: UTC in <time>, a role after the name -------------------

TRAINS = [
    "Train drivers have voted to accept a pay deal, ending an 18-month dispute that led to "
    "eleven days of strikes on routes across the north of England.",
    "Members of the drivers' union Aslef backed the offer by 78% on a turnout of 81%, the union "
    "said on Wednesday morning.",
    "The deal gives drivers at the three northern operators a 4.5% rise backdated to last April "
    "and a further 3% from this April, along with a guarantee that Sunday working will remain "
    "voluntary until at least 2027.",
    T("<h2 class=\"ssrcss-subheading\">'A fair settlement'</h2>"),
    "Aslef's regional organiser, Gareth Lowe, said the result showed drivers were \"tired of "
    "fighting but not tired of being treated fairly\".",
    "\"This is a fair settlement, and it is one we could have reached a year ago if the "
    "companies had been willing to talk,\" he said.",
    "The operators said in a joint statement that they were \"pleased to put the dispute "
    "behind us\" and would focus on restoring the timetable to its pre-strike level by May.",
    "Passenger groups welcomed the vote but said services were still unreliable. Figures from "
    "the rail regulator show that on the worst-affected lines, nearly one train in ten was "
    "cancelled or part-cancelled between October and December.",
    T("<h2 class=\"ssrcss-subheading\">What happens next?</h2>"),
    "The deal does not cover guards and platform staff, whose union, the RMT, is balloting "
    "members on a separate offer. The result of that ballot is expected next month.",
    "The transport secretary said she was \"glad common sense had prevailed\" and urged the "
    "RMT to accept its offer too.",
]

add("public-broadcaster-train-drivers",
    "https://www.northwind.example/news/articles/c9x2l8m4e1qo",
    "Train drivers vote to accept pay deal ending 18-month dispute", ("Fiona Grant",),
    "2025-02-19", also=("Northwind News",), cms="broadcaster's own (React, hashed CSS)",
    marked=(
        '<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Train drivers vote to accept pay deal ending 18-month dispute - Northwind News"
        "</title>"
        + m("description", "Drivers at three northern operators back the offer by 78%.")
        + m("og:title", "Train drivers vote to accept pay deal ending 18-month dispute")
        + m("og:type", "article") + m("og:site_name", "Northwind News")
        + m("og:locale", "en_GB") + m("twitter:site", "@NorthwindNews")
        + m("article:author", "https://www.facebook.example/NorthwindNews")
        + m("article:section", "Business")
        + ld({"@type": "ReportageNewsArticle", "url": "https://www.northwind.example/news/"
              "articles/c9x2l8m4e1qo", "headline": "Train drivers vote to accept pay deal "
              "ending 18-month dispute", "datePublished": "2025-02-19T07:12:44.000Z",
              "dateModified": "2025-02-19T10:31:07.000Z",
              "author": {"@type": "Person", "name": "Fiona Grant",
                         "jobTitle": "Business reporter"},
              "publisher": {"@type": "NewsMediaOrganization", "name": "Northwind News",
                            "logo": {"@type": "ImageObject", "url": "https://www.northwind."
                                     "example/logo.png"}},
              "mainEntityOfPage": "https://www.northwind.example/news/articles/c9x2l8m4e1qo"})
        + "<script>window.__INITIAL_DATA__=\"{\\\"data\\\":{}}\";</script></head>"
        "<body><div id=\"main-wrapper\">" + onetrust("We use cookies to give you the best "
                                                      "online experience. Please let us know "
                                                      "if you agree to all of these cookies.")
        + '<header class="ssrcss-1b1mki6-GlobalNavigation"><a href="https://www.northwind.'
        'example/" class="ssrcss-logo">Northwind</a><nav class="ssrcss-nav">'
        + menu("Home", "News", "Sport", "Weather", "iPlayer", "Sounds", "Culture")
        + '</nav><a class="ssrcss-signin" href="/account">Sign in</a></header>'
        '<nav class="ssrcss-secondary"><ul><li><a href="/news">Home</a></li><li><a href="/news'
        '/uk">UK</a></li><li><a href="/news/world">World</a></li><li><a href="/news/business" '
        'aria-current="page">Business</a></li><li><a href="/news/politics">Politics</a></li>'
        '<li><a href="/news/technology">Tech</a></li><li><a href="/news/science">Science</a>'
        "</li></ul></nav>"
        '<div class="ssrcss-main"><main id="main-content" role="main" class="ssrcss-1q0x1qg-'
        'Main"><article class="ssrcss-pv1rh6-ArticleWrapper">'
        '<div data-component="headline-block" class="ssrcss-1s9pby4-ComponentWrapper">'
        '<h1 id="main-heading" class="ssrcss-15xko80-StyledHeading" tabindex="-1">Train drivers '
        "vote to accept pay deal ending 18-month dispute</h1></div>"
        '<div data-component="byline-block" class="ssrcss-1s9pby4-ComponentWrapper"><div class='
        '"ssrcss-68pt20-Text-TextContributorName">By Fiona Grant</div><div class="ssrcss-'
        '84ltp5-Text">Business reporter</div><div class="ssrcss-m5j4pi-MetadataStripContainer">'
        '<time data-testid="timestamp" datetime="2025-02-19T07:12:44.000Z">19 February 2025'
        "</time></div></div>"
        '<div data-component="share-tools" class="ssrcss-share"><button aria-label="Share">'
        "Share</button><button aria-label=\"Save\">Save</button></div>"
        '<div data-component="image-block" class="ssrcss-1s9pby4-ComponentWrapper"><figure>'
        '<img src="https://ichef.northwind.example/trains.jpg" alt="A train at a platform">'
        '<span class="ssrcss-copyright" role="text">Getty Images</span><figcaption class="'
        'ssrcss-caption">The dispute led to eleven days of strikes</figcaption></figure></div>'
        + "".join(x if x.startswith("<T>") else T(
            f'<div data-component="text-block" class="ssrcss-1s9pby4-ComponentWrapper"><p '
            f'class="ssrcss-1q0x1qg-Paragraph">{x}</p></div>') for x in TRAINS[:8])
        + '<div data-component="links-block" class="ssrcss-1s9pby4-ComponentWrapper"><ul '
        'class="ssrcss-links"><li><a href="/news/articles/c1">Rail strikes: What are the '
        'disputes about?</a></li><li><a href="/news/articles/c2">Northern rail cancellations '
        "worst in five years</a></li></ul></div>"
        + "".join(x if x.startswith("<T>") else T(
            f'<div data-component="text-block" class="ssrcss-1s9pby4-ComponentWrapper"><p '
            f'class="ssrcss-1q0x1qg-Paragraph">{x}</p></div>') for x in TRAINS[8:])
        + '<div data-component="tag-list" class="ssrcss-1s9pby4-ComponentWrapper"><h2>Related '
        'topics</h2><ul><li><a href="/news/topics/rail">Rail travel</a></li><li><a href="/news/'
        'topics/strikes">Strikes</a></li><li><a href="/news/topics/pay">Pay</a></li></ul></div>'
        "</article></main>"
        '<aside class="ssrcss-aside"><section data-component="most-read"><h2>Most read</h2><ol>'
        + "".join(f'<li><span>{i}</span><a href="/news/articles/m{i}">{t}</a></li>'
                  for i, t in enumerate(["Storm warning as 80mph winds expected",
                                         "Man charged after city centre crash",
                                         "Interest rates: what a cut would mean for you",
                                         "Hospital waiting lists fall for third month",
                                         "Football club fined over ticket sales"], 1))
        + "</ol></section></aside></div>"
        '<footer class="ssrcss-footer"><p>Northwind is not responsible for the content of '
        "external sites.</p>" + menu("Terms of Use", "About Northwind", "Privacy Policy",
                                     "Cookies", "Accessibility Help", "Contact")
        + "<p>Copyright 2025 Northwind. All rights reserved.</p></footer></div>"
        "</body></html>"))


# --- 15. A national paper's own stack: og:title from before the headline was changed ------------

FARECAP = [
    "The £2 cap on single bus fares in England will be extended until the end of 2025, the "
    "government has confirmed, reversing plans reported last month to let it lapse in the "
    "spring.",
    "Ministers had been expected to replace the cap with a £3 limit from April, but the "
    "transport secretary said on Tuesday that the £2 fare would stay for the rest of the year "
    "at a cost of about £150m, to be met from the department's existing budget.",
    "Bus operators, who are compensated for the lost fares, welcomed the decision but said "
    "they needed certainty beyond December to plan routes and timetables.",
    "Graham Vidler, the chief executive of the Confederation of Passenger Transport, said: "
    "“Another extension is good news for passengers, but operators cannot keep running "
    "services on the basis of announcements made a few weeks before each deadline.”",
    "The cap was introduced in January 2023 as a temporary measure to help with the cost of "
    "living and to encourage people back on to buses after the pandemic. Government figures "
    "suggest it has been used for about 400m journeys.",
    "Campaigners for rural areas said the cap was of little use where buses had been cut. The "
    "number of local bus miles driven in England outside London has fallen by about a quarter "
    "over the past decade.",
    "Labour's shadow transport secretary said the government was “lurching from deadline to "
    "deadline” and called for a long-term funding settlement for buses.",
]

add("national-paper-bus-fare-cap",
    "https://www.thecourier.example/uk-news/2025/jan/07/bus-fare-cap-england-extended",
    "Bus fare cap in England to be extended to end of 2025, ministers confirm",
    ("Kirsty Adams", "Rowan Hale"), "2025-01-07", cms="national paper's own (DCR-like)",
    marked=(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Bus fare cap in England to be extended to end of 2025, ministers confirm | Bus "
        "travel | The Courier</title>"
        + m("description", "£2 cap on single fares stays for the rest of the year at a cost of "
            "about £150m")
        + m("og:title", "Ministers set to scrap £2 bus fare cap in England")
        + m("og:url", "https://www.thecourier.example/uk-news/2025/jan/07/bus-fare-cap-england-"
            "extended")
        + m("og:type", "article") + m("og:site_name", "The Courier")
        + m("article:author", "https://www.thecourier.example/profile/kirsty-adams")
        + m("article:author", "https://www.thecourier.example/profile/rowan-hale")
        + m("article:published_time", "2025-01-07T16:30:12.000Z")
        + m("article:modified_time", "2025-01-07T18:02:51.000Z")
        + m("author", "Kirsty Adams") + m("twitter:card", "summary_large_image")
        + ld({"@type": "NewsArticle", "@id": "https://amp.thecourier.example/uk-news/2025/jan/"
              "07/bus-fare-cap-england-extended", "headline": "Ministers set to scrap £2 bus "
              "fare cap in England", "datePublished": "2025-01-07T16:30:12.000Z",
              "dateModified": "2025-01-07T18:02:51.000Z",
              "author": [{"@type": "Person", "name": "Kirsty Adams", "sameAs": "https://www."
                          "thecourier.example/profile/kirsty-adams"},
                         {"@type": "Person", "name": "Rowan Hale", "sameAs": "https://www."
                          "thecourier.example/profile/rowan-hale"}],
              "publisher": {"@type": "Organization", "name": "The Courier"}})
        + "<script>window.courier = {config: {page: {contentType: \"Article\", section: "
        "\"uk-news\"}}};</script></head><body>"
        '<a href="#maincontent" class="skip">Skip to main content</a>'
        '<div id="bannerandheader"><aside class="support-banner"><p>Support the Courier: fund '
        'independent journalism with £5 per month</p><a href="/support">Support us</a></aside>'
        '<header data-component="nav2"><a href="/" class="logo">The Courier</a><nav>'
        + menu("News", "Opinion", "Sport", "Culture", "Lifestyle")
        + '</nav><ul class="subnav">' + "".join(f'<li><a href="/{s}">{t}</a></li>' for s, t in [
            ("uk-news", "UK"), ("world", "World"), ("business", "Business"),
            ("environment", "Environment"), ("politics", "UK politics")])
        + "</ul></header></div>"
        '<main data-layout="StandardLayout"><article><div class="dcr-section-label"><a href="/'
        'uk/bus-travel">Bus travel</a></div>'
        '<div data-gu-name="headline"><h1 class="dcr-1ao2cor">Bus fare cap in England to be '
        "extended to end of 2025, ministers confirm</h1></div>"
        '<div data-gu-name="standfirst"><div class="dcr-standfirst"><p>£2 limit on single fares '
        "stays for the rest of the year at a cost of about £150m, reversing plans to let it "
        "lapse</p></div></div>"
        '<div data-gu-name="meta" class="dcr-meta"><address aria-label="Contributor info"><div '
        'class="dcr-byline"><a rel="author" href="/profile/kirsty-adams">Kirsty Adams</a> '
        'Transport correspondent and <a rel="author" href="/profile/rowan-hale">Rowan Hale</a>'
        '</div></address><details class="dcr-dateline"><summary><span class="dcr-u0h1qy">Tue 7 '
        "Jan 2025 16.30 GMT</span></summary><span>Last modified on Tue 7 Jan 2025 18.02 GMT"
        "</span></details><div class=\"dcr-share\"><button>Share</button><span class=\"dcr-"
        'comment-count">1,204</span></div></div>'
        '<div data-gu-name="media"><figure><img src="https://i.courierimg.example/bus.jpg" alt='
        '""><figcaption><span class="dcr-caption">The £2 cap has been used for about 400m '
        'journeys since 2023.</span> Photograph: Jon Super/PA</figcaption></figure></div>'
        '<div data-gu-name="body" class="article-body-commercial-selector article-body-viewer-'
        'selector dcr-1g5o3j6">'
        + ps(FARECAP[:3], ' class="dcr-s3ycb2"')
        + '<aside data-spacefinder-role="supporting" class="dcr-pullquote"><svg></svg>'
        "<blockquote><p>Operators cannot keep running services on the basis of announcements "
        "made a few weeks before each deadline</p><footer><cite>Graham Vidler</cite></footer>"
        "</blockquote></aside>"
        + ps(FARECAP[3:5], ' class="dcr-s3ycb2"')
        + '<figure id="EmailSignup-skip-link-9" data-spacefinder-role="inline"><a href="#'
        'EmailSignup-skip-link-9" class="dcr-jzxpee">skip past newsletter promotion</a><div '
        'class="dcr-newsletter"><p class="dcr-1yb7q9i">Sign up to <span>First Edition</span>'
        "</p><p>Our morning email breaks down the key stories of the day, telling you what's "
        "happening and why it matters</p><p>Privacy Notice: Newsletters may contain info about "
        "charities, online ads, and content funded by outside parties.</p><button>Sign up"
        '</button></div><div id="EmailSignup-skip-link-9" tabindex="0">after newsletter '
        "promotion</div></figure>"
        + ps(FARECAP[5:], ' class="dcr-s3ycb2"')
        + "</div>"
        '<div class="dcr-submeta"><span>Explore more on these topics</span>'
        + links([("Bus travel", "/uk/bus-travel"), ("Transport", "/uk/transport"),
                 ("Cost of living crisis", "/business/cost-of-living-crisis"),
                 ("news", "/tone/news")])
        + '<a href="https://syndication.example/courier">Reuse this content</a></div>'
        '<section id="comments" class="dcr-comments"><h2>Comments (1,204)</h2><p>Sign in or '
        'create your Courier account to join the discussion</p><div class="dcr-comment"><span '
        'class="user">busfan_leeds</span><p>Good. The 36 to Harrogate is the only reason I can '
        "still get to work.</p></div></section>"
        '<section data-component="more-on-this-story"><h2>More on this story</h2><ul>'
        + "".join(f'<li><a href="/uk-news/2024/{i}">{t}</a></li>' for i, t in enumerate([
            "Bus fares: what the £2 cap means for you", "Rural bus routes cut by a quarter in "
            "a decade", "Operators warn of service cuts without long-term funding"]))
        + "</ul></section></article>"
        '<section data-component="most-viewed"><h2>Most viewed</h2><ol>'
        + "".join(f"<li><a href=\"/mv/{i}\">{t}</a></li>" for i, t in enumerate([
            "Live: Storm Éowyn latest", "The best winter coats, tested",
            "Quick crossword No 16,999"]))
        + "</ol></section></main>"
        '<footer><ul><li><a href="/about">About us</a></li><li><a href="/help">Help</a></li><li>'
        '<a href="/info/complaints">Complaints &amp; corrections</a></li><li><a href="/info/'
        'privacy">Privacy policy</a></li><li><a href="/info/cookies">Cookie policy</a></li>'
        "</ul><p>© 2025 Courier News &amp; Media Limited or its affiliated companies. All "
        "rights reserved.</p></footer></body></html>"))


# --- 16. A big metro paper's own stack: a feature, three reporters, photo credits -----------------

HARDWARE = [
    "DELPHOS, Kan. — At 6:45 most mornings, before the lights are on in the aisles, five or six "
    "men are already sitting on folding chairs by the key-cutting machine at Dahl Hardware, "
    "drinking coffee from a pot that Glenn Dahl puts on when he unlocks the back door.",
    "There used to be other places for this. The café on Main Street closed in 2016. The "
    "grain elevator stopped letting people hang around after the co-op merged with a bigger "
    "one. The Methodist church still holds services, but only every other Sunday, and the "
    "pastor drives in from another town.",
    "So the hardware store, which has sold nails, paint and pipe fittings in Delphos since "
    "1949, has become something else: the place where news is shared, where the volunteer "
    "fire department posts its meeting times, where a widow can find someone to help move a "
    "couch.",
    "“I didn't plan it,” said Mr. Dahl, 67, whose father opened the store. “People just kept "
    "coming, and I kept making coffee.”",
    "Delphos has lost about a third of its population since 1980, and now has 340 residents. "
    "Its story is a familiar one across the rural Plains: farms grew larger and needed fewer "
    "hands, young people left for cities, and the businesses that depended on them closed one "
    "by one.",
    "Researchers who study rural communities say that as schools, churches and diners "
    "disappear, whatever remains often takes on their social role. “It's very often the last "
    "business standing,” said Carla Mertz, a sociologist at Kansas State University. “A "
    "bank branch, a gas station, a hardware store.”",
    "The store barely makes money, Mr. Dahl said. Big-box stores in Salina, 30 miles away, "
    "sell most things for less. He keeps it open, he said, partly out of stubbornness and "
    "partly because he does not know where the men by the key machine would go.",
    "On a recent Tuesday, the talk covered wheat prices, a neighbor's knee surgery and the "
    "high school basketball team, which had won the night before. When a young mother came in "
    "looking for a furnace filter, three of the men got up to help her find the right size.",
    "“That's the whole thing right there,” Mr. Dahl said, watching them. “You can't order that "
    "online.”",
]

add("big-metro-feature-hardware",
    "https://www.metrotimes.example/2025/03/09/us/kansas-hardware-store-rural.html",
    "In a Shrinking Town, a Hardware Store Becomes the Last Place to Gather",
    ("Ada Whitman", "Ben Carver", "Rosa Lindgren"), "2025-03-09",
    cms="big newsroom's own (React, css-hash classes)", marked=(
        '<!DOCTYPE html><html lang="en" class="story nytapp-vi-article"><head>'
        '<meta charset="utf-8">'
        "<title>Small-Town Kansas Hardware Store Becomes Community Hub - The Metropolitan Times"
        "</title>"
        + m("description", "In Delphos, Kan., population 340, men gather by the key machine "
            "each morning.")
        + m("og:title", "In a Shrinking Town, a Hardware Store Becomes the Last Place to Gather")
        + m("og:type", "article") + m("og:url", "https://www.metrotimes.example/2025/03/09/us/"
                                      "kansas-hardware-store-rural.html")
        + m("article:published_time", "2025-03-09T09:00:14.000Z")
        + m("article:modified_time", "2025-03-10T15:27:03.000Z")
        + m("article:section", "U.S.") + m("byl", "By Ada Whitman, Ben Carver and Rosa Lindgren")
        + m("pdate", "20250309")
        + ld({"@type": "NewsArticle", "headline": "In a Shrinking Town, a Hardware Store "
              "Becomes the Last Place to Gather", "alternativeHeadline": "Small-Town Kansas "
              "Hardware Store Becomes Community Hub", "dateCreated": "2025-03-08T21:40:02.000Z",
              "datePublished": "2025-03-09T09:00:14.000Z",
              "dateModified": "2025-03-10T15:27:03.000Z",
              "author": [{"@type": "Person", "name": "Ada Whitman",
                          "url": "https://www.metrotimes.example/by/ada-whitman"},
                         {"@type": "Person", "name": "Ben Carver",
                          "url": "https://www.metrotimes.example/by/ben-carver"},
                         {"@type": "Person", "name": "Rosa Lindgren",
                          "url": "https://www.metrotimes.example/by/rosa-lindgren"}],
              "publisher": {"@type": "NewsMediaOrganization", "name": "The Metropolitan "
                            "Times"}, "isAccessibleForFree": False,
              "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False,
                          "cssSelector": ".meteredContent"}})
        + "<script>window.__preloadedData = {\"initialState\":{}};</script></head><body>"
        '<div id="app"><div class="css-1fanzo5"><header class="css-ahe4g0"><div class="css-'
        '1e1s8k7"><button class="css-1ia0o1">Sections</button><a href="/" class="css-nhjhh0">'
        'The Metropolitan Times</a><div class="css-10698na"><a href="/subscription">Subscribe '
        'for $1/week</a><a href="/login">Log in</a></div></div><nav class="css-1nuro5j">'
        + menu("U.S.", "World", "Business", "Arts", "Lifestyle", "Opinion", "Audio", "Games",
               "Cooking")
        + "</nav></header>"
        '<main id="site-content"><article id="story" class="meteredContent css-1vxca1d">'
        '<header class="css-1ee8y2t"><p class="css-8atqhb"><a href="/section/us">U.S.</a></p>'
        '<div class="css-1vkm6nb"><h1 id="link-1b44e840" class="css-1rr4qq7 e1h9rw200" data-'
        'testid="headline">In a Shrinking Town, a Hardware Store Becomes the Last Place to '
        "Gather</h1></div>"
        '<p id="article-summary" class="css-79rysd e1wiw3jv0">In Delphos, Kan., population 340, '
        "the café and the diner are gone. Every morning, the men gather by the key machine."
        "</p>"
        '<div class="css-xt80pu"><figure class="css-1l5jl6p"><img src="https://static.'
        'metrotimes.example/hardware-1.jpg" alt=""><figcaption class="css-jevhma"><span class='
        '"css-cnj6d5">Glenn Dahl, 67, at Dahl Hardware in Delphos, Kan. His father opened the '
        'store in 1949.</span><span class="css-1u46b97"><span class="css-1ly73wi">Credit...'
        "</span><span>Maya Chen for The Metropolitan Times</span></span></figcaption></figure>"
        "</div>"
        '<div class="css-1vyef6f"><div class="css-vp77d3 epjyd6m0"><div class="css-1baulvz">'
        '<p class="css-aknsld e1jsehar1"><span class="css-1n7hynb">By </span><span class="css-'
        '1baulvz" itemprop="name"><a href="/by/ada-whitman" class="css-n8ff4n">Ada Whitman</a>'
        '</span>, <span class="css-1baulvz" itemprop="name"><a href="/by/ben-carver" class="css-'
        'n8ff4n">Ben Carver</a></span> and <span class="css-1baulvz last-byline" itemprop="name"'
        '><a href="/by/rosa-lindgren" class="css-n8ff4n">Rosa Lindgren</a></span></p></div>'
        '<p class="css-1hqyzdm">Ada Whitman and Ben Carver reported from Delphos, Kan. Rosa '
        "Lindgren reported from Chicago.</p></div>"
        '<ul class="css-1w5cs23"><li><time class="css-qddhf4" datetime="2025-03-09T05:00:14-04:'
        '00"><span>Published March 9, 2025</span><span>Updated March 10, 2025, 11:27 a.m. ET'
        "</span></time></li></ul></div>"
        '<div class="css-1vxca1d"><button aria-label="Share full article">Share full article'
        '</button><button aria-label="Save article for reading later...">Save</button><button '
        'class="css-1uhsiac">📝 412</button></div></header>'
        '<section name="articleBody" class="meteredContent css-1r7ky0e">'
        + "".join(T(f'<div class="css-53u6y8"><p class="css-at9mc1 evys1bk0">{x}</p></div>')
                  for x in HARDWARE[:4])
        + '<div class="css-1ez5fsm"><div id="mid1-wrapper" class="ad mid1-wrapper"><div '
        'class="css-1kvj5p8">Advertisement</div><div id="mid1"></div><a href="#after-mid1" '
        'class="css-1ly73wi">SKIP ADVERTISEMENT</a></div></div>'
        + '<div class="css-s99gbd StoryBodyCompanionColumn"><figure class="css-1l5jl6p"><img '
        'src="https://static.metrotimes.example/hardware-2.jpg" alt=""><figcaption><span>Regulars '
        "gather by the key-cutting machine before the store opens.</span><span><span>Credit..."
        "</span><span>Maya Chen for The Metropolitan Times</span></span></figcaption></figure>"
        "</div>"
        + "".join(T(f'<div class="css-53u6y8"><p class="css-at9mc1 evys1bk0">{x}</p></div>')
                  for x in HARDWARE[4:])
        + '</section><div class="bottom-of-article"><div class="css-wg1gha"><p class="css-'
        '1wtgqc8"><a href="/by/ada-whitman">Ada Whitman</a> is a national correspondent '
        "covering the rural Midwest. <a href=\"/by/ada-whitman\">More about Ada Whitman</a>"
        "</p></div><div class=\"css-1mh4zwq\"><p>A version of this article appears in print "
        "on March 10, 2025, Section A, Page 12 of the New York edition with the headline: The "
        "Last Place to Gather. <a href=\"/reprints\">Order Reprints</a> | <a href=\"/todays-"
        "paper\">Today’s Paper</a> | <a href=\"/subscribe\">Subscribe</a></p></div>"
        '<button class="css-comments">See more on: Rural America, Kansas</button></div>'
        '<div class="css-related"><h2>Related Content</h2>'
        + "".join(f'<article class="css-1l4spti"><a href="/2025/0{i}/us/x.html"><h3>{t}</h3>'
                  "</a></article>" for i, t in enumerate([
                      "Rural Hospitals Are Closing Maternity Wards", "The Last Diner in a "
                      "Nebraska Town", "Where Young People Are Moving Back to the Farm"], 1))
        + "</div></article></main>"
        '<footer class="css-footer"><nav>' + menu("News", "Arts", "Lifestyle", "Opinion",
                                                  "Account")
        + '</nav><p>© 2025 The Metropolitan Times Company</p><a href="/privacy">Privacy Policy'
        '</a><a href="/terms">Terms of Service</a></footer></div></div></body></html>'))


# --- 17. A press-release wire: no person credited, boilerplate and contact are the release's ------

RELEASE = [
    "<b>SAN DIEGO</b>, April 8, 2025 /NewsDesk Wire/ -- Harbor Robotics, a maker of autonomous "
    "mobile robots for warehouses, today announced it has raised $40 million in Series B "
    "funding led by Crestline Ventures, with participation from existing investors Tidal "
    "Capital and North Fork Partners.",
    "The company will use the funding to expand manufacturing at its San Diego facility, "
    "double its engineering team, and open a service center in Columbus, Ohio, to support "
    "customers in the Midwest and East Coast.",
    "Harbor Robotics' robots move shelves and totes between storage and packing stations, "
    "allowing warehouse workers to stay at a single station instead of walking the aisles. "
    "The company says its systems are now used in 31 warehouses across the United States and "
    "Canada, up from nine at the start of 2024.",
    "\"Warehouses are trying to do more with the people they have, and they can't wait two "
    "years for a massive automation project,\" said Elena Vasquez, co-founder and CEO of Harbor "
    "Robotics. \"Our robots can be running in a customer's building in eight weeks. This "
    "funding lets us meet demand we are already turning away.\"",
    "\"Harbor has shown it can deploy quickly and keep its systems running at high uptime,\" "
    "said David Kwan, partner at Crestline Ventures, who will join Harbor Robotics' board of "
    "directors. \"We think that combination is rare in this market.\"",
    T("<p><b>About Harbor Robotics</b></p>"),
    "Founded in 2019, Harbor Robotics designs and builds autonomous mobile robots for "
    "warehouse and distribution operations. The company is headquartered in San Diego, "
    "California. For more information, visit harborrobotics.example.",
    T("<p><b>Media Contact:</b><br>Jane Liu<br>press@harborrobotics.example<br>"
      "(619) 555-0143</p>"),
    "SOURCE Harbor Robotics",
]

add("press-wire-series-b",
    "https://www.newsdeskwire.example/news-releases/harbor-robotics-raises-40-million-series-b-"
    "302421877.html",
    "Harbor Robotics Raises $40 Million Series B to Expand Warehouse Automation", (),
    "2025-04-08", also=("Harbor Robotics", "NewsDesk Wire"), kind="other",
    cms="press-release wire", marked=(
        '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">'
        "<title>Harbor Robotics Raises $40 Million Series B to Expand Warehouse Automation"
        "</title>"
        + m("description", "/NewsDesk Wire/ -- Harbor Robotics, a maker of autonomous mobile "
            "robots for warehouses, today announced it has raised $40 million")
        + m("og:title", "Harbor Robotics Raises $40 Million Series B to Expand Warehouse "
            "Automation")
        + m("og:type", "article") + m("og:site_name", "NewsDesk Wire")
        + m("author", "Harbor Robotics")
        + m("date", "2025-04-08T08:00:00-04:00")
        + ld({"@type": "NewsArticle", "headline": "Harbor Robotics Raises $40 Million Series B "
              "to Expand Warehouse Automation", "datePublished": "2025-04-08T12:00:00Z",
              "author": {"@type": "Organization", "name": "Harbor Robotics"},
              "publisher": {"@type": "Organization", "name": "NewsDesk Wire"}})
        + GTM + "</head><body class=\"release-page\">"
        + onetrust("This website uses cookies to enhance user experience and to analyze "
                   "performance and traffic on our website.")
        + '<header class="header"><a class="logo" href="/">NewsDesk Wire</a><nav class="main-'
        'nav">' + menu("News", "Products", "Contact", "Send a Release", "Journalists")
        + '</nav><form class="search"><input type="text" placeholder="Search"></form></header>'
        '<div class="breadcrumb"><a href="/news-releases/">News</a> / <a href="/news-releases/'
        'business-technology-latest-news/">Business Technology</a> / Harbor Robotics</div>'
        '<main><div class="container release-body-container"><div class="row"><div class='
        '"col-lg-10"><header class="release-header"><h1>Harbor Robotics Raises $40 Million '
        "Series B to Expand Warehouse Automation</h1>"
        '<h2 class="subtitle">Funding led by Crestline Ventures will double engineering team and '
        "open Midwest service center</h2>"
        '<div class="mb-no"><span>News provided by</span><a class="news-provider" href="/news/'
        'harbor-robotics">Harbor Robotics</a><p class="mb-no">Apr 08, 2025, 08:00 ET</p></div>'
        '<div class="social-share">' + share("share-btns")
        + "</div></header>"
        '<section class="release-body container"><div class="row"><div class="col-lg-10 col-'
        'lg-offset-1">'
        + "".join(x if x.startswith("<T>") else T(f"<p>{x}</p>") for x in RELEASE[:5])
        + '<div class="image-gallery"><figure><img src="/img/harbor-robot.jpg" alt="Harbor '
        'Robotics robot"><figcaption>A Harbor Robotics mobile robot at a customer warehouse.'
        '</figcaption><a href="/photo/2093">Download</a></figure></div>'
        + "".join(x if x.startswith("<T>") else T(f"<p>{x}</p>") for x in RELEASE[5:8])
        + T('<p id="PURL">' + RELEASE[8] + "</p>")
        + "</div></div></section>"
        '<section class="release-more"><h3>Also from this source</h3><ul><li><a href="/news-'
        'releases/harbor-robotics-opens-san-diego-facility.html">Harbor Robotics Opens 60,000-'
        'Square-Foot Facility in San Diego</a><span>Sep 12, 2024</span></li></ul></section>'
        '<section class="release-explore"><h3>Explore</h3><p>More news releases in similar '
        "topics</p>"
        + links([("Robotics", "/robotics"), ("Venture Capital", "/venture-capital"),
                 ("Supply Chain/Logistics", "/logistics")])
        + "</section></div></div></div></main>"
        '<div class="journalist-cta"><h4>Journalists and Bloggers</h4><p>Visit NewsDesk for '
        'Journalists for releases, photos, ProfNet experts, and customized feeds just for '
        "Media.</p><a href=\"/journalists\">View and download releases</a></div>"
        '<footer class="footer"><div><h5>Contact NewsDesk Wire</h5><p>Call 888-555-0199</p>'
        "</div>" + menu("Terms of Use", "Privacy Policy", "Information Security Policy",
                        "Site Map", "Cookie Settings")
        + "<p>Copyright © 2025 NewsDesk Wire, Inc. All Rights Reserved.</p></footer>"
        "</body></html>"))


# --- 18. A trade publication on WordPress: a person shown, the JSON-LD names the company -------

PORT = [
    "Container volumes at the Port of Calder fell 6.2% in March from a year earlier, the port "
    "authority said Monday, as two of the largest ocean carriers on the transpacific trade "
    "skipped calls to consolidate sailings.",
    "The port handled 214,880 twenty-foot equivalent units last month, down from 229,100 in "
    "March 2024. Imports fell 8.1% and exports 2.4%. Empty containers, which carriers send back "
    "to Asia, were flat.",
    "Port director Sheila Okoro said the decline reflected “blank sailings” rather than lower "
    "demand from the region's shippers. Carriers cancelled 11 scheduled calls in March, "
    "compared with three a year earlier, she said.",
    "“Cargo that would have come through Calder went through other West Coast gateways,” "
    "Okoro said. “We expect most of those services back in the rotation by June.”",
    "Analysts said the figures matched a wider pattern. Carriers have been cancelling sailings "
    "to prop up spot freight rates, which have fallen by more than a third since January on the "
    "Shanghai–West Coast route, according to the Drewry World Container Index.",
    "Truckers at the port said turn times had improved as volumes fell. The Calder Harbor "
    "Trucking Association reported an average turn time of 52 minutes in March, down from 71 "
    "minutes in February.",
    "The port's fiscal-year volumes through March are still up 3.4% on the year before, "
    "helped by a strong fourth quarter as importers brought forward shipments ahead of "
    "tariff changes.",
]

add("trade-pub-port-volumes",
    "https://www.freightweekly.example/ports/port-of-calder-march-volumes-fall/",
    "Port of Calder container volumes fall 6% as carriers skip calls", ("Greg Tanaka",),
    "2025-04-14", also=("Freight Weekly",), cms="WordPress (Newspack-like trade theme)",
    marked=(
        '<!doctype html><html lang="en-US"><head><meta charset="UTF-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Port of Calder container volumes fall 6% as carriers skip calls | Freight "
        "Weekly</title>"
        + m("og:title", "Port of Calder container volumes fall 6% as carriers skip calls")
        + m("og:type", "article") + m("og:site_name", "Freight Weekly")
        + m("article:published_time", "2025-04-14T20:15:00+00:00")
        + m("article:modified_time", "2025-04-15T13:41:22+00:00")
        + m("article:section", "Ports")
        + m("twitter:label1", "Written by") + m("twitter:data1", "Freight Weekly Staff")
        + ld({"@graph": [{"@type": "Article", "headline": "Port of Calder container volumes "
                          "fall 6% as carriers skip calls",
                          "datePublished": "2025-04-14T20:15:00+00:00",
                          "dateModified": "2025-04-15T13:41:22+00:00",
                          "author": {"@type": "Organization", "name": "Freight Weekly Staff"},
                          "publisher": {"@type": "Organization", "name": "Freight Weekly"}},
                         {"@type": "BreadcrumbList", "itemListElement": [
                             {"@type": "ListItem", "position": 1, "name": "Home"},
                             {"@type": "ListItem", "position": 2, "name": "Ports"}]}]})
        + GPT + "</head>"
        '<body class="post-template-default single single-post single-format-standard">'
        '<div class="top-leaderboard">' + ad("fw-leaderboard") + "</div>"
        '<header id="masthead" class="site-header"><div class="site-branding"><a href="/" '
        'class="custom-logo-link">Freight Weekly</a><p class="site-description">News and '
        "analysis for shippers, carriers and logistics professionals</p></div>"
        '<nav id="site-navigation" class="main-navigation">'
        + menu("Ports", "Trucking", "Rail", "Air Cargo", "Ocean", "Warehousing", "Podcasts",
               "Webinars")
        + '</nav><a class="subscribe" href="/subscribe/">Subscribe</a></header>'
        '<div id="content" class="site-content"><div id="primary" class="content-area"><main '
        'id="main" class="site-main">'
        '<article id="post-90412" class="post-90412 post type-post status-publish category-ports">'
        '<header class="entry-header"><span class="cat-links"><a href="/category/ports/" rel='
        '"category tag">Ports</a></span><h1 class="entry-title">Port of Calder container volumes '
        "fall 6% as carriers skip calls</h1>"
        '<div class="entry-subhead"><div class="entry-meta"><span class="byline">By <span class="'
        'author vcard"><a class="url fn n" href="/author/gtanaka/">Greg Tanaka</a></span></span>'
        ' <span class="sep">|</span> <span class="posted-on"><time class="entry-date published" '
        'datetime="2025-04-14T16:15:00-04:00">April 14, 2025</time><time class="updated" '
        'datetime="2025-04-15T09:41:22-04:00">April 15, 2025</time></span></div>'
        '<div class="share-icons">' + share("sharedaddy") + "</div></div></header>"
        '<figure class="post-thumbnail"><img src="/wp-content/uploads/2025/04/calder.jpg" alt="">'
        '<figcaption>Cranes at the Port of Calder. Photo: Port of Calder</figcaption></figure>'
        '<div class="entry-content">'
        + ps(PORT[:3])
        + '<div class="wp-block-group sponsored-content"><span class="label">Sponsored</span><p>'
        '<a href="https://sponsor.example/tms">Cut your drayage costs with the TMS built for '
        "ports. Book a demo.</a></p></div>"
        + ps(PORT[3:5])
        + '<p class="related-inline"><strong>Related:</strong> <a href="/ocean/blank-sailings-'
        'surge-transpacific/">Blank sailings surge on transpacific as rates slide</a></p>'
        + ps(PORT[5:])
        + '<div class="newsletter-signup wp-block-newspack-newsletters-subscribe"><h3>Get '
        "Freight Weekly's Daily Update</h3><p>The day's freight news in your inbox every "
        'weekday morning.</p><form><input type="email" placeholder="Email"><button>Sign up'
        "</button></form></div>"
        "</div>"
        '<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/port-of-'
        'calder/" rel="tag">Port of Calder</a>, <a href="/tag/blank-sailings/" rel="tag">blank '
        'sailings</a></span></footer>'
        '<div class="author-bio"><div class="author-bio-text"><h2 class="accent-header">Greg '
        'Tanaka</h2><p>Greg Tanaka covers ports and ocean shipping for Freight Weekly. He '
        'previously reported for the Calder Daily Record.</p><a class="author-link" href="/'
        'author/gtanaka/">More by Greg Tanaka</a></div></div></article>'
        '<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em>'
        "</h3>"
        + "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title">'
                  f'<a href="/ports/r{i}/">{t}</a></h4><p class="jp-relatedposts-post-date">'
                  f"{d}</p></div>" for i, (t, d) in enumerate([
                      ("Calder commissioners approve $120 million berth expansion",
                       "March 3, 2025"),
                      ("West Coast ports regain share from East Coast in February",
                       "March 28, 2025")]))
        + "</div></main></div>"
        '<aside id="secondary" class="widget-area">' + ad("fw-sidebar")
        + '<section class="widget"><h2 class="widget-title">Most Popular</h2><ol>'
        + "".join(f'<li><a href="/p/{i}">{t}</a></li>' for i, t in enumerate([
            "Spot rates fall for eighth straight week", "Rail carload volumes up 2% in Q1",
            "FMC opens probe into detention fees"]))
        + "</ol></section></aside></div>"
        '<footer id="colophon" class="site-footer"><div class="site-info">© 2025 Freight Weekly, '
        "a division of Meridian Trade Media. All rights reserved.</div>"
        + menu("About", "Advertise", "Contact", "Privacy", "Terms")
        + "</footer></body></html>"))


# --- 19. WordPress (Astra) DIY how-to: a table of contents, steps, an FAQ, ads between -----------

FAUCET_INTRO = [
    "A dripping kitchen faucet wastes more water than most people think: one drip a second adds "
    "up to about 3,000 gallons a year. The good news is that on most single-handle faucets the "
    "fix is a new cartridge, a $15 part you can swap in about half an hour without calling a "
    "plumber.",
    "I have done this on three faucets in our house now, and the steps below are the ones I "
    "wish I'd had the first time.",
]
FAUCET_TOOLS = ["Replacement cartridge (take the old one to the store to match it)",
                "Adjustable wrench", "Allen key set", "Flat-head screwdriver", "Old towel",
                "Plumber's grease"]
FAUCET_STEPS = [
    "<strong>Shut off the water.</strong> Turn both valves under the sink clockwise until they "
    "stop, then open the faucet to drain the line.",
    "<strong>Plug the drain.</strong> Lay a towel in the sink so small screws can't disappear "
    "down it.",
    "<strong>Remove the handle.</strong> Pry off the decorative cap, loosen the set screw with "
    "an Allen key, and lift the handle off.",
    "<strong>Unscrew the retaining nut</strong> with the adjustable wrench and pull the old "
    "cartridge straight up. Note which way it faced.",
    "<strong>Install the new cartridge</strong> in the same position, with a thin coat of "
    "plumber's grease on the O-rings, and reassemble in reverse order.",
    "<strong>Turn the water back on slowly</strong> and check for drips under the handle and "
    "at the base of the spout.",
]
FAUCET_FAQ = [
    ("How do I know it's the cartridge and not the O-rings?",
     "If water drips from the spout, it's almost always the cartridge. If it leaks around the "
     "base of the spout, the O-rings are the more likely culprit."),
    ("Do I need to replace the whole faucet?",
     "Only if the body is cracked or badly corroded. Most manufacturers sell cartridges for "
     "faucets that are twenty years old or more."),
]

add("wp-astra-diy-faucet",
    "https://www.handyhouse.example/fix-leaking-kitchen-faucet/",
    "How to Fix a Leaking Kitchen Faucet (in About 30 Minutes)", ("Tom Reilly",), "2024-10-03",
    kind="other", cms="WordPress (Astra)", marked=(
        '<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>How to Fix a Leaking Kitchen Faucet (in About 30 Minutes) - HandyHouse</title>"
        '<meta name="robots" content="index, follow">'
        + m("description", "Step-by-step: replace the cartridge of a single-handle kitchen "
            "faucet in about half an hour.")
        + m("og:type", "article")
        + m("og:title", "How to Fix a Leaking Kitchen Faucet (in About 30 Minutes) - HandyHouse")
        + m("og:site_name", "HandyHouse")
        + m("article:published_time", "2024-10-03T08:00:00+00:00")
        + m("article:modified_time", "2025-03-01T14:22:10+00:00")
        + m("author", "Tom Reilly")
        + ld({"@graph": [
            {"@type": "Article", "headline": "How to Fix a Leaking Kitchen Faucet (in About 30 "
             "Minutes)", "datePublished": "2024-10-03T08:00:00+00:00",
             "dateModified": "2025-03-01T14:22:10+00:00",
             "author": {"@type": "Person", "name": "Tom Reilly"}},
            {"@type": "HowTo", "name": "How to fix a leaking kitchen faucet",
             "step": [{"@type": "HowToStep", "text": re.sub(r"<[^>]+>", "", s)}
                      for s in FAUCET_STEPS]},
            {"@type": "FAQPage", "mainEntity": [
                {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer",
                                                                     "text": a}}
                for q, a in FAUCET_FAQ]}]})
        + GPT + '<script async src="https://pagead2.googlesyndication.example/pagead/js/'
        'adsbygoogle.js"></script></head>'
        '<body class="post-template-default single single-post ast-single-post ast-right-'
        'sidebar">'
        '<header class="site-header ast-primary-header-bar"><div class="site-branding ast-site-'
        'identity"><span class="site-title"><a href="/" rel="home">HandyHouse</a></span><p class='
        '"site-description">Real fixes for real homes</p></div><nav class="main-header-bar-'
        'navigation">' + menu("Plumbing", "Electrical", "Kitchen", "Outdoor", "Tools", "About")
        + "</nav></header>"
        '<div id="content" class="site-content"><div class="ast-container"><div id="primary" '
        'class="content-area primary"><nav class="ast-breadcrumbs"><a href="/">Home</a> » <a '
        'href="/plumbing/">Plumbing</a> » How to Fix a Leaking Kitchen Faucet (in About 30 '
        "Minutes)</nav>"
        '<main id="main" class="site-main"><article class="post-2217 post type-post ast-article-'
        'single"><div class="ast-post-format- single-layout-1"><header class="entry-header">'
        '<h1 class="entry-title" itemprop="headline">How to Fix a Leaking Kitchen Faucet (in '
        "About 30 Minutes)</h1>"
        '<div class="entry-meta"><span class="posted-by vcard author"><a class="url fn n" href='
        '"/author/tom/" rel="author"><span class="author-name">Tom Reilly</span></a></span> / '
        '<span class="posted-on"><span class="published">Published: October 3, 2024</span> '
        '<span class="updated">Last updated: March 1, 2025</span></span></div></header>'
        '<div class="entry-content clear" itemprop="text">'
        '<p class="affiliate-disclosure"><em>This post contains affiliate links. If you buy '
        "through them, we may earn a small commission at no extra cost to you.</em></p>"
        + ps(FAUCET_INTRO)
        + '<div id="ez-toc-container" class="ez-toc-v2_0 counter-hierarchy ez-toc-grey"><div '
        'class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p><span '
        'class="ez-toc-title-toggle"><a href="#" class="ez-toc-toggle">Toggle</a></span></div>'
        '<nav><ul class="ez-toc-list"><li><a href="#what-you-need">What you\'ll need</a></li>'
        '<li><a href="#steps">Step by step</a></li><li><a href="#faq">FAQ</a></li></ul></nav>'
        "</div>"
        + T('<h2 id="what-you-need"><span class="ez-toc-section"></span>What you\'ll need</h2>')
        + T(ul(FAUCET_TOOLS))
        + '<div class="code-block code-block-2"><ins class="adsbygoogle" data-ad-client="ca-'
        'pub-000" data-ad-slot="111"></ins><script>(adsbygoogle=window.adsbygoogle||[]).push({'
        "});</script></div>"
        + T('<h2 id="steps"><span class="ez-toc-section"></span>Step by step</h2>')
        + T("<ol>" + "".join(f"<li>{s}</li>" for s in FAUCET_STEPS[:3]) + "</ol>")
        + '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/10/'
        'cartridge.jpg" alt="Removing a faucet cartridge"><figcaption>Pull the cartridge '
        "straight up; a twisting motion can crack the housing.</figcaption></figure>"
        + T('<ol start="4">' + "".join(f"<li>{s}</li>" for s in FAUCET_STEPS[3:]) + "</ol>")
        + '<div class="code-block code-block-3"><ins class="adsbygoogle" data-ad-slot="222">'
        "</ins></div>"
        + T("<p>If it still drips after a new cartridge, the valve seat may be worn. That is a "
            "bigger job, and the point at which I would call a plumber.</p>")
        + '<div class="wp-block-group product-box"><p><strong>Our pick:</strong> <a href="https:'
        '//shop.example/cartridge?tag=handyhouse-20" rel="sponsored nofollow">Universal single-'
        "handle cartridge kit</a> <span class=\"price\">$14.97</span> <a class=\"button\">Check "
        "price</a></p></div>"
        + T('<h2 id="faq"><span class="ez-toc-section"></span>FAQ</h2>')
        + "".join(T(f"<h3>{q}</h3>") + T(f"<p>{a}</p>") for q, a in FAUCET_FAQ)
        + "</div></div></article>"
        '<div class="ast-single-author-box"><div class="ast-author-meta"><div class="about-'
        'author-title-wrapper"><h3 class="about-author">About the author</h3></div><div class='
        '"ast-author-details"><div class="author-title"><a class="url fn n" href="/author/tom/">'
        'Tom Reilly</a></div><div class="post-author-bio">Tom Reilly is a former contractor who '
        "has been fixing old houses in Ohio for 25 years.</div></div></div></div>"
        '<div class="ast-single-related-posts-container"><h2 class="ast-related-posts-title">'
        "Related Posts</h2>"
        + "".join(f'<article class="ast-related-post"><h3 class="ast-related-post-title"><a '
                  f'href="/{s}/">{t}</a></h3></article>' for s, t in [
                      ("unclog-bathroom-sink", "How to Unclog a Bathroom Sink Without Chemicals"),
                      ("replace-toilet-flapper", "Replace a Toilet Flapper in 10 Minutes")])
        + "</div>"
        '<div id="comments" class="comments-area"><h3 class="comments-title">4 thoughts on '
        "“How to Fix a Leaking Kitchen Faucet (in About 30 Minutes)”</h3><ol class=\"ast-"
        'comment-list">'
        + "".join(f'<li class="comment"><article class="ast-comment"><div class="ast-comment-'
                  f'info"><header class="ast-comment-meta"><div class="ast-comment-cite-wrap">'
                  f'<cite><b class="fn">{who}</b></cite></div><div class="ast-comment-time">'
                  f'<time>{when}</time></div></header></div><section class="ast-comment-'
                  f'content comment"><p>{what}</p><a class="comment-reply-link">Reply</a>'
                  "</section></article></li>" for who, when, what in [
                      ("Linda M", "November 2, 2024 at 3:10 pm", "Worked perfectly on our "
                       "Moen. The retaining clip was the tricky part."),
                      ("Tom Reilly", "November 2, 2024 at 5:44 pm", "Glad it worked, Linda! "
                       "Moen uses a clip instead of a nut, good tip."),
                      ("Dev", "January 14, 2025 at 9:01 am", "Do you have a guide for two-"
                       "handle faucets?"),
                      ("Tom Reilly", "January 14, 2025 at 12:30 pm", "Working on one now.")])
        + '</ol><div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Comment'
        '</h3><form class="comment-form"><textarea placeholder="Type here.."></textarea><input '
        'placeholder="Name*"><input placeholder="Email*"><input type="submit" value="Post '
        'Comment »"></form></div></div></main></div>'
        '<div class="widget-area secondary" id="secondary"><div class="sidebar-main">'
        '<aside class="widget"><h2 class="widget-title">Popular Guides</h2>'
        + links([("How to Fix a Running Toilet", "/fix-running-toilet/"),
                 ("Caulking a Bathtub the Right Way", "/caulk-bathtub/"),
                 ("How to Replace an Outlet", "/replace-outlet/")])
        + "</aside>" + ad("sidebar-sticky") + "</div></div></div></div>"
        '<footer class="site-footer"><div class="ast-small-footer"><div class="ast-footer-'
        'copyright"><p>Copyright © 2025 HandyHouse | As an Amazon Associate we earn from '
        "qualifying purchases.</p></div>"
        + menu("About", "Contact", "Privacy Policy", "Disclaimer")
        + "</div></footer></body></html>"))


# --- 20. German regional paper: "Von", "Lesen Sie auch", a consent layer --------------------------

BAD = [
    "Das Hallenbad an der Schillerstraße wird für rund 12 Millionen Euro saniert. Der Stadtrat "
    "hat am Montagabend mit 31 zu 8 Stimmen beschlossen, das 1974 eröffnete Bad zu erhalten, "
    "statt es abzureißen und am Stadtrand neu zu bauen.",
    "Ein Gutachten hatte im vergangenen Jahr erhebliche Mängel an der Lüftung, den Becken und "
    "dem Dach festgestellt. Ein Neubau hätte nach Schätzung der Verwaltung etwa 21 Millionen "
    "Euro gekostet. Das Land beteiligt sich an der Sanierung mit 4,5 Millionen Euro aus dem "
    "Förderprogramm für kommunale Sportstätten.",
    "„Das Bad gehört in die Innenstadt, dort, wo die Schulen sind“, sagte Oberbürgermeisterin "
    "Katrin Vogel (SPD). Drei Grundschulen und das Gymnasium nutzen das Becken für den "
    "Schwimmunterricht.",
    "Die Fraktion der Freien Wähler stimmte gegen die Sanierung. Ihr Sprecher Thomas Keller "
    "nannte die Kosten „ein Fass ohne Boden“ und verwies auf steigende Baupreise. Er hätte "
    "einen Neubau mit einem privaten Betreiber bevorzugt.",
    "Die Arbeiten sollen im Herbst beginnen und rund zwei Jahre dauern. In dieser Zeit bleibt "
    "das Bad geschlossen. Die Stadt verhandelt nach eigenen Angaben mit der Nachbargemeinde "
    "Bergheim, damit Schulklassen und Vereine deren Hallenbad nutzen können.",
    "Der Schwimmverein SV Rheintal begrüßte den Beschluss. Vorsitzender Jürgen Maas sagte, die "
    "zwei Jahre ohne eigenes Becken seien „hart, aber machbar“.",
]

add("de-regional-hallenbad",
    "https://www.rheintal-zeitung.example/lokales/stadtrat-beschliesst-sanierung-des-hallenbads-"
    "art-1184522",
    "Stadtrat beschließt Sanierung des Hallenbads für 12 Millionen Euro", ("Anna Schmid",),
    "2025-05-12", lang="de", cms="German regional publisher's own", marked=(
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
        "<title>Rheintal: Stadtrat beschließt Sanierung des Hallenbads für 12 Millionen Euro | "
        "Rheintal Zeitung</title>"
        + m("description", "Das Hallenbad an der Schillerstraße wird für rund 12 Millionen Euro "
            "saniert.")
        + m("og:title", "Stadtrat beschließt Sanierung des Hallenbads für 12 Millionen Euro")
        + m("og:type", "article") + m("og:site_name", "Rheintal Zeitung")
        + m("og:locale", "de_DE") + m("author", "Anna Schmid")
        + m("date", "2025-05-12T18:40:00+02:00")
        + m("last-modified", "2025-05-12T21:05:00+02:00")
        + ld({"@type": "NewsArticle", "headline": "Stadtrat beschließt Sanierung des Hallenbads "
              "für 12 Millionen Euro", "datePublished": "2025-05-12T16:40:00+00:00",
              "dateModified": "2025-05-12T19:05:00+00:00", "isAccessibleForFree": "True",
              "author": [{"@type": "Person", "name": "Anna Schmid"}],
              "publisher": {"@type": "Organization", "name": "Rheintal Zeitung"}})
        + "<script>window._sp_queue=[];window._sp_={config:{accountId:1234}};</script>"
        + "</head><body class=\"article-page\">"
        '<div id="sp_message_container_99" class="sp-message-open"><div class="message-'
        'container"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu '
        "personalisieren und Anzeigen zu messen. Mit „Alle akzeptieren“ stimmen Sie zu. Ihre "
        'Einwilligung können Sie jederzeit widerrufen.</p><button title="Alle akzeptieren">Alle '
        'akzeptieren</button><button title="Einstellungen">Einstellungen</button></div></div>'
        '<header class="page-header"><a href="/" class="logo">Rheintal Zeitung</a>'
        '<nav class="nav-main">' + menu("Lokales", "Region", "Politik", "Wirtschaft", "Sport",
                                        "Kultur", "Ratgeber")
        + '</nav><a class="abo" href="/abo/">Abo</a><a href="/login/">Anmelden</a></header>'
        '<nav class="breadcrumb"><ol><li><a href="/">Startseite</a></li><li><a href="/lokales/">'
        "Lokales</a></li><li>Rheintal</li></ol></nav>"
        '<main><article class="article" itemscope itemtype="https://schema.org/NewsArticle">'
        '<header class="article-header"><span class="article-kicker">Rheintal</span><h1 class='
        '"article-title" itemprop="headline">Stadtrat beschließt Sanierung des Hallenbads für '
        "12 Millionen Euro</h1>"
        '<p class="article-teaser"><strong>Das Bad an der Schillerstraße bleibt. Der Neubau am '
        "Stadtrand ist vom Tisch – die Freien Wähler sprechen von einem „Fass ohne Boden“."
        "</strong></p>"
        '<div class="article-meta"><span class="author">Von <a href="/autoren/anna-schmid/">'
        'Anna Schmid</a></span><time datetime="2025-05-12T18:40:00+02:00" class="article-date">'
        "12.05.2025, 18:40 Uhr</time><span class=\"reading-time\">3 Min. Lesezeit</span></div>"
        "</header>"
        '<figure class="article-image"><img src="/img/hallenbad.jpg" alt="Hallenbad"><figcaption>'
        "Das Hallenbad an der Schillerstraße wurde 1974 eröffnet. <span class=\"copyright\">"
        "Foto: Michael Braun</span></figcaption></figure>"
        '<div class="article-body" itemprop="articleBody">'
        + ps(BAD[:2])
        + '<div class="ad-container"><span>Anzeige</span><div id="ad-content-1"></div></div>'
        + ps(BAD[2:4])
        + '<p class="read-also"><strong>Lesen Sie auch:</strong> <a href="/lokales/freibad-'
        'saison-beginnt-art-1183301">Freibadsaison beginnt am 17. Mai – das ändert sich bei den '
        "Preisen</a></p>"
        + ps(BAD[4:])
        + "</div>"
        '<div class="article-footer"><div class="share"><span>Artikel teilen:</span><a href="#">'
        'Facebook</a><a href="#">WhatsApp</a><a href="#">E-Mail</a></div><p class="comments-'
        'closed">Die Kommentarfunktion ist für diesen Artikel geschlossen.</p></div></article>'
        '<section class="teaser-list"><h2>Mehr aus Lokales</h2>'
        + "".join(f'<article class="teaser"><a href="/lokales/t{i}"><span class="kicker">{k}'
                  f'</span><h3>{t}</h3></a><time>{d}</time></article>' for i, (k, t, d) in
                  enumerate([("Verkehr", "Baustelle auf der B9: Sperrung ab Mittwoch",
                              "12.05.2025"),
                             ("Schule", "Gymnasium bekommt neue Mensa", "11.05.2025"),
                             ("Polizei", "Unfall auf der Rheinbrücke: Zwei Verletzte",
                              "11.05.2025")]))
        + "</section></main>"
        '<footer class="page-footer">' + menu("Impressum", "Datenschutz", "AGB", "Kontakt",
                                              "Mediadaten", "Cookie-Einstellungen")
        + "<p>© Rheintal Zeitung 2025</p></footer></body></html>"))


# --- 21. French national paper: "Par", "Lire aussi", a paywall notice after the story ----------

CAMPING = [
    "La commune de Saint-Aubin-sur-Mer va déplacer son camping municipal de 200 mètres vers "
    "l'intérieur des terres d'ici à 2027. Le conseil municipal a voté mardi soir ce projet, "
    "estimé à 3,8 millions d'euros, pour mettre les 140 emplacements à l'abri du recul de la "
    "falaise.",
    "Depuis 2010, le trait de côte a reculé de près de 15 mètres à cet endroit, selon les "
    "relevés de l'Observatoire régional du littoral. Lors des tempêtes de l'hiver 2024, un "
    "pan de falaise s'est effondré à moins de 30 mètres des premiers bungalows.",
    "« Nous ne pouvions plus attendre le prochain effondrement en croisant les doigts », a "
    "expliqué le maire, Jean-Luc Marchand, à l'issue du vote. « Le camping fait vivre une "
    "partie du village l'été. Le déplacer, c'est le sauver. »",
    "Le nouveau terrain, une ancienne prairie communale, accueillera les emplacements, un bloc "
    "sanitaire et l'accueil. L'État et la région financeront près de 60 % des travaux au titre "
    "du fonds d'adaptation au recul du trait de côte.",
    "Une partie de l'opposition municipale a voté contre, jugeant le coût trop élevé pour une "
    "commune de 2 100 habitants. « On déplace le problème de 200 mètres, pas de cinquante ans », "
    "a estimé la conseillère Sophie Leroux.",
    "L'ancien site sera rendu à la nature. Les dunes et la végétation doivent y être "
    "restaurées, et un sentier pédagogique sur l'érosion est prévu.",
]

add("fr-national-camping-erosion",
    "https://www.journal-littoral.example/planete/article/2025/02/04/erosion-saint-aubin-va-"
    "deplacer-son-camping_6534211_3244.html",
    "Erosion : la commune de Saint-Aubin-sur-Mer va déplacer son camping de 200 mètres",
    ("Claire Dumas",), "2025-02-04", lang="fr", cms="French national paper's own", marked=(
        '<!DOCTYPE html><html lang="fr"><head><meta charset="UTF-8">'
        "<title>Erosion : la commune de Saint-Aubin-sur-Mer va déplacer son camping de 200 "
        "mètres</title>"
        + m("description", "Le conseil municipal a voté un projet de 3,8 millions d’euros pour "
            "mettre les 140 emplacements à l’abri du recul de la falaise.")
        + m("og:title", "Erosion : la commune de Saint-Aubin-sur-Mer va déplacer son camping de "
            "200 mètres")
        + m("og:type", "article") + m("og:site_name", "Le Journal du Littoral")
        + m("og:locale", "fr_FR")
        + m("article:published_time", "2025-02-04T17:02:11+00:00")
        + m("article:modified_time", "2025-02-05T07:15:40+00:00")
        + m("article:section", "Planète")
        + ld({"@type": "NewsArticle", "headline": "Erosion : la commune de Saint-Aubin-sur-Mer "
              "va déplacer son camping de 200 mètres", "datePublished": "2025-02-04T18:02:11+01:00",
              "dateModified": "2025-02-05T08:15:40+01:00",
              "author": [{"@type": "Person", "name": "Claire Dumas",
                          "url": "https://www.journal-littoral.example/signataires/claire-dumas/"}],
              "publisher": {"@type": "Organization", "name": "Le Journal du Littoral"},
              "isAccessibleForFree": False})
        + GTM + "</head><body class=\"article-page\">"
        + onetrust("Avec votre accord, nous et nos partenaires utilisons des cookies ou "
                   "technologies similaires pour stocker et accéder à des informations "
                   "personnelles.")
        + '<header class="header"><a href="/" class="logo">Le Journal du Littoral</a><nav>'
        + menu("International", "Politique", "Société", "Planète", "Économie", "Culture",
               "Sport")
        + '</nav><a class="btn-abo" href="/abonnement/">S’abonner</a><a href="/connexion/">Se '
        "connecter</a></header>"
        '<main class="article article--content"><section class="article__header"><ul class="'
        'breadcrumb"><li><a href="/planete/">Planète</a></li><li><a href="/littoral/">Littoral'
        "</a></li></ul>"
        '<h1 class="article__title">Erosion : la commune de Saint-Aubin-sur-Mer va déplacer son '
        "camping de 200 mètres</h1>"
        '<p class="article__desc">Le conseil municipal a voté un projet de 3,8 millions d’euros '
        "pour mettre les 140 emplacements à l’abri du recul de la falaise.</p>"
        '<span class="meta__date meta__date--header">Publié le 04 février 2025 à 18h02, modifié '
        "le 05 février 2025 à 08h15</span>"
        '<span class="meta__reading-time">Temps de Lecture 3 min.</span>'
        '<div class="meta__social"><button>Partager</button><button>Offrir cet article</button>'
        "<button>Ajouter à vos sélections</button></div></section>"
        '<section class="article__wrapper"><article class="article__content">'
        '<figure class="article__media"><img src="/img/falaise.jpg" alt=""><figcaption class="'
        'article__legend">Le camping municipal de Saint-Aubin-sur-Mer, le 3 février. '
        '<span class="article__credit">CHARLOTTE BLANC / LE JOURNAL DU LITTORAL</span>'
        "</figcaption></figure>"
        '<span class="author"><span class="article__author">Par <a class="article__author-link"'
        ' href="/signataires/claire-dumas/">Claire Dumas</a> (Saint-Aubin-sur-Mer, envoyée '
        "spéciale)</span></span>"
        + ps(CAMPING[:2], ' class="article__paragraph"')
        + '<section class="catcher catcher--inline"><span class="catcher__title">Lire aussi |'
        '</span><a class="js-article-read-also" href="/planete/article/2024/11/20/le-recul-du-'
        'trait-de-cote-menace-50-000-logements_6421_3244.html">Le recul du trait de côte menace '
        "50 000 logements d’ici à 2100</a></section>"
        + ps(CAMPING[2:4], ' class="article__paragraph"')
        + '<div class="dfp-slot dfp__inread"><span>Publicité</span></div>'
        + ps(CAMPING[4:], ' class="article__paragraph"')
        + '<section class="author__signature"><span class="author__name">Claire Dumas '
        "(Saint-Aubin-sur-Mer, envoyée spéciale)</span></section>"
        '<section class="article__reactions"><a href="#">Réagir</a><span>Ajouter à vos '
        "sélections</span></section>"
        '<section class="paywall-banner"><p>Cet article vous est offert. Pour lire tous nos '
        'articles, abonnez-vous dès 1 € le premier mois.</p><a href="/abonnement/">S’abonner'
        "</a></section></article>"
        '<aside class="aside__iso"><section class="aside__most-read"><h3>Les plus lus</h3><ol>'
        + "".join(f'<li><a href="/mr/{i}">{t}</a></li>' for i, t in enumerate([
            "Tempête Herminia : trois départements en vigilance orange",
            "Réforme des retraites : ce qui change au 1er mars",
            "Le prix du gazole repasse sous 1,70 euro"]))
        + "</ol></section></aside></section>"
        '<section class="services"><h2>Services</h2>'
        + links([("Cours d’anglais", "/services/anglais"), ("Mots croisés", "/jeux/")])
        + "</section></main>"
        '<footer class="footer">' + menu("Mentions légales", "Charte du groupe",
                                         "Politique de confidentialité", "Gestion des cookies",
                                         "Contact")
        + "<p>Le Journal du Littoral – Tous droits réservés</p></footer></body></html>"))


# --- 22. Spanish, Arc XP in Latin America: "Por", an embedded post, UTC in the metadata -----------

BUSES = [
    "La Alcaldía de Valle Alto puso en marcha este miércoles la primera línea de buses "
    "eléctricos de la ciudad, con 40 unidades que cubrirán la ruta entre la terminal del norte "
    "y el centro histórico, un recorrido de 18 kilómetros.",
    "Los vehículos, fabricados en China y ensamblados en parte en el país, tienen capacidad para "
    "80 pasajeros y una autonomía de 250 kilómetros por carga. La inversión total, que incluye "
    "un patio de recarga en el barrio San Isidro, fue de 92.000 millones de pesos.",
    "“Es el comienzo del cambio de toda la flota”, dijo el alcalde, Andrés Quintero, durante el "
    "acto de inauguración. La administración espera que en 2028 la mitad de los buses del "
    "sistema sean eléctricos.",
    "El alcalde también anunció el inicio de la operación en sus redes sociales:",
    '<T><blockquote class="twitter-tweet"><p lang="es" dir="ltr">Desde hoy, 40 buses eléctricos '
    "recorren Valle Alto. Menos ruido, menos humo y el mismo pasaje. ¡Bienvenidos a bordo! "
    "</p></T>&mdash; Andrés Quintero (@AndresQuinteroVA) <a href=\"https://twitter.example/x/"
    "status/1\">March 12, 2025</a></blockquote>",
    "La tarifa se mantendrá en 2.950 pesos, la misma del resto del sistema. Durante la primera "
    "semana, los usuarios podrán viajar gratis en la nueva línea entre las 10 de la mañana y "
    "las 4 de la tarde.",
    "Usuarios consultados por este diario valoraron la reducción del ruido, aunque algunos "
    "señalaron que la frecuencia, de un bus cada ocho minutos en hora pico, sigue siendo "
    "insuficiente.",
    "La Secretaría de Movilidad indicó que una segunda línea, hacia el sur de la ciudad, "
    "entrará en funcionamiento en el segundo semestre del año.",
]

add("es-arc-buses-electricos",
    "https://www.diariodelvalle.example/valle-alto/2025/03/12/la-ciudad-inaugura-la-primera-"
    "linea-de-buses-electricos/",
    "Valle Alto inaugura la primera línea de buses eléctricos con 40 unidades",
    ("María Fernanda Ríos",), "2025-03-12", lang="es", cms="Arc XP (Latin America)", marked=(
        '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">'
        "<title>Valle Alto inaugura la primera línea de buses eléctricos con 40 unidades - "
        "Diario del Valle</title>"
        + m("description", "La ruta conecta la terminal del norte con el centro histórico.")
        + m("og:title", "Valle Alto inaugura la primera línea de buses eléctricos con 40 "
            "unidades")
        + m("og:type", "article") + m("og:site_name", "Diario del Valle")
        + m("og:locale", "es_CO")
        + m("article:published_time", "2025-03-13T01:30:00Z")
        + m("article:modified_time", "2025-03-13T02:10:41Z")
        + m("article:author", "María Fernanda Ríos")
        + ld({"@type": "NewsArticle", "headline": "Valle Alto inaugura la primera línea de "
              "buses eléctricos con 40 unidades", "datePublished": "2025-03-13T01:30:00Z",
              "dateModified": "2025-03-13T02:10:41Z",
              "author": {"@type": "Person", "name": "María Fernanda Ríos"},
              "publisher": {"@type": "Organization", "name": "Diario del Valle"}})
        + "<script>Fusion.globalContent={\"_id\":\"QX2\",\"display_date\":\"2025-03-13T01:30:"
        "00Z\"};</script>" + GPT + "</head><body>"
        '<div id="fusion-app"><header class="header-layout"><a class="logo" href="/">Diario del '
        'Valle</a><nav class="nav-sections">' + menu("Valle Alto", "Colombia", "Mundo",
                                                     "Economía", "Deportes", "Entretenimiento")
        + '</nav><a class="btn-suscribete" href="/suscripciones/">Suscríbete</a></header>'
        + ad("top-970x90", "Publicidad")
        + '<main><article class="article-container"><div class="breadcrumbs"><a href="/valle-'
        'alto/">Valle Alto</a></div>'
        '<h1 class="c-heading article-headline">Valle Alto inaugura la primera línea de buses '
        "eléctricos con 40 unidades</h1>"
        '<h2 class="c-paragraph article-subheadline">La ruta conecta la terminal del norte con '
        "el centro histórico. La tarifa no cambia.</h2>"
        '<div class="article-byline"><div class="byline-author"><span>Por</span> <a href="/'
        'autor/maria-fernanda-rios/">María Fernanda Ríos</a></div><div class="article-dates">'
        '<time datetime="2025-03-13T01:30:00Z">12 de marzo de 2025 - 08:30 p. m.</time></div>'
        "</div>"
        '<div class="share-bar">' + share("sharebar") + "</div>"
        '<figure class="lead-art"><img src="/resizer/buses.jpg" alt=""><figcaption>Los nuevos '
        "buses en el patio de recarga de San Isidro. Foto: Alcaldía de Valle Alto</figcaption>"
        "</figure>"
        '<div class="article-body">'
        + "".join(x if x.startswith("<T>") else T(f'<p class="c-paragraph">{x}</p>')
                  for x in BUSES[:4])
        + ad("inline-300x250", "Publicidad")
        + "".join(x if x.startswith("<T>") else T(f'<p class="c-paragraph">{x}</p>')
                  for x in BUSES[4:6])
        + '<div class="related-inline"><span>Le puede interesar:</span> <a href="/valle-alto/'
        '2025/02/20/metro-ligero-licitacion/">Abren licitación del metro ligero: estas son las '
        "condiciones</a></div>"
        + "".join(x if x.startswith("<T>") else T(f'<p class="c-paragraph">{x}</p>')
                  for x in BUSES[6:])
        + '</div><div class="google-news-cta"><a href="https://news.google.example/publications/'
        'dv">Siga a Diario del Valle en Google News</a></div>'
        '<div class="tags"><span>Temas relacionados:</span>'
        + links([("Movilidad", "/temas/movilidad"), ("Buses eléctricos", "/temas/buses-"
                                                      "electricos")])
        + "</div></article>"
        '<section class="more-news"><h2>Más noticias</h2>'
        + "".join(f'<div class="story-card"><a href="/n/{i}"><h3>{t}</h3></a></div>'
                  for i, t in enumerate(["Pico y placa en Valle Alto: así rige este jueves",
                                         "Alerta por lluvias en la cuenca del río Claro",
                                         "Festival de teatro anuncia su programación"]))
        + '</section></main><footer class="footer"><p>Diario del Valle © 2025. Todos los '
        "derechos reservados.</p>" + menu("Términos y condiciones", "Política de privacidad",
                                          "Contacto", "Pauta con nosotros")
        + '</footer></div><script async src="https://platform.twitter.example/widgets.js">'
        "</script></body></html>"))


# --- 23. Italian local news on WordPress (Jannah): "di", "Leggi anche", a Facebook comments box --

STRADA = [
    "Da lunedì 14 aprile la strada provinciale 12 tra Castelnuovo e Roccabianca resterà chiusa "
    "al traffico per tre settimane. La Provincia deve rifare il ponte sul torrente Arda, dove "
    "a febbraio un'ispezione aveva trovato crepe nelle travi di sostegno.",
    "I lavori, del valore di 620 mila euro, prevedono la sostituzione dell'impalcato e il "
    "rifacimento dell'asfalto per circa 400 metri. La riapertura è prevista per il 5 maggio, "
    "meteo permettendo.",
    "Durante la chiusura il traffico sarà deviato sulla provinciale 31 passando per San Pietro, "
    "con un allungamento del percorso di circa sette chilometri. I mezzi pesanti oltre le 7,5 "
    "tonnellate dovranno invece utilizzare la statale 9.",
    "«Sappiamo che è un disagio, soprattutto per chi va al lavoro a Piacenza ogni mattina», ha "
    "detto il consigliere provinciale delegato alla viabilità, Luca Ferrari. «Ma non potevamo "
    "rimandare: la sicurezza del ponte viene prima di tutto».",
    "Il sindaco di Castelnuovo, Elena Galli, ha chiesto alla Provincia di garantire il "
    "passaggio dei mezzi di soccorso. La Provincia ha assicurato che ambulanze e vigili del "
    "fuoco potranno attraversare il cantiere su una corsia provvisoria.",
    "Anche le corse degli autobus della linea 27 subiranno modifiche: le fermate di via Roma e "
    "di località Molino saranno sospese e sostituite da una fermata provvisoria in piazza "
    "della Chiesa.",
]

add("it-wp-jannah-strada-chiusa",
    "https://www.gazzettadellavalle.example/2025/04/10/lavori-provinciale-12-strada-chiusa-tre-"
    "settimane/",
    "Lavori sulla provinciale 12, strada chiusa per tre settimane", ("Marco Bellini",),
    "2025-04-10", lang="it", cms="WordPress (Jannah)", marked=(
        '<!DOCTYPE html><html lang="it-IT" class="" data-skin="light"><head>'
        '<meta charset="UTF-8">'
        "<title>Lavori sulla provinciale 12, strada chiusa per tre settimane - Gazzetta della "
        "Valle</title>"
        '<meta name="robots" content="index, follow, max-image-preview:large">'
        + m("og:locale", "it_IT") + m("og:type", "article")
        + m("og:title", "Lavori sulla provinciale 12, strada chiusa per tre settimane - "
            "Gazzetta della Valle")
        + m("og:site_name", "Gazzetta della Valle")
        + m("article:publisher", "https://www.facebook.example/gazzettadellavalle")
        + m("article:published_time", "2025-04-10T07:15:33+00:00")
        + m("author", "Marco Bellini")
        + ld({"@graph": [{"@type": "NewsArticle", "headline": "Lavori sulla provinciale 12, "
                          "strada chiusa per tre settimane",
                          "datePublished": "2025-04-10T09:15:33+02:00",
                          "dateModified": "2025-04-10T09:15:33+02:00",
                          "author": {"name": "Marco Bellini", "@type": "Person"},
                          "articleSection": ["Cronaca", "Castelnuovo"], "inLanguage": "it-IT"},
                         {"@type": "WebSite", "name": "Gazzetta della Valle"}]})
        + "</head>"
        '<body id="tie-body" class="post-template-default single single-post wrapper-has-shadow '
        'block-head-1 magazine1 is-thumb-overlay-disabled is-desktop post-layout-1">'
        '<div class="background-overlay"><div id="tie-container" class="site tie-container">'
        '<div id="tie-wrapper"><header id="theme-header" class="theme-header header-layout-3">'
        '<nav id="top-nav" class="top-nav header-nav"><div class="topbar-today-date">'
        "Giovedì, 10 Aprile 2025</div>"
        + menu("Chi siamo", "Contatti", "Pubblicità")
        + '</nav><div class="container header-container"><div class="logo-wrapper"><a href="/">'
        'Gazzetta della Valle</a></div></div><nav id="main-nav" class="main-nav">'
        + menu("Cronaca", "Politica", "Economia", "Sport", "Cultura", "Eventi", "Necrologi")
        + "</nav></header>"
        '<div id="breaking-news" class="breaking"><span class="breaking-title">Ultim\'ora'
        '</span><ul class="breaking-news"><li><a href="/b1">Incendio in un capannone a '
        'Fiorenzuola, nessun ferito</a></li></ul></div>'
        '<div id="content" class="site-content container"><div class="tie-row main-content-row">'
        '<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">'
        '<article id="the-post" class="container-wrapper post-content tie-standard">'
        '<header class="entry-header-outer"><nav id="breadcrumb"><a href="/">Home</a><em class="'
        'delimiter">/</em><a href="/category/cronaca/">Cronaca</a><em class="delimiter">/</em>'
        "<span class=\"current\">Lavori sulla provinciale 12, strada chiusa per tre settimane"
        '</span></nav><div class="entry-header"><span class="post-cat-wrap"><a class="post-cat '
        'tie-cat-3" href="/category/cronaca/">Cronaca</a></span>'
        '<h1 class="post-title entry-title">Lavori sulla provinciale 12, strada chiusa per tre '
        "settimane</h1>"
        '<div class="single-post-meta post-meta clearfix"><span class="author-meta single-'
        'author with-avatars"><span class="meta-item meta-author-wrapper meta-author-7"><span '
        'class="meta-author-avatar"><img src="/a7.jpg" alt="Foto di Marco Bellini"></span><span '
        'class="meta-author">di <a href="/author/mbellini/" class="author-name tie-icon" title='
        '"Marco Bellini">Marco Bellini</a></span></span></span><span class="date meta-item tie-'
        'icon">10 Aprile 2025</span><div class="tie-alignright"><span class="meta-comment tie-'
        'icon meta-item fa-before">0</span><span class="meta-views meta-item">412</span><span '
        'class="meta-reading-time meta-item">2 minuti di lettura</span></div></div></div>'
        "</header>"
        '<div id="share-buttons-top" class="share-buttons share-buttons-top">'
        '<a href="#" class="facebook-share-btn">Facebook</a><a href="#" class="twitter-share-'
        'btn">X</a><a href="#" class="whatsapp-share-btn">WhatsApp</a><a href="#" class="'
        'telegram-share-btn">Telegram</a></div>'
        '<div class="featured-area"><figure class="single-featured-image"><img src="/wp-content/'
        'uploads/2025/04/ponte-arda.jpg" alt=""><figcaption class="single-caption-text">Il '
        "ponte sul torrente Arda lungo la provinciale 12</figcaption></figure></div>"
        '<div class="entry-content entry clearfix">'
        + ps(STRADA[:3])
        + '<div class="stream-item stream-item-in-post stream-item-inline-post"><span class="'
        'stream-title">Pubblicità</span></div>'
        + '<div class="read-also"><strong>Leggi anche</strong> <a href="/2025/02/18/crepe-ponte-'
        'arda-ispezione/">Crepe nel ponte sull\'Arda, la Provincia avvia i controlli</a></div>'
        + ps(STRADA[3:])
        + "</div>"
        '<div id="post-extra-info"><div class="theiaStickySidebar"></div></div>'
        '<div class="post-bottom-meta post-bottom-tags"><span class="tagcloud"><a href="/tag/'
        'viabilita/" rel="tag">viabilità</a><a href="/tag/castelnuovo/" rel="tag">Castelnuovo'
        "</a></span></div>"
        '<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><span class="'
        'share-title">Condividi</span><a href="#">Facebook</a><a href="#">WhatsApp</a></div>'
        "</article>"
        '<div class="post-components"><div class="about-author container-wrapper about-author-'
        '7"><div class="author-info"><h3 class="author-name"><a href="/author/mbellini/">Marco '
        'Bellini</a></h3><div class="author-bio">Giornalista, segue la cronaca della bassa '
        "valle.</div></div></div>"
        '<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-'
        'title the-global-title"><h3>Articoli correlati</h3></div><div class="related-posts-'
        'list">'
        + "".join(f'<div class="related-item"><h3 class="post-title"><a href="/r{i}/">{t}</a>'
                  f'</h3><div class="post-meta"><span class="date">{d}</span></div></div>'
                  for i, (t, d) in enumerate([
                      ("Crepe nel ponte sull'Arda, la Provincia avvia i controlli",
                       "18 Febbraio 2025"),
                      ("Asfaltature estive, ecco le strade interessate", "2 Aprile 2025")]))
        + "</div></div>"
        '<div id="comments" class="comments-area"><div class="fb-comments" data-href="https://'
        'www.gazzettadellavalle.example/2025/04/10/lavori-provinciale-12-strada-chiusa-tre-'
        'settimane/" data-numposts="5"></div></div></div></div>'
        '<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky">'
        '<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="'
        'widget-title the-global-title"><div class="the-subtitle">Più letti</div></div><ul '
        'class="posts-list-items">'
        + "".join(f'<li class="widget-single-post-item"><h3 class="post-title"><a href="/p{i}/">'
                  f"{t}</a></h3></li>" for i, t in enumerate([
                      "Fiera di primavera, il programma completo",
                      "Nuovo parcheggio in centro: quando apre",
                      "Calcio, la Castelnuovese vince il derby"]))
        + "</ul></div></aside></div></div>"
        '<footer id="footer" class="site-footer"><div id="site-info" class="site-info"><div '
        'class="copyright-text">© Copyright 2025, Gazzetta della Valle – Testata registrata '
        "presso il Tribunale di Piacenza n. 12/2009 – P.IVA 01234560331</div>"
        + menu("Privacy Policy", "Cookie Policy", "Redazione")
        + "</div></footer></div></div></div></body></html>"))


# --- 24. Brazilian portal: "Por X, city", day first, UTC in the metadata at night --------------

CHUVA = [
    "Uma chuva forte que durou cerca de três horas na noite desta quinta-feira (23) alagou "
    "ruas, derrubou árvores e deixou pelo menos 300 pessoas desalojadas em Vale Verde, no "
    "interior de São Paulo, segundo a Defesa Civil do município.",
    "Segundo o Centro de Gerenciamento de Emergências, choveu 98 milímetros entre 18h e 21h, "
    "quase metade do esperado para todo o mês de janeiro. O córrego Santa Rita transbordou e "
    "atingiu casas nos bairros Jardim das Flores e Vila Nova.",
    "Não houve registro de mortos ou feridos até a última atualização desta reportagem. As "
    "famílias desalojadas foram levadas para duas escolas municipais e para o ginásio de "
    "esportes, onde recebem colchões, alimentos e kits de higiene.",
    "\"A água subiu muito rápido. Em meia hora já estava no joelho dentro de casa\", contou a "
    "costureira Maria Aparecida dos Santos, de 54 anos, moradora do Jardim das Flores.",
    "A prefeitura decretou situação de emergência e pediu que moradores de áreas de risco "
    "fiquem atentos aos alertas enviados por SMS. Doações de roupas e água podem ser entregues "
    "no ginásio municipal.",
    "A previsão do tempo indica que a chuva deve continuar nos próximos dias, com possibilidade "
    "de temporais no fim da tarde, de acordo com o Instituto Nacional de Meteorologia.",
]

add("pt-br-portal-chuva",
    "https://folhadointerior.example/sp/vale-verde/noticia/2025/01/23/chuva-forte-alaga-ruas-e-"
    "deixa-300-desalojados-em-vale-verde.ghtml",
    "Chuva forte alaga ruas e deixa 300 desalojados em Vale Verde", ("Rafael Souza",),
    "2025-01-23", also=("Folha do Interior",), lang="pt", cms="Brazilian portal's own",
    marked=(
        '<!DOCTYPE html><html lang="pt-br"><head><meta charset="utf-8">'
        "<title>Chuva forte alaga ruas e deixa 300 desalojados em Vale Verde | Vale Verde e "
        "Região | Folha do Interior</title>"
        + m("description", "Defesa Civil diz que choveu 98 milímetros em três horas.")
        + m("og:title", "Chuva forte alaga ruas e deixa 300 desalojados em Vale Verde")
        + m("og:type", "article") + m("og:site_name", "Folha do Interior")
        + m("og:locale", "pt_BR")
        + m("article:published_time", "2025-01-24T00:47:12.391Z")
        + m("article:modified_time", "2025-01-24T02:10:05.005Z")
        + ld({"@type": "NewsArticle", "headline": "Chuva forte alaga ruas e deixa 300 "
              "desalojados em Vale Verde", "datePublished": "2025-01-24T00:47:12.391Z",
              "dateModified": "2025-01-24T02:10:05.005Z",
              "author": [{"@type": "Person", "name": "Rafael Souza"}],
              "publisher": {"@type": "Organization", "name": "Folha do Interior"}})
        + "</head><body>"
        '<div id="cookie-banner" class="cookie-banner"><p>Utilizamos cookies essenciais e '
        "tecnologias semelhantes de acordo com a nossa Política de Privacidade e, ao continuar "
        'navegando, você concorda com estas condições.</p><button>Prosseguir</button></div>'
        '<header id="header-produto" class="header-produto"><div class="header-title"><a href="/'
        'sp/vale-verde/">Vale Verde e Região</a></div><nav class="menu-rodape">'
        + menu("Notícias", "Esportes", "Entretenimento", "Previsão do tempo", "Vídeos",
               prefix="/sp/vale-verde/")
        + "</nav></header>"
        '<main class="mc-body"><div class="mc-article-header"><div class="title"><h1 class="'
        'content-head__title" itemprop="headline">Chuva forte alaga ruas e deixa 300 desalojados '
        "em Vale Verde</h1></div>"
        '<div class="medium-centered subtitle"><h2 class="content-head__subtitle" itemprop="'
        'alternativeHeadline">Defesa Civil diz que choveu 98 milímetros em três horas. Famílias '
        "foram levadas para escolas e ginásio.</h2></div>"
        '<div class="content-publication-data"><p class="content-publication-data__from" title='
        '"Por Rafael Souza, Vale Verde">Por Rafael Souza, Vale Verde</p><p class="content-'
        'publication-data__updated"><time itemprop="datePublished" datetime="2025-01-24T00:47:'
        '12.391Z">23/01/2025 21h47</time> · Atualizado há 2 horas</p></div>'
        '<div class="content-share"><a class="share-whatsapp" href="#">WhatsApp</a><a class="'
        'share-facebook" href="#">Facebook</a><a class="share-twitter" href="#">Twitter</a>'
        "</div></div>"
        '<article itemprop="articleBody" class="mc-article-body">'
        '<div class="mc-column content-media-container"><div class="content-media"><figure '
        'class="content-media-figure"><img src="/img/chuva.jpg" alt=""><figcaption class="'
        'content-media__description"><span>Rua alagada no bairro Jardim das Flores, em Vale '
        "Verde — Foto: Rafael Souza/Folha do Interior</span></figcaption></figure></div></div>"
        + "".join(T(f'<div class="mc-column content-text active-extra-styles"><p class="content-'
                    f'text__container" data-track-category="Link no Texto">{x}</p></div>')
                  for x in CHUVA[:3])
        + '<div class="mc-column content-intertitle"><div class="content-intertitle"><span>'
        '📲 Participe do canal da Folha do Interior no WhatsApp</span></div></div>'
        + "".join(T(f'<div class="mc-column content-text active-extra-styles"><p class="content-'
                    f'text__container">{x}</p></div>') for x in CHUVA[3:5])
        + '<div class="mc-column content-unordered-list"><ul><li><a href="/sp/vale-verde/noticia'
        '/2025/01/10/temporal-derruba-arvores.ghtml"><strong>Temporal derruba 12 árvores no '
        "centro</strong></a></li><li><a href=\"/sp/vale-verde/noticia/2025/01/15/defesa-civil-"
        'alerta.ghtml"><strong>Defesa Civil emite alerta para chuvas intensas</strong></a></li>'
        "</ul></div>"
        + "".join(T(f'<div class="mc-column content-text active-extra-styles"><p class="content-'
                    f'text__container">{x}</p></div>') for x in CHUVA[5:])
        + '<div class="mc-column entities"><span class="entities__title">Veja também</span>'
        '<ul class="entities__list"><li><a href="/tempo/">Previsão do tempo</a></li><li><a '
        'href="/vale-verde/">Vale Verde</a></li></ul></div></article>'
        '<div class="bastian-feed"><h2>Veja mais</h2>'
        + "".join(f'<div class="feed-post"><div class="feed-post-body-title"><a href="/f{i}">'
                  f'{t}</a></div><span class="feed-post-datetime">Há {i+2} horas</span></div>'
                  for i, t in enumerate(["Vacinação contra a dengue é ampliada para 15 anos",
                                         "Homem é preso após furtar fios de cobre",
                                         "Festival de verão tem shows gratuitos no fim de "
                                         "semana"]))
        + "</div></main>"
        '<footer class="footer"><p>© Copyright 2000-2025 Folha do Interior. Todos os direitos '
        "reservados.</p>" + menu("Política de privacidade", "Minha conta", "Anuncie conosco")
        + "</footer></body></html>"))


# --- 25. Dutch regional paper: "Door", "Lees ook", a premium badge ------------------------------

BRUG = [
    "De nieuwe fiets- en voetgangersbrug over de IJssel bij Hattem gaat pas in 2028 open, twee "
    "jaar later dan gepland. Dat heeft de provincie Gelderland donderdag bekendgemaakt.",
    "De vertraging komt doordat de bodem op de plek van de zuidelijke pijler slapper is dan uit "
    "eerder onderzoek bleek. Het ontwerp van de fundering moet worden aangepast, en daarvoor is "
    "een nieuwe vergunning nodig van Rijkswaterstaat.",
    "Ook de kosten lopen op. De provincie gaat nu uit van 31 miljoen euro, 6 miljoen meer dan "
    "begroot. Gedeputeerde Mark Jansen noemt de tegenvaller ‘pijnlijk, maar niet verrassend "
    "bij een project van deze omvang’.",
    "De brug moet fietsers uit Hattem en omliggende dorpen een snellere route naar Zwolle "
    "geven. Nu moeten zij omrijden via de drukke verkeersbrug, wat volgens de Fietsersbond "
    "veel mensen ervan weerhoudt de fiets te pakken.",
    "‘Het is jammer dat het langer duurt, maar liever een brug die goed staat dan een brug die "
    "snel af is’, zegt Anneke de Boer van de Fietsersbond Zwolle.",
    "Provinciale Staten moeten nog instemmen met het extra geld. Dat debat staat gepland voor "
    "april.",
]

add("nl-regional-fietsbrug",
    "https://www.dagbladoost.example/zwolle/nieuwe-fietsbrug-over-ijssel-twee-jaar-later-open"
    "~a4f21c9d/",
    "Nieuwe fietsbrug over de IJssel gaat twee jaar later open", ("Joost van Dam",),
    "2025-03-20", lang="nl", cms="Dutch regional publisher's own", marked=(
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
        "<title>Nieuwe fietsbrug over de IJssel gaat twee jaar later open | Zwolle | "
        "dagbladoost.example</title>"
        + m("description", "De bodem bij de zuidelijke pijler is slapper dan gedacht.")
        + m("og:title", "Nieuwe fietsbrug over de IJssel gaat twee jaar later open")
        + m("og:type", "article") + m("og:site_name", "Dagblad Oost")
        + m("article:published_time", "2025-03-20T14:12:00.000Z")
        + ld({"@type": "NewsArticle", "headline": "Nieuwe fietsbrug over de IJssel gaat twee "
              "jaar later open", "datePublished": "2025-03-20T14:12:00.000Z",
              "dateModified": "2025-03-20T16:45:00.000Z",
              "author": {"@type": "Person", "name": "Joost van Dam"},
              "publisher": {"@type": "Organization", "name": "Dagblad Oost"}})
        + "</head><body>"
        + onetrust("Wij en onze partners gebruiken cookies en vergelijkbare technieken om je "
                   "een betere ervaring te bieden en advertenties te tonen.")
        + '<header class="app-header"><a href="/" class="app-header__logo">Dagblad Oost</a><nav>'
        + menu("Nieuws", "Regio", "Sport", "Show", "Koken en eten", "Puzzels")
        + '</nav><a href="/abonnement">Abonneer</a><a href="/login">Inloggen</a></header>'
        '<main class="article-page"><article class="article"><header class="article__header">'
        '<div class="article__section-label"><a href="/zwolle/">Zwolle</a></div>'
        '<h1 class="article__title">Nieuwe fietsbrug over de IJssel gaat twee jaar later open'
        "</h1>"
        '<div class="article__meta"><span class="article__source">Door <span class="author">'
        'Joost van Dam</span></span><time class="article__time" datetime="2025-03-20T14:12:00.'
        '000Z">20 mrt. 2025 om 15:12</time><span class="premium-badge">Premium</span></div>'
        '<p class="article__intro">De nieuwe fietsbrug over de IJssel bij Hattem gaat twee jaar '
        "later open dan gepland. De bodem is slapper dan gedacht, en de kosten stijgen met zes "
        "miljoen.</p></header>"
        '<figure class="article__figure"><img src="/img/ijssel.jpg" alt=""><figcaption class="'
        'article__figcaption">Een impressie van de nieuwe brug bij Hattem. <span class="'
        'article__credit">© Provincie Gelderland</span></figcaption></figure>'
        '<section class="article__body">'
        + ps(BRUG[:2], ' class="article__paragraph"')
        + '<aside class="article__read-also"><h3>Lees ook</h3><ul><li><a href="/zwolle/'
        'fietsers-willen-snellere-route-naar-hattem~a1b2/">Fietsers willen snellere route naar '
        'Hattem: ‘Omrijden kost tien minuten’</a></li></ul></aside>'
        + ps(BRUG[2:4], ' class="article__paragraph"')
        + '<div class="article__ad"><span>Advertentie</span><div id="ad-r1"></div></div>'
        + ps(BRUG[4:], ' class="article__paragraph"')
        + "</section>"
        '<footer class="article__footer"><div class="article__share">' + share("share-buttons")
        + '</div><div class="article__tip">Heb je een tip voor de redactie? <a href="/tip">'
        "Mail ons</a> of stuur een WhatsApp.</div></footer></article>"
        '<section class="article-list article-list--most-read"><h2>Meest gelezen</h2><ol>'
        + "".join(f'<li><a href="/zwolle/m{i}">{t}</a></li>' for i, t in enumerate([
            "Grote brand in bedrijfspand Hessenpoort", "PEC Zwolle pakt punt in Eindhoven",
            "Nieuwe supermarkt in Stadshagen opent in juni"]))
        + "</ol></section></main>"
        '<footer class="app-footer">' + menu("Over ons", "Contact", "Privacy", "Cookies",
                                             "Voorwaarden")
        + "<p>© 2025 Dagblad Oost</p></footer></body></html>"))


# --- 26. A magazine's long read on WordPress: drop cap, section breaks, pull quote, bio box ------

PHARMACY = [
    "When Harold Fenn opened the Corner Drug Store in 1972, there were four independent "
    "pharmacies within walking distance of his counter on Fulton Avenue. When he sold it last "
    "spring, there were none but his, and the buyer closed it within a month.",
    "Mr. Fenn's story is not unusual. The number of independent pharmacies in the United States "
    "has fallen by roughly a fifth over the past decade, according to industry counts, and the "
    "closures have accelerated since 2020. Chain stores are closing too. The result, in many "
    "neighborhoods, is what researchers have started to call pharmacy deserts.",
    "The reasons are mostly invisible to customers. A pharmacy's profit on a prescription is set "
    "less by the price on the shelf than by contracts with pharmacy benefit managers, the "
    "middlemen who negotiate drug prices for insurers. Those contracts often pay a small "
    "pharmacy less for a drug than the pharmacy paid to buy it.",
    "“I was losing money on about one in five prescriptions,” Mr. Fenn told me in his kitchen, "
    "a few blocks from the shuttered store. “You can't make that up on greeting cards.”",
    T('<p class="has-text-align-center section-break">* * *</p>'),
    "What disappears with a neighborhood pharmacy is not only a place to fill a prescription. "
    "Pharmacists are, for many people, the most accessible health professionals they know: no "
    "appointment, no co-pay, a person who knows which of your medicines interact.",
    "Dr. Lena Ortiz, who studies pharmacy access at a public university in Illinois, found that "
    "after a neighborhood pharmacy closed, older residents there were measurably less likely "
    "to keep taking their blood-pressure and cholesterol medicines in the following year. “The "
    "effect was largest for people without a car,” she said.",
    "Some states have tried to intervene. Several have passed laws limiting how much benefit "
    "managers can claw back from pharmacies after a sale, and a handful have begun paying "
    "pharmacists for services like vaccinations and birth-control consultations.",
    T('<p class="has-text-align-center section-break">* * *</p>'),
    "On a recent afternoon, the window of the old Corner Drug Store still carried its hand-"
    "painted sign. Inside, the shelves were empty. A note taped to the door directed customers "
    "to a chain pharmacy 2.4 miles away, two bus transfers for anyone without a car.",
    "Mr. Fenn walks past it most mornings. “People still stop me on the street to ask about "
    "their prescriptions,” he said. “I tell them I don't know anymore. That's the hardest part.”",
]

add("wp-magazine-longread-pharmacy",
    "https://www.thecivicreview.example/2025/04/29/quiet-collapse-neighborhood-pharmacy/",
    "The Quiet Collapse of the Neighborhood Pharmacy", ("Leah Morgan",), "2025-04-29",
    cms="WordPress (magazine theme)", marked=(
        '<!doctype html><html lang="en-US"><head><meta charset="UTF-8">'
        "<title>The Quiet Collapse of the Neighborhood Pharmacy | The Civic Review</title>"
        + m("description", "Independent pharmacies are closing, and what disappears with them "
            "is more than a place to fill a prescription.")
        + m("og:title", "The Quiet Collapse of the Neighborhood Pharmacy")
        + m("og:type", "article") + m("og:site_name", "The Civic Review")
        + m("article:published_time", "2025-04-29T10:00:00+00:00")
        + m("article:modified_time", "2025-04-30T13:12:44+00:00")
        + m("parsely-title", "The Quiet Collapse of the Neighborhood Pharmacy")
        + m("parsely-author", "Leah Morgan") + m("parsely-pub-date", "2025-04-29T10:00:00Z")
        + m("parsely-section", "Health")
        + ld({"@type": "NewsArticle", "headline": "The Quiet Collapse of the Neighborhood "
              "Pharmacy", "datePublished": "2025-04-29T06:00:00-04:00",
              "dateModified": "2025-04-30T09:12:44-04:00",
              "author": {"@type": "Person", "name": "Leah Morgan"},
              "publisher": {"@type": "Organization", "name": "The Civic Review"}})
        + '<script src="https://cdn.piano.example/api/tinypass.min.js" async></script></head>'
        '<body class="post-template-default single single-post single-format-standard longform">'
        '<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-'
        'branding"><p class="site-title"><a href="/">The Civic Review</a></p></div><nav class="'
        'main-navigation">' + menu("Politics", "Health", "Cities", "Ideas", "Culture",
                                   "Magazine")
        + '</nav><a class="header-subscribe" href="/subscribe/">Subscribe</a></header>'
        '<main id="primary" class="site-main"><article id="post-77120" class="post-77120 post '
        'type-post category-health">'
        '<header class="entry-header entry-header--longform"><div class="entry-rubric"><a href="'
        '/health/">Health</a></div><h1 class="entry-title">The Quiet Collapse of the '
        "Neighborhood Pharmacy</h1>"
        '<p class="entry-dek">Independent drugstores are closing across the country. What '
        "disappears with them is more than a place to fill a prescription.</p>"
        '<div class="entry-meta"><span class="byline">By <a class="author-link" href="/author/'
        'leah-morgan/">Leah Morgan</a></span><span class="posted-on"><time class="entry-date '
        'published" datetime="2025-04-29T06:00:00-04:00">April 29, 2025</time></span><span '
        'class="illustration-credit">Illustrations by Sam Ruiz</span></div></header>'
        '<figure class="entry-hero"><img src="/wp-content/uploads/2025/04/pharmacy-hero.jpg" '
        'alt=""><figcaption>Illustration by Sam Ruiz for The Civic Review</figcaption></figure>'
        '<div class="entry-content">'
        + T('<p class="has-drop-cap"><span class="dropcap">W</span>' + PHARMACY[0][1:] + "</p>")
        + ps(PHARMACY[1:3])
        + '<aside class="pullquote alignright"><blockquote><p>“I was losing money on about one '
        "in five prescriptions.”</p></blockquote></aside>"
        + "".join(x if x.startswith("<T>") else T(f"<p>{x}</p>") for x in PHARMACY[3:7])
        + '<div class="newsletter-inline"><p class="newsletter-inline__title">The Civic Review '
        'Weekly</p><p>Our best reporting, every Saturday.</p><form><input type="email" '
        'placeholder="Your email"><button>Sign up</button></form></div>'
        + "".join(x if x.startswith("<T>") else T(f"<p>{x}</p>") for x in PHARMACY[7:])
        + "</div>"
        '<div class="entry-author-bio"><p><em><a href="/author/leah-morgan/">Leah Morgan</a> is '
        "a staff writer at The Civic Review covering health care. Her reporting on rural "
        "hospitals won a National Health Journalism award in 2023.</em></p></div>"
        '<footer class="entry-footer"><div class="share-this">' + share("social-share")
        + '</div><p class="support-note">The Civic Review is a nonprofit. <a href="/donate/">'
        "Support our journalism</a>.</p></footer></article>"
        '<section class="more-from-section"><h2>More in Health</h2>'
        + "".join(f'<article class="card"><a href="/h{i}/"><h3>{t}</h3><p>{d}</p></a></article>'
                  for i, (t, d) in enumerate([
                      ("The Hidden Cost of Hospital Mergers", "Prices rise, and care doesn't "
                       "always improve."),
                      ("Why Nurses Are Leaving Rural Clinics", "Pay is only part of it.")]))
        + "</section></main>"
        '<footer id="colophon" class="site-footer"><p>© 2025 The Civic Review. All rights '
        "reserved.</p>" + menu("About", "Masthead", "Donate", "Privacy", "Contact")
        + "</footer></div></body></html>"))


# --- 27. TownNews BLOX: an agency recap on a local paper, a box score in the story -------------

HAWKS = [
    "RIDGE CITY (AP) — Jalen Carter scored 31 points, including a go-ahead 3-pointer with 48 "
    "seconds left, and the Ridge City Hawks rallied from 15 points down in the fourth quarter "
    "to beat the Bay Storm 98-94 on Saturday.",
    "Marcus Boyd added 22 points and 11 rebounds for the Hawks, who have won four of five. "
    "Devon Price had 14 points and eight assists.",
    "Anthony Greer led the Storm with 27 points, and Isaiah Moore had 18. Bay has lost three "
    "straight, all on the road.",
    "The Storm led 80-65 with 9:40 to play after Greer scored eight straight points. Ridge "
    "City answered with a 19-4 run, capped by Carter's layup that tied it at 84 with 4:12 "
    "left.",
    "Greer's jumper put Bay ahead 94-93 with 1:05 remaining before Carter hit from the left "
    "corner on the next possession. Boyd blocked Moore's driving layup at the other end, and "
    "Price made two free throws to seal it.",
    T("<h3>TIP-INS</h3>"),
    "<strong>Storm:</strong> Bay shot 52% in the first half but 36% after halftime. ... G "
    "Terrence Hall missed his second straight game with a sprained ankle.",
    "<strong>Hawks:</strong> Carter has scored 30 or more in three of his last four games. ... "
    "Ridge City outscored Bay 33-14 in the fourth quarter.",
    T("<h3>UP NEXT</h3>"),
    "<strong>Storm:</strong> At Capital City on Monday night.",
    "<strong>Hawks:</strong> Host Lakeshore on Tuesday night.",
]
_AP_TAIL = ('<p>___</p><p>AP NBA: <a href="https://apnews.example/hub/nba">'
            "https://apnews.example/hub/nba</a></p>")


add("townnews-ap-sports-recap",
    "https://www.ridgecityherald.example/sports/hawks-rally-past-storm-98-94-behind-carters-31-"
    "points/article_8f2d61aa-0194-11f0-9a77-2b1e5d1c0a11.html",
    "Hawks rally past Storm 98-94 behind Carter's 31 points", (), "2025-03-15",
    also=("The Associated Press", "Associated Press", "AP"), cms="TownNews BLOX", marked=(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Hawks rally past Storm 98-94 behind Carter's 31 points | Sports | "
        "ridgecityherald.example</title>"
        + m("description", "RIDGE CITY (AP) — Jalen Carter scored 31 points, including a go-"
            "ahead 3-pointer with 48 seconds left")
        + m("og:title", "Hawks rally past Storm 98-94 behind Carter's 31 points")
        + m("og:type", "article") + m("og:site_name", "Ridge City Herald")
        + m("author", "The Associated Press")
        + m("article:published_time", "2025-03-15T17:41:00-04:00")
        + m("article:section", "Sports") + m("article:tag", "ap")
        + ld({"@type": "NewsArticle", "headline": "Hawks rally past Storm 98-94 behind Carter's "
              "31 points", "datePublished": "2025-03-15T17:41:00-04:00",
              "dateModified": "2025-03-15T17:41:00-04:00",
              "author": [{"@type": "Person", "name": "The Associated Press"}],
              "publisher": {"@type": "Organization", "name": "Ridge City Herald"}})
        + "<script>var __tnt = {};</script>" + GPT + "</head>"
        '<body class="fixed-nav-wrapper"><div id="site-container">'
        '<header id="site-header" class="hidden-print"><div id="site-top-nav-container"><ul '
        'class="nav navbar-nav"><li><a href="/users/login/">Log In</a></li><li><a href="/'
        'subscribe/">Subscribe</a></li><li><a href="/e-edition/">e-Edition</a></li></ul></div>'
        '<div id="site-navbar-container"><a href="/" class="navbar-brand">Ridge City Herald</a>'
        '<ul id="main-navigation" class="nav navbar-nav">'
        + "".join(f'<li><a href="/{s.lower()}/">{s}</a></li>' for s in
                  ("News", "Sports", "Opinion", "Obituaries", "Entertainment", "Classifieds",
                   "Jobs"))
        + "</ul></div></header>" + ad("tncms-region-global-top")
        + '<div id="main-page-container"><section id="section-breadcrumbs"><ol class='
        '"breadcrumb"><li><a href="/sports/">Sports</a></li><li><a href="/sports/ap/">AP</a>'
        "</li></ol></section>"
        '<article class="asset-content"><header class="asset-header"><h1 class="headline"><span '
        'class="tnt-headline" itemprop="headline">Hawks rally past Storm 98-94 behind Carter\'s '
        "31 points</span></h1>"
        '<ul class="list-inline asset-byline"><li><span class="tnt-byline">The Associated Press'
        '</span></li></ul><ul class="list-inline asset-date"><li><time datetime="2025-03-15T17'
        ':41:00-04:00" class="tnt-date asset-date text-muted">Mar 15, 2025</time></li></ul>'
        '<div class="share-container">' + share("tnt-share") + "</div></header>"
        '<div class="asset-photo"><figure class="photo"><img src="/content/tncms/assets/v3/'
        'editorial/8/f2/hawks.jpg" alt=""><figcaption class="caption-text"><p>Ridge City Hawks '
        "guard Jalen Carter (3) shoots against the Bay Storm during the second half of an NBA "
        'basketball game Saturday. <span class="tnt-byline">(AP Photo/Kim Lyle)</span></p>'
        "</figcaption></figure></div>"
        '<div id="article-body" class="asset-body" itemprop="articleBody"><div class="subscriber'
        '-preview"></div><div class="subscriber-only encrypted-content">'
        + "".join(x if x.startswith("<T>") else T(f"<p>{x}</p>") for x in HAWKS[:5])
        + '<div id="tncms-region-article_instory_top" class="tncms-region">'
        + ad("instory-top") + "</div>"
        + "".join(x if x.startswith("<T>") else T(f"<p>{x}</p>") for x in HAWKS[5:])
        + _AP_TAIL + "</div></div>"
        '<div class="asset-tags"><ul class="list-inline"><li><a href="/search/?t=article&'
        'amp;k=%23ap">ap</a></li><li><a href="/search/?k=%23nba">nba</a></li></ul></div>'
        '<div class="copyright-notice">Copyright 2025 The Associated Press. All rights reserved. '
        "This material may not be published, broadcast, rewritten or redistributed without "
        "permission.</div></article>"
        '<div id="tncms-region-article_bottom"><div class="tnt-trending"><h3>Most Popular</h3><ol>'
        + "".join(f'<li><a href="/news/local/t{i}.html">{t}</a></li>' for i, t in enumerate([
            "Ridge City man arrested after standoff on Elm Street",
            "County approves new jail budget", "Central grad named state teacher of the year"]))
        + '</ol></div><div class="tnt-comments"><h3>Comments</h3><p>Sorry, there are no recent '
        "results for popular commented articles.</p></div></div></div>"
        '<footer id="site-footer"><p>Ridge City Herald, 310 Main St., Ridge City</p>'
        + menu("Terms of Use", "Privacy Policy", "Contact Us", "Advertise")
        + '<p>© 2025 Ridge City Herald · Powered by <a href="https://www.townnews.example/">BLOX '
        "Content Management System</a> from TownNews.com.</p></footer></div></body></html>"))


# --- 28. A local TV station on WordPress VIP: a video player, an embedded post, a copyright line -

FIRE = [
    "CEDAR RIDGE, Texas — Firefighters had a brush fire north of Cedar Ridge about 80% "
    "contained Wednesday evening after it burned roughly 220 acres and forced the evacuation "
    "of two homes, according to the Travis Hills Fire Department.",
    "The fire started shortly after 1 p.m. near County Road 314, fire officials said. Strong "
    "south winds pushed it across an open pasture toward a line of homes on Mesquite Trail.",
    "Crews from five departments and a Texas A&M Forest Service bulldozer cut a line around "
    "the homes, and no structures were damaged, Chief Ray Delgado said.",
    "The county sheriff's office asked drivers to stay out of the area:",
    '<T><blockquote class="twitter-tweet" data-width="550"><p lang="en" dir="ltr">County Road '
    "314 is closed between FM 1431 and Mesquite Trail while crews work the brush fire. Please "
    "avoid the area and let firefighters work.</p></T>&mdash; Travis Hills County Sheriff "
    '(@THCSheriff) <a href="https://twitter.example/THCSheriff/status/18">July 2, 2025</a>'
    "</blockquote>",
    "One firefighter was treated for heat exhaustion at the scene, Delgado said. The cause of "
    "the fire is under investigation.",
    "The county has been under a burn ban since June 20. The National Weather Service said "
    "humidity would stay low and winds gusty through Thursday, and urged residents not to park "
    "vehicles on dry grass or drag trailer chains.",
    "Residents of the two evacuated homes were allowed to return around 6 p.m.",
]

add("local-tv-brush-fire",
    "https://www.kxtv12.example/news/local/firefighters-contain-brush-fire-near-cedar-ridge/",
    "Firefighters contain brush fire near Cedar Ridge; two homes evacuated", ("Kayla Nguyen",),
    "2025-07-02", also=("KXTV 12",), cms="WordPress VIP (TV group)", marked=(
        '<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">'
        "<title>Firefighters contain brush fire near Cedar Ridge; two homes evacuated | KXTV 12"
        "</title>"
        + m("og:title", "Firefighters contain brush fire near Cedar Ridge; two homes evacuated")
        + m("og:type", "article") + m("og:site_name", "KXTV 12")
        + m("article:published_time", "2025-07-02T21:18:00+00:00")
        + m("article:modified_time", "2025-07-02T23:55:12+00:00")
        + m("author", "Kayla Nguyen")
        + ld({"@type": "NewsArticle", "headline": "Firefighters contain brush fire near Cedar "
              "Ridge; two homes evacuated", "datePublished": "2025-07-02T16:18:00-05:00",
              "dateModified": "2025-07-02T18:55:12-05:00",
              "author": [{"@type": "Person", "name": "Kayla Nguyen"}],
              "publisher": {"@type": "Organization", "name": "KXTV 12"}})
        + GPT + '<script src="https://players.brightcove.example/player.js"></script></head>'
        '<body class="post-template-default single single-post">'
        '<div class="site-header"><div class="site-header__weather"><span>Cedar Ridge</span> '
        "<span>97°</span></div><a class=\"site-header__logo\" href=\"/\">KXTV 12</a>"
        '<nav class="site-header__nav">' + menu("News", "Weather", "Traffic", "Sports",
                                                "Investigates", "Community", "Watch Live")
        + "</nav></div>"
        '<div class="breaking-banner"><span>WEATHER ALERT</span> <a href="/weather/alerts/">Red '
        "flag warning for the Hill Country until 9 p.m.</a></div>"
        '<main class="site-main"><article class="article"><header class="article-header">'
        '<div class="article-kicker"><a href="/news/local/">Local News</a></div>'
        '<h1 class="article-title">Firefighters contain brush fire near Cedar Ridge; two homes '
        "evacuated</h1>"
        '<div class="article-authors"><span class="article-authors__byline">by: <a href="/'
        'author/kayla-nguyen/">Kayla Nguyen</a></span></div>'
        '<div class="article-info"><p class="article-info__time"><span>Posted: </span><time '
        'datetime="2025-07-02T16:18:00-05:00">Jul 2, 2025 / 04:18 PM CDT</time></p><p class="'
        'article-info__time"><span>Updated: </span><time datetime="2025-07-02T18:55:12-05:00">'
        "Jul 2, 2025 / 06:55 PM CDT</time></p></div>"
        '<div class="article-share">' + share("share-bar") + "</div></header>"
        '<div class="article-featured-media"><div class="video-player"><div data-video-id="'
        '6371" class="brightcove-player"></div><p class="video-player__title">Video: Brush fire '
        'burns near Cedar Ridge homes</p></div></div>'
        '<div class="article-content article-body rich-text">'
        + "".join(x if x.startswith("<T>") else T(f"<p>{x}</p>") for x in FIRE[:3])
        + '<div class="article-list article-list--inline"><h2 class="article-list__heading">'
        "Trending Stories</h2><ul>"
        + "".join(f'<li><a href="/news/t{i}/">{t}</a></li>' for i, t in enumerate([
            "Heat advisory extended through the weekend", "Man dies after crash on I-35",
            "Cedar Ridge ISD approves pay raises"]))
        + "</ul></div>"
        + "".join(x if x.startswith("<T>") else T(f"<p>{x}</p>") for x in FIRE[3:])
        + '<p class="copyright"><em>Copyright 2025 KXTV 12. All rights reserved. This material '
        "may not be published, broadcast, rewritten, or redistributed.</em></p>"
        "</div>"
        '<div class="article-app-promo"><p>For the latest news, weather, sports, and streaming '
        'video, head to KXTV 12.</p><a href="/app/">Download our app</a></div>'
        "</article>"
        '<aside class="sidebar"><div class="sidebar-weather"><h2>Weather</h2><p>Hot and dry, '
        "high 99</p></div>" + ad("sidebar-rr1") + '<div class="most-watched"><h2>Most Watched'
        "</h2><ul><li><a href=\"/v/1\">Drone video shows fire's path</a></li><li><a href=\"/v/"
        '2">Pet of the week: Biscuit</a></li></ul></div></aside></main>'
        '<footer class="site-footer">' + menu("Contact Us", "Careers", "FCC Public File",
                                              "EEO Report", "Privacy Policy", "Terms of Use")
        + "<p>© 1998 - 2025 KXTV 12. All rights reserved.</p></footer>"
        '<script async src="https://platform.twitter.example/widgets.js"></script>'
        "</body></html>"))


# --- 29. A chain paper's opinion column: a label beside the headline, a tagline in the story ----

LIBRARY = [
    "Every Tuesday morning, the Manette branch of the county library opens at 10 a.m. By 10:05, "
    "every computer is taken. I know, because for 31 years I was the one unlocking the door.",
    "The people waiting are not who you might expect. There are job seekers, yes, and students. "
    "But there are also retirees filing for benefits online because the Social Security office "
    "in town closed, and small-business owners printing invoices, and parents whose children "
    "need a quiet place to do homework.",
    "This year, the county proposes to cut the library system's budget by 8%. Officials say "
    "the cut can be absorbed by reducing hours at three branches. I understand the county's "
    "budget is tight. But the library has already absorbed cuts in four of the last six years, "
    "while the number of people using its buildings has grown.",
    "Here is what those cuts have already meant. The Manette branch used to be open six days a "
    "week; now it is open four. Two children's librarian positions have gone unfilled since "
    "2022. The bookmobile that served rural parts of the county was retired and not replaced.",
    "Libraries are one of the few public places left where nobody has to buy anything to "
    "belong. They are where people go when every other door is closed, sometimes literally, "
    "as during last winter's ice storm, when the central library served as a warming center "
    "for four days.",
    "I urge the county commissioners to keep the library's budget whole when they vote on May "
    "13, and I urge residents to tell them so. The meeting is at 6 p.m. in the county "
    "administration building. I'll be there, early, as usual.",
    "<em>Grace Holloway is a retired librarian who worked for the county library system from "
    "1992 to 2023. She lives in Bremerton.</em>",
]

add("chain-paper-opinion-libraries",
    "https://www.peninsulasun.example/story/opinion/columnists/2025/04/06/county-libraries-budget-"
    "cut-opinion/79112233007/",
    "Our county's libraries are doing more with less. Fund them.", ("Grace Holloway",),
    "2025-04-06", cms="chain paper's own (Gannett-like)", marked=(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Opinion: Our county's libraries are doing more with less. Fund them.</title>"
        + m("description", "The county proposes to cut the library system's budget by 8%. A "
            "retired librarian explains what that would mean.")
        + m("og:title", "Our county's libraries are doing more with less. Fund them.")
        + m("og:type", "article") + m("og:site_name", "Peninsula Sun")
        + m("article:published_time", "2025-04-06T12:02:28Z")
        + m("article:section", "Opinion") + m("article:opinion", "true")
        + ld({"@type": "OpinionNewsArticle", "headline": "Our county's libraries are doing more "
              "with less. Fund them.", "datePublished": "2025-04-06T12:02:28Z",
              "dateModified": "2025-04-06T12:02:28Z",
              "author": [{"@type": "Person", "name": "Grace Holloway",
                          "jobTitle": "Guest columnist"}],
              "publisher": {"@type": "Organization", "name": "Peninsula Sun"}})
        + "<script>window.gnt = {};</script></head><body>"
        '<header class="gnt_n"><a class="gnt_n_logo" href="/">Peninsula Sun</a><nav class="gnt_n_'
        'mn">' + "".join(f'<a class="gnt_n_mn_l" href="/{s.lower()}/">{s}</a>' for s in
                         ("News", "Sports", "Opinion", "Things to do", "Obituaries",
                          "eNewspaper", "Legals"))
        + '<a class="gnt_n_us" href="/subscribe/">Subscribe</a><a href="/signin/">Sign In</a>'
        "</nav></header>"
        '<main class="gnt_cw"><article class="gnt_pr"><div class="gnt_ar_lbl"><a href="/opinion'
        '/" class="gnt_ar_lbl_a">Opinion</a><span class="gnt_ar_lbl_t">This piece expresses the '
        "views of its author(s), separate from those of this publication.</span></div>"
        '<h1 class="gnt_ar_hl" elementtiming="ar-headline">Our county\'s libraries are doing '
        "more with less. Fund them.</h1>"
        '<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__si" href="/staff/9921/grace-'
        'holloway/">Grace Holloway</a><div class="gnt_ar_by_t">Guest columnist</div></div>'
        '<div class="gnt_ar_dt" aria-label="Published 5:02 a.m. PT April 6, 2025">Published '
        "5:02 a.m. PT April 6, 2025</div>"
        '<div class="gnt_ss">' + share("gnt_ss_share") + "</div>"
        '<div class="gnt_ar_b">'
        + ps(LIBRARY[:3], ' class="gnt_ar_b_p"')
        + '<aside class="gnt_em gnt_em__el"><div class="gnt_em_el_t">Related</div><a href="/'
        'story/news/local/2025/03/20/county-budget-proposal-library-hours/79001/">County budget '
        "proposal would cut library hours at three branches</a></aside>"
        + ps(LIBRARY[3:5], ' class="gnt_ar_b_p"')
        + '<aside class="gnt_em gnt_em__fp"><div class="gnt_em_fp_h">Want to share your '
        'opinion?</div><p>Send a letter to the editor: <a href="mailto:letters@peninsulasun.'
        'example">letters@peninsulasun.example</a>. Letters should be 200 words or fewer.</p>'
        "</aside>"
        + ps(LIBRARY[5:], ' class="gnt_ar_b_p"')
        + "</div></article>"
        '<aside class="gnt_rr"><div class="gnt_rr_mp"><h2>Most Popular</h2><ol>'
        + "".join(f'<li><a href="/story/news/p{i}/">{t}</a></li>' for i, t in enumerate([
            "Ferry schedule changes start Sunday", "Police: 2 arrested after Silverdale "
            "robbery", "New restaurant opens on Pacific Avenue"]))
        + "</ol></div>" + ad("gnt_rr_1")
        + "</aside></main>"
        '<footer class="gnt_f"><nav>' + menu("About Us", "Newsletters", "Support",
                                             "Terms of Service", "Privacy Policy",
                                             "Your Privacy Choices")
        + "</nav><p>© 2025 www.peninsulasun.example. All rights reserved.</p></footer>"
        "</body></html>"))


# --- 30. A university's news office on Drupal: "By X, University Communications" -----------------

BEES = [
    "Bumblebees learn to tell flowers apart faster on cool mornings than on warm afternoons, "
    "according to a study by researchers at Northfield State University published this week in "
    "the journal Animal Behaviour.",
    "The team, led by biologist Dr. Sunita Rao, trained 96 bumblebees from six colonies to find "
    "sugar water in blue artificial flowers while ignoring yellow ones that held bitter water. "
    "Bees tested at 16 degrees Celsius reached 80 percent accuracy after an average of 14 "
    "visits; bees tested at 26 degrees needed 23.",
    "“We expected warmer bees to be quicker, because their muscles and nervous systems work "
    "faster,” Rao said. “Instead, the cooler bees were more careful. They spent longer at each "
    "flower, and that seems to be what helped them learn.”",
    "The finding matters because many flowers open and produce most of their nectar in the "
    "morning, Rao said. If warmer mornings make bees less careful foragers, plants that depend "
    "on them could be visited less reliably as the climate warms.",
    "Graduate student Tom Becker, the study's first author, spent two summers running the "
    "experiments in a temperature-controlled flight room on the university's north campus. "
    "“Every bee got a tiny numbered tag,” he said. “After a while you start to recognize their "
    "personalities.”",
    "The researchers plan next to test bees in the field, using flowering plots at the "
    "university's agricultural research station.",
    "The study was funded by the National Science Foundation.",
]

add("university-drupal-bumblebees",
    "https://news.northfieldstate.example/2025/05/21/bumblebees-learn-faster-cool-mornings",
    "Bumblebees learn faster on cool mornings, study finds", ("Michael Ortiz",), "2025-05-21",
    also=("University Communications", "Northfield State University"), cms="Drupal 9 (edu)",
    marked=(
        '<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">'
        '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">'
        "<title>Bumblebees learn faster on cool mornings, study finds | Northfield State "
        "University News</title>"
        + m("description", "Cooler bees were more careful foragers, researchers found.")
        + m("og:title", "Bumblebees learn faster on cool mornings, study finds")
        + m("og:type", "article") + m("og:site_name", "Northfield State University News")
        + m("article:published_time", "2025-05-21T09:00:00-0500")
        + '<link rel="stylesheet" href="/themes/custom/nsu/css/style.css">'
        + "</head><body class=\"path-node page-node-type-news-article\">"
        '<div class="nsu-global-header"><a href="https://www.northfieldstate.example/">'
        "Northfield State University</a>"
        + links([("Apply", "https://www.northfieldstate.example/apply"),
                 ("Give", "https://give.northfieldstate.example/"),
                 ("Directory", "https://www.northfieldstate.example/directory")])
        + "</div>"
        '<header class="site-header"><a href="/" class="site-name">NSU News</a><nav class="menu'
        '--main">' + menu("Research", "Campus", "Arts", "Athletics", "For Media")
        + "</nav></header>"
        '<main role="main"><div class="region region-content"><article class="node node--type-'
        'news-article node--view-mode-full">'
        '<div class="news-header"><div class="field--name-field-topic"><a href="/research">'
        'Research</a></div><h1 class="page-title"><span>Bumblebees learn faster on cool '
        "mornings, study finds</span></h1>"
        '<div class="field--name-field-subtitle">Cooler bees were more careful foragers — and '
        "that may matter in a warming climate.</div>"
        '<div class="news-byline"><div class="field--name-field-author">By Michael Ortiz, '
        'University Communications</div><div class="field--name-field-date"><time datetime="'
        '2025-05-21T14:00:00Z">May 21, 2025</time></div></div></div>'
        '<div class="field--name-field-image"><img src="/sites/default/files/2025-05/bee.jpg" '
        'alt="A tagged bumblebee on a blue artificial flower"><div class="caption">A tagged '
        "bumblebee visits a blue artificial flower in the flight room. Photo by Jenna Li / "
        "Northfield State</div></div>"
        '<div class="clearfix text-formatted field field--name-body">'
        + ps(BEES[:3])
        + '<blockquote class="pull-quote"><p>“Instead, the cooler bees were more careful.”</p>'
        "</blockquote>"
        + ps(BEES[3:])
        + "</div>"
        '<div class="field--name-field-related-links"><h2>Related links</h2>'
        + links([("Rao Lab", "https://bio.northfieldstate.example/rao-lab"),
                 ("Department of Biology", "https://bio.northfieldstate.example/")])
        + "</div></article></div>"
        '<aside class="region region-sidebar"><div class="block media-contact"><h2>Media '
        "contact</h2><p>Michael Ortiz<br>University Communications<br>mortiz@northfieldstate."
        'example<br>555-018-4410</p></div><div class="block recent-news"><h2>Recent news</h2>'
        + links([("Northfield State breaks ground on new engineering hall", "/2025/05/19/eng"),
                 ("Commencement 2025: a record 4,112 graduates", "/2025/05/17/commencement"),
                 ("Nursing students win national simulation contest", "/2025/05/12/nursing")])
        + "</div></aside></main>"
        '<footer class="nsu-footer"><p>Northfield State University · 1 University Drive · '
        "Northfield, MN</p>" + menu("Accessibility", "Privacy", "Title IX", "Emergency Info")
        + "<p>© 2025 Board of Regents</p></footer></body></html>"))


# --- 31. An Australian public broadcaster: UTC in the metadata, the morning after in Brisbane ----

FLOOD = [
    "A major flood warning has been issued for the Burdekin River in north Queensland as heavy "
    "rain continues to fall across the region, with some towns recording more than 300 "
    "millimetres in the past 24 hours.",
    "The Bureau of Meteorology said the river at Clare was expected to peak on Sunday morning "
    "near 14 metres, about the level reached in the 2019 floods.",
    "Residents of low-lying parts of Ayr and Home Hill were urged to prepare to leave if "
    "advised, and an evacuation centre has been opened at the Ayr Showgrounds.",
    "Burdekin Shire Mayor Pierina Dalle Cort said council crews had spent the night filling "
    "sandbags. \"People have been through this before, and they know what to do,\" she said. "
    "\"Don't drive through floodwater. It's not worth it.\"",
    "The Bruce Highway was cut south of Ayr late on Friday, and Queensland Rail has suspended "
    "services between Townsville and Bowen.",
    T("<h2>More rain to come</h2>"),
    "Senior forecaster Laura Boekel said a monsoon trough would keep rain falling over the "
    "weekend, with daily totals of 100 to 200 millimetres possible along the coast.",
    "\"We are not expecting this to ease until at least Monday,\" she said.",
    "Emergency services received more than 140 calls for help overnight, mostly for leaking "
    "roofs and fallen trees, and made two swiftwater rescues near Giru.",
]

add("au-broadcaster-burdekin-flood",
    "https://www.scbnews.example/news/2025-02-01/burdekin-river-major-flood-warning/104882120",
    "Major flood warning for Burdekin River as heavy rain continues in north Queensland",
    ("Jess Mahoney", "Liam Fraser"), "2025-02-01", cms="Australian broadcaster's own",
    marked=(
        '<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8">'
        "<title>Major flood warning for Burdekin River as heavy rain continues in north "
        "Queensland - SCB News</title>"
        + m("description", "Some towns have recorded more than 300 millimetres in 24 hours.")
        + m("og:title", "Major flood warning for Burdekin River as heavy rain continues in "
            "north Queensland")
        + m("og:type", "article") + m("og:site_name", "SCB News")
        + m("article:published_time", "2025-01-31T20:14:00+00:00")
        + m("article:modified_time", "2025-01-31T23:40:10+00:00")
        + m("ContentType", "Article")
        + ld({"@type": "NewsArticle", "headline": "Major flood warning for Burdekin River as "
              "heavy rain continues in north Queensland",
              "datePublished": "2025-01-31T20:14:00+00:00",
              "dateModified": "2025-01-31T23:40:10+00:00",
              "author": [{"@type": "Person", "name": "Jess Mahoney"},
                         {"@type": "Person", "name": "Liam Fraser"}],
              "publisher": {"@type": "Organization", "name": "SCB News"}})
        + "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{}}}"
        "</script></head><body>"
        '<div id="__next"><header class="Header_header__x1"><a href="https://www.scb.example/">'
        'SCB</a><nav aria-label="SCB network">' + menu("News", "iview", "Listen", "Kids")
        + '</nav><a href="/news" class="Header_logo__2">SCB News</a><nav class="Nav_nav__3">'
        + menu("Just In", "Australia", "World", "Business", "Sport", "Science", "Health",
               "Local", prefix="/news/")
        + "</nav></header>"
        '<main id="content"><article class="Article_article__4"><header class="ArticleHeader">'
        '<div class="ArticleHeader_topics"><a href="/news/topic/floods">Floods</a></div>'
        '<h1 class="Typography_base__t Typography_sizeDesktop48">Major flood warning for '
        "Burdekin River as heavy rain continues in north Queensland</h1>"
        '<div class="ArticleHeader_byline"><div class="ByLine_byline"><span>By </span><a href="'
        '/news/jess-mahoney/1234">Jess Mahoney</a> and <a href="/news/liam-fraser/5678">Liam '
        "Fraser</a></div>"
        '<div class="Timestamp_timestamps"><div><span>Posted </span><time datetime="2025-01-31'
        'T20:14:00.000Z">Sat 1 Feb 2025 at 6:14am</time></div><div><span>Updated </span><time '
        'datetime="2025-01-31T23:40:10.000Z">Sat 1 Feb 2025 at 9:40am</time></div></div></div>'
        '<div class="ShareUtility">' + share("ShareUtility_share") + "</div>"
        '<figure class="Figure"><img src="/img/ayr.jpg" alt="Floodwater over a road"><figcaption>'
        '<span>Floodwaters cover a road near Ayr on Friday evening.</span><span class="Figure_'
        'attribution">(SCB North Qld: Liam Fraser)</span></figcaption></figure>'
        '<div class="KeyPoints"><h2>In short:</h2><ul><li>A major flood warning is in place for '
        "the Burdekin River.</li><li>Residents of low-lying parts of Ayr and Home Hill are urged "
        "to prepare to leave.</li></ul><h2>What's next?</h2><p>The river is expected to peak on "
        "Sunday morning.</p></div></header>"
        '<div id="body" class="Article_body__5">'
        + "".join(x if x.startswith("<T>") else T(f'<p class="paragraph_paragraph__iYReA">{x}'
                                                  "</p>") for x in FLOOD[:4])
        + '<aside class="RelatedCard"><span>Related Stories</span><a href="/news/2025-01-30/'
        'townsville-rain-record/104877">Townsville records wettest January day in a decade</a>'
        "</aside>"
        + "".join(x if x.startswith("<T>") else T(f'<p class="paragraph_paragraph__iYReA">{x}'
                                                  "</p>") for x in FLOOD[4:])
        + '<div class="EmergencyInfo"><p><strong>For emergency help in floods and storms, ring '
        "the SES on 132 500.</strong></p></div></div>"
        '<div class="Topics"><h2>Topics</h2>'
        + links([("Floods", "/news/topic/floods"), ("Weather", "/news/topic/weather"),
                 ("Ayr", "/news/topic/ayr"), ("Townsville", "/news/topic/townsville")])
        + "</div></article>"
        '<aside class="TopStories"><h2>Top Stories</h2><ol>'
        + "".join(f'<li><a href="/news/t{i}">{t}</a></li>' for i, t in enumerate([
            "Live: Parliament returns for final sitting before election",
            "Power prices to fall for some households from July",
            "Australia lose early wickets in second Test"]))
        + "</ol></aside></main>"
        '<footer class="Footer"><p>We acknowledge Aboriginal and Torres Strait Islander peoples '
        "as the First Australians and Traditional Custodians of the lands where we live, work, "
        "and learn.</p>" + menu("About the SCB", "Contact", "Terms of Use", "Privacy Policy")
        + "<p>© 2025 SCB</p></footer></div></body></html>"))


# --- 32. A tech site (Chorus-like): affiliate note, a spec table, related stories inline ---------

EREADER = [
    "Quill is finally putting color in its e-readers. The company announced the Quill Color on "
    "Thursday, a 7-inch e-reader with a color E Ink screen, for $249. It ships May 6.",
    "The screen shows 300 pixels per inch in black and white and 150 in color, the same trade-"
    "off other color e-readers have made. In a short hands-on at Quill's New York office, book "
    "covers and comics looked noticeably muted compared to a phone or tablet, but far better "
    "than I expected from E Ink, and text looked as sharp as on the company's existing $179 "
    "model.",
    "Quill says the battery will last up to six weeks with the color turned on for half an hour "
    "a day, which is a little less than its black-and-white reader. It charges over USB-C and "
    "is waterproof to IPX8.",
    T("<table><tbody><tr><th>Screen</th><td>7-inch color E Ink, 300 ppi (B&amp;W) / 150 ppi "
      "(color)</td></tr><tr><th>Storage</th><td>32GB</td></tr><tr><th>Battery</th><td>Up to "
      "6 weeks</td></tr><tr><th>Water resistance</th><td>IPX8</td></tr><tr><th>Price</th><td>"
      "$249</td></tr></tbody></table>"),
    "The bigger change may be software. Quill's store will now show comics and cookbooks in "
    "color, and the highlighter tool gains four colors, which the company says was the most "
    "requested feature from people who use its readers for study.",
    "There is no stylus support, which puts the Quill Color behind some rivals at this price. "
    "Quill's head of hardware, Dana Orr, told me the company wanted to “get the screen right "
    "first” and would not say whether a stylus model is coming.",
    "Preorders open today on Quill's website and at major retailers.",
]

add("tech-site-color-ereader",
    "https://www.thecircuit.example/2025/4/17/24410022/quill-color-ereader-price-release-date",
    "Quill’s first color e-reader costs $249", ("Nadia Ferris",), "2025-04-17",
    cms="tech site (Chorus-like)", marked=(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Quill’s first color e-reader costs $249 - The Circuit</title>"
        + m("description", "It has a 7-inch color E Ink screen and ships May 6.")
        + m("og:title", "Quill’s first color e-reader costs $249")
        + m("og:type", "article") + m("og:site_name", "The Circuit")
        + m("article:published_time", "2025-04-17T14:00:00.000Z")
        + m("article:modified_time", "2025-04-17T15:31:09.000Z")
        + m("author", "Nadia Ferris") + m("parsely-author", "Nadia Ferris")
        + ld([{"@context": "https://schema.org", "@type": "NewsArticle",
               "headline": "Quill’s first color e-reader costs $249",
               "datePublished": "2025-04-17T14:00:00.000Z",
               "dateModified": "2025-04-17T15:31:09.000Z",
               "author": [{"@type": "Person", "name": "Nadia Ferris",
                           "url": "https://www.thecircuit.example/authors/nadia-ferris"}],
               "publisher": {"@type": "Organization", "name": "The Circuit"}}][0])
        + "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"page\":\"/[...slugs]\"}"
        "</script></head><body>"
        '<div class="duet--layout"><header class="duet--navigation"><a href="/" class="logo">'
        "The Circuit</a><nav>" + menu("Tech", "Reviews", "Science", "Entertainment", "AI",
                                      "Deals")
        + '</nav><a href="/subscribe" class="nav-cta">Subscribe</a></header>'
        '<main id="content"><article class="duet--article"><div class="duet--article--lede">'
        '<ul class="duet--article--groups"><li><a href="/tech">Tech</a></li><li><a href="/'
        'gadgets">Gadgets</a></li></ul>'
        '<h1 class="inline font-polysans text-22 font-bold">Quill’s first color e-reader costs '
        "$249</h1>"
        '<h2 class="duet--article--dek">It has a 7-inch color E Ink screen and ships May 6.</h2>'
        '<div class="duet--article--byline"><span>by </span><a href="/authors/nadia-ferris">'
        'Nadia Ferris</a><time datetime="2025-04-17T14:00:00.000Z">Apr 17, 2025, 10:00 AM EDT'
        '</time><span class="comments">14 Comments</span></div>'
        '<figure class="duet--article--lede-image"><img src="https://cdn.circuit.example/quill.'
        'jpg" alt=""><figcaption>The Quill Color. <cite>Photo by Nadia Ferris / The Circuit'
        "</cite></figcaption></figure></div>"
        '<div class="duet--article--article-body-component-container">'
        '<div class="duet--article--affiliate-disclosure"><p>If you buy something from a '
        "Circuit link, Circuit Media may earn a commission. <a href=\"/ethics\">See our ethics "
        "statement.</a></p></div>"
        + "".join(x if x.startswith("<T>") else T(
            f'<div class="duet--article--article-body-component"><p class="duet--article--'
            f'dangerously-set-cms-markup">{x}</p></div>')
            for x in EREADER[:3])
        + '<div class="duet--article--article-body-component"><aside class="duet--article--'
        'related"><h3>Related</h3><ul><li><a href="/2025/2/3/color-e-ink-reviews">Color E Ink '
        "is finally getting good</a></li><li><a href=\"/2024/11/4/quill-basic-review\">Quill "
        "Basic review: the e-reader to beat</a></li></ul></aside></div>"
        + "".join(x if x.startswith("<T>") else T(
            f'<div class="duet--article--article-body-component"><p class="duet--article--'
            f'dangerously-set-cms-markup">{x}</p></div>')
            for x in EREADER[3:])
        + "</div>"
        '<div class="duet--article--share">' + share("share") + "</div>"
        '<div class="duet--article--comments"><button>See all 14 comments</button></div>'
        "</article>"
        '<section class="duet--content-cards--most-popular"><h2>Most Popular</h2><ol>'
        + "".join(f'<li><a href="/m/{i}">{t}</a></li>' for i, t in enumerate([
            "The best wireless earbuds to buy right now", "A new phone maker wants to beat "
            "the big two", "This week’s best deals on laptops"]))
        + "</ol></section>"
        '<div class="newsletter"><h2>Installer</h2><p>A weekly newsletter about the best apps '
        'and gadgets.</p><input type="email" placeholder="Email"><button>Sign up</button></div>'
        "</main>"
        '<footer class="duet--footer"><p>© 2025 Circuit Media, LLC. All Rights Reserved</p>'
        + menu("Terms of Use", "Privacy Notice", "Cookie Policy", "Licensing FAQ",
               "Accessibility")
        + "</footer></div></body></html>"))


# --- scoring -------------------------------------------------------------------------------------

MARGIN = 0.02  # a page is a body miss where ours reads below trafilatura's best by more
#: the batch as first measured (see the module's docstring): the held-out figures
MEASURED_BEFORE = {"commit": "663d28bcd295885f1dc5fb5993b0845ad40f2fe5",
                   "body": {"ours": 0.9851, "precision": 0.9799, "default": 0.9672,
                            "readability": 0.9164},
                   "ours": {"title": 1.0, "byline": 0.9375, "date": 0.9688},
                   "trafilatura": {"title": 0.8125, "byline": 0.9375, "date": 0.9688}}


def readability_text(item: Page) -> str:
    return _bench().readability_text(item.html)


@functools.cache
def body_table() -> tuple[tuple[str, tuple, tuple, tuple, tuple], ...]:
    """Per page: ours, trafilatura favor_precision, its default, readability-lxml, each
    (precision, recall) against the page's truth."""
    pr = _bench().precision_recall
    return tuple((name, pr(ours_text(item), item.truth), pr(trafilatura_text(item), item.truth),
                  pr(trafilatura_default_text(item), item.truth),
                  pr(readability_text(item), item.truth))
                 for name, item in PAGES.items())


def trafilatura_found(page: Page) -> tuple[str, str, str]:
    """Title, author and date trafilatura's ``bare_extraction`` reads off the page."""
    import trafilatura

    document = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    return (getattr(document, "title", "") or "", getattr(document, "author", "") or "",
            getattr(document, "date", "") or "")


@functools.cache
def meta_table() -> tuple[tuple[str, tuple, tuple, tuple, tuple], ...]:
    """Per page: what ours and trafilatura read (title, byline, date), and whether each is
    right."""
    rows = []
    for name, page in PAGES.items():
        try:
            ours = found(page)
        except AssertionError:  # no extraction at all: every field is wrong
            ours = ("", "", "")
        theirs = trafilatura_found(page)
        rows.append((name, ours, right(page, *ours), theirs, right(page, *theirs)))
    return tuple(rows)


def pooled() -> dict:
    """The batch's figures: body F1 of means (± bootstrap std) per extractor; the share of
    titles, bylines and dates each reader gets right."""
    bench, rows, meta = _bench(), body_table(), meta_table()
    body = {key: (round(bench.f1_of_means([row[i] for row in rows]), 4),
                  round(bench.bootstrap_std([row[i] for row in rows]), 4))
            for i, key in enumerate(("ours", "precision", "default", "readability"), 1)}
    fields = ("title", "byline", "date")
    return {"pages": len(rows), "body": body,
            "ours": {f: round(sum(r[2][i] for r in meta) / len(meta), 4)
                     for i, f in enumerate(fields)},
            "trafilatura": {f: round(sum(r[4][i] for r in meta) / len(meta), 4)
                            for i, f in enumerate(fields)},
            "body misses": sorted(name for name, o, p, d, _ in rows
                                  if _f1(o) < max(_f1(p), _f1(d)) - MARGIN)}


def print_table() -> None:
    for name, ours, prec, dflt, read in body_table():
        best = max(_f1(prec), _f1(dflt))
        mark = "MISS" if _f1(ours) < best - MARGIN else "lose" if _f1(ours) < best - 1e-9 else ""
        print(f"{name:34} ours P{ours[0]:.3f} R{ours[1]:.3f} F{_f1(ours):.3f}  "
              f"prec F{_f1(prec):.3f}  dflt F{_f1(dflt):.3f}  read F{_f1(read):.3f}  {mark}")
    print()
    for name, ours, ok, theirs, their_ok in meta_table():
        page = PAGES[name]
        wrong = [f for f, good in zip(("title", "byline", "date"), ok, strict=True) if not good]
        their_wrong = [f for f, good in zip(("title", "byline", "date"), their_ok, strict=True)
                       if not good]
        if wrong or their_wrong:
            print(f"{name:34} ours wrong {wrong} {ours!r}\n{'':34} traf wrong {their_wrong} "
                  f"{theirs!r}\n{'':34} truth {page.headline!r} {page.byline} {page.date!r}")
    print()
    figures = pooled()
    print(f"pages {figures['pages']}; body F1 of means ± bootstrap std: "
          + ", ".join(f"{k} {v[0]:.4f} ± {v[1]:.4f}" for k, v in figures["body"].items()))
    print("title / byline / date right: ours "
          + " / ".join(f"{v:.3f}" for v in figures["ours"].values())
          + "; trafilatura bare_extraction "
          + " / ".join(f"{v:.3f}" for v in figures["trafilatura"].values()))
    print(f"body misses (ours below trafilatura's best by > {MARGIN}): {figures['body misses']}")


# --- tests -----------------------------------------------------------------------------------
# Each miss of the measurement above, with why (read in src/newsdiff only after it was taken):
# strict, so a fix shows as an XPASS to take off the list.

#: pages whose body ours reads below trafilatura's best by more than ``MARGIN``
KNOWN_BODY_MISSES: dict[str, str] = {}
#: (page, field) read wrong
KNOWN_MISSES = {
    ("jekyll-data-newsroom-er", "byline"):
        "the JSON-LD (a BlogPosting, whose author page_metadata does not read) and the meta "
        "author name only the first of two authors, so trafilatura's one name wins; the page "
        "shows both in itemprop=author spans with no links, and all_shown_authors grows a "
        "stated byline only from author pages' links",
    ("handmade-essay-orchard", "byline"):
        "'by Walter Brink' in an <i> under a <font><b> headline: no metadata, no byline class, "
        "no author link, no <h1> to look under; no reading (Rules.by_line neither) finds it",
}


def test_batch_e_is_the_mix_it_stands_for():
    pages = list(PAGES.values())
    assert len(pages) == 32
    assert sum(page.lang == "en" for page in pages) >= 25
    assert len({page.lang for page in pages}) >= 6
    assert sum(page.kind == "other" for page in pages) >= 6
    assert all(page.truth and "<T>" not in page.html and "</T>" not in page.html
               for page in pages)
    assert set(KNOWN_BODY_MISSES) | {name for name, _ in KNOWN_MISSES} <= set(PAGES)


def _body_cases() -> list:
    return [pytest.param(name, id=name, marks=[pytest.mark.xfail(
        strict=True, reason=KNOWN_BODY_MISSES[name])] if name in KNOWN_BODY_MISSES else [])
        for name in PAGES]


@pytest.mark.parametrize("name", _body_cases())
def test_the_story_reads_as_well_as_trafilaturas_best_setting_reads_it(name: str):
    ours, precision, default, _ = next(row[1:] for row in body_table() if row[0] == name)
    assert _f1(ours) >= max(_f1(precision), _f1(default)) - MARGIN, (ours, precision, default)


def _meta_cases(field: str) -> list:
    return [pytest.param(name, id=name, marks=[pytest.mark.xfail(
        strict=True, reason=KNOWN_MISSES[(name, field)])] if (name, field) in KNOWN_MISSES
        else []) for name in PAGES]


def _ours(name: str) -> tuple[tuple[str, str, str], tuple[bool, bool, bool]]:
    return next((row[1], row[2]) for row in meta_table() if row[0] == name)


@pytest.mark.parametrize("name", _meta_cases("headline"))
def test_the_headline_is_the_one_the_page_shows(name: str):
    found_fields, ok = _ours(name)
    assert ok[0], found_fields[0]


@pytest.mark.parametrize("name", _meta_cases("byline"))
def test_the_byline_credits_whom_the_page_credits(name: str):
    found_fields, ok = _ours(name)
    assert ok[1], found_fields[1]


@pytest.mark.parametrize("name", _meta_cases("date"))
def test_the_day_is_the_one_the_newsroom_published_it(name: str):
    found_fields, ok = _ours(name)
    assert ok[2], found_fields[2]


def test_the_batchs_figures_stay_at_least_as_first_measured():
    figures = pooled()
    assert figures["body"]["ours"][0] >= MEASURED_BEFORE["body"]["ours"]
    for field, share in MEASURED_BEFORE["ours"].items():
        assert figures["ours"][field] >= share, field


if __name__ == "__main__":  # .venv/bin/python tests/test_heldout_e.py: the table
    print_table()
    sys.exit(0)
