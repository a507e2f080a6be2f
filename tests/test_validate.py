"""Each rule with a pair that triggers it and one that must not; held versions over rounds."""

import json
from datetime import UTC, datetime, timedelta

from click.testing import CliRunner
from conftest import LOREM, Page, article_page, git, rss

from newsdiff.article import Article, format_body
from newsdiff.cli import main
from newsdiff.config import Config, Settings, Source
from newsdiff.run import run_round
from newsdiff.validate import Judge, comparable, fix_mojibake, labels, suspicion, wall

BODY = ["The council voted 7 to 4 on Monday to raise ferry fares by 12 per cent.",
        "“Nobody likes paying more,” said councillor Maria Okafor.",
        "Commuters from the islands will pay an extra 60 cents each way."]


def art(title="Fares rise", body=BODY, byline="Ann Writer"):
    return Article(title=title, url="https://e.org/a", source="s", byline=byline,
                   body=format_body(list(body)))


def test_boring_whitespace_unicode_mojibake_and_rolling_dates():
    judge = Judge([art()])
    assert judge.decide(art(body=[p.replace(" ", "  ") for p in BODY])).kind == "boring"
    assert judge.decide(art(title="Fares  rise ")).kind == "boring"
    mangled = [p.encode("utf-8").decode("latin-1") for p in BODY]
    assert fix_mojibake(mangled[1]) == BODY[1]
    assert judge.decide(art(body=mangled)).kind == "boring"
    dated = Judge([art(title="fredag 18 augusti 2017")])
    assert dated.decide(art(title="lördag 19 augusti 2017")).kind == "boring"
    with_line = Judge([art(body=["Updated 5 minutes ago", *BODY])])
    assert with_line.decide(art(body=["Updated 40 minutes ago", *BODY])).kind == "boring"
    # Not boring: a real word changed.
    assert judge.decide(art(body=[BODY[0].replace("7 to 4", "8 to 3"), *BODY[1:]])).kind \
        == "version"


def test_suspicious_shrink_and_error_pages():
    old = art()
    assert suspicion(old, art(body=BODY[:1])) == "the text shrank from 36 to 16 words"
    assert suspicion(old, art(body=BODY[:2])) == ""
    paywall = art(body=[*BODY, "Subscribe now to continue reading this story."])
    assert "paywall" in suspicion(old, paywall)
    assert suspicion(paywall, paywall) == ""  # a page that always says it is not new
    assert Judge([old]).decide(art(body=BODY[:1])).kind == "suspicious"


def test_a_wall_in_front_of_the_article_is_refused_an_edit_quoting_one_is_held():
    old = art()
    walled = art(body=[BODY[1], "Subscribe now to continue reading this story."])
    assert "paywall" in wall(old, walled) and "shrank from 36" in wall(old, walled)
    assert Judge([old]).decide(walled).kind == "refused"
    # Held and come back the same, it is still refused: it was confirmed as an edit before.
    assert Judge([old]).decide(walled, held="x").kind == "refused"
    # The text kept (an edit quoting such words), or cut without such words (a story cut
    # down or withdrawn): held until the next fetch confirms it, as before.
    quoting = art(body=[*BODY, "Readers saw 'subscribe now to continue reading' instead."])
    assert wall(old, quoting) == "" and Judge([old]).decide(quoting).kind == "suspicious"
    assert wall(old, art(body=BODY[:1])) == ""
    # A first fetch ending in the call to subscribe: refused too (it was held, then
    # confirmed as version 1, and the story behind it came as a false "paragraph-added").
    assert "ends in the call" in wall(None, walled)
    assert Judge([]).decide(walled).kind == "refused"


LONG = [*BODY, *(f"Paragraph {n} adds detail on ferry route {n} and on the vote."
                 for n in range(4, 9))]


def test_a_wall_keeping_most_of_the_story_behind_old_chrome_or_in_another_language_is_refused():
    old = art(body=LONG)
    # A metered paywall shows most of the story, sometimes cut mid-sentence: not a shrink,
    # but the story's opening cut short, and a truncated text is never a version.
    metered = art(body=[*LONG[:5], "Already a subscriber? Log in to keep reading."])
    assert "cut short" in wall(old, metered) and Judge([old]).decide(metered).kind == "refused"
    cut = art(body=[*LONG[:4], LONG[4][:30].rsplit(" ", 1)[0] + "…",
                    "Subscribe now to continue reading."])
    assert Judge([old]).decide(cut).kind == "refused"
    # A cookie line every version had does not hide a paywall put up later.
    cookie = "We use cookies to improve this site."
    assert Judge([art(body=[*LONG, cookie])]).decide(
        art(body=[*LONG[:5], cookie, "Already a subscriber? Log in."])).kind == "refused"
    for line in ("Redan prenumerant? Logga in.", "Jetzt weiterlesen mit Z+.",
                 "¿Ya eres suscriptor? Inicia sesión.", "Déjà abonné ? Se connecter.",
                 "You have reached your limit of free articles."):
        assert Judge([old]).decide(art(body=[*LONG[:2], line])).kind == "refused", line
    # The story kept but not as its opening (the lede rewritten), quoting a wall: held.
    edit = art(body=[LONG[0].replace("Monday", "Tuesday"), *LONG[1:5],
                     "Readers saw 'subscribe now to continue reading' in print."])
    assert wall(old, edit) == "" and Judge([old]).decide(edit).kind == "suspicious"


