"""The one reader of the archive, under histories the code did not write itself."""

import subprocess
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner
from conftest import git

from newsdiff.archive import ArchiveError, ArchiveStore
from newsdiff.article import Article, format_body, from_markdown, to_markdown
from newsdiff.build import BuildError, build_site
from newsdiff.changelog import article_log
from newsdiff.cli import main
from newsdiff.export import iter_versions
from newsdiff.reader import ArchiveReader
from newsdiff.recent import recorded_versions

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
URL = "https://paper.example/2026/ferry.html"
PATH = "archive/paper/2026/ferry.md"
CONFIG = '[[source]]\nname = "paper"\nfeeds = ["https://paper.example/feed.xml"]\n'


def story(words: str, title: str = "Ferry fares rise") -> Article:
    return Article(title=title, url=URL, source="paper",
                   body=format_body([f"The council voted on Monday. {words}.",
                                     "Residents are unhappy about it."]))


def month(article: Article) -> str:
    return article.body.split("\n")[1].split()[-1]


def hand_commit(repo, path: str, data: bytes, message: str = "hand edit") -> None:
    (repo / path).write_bytes(data)
    git(repo, "add", path)
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", message)


def invoke(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("broken", [b"---\ntitle: [broken\n---\n\nText.\n",
                                    b"---\ntitle: ok\nurl: x\nsource: paper\n---\n\n\xff\n"])
def test_a_broken_hand_edit_anywhere_in_history_is_skipped_and_said_once(repo, tmp_path,
                                                                         broken):
    with ArchiveStore(repo / "archive") as store:
        store.save(story("Fares rise in January"), T0)
    hand_commit(repo, PATH, broken)
    hand_commit(repo, PATH, broken + b"More.\n")
    with ArchiveStore(repo / "archive") as store:
        saved = store.save(story("Fares rise in March"), T0 + timedelta(hours=2))
        assert saved is not None and saved.number == 2  # broken states do not count
        assert [month(a) for a in store.versions(PATH)] == ["January.", "March."]
        saved = store.save(story("Fares rise in April"), T0 + timedelta(hours=3))
        assert saved.number == 3
    log = invoke("log", PATH, "--archive", str(repo / "archive"))
    assert log.exit_code == 0
    assert log.output.count("is not an article") == 1
    assert "Version 3" in log.output and "Version 4" not in log.output
    (tmp_path / "newsdiff.toml").write_text(CONFIG)
    sources = invoke("sources", "--config", str(tmp_path / "newsdiff.toml"),
                     "--archive", str(repo / "archive"), "--state", str(tmp_path / "state"))
    assert sources.exit_code == 0, sources.output
    assert sources.output.splitlines()[1].split()[:3] == ["paper", "1", "3"]
    assert [row["version"] for row in iter_versions(repo / "archive")] == [1, 2, 3]
    report = build_site(repo / "archive", tmp_path / "site")
    assert len(report.notices) == 1 and "not articles" in report.notices[0]
    assert build_site(repo / "archive", tmp_path / "site").notices == ()  # said once
    assert (tmp_path / "site/paper/2026/ferry/v3/index.html").is_file()
    assert not (tmp_path / "site/paper/2026/ferry/v4").exists()
    # The jobs after a round (Save Page Now, posts) number and link versions as the site does.
    assert [(v.number, v.diff_path) for v in recorded_versions(repo / "archive")] == [
        (1, "paper/2026/ferry/v0-v1/"), (2, "paper/2026/ferry/v1-v2/"),
        (3, "paper/2026/ferry/v2-v3/")]


def test_a_shallow_clone_is_refused_in_one_line(repo, tmp_path):
    with ArchiveStore(repo / "archive") as store:
        for n, words in enumerate(["One", "Two", "Three"]):
            store.save(story(words), T0 + timedelta(hours=n))
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(clone)],
                   check=True)
    with pytest.raises(ArchiveError, match="fetch-depth: 0"):
        ArchiveStore(clone / "archive")
    for args in (["log", str(clone / PATH)], ["export"]):
        result = CliRunner().invoke(main, [*args, "--archive", str(clone / "archive")])
        assert result.exit_code == 1
        assert "shallow clone" in result.output and "fetch-depth: 0" in result.output
        assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    with pytest.raises(BuildError, match="fetch-depth: 0"):
        build_site(clone / "archive", tmp_path / "site")


def test_the_merged_text_is_the_articles_latest_version(repo, tmp_path):
    with ArchiveStore(repo / "archive") as store:
        store.save(story("Fares rise in January"), T0)
    git(repo, "checkout", "-q", "-b", "other")
    with ArchiveStore(repo / "archive") as store:
        store.save(story("Fares rise in February"), T0 + timedelta(hours=1))
    git(repo, "checkout", "-q", "main")
    with ArchiveStore(repo / "archive") as store:
        store.save(story("Fares rise in March"), T0 + timedelta(hours=2))
    merge = subprocess.run(["git", "-C", str(repo), "merge", "-q", "other"],
                           capture_output=True, check=False)
    assert merge.returncode != 0  # a conflict, resolved by hand below
    merged = story("Fares rise in April")
    hand_commit(repo, PATH, to_markdown(merged).encode(), "Merge branch 'other'")
    reader = ArchiveReader(repo / "archive")
    history = reader.histories()[PATH]
    assert reader.latest(history)[1] == merged
    assert [month(a) for _, a in reader.versions(history)] == [
        "January.", "February.", "March.", "April."]
    with ArchiveStore(repo / "archive") as store:
        assert store.latest(PATH) == merged
    build_site(repo / "archive", tmp_path / "site")
    page = (tmp_path / "site/paper/2026/ferry/v4/index.html").read_text()
    assert "Fares rise in April" in page
    assert from_markdown((repo / PATH).read_text()) == merged


def test_log_shows_controls_and_bidi_overrides_as_code_points(repo):
    """A scraped title must not drive the terminal of whoever reads the log."""
    with ArchiveStore(repo / "archive") as store:
        store.save(story("Fares rise", title="Ferry \x1b]0;owned\x07 fares"), T0)
        store.save(story("Fares rise", title="Ferry \u202egnp.exe fares \x9b31m"),
                   T0 + timedelta(hours=1))
    plain = invoke("log", PATH, "--archive", str(repo / "archive"))
    assert plain.exit_code == 0
    coloured = article_log(repo / "archive", PATH, color=True)  # as on a terminal
    for output in (plain.output, coloured):
        assert "\x07" not in output and "\u202e" not in output and "\x9b" not in output
        assert "<U+202E>gnp.exe" in output and "<U+001B>]0;owned<U+0007>" in output
    assert "\x1b" not in plain.output


def test_texts_forgotten_to_keep_memory_flat_are_read_again(repo, monkeypatch):
    monkeypatch.setattr(ArchiveReader, "KEEP", 2)
    months = ["January", "February", "March", "April", "May"]
    with ArchiveStore(repo / "archive") as store:
        for n, name in enumerate(months):
            store.save(story(f"Fares rise in {name}"), T0 + timedelta(hours=n))
        assert [month(a) for a in store.versions(PATH)] == [f"{m}." for m in months]
        assert store.save(story("Fares rise in June"), T0 + timedelta(hours=9)).number == 6
        assert month(store.latest(PATH)) == "June."  # queued, not yet in git
    assert [row["version"] for row in iter_versions(repo / "archive")] == [1, 2, 3, 4, 5, 6]
