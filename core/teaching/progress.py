"""What a student has done in the lessons: lessons completed and answers given, remembered between runs.

A small JSON file in the GUI's data folder (the GUI gives the path)::

    {"format": "backprop-studio-progress", "format_version": 1,
     "completed": ["logistic_regression", "shapes"],
     "answers": [{"lesson": "shapes", "question": "dW2_shape", "given": "(3, 4)", "correct": true}, ...]}

Only the latest ``MAX_ANSWERS`` answers are kept, so the file stays small. A missing file is
an empty record; a damaged one raises ``ParameterFileError`` (the GUI says so and starts afresh).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ParameterFileError
from ..messages import reason_of
from ..files.atomic import atomic_write

PROGRESS_FORMAT = "backprop-studio-progress"
PROGRESS_FORMAT_VERSION = 1
MAX_ANSWERS = 1000


@dataclass(frozen=True)
class AnswerRecord:
    """One answer: to which question of which lesson, what was given (as shown), and whether it was right."""

    lesson: str
    question: str
    given: str
    correct: bool


@dataclass
class Progress:
    """Lessons completed (in the order they were) and the answers given (oldest first)."""

    completed: list[str] = field(default_factory=list)
    answers: list[AnswerRecord] = field(default_factory=list)

    def complete(self, lesson: str) -> None:
        """Mark ``lesson`` (its name) completed."""
        if lesson not in self.completed:
            self.completed.append(lesson)

    def is_completed(self, lesson: str) -> bool:
        return lesson in self.completed

    def record(self, lesson: str, question: str, given: str, correct: bool) -> None:
        """Remember an answer (a Verdict's ``given`` and ``correct``)."""
        self.answers.append(AnswerRecord(lesson, question, str(given), bool(correct)))
        del self.answers[:-MAX_ANSWERS]

    def latest(self, lesson: str) -> dict[str, AnswerRecord]:
        """Each question of ``lesson`` answered so far → its latest answer."""
        return {a.question: a for a in self.answers if a.lesson == lesson}

    def score(self, lesson: str) -> tuple[int, int]:
        """(right, answered) over the latest answer to each question of ``lesson``."""
        latest = self.latest(lesson).values()
        return sum(a.correct for a in latest), len(latest)

    def to_dict(self) -> dict[str, Any]:
        return {"format": PROGRESS_FORMAT, "format_version": PROGRESS_FORMAT_VERSION,
                "completed": list(self.completed),
                "answers": [{"lesson": a.lesson, "question": a.question, "given": a.given, "correct": a.correct}
                            for a in self.answers]}

    @classmethod
    def from_dict(cls, data: Any) -> "Progress":
        """The record in ``data`` (ParameterFileError naming what is wrong)."""
        if not isinstance(data, dict) or data.get("format") != PROGRESS_FORMAT:
            raise ParameterFileError("progress.not_progress")
        version = data.get("format_version")
        if not isinstance(version, int) or version > PROGRESS_FORMAT_VERSION:
            raise ParameterFileError("progress.newer")
        completed, answers = data.get("completed"), data.get("answers")
        if not isinstance(completed, list) or not all(isinstance(name, str) for name in completed):
            raise ParameterFileError("progress.completed")
        if not isinstance(answers, list):
            raise ParameterFileError("progress.answers")
        progress = cls(list(dict.fromkeys(completed)))
        for i, raw in enumerate(answers):
            fields = ("lesson", "question", "given")
            if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in fields) \
                    or not isinstance(raw.get("correct"), bool):
                raise ParameterFileError("progress.answer_fields", index=i)
            progress.record(raw["lesson"], raw["question"], raw["given"], raw["correct"])
        return progress


def load_progress(path: str | os.PathLike) -> Progress:
    """The progress saved at ``path``; an empty record if there is no file yet."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return Progress()
    except (OSError, UnicodeDecodeError) as error:
        raise ParameterFileError("file.cannot_read", name=os.fspath(path), reason=reason_of(error)) from None
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ParameterFileError("progress.not_json", reason=str(error)) from None
    return Progress.from_dict(data)


def save_progress(path: str | os.PathLike, progress: Progress) -> None:
    """Write ``progress`` to ``path`` (its folder is made if needed), replacing the file in one step."""
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(progress.to_dict(), ensure_ascii=False, indent=1)
        atomic_write(path, (text + "\n").encode("utf-8"))
    except OSError as error:
        raise ParameterFileError("file.could_not_write", path=os.fspath(path), reason=error.strerror or str(error)) from None


__all__ = ["Progress", "AnswerRecord", "load_progress", "save_progress", "MAX_ANSWERS"]
