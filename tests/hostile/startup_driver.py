"""Start the app (gui/app.py's own start-up) once per settings file given; report each start on stdout.

    python startup_driver.py FOLDER FIRST

FOLDER holds NNNN.ini files (and gets the settings, data and log folders); starts begin at case FIRST.
For each case the file is copied to the settings path, ``start`` builds and shows the window as the
app does, the event loop runs briefly, the window closes (writing the settings) and one line is
printed: ``ok N <status bar text as JSON>`` or ``error N <what went wrong as JSON>`` (an exception
raised, or one that reached the app's error hook). A crash ends the process: the caller sees which
case was under way and starts another process from the next one.
"""

import gc
import json
import os
import shutil
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from main import use_checkout  # noqa: E402  (the BLAS rule, then the checkout's own code)

use_checkout()

folder, first = Path(sys.argv[1]), int(sys.argv[2])
settings, data = folder / "config" / "settings.ini", folder / "data"
os.environ["BACKPROP_STUDIO_SETTINGS"] = str(settings)
os.environ["BACKPROP_STUDIO_DATA_DIR"] = str(data)
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from backprop_studio.gui.app import start  # noqa: E402

app = QApplication(["backprop-studio"])
log = data / "logs" / "backprop-studio.log"
cases = sorted(folder.glob("*.ini"))
for path in cases[first:]:
    number = int(path.stem)
    print(f"start {number}", flush=True)
    if settings.parent.exists():
        shutil.rmtree(settings.parent)
    settings.parent.mkdir(parents=True)
    shutil.copyfile(path, settings)
    logged = log.stat().st_size if log.exists() else 0
    try:
        _, window, session, _ = start(["--size", "900x600"])
        deadline = time.monotonic() + 0.01  # queued work (the restore offer, first paints) runs
        while time.monotonic() < deadline:
            app.processEvents()
        shown = window.statusBar().currentMessage()
        window.close()
        if window.autosave is not None:
            window.autosave.finish()
        window.deleteLater()
        # The event loop never runs here: deleted windows go now, or every start would be slower than the last.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del window, session
        if number % 8 == 0:
            gc.collect()
        # The settings written at close must read back without a problem.
        from backprop_studio.gui.support.settings import SettingsStore
        again = SettingsStore(settings)
        if again.problems:
            raise AssertionError(f"the settings written at close were refused: {again.problems}")
    except Exception:  # noqa: BLE001 — reported to the test, which fails on it
        print(f"error {number} {json.dumps(traceback.format_exc())}", flush=True)
        continue
    if log.exists() and log.stat().st_size > logged:
        print(f"error {number} {json.dumps(log.read_text(errors='replace')[logged:])}", flush=True)
        continue
    print(f"ok {number} {json.dumps(shown)}", flush=True)
print("done", flush=True)
