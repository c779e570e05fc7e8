"""Entry script of the frozen (PyInstaller) app: the same as ``python -m crisisroom``.

``freeze_support()`` comes first: VADER's worker processes are started with ``spawn``, which in a
frozen app re-runs this executable, and this call turns that run into the worker.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from crisisroom.cli import main

    sys.exit(main())