BRIEF = ["The city's parking app stopped working for most of Saturday afternoon.",
         "Drivers who opened it saw only the message “Something went wrong” and a blank map.",
         "The council said a faulty update was to blame and that no fines would be issued.",
         "The app worked again by six o'clock."]  # 56 words


def test_a_first_fetch_is_refused_when_it_reads_like_a_wall_as_a_story_does_not():
    # A teaser whose text ends in the call to subscribe or log in, however long the teaser.
    teaser = art(body=[*LONG[:5], "Already a subscriber? Log in to keep reading.",
                       "Subscribe"])
    assert "“Already a subscriber”" in wall(None, teaser)
    assert "schema.org" in wall(None, teaser, paywalled=True)
    assert Judge([]).decide(teaser, paywalled=True).kind == "refused"
    # The same call on a page that marks itself free is the site's chrome.
    assert wall(None, teaser, paywalled=False) == ""
    # A story quoting the call goes on after it: a version at once, not held.
    quoting = art(body=[*LONG[:3], "Readers now see “Already a subscriber? Log in” first.",
                        *LONG[3:]])
    assert wall(None, quoting) == "" and Judge([]).decide(quoting).kind == "version"
    # A brief quoting an error in its middle, an article with a leaked cookie line at either
    # end: stories, recorded at once.
    cookie = "We use cookies to improve your experience on this site."
    for story in (BRIEF, [cookie, *LONG[:4]], [*LONG[:4], cookie]):
        assert Judge([]).decide(art(body=story)).kind == "version", story
        assert suspicion(None, art(body=story)) == ""
    # Error, consent and login pages: the wall opens the page and its other sentences would
    # not make the shortest real story.
    pages = [art(title="Something went wrong", body=[
                 "We are having trouble loading this page right now.",
                 "Please try again in a few minutes, or go back to the front page for the "
                 "latest news, sport and weather from our newsroom."]),
             art(title="The Paper", body=[
                 "We use cookies and similar technologies to give you a better experience.",
                 "Some are needed for the site to work, others help us show you relevant "
                 "advertising and measure how the site is used.",
                 "Accept all cookies or manage your cookie settings below.", "Manage settings"]),
             art(title="Access denied", body=[
                 "You don't have permission to access this page on this server.",
                 "Reference number 18.2f3c1b17.1700000000.5a1b2c3d, please quote it when you "
                 "contact our support team by phone or by email."])]
    for page in pages:
        assert "opens it" in wall(None, page), page.title
        assert Judge([]).decide(page).kind == "refused"


def test_labels_from_fixed_rules():
    old = art()
    assert labels(old, art(title="Ferry fares rise 12%")) == ("headline", "numbers")
    assert labels(old, art(byline="Ann Writer and Bo Li")) == ("byline",)
    assert labels(old, art(body=[*BODY, "Correction: an earlier version of this article "
                                        "misstated the vote."])) == \
        ("paragraph-added", "correction")
    assert labels(old, art(body=[BODY[0], BODY[2]])) == ("paragraph-removed", "quote")
    assert labels(old, art(body=[BODY[0].replace("Monday", "Tuesday"), *BODY[1:]])) == \
        ("lede",)
    assert labels(old, art(body=[BODY[0], BODY[1], BODY[2].replace("islands", "islands,")])) \
        == ("minor",)
    assert "minor" not in labels(old, art(body=[BODY[0], BODY[1], BODY[2] + " Or more."]))
    assert labels(old, art(body=[BODY[2], BODY[0], BODY[1]])) == ("paragraph-moved",)


def test_reverted_versions_name_the_version_they_return_to():
    a, b = art(title="Fares rise"), art(title="Fares soar")
    decision = Judge([a, b]).decide(art(title="Fares rise"))
    assert decision.kind == "version" and decision.reverts_to == 1
    assert decision.trailers == {"Change": "headline", "Reverts-To": "1"}
    assert Judge([a, b]).decide(art(title="Fares fall")).reverts_to is None


def test_comparable_ignores_markdown_escapes():
    assert comparable(art(body=["A \\*star\\* sentence here."]))[2] == "A *star* sentence here."


