import pytest

from newsdiff.urls import BadURLError, article_path, canonical_url


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
