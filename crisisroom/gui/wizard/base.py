"""What every page of the crisis wizard shares: the step it stands for, drafts, inline problems, the drill banner.

A page saves what is typed (debounced) through ``services.response_steps.save_draft`` so that closing
the app loses nothing, shows each problem as a sentence right under the field it is about (a line under all
the fields for the rest) rather than in pop-ups, and commits in ``validatePage`` through the one
service call of its step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from crisisroom.domain.errors import UserError
from crisisroom.domain.incidents import Incident
from crisisroom.domain.response_steps import Step
from crisisroom.gui import i18n
from crisisroom.gui.style import warning_colour
from crisisroom.gui.widgets.exercise_banner import ExerciseBanner
from crisisroom.services import response_steps as steps_service
from crisisroom.storage import incidents
from crisisroom.storage.database import Database

if TYPE_CHECKING:
    from crisisroom.gui.wizard.wizard import CrisisWizard

DRAFT_DELAY_MS = 300


def sentence(text: str) -> str:
    """A message as a sentence: a capital first letter and a full stop (the services' own are lower case)."""
    text = str(text).strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def problem_label(name: str = "") -> QLabel:
    """A bold, wrapped line in the warning colour for an inline problem; hidden while there is none."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    set_colour(label, warning_colour(label.palette()).name())
    label.setAccessibleName(QCoreApplication.translate("StepPage", "Problem"))
    label.hide()
    return label


def heading(text: str) -> QLabel:
    """A bold section heading inside a page."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ActionLineEdit(QLineEdit):
    """A line field whose Enter does its own thing (add a fact, an account, a coverage item) and only that.

    A plain QLineEdit lets Enter through to the wizard, which then also presses its default button:
    Next (committing the page half-way) or, on the last page, Close.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


def scroll_into_view(scroll: QScrollArea, widget: QWidget) -> None:
    """Scroll so that ``widget``, just shown or grown, is in view.

    Done once the layout has placed it: right after ``show()`` or ``setText()`` its geometry is
    still the old one (a hidden line has none), so scrolling at once would aim at the wrong place.
    """

    def scroll_now() -> None:
        if widget.isVisible():
            scroll.ensureWidgetVisible(widget, 0, 8)

    body = scroll.widget()
    if body is not None and body.layout() is not None:
        body.layout().activate()
    QTimer.singleShot(0, scroll_now)


def set_colour(label: QLabel, colour: str | None) -> None:
    """Text in a warning colour (``#b03a2e``) or back to the palette's (None)."""
    palette = label.palette()
    if colour is None:
        palette = QLabel().palette()
    else:
        palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


class StepPage(QWizardPage):
    """One step's page. Subclasses build ``self.body`` and implement draft/restore/commit.

    Args:
        database: the open database.
        incident_id: the incident the wizard is for.
        author: who is working, asked each time something is recorded.
    """

    step: Step = Step.ASSESS

    def __init__(self, database: Database, incident_id: str, author: Callable[[], str]) -> None:
        super().__init__()
        self.database = database
        self.incident_id = incident_id
        self.author = author
        self._restoring = False
        self._pending = False  # typed but not yet written: kept by flush() even if the timer was stopped
        self.dirty = False  # typed since the last commit (or since the page was filled)
        self.setTitle(
            self.tr("Step {number} of 5 · {step}").format(
                number=self.step.number, step=i18n.label("WizardStep", self.step.label)
            )
        )
        self.setSubTitle(i18n.label("WizardStep", self.step.purpose))
        self.setObjectName(f"{self.step.value}_page")
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self.banner = ExerciseBanner()
        self.problem = problem_label(f"{self.step.value}_problem")
        self.field_problems: dict[str, QLabel] = {}  # a field's key -> the line under that field
        self.body = QWidget()
        self.body.setObjectName(f"{self.step.value}_body")
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a Tab stop of its own: the wizard gives a new page's first field the focus, and Tab
        # goes from field to field (the area still scrolls to the focused one).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)

    # --- for subclasses ------------------------------------------------------------------------

    def draft(self) -> dict[str, Any]:
        """The page's fields as plain JSON-able values."""
        return {}

    def restore(self, draft: dict[str, Any]) -> None:
        """Fill the fields from a saved draft, or from what is stored when ``draft`` is empty."""

    def commit(self) -> None:
        """Commit the page through its one service call (raises UserError to keep the page open)."""

    def check(self) -> dict[str, str]:
        """What keeps the page from being committed, as sentences by field key (see :meth:`with_problem`)."""
        return {}

    def refresh(self) -> None:
        """Re-read what other pages or windows may have changed (called when the page is shown)."""

    # --- shared --------------------------------------------------------------------------------

    @property
    def incident(self) -> Incident:
        return incidents.get(self.database, self.incident_id)

    @property
    def crisis_wizard(self) -> CrisisWizard:
        return self.wizard()  # type: ignore[return-value]

    def changed(self, *_args: object) -> None:
        """A field changed: keep it as a draft shortly (one write per pause in typing, not per key)."""
        if self._restoring:
            return
        self.dirty = True
        self._pending = True
        self.show_problem("")
        self.recheck()
        self._draft_timer.start()

    def save_draft(self) -> None:
        self._draft_timer.stop()
        self._pending = False
        try:
            steps_service.save_draft(self.database, self.incident_id, self.step, self.draft())
        except UserError as exc:
            self.show_problem(self.tr("What you typed could not be kept as a draft: {reason}").format(reason=exc))

    def flush(self) -> None:
        """Write a pending draft now (before closing)."""
        if self._pending:
            self.save_draft()

    def fill(self, draft: dict[str, Any]) -> None:
        """Restore without the restoring itself counting as typing."""
        self._restoring = True
        try:
            self.banner.setVisible(self.incident.is_drill)
            self.restore(draft)
        finally:
            self._restoring = False

    def show_problem(self, text: str) -> None:
        """A problem about the page as a whole, in the line under all its fields."""
        text = sentence(text)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def with_problem(self, key: str, field: QWidget | QLayout) -> QVBoxLayout:
        """``field`` with the line for its problems right under it, to put in the field's place in a layout."""
        label = problem_label(f"{key}_problem")
        self.field_problems[key] = label
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(field, QLayout):
            column.addLayout(field)
        else:
            column.addWidget(field)
        column.addWidget(label)
        return column

    def show_field_problem(self, key: str, text: str) -> None:
        """Say what is wrong with one field, under it ("" clears it)."""
        label = self.field_problems[key]
        text = sentence(text)
        label.setText(text)
        label.setVisible(bool(text))
        if text:
            scroll_into_view(self.scroll, label)

    def clear_problems(self) -> None:
        self.show_problem("")
        for key in self.field_problems:
            self.show_field_problem(key, "")

    def recheck(self) -> None:
        """A field changed: clear the problems shown under fields that are now fine (new ones wait for Next)."""
        shown = [key for key, label in self.field_problems.items() if label.text()]
        if not shown:
            return
        still = self.check()
        for key in shown:
            if key not in still:
                self.show_field_problem(key, "")

    def record(self, fn: Callable[[], Any], field: str = "") -> Any:
        """Run a storage call made while the page is open; a known problem shows inline, under ``field``
        when given. Returns None then."""
        try:
            result = fn()
        except UserError as exc:
            if field:
                self.show_field_problem(field, str(exc))
            else:
                self.show_problem(str(exc))
            return None
        self.show_problem("")
        if field:
            self.show_field_problem(field, "")
        self.recheck()  # what was recorded may be what a shown problem asked for
        self.crisis_wizard.records_changed.emit()
        return result

    def initializePage(self) -> None:
        self.refresh()

    def validatePage(self) -> bool:
        wiz = self.crisis_wizard
        if wiz.skipping:
            return True
        self.flush()
        if not self.dirty and wiz.state().is_done(self.step):
            return True  # Back then Next with nothing changed: the step stays as recorded, logged once
        problems = self.check()
        self.clear_problems()
        if problems:
            for key, text in problems.items():
                self.show_field_problem(key, text)
            return False
        try:
            self.commit()
        except UserError as exc:
            self.show_problem(str(exc))
            return False
        self.dirty = False
        self.clear_problems()
        wiz.after_commit(self.step)
        return True
