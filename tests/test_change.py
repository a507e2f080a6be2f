"""One model of a change: the commit, the site, the feeds, ``log`` and the export agree."""

from datetime import UTC, datetime, timedelta

import lxml.etree
from click.testing import CliRunner
from conftest import git
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdiff import diff
from newsdiff.announce import notable_kinds
from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.build import build_site
from newsdiff.change import compare, differs
from newsdiff.cli import main
from newsdiff.diff import diff_text, word_change_counts
from newsdiff.export import iter_versions

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
LINKED = ("The [full report](https://paper.example/reports/2026/ferry-fares-review.pdf?"
          "utm_source=site) is online.")


def story(paragraphs: list[str], title: str = "Ferry fares rise") -> Article:
    return Article(title=title, url="https://paper.example/2026/ferry.html", source="paper",
                   body=format_body(paragraphs))


def test_removing_a_linked_paragraph_counts_the_same_words_everywhere(repo, tmp_path):
    paragraphs = ["The council voted on Monday to raise fares.", LINKED,
                  "Residents are unhappy about it."]
    with ArchiveStore(repo / "archive") as store:
        store.save(story(paragraphs), T0)
        store.save(story([paragraphs[0], paragraphs[2]]), T0 + timedelta(hours=1))
    removed = len("The full report is online.".split())  # the words a reader saw: 5
    assert f"+0 −{removed} words" in git(repo, "log", "-1", "--format=%b")
    log = CliRunner().invoke(main, ["log", "archive/paper/2026/ferry.md",
                                    "--archive", str(repo / "archive")])
    assert f"+0 −{removed} words" in log.output
    rows = list(iter_versions(repo / "archive"))
    assert (rows[1]["words_added"], rows[1]["words_removed"]) == (0, removed)
    build_site(repo / "archive", tmp_path / "site")
    history = (tmp_path / "site/paper/2026/ferry/index.html").read_text()
    # The site words it as readers read it (no "+0"), with the same figures (a no-break
    # space keeps them on one line with "words").
    assert f"−{removed}\u00a0words" in history and "+0" not in history
    feed = lxml.etree.parse(str(tmp_path / "site/paper/2026/ferry/feed.atom.xml"))
    summary = feed.findtext(".//{http://www.w3.org/2005/Atom}summary")
    assert summary.startswith(f"−{removed} words")


def test_title_changed_is_decided_once():
    assert not differs("Ferry  fares rise", "Ferry fares rise")
    assert not differs("Cafe\u0301 news", "Caf\u00e9 news")
    assert differs("Ferry fares rise", "Ferry fares to rise")
    old = story(["The council voted."])
    change = compare(old, story(["The council voted."], title="Ferry  fares  rise"))
    assert change.same and not change.title_changed and change.summary == "text unchanged"
    change = compare(old, story(["The council voted. Fares rise 12%."], title="Fares up"))
    assert not change.same and change.title_changed and change.size == (3, 0)
    assert change.labels == ("headline", "lede", "numbers")
    assert change.summary == "+3 −0 words; title changed"


def test_numbers_means_a_figure_changed_not_a_paragraph_with_one_came():
    """Real Swedish histories had "numbers" on 547 of 1,314 versions: every paragraph added
    or removed that held a year or a time was labelled as a changed figure."""
    old = story(["The council voted on Monday.", "Fares rise 12% in May."])
    added = story(["The council voted on Monday.", "Fares rise 12% in May.",
                   "The vote was 7 to 2 in 2026."])
    assert "numbers" not in compare(old, added).labels
    assert "numbers" not in compare(added, old).labels  # the paragraph went
    figure = story(["The council voted on Monday.", "Fares rise 15% in May."])
    assert "numbers" in compare(old, figure).labels


def test_quote_hears_dialogue_dashes_and_verbs_of_saying_in_the_sources_languages():
    old = story(["Polisen spärrade av flygplatsen på måndagen."])
    dash = story([*old.body.split("\n\n"), "– Det var inget speciellt i påsen."])
    assert "quote" in compare(old, dash).labels
    said = story(["Polisen spärrade av flygplatsen, säger Åsa Emanuelsson."])
    assert "quote" in compare(old, said).labels
    # French "sa" (his, her) is no verb of saying; a list item's hyphen is no dash of speech.
    plain = story(["Polisen spärrade av flygplatsen på måndagen.", "Il a vendu sa maison.",
                   "- une liste"])
    assert "quote" not in compare(old, plain).labels
    apostrophe = story(["Polisen spärrade av flygplatsen på måndagen.", "It wasn’t open."])
    assert "quote" not in compare(old, apostrophe).labels


