"""Headline, byline and publication day together, on CMS shapes none of the earlier batches
has (d27, issue 16).

tests/test_headlines.py, tests/test_bylines_shapes.py, tests/test_metadata_shapes2.py,
tests/test_dates.py and tests/test_dates2.py each wrote a page for one field.  Here each page
is a whole page as one platform publishes it, and all three fields are read off it: Next.js
sites with ``__NEXT_DATA__`` and hashed class names, Yahoo and MSN syndication, Naver and Daum,
Squarespace, Substack, Medium and Blogger's newer themes, WordPress news themes (Newspack,
Jannah, JNews), wire and network sites (Reuters, CNN, Gannett, NPR, Fox, Forbes), a press
release, regional papers in French, Spanish, Italian, Dutch, Portuguese, Russian, Japanese,
German, Polish and Norwegian, AMP.

The truth is written before newsdiff read the page, as a careful reader states it: the
headline the page shows above the story (compared as words, as in test_metadata_shapes2), the
people it credits (a set of names: no label, role, place, photographer; an agency or the
paper beside a reporter may be named or not, ``also``), the day it was first published in
the newsroom's own zone.

Measured before any fix (ours wrong / trafilatura 2.3.1 ``bare_extraction`` wrong, per field
title, byline, date): see ``# --- scoring`` below.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from test_metadata_shapes2 import STORIES, byline_ok, headline_ok, ld

from newsdiff.extract import extract

MORE = {
    "ko": ["도의회는 화요일 밤 강을 따라 홍수 방어 시설에 4천만 원을 추가로 투입하기로 합의했다. "
           "연립 여당 사이의 협의는 3주 동안 이어졌고 한때 도정이 흔들릴 뻔했다.",
           "지난 5년 동안 두 번 침수된 마을에는 새 제방과 펌프가 먼저 설치된다. 공사는 봄에 "
           "시작해 모두 4년이 걸릴 전망이다.",
           "야당은 겨울에 집을 잃은 가족들에게는 너무 늦었다며 계획이 2019년부터 서랍 속에 "
           "있었던 이유를 따져 물었다."],
    "pt": ["O governo estadual decidiu na terça-feira à noite destinar mais quarenta milhões de "
           "reais à proteção contra enchentes ao longo do rio, depois de três semanas de "
           "negociações entre os partidos da coalizão.",
           "As cidades que foram inundadas duas vezes nos últimos cinco anos vão receber primeiro "
           "novos muros e bombas; as obras começam no outono e devem durar quatro anos.",
           "A oposição disse que o dinheiro chega tarde para as famílias que perderam a casa no "
           "verão e perguntou por que os planos ficaram na gaveta desde 2019."],
}


def story(lang: str = "en", tag: str = "p", attrs: str = "") -> str:
    """The story's paragraphs in ``lang``, each in a ``tag`` (``br``: one text broken by
    ``<br><br>``, as Naver's body is)."""
    paragraphs = STORIES.get(lang) or MORE[lang]
    if tag == "br":
        return "<br><br>".join(paragraphs)
    return "".join(f"<{tag}{attrs}>{p}</{tag}>" for p in paragraphs)


