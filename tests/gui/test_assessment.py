"""The assessment dialog as a person answers it, and the severity gauge that opens it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QGroupBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.severity import QUESTIONS, UNSURE
from crisisroom.gui.assessment_dialog import AssessmentDialog
from crisisroom.gui.widgets.severity_gauge import LEVEL_COLOURS, SeverityGauge

CALM = {q.key: q.choices[0].value for q in QUESTIONS}


@pytest.fixture
def dialog(qtbot: QtBot) -> AssessmentDialog:
    dlg = AssessmentDialog(2, is_drill=False)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _answer(qtbot: QtBot, dlg: AssessmentDialog, key: str, value: str) -> None:
    radio = getattr(dlg.ui, f"{key}_{value}_radio")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
    assert radio.isChecked()


def _ok(dlg: AssessmentDialog) -> QPushButton:
    return dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)


# --- the dialog ----------------------------------------------------------------------------------


def test_before_any_answer_nothing_is_suggested_and_the_current_level_stays(dialog: AssessmentDialog) -> None:
    assert dialog.ui.proposal_label.text() == "No level yet"
    assert dialog.ui.proposal_group.title() == "Your answers point to"
    assert dialog.chosen_level() == 2  # never lowered by an untouched dialog
    assert dialog.ui.current_label.text() == "Now: Level 2 · Elevated"
    assert dialog.ui.reason_edit.text() == ""
    assert not _ok(dialog).isEnabled()  # without answers, a reason is required
    assert _ok(dialog).text() == "Confirm level 2"
    assert not dialog.ui.exercise_label.isVisible()
    assert all(v is None for v in dialog.answers().values())


def test_answers_propose_a_level_live_with_reasons_and_confirm_it(qtbot: QtBot, dialog: AssessmentDialog) -> None:
    for key, value in CALM.items():
        _answer(qtbot, dialog, key, value)
    assert "Level 1 · Routine" in dialog.ui.proposal_label.text()
    assert "Nothing points above level 1" in dialog.ui.reasons_label.text()

    _answer(qtbot, dialog, "product", "down")
    assert dialog.proposal().level == 3
    assert "Level 3 · Serious" in dialog.ui.proposal_label.text()
    assert "A service is down or a product unavailable" in dialog.ui.reasons_label.text()
    assert dialog.chosen_level() == 3
    assert dialog.ui.level_combo.currentText() == "Level 3 · Serious  (your answers)"

    _answer(qtbot, dialog, "press", "national")
    assert dialog.proposal().level == 4
    assert dialog.chosen_level() == 4
    assert "Senior management" in dialog.ui.handled_by_label.text()
    assert dialog.ui.reason_edit.text() == "National or widespread press coverage → level 4"
    assert _ok(dialog).isEnabled() and _ok(dialog).text() == "Confirm level 4"

    level, text = dialog.confirmed()
    assert level == 4
    assert text.startswith("National or widespread press coverage → level 4. Answers: ")
    assert "Product or service: down or unavailable" in text and "Press: national or widespread" in text
    assert "pointed to" not in text  # the person followed the answers

    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_not_sure_raises_one_level_and_says_so(qtbot: QtBot, dialog: AssessmentDialog) -> None:
    _answer(qtbot, dialog, "upset", "dozens")
    assert dialog.proposal().level == 2
    _answer(qtbot, dialog, "harm", UNSURE)
    assert dialog.proposal().level == 3  # one level up from the dozens upset, not straight to 5
    assert "Level 3 · Serious" in dialog.ui.proposal_label.text()
    reasons = dialog.ui.reasons_label.text()
    assert "Not sure whether anyone is hurt: one level higher until confirmed →&nbsp;level&nbsp;3" in reasons
    assert "we take the higher one" in reasons
    assert "6 questions not answered yet" in reasons
    assert dialog.ui.reason_edit.text() == "Not sure whether anyone is hurt: one level higher until confirmed → level 3"
    level, text = dialog.confirmed()
    assert level == 3 and "Injuries: not sure" in text and "Upset people: dozens" in text


def test_the_answers_level_is_never_called_the_rules(qtbot: QtBot, dialog: AssessmentDialog) -> None:
    """The escalation rules (mentions per hour) suggest levels on the gauge; this panel is the answers'."""
    _answer(qtbot, dialog, "product", "faulty")
    dialog.ui.level_combo.setFocus()
    qtbot.keyClick(dialog.ui.level_combo, Qt.Key.Key_Down)  # a level that differs: every hint is shown
    words = [dialog.windowTitle(), dialog.accessibleDescription(), dialog.ui.reason_edit.placeholderText()]
    words += [label.text() for label in dialog.findChildren(QLabel)]
    words += [box.title() for box in dialog.findChildren(QGroupBox)]
    words += [dialog.ui.level_combo.itemText(i) for i in range(dialog.ui.level_combo.count())]
    assert not [text for text in words if "rule" in text.lower()]
    assert dialog.ui.proposal_group.title() == "Your answers point to"
    assert "differs from the level your answers point to (4)" in dialog.ui.level_hint_label.text()


