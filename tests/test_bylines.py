"""Who a page credits: the byline readings of ``newsdiff.extract.Rules`` (byline)."""

import json

import lxml.html
from conftest import LOREM

from newsdiff.byline import BylineRules, names_site, page_byline, reporting_credit, visible_byline
from newsdiff.extract import RULES, Rules, extract
from newsdiff.pagemeta import page_metadata

STORY = "".join(f"<p>{p}</p>" for p in [*LOREM, "A fourth paragraph closes the story."])
URL = "https://paper.example/2019/11/18/fares-rise/"


def page(head: str = "", header: str = "", after: str = "", before: str = "") -> str:
    """A story page: ``head`` in its <head>, ``header`` under its headline, ``after`` after
    the story (a sidebar, a comment area), ``before`` before it (a menu)."""
    return (f'<html><head><meta charset="utf-8"><title>Fares rise | Paper</title>'
            f'<meta property="og:site_name" content="Paper">{head}</head><body>{before}<article>'
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


def yoast(name: str) -> str:
    """A WordPress graph whose article's author is a Person by reference (trafilatura's)."""
    return YOAST.replace("Site Owner", name)


def most_read(*names: str) -> str:
    """A "most read" box after the story: other stories, each with its author."""
    items = "".join(f'<li><a href="/s/{i}">Story {i}</a> <span class="author">{name}</span></li>'
                    for i, name in enumerate(names))
    return f'<aside class="widget most-read"><h3>Most read</h3><ul>{items}</ul></aside>'


def test_a_box_of_other_stories_changes_no_byline_between_two_fetches():
    # Nothing in the story credits anyone: the box's authors, which rotate, are no byline.
    first, second = page(after=most_read("Jane Doe", "Bob Smith")), page(
        after=most_read("Al Writer", "Jane Doe"))
    assert byline(first) == byline(second) == ""
    # A hidden author the page shows only in a "latest posts" box some fetches, not others.
    latest = ('<div class="widget latest-posts"><ul><li><a href="/p">A post</a> by {}</li>'
              "</ul></div>")
    shown, gone = (page(head=yoast("Jane Doe"), after=latest.format(n))
                   for n in ("Jane Doe", "Al Writer"))
    assert byline(shown) == byline(gone) == ""
    # The story's own byline stands, whatever the box says.
    signed = ('<p class="byline">By <a href="/author/jane-doe">Jane Doe</a></p>')
    assert byline(page(head=yoast("Jane Doe"), header=signed, after=latest.format("Al"))) == \
        "Jane Doe"


def test_a_menu_or_trending_list_naming_the_author_adds_no_co_author():
    head = ld({"@type": "NewsArticle", "headline": "Fares rise on every line",
               "author": {"@type": "Person", "name": "Jane Doe"}})
    signed = '<p class="byline">By <a href="/author/jane-doe">Jane Doe</a></p>'

    def links(*names: str) -> str:
        return "".join(f'<li><a href="/author/{n.lower().replace(" ", "-")}">{n}</a></li>'
                       for n in names)

    menu = (f'<nav><ul class="menu"><li>Columnists<ul>{links("Jane Doe", "Bob Smith")}</ul>'
            "</li></ul></nav>")
    assert byline(page(head=head, before=menu, header=signed)) == "Jane Doe"
    for other in ("Bob Smith", "Al Writer"):  # two fetches of a rotating "trending" list
        trending = f'<div class="trending"><ul>{links("Jane Doe", other)}</ul></div>'
        assert byline(page(head=head, before=trending, header=signed)) == "Jane Doe"


def test_an_opinion_piece_named_for_comment_keeps_its_byline():
    signed = '<p class="byline">By Jane Doe</p>'
    for kind in ("content content--type-comment tonal--tone-comment", "commentary"):
        wrapped = page(head=yoast("Jane Doe"), header=signed).replace(
            "<article>", f'<article class="{kind}">')
        assert byline(wrapped) == "Jane Doe"
    # A real comment area still names no author.
    comments = '<div id="comments"><p class="comment-author">Jane Doe</p></div>'
    assert byline(page(head=yoast("Jane Doe"), after=comments)) == ""


def test_a_name_is_shown_whatever_its_punctuation_encoding_or_script():
    for stated, shown in (("Jane Doe", "Words by Jane Doe."),
                          ("Conor O'Brien", "By Conor O\u2019Brien"),
                          ("Zo\u00eb Smith", "By Zoe\u0308 Smith"),  # decomposed
                          ("王小明", "记者王小明报道"), ("Иван Петров", "Автор: Иван Петров"),
                          ("محمد علي", "بقلم: مُحَمَّد عَلِي"),  # vowel marks shown
                          ("José García", "Por Jose Garcia")):
        assert byline(page(head=yoast(stated), header=f'<p class="x">{shown}</p>')) == stated
    # Initials spaced otherwise than the metadata spaces them (trafilatura drops their dots).
    assert byline(page(head=yoast("J.R.R. Tolkien"), header="<p>By J. R. R. Tolkien</p>")) \
        == "J R R Tolkien"


def test_a_comment_count_or_age_beside_the_name_changes_no_byline_between_two_fetches():
    for before, after in (("No comments", "3 Comments"), ("just now", "2 hours ago")):
        first, second = (page(header=f'<div class="byline">By Jane Doe · <span>{tail}</span>'
                                     "</div>") for tail in (before, after))
        assert byline(first) == byline(second) == "Jane Doe"
    # The byline box's own words, when trafilatura finds nothing there.
    box = lxml.html.fromstring('<div><p class="post-author">By Jane Doe | No comments</p></div>')
    assert visible_byline(box, "Paper") == "Jane Doe"


def test_a_pictures_credit_is_no_byline():
    for credit in ('<figure><img src="a.jpg"><figcaption>Riders wait. <span class="credit">'
                   "Photo: Jane Doe/AP</span></figcaption></figure>",
                   '<p class="photo-credit">Jane Doe/AP</p>',
                   '<p class="credit">Illustration by Jane Doe for Paper</p>'):
        assert byline(page(header=credit)) == ""
    assert byline(page(header='<p class="credit">By Jane Doe</p>')) == "Jane Doe"


def test_a_title_beside_the_name_is_no_co_author():
    for line in ("Jane Doe | Reporter", "By Jane Doe, Staff Writer"):
        assert byline(page(header=f'<div class="byline">{line}</div>')) == "Jane Doe"
    assert byline(page(header='<div class="byline">Staff</div>')) == "Staff"  # a desk alone


def test_an_authors_latest_stories_in_the_story_are_no_byline_in_any_fetch():
    def more_by(*titles: str) -> str:
        items = "".join(f'<li><a href="/2019/{i}">{t}</a></li>' for i, t in enumerate(titles))
        return f'<div class="author-box"><h3>More by Jane Doe</h3><ul>{items}</ul></div>'

    first, second = (page(header=more_by(*titles)) for titles in (
        ("Buses late again", "Trams cut"), ("Ferry sinks", "Trams cut")))
    assert byline(first) == byline(second) == ""


def test_a_co_authors_link_written_in_full_is_as_much_an_author_link():
    head = ld({"@type": "NewsArticle", "headline": "Fares rise on every line",
               "author": {"@type": "Person", "name": "Tariq Malik"}})
    box = ('<p class="byline">By <a href="/author/tariq-malik">Tariq Malik</a>, '
           '<a href="https://www.paper.example/author/mike-wall">Mike Wall</a></p>')
    assert byline(page(head=head, header=box)) == "Tariq Malik, Mike Wall"


def test_a_headline_in_an_article_of_its_own_leaves_the_byline_readable():
    hero = page(head=yoast("Jane Doe")).replace(
        "<article><h1>Fares rise on every line</h1>",
        '<article class="hero"><h1>Fares rise on every line</h1></article>'
        "<p>By Jane Doe</p><article>")
    assert byline(hero) == "Jane Doe"


def test_a_line_of_when_and_how_many_comments_beside_the_name_is_no_part_of_it():
    # No mark between them (the page's style draws one): two fetches, one byline.
    for before, after in (("Updated just now", "Updated 5 minutes ago"),
                          ("No comments", "3 comments"), ("an hour ago", "2 hours ago")):
        first, second = (page(header=f'<div class="byline"><span>By Jane Doe</span> '
                                     f"<span>{tail}</span></div>") for tail in (before, after))
        assert byline(first) == byline(second) == "Jane Doe"


def test_a_handle_alone_is_no_byline():
    box = '<div class="byline"><a href="https://twitter.com/janedoe">@janedoe</a></div>'
    assert byline(page(header=box)) == ""


def test_a_desk_in_any_language_gives_way_to_the_person_the_page_credits():
    box = '<div class="byline">By <a href="/author/ivan">Иван Петров</a></div>'
    for desk in ("Редакция", "Redazione", "编辑部", "News Desk", "Staff Reports"):
        assert byline(page(head=f'<meta name="author" content="{desk}">', header=box)) == \
            "Иван Петров"
        # The desk is the byline where the page shows it (y25: not where the metadata alone
        # names it, as a theme's "admin" or a CMS login is none).
        shown = page(head=f'<meta name="author" content="{desk}">',
                     header=f'<p class="article-meta">{desk}</p>')
        assert byline(shown) == desk
    # A mark closing the box's words is none of the desk's name (it passed as a person's).
    trailing = page(head='<meta name="author" content="Staff Reports">',
                    header='<p class="byline">Staff Reports -</p>')
    assert byline(trailing) == "Staff Reports"


def test_a_reviewer_editor_or_photographer_in_the_byline_box_is_no_co_author():
    head = ld({"@type": "NewsArticle", "headline": "Fares rise on every line",
               "author": {"@type": "Person", "name": "Jane Doe"}})
    jane, bob = ('<a href="/author/jane-doe">Jane Doe</a>', '<a href="/author/bob-smith">'
                 "Bob Smith</a>")
    for box in (f"By {jane} · Medically reviewed by {bob}",
                f"By {jane} <span>Edited by</span> {bob}",
                f"<span>By {jane}</span><span>Photos by {bob}</span>"):
        assert byline(page(head=head, header=f'<div class="byline">{box}</div>')) == "Jane Doe"
    both = f'<div class="byline">By {jane} and <!-- co -->{bob}</div>'
    assert byline(page(head=head, header=both)) == "Jane Doe, Bob Smith"


def test_a_byline_boxs_comment_or_share_link_is_no_name_in_any_fetch():
    def credits_box(link: str) -> str:
        return page(header=f'<div class="article-credits"><a href="/author/jane">Jane Doe</a> '
                           f"{link}</div>")

    fetches = [credits_box(f'<a href="#comments">{count}</a>')
               for count in ("No Comments", "3 Comments")]
    fetches.append(credits_box('<a href="/share?u=x" class="share-link">Share</a>'))
    assert {byline(html) for html in fetches} == {"Jane Doe"}


def test_a_most_read_box_beside_a_story_in_main_changes_no_byline_between_fetches():
    def in_main(html: str) -> str:
        return html.replace("<article>", "<main>").replace("</article>", "").replace(
            "</body>", "</main></body>")

    first, second = (in_main(page(after=most_read(*names)))
                     for names in (("Jane Doe", "Bob Smith"), ("Al Writer", "Jane Doe")))
    assert byline(first) == byline(second) == ""
    # A <main>'s footer may be the story's byline box.
    signed = in_main(page(header='<footer class="article-author"><span class="byline">Paper '
                                 "Sport</span></footer>", after=most_read("Jane Doe")))
    assert byline(signed) == "Paper Sport"


def test_an_author_shown_in_nested_markup_is_shown():
    """trafilatura's author is kept when the page shows it, read in the page's own order: a
    name whose first word sits in nested markup ("By <span><b>Jo</b></span> Bloggs") was read
    "by bloggs jo", so the author the page shows was dropped."""
    tree = lxml.html.fromstring(
        "<html><body><article><h1>Harbour dues to rise</h1><p class='intro'>By <span><b>Jo"
        "</b></span> Bloggs, today</p><p>The harbour board voted to raise dues.</p>"
        "</article></body></html>")
    assert page_byline(tree, page_metadata(tree), "Jo Bloggs", "https://paper.example/a",
                       BylineRules(shown_author=True)) == "Jo Bloggs"
