"""The Simplified Chinese texts of the exercise file (core.student.skeleton): header and docstrings."""

HEADER = '''"""Backprop Studio 练习文件：课程中的函数，由你来实现。

《神经网络与深度学习》，{weeks}。

在每个函数里写有 YOUR CODE HERE 的地方写出函数体，替换掉
`raise NotImplementedError(...)` 这一行。在 Backprop Studio 中打开本文件
（实验 > 你的代码）：你写好的每个函数都会在课程的测试用例和你正在
查看的网络上与软件自己的实现逐元素比较，并解释第一处不同。
保存文件后会重新检查。仍然抛出 NotImplementedError 的函数显示为“尚未编写”。

软件在单独的进程中运行本文件，只执行其中的 import、函数定义和常量：
你写在顶层的测试代码不会在那里运行。

形状：X 为 (n[0], m)，每列一个样本；W[l] 为 (n[l], n[l-1])；
b[l] 为 (n[l], 1)，加到每一列上；Z[l] 与 A[l] 为 (n[l], m)。
"""
'''

WEEK_NAMES = {2: "第 2 周（逻辑回归）", 3: "第 3 周（单隐藏层）", 4: "第 4 周（深层网络）"}
GIVEN = "已给出，与课程的 dnn_utils.py 相同：请勿修改。"
GIVEN_PLANAR = "已给出，与课程的 planar_utils.py 相同：请勿修改。"
YOUR_CODE = "YOUR CODE HERE（在此写代码）"
SECTION = {2: "第 2 周：以神经网络的思路做逻辑回归",
           3: "第 3 周：单隐藏层神经网络",
           4: "第 4 周：一步步构建深层神经网络"}

