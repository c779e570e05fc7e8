"""The crisis wizard: a non-modal QWizard with one page per step, listed once in :data:`PAGES`.

It reopens where the team left off (the stored current step, with what was typed), keeps Back
working by walking the history up to that step without committing anything, and shows on its left
the five steps with those already done ticked.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget, QWizard

from crisisroom.domain.errors import UserError
from crisisroom.domain.response_steps import STEPS, Step, WizardState
from crisisroom.gui import i18n, resources_rc  # noqa: F401  (registers the icons)
from crisisroom.gui.wizard.assess_page import AssessPage
from crisisroom.gui.wizard.base import StepPage
from crisisroom.gui.wizard.manage_page import ManagePage
from crisisroom.gui.wizard.message_page import MessagePage
from crisisroom.gui.wizard.monitor_page import MonitorPage
from crisisroom.gui.wizard.notify_page import NotifyPage
from crisisroom.services import response_steps as steps_service
from crisisroom.storage import incidents
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database

PAGES: tuple[type[StepPage], ...] = (AssessPage, NotifyPage, ManagePage, MessagePage, MonitorPage)
"""The wizard's pages in order, one per :data:`crisisroom.domain.response_steps.STEPS` entry."""


def step_text(step: Step, done: bool, current: bool = False) -> str:
    """``✓ 1 Assess`` for a side list or a progress strip."""
    return f"{'✓' if done else '  '} {step.number}  {i18n.label('WizardStep', step.label)}"


class CrisisWizard(QWizard):
    """Walk an incident through the five steps; non-modal, resumable.

    Signals:
        step_committed(str): a step's page committed (the step's key).
        records_changed(): something was recorded while a page was open (a call, a tick, a statement).
        resolved(str): the incident was declared resolved (its id); the post-crisis review may open.
    """

    step_committed = Signal(str)
    records_changed = Signal()
    resolved = Signal(str)

    def __init__(
        self, database: Database, incident_id: str, *, author: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        assert [page.step for page in PAGES] == list(STEPS)
        self.database = database
        self.incident_id = incidents.get(database, incident_id).id
        self.author = author
        self.skipping = False  # walking to the saved step: pages neither commit nor record
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setWindowIcon(QIcon(":/icons/crisisroom.svg"))
        self.setObjectName("crisis_wizard")
        # Classic style: no banner graphics, the native buttons, a plain title; the calmest on both systems.
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Done, &next step >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close (&kept for later)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            self.tr("Everything typed is kept; reopen with Incident ▸ Crisis steps… to carry on")
        )
        self.side = QListWidget()
        self.side.setObjectName("wizard_steps")
        self.side.setAccessibleName(self.tr("The five steps"))
        self.side.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes through the page, not the list
        self.side.setFixedWidth(150)
        self.side.setSpacing(4)
        self.side.itemActivated.connect(lambda item: self.go_to(Step(item.data(Qt.ItemDataRole.UserRole))))
        self.side.itemClicked.connect(lambda item: self.go_to(Step(item.data(Qt.ItemDataRole.UserRole))))
        self.setSideWidget(self.side)
        self.pages: dict[Step, StepPage] = {}
        for number, page_type in enumerate(PAGES):
            page = page_type(database, self.incident_id, author)
            self.setPage(number, page)
            self.pages[page.step] = page
        state = self.state()
        for step, page in self.pages.items():
            page.fill(dict(state.draft(step)))
        self.currentIdChanged.connect(self._moved)
        self.resize(1180, 740)  # fits a 1280×800 screen with its window frame
        self.restart()
        self.go_to(state.current_step, record=False)
        self._refresh_title()
        self.refresh_side()

    # --- state ---------------------------------------------------------------------------------

    def state(self) -> WizardState:
        return steps_store.load(self.database, self.incident_id)

    def current_step(self) -> Step:
        return STEPS[max(0, self.currentId())]

    def page_for(self, step: Step) -> StepPage:
        return self.pages[step]

    def _refresh_title(self) -> None:
        incident = incidents.get(self.database, self.incident_id)
        self.setWindowTitle(self.tr("Crisis steps · {title}").format(title=i18n.display_title(incident)))

    def refresh_from_elsewhere(self) -> None:
        """What another laptop changed (a shared incident): the shown page re-reads what is stored."""
        if not self.isVisible() or self.currentId() < 0:
            return
        self.page_for(self.current_step()).refresh()
        self._refresh_title()
        self.refresh_side()

    def refresh_side(self) -> None:
        """Tick the steps done, mark the current one."""
        state = self.state()
        current = self.current_step()
        self.side.blockSignals(True)
        self.side.clear()
        for step in STEPS:
            item = QListWidgetItem(step_text(step, state.is_done(step)))
            item.setData(Qt.ItemDataRole.UserRole, step.value)
            item.setToolTip(i18n.label("WizardStep", step.purpose))
            font = item.font()
            font.setBold(step is current)
            item.setFont(font)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                (
                    self.tr("Step {number}, {step}, done")
                    if state.is_done(step)
                    else self.tr("Step {number}, {step}, not done yet")
                ).format(number=step.number, step=i18n.label("WizardStep", step.label)),
            )
            self.side.addItem(item)
        self.side.setCurrentRow(STEPS.index(current))
        self.side.blockSignals(False)

    # --- navigation ----------------------------------------------------------------------------

    def go_to(self, step: Step, *, record: bool = True) -> None:
        """Show ``step``'s page: Back to an earlier one, or walk forward without committing (history kept)."""
        target = STEPS.index(step)
        self.skipping = True
        try:
            while self.currentId() > target:
                self.back()
            while self.currentId() < target:
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break
        finally:
            self.skipping = False
        if record:
            self._record_step()
        self.refresh_side()

    def _moved(self, _page_id: int) -> None:
        if self.skipping or _page_id < 0:
            return
        self._record_step()
        self.refresh_side()

    def _record_step(self) -> None:
        # A deleted incident has nothing to resume; the wizard simply stops remembering.
        with contextlib.suppress(UserError):
            steps_service.set_current_step(self.database, self.incident_id, self.current_step())

    def after_commit(self, step: Step) -> None:
        """A page committed: say so, so the main window refreshes its strip and the log."""
        self.step_committed.emit(step.value)
        self.refresh_side()

    def flush(self) -> None:
        for page in self.pages.values():
            page.flush()

    def done(self, result: int) -> None:
        self.flush()
        self.pages[Step.MONITOR].stop_timers()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self.pages[Step.MONITOR].stop_timers()
        super().closeEvent(event)
