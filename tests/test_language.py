"""Each article's language: read from its page (or its source's config), kept in its front
matter, never a version on its own, and marked on every piece of its text the site shows."""

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import lxml.html
import pytest
from conftest import LOREM, Page, article_page, empty_archive, git, rss

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body, from_markdown, to_markdown
from newsdiff.build import build_site
from newsdiff.config import Config, ConfigError, Settings, Source, load_config
from newsdiff.extract import extract
from newsdiff.language import language_tag, page_language
from newsdiff.run import run_round
from newsdiff.validate import Judge

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
DE = "nordblatt/lokales/radwege"
SV = "ostkusten/nyheter/hamnen"
EVIL = "ostkusten/nyheter/evil"
GERMAN = ["Der Stadtrat hat am Montagabend beschlossen, entlang der Promenade neue Radwege "
          "zu bauen.",
          "Die Kosten von rund 2,4 Millionen Euro trägt zum größten Teil das Land.",
          "Die Händler befürchten, dass Dutzende Parkplätze wegfallen."]
SWEDISH = ["Kommunfullmäktige beslutade på måndagen att bygga en ny gångbro över hamnen.",
           "Bygget väntas börja i maj och kosta omkring 40 miljoner kronor."]


# --- tags ------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, tag", [
    ("de", "de"), ("sv_SE", "sv-SE"), ("EN-us", "en-US"), (" de-DE ", "de-DE"),
    ("zh-hant-tw", "zh-Hant-TW"), ("iw", "he"), ("en-GB-oxendict", "en-GB-oxendict"),
    ("sr-Latn", "sr-Latn")])
def test_a_stated_language_becomes_its_canonical_tag(value, tag):
    assert language_tag(value) == tag


@pytest.mark.parametrize("value", [
    "", "und", "zxx", "mul", "x-default", "x-klingon", "qaa", "English", "foo", "xx",
    "en-ZZ-nonsense", '"><script>alert(1)</script>', 'de" onmouseover="alert(1)', "d\ne",
    "de en", "de;en", "dé", "de-" + "a" * 40, "{{ lang }}", "<%= locale %>", None, 7,
    ["de"], {"de": 1}])
def test_anything_but_a_valid_tag_naming_a_language_is_no_language(value):
    assert language_tag(value) == ""


def tree(html: str):
    return lxml.html.fromstring(html.encode())


@pytest.mark.parametrize("head, html_attributes, tag", [
    ("", 'lang="de-de"', "de-DE"),
    ("", 'xml:lang="sv"', "sv"),
    # the page's own lang first; a placeholder or garbage there falls through to the rest
    ('<meta property="og:locale" content="fr_FR">', 'lang="sv"', "sv"),
    ('<meta http-equiv="Content-Language" content="x-default, de">', 'lang="{{lang}}"', "de"),
    ('<meta property="og:locale" content="sv_SE">', 'lang="en&quot; onclick=&quot;x"', "sv-SE"),
    ('<script type="application/ld+json">{"@type": "WebSite", "inLanguage": "fr"}</script>'
     '<script type="application/ld+json">{"@type": "NewsArticle", "inLanguage": '
     '{"@type": "Language", "name": "German", "alternateName": "de"}}</script>', "", "de"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "inLanguage": '
     '["English", "nb-NO"]}</script>', "", "nb-NO"),
    ('<meta name="language" content="Swedish">', "", ""),
])
def test_the_page_says_its_language_where_pages_do(head, html_attributes, tag):
    page = (f"<!DOCTYPE html><html {html_attributes}><head>{head}</head>"
            f"<body><p>Text</p></body></html>")
    assert page_language(tree(page)) == tag


def test_extraction_keeps_the_pages_language():
    html = article_page("Neue Radwege am Hafen", GERMAN * 3).replace("<html>", '<html lang="de">')
    assert extract(html, "https://nordblatt.example/a", "nordblatt").article.language == "de"
    assert extract(article_page("Fares rise", LOREM), "https://a.example/b", "a"
                   ).article.language == ""


