# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'secret_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from crisisroom.gui.widgets.secret_edit import SecretEdit

class Ui_SecretDialog(object):
    def setupUi(self, SecretDialog):
        if not SecretDialog.objectName():
            SecretDialog.setObjectName(u"SecretDialog")
        SecretDialog.resize(460, 200)
        self.main_layout = QVBoxLayout(SecretDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(18, 18, 18, 18)
        self.explain_label = QLabel(SecretDialog)
        self.explain_label.setObjectName(u"explain_label")
        self.explain_label.setWordWrap(True)

        self.main_layout.addWidget(self.explain_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.secret_label = QLabel(SecretDialog)
        self.secret_label.setObjectName(u"secret_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.secret_label)

        self.secret_edit = SecretEdit(SecretDialog)
        self.secret_edit.setObjectName(u"secret_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.secret_edit)

        self.repeat_label = QLabel(SecretDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = SecretEdit(SecretDialog)
        self.repeat_edit.setObjectName(u"repeat_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeat_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(SecretDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(SecretDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.secret_label.setBuddy(self.secret_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SecretDialog)
    # setupUi

    def retranslateUi(self, SecretDialog):
        SecretDialog.setWindowTitle(QCoreApplication.translate("SecretDialog", u"Rotate the password", None))
        self.explain_label.setText("")
        self.secret_label.setText(QCoreApplication.translate("SecretDialog", u"&New password:", None))
        self.repeat_label.setText(QCoreApplication.translate("SecretDialog", u"&Repeat:", None))
        self.error_label.setText("")
    # retranslateUi

