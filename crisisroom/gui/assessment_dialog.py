"""Assess the severity: plain questions, the level the answers point to and why, and a person's decision.

The answers' level is named as theirs ("Your answers point to"), never as a suggestion of "the rules":
the escalation rules (mentions per hour) suggest levels of their own, on the gauge.

The dialog only collects; it never writes. The caller stores the confirmed level and the reason
(:func:`crisisroom.services.incidents.reassess`: a new level is set as from the menu, the same level
is logged as reassessed), as ``crisisroom incident level N --reason`` does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton, QWidget

from crisisroom.domain.severity import LEVELS, QUESTIONS, UNSURE, Proposal, Reason, assess, level, summarise
from crisisroom.gui import i18n
from crisisroom.gui.forms.ui_assessment_dialog import Ui_AssessmentDialog
from crisisroom.gui.style import muted
from crisisroom.gui.widgets.exercise_banner import BANNER_STYLE
from crisisroom.gui.widgets.severity_gauge import LEVEL_COLOURS


class AssessmentDialog(QDialog):
    """Answer the questions, see the proposal live, confirm a level with a reason for the log.

    Args:
        current_level: the incident's confirmed level, or None before the first assessment.
        is_drill: shows the EXERCISE banner, so nobody mistakes a drill's assessment for a real one.
        parent: the owning window.
    """

    def __init__(self, current_level: int | None, *, is_drill: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AssessmentDialog()
        self.ui.setupUi(self)
        self._current = current_level
        self._proposal: Proposal = assess({})
        # Set once the person picks a level or types a reason, so live updates never overwrite them.
        self._level_chosen = False
        self._reason_typed = False
        self._auto_reason = ""
        self._answered = False

        self.ui.exercise_label.setText(self.tr("EXERCISE · assessing the severity of a drill"))
        self.ui.exercise_label.setStyleSheet(BANNER_STYLE)
        self.ui.exercise_label.setVisible(is_drill)
        self.setAccessibleDescription(
            self.tr("Plain questions whose answers point to a severity level; you confirm the level.")
        )

        self._radios: dict[str, dict[str, QRadioButton]] = {}
        self._groups: dict[str, QButtonGroup] = {}
        for number, question in enumerate(QUESTIONS, 1):
            label: QLabel = getattr(self.ui, f"{question.key}_label")
            label.setText(f"{number}. {i18n.label('Severity', question.text)}")
            group: QButtonGroup = getattr(self.ui, f"{question.key}_group")
            radios: dict[str, QRadioButton] = {}
            # The domain owns the wording; the form only provides the buttons, one per answer.
            choices = [(c.value, i18n.label("Severity", c.text)) for c in question.choices]
            for value, text in [*choices, (UNSURE, self.tr("Not sure"))]:
                radio: QRadioButton = getattr(self.ui, f"{question.key}_{value}_radio")
                radio.setText(text)
                radio.setAccessibleDescription(i18n.label("Severity", question.text))
                radios[value] = radio
            self._radios[question.key] = radios
            self._groups[question.key] = group
            group.buttonToggled.connect(self._answer_toggled)

        heading = self.ui.proposal_label.font()
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.25)
        self.ui.proposal_label.setFont(heading)
        self.ui.proposal_label.setAccessibleName(self.tr("Proposed level"))
        self.ui.reasons_label.setAccessibleName(self.tr("Reasons for the proposal"))
        muted(self.ui.handled_by_label)
        self._plain_palette = self.ui.level_hint_label.palette()
        muted(self.ui.level_hint_label)
        self._muted_palette = self.ui.level_hint_label.palette()
        muted(self.ui.current_label)
        self.ui.current_label.setText(
            self.tr("Now: {level}").format(level=i18n.level_label(current_level).lower())
            if current_level is None
            else self.tr("Now: {level}").format(level=i18n.level_label(current_level))
        )

        for lvl in LEVELS:
            self.ui.level_combo.addItem(i18n.level_label(lvl.number), lvl.number)
        self.ui.level_combo.activated.connect(self._level_picked)
        self.ui.reason_edit.textEdited.connect(self._reason_edited)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._refresh()
        self.ui.harm_no_radio.setFocus()

    # --- answers -------------------------------------------------------------------------------

    def answers(self) -> dict[str, str | None]:
        """Every question's answer value, None for those not answered yet."""
        result: dict[str, str | None] = {}
        for key, radios in self._radios.items():
            result[key] = next((value for value, radio in radios.items() if radio.isChecked()), None)
        return result

    def set_answers(self, answers: Mapping[str, str | None]) -> None:
        """Check the buttons for these answers (None clears a question), e.g. to resume an assessment."""
        assess(answers)  # validates keys and values before anything changes
        for key, value in answers.items():
            group = self._groups[key]
            if value is None:
                # An exclusive group cannot uncheck its last button; lift exclusivity for a moment.
                group.setExclusive(False)
                for radio in self._radios[key].values():
                    radio.setChecked(False)
                group.setExclusive(True)
            else:
                self._radios[key][value].setChecked(True)
        self._refresh()

    def proposal(self) -> Proposal:
        """The level the answers given so far point to, and why."""
        return self._proposal

    def chosen_level(self) -> int:
        """The level the person is about to confirm."""
        return int(self.ui.level_combo.currentData())

    def confirmed(self) -> tuple[int, str]:
        """The confirmed level and the text for the log: the reason, any override, and the answers."""
        chosen = self.chosen_level()
        sentences = [self.ui.reason_edit.text().strip().rstrip(".")]
        if self._differs():
            sentences.append(f"The answers pointed to level {self._proposal.level}")
        summary = summarise(self.answers())
        if summary:
            sentences.append(f"Answers: {summary}")
        return chosen, ". ".join(sentence for sentence in sentences if sentence) + "."

    # --- live updates --------------------------------------------------------------------------

    def _answer_toggled(self, _button: QRadioButton, checked: bool) -> None:
        # Each change toggles two buttons (one off, one on); refreshing on the "on" half is enough.
        if checked:
            self._refresh()

    def _level_picked(self, _index: int) -> None:
        self._level_chosen = True
        self._refresh()

    def _reason_edited(self, _text: str) -> None:
        self._reason_typed = True
        self._update_ok()

    def _differs(self) -> bool:
        """True when the person chose a level other than the one the answers call for."""
        return self._answered and self.chosen_level() != self._proposal.level

    def _refresh(self) -> None:
        answers = self.answers()
        proposal = assess(answers)
        self._proposal = proposal
        self._answered = any(value is not None for value in answers.values())

        if self._answered:
            lvl = level(proposal.level)
            swatch = LEVEL_COLOURS[proposal.level - 1]
            self.ui.proposal_label.setText(
                f'<span style="color:{swatch}">●</span> {escape(i18n.level_label(proposal.level))}'
            )
            self.ui.handled_by_label.setText(
                self.tr("Handled by: {team}").format(team=i18n.label("Severity", lvl.handled_by))
            )
            # Non-breaking spaces keep "→ level 4" together when a reason wraps.
            lines = [
                "• " + re.sub(r"→ (\S+) (\d)", r"→&nbsp;\1&nbsp;\2", escape(self._reason_text(reason)))
                for reason in proposal.explained
            ]
            if proposal.unanswered:
                lines.append("<i>" + self.tr("%n question(s) not answered yet.", "", len(proposal.unanswered)) + "</i>")
            self.ui.reasons_label.setText("<br>".join(lines))
        else:
            # With no answers there is nothing to go on; "level 1" here would be a false calm.
            self.ui.proposal_label.setText(self.tr("No level yet"))
            self.ui.handled_by_label.setText(self.tr("Answer what you can; the level follows each answer."))
            self.ui.reasons_label.setText("")
        self.ui.levels_label.setText(self._levels_html(proposal.level if self._answered else None))

        if not self._level_chosen:
            # Until the person chooses, the decision follows the proposal; with no answers at all
            # it stays on the current level, so an untouched dialog never lowers anything.
            target = proposal.level if self._answered or self._current is None else self._current
            self.ui.level_combo.setCurrentIndex(target - 1)
        for index, item in enumerate(LEVELS):
            suffix = "  " + self.tr("(your answers)") if self._answered and item.number == proposal.level else ""
            self.ui.level_combo.setItemText(index, i18n.level_label(item.number) + suffix)

        # The prefill names what decided the level; the other answers go into the log's summary.
        deciding = [reason for reason in proposal.explained if reason.level == proposal.level]
        if self._answered and not deciding:
            deciding = proposal.explained[:1]  # level 1: "nothing points above level 1"
        self._auto_reason = "; ".join(self._reason_text(reason) for reason in deciding)
        if not self._reason_typed:
            # For a level other than the proposal the person must write their own reason.
            self.ui.reason_edit.setText("" if self._differs() else self._auto_reason)
            self.ui.reason_edit.setCursorPosition(0)
        self._update_ok()
        self._fit_height()

    def _fit_height(self) -> None:
        # Wrapped labels (the reasons) need more height as answers come in, and a dialog's minimum
        # size ignores height-for-width; grow the dialog rather than clip the reasons, within the screen.
        layout = self.layout()
        # The labels just changed, but the group boxes report their new heights only when their
        # pending layout requests run; run them now to measure what is shown.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        screen = self.screen().availableGeometry().height() if self.screen() else needed
        if needed > self.height():
            self.resize(self.width(), min(needed, screen))

    @staticmethod
    def _reason_text(reason: Reason) -> str:
        return reason.render(lambda text: i18n.label("Severity", text))

    def _levels_html(self, highlighted: int | None) -> str:
        rows = []
        for lvl in LEVELS:
            colour = LEVEL_COLOURS[lvl.number - 1]
            name = f"{lvl.number} {escape(i18n.level_name(lvl.number))}"
            who = escape(i18n.label("Severity", lvl.team))
            if lvl.number == highlighted:
                name, who = f"<b>{name}</b>", f"<b>{who}</b>"
            rows.append(
                f'<tr><td style="color:{colour}; padding-right:4px">■</td>'
                f'<td style="padding-right:8px; white-space:nowrap">{name}</td><td>{who}</td></tr>'
            )
        return f'<table cellspacing="0" cellpadding="2">{"".join(rows)}</table>'

    def _update_ok(self) -> None:
        chosen = self.chosen_level()
        reason = self.ui.reason_edit.text().strip()
        differs = self._differs()
        if differs:
            self.ui.reason_edit.setPlaceholderText(
                self.tr("Why level {chosen}, when your answers point to {suggested}? (required)").format(
                    chosen=chosen, suggested=self._proposal.level
                )
            )
            hint = self.tr(
                "Level {chosen} differs from the level your answers point to ({suggested}): say why in the reason."
            ).format(chosen=chosen, suggested=self._proposal.level)
        elif not self._answered:
            self.ui.reason_edit.setPlaceholderText(self.tr("Why level {chosen}? (required)").format(chosen=chosen))
            hint = self.tr("Without answers, the reason is all the log has: say what you know.")
        else:
            self.ui.reason_edit.setPlaceholderText(self.tr("What the decision rests on (required)"))
            hint = self.tr("The reason, your answers and the level they point to go into the crisis log.")
        self.ui.level_hint_label.setText(hint)
        # What is required is said in the normal text colour; the routine note is muted.
        self.ui.level_hint_label.setPalette(self._plain_palette if (differs or not reason) else self._muted_palette)
        # A different level needs the person's own words, not the proposal's reasons.
        valid = bool(reason) and not (differs and reason == self._auto_reason)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Confirm level {level}").format(level=chosen))
        ok.setEnabled(valid)

    def accept(self) -> None:
        # Enter in the reason line reaches here even when the button is disabled.
        if self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            super().accept()