def doc(body: str, *, lang: str = "en", title: str = "", head: str = "",
        attrs: str = "") -> str:
    """A whole page: ``<title>``, ``head`` (metadata), ``body``."""
    return (f'<!DOCTYPE html><html lang="{lang}"{attrs}><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{title}</title>{head}</head><body>{body}</body></html>")


def meta(prop: str, content: str) -> str:
    attr = "property" if prop.startswith(("og:", "article:")) else "name"
    return f'<meta {attr}="{prop}" content="{content}">'


def nav(*sections: str) -> str:
    links = "".join(f'<li><a href="/{s.lower()}/">{s}</a></li>' for s in
                    sections or ("News", "Politics", "Sport", "Culture"))
    return f'<nav class="site-nav" aria-label="Main"><ul>{links}</ul></nav>'


def more_stories(*titles: str, byline: str = "", when: str = "") -> str:
    items = "".join(f'<li><a href="/news/{n}/">{t}</a>'
                    + (f' <span class="author">{byline}</span>' if byline else "")
                    + (f' <time>{when}</time>' if when else "") + "</li>"
                    for n, t in enumerate(titles or ("Ferry timetable changes from June",
                                                     "New cycle lane opens on the seafront")))
    return f'<aside class="related"><h2>More stories</h2><ul>{items}</ul></aside>'


@dataclass(frozen=True)
class Page:
    """A page, the headline it shows, whom it credits and the day it was published."""

    name: str
    html: str
    headline: str
    byline: tuple[str, ...]
    date: str
    url: str
    also: tuple[str, ...] = ()  #: an agency or paper a byline may name beside the reporters


H = "Region finds another 40 million for flood defences"
KO = "도의회, 홍수 방어에 4천만 원 추가 투입 합의"
DE = "Land gibt 40 Millionen Euro mehr für Hochwasserschutz aus"
ES = "La Diputación destina 40 millones más a proteger los pueblos del río"
FR = "Inondations : la région débloque 40 millions d’euros pour les digues"
IT = "Alluvioni, dalla Regione 40 milioni in più per gli argini del fiume"
NL = "Provincie steekt 40 miljoen extra in dijken langs de rivier"
PT = "Governo destina mais R$ 40 milhões para conter enchentes no interior"
RU = "Власти региона направят ещё 40 млн рублей на защиту от паводков"
JA = "県が洪水対策に4000万円追加　堤防とポンプを優先整備"
AR = "الحكومة المحلية تضخ 40 مليونا إضافية لحماية القرى من الفيضانات"
PL = "Region dołoży 40 mln zł na wały przeciwpowodziowe"
NO = "Fylket gir 40 millioner ekstra til flomsikring langs elva"


def batch_a() -> list[Page]:
    return [*_platforms_a(), *_networks_a(), *_regional_a()]


def _platforms_a() -> list[Page]:
    next_data = json.dumps({"props": {"pageProps": {"article": {
        "headline": H, "byline": [{"name": "Jane Doe", "slug": "jane-doe"}],
        "firstPublished": "2024-03-05T19:10:00.000Z",
        "lastUpdated": "2024-03-06T08:00:00.000Z"}}}, "page": "/[section]/[slug]",
        "buildId": "k3Jd9sQ2", "isFallback": False})
    sq_title = "Why our river needs higher walls"
    substack = "Why the flood money came late"
    medium = "How we rebuilt our flood maps in six weeks"
    return [
        Page("next.js: hashed CSS-module classes, a role after the name, __NEXT_DATA__",
             doc('<div id="__next"><header class="Header_root__a1B2c"><a class="Header_logo__'
                 f'Zx81q" href="/">The River Post</a>{nav()}</header><main class="ArticlePage_'
                 'main__Xy12z"><article><div class="ArticleHeader_kicker__9kQ1s">Politics</div>'
                 f'<h1 class="ArticleHeader_headline__3fGh7">{H}</h1><p class="ArticleHeader_'
                 'standfirst__Qw8e1">Towns flooded twice in five years come first.</p><div class='
                 '"Byline_root__K2pLm"><span class="Byline_by__7Hn2q">By</span> <a class="Byline'
                 '_author__Lm9Zx" href="/authors/jane-doe">Jane Doe</a><span class="Byline_role'
                 '__Tt4Uv">Political Correspondent</span></div><div class="Timestamp_root__Pq3Rs">'
                 '<time datetime="2024-03-05T19:10:00.000Z">5 March 2024, 7:10pm</time></div>'
                 f'<div class="ArticleBody_body__Ab12c">{story()}</div></article>'
                 f'{more_stories()}</main></div><script id="__NEXT_DATA__" type="application/'
                 f'json">{next_data}</script>',
                 title=f"{H} | The River Post", head=meta("og:title", H)
                 + meta("og:site_name", "The River Post")),
             H, ("Jane Doe",), "2024-03-05",
             "https://www.riverpost.example/politics/flood-defences-40-million"),
        Page("yahoo syndication: the AP writer in capitals, the provider's logo, UTC stamp",
             doc(f'<header id="ybar">{nav("Home", "US", "World", "Finance")}</header><div '
                 'class="caas-container"><article class="caas"><header class="caas-title-'
                 f'wrapper"><h1 data-test-locator="headline">{H}</h1></header><div class="caas-'
                 'attr"><div class="caas-attr-logo"><a href="https://apnews.example/"><img alt='
                 '"Associated Press" src="/ap.png"></a></div><div class="caas-attr-meta"><div '
                 'class="caas-attr-item-author"><span class="caas-author-byline-collapse">JANE '
                 'DOE</span></div><div class="caas-attr-time-style"><time class="caas-attr-meta-'
                 'time" datetime="2024-03-06T00:15:00.000Z">Tue, March 5, 2024 at 7:15 PM EST'
                 '</time><span>·</span><span>3 min read</span></div></div></div><div class="caas-'
                 f'body">{story()}</div></article></div>',
                 title=f"{H}", head=meta("og:site_name", "Yahoo News") + meta("og:title", H)
                 + ld({"@type": "NewsArticle", "headline": H,
                       "author": {"@type": "Person", "name": "JANE DOE"},
                       "provider": {"@type": "Organization", "name": "Associated Press"},
                       "datePublished": "2024-03-06T00:15:00.000Z"})),
             H, ("Jane Doe",), "2024-03-05",
             "https://news.yahoo.example/region-finds-another-40-million-001500123.html",
             also=("Associated Press",)),
        Page("msn syndication: 'Story by' and an age in hours, the day only in JSON-LD",
             doc(f'<header class="msn-header">{nav("News", "Weather", "Money")}</header><main>'
                 f'<div class="article-page"><div class="article-header"><h1>{H}</h1><div class='
                 '"article-meta"><a class="provider-name" href="/en-us/channel/source/The River '
                 'Post">The River Post</a><span class="byline">Story by Jane Doe</span> • <span '
                 f'class="time">2d</span></div></div><div class="article-body">{story()}</div>'
                 f"</div>{more_stories()}</main>",
                 title=H, head=meta("og:site_name", "MSN") + meta("og:title", H)
                 + ld({"@type": "NewsArticle", "headline": H,
                       "datePublished": "2024-03-05T14:02:11.000Z",
                       "author": [{"@type": "Person", "name": "Jane Doe"}],
                       "publisher": {"@type": "Organization", "name": "MSN"}})),
             H, ("Jane Doe",), "2024-03-05",
             "https://www.msn.example/en-us/news/world/region-finds-40-million/ar-BB1jK2l3",
             also=("The River Post",)),
        Page("naver news: headline in an h2, '기자' after the name, data-date-time in KST",
             doc('<div id="ct"><h1 class="Ngnb_logo"><a href="/">NAVER 뉴스</a></h1><div '
                 'class="media_end_head go_trans"><div class="media_end_head_top"><a class="'
                 'media_end_head_top_logo"><img alt="연합뉴스" src="/yna.png"></a></div><div '
                 'class="media_end_head_title"><h2 id="title_area" class="media_end_head_'
                 f'headline"><span>{KO}</span></h2></div><div class="media_end_head_info '
                 'nv_notrans"><div class="media_end_head_journalist"><button class="media_end_'
                 'head_journalist_box"><em class="media_end_head_journalist_name">김민수 기자'
                 '</em></button></div><div class="media_end_head_info_datestamp"><div class="'
                 'media_end_head_info_datestamp_bunch"><span class="media_end_head_info_'
                 'datestamp_term">입력</span><span class="media_end_head_info_datestamp_time '
                 '_ARTICLE_DATE_TIME" data-date-time="2024-03-05 18:04:12">2024.03.05. 오후 '
                 '6:04</span></div><div class="media_end_head_info_datestamp_bunch"><span class='
                 '"media_end_head_info_datestamp_term">수정</span><span class="media_end_head_'
                 'info_datestamp_time _ARTICLE_MODIFY_DATE_TIME" data-modify-date-time="2024-03-'
                 '06 09:00:00">2024.03.06. 오전 9:00</span></div></div></div></div><div id="'
                 'newsct_article"><article id="dic_area" class="go_trans _article_content">'
                 f'{story("ko", "br")}</article></div><div class="byline"><p class="byline_p">'
                 '<span class="byline_s">김민수 기자 (minsu@yna.example)</span></p></div></div>',
                 lang="ko", title=f"{KO} : 네이버 뉴스",
                 head=meta("og:title", KO) + meta("og:article:author", "연합뉴스 | 네이버")),
             KO, ("김민수",), "2024-03-05",
             "https://n.news.naver.example/article/001/0014523456", also=("연합뉴스",)),
        Page("daum news: h3 headline under a logo h1, '입력 2024. 3. 5. 18:04', og:regDate",
             doc('<div id="kakaoHead"><h1 class="doc-title"><a href="/"><span class="ir_wa">'
                 f'다음뉴스</span></a></h1></div><div id="mArticle"><div class="head_view"><h3 '
                 f'class="tit_view" data-translation="true">{KO}</h3><div class="info_view"><span'
                 ' class="txt_info">이지은 기자</span><span class="txt_info">입력 <span class='
                 '"num_date">2024. 3. 5. 18:04</span></span><span class="txt_info">수정 <span '
                 'class="num_date">2024. 3. 6. 09:00</span></span></div></div><div class="news_'
                 f'view"><div class="article_view"><section>'
                 f'{story("ko", "p", " dmcf-ptype=general")}</section></div></div></div>',
                 lang="ko", title=f"{KO} | 다음뉴스",
                 head=meta("og:title", KO) + meta("og:regDate", "20240305180412")
                 + meta("og:article:author", "연합뉴스")),
             KO, ("이지은",), "2024-03-05", "https://v.daum.example/v/20240305180412345",
             also=("연합뉴스",)),
        Page("squarespace: 'Written By', a day without its year, the em-dash site name",
             doc(f'<header class="header">{nav("Blog", "About")}</header><main><article class='
                 '"entry h-entry"><div class="blog-item-top-wrapper"><div class="blog-item-meta-'
                 'wrapper"><time class="dt-published blog-meta-item blog-meta-item--date" '
                 'datetime="2024-03-05">March 5</time><div class="blog-author"><span class="blog'
                 '-author-name">Written By <a href="/blog?author=5f2a">Sam Carter</a></span></div>'
                 '</div><h1 class="entry-title entry-title--large p-name" data-content-field='
                 f'"title">{sq_title}</h1></div><div class="blog-item-content e-content"><div '
                 'class="sqs-layout"><div class="sqs-block html-block"><div class="sqs-block-'
                 f'content">{story()}</div></div></div></div></article></main>',
                 title=f"{sq_title} — Riverside Notes",
                 head=meta("og:site_name", "Riverside Notes")
                 + meta("og:title", f"{sq_title} — Riverside Notes")
                 + ld({"url": "https://www.riversidenotes.example/blog/higher-walls",
                       "name": sq_title, "headline": sq_title, "author": "Sam Carter",
                       "datePublished": "2024-03-05T18:04:00-0500",
                       "dateModified": "2024-03-07T10:00:00-0500", "@type": "Article"})),
             sq_title, ("Sam Carter",), "2024-03-05",
             "https://www.riversidenotes.example/blog/higher-walls"),
        Page("substack: '<title> - by Author - Publication', the day in capitals",
             doc('<div id="main"><div class="main-menu"><a class="navbar-title-link" href="/">'
                 'River Letters</a></div><article class="typography newsletter-post post"><div '
                 f'class="post-header"><h1 class="post-title published">{substack}</h1><h3 class='
                 '"subtitle">Three weeks of talks, and the towns flooded twice wait again</h3>'
                 '<div class="post-meta"><div class="pencraft byline-wrapper"><div class="profile'
                 '-hover-card-target"><a href="https://substack.example/@janedoe">Jane Doe</a>'
                 '</div></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T '
                 'transform-uppercase-yKDgcq meta-EgzBVA">Mar 05, 2024</div></div></div><div '
                 f'class="available-content"><div class="body markup">{story()}</div></div>'
                 '<div class="subscribe-widget"><p>Subscribe to River Letters</p></div></article>'
                 "</div>",
                 title=f"{substack} - by Jane Doe - River Letters",
                 head=meta("og:title", substack)
                 + ld({"@type": "NewsArticle", "headline": substack,
                       "datePublished": "2024-03-05T23:30:12+00:00",
                       "author": [{"@type": "Person", "name": "Jane Doe",
                                   "url": "https://substack.example/@janedoe"}],
                       "publisher": {"@type": "Organization", "name": "River Letters"}})),
             substack, ("Jane Doe",), "2024-03-05",
             "https://riverletters.substack.example/p/why-the-flood-money-came-late"),
        Page("medium: '| by Author | Publication | Medium' title, storyPublishDate",
             doc(f'<div id="root"><article><div><h1 id="a1b2" class="pw-post-title" data-testid='
                 f'"storyTitle">{medium}</h1><div class="speechify-ignore"><div><a data-testid='
                 '"authorName" href="/@janedoe">Jane Doe</a></div><span>·</span><button>Follow'
                 '</button><div>Published in <a data-testid="publicationName" href="/river-data">'
                 'River Data Blog</a></div><span data-testid="storyReadTime">6 min read</span>'
                 '<span>·</span><span data-testid="storyPublishDate">Mar 5, 2024</span></div>'
                 f'{story("en", "p", " class=pw-post-body-paragraph")}</div></article></div>',
                 title=f"{medium} | by Jane Doe | River Data Blog | Medium",
                 head=meta("og:site_name", "Medium") + meta("og:title", medium)
                 + meta("author", "Jane Doe")
                 + meta("article:published_time", "2024-03-05T18:04:12.345Z")),
             medium, ("Jane Doe",), "2024-03-05",
             "https://medium.example/river-data/how-we-rebuilt-our-flood-maps-3f9a8b7c6d5e"),
        Page("blogger contempo: blog name in the h1, post title in an h3, 'Posted by' a handle",
             doc('<header class="centered-top-container"><div class="Header widget"><h1><a '
                 'href="/">Harbour notes</a></h1><p class="description">A blog about the '
                 'harbour</p></div></header><main id="main"><div class="blog-posts hfeed '
                 'container"><article class="post-outer-container"><div class="post"><a name="1">'
                 f'</a><h3 class="post-title entry-title">{H}</h3><div class="post-header"><div '
                 'class="post-header-line-1"><span class="byline post-author vcard"><span class="'
                 'byline-label">Posted by</span><span class="fn"><a class="g-profile" href="'
                 'https://www.blogger.example/profile/123" rel="author"><span>River Watcher'
                 '</span></a></span></span><span class="byline post-timestamp"><a class="'
                 'timestamp-link" href="/2024/03/flood-money.html" rel="bookmark"><time class='
                 '"published" datetime="2024-03-05T18:04:00-08:00" title="2024-03-05T18:04:00-'
                 '08:00">March 05, 2024</time></a></span></div></div><div class="post-body entry-'
                 f'content float-container">{story()}</div></div></article></div></main><aside '
                 'class="sidebar-container"><h3 class="title">Archive</h3><ul><li>2024 (7)</li>'
                 "</ul></aside>", title=f"Harbour notes: {H}"),
             H, ("River Watcher",), "2024-03-05",
             "https://harbournotes.blogspot.example/2024/03/flood-money.html"),
        Page("wp newspack: 'By' two co-authors, 'Republish this story', a dash in the title",
             doc(f'<header class="site-header">{nav()}</header><main id="main"><article class='
                 '"post type-post"><header class="entry-header"><span class="cat-links"><a class='
                 f'"newspack-category" href="/c/env/">Environment</a></span><h1 class="entry-'
                 f'title">{H}</h1><div class="newspack-post-subtitle">Towns flooded twice come '
                 'first</div><div class="entry-subhead"><div class="entry-meta"><span class="'
                 'author-avatar"><img alt="" class="avatar" src="/a.jpg"></span><span class="'
                 'byline"><span class="author-prefix">By</span> <span class="author vcard"><a '
                 'class="url fn n" href="/author/jane-doe/">Jane Doe</a></span> and <span class='
                 '"author vcard"><a class="url fn n" href="/author/john-roe/">John Roe</a></span>'
                 '</span><time class="entry-date published" datetime="2024-03-05T18:04:12-06:00">'
                 'March 5, 2024</time><span class="updated-label">Updated March 6, 2024</span>'
                 '</div><button class="republish-button">Republish this story</button></div>'
                 f'</header><div class="entry-content">{story()}</div></article></main>',
                 title=f"{H} – The River Ledger",
                 head=meta("og:title", f"{H} - The River Ledger")
                 + meta("og:site_name", "The River Ledger") + meta("author", "Jane Doe, John Roe")),
             H, ("Jane Doe", "John Roe"), "2024-03-05",
             "https://riverledger.example/2024/03/05/flood-defences-40-million/"),
        Page("wp jannah, Arabic: the author's link titled, only 'منذ 3 أيام' shown, og UTC",
             doc(f'<header id="theme-header">{nav("أخبار", "رياضة", "اقتصاد")}</header><div '
                 'id="content"><article id="the-post" class="container-wrapper post-content">'
                 '<header class="entry-header-outer"><div class="entry-header"><span class="post-'
                 'cat-wrap"><a class="post-cat tie-cat-12" href="/c/local/">أخبار محلية</a>'
                 f'</span><h1 class="post-title entry-title">{AR}</h1><div class="single-post-meta'
                 ' post-meta clearfix"><span class="author-meta single-author with-avatars"><span'
                 ' class="meta-item meta-author-wrapper meta-author-3"><span class="meta-author-'
                 'avatar"><a href="/author/mhassan/"><img alt="صورة محمد حسن" src="/av.jpg"></a>'
                 '</span><span class="meta-author"><a href="/author/mhassan/" class="author-name '
                 'tie-icon" title="محمد حسن">محمد حسن</a></span></span></span><span class="date '
                 'meta-item tie-icon">منذ 3 أيام</span><div class="tie-alignright"><span class="'
                 'meta-views meta-item">1,234 </span><span class="meta-reading-time meta-item">'
                 'دقيقة واحدة</span></div></div></div></header><div class="entry-content entry '
                 f'clearfix">{story("ar")}</div></article></div>',
                 lang="ar", attrs=' dir="rtl"', title=f"{AR} - شبكة النهر الإخبارية",
                 head=meta("og:title", AR) + meta("og:site_name", "شبكة النهر الإخبارية")
                 + meta("article:published_time", "2024-03-05T21:04:00+00:00")),
             AR, ("محمد حسن",), "2024-03-05",
             "https://www.alnahr.example/local/2024/%D8%A7%D9%84%D9%81%D9%8A%D8%B6%D8%A7%D9%86/"),
        Page("wp jnews: 'by' in its own span, the date a link, Yoast's og",
             doc(f'<div class="jeg_header">{nav()}</div><div class="jeg_main"><div class="jeg_'
                 'inner_content"><div class="entry-header"><div class="jeg_meta_category"><a '
                 f'href="/c/politics/">Politics</a></div><h1 class="jeg_post_title">{H}</h1>'
                 '<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">'
                 '<div class="meta_left"><div class="jeg_meta_author"><img alt="Jane Doe" class='
                 '"avatar" src="/a.jpg"><span class="meta_text">by</span> <a href="/author/jdoe/">'
                 'Jane Doe</a></div><div class="jeg_meta_date"><a href="/2024/03/05/flood/">March '
                 '5, 2024</a></div></div><div class="meta_right"><div class="jeg_meta_comment"><a'
                 ' href="#comments">0</a></div></div></div></div></div><div class="jeg_share_top_'
                 'container"><a class="jeg_btn-facebook">Share on Facebook</a><a class="jeg_btn-'
                 'twitter">Share on Twitter</a></div><div class="entry-content"><div class="'
                 f'content-inner">{story()}</div></div></div></div>',
                 title=f"{H} - The River Post",
                 head=meta("og:title", f"{H} - The River Post")
                 + meta("og:site_name", "The River Post")
                 + meta("article:published_time", "2024-03-05T18:04:00+00:00")),
             H, ("Jane Doe",), "2024-03-05",
             "https://www.riverpost.example/2024/03/05/flood-defences-40-million/"),
        Page("amp: 'By Jane Doe |' and an amp-timeago in one line, JSON-LD in the newsroom's zone",
             doc('<amp-sidebar id="menu" layout="nodisplay">' + nav() + '</amp-sidebar><header '
                 'class="amp-header"><a class="logo" href="/"><amp-img alt="The River Post" src="'
                 '/logo.png" width="200" height="40"></amp-img></a></header><article class="amp-'
                 f'article"><h1 class="amp-headline">{H}</h1><div class="amp-byline">By <span>'
                 'Jane Doe</span> | <amp-timeago datetime="2024-03-05T23:04:00Z" layout="fixed" '
                 'width="100" height="20">Mar 5, 2024</amp-timeago></div><div class="amp-body">'
                 f"{story()}</div></article>",
                 attrs=" amp", title=f"{H} | The River Post",
                 head='<link rel="canonical" href="https://www.riverpost.example/news/flood">'
                 + ld({"@type": "NewsArticle", "headline": H,
                       "datePublished": "2024-03-05T18:04:00-05:00",
                       "author": {"@type": "Person", "name": "Jane Doe"},
                       "publisher": {"@type": "Organization", "name": "The River Post"}})),
             H, ("Jane Doe",), "2024-03-05", "https://www.riverpost.example/amp/news/flood"),
    ]


def _networks_a() -> list[Page]:
    release = "Acme Water Announces New Flood Barrier Plant in Ohio"
    forbes = "Why Flood Insurance Will Cost More This Spring"
    return [
        Page("reuters-like: 'By A and B' in an address, the day and clock in spans, a sign-off",
             doc(f'<header>{nav("World", "Business", "Markets")}</header><main><article><div '
                 f'class="article-header__heading__15OpQ"><h1 data-testid="Heading" class="text__'
                 f'text__1FZLe text__heading_2__1K_hh">{H}</h1></div><div class="article-header__'
                 'info__3OhGW"><div data-testid="AuthorByline" class="info-content__author-date__'
                 '1Epi_"><address class="author-name__list__2_ssM"><span>By </span><a href="/'
                 'authors/jane-doe/" class="author-name__author__1gx5k">Jane Doe</a> and <a href='
                 '"/authors/john-roe/" class="author-name__author__1gx5k">John Roe</a></address>'
                 '<time data-testid="Body" class="text__text__1FZLe"><span class="date-line__'
                 'date__23Ge-">March 5, 2024</span><span class="date-line__date__23Ge-">6:04 PM '
                 'GMT</span><span class="date-line__date__23Ge-">Updated 2 days ago</span></time>'
                 '</div></div><div class="article-body__content__17Yit">'
                 f'{story("en", "p", " data-testid=paragraph")}<p class="sign-off">Reporting by '
                 "Jane Doe in London; additional reporting by Ann Lee; editing by Mark Potter"
                 '</p></div></article></main>',
                 title=f"{H} | Reuters", head=meta("og:title", H)
                 + meta("article:published_time", "2024-03-05T18:04:12Z")),
             H, ("Jane Doe", "John Roe"), "2024-03-05",
             "https://www.reuters.example/world/europe/region-finds-40-million-2024-03-05/"),
        Page("cnn-like: 'A and B, CNN', only 'Updated' shown, the next day in UTC",
             doc(f'<header class="header">{nav("US", "World", "Politics")}</header><main><div '
                 f'class="headline"><h1 id="maincontent" class="headline__text">{H}</h1><div '
                 'class="headline__footer"><div class="byline"><div class="byline__images"><img '
                 'alt="Headshot of Jane Doe" src="/jd.jpg"></div><div class="byline__names"><span'
                 ' class="byline__name">Jane Doe</span> and <span class="byline__name">John Roe'
                 '</span>, CNN</div></div><div class="timestamp vossi-timestamp">Updated 11:04 PM '
                 'EST, Tue March 5, 2024</div></div></div><div class="article__content">'
                 f'{story("en", "p", " class=paragraph")}</div></main>',
                 title=f"{H} | CNN",
                 head=meta("og:title", H) + meta("author", "Jane Doe, John Roe")
                 + ld({"@type": "NewsArticle", "headline": H,
                       "datePublished": "2024-03-05T20:00:00.000Z",
                       "dateModified": "2024-03-06T04:04:00.000Z",
                       "author": [{"@type": "Person", "name": "Jane Doe"},
                                  {"@type": "Person", "name": "John Roe"}]})),
             H, ("Jane Doe", "John Roe"), "2024-03-05",
             "https://edition.cnn.example/2024/03/05/world/flood-defences/index.html",
             also=("CNN",)),
        Page("gannett: the paper's name under the writer, 'Published … | Updated …' clock first",
             doc(f'<header class="gnt_n">{nav("News", "Sports", "Opinion")}</header><main class='
                 f'"gnt_cw"><article class="gnt_pr"><h1 class="gnt_ar_hl" elementtiming="ar-'
                 f'headline">{H}</h1><div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__fi"'
                 ' href="/staff/1234/jane-doe/">Jane Doe</a><div class="gnt_ar_by_t">Detroit Free'
                 ' Press</div></div><div class="gnt_ar_dt" aria-label="Published 6:04 p.m. ET '
                 'March 5, 2024 | Updated 9:00 a.m. ET March 6, 2024">Published 6:04 p.m. ET '
                 'March 5, 2024 | Updated 9:00 a.m. ET March 6, 2024</div><div class="gnt_ar_b">'
                 f'{story("en", "p", " class=gnt_ar_b_p")}</div></article></main>',
                 title=H, head=meta("og:title", H)),
             H, ("Jane Doe",), "2024-03-05",
             "https://eu.freep.example/story/news/local/michigan/2024/03/05/flood/72834510007/",
             also=("Detroit Free Press",)),
        Page("npr-like: ' : NPR' title, JSON-LD author's name a list, a show's slug",
             doc(f'<header>{nav("News", "Culture", "Music")}</header><main><article class="'
                 f'story"><div class="storytitle"><h1>{H}</h1></div><div class="story-meta"><div '
                 'id="story-meta" class="story-meta__one"><div class="byline-container--block">'
                 '<div class="byline byline--block"><p class="byline__name byline__name--block">'
                 '<a href="/people/123/jane-doe" rel="author">Jane Doe</a></p></div></div><div '
                 'class="dateblock"><time datetime="2024-03-05T18:04:00-05:00"><span class="date">'
                 'March 5, 2024</span><span class="time">6:04 PM ET</span></time></div></div>'
                 '</div><div class="program-block"><h3 class="slug"><a href="/programs/atc/">'
                 'Heard on All Things Considered</a></h3></div><div id="storytext" class="'
                 f'storytext">{story()}</div></article></main>',
                 title=f"{H} : NPR", head=meta("og:title", H) + meta("og:site_name", "NPR")
                 + meta("author", "Jane Doe")
                 + ld({"@type": "NewsArticle", "headline": H,
                       "datePublished": "2024-03-05T18:04:00-05:00",
                       "author": {"@type": "Person", "name": ["Jane Doe"]}})),
             H, ("Jane Doe",), "2024-03-05",
             "https://www.npr.example/2024/03/05/1234567890/flood-defences-40-million"),
        Page("fox-like: 'By <name> | Fox News' with the network in its own span",
             doc(f'<header class="site-header">{nav("U.S.", "Politics", "World")}</header><main>'
                 f'<article><header class="article-header"><h1 class="headline speakable">{H}'
                 '</h1><h2 class="sub-headline speakable">Towns flooded twice come first</h2><div'
                 ' class="article-meta article-meta-upper"><div class="author-byline"><span><span>'
                 'By</span> <span><a href="/person/d/jane-doe">Jane Doe</a></span> <span class='
                 '"article-source">| Fox News</span></span></div><div class="article-date"><time>'
                 'Published March 5, 2024 6:04pm EST</time></div></div></header><div class="'
                 f'article-body">{story("en", "p", " class=speakable")}</div></article></main>',
                 title=f"{H} | Fox News", head=meta("og:title", H)
                 + ld({"@type": "NewsArticle", "headline": H,
                       "datePublished": "2024-03-05T18:04:00-05:00",
                       "author": [{"@type": "Person", "name": "Jane Doe"}]})),
             H, ("Jane Doe",), "2024-03-05",
             "https://www.foxnews.example/us/region-finds-40-million-flood-defences",
             also=("Fox News",)),
        Page("forbes-like: contributor's title and bio under the name, '06:04pm EST'",
             doc(f'<header>{nav("Innovation", "Money", "Business")}</header><main><article><div'
                 ' class="top-contrib-block"><div class="contrib-byline-author"><a class="contrib'
                 '-link--name" href="/sites/janedoe/">Jane Doe</a></div><div class="contrib-'
                 'byline-title">Senior Contributor</div><div class="contrib-byline-bio">I write '
                 'about insurance and climate risk.</div></div><div class="article-headline-'
                 f'container"><h1 class="fs-headline speakable-headline">{forbes}</h1></div><div '
                 'class="content-data metrics-text"><time>Mar 5, 2024, 06:04pm EST</time></div>'
                 f'<div class="article-body fs-article">{story()}</div></article></main>',
                 title=forbes, head=meta("og:title", forbes)
                 + meta("article:published_time", "2024-03-05T23:04:00Z")
                 + meta("author", "Jane Doe")),
             forbes, ("Jane Doe",), "2024-03-05",
             "https://www.forbes.example/sites/janedoe/2024/03/05/why-flood-insurance-will-cost"),
        Page("press release: 'News provided by' the company, the dateline's /PRNewswire/",
             doc(f'<header>{nav("News", "Products", "Contact")}</header><main><header class="'
                 f'container release-header"><div class="detail-headline"><h1>{release}</h1><h2>'
                 'Plant will employ 300 people</h2></div><div class="row"><p class="mb-no">News '
                 'provided by</p><a class="color-blue" href="/news/acme-water-systems/"><strong>'
                 'Acme Water Systems</strong></a><p class="mb-no">Mar 05, 2024, 09:00 ET</p></div>'
                 '</header><section class="release-body container"><p><span class="xn-location">'
                 'COLUMBUS, Ohio</span>, <span class="xn-chron">March 5, 2024</span> /PRNewswire/'
                 f' -- Acme Water Systems will build a flood barrier plant in Ohio.</p>{story()}'
                 "</section></main>",
                 title=release, head=meta("og:title", release)
                 + meta("author", "Acme Water Systems")),
             release, ("Acme Water Systems",), "2024-03-05",
             "https://www.prnewswire.example/news-releases/acme-water-announces-302081234.html"),
    ]


def _regional_a() -> list[Page]:
    return [
        Page("fr, le parisien-like: 'Par A et B', 'Le 5 mars 2024 à 18h04, modifié le …'",
             doc(f'<header>{nav("Politique", "Faits divers", "Sports")}</header><main><article>'
                 '<header class="article_header"><div class="article_kicker">Inondations</div>'
                 f'<h1 class="title_xl">{FR}</h1><h2 class="subheadline">Les communes inondées '
                 'deux fois seront servies en premier.</h2><div class="author-wrapper"><span '
                 'class="author-name">Par <a href="/journalistes/jeanne-martin">Jeanne Martin'
                 '</a></span><span class="author-name"> et <a href="/journalistes/thomas-petit">'
                 'Thomas Petit</a></span></div><div class="timestamp"><span>Le 5 mars 2024 à '
                 '18h04, modifié le 6 mars 2024 à 09h00</span></div></header><section class="'
                 f'article-section">{story("fr")}</section></article></main>',
                 lang="fr", title=f"{FR} - Le Parisien", head=meta("og:title", FR)),
             FR, ("Jeanne Martin", "Thomas Petit"), "2024-03-05",
             "https://www.leparisien.example/environnement/inondations-40-millions-05-03-2024-"
             "ABCDEF.php"),
        Page("es, vocento-like: a city before a weekday and '5 de marzo 2024, 18:04'",
             doc(f'<header>{nav("Bizkaia", "Política", "Deportes")}</header><main><article><h1 '
                 f'class="v-a-t">{ES}</h1><h2 class="v-a-sub-t">Los municipios inundados dos veces'
                 ' en cinco años recibirán primero muros y bombas</h2><div class="v-mdl-ath"><div'
                 ' class="v-mdl-ath__inf"><p class="v-mdl-ath__p--2"><a href="/autor/ana-lopez-'
                 '123.html" class="v-mdl-ath__a">Ana López</a></p><p class="v-mdl-ath__p"><span '
                 'class="v-mdl-ath__loc">Bilbao</span> <time class="v-mdl-ath__time">Martes, 5 de'
                 ' marzo 2024, 18:04</time></p></div></div><div class="v-d v-d--ab-c">'
                 f'{story("es", "p", " class=v-p")}</div></article></main>',
                 lang="es", title=f"{ES} | El Correo del Río", head=meta("og:title", ES)
                 + meta("og:site_name", "El Correo del Río")),
             ES, ("Ana López",), "2024-03-05",
             "https://www.elcorreodelrio.example/bizkaia/diputacion-40-millones-rio-"
             "20240305180412-nt.html"),
        Page("it, repubblica-like: 'di' in an em, '05 Marzo 2024 alle 18:04' capitalised",
             doc(f'<header>{nav("Cronaca", "Politica", "Sport")}</header><main><article class="'
                 f'story"><h1 class="story__title">{IT}</h1><h2 class="story__summary">Nei comuni '
                 'allagati due volte arriveranno per primi argini e pompe</h2><div class="story__'
                 'toolbar"><em class="story__author">di Marco Rossi</em><time class="story__date"'
                 '>05 Marzo 2024 alle 18:04</time><span class="story__reading-time">2 minuti di '
                 f'lettura</span></div><div class="story__text">{story("it")}</div></article>'
                 "</main>",
                 lang="it", title=f"{IT} - la Repubblica", head=meta("og:title", IT)),
             IT, ("Marco Rossi",), "2024-03-05",
             "https://bologna.repubblica.example/cronaca/2024/03/05/news/alluvioni_regione-"
             "421234567/"),
        Page("nl, dpg-like: '05-03-24, 18:04' with a two-digit year, section in the title",
             doc(f'<header>{nav("Binnenland", "Buitenland", "Sport")}</header><main><article>'
                 f'<header class="article__header"><h1 class="article__title">{NL}</h1><p class='
                 '"article__intro">Gemeenten die twee keer onder water stonden, gaan voor.</p>'
                 '<div class="article__meta"><span class="article__author">Jan de Vries</span> '
                 '<time class="article__time">05-03-24, 18:04</time> <span class="article__'
                 'update">Laatste update: 06-03-24, 09:00</span></div></header><section class="'
                 f'article__body">{story("nl", "p", " class=article__paragraph")}</section>'
                 "</article></main>",
                 lang="nl", title=f"{NL} | Binnenland | AD.nl", head=meta("og:title", NL)),
             NL, ("Jan de Vries",), "2024-03-05",
             "https://www.ad.example/binnenland/provincie-steekt-40-miljoen-in-dijken~a1b2c3d4/"),
        Page("pt-br, globo-like: 'Por <strong>X</strong>, g1 SP', day first, UTC stamp",
             doc(f'<header>{nav("São Paulo", "Política", "Economia")}</header><main><article>'
                 f'<div class="content-head"><h1 class="content-head__title">{PT}</h1><h2 class='
                 '"content-head__subtitle">Cidades inundadas duas vezes recebem primeiro</h2>'
                 '</div><div class="content-publication-data"><p class="content-publication-data_'
                 '_from" title="Por Ana Souza, g1 SP">Por <strong>Ana Souza</strong>, g1 SP</p>'
                 '<p class="content-publication-data__updated"><time datetime="2024-03-05T21:04:'
                 '12.345Z">05/03/2024 18h04</time> Atualizado <time datetime="2024-03-06T12:00:'
                 '00.000Z">há 2 dias</time></p></div><div class="mc-article-body">'
                 f'{story("pt", "p", " class=content-text__container")}</div></article></main>',
                 lang="pt-BR", title=f"{PT} | São Paulo | G1", head=meta("og:title", PT)),
             PT, ("Ana Souza",), "2024-03-05",
             "https://g1.globo.example/sp/sao-paulo/noticia/2024/03/05/governo-destina-40-"
             "milhoes.ghtml", also=("g1 SP",)),
        Page("ru, ria-like: '18:04 05.03.2024' clock first, the agency's title and the day",
             doc(f'<header>{nav("Политика", "В мире", "Экономика")}</header><main><div class="'
                 'article__header"><div class="article__info"><div class="article__info-date"><a'
                 ' href="/20240305/">18:04 05.03.2024</a> <span class="article__info-date-'
                 'modified">(обновлено: 09:00 06.03.2024)</span></div></div><h1 class="article__'
                 f'title">{RU}</h1><div class="article__second-title">Первыми новые дамбы получат'
                 ' города, которые затапливало дважды</div></div><div class="article__body"><div '
                 'class="article__text"><strong>МОСКВА, 5 мар — РИА Новости.</strong> '
                 f'{STORIES["ru"][0]}</div>{story("ru", "div", " class=article__text")}</div>'
                 "</main>",
                 lang="ru", title=f"{RU} - РИА Новости, 05.03.2024",
                 head=meta("og:title", f"{RU} - РИА Новости, 05.03.2024")),
             RU, (), "2024-03-05", "https://ria.example/20240305/pavodok-1931234567.html",
             also=("РИА Новости",)),
        Page("ja, asahi-like: '：朝日新聞デジタル' in the title, '2024年3月5日 18時04分'",
             doc(f'<header>{nav("社会", "政治", "経済")}</header><main><article><div class="y_Fx4">'
                 f'<h1>{JA}</h1><div class="z_Ab12"><p><a href="/reporter/yamada/">山田太郎</a>'
                 '</p><p><time>2024年3月5日 18時04分</time></p></div></div><div class="nfyQp">'
                 f'{story("ja")}<p>（山田太郎）</p></div></article></main>',
                 lang="ja", title=f"{JA}：朝日新聞デジタル",
                 head=meta("og:title", f"{JA}：朝日新聞デジタル")
                 + meta("og:site_name", "朝日新聞デジタル")),
             JA, ("山田太郎",), "2024-03-05",
             "https://www.asahi.example/articles/ASS35ABC1S35UTIL012.html"),
        Page("ja, yahoo! news: the provider in brackets in the title, '3/5(火) 18:04配信'",
             doc(f'<header>{nav("主要", "国内", "国際")}</header><main><article><header><h1 class'
                 f'="sc-ktPPKK bkXMxE">{JA}</h1></header><div class="sc-gFAWRd"><p class="sc-'
                 'hKMtZM">3/5(火) 18:04配信</p></div><div class="article_body highLightSearch'
                 f'Target">{story("ja")}</div><footer><a class="sc-provider" href="/media/kyodo">'
                 "共同通信</a></footer></article></main>",
                 lang="ja", title=f"{JA}（共同通信） - Yahoo!ニュース",
                 head=meta("og:title", f"{JA}（共同通信） - Yahoo!ニュース")
                 + ld({"@type": "NewsArticle", "headline": JA,
                       "datePublished": "2024-03-05T18:04:00+09:00",
                       "author": {"@type": "Organization", "name": "共同通信"}})),
             JA, ("共同通信",), "2024-03-05",
             "https://news.yahoo.example.jp/articles/8f3c2a1b0d9e7f6a5b4c3d2e1f0a9b8c7d6e5f4a"),
        Page("de, ippen-like: 'Stand:' the only day shown, 'Von:' with a colon, a kicker above",
             doc(f'<header>{nav("Region", "Politik", "Sport")}</header><main><article class="id'
                 '-Story"><p class="id-Story-timestamp"><time datetime="2024-03-05T18:04:00+01:00'
                 '">Stand: 05.03.2024, 18:04 Uhr</time></p><p class="id-Story-kicker">Hochwasser'
                 f'</p><h1 class="id-StoryElement-headline">{DE}</h1><p class="id-Story-authors">'
                 'Von: <a class="id-Story-authors-link" href="/autoren/anna-mueller">Anna Müller'
                 '</a></p><a class="id-Story-comments" href="#comments">Kommentare</a><div class'
                 f'="id-StoryElement-paragraph">{story("de")}</div></article></main>',
                 lang="de", title=f"{DE} | Flusszeitung", head=meta("og:title", f"Hochwasser: "
                                                                     f"{DE}")),
             DE, ("Anna Müller",), "2024-03-05",
             "https://www.flusszeitung.example/region/hochwasser-land-40-millionen-92834512.html"),
        Page("pl, agora-like: two authors in spans, '5 marca 2024 | 18:04'",
             doc(f'<header>{nav("Kraj", "Świat", "Sport")}</header><main><article><h1 class="'
                 f'art-title">{PL}</h1><div class="art-authors"><span class="art-author">Anna '
                 'Nowak</span>, <span class="art-author">Piotr Kowalski</span></div><div class="'
                 'art-datetime"><time datetime="2024-03-05 18:04:00">5 marca 2024 | 18:04</time>'
                 f'</div><section class="art-text">{story("pl")}</section></article></main>',
                 lang="pl", title=PL, head=meta("og:title", PL)),
             PL, ("Anna Nowak", "Piotr Kowalski"), "2024-03-05",
             "https://wyborcza.example/7,75398,30712345,region-dolozy-40-mln.html"),
        Page("no, schibsted-like: reporter and photographer in a list with roles, '05.03.24'",
             doc(f'<header>{nav("Nyheter", "Sport", "Rampelys")}</header><main><article><h1 '
                 f'data-test-tag="headline">{NO}</h1><div class="byline"><ul><li><a class="author"'
                 ' href="/forfatter/kari">Kari Nordmann</a><span class="role">Journalist</span>'
                 '</li><li><a class="author" href="/forfatter/ola">Ola Hansen</a><span class="'
                 'role">Fotograf</span></li></ul><time datetime="2024-03-05T17:04:00Z">Publisert:'
                 ' 05.03.24 18:04</time> <time datetime="2024-03-06T08:00:00Z">Oppdatert: 06.03.'
                 f'24 09:00</time></div><div class="article-body">{story("no")}</div></article>'
                 "</main>",
                 lang="no", title=f"{NO} – VG", head=meta("og:title", NO)),
             NO, ("Kari Nordmann",), "2024-03-05",
             "https://www.vg.example/nyheter/i/Xy12Ab/fylket-gir-40-millioner-ekstra"),
    ]


def batch_b() -> list[Page]:
    return [*_networks_b(), *_platforms_b(), *_regional_b()]


KO_B = "한강 유역 마을, 새 제방 먼저 짓는다"
DE_B = "Das Land zahlt 40 Millionen Euro mehr für Deiche"


def _networks_b() -> list[Page]:
    conv = "Why towns that flood twice should get new walls first"
    return [
        Page("bloomberg-like: 'By' and a link, UTC stamp in a <time> with Eastern words",
             doc(f'<header>{nav("Markets", "Economics", "Green")}</header><main><article><div '
                 f'class="hed-and-dek"><h1 class="headline__3a97424275">{H}</h1><div class="'
                 'abstract"><ul><li>Towns flooded twice come first</li></ul></div></div><div '
                 'class="byline"><span>By </span><a href="/authors/AS1234/jane-doe" class="author'
                 '">Jane Doe</a></div><div class="timestamps"><time datetime="2024-03-05T18:04:12'
                 '.345Z">March 5, 2024 at 1:04 PM EST</time> <span class="updated">Updated on '
                 'March 6, 2024 at 4:00 AM EST</span></div><div class="body-content">'
                 f"{story()}</div></article></main>",
                 title=f"{H} - Bloomberg", head=meta("og:title", H)
                 + meta("article:published_time", "2024-03-05T18:04:12.345Z")),
             H, ("Jane Doe",), "2024-03-05",
             "https://www.bloomberg.example/news/articles/2024-03-05/region-finds-40-million"),
        Page("axios-like: 'Mar 5, 2024 - Energy & Environment', no date in the metadata",
             doc(f'<header>{nav("Politics", "Energy", "Local")}</header><main><article><h1 '
                 f'class="headline">{H}</h1><div class="byline"><div class="avatar"><img alt="'
                 'Jane Doe" src="/jd.png"></div><a href="/authors/jdoe">Jane Doe</a></div><span '
                 'data-cy="time-rubric">Mar 5, 2024 - Energy &amp; Environment</span><div class="'
                 f'story-text">{story()}</div></article></main>',
                 title=H, head=meta("og:title", H) + meta("og:site_name", "Axios")),
             H, ("Jane Doe",), "2024-03-05",
             "https://www.axios.example/2024/03/05/flood-defences-40-million"),
        Page("business insider-like: byline-link and a 'byline-timestamp' data stamp in UTC",
             doc(f'<header>{nav("Business", "Tech", "Markets")}</header><main><article><h1 '
                 f'class="post-headline">{H}</h1><div class="byline-wrapper"><div class="byline-'
                 'author"><a class="byline-link byline-author-name" href="/author/jane-doe">Jane '
                 'Doe</a></div><div class="byline-timestamp" data-timestamp="2024-03-05T23:04:00Z'
                 '">Mar 5, 2024, 6:04 PM ET</div><button class="share-button">Share</button><button'
                 ' class="save-button">Save</button></div><div class="content-lock-content">'
                 f"{story()}</div></article></main>",
                 title=f"{H} - Business Insider", head=meta("og:title", H)
                 + meta("article:published_time", "2024-03-05T23:04:00Z")),
             H, ("Jane Doe",), "2024-03-05",
             "https://www.businessinsider.example/region-finds-40-million-flood-2024-3"),
        Page("politico europe-like: 'By A and B' in p.authors, 'March 5, 2024 6:04 pm CET'",
             doc(f'<header>{nav("Politics", "Policy", "Opinion")}</header><main><article><header'
                 f' class="hero"><h1 class="hero__title">{H}</h1><p class="hero__excerpt">Towns '
                 'flooded twice come first.</p></header><div class="article-meta"><p class="'
                 'authors">By <a href="/author/jane-doe/">Jane Doe</a> and <a href="/author/john-'
                 'roe/">John Roe</a></p><p class="date-time">March 5, 2024 6:04 pm CET</p></div>'
                 f'<div class="article__content">{story()}</div></article></main>',
                 title=f"{H} – POLITICO", head=meta("og:title", H)
                 + meta("og:site_name", "POLITICO")
                 + meta("article:published_time", "2024-03-05T17:04:00+00:00")),
             H, ("Jane Doe", "John Roe"), "2024-03-05",
             "https://www.politico.example/article/region-finds-40-million-flood-defences/"),
        Page("the conversation-like: the author's post and university beside the name",
             doc(f'<header>{nav("Environment", "Politics", "Health")}</header><main><article>'
                 f'<h1 class="legacy entry-title instapaper_title">{conv}</h1><div class="content'
                 '-authors-group"><ul class="authors"><li class="author"><a href="/profiles/jane-'
                 'doe-12345" class="author-name">Jane Doe</a><span class="role">Professor of '
                 'Hydrology, University of Leeds</span></li></ul></div><div class="timestamps">'
                 '<time datetime="2024-03-05T18:04:00Z">Published: March 5, 2024 6.04pm GMT'
                 '</time></div><div class="grid-ten large-grid-nine grid-last content-body '
                 f'content entry-content instapaper_body">{story()}</div></article></main>',
                 title=conv, head=meta("og:title", conv) + meta("author", "Jane Doe")
                 + meta("og:site_name", "The Conversation")),
             conv, ("Jane Doe",), "2024-03-05",
             "https://theconversation.example/why-towns-that-flood-twice-should-get-new-walls-"
             "first-224567"),
        Page("times of india-like: the desk 'TNN' only, 'Updated: Mar 5, 2024, 23:34 IST'",
             doc(f'<header>{nav("City", "India", "World")}</header><main><div class="artTitle">'
                 f'<h1 class="HNMDR"><span>{H}</span></h1></div><div class="xf8Pm byline"><span>'
                 'TNN</span> / <span>Updated: Mar 5, 2024, 23:34 IST</span></div><div class="'
                 f'_s30J clearfix">{story()}</div></main>',
                 title=f"{H} | Mumbai News - Times of India", head=meta("og:title", H)
                 + meta("article:published_time", "2024-03-05T23:34:00+05:30")),
             H, ("TNN",), "2024-03-05",
             "https://timesofindia.example/city/mumbai/region-finds-40-million/articleshow/"
             "108234567.cms"),
        Page("hindustan times-like: 'By Jane Doe, New Delhi', IST morning, UTC past midnight",
             doc(f'<header>{nav("India", "World", "Cities")}</header><main><div class="fullStory'
                 f'"><h1 class="hdg1">{H}</h1><div class="actionDiv"><div class="storyBy">By <a '
                 'href="/author/jane-doe-101">Jane Doe</a>, New Delhi</div><div class="dateTime">'
                 f'Mar 06, 2024 05:34 AM IST</div></div><div class="storyDetails">{story()}</div>'
                 "</div></main>",
                 title=f"{H} | Latest News India - Hindustan Times", head=meta("og:title", H)
                 + meta("article:published_time", "2024-03-06T05:34:00+05:30")),
             H, ("Jane Doe",), "2024-03-06",
             "https://www.hindustantimes.example/india-news/region-finds-40-million-"
             "101709683040123.html"),
        Page("independent-like: 'Tuesday 05 March 2024 18:04 GMT' with the weekday first",
             doc(f'<header>{nav("News", "Sport", "Voices")}</header><main><article><header><h1 '
                 f'class="sc-headline">{H}</h1><h2>Towns flooded twice come first</h2><div class="'
                 'article-meta"><div class="author-name"><a href="/author/jane-doe">Jane Doe</a>'
                 '</div><div class="publish-date"><span>Tuesday 05 March 2024 18:04 GMT</span>'
                 f'</div></div></header><div id="main">{story()}</div></article></main>',
                 title=f"{H} | The Independent", head=meta("og:title", H)
                 + meta("article:published_time", "2024-03-05T18:04:00.000Z")),
             H, ("Jane Doe",), "2024-03-05",
             "https://www.independent.example/news/uk/home-news/flood-defences-40-million-"
             "b2507123.html"),
    ]


def _platforms_b() -> list[Page]:
    wix = "Ten things we learned from the flood"
    hub = "How to plan a flood defence budget"
    return [
        Page("wix blog: user-name and a 'time-ago' whose title is the day, BlogPosting in UTC",
             doc('<div id="SITE_CONTAINER"><header id="SITE_HEADER"><a href="/">Riverside '
                 'Notes</a></header><main id="PAGES_CONTAINER"><article data-hook="post"><div '
                 'class="post-metadata"><span class="tQ0Q1A user-name dlINDG" data-hook="user-'
                 'name">Sam Carter</span><span class="post-metadata__date time-ago" data-hook="'
                 'time-ago" title="Mar 5, 2024">Mar 5</span><span data-hook="time-to-read">3 min '
                 'read</span></div><h1 class="blog-post-title-font blog-post-title-color" data-'
                 f'hook="post-title">{wix}</h1><div data-hook="post-description"><div class="'
                 f'post-content__body">{story()}</div></div></article></main></div>',
                 title=wix, head=meta("og:title", wix) + meta("og:site_name", "Riverside Notes")
                 + ld({"@type": "BlogPosting", "headline": wix,
                       "datePublished": "2024-03-05T23:04:00.000Z"})),
             wix, ("Sam Carter",), "2024-03-05",
             "https://www.riversidenotes.example/post/ten-things-we-learned-from-the-flood"),
        Page("hubspot blog: the title in a wrapper span, an author link and a bare clock",
             doc(f'<header>{nav("Blog", "Pricing")}</header><main><article class="blog-post">'
                 '<h1 class="blog-post__title"><span id="hs_cos_wrapper_name" class="hs_cos_'
                 f'wrapper hs_cos_wrapper_meta_field">{hub}</span></h1><div class="blog-post__meta'
                 '"><a class="blog-post__author" href="/blog/author/sam-carter">Sam Carter</a> '
                 '<time class="blog-post__timestamp">Mar 5, 2024 6:04:00 PM</time></div><div '
                 f'class="blog-post__body">{story()}</div></article></main>',
                 title=hub, head=meta("og:title", hub)),
             hub, ("Sam Carter",), "2024-03-05",
             "https://www.riverplanning.example/blog/how-to-plan-a-flood-defence-budget"),
        Page("wordpress block theme: 'Written by' and the name in paragraphs of their own",
             doc(f'<header class="wp-block-template-part">{nav("Blog", "About")}</header><main '
                 f'class="wp-block-group"><h1 class="wp-block-post-title">{H}</h1><div class="'
                 'wp-block-group is-layout-flex"><div class="wp-block-post-author"><div class="'
                 'wp-block-post-author__content"><p class="wp-block-post-author__byline">Written '
                 'by</p><p class="wp-block-post-author__name">Jane Doe</p></div></div><div class="'
                 'wp-block-post-date"><time datetime="2024-03-05T18:04:00+00:00">March 5, 2024'
                 '</time></div></div><div class="entry-content wp-block-post-content">'
                 f"{story()}</div></main>",
                 title=f"{H} – River Notes", head=meta("og:title", f"{H} – River Notes")),
             H, ("Jane Doe",), "2024-03-05",
             "https://rivernotes.wordpress.example/2024/03/05/flood-defences/"),
        Page("drupal university news: 'By X, Office of Communications' in a field",
             doc(f'<header>{nav("Study", "Research", "News")}</header><main><div class="region'
                 ' region-content"><h1 class="page-title"><span class="field field--name-title">'
                 f'{H}</span></h1><article class="node node--type-news"><div class="field field--'
                 'name-field-news-author">By Jane Doe, Office of Communications</div><div class="'
                 'field field--name-field-news-date"><time datetime="2024-03-05T12:00:00Z">March '
                 '5, 2024</time></div><div class="clearfix text-formatted field field--name-body">'
                 f"{story()}</div></article></div></main>",
                 title=f"{H} | River University", head=meta("og:title", H)),
             H, ("Jane Doe",), "2024-03-05",
             "https://www.riveruniversity.example/news/region-finds-40-million"),
    ]


def _regional_b() -> list[Page]:
    return [
        Page("es, el país-like: a city beside the author, '05 mar 2024 - 18:04 CET'",
             doc(f'<header>{nav("España", "Internacional", "Clima")}</header><main><article>'
                 f'<header class="a_e"><div class="a_k">Inundaciones</div><h1 class="a_t">{ES}'
                 '</h1><p class="a_st">Los municipios inundados dos veces recibirán primero muros'
                 '</p></header><div class="a_md"><div class="a_md_txt"><div class="a_md_a"><a '
                 'href="/autor/ana-lopez/" class="a_md_a_n">Ana López</a><span class="a_md_a_l">'
                 'Bilbao</span></div><div class="a_md_f"><span><a href="/hemeroteca/2024-03-05/" '
                 'data-date="2024-03-05T18:04:00+01:00">05 mar 2024 - 18:04 CET</a></span></div>'
                 f'</div></div><div class="a_c clearfix">{story("es")}</div></article></main>',
                 lang="es", title=f"{ES} | Clima | EL PAÍS", head=meta("og:title", ES)),
             ES, ("Ana López",), "2024-03-05",
             "https://elpais.example/clima/2024-03-05/la-diputacion-destina-40-millones.html"),
        Page("fr, le monde-like: '(Rennes, correspondante)' after the name, 'Publié le …'",
             doc(f'<header>{nav("International", "Politique", "Planète")}</header><main><article>'
                 f'<header class="article__header"><h1 class="article__title">{FR}</h1><p class="'
                 'article__desc">Les communes inondées deux fois seront servies en premier.</p>'
                 '<div class="meta meta__publisher"><span class="meta__author meta__author--'
                 'page">Par <a class="article__author-link" href="/signataires/jeanne-martin/">'
                 'Jeanne Martin</a> (Rennes, correspondante)</span><span class="meta__date meta__'
                 'date--header">Publié le 05 mars 2024 à 18h04, modifié le 06 mars 2024 à 09h00'
                 '</span></div></header><section class="article__wrapper"><article class="article'
                 f'__content">{story("fr", "p", " class=article__paragraph")}</article></section>'
                 "</article></main>",
                 lang="fr", title=f"{FR}", head=meta("og:title", FR)
                 + meta("og:site_name", "Le Monde.fr")),
             FR, ("Jeanne Martin",), "2024-03-05",
             "https://www.lemonde.example/planete/article/2024/03/05/inondations_6219876_3244.html"),
        Page("de, spiegel-like: kicker and headline in spans of an h2, 'Von A und B' links",
             doc(f'<header><div class="logo"><a href="/">DER SPIEGEL</a></div>{nav()}</header>'
                 '<main><article><header data-area="intro"><h2 class="leading-tight"><span class='
                 '"text-primary-base block">Hochwasserschutz</span> <span class="align-middle">'
                 f'{DE_B}</span></h2><div class="RichText">Gemeinden, die zweimal überflutet '
                 'wurden, bekommen zuerst neue Mauern.</div><div class="font-sansUI">Von <a href='
                 '"/impressum/autor-1a2b3c">Anna Müller</a> und <a href="/impressum/autor-4d5e6f">'
                 'Jonas Weber</a></div><time datetime="2024-03-05 18:04:00" class="timeformat">'
                 f'05.03.2024, 18.04 Uhr</time></header><section data-area="body">{story("de")}'
                 "</section></article></main>",
                 lang="de", title=f"Hochwasserschutz: {DE_B} - DER SPIEGEL",
                 head=meta("og:title", f"Hochwasserschutz: {DE_B}")
                 + meta("og:site_name", "DER SPIEGEL")),
             DE_B, ("Anna Müller", "Jonas Weber"), "2024-03-05",
             "https://www.spiegel.example/politik/deutschland/hochwasserschutz-land-zahlt-40-"
             "millionen-a-1b2c3d4e.html"),
        Page("nl, nos-like: nobody credited, 'Aangepast' under the published time",
             doc(f'<header>{nav("Binnenland", "Buitenland", "Politiek")}</header><main><article>'
                 f'<h1 class="sc-title">{NL}</h1><p class="sc-meta"><time datetime="2024-03-05T18:'
                 '04:00+0100">5 maart 2024, 18:04</time><span> • Aangepast 6 maart 2024, 09:00'
                 f'</span></p><div class="sc-content">{story("nl")}</div></article></main>',
                 lang="nl", title=f"{NL} | NOS", head=meta("og:title", NL)
                 + meta("og:site_name", "nos.nl")),
             NL, (), "2024-03-05", "https://nos.example/artikel/2512345-provincie-steekt-40-miljoen"),
        Page("ko, chosun-like: the author link with '기자', '입력 2024.03.05. 18:04'",
             doc(f'<header>{nav("정치", "사회", "국제")}</header><main><article><h1 class="article-'
                 f'header__headline"><span>{KO_B}</span></h1><div class="article-byline"><a class'
                 '="article-byline__author" href="/people/lee-jieun/">이지은 기자</a></div><div '
                 'class="article-dateline"><span class="inputDate">입력 2024.03.05. 18:04</span> '
                 '<span class="upDate">업데이트 2024.03.06. 09:00</span></div><section class="'
                 f'article-body">{story("ko")}</section></article></main>',
                 lang="ko", title=f"{KO_B} - 조선일보", head=meta("og:title", KO_B)
                 + meta("og:site_name", "조선일보")),
             KO_B, ("이지은",), "2024-03-05",
             "https://www.chosun.example/national/2024/03/05/ABCDEFGHIJKLMNOPQRSTUVWXYZ/"),
        Page("ja, nikkei-like: nobody credited, '2024年3月5日 18:04' in a <time> with a +0900",
             doc(f'<header>{nav("経済", "政治", "国際")}</header><main><article><h1 class="title_'
                 f'tp">{JA}</h1><div class="TimeStamp"><time datetime="2024-03-05T18:04:00+0900">'
                 f'2024年3月5日 18:04</time></div><section class="container_cz">{story("ja")}'
                 "</section></article></main>",
                 lang="ja", title=f"{JA} - 日本経済新聞", head=meta("og:title", JA)
                 + meta("og:site_name", "日本経済新聞")),
             JA, (), "2024-03-05", "https://www.nikkei.example/article/DGXZQOUA051230V00C24A3000000/"),
        Page("ar, asharq al-awsat-like: 'لندن: محمد حسن', a Hijri day before the Gregorian",
             doc(f'<header>{nav("العالم العربي", "اقتصاد", "رياضة")}</header><main><article><h1 '
                 f'class="node-title">{AR}</h1><div class="node-date">الثلاثاء - 24 شعبان 1445 هـ'
                 ' - 05 مارس 2024 مـ</div><div class="node-author">لندن: محمد حسن</div><div class'
                 f'="node-body">{story("ar")}</div></article></main>',
                 lang="ar", attrs=' dir="rtl"', title=f"{AR} | الشرق الأوسط",
                 head=meta("og:title", AR) + meta("og:site_name", "الشرق الأوسط")),
             AR, ("محمد حسن",), "2024-03-05", "https://aawsat.example/node/4891234"),
        Page("pl, onet-like: 'Data utworzenia: 5 marca 2024, 18:04' under an authorName",
             doc(f'<header>{nav("Kraj", "Świat", "Sport")}</header><main><article><h1 class="'
                 f'mainTitle">{PL}</h1><div class="authDateWrapper"><span class="authorName">Anna '
                 'Nowak</span><span class="datePublished">Data utworzenia: 5 marca 2024, 18:04'
                 '</span></div><div class="detailContent">'
                 f'{story("pl", "p", " class=hyphenate")}</div></article></main>',
                 lang="pl", title=f"{PL} - Wiadomości", head=meta("og:title", PL)),
             PL, ("Anna Nowak",), "2024-03-05",
             "https://wiadomosci.onet.example/kraj/region-dolozy-40-mln-zl/abc123x"),
        Page("ru, lenta-like: '18:04, 5 марта 2024' clock first, the author as a topic link",
             doc(f'<header>{nav("Россия", "Мир", "Экономика")}</header><main><div class="topic-'
                 f'page"><div class="topic-header"><h1 class="topic-body__titles">{RU}</h1><a '
                 'class="topic-header__item topic-header__time" href="/2024/03/05/">18:04, 5 марта'
                 ' 2024</a></div><div class="topic-authors"><a class="topic-authors__author" href='
                 '"/authors/anna-ivanova/">Анна Иванова</a></div><div class="topic-body__content">'
                 f'{story("ru", "p", " class=topic-body__content-text")}</div></div></main>',
                 lang="ru", title=f"{RU}: Россия: Lenta.ru", head=meta("og:title", RU)),
             RU, ("Анна Иванова",), "2024-03-05",
             "https://lenta.example/news/2024/03/05/pavodki/"),
    ]


# --- scoring -----------------------------------------------------------------------------------
#
# Measured before any fix (ours wrong / trafilatura 2.3.1 ``bare_extraction`` wrong, each
# field scored as the tests below score it):
#   batch A (31 pages): titles 0 / 8, bylines 6 / 9, dates 1 / 2.  Ours missed the credit in
#   boxes named for neither byline nor author (Gannett's ``gnt_ar_by``, Vocento's
#   ``v-mdl-ath``, an unclassed ``<p>`` of Asahi's, Daum's ``txt_info`` "이지은 기자", g1's
#   "Por <strong>…</strong>"), named a photographer whose role follows his name
#   ("Fotograf"), and took an update's day where the dateline stands above the ``<h1>``
#   (RIA's "18:04 05.03.2024 (обновлено: … 06.03.2024)").  After A's fixes (an author page's
#   link or a name with a reporter's title between headline and story, ``Rules.
#   header_credit``; "Fotograf"/"Photographer" after a name is a role; a dateline in the
#   headline's own header above it): titles 0, bylines 1 (g1: only the off ``Rules.by_line``
#   reads it), dates 0.  A's byline rule also put right a known miss of
#   test_metadata_shapes2 (a "Von" line of author links under hashed class names).
#   ``Rules.by_line`` on would put g1 right too, but names a live blog's newest entry's
#   writer (tests/test_bylines_shapes.py): it stays off.
#   batch B (21 pages), written after A's fixes without reading the code they changed, and
#   measured before any fix of its own (the held-out figure): titles 1 / 2, bylines 4 / 9,
#   dates 0 / 2.  The code before A's fixes: 1, 6, 0 (A's fixes put two of B's bylines
#   right, an author page's link under the headline on Hindustan Times' and El País's
#   shapes, and none wrong).  B's misses: a Wix post's "user-name" above its title; Der
#   Spiegel's shape, whose headline is an ``<h2>`` (no ``<h1>`` on the page: the kicker the
#   og:title sets off stays, and the "Von …" links under it go unread); trafilatura's
#   "Jeanne Martin Rennes" of "Jeanne Martin (Rennes, correspondante)"; "Office" of "By Jane
#   Doe, Office of Communications".  After B's own fixes (post hoc: a box's linked name
#   opening trafilatura's longer one is the name; one word shown only before "of …" opens an
#   institution's name; a page with no ``<h1>``: an ``<h2>`` of the story's that tells the
#   metadata's story at its own length is the headline, its kicker span dropped as an
#   ``<h1>``'s is): titles 0, bylines 2, dates 0.  B's fixes also put right two known misses
#   of earlier batches, both written before them: "Jane Doe Daily Paper Staff"
#   (tests/test_bylines_shapes.py) and an ``<h2>`` headline under a ``<title>`` of several
#   separators (tests/test_metadata_shapes2.py).


def found(page: Page) -> tuple[str, str, str]:
    result = extract(page.html, page.url, "s")
    assert result is not None, page.name
    return result.article.title, result.article.byline, result.article.published


def right(page: Page, title: str, byline: str, date: str) -> tuple[bool, bool, bool]:
    """Whether a title, byline and date read off ``page`` are its own."""
    return (headline_ok(page, title), byline_ok(page, byline), (date or "")[:10] == page.date)


#: (page, field) read wrong, with why it is left
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("pt-br, globo-like: 'Por <strong>X</strong>, g1 SP', day first, UTC stamp", "byline"):
        "a 'Por …' line in a box named for neither byline nor author, with no author page's "
        "link: only Rules.by_line reads it, off (it names a live blog's newest entry's writer)",
    ("wix blog: user-name and a 'time-ago' whose title is the day, BlogPosting in UTC",
     "byline"):
        "a box classed 'user-name' above the title, no author page's link: a user name's class "
        "is also a signed-in reader's, and no rule reads it",
    ("de, spiegel-like: kicker and headline in spans of an h2, 'Von A und B' links",
     "byline"):
        "with no <h1>, no story header is known to read the 'Von …' links in (bylines and "
        "days are looked for under the <h1> only; and the links' addresses, /impressum/"
        "autor-…, name no author page by their first part)",
}


