# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QProgressBar, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(1060, 700)
        self.main_layout = QVBoxLayout(ImportDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(18, 18, 18, 18)
        self.exercise_label = QLabel(ImportDialog)
        self.exercise_label.setObjectName(u"exercise_label")
        self.exercise_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.main_layout.addWidget(self.exercise_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_label = QLabel(ImportDialog)
        self.file_label.setObjectName(u"file_label")

        self.file_layout.addWidget(self.file_label)

        self.file_edit = QLineEdit(ImportDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(ImportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.main_layout.addLayout(self.file_layout)

        self.detected_label = QLabel(ImportDialog)
        self.detected_label.setObjectName(u"detected_label")
        self.detected_label.setWordWrap(True)

        self.main_layout.addWidget(self.detected_label)

        self.settings_layout = QHBoxLayout()
        self.settings_layout.setSpacing(16)
        self.settings_layout.setObjectName(u"settings_layout")
        self.mapping_group = QGroupBox(ImportDialog)
        self.mapping_group.setObjectName(u"mapping_group")
        self.mapping_layout = QFormLayout(self.mapping_group)
        self.mapping_layout.setObjectName(u"mapping_layout")
        self.mapping_layout.setHorizontalSpacing(10)
        self.mapping_layout.setVerticalSpacing(6)

        self.settings_layout.addWidget(self.mapping_group)

        self.options_group = QGroupBox(ImportDialog)
        self.options_group.setObjectName(u"options_group")
        self.options_layout = QFormLayout(self.options_group)
        self.options_layout.setObjectName(u"options_layout")
        self.options_layout.setHorizontalSpacing(10)
        self.options_layout.setVerticalSpacing(8)
        self.timezone_label = QLabel(self.options_group)
        self.timezone_label.setObjectName(u"timezone_label")

        self.options_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.timezone_label)

        self.timezone_combo = QComboBox(self.options_group)
        self.timezone_combo.setObjectName(u"timezone_combo")
        self.timezone_combo.setEditable(True)

        self.options_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.timezone_combo)

        self.date_order_label = QLabel(self.options_group)
        self.date_order_label.setObjectName(u"date_order_label")

        self.options_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_order_label)

        self.date_order_combo = QComboBox(self.options_group)
        self.date_order_combo.setObjectName(u"date_order_combo")

        self.options_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_order_combo)

        self.date_order_reason_label = QLabel(self.options_group)
        self.date_order_reason_label.setObjectName(u"date_order_reason_label")
        self.date_order_reason_label.setWordWrap(True)

        self.options_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.date_order_reason_label)

        self.skip_check = QCheckBox(self.options_group)
        self.skip_check.setObjectName(u"skip_check")

        self.options_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.skip_check)


        self.settings_layout.addWidget(self.options_group)


        self.main_layout.addLayout(self.settings_layout)

        self.preview_heading = QLabel(ImportDialog)
        self.preview_heading.setObjectName(u"preview_heading")

        self.main_layout.addWidget(self.preview_heading)

        self.preview_table = QTableWidget(ImportDialog)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setWordWrap(False)

        self.main_layout.addWidget(self.preview_table)

        self.summary_view = QPlainTextEdit(ImportDialog)
        self.summary_view.setObjectName(u"summary_view")
        self.summary_view.setReadOnly(True)

        self.main_layout.addWidget(self.summary_view)

        self.progress_layout = QHBoxLayout()
        self.progress_layout.setObjectName(u"progress_layout")
        self.status_label = QLabel(ImportDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.progress_layout.addWidget(self.status_label)

        self.progress_bar = QProgressBar(ImportDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMaximum(1000)
        self.progress_bar.setValue(0)

        self.progress_layout.addWidget(self.progress_bar)

        self.button_box = QDialogButtonBox(ImportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.progress_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.progress_layout)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_edit)
        self.timezone_label.setBuddy(self.timezone_combo)
        self.date_order_label.setBuddy(self.date_order_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.file_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.timezone_combo)
        QWidget.setTabOrder(self.timezone_combo, self.date_order_combo)
        QWidget.setTabOrder(self.date_order_combo, self.skip_check)
        QWidget.setTabOrder(self.skip_check, self.preview_table)

        self.retranslateUi(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import mentions", None))
        self.exercise_label.setText(QCoreApplication.translate("ImportDialog", u"EXERCISE", None))
        self.file_label.setText(QCoreApplication.translate("ImportDialog", u"&Export file:", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"A CSV, TSV, JSON or Excel export from Brandwatch, Talkwalker, Meltwater or another tool", None))
        self.browse_button.setText(QCoreApplication.translate("ImportDialog", u"&Choose\u2026", None))
        self.mapping_group.setTitle(QCoreApplication.translate("ImportDialog", u"Columns", None))
        self.options_group.setTitle(QCoreApplication.translate("ImportDialog", u"Reading the file", None))
        self.timezone_label.setText(QCoreApplication.translate("ImportDialog", u"Times without a &zone are in:", None))
        self.date_order_label.setText(QCoreApplication.translate("ImportDialog", u"Dates like 03/04/2026 &are:", None))
        self.skip_check.setText(QCoreApplication.translate("ImportDialog", u"&Skip unusable rows and list them (otherwise one bad row stops the import)", None))
        self.preview_heading.setText(QCoreApplication.translate("ImportDialog", u"The first rows, as they would be imported", None))
    # retranslateUi

