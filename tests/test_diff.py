from newsdiff.diff import Span, diff_paragraphs, diff_text


def test_word_change_inside_a_sentence():
    row = diff_text("The fare rises by 12 per cent. Nobody is happy.",
                    "The fare rises by 15 per cent. Nobody is happy.")
    assert row.kind == "changed"
    assert Span("delete", "12") in row.old and Span("insert", "15") in row.new
    assert "".join(s.text for s in row.old) == "The fare rises by 12 per cent. Nobody is happy."
    assert "".join(s.text for s in row.new) == "The fare rises by 15 per cent. Nobody is happy."


def test_added_and_removed_paragraphs_align():
    old = ["First paragraph stays the same.", "A quote that will be removed entirely.",
           "Last paragraph stays."]
    new = ["First paragraph stays the same.", "Last paragraph stays.",
           "A brand new closing paragraph appears here."]
    result = diff_paragraphs(old, new)
    assert [row.kind for row in result.rows] == ["same", "removed", "same", "added"]
    assert result.words_removed == 7 and result.words_added == 7


def test_rewritten_paragraph_is_paired_not_replaced():
    old = ["Council approves the ferry fare rise after a long debate on Monday night."]
    new = ["Council approves a 12% ferry fare rise after a long debate on Monday night."]
    result = diff_paragraphs(old, new)
    assert [row.kind for row in result.rows] == ["changed"]
    deleted = [s.text for s in result.rows[0].old if s.op == "delete"]
    inserted = [s.text for s in result.rows[0].new if s.op == "insert"]
    assert deleted == ["the"] and inserted == ["a 12%"]


def test_identical_texts_have_no_changes():
    result = diff_paragraphs(["a b c."], ["a b c."])
    assert not result.changed and result.words_added == result.words_removed == 0


def test_moved_paragraph_is_shown_as_moved_not_deleted_and_added():
    old = ["First paragraph about the council.", "Second paragraph about the ferry.",
           "Third paragraph about the island residents."]
    new = ["Third paragraph about the island residents.", "First paragraph about the council.",
           "Second paragraph about the ferry."]
    result = diff_paragraphs(old, new)
    kinds = [row.kind for row in result.rows]
    assert sorted(kinds) == ["moved-in", "moved-out", "same", "same"]
    assert result.words_added == result.words_removed == 0
    moved_in = next(row for row in result.rows if row.kind == "moved-in")
    assert moved_in.new == (Span("equal", "Third paragraph about the island residents."),)
