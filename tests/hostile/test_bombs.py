"""Memory bombs cost almost nothing before they are refused: every loader checks sizes first.

Each bomb is the campaign's (a 20000×20000 W1 of zeros, an extra 4 GB member, a 1 GB meta string, a
header declaring W1 (100000, 100000), a 1 GB session that is not JSON, /dev/zero as data or session).
It is opened in a fresh child process, as the loader or the command line would open it, and the
child's peak memory (its maximum resident size, from the kernel) must stay under PEAK_LIMIT_MB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .bombs import good_members, npy_header, stored_member, zeros_member, zip_archive

ROOT = Path(__file__).resolve().parents[2]
PEAK_LIMIT_MB = 300

LOAD = r"""
import json
sys.path.insert(0, sys.argv[1])
from main import use_checkout
use_checkout()
from backprop_studio.core.errors import BackpropStudioError
kind, path = sys.argv[2], sys.argv[3]
try:
    if kind == "parameters":
        from backprop_studio.core.files.parameter_file import load_parameters
        load_parameters(path)
    elif kind == "session":
        from backprop_studio.core.files.session_file import load_session
        load_session(path)
    else:
        from backprop_studio.core.data.csv_data import read_csv
        read_csv(path)
    print(json.dumps(["loaded", ""]))
except BackpropStudioError as error:
    print(json.dumps([error.code, str(error)]))
"""


#: Prefixed to every child: at exit it prints its own peak resident memory in kB, as the kernel counts it
#: (VmHWM: the high-water mark of this program alone; ru_maxrss would include the parent's before exec).
PEAK = ("import atexit, sys; atexit.register(lambda: print('PEAK', next(line.split()[1] for line in "
        "open('/proc/self/status') if line.startswith('VmHWM:')), file=sys.stderr)); ")


def peak_of(code: str, *args: str) -> tuple[float, str, str]:
    """Run ``code`` in a fresh Python with ``args``; its peak resident memory in MB, stdout and stderr."""
    process = subprocess.run([sys.executable, "-c", PEAK + code, *args], capture_output=True, text=True,
                             timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    peaks = [line.split()[1] for line in process.stderr.splitlines() if line.startswith("PEAK ")]
    assert peaks, process.stderr
    return int(peaks[-1]) / 1024, process.stdout, process.stderr


@pytest.fixture(scope="module")
def bombs(tmp_path_factory) -> dict[str, tuple[str, Path]]:
    folder = tmp_path_factory.mktemp("bombs")
    made: dict[str, tuple[str, Path]] = {}

    def archive(name: str, members) -> None:
        path = folder / name
        path.write_bytes(zip_archive(members))
        made[name] = ("parameters", path)

    good = good_members()
    archive("W1 20000x20000 zeros.npz",
            [zeros_member("W1.npy", npy_header((20000, 20000), "<f8"), 20000 * 20000 * 8), *good[1:]])
    archive("extra 4 GB member.npz", [*good, zeros_member("extra.npy", npy_header((2**29,), "<f8"), 2**32)])
    archive("1 GB meta string.npz", [*good, zeros_member("meta.npy", npy_header((), "<U268435456"), 2**30)])
    archive("W1 header (100000, 100000).npz",
            [stored_member("W1.npy", npy_header((100_000, 100_000), "<f8") + bytes(64)), *good[1:]])
    session = folder / "1 GB not JSON.bpsession"
    with open(session, "wb") as handle:  # sparse: no disk space used
        handle.truncate(2**30)
    made[session.name] = ("session", session)
    return made


CASES = {
    "W1 20000x20000 zeros.npz": "parameters.member_too_large",
    "extra 4 GB member.npz": "parameters.member_too_large",
    "1 GB meta string.npz": "parameters.member_too_large",
    "W1 header (100000, 100000).npz": "parameters.shape_too_large",
    "1 GB not JSON.bpsession": "file.too_large",
}


@pytest.mark.parametrize("name", CASES)
def test_a_bomb_is_refused_before_it_costs_memory(bombs, name):
    kind, path = bombs[name]
    peak, out, err = peak_of(LOAD, str(ROOT), kind, str(path))
    assert out.strip(), err
    code, message = json.loads(out.strip().splitlines()[-1])
    print(f"\n{name}: {path.stat().st_size / 2**20:.1f} MB on disk; peak memory {peak:.0f} MB; refused: {message}")
    assert code == CASES[name]
    assert peak < PEAK_LIMIT_MB


@pytest.mark.parametrize("option", ["--data", "--session"])
def test_the_command_line_reads_at_most_its_limit_from_a_device(option):
    run_main = "import runpy; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"
    peak, out, err = peak_of(run_main, str(ROOT / "main.py"), "train", option, "/dev/zero")
    print(f"\ntrain {option} /dev/zero: peak memory {peak:.0f} MB; {err.strip()}")
    assert "the file is too large (more than 64 MB)" in err and "Traceback" not in err
    assert peak < PEAK_LIMIT_MB


def test_a_loader_alone_costs_this_much(tmp_path):
    """The baseline the bombs are measured against: a good file, loaded."""
    path = tmp_path / "good.npz"
    path.write_bytes(zip_archive(good_members()))
    peak, out, _ = peak_of(LOAD, str(ROOT), "parameters", str(path))
    print(f"\na good parameter file: peak memory {peak:.0f} MB")
    assert json.loads(out)[0] == "loaded"
