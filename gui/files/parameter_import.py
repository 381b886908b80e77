"""Which network a parameter file implies, given the current data and hyperparameters.

A file's W and b fix the layer sizes; its meta (when present) also names the
activations, input features, standardization and leaky-ReLU slope. A plain
``np.savez(**parameters)`` file has no meta: the current activations (and
features) are kept wherever the shapes allow. The output layer must suit the
current data (one unit for two classes or regression, K for K classes): the
data is not changed by importing parameters.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ...core.data.datasets import Dataset
from ...core.errors import BackpropStudioError, ParameterFileError
from ...core.messages import PROBLEM_NAMES, reason_of
from ...core.training.hyperparameters import OUTPUT_FOR_PROBLEM, Hyperparameters
from ...core.files.parameter_file import validate_parameters


def _hidden_activations(current: Hyperparameters, n_hidden: int) -> tuple[str, ...]:
    """The current hidden activations, cut or extended (with the last one) to ``n_hidden`` layers."""
    acts = current.hidden_activations or ("tanh",)
    return tuple(acts[i] if i < len(acts) else acts[-1] for i in range(n_hidden))


def adopted_hyperparameters(current: Hyperparameters, dataset: Dataset, parameters: dict[str, np.ndarray],
                            meta: dict[str, Any] | None) -> Hyperparameters:
    """``current`` changed to the file's architecture (equal to ``current`` if nothing differs).

    Raises ParameterFileError when the parameters cannot be used with the current data.
    """
    meta = meta or {}
    layer_dims = validate_parameters(parameters)
    n_hidden = len(layer_dims) - 2
    problem = dataset.problem
    n_y = dataset.n_classes if problem == "multiclass" else 1
    file_problem = meta.get("problem")
    if file_problem is not None and file_problem != problem:
        raise ParameterFileError("import.problem", file_problem=PROBLEM_NAMES.get(file_problem, file_problem),
                                 problem=PROBLEM_NAMES[problem])
    if layer_dims[-1] != n_y:
        raise ParameterFileError("import.output_classes" if problem == "multiclass" else "import.output_units",
                                 units=layer_dims[-1], needed=n_y, problem=PROBLEM_NAMES[problem])
    activations = meta.get("activations")
    if activations is not None:
        if activations[-1] != OUTPUT_FOR_PROBLEM[problem]:
            raise ParameterFileError("import.output_activation", name=activations[-1], problem=PROBLEM_NAMES[problem],
                                     needed=OUTPUT_FOR_PROBLEM[problem])
        hidden = tuple(activations[:-1])
    else:
        hidden = _hidden_activations(current, n_hidden)
    features = tuple(meta["features"]) if meta.get("features") else current.features
    if len(features) != layer_dims[0]:
        raise ParameterFileError("import.features", columns=layer_dims[0], count=len(current.features),
                                 features=", ".join(current.features))
    standardization = meta.get("standardization", "absent")
    standardize = current.standardize if standardization == "absent" else standardization is not None
    try:
        return current.with_changes(
            hidden_units=tuple(layer_dims[1:-1]), hidden_activations=hidden, features=features,
            standardize=standardize, leaky_alpha=meta.get("leaky_alpha", current.leaky_alpha))
    except (BackpropStudioError, TypeError) as error:
        raise ParameterFileError("import.cannot_build", reason=reason_of(error)) from None

