"""Who a page credits: the byline readings of ``newsdiff.extract.Rules`` (pagemeta)."""

import json

import lxml.html
from conftest import LOREM

from newsdiff.extract import RULES, Rules, extract
from newsdiff.pagemeta import names_site, reporting_credit, visible_byline

STORY = "".join(f"<p>{p}</p>" for p in [*LOREM, "A fourth paragraph closes the story."])
URL = "https://paper.example/2019/11/18/fares-rise/"


def page(head: str = "", header: str = "", after: str = "") -> str:
    """A story page: ``head`` in its <head>, ``header`` under its headline, ``after`` after
    the story (a sidebar, a comment area)."""
    return (f'<html><head><meta charset="utf-8"><title>Fares rise | Paper</title>'
            f'<meta property="og:site_name" content="Paper">{head}</head><body><article>'
            f"<h1>Fares rise on every line</h1>{header}{STORY}</article>{after}</body></html>")


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def byline(html: str, rules: Rules = RULES, url: str = URL) -> str:
    return extract(html, url, "s", rules=rules).article.byline


# A WordPress (Yoast) graph: the article's author is a Person by reference, never shown.
YOAST = ld({"@context": "https://schema.org", "@graph": [
    {"@type": "Article", "headline": "Fares rise on every line",
     "author": {"@id": "https://paper.example/#/schema/person/1"}},
    {"@type": ["Person"], "@id": "https://paper.example/#/schema/person/1",
     "name": "Site Owner"}]})


def test_an_author_the_page_never_shows_is_no_byline():
    hidden = page(head=YOAST)
    assert byline(hidden, Rules(shown_author=False)) == "Site Owner"  # trafilatura's reading
    assert byline(hidden) == ""
    shown = page(head=YOAST, header='<p class="x">Words: Site Owner</p>')
    assert byline(shown) == "Site Owner"


def test_a_commenter_in_a_recent_comments_box_is_no_byline():
    sidebar = ('<aside><ul id="recentcomments"><li class="recentcomments"><span '
               'class="comment-author-link">vera</span> on <a href="/x">Another post</a>'
               "</li></ul></aside>")
    commented = page(after=sidebar)
    assert byline(commented) == ""
    assert byline(commented, Rules(shown_author=False)) == "Vera"  # trafilatura's reading


def test_a_desk_or_account_is_the_byline_only_where_the_page_credits_nobody_else():
    editorial = page(head='<meta name="author" content="Editorial">', header=(
        '<span class="byline"><a rel="author" href="/profile/editorial">Editorial</a></span>'))
    assert byline(editorial) == "Editorial"
    assert byline(editorial, Rules(desk_byline=False)) == ""
    account = page(header='<p class="post-author">By <a href="/author/admin/">admin</a> - '
                          "2018-09-16</p>")
    assert byline(account).lower() == "admin"  # trafilatura writes "Admin"
    person = editorial.replace("</head>", '<meta name="byl" content="Jo Bloggs"></head>')
    assert byline(person) == "Jo Bloggs"
    # Never "unknown", never the site's own name.
    for nobody in ("Unknown", "Paper"):
        assert byline(page(head=f'<meta name="author" content="{nobody}">')) == ""


def test_the_byline_box_names_every_author_the_metadata_names_one_of():
    head = ld({"@type": "NewsArticle", "headline": "Fares rise on every line",
               "author": {"@type": "Person", "name": "Tariq Malik"}})
    box = ('<p class="byline">By <a href="/author/tariq-malik" rel="author">Tariq Malik</a>, '
           '<a href="https://twitter.com/tariq">@tariq</a> '
           '<a href="/author/mike-wall" rel="author">Mike Wall</a> '
           '<a href="/author/tariq-malik">View author archive</a> '
           '<a href="/author/tariq-malik/feed">Get author RSS feed</a> '
           '<a href="/news/spaceflight">Spaceflight</a></p>')
    assert byline(page(head=head, header=box)) == "Tariq Malik, Mike Wall"
    assert byline(page(head=head, header=box), Rules(all_shown_authors=False)) == "Tariq Malik"
    # A box that does not show the stated author is someone else's: the metadata stands.
    other = box.replace("Tariq Malik</a>,", "Jo Bloggs</a>,")
    assert byline(page(head=head, header=other)) == "Tariq Malik"


def test_a_byline_boxs_link_in_words_is_no_name():
    box = ('<html><body><div class="author-box"><a href="/a/markus">Markus Balser</a>'
           '<a href="https://twitter.com/m">auf Twitter folgen</a>'
           '<a href="mailto:m@e.de">eine E-Mail senden</a></div></body></html>')
    assert visible_byline(lxml.html.fromstring(box), "Paper") == "Markus Balser"


def test_the_sites_own_name_is_no_byline_under_its_rule():
    assert names_site("Al-Bawaba", "Al Bawaba", "https://www.albawaba.com/news/x")
    assert names_site("RT", "RT International", "https://www.rt.com/news/x/")
    assert not names_site("Telegraph Sport", "The Telegraph", "https://www.telegraph.co.uk/x")
    assert not names_site("Jo Bloggs", "Paper", URL)
    outlet = page(head='<meta name="author" content="RT">')
    assert byline(outlet, url="https://www.rt.com/news/1/") == "RT"  # off: half B says no
    assert byline(outlet, Rules(byline_not_site=True), url="https://www.rt.com/news/1/") == ""


def test_a_wire_storys_reporting_credit_names_its_reporter_under_its_rule():
    wire = page(head='<meta name="author" content="Reuters">',
                after="<p>(Reporting by Will Dunham in Washington and Jo Bloggs; Editing by "
                      "Tom Brown)</p>")
    assert byline(wire) == "Reuters"  # off: it changes no page of half B
    assert byline(wire, Rules(reporting_by=True)) == "Will Dunham, Jo Bloggs, Reuters"
    signed = wire.replace("Reuters", "Jo Bloggs", 1)
    assert byline(signed, Rules(reporting_by=True)) == "Jo Bloggs"  # a person's byline stands
    additional = lxml.html.fromstring("<p>Additional reporting by Al Writer</p>")
    assert reporting_credit(additional, "Paper") == ""