def _cases(field: str) -> list:
    return [pytest.param(page, id=page.name, marks=[pytest.mark.xfail(
        strict=True, reason=KNOWN_MISSES[(page.name, field)])]
        if (page.name, field) in KNOWN_MISSES else [])
        for page in (*batch_a(), *batch_b())]


def test_the_batches_are_written_once_each():
    pages = [*batch_a(), *batch_b()]
    assert len(batch_a()) >= 30 and len(batch_b()) >= 20
    assert len({page.name for page in pages}) == len(pages)
    assert {name for name, _ in KNOWN_MISSES} <= {page.name for page in pages}


@pytest.mark.parametrize("page", _cases("headline"))
def test_the_headline_is_the_one_the_page_shows(page: Page):
    title = found(page)[0]
    assert right(page, title, "", "")[0], title


@pytest.mark.parametrize("page", _cases("byline"))
def test_the_byline_credits_whom_the_page_credits(page: Page):
    byline = found(page)[1]
    assert right(page, "", byline, "")[1], byline


@pytest.mark.parametrize("page", _cases("date"))
def test_the_day_is_the_one_the_newsroom_published_it(page: Page):
    date = found(page)[2]
    assert right(page, "", "", date)[2], date


# --- each defect batch A found, on its own (each test fails on the code before its fix) -------

