"""The app's data files: translations (``i18n/``) and icons (``icons/``).

Code reaches them through this package (``importlib.resources.files``), so they
are found the same way in a checkout, in an installed wheel and in a standalone build.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_dir(name: str) -> Path:
    """The folder ``name`` of this package on disk (``i18n``, ``icons``)."""
    return Path(str(files(__name__) / name))
