"""``python -m crisisroom``."""

import sys

from crisisroom.cli import main

sys.exit(main())
