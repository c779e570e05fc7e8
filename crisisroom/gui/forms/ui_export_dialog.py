# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

from crisisroom.gui.widgets.secret_edit import SecretEdit

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(520, 460)
        self.main_layout = QVBoxLayout(ExportDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(18, 18, 18, 18)
        self.explain_label = QLabel(ExportDialog)
        self.explain_label.setObjectName(u"explain_label")
        self.explain_label.setWordWrap(True)

        self.main_layout.addWidget(self.explain_label)

        self.accounts_label = QLabel(ExportDialog)
        self.accounts_label.setObjectName(u"accounts_label")

        self.main_layout.addWidget(self.accounts_label)

        self.accounts_list = QListWidget(ExportDialog)
        self.accounts_list.setObjectName(u"accounts_list")

        self.main_layout.addWidget(self.accounts_list)

        self.all_check = QCheckBox(ExportDialog)
        self.all_check.setObjectName(u"all_check")

        self.main_layout.addWidget(self.all_check)

        self.passphrase_form = QFormLayout()
        self.passphrase_form.setObjectName(u"passphrase_form")
        self.passphrase_form.setHorizontalSpacing(12)
        self.passphrase_form.setVerticalSpacing(8)
        self.passphrase_label = QLabel(ExportDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.passphrase_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = SecretEdit(ExportDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")

        self.passphrase_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.repeat_label = QLabel(ExportDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.passphrase_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = SecretEdit(ExportDialog)
        self.repeat_edit.setObjectName(u"repeat_edit")

        self.passphrase_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeat_edit)


        self.main_layout.addLayout(self.passphrase_form)

        self.hint_label = QLabel(ExportDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.error_label = QLabel(ExportDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ExportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.accounts_label.setBuddy(self.accounts_list)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Hand accounts over", None))
        self.explain_label.setText(QCoreApplication.translate("ExportDialog", u"Writes the chosen accounts, passwords included, to one file encrypted with a passphrase. Carry the file to the other laptop and import it there; tell the passphrase separately (read it out, never in the same e-mail or chat).", None))
        self.accounts_label.setText(QCoreApplication.translate("ExportDialog", u"&Accounts to hand over:", None))
        self.all_check.setText(QCoreApplication.translate("ExportDialog", u"All accounts", None))
        self.passphrase_label.setText(QCoreApplication.translate("ExportDialog", u"&Passphrase:", None))
        self.repeat_label.setText(QCoreApplication.translate("ExportDialog", u"&Repeat:", None))
        self.hint_label.setText("")
        self.error_label.setText("")
    # retranslateUi

