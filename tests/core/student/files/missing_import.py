import numpy as np
import tensorflow_lite_for_students as tfs


def linear_forward(A, W, b):
    Z = tfs.matmul(W, A) + b
    return Z, (A, W, b)


def compute_cost(AL, Y):
    import scipy_special_for_students
    return scipy_special_for_students.cross_entropy(AL, Y)
