"""The endpoint's connection slots and request deadlines: slow clients cannot starve the others.

Two defences against slowloris clients (one header line every few seconds):

* :class:`DeadlineReader` reads a connection's bytes under one deadline for the
  whole request, head and body (set by the handler when it starts waiting for a
  request): each ``recv`` may wait only for what is left of it, so dribbling
  bytes cannot stretch the wait the way a per-read timeout can;
* :class:`ConnectionSlots` admits at most ``limit`` connections; when all are
  taken, a new connection evicts the one that has been waiting for or reading
  its request the longest (never one whose query runs or whose answer is being
  sent), so 64 slow connections cannot hold every slot while real clients get 503.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable


class DeadlineReader(socket.SocketIO):
    """A socket's raw reader whose every read ends by ``deadline()`` (a ``time.monotonic()`` value or None)."""

    def __init__(self, sock: socket.socket, deadline: Callable[[], float | None]) -> None:
        super().__init__(sock, "rb")
        self._sock_ref = sock
        self._deadline = deadline

    def readinto(self, b: memoryview) -> int | None:  # type: ignore[override]
        deadline = self._deadline()
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the request did not arrive in time")
            self._sock_ref.settimeout(left)
        return super().readinto(b)


class Slot:
    """One admitted connection: its socket and since when it waits for (or reads) a request."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.reading_since: float | None = time.monotonic()

    def evict(self) -> None:
        """Cut the connection: its handler's next read ends at once and its thread finishes."""
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)


class ConnectionSlots:
    """At most ``limit`` open connections; a newcomer evicts the oldest one still reading a request."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._lock = threading.Lock()
        self._open: dict[int, Slot] = {}

    def admit(self, sock: socket.socket) -> Slot | None:
        """Return a slot for ``sock``, evicting the longest-waiting reader if needed; None when none can go."""
        with self._lock:
            if len(self._open) >= self.limit:
                readers = [s for s in self._open.values() if s.reading_since is not None]
                if not readers:
                    return None
                victim = min(readers, key=lambda s: s.reading_since or 0.0)
                del self._open[id(victim)]
                victim.evict()
            slot = Slot(sock)
            self._open[id(slot)] = slot
            return slot

    def release(self, slot: Slot) -> None:
        """Forget ``slot`` (its connection is closed)."""
        with self._lock:
            self._open.pop(id(slot), None)
