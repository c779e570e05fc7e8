# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assessment_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QButtonGroup, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AssessmentDialog(object):
    def setupUi(self, AssessmentDialog):
        if not AssessmentDialog.objectName():
            AssessmentDialog.setObjectName(u"AssessmentDialog")
        AssessmentDialog.resize(940, 640)
        self.main_layout = QVBoxLayout(AssessmentDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(18, 18, 18, 18)
        self.exercise_label = QLabel(AssessmentDialog)
        self.exercise_label.setObjectName(u"exercise_label")
        self.exercise_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.main_layout.addWidget(self.exercise_label)

        self.intro_label = QLabel(AssessmentDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(16)
        self.columns_layout.setObjectName(u"columns_layout")
        self.questions_group = QGroupBox(AssessmentDialog)
        self.questions_group.setObjectName(u"questions_group")
        self.questions_layout = QVBoxLayout(self.questions_group)
        self.questions_layout.setSpacing(8)
        self.questions_layout.setObjectName(u"questions_layout")
        self.harm_layout = QVBoxLayout()
        self.harm_layout.setSpacing(2)
        self.harm_layout.setObjectName(u"harm_layout")
        self.harm_label = QLabel(self.questions_group)
        self.harm_label.setObjectName(u"harm_label")
        self.harm_label.setWordWrap(True)

        self.harm_layout.addWidget(self.harm_label)

        self.harm_choices_layout = QHBoxLayout()
        self.harm_choices_layout.setSpacing(14)
        self.harm_choices_layout.setObjectName(u"harm_choices_layout")
        self.harm_choices_layout.setContentsMargins(16, -1, -1, -1)
        self.harm_no_radio = QRadioButton(self.questions_group)
        self.harm_group = QButtonGroup(AssessmentDialog)
        self.harm_group.setObjectName(u"harm_group")
        self.harm_group.addButton(self.harm_no_radio)
        self.harm_no_radio.setObjectName(u"harm_no_radio")

        self.harm_choices_layout.addWidget(self.harm_no_radio)

        self.harm_yes_radio = QRadioButton(self.questions_group)
        self.harm_group.addButton(self.harm_yes_radio)
        self.harm_yes_radio.setObjectName(u"harm_yes_radio")

        self.harm_choices_layout.addWidget(self.harm_yes_radio)

        self.harm_unsure_radio = QRadioButton(self.questions_group)
        self.harm_group.addButton(self.harm_unsure_radio)
        self.harm_unsure_radio.setObjectName(u"harm_unsure_radio")

        self.harm_choices_layout.addWidget(self.harm_unsure_radio)

        self.harm_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.harm_choices_layout.addItem(self.harm_spacer)


        self.harm_layout.addLayout(self.harm_choices_layout)


        self.questions_layout.addLayout(self.harm_layout)

        self.legal_layout = QVBoxLayout()
        self.legal_layout.setSpacing(2)
        self.legal_layout.setObjectName(u"legal_layout")
        self.legal_label = QLabel(self.questions_group)
        self.legal_label.setObjectName(u"legal_label")
        self.legal_label.setWordWrap(True)

        self.legal_layout.addWidget(self.legal_label)

        self.legal_choices_layout = QHBoxLayout()
        self.legal_choices_layout.setSpacing(14)
        self.legal_choices_layout.setObjectName(u"legal_choices_layout")
        self.legal_choices_layout.setContentsMargins(16, -1, -1, -1)
        self.legal_no_radio = QRadioButton(self.questions_group)
        self.legal_group = QButtonGroup(AssessmentDialog)
        self.legal_group.setObjectName(u"legal_group")
        self.legal_group.addButton(self.legal_no_radio)
        self.legal_no_radio.setObjectName(u"legal_no_radio")

        self.legal_choices_layout.addWidget(self.legal_no_radio)

        self.legal_yes_radio = QRadioButton(self.questions_group)
        self.legal_group.addButton(self.legal_yes_radio)
        self.legal_yes_radio.setObjectName(u"legal_yes_radio")

        self.legal_choices_layout.addWidget(self.legal_yes_radio)

        self.legal_unsure_radio = QRadioButton(self.questions_group)
        self.legal_group.addButton(self.legal_unsure_radio)
        self.legal_unsure_radio.setObjectName(u"legal_unsure_radio")

        self.legal_choices_layout.addWidget(self.legal_unsure_radio)

        self.legal_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.legal_choices_layout.addItem(self.legal_spacer)


        self.legal_layout.addLayout(self.legal_choices_layout)


        self.questions_layout.addLayout(self.legal_layout)

        self.breach_layout = QVBoxLayout()
        self.breach_layout.setSpacing(2)
        self.breach_layout.setObjectName(u"breach_layout")
        self.breach_label = QLabel(self.questions_group)
        self.breach_label.setObjectName(u"breach_label")
        self.breach_label.setWordWrap(True)

        self.breach_layout.addWidget(self.breach_label)

        self.breach_choices_layout = QHBoxLayout()
        self.breach_choices_layout.setSpacing(14)
        self.breach_choices_layout.setObjectName(u"breach_choices_layout")
        self.breach_choices_layout.setContentsMargins(16, -1, -1, -1)
        self.breach_no_radio = QRadioButton(self.questions_group)
        self.breach_group = QButtonGroup(AssessmentDialog)
        self.breach_group.setObjectName(u"breach_group")
        self.breach_group.addButton(self.breach_no_radio)
        self.breach_no_radio.setObjectName(u"breach_no_radio")

        self.breach_choices_layout.addWidget(self.breach_no_radio)

        self.breach_yes_radio = QRadioButton(self.questions_group)
        self.breach_group.addButton(self.breach_yes_radio)
        self.breach_yes_radio.setObjectName(u"breach_yes_radio")

        self.breach_choices_layout.addWidget(self.breach_yes_radio)

        self.breach_unsure_radio = QRadioButton(self.questions_group)
        self.breach_group.addButton(self.breach_unsure_radio)
        self.breach_unsure_radio.setObjectName(u"breach_unsure_radio")

        self.breach_choices_layout.addWidget(self.breach_unsure_radio)

        self.breach_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.breach_choices_layout.addItem(self.breach_spacer)


        self.breach_layout.addLayout(self.breach_choices_layout)


        self.questions_layout.addLayout(self.breach_layout)

        self.product_layout = QVBoxLayout()
        self.product_layout.setSpacing(2)
        self.product_layout.setObjectName(u"product_layout")
        self.product_label = QLabel(self.questions_group)
        self.product_label.setObjectName(u"product_label")
        self.product_label.setWordWrap(True)

        self.product_layout.addWidget(self.product_label)

        self.product_choices_layout = QHBoxLayout()
        self.product_choices_layout.setSpacing(14)
        self.product_choices_layout.setObjectName(u"product_choices_layout")
        self.product_choices_layout.setContentsMargins(16, -1, -1, -1)
        self.product_no_radio = QRadioButton(self.questions_group)
        self.product_group = QButtonGroup(AssessmentDialog)
        self.product_group.setObjectName(u"product_group")
        self.product_group.addButton(self.product_no_radio)
        self.product_no_radio.setObjectName(u"product_no_radio")

        self.product_choices_layout.addWidget(self.product_no_radio)

        self.product_down_radio = QRadioButton(self.questions_group)
        self.product_group.addButton(self.product_down_radio)
        self.product_down_radio.setObjectName(u"product_down_radio")

        self.product_choices_layout.addWidget(self.product_down_radio)

        self.product_faulty_radio = QRadioButton(self.questions_group)
        self.product_group.addButton(self.product_faulty_radio)
        self.product_faulty_radio.setObjectName(u"product_faulty_radio")

        self.product_choices_layout.addWidget(self.product_faulty_radio)

        self.product_unsure_radio = QRadioButton(self.questions_group)
        self.product_group.addButton(self.product_unsure_radio)
        self.product_unsure_radio.setObjectName(u"product_unsure_radio")

        self.product_choices_layout.addWidget(self.product_unsure_radio)

        self.product_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.product_choices_layout.addItem(self.product_spacer)


        self.product_layout.addLayout(self.product_choices_layout)


        self.questions_layout.addLayout(self.product_layout)

        self.mistake_layout = QVBoxLayout()
        self.mistake_layout.setSpacing(2)
        self.mistake_layout.setObjectName(u"mistake_layout")
        self.mistake_label = QLabel(self.questions_group)
        self.mistake_label.setObjectName(u"mistake_label")
        self.mistake_label.setWordWrap(True)

        self.mistake_layout.addWidget(self.mistake_label)

        self.mistake_choices_layout = QHBoxLayout()
        self.mistake_choices_layout.setSpacing(14)
        self.mistake_choices_layout.setObjectName(u"mistake_choices_layout")
        self.mistake_choices_layout.setContentsMargins(16, -1, -1, -1)
        self.mistake_no_radio = QRadioButton(self.questions_group)
        self.mistake_group = QButtonGroup(AssessmentDialog)
        self.mistake_group.setObjectName(u"mistake_group")
        self.mistake_group.addButton(self.mistake_no_radio)
        self.mistake_no_radio.setObjectName(u"mistake_no_radio")

        self.mistake_choices_layout.addWidget(self.mistake_no_radio)

        self.mistake_yes_radio = QRadioButton(self.questions_group)
        self.mistake_group.addButton(self.mistake_yes_radio)
        self.mistake_yes_radio.setObjectName(u"mistake_yes_radio")

        self.mistake_choices_layout.addWidget(self.mistake_yes_radio)

        self.mistake_unsure_radio = QRadioButton(self.questions_group)
        self.mistake_group.addButton(self.mistake_unsure_radio)
        self.mistake_unsure_radio.setObjectName(u"mistake_unsure_radio")

        self.mistake_choices_layout.addWidget(self.mistake_unsure_radio)

        self.mistake_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mistake_choices_layout.addItem(self.mistake_spacer)


        self.mistake_layout.addLayout(self.mistake_choices_layout)


        self.questions_layout.addLayout(self.mistake_layout)

        self.press_layout = QVBoxLayout()
        self.press_layout.setSpacing(2)
        self.press_layout.setObjectName(u"press_layout")
        self.press_label = QLabel(self.questions_group)
        self.press_label.setObjectName(u"press_label")
        self.press_label.setWordWrap(True)

        self.press_layout.addWidget(self.press_label)

        self.press_choices_layout = QHBoxLayout()
        self.press_choices_layout.setSpacing(14)
        self.press_choices_layout.setObjectName(u"press_choices_layout")
        self.press_choices_layout.setContentsMargins(16, -1, -1, -1)
        self.press_none_radio = QRadioButton(self.questions_group)
        self.press_group = QButtonGroup(AssessmentDialog)
        self.press_group.setObjectName(u"press_group")
        self.press_group.addButton(self.press_none_radio)
        self.press_none_radio.setObjectName(u"press_none_radio")

        self.press_choices_layout.addWidget(self.press_none_radio)

        self.press_local_radio = QRadioButton(self.questions_group)
        self.press_group.addButton(self.press_local_radio)
        self.press_local_radio.setObjectName(u"press_local_radio")

        self.press_choices_layout.addWidget(self.press_local_radio)

        self.press_national_radio = QRadioButton(self.questions_group)
        self.press_group.addButton(self.press_national_radio)
        self.press_national_radio.setObjectName(u"press_national_radio")

        self.press_choices_layout.addWidget(self.press_national_radio)

        self.press_unsure_radio = QRadioButton(self.questions_group)
        self.press_group.addButton(self.press_unsure_radio)
        self.press_unsure_radio.setObjectName(u"press_unsure_radio")

        self.press_choices_layout.addWidget(self.press_unsure_radio)

        self.press_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.press_choices_layout.addItem(self.press_spacer)


        self.press_layout.addLayout(self.press_choices_layout)


        self.questions_layout.addLayout(self.press_layout)

        self.upset_layout = QVBoxLayout()
        self.upset_layout.setSpacing(2)
        self.upset_layout.setObjectName(u"upset_layout")
        self.upset_label = QLabel(self.questions_group)
        self.upset_label.setObjectName(u"upset_label")
        self.upset_label.setWordWrap(True)

        self.upset_layout.addWidget(self.upset_label)

        self.upset_choices_layout = QHBoxLayout()
        self.upset_choices_layout.setSpacing(14)
        self.upset_choices_layout.setObjectName(u"upset_choices_layout")
        self.upset_choices_layout.setContentsMargins(16, -1, -1, -1)
        self.upset_few_radio = QRadioButton(self.questions_group)
        self.upset_group = QButtonGroup(AssessmentDialog)
        self.upset_group.setObjectName(u"upset_group")
        self.upset_group.addButton(self.upset_few_radio)
        self.upset_few_radio.setObjectName(u"upset_few_radio")

        self.upset_choices_layout.addWidget(self.upset_few_radio)

        self.upset_dozens_radio = QRadioButton(self.questions_group)
        self.upset_group.addButton(self.upset_dozens_radio)
        self.upset_dozens_radio.setObjectName(u"upset_dozens_radio")

        self.upset_choices_layout.addWidget(self.upset_dozens_radio)

        self.upset_hundreds_radio = QRadioButton(self.questions_group)
        self.upset_group.addButton(self.upset_hundreds_radio)
        self.upset_hundreds_radio.setObjectName(u"upset_hundreds_radio")

        self.upset_choices_layout.addWidget(self.upset_hundreds_radio)

        self.upset_unsure_radio = QRadioButton(self.questions_group)
        self.upset_group.addButton(self.upset_unsure_radio)
        self.upset_unsure_radio.setObjectName(u"upset_unsure_radio")

        self.upset_choices_layout.addWidget(self.upset_unsure_radio)

        self.upset_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.upset_choices_layout.addItem(self.upset_spacer)


        self.upset_layout.addLayout(self.upset_choices_layout)


        self.questions_layout.addLayout(self.upset_layout)

        self.spreading_layout = QVBoxLayout()
        self.spreading_layout.setSpacing(2)
        self.spreading_layout.setObjectName(u"spreading_layout")
        self.spreading_label = QLabel(self.questions_group)
        self.spreading_label.setObjectName(u"spreading_label")
        self.spreading_label.setWordWrap(True)

        self.spreading_layout.addWidget(self.spreading_label)

        self.spreading_choices_layout = QHBoxLayout()
        self.spreading_choices_layout.setSpacing(14)
        self.spreading_choices_layout.setObjectName(u"spreading_choices_layout")
        self.spreading_choices_layout.setContentsMargins(16, -1, -1, -1)
        self.spreading_no_radio = QRadioButton(self.questions_group)
        self.spreading_group = QButtonGroup(AssessmentDialog)
        self.spreading_group.setObjectName(u"spreading_group")
        self.spreading_group.addButton(self.spreading_no_radio)
        self.spreading_no_radio.setObjectName(u"spreading_no_radio")

        self.spreading_choices_layout.addWidget(self.spreading_no_radio)

        self.spreading_yes_radio = QRadioButton(self.questions_group)
        self.spreading_group.addButton(self.spreading_yes_radio)
        self.spreading_yes_radio.setObjectName(u"spreading_yes_radio")

        self.spreading_choices_layout.addWidget(self.spreading_yes_radio)

        self.spreading_unsure_radio = QRadioButton(self.questions_group)
        self.spreading_group.addButton(self.spreading_unsure_radio)
        self.spreading_unsure_radio.setObjectName(u"spreading_unsure_radio")

        self.spreading_choices_layout.addWidget(self.spreading_unsure_radio)

        self.spreading_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.spreading_choices_layout.addItem(self.spreading_spacer)


        self.spreading_layout.addLayout(self.spreading_choices_layout)


        self.questions_layout.addLayout(self.spreading_layout)

        self.questions_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.questions_layout.addItem(self.questions_spacer)


        self.columns_layout.addWidget(self.questions_group)

        self.side_layout = QVBoxLayout()
        self.side_layout.setSpacing(10)
        self.side_layout.setObjectName(u"side_layout")
        self.proposal_group = QGroupBox(AssessmentDialog)
        self.proposal_group.setObjectName(u"proposal_group")
        self.proposal_layout = QVBoxLayout(self.proposal_group)
        self.proposal_layout.setSpacing(6)
        self.proposal_layout.setObjectName(u"proposal_layout")
        self.proposal_label = QLabel(self.proposal_group)
        self.proposal_label.setObjectName(u"proposal_label")
        self.proposal_label.setTextFormat(Qt.TextFormat.RichText)

        self.proposal_layout.addWidget(self.proposal_label)

        self.handled_by_label = QLabel(self.proposal_group)
        self.handled_by_label.setObjectName(u"handled_by_label")
        self.handled_by_label.setWordWrap(True)

        self.proposal_layout.addWidget(self.handled_by_label)

        self.reasons_label = QLabel(self.proposal_group)
        self.reasons_label.setObjectName(u"reasons_label")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.RichText)

        self.proposal_layout.addWidget(self.reasons_label)

        self.proposal_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.proposal_layout.addItem(self.proposal_spacer)


        self.side_layout.addWidget(self.proposal_group)

        self.levels_group = QGroupBox(AssessmentDialog)
        self.levels_group.setObjectName(u"levels_group")
        self.levels_layout = QVBoxLayout(self.levels_group)
        self.levels_layout.setObjectName(u"levels_layout")
        self.levels_label = QLabel(self.levels_group)
        self.levels_label.setObjectName(u"levels_label")
        self.levels_label.setTextFormat(Qt.TextFormat.RichText)

        self.levels_layout.addWidget(self.levels_label)


        self.side_layout.addWidget(self.levels_group)

        self.side_layout.setStretch(0, 1)

        self.columns_layout.addLayout(self.side_layout)

        self.columns_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.columns_layout)

        self.decision_layout = QFormLayout()
        self.decision_layout.setObjectName(u"decision_layout")
        self.decision_layout.setHorizontalSpacing(12)
        self.decision_layout.setVerticalSpacing(6)
        self.level_label = QLabel(AssessmentDialog)
        self.level_label.setObjectName(u"level_label")

        self.decision_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.level_label)

        self.level_row_layout = QHBoxLayout()
        self.level_row_layout.setSpacing(12)
        self.level_row_layout.setObjectName(u"level_row_layout")
        self.level_combo = QComboBox(AssessmentDialog)
        self.level_combo.setObjectName(u"level_combo")
        self.level_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.level_combo.setMinimumContentsLength(34)

        self.level_row_layout.addWidget(self.level_combo)

        self.current_label = QLabel(AssessmentDialog)
        self.current_label.setObjectName(u"current_label")

        self.level_row_layout.addWidget(self.current_label)

        self.level_row_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.level_row_layout.addItem(self.level_row_spacer)


        self.decision_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.level_row_layout)

        self.reason_label = QLabel(AssessmentDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.decision_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(AssessmentDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(1000)

        self.decision_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.level_hint_label = QLabel(AssessmentDialog)
        self.level_hint_label.setObjectName(u"level_hint_label")
        self.level_hint_label.setWordWrap(True)

        self.decision_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.level_hint_label)


        self.main_layout.addLayout(self.decision_layout)

        self.button_box = QDialogButtonBox(AssessmentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.level_label.setBuddy(self.level_combo)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssessmentDialog)
    # setupUi

    def retranslateUi(self, AssessmentDialog):
        AssessmentDialog.setWindowTitle(QCoreApplication.translate("AssessmentDialog", u"Assess the severity", None))
        self.exercise_label.setText(QCoreApplication.translate("AssessmentDialog", u"EXERCISE", None))
        self.intro_label.setText(QCoreApplication.translate("AssessmentDialog", u"Answer what you know now. Each \u201cNot sure\u201d raises the level by one until it is confirmed: when unsure between two levels, we take the higher one. Your answers only point to a level; you confirm it.", None))
        self.questions_group.setTitle(QCoreApplication.translate("AssessmentDialog", u"What do you know?", None))
        self.harm_label.setText(QCoreApplication.translate("AssessmentDialog", u"1. Is anyone hurt, or could someone get hurt?", None))
        self.harm_no_radio.setText(QCoreApplication.translate("AssessmentDialog", u"No", None))
        self.harm_yes_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Yes", None))
        self.harm_unsure_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Not sure", None))
        self.legal_label.setText(QCoreApplication.translate("AssessmentDialog", u"2. Is there legal action, or illegal conduct by staff?", None))
        self.legal_no_radio.setText(QCoreApplication.translate("AssessmentDialog", u"No", None))
        self.legal_yes_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Yes", None))
        self.legal_unsure_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Not sure", None))
        self.breach_label.setText(QCoreApplication.translate("AssessmentDialog", u"3. Has personal data leaked, or has one of our accounts been hacked?", None))
        self.breach_no_radio.setText(QCoreApplication.translate("AssessmentDialog", u"No", None))
        self.breach_yes_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Yes", None))
        self.breach_unsure_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Not sure", None))
        self.product_label.setText(QCoreApplication.translate("AssessmentDialog", u"4. Is a product or service affected?", None))
        self.product_no_radio.setText(QCoreApplication.translate("AssessmentDialog", u"No", None))
        self.product_down_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Down or unavailable", None))
        self.product_faulty_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Faulty, unsafe or recalled", None))
        self.product_unsure_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Not sure", None))
        self.mistake_label.setText(QCoreApplication.translate("AssessmentDialog", u"5. Did we publish something wrong (an error, a broken link, the wrong account)?", None))
        self.mistake_no_radio.setText(QCoreApplication.translate("AssessmentDialog", u"No", None))
        self.mistake_yes_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Yes", None))
        self.mistake_unsure_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Not sure", None))
        self.press_label.setText(QCoreApplication.translate("AssessmentDialog", u"6. How much press coverage is there?", None))
        self.press_none_radio.setText(QCoreApplication.translate("AssessmentDialog", u"None", None))
        self.press_local_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Local or trade", None))
        self.press_national_radio.setText(QCoreApplication.translate("AssessmentDialog", u"National or widespread", None))
        self.press_unsure_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Not sure", None))
        self.upset_label.setText(QCoreApplication.translate("AssessmentDialog", u"7. How many people are upset?", None))
        self.upset_few_radio.setText(QCoreApplication.translate("AssessmentDialog", u"A few", None))
        self.upset_dozens_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Dozens", None))
        self.upset_hundreds_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Hundreds or more", None))
        self.upset_unsure_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Not sure", None))
        self.spreading_label.setText(QCoreApplication.translate("AssessmentDialog", u"8. Is it spreading fast (shared widely, more complaints every hour)?", None))
        self.spreading_no_radio.setText(QCoreApplication.translate("AssessmentDialog", u"No", None))
        self.spreading_yes_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Yes", None))
        self.spreading_unsure_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Not sure", None))
        self.proposal_group.setTitle(QCoreApplication.translate("AssessmentDialog", u"Your answers point to", None))
        self.proposal_label.setText(QCoreApplication.translate("AssessmentDialog", u"Level 1 \u00b7 Routine", None))
        self.handled_by_label.setText(QCoreApplication.translate("AssessmentDialog", u"Handled by: customer support.", None))
        self.reasons_label.setText(QCoreApplication.translate("AssessmentDialog", u"Nothing answered yet.", None))
        self.levels_group.setTitle(QCoreApplication.translate("AssessmentDialog", u"The five levels, and who handles each", None))
        self.level_label.setText(QCoreApplication.translate("AssessmentDialog", u"Confirm &level:", None))
        self.current_label.setText(QCoreApplication.translate("AssessmentDialog", u"Now: not yet assessed", None))
        self.reason_label.setText(QCoreApplication.translate("AssessmentDialog", u"&Reason for the log:", None))
    # retranslateUi

