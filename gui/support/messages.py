"""Core's messages, shown in the user's language: one table of templates, nothing parsed.

Every error core raises carries a code and its arguments (core.errors): its
``message`` is a ``core.messages.Message``. ``format_message`` looks the
message's English template up in the catalogue (context "CoreMessages";
tools/update_translations.py extracts every template of core.messages.MESSAGES)
and fills in the same arguments; an argument that is itself a Message (the
name of a quantity, the reason inside a CSV line error) is translated the same
way first. A translation whose {fields} differ from the English template's, or
that cannot be filled in, is not used: the English is shown instead of a broken
text. Anything else (an OSError, a text the GUI made) is shown as it is.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from PySide6.QtCore import QCoreApplication

from ...core.errors import BackpropStudioError
from ...core.messages import Message
from .verdict_texts import render_verdict

CONTEXT = "CoreMessages"

#: The texts format_message made lately, with their message: a label that holds one can show it
#: again in a new language (``reformat``). Few are on screen at once; 64 is plenty.
_RECENT_LIMIT = 64
_recent: OrderedDict[str, Message] = OrderedDict()
# Autosave and the labs' workers format their errors on their own threads.
_recent_lock = threading.Lock()


def translate_template(english: str) -> str:
    """A template of core.messages.MESSAGES in the current language (the English if it has no translation)."""
    return QCoreApplication.translate(CONTEXT, english)


def format_message(item: BackpropStudioError | Message | BaseException | str) -> str:
    """The text to show for a core error or message, in the current language; other errors as they are.

    An error carrying a verdict on the student's code (``check``: core.student.your_trainer.YourCodeStopped)
    has that verdict written in the current language too."""
    message = item.message if isinstance(item, BackpropStudioError) else item
    if not isinstance(message, Message):
        return str(item)
    check = getattr(item, "check", None)
    if check is not None and "why" in message.arguments:
        message = message.with_arguments(why=render_verdict(check.verdict))
    text = message.format(translate_template)
    with _recent_lock:
        _recent[text] = message
        _recent.move_to_end(text)
        while len(_recent) > _RECENT_LIMIT:
            _recent.popitem(last=False)
    return text


def reformat(text: str) -> str:
    """``text`` in the current language if format_message made it (after a language switch); else unchanged."""
    with _recent_lock:
        message = _recent.get(text)
    return text if message is None else format_message(message)


def activation_label(name: str) -> str:
    """The display name of the activation ``name`` ("tanh", "ReLU", "linear"), translated (context "Activations")."""
    from ...core.nn.activations import get_activation

    return QCoreApplication.translate("Activations", get_activation(name).label)