def test_choosing_another_level_needs_the_persons_own_reason(qtbot: QtBot, dialog: AssessmentDialog) -> None:
    _answer(qtbot, dialog, "product", "faulty")
    assert dialog.chosen_level() == 4 and _ok(dialog).isEnabled()

    dialog.ui.level_combo.setFocus()
    qtbot.keyClick(dialog.ui.level_combo, Qt.Key.Key_Down)  # as a person does: emits activated
    assert dialog.chosen_level() == 5
    assert dialog.ui.reason_edit.text() == ""  # the proposal's reasons do not explain level 5
    assert "Why level 5, when your answers point to 4?" in dialog.ui.reason_edit.placeholderText()
    assert "differs" in dialog.ui.level_hint_label.text()
    assert not _ok(dialog).isEnabled()
    assert _ok(dialog).text() == "Confirm level 5"

    _answer(qtbot, dialog, "press", "local")  # later answers no longer move the chosen level
    assert dialog.chosen_level() == 5

    qtbot.keyClicks(dialog.ui.reason_edit, "The regulator has called us")
    assert _ok(dialog).isEnabled()
    level, text = dialog.confirmed()
    assert level == 5
    assert text.startswith("The regulator has called us. The answers pointed to level 4. Answers: ")


def test_pasting_the_proposals_reason_for_another_level_is_not_enough(qtbot: QtBot, dialog: AssessmentDialog) -> None:
    _answer(qtbot, dialog, "mistake", "yes")
    auto = dialog.ui.reason_edit.text()
    assert auto == "We published something wrong → level 2"
    dialog.ui.level_combo.setFocus()
    qtbot.keyClick(dialog.ui.level_combo, Qt.Key.Key_Up)
    assert dialog.chosen_level() == 1
    QApplication.clipboard().setText(auto)
    qtbot.keyClick(dialog.ui.reason_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.ui.reason_edit.text() == auto
    assert not _ok(dialog).isEnabled()
    qtbot.keyClicks(dialog.ui.reason_edit, "; the typo was fixed within a minute")
    assert _ok(dialog).isEnabled()


def test_an_edited_reason_is_kept_while_answers_change(qtbot: QtBot, dialog: AssessmentDialog) -> None:
    _answer(qtbot, dialog, "upset", "hundreds")
    dialog.ui.reason_edit.clear()
    qtbot.keyClicks(dialog.ui.reason_edit, "Support queue at 400 tickets")
    _answer(qtbot, dialog, "spreading", "yes")
    assert dialog.proposal().level == 4
    assert dialog.ui.reason_edit.text() == "Support queue at 400 tickets"
    assert dialog.confirmed()[0] == 4


def test_set_answers_checks_and_clears_buttons_and_refuses_nonsense(dialog: AssessmentDialog) -> None:
    dialog.set_answers({"legal": "yes", "press": "local"})
    assert dialog.ui.legal_yes_radio.isChecked() and dialog.ui.press_local_radio.isChecked()
    assert dialog.proposal().level == 5
    dialog.set_answers({"legal": None})
    assert not any(getattr(dialog.ui, f"legal_{v}_radio").isChecked() for v in ("yes", "no", UNSURE))
    assert dialog.answers()["legal"] is None and dialog.proposal().level == 3
    with pytest.raises(InvalidInputError):
        dialog.set_answers({"legal": "perhaps"})
    assert dialog.answers()["press"] == "local"  # nothing changed by the refused call


def test_every_answer_has_its_button_with_the_domains_words(dialog: AssessmentDialog) -> None:
    for number, question in enumerate(QUESTIONS, 1):
        assert getattr(dialog.ui, f"{question.key}_label").text() == f"{number}. {question.text}"
        for choice in question.choices:
            assert getattr(dialog.ui, f"{question.key}_{choice.value}_radio").text() == choice.text
        assert getattr(dialog.ui, f"{question.key}_{UNSURE}_radio").text() == "Not sure"


def test_a_drill_shows_the_exercise_banner(qtbot: QtBot) -> None:
    dlg = AssessmentDialog(None, is_drill=True)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.ui.exercise_label.isVisible()
    assert "EXERCISE" in dlg.ui.exercise_label.text()
    assert dlg.ui.current_label.text() == "Now: not yet assessed"
    assert dlg.chosen_level() == 1  # no current level and no answers: the bottom of the scale


def test_the_dialog_fits_a_1280_by_800_screen_even_with_every_reason(qtbot: QtBot, dialog: AssessmentDialog) -> None:
    dialog.set_answers(dict.fromkeys(CALM, UNSURE))
    assert dialog.minimumSizeHint().width() <= 1280 - 40
    # The height the laid-out content needs at its width, every reason wrapped, plus a title bar.
    assert dialog.layout().totalHeightForWidth(dialog.width()) <= 800 - 60


# --- the gauge -----------------------------------------------------------------------------------


@pytest.fixture
def gauge(qtbot: QtBot) -> SeverityGauge:
    widget = SeverityGauge()
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _colours(gauge: SeverityGauge) -> set[str]:
    image = gauge.grab().toImage()
    return {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def test_the_gauge_describes_level_who_handles_it_and_the_proposal(gauge: SeverityGauge) -> None:
    assert gauge.accessibleName() == "Severity not yet assessed"
    assert gauge.level() is None and gauge.proposed() is None
    assert gauge.caption() == "Not yet assessed"
    assert gauge.accessibleDescription().startswith("Severity not yet assessed.")

    gauge.set_level(3)
    assert gauge.caption() == "Level 3 · Serious"
    assert gauge.proposal_caption() == ""
    description = gauge.accessibleDescription()
    assert "Level 3 · Serious" in description and "Handled by: A support director" in description
    assert "suggest" not in description

    gauge.set_proposed(4)
    assert gauge.proposed() == 4
    assert gauge.proposal_caption() == "Rules suggest level 4"
    assert "Rules suggest Level 4 · Crisis." in gauge.accessibleDescription()
    assert "Rules suggest Level 4 · Crisis." in gauge.toolTip()
    assert gauge.accessibleName() == "Severity level 3, Serious; suggested 4"

    gauge.set_proposed(3)  # the same as the confirmed level: nothing to point out
    assert gauge.proposal_caption() == "" and "suggest" not in gauge.accessibleDescription()

    with pytest.raises(InvalidInputError):
        gauge.set_level(6)
    with pytest.raises(InvalidInputError):
        gauge.set_proposed(0)
    assert gauge.level() == 3 and gauge.proposed() == 3


def test_the_gauge_lights_only_the_confirmed_band(gauge: SeverityGauge) -> None:
    assert not {c.lower() for c in LEVEL_COLOURS} & _colours(gauge)  # not assessed: a grey dial
    gauge.set_level(4)
    colours = _colours(gauge)
    assert LEVEL_COLOURS[3].lower() in colours
    assert not {c.lower() for i, c in enumerate(LEVEL_COLOURS) if i != 3} & colours  # the others step back


def test_the_gauge_is_sized_for_the_dashboard_header(gauge: SeverityGauge) -> None:
    hint = gauge.sizeHint()
    assert 220 <= hint.width() <= 260 and 140 <= hint.height() <= 180
    assert gauge.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert gauge.cursor().shape() == Qt.CursorShape.PointingHandCursor


def test_clicking_the_gauge_emits_clicked(qtbot: QtBot, gauge: SeverityGauge) -> None:
    with qtbot.waitSignal(gauge.clicked, timeout=1000):
        qtbot.mouseClick(gauge, Qt.MouseButton.LeftButton)


def test_dragging_off_the_gauge_before_release_is_no_click(qtbot: QtBot, gauge: SeverityGauge) -> None:
    with qtbot.assertNotEmitted(gauge.clicked):
        qtbot.mousePress(gauge, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
        qtbot.mouseRelease(gauge, Qt.MouseButton.LeftButton, pos=QPoint(gauge.width() + 30, 20))


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_space_or_enter_on_the_focused_gauge_emits_clicked(qtbot: QtBot, gauge: SeverityGauge, key: Qt.Key) -> None:
    gauge.setFocus()
    with qtbot.waitSignal(gauge.clicked, timeout=1000):
        qtbot.keyClick(gauge, key)
    with qtbot.assertNotEmitted(gauge.clicked):
        qtbot.keyClick(gauge, Qt.Key.Key_A)
