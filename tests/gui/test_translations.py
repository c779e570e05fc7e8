"""In Swedish, no window shows an English text that has a Swedish translation.

The windows are built with the Swedish translation installed (as ``CRISISROOM_LANG=sv`` does at
start-up), every visible text is collected (window titles, labels, buttons, actions and menus, tab
texts, group titles, placeholders, combo items, tooltips, accessible names, header data), and any
text equal to an English source string whose Swedish translation differs is a failure: it was built
without going through the translation, or through the wrong context.

The translation comes from ``resources/i18n/crisisroom_sv.ts``, compiled here with lrelease so the
test follows the .ts even before ``resources_rc.py`` is rebuilt. ``CRISISROOM_I18N_TS_DIR`` points
the test at another folder of .ts files (a pseudo-translated copy, to check the test itself).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from crisisroom.domain import text as text_module
from crisisroom.domain.incidents import Category, Incident
from crisisroom.domain.log import Kind
from crisisroom.domain.response_steps import STEPS
from crisisroom.gui import i18n, workers
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.wizard.wizard import CrisisWizard
from crisisroom.i18n import languages
from crisisroom.storage import incidents, log, rules, team
from crisisroom.storage.database import Database

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = Path(os.environ.get("CRISISROOM_I18N_TS_DIR") or ROOT / "resources" / "i18n")
MNEMONIC = re.compile(r"&(?!&)")


def translated_sources(ts_file: Path) -> dict[str, str]:
    """English source -> Swedish text, for finished messages whose translation differs."""
    result: dict[str, str] = {}
    for message in ElementTree.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
            continue
        if message.get("numerus") == "yes":
            continue  # a plural's source ("%n rows") never shows as such
        source = message.findtext("source") or ""
        text = translation.text or ""
        # Texts with placeholders are never shown as such; texts without letters ("&1") are not words.
        if text and text != source and re.search("[A-Za-z]", source) and not re.search(r"\{\w*\}", source):
            result[_plain(source)] = text
    return result


def _plain(text: str) -> str:
    return MNEMONIC.sub("", text).replace("&&", "&").strip()


@pytest.fixture
def swedish(qapp: QApplication, tmp_path: Path) -> Iterator[dict[str, str]]:
    """The Swedish translation installed for the test; yields the sources it translates."""
    ts_file = TS_DIR / "crisisroom_sv.ts"
    qm_file = tmp_path / "crisisroom_sv.qm"
    code = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"
    result = subprocess.run(
        [sys.executable, "-c", code, "-silent", str(ts_file), "-qm", str(qm_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert i18n.install(qapp, "sv") == "sv"  # Qt's own catalogue, the locale, the core's language
    translator = QTranslator()
    assert translator.load(str(qm_file))
    qapp.installTranslator(translator)
    try:
        yield translated_sources(ts_file)
    finally:
        qapp.removeTranslator(translator)
        i18n.remove(qapp)
        languages.set_language(None)
        QLocale.setDefault(QLocale.system())


def _model_texts(model: QAbstractItemModel | None) -> Iterator[str]:
    if model is None:
        return
    root = QModelIndex()
    # QAbstractListModel makes columnCount private in PySide6: a list has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for section in range(columns):
        yield str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
    for row in range(min(model.rowCount(root), 50)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def _own_tooltip(action: QAction) -> str:
    """An action's tooltip when it was set; Qt otherwise derives one from the text (no & or …)."""
    derived = _plain(action.text()).removesuffix("…").removesuffix("...")
    return "" if action.toolTip() == derived else action.toolTip()


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can read or hear in ``root`` and its children."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        yield name, widget.windowTitle() if widget.isWindow() else ""
        yield name, widget.toolTip()
        yield name, widget.accessibleName()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield name, widget.itemText(index)
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield name, widget.tabText(index)
                yield name, widget.tabToolTip(index)
        elif isinstance(widget, QAbstractItemView):
            for text in _model_texts(widget.model()):
                yield name, text
        elif isinstance(widget, QWizard):
            for page_id in widget.pageIds():
                page = widget.page(page_id)
                yield name, page.title()
                yield name, page.subTitle()
        for action in widget.actions():
            yield f"action in {name}", action.text()
            yield f"action in {name}", _own_tooltip(action)
            if action.menu() is not None:
                for sub in action.menu().actions():
                    yield f"menu {action.text()}", sub.text()
    for action in root.findChildren(QAction):
        yield "action", action.text()
        yield "action", action.statusTip()


def english_left(root: QWidget, sources: dict[str, str]) -> list[str]:
    found = set()
    for where, text in visible_texts(root):
        plain = _plain(text)
        if plain and plain in sources:
            found.add(f"{where}: {plain!r} (should be {sources[plain]!r})")
    return sorted(found)


@pytest.fixture
def incident(database: Database) -> Incident:
    made = incidents.create(database, "Payment outage at checkout", category=Category.OPERATIONAL, author="Ana")
    log.append(database, made.id, "Checkout fails for card payments", kind=Kind.FACT, author="Ana")
    return made