URL = "https://www.riverpost.example/news/2024/flood-defences"


def read_page(header: str, *, above: str = "", after: str = "", lang: str = "en",
              rules=None) -> tuple[str, str]:
    """The byline and day read off a page with ``header`` between its ``<h1>`` and story,
    ``above`` the ``<h1>`` in its own header box, ``after`` the story; no metadata."""
    html = doc(f'<header class="masthead"><span class="today">Monday 11.03.2024</span>{nav()}'
               f'</header><main><article><div class="story-header">{above}<h1>{H}</h1></div>'
               f'{header}<div class="story-body">{story(lang)}</div>{after}</article></main>',
               lang=lang, title=f"{H} | The River Post")
    result = extract(html, URL, "s", **({"rules": rules} if rules else {}))
    assert result is not None
    return result.article.byline, result.article.published


@pytest.mark.parametrize("box, name", [
    ('<div class="gnt_ar_by"><a href="/staff/1234/jane-doe/">Jane Doe</a><div>Detroit Free '
     "Press</div></div>", "Jane Doe"),
    ('<p class="v-mdl-ath__p--2"><a href="/autor/ana-lopez-123.html">Ana López</a></p>',
     "Ana López"),
    '<div><p><a href="/reporter/yamada/">山田太郎</a></p></div> 山田太郎'.rsplit(" ", 1),
    ('<p class="x9"><a href="/people/jane-doe">Jane Doe</a> and <a href="/people/john-roe">'
     "John Roe</a></p>", "Jane Doe, John Roe"),
    ('<span class="txt_info">이지은 기자</span><span class="txt_info">입력 2024. 3. 5.</span>',
     "이지은"),
])
def test_an_author_pages_link_or_a_reporters_title_under_the_headline_is_the_byline(
        box: str, name: str):
    from dataclasses import replace

    from newsdiff.extract import RULES

    assert read_page(box)[0] == name
    assert read_page(box, rules=replace(RULES, header_credit=False))[0] == ""