DOCS = {
    "sigmoid": """σ(z) = 1 / (1 + e^(−z))，逐元素计算。

    z：一个数，或任意形状的数组。
    返回 s：σ(z)，形状与 z 相同。""",
    "initialize_with_zeros": """w 为形状 (dim, 1) 的零向量，b = 0（逻辑回归可以从零开始）。

    dim：输入特征数 n_x。
    返回 w：(dim, 1)；b：浮点数。""",
    "propagate": """逻辑回归的前向传播与反向传播。

    w：(n_x, 1)；b：浮点数；X：(n_x, m)；Y：(1, m)，取值 0/1。
    A = σ(wᵀ X + b)；cost = −(1/m) Σ [Y log A + (1 − Y) log(1 − A)]。
    返回 grads {"dw": (n_x, 1) = (1/m) X (A − Y)ᵀ, "db": 浮点数 = (1/m) Σ (A − Y)}，以及 cost。""",
    "optimize": """梯度下降：重复 num_iterations 次，w -= learning_rate dw，b -= learning_rate db。

    w：(n_x, 1)；b：浮点数；X：(n_x, m)；Y：(1, m)。
    返回 params {"w", "b"}、grads {"dw", "db"}（最后一次的）、costs（每 100 次迭代记录一次）。""",
    "predict@2": """预测标签：σ(wᵀ x + b) > 0.5 时为 1，否则为 0。

    w：(n_x, 1)；b：浮点数；X：(n_x, m)。
    返回 Y_prediction：(1, m)。""",
    "layer_sizes": """三层的大小。

    X：(n_x, m)；Y：(n_y, m)。
    返回 (n_x, n_h, n_y)，其中 n_h = 4。""",
    "initialize_parameters": """小的随机权重、零偏置：先 np.random.seed(2)，再 randn(...) × 0.01。

    n_x, n_h, n_y：各层大小。
    返回 parameters {"W1": (n_h, n_x), "b1": (n_h, 1), "W2": (n_y, n_h), "b2": (n_y, 1)}。""",
    "forward_propagation": """经过隐藏层（tanh）和输出层（sigmoid）的前向传播。

    X：(n_x, m)；parameters {"W1", "b1", "W2", "b2"}。
    Z1 = W1 X + b1，A1 = tanh(Z1)，Z2 = W2 A1 + b2，A2 = σ(Z2) = 1 / (1 + np.exp(−Z2))。
    返回 A2：(1, m)；cache {"Z1", "A1": (n_h, m), "Z2", "A2": (1, m)}。""",
    "compute_cost": """交叉熵代价 J = −(1/m) Σ [Y log AL + (1 − Y) log(1 − AL)]。

    AL：(1, m)，输出 A[L]（第 3 周称为 A2）；Y：(1, m)，取值 0/1。
    返回 cost：一个数（用 np.squeeze 压缩）。""",
    "backward_propagation": """单隐藏层网络的反向传播。

    parameters {"W1", "b1", "W2", "b2"}；cache {"Z1", "A1", "Z2", "A2"}；X：(n_x, m)；Y：(1, m)。
    dZ2 = A2 − Y；dW2 = (1/m) dZ2 A1ᵀ；db2 = (1/m) Σ dZ2（keepdims=True）；
    dZ1 = W2ᵀ dZ2 * (1 − A1²)；dW1 = (1/m) dZ1 Xᵀ；db1 = (1/m) Σ dZ1（keepdims=True）。
    返回 grads {"dW1": (n_h, n_x), "db1": (n_h, 1), "dW2": (n_y, n_h), "db2": (n_y, 1)}。""",
    "update_parameters": """对每一层做一步梯度下降：W[l] −= α dW[l]，b[l] −= α db[l]。

    parameters {"W1", "b1", …, "WL", "bL"}；grads {"dW1", "db1", …}；learning_rate：α。
    返回更新后的 parameters（键与形状不变）。""",
    "predict@3": """用训练好的网络预测：A2 > 0.5 处为 True。

    parameters {"W1", "b1", "W2", "b2"}；X：(n_x, m)。
    返回 predictions：(1, m)。""",
    "nn_model": """训练单隐藏层网络：先初始化，再重复 num_iterations 次前向传播、代价、
    反向传播、更新（学习率 1.2）。

    X：(n_x, m)；Y：(1, m)；n_h：隐藏单元数。
    返回训练后的 parameters {"W1", "b1", "W2", "b2"}。""",
    "initialize_parameters_deep": """每一层都用小的随机权重、零偏置：先 np.random.seed(3)，再对 l = 1 … L 令
    W[l] = randn(n[l], n[l−1]) × 0.01，b[l] = zeros (n[l], 1)。

    layer_dims：[n[0], n[1], …, n[L]]。
    返回 parameters {"W1": (n[1], n[0]), "b1": (n[1], 1), …}。""",
    "linear_forward": """一层的线性部分：Z = W A + b。

    A：(n[l−1], m)，上一层的激活值；W：(n[l], n[l−1])；b：(n[l], 1)。
    返回 Z：(n[l], m)；cache = (A, W, b)。""",
    "linear_activation_forward": """一层：Z = W A_prev + b，然后 A = g(Z)。

    A_prev：(n[l−1], m)；W：(n[l], n[l−1])；b：(n[l], 1)；activation："sigmoid" 或 "relu"。
    返回 A：(n[l], m)；cache = (linear_cache, activation_cache) = ((A_prev, W, b), Z)。""",
    "L_model_forward": """前向传播：L − 1 层 ReLU，然后是 sigmoid 输出层。

    X：(n[0], m)；parameters {"W1", "b1", …, "WL", "bL"}。
    返回 AL：(1, m)；caches：linear_activation_forward 的 L 个 cache 组成的列表。""",
    "linear_backward": """一层反向传播的线性部分。

    dZ：(n[l], m)；cache = (A_prev, W, b)，来自 linear_forward。
    dW = (1/m) dZ A_prevᵀ；db = (1/m) 对样本求和 dZ（keepdims=True）；dA_prev = Wᵀ dZ。
    返回 dA_prev：(n[l−1], m)；dW：(n[l], n[l−1])；db：(n[l], 1)。""",
    "linear_activation_backward": """一层的反向传播：dZ = dA * g′(Z)，然后调用 linear_backward。

    dA：(n[l], m)；cache = ((A_prev, W, b), Z)；activation："sigmoid" 或 "relu"。
    返回 dA_prev：(n[l−1], m)；dW：(n[l], n[l−1])；db：(n[l], 1)。""",
    "L_model_backward": """经过全部 L 层的反向传播，从
    dAL = −(Y / AL − (1 − Y) / (1 − AL)) 开始。

    AL：(1, m)；Y：(1, m)；caches：L_model_forward 返回的列表。
    返回 grads {"dA{l−1}", "dW{l}", "db{l}"}，l = L … 1。""",
}
