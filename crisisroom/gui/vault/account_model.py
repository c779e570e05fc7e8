"""The shared accounts as a table: metadata and warnings only, never a secret.

A team has tens of accounts, not thousands, so the model holds them all; search runs in SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from crisisroom.domain.clock import format_local, now_utc
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.domain.vault import CHECKLIST, Account, rotation_age_days, rotation_overdue
from crisisroom.gui import i18n

# Login e-mail, owners and 2FA are in the details panel beside the table (and searchable), so the
# table stays narrow enough for the panel at 1280 pixels.
COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Platform"),
    QT_TRANSLATE_NOOP("Columns", "Handle"),
    QT_TRANSLATE_NOOP("Columns", "Password changed"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
)
PLATFORM, HANDLE, ROTATED, STATUS = range(len(COLUMNS))
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COMPROMISED_COLOUR = QColor("#c0392b")
OVERDUE_COLOUR = QColor("#a05a00")

_Index = QModelIndex | QPersistentModelIndex


class AccountTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._accounts: list[Account] = []
        self._rotation_days = 90
        self._now: datetime = now_utc()

    def set_accounts(self, accounts: Sequence[Account], rotation_days: int) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self._rotation_days = rotation_days
        self._now = now_utc()
        self.endResetModel()

    @property
    def now(self) -> datetime:
        """The moment the ages shown were computed (the last refill)."""
        return self._now

    def account(self, row: int) -> Account:
        return self._accounts[row]

    def row_of(self, account_id: str) -> int:
        return next((i for i, a in enumerate(self._accounts) if a.id == account_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return i18n.label("Columns", COLUMNS[section])
        return None

    def status(self, account: Account) -> str:
        if account.is_compromised:
            return self.tr("Compromised {done}/{total}").format(done=account.steps_done(), total=len(CHECKLIST))
        if rotation_overdue(account, self._now, self._rotation_days):
            return self.tr("Due for rotation")
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account = self._accounts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            d = account.details
            if column == ROTATED:
                age = rotation_age_days(account.last_rotated, self._now)
                if age is None:
                    return self.tr("never")
                return self.tr("{date} ({days} d)").format(
                    date=format_local(account.last_rotated, seconds=False)[:10], days=age
                )
            return {PLATFORM: d.platform, HANDLE: d.handle, STATUS: self.status(account)}[column]
        if role == ID_ROLE:
            return account.id
        if role == Qt.ItemDataRole.ToolTipRole and column in (PLATFORM, HANDLE):
            d = account.details
            owners = self.tr("Owners: {owners}").format(owners=d.owners) if d.owners else ""
            return "\n".join(filter(None, [account.label, d.login_email, owners]))
        if role == Qt.ItemDataRole.ForegroundRole and column in (ROTATED, STATUS):
            if account.is_compromised and column == STATUS:
                return COMPROMISED_COLOUR
            if rotation_overdue(account, self._now, self._rotation_days):
                return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.FontRole and column == STATUS and account.is_compromised:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS and account.is_compromised:
            return self.tr("Marked compromised {when}; {done} of {total} checklist steps done").format(
                when=format_local(account.compromised_at, seconds=False),
                done=account.steps_done(),
                total=len(CHECKLIST),
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS and self.status(account):
            return self.tr("The password is older than {days} days").format(days=self._rotation_days)
        return None
