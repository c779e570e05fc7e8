"""Step 1, Assess: what happened, since when, the facts (verified or not), who is affected, the level."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.checklist import RECALL_CATEGORY
from crisisroom.domain.clock import zone_from_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category
from crisisroom.domain.message_flow import AUDIENCE_LABELS, AUDIENCES
from crisisroom.domain.response_steps import CLOCK_TOLERANCE, Step
from crisisroom.domain.severity import LEVELS
from crisisroom.gui import i18n
from crisisroom.gui.assessment_dialog import AssessmentDialog
from crisisroom.gui.style import muted
from crisisroom.gui.wizard.base import ActionLineEdit, StepPage
from crisisroom.services import response_steps as steps_service
from crisisroom.storage import checklist as checklist_store
from crisisroom.storage import facts as fact_store
from crisisroom.storage import response_steps as steps_store

DATE_FORMAT = "yyyy-MM-dd HH:mm"


def text_box(name: str, lines: int, placeholder: str) -> QPlainTextEdit:
    """A several-line field where Tab moves on (keyboard users must be able to leave it)."""
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class AssessPage(StepPage):
    step = Step.ASSESS

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        zone_name = self.incident.timezone
        self.what_edit = text_box("what_edit", 4, self.tr("What happened, in a few plain sentences"))
        self.what_edit.setAccessibleName(self.tr("What happened"))
        self.detected_edit = QDateTimeEdit()
        self.detected_edit.setObjectName("detected_edit")
        self.detected_edit.setDisplayFormat(DATE_FORMAT)
        self.detected_edit.setCalendarPopup(True)
        self.detected_edit.setAccessibleName(self.tr("First detected"))
        zone_label = QLabel(zone_name)
        muted(zone_label)
        detected_row = QHBoxLayout()
        detected_row.addWidget(self.detected_edit)
        detected_row.addWidget(zone_label)
        detected_row.addStretch(1)
        self.links_edit = text_box("links_edit", 2, self.tr("One link per line: the post, the article, the ticket"))
        self.links_edit.setAccessibleName(self.tr("Source links"))

        self.fact_edit = ActionLineEdit()
        self.fact_edit.setObjectName("fact_edit")
        self.fact_edit.setPlaceholderText(self.tr("A fact, in a sentence"))
        self.fact_edit.setAccessibleName(self.tr("New fact"))
        self.fact_verified = QCheckBox(self.tr("&Verified"))
        self.fact_verified.setObjectName("fact_verified_check")
        self.add_fact_button = QPushButton(self.tr("&Add fact"))
        self.add_fact_button.setObjectName("add_fact_button")
        self.add_fact_button.setAutoDefault(False)
        self.add_fact_button.clicked.connect(self.add_fact)
        self.fact_edit.returnPressed.connect(self.add_fact)
        fact_row = QHBoxLayout()
        fact_row.addWidget(self.fact_edit, 1)
        fact_row.addWidget(self.fact_verified)
        fact_row.addWidget(self.add_fact_button)
        self.facts_list = QListWidget()
        self.facts_list.setObjectName("facts_list")
        self.facts_list.setAccessibleName(self.tr("Facts; ticked means verified"))
        self.facts_list.setMaximumHeight(110)
        self.facts_list.itemChanged.connect(self.changed)
        self.remove_fact_button = QPushButton(self.tr("Remove"))
        self.remove_fact_button.setAutoDefault(False)
        self.remove_fact_button.setToolTip(
            self.tr("Only facts not yet recorded can be removed; recorded ones stay in the log")
        )
        self.remove_fact_button.clicked.connect(self.remove_fact)
        facts_hint = QLabel(
            self.tr("Ticked: verified. Unticked: heard, not yet confirmed; statements repeat only verified facts.")
        )
        facts_hint.setWordWrap(True)
        muted(facts_hint)
        facts_box = QVBoxLayout()
        facts_box.addLayout(fact_row)
        list_row = QHBoxLayout()
        list_row.addWidget(self.facts_list, 1)
        list_row.addWidget(self.remove_fact_button, 0, Qt.AlignmentFlag.AlignTop)
        facts_box.addLayout(list_row)
        facts_box.addWidget(facts_hint)

        self.audience_checks: dict[str, QCheckBox] = {}
        audience_row = QHBoxLayout()
        for key in AUDIENCES:
            check = QCheckBox(i18n.label("Messages", AUDIENCE_LABELS[key]))
            check.setObjectName(f"audience_{key}_check")
            check.toggled.connect(self.changed)
            self.audience_checks[key] = check
            audience_row.addWidget(check)
        audience_row.addStretch(1)

        self.category_combo = QComboBox()
        self.category_combo.setObjectName("category_combo")
        self.category_combo.setAccessibleName(self.tr("Crisis type"))
        for category in Category:
            self.category_combo.addItem(i18n.label("Category", category.label), category.value)
        # A recall is an operational failure; saying so here (the same switch as Manage's checklist)
        # lets the Notify step's all-staff alert and every statement speak of the recall.
        self.recall_check = QCheckBox(self.tr("A &product is recalled: statements tell people to stop using it"))
        self.recall_check.setObjectName("assess_recall_check")
        self.recall_check.toggled.connect(self.changed)
        self.category_combo.currentIndexChanged.connect(self._show_recall)
        category_box = QVBoxLayout()
        category_box.setContentsMargins(0, 0, 0, 0)
        category_box.addWidget(self.category_combo)
        category_box.addWidget(self.recall_check)
        self.level_combo = QComboBox()
        self.level_combo.setObjectName("level_combo")
        self.level_combo.setAccessibleName(self.tr("Confirmed level"))
        self.level_combo.addItem(self.tr("Choose the level…"), None)
        for lvl in LEVELS:
            self.level_combo.addItem(i18n.level_label(lvl.number), lvl.number)
        self.questions_button = QPushButton(self.tr("Assess with &questions…"))
        self.questions_button.setObjectName("questions_button")
        self.questions_button.setAutoDefault(False)
        self.questions_button.clicked.connect(self.ask_questions)
        level_row = QHBoxLayout()
        level_row.addWidget(self.level_combo, 1)
        level_row.addWidget(self.questions_button)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setAccessibleName(self.tr("Why this level"))
        self.reason_edit.setPlaceholderText(self.tr("Why this level (goes into the log)"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Each field that can be refused has its problem line right under it (StepPage.with_problem).
        form.addRow(
            self._buddy(self.tr("&What happened:"), self.what_edit), self.with_problem("what_happened", self.what_edit)
        )
        form.addRow(
            self._buddy(self.tr("First &detected:"), self.detected_edit), self.with_problem("detected_at", detected_row)
        )
        form.addRow(self._buddy(self.tr("&Source links:"), self.links_edit), self.links_edit)
        form.addRow(self._buddy(self.tr("&Facts:"), self.fact_edit), self.with_problem("facts", facts_box))
        form.addRow(self.tr("Affected:"), self.with_problem("audiences", audience_row))
        form.addRow(self._buddy(self.tr("Crisis &type:"), self.category_combo), category_box)
        form.addRow(self._buddy(self.tr("Confirmed &level:"), self.level_combo), self.with_problem("level", level_row))
        form.addRow(self._buddy(self.tr("&Reason:"), self.reason_edit), self.reason_edit)

        outer = QVBoxLayout(self.body)
        outer.addLayout(form)
        outer.addStretch(1)  # spare height goes below the fields, not between them
        for signal in (
            self.what_edit.textChanged,
            self.detected_edit.dateTimeChanged,
            self.links_edit.textChanged,
            self.category_combo.currentIndexChanged,
            self.level_combo.currentIndexChanged,
            self.reason_edit.textChanged,
        ):
            signal.connect(self.changed)
        self.setTabOrder(self.what_edit, self.detected_edit)

    def _show_recall(self) -> None:
        self.recall_check.setVisible(self.category_combo.currentData() == RECALL_CATEGORY)

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    # --- facts ---------------------------------------------------------------------------------

    def _fact_item(self, text: str, verified: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        item.setCheckState(Qt.CheckState.Checked if verified else Qt.CheckState.Unchecked)
        return item

    def add_fact(self) -> None:
        text = " ".join(self.fact_edit.text().split())
        if not text:
            return
        self.facts_list.addItem(self._fact_item(text, self.fact_verified.isChecked()))
        self.fact_edit.clear()
        self.fact_verified.setChecked(False)
        self.changed()

    def remove_fact(self) -> None:
        row = self.facts_list.currentRow()
        if row < 0:
            return
        stored = {fact.text for fact in fact_store.facts(self.database, self.incident_id)}
        if self.facts_list.item(row).text() in stored:
            self.show_field_problem(
                "facts", self.tr("That fact is already in the log; untick it if it is no longer confirmed.")
            )
            return
        self.facts_list.takeItem(row)
        self.changed()

    def facts(self) -> list[tuple[str, bool]]:
        items = (self.facts_list.item(i) for i in range(self.facts_list.count()))
        return [(item.text(), item.checkState() == Qt.CheckState.Checked) for item in items]

    # --- level ---------------------------------------------------------------------------------

    def ask_questions(self) -> AssessmentDialog:
        """The plain-question assessment (non-blocking); its level and reason fill this page."""
        dialog = AssessmentDialog(self.level_combo.currentData(), is_drill=self.incident.is_drill, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._assessed(*dialog.confirmed()))
        dialog.open()
        return dialog

    def _assessed(self, number: int, reason: str) -> None:
        self.level_combo.setCurrentIndex(self.level_combo.findData(number))
        self.reason_edit.setText(reason)

    # --- draft and commit ----------------------------------------------------------------------

    def detected_at(self) -> datetime:
        """The typed time, read on the incident's wall clock."""
        naive = self.detected_edit.dateTime().toPython().replace(second=0, microsecond=0)
        return naive.replace(tzinfo=zone_from_name(self.incident.timezone))

    def _set_detected(self, moment: datetime) -> None:
        local = moment.astimezone(zone_from_name(self.incident.timezone)).replace(tzinfo=None)
        self.detected_edit.setDateTime(QDateTime(local.date(), local.time()))

    def draft(self) -> dict[str, Any]:
        return {
            "what_happened": self.what_edit.toPlainText(),
            "detected_at": self.detected_at().isoformat(),
            "source_links": self.links_edit.toPlainText(),
            "facts": [[text, verified] for text, verified in self.facts()],
            "audiences": [key for key, check in self.audience_checks.items() if check.isChecked()],
            "category": self.category_combo.currentData(),
            "product_recall": self.recall_check.isChecked(),
            "level": self.level_combo.currentData(),
            "level_reason": self.reason_edit.text(),
        }

    def restore(self, draft: dict[str, Any]) -> None:
        incident = self.incident
        stored = steps_store.assessment(self.database, self.incident_id)
        if not draft:
            draft = {
                "what_happened": stored.what_happened if stored else "",
                "detected_at": incident.detected_at or incident.opened_at,
                "source_links": "\n".join(stored.source_links) if stored else "",
                "facts": [[f.text, f.verified] for f in fact_store.facts(self.database, self.incident_id)],
                "audiences": list(stored.audiences) if stored else [],
                "category": incident.category.value,
                "product_recall": checklist_store.settings(self.database, self.incident_id).product_recall,
                "level": incident.level,
                "level_reason": stored.level_reason if stored else "",
            }
        self.what_edit.setPlainText(draft.get("what_happened", ""))
        try:
            self._set_detected(datetime.fromisoformat(draft["detected_at"]))
        except (KeyError, ValueError):
            self._set_detected(self.database.clock.now())
        self.links_edit.setPlainText(draft.get("source_links", ""))
        self.facts_list.clear()
        for text, verified in draft.get("facts", []):
            self.facts_list.addItem(self._fact_item(text, bool(verified)))
        for key, check in self.audience_checks.items():
            check.setChecked(key in draft.get("audiences", []))
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(draft.get("category"))))
        recalled = draft.get("product_recall")
        if recalled is None:  # a draft kept before the switch was on this page
            recalled = checklist_store.settings(self.database, self.incident_id).product_recall
        self.recall_check.setChecked(bool(recalled))
        self._show_recall()
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(draft.get("level"))))
        self.reason_edit.setText(draft.get("level_reason", ""))

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.what_edit.toPlainText().strip():
            problems["what_happened"] = self.tr("Say what happened, in a few plain sentences.")
        if self.detected_at() - self.database.clock.now() > CLOCK_TOLERANCE:
            problems["detected_at"] = self.tr(
                "The first detection cannot be in the future. Check the date and the time zone."
            )
        verified: dict[str, bool] = {}
        for text, ticked in self.facts():
            text = " ".join(text.split())
            if text and verified.setdefault(text, ticked) != ticked:
                problems["facts"] = self.tr(
                    "This fact is listed twice, once verified and once not: {fact}. Remove one of them."
                ).format(fact=text)
        if not any(check.isChecked() for check in self.audience_checks.values()):
            problems["audiences"] = self.tr("Choose at least one affected audience.")
        if self.level_combo.currentData() is None:
            problems["level"] = self.tr("Choose the confirmed level, or assess it with the questions.")
        return problems

    def commit(self) -> None:
        level = self.level_combo.currentData()
        if level is None:
            raise InvalidInputError(self.tr("Choose the confirmed level, or assess it with the questions."))
        steps_service.commit_assess(
            self.database,
            self.incident_id,
            what_happened=self.what_edit.toPlainText(),
            detected_at=self.detected_at(),
            source_links=self.links_edit.toPlainText().splitlines(),
            facts=self.facts(),
            audiences=[key for key, check in self.audience_checks.items() if check.isChecked()],
            category=self.category_combo.currentData(),
            level=int(level),
            level_reason=self.reason_edit.text(),
            author=self.author(),
            product_recall=self.recall_check.isChecked(),
        )
