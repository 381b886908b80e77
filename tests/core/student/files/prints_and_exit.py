import sys

import numpy as np

print("loading my file")  # top-level code is not run by the app
exit()


def linear_forward(A, W, b):
    for i in range(2000):
        print("computing Z, step", i)
    Z = np.dot(W, A) + b
    return Z, (A, W, b)


def compute_cost(AL, Y):
    print("about to leave")
    sys.exit("bye")
