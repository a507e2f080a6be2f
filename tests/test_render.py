"""The small pieces of page design: folding a diff, keeping words apart, sizes and times."""

import re

from newsdiff.diff import Row, Span, diff_paragraphs, diff_text
from newsdiff.pelican.render import (
    claimed_time,
    fold,
    fold_fragment,
    shorten,
    size_text,
    size_words,
    spans_html,
)

PARAS = [f"Paragraph {n} opens here. It goes on a while. It ends here." for n in range(10)]


def test_long_unchanged_runs_fold_and_context_is_cut_to_the_nearest_sentence():
    new = list(PARAS)
    new[5] = "Paragraph 5 opens here. It goes on for longer now. It ends here."
    hunks = fold(diff_paragraphs(PARAS, new).rows)
    assert [kind for kind, _ in hunks] == ["fold", "rows", "fold"]
    assert len(hunks[0][1]) == 4 and len(hunks[2][1]) == 3
    shown = [row.inline[0].text if row.kind == "same" else row.kind for row in hunks[1][1]]
    assert shown == ["… It ends here.", "changed", "Paragraph 6 opens here. …"]


def test_a_short_run_between_two_changes_is_shown_whole():
    new = list(PARAS)
    new[3] = new[3].replace("while", "long while")
    new[6] = new[6].replace("while", "long while")
    hunks = fold(diff_paragraphs(PARAS, new).rows)
    assert [kind for kind, _ in hunks] == ["fold", "rows", "fold"]
    shown = [row.inline[0].text if row.kind == "same" else row.kind for row in hunks[1][1]]
    assert shown == ["… It ends here.", "changed", PARAS[4], PARAS[5], "changed",
                     "Paragraph 7 opens here. …"]  # whole between the two changes


def test_numbers_are_whole_tokens_and_replacements_never_run_together():
    row = diff_text("The bill came to 3,400 pounds.", "The bill came to 3,100 pounds.")
    assert spans_html(row.inline) == "The bill came to <del>3,400</del><ins> 3,100</ins> pounds."
    rewritten = diff_text("Millbrook bridge to shut for three weeks",
                          "Millbrook bridge repairs: three-week closure planned")
    text = spans_html(rewritten.inline)
    assert "weeks</del><ins> " in text or "</del><ins> " in text
    assert spans_html((Span("equal", "a"), Span("insert", " b"))) == "a <ins>b</ins>"
    # The side-by-side view's old column is the same HTML with the additions hidden: no
    # space is left there before the sentence's full stop.
    replaced = spans_html(diff_text("Update number 12.", "Update number 16.").inline)
    assert re.sub(r"<ins>.*?</ins>", "", replaced) == "Update number <del>12</del>."


def test_sizes_say_what_changed_never_plus_zero_minus_zero():
    assert size_text(0, 0, title=True) == "headline changed"
    assert size_text(0, 0, byline=True) == "byline changed"
    assert size_text(20, 1) == "+20 −1 words"
    assert size_text(0, 20, title=True) == "−20 words, headline changed"
    assert size_text(1, 0) == "+1 word"
    assert size_text(3400, 0) == "+3,400 words"
    # On a page the figures and "words" are one unbreakable run; the rest wraps as usual.
    assert size_words(569, 340, title=True) == "+569\u00a0−340\u00a0words, headline changed"
    assert size_words(0, 0, byline=True) == "byline changed"


def test_times_and_titles_in_words():
    assert claimed_time("2026-03-02T05:15:00Z") == "2 March 2026 05:15 UTC"
    assert claimed_time("2026-03-02") == "2 March 2026"
    assert claimed_time("last Tuesday") == "last Tuesday"
    assert shorten("Council to consider ferry fares after council vote", 30) == \
        "Council to consider ferry…"


def test_a_folds_link_quotes_the_first_words_it_hid_as_the_page_shows_them():
    def rows(*texts):
        return [Row("same", (Span("equal", t),), (Span("equal", t),), (Span("equal", t),))
                for t in texts]
    assert fold_fragment(rows("The long-awaited ferry fare review, due in April, says", "x")) \
        == "#:~:text=The%20long%2Dawaited%20ferry%20fare%20review%2C%20due%20in%20April%2C"
    # Markdown marks are not on the page: the quote stops before the first one.
    assert fold_fragment(rows("## The council's answer to the islanders *today*")) \
        == "#:~:text=The%20council%27s%20answer%20to%20the%20islanders"
    assert fold_fragment(rows("Read [the review](https://example.gov/r) here")) == ""
    assert fold_fragment(rows("**Bold** opening words of a paragraph")) == ""
    assert fold_fragment([]) == ""


def test_a_fold_whose_opening_words_open_an_earlier_paragraph_too_names_the_words_before():
    def row(text, kind="same"):
        spans = (Span("equal", text),)
        return Row(kind, () if kind == "added" else spans, () if kind == "removed" else spans,
                   spans)
    opening = "The council said on Tuesday that the fares"
    quoted = "The%20council%20said%20on%20Tuesday%20that%20the%20fares"
    diff = (row(f"{opening} on route 1 rise."), row("The ferry *still* runs, said Ann Lee."),
            row("Gone from the page.", "removed"), row(f"{opening} on route 2 rise."), row("x"))
    # Paragraph 4 opens like paragraph 1: the quote is anchored on the shown end of the
    # paragraph before it on the version page (the removed one is not on that page).
    assert fold_fragment(list(diff[3:]), diff) == f"#:~:text=said%20Ann%20Lee.-,{quoted}"
    # Unique words need no prefix, and without the diff there is nothing to tell them apart.
    assert "-," not in fold_fragment([diff[1]], diff)
    assert fold_fragment(list(diff[3:])) == f"#:~:text={quoted}"
    # Earlier paragraphs that end alike as well: more words before, until the pair is unique.
    alike = (row("Ann Lee said fares went up."),
             row(f"{opening} on route 1. The islanders said fares went up."),
             row(f"{opening} on route 3."))
    assert fold_fragment([alike[2]], alike) == \
        f"#:~:text=The%20islanders%20said%20fares%20went%20up.-,{quoted}"
