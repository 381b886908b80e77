"""The model: one Qt-free ``Session`` that the app, the command line, lessons and files all drive,
and the frozen ``Snapshot`` every view draws from (see docs/ARCHITECTURE.md)."""

from .changes import KEEPS_TRAINING, Change, Changed, keeps_training
from .session import Session
from .snapshot import Divergence, HistoryView, LessonStatus, Selection, Snapshot

__all__ = ["Session", "Snapshot", "Change", "Changed", "KEEPS_TRAINING", "keeps_training", "Selection",
           "Divergence", "HistoryView", "LessonStatus"]
