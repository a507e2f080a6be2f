"""``newsdiff replay``: this branch's versions saved again on another history, none lost."""

from datetime import UTC, datetime, timedelta

from click.testing import CliRunner
from conftest import git
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdiff.archive import ArchiveStore, replay
from newsdiff.article import Article, content_key, format_body, from_markdown, to_markdown
from newsdiff.cli import main

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)


def story(url: str, words: str, title: str = "A story") -> Article:
    return Article(title=title, url=url, source="paper",
                   body=format_body([f"The council voted on Monday. {words}."]))


def versions_of(repo, path: str) -> list[Article]:
    """Every committed state of ``path`` on HEAD, oldest first (plain git, no newsdiff)."""
    shas = git(repo, "log", "--reverse", "--format=%H", "--", path).split()
    return [from_markdown(git(repo, "show", f"{sha}:{path}")) for sha in shas]


def fork(repo):
    """A base commit, then a branch ``theirs`` where another run saved a version."""
    with ArchiveStore(repo / "archive") as store:
        store.save(story("https://paper.example/base.html", "Base"), T0)
    git(repo, "branch", "theirs")
    git(repo, "checkout", "-q", "theirs")
    with ArchiveStore(repo / "archive") as store:
        store.save(story("https://paper.example/base.html", "Theirs"), T0 + timedelta(hours=1))
    git(repo, "checkout", "-q", "main")


def test_replay_keeps_versions_whatever_their_path(repo):
    fork(repo)
    urls = ["https://paper.example/2026/été-à-paris.html", "https://paper.example/東京.html"]
    with ArchiveStore(repo / "archive") as store:
        for n, url in enumerate(urls):
            store.save(story(url, "First"), T0 + timedelta(hours=2, minutes=n))
            store.save(story(url, "Second"), T0 + timedelta(hours=3, minutes=n))
    # Paths no URL produces but a hand (or an older newsdiff) can: spaces and quotes.
    for n, name in enumerate(['with space.md', 'quote"d.md', "it's.md"]):
        path = repo / "archive" / "paper" / name
        path.write_text(to_markdown(story(f"https://paper.example/{n}.html", "Hand")))
        git(repo, "add", str(path))
        git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", f"hand {n}",
            "--date", f"{int((T0 + timedelta(hours=4)).timestamp())} +0000")
    result = CliRunner().invoke(main, ["replay", "--onto", "theirs",
                                       "--archive", str(repo / "archive")])
    assert result.exit_code == 0, result.output
    assert result.output == "7 versions replayed onto theirs\n"
    assert git(repo, "merge-base", "--is-ancestor", "theirs", "HEAD") == ""
    for path in ["archive/paper/2026/été-à-paris.md", "archive/paper/東京.md"]:
        assert [a.body.split("\n")[1] for a in versions_of(repo, path)] == ["First.", "Second."]
    for name in ['with space.md', 'quote"d.md', "it's.md"]:
        assert len(versions_of(repo, f"archive/paper/{name}")) == 1
    assert "(version 2)" in git(repo, "log", "-1", "--format=%s", "--",
                                "archive/paper/東京.md")
    assert git(repo, "status", "--porcelain") == ""


EDITS = st.lists(st.tuples(st.sampled_from(["a", "b", "c d", "é"]),
                           st.sampled_from(["one", "two", "three"])), max_size=6)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(theirs=EDITS, ours=EDITS)
def test_replay_of_any_history_keeps_every_version_once(tmp_path_factory, theirs, ours):
    """Random rounds on both sides; after replay each of ours is there once, in order."""
    repo = tmp_path_factory.mktemp("replay")
    (repo / "archive").mkdir()
    git(repo, "init", "-q", "-b", "main")
    with ArchiveStore(repo / "archive") as store:
        store.save(story("https://paper.example/base.html", "Base"), T0)
    git(repo, "branch", "theirs")

    def rounds(edits, start) -> list[tuple[str, tuple]]:
        saved = []
        with ArchiveStore(repo / "archive") as store:
            for n, (name, words) in enumerate(edits):
                article = story(f"https://paper.example/{name}.html", words)
                path = store.relative_path("paper", article.url)
                if store.save(article, start + timedelta(minutes=n)) is not None:
                    saved.append((path, content_key(article)))
        return saved

    git(repo, "checkout", "-q", "theirs")
    rounds(theirs, T0 + timedelta(hours=1))
    git(repo, "checkout", "-q", "main")
    mine = rounds(ours, T0 + timedelta(hours=2))
    expected = _history_keys(repo, "theirs")
    replayed = 0
    for path, key in mine:  # ours, saved again in order on theirs
        if expected.setdefault(path, [])[-1:] != [key]:
            expected[path].append(key)
            replayed += 1
    assert replay(repo / "archive", "theirs") == replayed
    assert _history_keys(repo, "HEAD") == expected
    assert git(repo, "merge-base", "--is-ancestor", "theirs", "HEAD") == ""


def _history_keys(repo, rev: str) -> dict[str, list[tuple]]:
    files = git(repo, "ls-tree", "-r", "-z", "--name-only", rev, "--", "archive").split("\0")
    keys = {}
    for path in filter(None, files):
        shas = git(repo, "log", "--reverse", "--format=%H", rev, "--", path).split()
        keys[path] = [content_key(from_markdown(git(repo, "show", f"{sha}:{path}")))
                      for sha in shas]
    return keys


def test_a_replayed_version_is_labelled_against_the_version_it_now_follows(repo):
    # Replay kept the labels judged against this branch's previous version: a headline the
    # other run had already recorded was claimed again ('headline' posted for an unchanged
    # headline), and a reading both runs were upgraded to was labelled newsdiff's change twice.
    fetched = {"Extracted-By": "trafilatura 2.3.1 (precision)"}
    one, two = "https://paper.example/one.html", "https://paper.example/two.html"
    with ArchiveStore(repo / "archive") as store:
        for url in (one, two):
            store.save(story(url, "Base"), T0, trailers={**fetched, "Reading": "1-aaaa"})
    git(repo, "branch", "theirs")
    git(repo, "checkout", "-q", "theirs")
    with ArchiveStore(repo / "archive") as store:  # the other run, one not upgraded yet
        store.save(story(one, "Base", title="A new headline"), T0 + timedelta(hours=1),
                   trailers={"Change": "headline", **fetched, "Reading": "1-aaaa"})
        store.save(story(two, "Base", title="Read anew"), T0 + timedelta(hours=1),
                   trailers={"Change": "headline, reading", **fetched, "Reading": "2-bbbb",
                             "Reading-Was": "1-aaaa"})
    git(repo, "checkout", "-q", "main")
    with ArchiveStore(repo / "archive") as store:  # ours, upgraded
        for url, title in ((one, "A new headline"), (two, "Read anew")):
            store.save(story(url, "Base and more", title=title), T0 + timedelta(hours=2),
                       trailers={"Change": "headline, reading", **fetched,
                                 "Reading": "2-bbbb", "Reading-Was": "1-aaaa"})
    assert replay(repo / "archive", "theirs") == 2
    first = git(repo, "log", "-1", "--format=%B", "--", "archive/paper/one.md")
    assert "Change: lede, reading\n" in first and "Reading-Was: 1-aaaa\n" in first
    second = git(repo, "log", "-1", "--format=%B", "--", "archive/paper/two.md")
    assert "Change: lede\n" in second and "Reading-Was" not in second
    assert "Reading: 2-bbbb\n" in second and "Extracted-By: trafilatura" in second
