"""The app starts whatever the settings file holds: bit flips, hostile values, a pickle that would run.

Each case is a real start (gui/app.py's ``start``: settings read, language, window built, restored
and shown, then closed, which writes the settings again) in a child process, so a segfault is seen
as one, not as a dead test run. Every case must start, show nothing unexpected (no traceback in the
app's error log) and leave a settings file the next start reads without a problem.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from backprop_studio.core.files.ini_file import format_ini, parse_ini

from .startup import DRIVER, run_startups

ROOT = Path(__file__).resolve().parents[2]
FLIPS = 200  # seeded single-bit flips of a real settings file
SEED = 13


def real_settings_file(folder: Path) -> bytes:
    """The file the app itself writes on closing, after a start with a few settings made."""
    first = format_ini({
        "version": "2", "ui/language": "zh_CN",
        "session/hyperparameters": json.dumps({"learning_rate": 0.3, "hidden_units": [6], "hidden_activations": ["relu"]}),
        "session/data_spec": json.dumps({"name": "moons", "m": 150, "noise": 0.1, "seed": 1, "test_ratio": 0.0}),
        "files/recent": [str(folder / "a.bpsession"), str(folder / "b, c.csv")],
    }).encode("utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "0000.ini").write_bytes(first)
    run = subprocess.run([sys.executable, str(DRIVER), str(folder), "0"], capture_output=True, text=True,
                         timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "ok 0" in run.stdout, run.stdout + run.stderr
    written = (folder / "config" / "settings.ini").read_bytes()
    values = parse_ini(written.decode("utf-8"))
    assert {"window/geometry", "window/state", "window/check", "ui/language", "files/recent"} <= set(values)
    return written


def pickle_payload_file(marker: Path, key: str = "files/recent") -> bytes:
    """A settings file whose ``key`` is the ``@Variant`` QSettings writes for a Python object, here one
    whose unpickling creates ``marker`` (builtins.open(marker, "w"))."""
    from PySide6.QtCore import QSettings

    class CreatesAFile:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    path = marker.with_name(marker.name + ".ini")
    writer = QSettings(str(path), QSettings.Format.IniFormat)  # writing pickles; only reading would unpickle
    writer.setValue("version", "2")
    writer.setValue(key, CreatesAFile())
    writer.sync()
    data = path.read_bytes()
    assert b"@Variant(" in data and b"PyObjectWrapper" in data
    return data


def hostile_values(tmp_path: Path) -> dict[str, bytes]:
    """One settings file per class of hostile value the campaign found, by name."""
    deep, deeper = "[" * 5000 + "]" * 5000, "[" * 100_000 + "]" * 100_000
    base = "[General]\nversion=2\n"
    cases = {
        "nested JSON in data_spec": f'[session]\ndata_spec="{deep}"\n',
        "nested JSON in hyperparameters": f'[session]\nhyperparameters="{{\\"a\\": {deep}}}"\n',
        "nested JSON of 200 000 characters": f'[session]\ndata_spec="{deeper}"\n',
        "learning rate 10^400": '[session]\nhyperparameters="{\\"learning_rate\\": 1' + "0" * 400 + '}"\n',
        "λ 10^400": '[session]\nhyperparameters="{\\"lambd\\": 1' + "0" * 400 + '}"\n',
        "m 10^400": '[session]\ndata_spec="{\\"name\\": \\"moons\\", \\"m\\": 1' + "0" * 400 + '}"\n',
        "recent @Point": "[files]\nrecent=@Point(1 2)\n",
        "recent @Size": "[files]\nrecent=@Size(3 4)\n",
        "recent @Rect": "[files]\nrecent=@Rect(1 2 3 4)\n",
        "recent @DateTime": "[files]\nrecent=@DateTime(\\0\\0\\0\\x10\\0)\n",
        "recent @Variant garbage": "[files]\nrecent=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x18PySide::PyObjectWrapper\\0\\0\\0\\0\\x10garbage)\n",
        "recent list with a @Point": "[files]\nrecent=a, @Point(1 2), b\n",
        "language @Variant": "[ui]\nlanguage=@Variant(\\0\\0\\0\\n\\0\\0\\0\\0\\x4\\0z\\0h)\n",
        "geometry @Rect": "[window]\ngeometry=@Rect(0 0 100 100)\n",
        "state as text": "[window]\nstate=not bytes\ncheck=0\n",
        "hyperparameters as a list": "[session]\nhyperparameters=a, b, c\n",
        "escape of half a UTF-16 pair": "[ui]\nlanguage=\\xd800\n",
        "JSON of 100 000 characters": '[session]\nhyperparameters="{\\"a\\": \\"' + "x" * 100_000 + '\\"}"\n',
        "a very long recent path": "[files]\nrecent=" + "/x" * 50_000 + "\n",
        "hex escape over 16 bits": "[ui]\nlanguage=\\x1F600zh_CN\n",
    }
    files = {name: (base + text).encode("utf-8") for name, text in cases.items()}
    rng = random.Random(SEED)
    files.update({
        "random bytes": bytes(rng.randrange(256) for _ in range(4096)),
        "UTF-16 text": (base + "[ui]\nlanguage=zh_CN\n").encode("utf-16"),
        "UTF-16 without a BOM": (base + "[ui]\nlanguage=zh_CN\n").encode("utf-16-le"),
        "NUL bytes": base.encode() + b"[ui]\nlanguage=zh\x00CN\n",
        "2 MB of text": base.encode() + b";" * (2 * 2**20),
        "empty": b"",
        "a pickle that would create a file": pickle_payload_file(tmp_path / "PICKLE_RAN"),
        "a pickle in the language": pickle_payload_file(tmp_path / "PICKLE_RAN_TOO", "ui/language"),
    })
    return files


def flipped(data: bytes, count: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    cases = []
    for _ in range(count):
        i = rng.randrange(len(data))
        changed = bytearray(data)
        changed[i] ^= 1 << rng.randrange(8)
        cases.append(bytes(changed))
    return cases


def test_qsettings_itself_would_run_the_pickle(tmp_path):
    """The threat is real: QSettings (PySide6) unpickles @Variant values as soon as it parses the file."""
    marker = tmp_path / "RAN"
    path = tmp_path / "payload.ini"
    path.write_bytes(pickle_payload_file(marker))
    probe = ("import sys; from PySide6.QtCore import QCoreApplication, QSettings; app = QCoreApplication([]); "
             "QSettings(sys.argv[1], QSettings.Format.IniFormat).allKeys()")
    subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, timeout=120)
    assert marker.exists()


def test_start_up_survives_hostile_settings_and_never_unpickles(tmp_path):
    real = real_settings_file(tmp_path / "real")
    named = hostile_values(tmp_path)
    cases = {i: content for i, content in enumerate(named.values())}
    flips = flipped(real, FLIPS, SEED)
    cases.update({len(named) + i: content for i, content in enumerate(flips)})
    results = run_startups(cases, tmp_path / "runs")

    names = list(named) + [f"bit flip {i}" for i in range(FLIPS)]
    failures = {names[n]: outcome for n, outcome in results.items() if outcome[0] != "ok"}
    assert not failures, json.dumps(failures, indent=1)[:6000]
    assert len(results) == len(cases)
    assert not (tmp_path / "PICKLE_RAN").exists() and not (tmp_path / "PICKLE_RAN_TOO").exists()
    messages = {names[n]: detail for n, (_, detail) in results.items()}
    # What the user sees: each hostile class is named in the status bar, in one message about the file.
    for name in ("recent @Point", "recent @Variant garbage", "a pickle that would create a file", "geometry @Rect"):
        assert "not plain text" in messages[name] and "removed" in messages[name], (name, messages[name])
    for name in ("random bytes", "UTF-16 text", "UTF-16 without a BOM", "NUL bytes", "2 MB of text"):
        assert "was damaged and was reset" in messages[name] and "settings.ini" in messages[name], name
    assert "hyperparameters" in messages["learning rate 10^400"] and "digits" in messages["learning rate 10^400"]
    assert "nests deeper" in messages["nested JSON in data_spec"]
    flipped_messages = [messages[f"bit flip {i}"] for i in range(FLIPS)]
    print(f"\n{len(cases)} starts: {len(named)} hostile values, {FLIPS} bit flips; "
          f"{sum(1 for m in flipped_messages if m)} flips led to a message, none to a crash")
