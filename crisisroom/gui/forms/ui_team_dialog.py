# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TeamDialog(object):
    def setupUi(self, TeamDialog):
        if not TeamDialog.objectName():
            TeamDialog.setObjectName(u"TeamDialog")
        TeamDialog.resize(1060, 560)
        self.main_layout = QVBoxLayout(TeamDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(18, 18, 18, 18)
        self.intro_label = QLabel(TeamDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.example_label = QLabel(TeamDialog)
        self.example_label.setObjectName(u"example_label")
        self.example_label.setWordWrap(True)
        self.example_label.setMargin(8)

        self.main_layout.addWidget(self.example_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.level_label = QLabel(TeamDialog)
        self.level_label.setObjectName(u"level_label")

        self.filter_layout.addWidget(self.level_label)

        self.level_combo = QComboBox(TeamDialog)
        self.level_combo.setObjectName(u"level_combo")
        self.level_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.level_combo)

        self.level_hint_label = QLabel(TeamDialog)
        self.level_hint_label.setObjectName(u"level_hint_label")
        self.level_hint_label.setWordWrap(False)

        self.filter_layout.addWidget(self.level_hint_label)

        self.filter_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)


        self.main_layout.addLayout(self.filter_layout)

        self.people_table = QTableWidget(TeamDialog)
        self.people_table.setObjectName(u"people_table")
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.setAlternatingRowColors(True)
        self.people_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.setWordWrap(False)

        self.main_layout.addWidget(self.people_table)

        self.status_label = QLabel(TeamDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_button = QPushButton(TeamDialog)
        self.add_button.setObjectName(u"add_button")

        self.buttons_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(TeamDialog)
        self.edit_button.setObjectName(u"edit_button")

        self.buttons_layout.addWidget(self.edit_button)

        self.remove_button = QPushButton(TeamDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons_layout.addWidget(self.remove_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.import_button = QPushButton(TeamDialog)
        self.import_button.setObjectName(u"import_button")

        self.buttons_layout.addWidget(self.import_button)

        self.export_button = QPushButton(TeamDialog)
        self.export_button.setObjectName(u"export_button")

        self.buttons_layout.addWidget(self.export_button)

        self.example_button = QPushButton(TeamDialog)
        self.example_button.setObjectName(u"example_button")

        self.buttons_layout.addWidget(self.example_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.button_box = QDialogButtonBox(TeamDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.level_label.setBuddy(self.level_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TeamDialog)
    # setupUi

    def retranslateUi(self, TeamDialog):
        TeamDialog.setWindowTitle(QCoreApplication.translate("TeamDialog", u"Team and chain of command", None))
        self.intro_label.setText(QCoreApplication.translate("TeamDialog", u"The people Crisis Room calls on, and at which severity levels. The chain of command for a level lists everyone called at it, crisis lead first; when someone cannot be reached, try their backup.", None))
        self.example_label.setText(QCoreApplication.translate("TeamDialog", u"These are made-up example people. Replace them with your own team: import a spreadsheet (CSV) or an address book (vCard), or edit each person.", None))
        self.level_label.setText(QCoreApplication.translate("TeamDialog", u"&Show:", None))
        self.add_button.setText(QCoreApplication.translate("TeamDialog", u"&Add person\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("TeamDialog", u"&Edit\u2026", None))
        self.remove_button.setText(QCoreApplication.translate("TeamDialog", u"&Remove\u2026", None))
        self.import_button.setText(QCoreApplication.translate("TeamDialog", u"&Import\u2026", None))
        self.export_button.setText(QCoreApplication.translate("TeamDialog", u"Ex&port\u2026", None))
        self.example_button.setText(QCoreApplication.translate("TeamDialog", u"Replace with e&xample team\u2026", None))
    # retranslateUi