# --- the archive file ------------------------------------------------------------------------

def article(language: str = "", body: list[str] = GERMAN, title: str = "Neue Radwege") -> Article:
    return Article(title=title, url="https://nordblatt.example/lokales/radwege",
                   source="nordblatt", body=format_body(body), language=language)


def test_the_language_is_kept_in_the_front_matter_and_old_files_read_without_one():
    text = to_markdown(article("de"))
    assert "\nlanguage: de\n" in text and from_markdown(text).language == "de"
    assert "language" not in to_markdown(article(""))
    # Norwegian's tag is YAML 1.1's "false" unquoted: it must come back as the tag
    assert from_markdown(to_markdown(article("no"))).language == "no"
    old = "---\ntitle: T\nurl: https://a.example/b\nsource: a\n---\n\nWords here.\n"
    assert from_markdown(old).language == "" and from_markdown(old).extra == {}


def test_a_language_change_alone_is_never_a_version(repo):
    assert Judge([article("de")]).decide(article("en")).kind == "boring"
    assert Judge([article("")]).decide(article("de")).kind == "boring"
    with ArchiveStore(repo / "archive") as store:
        assert store.save(article("de"), T0) is not None
        # a template that flips its lang attribute between fetches
        for n, flapped in enumerate(("en", "", "de-DE", "en")):
            assert store.save(article(flapped), T0 + timedelta(minutes=n + 1)) is None
        edited = article("en", [*GERMAN[:2], "Die Händler sind zufrieden."])
        assert store.save(edited, T0 + timedelta(hours=1)) is not None  # a real edit
    assert len(git(repo, "log", "--format=%H").split()) == 2


# --- the configuration and a round -------------------------------------------------------------

def test_a_sources_language_is_read_as_a_tag_and_a_bad_one_is_one_line(tmp_path):
    config = tmp_path / "newsdiff.toml"
    config.write_text('[[source]]\nname = "ost"\nlanguage = "sv_se"\n'
                      'feeds = ["https://ost.example/rss"]\n')
    assert load_config(config).sources[0].language == "sv-SE"
    config.write_text('[[source]]\nname = "ost"\nlanguage = "Swedish"\n'
                      'feeds = ["https://ost.example/rss"]\n')
    with pytest.raises(ConfigError) as error:
        load_config(config)
    assert str(error.value) == (f"{config}: source 'ost': 'language' must be a BCP 47 "
                                'language tag such as "sv" or "de-CH"')


def test_a_round_stores_the_pages_language_else_the_sources(server, repo):
    server.pages["/rss"] = Page(rss([server.url + "/a.html", server.url + "/b.html"]),
                                content_type="application/rss+xml")
    stated = article_page("Ny gångbro över hamnen", SWEDISH * 4).replace(
        "<html>", '<html lang="sv-se">')
    server.pages["/a.html"] = Page(stated)
    server.pages["/b.html"] = Page(article_page("Bygget börjar i maj", SWEDISH[::-1] * 4))
    config = Config(sources=(Source(name="ost", feeds=(server.url + "/rss",), language="fi",
                                    allow_private=True),),
                    settings=Settings(timeout=5, min_delay=0, retries=0))
    assert run_round(config, repo / "archive", clock=lambda: T0).versions == 2
    assert "\nlanguage: sv-SE\n" in (repo / "archive/ost/a.md").read_text()
    assert "\nlanguage: fi\n" in (repo / "archive/ost/b.md").read_text()  # the config's
    # The page's template now states another language: no new version.
    server.pages["/a.html"] = Page(stated.replace('lang="sv-se"', 'lang="en"'))
    assert run_round(config, repo / "archive", clock=lambda: T0 + timedelta(hours=1),
                     check_all=True).versions == 0


