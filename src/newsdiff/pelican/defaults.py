"""Pelican settings every newsdiff site needs; ``site/pelicanconf.py`` star-imports them.

Pelican's own article machinery is switched off (the archive is not Pelican content), and
the menu of pages is off: with it, every page lists every page, which is quadratic.
"""

PLUGINS = ["newsdiff.pelican"]
SITENAME = "newsdiff"  # not Pelican's "A Pelican Blog" when a project has no pelicanconf.py
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%-d %B %Y"
DIRECT_TEMPLATES: list[str] = []
PAGINATED_TEMPLATES: dict[str, int | None] = {}
ARTICLE_SAVE_AS = ""
ARTICLE_LANG_SAVE_AS = ""
DRAFT_SAVE_AS = ""
DRAFT_LANG_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
TAG_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
TAGS_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
DISPLAY_PAGES_ON_MENU = False
DISPLAY_CATEGORIES_ON_MENU = False
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
RELATIVE_URLS = True
# Incremental builds: the output folder is kept, and files are rewritten only when their bytes
# change (newsdiff removes the pages it no longer writes itself).  Theme assets are copied by
# the plugin, since Pelican's copy would give them a new mtime on every build.
DELETE_OUTPUT_DIRECTORY = False
THEME_STATIC_PATHS: list[str] = []
# The build cache (see newsdiff.pelican.cache); None: ~/.cache/newsdiff/site-<output digest>.
NEWSDIFF_CACHE = None
NEWSDIFF_FULL_BUILD = False
NEWSDIFF_WORKERS = None  # processes for rendering; None: one per core
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}
#: Choices a site makes for itself: the plugin's start-up hook never overrides them, even when
#: they equal Pelican's own default (a published site's ``RELATIVE_URLS = False`` does).
SITE_CHOICES = frozenset({"RELATIVE_URLS", "TIMEZONE", "DEFAULT_LANG", "DEFAULT_DATE_FORMAT",
                          "PAGE_URL", "PAGE_SAVE_AS", "PLUGINS", "SITE_CHOICES"})
