"""Check a standalone build (tools/build_standalone.py): it starts, trains, draws, and exits cleanly.

    python3 tools/smoke_standalone.py [FOLDER]      (default: dist/backprop-studio, or the .app on macOS)

From a temporary folder with a home of its own and Qt offscreen, it runs the build's program
``--lang zh_CN --play --iterations 50 --screenshot out.png`` and checks the exit status and the
picture: a PNG of the window's size with a real drawing in it (not one flat colour). It checks
that the Chinese catalogue and the icons are in the folder, and (except on Windows, where the
window program has no console) that ``train --iterations 20`` prints the course's first cost and that
``train --functions`` runs a student's file with the machine's python3 (or says it cannot).
Exit status 0 when all is well; each problem is printed.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1280, 800)  # the window's default size, which the screenshot has


def default_program() -> Path:
    if sys.platform == "darwin":
        return ROOT / "dist" / "Backprop Studio.app" / "Contents" / "MacOS" / "backprop-studio"
    return ROOT / "dist" / "backprop-studio" / ("backprop-studio.exe" if os.name == "nt" else "backprop-studio")


def program_in(folder: Path) -> Path:
    for candidate in (folder / "backprop-studio.exe", folder / "backprop-studio",
                      folder / "Contents" / "MacOS" / "backprop-studio"):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"smoke_standalone.py: error: no backprop-studio program in {folder}")


def read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of pixel bytes) of an 8-bit RGB or RGBA, non-interlaced PNG (as Qt writes it)."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    chunks, at = {}, 8
    idat = b""
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at : at + 8])
        body = data[at + 8 : at + 8 + length]
        if kind == b"IDAT":
            idat += body
        else:
            chunks.setdefault(kind, body)
        at += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unexpected PNG kind (depth {depth}, colour type {colour}, interlace {interlace})")
    bpp = 4 if colour == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):  # undo the row filter (PNG specification, section 9)
            left = line[x - bpp] if x >= bpp else 0
            up, corner = previous[x], previous[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, rows


def check_picture(path: Path) -> list[str]:
    if not path.is_file():
        return [f"no screenshot at {path}"]
    try:
        width, height, rows = read_png(path)
    except (ValueError, KeyError, zlib.error, struct.error) as error:
        return [f"the screenshot is not a readable PNG: {error}"]
    problems = [] if (width, height) == SIZE else [f"the screenshot is {width}×{height}, not {SIZE[0]}×{SIZE[1]}"]
    colours = {row[x : x + 3] for row in rows[::8] for x in range(0, len(row), 3 * 8)}
    if len(colours) < 50:  # the diagram, the boundary's gradient and the cost curve give thousands
        problems.append(f"the screenshot has only {len(colours)} colours: the window was not drawn")
    return problems


def check_functions(program: Path, here: Path, env: dict[str, str]) -> list[str]:
    """``train --functions``: the student's file runs in the machine's python3 (the build has no Python of its
    own for it). With NumPy there, it trains as core does; without, the program says so and stops (status 2)."""
    student = ROOT / "tests" / "core" / "student" / "files" / "correct.py"
    train = subprocess.run([str(program), "train", "--functions", str(student), "--iterations", "3",
                            "--print-every", "1"], cwd=here, env=env, capture_output=True, text=True, timeout=300)
    python3 = shutil.which("python3")
    has_numpy = python3 is not None and subprocess.run([python3, "-c", "import numpy"],
                                                       capture_output=True).returncode == 0
    if has_numpy and "Cost after iteration 0: 0.693048 (core's: 0.693048)" not in train.stdout:
        return [f"train --functions did not train with the student's file:\n{train.stdout}{train.stderr}"]
    if not has_numpy and (train.returncode != 2 or "could not be started" not in train.stderr):
        return [f"train --functions without a python3 with NumPy did not say so:\n{train.stdout}{train.stderr}"]
    return []


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    program = program_in(Path(args[0]).resolve()) if args else default_program()
    if not program.is_file():
        print(f"smoke_standalone.py: error: {program} does not exist; run tools/build_standalone.py first")
        return 1
    bundle = program.parent.parent.parent if program.parent.name == "MacOS" else program.parent
    problems = []
    for name in ("backprop_studio_zh_CN.qm", "backprop_studio.svg", "backprop_studio_16.png"):
        if not any(bundle.rglob(name)):
            problems.append(f"{name} is not in the build")
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        env = dict(os.environ, HOME=str(here), USERPROFILE=str(here), XDG_CONFIG_HOME=str(here / "config"),
                   XDG_DATA_HOME=str(here / "data"), QT_QPA_PLATFORM="offscreen")
        for key in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
            env.pop(key, None)
        started = time.perf_counter()
        result = subprocess.run([str(program), "--lang", "zh_CN", "--play", "--iterations", "50",
                                 "--screenshot", "out.png"], cwd=here, env=env, capture_output=True, text=True,
                                timeout=300)
        seconds = time.perf_counter() - started
        if result.returncode != 0:
            problems.append(f"the program exited with status {result.returncode}:\n{result.stderr.strip()}")
        problems += check_picture(here / "out.png")
        if os.name != "nt":  # the Windows build is a window program: it has no console to print to
            train = subprocess.run([str(program), "train", "--iterations", "20"], cwd=here, env=env,
                                   capture_output=True, text=True, timeout=300)
            if train.returncode != 0 or "Cost after iteration 0: 0.69" not in train.stdout:
                problems.append(f"train did not print the course's first cost:\n{train.stdout}{train.stderr}")
            problems += check_functions(program, here, env)
    for problem in problems:
        print(f"smoke_standalone.py: {problem}")
    if problems:
        return 1
    print(f"ok: {program} trained 50 iterations in Chinese and saved its window in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
