"""One book, one program: the copy that has a book answers a second copy's "come to the
front", over a local socket named after the book."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

# QtNetwork is loaded only by the window that listens or the copy that knocks, never
# before the first paint: start-up pays for what the first paint needs

RAISE = b"raise\n"


def lock_of(book: Path) -> QLockFile:
    """The lock a window that writes ``book`` holds while it is open."""
    lock = QLockFile(str(book) + ".lock")
    lock.setStaleLockTime(0)  # a crashed copy's lock is stale at once (its process is gone)
    return lock


def server_name(book: Path) -> str:
    digest = hashlib.sha256(str(Path(book).resolve()).encode()).hexdigest()[:20]
    return f"efaktur-desk-{digest}"


class FrontDoor(QObject):
    """Listens for second copies of the program opening ``book``."""

    brought_to_front = Signal()

    def __init__(self, window: QWidget, book: Path) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        name = server_name(book)
        QLocalServer.removeServer(name)  # a crashed copy may have left its socket behind
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._knock)

    def _knock(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
            self.brought_to_front.emit()


def bring_to_front(book: Path, timeout_ms: int = 2_000) -> bool:
    """Ask the copy that has ``book`` to come to the front; False when none answers."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(book))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    sent = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return sent
