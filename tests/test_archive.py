"""The archive store against real git repositories."""

from datetime import UTC, datetime, timedelta

import pytest
from conftest import git

from newsdiff.archive import ArchiveError, ArchiveStore
from newsdiff.article import Article, format_body, from_markdown

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)


def story(title="Ferry fares rise", body=None, url="https://paper.example/2026/ferry.html",
          byline="Ann Writer"):
    body = body or format_body(["The council voted on Monday. Fares rise in January.",
                                "Residents are unhappy."])
    return Article(title=title, url=url, source="paper", byline=byline, body=body,
                   published="2026-05-01T07:00:00Z")


def test_versions_are_commits_dated_at_the_fetch(repo):
    with ArchiveStore(repo / "archive") as store:
        first = store.save(story(), T0)
        unchanged = store.save(story(), T0 + timedelta(minutes=15))
        second = store.save(story(title="Ferry fares to rise 12%"), T0 + timedelta(minutes=35))
    assert first.number == 1 and second.number == 2 and unchanged is None
    log = git(repo, "log", "--format=%H|%at|%ct|%an|%s").splitlines()
    assert len(log) == 2
    assert log[0].split("|")[1:] == [str(int((T0 + timedelta(minutes=35)).timestamp()))] * 2 + [
        "newsdiff", "paper: Ferry fares to rise 12% (version 2)"]
    assert log[1].endswith("paper: Ferry fares rise (version 1)")
    body = git(repo, "log", "-1", "--format=%b")
    assert "https://paper.example/2026/ferry.html" in body and "title changed" in body
    stored = (repo / "archive/paper/2026/ferry.md").read_text()
    assert from_markdown(stored).title == "Ferry fares to rise 12%"
    assert git(repo, "status", "--porcelain") == ""


def test_whitespace_only_changes_are_not_versions(repo):
    with ArchiveStore(repo / "archive") as store:
        store.save(story(), T0)
        respaced = story(body="The council  voted on Monday.\nFares rise in January.\n\n\n"
                              "Residents  are unhappy. ")
        assert store.save(respaced, T0 + timedelta(hours=1)) is None
        assert store.save(story(title=" Ferry  fares rise "), T0 + timedelta(hours=2)) is None
    assert len(git(repo, "log", "--format=%H").splitlines()) == 1


def test_a_commit_holds_only_its_own_file_despite_staged_work(repo):
    (repo / "notes.txt").write_text("work in progress\n")
    (repo / "archive" / "README.md").write_text("staged readme\n")
    git(repo, "add", "notes.txt", "archive/README.md")
    with ArchiveStore(repo / "archive") as store:
        store.save(story(), T0)
    changed = git(repo, "show", "--name-only", "--format=", "HEAD").split()
    assert changed == ["archive/paper/2026/ferry.md"]
    # The user's staged work is still staged, untouched.
    staged = git(repo, "diff", "--cached", "--name-only").split()
    assert staged == ["archive/README.md", "notes.txt"]


def test_commits_keep_what_others_committed_meanwhile(repo):
    with ArchiveStore(repo / "archive") as store:
        store.save(story(), T0)
        (repo / "other.txt").write_text("x\n")
        git(repo, "add", "other.txt")
        git(repo, "commit", "-qm", "someone else")
        store.save(story(url="https://paper.example/b.html"), T0 + timedelta(minutes=1))
    files = git(repo, "ls-tree", "-r", "--name-only", "HEAD").split()
    assert files == ["archive/paper/2026/ferry.md", "archive/paper/b.md", "other.txt"]


def test_archive_folder_inside_a_larger_repository(tmp_path):
    top = tmp_path / "project"
    (top / "data" / "news").mkdir(parents=True)
    git(tmp_path, "init", "-q", str(top))
    with ArchiveStore(top / "data" / "news") as store:
        saved = store.save(story(), T0)
    assert saved.path == "data/news/paper/2026/ferry.md"
    assert (top / "data/news/paper/2026/ferry.md").is_file()


def test_version_numbers_continue_across_runs(repo):
    with ArchiveStore(repo / "archive") as store:
        store.save(story(), T0)
    with ArchiveStore(repo / "archive") as store:
        saved = store.save(story(title="New headline"), T0 + timedelta(hours=1))
    assert saved.number == 2
    assert git(repo, "log", "-1", "--format=%s") == "paper: New headline (version 2)\n"


def test_not_a_repository(tmp_path):
    with pytest.raises(ArchiveError, match="not inside a git repository"):
        ArchiveStore(tmp_path)
    with pytest.raises(ArchiveError, match="does not exist"):
        ArchiveStore(tmp_path / "missing")