T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)


def _round(server, repo, tmp_path, minutes):
    config = Config(sources=(Source(name="paper", feeds=(server.url + "/rss",),
                                    allow_private=True),),
                    settings=Settings(timeout=5, min_delay=0, retries=0))
    return run_round(config, repo / "archive", clock=lambda: T0 + timedelta(minutes=minutes),
                     state_path=tmp_path / "state.json", check_all=True)


def test_suspicious_then_confirmed_and_suspicious_then_recovered(server, repo, tmp_path):
    server.pages["/rss"] = Page(rss([server.url + "/a.html", server.url + "/b.html"]),
                                content_type="application/rss+xml")
    full = [*LOREM, "A fourth paragraph with more detail about the budget and the plan.",
            "A fifth paragraph: the vote will be repeated next month, after a legal challenge "
            "from the opposition, which says the meeting was not announced in time.",
            "A sixth paragraph quotes residents from all three islands at some length, and "
            "gives the figures for each of the ferry routes in turn."]
    short = [LOREM[0], "Short now, for good: the rest of the story was removed by the "
             "editors this morning, leaving only the first paragraph and this line."]
    server.pages["/a.html"] = Page(article_page("Budget", full))
    server.pages["/b.html"] = Page(article_page("Harbour", full))
    _round(server, repo, tmp_path, 0)
    # Both shrink to one paragraph: held, not committed.
    server.pages["/a.html"] = Page(article_page("Budget", short))
    server.pages["/b.html"] = Page(article_page("Harbour", short))
    held = _round(server, repo, tmp_path, 30).sources["paper"]
    assert held.held == 2 and held.changed == 0
    # a: the next fetch confirms the shrink; b: the full story is back.
    server.pages["/b.html"] = Page(article_page("Harbour", full))
    after = _round(server, repo, tmp_path, 60).sources["paper"]
    assert after.changed == 1 and after.dropped == 1 and after.unchanged == 1
    subjects = git(repo, "log", "--format=%s").splitlines()
    assert subjects == ["paper: Budget (version 2)", "paper: Harbour (version 1)",
                        "paper: Budget (version 1)"]
    assert "Change: paragraph-removed" in git(repo, "log", "-1", "--format=%b")


def _refused_rounds(server, repo, tmp_path, full, walled, minutes) -> None:
    """Version 1 from ``full``, then ``walled`` served at each of ``minutes``: refused each
    time, never held, never a version."""
    server.pages["/rss"] = Page(rss([server.url + "/a.html"]), content_type="application/rss+xml")
    server.pages["/a.html"] = Page(article_page("Budget", full))
    _round(server, repo, tmp_path, 0)
    server.pages["/a.html"] = Page(article_page("Budget", walled))
    for minute in minutes:
        report = _round(server, repo, tmp_path, minute).sources["paper"]
        assert report.failed["wall page"] == 1 and report.held == 0 and report.changed == 0
    assert git(repo, "rev-list", "--count", "HEAD").strip() == "1"  # version 1 alone


def test_a_paywall_served_round_after_round_never_becomes_a_version(server, repo, tmp_path):
    # Held once and served the same again, the wall was confirmed as a version (and announced
    # as "paragraph-removed"): a site that walls off an article is no edit of it.
    full = [*LOREM, "A fourth paragraph with more detail about the budget and the plan.",
            "A fifth paragraph: the vote will be repeated next month, after a legal challenge "
            "from the opposition, which says the meeting was not announced in time."]
    walled = [LOREM[0], "This article is only available to subscribers. Subscribe now to "
              "continue reading, or log in if you already have an account with us."]
    _refused_rounds(server, repo, tmp_path, full, walled, range(30, 330, 30))  # > 8 rounds
    # A wall is not the article's failure: no backoff, never given up on (after eight walls
    # in a row it was no longer checked, and the edit below would have been lost).
    state = json.loads((tmp_path / "state.json").read_text())
    entry = next(iter(state["articles"].values()))
    assert entry["failures"] == 0 and "paywall" in entry["last_error"]
    # The wall lifted with an edit: recorded as the newsroom's, against version 1.
    server.pages["/a.html"] = Page(article_page("Budget", [*full, "Updated with the vote."]))
    assert _round(server, repo, tmp_path, 360).sources["paper"].changed == 1
    assert "Change: paragraph-added" in git(repo, "log", "-1", "--format=%b")


