from hypothesis import given
from hypothesis import strategies as st

from newsdiff.article import (
    Article,
    content_key,
    escape_markdown,
    format_body,
    from_markdown,
    markdown_to_text,
    split_sentences,
    to_markdown,
)


def test_file_format_matches_design():
    article = Article(title="Trump Questions Putin", url="https://www.nytimes.com/a.html",
                      source="nytimes", byline="Peter Baker", published="2017-07-07T09:12:00Z",
                      body=format_body(["HAMBURG — Mr. Trump met Mr. Putin. They talked.",
                                        "Second paragraph."]))
    assert to_markdown(article) == (
        "---\n"
        "title: Trump Questions Putin\n"
        "url: https://www.nytimes.com/a.html\n"
        "source: nytimes\n"
        "byline: Peter Baker\n"
        "published: 2017-07-07T09:12:00Z\n"
        "---\n"
        "\n"
        "HAMBURG — Mr. Trump met Mr. Putin.\n"
        "They talked.\n"
        "\n"
        "Second paragraph.\n"
    )


@given(st.text())
def test_any_title_round_trips(title):
    article = Article(title=title, url="https://example.org/a", source="ex", body="Body.")
    assert from_markdown(to_markdown(article)) == article


@given(st.text(), st.text())
def test_any_byline_and_published_round_trip(byline, published):
    article = Article(title="t", url="https://example.org/a", source="ex", body="Body.",
                      byline=byline.strip() or "x", published=published.strip() or "y")
    assert from_markdown(to_markdown(article)) == article


@given(st.lists(st.text(min_size=1), min_size=1, max_size=6))
def test_any_body_round_trips(paragraphs):
    body = format_body(paragraphs)
    article = Article(title="t", url="https://example.org/a", source="ex", body=body)
    assert from_markdown(to_markdown(article)).body == body


def test_tricky_titles_round_trip():
    for title in ['Quote "this": a story', "---", "a\n---\nb", "yes", "null", "2017-07-07",
                  "  padded  ", "#hashtag", "Ünïcödé — “curly” ‘quotes’", "1.5", "- dash"]:
        article = Article(title=title, url="https://e.org/a", source="ex", body="B.")
        assert from_markdown(to_markdown(article)).title == title


def test_sentences_keep_abbreviations_and_initials():
    text = ("President Vladimir V. Putin met Mr. Trump in the U.S. on Friday. They talked. "
            "“It was good,” he said. Then 2 aides left!")
    assert split_sentences(text) == [
        "President Vladimir V. Putin met Mr. Trump in the U.S. on Friday.",
        "They talked.",
        "“It was good,” he said.",
        "Then 2 aides left!",
    ]


def test_whitespace_and_composition_are_not_content():
    a = Article(title="Caf\u00e9  news", url="u", source="s", body="One two.\nThree.")
    b = Article(title="Cafe\u0301 news", url="u", source="s", body="One  two. Three.")
    assert content_key(a) == content_key(b)
    c = Article(title="Café news", url="u", source="s", body="One two. Four.")
    assert content_key(a) != content_key(c)


def test_escaped_markdown_reads_back_as_the_same_text():
    text = "# not a heading, *not* emphasis, [sic] <b>not bold</b> & 1. not a list"
    escaped = escape_markdown(text)
    assert markdown_to_text(escaped) == text
    assert not escaped.startswith("#")
