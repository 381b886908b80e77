"""Asking the session for a change and hearing why it was refused.

A session method either applies the change and returns True, or reports the
reason by ``problem_reported`` (synchronously, during the call) and returns
False. A panel that shows the reason next to its own controls catches it here.
"""

from __future__ import annotations

from typing import Any, Callable

from ..model.session import TrainingSession


def call_refusable(session: TrainingSession, method: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[bool, str]:
    """Call a session method; return (accepted, the reason it gave if it refused)."""
    messages: list[str] = []

    def keep(message: str) -> None:
        messages.append(message)

    # The session reports problems by signal, synchronously, while the call runs.
    session.problem_reported.connect(keep)
    try:
        accepted = bool(method(*args, **kwargs))
    finally:
        session.problem_reported.disconnect(keep)
    return accepted, (messages[-1] if messages else "")