def test_a_metered_paywall_keeping_most_of_the_story_never_becomes_a_version(server, repo,
                                                                             tmp_path):
    # It kept more than half the words, so it was held, then confirmed as a version
    # (announced as 'paragraph-removed'), and the story coming back as 'paragraph-added'.
    full = [*LOREM, *(f"Paragraph {n} gives the figures for ferry route {n} and what its "
                      f"passengers said at the meeting." for n in range(4, 10))]
    _refused_rounds(server, repo, tmp_path, full,
                    [*full[:7], "Already a subscriber? Log in to keep reading."], (30, 60))
    server.pages["/a.html"] = Page(article_page("Budget", full))
    assert _round(server, repo, tmp_path, 90).sources["paper"].unchanged == 1


def test_held_version_is_confirmed_behind_an_etag(server, repo, tmp_path):
    # The held fetch's ETag was kept: the confirming request was conditional, the newsroom
    # answered 304 to it for ever, and the edit was never recorded.
    server.pages["/rss"] = Page(rss([server.url + "/a.html"]), content_type="application/rss+xml")
    full = [*LOREM, "A fourth paragraph with more detail about the budget and the plan.",
            "A fifth paragraph: the vote will be repeated next month, after a legal challenge "
            "from the opposition, which says the meeting was not announced in time."]
    short = [LOREM[0], "Short now, for good: the rest of the story was removed by the "
             "editors this morning, leaving only the first paragraph and this line."]
    server.pages["/a.html"] = Page(article_page("Budget", full), headers={"ETag": '"1"'})
    _round(server, repo, tmp_path, 0)
    server.pages["/a.html"] = Page(article_page("Budget", short), headers={"ETag": '"2"'})
    assert _round(server, repo, tmp_path, 30).sources["paper"].held == 1
    confirmed = _round(server, repo, tmp_path, 60).sources["paper"]
    assert server.hits_for("/a.html")[-1].headers.get("If-None-Match") is None
    assert confirmed.changed == 1
    assert git(repo, "log", "-1", "--format=%s") == "paper: Budget (version 2)\n"
    _round(server, repo, tmp_path, 90)  # recorded: conditional again, and a 304 is nothing
    assert server.hits_for("/a.html")[-1].headers.get("If-None-Match") == '"2"'


def _walled_page(title: str, paragraphs: list[str]) -> str:
    """An article page marked as paywalled for search engines, as publishers mark them."""
    mark = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                       "headline": title, "isAccessibleForFree": False,
                       "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False",
                                   "cssSelector": ".paywall"}})
    return article_page(title, paragraphs).replace(
        "</head>", f'<script type="application/ld+json">{mark}</script></head>')


def test_a_paywall_teaser_on_a_first_fetch_never_becomes_version_1(server, repo, tmp_path):
    # Held on the first fetch, confirmed by the second: the teaser was version 1, and the
    # story arrived, once the wall lifted, as a false "paragraph-added" edit.
    full = [*LOREM, *(f"Paragraph {n} gives the figures for ferry route {n} and what its "
                      f"passengers said at the meeting." for n in range(4, 10))]
    teaser = [*full[:3], "Already a subscriber? Log in to keep reading."]
    server.pages["/rss"] = Page(rss([server.url + "/a.html"]), content_type="application/rss+xml")
    server.pages["/a.html"] = Page(_walled_page("Budget", teaser))
    for minute in (0, 30, 60):
        report = _round(server, repo, tmp_path, minute).sources["paper"]
        assert report.failed["wall page"] == 1 and report.held == 0 and report.new == 0
    assert not list((repo / "archive").rglob("*.md"))
    entry = next(iter(json.loads((tmp_path / "state.json").read_text())["articles"].values()))
    assert entry["failures"] == 0  # reported, not the article's failure
    assert "“Already a subscriber”" in entry["last_error"] and "schema.org" in entry["last_error"]
    # The wall lifts (the same markup stays: the page is still a subscriber's article).
    server.pages["/a.html"] = Page(_walled_page("Budget", full))
    assert _round(server, repo, tmp_path, 90).sources["paper"].new == 1
    assert _round(server, repo, tmp_path, 120).sources["paper"].unchanged == 1
    assert git(repo, "log", "--format=%s").splitlines() == ["paper: Budget (version 1)"]
    assert "Paragraph 9 gives" in next((repo / "archive").rglob("*.md")).read_text()


def test_add_of_a_walled_page_says_why_in_one_line(server, repo, tmp_path):
    server.pages["/a.html"] = Page(_walled_page("Budget", [
        *LOREM, "Already a subscriber? Log in to keep reading."]))
    config = tmp_path / "newsdiff.toml"
    config.write_text(f'[[source]]\nname = "paper"\nfeeds = ["{server.url}/rss"]\n'
                      "allow_private = true\n")
    result = CliRunner().invoke(main, ["add", server.url + "/a.html", "--config", str(config),
                                       "--archive", str(repo / "archive"),
                                       "--state", str(tmp_path / "state.json")])
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "ends in the call “Already a subscriber”" in result.output
    assert "isAccessibleForFree false)" in result.output
    assert not list((repo / "archive").rglob("*.md"))


