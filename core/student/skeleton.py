"""The exercise file: every course function of the chosen weeks, with its signature, a docstring giving
the shapes, and a body to fill in (English or Simplified Chinese).

``skeleton(language="en" | "zh_CN", weeks=(3, 4))`` returns the text of a ``.py`` the
student saves and opens in Labs → Your code. Each body is ``raise NotImplementedError``,
which the checker reads as "not written yet". Weeks 3 and 4 share one file (one
``compute_cost``, one ``update_parameters``, week 3's ``predict``); week 2 has a file of
its own, because its ``sigmoid(z)`` and ``predict(w, b, X)`` share names with weeks 3
and 4's. The helpers the course gives (week 4's dnn_utils: ``sigmoid`` and ``relu``
returning (A, cache), and their backward steps) are written out in the file, so it
runs anywhere, as it is, with NumPy alone.
"""

from __future__ import annotations

from typing import Sequence

from . import skeleton_en, skeleton_zh
from .course import CourseFunction, functions_of

LANGUAGES = {"en": skeleton_en, "zh_CN": skeleton_zh}
#: The course's default values, where its signature has them.
DEFAULTS = {"optimize": {"num_iterations": "100", "learning_rate": "0.009", "print_cost": "False"},
            "nn_model": {"num_iterations": "10000", "print_cost": "False"}}

_DNN_UTILS = '''def sigmoid(Z):
    A = 1 / (1 + np.exp(-Z))
    cache = Z
    return A, cache


def relu(Z):
    A = np.maximum(0, Z)
    cache = Z
    return A, cache


def relu_backward(dA, cache):
    Z = cache
    dZ = np.array(dA, copy=True)
    dZ[Z <= 0] = 0
    return dZ


def sigmoid_backward(dA, cache):
    Z = cache
    s = 1 / (1 + np.exp(-Z))
    dZ = dA * s * (1 - s)
    return dZ
'''

_PLANAR_UTILS = '''def sigmoid(x):
    s = 1 / (1 + np.exp(-x))
    return s
'''


def _signature(function: CourseFunction, weeks: Sequence[int]) -> str:
    params = list(function.params)
    if function.name == "compute_cost" and 4 not in weeks:
        params = ["A2", "Y"]  # week 3's own spelling
    defaults = DEFAULTS.get(function.name, {})
    return ", ".join(f"{name}={defaults[name]}" if name in defaults else name for name in params)


def _function_text(function: CourseFunction, weeks: Sequence[int], texts) -> str:
    doc = texts.DOCS[function.key]
    return (f"def {function.name}({_signature(function, weeks)}):\n"
            f'    """{doc}\n    """\n'
            f"    # {texts.YOUR_CODE}\n"
            f'    raise NotImplementedError("{function.name}")\n')


def skeleton(language: str = "en", weeks: Sequence[int] = (3, 4)) -> str:
    """The exercise file's text for ``weeks`` (week 2 alone, or any of weeks 3 and 4).

    Raises ValueError for an unknown language, or week 2 with another week.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no exercise file in {language!r}; languages: {', '.join(LANGUAGES)}")
    weeks = tuple(sorted(set(weeks)))
    if not weeks or not set(weeks) <= {2, 3, 4} or (2 in weeks and len(weeks) > 1):
        raise ValueError("weeks must be (2,) or a selection of (3, 4): week 2's sigmoid and predict share "
                         "names with weeks 3 and 4's")
    texts = LANGUAGES[language]
    rule = "# " + "=" * 70
    text = texts.HEADER.format(weeks=", ".join(texts.WEEK_NAMES[week] for week in weeks)).rstrip()
    text += "\n\nimport numpy as np\n"
    if 4 in weeks:
        text += f"\n\n{rule}\n# {texts.GIVEN}\n{_DNN_UTILS}"
    elif 3 in weeks:
        text += f"\n\n{rule}\n# {texts.GIVEN_PLANAR}\n{_PLANAR_UTILS}"
    written: set[str] = set()
    for week in weeks:
        functions = []
        for function in functions_of([week]):
            if function.name in written or (function.name == "sigmoid" and week != 2):
                continue
            written.add(function.name)
            functions.append(_function_text(function, weeks, texts))
        text += f"\n\n{rule}\n# {texts.SECTION[week]}\n" + "\n\n".join(functions)
    return text
