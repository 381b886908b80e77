"""Setup: what the student has chosen to train — the points, how they were made and split, the hyperparameters.

Frozen: a change makes a new Setup, checked whole before the session installs it, so a
refused change (a ``BackpropStudioError``) leaves everything as it was. The problem
type and the number of classes always follow the points (``fit_problem``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..data.datasets import DATASETS, Dataset
from ..data.pipeline import DataSpec, PreparedData, fit_problem, prepare
from ..errors import DatasetError
from ..training.hyperparameters import Hyperparameters


@dataclass(frozen=True, eq=False)
class Setup:
    """The points (``dataset``, made by ``data_spec`` or given), the hyperparameters and the prepared X, Y."""

    data_spec: DataSpec
    dataset: Dataset
    hyperparameters: Hyperparameters
    prepared: PreparedData

    @classmethod
    def make(cls, data_spec: DataSpec, dataset: Dataset, hyperparameters: Hyperparameters) -> "Setup":
        """Fit the problem to the points, split them and make the input features."""
        hp = fit_problem(hyperparameters, dataset)
        return cls(data_spec, dataset, hp, prepare(dataset, hp, data_spec.test_ratio, data_spec.seed))

    def with_data_spec(self, **changes: Any) -> "Setup | None":
        """New points from a changed name, m, noise, seed or test ratio; None if nothing changes.

        A new dataset comes with its own noise unless the noise is changed too.
        """
        try:
            spec = replace(self.data_spec, **changes)
        except TypeError as error:
            raise DatasetError("session.unknown_data_setting", reason=str(error)) from None
        if spec == self.data_spec and self.dataset.name == spec.name:
            return None
        if "name" in changes and "noise" not in changes and spec.name in DATASETS \
                and spec.name != self.data_spec.name:
            spec = replace(spec, noise=DATASETS[spec.name].default_noise)
        return Setup.make(spec, spec.make(), self.hyperparameters)

    def with_dataset(self, dataset: Dataset) -> "Setup":
        """These points (drawn or imported) instead of generated ones."""
        return Setup.make(replace(self.data_spec, name=dataset.name), dataset, self.hyperparameters)

    def with_hyperparameters(self, hyperparameters: Hyperparameters) -> "Setup":
        """The same points, other hyperparameters (the inputs are prepared anew: features may have changed)."""
        return Setup.make(self.data_spec, self.dataset, hyperparameters)


__all__ = ["Setup"]
