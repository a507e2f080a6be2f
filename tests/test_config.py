import pytest

from newsdiff.config import ConfigError, load_config

GOOD = """
[settings]
timeout = 5

[[source]]
name = "paper"
feeds = ["https://example.org/rss.xml"]
"""


def write(tmp_path, text):
    path = tmp_path / "newsdiff.toml"
    path.write_text(text)
    return path


def test_good_config(tmp_path):
    config = load_config(write(tmp_path, GOOD))
    assert [s.name for s in config.sources] == ["paper"]
    assert config.sources[0].feeds == ("https://example.org/rss.xml",)
    assert config.settings.timeout == 5


@pytest.mark.parametrize("text, message", [
    ('[[source]]\nname = "nyt"\n', "source 'nyt': has no feeds, sitemaps or link_pages"),
    ('[[source]]\nname = "nyt"\nfeed = ["https://a.org/"]\n',
     "source 'nyt': unknown key 'feed'"),
    ('[[source]]\nfeeds = ["https://a.org/"]\n', "source #1: missing required key 'name'"),
    ('[[source]]\nname = "nyt"\nfeeds = "https://a.org/"\n', "'feeds' must be a list"),
    ('[[source]]\nname = "NY Times"\nfeeds = ["https://a.org/"]\n', "'name' must be lower-case"),
    ('[[source]]\nname = "feeds"\nfeeds = ["https://a.org/"]\n', "is reserved"),
    ('[[source]]\nname = "nyt"\nfeeds = ["javascript:alert(1)"]\n', "bad URL in 'feeds'"),
    ('[[source]]\nname = "a"\nfeeds = ["https://a.org/"]\n[[source]]\nname = "a"\n'
     'feeds = ["https://b.org/"]\n', "source 'a' is defined twice"),
    ('[settings]\ntimeout = "soon"\n[[source]]\nname = "a"\nfeeds = ["https://a.org/"]\n',
     "[settings]: 'timeout' must be a number"),
    ('[settings]\nworkers = 0\n[[source]]\nname = "a"\nfeeds = ["https://a.org/"]\n',
     "[settings]: 'workers' is out of range"),
    ('[schedule]\ntiers = [["3h", "soon"]]\n[[source]]\nname = "a"\nfeeds = ["https://a.org/"]\n',
     "[schedule]: bad duration 'soon'"),
    ('[[source]]\nname = "a"\nlink_pages = ["https://a.org/"]\n', "needs a 'link_pattern'"),
    ('[[source]]\nname = "a"\nfeeds = ["https://a.org/"]\nexclude = ["(live"]\n',
     "'exclude': bad regular expression '(live'"),
    ('[settings]\ncolour = 1\n[[source]]\nname = "a"\nfeeds = ["https://a.org/"]\n',
     "[settings]: unknown key 'colour'"),
    ("[[source]\n", "not valid TOML"),
    ("", "no [[source]] tables"),
])
def test_config_errors_name_file_source_and_key(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert message in str(error.value)
    assert str(error.value).startswith(str(path))
    assert "\n" not in str(error.value)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "nope.toml")


S = '[[source]]\nname = "a"\nfeeds = ["https://a.org/"]\n'


@pytest.mark.parametrize("settings, key", [
    ("timeout = nan", "timeout"), ("timeout = inf", "timeout"), ("min_delay = nan", "min_delay"),
    ("min_delay = inf", "min_delay"), ("max_retry_wait = inf", "max_retry_wait"),
    ("max_crawl_delay = -1", "max_crawl_delay"), ("max_crawl_delay = nan", "max_crawl_delay"),
    ("max_redirects = 100000", "max_redirects"),
])
def test_numbers_that_would_hang_a_round_are_refused(tmp_path, settings, key):
    with pytest.raises(ConfigError, match=f"'{key}' is out of range"):
        load_config(write(tmp_path, f"[settings]\n{settings}\n{S}"))


@pytest.mark.parametrize("agent", ['"newsdiff\\r\\nX-Evil: 1"', '"bot\\u0000"', '"b\\u00f6t"',
                                   '""'])
def test_user_agent_must_be_a_header_value(tmp_path, agent):
    with pytest.raises(ConfigError, match="'user_agent' must be printable ASCII"):
        load_config(write(tmp_path, f"[settings]\nuser_agent = {agent}\n{S}"))


def test_max_crawl_delay_and_source_title_are_read_clean(tmp_path):
    config = load_config(write(tmp_path, '[settings]\nmax_crawl_delay = 5\n[[source]]\n'
                                         'name = "a"\ntitle = "The \\u202ePaper\\u0000"\n'
                                         'feeds = ["https://rss.a.org/"]\n'))
    assert config.settings.max_crawl_delay == 5
    assert config.sources[0].title == "The Paper" and config.sources[0].home == "a.org"


def test_every_config_key_is_documented_in_the_readme():
    """The README's configuration example names every key the config accepts (a source's
    ``language`` was added with nothing to say it must be documented)."""
    import re
    from pathlib import Path

    from newsdiff.config import _SETTINGS_KEYS, _SOURCE_KEYS

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    section = readme.split("\n## Configuration\n", 1)[1].split("\n## ", 1)[0]
    for key in (*_SOURCE_KEYS, *_SETTINGS_KEYS):
        assert re.search(rf"^({key} = |\[source\.{key}\]|\[\[source\.{key}\]\])", section,
                         re.MULTILINE), key
