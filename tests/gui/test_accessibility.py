"""Keyboard and screen-reader reachability: every focus stop is visible, named, and shows its focus."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyleFactory,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

import crisisroom.gui.widgets
from crisisroom.domain.incidents import Category
from crisisroom.gui import focus_ring
from crisisroom.gui.main_window import MainWindow
from crisisroom.storage import incidents
from crisisroom.storage.database import Database

# Custom widgets whose constructor needs more than a parent, and how to make one for the test.
FACTORIES: dict[str, Callable[[], QWidget]] = {
    "TimezoneCombo": lambda: _widget_class("timezone_combo", "TimezoneCombo")("UTC"),
}


def _widget_class(module: str, name: str) -> type[QWidget]:
    return getattr(importlib.import_module(f"crisisroom.gui.widgets.{module}"), name)


@pytest.fixture
def focus_rings(qapp: QApplication) -> Iterator[None]:
    """The style the app runs with (make_application installs it); plain Fusion again afterwards."""
    plain = qapp.style().name()
    focus_ring.install(qapp)
    yield
    qapp.setStyle(QStyleFactory.create(plain))


def _spoken(widget: QWidget) -> str:
    """What a screen reader has to say about a widget: its accessible name, else its own text."""
    if widget.accessibleName():
        return widget.accessibleName()
    # Qt names a field after the label whose buddy it is (a form layout's row label), among its siblings.
    parent = widget.parentWidget()
    for label in parent.findChildren(QLabel) if parent is not None else []:
        if label.buddy() is widget and label.text().strip():
            return label.text()
    if isinstance(widget, QAbstractButton):
        return widget.text() or widget.toolTip()
    if isinstance(widget, QTabBar):
        return " ".join(widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QLineEdit):
        return widget.placeholderText()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else ""
    return ""


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def walk_focus_chain(qtbot: QtBot, top: QWidget) -> list[tuple[QWidget, QImage, QImage]]:
    """Press Tab from the first focus stop until it comes round again.

    Returns:
        Each stop in order, with how it looked while it had the focus and right after Tab moved on
        (both in keyboard-navigation mode, as a keyboard user sees them).
    """
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top)
    top.focusNextChild()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # from here on, focus moves by keyboard
    stops: list[tuple[QWidget, QImage, QImage]] = []
    for _ in range(200):
        current = QApplication.focusWidget()
        assert current is not None, f"focus got lost after {stops[-1:]}"
        if any(current is stop for stop, _focused, _after in stops):
            return stops
        focused = _image(current)
        # A date field takes Tab from section to section before it lets go (a few presses at most).
        for _press in range(8):
            qtbot.keyClick(current, Qt.Key.Key_Tab)
            if QApplication.focusWidget() is not current:
                break
        else:
            raise AssertionError(f"Tab is trapped in {type(current).__name__} {current.objectName()!r}")
        stops.append((current, focused, _image(current)))
    raise AssertionError("Tab never came round")


def assert_every_stop_is_visible_named_and_shows_focus(qtbot: QtBot, top: QWidget) -> list[QWidget]:
    stops = walk_focus_chain(qtbot, top)
    assert len(stops) > 3
    for stop, focused, after in stops:
        described = f"{type(stop).__name__} {stop.objectName()!r} ({_spoken(stop)!r})"
        assert stop.isVisible() and stop.isEnabled(), described
        assert stop.window() is top, described
        assert stop.width() > 4 and stop.height() > 4, described
        assert _spoken(stop).strip(), f"{described} has neither an accessible name nor text"
        # Focus must be visible: the widget looks different with focus than without.
        assert focused != after, f"{described} shows no sign of having the focus"
    return [stop for stop, _focused, _after in stops]


def test_tab_reaches_every_control_of_the_main_window(
    qtbot: QtBot, window: MainWindow, database: Database, focus_rings: None
) -> None:
    incident = incidents.create(database, "Outage", author="Ana", category=Category.OPERATIONAL, level=3)
    window.reload_incidents(select_id=incident.id)
    window.resize(1280, 800)
    stops = assert_every_stop_is_visible_named_and_shows_focus(qtbot, window)
    names = {stop.objectName() for stop in stops}
    # The controls a crisis needs most are all on the way.
    assert {"entry_edit", "author_edit", "kind_combo", "search_edit", "log_view", "incident_combo"} <= names
    assert window.header.gauge in stops and window.chart.range_buttons


def test_the_gauge_is_activated_from_the_keyboard(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    incident = incidents.create(database, "Outage", author="Ana", category=Category.OPERATIONAL, level=4)
    window.reload_incidents(select_id=incident.id)
    gauge = window.header.gauge
    assert any(stop is gauge for stop, _focused, _after in walk_focus_chain(qtbot, window))
    assert gauge.accessibleName() == "Severity level 4, Crisis"
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        gauge.setFocus(Qt.FocusReason.TabFocusReason)
        with qtbot.waitSignal(gauge.clicked, timeout=2000):
            qtbot.keyClick(gauge, key)
    qtbot.keyClick(gauge, Qt.Key.Key_Escape)  # the last assessment dialog opened; close it


def _custom_widget_classes() -> list[type[QWidget]]:
    found = []
    for info in pkgutil.iter_modules(crisisroom.gui.widgets.__path__):
        module = importlib.import_module(f"crisisroom.gui.widgets.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QWidget) and cls.__module__ == module.__name__:
                found.append(cls)
    return found


def test_every_custom_widget_has_an_accessible_name(qtbot: QtBot) -> None:
    classes = _custom_widget_classes()
    assert len(classes) >= 8
    for cls in classes:
        needs = [
            p
            for p in inspect.signature(cls.__init__).parameters.values()
            if p.name not in ("self", "parent") and p.default is p.empty and p.kind is not p.VAR_KEYWORD
        ]
        assert not needs or cls.__name__ in FACTORIES, f"add a factory for {cls.__name__} to FACTORIES"
        widget = FACTORIES[cls.__name__]() if needs else cls()
        qtbot.addWidget(widget)
        assert widget.accessibleName().strip(), f"{cls.__name__} has no accessible name"


def test_tab_reaches_every_control_of_the_wizard_and_the_drill_window(
    qtbot: QtBot, window: MainWindow, database: Database, focus_rings: None
) -> None:
    incident = incidents.create(database, "Outage", author="Ana", category=Category.OPERATIONAL, level=3)
    window.reload_incidents(select_id=incident.id)
    wizard = window.open_wizard()
    assert wizard is not None
    qtbot.waitExposed(wizard)
    stops = assert_every_stop_is_visible_named_and_shows_focus(qtbot, wizard)
    assert any(type(stop).__name__ in ("QLineEdit", "QPlainTextEdit", "QTextEdit") for stop in stops)
    wizard.close()

    drills = window.open_drill_window()
    qtbot.waitExposed(drills)
    assert_every_stop_is_visible_named_and_shows_focus(qtbot, drills)
    drills.close()
