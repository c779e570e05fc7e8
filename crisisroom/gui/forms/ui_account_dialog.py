# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from crisisroom.gui.widgets.secret_edit import SecretEdit

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.resize(560, 600)
        self.main_layout = QVBoxLayout(AccountDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(18, 18, 18, 18)
        self.intro_label = QLabel(AccountDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.details_form = QFormLayout()
        self.details_form.setObjectName(u"details_form")
        self.details_form.setHorizontalSpacing(12)
        self.details_form.setVerticalSpacing(8)
        self.platform_label = QLabel(AccountDialog)
        self.platform_label.setObjectName(u"platform_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.platform_label)

        self.platform_combo = QComboBox(AccountDialog)
        self.platform_combo.setObjectName(u"platform_combo")
        self.platform_combo.setEditable(True)

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.platform_combo)

        self.handle_label = QLabel(AccountDialog)
        self.handle_label.setObjectName(u"handle_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.handle_label)

        self.handle_edit = QLineEdit(AccountDialog)
        self.handle_edit.setObjectName(u"handle_edit")
        self.handle_edit.setMaxLength(200)

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.handle_edit)

        self.login_label = QLabel(AccountDialog)
        self.login_label.setObjectName(u"login_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.login_label)

        self.login_edit = QLineEdit(AccountDialog)
        self.login_edit.setObjectName(u"login_edit")
        self.login_edit.setMaxLength(254)

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.login_edit)

        self.url_label = QLabel(AccountDialog)
        self.url_label.setObjectName(u"url_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.url_label)

        self.url_edit = QLineEdit(AccountDialog)
        self.url_edit.setObjectName(u"url_edit")
        self.url_edit.setMaxLength(2000)

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.url_edit)

        self.owners_label = QLabel(AccountDialog)
        self.owners_label.setObjectName(u"owners_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.owners_label)

        self.owners_edit = QLineEdit(AccountDialog)
        self.owners_edit.setObjectName(u"owners_edit")
        self.owners_edit.setMaxLength(500)

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.owners_edit)

        self.two_factor_label = QLabel(AccountDialog)
        self.two_factor_label.setObjectName(u"two_factor_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.two_factor_label)

        self.two_factor_combo = QComboBox(AccountDialog)
        self.two_factor_combo.setObjectName(u"two_factor_combo")

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.two_factor_combo)

        self.notes_label = QLabel(AccountDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(AccountDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 72))

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.details_form)

        self.secrets_group = QGroupBox(AccountDialog)
        self.secrets_group.setObjectName(u"secrets_group")
        self.secrets_form = QFormLayout(self.secrets_group)
        self.secrets_form.setObjectName(u"secrets_form")
        self.secrets_form.setHorizontalSpacing(12)
        self.secrets_form.setVerticalSpacing(8)
        self.password_label = QLabel(self.secrets_group)
        self.password_label.setObjectName(u"password_label")

        self.secrets_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = SecretEdit(self.secrets_group)
        self.password_edit.setObjectName(u"password_edit")

        self.secrets_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.repeat_label = QLabel(self.secrets_group)
        self.repeat_label.setObjectName(u"repeat_label")

        self.secrets_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = SecretEdit(self.secrets_group)
        self.repeat_edit.setObjectName(u"repeat_edit")

        self.secrets_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeat_edit)

        self.codes_label = QLabel(self.secrets_group)
        self.codes_label.setObjectName(u"codes_label")

        self.secrets_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.codes_label)

        self.codes_edit = SecretEdit(self.secrets_group)
        self.codes_edit.setObjectName(u"codes_edit")

        self.secrets_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.codes_edit)

        self.token_label = QLabel(self.secrets_group)
        self.token_label.setObjectName(u"token_label")

        self.secrets_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.token_label)

        self.token_edit = SecretEdit(self.secrets_group)
        self.token_edit.setObjectName(u"token_edit")

        self.secrets_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.token_edit)

        self.rotated_label = QLabel(self.secrets_group)
        self.rotated_label.setObjectName(u"rotated_label")

        self.secrets_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rotated_label)

        self.rotated_edit = QDateEdit(self.secrets_group)
        self.rotated_edit.setObjectName(u"rotated_edit")
        self.rotated_edit.setCalendarPopup(True)

        self.secrets_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rotated_edit)

        self.secrets_hint_label = QLabel(self.secrets_group)
        self.secrets_hint_label.setObjectName(u"secrets_hint_label")
        self.secrets_hint_label.setWordWrap(True)

        self.secrets_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.secrets_hint_label)


        self.main_layout.addWidget(self.secrets_group)

        self.error_label = QLabel(AccountDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(AccountDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.platform_label.setBuddy(self.platform_combo)
        self.handle_label.setBuddy(self.handle_edit)
        self.login_label.setBuddy(self.login_edit)
        self.url_label.setBuddy(self.url_edit)
        self.owners_label.setBuddy(self.owners_edit)
        self.two_factor_label.setBuddy(self.two_factor_combo)
        self.notes_label.setBuddy(self.notes_edit)
        self.password_label.setBuddy(self.password_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
        self.codes_label.setBuddy(self.codes_edit)
        self.token_label.setBuddy(self.token_edit)
        self.rotated_label.setBuddy(self.rotated_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"Add a shared account", None))
        self.intro_label.setText(QCoreApplication.translate("AccountDialog", u"Who can log in where. Details are kept in Crisis Room's database; the secrets only in this computer's keychain.", None))
        self.platform_label.setText(QCoreApplication.translate("AccountDialog", u"&Platform:", None))
        self.handle_label.setText(QCoreApplication.translate("AccountDialog", u"&Handle:", None))
        self.handle_edit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"@yourbrand", None))
        self.login_label.setText(QCoreApplication.translate("AccountDialog", u"Login &e-mail:", None))
        self.login_edit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"social@yourbrand.example", None))
        self.url_label.setText(QCoreApplication.translate("AccountDialog", u"Login &page:", None))
        self.url_edit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"https://", None))
        self.owners_label.setText(QCoreApplication.translate("AccountDialog", u"&Owners:", None))
        self.owners_edit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"Who looks after it: names or team", None))
        self.two_factor_label.setText(QCoreApplication.translate("AccountDialog", u"&Two-factor:", None))
        self.notes_label.setText(QCoreApplication.translate("AccountDialog", u"&Notes:", None))
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"Anything the next person needs to know. Never a password.", None))
        self.secrets_group.setTitle(QCoreApplication.translate("AccountDialog", u"Secrets", None))
        self.password_label.setText(QCoreApplication.translate("AccountDialog", u"Pass&word:", None))
        self.repeat_label.setText(QCoreApplication.translate("AccountDialog", u"&Repeat:", None))
        self.codes_label.setText(QCoreApplication.translate("AccountDialog", u"Re&covery codes:", None))
        self.codes_edit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"Separated by spaces", None))
        self.token_label.setText(QCoreApplication.translate("AccountDialog", u"API to&ken:", None))
        self.rotated_label.setText(QCoreApplication.translate("AccountDialog", u"Password &set on:", None))
        self.rotated_edit.setDisplayFormat(QCoreApplication.translate("AccountDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(tooltip)
        self.rotated_edit.setToolTip(QCoreApplication.translate("AccountDialog", u"When this password was really last changed, so the rotation warning is right", None))
#endif // QT_CONFIG(tooltip)
        self.secrets_hint_label.setText("")
        self.error_label.setText("")
    # retranslateUi

