"""The parameters a cost surface can take as its two axes: every entry of every W[l] and b[l].

Keys are core's (core.teaching.cost_surface): ("W1", row, col) and ("b2", row, 0),
0-based. Names are the course's, units counted from 1 as the diagram's tooltips
count them: W[1]₁,₂ is the weight from input a[0]₂ into unit a[1]₁; b[2]₁ is the
bias of unit a[2]₁.
"""

from __future__ import annotations

from ...core.session import Snapshot
from ..views.diagram.style import sub
from ..views.diagram.tooltips import weight_name

ParameterKey = tuple[str, int, int]


def parameter_name(key: ParameterKey) -> str:
    """"W[1]₁,₂" for ("W1", 0, 1); "b[2]₁" for ("b2", 0, 0)."""
    name, row, col = key
    if name.startswith("W"):
        return weight_name(int(name[1:]), row, col)
    return f"b[{int(name[1:])}]{sub(row + 1)}"


def parameter_keys(snapshot: Snapshot) -> list[ParameterKey]:
    """W[1]'s entries row by row, then b[1]'s, then W[2] … b[L]: the order the combo boxes list them."""
    keys: list[ParameterKey] = []
    dims = snapshot.layer_dims
    for l in range(1, len(dims)):
        keys += [(f"W{l}", j, k) for j in range(dims[l]) for k in range(dims[l - 1])]
        keys += [(f"b{l}", j, 0) for j in range(dims[l])]
    return keys


def default_pair(snapshot: Snapshot) -> tuple[ParameterKey, ParameterKey]:
    """Two weights into the output that move a lot: W[L]'s first two entries (or W[L]₁,₁ and b[L]₁)."""
    L = len(snapshot.layer_dims) - 1
    if snapshot.layer_dims[L - 1] >= 2:
        return (f"W{L}", 0, 0), (f"W{L}", 0, 1)
    return (f"W{L}", 0, 0), (f"b{L}", 0, 0)


def value_of(snapshot: Snapshot, key: ParameterKey) -> float:
    name, row, col = key
    return float(snapshot.parameters[name][row, col])
