# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vault_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMainWindow, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_VaultWindow(object):
    def setupUi(self, VaultWindow):
        if not VaultWindow.objectName():
            VaultWindow.setObjectName(u"VaultWindow")
        VaultWindow.resize(1100, 640)
        self.central_widget = QWidget(VaultWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.main_layout = QVBoxLayout(self.central_widget)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(12, 12, 12, 8)
        self.search_layout = QHBoxLayout()
        self.search_layout.setSpacing(8)
        self.search_layout.setObjectName(u"search_layout")
        self.search_edit = QLineEdit(self.central_widget)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)

        self.add_button = QPushButton(self.central_widget)
        self.add_button.setObjectName(u"add_button")

        self.search_layout.addWidget(self.add_button)


        self.main_layout.addLayout(self.search_layout)

        self.rotation_label = QLabel(self.central_widget)
        self.rotation_label.setObjectName(u"rotation_label")
        self.rotation_label.setWordWrap(True)

        self.main_layout.addWidget(self.rotation_label)

        self.splitter = QSplitter(self.central_widget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.accounts_view = QTableView(self.splitter)
        self.accounts_view.setObjectName(u"accounts_view")
        self.splitter.addWidget(self.accounts_view)
        self.details_stack = QStackedWidget(self.splitter)
        self.details_stack.setObjectName(u"details_stack")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.empty_layout.addWidget(self.empty_label)

        self.details_stack.addWidget(self.empty_page)
        self.details_page = QWidget()
        self.details_page.setObjectName(u"details_page")
        self.details_layout = QVBoxLayout(self.details_page)
        self.details_layout.setSpacing(10)
        self.details_layout.setObjectName(u"details_layout")
        self.details_layout.setContentsMargins(12, 0, 0, 0)
        self.title_label = QLabel(self.details_page)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)

        self.details_layout.addWidget(self.title_label)

        self.status_label = QLabel(self.details_page)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.details_layout.addWidget(self.status_label)

        self.facts_form = QFormLayout()
        self.facts_form.setObjectName(u"facts_form")
        self.facts_form.setHorizontalSpacing(12)
        self.facts_form.setVerticalSpacing(6)
        self.login_caption = QLabel(self.details_page)
        self.login_caption.setObjectName(u"login_caption")

        self.facts_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.login_caption)

        self.login_value = QLabel(self.details_page)
        self.login_value.setObjectName(u"login_value")

        self.facts_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.login_value)

        self.url_caption = QLabel(self.details_page)
        self.url_caption.setObjectName(u"url_caption")

        self.facts_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.url_caption)

        self.url_value = QLabel(self.details_page)
        self.url_value.setObjectName(u"url_value")
        self.url_value.setOpenExternalLinks(True)

        self.facts_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.url_value)

        self.owners_caption = QLabel(self.details_page)
        self.owners_caption.setObjectName(u"owners_caption")

        self.facts_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.owners_caption)

        self.owners_value = QLabel(self.details_page)
        self.owners_value.setObjectName(u"owners_value")
        self.owners_value.setWordWrap(True)

        self.facts_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.owners_value)

        self.two_factor_caption = QLabel(self.details_page)
        self.two_factor_caption.setObjectName(u"two_factor_caption")

        self.facts_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.two_factor_caption)

        self.two_factor_value = QLabel(self.details_page)
        self.two_factor_value.setObjectName(u"two_factor_value")

        self.facts_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.two_factor_value)

        self.rotated_caption = QLabel(self.details_page)
        self.rotated_caption.setObjectName(u"rotated_caption")

        self.facts_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rotated_caption)

        self.rotated_value = QLabel(self.details_page)
        self.rotated_value.setObjectName(u"rotated_value")

        self.facts_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rotated_value)

        self.notes_caption = QLabel(self.details_page)
        self.notes_caption.setObjectName(u"notes_caption")

        self.facts_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notes_caption)

        self.notes_value = QLabel(self.details_page)
        self.notes_value.setObjectName(u"notes_value")
        self.notes_value.setWordWrap(True)

        self.facts_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes_value)


        self.details_layout.addLayout(self.facts_form)

        self.secrets_group = QGroupBox(self.details_page)
        self.secrets_group.setObjectName(u"secrets_group")
        self.secrets_layout = QGridLayout(self.secrets_group)
        self.secrets_layout.setObjectName(u"secrets_layout")
        self.secrets_layout.setHorizontalSpacing(8)
        self.secrets_layout.setVerticalSpacing(8)
        self.password_label = QLabel(self.secrets_group)
        self.password_label.setObjectName(u"password_label")

        self.secrets_layout.addWidget(self.password_label, 0, 0, 1, 1)

        self.password_view = QLineEdit(self.secrets_group)
        self.password_view.setObjectName(u"password_view")
        self.password_view.setReadOnly(True)
        self.password_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.secrets_layout.addWidget(self.password_view, 0, 1, 1, 1)

        self.password_reveal_button = QPushButton(self.secrets_group)
        self.password_reveal_button.setObjectName(u"password_reveal_button")
        self.password_reveal_button.setAutoDefault(False)

        self.secrets_layout.addWidget(self.password_reveal_button, 0, 2, 1, 1)

        self.password_copy_button = QPushButton(self.secrets_group)
        self.password_copy_button.setObjectName(u"password_copy_button")
        self.password_copy_button.setAutoDefault(False)

        self.secrets_layout.addWidget(self.password_copy_button, 0, 3, 1, 1)

        self.codes_label = QLabel(self.secrets_group)
        self.codes_label.setObjectName(u"codes_label")

        self.secrets_layout.addWidget(self.codes_label, 1, 0, 1, 1)

        self.codes_view = QLineEdit(self.secrets_group)
        self.codes_view.setObjectName(u"codes_view")
        self.codes_view.setReadOnly(True)
        self.codes_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.secrets_layout.addWidget(self.codes_view, 1, 1, 1, 1)

        self.codes_reveal_button = QPushButton(self.secrets_group)
        self.codes_reveal_button.setObjectName(u"codes_reveal_button")
        self.codes_reveal_button.setAutoDefault(False)

        self.secrets_layout.addWidget(self.codes_reveal_button, 1, 2, 1, 1)

        self.codes_copy_button = QPushButton(self.secrets_group)
        self.codes_copy_button.setObjectName(u"codes_copy_button")
        self.codes_copy_button.setAutoDefault(False)

        self.secrets_layout.addWidget(self.codes_copy_button, 1, 3, 1, 1)

        self.token_label = QLabel(self.secrets_group)
        self.token_label.setObjectName(u"token_label")

        self.secrets_layout.addWidget(self.token_label, 2, 0, 1, 1)

        self.token_view = QLineEdit(self.secrets_group)
        self.token_view.setObjectName(u"token_view")
        self.token_view.setReadOnly(True)
        self.token_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.secrets_layout.addWidget(self.token_view, 2, 1, 1, 1)

        self.token_reveal_button = QPushButton(self.secrets_group)
        self.token_reveal_button.setObjectName(u"token_reveal_button")
        self.token_reveal_button.setAutoDefault(False)

        self.secrets_layout.addWidget(self.token_reveal_button, 2, 2, 1, 1)

        self.token_copy_button = QPushButton(self.secrets_group)
        self.token_copy_button.setObjectName(u"token_copy_button")
        self.token_copy_button.setAutoDefault(False)

        self.secrets_layout.addWidget(self.token_copy_button, 2, 3, 1, 1)

        self.secrets_hint_label = QLabel(self.secrets_group)
        self.secrets_hint_label.setObjectName(u"secrets_hint_label")
        self.secrets_hint_label.setWordWrap(True)

        self.secrets_layout.addWidget(self.secrets_hint_label, 3, 0, 1, 4)


        self.details_layout.addWidget(self.secrets_group)

        self.account_actions_layout = QHBoxLayout()
        self.account_actions_layout.setSpacing(6)
        self.account_actions_layout.setObjectName(u"account_actions_layout")
        self.edit_button = QPushButton(self.details_page)
        self.edit_button.setObjectName(u"edit_button")
        self.edit_button.setAutoDefault(False)

        self.account_actions_layout.addWidget(self.edit_button)

        self.rotate_button = QPushButton(self.details_page)
        self.rotate_button.setObjectName(u"rotate_button")
        self.rotate_button.setAutoDefault(False)

        self.account_actions_layout.addWidget(self.rotate_button)

        self.compromised_button = QPushButton(self.details_page)
        self.compromised_button.setObjectName(u"compromised_button")
        self.compromised_button.setAutoDefault(False)

        self.account_actions_layout.addWidget(self.compromised_button)

        self.actions_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.account_actions_layout.addItem(self.actions_spacer)

        self.remove_button = QPushButton(self.details_page)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setAutoDefault(False)

        self.account_actions_layout.addWidget(self.remove_button)


        self.details_layout.addLayout(self.account_actions_layout)

        self.details_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.details_layout.addItem(self.details_spacer)

        self.details_stack.addWidget(self.details_page)
        self.splitter.addWidget(self.details_stack)

        self.main_layout.addWidget(self.splitter)

        self.footer_layout = QHBoxLayout()
        self.footer_layout.setSpacing(8)
        self.footer_layout.setObjectName(u"footer_layout")
        self.rotation_days_label = QLabel(self.central_widget)
        self.rotation_days_label.setObjectName(u"rotation_days_label")

        self.footer_layout.addWidget(self.rotation_days_label)

        self.rotation_days_spin = QSpinBox(self.central_widget)
        self.rotation_days_spin.setObjectName(u"rotation_days_spin")
        self.rotation_days_spin.setMinimum(1)
        self.rotation_days_spin.setMaximum(3650)
        self.rotation_days_spin.setValue(90)

        self.footer_layout.addWidget(self.rotation_days_spin)

        self.footer_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer_layout.addItem(self.footer_spacer)

        self.import_button = QPushButton(self.central_widget)
        self.import_button.setObjectName(u"import_button")
        self.import_button.setAutoDefault(False)

        self.footer_layout.addWidget(self.import_button)

        self.export_button = QPushButton(self.central_widget)
        self.export_button.setObjectName(u"export_button")
        self.export_button.setAutoDefault(False)

        self.footer_layout.addWidget(self.export_button)


        self.main_layout.addLayout(self.footer_layout)

        VaultWindow.setCentralWidget(self.central_widget)
