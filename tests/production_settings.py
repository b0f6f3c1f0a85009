"""Production settings (clinic/settings/prod.py) with the static files in a folder of the test run's own: the
Lighthouse tests serve the demo through gunicorn as `make serve` does, without touching the checkout's files.
The database and the page cache come from the environment (DATABASE_URL, CACHE_URL) as in production."""

import os
from pathlib import Path

from clinic.settings.prod import *  # noqa: F403

STATIC_ROOT = Path(os.environ["TEST_STATIC_ROOT"])