def test_stories_quoting_an_error_or_leaking_a_cookie_line_are_recorded_at_once(server, repo,
                                                                              tmp_path):
    # A first fetch with such words was held until the next fetch came back the same: a
    # story edited in between (or gone from its listing) was never recorded at all.
    cookie = "We use cookies to give you the best experience on our website."
    story = [cookie, *LOREM, "A fourth paragraph with more detail about the budget."]
    server.pages["/rss"] = Page(rss([server.url + "/brief.html", server.url + "/a.html"]),
                                content_type="application/rss+xml")
    server.pages["/brief.html"] = Page(article_page("Parking app down", BRIEF))
    server.pages["/a.html"] = Page(article_page("Budget", story))
    first = _round(server, repo, tmp_path, 0).sources["paper"]
    assert first.new == 2 and first.held == 0 and not first.failed
    server.pages["/a.html"] = Page(article_page("Budget", [*story, "Updated with the vote."]))
    assert _round(server, repo, tmp_path, 30).sources["paper"].changed == 1
    assert "Change: paragraph-added" in git(repo, "log", "-1", "--format=%b")
    files = [path.read_text() for path in (repo / "archive").rglob("*.md")]
    assert sum(cookie in text for text in files) == 1  # the leak reached the text kept


ROUTES = [f"Paragraph {n} of the report gives the figures for ferry route {n}, and what the "
          f"{n * 7} passengers who use it every day said when the council met."
          for n in range(1, 21)]  # 540 words


def _blog(newest: int) -> list[str]:
    """A live blog's page once it rolled over: its four newest entries, newest first."""
    return [f"{10 + n // 6}:{n % 6}0 Entry {n}: the storm has closed ferry route {n}, and the "
            f"coastguard asks people on the islands to stay at home tonight." for n in
            range(newest, newest - 4, -1)]


def test_a_shrink_that_keeps_changing_is_confirmed_a_truncation_never_is(server, repo,
                                                                        tmp_path):
    # A shrink was confirmed only by an identical next fetch: a live blog that rolled over
    # to its newest entries shrank, then changed every round, and was held and dropped for
    # ever; every later version was lost.
    server.pages["/rss"] = Page(rss([server.url + "/live.html", server.url + "/cut.html"]),
                                content_type="application/rss+xml")
    full = article_page("Ferries", ROUTES)
    server.pages["/live.html"] = Page(article_page("Storm live", ROUTES))
    server.pages["/cut.html"] = Page(full)
    assert _round(server, repo, tmp_path, 0).sources["paper"].new == 2
    # The blog rolls over; the other page comes cut at a different point each round (each a
    # shrink of more than half, each a text of its own: none comes back the same).
    for n, cut in enumerate((700, 900, 1111, 1250, 1400), 1):
        server.pages["/live.html"] = Page(article_page("Storm live", _blog(10 + n)))
        server.pages["/cut.html"] = Page(full[:cut])
        report = _round(server, repo, tmp_path, 30 * n).sources["paper"]
        assert report.held == (2 if n == 1 else 1), n  # the cut page, every round
        assert report.changed == (0 if n == 1 else 1), n  # the blog, from its second fetch
    subjects = git(repo, "log", "--format=%s").splitlines()
    assert subjects.count("paper: Storm live (version 5)") == 1
    assert not any(subject.startswith("paper: Ferries (version 2") for subject in subjects)
    server.pages["/cut.html"] = Page(full)  # whole again: what was held is dropped
    report = _round(server, repo, tmp_path, 200).sources["paper"]
    assert report.dropped == 1 and report.changed == 0


def test_a_held_shrink_is_confirmed_by_moving_on_twice_never_by_a_cut():
    old = art(body=ROUTES)
    held = Judge([old]).decide(art(body=_blog(11)))
    assert held.kind == "suspicious" and held.moved
    confirmed = Judge([old]).decide(art(body=_blog(12)), held="x", held_moved=True)
    assert confirmed.kind == "version" and confirmed.confirms
    # Once moved on is not enough: the fetch held before was a cut (or nothing was held).
    assert Judge([old]).decide(art(body=_blog(12)), held="x").kind == "suspicious"
    assert Judge([old]).decide(art(body=_blog(12))).kind == "suspicious"
    # A cut of the recorded text at any point, mid-word or after a reordering, has nothing of
    # its own: never moved on, so never confirmed but by coming back the same.
    for n in range(1, 8):  # up to 9 paragraphs of the 20: a shrink of more than half
        for cut in ([*ROUTES[:n], ROUTES[n][:40] + "…"], [*ROUTES[n:n + 2], *ROUTES[:n]]):
            decision = Judge([old]).decide(art(body=cut), held="x", held_moved=True)
            assert decision.kind == "suspicious" and not decision.moved, (n, cut)