def _show(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_language_comes_from_the_environment_then_the_settings_then_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda: "fr")
    monkeypatch.delenv(languages.ENV_VAR, raising=False)
    assert i18n.choose_language() == "fr"  # nothing chosen: the system's
    i18n.set_configured_language("sv")
    assert i18n.configured_language() == "sv"
    assert i18n.choose_language() == "sv"  # the override in the settings
    monkeypatch.setenv(languages.ENV_VAR, "en_GB.UTF-8")
    assert i18n.choose_language() == "en"  # the environment beats both
    monkeypatch.setenv(languages.ENV_VAR, "de")  # not a language we have: ignored
    assert i18n.choose_language() == "sv"
    i18n.set_configured_language("")
    assert i18n.configured_language() == ""


def test_installing_swedish_translates_qt_the_core_and_the_locale(qapp: QApplication) -> None:
    try:
        assert i18n.install(qapp, "sv_SE") == "sv"
        assert languages.language() == "sv"  # templates and scenarios follow
        assert QLocale().language() == QLocale.Language.Swedish
        # Qt's own catalogue: standard buttons are Swedish.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
        # Text the core composes goes through Qt's translation (the hook install() set).
        assert text_module.translate("Chart", "Negative") == "Negativa"
        assert text_module.translate("Rules", "A rule the team named") == "A rule the team named"
    finally:
        i18n.install(qapp, "en")
    assert languages.language() == "en"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert text_module.translate("Chart", "Negative") == "Negative"  # and back to English after


def test_english_words_its_plurals(qapp: QApplication) -> None:
    i18n.install(qapp, "en")
    assert QCoreApplication.translate("TeamDialog", "%n person(s)", "", 1) == "1 person"
    assert QCoreApplication.translate("TeamDialog", "%n person(s)", "", 9) == "9 people"
    i18n.remove(qapp)  # without the catalogue the source shows, which is why English has one
    assert QCoreApplication.translate("TeamDialog", "%n person(s)", "", 9) == "9 person(s)"
    assert text_module.translate("Chart", "Negative") == "Negative"


def test_detector_finds_an_english_text(qtbot: QtBot) -> None:
    # Without this, a collector that reads nothing would pass every window.
    label = QLabel("Save")
    qtbot.addWidget(label)
    assert english_left(label, {"Save": "Spara"}) == ["QLabel: 'Save' (should be 'Spara')"]
    label.setText(QCoreApplication.translate("Nowhere", "Spara"))
    assert english_left(label, {"Save": "Spara"}) == []


def test_main_window_wizard_and_dialogs_show_no_english(
    qtbot: QtBot, database: Database, incident: Incident, swedish: dict[str, str]
) -> None:
    problems: list[str] = []
    window = MainWindow(database)
    _show(qtbot, window)
    window.open_incident(incident.id)
    problems += english_left(window, swedish)

    wizard = CrisisWizard(database, incident.id, author=lambda: "Ana Ruiz")
    _show(qtbot, wizard)
    for step in STEPS:
        wizard.go_to(step, record=False)
        problems += english_left(wizard, swedish)
    wizard.close()

    for open_dialog in (
        window.open_vault,
        window.open_drill_window,
        lambda: window.open_reports(incident.id),
        lambda: window.open_review(incident.id),
        window.open_settings,
    ):
        dialog = open_dialog()
        assert dialog is not None
        qtbot.waitExposed(dialog)
        problems += english_left(dialog, swedish)
        dialog.close()

    from crisisroom.gui.about_dialog import AboutDialog
    from crisisroom.gui.assessment_dialog import AssessmentDialog
    from crisisroom.gui.incident_dialog import IncidentDialog
    from crisisroom.gui.mentions.import_dialog import ImportDialog
    from crisisroom.gui.mentions.mention_dialog import MentionDialog
    from crisisroom.gui.mentions.rules_dialog import RulesDialog
    from crisisroom.gui.settings.person_dialog import PersonDialog
    from crisisroom.gui.settings.team_dialog import TeamDialog
    from crisisroom.gui.settings.template_editor import TemplateEditor
    from crisisroom.gui.vault.account_dialog import AccountDialog

    people = team.list_people(database)
    for dialog in (
        IncidentDialog(window),
        AboutDialog(Path("crisisroom.sqlite"), window),
        TeamDialog(database, window),
        RulesDialog(rules.load(database), window),
        AssessmentDialog(None, is_drill=True, parent=window),
        TemplateEditor(database, parent=window),
        MentionDialog(window),
        PersonDialog(people, people[0], window),
        AccountDialog(window),
        ImportDialog(database, incident, author="Ana", parent=window),
    ):
        _show(qtbot, dialog)
        problems += english_left(dialog, swedish)
        dialog.close()

    window.close()
    workers.wait_for_all()
    assert not problems, "English text in the Swedish interface:\n" + "\n".join(problems)