def test_many_versions_in_batches_each_its_own_commit(repo):
    with ArchiveStore(repo / "archive") as store:
        for n in range(260):  # more than one fast-import batch
            store.save(story(url=f"https://paper.example/{n}.html", title=f"Story {n}"),
                       T0 + timedelta(seconds=n))
    log = git(repo, "log", "--reverse", "--format=%at %s").splitlines()
    assert len(log) == 260
    assert log[0] == f"{int(T0.timestamp())} paper: Story 0 (version 1)"
    assert log[-1] == f"{int(T0.timestamp()) + 259} paper: Story 259 (version 1)"
    stats = git(repo, "log", "--format=", "--name-only").split()
    assert len(stats) == 260  # one file per commit
    assert git(repo, "status", "--porcelain") == ""


def test_interrupted_flush_is_finished_at_next_start(repo):
    with ArchiveStore(repo / "archive") as store:
        store.save(story(), T0)
        store.save(story(title="Second"), T0 + timedelta(hours=1))
    # As if killed after the branch moved but before the working file was replaced:
    target = repo / "archive/paper/2026/ferry.md"
    target.write_text("stale half-written text")
    (repo / ".git" / "newsdiff-journal").write_text("archive/paper/2026/ferry.md\n")
    with ArchiveStore(repo / "archive"):
        pass
    assert from_markdown(target.read_text()).title == "Second"
    assert not (repo / ".git" / "newsdiff-journal").exists()
    assert git(repo, "status", "--porcelain") == ""


def test_a_broken_hand_edit_is_not_the_latest_version(repo):
    with ArchiveStore(repo / "archive") as store:
        store.save(story(), T0)
    path = repo / "archive/paper/2026/ferry.md"
    path.write_text("front matter lost in a hand edit\n")
    git(repo, "commit", "-q", "-am", "A broken hand edit")
    with ArchiveStore(repo / "archive") as store:
        assert store.save(story(), T0 + timedelta(hours=1)) is None  # same as the last article
        saved = store.save(story(title="Ferry fares to rise 12%"), T0 + timedelta(hours=2))
    assert saved is not None and from_markdown(path.read_text()).title == \
        "Ferry fares to rise 12%"


def test_a_hand_correction_in_progress_is_kept_when_a_new_version_comes(repo, server,
                                                                        tmp_path):
    # The new version's file replaced the working file and its index entry: a correction
    # being made by hand, staged or not, was lost without a word.
    from conftest import LOREM, Page, article_page, rss

    from newsdiff.config import Config, Settings, Source
    from newsdiff.run import run_round

    server.pages["/rss"] = Page(rss([server.url + "/a.html", server.url + "/b.html"]),
                                content_type="application/rss+xml")
    for name in "ab":
        server.pages[f"/{name}.html"] = Page(article_page(f"Story {name}", LOREM))
    config = Config(sources=(Source(name="paper", feeds=(server.url + "/rss",),
                                    allow_private=True),),
                    settings=Settings(timeout=5, min_delay=0, retries=0))
    run_round(config, repo / "archive", clock=lambda: T0)
    staged, unstaged = repo / "archive/paper/a.md", repo / "archive/paper/b.md"
    for path in (staged, unstaged):
        path.write_text(path.read_text().replace("city council", "city council (corrected)"))
    git(repo, "add", str(staged))
    for name in "ab":
        server.pages[f"/{name}.html"] = Page(article_page(f"Story {name} updated", LOREM))
    report = run_round(config, repo / "archive", clock=lambda: T0 + timedelta(hours=1))
    assert report.versions == 2
    assert git(repo, "show", "HEAD:archive/paper/a.md").startswith("---\ntitle: Story a updated")
    for path in (staged, unstaged):
        assert "city council (corrected)" in path.read_text()
    assert "city council (corrected)" in git(repo, "show", ":archive/paper/a.md")
    assert git(repo, "status", "--porcelain").splitlines() == [
        "M  archive/paper/a.md", " M archive/paper/b.md"]
    assert [n.split(":")[0] for n in report.notices] == ["archive/paper/a.md",
                                                         "archive/paper/b.md"]


def test_a_file_of_ones_own_where_a_new_article_goes_is_kept(repo):
    with ArchiveStore(repo / "archive") as store:
        store.save(story(url="https://paper.example/b.html"), T0)
    mine = repo / "archive/paper/2026/ferry.md"
    mine.parent.mkdir(parents=True)
    mine.write_text("my draft\n")  # untracked, where the next story's file goes
    with ArchiveStore(repo / "archive") as store:
        store.save(story(), T0 + timedelta(hours=1))
    assert store.kept_work == ["archive/paper/2026/ferry.md"]
    assert mine.read_text() == "my draft\n"
    assert git(repo, "show", "HEAD:archive/paper/2026/ferry.md").startswith("---\n")
    assert git(repo, "status", "--porcelain") == " M archive/paper/2026/ferry.md\n"