@pytest.mark.parametrize("box, after", [
    # a topic's page, not an author's
    ('<div class="topics"><a href="/tag/flood-defences/">Flood Defences</a></div>', ""),
    # an author's link after the story is a teaser's or a box's
    ("", '<div class="more"><a href="/author/john-roe/">John Roe</a></div>'),
    # the photographer's page: "Photos by"
    ('<p>Photos by <a href="/staff/ola-hansen/">Ola Hansen</a></p>', ""),
    # a picture's credit between the headline and the story
    ('<figure><img src="/p.jpg" alt=""><figcaption>Flood walls in Passau. <a href="/staff/'
     'ola-hansen/">Ola Hansen</a></figcaption></figure>', ""),
    # a title after a name alone is none of a reporter's
    ('<span class="meta">Ola Hansen 교수</span>', ""),
])
def test_links_and_names_that_credit_no_writer_are_no_byline(box: str, after: str):
    assert read_page(box, after=after)[0] == ""


@pytest.mark.parametrize("role", ["Fotograf", "Photographer", "Fotógrafo"])
def test_a_photographer_named_by_a_role_after_the_link_is_no_co_author(role: str):
    # (as Schibsted's box: where trafilatura's author is a box's whole text, "Kari Nordmann
    # Journalist Ola Hansen Fotograf" of unclassed links, that is taken: a miss of its own)
    box = ('<div class="byline"><ul><li><a class="author" href="/a/kari">Kari Nordmann</a>'
           '<span class="role">Journalist</span></li><li><a class="author" href="/a/ola">Ola '
           f'Hansen</a><span class="role">{role}</span></li></ul></div>')
    assert read_page(box)[0] == "Kari Nordmann"


