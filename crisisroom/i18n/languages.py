"""The language of the content Crisis Room ships: message templates, report templates, drill scenarios.

No Qt here: the core reads the language from this module, and the GUI sets it once at start-up
(from the operating system's language, or the user's override) with :func:`set_language`.
Before anything sets it, the language is ``CRISISROOM_LANG`` when that names a supported
language (``sv``, ``sv_SE.UTF-8``…), else English.

Content is looked up in the chosen language and falls back to English for anything not
translated, so an incomplete translation never leaves a gap.

Labels the core puts into reports (level names, log kinds, "Not yet assessed"…) are marked with
``QT_TRANSLATE_NOOP(context, text)`` where they are defined and translated where they are used
with :func:`crisisroom.domain.text.translate`, the core's one translation hook: the GUI installs
``QCoreApplication.translate`` there at start-up (``crisisroom.gui.i18n.install``), so a report
made in the windows uses the very same .ts/.qm translations as the windows, and the core never
imports Qt. Nothing installs a translator in the command line, so its reports keep English
labels (their templates and dates still follow the language).
"""

from __future__ import annotations

import os

SUPPORTED: tuple[str, ...] = ("en", "sv", "fr")
"""Language codes with shipped content; "en" is the original every translation mirrors."""

DEFAULT = "en"
ENV_VAR = "CRISISROOM_LANG"

_chosen: str | None = None


def normalise(code: str | None) -> str | None:
    """The supported language a locale name stands for, or None.

    ``"sv_SE.UTF-8"`` → ``"sv"``, ``"fr-CA"`` → ``"fr"``, ``"EN"`` → ``"en"``,
    ``"de_DE"`` → None, ``"C"`` / ``""`` / None → None.
    """
    if not code:
        return None
    base = code.strip().split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0].lower()
    return base if base in SUPPORTED else None


def set_language(code: str | None) -> str:
    """Choose the content language (a code or locale name); None goes back to the default.

    Returns:
        The language now in use.

    Raises:
        ValueError: ``code`` names no supported language.
    """
    global _chosen
    _chosen = None if code is None else resolve(code)
    return language()


def language() -> str:
    """The content language in use: what :func:`set_language` chose, else ``CRISISROOM_LANG``, else "en"."""
    if _chosen is not None:
        return _chosen
    return normalise(os.environ.get(ENV_VAR)) or DEFAULT


def resolve(code: str | None = None) -> str:
    """``code`` normalised (an explicit ``language=`` argument), or the current language when None.

    Raises:
        ValueError: ``code`` names no supported language.
    """
    if code is None:
        return language()
    normalised = normalise(code)
    if normalised is None:
        raise ValueError(f"unsupported language {code!r}; choose one of {', '.join(SUPPORTED)}")
    return normalised


EXERCISE_MARKS: dict[str, str] = {"en": "EXERCISE", "sv": "ÖVNING", "fr": "EXERCICE"}
"""The word that marks drill material in texts written in each language.

Incident titles keep the core's marker (``crisisroom.domain.incidents.EXERCISE_MARK``) whatever
the language; this is the word messages and reports print.
"""


def exercise_mark(code: str | None = None) -> str:
    """The exercise marker in ``code`` (default: the current language)."""
    return EXERCISE_MARKS.get(resolve(code), EXERCISE_MARKS[DEFAULT])