def test_a_page_stating_no_language_takes_its_servers_header_before_the_config(server, repo):
    server.pages["/rss"] = Page(rss([server.url + "/a.html", server.url + "/b.html"]),
                                content_type="application/rss+xml")
    server.pages["/a.html"] = Page(article_page("Ny gångbro över hamnen", SWEDISH * 4),
                                   headers={"Content-Language": "x-klingon, sv-se, en"})
    server.pages["/b.html"] = Page(article_page("Bygget börjar i maj", SWEDISH[::-1] * 4),
                                   headers={"Content-Language": '"><script>'})
    config = Config(sources=(Source(name="ost", feeds=(server.url + "/rss",), language="fi",
                                    allow_private=True),),
                    settings=Settings(timeout=5, min_delay=0, retries=0))
    assert run_round(config, repo / "archive", clock=lambda: T0).versions == 2
    assert "\nlanguage: sv-SE\n" in (repo / "archive/ost/a.md").read_text()  # first valid tag
    assert "\nlanguage: fi\n" in (repo / "archive/ost/b.md").read_text()  # no tag: the config's


# --- the built site ----------------------------------------------------------------------------

def language_archive(repo):
    """A German article edited once (headline, a figure, a paragraph added), a Swedish one
    archived before languages were kept (no field: its source's config says ``sv``), and a
    hand-written file whose language tries to break out of the attribute."""
    empty_archive(repo)
    german = Article(title="Stadtrat beschließt neue Radwege", byline="Katrin Vogel",
                     url="https://nordblatt.example/lokales/radwege", source="nordblatt",
                     body=format_body(GERMAN), language="de")
    swedish = Article(title="Ny gångbro över hamnen", url="https://ostkusten.example/hamnen",
                      source="ostkusten", body=format_body(SWEDISH))
    with ArchiveStore(repo / "archive") as store:
        store.save(german, T0, path=f"archive/{DE}.md")
        store.save(swedish, T0 + timedelta(minutes=5), path=f"archive/{SV}.md")
        edited = [GERMAN[0], GERMAN[1].replace("2,4", "2,9"), "Der Bau beginnt im Mai.",
                  GERMAN[2]]
        store.save(replace(german, title="Neue Radwege am Hafen beschlossen",
                           body=format_body(edited)), T0 + timedelta(hours=2),
                   path=f"archive/{DE}.md")
        store.save(replace(swedish, body=format_body([*SWEDISH, "Arbetet ska vara klart."])),
                   T0 + timedelta(hours=3), path=f"archive/{SV}.md")
    evil = repo / "archive" / f"{EVIL}.md"
    evil.write_text(to_markdown(swedish).replace(
        "source: ostkusten\n", "source: ostkusten\nlanguage: 'de\" onmouseover=\"alert(1)'\n"))
    git(repo, "add", "archive")
    git(repo, "commit", "-qm", "A hand-written file", "--date", (T0 + timedelta(hours=4))
        .isoformat())


def language_site(repo):
    """The archive of ``language_archive`` built, the Swedish source named in the config."""
    language_archive(repo)
    build_site(repo / "archive", repo / "site", cache=repo / "cache",
               source_languages={"ostkusten": "sv"})
    return repo / "site"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return language_site(tmp_path_factory.mktemp("languages"))


def read(site, path):
    return (site / path / "index.html").read_text(encoding="utf-8")


def langs(html: str, selector: str) -> list[str | None]:
    """The language each element matching ``selector`` is in (its own or an ancestor's)."""
    root = lxml.html.fromstring(html)
    return [next((e.get("lang") for e in element.iterancestors() if e.get("lang")),
                 None) if element.get("lang") is None else element.get("lang")
            for element in root.cssselect(selector)]


