"""Shared test setup: Qt runs offscreen unless a display is asked for explicitly."""

import os
import sys
from pathlib import Path

# Without a display Qt aborts; tests never need a real window.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
