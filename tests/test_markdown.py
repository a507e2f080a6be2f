"""Scraped text in Markdown: whatever it holds, it renders as the same words, never as markup."""

import csv
import io

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.article import (
    Article,
    clean_text,
    escape_markdown,
    format_body,
    from_markdown,
    markdown_to_text,
    neutral_markdown,
    to_markdown,
)
from newsdiff.export import write_csv
from newsdiff.pelican.render import body_html, commonmark_html

#: Text built mostly from what Markdown treats as structure, and some words.
MARKS = st.sampled_from(["~~~", "```", "---", "***", "___", "===", "#", "##", ">", "-", "+",
                         "*", "1.", "2)", "<div>", "<!--", "</p>", "&amp;", "&#65;", "|",
                         "| --- |", "\\", "[a]", "(b)", "![c](d)", "<http://x.example>",
                         "_e_", "**f**", "`g`", "~~h~~", "    ", "\t", ".", "!", "?", "A.",
                         "Mr.", "word", "Two", "zwölf", "東京", "   ", "=", "[x]: /u"])
TEXT = st.lists(st.one_of(MARKS, st.text(st.characters(codec="utf-8",
                                                       exclude_categories=("Cs", "Cc")),
                                         max_size=6)),
                min_size=1, max_size=25).map(" ".join)


def rendered_words(markdown: str) -> list[str]:
    rendered = commonmark_html(markdown)
    text = lxml.html.fragment_fromstring(rendered, create_parent="div").text_content() \
        if rendered.strip() else ""
    return text.split()


@settings(max_examples=400, deadline=None)
@given(text=TEXT)
def test_any_text_round_trips_through_markdown_as_the_same_words(text):
    escaped = escape_markdown(text)
    assert markdown_to_text(escaped) == text
    body = format_body([escaped])  # one sentence a line: any word may start a line
    words = clean_text(text).split()  # (soft hyphens and zero-width spaces are not kept)
    assert rendered_words(body) == words
    stored = from_markdown(to_markdown(Article(title="t", url="u", source="s", body=body)))
    assert rendered_words(stored.body) == words


def test_fence_and_rule_paragraphs_in_old_histories_render_as_text():
    """Bodies stored before escaping was complete: ``~~~`` or ``---`` paragraphs."""
    body = "First paragraph.\n\n~~~\n\nSecond paragraph stays a paragraph.\n\n---\n\nThird."
    page = str(body_html(body))
    assert "<code>" not in page and "<hr" not in page and "<pre" not in page
    assert page.count("<p>") == 5
    assert markdown_to_text(neutral_markdown("~~~")) == "~~~"
    headings = "## A heading stays\n\n- a list item stays\n\n> a quote stays"
    assert neutral_markdown(headings) == headings


def test_csv_cells_that_start_a_formula_are_neutralised():
    row = {"url": "https://paper.example/a", "source": "paper", "version": 1,
           "fetched_at": "2026-05-01T08:00:00Z", "title": '=HYPERLINK("http://evil","x")',
           "byline": "+1 555", "body": "-2+3", "labels": ["@sum"], "commit": "abc",
           "path": "paper/a.md", "words_added": 0, "words_removed": 0}
    out = io.StringIO()
    write_csv(iter([row]), out)
    cells = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert cells["title"] == "'=HYPERLINK(\"http://evil\",\"x\")"
    assert (cells["byline"], cells["body"], cells["labels"]) == ("'+1 555", "'-2+3", "'@sum")
    assert cells["url"] == "https://paper.example/a" and cells["version"] == "1"