def test_a_line_saying_how_long_ago_the_page_was_updated_is_no_edit_in_any_language(
        server, repo, tmp_path):
    # Once a rolling line had to say when "first thing", Swedish "för 5 minuter sedan",
    # German "vor 5 Minuten", a weekday cut short ("Tue") and a time of day ("this morning",
    # "i morse") no longer rolled: the line was kept in the text, and every fetch of the page
    # became a version (and a held shrink on such a page never came back the same, so the
    # newsroom's cut was lost).
    server.pages["/rss"] = Page(rss([server.url + "/a.html"]), content_type="application/rss+xml")
    lines = [("Uppdaterad för {n} minuter sedan", "Publicerad för {n} timmar sedan"),
             ("Aktualisiert vor {n} Minuten", "Aktualisiert: vor {n} Stunden"),
             ("Updated Tue, {n} Mar 2026", "Updated Weds {n} March"),
             ("Updated {n} hours ago", "Updated this morning"),
             ("Uppdaterad för {n} timmar sedan", "Uppdaterad i morse"),
             ("Updated earlier today", "Updated last night")]
    full = [*LOREM, *ROUTES[:6]]
    for n, (first, second) in enumerate(lines):
        page = article_page("Budget", [first.format(n=n + 5), *full])
        server.pages["/a.html"] = Page(page)
        _round(server, repo, tmp_path, 100 * n)
        server.pages["/a.html"] = Page(article_page("Budget", [second.format(n=n + 7), *full]))
        report = _round(server, repo, tmp_path, 100 * n + 30).sources["paper"]
        assert report.unchanged == 1 and report.changed == 0, first
    assert git(repo, "rev-list", "--count", "HEAD").strip() == "1"
    # A story cut down on such a page: held, then confirmed though the line rolled on.
    server.pages["/a.html"] = Page(article_page("Budget", ["Uppdaterad för 2 minuter sedan",
                                                           *LOREM[:2]]))
    assert _round(server, repo, tmp_path, 900).sources["paper"].held == 1
    server.pages["/a.html"] = Page(article_page("Budget", ["Uppdaterad för 32 minuter sedan",
                                                           *LOREM[:2]]))
    assert _round(server, repo, tmp_path, 930).sources["paper"].changed == 1


def test_a_paywall_mark_written_as_schema_org_writes_booleans_is_read_as_paywalled(
        server, repo, tmp_path):
    # isAccessibleForFree written as a schema.org Boolean's address ("https://schema.org/False")
    # or as a list was read as a mark saying "free", and a teaser ending in the call to
    # subscribe became version 1 (the story behind it a false edit once the wall lifted).
    teaser = [*LOREM, "Already a subscriber? Log in to keep reading."]
    server.pages["/rss"] = Page(rss([server.url + "/a.html"]), content_type="application/rss+xml")
    marks = ['"isAccessibleForFree": "https://schema.org/False"',
             '"isAccessibleForFree": "http://schema.org/False"',
             '"isAccessibleForFree": ["False"]', '"isAccessibleForFree": [false]']
    for minute, mark in enumerate(marks):
        script = ('<script type="application/ld+json">{"@context": "https://schema.org", '
                  f'"@type": "NewsArticle", {mark}}}</script></head>')
        server.pages["/a.html"] = Page(article_page("Budget", teaser).replace("</head>", script))
        report = _round(server, repo, tmp_path, minute).sources["paper"]
        assert report.failed["wall page"] == 1 and report.new == 0, mark
    micro = article_page("Budget", teaser).replace(
        "<article>", '<article><link itemprop="isAccessibleForFree" href="https://schema.org/'
                     'False">')
    server.pages["/a.html"] = Page(micro)
    assert _round(server, repo, tmp_path, 10).sources["paper"].failed["wall page"] == 1
    assert not list((repo / "archive").rglob("*.md"))


CONSENT = {"sv": ["Vi bryr oss om din integritet.",
                  "Vi och våra 842 partners använder cookies och liknande tekniker för att lagra "
                  "och komma åt information på din enhet, för att visa anpassade annonser och "
                  "innehåll, mäta annonser och innehåll samt för att utveckla våra tjänster.",
                  "Du kan när som helst ändra dina val under Inställningar längst ner på sidan.",
                  "Godkänn alla cookies"],
           "de": ["Wir brauchen Ihre Zustimmung.",
                  "Wir und unsere 842 Partner verwenden Cookies und ähnliche Technologien, um "
                  "Informationen auf Ihrem Gerät zu speichern und abzurufen, personalisierte "
                  "Anzeigen und Inhalte anzuzeigen und unsere Dienste weiterzuentwickeln.",
                  "Sie können Ihre Auswahl jederzeit in den Einstellungen am Ende der Seite "
                  "ändern.", "Alle Cookies akzeptieren"]}


