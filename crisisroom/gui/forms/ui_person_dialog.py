# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(600, 560)
        self.main_layout = QVBoxLayout(PersonDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(18, 18, 18, 18)
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.name_label = QLabel(PersonDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(PersonDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(120)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.phone_label = QLabel(PersonDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(PersonDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(40)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.email_label = QLabel(PersonDialog)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(PersonDialog)
        self.email_edit.setObjectName(u"email_edit")
        self.email_edit.setMaxLength(254)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.roles_label = QLabel(PersonDialog)
        self.roles_label.setObjectName(u"roles_label")
        self.roles_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roles_label)

        self.roles_list = QListWidget(PersonDialog)
        self.roles_list.setObjectName(u"roles_list")
        self.roles_list.setAlternatingRowColors(False)
        self.roles_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roles_list)

        self.levels_label = QLabel(PersonDialog)
        self.levels_label.setObjectName(u"levels_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.levels_label)

        self.levels_layout = QGridLayout()
        self.levels_layout.setObjectName(u"levels_layout")
        self.levels_layout.setHorizontalSpacing(16)
        self.levels_layout.setVerticalSpacing(4)
        self.level_1_check = QCheckBox(PersonDialog)
        self.level_1_check.setObjectName(u"level_1_check")

        self.levels_layout.addWidget(self.level_1_check, 0, 0, 1, 1)

        self.level_2_check = QCheckBox(PersonDialog)
        self.level_2_check.setObjectName(u"level_2_check")

        self.levels_layout.addWidget(self.level_2_check, 0, 1, 1, 1)

        self.level_3_check = QCheckBox(PersonDialog)
        self.level_3_check.setObjectName(u"level_3_check")

        self.levels_layout.addWidget(self.level_3_check, 0, 2, 1, 1)

        self.level_4_check = QCheckBox(PersonDialog)
        self.level_4_check.setObjectName(u"level_4_check")

        self.levels_layout.addWidget(self.level_4_check, 1, 0, 1, 1)

        self.level_5_check = QCheckBox(PersonDialog)
        self.level_5_check.setObjectName(u"level_5_check")

        self.levels_layout.addWidget(self.level_5_check, 1, 1, 1, 1)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.levels_layout)

        self.levels_hint_label = QLabel(PersonDialog)
        self.levels_hint_label.setObjectName(u"levels_hint_label")
        self.levels_hint_label.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.levels_hint_label)

        self.backup_label = QLabel(PersonDialog)
        self.backup_label.setObjectName(u"backup_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.backup_label)

        self.backup_combo = QComboBox(PersonDialog)
        self.backup_combo.setObjectName(u"backup_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.backup_combo)

        self.notes_label = QLabel(PersonDialog)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(PersonDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaximumSize(QSize(16777215, 70))
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(PersonDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PersonDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.roles_label.setBuddy(self.roles_list)
        self.backup_label.setBuddy(self.backup_combo)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.roles_list)
        QWidget.setTabOrder(self.roles_list, self.level_1_check)
        QWidget.setTabOrder(self.level_1_check, self.level_2_check)
        QWidget.setTabOrder(self.level_2_check, self.level_3_check)
        QWidget.setTabOrder(self.level_3_check, self.level_4_check)
        QWidget.setTabOrder(self.level_4_check, self.level_5_check)
        QWidget.setTabOrder(self.level_5_check, self.backup_combo)
        QWidget.setTabOrder(self.backup_combo, self.notes_edit)

        self.retranslateUi(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.name_label.setText(QCoreApplication.translate("PersonDialog", u"&Name:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"as the team knows them", None))
        self.phone_label.setText(QCoreApplication.translate("PersonDialog", u"&Phone:", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"the number to call in a crisis, e.g. +44 20 7946 0000", None))
        self.email_label.setText(QCoreApplication.translate("PersonDialog", u"&E-mail:", None))
        self.email_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"name@example.org", None))
        self.roles_label.setText(QCoreApplication.translate("PersonDialog", u"&Roles:", None))
        self.levels_label.setText(QCoreApplication.translate("PersonDialog", u"Called at levels:", None))
        self.level_1_check.setText(QCoreApplication.translate("PersonDialog", u"&1", None))
        self.level_2_check.setText(QCoreApplication.translate("PersonDialog", u"&2", None))
        self.level_3_check.setText(QCoreApplication.translate("PersonDialog", u"&3", None))
        self.level_4_check.setText(QCoreApplication.translate("PersonDialog", u"&4", None))
        self.level_5_check.setText(QCoreApplication.translate("PersonDialog", u"&5", None))
        self.backup_label.setText(QCoreApplication.translate("PersonDialog", u"&Backup:", None))
        self.notes_label.setText(QCoreApplication.translate("PersonDialog", u"N&otes:", None))
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"hours, time zone, \"call, don't text\"\u2026", None))
    # retranslateUi

