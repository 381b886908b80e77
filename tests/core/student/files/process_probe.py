"""Functions that test the student's process itself (not course functions)."""

import os
import sys
import time

import numpy as np


def echo(value):
    return value


def mutate(A):
    A[0, 0] = 99.0  # changes the child's copy only
    return A


def environment():
    return {"variables": sorted(os.environ), "isolated": sys.flags.isolated, "pid": os.getpid(),
            "cwd": os.getcwd(), "path": list(sys.path)}


def leak_state():
    os.environ["BACKPROP_STUDIO_LEAK"] = "1"
    np.random.seed(0)
    sys.modules["backprop_studio_leak"] = sys
    return np.random.rand()


def returns_a_function():
    return lambda x: x


def returns_objects():
    return {"A": np.array(["a", "b"], dtype=object), "f": print, "n": 3}


def big_array(n):
    return np.zeros(n)


def divide(a, b):
    return a / b


def swallowing_sleeper():
    while True:
        try:
            time.sleep(10)
        except BaseException:
            pass


def spin():
    total = 0
    while True:
        total += 1


def ask():
    return input("your name? ")


def many_numbers(n):
    return [0.5] * n


def scribble():
    for fd in range(3, 10):  # whichever is the app's pipe
        try:
            os.write(fd, b"garbage that is not a frame" * 10)
        except OSError:
            pass
    return 1