def test_a_quote_set_as_speech_that_went_is_a_removed_quote_worth_a_post():
    quoted = story(["Polisen spärrade av flygplatsen.", "– Det var inget i påsen, sa hon."])
    cut = story(["Polisen spärrade av flygplatsen.", "– Det var inget, sa hon."])
    assert "quote-removed" in notable_kinds(quoted, cut, (), 0.5)
    plain = story(["Polisen spärrade av flygplatsen.", "Det var inget i påsen."])
    assert "quote-removed" not in notable_kinds(plain, story(["Polisen spärrade av."]), (), 0.5)


def test_a_word_corrected_inside_a_quote_set_as_speech_is_no_removed_quote():
    """A typo fixed in a dash-set quote ("fisk" for "fick") was posted as a removed quote: any
    word replaced in such a paragraph counted as cut (63 of the 209 removed quotes of the
    real Swedish histories came from a dash alone, most a word for a word); a quote in
    quotation marks whose words change inside the marks never was."""
    quoted = story(["Polisen spärrade av flygplatsen.",
                    "– Vi fisk larm klockan tre och var på plats tio minuter senare, säger hon."])
    for fixed in ("– Vi fick larm klockan tre och var på plats tio minuter senare, säger hon.",
                  "– Vi fick ett larm klockan tre och var på plats tio minuter senare, säger hon."):
        typo = story(["Polisen spärrade av flygplatsen.", fixed])
        assert "quote-removed" not in notable_kinds(quoted, typo, (), 0.5), fixed
        assert "quote" in compare(quoted, typo).labels  # words of a quote changed
    # Words of the quote that went without as many put back are still a removed quote.
    shorter = story(["Polisen spärrade av flygplatsen.", "– Vi fick larm klockan tre, säger hon."])
    assert "quote-removed" in notable_kinds(quoted, shorter, (), 0.5)
    marks = story(["Polisen spärrade av flygplatsen.", "”Vi fisk larm klockan tre.”"])
    fixed = story(["Polisen spärrade av flygplatsen.", "”Vi fick larm klockan tre.”"])
    assert "quote-removed" not in notable_kinds(marks, fixed, (), 0.5)


def test_one_word_changed_in_a_huge_paragraph_is_one_word():
    """40,000 words in one paragraph, one of them edited (bench/build.py times this)."""
    words = [f"w{n % 997}" for n in range(40_000)]
    edited = [*words]
    edited[20_000] = "changed"
    old, new = " ".join(words), " ".join(edited)
    assert word_change_counts(old, new) == (1, 1)
    row = diff_text(old, new)
    assert [s.text for s in row.inline if s.op != "equal"] == [words[20_000], "changed"]
    assert "".join(s.text for s in row.new) == new
    assert "".join(s.text for s in row.old) == old
    both_ends = [*edited]
    both_ends[0], both_ends[-1] = "first", "last"
    assert word_change_counts(old, " ".join(both_ends)) == (3, 3)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=st.lists(st.sampled_from("abcde"), max_size=400),
       edits=st.lists(st.tuples(st.integers(0, 400), st.sampled_from(["x", "a", ""])),
                      max_size=8))
def test_long_diffs_cut_at_anchors_still_rebuild_both_sides(a, edits, monkeypatch):
    """However the long-text path cuts, equal runs are equal and both texts come back."""
    monkeypatch.setattr(diff, "SMALL_CELLS", 4)  # force the anchored path on small inputs
    b = list(a)
    for at, token in edits:
        if token:
            b.insert(min(at, len(b)), token)
        elif b:
            b.pop(min(at, len(b) - 1))
    rebuilt_a, rebuilt_b = [], []
    for op, i1, i2, j1, j2 in diff.opcodes(a, b):
        if op == "equal":
            assert a[i1:i2] == b[j1:j2]
        rebuilt_a += a[i1:i2]
        rebuilt_b += b[j1:j2]
    assert (rebuilt_a, rebuilt_b) == (a, b)