def test_the_site_marks_the_articles_text_and_leaves_its_own_words_in_english(built):
    history, version, diff = (read(built, DE), read(built, f"{DE}/v2"),
                              read(built, f"{DE}/v1-v2"))
    for html in (history, version, diff):
        assert '<html lang="en">' in html
        assert langs(html, "h1") == ["de"]
        assert set(langs(html, "header a, nav a, footer p, .crumbs, .seen, .lead, .m")) <= {"en"}
    assert langs(version, ".body p") == ["de"] * 4
    assert langs(version, ".byline span") == ["de"] and langs(version, ".byline") == ["en"]
    for html in (history, diff):
        rows = langs(html, ".df > p.s, .df > .c:not(.hd) > p.i, .df > .c:not(.hd) > p.n")
        assert rows and set(rows) == {"de"}
        assert set(langs(html, ".df .hd p, .hl .k")) == {"en"}  # column heads, "Headline before"
        assert set(langs(html, ".hl p > span:not(.k)")) == {"de"}
    assert set(langs(diff, ".fo a")) <= {"en"}
    assert set(langs(history, ".vt")) == {"de"}


def test_lists_and_feeds_mark_each_article_in_its_language(built):
    front = read(built, "")
    assert set(langs(front, 'a.t[href$="lokales/radwege/"]')) == {"de"}
    assert set(langs(front, 'a.t[href$="nyheter/hamnen/"]')) == {"sv"}  # old: the config's
    assert set(langs(read(built, "nordblatt"), "a.t")) == {"de"}
    assert set(langs(read(built, "stats"), "ol.bars a")) == {"de", "sv"}
    atom = "{http://www.w3.org/2005/Atom}"
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for feed in ("feeds/all.atom.xml", f"{DE}/feed.atom.xml"):
        root = ET.parse(built / feed).getroot()
        assert root.get(lang) == "en"
        entries = {e.find(f"{atom}id").text.split(":")[1]: e for e in root.iter(f"{atom}entry")}
        assert entries[DE].get(lang) == "de"
        assert entries[DE].find(f"{atom}summary").get(lang) == "en"
        # "(version 2)" is English: in the German entry's title it was tagged German; there
        # the title is the headline alone and the English summary says which version it is.
        number = entries[DE].find(f"{atom}id").text.split(":")[2]
        assert "(version" not in entries[DE].find(f"{atom}title").text
        assert entries[DE].find(f"{atom}summary").text.startswith(f"Version {number[1:]}: ")
        if SV in entries:
            assert entries[SV].get(lang) == "sv"
    content = ET.parse(built / f"{DE}/feed.atom.xml").getroot().find(
        f"{atom}entry/{atom}content").text
    assert '<b lang="en">Headline before:</b>' in content
    assert '<p lang="en"><a href=' in content  # "See the change with its context"


def test_a_hostile_language_never_reaches_a_page(built):
    for page in built.rglob("*"):
        if page.is_file() and page.suffix in (".html", ".xml"):
            text = page.read_text(encoding="utf-8")
            assert "onmouseover" not in text, page
    # no attribute of its own: it is in what the source's config says
    assert langs(read(built, EVIL), "h1") == ["sv"]
    assert re.search(r'lang="[^"]*[^a-zA-Z0-9"-]', read(built, EVIL)) is None


def test_the_config_names_the_language_of_old_files_only_with_it(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    language_archive(repo)
    build_site(repo / "archive", repo / "site", cache=repo / "cache")
    assert langs(read(repo / "site", SV), "h1") == ["en"]  # unknown: nothing claims it
    assert 'lang="sv"' not in read(repo / "site", SV)
    assert langs(read(repo / "site", DE), "h1") == ["de"]  # the file's own
    # The config names it later: the next build (same cache) marks every page of it.
    build_site(repo / "archive", repo / "site", cache=repo / "cache",
               source_languages={"ostkusten": "sv"})
    assert langs(read(repo / "site", SV), "h1") == ["sv"]
    assert set(langs(read(repo / "site", f"{SV}/v1-v2"), ".df > p.s")) == {"sv"}
    assert set(langs(read(repo / "site", ""), 'a.t[href$="nyheter/hamnen/"]')) == {"sv"}
    assert 'xml:lang="sv"' in (repo / "site/feeds/all.atom.xml").read_text()
