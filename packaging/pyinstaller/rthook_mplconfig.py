"""PyInstaller run-time hook: a persistent matplotlib config folder for the frozen app.

PyInstaller's own hook (``pyi_rth_mplconfig``, left out by ``crisisroom.spec``) points
``MPLCONFIGDIR`` at a new temporary folder on every start, so matplotlib would rebuild its font
cache (seconds on a laptop full of fonts) each time the app opens. This keeps it in the per-user
cache folder instead, or under ``CRISISROOM_HOME`` when that is set (tests, portable installs).
A folder the user chose with ``MPLCONFIGDIR`` wins; if ours cannot be made, matplotlib falls back
to a temporary one by itself.
"""


def _use_persistent_mplconfigdir() -> None:
    import os
    from pathlib import Path

    if os.environ.get("MPLCONFIGDIR"):
        return
    home = os.environ.get("CRISISROOM_HOME")
    if home:
        cache = Path(home).expanduser() / "cache"
    else:
        import platformdirs

        cache = Path(platformdirs.user_cache_dir("CrisisRoom", False))
    folder = cache / "matplotlib"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return
    os.environ["MPLCONFIGDIR"] = str(folder)


_use_persistent_mplconfigdir()
del _use_persistent_mplconfigdir
