"""Initial values of W[l] and b[l]: zeros, random × scale, Xavier, He, and the course's two.

Every method draws from an explicit seed, so a run is reproducible. b[l] always
starts at zero: only W[l] needs to be random to break the symmetry between the
units of a layer (with W = 0 every hidden unit computes the same function and
receives the same gradient, so they stay identical for ever).
"""

from __future__ import annotations

import numpy as np

from ..errors import HyperparameterError

Array = np.ndarray

#: Initialization methods, in the order the GUI lists them.
INITIALIZATIONS = ("zeros", "random", "xavier", "he", "course", "course_deep")
#: The ones drawn from NumPy's legacy RandomState(seed), in the course's order of draws.
LEGACY_STREAM = ("course", "course_deep")
DEFAULT_SCALE = 0.01


def _check_layer_dims(layer_dims: list[int] | tuple[int, ...]) -> None:
    if len(layer_dims) < 2:
        raise HyperparameterError("network.layer_dims")
    for n in layer_dims:
        if int(n) != n or n < 1:
            raise HyperparameterError("network.layer_size", size=n)


def initialize_parameters_deep(
    layer_dims: list[int] | tuple[int, ...],
    method: str = "random",
    scale: float = DEFAULT_SCALE,
    seed: int | None = 1,
) -> dict[str, Array]:
    """The course's ``initialize_parameters_deep(layer_dims)``.

    layer_dims = [n[0], n[1], ..., n[L]]. Returns {"W1": (n[1], n[0]), "b1": (n[1], 1), ...}.

    method:
      * ``zeros``   W = 0 (shows the symmetry problem);
      * ``random``  W = randn × scale (the course's scale is 0.01);
      * ``xavier``  W = randn × sqrt(1 / n[l−1]) (good for tanh);
      * ``he``      W = randn × sqrt(2 / n[l−1]) (good for ReLU);
      * ``course``  W = randn × scale drawn from NumPy's legacy ``RandomState(seed)``
        in the course's order, so seed 2 reproduces the course's planar-data numbers
        (week 3) and seed 3 with scale 0.01 its step-by-step ``initialize_parameters_deep``;
      * ``course_deep``  W = randn / sqrt(n[l−1]) from the same legacy stream: the
        deep application's ``initialize_parameters_deep`` (week 4, seed 1), which
        replaced × 0.01 so that a 4-layer ReLU network starts to learn. ``scale`` is unused.

    The course seeds NumPy's global generator (``np.random.seed``); here the same
    numbers come from a private ``RandomState(seed)``, so nothing global changes.
    """
    _check_layer_dims(layer_dims)
    if method not in INITIALIZATIONS:
        raise HyperparameterError("network.unknown_initialization", name=method, known=", ".join(INITIALIZATIONS))
    if not np.isfinite(scale) or scale < 0:
        raise HyperparameterError("network.init_scale", scale=scale)

    if method in LEGACY_STREAM:
        randn = np.random.RandomState(seed).randn
    else:
        generator = np.random.default_rng(seed)

        def randn(*shape: int) -> Array:
            return generator.standard_normal(shape)

    parameters: dict[str, Array] = {}
    for l in range(1, len(layer_dims)):
        n_l, n_prev = int(layer_dims[l]), int(layer_dims[l - 1])
        if method == "zeros":
            W = np.zeros((n_l, n_prev))
        elif method in ("random", "course"):
            W = randn(n_l, n_prev) * scale
        elif method == "xavier":
            W = randn(n_l, n_prev) * np.sqrt(1.0 / n_prev)
        elif method == "course_deep":
            W = randn(n_l, n_prev) / np.sqrt(n_prev)  # divided, as the course writes it
        else:  # he
            W = randn(n_l, n_prev) * np.sqrt(2.0 / n_prev)
        parameters[f"W{l}"] = W
        parameters[f"b{l}"] = np.zeros((n_l, 1))
    return parameters
