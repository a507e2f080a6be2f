"""The extraction chain: source selectors, JSON-LD articleBody, trafilatura; metadata."""

import json

from conftest import LOREM, article_page

from newsdiff.config import Selectors, parse_config
from newsdiff.extract import extract, normalise_date, strip_site_name

STORY = [*LOREM, "A fourth paragraph closes the story with what happens next week."]


def test_source_selectors_win_and_remove_what_they_name():
    html = f"""<html><head><title>Ignored | Paper</title></head><body>
    <div class="headline-x">The selected headline</div><span class="who">Jo Bloggs</span>
    <div class="story">{''.join(f'<div class="para">{p}</div>' for p in STORY)}
    <div class="promo">Subscribe for more great stories every morning of the week.</div></div>
    </body></html>"""
    selectors = Selectors(body="div.story", title=".headline-x", byline=".who",
                          remove=(".promo",))
    result = extract(html, "https://e.org/a", "s", selectors)
    assert result.extracted_by == "selectors (div.story)"
    assert result.article.title == "The selected headline"
    assert result.article.byline == "Jo Bloggs"
    assert "Subscribe" not in result.article.body and "fourth paragraph" in result.article.body


def test_json_ld_article_body_is_used_when_it_agrees_with_the_page():
    page = article_page("Fares rise", STORY)
    ld = {"@type": "NewsArticle", "headline": "Fares rise", "articleBody": "\n".join(STORY)}
    with_ld = page.replace("</head>", f'<script type="application/ld+json">{json.dumps(ld)}'
                                      "</script></head>")
    assert extract(with_ld, "https://e.org/a", "s").extracted_by == "json-ld articleBody"
    teaser = {**ld, "articleBody": STORY[0] + "\nSubscribe to read the rest."}
    partial = page.replace("</head>", f'<script type="application/ld+json">'
                                      f"{json.dumps(teaser)}</script></head>")
    assert extract(partial, "https://e.org/a", "s").extracted_by.startswith("trafilatura")


def test_metadata_rules():
    assert strip_site_name("Fares rise - The Daily Paper", "The Daily Paper") == "Fares rise"
    assert strip_site_name("Brexit: a long night", "") == "Brexit: a long night"
    assert normalise_date("2020-02-24T21:25:54-05:00") == "2020-02-24T21:25:54-05:00"
    assert normalise_date("2020-02-25T02:25:54+00:00") == "2020-02-25T02:25:54Z"
    page = article_page("Fares rise", STORY).replace(
        '<meta name="author" content="Ann Writer">', '<meta name="author" content="No Author">')
    assert extract(page, "https://e.org/a", "s").article.byline == ""


def test_selectors_in_the_config_are_checked():
    config = parse_config({"source": [{"name": "p", "feeds": ["https://e.org/rss"],
                                       "selectors": {"body": "article .text",
                                                     "remove": [".share"]}}]})
    assert config.sources[0].selectors == Selectors(body="article .text", remove=(".share",))
    for bad, message in (({"body": "div[["}, "bad CSS selector 'div[['"),
                         ({"bodyy": "x"}, "unknown key 'selectors.bodyy'"),
                         ({"remove": "x"}, "'selectors.remove' must be a list")):
        try:
            parse_config({"source": [{"name": "p", "feeds": ["https://e.org/rss"],
                                      "selectors": bad}]})
        except ValueError as error:
            assert message in str(error)
        else:
            raise AssertionError(f"accepted {bad}")
