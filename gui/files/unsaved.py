"""Has the session changed since it was last written? Decided from snapshots alone.

The File menu's "•" mark and the autosave both ask this on every ``state_changed``.
A session file holds the data, the hyperparameters, W and b, the iteration
(with its history) and the lesson; the neuron or example being looked at is
not saved, so selecting one is not an unsaved change.
"""

from __future__ import annotations

import numpy as np

from ...core.session import Snapshot


def saved_content_differs(before: Snapshot, after: Snapshot) -> bool:
    """True when a session file written at ``after`` would differ from one written at ``before``."""
    if after.version == before.version:
        return False
    if (after.iteration, after.structure_version, after.in_iteration) != (
            before.iteration, before.structure_version, before.in_iteration):
        return True
    if (after.hyperparameters != before.hyperparameters or after.data_spec != before.data_spec
            or after.dataset is not before.dataset or after.phase is not before.phase):
        return True
    if (after.lesson is None) != (before.lesson is None) or (
            after.lesson is not None and after.lesson.name != before.lesson.name):
        return True
    if after.parameters.keys() != before.parameters.keys():
        return True
    return any(not np.array_equal(after.parameters[key], before.parameters[key]) for key in after.parameters)


class UnsavedChanges:
    """Remembers the snapshot last written and tells whether a newer one holds anything new."""

    def __init__(self, saved: Snapshot) -> None:
        self._saved = saved
        self.pending = False

    def mark_saved(self, snapshot: Snapshot) -> None:
        """``snapshot`` is what the file now holds: nothing is pending."""
        self._saved = snapshot
        self.pending = False

    def observe(self, snapshot: Snapshot) -> bool:
        """Note the session's newest ``snapshot``; returns True when this made the session unsaved."""
        if snapshot.present is not None:  # a past iteration shown (the timeline): looking changes nothing
            return False
        if self.pending or not saved_content_differs(self._saved, snapshot):
            return False
        self.pending = True
        return True