def test_a_consent_page_in_swedish_or_german_never_becomes_a_version(server, repo, tmp_path):
    # Only English consent and error pages read as walls: a Swedish or German consent page
    # served in front of a story was its version 1 on a first fetch, and, served twice in a
    # row (or with its partner count changed: it "moved on") in front of a recorded story,
    # a version that cut the story down to the consent text.
    server.pages["/rss"] = Page(rss([server.url + "/a.html", server.url + "/b.html"]),
                                content_type="application/rss+xml")
    server.pages["/a.html"] = Page(article_page("Budget", [*LOREM, *ROUTES[:4]]))
    server.pages["/b.html"] = Page(article_page("Der Spiegel", CONSENT["de"]))
    first = _round(server, repo, tmp_path, 0).sources["paper"]
    assert first.new == 1 and first.failed["wall page"] == 1
    for minute, partners in ((30, "842"), (60, "843"), (90, "843")):
        for path, language in (("/a.html", "sv"), ("/b.html", "de")):
            text = [p.replace("842", partners) for p in CONSENT[language]]
            server.pages[path] = Page(article_page("Expressen", text))
        report = _round(server, repo, tmp_path, minute).sources["paper"]
        assert report.failed["wall page"] == 2 and report.changed == report.new == 0, minute
    assert git(repo, "rev-list", "--count", "HEAD").strip() == "1"



def test_a_brief_ending_in_a_quoted_call_to_subscribe_is_recorded(server, repo, tmp_path):
    # A first fetch whose text ends in a call to subscribe was refused, round after round:
    # a brief about a paywall that ends by quoting its call was never recorded at all.  A
    # wall does not put its own call in quotation marks.
    briefs = {"/en.html": ["The Harbour Gazette put most of its website behind a paywall on "
                           "Monday, six months after its owner announced the plan.",
                           "Readers who open a story without an account now see two "
                           "paragraphs and then the message “Subscribe to continue reading.”"],
              "/sv.html": ["Lokaltidningen i Ystad låser från och med i dag alla sina artiklar "
                           "på nätet, efter att annonsintäkterna har fallit tre år i rad.",
                           "Tidningen har i dag omkring elva tusen prenumeranter på papper.",
                           "Den som inte betalar ser två stycken och sedan uppmaningen "
                           "”Bli prenumerant för att fortsätta läsa”."]}
    server.pages["/rss"] = Page(rss([server.url + path for path in briefs]),
                                content_type="application/rss+xml")
    for path, brief in briefs.items():
        server.pages[path] = Page(article_page("Paywall", brief))
    report = _round(server, repo, tmp_path, 0).sources["paper"]
    assert report.new == 2 and not report.failed
    # A teaser cut inside a quote is still a wall: its call is not in the quotation marks.
    for tail in (["“We will not raise the fares again,” the mayor…", "Subscribe to continue "
                  "reading."], ["He said: “We will not… Already a subscriber? Log in."]):
        assert Judge([]).decide(art(body=[*LONG[:5], *tail])).kind == "refused", tail


def _ticker(newest: int) -> list[str]:
    """A match ticker once it rolled over: its eight newest entries, each a short line."""
    return [f"{60 + n}' {'Hörna för Sverige' if n % 2 else 'Gult kort'}, nummer {n}." for n
            in range(newest, newest - 8, -1)]


def test_a_live_ticker_of_short_entries_that_shrank_keeps_its_versions(server, repo,
                                                                        tmp_path):
    # A held shrink was confirmed by moving on only with a sentence of 8 words or more of
    # its own: a ticker whose entries are shorter was held and dropped every round, and
    # every version after it rolled over was lost.  A truncation has no sentence of its own
    # at all, however short (bench/histories.py).
    server.pages["/rss"] = Page(rss([server.url + "/live.html"]),
                                content_type="application/rss+xml")
    server.pages["/live.html"] = Page(article_page("Sverige–Norge", ROUTES))
    _round(server, repo, tmp_path, 0)
    for n in range(1, 5):
        server.pages["/live.html"] = Page(article_page("Sverige–Norge", _ticker(10 + n)))
        report = _round(server, repo, tmp_path, 5 * n).sources["paper"]
        assert (report.held, report.changed) == ((1, 0) if n == 1 else (0, 1)), n
    # A date line that rolls is no text of its own: a cut of the story under a new one is
    # never confirmed.
    judge = Judge([art(body=["fredag 18 augusti 2017", *ROUTES])])
    for day in ("lördag 19 augusti 2017", "söndag 20 augusti 2017"):
        cut = art(body=[day, f"Uppdaterad {day[-14:]}, kl 14:05", *ROUTES[:3], ROUTES[3][:30]])
        assert judge.decide(cut, held="x", held_moved=True).kind == "suspicious", day


