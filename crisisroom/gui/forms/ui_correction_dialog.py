# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'correction_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CorrectionDialog(object):
    def setupUi(self, CorrectionDialog):
        if not CorrectionDialog.objectName():
            CorrectionDialog.setObjectName(u"CorrectionDialog")
        CorrectionDialog.resize(560, 400)
        self.main_layout = QVBoxLayout(CorrectionDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(18, 18, 18, 18)
        self.exercise_label = QLabel(CorrectionDialog)
        self.exercise_label.setObjectName(u"exercise_label")
        self.exercise_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.main_layout.addWidget(self.exercise_label)

        self.explain_label = QLabel(CorrectionDialog)
        self.explain_label.setObjectName(u"explain_label")
        self.explain_label.setWordWrap(True)

        self.main_layout.addWidget(self.explain_label)

        self.original_heading = QLabel(CorrectionDialog)
        self.original_heading.setObjectName(u"original_heading")

        self.main_layout.addWidget(self.original_heading)

        self.original_meta_label = QLabel(CorrectionDialog)
        self.original_meta_label.setObjectName(u"original_meta_label")
        self.original_meta_label.setWordWrap(True)

        self.main_layout.addWidget(self.original_meta_label)

        self.original_view = QPlainTextEdit(CorrectionDialog)
        self.original_view.setObjectName(u"original_view")
        self.original_view.setReadOnly(True)
        self.original_view.setMaximumSize(QSize(16777215, 90))

        self.main_layout.addWidget(self.original_view)

        self.correction_heading = QLabel(CorrectionDialog)
        self.correction_heading.setObjectName(u"correction_heading")

        self.main_layout.addWidget(self.correction_heading)

        self.correction_edit = QPlainTextEdit(CorrectionDialog)
        self.correction_edit.setObjectName(u"correction_edit")
        self.correction_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.correction_edit)

        self.button_box = QDialogButtonBox(CorrectionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.correction_heading.setBuddy(self.correction_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CorrectionDialog)
    # setupUi

    def retranslateUi(self, CorrectionDialog):
        CorrectionDialog.setWindowTitle(QCoreApplication.translate("CorrectionDialog", u"Correct a log entry", None))
        self.exercise_label.setText(QCoreApplication.translate("CorrectionDialog", u"EXERCISE", None))
        self.explain_label.setText(QCoreApplication.translate("CorrectionDialog", u"The crisis log never changes what was written. Your correction is added as a new entry that points at this one, and the original stays visible, struck through.", None))
        self.original_heading.setText(QCoreApplication.translate("CorrectionDialog", u"Original entry", None))
        self.correction_heading.setText(QCoreApplication.translate("CorrectionDialog", u"&Corrected text", None))
    # retranslateUi

