import numpy as np


def initialize_parameters_deep(layer_dims):
    scratch = np.ones((20000, 20000))  # 3.2 GB
    return {"W1": scratch}