def test_a_spanish_or_french_line_saying_how_long_ago_is_no_edit(server, repo, tmp_path):
    # Only English, Swedish and German "updated" lines rolled: on a Spanish or French page
    # "Actualizado hace 5 minutos" was kept in the text, and every fetch became a version.
    server.pages["/rss"] = Page(rss([server.url + "/a.html"]), content_type="application/rss+xml")
    lines = [("Actualizado hace {n} minutos", "Actualizado hace unos segundos"),
             ("Mis à jour il y a {n} minutes", "Mis à jour il y a quelques secondes"),
             ("Publicado hoy a las 10:{n}", "Publicado ayer"),
             ("Publié aujourd'hui à 10h{n}", "Modifié le {n} mars 2026 à 11h00")]
    full = [*LOREM, *ROUTES[:6]]
    for n, (first, second) in enumerate(lines):
        server.pages["/a.html"] = Page(article_page("Budget", [first.format(n=n + 15), *full]))
        _round(server, repo, tmp_path, 100 * n)
        server.pages["/a.html"] = Page(article_page("Budget", [second.format(n=n + 17), *full]))
        report = _round(server, repo, tmp_path, 100 * n + 30).sources["paper"]
        assert report.unchanged == 1 and report.changed == 0, first
    assert git(repo, "rev-list", "--count", "HEAD").strip() == "1"
    # A story's line opening with such a word but saying no time is kept, as in English.
    from newsdiff.article import is_rolling_line
    for story in ("Publicado en 2019 por el ministerio", "Publié le rapport annuel",
                  "Mis à jour le logiciel des caisses"):
        assert not is_rolling_line(story), story


def test_a_french_or_spanish_teaser_ending_in_its_wall_is_refused(server, repo, tmp_path):
    # "La suite est réservée aux abonnés" (the feminine of "réservé", as Le Monde sets it)
    # and "solo para suscriptores" were no wall's words: the teaser was version 1, and the
    # story behind it a false edit once the wall lifted.
    walls = {"/fr.html": "Il vous reste 78 % de cet article à lire. La suite est réservée aux "
                         "abonnés.",
             "/es.html": "Este contenido es solo para suscriptores."}
    server.pages["/rss"] = Page(rss([server.url + path for path in walls]),
                                content_type="application/rss+xml")
    for path, call in walls.items():
        server.pages[path] = Page(article_page("Budget", [*LOREM, call]))
    report = _round(server, repo, tmp_path, 0).sources["paper"]
    assert report.failed["wall page"] == 2 and report.new == 0


def _outage_blog(newest: int) -> list[str]:
    """A live blog on an outage, newest entry first; from its sixth entry on, one entry
    quotes the error its readers see."""
    entries = [f"{10 + n // 6}:{n % 6}0 Entry {n}: the bank's app is still down for most "
               f"customers in the north, and branch {n} stays open late." for n in
               range(newest, 0, -1)]
    if newest > 5:
        entries.insert(newest - 5, "Customers who open the app see only the message "
                                   "“Something went wrong” and a blank screen.")
    return entries


def test_a_live_blog_that_quotes_an_error_keeps_its_versions(server, repo, tmp_path):
    # Newly reading like an error page while its text stayed, the blog was held until a
    # fetch came back the same: it changed every round, was held and dropped every round,
    # and every version after the quote was lost.  A wall takes from a story; this one
    # grew with text of its own two fetches in a row.
    server.pages["/rss"] = Page(rss([server.url + "/live.html", server.url + "/a.html"]),
                                content_type="application/rss+xml")
    server.pages["/live.html"] = Page(article_page("Bank app down", _outage_blog(5)))
    story = [*LOREM, *ROUTES[:8]]
    server.pages["/a.html"] = Page(article_page("Budget", story))
    assert _round(server, repo, tmp_path, 0).sources["paper"].new == 2
    for n in range(6, 10):
        server.pages["/live.html"] = Page(article_page("Bank app down", _outage_blog(n)))
        # A metered wall keeping most of the story, under a teaser that changes every round:
        # it takes from the story, so it never moves on, and is never a version.
        server.pages["/a.html"] = Page(article_page("Budget", [
            *story[:9], f"Most read: ferry route {n} closes for the winter after a storm "
                        f"damaged its pier.", "Already a subscriber? Log in to keep reading."]))
        report = _round(server, repo, tmp_path, 30 * n).sources["paper"]
        assert report.changed == (0 if n == 6 else 1), n
        assert report.held == (2 if n == 6 else 1), n
    assert git(repo, "log", "-1", "--format=%s") == "paper: Bank app down (version 4)\n"
