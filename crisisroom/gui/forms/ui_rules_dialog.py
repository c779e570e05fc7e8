# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rules_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RulesDialog(object):
    def setupUi(self, RulesDialog):
        if not RulesDialog.objectName():
            RulesDialog.setObjectName(u"RulesDialog")
        RulesDialog.resize(1040, 420)
        self.main_layout = QVBoxLayout(RulesDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(18, 18, 18, 18)
        self.intro_label = QLabel(RulesDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.rules_table = QTableWidget(RulesDialog)
        self.rules_table.setObjectName(u"rules_table")
        self.rules_table.setAlternatingRowColors(True)
        self.rules_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.main_layout.addWidget(self.rules_table)

        self.error_label = QLabel(RulesDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_button = QPushButton(RulesDialog)
        self.add_button.setObjectName(u"add_button")

        self.buttons_layout.addWidget(self.add_button)

        self.remove_button = QPushButton(RulesDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons_layout.addWidget(self.remove_button)

        self.defaults_button = QPushButton(RulesDialog)
        self.defaults_button.setObjectName(u"defaults_button")

        self.buttons_layout.addWidget(self.defaults_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(RulesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)


        self.retranslateUi(RulesDialog)
    # setupUi

    def retranslateUi(self, RulesDialog):
        RulesDialog.setWindowTitle(QCoreApplication.translate("RulesDialog", u"Escalation rules", None))
        self.intro_label.setText(QCoreApplication.translate("RulesDialog", u"An hour breaches a rule when its negative mentions exceed the threshold. A rule fires once per run of breaching hours; a quiet hour re-arms it. A sliding window counts the negative mentions of the last N minutes instead of clock hours.", None))
        self.add_button.setText(QCoreApplication.translate("RulesDialog", u"&Add rule", None))
        self.remove_button.setText(QCoreApplication.translate("RulesDialog", u"&Remove rule", None))
        self.defaults_button.setText(QCoreApplication.translate("RulesDialog", u"Restore &defaults", None))
    # retranslateUi

