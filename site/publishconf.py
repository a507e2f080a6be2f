"""Settings for the published site: ``pelican -s site/publishconf.py``.

Set SITEURL (or the NEWSDIFF_SITEURL environment variable) to where the site is served, so
that feeds carry absolute links.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pelicanconf import *  # noqa: E402, F403

SITEURL = os.environ.get("NEWSDIFF_SITEURL", "")
FEED_DOMAIN = SITEURL
RELATIVE_URLS = False
