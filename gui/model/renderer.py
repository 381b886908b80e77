"""MapRenderer: the views' expensive pictures of a snapshot, computed off the window's thread.

The decision boundary and the neurons' small maps are a forward pass of the
network over a grid of the plane: for the largest network the app allows that
is tens of milliseconds, too long for the window's thread at 30 frames a second.
Views register the products they draw (``want``: a key and a pure function of a
snapshot); the session hands every new snapshot to the renderer (``submit``);
a thread of the renderer computes the wanted products of the newest snapshot
only — older ones are dropped — and says so (``rendered``). A view draws what
is ready (``get``) and keeps its last picture until then. When nothing plays,
a view may compute at once (``compute_now``), so a click or a test sees the
result without waiting.

Products are computed from the snapshot alone (its frozen parameters), so they
can never show another iteration than the snapshot they belong to.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable

from PySide6.QtCore import QObject, Signal

from ...core.session import Snapshot

Product = Callable[[Snapshot], Any]
#: Products kept per key (the newest snapshots').
KEEP = 2


def _tag(snapshot: Snapshot) -> tuple[int, int]:
    """What a product belongs to: the model's version and the iteration (a past one from the timeline
    shares the present's version)."""
    return snapshot.version, snapshot.iteration


class MapRenderer(QObject):
    """Computes registered products of the newest submitted snapshot on its own thread."""

    rendered = Signal(object)  # the Snapshot whose wanted products are now ready
    failed = Signal(object)  # an exception computing a product (the view keeps its last picture)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wanted: dict[Hashable, Product] = {}
        self._done: dict[Hashable, OrderedDict[int, Any]] = {}
        self._newest: dict[Hashable, tuple[Snapshot, Any]] = {}
        self._next: Snapshot | None = None
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False

    def want(self, key: Hashable, product: Product) -> None:
        """Compute ``product(snapshot)`` for every snapshot from now on, under ``key``."""
        with self._cond:
            self._wanted[key] = product
            self._done.setdefault(key, OrderedDict())

    def unwant(self, key: Hashable) -> None:
        with self._cond:
            self._wanted.pop(key, None)
            self._done.pop(key, None)
            self._newest.pop(key, None)

    def submit(self, snapshot: Snapshot) -> None:
        """Render this snapshot next (a newer one submitted before it started replaces it)."""
        with self._cond:
            if self._closed or not self._wanted:
                return
            self._next = snapshot
            self._cond.notify_all()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="maps", daemon=True)
            self._thread.start()

    def get(self, snapshot: Snapshot, key: Hashable) -> Any | None:
        """The product ``key`` of this very snapshot, if it is ready."""
        with self._cond:
            return self._done.get(key, {}).get(_tag(snapshot))

    def newest(self, key: Hashable) -> tuple[Snapshot, Any] | None:
        """(snapshot, product) of the newest snapshot whose product ``key`` is ready (a view that draws at
        its own pace draws this one while the latest is still being computed)."""
        with self._cond:
            return self._newest.get(key)

    def compute_now(self, snapshot: Snapshot, key: Hashable) -> Any:
        """The product ``key`` of ``snapshot``, computed here if it is not ready (when nothing plays)."""
        ready = self.get(snapshot, key)
        if ready is not None:
            return ready
        with self._cond:
            product = self._wanted[key]
        value = product(snapshot)
        self._store(key, snapshot, value)
        return value

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._next = None
            self._cond.notify_all()

    # ------------------------------------------------------------------ the renderer's thread
    def _store(self, key: Hashable, snapshot: Snapshot, value: Any) -> None:
        if value is None:  # a product that declined (e.g. its view is hidden): nothing to keep
            return
        with self._cond:
            done = self._done.get(key)
            if done is None:
                return
            done[_tag(snapshot)] = value
            self._newest[key] = (snapshot, value)
            while len(done) > KEEP:
                done.popitem(last=False)

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._next is None and not self._closed:
                    self._cond.wait()
                if self._closed:
                    return
                snapshot, self._next = self._next, None
                wanted = list(self._wanted.items())
            for key, product in wanted:
                if self.get(snapshot, key) is None:
                    try:
                        value = product(snapshot)
                    except Exception as error:  # noqa: BLE001 - the window's thread shows it
                        self.failed.emit(error)
                        continue
                    self._store(key, snapshot, value)
                with self._cond:
                    if self._next is not None:  # a newer snapshot came: it is the one worth drawing
                        break
            else:
                self.rendered.emit(snapshot)
