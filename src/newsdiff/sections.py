"""The site's own top-level sections: the first path segments no source may take.

A source's pages live at ``/<source>/``, beside the site's own (``/days/``, ``/feeds/``, …).
The names are kept here, apart from both the configuration (which refuses them as source
names) and the Pelican plugin (which writes them), so that neither imports the other; a test
builds a site and checks that every top-level name it writes is listed.
"""

from __future__ import annotations

#: Written by newsdiff's generator.
GENERATED = frozenset({"index.html", "all", "days", "label", "stats", "search", "feeds",
                       "theme", "sitemap.xml", "pagefind", "sources", "404.html",
                       ".newsdiff-build"})  # the output's mark (pelican/marker.py)
#: Written by Pelican from the site's own content (the about page and what may join it).
PELICAN = frozenset({"about", "pages", "page", "static", "sitemap", "drafts", "category",
                     "tag", "author", "archives", "authors", "categories", "tags"})
SECTIONS = GENERATED | PELICAN
#: Also at the top: the sitemap files ``sitemap.xml`` indexes (``sitemap-site.xml``,
#: ``sitemap-<source>-<YYYY-MM>-<n>.xml``). A sitemap lists only addresses below its own
#: folder, so they cannot live in a section; no source name has a dot, so none can take them.
SITEMAP_FILES = "sitemap-*.xml"