def test_a_dateline_its_header_sets_above_the_headline_is_read_never_the_mastheads():
    above = ('<div class="article__info-date"><a href="/20240305/">18:04 05.03.2024</a> <span>'
             "(обновлено: 09:00 06.03.2024)</span></div>")
    assert read_page("", above=above, lang="ru")[1][:10] == "2024-03-05"
    # the masthead's day of today is no part of the headline's header
    import lxml.html

    from newsdiff.dates import header_before
    from newsdiff.headline import story_headline

    tree = lxml.html.fromstring(doc(
        '<header><span class="date">Monday 11.03.2024</span></header><main><article><div '
        f'class="story-header"><span class="kicker">Floods</span><h1>{H}</h1></div>'
        f"{story()}</article></main>"))
    before = header_before(story_headline(tree))
    assert [e.get("class") for e in before] == ["kicker"]


# --- each defect batch B found, on its own (post hoc: B's figure is the one before them) -------

@pytest.mark.parametrize("box, name", [
    # trafilatura: "Par Jeanne Martin Rennes; Correspondante"
    ('<div class="meta__author">Par <a href="/signataires/jeanne-martin/">Jeanne Martin</a> '
     "(Rennes, correspondante)</div>", "Jeanne Martin"),
    # trafilatura: the box's whole text, "Kari Nordmann Journalist Ola Hansen Fotograf"
    ('<div class="byline"><ul><li><a href="/a/kari">Kari Nordmann</a><span>Journalist</span>'
     '</li><li><a href="/a/ola">Ola Hansen</a><span>Fotograf</span></li></ul></div>',
     "Kari Nordmann"),
])
def test_a_boxs_linked_name_opening_trafilaturas_longer_one_is_the_name(box: str, name: str):
    assert read_page(box)[0] == name


