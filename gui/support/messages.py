"""The English texts ``core`` produces, shown in the user's language.

``core`` is Qt-free and speaks English: its error messages ("learning rate α must
be in [1e-06, 1e+06], got -1", "line 3: x1 is not a number: 'abc'") and the
activations' names are tested as such. The GUI passes every such text through
this module before showing it. A message is recognised by a regular expression
and rebuilt from a translated template (context "CoreMessages") with %1, %2, …
filled from the match; parts that are themselves messages (the reason after
"line 3: ") or known names (the quantity a range error is about) are translated
in turn. Anything unrecognised is returned unchanged, so a new core message is
shown in English rather than lost.
"""

from __future__ import annotations

import re
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreMessages"


def _t(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


# The names core puts into its range errors (core/hyperparameters.py, core/datasets.py).
_NAMES = {
    "learning rate α": QT_TRANSLATE_NOOP("CoreMessages", "learning rate α"),
    "L2 regularization λ": QT_TRANSLATE_NOOP("CoreMessages", "L2 regularization λ"),
    "initialization scale": QT_TRANSLATE_NOOP("CoreMessages", "initialization scale"),
    "mini-batch size": QT_TRANSLATE_NOOP("CoreMessages", "mini-batch size"),
    "leaky ReLU slope": QT_TRANSLATE_NOOP("CoreMessages", "leaky ReLU slope"),
    "seed": QT_TRANSLATE_NOOP("CoreMessages", "seed"),
    "number of classes": QT_TRANSLATE_NOOP("CoreMessages", "number of classes"),
    "number of points m": QT_TRANSLATE_NOOP("CoreMessages", "number of points m"),
    "noise": QT_TRANSLATE_NOOP("CoreMessages", "noise"),
    "test ratio": QT_TRANSLATE_NOOP("CoreMessages", "test ratio"),
    "binary": QT_TRANSLATE_NOOP("CoreMessages", "binary"),
    "multiclass": QT_TRANSLATE_NOOP("CoreMessages", "multiclass"),
    "regression": QT_TRANSLATE_NOOP("CoreMessages", "regression"),
    "tabs": QT_TRANSLATE_NOOP("CoreMessages", "tabs"),
    "semicolons": QT_TRANSLATE_NOOP("CoreMessages", "semicolons"),
    "commas": QT_TRANSLATE_NOOP("CoreMessages", "commas"),
}
_PLACEHOLDER = re.compile(r"%(\d+)")
_UNITS_NAME = re.compile(r"units in hidden layer (\d+) \(n\[\1\]\)")


def translate_name(name: str) -> str:
    """A quantity or kind core names in a message ("learning rate α", "units in hidden layer 2 (n[2])")."""
    if name in _NAMES:
        return _t(_NAMES[name])
    match = _UNITS_NAME.fullmatch(name)
    if match:
        return _t(QT_TRANSLATE_NOOP("CoreMessages", "units in hidden layer %1 (n[%1])")).replace("%1", match[1])
    return name


def _keep(text: str) -> str:
    return text


# Each group of a pattern is filled into the template through the function at the same place:
# _keep (a value, a file name), translate_name (a known name) or translate_core_message (a nested message).
_Rule = tuple["re.Pattern[str]", str, tuple[Callable[[str], str], ...]]
_N, _K = translate_name, _keep


def _rule(pattern: str, template: str, *fills: Callable[[str], str]) -> _Rule:
    return re.compile(pattern, re.DOTALL), template, fills


def _nested(text: str) -> str:
    return translate_core_message(text)


_RULES: tuple[_Rule, ...] = (
    # Training (core/training.py: DivergenceError)
    _rule(r"Training diverged at iteration (\d+): the cost became (.+?)\. Try a smaller learning rate α "
          r"\(it is (.+?)\), or a smaller initialization scale\. The last finite parameters were kept\.",
          QT_TRANSLATE_NOOP("CoreMessages", "Training diverged at iteration %1: the cost became %2. Try a smaller "
                            "learning rate α (it is %3), or a smaller initialization scale. The last finite "
                            "parameters were kept."), _K, _K, _K),
    # Hyperparameters and dataset settings (core/hyperparameters.py, core/datasets.py)
    _rule(r"leaky ReLU alpha must be in \[0, 1\), got (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "leaky ReLU alpha must be in [0, 1), got %1"), _K),
    _rule(r"(.+?) must be a finite number, got (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 must be a finite number, got %2"), _N, _K),
    _rule(r"(.+?) must be in ([\[(][^\]]*\]), got (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 must be in %2, got %3"), _N, _K, _K),
    _rule(r"(.+?) must be a whole number, got (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 must be a whole number, got %2"), _N, _K),
    _rule(r"(.+?) must be between (\S+) and (\S+), got (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 must be between %2 and %3, got %4"), _N, _K, _K, _K),
    _rule(r"at most (\d+) hidden layers are supported, got (\d+)",
          QT_TRANSLATE_NOOP("CoreMessages", "at most %1 hidden layers are supported, got %2"), _K, _K),
    _rule(r"choose at least one input feature",
          QT_TRANSLATE_NOOP("CoreMessages", "choose at least one input feature")),
    _rule(r"each input feature can be chosen once",
          QT_TRANSLATE_NOOP("CoreMessages", "each input feature can be chosen once")),
    _rule(r"unknown input feature (.+); known: (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "unknown input feature %1; known: %2"), _K, _K),
    _rule(r"the dataset has no points: add or load some first",
          QT_TRANSLATE_NOOP("CoreMessages", "the dataset has no points: add or load some first")),
    # Sweeps (core/experiments.py)
    _rule(r"type at least one value, separated by commas",
          QT_TRANSLATE_NOOP("CoreMessages", "type at least one value, separated by commas")),
    _rule(r"(.+): the learning rate α must be a positive number",
          QT_TRANSLATE_NOOP("CoreMessages", "%1: the learning rate α must be a positive number"), _K),
    _rule(r"(.+): the smallest value here is (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "%1: the smallest value here is %2"), _K, _K),
    _rule(r"(.+): the scale after × must be a number",
          QT_TRANSLATE_NOOP("CoreMessages", "%1: the scale after × must be a number"), _K),
    _rule(r"(.+) is not an activation; choose from (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 is not an activation; choose from %2"), _K, _K),
    _rule(r"(.+) is not an initialization; choose from (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 is not an initialization; choose from %2"), _K, _K),
    _rule(r"iterations per run must be between 1 and (\d+), got (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "iterations per run must be between 1 and %1, got %2"), _K, _K),
    # CSV files (core/csv_data.py): "line 3: <reason>"
    _rule(r"line (\d+): (.+)", QT_TRANSLATE_NOOP("CoreMessages", "line %1: %2"), _K, _nested),
    _rule(r"found (\d+) column\(s\) separated by (\w+), 3 expected \(x1, x2, label\)",
          QT_TRANSLATE_NOOP("CoreMessages", "found %1 column(s) separated by %2, 3 expected (x1, x2, label)"), _K, _N),
    _rule(r"(x1|x2) is not a number: (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a number: %2"), _K, _K),
    _rule(r"(.+) is not a whole number", QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a whole number"), _K),
    _rule(r"(.+) is not a number", QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a number"), _K),
    _rule(r"(x1|x2) is NaN or infinite: (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 is NaN or infinite: %2"), _K, _K),
    _rule(r"the label is empty", QT_TRANSLATE_NOOP("CoreMessages", "the label is empty")),
    _rule(r"too many rows: at most (\d+) data rows can be loaded",
          QT_TRANSLATE_NOOP("CoreMessages", "too many rows: at most %1 data rows can be loaded"), _K),
    _rule(r"no data rows: the file is empty or holds only a header and comments",
          QT_TRANSLATE_NOOP("CoreMessages", "no data rows: the file is empty or holds only a header and comments")),
    _rule(r"the label (.+) is not a number; regression needs numeric labels",
          QT_TRANSLATE_NOOP("CoreMessages", "the label %1 is not a number; regression needs numeric labels"), _K),
    _rule(r"the label (.+) is NaN or infinite",
          QT_TRANSLATE_NOOP("CoreMessages", "the label %1 is NaN or infinite"), _K),
    _rule(r"more than (\d+) classes \(label (.+) is the (\d+)th distinct one\); "
          r"for continuous targets load the file as regression",
          QT_TRANSLATE_NOOP("CoreMessages", "more than %1 classes (label %2 is the %3th distinct one); "
                            "for continuous targets load the file as regression"), _K, _K, _K),
    _rule(r"only one class \((.+)\): a classification needs at least two classes",
          QT_TRANSLATE_NOOP("CoreMessages", "only one class (%1): a classification needs at least two classes"), _K),
    _rule(r"the file starts like UTF-16 text but cannot be decoded",
          QT_TRANSLATE_NOOP("CoreMessages", "the file starts like UTF-16 text but cannot be decoded")),
    _rule(r"the file is too large \((\d+) MB; at most (\d+) MB\)",
          QT_TRANSLATE_NOOP("CoreMessages", "the file is too large (%1 MB; at most %2 MB)"), _K, _K),
    _rule(r"cannot read (.+?): (.+)", QT_TRANSLATE_NOOP("CoreMessages", "cannot read %1: %2"), _K, _K),
    _rule(r"cannot write (.+?): (.+)", QT_TRANSLATE_NOOP("CoreMessages", "cannot write %1: %2"), _K, _K),
    _rule(r"could not write (.+?): (.+)", QT_TRANSLATE_NOOP("CoreMessages", "could not write %1: %2"), _K, _K),
    # Parameter files (core/serialization.py, gui/parameter_import.py)
    _rule(r"file not found: (.+)", QT_TRANSLATE_NOOP("CoreMessages", "file not found: %1"), _K),
    _rule(r"parameter files are \.npz or \.json, not (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "parameter files are .npz or .json, not %1"), _K),
    _rule(r"no W1: this does not hold a network's parameters",
          QT_TRANSLATE_NOOP("CoreMessages", "no W1: this does not hold a network's parameters")),
    _rule(r"unexpected key\(s\) (.+): only W1, b1, W2, b2, \.\.\. are allowed",
          QT_TRANSLATE_NOOP("CoreMessages", "unexpected key(s) %1: only W1, b1, W2, b2, ... are allowed"), _K),
    _rule(r"missing b(\d+) \(the bias of layer \1, shape \(n\[\1\], 1\)\)",
          QT_TRANSLATE_NOOP("CoreMessages", "missing b%1 (the bias of layer %1, shape (n[%1], 1))"), _K),
    _rule(r"(W\d+|b\d+) contains NaN or infinite values",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 contains NaN or infinite values"), _K),
    _rule(r"b(\d+) has shape (\(.*?\)) but must be \(n\[\1\], 1\) = (\(.*?\)) to match W\1 (\(.*?\))",
          QT_TRANSLATE_NOOP("CoreMessages", "b%1 has shape %2 but must be (n[%1], 1) = %3 to match W%1 %4"),
          _K, _K, _K, _K),
    _rule(r"W(\d+) has shape (\(.*?\)) but W(\d+) has shape (\(.*?\)): W\1 needs n\[\3\] = (\d+) columns, "
          r"one per unit of layer \3",
          QT_TRANSLATE_NOOP("CoreMessages", "W%1 has shape %2 but W%3 has shape %4: W%1 needs n[%3] = %5 columns, "
                            "one per unit of layer %3"), _K, _K, _K, _K, _K),
    _rule(r"these parameters were trained for a (\w+) problem, but the current data is (\w+): load matching data first",
          QT_TRANSLATE_NOOP("CoreMessages", "these parameters were trained for a %1 problem, but the current data is "
                            "%2: load matching data first"), _N, _N),
    _rule(r"W1 has (\d+) column\(s\), one per input feature, but the current network has (\d+) input feature\(s\) "
          r"\((.+)\) and the file does not say which features it used",
          QT_TRANSLATE_NOOP("CoreMessages", "W1 has %1 column(s), one per input feature, but the current network has "
                            "%2 input feature(s) (%3) and the file does not say which features it used"),
          _K, _K, _K),
    _rule(r"this network cannot be built here: (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "this network cannot be built here: %1"), _nested),
    # Session files (core/session_file.py)
    _rule(r"(.+) is not valid JSON \(truncated\?\): (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 is not valid JSON (truncated?): %2"), _K, _K),
    _rule(r"(.+) is not a text \(UTF-8\) file, so it is not a session file",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a text (UTF-8) file, so it is not a session file"), _K),
    _rule(r"(.+) is not a text \(UTF-8\) file",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a text (UTF-8) file"), _K),
    _rule(r"(.+) is not a Backprop Studio session \(not a JSON object\)",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a Backprop Studio session (not a JSON object)"), _K),
    _rule(r"(.+) holds parameters, not a session: use File → Import parameters",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 holds parameters, not a session: use File → Import parameters"), _K),
    _rule(r'(.+) is not a Backprop Studio session \(no "format": "(.+)"\)',
          QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a Backprop Studio session (no \"format\": \"%2\")"), _K, _K),
    _rule(r"(.+) was made by a newer Backprop Studio \(session format (\d+); this version reads up to (\d+)\): "
          r"please update",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 was made by a newer Backprop Studio (session format %2; this version "
                            "reads up to %3): please update"), _K, _K, _K),
    _rule(r"(.+) is not an \.npz archive \(it is not a zip file\)",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 is not an .npz archive (it is not a zip file)"), _K),
    _rule(r"(.+) is damaged or truncated: (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "%1 is damaged or truncated: %2"), _K, _K),
    _rule(r"hyperparameters: (.+)", QT_TRANSLATE_NOOP("CoreMessages", "hyperparameters: %1"), _nested),
    _rule(r"dataset: (.+)", QT_TRANSLATE_NOOP("CoreMessages", "dataset: %1"), _nested),
    _rule(r"the session cannot be restored: (.+)",
          QT_TRANSLATE_NOOP("CoreMessages", "the session cannot be restored: %1"), _nested),
)


def translate_core_message(text: str) -> str:
    """``text`` (a message from core) in the current language; unchanged when it is not a known message."""
    for pattern, template, fills in _RULES:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        values = [fill(match[number]) for number, fill in enumerate(fills, start=1)]
        # One pass, so a value that itself holds "%2" (a file name) is never filled again.
        return _PLACEHOLDER.sub(lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values) else m[0],
                                _t(template))
    return text


def activation_label(name: str) -> str:
    """The display name of the activation ``name`` ("tanh", "ReLU", "linear"), translated (context "Activations")."""
    from ...core.nn.activations import get_activation

    return QCoreApplication.translate("Activations", get_activation(name).label)
