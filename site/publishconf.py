"""Settings for the published site: ``pelican -s site/publishconf.py``.

Set SITEURL (or the NEWSDIFF_SITEURL environment variable) to where the site is served, so
that feeds, canonical links and the sitemap carry absolute URLs.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pelicanconf import *  # noqa: F403

SITEURL = os.environ.get("NEWSDIFF_SITEURL", "")
FEED_DOMAIN = SITEURL
RELATIVE_URLS = False
# Links to each file's history and each version's commit, e.g. https://github.com/you/archive
NEWSDIFF_REPO_URL = os.environ.get("NEWSDIFF_REPO_URL", "")
NEWSDIFF_REPO_BRANCH = os.environ.get("NEWSDIFF_REPO_BRANCH", "main")