#if QT_CONFIG(shortcut)
        self.password_label.setBuddy(self.password_view)
        self.codes_label.setBuddy(self.codes_view)
        self.token_label.setBuddy(self.token_view)
        self.rotation_days_label.setBuddy(self.rotation_days_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VaultWindow)
    # setupUi

    def retranslateUi(self, VaultWindow):
        VaultWindow.setWindowTitle(QCoreApplication.translate("VaultWindow", u"Shared accounts", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("VaultWindow", u"Search platform, handle, e-mail, owners, notes", None))
        self.add_button.setText(QCoreApplication.translate("VaultWindow", u"&Add account\u2026", None))
        self.rotation_label.setText("")
        self.empty_label.setText(QCoreApplication.translate("VaultWindow", u"Select an account to see who looks after it and to reveal or copy its password.", None))
        self.title_label.setText("")
        self.status_label.setText("")
        self.login_caption.setText(QCoreApplication.translate("VaultWindow", u"Login e-mail:", None))
        self.login_value.setText("")
        self.url_caption.setText(QCoreApplication.translate("VaultWindow", u"Login page:", None))
        self.url_value.setText("")
        self.owners_caption.setText(QCoreApplication.translate("VaultWindow", u"Owners:", None))
        self.owners_value.setText("")
        self.two_factor_caption.setText(QCoreApplication.translate("VaultWindow", u"Two-factor:", None))
        self.two_factor_value.setText("")
        self.rotated_caption.setText(QCoreApplication.translate("VaultWindow", u"Password changed:", None))
        self.rotated_value.setText("")
        self.notes_caption.setText(QCoreApplication.translate("VaultWindow", u"Notes:", None))
        self.notes_value.setText("")
        self.secrets_group.setTitle(QCoreApplication.translate("VaultWindow", u"Secrets (in the keychain)", None))
        self.password_label.setText(QCoreApplication.translate("VaultWindow", u"Password:", None))
        self.password_view.setPlaceholderText(QCoreApplication.translate("VaultWindow", u"\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022", None))
        self.password_reveal_button.setText(QCoreApplication.translate("VaultWindow", u"Reveal", None))
        self.password_copy_button.setText(QCoreApplication.translate("VaultWindow", u"Copy", None))
        self.codes_label.setText(QCoreApplication.translate("VaultWindow", u"Recovery codes:", None))
        self.codes_view.setPlaceholderText(QCoreApplication.translate("VaultWindow", u"\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022", None))
        self.codes_reveal_button.setText(QCoreApplication.translate("VaultWindow", u"Reveal", None))
        self.codes_copy_button.setText(QCoreApplication.translate("VaultWindow", u"Copy", None))
        self.token_label.setText(QCoreApplication.translate("VaultWindow", u"API token:", None))
        self.token_view.setPlaceholderText(QCoreApplication.translate("VaultWindow", u"\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022", None))
        self.token_reveal_button.setText(QCoreApplication.translate("VaultWindow", u"Reveal", None))
        self.token_copy_button.setText(QCoreApplication.translate("VaultWindow", u"Copy", None))
        self.secrets_hint_label.setText("")
        self.edit_button.setText(QCoreApplication.translate("VaultWindow", u"&Edit\u2026", None))
        self.rotate_button.setText(QCoreApplication.translate("VaultWindow", u"&Rotate password\u2026", None))
        self.compromised_button.setText(QCoreApplication.translate("VaultWindow", u"&Compromised\u2026", None))
        self.remove_button.setText(QCoreApplication.translate("VaultWindow", u"Remo&ve\u2026", None))
        self.rotation_days_label.setText(QCoreApplication.translate("VaultWindow", u"Flag passwords older than", None))
        self.rotation_days_spin.setSuffix(QCoreApplication.translate("VaultWindow", u" days", None))
        self.import_button.setText(QCoreApplication.translate("VaultWindow", u"&Import handover\u2026", None))
        self.export_button.setText(QCoreApplication.translate("VaultWindow", u"Hand &over\u2026", None))
    # retranslateUi