def test_one_word_shown_only_before_of_opens_an_institutions_name_no_person():
    box = ('<div class="field--name-field-news-author">By Jane Doe, Office of Communications'
           "</div>")
    assert read_page(box)[0] == "Jane Doe"
    # a person's one-word credit beside another is kept
    assert read_page('<div class="byline">By Jane Doe and Bono</div>')[0] in (
        "Jane Doe, Bono", "Jane Doe and Bono")


def test_a_page_with_no_h1_has_its_headline_in_the_storys_h2_that_tells_the_same_story():
    def title_of(headings: str, og: str) -> str:
        html = doc(f"<header>{nav()}</header><main><article>{headings}<div>{story('de')}</div>"
                   "</article></main>", lang="de", title=f"{og} - DER SPIEGEL",
                   head=meta("og:title", og))
        return extract(html, URL, "s").article.title

    kicker = ('<h2><span class="text-primary-base">Hochwasserschutz</span> <span class="align-'
              f'middle">{DE_B}</span></h2>')
    assert title_of(kicker, f"Hochwasserschutz: {DE_B}") == DE_B
    # a short <h2> whose words the title holds ("Hochwasserschutz") is a section's, no headline
    assert title_of("<h2>Hochwasserschutz</h2>", f"Hochwasserschutz: {DE_B}") == \
        f"Hochwasserschutz: {DE_B}"
    # an <h2> telling another story (a box's) is none
    assert title_of("<h2>Die Bahn streikt am Freitag wieder</h2>", DE_B) == DE_B
