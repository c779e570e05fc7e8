# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ChecklistDialog(object):
    def setupUi(self, ChecklistDialog):
        if not ChecklistDialog.objectName():
            ChecklistDialog.setObjectName(u"ChecklistDialog")
        ChecklistDialog.resize(680, 560)
        self.main_layout = QVBoxLayout(ChecklistDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(18, 18, 18, 18)
        self.heading_label = QLabel(ChecklistDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)

        self.main_layout.addWidget(self.heading_label)

        self.explain_label = QLabel(ChecklistDialog)
        self.explain_label.setObjectName(u"explain_label")
        self.explain_label.setWordWrap(True)

        self.main_layout.addWidget(self.explain_label)

        self.steps_widget = QWidget(ChecklistDialog)
        self.steps_widget.setObjectName(u"steps_widget")
        self.steps_layout = QGridLayout(self.steps_widget)
        self.steps_layout.setObjectName(u"steps_layout")
        self.steps_layout.setHorizontalSpacing(12)
        self.steps_layout.setVerticalSpacing(14)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)

        self.main_layout.addWidget(self.steps_widget)

        self.bottom_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.footer_layout = QHBoxLayout()
        self.footer_layout.setObjectName(u"footer_layout")
        self.progress_label = QLabel(ChecklistDialog)
        self.progress_label.setObjectName(u"progress_label")

        self.footer_layout.addWidget(self.progress_label)

        self.button_box = QDialogButtonBox(ChecklistDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.footer_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.footer_layout)


        self.retranslateUi(ChecklistDialog)
    # setupUi

    def retranslateUi(self, ChecklistDialog):
        ChecklistDialog.setWindowTitle(QCoreApplication.translate("ChecklistDialog", u"Compromised account", None))
        self.heading_label.setText("")
        self.explain_label.setText(QCoreApplication.translate("ChecklistDialog", u"Work through every step, on the platform first, then tick it here. Each tick is recorded in the audit trail, and in the crisis log of the open incident. New secrets go straight into the keychain.", None))
        self.progress_label.setText("")
    # retranslateUi

