# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_IncidentDialog(object):
    def setupUi(self, IncidentDialog):
        if not IncidentDialog.objectName():
            IncidentDialog.setObjectName(u"IncidentDialog")
        IncidentDialog.resize(520, 380)
        self.main_layout = QVBoxLayout(IncidentDialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(18, 18, 18, 18)
        self.intro_label = QLabel(IncidentDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(10)
        self.title_label = QLabel(IncidentDialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(IncidentDialog)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setMaxLength(200)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.category_label = QLabel(IncidentDialog)
        self.category_label.setObjectName(u"category_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(IncidentDialog)
        self.category_combo.setObjectName(u"category_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.level_label = QLabel(IncidentDialog)
        self.level_label.setObjectName(u"level_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.level_label)

        self.level_combo = QComboBox(IncidentDialog)
        self.level_combo.setObjectName(u"level_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.level_combo)

        self.level_hint_label = QLabel(IncidentDialog)
        self.level_hint_label.setObjectName(u"level_hint_label")
        self.level_hint_label.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.level_hint_label)

        self.detected_check = QCheckBox(IncidentDialog)
        self.detected_check.setObjectName(u"detected_check")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.detected_check)

        self.detected_edit = QDateTimeEdit(IncidentDialog)
        self.detected_edit.setObjectName(u"detected_edit")
        self.detected_edit.setEnabled(False)
        self.detected_edit.setCalendarPopup(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.detected_edit)

        self.timezone_label = QLabel(IncidentDialog)
        self.timezone_label.setObjectName(u"timezone_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.timezone_label)

        self.timezone_combo = QComboBox(IncidentDialog)
        self.timezone_combo.setObjectName(u"timezone_combo")
        self.timezone_combo.setEditable(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.timezone_combo)

        self.drill_check = QCheckBox(IncidentDialog)
        self.drill_check.setObjectName(u"drill_check")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.drill_check)


        self.main_layout.addLayout(self.form_layout)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(IncidentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.category_label.setBuddy(self.category_combo)
        self.level_label.setBuddy(self.level_combo)
        self.timezone_label.setBuddy(self.timezone_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title_edit, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.level_combo)
        QWidget.setTabOrder(self.level_combo, self.detected_check)
        QWidget.setTabOrder(self.detected_check, self.detected_edit)
        QWidget.setTabOrder(self.detected_edit, self.timezone_combo)
        QWidget.setTabOrder(self.timezone_combo, self.drill_check)

        self.retranslateUi(IncidentDialog)
    # setupUi

    def retranslateUi(self, IncidentDialog):
        IncidentDialog.setWindowTitle(QCoreApplication.translate("IncidentDialog", u"New incident", None))
        self.intro_label.setText(QCoreApplication.translate("IncidentDialog", u"Give the incident a short title everyone will recognise. You can set or change the severity later.", None))
        self.title_label.setText(QCoreApplication.translate("IncidentDialog", u"&Title:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"e.g. Complaints about delayed refunds going viral", None))
        self.category_label.setText(QCoreApplication.translate("IncidentDialog", u"T&ype:", None))
        self.level_label.setText(QCoreApplication.translate("IncidentDialog", u"&Severity:", None))
        self.detected_check.setText(QCoreApplication.translate("IncidentDialog", u"&Detected at:", None))
        self.detected_edit.setDisplayFormat(QCoreApplication.translate("IncidentDialog", u"yyyy-MM-dd HH:mm", None))
        self.timezone_label.setText(QCoreApplication.translate("IncidentDialog", u"Time &zone:", None))
        self.drill_check.setText(QCoreApplication.translate("IncidentDialog", u"This is a &drill (tabletop exercise), not a real incident", None))
    # retranslateUi

