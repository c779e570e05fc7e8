"""``python -m crisisroom``."""

import multiprocessing
import sys

from crisisroom.cli import main

if __name__ == "__main__":
    # Sentiment classification of large imports uses worker processes; frozen builds need this first.
    multiprocessing.freeze_support()
    sys.exit(main())
