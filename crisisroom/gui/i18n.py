"""The interface language: choosing it, loading the translations, translating core labels.

:func:`install` runs once, from ``make_application()``, before any window exists (Qt does not
retranslate widgets that are already built, so the language is fixed for the session; a change in
the settings applies at the next start). The choice, first match wins:

1. ``CRISISROOM_LANG`` in the environment (tests and screenshot scripts);
2. the ``language`` key in the per-user QSettings: "en", "sv" or "fr" ("" or missing = system);
3. the operating system's preferred UI languages (``QLocale.system().uiLanguages()``), in order;
4. English, the language of the source strings.

Two translators are installed: ours (``:/i18n/crisisroom_<lang>.qm``, compiled into
``resources_rc.py`` by ``resources/build.py``) and Qt's own ``qtbase_<lang>.qm`` from the Qt
installation, so standard buttons (Cancel, Save…) and dialogs follow. ``QLocale.setDefault`` makes
dates and numbers follow too, and :func:`crisisroom.i18n.languages.set_language` makes the core's
content (message templates, report templates, drill scenarios) use the same language.

Strings in the core cannot call Qt; they are marked with
``crisisroom.domain.text.QT_TRANSLATE_NOOP(context, text)`` and translated here with :func:`label`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crisisroom.domain import severity, text
from crisisroom.domain.incidents import EXERCISE_MARK, Incident
from crisisroom.domain.log import Kind
from crisisroom.domain.team import ROLES
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.gui import resources_rc  # noqa: F401  (registers :/i18n/*.qm)
from crisisroom.gui.view_state import settings
from crisisroom.i18n import languages

SETTINGS_KEY = "language"
RESOURCE_PATTERN = ":/i18n/crisisroom_{language}.qm"

# Human names for the language picker, each in its own language (a Swede looking for "Svenska"
# in a French interface must still find it), so deliberately not translated.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "sv": "Svenska", "fr": "Français"}

_installed: list[QTranslator] = []


def system_language() -> str:
    """The first supported language among the operating system's UI languages, else English."""
    for name in QLocale.system().uiLanguages():
        code = languages.normalise(name)
        if code is not None:
            return code
    return languages.DEFAULT


def configured_language() -> str:
    """The override stored in the settings: "en", "sv", "fr", or "" for the system's language."""
    value = settings().value(SETTINGS_KEY, "")
    return languages.normalise(str(value or "")) or ""


def set_configured_language(code: str) -> None:
    """Store the user's choice ("" = follow the system); it takes effect at the next start."""
    settings().setValue(SETTINGS_KEY, languages.normalise(code) or "")


def choose_language() -> str:
    """The interface language for this session, by the order in the module docstring."""
    from_env = languages.normalise(os.environ.get(languages.ENV_VAR))
    if from_env is not None:
        return from_env
    return configured_language() or system_language()


def _qt_locale(code: str) -> QLocale:
    """A QLocale for the language that keeps the system's country when the languages agree.

    A Swede in Finland ("sv_FI") keeps Finnish date and number conventions; someone who chose
    French on an English system gets France's conventions.
    """
    system = QLocale.system()
    if languages.normalise(system.name()) == code:
        return system
    return QLocale(code)


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` (default: :func:`choose_language`).

    Calling it again replaces the translators installed before. Returns the language in use.
    English installs only our plural forms: the sources are English.
    """
    code = languages.normalise(language) if language else choose_language()
    code = code or languages.DEFAULT
    remove(app)
    languages.set_language(code)
    # Text the core composes (chart hover texts, legends, report labels) is translated by Qt too:
    # one hook: crisisroom.domain.text.translate.
    text.set_translator(QCoreApplication.translate)
    locale = _qt_locale(code)
    QLocale.setDefault(locale)
    # English has a catalogue too, of plurals only ("%n person(s)" -> "1 person", "9 people").
    ours = QTranslator(app)
    if ours.load(RESOURCE_PATTERN.format(language=code)):
        app.installTranslator(ours)
        _installed.append(ours)
    if code == languages.DEFAULT:
        return code
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    # A frozen or distribution build may ship without Qt's catalogues: the app still works, the
    # standard buttons are then English.
    if qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return code


def remove(app: QCoreApplication) -> None:
    """Take out the translators :func:`install` put in (tests switch languages)."""
    text.set_translator(None)
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()


def label(context: str, text: str) -> str:
    """Translate a core label that was marked with ``QT_TRANSLATE_NOOP(context, text)``."""
    return QCoreApplication.translate(context, text)


def level_name(number: int) -> str:
    """A severity level's name ("Serious") in the interface language."""
    return label("Severity", severity.level(number).name)


def level_label(number: int | None) -> str:
    """``Level 3 · Serious``, or "Not yet assessed" for no level, in the interface language."""
    if number is None:
        return QCoreApplication.translate("Severity", "Not yet assessed")
    return QCoreApplication.translate("Severity", "Level {number} · {name}").format(
        number=number, name=level_name(number)
    )


def kind_label(kind: str) -> str:
    """A log entry kind ("drill-inject") as people read it ("Drill inject"), translated."""
    try:
        return label("LogKind", Kind(kind).label)
    except ValueError:  # a kind written by a newer version: show it as stored
        return kind.replace("-", " ").capitalize()


# The stored sentiment values, as the windows name them.
_SENTIMENTS = {
    "negative": QT_TRANSLATE_NOOP("Sentiment", "negative"),
    "neutral": QT_TRANSLATE_NOOP("Sentiment", "neutral"),
    "positive": QT_TRANSLATE_NOOP("Sentiment", "positive"),
}


def sentiment_label(value: str) -> str:
    """A stored sentiment ("negative") in the interface language."""
    return label("Sentiment", _SENTIMENTS.get(value, value))


def display_title(incident: Incident) -> str:
    """An incident's title as every view shows it, a drill marked "[EXERCISE]" in the interface language."""
    return incident.marked_title(label("Incident", EXERCISE_MARK))


def role_labels(keys: Iterable[str]) -> str:
    """Crisis roles by key as people read them ("Crisis lead, Spokesperson"), translated; unknown keys as stored."""
    names = {role.key: role.label for role in ROLES}
    return ", ".join(label("Roles", names[key]) if key in names else key for key in keys)
