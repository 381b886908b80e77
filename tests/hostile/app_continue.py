"""The app, as a user drives it, for the CLI-against-app test (run in a child process, as the app runs).

    python app_continue.py make SESSION             a 10×64 ReLU network trained 3 iterations, saved by File → Save
    python app_continue.py continue SESSION N OUT   open SESSION (--open), play N iterations, save to OUT

Started through main.py's import like every entry point, so the BLAS threads follow the one rule.
"""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from main import use_checkout  # noqa: E402  (main.py sets the BLAS threads before NumPy loads)

use_checkout()

from PySide6.QtWidgets import QApplication  # noqa: E402

from backprop_studio.gui.app import start  # noqa: E402

app = QApplication(["backprop-studio"])


def wait_until(condition, seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        app.processEvents()
        time.sleep(0.002)


def save_as(window, path: str) -> None:
    actions = window.file_actions
    actions.ask_save_path = lambda *args: path  # the Save dialog, answered
    assert actions.save_as(), "File → Save session as… failed"


mode, path = sys.argv[1], sys.argv[2]
if mode == "make":
    _, window, session, _ = start(["--size", "900x600", "--iterations", "3"])
    assert session.set_hidden_units((64,) * 10, ("relu",) * 10)
    session.play()
    wait_until(lambda: not session.running and session.iteration == 3)
    save_as(window, path)
else:
    steps, out = int(sys.argv[3]), sys.argv[4]
    _, window, session, _ = start(["--size", "900x600", "--open", path])
    first = session.iteration
    assert first > 0, "the session did not open"
    session.max_iterations = first + steps
    session.set_speed(0)  # as fast as the machine goes
    session.play()
    wait_until(lambda: not session.running and session.iteration == first + steps)
    save_as(window, out)
window.close()
print("done", session.iteration, flush=True)
