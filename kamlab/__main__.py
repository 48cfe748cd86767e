"""``python -m kamlab ...`` runs the kamlab command line."""

import sys

from .cli import main

sys.exit(main())
