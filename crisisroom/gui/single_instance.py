"""One window per database: a second launch asks the first to come forward, then exits.

The first window on a database listens on a local socket (a Unix domain socket or a Windows named
pipe) named after the user and the resolved database path. A later launch on the same file
connects, says ``raise``, waits for ``ok`` and exits 0 without touching the database. Nobody
answering means nobody is running: a socket file left by a crashed instance is removed when the
new instance starts listening. The database's file lock stays as the last safety net (and the
CLI's guard), for the rare race of two launches in the same instant.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

REQUEST = b"raise\n"
REPLY = b"ok\n"
CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 3000


def server_name(db_path: Path) -> str:
    """The socket name for this user and database: the same file, however it was spelled, gives one name."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a bare container); the home folder still tells users apart
        user = str(Path.home())
    digest = hashlib.sha256(f"{user}\0{Path(db_path).expanduser().resolve()}".encode()).hexdigest()
    return f"crisisroom-{digest[:32]}"


def hand_off(name: str) -> bool:
    """Ask a running window listening on ``name`` to come forward.

    Returns:
        True when a running instance answered (this launch should exit 0); False when nobody
        listens or nobody answers, so this launch should go on and open the database itself.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False  # no server, or a stale socket file nobody listens on
    try:
        socket.write(REQUEST)
        if not socket.waitForBytesWritten(REPLY_TIMEOUT_MS):
            return False
        answer = b""
        while not answer.endswith(b"\n") and socket.waitForReadyRead(REPLY_TIMEOUT_MS):
            answer += bytes(socket.readAll().data())
        return answer == REPLY
    finally:
        socket.disconnectFromServer()


class InstanceServer(QObject):
    """Listens for later launches on the same database and reports each request to come forward.

    Signals:
        activation_requested(): a second launch asked this window to come forward.
    """

    activation_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        # Only this user may connect (a socket file with mode 0700 on Unix, an ACL on Windows).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self, name: str) -> bool:
        """Start listening; a stale socket left by a crashed instance is removed first if need be.

        Call :func:`hand_off` before: it is what tells a live instance from a stale socket.
        Returns False when listening failed even so (the window then works on, without hand-off).
        """
        if self._server.listen(name):
            return True
        if self._server.serverError() == QLocalSocket.LocalSocketError.AddressInUseError:
            QLocalServer.removeServer(name)
            return self._server.listen(name)
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        request = bytes(socket.readLine().data())
        if request == REQUEST:
            socket.write(REPLY)
            socket.flush()
            self.activation_requested.emit()
        socket.disconnectFromServer()


def bring_forward(window: QWidget) -> None:
    """Show ``window`` on top and give it focus; where the window manager refuses, ask for attention."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    if not window.isActiveWindow():
        QApplication.alert(window)
