# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mention_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_MentionDialog(object):
    def setupUi(self, MentionDialog):
        if not MentionDialog.objectName():
            MentionDialog.setObjectName(u"MentionDialog")
        MentionDialog.resize(560, 420)
        self.main_layout = QVBoxLayout(MentionDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(18, 18, 18, 18)
        self.intro_label = QLabel(MentionDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.text_label = QLabel(MentionDialog)
        self.text_label.setObjectName(u"text_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_edit = QPlainTextEdit(MentionDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.text_edit)

        self.url_label = QLabel(MentionDialog)
        self.url_label.setObjectName(u"url_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.url_label)

        self.url_edit = QLineEdit(MentionDialog)
        self.url_edit.setObjectName(u"url_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.url_edit)

        self.platform_label = QLabel(MentionDialog)
        self.platform_label.setObjectName(u"platform_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.platform_label)

        self.platform_combo = QComboBox(MentionDialog)
        self.platform_combo.setObjectName(u"platform_combo")
        self.platform_combo.setEditable(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.platform_combo)

        self.author_label = QLabel(MentionDialog)
        self.author_label.setObjectName(u"author_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.author_label)

        self.author_edit = QLineEdit(MentionDialog)
        self.author_edit.setObjectName(u"author_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.author_edit)

        self.posted_label = QLabel(MentionDialog)
        self.posted_label.setObjectName(u"posted_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.posted_label)

        self.posted_edit = QDateTimeEdit(MentionDialog)
        self.posted_edit.setObjectName(u"posted_edit")
        self.posted_edit.setCalendarPopup(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.posted_edit)

        self.sentiment_label = QLabel(MentionDialog)
        self.sentiment_label.setObjectName(u"sentiment_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sentiment_label)

        self.sentiment_combo = QComboBox(MentionDialog)
        self.sentiment_combo.setObjectName(u"sentiment_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sentiment_combo)


        self.main_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(MentionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.text_label.setBuddy(self.text_edit)
        self.url_label.setBuddy(self.url_edit)
        self.platform_label.setBuddy(self.platform_combo)
        self.author_label.setBuddy(self.author_edit)
        self.posted_label.setBuddy(self.posted_edit)
        self.sentiment_label.setBuddy(self.sentiment_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MentionDialog)
    # setupUi

    def retranslateUi(self, MentionDialog):
        MentionDialog.setWindowTitle(QCoreApplication.translate("MentionDialog", u"Add a mention", None))
        self.intro_label.setText(QCoreApplication.translate("MentionDialog", u"For a post you saw yourself, when there is no export to import. Paste its text and its link.", None))
        self.text_label.setText(QCoreApplication.translate("MentionDialog", u"&Text:", None))
        self.url_label.setText(QCoreApplication.translate("MentionDialog", u"&Link:", None))
        self.url_edit.setPlaceholderText(QCoreApplication.translate("MentionDialog", u"https://\u2026", None))
        self.platform_label.setText(QCoreApplication.translate("MentionDialog", u"&Platform:", None))
        self.author_label.setText(QCoreApplication.translate("MentionDialog", u"Posted &by:", None))
        self.author_edit.setPlaceholderText(QCoreApplication.translate("MentionDialog", u"the account's name or handle", None))
        self.posted_label.setText(QCoreApplication.translate("MentionDialog", u"Posted &at:", None))
        self.posted_edit.setDisplayFormat(QCoreApplication.translate("MentionDialog", u"yyyy-MM-dd HH:mm", None))
        self.sentiment_label.setText(QCoreApplication.translate("MentionDialog", u"&Sentiment:", None))
    # retranslateUi

