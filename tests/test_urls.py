import pytest

from newsdiff.urls import BadURLError, article_path, canonical_url, identity


@pytest.mark.parametrize("url, expected", [
    ("https://www.nytimes.com/2017/07/07/world/europe/trump-putin-g20.html",
     "nytimes/2017/07/07/world/europe/trump-putin-g20.md"),
    ("http://example.com/", "nytimes/index.md"),
    ("https://example.com/a/../../../etc/passwd", "nytimes/etc/passwd.md"),
    ("https://example.com/a/%2e%2e/%2e%2e/secret", "nytimes/secret.md"),
    ("https://example.com/a%2F..%2F..%2Fb", "nytimes/b.md"),
    ("https://example.com/..%5C..%5Cwindows", "nytimes/windows.md"),
    ("https://example.com/Ünïcode/Straße", "nytimes/ünïcode/straße.md"),
    ("https://example.com/story/v2", "nytimes/story/v2_.md"),
    ("https://example.com/notes.md/x", "nytimes/notes.md_/x.md"),
    ("https://example.com/con", "nytimes/con_.md"),
])
def test_article_paths(url, expected):
    assert article_path("nytimes", url).as_posix() == expected


def test_query_and_tracking():
    a = article_path("s", "https://e.com/story?id=3&utm_source=rss")
    b = article_path("s", "https://e.com/story?id=3")
    c = article_path("s", "https://e.com/story?id=4")
    assert a == b != c
    assert a.name.startswith("story-q")
    assert canonical_url("HTTPS://E.com:443/a?utm_medium=x&b=1#frag") == "https://e.com/a?b=1"


def test_long_paths_stay_within_limits():
    url = "https://e.com/" + "/".join(["segment" * 20] * 12)
    path = article_path("s", url)
    assert len(path.as_posix().encode()) <= 220
    assert all(len(part.encode()) <= 100 for part in path.parts)
    other = article_path("s", url + "x")
    assert path != other


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://e.com/a",
                                 "https://e.com/\x00a", "/relative", "https://" + "a" * 3000])
def test_refused_urls(url):
    with pytest.raises(BadURLError):
        article_path("s", url)


def test_bad_source_name():
    with pytest.raises(BadURLError):
        article_path("../x", "https://e.com/a")


# Every pair the issue found sharing one file (issue 13), and neighbours of each.
COLLISIONS = [
    ("https://www.paper.example/2026/05/budget.html",
     "https://sport.paper.example/2026/05/budget.html"),
    ("https://paper.example/story?id=1", "https://paper.example/story-q931a65dc"),
    ("https://paper.example/story/v2", "https://paper.example/story/v2_"),
    ("https://paper.example/a+b", "https://paper.example/a%20b"),
    ("https://paper.example/a+b", "https://paper.example/a-b"),
    ("https://paper.example/a%20b", "https://paper.example/a-b"),
    ("https://paper.example/a/---/b", "https://paper.example/a/b"),
    ("https://paper.example/x/con", "https://paper.example/x/con_"),
    ("https://paper.example/n/" + "long" * 30, "https://paper.example/n/" + "long" * 31),
    ("https://[2001:db8::1]/a", "https://paper.example/a"),
    ("http://127.0.0.1:8080/a", "http://127.0.0.1:8081/a"),
]


@pytest.mark.parametrize("first, second", COLLISIONS)
def test_distinct_identities_never_share_a_file(first, second):
    assert identity(first) != identity(second)
    home = "paper.example"
    assert article_path("p", first, home) != article_path("p", second, home)


def test_identity_decides_the_path_for_a_corpus():
    """Over a corpus of awkward URLs, path and identity are one-to-one."""
    names = ["a+b", "a b", "a-b", "a--b", "A-B", "v2", "v2_", "v2-v3", "index.html", "latest",
             "story-q931a65dc", "story-h00000000", "-x-", "x", "x.md", "con", "CON", "ü", "u",
             "%C3%BC", "a.b", "a..b", "…", "."]
    urls = [f"https://{host}/{section}/{name}{query}"
            for host in ("www.paper.example", "paper.example", "sport.paper.example",
                         "[::1]", "127.0.0.1:81")
            for section in ("news", "News")
            for name in names for query in ("", "?id=1")]
    by_path: dict = {}
    for url in urls:
        by_path.setdefault(article_path("p", url, "paper.example"), set()).add(identity(url))
    assert all(len(ids) == 1 for ids in by_path.values())
    by_identity: dict = {}
    for url in urls:
        by_identity.setdefault(identity(url), set()).add(article_path("p", url, "paper.example"))
    assert all(len(paths) == 1 for paths in by_identity.values())


def test_ordinary_urls_keep_their_paths_and_other_hosts_get_a_folder():
    home = "paper.example"
    assert article_path("p", "https://www.paper.example/2026/05/budget.html", home) \
        .as_posix() == "p/2026/05/budget.md"
    assert article_path("p", "https://sport.paper.example/2026/05/budget.html", home) \
        .as_posix() == "p/@sport.paper.example/2026/05/budget.md"
    assert article_path("p", "https://paper.example/a+b", home).as_posix().startswith("p/a-b-h")


@pytest.mark.parametrize("url, reason", [
    ("https://[2001:db8::1]/a", None), ("http://[::1]:8080/x", None),
    ("http://[::1/robots.txt", "malformed"), ("http://example.com:99999/x", "malformed"),
    ("http://example.com:0/x", "port 0"), ("https://exa mple.com/", "host"),
    ("https://e.com/\ud800", "malformed"),
])
def test_awkward_hosts_and_ports(url, reason):
    if reason is None:
        canonical = canonical_url(url)
        assert canonical == url and identity(url).startswith("[")
    else:
        with pytest.raises(BadURLError, match=reason):
            canonical_url(url)
