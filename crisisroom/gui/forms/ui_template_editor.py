# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'template_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QToolButton,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_TemplateEditor(object):
    def setupUi(self, TemplateEditor):
        if not TemplateEditor.objectName():
            TemplateEditor.setObjectName(u"TemplateEditor")
        TemplateEditor.resize(1220, 740)
        self.main_layout = QVBoxLayout(TemplateEditor)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(18, 18, 18, 18)
        self.splitter = QSplitter(TemplateEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.list_panel = QWidget(self.splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_layout = QVBoxLayout(self.list_panel)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 6, 0)
        self.list_heading = QLabel(self.list_panel)
        self.list_heading.setObjectName(u"list_heading")

        self.list_layout.addWidget(self.list_heading)

        self.templates_tree = QTreeWidget(self.list_panel)
        self.templates_tree.setObjectName(u"templates_tree")
        self.templates_tree.setHeaderHidden(True)
        self.templates_tree.setColumnCount(2)

        self.list_layout.addWidget(self.templates_tree)

        self.splitter.addWidget(self.list_panel)
        self.editor_panel = QWidget(self.splitter)
        self.editor_panel.setObjectName(u"editor_panel")
        self.editor_layout = QVBoxLayout(self.editor_panel)
        self.editor_layout.setSpacing(6)
        self.editor_layout.setObjectName(u"editor_layout")
        self.editor_layout.setContentsMargins(6, 0, 6, 0)
        self.title_label = QLabel(self.editor_panel)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)

        self.editor_layout.addWidget(self.title_label)

        self.status_label = QLabel(self.editor_panel)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.editor_layout.addWidget(self.status_label)

        self.source_edit = QPlainTextEdit(self.editor_panel)
        self.source_edit.setObjectName(u"source_edit")
        self.source_edit.setTabChangesFocus(True)

        self.editor_layout.addWidget(self.source_edit)

        self.error_label = QLabel(self.editor_panel)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editor_layout.addWidget(self.error_label)

        self.field_layout = QHBoxLayout()
        self.field_layout.setObjectName(u"field_layout")
        self.insert_field_button = QToolButton(self.editor_panel)
        self.insert_field_button.setObjectName(u"insert_field_button")
        self.insert_field_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_field_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.field_layout.addWidget(self.insert_field_button)

        self.hint_label = QLabel(self.editor_panel)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.field_layout.addWidget(self.hint_label)


        self.editor_layout.addLayout(self.field_layout)

        self.splitter.addWidget(self.editor_panel)
        self.preview_panel = QWidget(self.splitter)
        self.preview_panel.setObjectName(u"preview_panel")
        self.preview_layout = QVBoxLayout(self.preview_panel)
        self.preview_layout.setSpacing(6)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(6, 0, 0, 0)
        self.preview_heading = QLabel(self.preview_panel)
        self.preview_heading.setObjectName(u"preview_heading")

        self.preview_layout.addWidget(self.preview_heading)

        self.preview_note_label = QLabel(self.preview_panel)
        self.preview_note_label.setObjectName(u"preview_note_label")
        self.preview_note_label.setWordWrap(True)

        self.preview_layout.addWidget(self.preview_note_label)

        self.preview_view = QPlainTextEdit(self.preview_panel)
        self.preview_view.setObjectName(u"preview_view")
        self.preview_view.setReadOnly(True)
        self.preview_view.setTabChangesFocus(True)

        self.preview_layout.addWidget(self.preview_view)

        self.length_heading = QLabel(self.preview_panel)
        self.length_heading.setObjectName(u"length_heading")

        self.preview_layout.addWidget(self.length_heading)

        self.measures_widget = QWidget(self.preview_panel)
        self.measures_widget.setObjectName(u"measures_widget")
        self.measures_layout = QGridLayout(self.measures_widget)
        self.measures_layout.setObjectName(u"measures_layout")
        self.measures_layout.setHorizontalSpacing(12)
        self.measures_layout.setVerticalSpacing(4)
        self.measures_layout.setContentsMargins(0, 0, 0, 0)

        self.preview_layout.addWidget(self.measures_widget)

        self.splitter.addWidget(self.preview_panel)

        self.main_layout.addWidget(self.splitter)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.reset_button = QPushButton(TemplateEditor)
        self.reset_button.setObjectName(u"reset_button")
        self.reset_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.reset_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_button = QPushButton(TemplateEditor)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.close_button = QPushButton(TemplateEditor)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.list_heading.setBuddy(self.templates_tree)
        self.preview_heading.setBuddy(self.preview_view)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templates_tree, self.source_edit)
        QWidget.setTabOrder(self.source_edit, self.insert_field_button)
        QWidget.setTabOrder(self.insert_field_button, self.preview_view)
        QWidget.setTabOrder(self.preview_view, self.save_button)
        QWidget.setTabOrder(self.save_button, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.close_button)

        self.retranslateUi(TemplateEditor)
    # setupUi

    def retranslateUi(self, TemplateEditor):
        TemplateEditor.setWindowTitle(QCoreApplication.translate("TemplateEditor", u"Message templates", None))
        self.list_heading.setText(QCoreApplication.translate("TemplateEditor", u"&Templates", None))
        ___qtreewidgetitem = self.templates_tree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TemplateEditor", u"Edited", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TemplateEditor", u"Template", None))
        self.insert_field_button.setText(QCoreApplication.translate("TemplateEditor", u"Insert &field", None))
        self.preview_heading.setText(QCoreApplication.translate("TemplateEditor", u"&Preview", None))
        self.length_heading.setText(QCoreApplication.translate("TemplateEditor", u"Length where it will be posted", None))
        self.reset_button.setText(QCoreApplication.translate("TemplateEditor", u"&Reset to ours", None))
        self.save_button.setText(QCoreApplication.translate("TemplateEditor", u"&Save", None))
        self.close_button.setText(QCoreApplication.translate("TemplateEditor", u"&Close", None))
    # retranslateUi

