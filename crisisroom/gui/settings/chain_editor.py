"""Settings ▸ Chain of command: for each crisis type, which roles are called at each level.

One tab per crisis type; in it a table with a row per role and a column per level, each cell a tick,
and beside each role who on the team holds it (in the warning colour when a ticked role has nobody).
Ticks are kept here until the Settings dialog's OK or Apply stores them
(:func:`crisisroom.services.team.save_chain`); Restore defaults puts back the room's defaults,
stored the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.chain import ChainTable, default_table
from crisisroom.domain.incidents import Category
from crisisroom.domain.severity import level as severity_level
from crisisroom.domain.team import LEVEL_NUMBERS, ROLES, Person, in_role_order
from crisisroom.gui import i18n
from crisisroom.gui.style import warning_colour

ROLE_COLUMN = 0
HELD_COLUMN = len(LEVEL_NUMBERS) + 1


def level_column(level: int) -> int:
    return level  # the role's name is column 0, level 1 is column 1…


class ChainEditor(QWidget):
    """The chain-of-command table being edited: :meth:`table` is what OK or Apply stores."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = default_table()
        self._people: list[Person] = []
        self._filling = False
        self.type_tabs = QTabBar()
        self.type_tabs.setObjectName("chain_type_tabs")
        self.type_tabs.setAccessibleName(self.tr("Crisis type"))
        self.type_tabs.setExpanding(False)
        self.type_tabs.setDrawBase(False)
        for category in Category:
            self.type_tabs.addTab(i18n.label("Category", category.label))
        self.type_tabs.currentChanged.connect(lambda _index: self._fill())

        grid = self.grid = QTableWidget(len(ROLES), HELD_COLUMN + 1)
        grid.setObjectName("chain_table")
        grid.setAccessibleName(self.tr("Roles called at each level"))
        # The levels are numbered columns (their names in the tooltip), so the names of the roles and of
        # the people holding them keep the room in every language.
        grid.setHorizontalHeaderLabels([self.tr("Role"), *(str(n) for n in LEVEL_NUMBERS), self.tr("On the team")])
        for n in LEVEL_NUMBERS:
            header_item = grid.horizontalHeaderItem(level_column(n))
            header_item.setToolTip(f"{i18n.level_label(n)}: {i18n.label('Severity', severity_level(n).team)}")
            header_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.verticalHeader().hide()
        grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        grid.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        grid.setAlternatingRowColors(True)
        grid.setWordWrap(False)
        header = grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HELD_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        grid.verticalHeader().setDefaultSectionSize(grid.fontMetrics().height() + 10)
        grid.setStyleSheet("QTableWidget::item { padding: 0 6px; } QHeaderView::section { padding: 4px 6px; }")
        grid.itemChanged.connect(self._ticked)

        self.defaults_button = QPushButton(self.tr("&Restore defaults"))
        self.defaults_button.setObjectName("chain_defaults_button")
        self.defaults_button.setToolTip(
            self.tr("Put back the recommended chain for every crisis type (stored when you press OK or Apply)")
        )
        self.defaults_button.setAutoDefault(False)
        self.defaults_button.clicked.connect(self.restore_defaults)
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.type_tabs)
        layout.addWidget(grid, 1)
        layout.addLayout(buttons)
        self._fill()

    # --- what is shown ----------------------------------------------------------------------------

    def category(self) -> Category:
        return list(Category)[self.type_tabs.currentIndex()]

    def show_category(self, category: Category | str) -> None:
        self.type_tabs.setCurrentIndex(list(Category).index(Category(category)))

    def table(self) -> ChainTable:
        """The table as edited (every crisis type, not only the one shown)."""
        return self._table

    def set_table(self, table: ChainTable) -> None:
        """Show ``table`` (as stored); what was ticked and not stored is dropped."""
        self._table = table
        self._fill()

    def set_people(self, people: Sequence[Person]) -> None:
        """Say who holds each role (the ticks stay as they are)."""
        self._people = list(people)
        self._fill()

    def is_ticked(self, category: Category | str, level: int, role_key: str) -> bool:
        return role_key in self._table.roles(category, level)

    def restore_defaults(self) -> None:
        self._table = default_table()
        self._fill()

    def _fill(self) -> None:
        category = self.category()
        self._filling = True
        try:
            for row, role in enumerate(ROLES):
                name = QTableWidgetItem(i18n.label("Roles", role.label))
                name.setToolTip(i18n.label("Roles", role.duty))
                name.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.grid.setItem(row, ROLE_COLUMN, name)
                for n in LEVEL_NUMBERS:
                    cell = QTableWidgetItem()
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    cell.setData(Qt.ItemDataRole.UserRole, (role.key, n))
                    ticked = role.key in self._table.roles(category, n)
                    cell.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                    cell.setToolTip(
                        self.tr("{role} at {level}").format(
                            role=i18n.label("Roles", role.label), level=i18n.level_label(n)
                        )
                    )
                    self.grid.setItem(row, level_column(n), cell)
                self._show_holders(row)
        finally:
            self._filling = False

    def _show_holders(self, row: int) -> None:
        role = ROLES[row]
        holders = [p.name for p in in_role_order(self._people) if role.key in p.roles]
        used = any(role.key in self._table.roles(self.category(), n) for n in LEVEL_NUMBERS)
        item = QTableWidgetItem(", ".join(holders) if holders else self.tr("nobody") if used else "—")
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setToolTip(item.text())
        if used and not holders:
            # Called for, but nobody to call: the Notify step and the dashboard will warn too.
            item.setForeground(QBrush(warning_colour(self.grid.palette())))
            item.setToolTip(self.tr("Nobody on the team holds this role: add it to someone in Settings ▸ Team"))
        self.grid.setItem(row, HELD_COLUMN, item)

    def _ticked(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() in (ROLE_COLUMN, HELD_COLUMN):
            return
        role_key, level = item.data(Qt.ItemDataRole.UserRole)
        roles = set(self._table.roles(self.category(), level))
        if item.checkState() == Qt.CheckState.Checked:
            roles.add(role_key)
        else:
            roles.discard(role_key)
        self._table = self._table.with_roles(self.category(), level, roles)
        self._filling = True
        try:
            self._show_holders(item.row())
        finally:
            self._filling = False
