"""Run the app's start-up against many settings files in a few child processes, surviving their crashes.

``run_startups(cases, folder)`` writes each case's bytes to ``folder/NNNN.ini`` and runs
``startup_driver.py`` over them, in ``workers`` processes at once. A child that crashes (a
segfault, an abort) ends with the case under way reported as ``crash``; a new child goes on
from the next case. Returns {case number: (outcome, detail)}, outcome "ok", "error" or "crash".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

DRIVER = Path(__file__).with_name("startup_driver.py")


def _run_share(folder: Path, timeout: float) -> dict[int, tuple[str, str]]:
    results: dict[int, tuple[str, str]] = {}
    names = sorted(folder.glob("*.ini"))
    position = 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    while position < len(names):
        process = subprocess.run([sys.executable, str(DRIVER), str(folder), str(position)], capture_output=True,
                                 text=True, timeout=timeout, env=env)
        under_way = None
        for line in process.stdout.splitlines():
            word, _, rest = line.partition(" ")
            if word == "start":
                under_way = int(rest)
            elif word in ("ok", "error"):
                number, _, detail = rest.partition(" ")
                results[int(number)] = (word, json.loads(detail))
                under_way = None
                position += 1
        if process.returncode != 0 or under_way is not None:
            if under_way is None:  # died before its first case: nothing will ever start
                raise AssertionError(f"the start-up driver failed: {process.stderr[-3000:]}")
            results[under_way] = ("crash", f"exit status {process.returncode}: {process.stderr[-2000:]}")
            position += 1
    return results


def run_startups(cases: dict[int, bytes], folder: Path, workers: int = 2, timeout: float = 600) -> dict:
    """Start the app once per case (number → settings file bytes); the outcome of each case."""
    shares = [folder / f"worker{w}" for w in range(workers)]
    for share in shares:
        share.mkdir(parents=True)
    for index, (number, content) in enumerate(sorted(cases.items())):
        (shares[index % workers] / f"{number:04d}.ini").write_bytes(content)
    results: dict[int, tuple[str, str]] = {}
    # Threads only wait on the children; each child is a whole app, so they run in parallel.
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(workers) as pool:
        for share_results in pool.map(lambda share: _run_share(share, timeout), shares):
            results.update(share_results)
    return results
