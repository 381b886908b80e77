<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>See forward and backward propagation happen, step by step, on toy 2D data.</source>
        <translation>在 2D 玩具数据上，一步一步地观察前向传播和反向传播。</translation>
    </message>
    <message>
        <source>The notation and the exercises it illustrates follow the course &lt;i&gt;Neural Networks and Deep Learning&lt;/i&gt; by Andrew Ng (DeepLearning.AI). Backprop Studio is an independent teaching aid, not part of the course.</source>
        <translation>记号和所演示的练习遵循吴恩达（Andrew Ng，DeepLearning.AI）的课程&lt;i&gt;《神经网络和深度学习》&lt;/i&gt;。Backprop Studio 是独立的教学辅助工具，不属于该课程。</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>构建所用的库</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Backprop Studio itself is free software under the MIT licence.</source>
        <translation>Backprop Studio 本身是采用 MIT 许可证的自由软件。</translation>
    </message>
    <message>
        <source>About Backprop Studio</source>
        <translation>关于 Backprop Studio</translation>
    </message>
</context>
<context>
    <name>ActivationPlotView</name>
    <message>
        <source>(z of %1 evenly spaced training examples of the %2.)</source>
        <translation>（z 取自 %2 个训练样本中均匀间隔的 %1 个。）</translation>
    </message>
    <message>
        <source>Saturated: %1 % of z have |g&apos;(z)| &lt; %2. Where g&apos; is that small, dZ = dA · g&apos;(Z) is almost 0, so the weights feeding these units learn slowly.</source>
        <translation>饱和：%1 % 的 z 满足 |g&apos;(z)| &lt; %2。在 g&apos; 这么小的地方，dZ = dA · g&apos;(Z) 几乎为 0，因此输入这些单元的权重学得很慢。</translation>
    </message>
    <message>
        <source>Dead units: %1 of %2 (z ≤ 0 for every example). There g&apos;(z) = 0, so no gradient reaches their W and b: they never change again.</source>
        <translation>死亡单元：%2 个中有 %1 个（对每个样本都有 z ≤ 0）。那里 g&apos;(z) = 0，没有梯度能传到它们的 W 和 b：它们再也不会改变。</translation>
    </message>
    <message>
        <source>A linear unit never saturates: g&apos;(z) = 1 for every z. But a stack of linear layers is still one linear function, so the decision boundary stays a straight line.</source>
        <translation>线性单元永远不会饱和：对所有 z 都有 g&apos;(z) = 1。但多个线性层叠加起来仍然是一个线性函数，所以决策边界始终是一条直线。</translation>
    </message>
    <message>
        <source>Never saturates: %1, so every unit always passes some gradient back.</source>
        <translation>从不饱和：%1，所以每个单元总能把一些梯度传回去。</translation>
    </message>
    <message>
        <source>This network has no hidden layer: it is logistic regression, and its only activation is the output&apos;s sigmoid. Add a hidden layer to see its g(z), g&apos;(z) and where its z values lie.</source>
        <extracomment>At most 10 redraws a second: a forward pass over the training set each time, and a histogram. What each entry of the key under the plot looks like (coloured in the curve&apos;s colour).</extracomment>
        <translation>此网络没有隐藏层：它就是逻辑回归，唯一的激活函数是输出层的 sigmoid。添加一个隐藏层，就能看到它的 g(z)、g&apos;(z) 以及 z 值的分布。</translation>
    </message>
    <message>
        <source>Layer %1 (%2)</source>
        <translation>第 %1 层（%2）</translation>
    </message>
    <message>
        <source>g(z) = %1(z)</source>
        <translation>g(z) = %1(z)</translation>
    </message>
    <message>
        <source>g&apos;(z), its slope</source>
        <translation>g&apos;(z)，即它的斜率</translation>
    </message>
    <message>
        <source>z of layer %1 on the training set (right axis)</source>
        <translation>第 %1 层在训练集上的 z 值（右轴）</translation>
    </message>
    <message>
        <source>|g&apos;(z)| = %1</source>
        <translation>|g&apos;(z)| = %1</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>层(&amp;L)：</translation>
    </message>
    <message>
        <source>no hidden layer</source>
        <translation>没有隐藏层</translation>
    </message>
    <message>
        <source>Which hidden layer l to show: its activation g[l] and the values Z[l] = W[l] A[l-1] + b[l].</source>
        <translation>显示哪个隐藏层 l：它的激活函数 g[l] 以及 Z[l] = W[l] A[l-1] + b[l] 的值。</translation>
    </message>
    <message>
        <source>Curves: the activation g(z) and its slope g&apos;(z). Bars: how many of the layer&apos;s z values (every unit × every training example) fall at each z.</source>
        <translation>曲线：激活函数 g(z) 及其斜率 g&apos;(z)。柱形：该层的 z 值（每个单元 × 每个训练样本）落在各处的数量。</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>g(z), g&apos;(z)</source>
        <translation>g(z), g&apos;(z)</translation>
    </message>
    <message>
        <source>number of z values</source>
        <translation>z 值个数</translation>
    </message>
</context>
<context>
    <name>Activations</name>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
</context>
<context>
    <name>ArrayModel</name>
    <message>
        <source>[%1, %2] = %3</source>
        <translation>[%1, %2] = %3</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不同</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Backprop Studio was closed last time with training that no session file holds. Restore the session autosaved at %1 (iteration %2)?</source>
        <translation>Backprop Studio 上次关闭时，有尚未保存到任何会话文件中的训练。要恢复 %1 自动保存的会话（第 %2 次迭代）吗？</translation>
    </message>
    <message>
        <source>Restore the autosaved session?</source>
        <translation>恢复自动保存的会话？</translation>
    </message>
    <message>
        <source>If you choose No, it stays in %2 as %1, among the autosaves of the last %3 runs.</source>
        <translation>如果选择“否”，它会以 %1 的名字留在 %2 中，与最近 %3 次运行的自动保存放在一起。</translation>
    </message>
    <message>
        <source>Autosave is not working: %1. Save your session yourself (File → Save session).</source>
        <translation>自动保存不可用：%1。请自行保存会话（文件 → 保存会话）。</translation>
    </message>
    <message>
        <source>%1 more autosaved session(s) of runs that ended without saving are kept in %2.</source>
        <translation>另有 %1 个未保存就结束的运行的自动保存会话保存在 %2 中。</translation>
    </message>
    <message>
        <source>Backprop Studio did not close normally last time. Restore the session autosaved at %1 (iteration %2)?</source>
        <translation>Backprop Studio 上次没有正常关闭。要恢复 %1 自动保存的会话（第 %2 次迭代）吗？</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>Restored the autosaved session (iteration %1).</source>
        <translation>已恢复自动保存的会话（第 %1 次迭代）。</translation>
    </message>
    <message>
        <source>The autosaved session could not be read: %1</source>
        <translation>无法读取自动保存的会话：%1</translation>
    </message>
</context>
<context>
    <name>CheckTab</name>
    <message>
        <source>Select a function to see what decided its line.</source>
        <translation>选择一个函数，查看决定其结果的依据。</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>判定依据：%1</translation>
    </message>
    <message>
        <source>Every case returned core&apos;s numbers.</source>
        <translation>每个用例都返回了与核心相同的数值。</translation>
    </message>
    <message>
        <source>What it printed:</source>
        <translation>它打印的内容：</translation>
    </message>
</context>
<context>
    <name>CheckTableModel</name>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ColourScale</name>
    <message>
        <source>Colours:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Every matrix of every phase is coloured on this one scale, symmetric around 0 (white): the same colour is the same value in A, Z, dZ or W. Values beyond ± the scale take the end colours; the numbers are always exact.</source>
        <translation>每个阶段的每个矩阵都用这一个以 0（白色）为中心对称的色标着色：在 A、Z、dZ 或 W 中，同一颜色就是同一数值。超出 ± 色标范围的值取两端的颜色；数字始终是精确的。</translation>
    </message>
</context>
<context>
    <name>ComputationGraphLab</name>
    <message>
        <source>Computation graph</source>
        <translation>计算图</translation>
    </message>
    <message>
        <source>J = 3(a + bc)</source>
        <translation>J = 3(a + bc)</translation>
    </message>
    <message>
        <source>Logistic regression (one example)</source>
        <translation>逻辑回归（单个样本）</translation>
    </message>
    <message>
        <source>The course&apos;s first graph: u = bc, v = a + u, J = 3v.</source>
        <translation>课程中的第一个计算图：u = bc，v = a + u，J = 3v。</translation>
    </message>
    <message>
        <source>z = w1·x1 + w2·x2 + b, a = σ(z), L(a, y): backward gives the course&apos;s dz = a − y.</source>
        <translation>z = w1·x1 + w2·x2 + b，a = σ(z)，L(a, y)：反向传播得到课程中的 dz = a − y。</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <source>L2 regularization λ</source>
        <translation>L2 正则化 λ</translation>
    </message>
    <message>
        <source>initialization scale</source>
        <translation>初始化缩放系数</translation>
    </message>
    <message>
        <source>mini-batch size</source>
        <translation>小批量大小</translation>
    </message>
    <message>
        <source>leaky ReLU slope</source>
        <translation>Leaky ReLU 斜率</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>number of classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>number of points m</source>
        <translation>点数 m</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>test ratio</source>
        <translation>测试集比例</translation>
    </message>
    <message>
        <source>units in hidden layer {layer} (n[{layer}])</source>
        <translation>第 {layer} 个隐藏层的单元数 (n[{layer}])</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>二分类</translation>
    </message>
    <message>
        <source>multiclass</source>
        <translation>多分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>{name} must be a finite number, got {value!r}</source>
        <translation>{name} 必须是有限的数，得到的是 {value!r}</translation>
    </message>
    <message>
        <source>{name} must be in [{low:g}, {high:g}], got {value:g}</source>
        <translation>{name} 必须在 [{low:g}, {high:g}] 之内，得到的是 {value:g}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value!r}</source>
        <translation>{name} 必须是整数，得到的是 {value!r}</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name} 必须在 {low} 和 {high} 之间，得到的是 {value}</translation>
    </message>
    <message>
        <source>problem must be one of {known}, got {problem!r}</source>
        <translation>问题类型必须是 {known} 之一，得到的是 {problem!r}</translation>
    </message>
    <message>
        <source>unknown hyperparameter(s): {names}</source>
        <translation>未知的超参数：{names}</translation>
    </message>
    <message>
        <source>at most {max} hidden layers are supported, got {count}</source>
        <translation>最多支持 {max} 个隐藏层，得到的是 {count} 个</translation>
    </message>
    <message>
        <source>{layers} hidden layers need {layers} activations, got {count}</source>
        <translation>{layers} 个隐藏层需要 {layers} 个激活函数，得到的是 {count} 个</translation>
    </message>
    <message>
        <source>activation of hidden layer {layer} must be one of {known}, got {name!r}</source>
        <translation>第 {layer} 个隐藏层的激活函数必须是 {known} 之一，得到的是 {name!r}</translation>
    </message>
    <message>
        <source>initialization must be one of {known}, got {name!r}</source>
        <translation>初始化方法必须是 {known} 之一，得到的是 {name!r}</translation>
    </message>
    <message>
        <source>standardize must be true or false</source>
        <translation>standardize 必须是 true 或 false</translation>
    </message>
    <message>
        <source>a binary problem has exactly 2 classes</source>
        <translation>二分类问题恰好有 2 个类别</translation>
    </message>
    <message>
        <source>features must be a list of names, got the string {names!r}</source>
        <translation>特征必须是名称的列表，得到的却是字符串 {names!r}</translation>
    </message>
    <message>
        <source>raw points must have shape (2, m), got {shape}</source>
        <translation>原始点的形状必须是 (2, m)，得到的是 {shape}</translation>
    </message>
    <message>
        <source>mean and std must have the same length, got {mean} and {std}</source>
        <translation>均值和标准差的长度必须相同，得到的是 {mean} 和 {std}</translation>
    </message>
    <message>
        <source>standardization needs finite means and positive standard deviations</source>
        <translation>标准化需要有限的均值和正的标准差</translation>
    </message>
    <message>
        <source>X must have shape (n_x, m), got {shape}</source>
        <translation>X 的形状必须是 (n_x, m)，得到的是 {shape}</translation>
    </message>
    <message>
        <source>expected inputs of shape ({n_x}, m), got {shape}</source>
        <translation>输入的形状应为 ({n_x}, m)，得到的是 {shape}</translation>
    </message>
    <message>
        <source>{name} must have shape (n_x, 1), got {shape}</source>
        <translation>{name} 的形状必须是 (n_x, 1)，得到的是 {shape}</translation>
    </message>
    <message>
        <source>normalization needs a &apos;mean&apos; list and a &apos;std&apos; list</source>
        <translation>标准化需要一个 &apos;mean&apos; 列表和一个 &apos;std&apos; 列表</translation>
    </message>
    <message>
        <source>invalid normalization: {reason}</source>
        <translation>无效的标准化：{reason}</translation>
    </message>
    <message>
        <source>{layers} layers need {layers} activations, got {count}</source>
        <translation>{layers} 层需要 {layers} 个激活函数，得到的是 {count} 个</translation>
    </message>
    <message>
        <source>the output layer&apos;s activation must be one of {known}, not {name!r}</source>
        <translation>输出层的激活函数必须是 {known} 之一，而不是 {name!r}</translation>
    </message>
    <message>
        <source>L_model_backward is the course&apos;s sigmoid + cross-entropy backward pass; for a {name} output use L_model_backward_shortcut (dZ[L] = A[L] − Y)</source>
        <translation>L_model_backward 是课程中 sigmoid + 交叉熵的反向传播；{name} 输出请使用 L_model_backward_shortcut (dZ[L] = A[L] − Y)</translation>
    </message>
    <message>
        <source>layer_dims needs at least an input and an output size</source>
        <translation>layer_dims 至少需要输入层和输出层的大小</translation>
    </message>
    <message>
        <source>every layer size must be a positive integer, got {size!r}</source>
        <translation>每层的大小都必须是正整数，得到的是 {size!r}</translation>
    </message>
    <message>
        <source>unknown initialization {name!r}; choose one of {known}</source>
        <translation>未知的初始化方法 {name!r}；请从以下选择：{known}</translation>
    </message>
    <message>
        <source>the initialization scale must be a finite number &gt;= 0, got {scale}</source>
        <translation>初始化缩放系数必须是 &gt;= 0 的有限数，得到的是 {scale}</translation>
    </message>
    <message>
        <source>softmax is an output activation: use dZ = A - Y</source>
        <translation>softmax 是输出层的激活函数：请使用 dZ = A - Y</translation>
    </message>
    <message>
        <source>leaky ReLU alpha must be in [0, 1), got {alpha}</source>
        <translation>Leaky ReLU 的 alpha 必须在 [0, 1) 之内，得到的是 {alpha}</translation>
    </message>
    <message>
        <source>unknown activation {name!r}; known: {known}</source>
        <translation>未知的激活函数 {name!r}；已知的有：{known}</translation>
    </message>
    <message>
        <source>the output layer must be sigmoid, softmax or linear, not {name!r}</source>
        <translation>输出层必须是 sigmoid、softmax 或 linear，而不是 {name!r}</translation>
    </message>
    <message>
        <source>unknown loss {name!r}</source>
        <translation>未知的损失函数 {name!r}</translation>
    </message>
    <message>
        <source>X_train must be ({n_x}, m) for {n_x} input features, got {shape}</source>
        <translation>有 {n_x} 个输入特征时 X_train 必须是 ({n_x}, m)，得到的是 {shape}</translation>
    </message>
    <message>
        <source>Y_train must be ({n_y}, m), got {shape}</source>
        <translation>Y_train 必须是 ({n_y}, m)，得到的是 {shape}</translation>
    </message>
    <message>
        <source>training needs at least one example</source>
        <translation>训练至少需要一个样本</translation>
    </message>
    <message>
        <source>{key} must have shape {expected}, got {shape}</source>
        <translation>{key} 的形状必须是 {expected}，得到的是 {shape}</translation>
    </message>
    <message>
        <source>{key} contains a value that is not a finite number</source>
        <translation>{key} 中有一个值不是有限的数</translation>
    </message>
    <message>
        <source>the architecture changed: make a new Trainer (training restarts)</source>
        <translation>网络结构变了：请新建一个 Trainer（训练重新开始）</translation>
    </message>
    <message>
        <source>the saved mini-batch order does not match the training set</source>
        <translation>保存的小批量顺序与训练集不符</translation>
    </message>
    <message>
        <source>Training diverged at iteration {iteration}: the cost became {cost}. The last finite parameters were kept. Try a smaller learning rate α (now {learning_rate:g}) or a smaller initialization scale, then press Reset (R): the kept parameters may already be too large to recover from.</source>
        <translation>训练在第 {iteration} 次迭代发散：代价变成了 {cost}。已保留最后一组有限的参数。请尝试更小的学习率 α（当前为 {learning_rate:g}）或更小的初始化缩放系数，然后按“重置”(R)：保留下来的参数可能已经大到无法恢复。</translation>
    </message>
    <message>
        <source>a weight must be a number</source>
        <translation>权重必须是数</translation>
    </message>
    <message>
        <source>a weight must be a finite number</source>
        <translation>权重必须是有限的数</translation>
    </message>
    <message>
        <source>there is no parameter {key}</source>
        <translation>没有参数 {key}</translation>
    </message>
    <message>
        <source>{key} has no entry ({row}, {col})</source>
        <translation>{key} 没有 ({row}, {col}) 这一项</translation>
    </message>
    <message>
        <source>unknown data setting: {reason}</source>
        <translation>未知的数据设置：{reason}</translation>
    </message>
    <message>
        <source>the session cannot be restored: {reason}</source>
        <translation>无法恢复会话：{reason}</translation>
    </message>
    <message>
        <source>there is no neuron {unit} in layer {layer}</source>
        <translation>第 {layer} 层没有神经元 {unit}</translation>
    </message>
    <message>
        <source>there is no training example {index}</source>
        <translation>没有训练样本 {index}</translation>
    </message>
    <message>
        <source>there is no lesson called {name}</source>
        <translation>没有名为 {name} 的课</translation>
    </message>
    <message>
        <source>Training stopped at iteration {iteration}: the cost blew up to {cost}. Try a smaller learning rate α (now {learning_rate:g}) or a smaller initialization scale, then press Reset (R).</source>
        <translation>训练在第 {iteration} 次迭代停止：代价爆炸到 {cost}。请尝试更小的学习率 α（当前为 {learning_rate:g}）或更小的初始化尺度，然后按“重置”(R)。</translation>
    </message>
    <message>
        <source>The weights are exploding: W[{layer}] has an entry of size {value:.3g}. Each step overshoots and makes them larger. Try a smaller learning rate α (now {learning_rate:g}) or L2 regularization λ, then press Reset (R).</source>
        <translation>权重正在爆炸：W[{layer}] 中有一个大小为 {value:.3g} 的元素。每一步都走过头，使它们越来越大。请尝试更小的学习率 α（当前为 {learning_rate:g}）或 L2 正则化 λ，然后按“重置”(R)。</translation>
    </message>
    <message>
        <source>The cost is rising: J went from {first:.4g} to {last:.4g} between iterations {start} and {end}. The steps overshoot the valley. Try a smaller learning rate α (now {learning_rate:g}).</source>
        <translation>代价在上升：在第 {start} 到第 {end} 次迭代之间，J 从 {first:.4g} 升到了 {last:.4g}。每一步都越过了谷底。请尝试更小的学习率 α（当前为 {learning_rate:g}）。</translation>
    </message>
    <message>
        <source>The cost goes up and down: it rose {rises} times between iterations {start} and {end} instead of only falling. Each step jumps across the valley. Try a smaller learning rate α (now {learning_rate:g}).</source>
        <translation>代价忽高忽低：在第 {start} 到第 {end} 次迭代之间，它上升了 {rises} 次，而不是一直下降。每一步都跳过了谷底。请尝试更小的学习率 α（当前为 {learning_rate:g}）。</translation>
    </message>
    <message>
        <source>{dead} of the {units} ReLU units of layer {layer} are dead: Z[{layer}] ≤ 0 for every example, so g′(Z) = 0 and their weights never change again. Try a smaller learning rate α (now {learning_rate:g}), leaky ReLU or a smaller initialization, then press Reset (R).</source>
        <translation>第 {layer} 层的 {units} 个 ReLU 单元中有 {dead} 个已经“死亡”：对每个样本都有 Z[{layer}] ≤ 0，所以 g′(Z) = 0，它们的权重再也不会改变。请尝试更小的学习率 α（当前为 {learning_rate:g}）、Leaky ReLU 或更小的初始化，然后按“重置”(R)。</translation>
    </message>
    <message>
        <source>{saturated} of the {units} {activation} units of layer {layer} have been saturated since the start: |z| is large where {activation} is flat, so g′(Z) ≈ 0, dZ = dA * g′(Z) ≈ 0 and their weights crawl. Try a smaller initialization scale, standardized inputs or ReLU.</source>
        <translation>第 {layer} 层的 {units} 个 {activation} 单元中有 {saturated} 个从一开始就饱和：|z| 很大，{activation} 在那里很平坦，所以 g′(Z) ≈ 0，dZ = dA * g′(Z) ≈ 0，它们的权重几乎不动。请尝试更小的初始化尺度、标准化的输入或 ReLU。</translation>
    </message>
    <message>
        <source>The learning rate α must be a number, not “{text}”.</source>
        <translation>学习率 α 必须是数，而不是“{text}”。</translation>
    </message>
    <message>
        <source>At most {max} hidden layers.</source>
        <translation>最多 {max} 个隐藏层。</translation>
    </message>
    <message>
        <source>There is no hidden layer to remove.</source>
        <translation>没有可以删除的隐藏层。</translation>
    </message>
    <message>
        <source>There is no hidden layer {layer} (the network has {count}).</source>
        <translation>没有第 {layer} 个隐藏层（网络只有 {count} 个）。</translation>
    </message>
    <message>
        <source>cannot sweep {parameter!r}; choose one of {known}</source>
        <translation>无法扫描 {parameter!r}；请从以下选择：{known}</translation>
    </message>
    <message>
        <source>{item!r} is not a whole number</source>
        <translation>{item!r} 不是整数</translation>
    </message>
    <message>
        <source>{item!r}: the smallest value here is {low}</source>
        <translation>{item!r}：这里的最小值是 {low}</translation>
    </message>
    <message>
        <source>{item!r} is not a number</source>
        <translation>{item!r} 不是数</translation>
    </message>
    <message>
        <source>{item!r}: the learning rate α must be a positive number</source>
        <translation>{item!r}：学习率 α 必须是正数</translation>
    </message>
    <message>
        <source>{item!r} is not an activation; choose from {known}</source>
        <translation>{item!r} 不是激活函数；请从以下选择：{known}</translation>
    </message>
    <message>
        <source>{item!r}: the scale after × must be a number</source>
        <translation>{item!r}：× 后面的缩放系数必须是数</translation>
    </message>
    <message>
        <source>{item!r} is not an initialization; choose from {known} (or random×10)</source>
        <translation>{item!r} 不是初始化方法；请从以下选择：{known}（或 random×10）</translation>
    </message>
    <message>
        <source>iterations per run must be between 1 and {max}, got {value!r}</source>
        <translation>每次运行的迭代次数必须在 1 和 {max} 之间，得到的是 {value!r}</translation>
    </message>
    <message>
        <source>X must have shape (2, m) (examples are columns), got {shape}</source>
        <translation>X 的形状必须是 (2, m)（每列一个样本），得到的是 {shape}</translation>
    </message>
    <message>
        <source>y must have shape ({m},) to match X&apos;s {m} examples, got {shape}</source>
        <translation>y 的形状必须是 ({m},)，与 X 的 {m} 个样本对应，得到的是 {shape}</translation>
    </message>
    <message>
        <source>a regression dataset has no class names</source>
        <translation>回归数据集没有类别名称</translation>
    </message>
    <message>
        <source>labels must be class numbers 0..{last}, got {label}</source>
        <translation>标签必须是类别编号 0..{last}，得到的是 {label}</translation>
    </message>
    <message>
        <source>class names must be distinct, got {names}</source>
        <translation>类别名称不能重复，得到的是 {names}</translation>
    </message>
    <message>
        <source>a binary dataset has exactly 2 classes, got {count}</source>
        <translation>二分类数据集恰好有 2 个类别，得到的是 {count} 个</translation>
    </message>
    <message>
        <source>a multiclass dataset needs 3 to {max} classes, got {count}</source>
        <translation>多分类数据集需要 3 到 {max} 个类别，得到的是 {count} 个</translation>
    </message>
    <message>
        <source>labels must be integers in [0, {last}], got values from {low} to {high}</source>
        <translation>标签必须是 [0, {last}] 之内的整数，得到的值从 {low} 到 {high}</translation>
    </message>
    <message>
        <source>a dataset must be a mapping, got {type}</source>
        <translation>数据集必须是映射（字典），得到的是 {type}</translation>
    </message>
    <message>
        <source>dataset is missing {keys}</source>
        <translation>数据集缺少 {keys}</translation>
    </message>
    <message>
        <source>{name} must contain numbers only ({reason})</source>
        <translation>{name} 只能包含数（{reason}）</translation>
    </message>
    <message>
        <source>class labels must be whole numbers 0..K-1</source>
        <translation>类别标签必须是 0..K-1 的整数</translation>
    </message>
    <message>
        <source>unknown dataset {name!r}; known: {known}</source>
        <translation>未知的数据集 {name!r}；已知的有：{known}</translation>
    </message>
    <message>
        <source>{name} contains NaN or infinite values</source>
        <translation>{name} 中含有 NaN 或无穷大的值</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>found {count} column(s) separated by {separator}, 3 expected (x1, x2, label)</source>
        <translation>找到 {count} 列（用{separator}分隔），应为 3 列（x1, x2, 标签）</translation>
    </message>
    <message>
        <source>{column} is not a number: {text!r}</source>
        <translation>{column} 不是数：{text!r}</translation>
    </message>
    <message>
        <source>{column} is NaN or infinite: {text!r}</source>
        <translation>{column} 是 NaN 或无穷大：{text!r}</translation>
    </message>
    <message>
        <source>too many rows: at most {max} data rows can be loaded</source>
        <translation>行数太多：最多只能加载 {max} 行数据</translation>
    </message>
    <message>
        <source>the label {label!r} is not a number; regression needs numeric labels</source>
        <translation>标签 {label!r} 不是数；回归需要数值标签</translation>
    </message>
    <message>
        <source>the label {label!r} is NaN or infinite</source>
        <translation>标签 {label!r} 是 NaN 或无穷大</translation>
    </message>
    <message>
        <source>more than {max} classes (label {label!r} is the {nth}th distinct one); for continuous targets load the file as regression</source>
        <translation>类别超过 {max} 个（标签 {label!r} 是第 {nth} 个不同的值）；如果目标值是连续的，请按回归加载此文件</translation>
    </message>
    <message>
        <source>only one class ({label!r}): a classification needs at least two classes</source>
        <translation>只有一个类别（{label!r}）：分类至少需要两个类别</translation>
    </message>
    <message>
        <source>a line of {length} characters; lines longer than {max} characters are not read</source>
        <translation>有一行长 {length} 个字符；超过 {max} 个字符的行不会被读取</translation>
    </message>
    <message>
        <source>the line cannot be split into fields: {reason}</source>
        <translation>这一行无法拆分为字段：{reason}</translation>
    </message>
    <message>
        <source>{column} is {text}; values beyond ±{max:g} cannot be trained on or drawn (rescale the column)</source>
        <translation>{column} 为 {text}；超出 ±{max:g} 的值无法用于训练或绘制（请缩放这一列）</translation>
    </message>
    <message>
        <source>the target {label!r} is beyond ±{max:g}; such values cannot be trained on (rescale the column)</source>
        <translation>目标 {label!r} 超出了 ±{max:g}；这样的值无法用于训练（请缩放这一列）</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; it was read as {encoding}</source>
        <translation>{name} 不是 UTF-8 文本；已按 {encoding} 读取</translation>
    </message>
    <message>
        <source>the run has no iteration {iteration}: its timeline goes from {first} to {last}</source>
        <translation>本次训练没有第 {iteration} 次迭代：它的时间线从第 {first} 次到第 {last} 次</translation>
    </message>
    <message>
        <source>timeline: it belongs to another network</source>
        <translation>时间线：它属于另一个网络</translation>
    </message>
    <message>
        <source>timeline: it goes to iteration {last}, past the run&apos;s {iteration}</source>
        <translation>时间线：它到第 {last} 次迭代，超过了本次训练的第 {iteration} 次</translation>
    </message>
    <message>
        <source>timeline: its changes of α, λ or batch size do not lead to the run&apos;s</source>
        <translation>时间线：其中对 α、λ 或批大小的修改与本次训练不一致</translation>
    </message>
    <message>
        <source>the timeline starts at iteration {first}, not {iteration}</source>
        <translation>时间线从第 {first} 次迭代开始，而不是第 {iteration} 次</translation>
    </message>
    <message>
        <source>the timeline cannot be read: {reason}</source>
        <translation>无法读取时间线：{reason}</translation>
    </message>
    <message>
        <source>timeline: {where} must be a whole number ≥ {low}, got {value!r}</source>
        <translation>时间线：{where} 必须是 ≥ {low} 的整数，实际为 {value!r}</translation>
    </message>
    <message>
        <source>timeline: {where} must be a list of {size} numbers</source>
        <translation>时间线：{where} 必须是由 {size} 个数组成的列表</translation>
    </message>
    <message>
        <source>timeline: {where} holds a number that is not finite</source>
        <translation>时间线：{where} 含有非有限的数</translation>
    </message>
    <message>
        <source>timeline: not a timeline of format {format}</source>
        <translation>时间线：不是格式 {format} 的时间线</translation>
    </message>
    <message>
        <source>timeline: its network {theirs} is not this one {ours}</source>
        <translation>时间线：它的网络 {theirs} 不是当前网络 {ours}</translation>
    </message>
    <message>
        <source>timeline: {where}.order is not an order of the {m} examples</source>
        <translation>时间线：{where}.order 不是 {m} 个样本的一种顺序</translation>
    </message>
    <message>
        <source>timeline: {where}.first_cost must be a finite number or null</source>
        <translation>时间线：{where}.first_cost 必须是有限数或 null</translation>
    </message>
    <message>
        <source>timeline: it keeps no state</source>
        <translation>时间线：其中没有保存任何状态</translation>
    </message>
    <message>
        <source>timeline: {where}.values must name {fields}</source>
        <translation>时间线：{where}.values 必须包含 {fields}</translation>
    </message>
    <message>
        <source>timeline: {where}.kind must be one of {kinds}</source>
        <translation>时间线：{where}.kind 必须是 {kinds} 之一</translation>
    </message>
    <message>
        <source>a shape is whole numbers such as (1, 4), not “{text}”</source>
        <translation>形状是整数，例如 (1, 4)，而不是“{text}”</translation>
    </message>
    <message>
        <source>type a number, not “{text}”</source>
        <translation>请输入一个数，而不是“{text}”</translation>
    </message>
    <message>
        <source>choose one of: {options}</source>
        <translation>请从以下选项中选择：{options}</translation>
    </message>
    <message>
        <source>not a Backprop Studio progress file</source>
        <translation>这不是 Backprop Studio 的进度文件</translation>
    </message>
    <message>
        <source>the progress file was made by a newer Backprop Studio</source>
        <translation>进度文件由更新版本的 Backprop Studio 生成</translation>
    </message>
    <message>
        <source>progress: completed must be a list of lesson names</source>
        <translation>进度：completed 必须是课名的列表</translation>
    </message>
    <message>
        <source>progress: answers must be a list</source>
        <translation>进度：answers 必须是列表</translation>
    </message>
    <message>
        <source>progress: answers[{index}] must have lesson, question, given and correct</source>
        <translation>进度：answers[{index}] 必须包含 lesson、question、given 和 correct</translation>
    </message>
    <message>
        <source>the progress file is not valid JSON: {reason}</source>
        <translation>进度文件不是有效的 JSON：{reason}</translation>
    </message>
    <message>
        <source>the file is not readable as Python text: {reason}</source>
        <translation>该文件无法作为 Python 文本读取：{reason}</translation>
    </message>
    <message>
        <source>the notebook is not UTF-8 text: {reason}</source>
        <translation>该笔记本不是 UTF-8 文本：{reason}</translation>
    </message>
    <message>
        <source>the notebook is not valid JSON: line {line}: {reason}</source>
        <translation>该笔记本不是有效的 JSON：第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>the notebook has no cells</source>
        <translation>该笔记本没有任何单元格</translation>
    </message>
    <message>
        <source>the course&apos;s functions train one tanh hidden layer (week 3) or ReLU hidden layers (week 4) before a sigmoid output; this network uses {activations}</source>
        <translation>课程的函数训练的是一个 tanh 隐藏层（第 3 周）或若干 ReLU 隐藏层（第 4 周），输出层为 sigmoid；当前网络使用的是 {activations}</translation>
    </message>
    <message>
        <source>the course&apos;s functions train on the whole training set at once: choose the full batch (now {batch_size} examples per iteration) before training with your functions</source>
        <translation>课程的函数每次迭代用整个训练集：用你的函数训练之前，请选择全批量（现在每次迭代 {batch_size} 个样本）</translation>
    </message>
    <message>
        <source>the course&apos;s functions have no L2 regularization: set λ to 0 (now {lambd:g}) before training with your functions</source>
        <translation>课程的函数没有 L2 正则化：用你的函数训练之前，请把 λ 设为 0（现在为 {lambd:g}）</translation>
    </message>
    <message>
        <source>while training with your functions, Step takes whole iterations; Your code → Train with my functions shows your matrices next to core&apos;s, phase by phase</source>
        <translation>用你的函数训练时，“单步”按整次迭代进行；要逐阶段对比你的矩阵和核心的矩阵，请看“你的代码 → 用我的函数训练”</translation>
    </message>
    <message>
        <source>your {name} stopped the run at iteration {iteration}: {why}</source>
        <translation>你的 {name} 在第 {iteration} 次迭代停止了训练：{why}</translation>
    </message>
    <message>
        <source>your functions could not be started: {reason}</source>
        <translation>无法启动你的函数：{reason}</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; at most {max} MB)</source>
        <translation>文件太大（{size} MB；最多 {max} MB）</translation>
    </message>
    <message>
        <source>file not found: {path!r}</source>
        <translation>找不到文件：{path!r}</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>cannot write {name}: {reason}</source>
        <translation>无法写入 {name}：{reason}</translation>
    </message>
    <message>
        <source>could not write {path!r}: {reason}</source>
        <translation>无法写入 {path!r}：{reason}</translation>
    </message>
    <message>
        <source>{name} is not a text (UTF-8) file</source>
        <translation>{name} 不是文本（UTF-8）文件</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (truncated?): {reason}</source>
        <translation>{name} 不是有效的 JSON（文件被截断了？）：{reason}</translation>
    </message>
    <message>
        <source>{name} is damaged or truncated: {reason}</source>
        <translation>{name} 已损坏或被截断：{reason}</translation>
    </message>
    <message>
        <source>the file is too large (more than {max} MB)</source>
        <translation>文件太大（超过 {max} MB）</translation>
    </message>
    <message>
        <source>the JSON nests deeper than {max} levels</source>
        <translation>JSON 的嵌套超过了 {max} 层</translation>
    </message>
    <message>
        <source>a whole number has {digits} digits; at most {max} are read</source>
        <translation>有一个整数有 {digits} 位；最多读取 {max} 位</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} 不是有限的数</translation>
    </message>
    <message>
        <source>meta cannot be saved as JSON: {reason}</source>
        <translation>meta 无法保存为 JSON：{reason}</translation>
    </message>
    <message>
        <source>parameter files are .npz or .json, not {suffix!r}</source>
        <translation>参数文件应为 .npz 或 .json，而不是 {suffix!r}</translation>
    </message>
    <message>
        <source>parameter files are .npz or .json, not a file without suffix</source>
        <translation>参数文件应为 .npz 或 .json，而不是没有后缀的文件</translation>
    </message>
    <message>
        <source>unexpected key(s) {keys}: only W1, b1, W2, b2, ... are allowed</source>
        <translation>意外的键 {keys}：只允许 W1、b1、W2、b2、...</translation>
    </message>
    <message>
        <source>gap in the layer numbering: W{last} is there but W{layer} is missing</source>
        <translation>层编号不连续：有 W{last}，却缺少 W{layer}</translation>
    </message>
    <message>
        <source>missing b{layer} (the bias of layer {layer}, shape (n[{layer}], 1))</source>
        <translation>缺少 b{layer}（第 {layer} 层的偏置，形状为 (n[{layer}], 1)）</translation>
    </message>
    <message>
        <source>b{layer} has no matching W{layer}</source>
        <translation>b{layer} 没有对应的 W{layer}</translation>
    </message>
    <message>
        <source>W{layer} has shape {shape}: every layer needs at least one unit</source>
        <translation>W{layer} 的形状为 {shape}：每一层至少需要一个单元</translation>
    </message>
    <message>
        <source>b{layer} has shape {shape} but must be (n[{layer}], 1) = ({rows}, 1) to match W{layer} {w_shape}</source>
        <translation>b{layer} 的形状为 {shape}，但必须是 (n[{layer}], 1) = ({rows}, 1) 才能与 W{layer} {w_shape} 匹配</translation>
    </message>
    <message>
        <source>W{layer} has shape {shape} but W{previous} has shape {previous_shape}: W{layer} needs n[{previous}] = {columns} columns, one per unit of layer {previous}</source>
        <translation>W{layer} 的形状为 {shape}，但 W{previous} 的形状为 {previous_shape}：W{layer} 需要 n[{previous}] = {columns} 列，第 {previous} 层的每个单元一列</translation>
    </message>
    <message>
        <source>{key} is a {type}, not an array of numbers</source>
        <translation>{key} 是 {type}，而不是数值数组</translation>
    </message>
    <message>
        <source>{key} has {ndim} dimension(s) {shape}; it must be a 2-D matrix</source>
        <translation>{key} 有 {ndim} 个维度 {shape}；它必须是 2-D 矩阵</translation>
    </message>
    <message>
        <source>{key} holds {dtype} values; parameters must be floating-point numbers</source>
        <translation>{key} 中是 {dtype} 类型的值；参数必须是浮点数</translation>
    </message>
    <message>
        <source>this file was made by a newer Backprop Studio (format version {version}; this version reads up to {supported}): please update</source>
        <translation>此文件是由更新版本的 Backprop Studio 生成的（格式版本 {version}；本版本最多能读取 {supported}）：请更新程序</translation>
    </message>
    <message>
        <source>{name} is not an .npz archive (it is not a zip file)</source>
        <translation>{name} 不是 .npz 归档（它不是 zip 文件）</translation>
    </message>
    <message>
        <source>{where} must be a whole number from {low} to {high}, got {value}</source>
        <translation>{where} 必须是 {low} 到 {high} 之间的整数，实际为 {value}</translation>
    </message>
    <message>
        <source>{where} holds {value:g}; values beyond ±{max:g} cannot be trained or drawn</source>
        <translation>{where} 的值为 {value:g}；超出 ±{max:g} 的值无法训练或绘制</translation>
    </message>
    <message>
        <source>{where}: {rows} rows every {stride} iterations go past iteration {max}</source>
        <translation>{where}：每 {stride} 次迭代一行、共 {rows} 行，超出了第 {max} 次迭代</translation>
    </message>
    <message>
        <source>{where} must be a number or &quot;inf&quot;, &quot;-inf&quot; or &quot;nan&quot;, got {value}</source>
        <translation>{where} 必须是数字或 &quot;inf&quot;、&quot;-inf&quot;、&quot;nan&quot;，实际为 {value}</translation>
    </message>
    <message>
        <source>{key} contains Python objects (pickle), which are refused for safety</source>
        <translation>{key} 中含有 Python 对象（pickle），出于安全考虑拒绝读取</translation>
    </message>
    <message>
        <source>{key} cannot be read: {reason}</source>
        <translation>无法读取 {key}：{reason}</translation>
    </message>
    <message>
        <source>{name} is damaged or truncated ({key}: {reason})</source>
        <translation>{name} 已损坏或被截断（{key}：{reason}）</translation>
    </message>
    <message>
        <source>{key} must be a 2-D matrix: a list of rows of numbers</source>
        <translation>{key} 必须是 2-D 矩阵：由数值行组成的列表</translation>
    </message>
    <message>
        <source>{key} holds values that are not numbers; parameters must be numbers</source>
        <translation>{key} 中有不是数的值；参数必须是数</translation>
    </message>
    <message>
        <source>{key} has rows of different lengths</source>
        <translation>{key} 的各行长度不同</translation>
    </message>
    <message>
        <source>{key} holds a number too large for a float</source>
        <translation>{key} 中有一个数太大，浮点数无法表示</translation>
    </message>
    <message>
        <source>{name} is not a Backprop Studio parameter file (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>{name} 不是 Backprop Studio 参数文件（没有 &quot;format&quot;: &quot;{format}&quot;）</translation>
    </message>
    <message>
        <source>{name} has no &quot;parameters&quot; object</source>
        <translation>{name} 中没有 &quot;parameters&quot; 对象</translation>
    </message>
    <message>
        <source>{key} has shape {shape}: layers here have at most {max} units</source>
        <translation>{key} 的形状为 {shape}：这里每层最多有 {max} 个单元</translation>
    </message>
    <message>
        <source>the file holds {count} arrays; a network here has at most {max}</source>
        <translation>文件中有 {count} 个数组；这里的网络最多有 {max} 个</translation>
    </message>
    <message>
        <source>{key} takes {size} bytes unpacked, more than any parameter here ({max} bytes)</source>
        <translation>{key} 解压后占 {size} 字节，超过这里任何参数的大小（{max} 字节）</translation>
    </message>
    <message>
        <source>{key} is packed with zip method {method}; parameter files use only 0 (stored) or 8 (deflated)</source>
        <translation>{key} 使用 zip 压缩方法 {method}；参数文件只使用 0（存储）或 8（deflate 压缩）</translation>
    </message>
    <message>
        <source>{name} needs a zip reader of version {version}, which is not supported</source>
        <translation>{name} 需要版本 {version} 的 zip 读取器，不受支持</translation>
    </message>
    <message>
        <source>{key} is encrypted</source>
        <translation>{key} 已加密</translation>
    </message>
    <message>
        <source>{key} has no readable array header: {reason}</source>
        <translation>{key} 没有可读的数组头：{reason}</translation>
    </message>
    <message>
        <source>{key} holds {value:g}; values beyond ±{max:g} cannot be trained or drawn</source>
        <translation>{key} 的值为 {value:g}；超出 ±{max:g} 的值无法训练或绘制</translation>
    </message>
    <message>
        <source>meta is {count} characters long; at most {max} are read</source>
        <translation>meta 长 {count} 个字符；最多读取 {max} 个</translation>
    </message>
    <message>
        <source>meta {name} must be a list of finite numbers</source>
        <translation>meta 中的 {name} 必须是有限数的列表</translation>
    </message>
    <message>
        <source>meta {name} has {count} values but the network has n[0] = {n_x} inputs</source>
        <translation>meta 中的 {name} 有 {count} 个值，但网络有 n[0] = {n_x} 个输入</translation>
    </message>
    <message>
        <source>meta format_version must be a positive whole number, got {version!r}</source>
        <translation>meta 中的 format_version 必须是正整数，得到的是 {version!r}</translation>
    </message>
    <message>
        <source>meta must be a JSON object, not {type}</source>
        <translation>meta 必须是 JSON 对象，而不是 {type}</translation>
    </message>
    <message>
        <source>meta is not valid JSON: {reason}</source>
        <translation>meta 不是有效的 JSON：{reason}</translation>
    </message>
    <message>
        <source>meta must be a single JSON string</source>
        <translation>meta 必须是单个 JSON 字符串</translation>
    </message>
    <message>
        <source>meta says layer_dims {meta} but the arrays give {arrays}</source>
        <translation>meta 中的 layer_dims 是 {meta}，但数组给出的是 {arrays}</translation>
    </message>
    <message>
        <source>meta activations must be a list of names, one per layer</source>
        <translation>meta 中的 activations 必须是名称列表，每层一个</translation>
    </message>
    <message>
        <source>unknown activation {name!r} in meta; known: {known}</source>
        <translation>meta 中有未知的激活函数 {name!r}；已知的有：{known}</translation>
    </message>
    <message>
        <source>meta names {count} activation(s) but the arrays have {layers} layer(s)</source>
        <translation>meta 列出了 {count} 个激活函数，但数组有 {layers} 层</translation>
    </message>
    <message>
        <source>{name!r} cannot be the activation of hidden layer {layer}</source>
        <translation>{name!r} 不能作为第 {layer} 个隐藏层的激活函数</translation>
    </message>
    <message>
        <source>{name!r} cannot be the output activation; use {known}</source>
        <translation>{name!r} 不能作为输出层的激活函数；请使用 {known}</translation>
    </message>
    <message>
        <source>meta leaky_alpha must be a number in [0, 1), got {value!r}</source>
        <translation>meta 中的 leaky_alpha 必须是 [0, 1) 之内的数，得到的是 {value!r}</translation>
    </message>
    <message>
        <source>meta features must be a list of feature names</source>
        <translation>meta 中的 features 必须是特征名称的列表</translation>
    </message>
    <message>
        <source>meta lists {count} feature(s) but W1 expects n[0] = {n_x} inputs</source>
        <translation>meta 列出了 {count} 个特征，但 W1 需要 n[0] = {n_x} 个输入</translation>
    </message>
    <message>
        <source>meta standardization must be null or {{&quot;mean&quot;: [...], &quot;std&quot;: [...]}}</source>
        <translation>meta 中的 standardization 必须是 null 或 {{&quot;mean&quot;: [...], &quot;std&quot;: [...]}}</translation>
    </message>
    <message>
        <source>meta standardization std must be positive</source>
        <translation>meta 中 standardization 的 std 必须为正</translation>
    </message>
    <message>
        <source>these parameters were trained for a {file_problem} problem, but the current data is {problem}: load matching data first</source>
        <translation>这些参数是为{file_problem}问题训练的，但当前数据是{problem}问题：请先加载相匹配的数据</translation>
    </message>
    <message>
        <source>the output layer has n[L] = {units} unit(s), but the current data needs {needed} ({problem}): load matching data first</source>
        <translation>输出层有 n[L] = {units} 个单元，但当前数据需要 {needed} 个（{problem}）：请先加载相匹配的数据</translation>
    </message>
    <message>
        <source>the output layer has n[L] = {units} unit(s), but the current data needs {needed} ({problem}, {needed} classes): load matching data first</source>
        <translation>输出层有 n[L] = {units} 个单元，但当前数据需要 {needed} 个（{problem}，{needed} 个类别）：请先加载相匹配的数据</translation>
    </message>
    <message>
        <source>the file&apos;s output activation is {name}, but {problem} data needs {needed}</source>
        <translation>文件中输出层的激活函数是 {name}，但{problem}数据需要 {needed}</translation>
    </message>
    <message>
        <source>W1 has {columns} column(s), one per input feature, but the current network has {count} input feature(s) ({features}) and the file does not say which features it used</source>
        <translation>W1 有 {columns} 列（每个输入特征一列），但当前网络有 {count} 个输入特征（{features}），而文件没有说明它使用了哪些特征</translation>
    </message>
    <message>
        <source>this network cannot be built here: {reason}</source>
        <translation>无法在这里构建此网络：{reason}</translation>
    </message>
    <message>
        <source>the session cannot be saved as JSON: {reason}</source>
        <translation>会话无法保存为 JSON：{reason}</translation>
    </message>
    <message>
        <source>{name} is not a text (UTF-8) file, so it is not a session file</source>
        <translation>{name} 不是文本（UTF-8）文件，所以不是会话文件</translation>
    </message>
    <message>
        <source>{name} contains {value}, which is not a finite number</source>
        <translation>{name} 中含有 {value}，它不是有限的数</translation>
    </message>
    <message>
        <source>{where} is missing {key!r}</source>
        <translation>{where} 缺少 {key!r}</translation>
    </message>
    <message>
        <source>{where} must be a JSON object</source>
        <translation>{where} 必须是 JSON 对象</translation>
    </message>
    <message>
        <source>{where} has unexpected key(s) {keys}</source>
        <translation>{where} 中有意外的键 {keys}</translation>
    </message>
    <message>
        <source>{where} must be a whole number ≥ {low}, got {value!r}</source>
        <translation>{where} 必须是 ≥ {low} 的整数，得到的是 {value!r}</translation>
    </message>
    <message>
        <source>{where} must be a number, got {value!r}</source>
        <translation>{where} 必须是数，得到的是 {value!r}</translation>
    </message>
    <message>
        <source>{where}.skipped must be smaller than its stride {stride}</source>
        <translation>{where}.skipped 必须小于它的步长 {stride}</translation>
    </message>
    <message>
        <source>{where}.max_points must be even</source>
        <translation>{where}.max_points 必须是偶数</translation>
    </message>
    <message>
        <source>{where}.rows must be a list of at most {max} rows</source>
        <translation>{where}.rows 必须是最多 {max} 行的列表</translation>
    </message>
    <message>
        <source>{where}.rows[{index}] must be a row of {width} number(s)</source>
        <translation>{where}.rows[{index}] 必须是由 {width} 个数组成的一行</translation>
    </message>
    <message>
        <source>the parameters&apos; shapes give layer_dims {arrays}, but the hyperparameters describe {hyperparameters}</source>
        <translation>参数的形状给出的 layer_dims 是 {arrays}，但超参数描述的是 {hyperparameters}</translation>
    </message>
    <message>
        <source>trainer.batch_rng is not a PCG64 generator state: {reason}</source>
        <translation>trainer.batch_rng 不是 PCG64 生成器的状态：{reason}</translation>
    </message>
    <message>
        <source>trainer.order must be a list of example indices</source>
        <translation>trainer.order 必须是样本索引的列表</translation>
    </message>
    <message>
        <source>data_spec.name must be a dataset name</source>
        <translation>data_spec.name 必须是数据集名称</translation>
    </message>
    <message>
        <source>dataset y must be a list of numbers (labels or targets)</source>
        <translation>数据集的 y 必须是数的列表（标签或目标值）</translation>
    </message>
    <message>
        <source>dataset: {reason}</source>
        <translation>数据集：{reason}</translation>
    </message>
    <message>
        <source>hyperparameters: {reason}</source>
        <translation>超参数：{reason}</translation>
    </message>
    <message>
        <source>{name} is not a Backprop Studio session (not a JSON object)</source>
        <translation>{name} 不是 Backprop Studio 会话（不是 JSON 对象）</translation>
    </message>
    <message>
        <source>{name} holds parameters, not a session: use File → Import parameters</source>
        <translation>{name} 中是参数而不是会话：请使用 文件 → 导入参数</translation>
    </message>
    <message>
        <source>{name} is not a Backprop Studio session (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>{name} 不是 Backprop Studio 会话（没有 &quot;format&quot;: &quot;{format}&quot;）</translation>
    </message>
    <message>
        <source>{name} was made by a newer Backprop Studio (session format {version}; this version reads up to {supported}): please update</source>
        <translation>{name} 是由更新版本的 Backprop Studio 生成的（会话格式 {version}；本版本最多能读取 {supported}）：请更新程序</translation>
    </message>
    <message>
        <source>data_spec names an unknown dataset {name!r} and the file holds no points</source>
        <translation>data_spec 指定了未知的数据集 {name!r}，而文件中没有点</translation>
    </message>
    <message>
        <source>lesson must be a lesson name or null</source>
        <translation>lesson 必须是课的名称或 null</translation>
    </message>
    <message>
        <source>choose at least one input feature</source>
        <translation>请至少选择一个输入特征</translation>
    </message>
    <message>
        <source>unknown input feature {name!r}; known: {known}</source>
        <translation>未知的输入特征 {name!r}；已知的有：{known}</translation>
    </message>
    <message>
        <source>each input feature can be chosen once</source>
        <translation>每个输入特征只能选择一次</translation>
    </message>
    <message>
        <source>the dataset has no points: add or load some first</source>
        <translation>数据集中没有点：请先添加或加载一些点</translation>
    </message>
    <message>
        <source>type at least one value, separated by commas</source>
        <translation>请至少输入一个值，多个值用逗号分隔</translation>
    </message>
    <message>
        <source>the label is empty</source>
        <translation>标签为空</translation>
    </message>
    <message>
        <source>no data rows: the file is empty or holds only a header and comments</source>
        <translation>没有数据行：文件为空，或只有表头和注释</translation>
    </message>
    <message>
        <source>the file starts like UTF-16 text but cannot be decoded</source>
        <translation>文件开头像是 UTF-16 文本，但无法解码</translation>
    </message>
    <message>
        <source>no W1: this does not hold a network&apos;s parameters</source>
        <translation>没有 W1：这不是网络的参数</translation>
    </message>
</context>
<context>
    <name>CostCurveView</name>
    <message>
        <source>iteration %1, J = %2</source>
        <extracomment>20 frames a second is plenty for a curve that grows by a pixel at a time.</extracomment>
        <translation>第 %1 次迭代，J = %2</translation>
    </message>
    <message>
        <source>diverged at %1</source>
        <translation>在第 %1 次迭代发散</translation>
    </message>
    <message>
        <source>Train accuracy %1</source>
        <translation>训练集准确率 %1</translation>
    </message>
    <message>
        <source>Test accuracy %1</source>
        <translation>测试集准确率 %1</translation>
    </message>
    <message>
        <source>Train cost %1</source>
        <translation>训练集代价 %1</translation>
    </message>
    <message>
        <source>Test cost %1</source>
        <translation>测试集代价 %1</translation>
    </message>
    <message>
        <source>Point at the plot to read J</source>
        <translation>将鼠标指向曲线即可读出 J</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Logarithmic cost axis: shows how the cost keeps falling late in training.</source>
        <translation>代价轴使用对数刻度：可以看出训练后期代价仍在继续下降。</translation>
    </message>
    <message>
        <source>Log iterations</source>
        <translation>对数迭代轴</translation>
    </message>
    <message>
        <source>Logarithmic iteration axis (from iteration 1): spreads out the first iterations of a long run, where the cost falls fastest.</source>
        <translation>对数迭代轴（从第 1 次迭代开始）：把长时间运行的前几次迭代展开，代价在那里下降得最快。</translation>
    </message>
    <message>
        <source>train cost</source>
        <extracomment>Core&apos;s run as a grey band under the student&apos;s coloured curve: it is the yardstick, not the subject.</extracomment>
        <translation>训练集代价</translation>
    </message>
    <message>
        <source>your functions</source>
        <translation>你的函数</translation>
    </message>
    <message>
        <source>core&apos;s, same start</source>
        <translation>核心的，相同起点</translation>
    </message>
    <message>
        <source>test cost</source>
        <translation>测试集代价</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>cost J</source>
        <translation>代价 J</translation>
    </message>
</context>
<context>
    <name>CostSurfaceWindow</name>
    <message>
        <source>A weight W[l]ⱼ,ₖ (from unit k of layer l−1 into unit j of layer l) or a bias b[l]ⱼ. The surface shows J as this parameter changes, every other parameter held where it is now.</source>
        <translation>一个权重 W[l]ⱼ,ₖ（从第 l−1 层的单元 k 连到第 l 层的单元 j）或一个偏置 b[l]ⱼ。曲面显示 J 随这个参数如何变化，其他参数都保持当前值不变。</translation>
    </message>
    <message>
        <source>Cost surface — J over two parameters</source>
        <translation>代价曲面 —— J 随两个参数的变化</translation>
    </message>
    <message>
        <source>Cost &amp;surface…</source>
        <translation>代价曲面(&amp;S)…</translation>
    </message>
    <message>
        <source>J as a landscape over two weights or biases, with the path gradient descent took</source>
        <translation>把 J 画成两个权重或偏置上的地形图，并标出梯度下降走过的路径</translation>
    </message>
    <message>
        <source>Across (→):</source>
        <translation>横轴 (→)：</translation>
    </message>
    <message>
        <source>Up (↑):</source>
        <translation>纵轴 (↑)：</translation>
    </message>
    <message>
        <source>Pick in the diagram</source>
        <translation>在结构图中选取</translation>
    </message>
    <message>
        <source>Then click two edges (weights W) or two neurons (their biases b) in the network diagram: the first goes across, the second up.</source>
        <translation>然后在网络结构图中单击两条连线（权重 W）或两个神经元（它们的偏置 b）：第一个作横轴，第二个作纵轴。</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Compute J again around the parameters now. The picture is J with every other parameter fixed: once they have moved far, it is recomputed by itself.</source>
        <translation>围绕当前参数重新计算 J。图中的 J 是在其他参数都固定时算出的：一旦这些参数移动得较远，图会自动重新计算。</translation>
    </message>
    <message>
        <source>Colour: the cost J (dark = low). Lines: equal J (contours). White: the path the two parameters took, one dot per kept iteration, from the ring to the star (now) — walked while the other parameters moved too, so only its end lies exactly on this surface. Gradient descent steps across the contours, downhill; with too large an α it jumps across the valley and back.</source>
        <translation>颜色：代价 J（越深越低）。线条：J 相等处（等高线）。白色：这两个参数走过的路径，每个保留的迭代一个点，从圆环到星形（现在）—— 走这条路时其他参数也在变化，所以只有它的终点恰好落在这个曲面上。梯度下降沿下坡方向穿过等高线；α 太大时，它会在山谷两侧来回跳跃。</translation>
    </message>
    <message>
        <source>Choose two different parameters.</source>
        <translation>请选择两个不同的参数。</translation>
    </message>
    <message>
        <source>Choose two parameters, then Recompute.</source>
        <translation>请选择两个参数，然后按“重新计算”。</translation>
    </message>
    <message>
        <source>Computing J over a %1 × %1 grid (a forward pass per point)…</source>
        <translation>正在 %1 × %1 的网格上计算 J（每个点做一次前向传播）…</translation>
    </message>
    <message>
        <source>The surface could not be computed: %1</source>
        <translation>无法计算曲面：%1</translation>
    </message>
    <message>
        <source>Click an edge or a neuron in the diagram (%1 of 2).</source>
        <translation>在结构图中单击一条连线或一个神经元（第 %1 个，共 2 个）。</translation>
    </message>
    <message>
        <source>J around iteration %1 (J = %2 at the star), every other parameter fixed; the path: iterations %3 → %1.</source>
        <translation>第 %1 次迭代附近的 J（星形处 J = %2），其他参数均固定；路径：第 %3 → %1 次迭代。</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>有：%1</translation>
    </message>
    <message>
        <source>no (the first row is data)</source>
        <translation>无（第一行就是数据）</translation>
    </message>
    <message>
        <source>Separator: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Header row: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>分隔符：&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; 表头行：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Encoding: &lt;b&gt;%1&lt;/b&gt; (not UTF-8)</source>
        <translation>编码：&lt;b&gt;%1&lt;/b&gt;（不是 UTF-8）</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Cannot load this file. %1</source>
        <translation>无法加载此文件。%1</translation>
    </message>
    <message>
        <source>Nothing will be loaded until the file is fixed.</source>
        <translation>在文件修正之前不会加载任何数据。</translation>
    </message>
    <message>
        <source>%1 points; continuous targets y from %2 to %3 (regression)</source>
        <translation>%1 个点；连续目标值 y 从 %2 到 %3（回归）</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>二分类</translation>
    </message>
    <message>
        <source>%1 classes, softmax</source>
        <translation>%1 个类别，softmax</translation>
    </message>
    <message>
        <source>%1 points; each label value becomes a class (%2):</source>
        <translation>%1 个点；每个不同的标签值成为一个类别（%2）：</translation>
    </message>
    <message>
        <source>Label in the file</source>
        <translation>文件中的标签</translation>
    </message>
    <message>
        <source>Class y</source>
        <translation>类别 y</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Import points from CSV</source>
        <translation>从 CSV 导入数据点</translation>
    </message>
    <message>
        <source>File: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>文件：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Regression (continuous labels)</source>
        <translation>回归（连续标签）</translation>
    </message>
    <message>
        <source>Treat the label column as a number y to predict (linear output, squared error) instead of a class (sigmoid or softmax output).</source>
        <translation>把标签列当作要预测的数值 y（线性输出，平方误差），而不是类别（sigmoid 或 softmax 输出）。</translation>
    </message>
    <message>
        <source>The first rows of the file, as they are written in it.</source>
        <translation>文件的前几行，与文件中写的完全一样。</translation>
    </message>
    <message>
        <source>How each distinct label value becomes a class number y (0, 1, …), the network&apos;s target.</source>
        <translation>每个不同的标签值如何变成类别编号 y（0, 1, …），即网络的目标值。</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>m, the number of examples: the columns of X (n_x, m). More points show the shape better, but every iteration takes longer.</source>
        <translation>m，样本数量：X (n_x, m) 的列数。点越多形状越清楚，但每次迭代也越慢。</translation>
    </message>
    <message>
        <source>Points m</source>
        <translation>点数 m</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Share of the points held out to measure generalization; the network never trains on them.</source>
        <translation>留出用来衡量泛化能力的点所占的比例；网络从不在这些点上训练。</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>测试集比例</translation>
    </message>
    <message>
        <source>Random seed of the points and of the train/test split: the same seed always gives the same data.</source>
        <translation>数据点及训练集/测试集划分的随机种子：相同的种子总是得到相同的数据。</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>数据种子</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Draw new points with the next seed: same dataset, m and noise. Training restarts.</source>
        <translation>用下一个种子生成新的点：数据集、m 和噪声不变。训练重新开始。</translation>
    </message>
    <message>
        <source>Training on your own points (drawn or imported). Choose a dataset above to generate points again.</source>
        <translation>正在用你自己的点（手绘或导入）训练。在上方选择一个数据集即可重新生成数据点。</translation>
    </message>
    <message>
        <source>The session did not accept this change.</source>
        <translation>会话没有接受此更改。</translation>
    </message>
    <message>
        <source>Selected: your own points</source>
        <translation>已选择：你自己的点</translation>
    </message>
    <message>
        <source>Noise applies to generated datasets only.</source>
        <translation>噪声只作用于生成的数据集。</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>已选择：%1</translation>
    </message>
    <message>
        <source>Noise blurs the pattern, so no boundary can fit every point and overfitting shows. For this dataset: %1.</source>
        <translation>噪声会模糊数据的规律，使任何边界都无法拟合所有点，从而显现过拟合。对于此数据集：%1。</translation>
    </message>
</context>
<context>
    <name>DatasetSpec</name>
    <message>
        <source>noise:</source>
        <translation>噪声：</translation>
    </message>
    <message>
        <source>Planar flower</source>
        <translation>平面花朵</translation>
    </message>
    <message>
        <source>the course&apos;s 4-petal flower; noise: standard deviation added to the angle t and radius r</source>
        <translation>课程中的 4 瓣花朵；噪声：加到角度 t 和半径 r 上的标准差</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <source>a disc (class 1, radius 2) inside a ring (class 0, radius 3-4); noise: standard deviation of Gaussian jitter added to x1 and x2</source>
        <translation>圆环（类别 0，半径 3-4）内的圆盘（类别 1，半径 2）；噪声：加到 x1 和 x2 上的高斯抖动的标准差</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>异或 (XOR)</translation>
    </message>
    <message>
        <source>quadrants: class 1 where x1·x2 &gt; 0; noise: standard deviation of Gaussian jitter added to x1 and x2</source>
        <translation>象限：x1·x2 &gt; 0 处为类别 1；噪声：加到 x1 和 x2 上的高斯抖动的标准差</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>两个高斯团</translation>
    </message>
    <message>
        <source>blobs of std 0.75 at (-1.75, -1.75) (class 0) and (1.75, 1.75) (class 1); noise: standard deviation of Gaussian jitter added to x1 and x2</source>
        <translation>位于 (-1.75, -1.75)（类别 0）和 (1.75, 1.75)（类别 1）、标准差为 0.75 的两团点；噪声：加到 x1 和 x2 上的高斯抖动的标准差</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>two interleaved spiral arms; noise: standard deviation of Gaussian jitter added to x1 and x2</source>
        <translation>两条交错的螺旋臂；噪声：加到 x1 和 x2 上的高斯抖动的标准差</translation>
    </message>
    <message>
        <source>Spiral (3 classes)</source>
        <translation>螺旋（3 类）</translation>
    </message>
    <message>
        <source>three interleaved spiral arms; noise: standard deviation of Gaussian jitter added to x1 and x2</source>
        <translation>三条交错的螺旋臂；噪声：加到 x1 和 x2 上的高斯抖动的标准差</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>two interleaving half circles; noise: standard deviation of Gaussian jitter added to x1 and x2</source>
        <translation>两个相互交错的半圆；噪声：加到 x1 和 x2 上的高斯抖动的标准差</translation>
    </message>
    <message>
        <source>Linearly separable</source>
        <translation>线性可分</translation>
    </message>
    <message>
        <source>two classes either side of a line at 30°; noise: standard deviation of Gaussian jitter added to x1 and x2</source>
        <translation>分布在一条 30° 直线两侧的两个类别；噪声：加到 x1 和 x2 上的高斯抖动的标准差</translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation>平面（回归）</translation>
    </message>
    <message>
        <source>y = 0.5·x1 − 0.25·x2 + 1; noise: standard deviation of Gaussian noise added to the target y</source>
        <translation>y = 0.5·x1 − 0.25·x2 + 1；噪声：加到目标值 y 上的高斯噪声的标准差</translation>
    </message>
    <message>
        <source>Gaussian bumps (regression)</source>
        <translation>高斯凸起（回归）</translation>
    </message>
    <message>
        <source>y = a sum of four Gaussian bumps (heights 1, 1, −1, −0.5); noise: standard deviation of Gaussian noise added to the target y</source>
        <translation>y = 四个高斯凸起之和（高度 1, 1, −1, −0.5）；噪声：加到目标值 y 上的高斯噪声的标准差</translation>
    </message>
</context>
<context>
    <name>DecisionBoundaryView</name>
    <message>
        <source>input</source>
        <extracomment>At most this many points of each set are drawn (evenly spaced); all of them still train. Regression points near the mean are nearly white, so they get a grey outline instead of a white one. True while another tool (drawing points) owns mouse clicks on the plot.</extracomment>
        <translation>输入</translation>
    </message>
    <message>
        <source>Neuron %1 (%2)
click it again for ŷ</source>
        <translation>神经元 %1（%2）
再次点击显示 ŷ</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>Network output
ŷ = P(y = 1)</source>
        <translation>网络输出
ŷ = P(y = 1)</translation>
    </message>
    <message>
        <source>Network output ŷ</source>
        <translation>网络输出 ŷ</translation>
    </message>
    <message>
        <source>● train points</source>
        <translation>● 训练集点</translation>
    </message>
    <message>
        <source>● train points (%1 of %2 drawn)</source>
        <translation>● 训练集点（绘制了 %2 个中的 %1 个）</translation>
    </message>
    <message>
        <source>◆ test points</source>
        <translation>◆ 测试集点</translation>
    </message>
    <message>
        <source>Discretize</source>
        <translation>离散显示</translation>
    </message>
    <message>
        <source>Colour each region by the predicted class only: ŷ &gt; 0.5, or the most probable class.</source>
        <translation>每个区域只按预测类别着色：ŷ &gt; 0.5，或概率最大的类别。</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>显示测试数据</translation>
    </message>
    <message>
        <source>Also draw the test points (diamonds), which training never sees.</source>
        <translation>同时画出测试集的点（菱形），训练从不使用它们。</translation>
    </message>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
</context>
<context>
    <name>DiagramLegend</name>
    <message>
        <source>%1 w &lt; 0</source>
        <extracomment>The |w| of the width samples; the last one is the widest an edge gets.</extracomment>
        <translation>%1 w &lt; 0</translation>
    </message>
    <message>
        <source>%1 w &gt; 0</source>
        <translation>%1 w &gt; 0</translation>
    </message>
    <message>
        <source>thicker = larger |w|</source>
        <translation>越粗 = |w| 越大</translation>
    </message>
    <message>
        <source>%1 forward: A[l] computed</source>
        <translation>%1 前向：已计算 A[l]</translation>
    </message>
    <message>
        <source>%1 cost J</source>
        <translation>%1 代价 J</translation>
    </message>
    <message>
        <source>%1 backward: |dW[l]|</source>
        <translation>%1 反向：|dW[l]|</translation>
    </message>
    <message>
        <source>Edge width is |w| on one scale for every layer and every iteration: from the thinnest line at w = 0 to the widest at |w| = %1 and beyond. Small initial weights (×0.01) look thin, large ones (×10) heavy.</source>
        <translation>边的粗细表示 |w|，所有层、所有迭代使用同一个尺度：w = 0 时最细，|w| = %1 及以上时最粗。较小的初始权重（×0.01）看起来很细，较大的（×10）看起来很粗。</translation>
    </message>
    <message>
        <source>The small map in each neuron is its output a over the (x₁, x₂) plane. Hover an edge or a neuron for its numbers; click a neuron to show it in the big view; double-click an edge to type a weight, a neuron to type its bias.</source>
        <translation>每个神经元中的小图是它在 (x₁, x₂) 平面上的输出 a。将鼠标悬停在连线或神经元上可查看数值；单击神经元可在大视图中显示它；双击连线可输入权重，双击神经元可输入偏置。</translation>
    </message>
</context>
<context>
    <name>DrawTool</name>
    <message>
        <source>That point cannot be added.</source>
        <translation>无法添加该点。</translation>
    </message>
    <message>
        <source>Add at least one point of class %1 before training: each class needs a point (Shift+click adds class 0; pick a class to add it with a click).</source>
        <translation>训练前请至少添加一个类别 %1 的点：每个类别都需要至少一个点（Shift+单击添加类别 0；选好类别后单击即可添加）。</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 个点</translation>
    </message>
    <message>
        <source>No points yet: click to add a point, Shift+click to add one of class 0.</source>
        <translation>还没有点：单击添加一个点，Shift+单击添加一个类别 0 的点。</translation>
    </message>
    <message>
        <source>Click adds class %1</source>
        <translation>单击添加类别 %1</translation>
    </message>
    <message>
        <source>Draw points</source>
        <translation>绘制数据点</translation>
    </message>
    <message>
        <source>Draw your own training examples (x₁, x₂) with label y: left click adds class 1, Shift+click class 0, right click removes the nearest point. The network trains on what you draw.</source>
        <translation>绘制你自己的训练样本 (x₁, x₂) 及其标签 y：左键单击添加类别 1，Shift+单击添加类别 0，右键单击删除最近的点。网络会在你画的点上训练。</translation>
    </message>
    <message>
        <source>Which class y a left click adds. Pick class 2 to make a 3-class problem (softmax output).</source>
        <translation>左键单击添加哪个类别 y。选择类别 2 即成为 3 类问题（softmax 输出）。</translation>
    </message>
    <message>
        <source>Shift+click: class 0 · Right click: remove</source>
        <translation>Shift+单击：类别 0 · 右键单击：删除</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove every drawn point and start from an empty plane.</source>
        <translation>删除所有画出的点，从空白平面重新开始。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <extracomment>Set to a folder to keep logs and autosaves there instead of the user&apos;s data folder (tests, portable use).</extracomment>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Backprop Studio ran into an unexpected problem:</source>
        <translation>Backprop Studio 遇到了一个意外问题：</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Show the traceback: where in the program the error happened.</source>
        <translation>显示回溯信息：错误发生在程序中的哪个位置。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the message and the traceback, to paste into a report.</source>
        <translation>复制错误信息和回溯，以便粘贴到报告中。</translation>
    </message>
    <message>
        <source>Your network and training are unchanged and the app keeps running.</source>
        <translation>你的网络和训练没有改变，程序会继续运行。</translation>
    </message>
    <message>
        <source>The details were saved to %1</source>
        <translation>详细信息已保存到 %1</translation>
    </message>
    <message>
        <source>It happened again: %1 times so far.</source>
        <translation>又发生了：到目前为止共 %1 次。</translation>
    </message>
</context>
<context>
    <name>ExerciseOptionsDialog</name>
    <message>
        <source>New exercise file</source>
        <translation>新建练习文件</translation>
    </message>
    <message>
        <source>A .py with every course function&apos;s signature, the shapes it works with, and raise NotImplementedError to replace with your code. Open it in Labs → Your code to check each function as you write it.</source>
        <translation>一个 .py 文件，包含课程每个函数的签名、它处理的形状，以及待你用自己的代码替换的 raise NotImplementedError。在 实验 → 你的代码 中打开它，边写边检查每个函数。</translation>
    </message>
    <message>
        <source>Comments in</source>
        <translation>注释语言</translation>
    </message>
    <message>
        <source>Functions of</source>
        <translation>包含的函数</translation>
    </message>
    <message>
        <source>weeks 3 and 4: one hidden layer, then a deep network</source>
        <translation>第 3 周和第 4 周：单隐藏层，然后是深层网络</translation>
    </message>
    <message>
        <source>week 3: one hidden layer</source>
        <translation>第 3 周：单隐藏层</translation>
    </message>
    <message>
        <source>week 4: a deep network</source>
        <translation>第 4 周：深层网络</translation>
    </message>
    <message>
        <source>week 2: logistic regression</source>
        <translation>第 2 周：逻辑回归</translation>
    </message>
</context>
<context>
    <name>ExperimentRunner</name>
    <message>
        <source>Experiment runner — hyperparameter sweep</source>
        <translation>实验运行器 —— 超参数扫描</translation>
    </message>
    <message>
        <source>Hidden units n[1]</source>
        <translation>隐藏单元数 n[1]</translation>
    </message>
    <message>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <source>Hidden activation g</source>
        <translation>隐藏层激活函数 g</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Depth: hidden layers L − 1</source>
        <translation>深度：隐藏层数 L − 1</translation>
    </message>
    <message>
        <source>The one hyperparameter that differs between runs; everything else is the main window&apos;s network.</source>
        <translation>各次运行之间唯一不同的超参数；其余一切都与主窗口中的网络相同。</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>变化的超参数</translation>
    </message>
    <message>
        <source>The values to try, separated by commas. Initialization also takes a scale, as in random×10.</source>
        <translation>要尝试的取值，用逗号分隔。初始化还可以带一个缩放系数，例如 random×10。</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>num_iterations: gradient-descent steps for each run.</source>
        <translation>num_iterations：每次运行的梯度下降步数。</translation>
    </message>
    <message>
        <source>Export the results table</source>
        <translation>导出结果表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Iterations per run</source>
        <translation>每次运行的迭代次数</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Train one network per value, in the background.</source>
        <translation>在后台为每个取值训练一个网络。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop after the current chunk of iterations; finished runs are kept.</source>
        <translation>在当前这批迭代结束后停止；已完成的运行会保留。</translation>
    </message>
    <message>
        <source>Export table to CSV…</source>
        <translation>将表格导出为 CSV…</translation>
    </message>
    <message>
        <source>Save the table (every digit) as a CSV file for a spreadsheet, and each run&apos;s decision-boundary thumbnail as a PNG file beside it.</source>
        <translation>将表格（保留全部位数）保存为可用电子表格打开的 CSV 文件，并在同一位置把每次运行的决策边界缩略图保存为 PNG 文件。</translation>
    </message>
    <message>
        <source>Saved %1 and beside it %2 decision-boundary pictures (PNG)</source>
        <translation>已保存 %1，并在同一位置保存了 %2 张决策边界图片（PNG）</translation>
    </message>
    <message>
        <source>Run %1 of %2</source>
        <translation>第 %1 次运行，共 %2 次</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Nothing to export yet: run a sweep first.</source>
        <translation>还没有可导出的内容：请先运行一次扫描。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Each run trains the main window&apos;s network (%1, α = %2, %3 initialization) on its training set (m = %4), from the same seeds; only the value above changes.</source>
        <translation>每次运行都从相同的随机种子出发，在训练集（m = %4）上训练主窗口中的网络（%1，α = %2，%3初始化）；只有上面选择的取值不同。</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier </translation>
    </message>
    <message>
        <source>He</source>
        <translation>He </translation>
    </message>
    <message>
        <source>course-compatible</source>
        <translation>与课程一致的</translation>
    </message>
    <message>
        <source>course deep-network</source>
        <translation>课程深度网络</translation>
    </message>
    <message>
        <source>Done: %1 runs in %2 s</source>
        <translation>完成：%1 次运行，用时 %2 秒</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 runs</source>
        <translation>已取消：完成了 %2 次中的 %1 次运行</translation>
    </message>
</context>
<context>
    <name>ExportHandlers</name>
    <message>
        <source>Export parameters</source>
        <translation>导出参数</translation>
    </message>
    <message>
        <source>Could not export the parameters</source>
        <translation>无法导出参数</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已将 %1 导出到 %2</translation>
    </message>
    <message>
        <source>Export points to CSV</source>
        <translation>将数据点导出为 CSV</translation>
    </message>
    <message>
        <source>Could not export the points</source>
        <translation>无法导出数据点</translation>
    </message>
    <message>
        <source>Saved %1 points to %2</source>
        <translation>已将 %1 个点保存到 %2</translation>
    </message>
    <message>
        <source>Export as notebook</source>
        <translation>导出为笔记本</translation>
    </message>
    <message>
        <source>Could not export the notebook</source>
        <translation>无法导出笔记本</translation>
    </message>
    <message>
        <source>Saved %1: run its cells in Jupyter to train this network with the course&apos;s functions</source>
        <translation>已保存 %1：在 Jupyter 中运行它的单元格，即可用课程的函数训练这个网络</translation>
    </message>
    <message>
        <source>Could not export the picture</source>
        <translation>无法导出图片</translation>
    </message>
    <message>
        <source>That view is not in this window.</source>
        <translation>此窗口中没有该视图。</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export cost history</source>
        <translation>导出代价历史</translation>
    </message>
    <message>
        <source>Could not export the history</source>
        <translation>无法导出历史记录</translation>
    </message>
    <message>
        <source>Saved %1 and %2</source>
        <translation>已保存 %1 和 %2</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Decision boundary…</source>
        <extracomment>Views that can be exported as pictures: (name, menu text), the names being the main window&apos;s attributes. QT_TRANSLATE_NOOP lets lupdate see the texts; FileActions.tr translates them when the menu opens.</extracomment>
        <translation>决策边界…</translation>
    </message>
    <message>
        <source>Cost plot…</source>
        <translation>代价曲线…</translation>
    </message>
    <message>
        <source>Network diagram…</source>
        <translation>网络结构图…</translation>
    </message>
    <message>
        <source>Activation graph…</source>
        <translation>激活函数图…</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <extracomment>The views File → Export picture offers, by the names in PICTURE_VIEWS.</extracomment>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved session: data, network, W and b, history</source>
        <translation>打开已保存的会话：数据、网络、W 和 b、历史记录</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>Save everything to continue later exactly from here</source>
        <translation>保存全部内容，以后可以从这里原样继续</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the session under a new name</source>
        <translation>用新名称保存会话</translation>
    </message>
    <message>
        <source>&amp;Import parameters…</source>
        <translation>导入参数(&amp;I)…</translation>
    </message>
    <message>
        <source>Load W1, b1, W2, b2, … from a .npz or .json file (also one saved with np.savez(**parameters))</source>
        <translation>从 .npz 或 .json 文件加载 W1、b1、W2、b2、…（也可以是用 np.savez(**parameters) 保存的文件）</translation>
    </message>
    <message>
        <source>&amp;Export parameters…</source>
        <translation>导出参数(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the course&apos;s parameters dict (W[l]: (n[l], n[l−1]), b[l]: (n[l], 1)) as .npz or .json</source>
        <translation>将课程中的 parameters 字典（W[l]: (n[l], n[l−1])，b[l]: (n[l], 1)）保存为 .npz 或 .json</translation>
    </message>
    <message>
        <source>Import points from &amp;CSV…</source>
        <translation>从 CSV 导入数据点(&amp;C)…</translation>
    </message>
    <message>
        <source>Train on your own points: rows x1, x2, label</source>
        <translation>用你自己的点训练：每行为 x1, x2, 标签</translation>
    </message>
    <message>
        <source>Export points to CSV…</source>
        <translation>将数据点导出为 CSV…</translation>
    </message>
    <message>
        <source>Save the dataset as rows x1, x2, label</source>
        <translation>将数据集保存为每行 x1, x2, 标签</translation>
    </message>
    <message>
        <source>Export cost &amp;history to CSV…</source>
        <translation>将代价历史导出为 CSV(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the cost J and the accuracies at each evaluation, and J at every iteration</source>
        <translation>保存每次评估时的代价 J 和准确率，以及每次迭代的 J</translation>
    </message>
    <message>
        <source>Export as &amp;notebook…</source>
        <translation>导出为笔记本(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a Jupyter notebook that redoes this run with the course&apos;s functions: the same data, network, seed, α and iterations</source>
        <translation>写出一个 Jupyter 笔记本，用课程的函数重做这次训练：相同的数据、网络、种子、α 和迭代次数</translation>
    </message>
    <message>
        <source>New e&amp;xercise file…</source>
        <translation>新建练习文件(&amp;X)…</translation>
    </message>
    <message>
        <source>Write a .py with every course function to fill in (English or Chinese), to check in Labs → Your code</source>
        <translation>写一个包含课程全部函数、等你填写的 .py 文件（英文或中文），在 实验 → 你的代码 中检查</translation>
    </message>
    <message>
        <source>Export &amp;picture</source>
        <translation>导出图片(&amp;P)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <source>Saved %1 at iteration %2</source>
        <translation>已在第 %2 次迭代时保存 %1</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Opened %1 at iteration %2</source>
        <translation>已打开 %1，当前为第 %2 次迭代</translation>
    </message>
    <message>
        <source>The file could not be installed.</source>
        <translation>无法载入该文件。</translation>
    </message>
    <message>
        <source>The file does not exist (any more).</source>
        <translation>该文件不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>This is not a session (%1), parameter (.npz, .json) or CSV file.</source>
        <translation>这不是会话（%1）、参数（.npz、.json）或 CSV 文件。</translation>
    </message>
    <message>
        <source>Removed from the recent files because they no longer exist: %1</source>
        <translation>以下文件已不存在，已从最近文件中移除：%1</translation>
    </message>
    <message>
        <source>Import parameters</source>
        <translation>导入参数</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>无法导入 %1</translation>
    </message>
    <message>
        <source>The file holds a %1 network; the current one is %2.

Adopt the file&apos;s network? Training then continues from the file&apos;s W and b, counting from iteration 0.</source>
        <translation>文件中是一个 %1 的网络；当前网络是 %2。

要采用文件中的网络吗？之后训练将从文件中的 W 和 b 继续，迭代次数从 0 开始计。</translation>
    </message>
    <message>
        <source>Adopt the file&apos;s network?</source>
        <translation>采用文件中的网络？</translation>
    </message>
    <message>
        <source>Imported %1: training continues from these W and b</source>
        <translation>已导入 %1：训练将从这些 W 和 b 继续</translation>
    </message>
    <message>
        <source>Note: the file was trained with inputs standardized by other data&apos;s mean and std; here the inputs are standardized with this dataset&apos;s, so outputs can differ slightly.</source>
        <translation>注意：该文件训练时，输入是用其他数据的均值和标准差标准化的；这里的输入用本数据集的均值和标准差标准化，因此输出可能略有不同。</translation>
    </message>
    <message>
        <source>Import points from CSV</source>
        <translation>从 CSV 导入数据点</translation>
    </message>
    <message>
        <source>Cannot use %1</source>
        <translation>无法使用 %1</translation>
    </message>
    <message>
        <source>Loaded %1 points from %2</source>
        <translation>已从 %2 加载 %1 个点</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Parameters (*.npz *.json);;NumPy archive (*.npz);;JSON (*.json);;All files (*)</source>
        <translation>参数 (*.npz *.json);;NumPy 归档 (*.npz);;JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>NumPy archive (*.npz);;JSON (*.json)</source>
        <translation>NumPy 归档 (*.npz);;JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV points (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 数据点 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Jupyter notebook (*.ipynb)</source>
        <translation>Jupyter 笔记本 (*.ipynb)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Backprop Studio sessions (*%1);;JSON (*.json);;All files (*)</source>
        <translation>Backprop Studio 会话 (*%1);;JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Sessions, parameters and points (*%1 *.npz *.json *.csv *.tsv *.txt);;All files (*)</source>
        <translation>会话、参数和数据点 (*%1 *.npz *.json *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>GradientCheckDialog</name>
    <message>
        <source>PASS</source>
        <extracomment>(parameters, X, Y, activations, alpha, lambd) → grads {&quot;dW1&quot;, &quot;db1&quot;, ...}: what is checked.</extracomment>
        <translation>通过</translation>
    </message>
    <message>
        <source>PASS (rounding limit)</source>
        <translation>通过（舍入极限）</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>The relative difference is above %1, but this gradient is tiny (‖grad‖ = %2): the difference %3 is no larger than the rounding error of the numerical estimate itself (%4).</source>
        <translation>相对差异大于 %1，但这个梯度非常小（‖grad‖ = %2）：差异 %3 不大于数值估计本身的舍入误差（%4）。</translation>
    </message>
    <message>
        <source>Backprop&apos;s d%1 and the numerical gradient disagree: a bug in this layer&apos;s backward step is likely.</source>
        <translation>反向传播得到的 d%1 与数值梯度不一致：这一层的反向传播步骤很可能有错误。</translation>
    </message>
    <message>
        <source>Backprop disagrees with numerical gradients: difference %1 ≥ %2, worst in %3. Look for a bug in the backward step of layer %4.</source>
        <translation>反向传播与数值梯度不一致：差异 %1 ≥ %2，%3 中最大。请检查第 %4 层反向传播步骤中的错误。</translation>
    </message>
    <message>
        <source>Backprop agrees with numerical gradients: difference %1 &lt; %2.</source>
        <translation>反向传播与数值梯度一致：差异 %1 &lt; %2。</translation>
    </message>
    <message>
        <source>Backprop agrees with numerical gradients: the difference %1 is at the rounding limit of the numerical estimate (see the rows marked &quot;rounding limit&quot;).</source>
        <translation>反向传播与数值梯度一致：差异 %1 已达到数值估计的舍入极限（见标有“舍入极限”的行）。</translation>
    </message>
    <message>
        <source>&quot;Rounding limit&quot;: with ε = %1 each numerical derivative is only accurate to about %2, because J(θ + ε) and J(θ − ε) are rounded before they are subtracted. A gradient that small cannot be checked more closely; its absolute difference is within that error.</source>
        <translation>“舍入极限”：当 ε = %1 时，每个数值导数的精度只有约 %2，因为 J(θ + ε) 和 J(θ − ε) 在相减之前已经被舍入。这么小的梯度无法检验得更精确；它的绝对差异在该误差范围之内。</translation>
    </message>
    <message>
        <source>This network uses ReLU (or leaky ReLU), which has a kink at z = 0. Where some z lies within ε of 0, J(θ + ε) and J(θ − ε) fall on different sides of the kink, and a correct backprop can FAIL the check. Check again after a few iterations before suspecting a bug.</source>
        <translation>此网络使用 ReLU（或 Leaky ReLU），它在 z = 0 处有一个折点。当某个 z 与 0 的距离小于 ε 时，J(θ + ε) 和 J(θ − ε) 会落在折点的两侧，即使反向传播正确也可能“未通过”检验。怀疑有错误之前，先训练几次迭代后再检验一次。</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>无法进行检验：%1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检验…</translation>
    </message>
    <message>
        <source>The parameters changed since this check: press Check again.</source>
        <translation>检验之后参数已改变：请按“重新检验”。</translation>
    </message>
    <message>
        <source>Parameters of iteration %1 (%2 numbers, so %3 evaluations of J) on the first %4 of the %5 training examples.</source>
        <translation>第 %1 次迭代的参数（%2 个数，因此要计算 %3 次 J），使用 %5 个训练样本中的前 %4 个。</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>梯度检验</translation>
    </message>
    <message>
        <source>Backprop&apos;s gradients dW1, db1, … compared with numerical ones: each parameter θᵢ is nudged by ±ε (ε = %1) and gradapproxᵢ = (J(θ + ε) − J(θ − ε)) / 2ε. Relative difference = ‖grad − gradapprox‖ / (‖grad‖ + ‖gradapprox‖); below %2 backprop is right.</source>
        <translation>将反向传播得到的梯度 dW1、db1、… 与数值梯度比较：每个参数 θᵢ 分别加减 ε（ε = %1），gradapproxᵢ = (J(θ + ε) − J(θ − ε)) / 2ε。相对差异 = ‖grad − gradapprox‖ / (‖grad‖ + ‖gradapprox‖)；小于 %2 说明反向传播正确。</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>‖backprop gradient‖</source>
        <translation>‖反向传播梯度‖</translation>
    </message>
    <message>
        <source>Relative difference</source>
        <translation>相对差异</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>重新检验(&amp;C)</translation>
    </message>
    <message>
        <source>Run the check on the current parameters.</source>
        <translation>用当前参数进行检验。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>GradientTab</name>
    <message>
        <source>Checking…</source>
        <translation>正在检验…</translation>
    </message>
    <message>
        <source>Parameters of iteration %1 of the main window.</source>
        <translation>主窗口第 %1 次迭代的参数。</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>检验无法运行：%1</translation>
    </message>
    <message>
        <source>Your %1 could not be checked: %2</source>
        <translation>无法检验你的 %1：%2</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>PASS (rounding limit)</source>
        <translation>通过（舍入极限）</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Your backward function agrees with the numerical gradients (difference %1, threshold %2).</source>
        <translation>你的反向传播函数与数值梯度一致（差异 %1，阈值 %2）。</translation>
    </message>
    <message>
        <source>Your backward function disagrees with the numerical gradients in %1: look at the backward step of layer %2.</source>
        <translation>你的反向传播函数在 %1 上与数值梯度不一致：请检查第 %2 层的反向传播步骤。</translation>
    </message>
    <message>
        <source>ReLU has a kink at z = 0: where a z lies within ε of 0 a right backward function can FAIL a block. Train a few iterations in the main window and check again before suspecting a bug.</source>
        <translation>ReLU 在 z = 0 处有折点：当某个 z 与 0 的距离小于 ε 时，正确的反向传播函数也可能在某个参数块上未通过。先在主窗口训练几次迭代再检验，然后再怀疑有错误。</translation>
    </message>
    <message>
        <source>Your backward function (L_model_backward, or backward_propagation for a tanh network) on the main window&apos;s current parameters, compared with numerical gradients (J(θ + ε) − J(θ − ε)) / 2ε on the first %1 training examples. Relative difference below %2: right.</source>
        <translation>你的反向传播函数（L_model_backward；tanh 网络则为 backward_propagation）在主窗口当前参数上的结果，与前 %1 个训练样本上的数值梯度 (J(θ + ε) − J(θ − ε)) / 2ε 比较。相对差异小于 %2：正确。</translation>
    </message>
    <message>
        <source>Check my gradients</source>
        <translation>检验我的梯度</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Relative difference</source>
        <translation>相对差异</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <source>Press Forward to compute the graph from left to right.</source>
        <extracomment>Time between two nodes of the animation: slow enough to follow on a projector. What each input is in the course: &quot;input&quot; (a feature), &quot;parameter&quot; (w, b) or &quot;label&quot; (y).</extracomment>
        <translation>按“前向”从左到右计算这个图。</translation>
    </message>
    <message>
        <source>Forward: %1, so %2 = %3</source>
        <translation>前向：%1，所以 %2 = %3</translation>
    </message>
    <message>
        <source>Forward done: %1 = %2. Press Backward for the derivatives.</source>
        <translation>前向完成：%1 = %2。按“反向”计算导数。</translation>
    </message>
    <message>
        <source>Backward: %1</source>
        <translation>反向：%1</translation>
    </message>
    <message>
        <source>Backward done: each box now holds how much the output changes per unit change of that node.</source>
        <translation>反向完成：每个方框中现在是该节点每变化一个单位时输出的变化量。</translation>
    </message>
    <message>
        <source>In code the course writes dJ/da as da, dJ/db as db, and so on: da = %1, db = %2, dc = %3.</source>
        <translation>在代码中，课程把 dJ/da 记作 da，dJ/db 记作 db，依此类推：da = %1，db = %2，dc = %3。</translation>
    </message>
    <message>
        <source>In the course&apos;s code: da = %1;  dz = a − y = %2 − %3 = %4;  dw1 = x1·dz = %5;  dw2 = x2·dz = %6;  db = dz = %7.</source>
        <translation>课程代码中：da = %1；dz = a − y = %2 − %3 = %4；dw1 = x1·dz = %5；dw2 = x2·dz = %6；db = dz = %7。</translation>
    </message>
    <message>
        <source>The inputs changed: press Forward to recompute.</source>
        <translation>输入已改变：请按“前向”重新计算。</translation>
    </message>
    <message>
        <source>%1 (parameter)</source>
        <translation>%1（参数）</translation>
    </message>
    <message>
        <source>%1 (label)</source>
        <translation>%1（标签）</translation>
    </message>
    <message>
        <source>%1 (input)</source>
        <translation>%1（输入）</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>&amp;Forward →</source>
        <translation>前向(&amp;F) →</translation>
    </message>
    <message>
        <source>Forward propagation: compute each node&apos;s value from left to right.</source>
        <translation>前向传播：从左到右计算每个节点的值。</translation>
    </message>
    <message>
        <source>← &amp;Backward</source>
        <translation>← 反向(&amp;B)</translation>
    </message>
    <message>
        <source>Backward propagation: from the output back to the inputs, each derivative is the next node&apos;s derivative times the local derivative on the edge (the chain rule).</source>
        <translation>反向传播：从输出回到输入，每个导数等于后一个节点的导数乘以连线上的局部导数（链式法则）。</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Clear the computed values and derivatives.</source>
        <translation>清除已计算的值和导数。</translation>
    </message>
    <message>
        <source>One node at a time</source>
        <translation>逐个节点</translation>
    </message>
    <message>
        <source>Animate: fill one node every %1 s, so each step can be followed.</source>
        <translation>动画：每 %1 秒填一个节点，便于跟上每一步。</translation>
    </message>
    <message>
        <source>Chain rule, from the output backwards:</source>
        <translation>链式法则，从输出往回：</translation>
    </message>
    <message>
        <source>x1: the first feature of the one example.</source>
        <translation>x1：这个样本的第一个特征。</translation>
    </message>
    <message>
        <source>x2: the second feature of the one example.</source>
        <translation>x2：这个样本的第二个特征。</translation>
    </message>
    <message>
        <source>w1: the weight multiplying x1 in z = w1·x1 + w2·x2 + b.</source>
        <translation>w1：z = w1·x1 + w2·x2 + b 中与 x1 相乘的权重。</translation>
    </message>
    <message>
        <source>w2: the weight multiplying x2 in z = w1·x1 + w2·x2 + b.</source>
        <translation>w2：z = w1·x1 + w2·x2 + b 中与 x2 相乘的权重。</translation>
    </message>
    <message>
        <source>y: the example&apos;s true label, 0 or 1.</source>
        <translation>y：这个样本的真实标签，0 或 1。</translation>
    </message>
    <message>
        <source>b: the bias added in z = w1·x1 + w2·x2 + b.</source>
        <translation>b：z = w1·x1 + w2·x2 + b 中加上的偏置。</translation>
    </message>
    <message>
        <source>%1: an input of J = 3(a + bc). Change it, then press Forward.</source>
        <translation>%1：J = 3(a + bc) 的一个输入。修改它，然后按“前向”。</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Help (F1): what each panel shows, in the course&apos;s notation</source>
        <translation>帮助 (F1)：用课程的记号说明每个面板显示的内容</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every key the window answers to, read from its actions</source>
        <translation>窗口响应的所有按键，取自窗口中的各个操作</translation>
    </message>
    <message>
        <source>Version, libraries and their licences</source>
        <translation>版本、所用的库及其许可证</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Backprop Studio help</source>
        <translation>Backprop Studio 帮助</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>
&lt;h1&gt;Backprop Studio&lt;/h1&gt;
&lt;p&gt;A small neural network learns to separate two classes of points in the plane. Every panel shows
one part of what the course &lt;i&gt;Neural Networks and Deep Learning&lt;/i&gt; describes, with the same names
and shapes: &lt;b&gt;Play&lt;/b&gt; runs gradient descent, &lt;b&gt;Step&lt;/b&gt; takes one iteration, phase by phase.&lt;/p&gt;
&lt;p&gt;&lt;a href=&quot;#data&quot;&gt;Data&lt;/a&gt; · &lt;a href=&quot;#network&quot;&gt;Network&lt;/a&gt; · &lt;a href=&quot;#training&quot;&gt;Training&lt;/a&gt; ·
&lt;a href=&quot;#boundary&quot;&gt;Decision boundary&lt;/a&gt; · &lt;a href=&quot;#cost&quot;&gt;Cost curve&lt;/a&gt; ·
&lt;a href=&quot;#diagram&quot;&gt;Network diagram and phases&lt;/a&gt; · &lt;a href=&quot;#inspector&quot;&gt;Inspector&lt;/a&gt;&lt;/p&gt;
</source>
        <translation>
&lt;h1&gt;Backprop Studio&lt;/h1&gt;
&lt;p&gt;一个小型神经网络学习把平面上的两类点分开。每个面板都展示课程&lt;i&gt;《神经网络和深度学习》&lt;/i&gt;所讲内容的一部分，使用相同的名称和形状：&lt;b&gt;播放&lt;/b&gt;运行梯度下降，&lt;b&gt;单步&lt;/b&gt;执行一次迭代，可以逐个阶段进行。&lt;/p&gt;
&lt;p&gt;&lt;a href=&quot;#data&quot;&gt;数据&lt;/a&gt; · &lt;a href=&quot;#network&quot;&gt;网络&lt;/a&gt; · &lt;a href=&quot;#training&quot;&gt;训练&lt;/a&gt; ·
&lt;a href=&quot;#boundary&quot;&gt;决策边界&lt;/a&gt; · &lt;a href=&quot;#cost&quot;&gt;代价曲线&lt;/a&gt; ·
&lt;a href=&quot;#diagram&quot;&gt;网络结构图和各阶段&lt;/a&gt; · &lt;a href=&quot;#inspector&quot;&gt;检查器&lt;/a&gt;&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;&lt;a name=&quot;data&quot;&gt;&lt;/a&gt;Data&lt;/h2&gt;
&lt;p&gt;Each example is a point x&lt;sup&gt;(i)&lt;/sup&gt; = (x&lt;sub&gt;1&lt;/sub&gt;, x&lt;sub&gt;2&lt;/sub&gt;) with a label
y&lt;sup&gt;(i)&lt;/sup&gt; ∈ {0, 1}. The examples are the &lt;b&gt;columns&lt;/b&gt; of the matrices:&lt;/p&gt;
&lt;p class=&quot;eq&quot;&gt;X has shape (n&lt;sup&gt;[0]&lt;/sup&gt;, m), &amp;nbsp; Y has shape (1, m)&lt;/p&gt;
&lt;p&gt;m is the number of training examples and n&lt;sup&gt;[0]&lt;/sup&gt; the number of input features
(2 for x&lt;sub&gt;1&lt;/sub&gt;, x&lt;sub&gt;2&lt;/sub&gt;; more when you add x&lt;sub&gt;1&lt;/sub&gt;², sin x&lt;sub&gt;1&lt;/sub&gt;, …).
A share of the points is kept apart as the &lt;b&gt;test set&lt;/b&gt;: training never sees it, so its cost
tells whether the network generalizes. Pick a dataset, the number of points, the noise and the seed.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;&lt;a name=&quot;data&quot;&gt;&lt;/a&gt;数据&lt;/h2&gt;
&lt;p&gt;每个样本是一个点 x&lt;sup&gt;(i)&lt;/sup&gt; = (x&lt;sub&gt;1&lt;/sub&gt;, x&lt;sub&gt;2&lt;/sub&gt;)，带有标签
y&lt;sup&gt;(i)&lt;/sup&gt; ∈ {0, 1}。样本是矩阵的&lt;b&gt;列&lt;/b&gt;：&lt;/p&gt;
&lt;p class=&quot;eq&quot;&gt;X 的形状为 (n&lt;sup&gt;[0]&lt;/sup&gt;, m)， &amp;nbsp; Y 的形状为 (1, m)&lt;/p&gt;
&lt;p&gt;m 是训练样本数，n&lt;sup&gt;[0]&lt;/sup&gt; 是输入特征数（x&lt;sub&gt;1&lt;/sub&gt;、x&lt;sub&gt;2&lt;/sub&gt; 时为 2；加入 x&lt;sub&gt;1&lt;/sub&gt;²、sin x&lt;sub&gt;1&lt;/sub&gt; 等特征后更多）。一部分点被单独留出作为&lt;b&gt;测试集&lt;/b&gt;：训练从不使用它们，因此测试集上的代价可以说明网络能否泛化。你可以选择数据集、点数、噪声和随机种子。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;&lt;a name=&quot;network&quot;&gt;&lt;/a&gt;Network&lt;/h2&gt;
&lt;p&gt;Layer l has n&lt;sup&gt;[l]&lt;/sup&gt; units and the activation function g&lt;sup&gt;[l]&lt;/sup&gt;
(sigmoid, tanh, ReLU, leaky ReLU or linear). The sizes of all layers are the course&apos;s
&lt;code&gt;layer_dims&lt;/code&gt;:&lt;/p&gt;
&lt;p class=&quot;eq&quot;&gt;layer_dims = [n&lt;sup&gt;[0]&lt;/sup&gt;, n&lt;sup&gt;[1]&lt;/sup&gt;, …, n&lt;sup&gt;[L]&lt;/sup&gt;]&lt;/p&gt;
&lt;p&gt;The parameters of layer l are a weight matrix and a bias vector:&lt;/p&gt;
&lt;p class=&quot;eq&quot;&gt;W&lt;sup&gt;[l]&lt;/sup&gt;: (n&lt;sup&gt;[l]&lt;/sup&gt;, n&lt;sup&gt;[l−1]&lt;/sup&gt;), &amp;nbsp;
b&lt;sup&gt;[l]&lt;/sup&gt;: (n&lt;sup&gt;[l]&lt;/sup&gt;, 1)&lt;/p&gt;
&lt;p&gt;The output layer L has one sigmoid unit for two classes. The &lt;b&gt;initialization&lt;/b&gt; chooses the
first W&lt;sup&gt;[l]&lt;/sup&gt;: zeros (every hidden unit stays identical), small random values × 0.01,
large values (tanh saturates), Xavier or He.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;&lt;a name=&quot;network&quot;&gt;&lt;/a&gt;网络&lt;/h2&gt;
&lt;p&gt;第 l 层有 n&lt;sup&gt;[l]&lt;/sup&gt; 个单元和激活函数 g&lt;sup&gt;[l]&lt;/sup&gt;
（sigmoid、tanh、ReLU、Leaky ReLU 或线性）。各层的大小就是课程中的
&lt;code&gt;layer_dims&lt;/code&gt;：&lt;/p&gt;
&lt;p class=&quot;eq&quot;&gt;layer_dims = [n&lt;sup&gt;[0]&lt;/sup&gt;, n&lt;sup&gt;[1]&lt;/sup&gt;, …, n&lt;sup&gt;[L]&lt;/sup&gt;]&lt;/p&gt;
&lt;p&gt;第 l 层的参数是一个权重矩阵和一个偏置向量：&lt;/p&gt;
&lt;p class=&quot;eq&quot;&gt;W&lt;sup&gt;[l]&lt;/sup&gt;: (n&lt;sup&gt;[l]&lt;/sup&gt;, n&lt;sup&gt;[l−1]&lt;/sup&gt;), &amp;nbsp;
b&lt;sup&gt;[l]&lt;/sup&gt;: (n&lt;sup&gt;[l]&lt;/sup&gt;, 1)&lt;/p&gt;
&lt;p&gt;二分类时，输出层 L 只有一个 sigmoid 单元。&lt;b&gt;初始化&lt;/b&gt;决定最初的
W&lt;sup&gt;[l]&lt;/sup&gt;：全零（所有隐藏单元始终相同）、小随机值 × 0.01、大的值（tanh 饱和）、Xavier 或 He 初始化。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;&lt;a name=&quot;training&quot;&gt;&lt;/a&gt;Training&lt;/h2&gt;
&lt;p&gt;These are &lt;b&gt;hyperparameters&lt;/b&gt;: you choose them, gradient descent does not learn them.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Learning rate α&lt;/b&gt;: the size of each gradient-descent step. Too small and learning crawls;
too large and the cost J jumps up or diverges.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;L2 regularization λ&lt;/b&gt;: adds (λ / 2m) Σ ‖W&lt;sup&gt;[l]&lt;/sup&gt;‖² to J, which keeps the weights
small and the boundary smooth (less over-fitting).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Mini-batch size&lt;/b&gt;: how many examples each step uses. Full batch (the course&apos;s default)
uses all m; smaller batches take more, noisier steps per pass over the data.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Changing α, λ or the batch size applies at once; changing the network restarts from
iteration 0.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;&lt;a name=&quot;training&quot;&gt;&lt;/a&gt;训练&lt;/h2&gt;
&lt;p&gt;这些是&lt;b&gt;超参数&lt;/b&gt;：由你来选择，梯度下降不会学习它们。&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;学习率 α&lt;/b&gt;：每一步梯度下降的步长。太小，学习就很慢；太大，代价 J 会跳升甚至发散。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;L2 正则化 λ&lt;/b&gt;：在 J 上加上 (λ / 2m) Σ ‖W&lt;sup&gt;[l]&lt;/sup&gt;‖²，使权重保持较小、边界保持平滑（减少过拟合）。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;小批量大小&lt;/b&gt;：每一步使用多少个样本。全批量（课程的默认做法）使用全部 m 个样本；批量越小，每遍历一次数据所走的步数越多，每步也越嘈杂。&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;修改 α、λ 或批量大小会立即生效；修改网络会从第 0 次迭代重新开始。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;&lt;a name=&quot;boundary&quot;&gt;&lt;/a&gt;Decision boundary&lt;/h2&gt;
&lt;p&gt;The large view colours every point x of the plane by the network&apos;s output&lt;/p&gt;
&lt;p class=&quot;eq&quot;&gt;ŷ = a&lt;sup&gt;[L]&lt;/sup&gt; = P(y = 1 | x)&lt;/p&gt;
&lt;p&gt;orange where ŷ is near 0, blue where it is near 1, light where the network is unsure (ŷ ≈ 0.5).
The dots are the training examples in the colour of their label y; a dot on a region of the other
colour is misclassified. &lt;b&gt;Discretize&lt;/b&gt; shows only the predicted class (ŷ &amp;gt; 0.5).
Click a point to follow that one example x&lt;sup&gt;(i)&lt;/sup&gt; through the network.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;&lt;a name=&quot;boundary&quot;&gt;&lt;/a&gt;决策边界&lt;/h2&gt;
&lt;p&gt;大视图按网络的输出为平面上的每个点 x 着色：&lt;/p&gt;
&lt;p class=&quot;eq&quot;&gt;ŷ = a&lt;sup&gt;[L]&lt;/sup&gt; = P(y = 1 | x)&lt;/p&gt;
&lt;p&gt;ŷ 接近 0 处为橙色，接近 1 处为蓝色，网络不确定（ŷ ≈ 0.5）处颜色较浅。圆点是训练样本，颜色表示其标签 y；落在另一种颜色区域中的圆点就是被分错的样本。&lt;b&gt;离散显示&lt;/b&gt;只显示预测类别（ŷ &amp;gt; 0.5）。单击一个点，可以跟踪这个样本 x&lt;sup&gt;(i)&lt;/sup&gt; 在网络中的计算过程。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;&lt;a name=&quot;cost&quot;&gt;&lt;/a&gt;Cost curve&lt;/h2&gt;
&lt;p&gt;The cross-entropy cost over the m training examples, after every iteration:&lt;/p&gt;
&lt;p class=&quot;eq&quot;&gt;J = −(1/m) Σ&lt;sub&gt;i&lt;/sub&gt; [ y&lt;sup&gt;(i)&lt;/sup&gt; log a&lt;sup&gt;[L](i)&lt;/sup&gt;
+ (1 − y&lt;sup&gt;(i)&lt;/sup&gt;) log(1 − a&lt;sup&gt;[L](i)&lt;/sup&gt;) ]&lt;/p&gt;
&lt;p&gt;The train curve should fall. The test curve uses the held-out examples: when it rises while the
train cost keeps falling, the network is over-fitting. &lt;b&gt;Log scale&lt;/b&gt; shows the late, slow part of
training.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;&lt;a name=&quot;cost&quot;&gt;&lt;/a&gt;代价曲线&lt;/h2&gt;
&lt;p&gt;每次迭代之后，在 m 个训练样本上计算的交叉熵代价：&lt;/p&gt;
&lt;p class=&quot;eq&quot;&gt;J = −(1/m) Σ&lt;sub&gt;i&lt;/sub&gt; [ y&lt;sup&gt;(i)&lt;/sup&gt; log a&lt;sup&gt;[L](i)&lt;/sup&gt;
+ (1 − y&lt;sup&gt;(i)&lt;/sup&gt;) log(1 − a&lt;sup&gt;[L](i)&lt;/sup&gt;) ]&lt;/p&gt;
&lt;p&gt;训练集曲线应当下降。测试集曲线使用留出的样本：如果它上升而训练集代价仍在下降，说明网络过拟合了。&lt;b&gt;对数坐标&lt;/b&gt;能显示训练后期缓慢下降的部分。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;&lt;a name=&quot;diagram&quot;&gt;&lt;/a&gt;Network diagram and phases&lt;/h2&gt;
&lt;p&gt;Each circle is a unit, each line a weight w: its colour is the sign (orange negative, blue
positive), its thickness |w|. &lt;b&gt;Step&lt;/b&gt; runs one iteration phase by phase:&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Forward propagation&lt;/b&gt;, for l = 1 … L:&lt;/p&gt;
&lt;p class=&quot;eq&quot;&gt;Z&lt;sup&gt;[l]&lt;/sup&gt; = W&lt;sup&gt;[l]&lt;/sup&gt; A&lt;sup&gt;[l−1]&lt;/sup&gt; + b&lt;sup&gt;[l]&lt;/sup&gt;, &amp;nbsp;
A&lt;sup&gt;[l]&lt;/sup&gt; = g&lt;sup&gt;[l]&lt;/sup&gt;(Z&lt;sup&gt;[l]&lt;/sup&gt;), &amp;nbsp; with A&lt;sup&gt;[0]&lt;/sup&gt; = X&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Cost&lt;/b&gt; J from A&lt;sup&gt;[L]&lt;/sup&gt; and Y. &lt;b&gt;Backward propagation&lt;/b&gt;, for l = L … 1, starting
from dZ&lt;sup&gt;[L]&lt;/sup&gt; = A&lt;sup&gt;[L]&lt;/sup&gt; − Y:&lt;/p&gt;
&lt;p class=&quot;eq&quot;&gt;dZ&lt;sup&gt;[l]&lt;/sup&gt; = dA&lt;sup&gt;[l]&lt;/sup&gt; * g&lt;sup&gt;[l]&lt;/sup&gt;′(Z&lt;sup&gt;[l]&lt;/sup&gt;)&lt;br&gt;
dW&lt;sup&gt;[l]&lt;/sup&gt; = (1/m) dZ&lt;sup&gt;[l]&lt;/sup&gt; A&lt;sup&gt;[l−1]T&lt;/sup&gt;&lt;br&gt;
db&lt;sup&gt;[l]&lt;/sup&gt; = (1/m) Σ dZ&lt;sup&gt;[l]&lt;/sup&gt; &amp;nbsp;(summed over the examples)&lt;br&gt;
dA&lt;sup&gt;[l−1]&lt;/sup&gt; = W&lt;sup&gt;[l]T&lt;/sup&gt; dZ&lt;sup&gt;[l]&lt;/sup&gt;&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Update&lt;/b&gt; (gradient descent):&lt;/p&gt;
&lt;p class=&quot;eq&quot;&gt;W&lt;sup&gt;[l]&lt;/sup&gt; := W&lt;sup&gt;[l]&lt;/sup&gt; − α dW&lt;sup&gt;[l]&lt;/sup&gt;, &amp;nbsp;
b&lt;sup&gt;[l]&lt;/sup&gt; := b&lt;sup&gt;[l]&lt;/sup&gt; − α db&lt;sup&gt;[l]&lt;/sup&gt;&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;&lt;a name=&quot;diagram&quot;&gt;&lt;/a&gt;网络结构图和各阶段&lt;/h2&gt;
&lt;p&gt;每个圆圈是一个单元，每条线是一个权重 w：颜色表示符号（橙色为负，蓝色为正），粗细表示 |w|。&lt;b&gt;单步&lt;/b&gt;按阶段执行一次迭代：&lt;/p&gt;
&lt;p&gt;&lt;b&gt;前向传播&lt;/b&gt;，l = 1 … L：&lt;/p&gt;
&lt;p class=&quot;eq&quot;&gt;Z&lt;sup&gt;[l]&lt;/sup&gt; = W&lt;sup&gt;[l]&lt;/sup&gt; A&lt;sup&gt;[l−1]&lt;/sup&gt; + b&lt;sup&gt;[l]&lt;/sup&gt;, &amp;nbsp;
A&lt;sup&gt;[l]&lt;/sup&gt; = g&lt;sup&gt;[l]&lt;/sup&gt;(Z&lt;sup&gt;[l]&lt;/sup&gt;), &amp;nbsp; 其中 A&lt;sup&gt;[0]&lt;/sup&gt; = X&lt;/p&gt;
&lt;p&gt;由 A&lt;sup&gt;[L]&lt;/sup&gt; 和 Y 计算&lt;b&gt;代价&lt;/b&gt; J。&lt;b&gt;反向传播&lt;/b&gt;，l = L … 1，从 dZ&lt;sup&gt;[L]&lt;/sup&gt; = A&lt;sup&gt;[L]&lt;/sup&gt; − Y 开始：&lt;/p&gt;
&lt;p class=&quot;eq&quot;&gt;dZ&lt;sup&gt;[l]&lt;/sup&gt; = dA&lt;sup&gt;[l]&lt;/sup&gt; * g&lt;sup&gt;[l]&lt;/sup&gt;′(Z&lt;sup&gt;[l]&lt;/sup&gt;)&lt;br&gt;
dW&lt;sup&gt;[l]&lt;/sup&gt; = (1/m) dZ&lt;sup&gt;[l]&lt;/sup&gt; A&lt;sup&gt;[l−1]T&lt;/sup&gt;&lt;br&gt;
db&lt;sup&gt;[l]&lt;/sup&gt; = (1/m) Σ dZ&lt;sup&gt;[l]&lt;/sup&gt; &amp;nbsp;（对所有样本求和）&lt;br&gt;
dA&lt;sup&gt;[l−1]&lt;/sup&gt; = W&lt;sup&gt;[l]T&lt;/sup&gt; dZ&lt;sup&gt;[l]&lt;/sup&gt;&lt;/p&gt;
&lt;p&gt;&lt;b&gt;更新&lt;/b&gt;（梯度下降）：&lt;/p&gt;
&lt;p class=&quot;eq&quot;&gt;W&lt;sup&gt;[l]&lt;/sup&gt; := W&lt;sup&gt;[l]&lt;/sup&gt; − α dW&lt;sup&gt;[l]&lt;/sup&gt;, &amp;nbsp;
b&lt;sup&gt;[l]&lt;/sup&gt; := b&lt;sup&gt;[l]&lt;/sup&gt; − α db&lt;sup&gt;[l]&lt;/sup&gt;&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;&lt;a name=&quot;inspector&quot;&gt;&lt;/a&gt;Inspector&lt;/h2&gt;
&lt;p&gt;For the current phase the inspector shows the course&apos;s equation, the NumPy line that computes
it (for example &lt;code&gt;Z = np.dot(W, A_prev) + b&lt;/code&gt;) and the actual matrices with their shapes,
so you can check that (n&lt;sup&gt;[l]&lt;/sup&gt;, n&lt;sup&gt;[l−1]&lt;/sup&gt;) · (n&lt;sup&gt;[l−1]&lt;/sup&gt;, m) gives
(n&lt;sup&gt;[l]&lt;/sup&gt;, m). Select a unit in the diagram to see its row of W&lt;sup&gt;[l]&lt;/sup&gt;, its b and its
activations.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;&lt;a name=&quot;inspector&quot;&gt;&lt;/a&gt;检查器&lt;/h2&gt;
&lt;p&gt;对于当前阶段，检查器显示课程中的公式、计算它的那行 NumPy 代码（例如 &lt;code&gt;Z = np.dot(W, A_prev) + b&lt;/code&gt;）以及实际的矩阵和它们的形状，方便你验证 (n&lt;sup&gt;[l]&lt;/sup&gt;, n&lt;sup&gt;[l−1]&lt;/sup&gt;) · (n&lt;sup&gt;[l−1]&lt;/sup&gt;, m) 得到
(n&lt;sup&gt;[l]&lt;/sup&gt;, m)。在结构图中选中一个单元，可以看到它在 W&lt;sup&gt;[l]&lt;/sup&gt; 中的那一行、它的 b 和它的激活值。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Keys&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Space&lt;/b&gt; play / pause · &lt;b&gt;→&lt;/b&gt; one step · &lt;b&gt;R&lt;/b&gt; reset · &lt;b&gt;F11&lt;/b&gt; presentation mode
(large text for a projector) · &lt;b&gt;F1&lt;/b&gt; this help. Help → Keyboard shortcuts lists them all.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;按键&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;空格键&lt;/b&gt; 播放 / 暂停 · &lt;b&gt;→&lt;/b&gt; 单步 · &lt;b&gt;R&lt;/b&gt; 重置 · &lt;b&gt;F11&lt;/b&gt; 演示模式（适合投影仪的大字体） · &lt;b&gt;F1&lt;/b&gt; 本帮助。帮助 → 键盘快捷键列出了所有快捷键。&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>The shapes of every matrix (m = %1 training examples):</source>
        <translation>所有矩阵的形状（m = %1 个训练样本）：</translation>
    </message>
    <message>
        <source>phase %1 of %2 · iteration %3</source>
        <translation>第 %1 / %2 阶段 · 第 %3 次迭代</translation>
    </message>
    <message>
        <source>NumPy that ran (%1)</source>
        <translation>实际运行的 NumPy 代码（%1）</translation>
    </message>
    <message>
        <source>Element-wise product: each entry of dA is multiplied by the same entry of g′(Z).</source>
        <translation>逐元素乘积：dA 的每个元素乘以 g′(Z) 中相同位置的元素。</translation>
    </message>
    <message>
        <source>Example %1: x = (%2, %3), y = %4 — column %5 of every matrix with m columns (NumPy index %6)</source>
        <translation>样本 %1：x = (%2, %3)，y = %4 —— 每个有 m 列的矩阵的第 %5 列（NumPy 索引 %6）</translation>
    </message>
    <message>
        <source>Example %1: x = (%2, %3), y = %4 (mini-batches: the columns are not the examples in order)</source>
        <translation>样本 %1：x = (%2, %3)，y = %4（mini-batch：列不是按样本顺序排列的）</translation>
    </message>
    <message>
        <source>Press Shift+→ to step through one iteration phase by phase: forward layer 1 … L, cost, backward layer L … 1, update.</source>
        <translation>按 Shift+→ 可逐个阶段执行一次迭代：前向第 1 … L 层，代价，反向第 L … 1 层，更新。</translation>
    </message>
    <message>
        <source>Back to the phase</source>
        <translation>返回当前阶段</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>The course&apos;s dimension table: the shape of W[l], b[l], Z[l], A[l], dW[l] and db[l] for every layer.</source>
        <translation>课程中的维度表：每一层 W[l]、b[l]、Z[l]、A[l]、dW[l] 和 db[l] 的形状。</translation>
    </message>
    <message>
        <source>Pop out</source>
        <translation>弹出</translation>
    </message>
    <message>
        <source>Show the inspector in a big window of its own, with more rows and columns of every matrix; press again to put it back.</source>
        <translation>在单独的大窗口中显示检查器，每个矩阵显示更多的行和列；再按一次放回原处。</translation>
    </message>
    <message>
        <source>phase %1 of %2 · iteration %3 — complete</source>
        <translation>第 %1 / %2 阶段 · 第 %3 次迭代——已完成</translation>
    </message>
    <message>
        <source>Forward propagation, layer %1</source>
        <translation>前向传播，第 %1 层</translation>
    </message>
    <message>
        <source>Backward propagation, layer %1</source>
        <translation>反向传播，第 %1 层</translation>
    </message>
    <message>
        <source>Update, layer %1</source>
        <translation>更新，第 %1 层</translation>
    </message>
    <message>
        <source>Cost J: binary cross-entropy</source>
        <translation>代价 J：二元交叉熵</translation>
    </message>
    <message>
        <source>Cost J: categorical cross-entropy</source>
        <translation>代价 J：多类交叉熵</translation>
    </message>
    <message>
        <source>Cost J: squared error</source>
        <translation>代价 J：平方误差</translation>
    </message>
    <message>
        <source>dZ[%1] = A[%1] - Y because the loss is paired with the output&apos;s activation (σ or softmax with cross-entropy, linear with squared error). Column i is example i&apos;s own ∂ℒ/∂Z[%1]; the 1/m that makes it the cost&apos;s comes in dW[%1] and db[%1].</source>
        <translation>dZ[%1] = A[%1] - Y，因为损失与输出层的激活函数配对（σ 或 softmax 配交叉熵，线性配平方误差）。第 i 列是样本 i 自己的 ∂ℒ/∂Z[%1]；使其成为代价导数的 1/m 出现在 dW[%1] 和 db[%1] 中。</translation>
    </message>
    <message>
        <source>dA[%1] came from the step of layer %3: dA[%1] = W[%3]^T dZ[%3]. In dZ[%1] = dA[%1] * g&apos;[%1](Z[%1]) the * multiplies element by element (same unit, same example), not as matrices.</source>
        <translation>dA[%1] 来自第 %3 层的步骤：dA[%1] = W[%3]^T dZ[%3]。在 dZ[%1] = dA[%1] * g&apos;[%1](Z[%1]) 中，* 是逐元素相乘（同一单元、同一样本），不是矩阵乘法。</translation>
    </message>
    <message>
        <source>Gradient descent with learning rate α = %1: the largest change of a weight in W[%2] is %3.</source>
        <translation>学习率 α = %1 的梯度下降：W[%2] 中权重的最大变化为 %3。</translation>
    </message>
    <message>
        <source>Averaged over the m = %1 examples (columns).</source>
        <translation>对 m = %1 个样本（列）取平均。</translation>
    </message>
    <message>
        <source>Cache: the forward step keeps (A[%2], W[%1], b[%1]) and Z[%1] for layer %1&apos;s backward step.</source>
        <translation>缓存：前向步骤保存 (A[%2], W[%1], b[%1]) 和 Z[%1]，供第 %1 层的反向步骤使用。</translation>
    </message>
    <message>
        <source>It reads layer 1&apos;s cache from the forward step: X for dW[1].</source>
        <translation>它读取前向步骤中第 1 层的缓存：用 X 计算 dW[1]。</translation>
    </message>
    <message>
        <source>It reads layer %1&apos;s cache from the forward step: A[%2] for dW[%1], W[%1] for dA[%2].</source>
        <translation>它读取前向步骤中第 %1 层的缓存：用 A[%2] 计算 dW[%1]，用 W[%1] 计算 dA[%2]。</translation>
    </message>
    <message>
        <source>It reads layer 1&apos;s cache from the forward step: Z[1] for the slope, X for dW[1].</source>
        <translation>它读取前向步骤中第 1 层的缓存：用 Z[1] 计算斜率，用 X 计算 dW[1]。</translation>
    </message>
    <message>
        <source>It reads layer %1&apos;s cache from the forward step: Z[%1] for the slope, A[%2] for dW[%1], W[%1] for dA[%2].</source>
        <translation>它读取前向步骤中第 %1 层的缓存：用 Z[%1] 计算斜率，用 A[%2] 计算 dW[%1]，用 W[%1] 计算 dA[%2]。</translation>
    </message>
    <message>
        <source>The two forms of J are equal: with A = σ(Z), log A = -log(1 + exp(-Z)) and log(1 - A) = -log(1 + exp(Z)), so −(Y log A + (1 - Y) log(1 - A)) = log(1 + exp(Z)) - Y Z. NumPy computes the second from Z, so it never takes the log of an A rounded to 0 or 1.</source>
        <translation>J 的两种形式相等：当 A = σ(Z) 时，log A = -log(1 + exp(-Z))，log(1 - A) = -log(1 + exp(Z))，所以 −(Y log A + (1 - Y) log(1 - A)) = log(1 + exp(Z)) - Y Z。NumPy 用 Z 计算第二种形式，因此永远不会对舍入成 0 或 1 的 A 取对数。</translation>
    </message>
    <message>
        <source>The two forms of J are equal: with A = softmax(Z), log A_k = Z_k - log Σ_j exp(Z_j). NumPy computes it from Z, so it never takes the log of an A rounded to 0.</source>
        <translation>J 的两种形式相等：当 A = softmax(Z) 时，log A_k = Z_k - log Σ_j exp(Z_j)。NumPy 用 Z 计算它，因此永远不会对舍入成 0 的 A 取对数。</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>更新前的 %1</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>更新后的 %1</translation>
    </message>
    <message>
        <source>A[%2]: the previous layer&apos;s activations, one column per example.</source>
        <translation>A[%2]：前一层的激活值，每个样本一列。</translation>
    </message>
    <message>
        <source>W[%1]: the weights, one row per unit of layer %1.</source>
        <translation>W[%1]：权重，第 %1 层的每个单元一行。</translation>
    </message>
    <message>
        <source>b[%1]: the biases, one per unit; added to every column.</source>
        <translation>b[%1]：偏置，每个单元一个；加到每一列上。</translation>
    </message>
    <message>
        <source>Z[%1]: each unit&apos;s weighted input for each example.</source>
        <translation>Z[%1]：每个单元对每个样本的加权输入。</translation>
    </message>
    <message>
        <source>A[%1] = g(Z[%1]): each unit&apos;s output for each example.</source>
        <translation>A[%1] = g(Z[%1])：每个单元对每个样本的输出。</translation>
    </message>
    <message>
        <source>A[%1]: the network&apos;s predictions ŷ, one column per example.</source>
        <translation>A[%1]：网络的预测值 ŷ，每个样本一列。</translation>
    </message>
    <message>
        <source>Y: the true labels, one column per example.</source>
        <translation>Y：真实标签，每个样本一列。</translation>
    </message>
    <message>
        <source>dA[%1] = ∂ℒ/∂A[%1] per example, as the course defines it: column i is how example i&apos;s loss ℒ changes with A[%1] (the cost&apos;s own ∂J/∂A[%1] = dA[%1]/m). Passed back from layer %3.</source>
        <translation>dA[%1] = 每个样本的 ∂ℒ/∂A[%1]，与课程的定义一致：第 i 列表示样本 i 的损失 ℒ 随 A[%1] 如何变化（代价自己的 ∂J/∂A[%1] = dA[%1]/m）。由第 %3 层传回。</translation>
    </message>
    <message>
        <source>g&apos;[%1](Z[%1]): the slope of g[%1] at each unit&apos;s z, for each example. dZ[%1] = dA[%1] * g&apos;[%1](Z[%1]) multiplies element by element.</source>
        <translation>g&apos;[%1](Z[%1])：对每个样本，g[%1] 在每个单元的 z 处的斜率。dZ[%1] = dA[%1] * g&apos;[%1](Z[%1]) 是逐元素相乘。</translation>
    </message>
    <message>
        <source>dZ[%1] = ∂ℒ/∂Z[%1] per example, as the course defines it: column i is how example i&apos;s loss ℒ changes with Z[%1]. The cost J averages the m losses, so ∂J/∂Z[%1] = dZ[%1]/m.</source>
        <translation>dZ[%1] = 每个样本的 ∂ℒ/∂Z[%1]，与课程的定义一致：第 i 列表示样本 i 的损失 ℒ 随 Z[%1] 如何变化。代价 J 是 m 个损失的平均值，所以 ∂J/∂Z[%1] = dZ[%1]/m。</translation>
    </message>
    <message>
        <source>dW[%1] = ∂J/∂W[%1] = (1/m) dZ[%1] A[%2]^T: how the cost changes with each weight, the 1/m averaging over the examples.</source>
        <translation>dW[%1] = ∂J/∂W[%1] = (1/m) dZ[%1] A[%2]^T：代价随每个权重如何变化，1/m 对所有样本取平均。</translation>
    </message>
    <message>
        <source>dA[%2] = W[%1]^T dZ[%1], per example, handed to layer %2&apos;s backward step.</source>
        <translation>dA[%2] = W[%1]^T dZ[%1]，按样本计算，交给第 %2 层的反向步骤。</translation>
    </message>
    <message>
        <source>db[%1] = ∂J/∂b[%1]: the mean of dZ[%1] over the examples.</source>
        <translation>db[%1] = ∂J/∂b[%1]：dZ[%1] 在所有样本上的平均值。</translation>
    </message>
</context>
<context>
    <name>LabWindows</name>
    <message>
        <source>&amp;Labs</source>
        <translation>实验(&amp;L)</translation>
    </message>
    <message>
        <source>Computation graph…</source>
        <translation>计算图…</translation>
    </message>
    <message>
        <source>J = 3(a + bc) and one-example logistic regression, forward then backward</source>
        <translation>J = 3(a + bc) 和单个样本的逻辑回归，先前向再反向</translation>
    </message>
    <message>
        <source>Vectorization…</source>
        <translation>向量化…</translation>
    </message>
    <message>
        <source>A Python for-loop against np.dot, and one gradient computed both ways</source>
        <translation>Python for 循环与 np.dot 对比，以及用两种方法计算同一个梯度</translation>
    </message>
    <message>
        <source>Check gradients…</source>
        <translation>梯度检验…</translation>
    </message>
    <message>
        <source>Compare backpropagation&apos;s dW, db with numerical (two-sided) differences</source>
        <translation>将反向传播得到的 dW、db 与数值（双边）差分比较</translation>
    </message>
    <message>
        <source>Experiment runner…</source>
        <translation>实验运行器…</translation>
    </message>
    <message>
        <source>Train once per value of one hyperparameter and compare the cost curves</source>
        <translation>对某个超参数的每个取值各训练一次，比较代价曲线</translation>
    </message>
    <message>
        <source>Your code…</source>
        <translation>你的代码…</translation>
    </message>
    <message>
        <source>Check your own course functions (.py or .ipynb), train this window&apos;s network with them (the diagram, inspector and cost curve show your run), check their gradients</source>
        <translation>检查你自己写的课程函数（.py 或 .ipynb），用它们训练本窗口的网络（网络图、检查器和代价曲线显示你的运行），并检验它们的梯度</translation>
    </message>
    <message>
        <source>Check your own course functions (.py or .ipynb), train with them, check their gradients</source>
        <translation type="vanished">检查你自己写的课程函数（.py 或 .ipynb），用它们训练，并检验它们的梯度</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The translation for %1 is missing: run tools/update_translations.py.</source>
        <extracomment>Where the .qm catalogues are read from (the app&apos;s resources; tests use their own).</extracomment>
        <translation>缺少 %1 的翻译：请运行 tools/update_translations.py。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language of menus, panels and help; switches at once</source>
        <translation>菜单、面板和帮助使用的语言；立即切换</translation>
    </message>
</context>
<context>
    <name>LayerEditor</name>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Remove the last hidden layer (L shrinks by 1); training restarts.</source>
        <translation>删除最后一个隐藏层（L 减 1）；训练重新开始。</translation>
    </message>
    <message>
        <source>Add a hidden layer (L grows by 1), like the last one; training restarts.</source>
        <translation>添加一个与最后一层相同的隐藏层（L 加 1）；训练重新开始。</translation>
    </message>
    <message>
        <source>n[%1], the number of units in hidden layer %1: W[%1] has shape (n[%1], n[%2]). Training restarts.</source>
        <translation>n[%1]，第 %1 个隐藏层的单元数：W[%1] 的形状为 (n[%1], n[%2])。训练重新开始。</translation>
    </message>
    <message>
        <source>g[%1], the activation of hidden layer %1: A[%1] = g[%1](Z[%1]). Backprop uses its derivative g′[%1](Z[%1]). Training restarts.</source>
        <translation>g[%1]，第 %1 个隐藏层的激活函数：A[%1] = g[%1](Z[%1])。反向传播使用它的导数 g′[%1](Z[%1])。训练重新开始。</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>layer_dims = %1, so L = %2 layers with weights.</source>
        <translation>layer_dims = %1，所以有 L = %2 个带权重的层。</translation>
    </message>
    <message>
        <source>No hidden layer: this is linear regression, a single linear unit. layer_dims = %1</source>
        <translation>没有隐藏层：这就是线性回归，只有一个线性单元。layer_dims = %1</translation>
    </message>
    <message>
        <source>No hidden layer: this is softmax regression; each boundary is a straight line. layer_dims = %1</source>
        <translation>没有隐藏层：这就是 softmax 回归；每条边界都是直线。layer_dims = %1</translation>
    </message>
    <message>
        <source>No hidden layer: this is logistic regression, one neuron that can only draw a straight boundary. layer_dims = %1</source>
        <translation>没有隐藏层：这就是逻辑回归，一个只能画出直线边界的神经元。layer_dims = %1</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>There is no lesson called %1.</source>
        <translation>没有名为 %1 的课。</translation>
    </message>
    <message>
        <source>Open the lab</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>Open the lab this lesson is about, in its own window.</source>
        <translation>在单独的窗口中打开本课所讲的实验。</translation>
    </message>
    <message>
        <source>Load lesson</source>
        <translation>加载本课</translation>
    </message>
    <message>
        <source>Install this lesson&apos;s dataset, network and hyperparameters (training restarts), then start its checks.</source>
        <translation>载入本课的数据集、网络和超参数（训练重新开始），然后开始本课的检查。</translation>
    </message>
    <message>
        <source>☑ %1 — done!</source>
        <translation>☑ %1 —— 完成！</translation>
    </message>
    <message>
        <source>☐ %1</source>
        <translation>☐ %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Lesson done! Read what to notice, then try the next one.</source>
        <translation>本课完成！读一读需要注意的要点，然后试试下一课。</translation>
    </message>
    <message>
        <source>Press Open the lab to start.</source>
        <translation>按“打开实验”开始。</translation>
    </message>
    <message>
        <source>Press Load lesson to start (it replaces the current data and network).</source>
        <translation>按“加载本课”开始（它会替换当前的数据和网络）。</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>第 %1 次迭代</translation>
    </message>
    <message>
        <source>Iteration %1 · training accuracy %2 %</source>
        <translation>第 %1 次迭代 · 训练集准确率 %2 %</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>操作步骤</translation>
    </message>
    <message>
        <source>What to notice</source>
        <translation>注意要点</translation>
    </message>
    <message>
        <source>Shapes for this network, m = %1 training examples</source>
        <translation>此网络的形状，m = %1 个训练样本</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Logistic regression is one neuron</source>
        <translation>逻辑回归就是一个神经元</translation>
    </message>
    <message>
        <source>With no hidden layer the network is logistic regression: one sigmoid neuron, ŷ = σ(w·x + b). Its decision boundary, where w·x + b = 0, is a straight line.</source>
        <translation>没有隐藏层时，网络就是逻辑回归：一个 sigmoid 神经元，ŷ = σ(w·x + b)。它的决策边界 w·x + b = 0 是一条直线。</translation>
    </message>
    <message>
        <source>Press Play (or Step a few times).</source>
        <translation>按“播放”（或按几次“单步”）。</translation>
    </message>
    <message>
        <source>Watch the boundary and the training accuracy.</source>
        <translation>观察决策边界和训练集准确率。</translation>
    </message>
    <message>
        <source>The boundary is a straight line, and stays one.</source>
        <translation>决策边界是一条直线，而且一直是直线。</translation>
    </message>
    <message>
        <source>No line separates the flower&apos;s petals: accuracy stalls near 47 %, as in the course.</source>
        <translation>没有一条直线能把花瓣分开：准确率停在 47 % 左右，和课程中一样。</translation>
    </message>
    <message>
        <source>The cost stops falling: gradient descent found the best line. The model is the limit, not the training.</source>
        <translation>代价不再下降：梯度下降已经找到了最好的直线。限制在于模型，而不在于训练。</translation>
    </message>
    <message>
        <source>Train 300 iterations: accuracy stalls near 47 %</source>
        <translation>训练 300 次迭代：准确率停在 47 % 左右</translation>
    </message>
    <message>
        <source>The computation graph</source>
        <translation>计算图</translation>
    </message>
    <message>
        <source>Backpropagation is the chain rule applied backwards through a computation graph. The lab draws J = 3(a + bc) as u = bc, v = a + u, J = 3v.</source>
        <translation>反向传播就是在计算图上反向应用链式法则。实验把 J = 3(a + bc) 画成 u = bc，v = a + u，J = 3v。</translation>
    </message>
    <message>
        <source>Press Open the lab.</source>
        <translation>按“打开实验”。</translation>
    </message>
    <message>
        <source>Press Forward: u, v and J fill in from left to right.</source>
        <translation>按“前向”：u、v 和 J 从左到右依次算出。</translation>
    </message>
    <message>
        <source>Press Backward: each dJ/d… is the product of the derivatives along the path back to J.</source>
        <translation>按“反向”：每个 dJ/d… 都是沿路径回到 J 的各个导数的乘积。</translation>
    </message>
    <message>
        <source>Then do the same for logistic regression on one example.</source>
        <translation>然后对单个样本的逻辑回归做同样的事。</translation>
    </message>
    <message>
        <source>For a = 5, b = 3, c = 2: J = 33, dJ/da = 3, dJ/db = 6, dJ/dc = 9.</source>
        <translation>当 a = 5，b = 3，c = 2 时：J = 33，dJ/da = 3，dJ/db = 6，dJ/dc = 9。</translation>
    </message>
    <message>
        <source>For logistic regression dz = a − y: the same dZ[L] = A[L] − Y the network uses.</source>
        <translation>对逻辑回归，dz = a − y：与网络使用的 dZ[L] = A[L] − Y 相同。</translation>
    </message>
    <message>
        <source>Open the lab</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>Vectorization</source>
        <translation>向量化</translation>
    </message>
    <message>
        <source>The course never loops over the m examples: X holds them as columns, and one matrix product handles them all at once.</source>
        <translation>课程从不对 m 个样本写循环：X 把它们存为各列，一次矩阵乘法就能同时处理所有样本。</translation>
    </message>
    <message>
        <source>Time a Python for-loop against np.dot for vectors of growing length n.</source>
        <translation>对长度 n 不断增大的向量，比较 Python for 循环和 np.dot 的耗时。</translation>
    </message>
    <message>
        <source>Compute one logistic-regression gradient with a loop over m, then vectorised.</source>
        <translation>先用对 m 的循环计算一次逻辑回归的梯度，再用向量化的方法计算。</translation>
    </message>
    <message>
        <source>np.dot is hundreds of times faster and gives the same number (to rounding).</source>
        <translation>np.dot 快了几百倍，结果相同（在舍入误差之内）。</translation>
    </message>
    <message>
        <source>Vectorising changes the speed, not the maths: both gradients agree.</source>
        <translation>向量化改变的是速度，不是数学：两种方法得到的梯度一致。</translation>
    </message>
    <message>
        <source>Shapes and broadcasting</source>
        <translation>形状与广播</translation>
    </message>
    <message>
        <source>Most bugs in a network are shape bugs. With examples as columns, W[l] is (n[l], n[l−1]), b[l] is (n[l], 1), Z[l] and A[l] are (n[l], m); dW[l] and db[l] have the shapes of W[l] and b[l].</source>
        <translation>网络中的大多数错误都是形状错误。样本为列时，W[l] 是 (n[l], n[l−1])，b[l] 是 (n[l], 1)，Z[l] 和 A[l] 是 (n[l], m)；dW[l] 和 db[l] 的形状分别与 W[l] 和 b[l] 相同。</translation>
    </message>
    <message>
        <source>Read the table above: it is this network&apos;s (2 → 4 → 3 → 1).</source>
        <translation>阅读上面的表格：这是本网络（2 → 4 → 3 → 1）的形状。</translation>
    </message>
    <message>
        <source>Press Step once; step phase by phase to see each matrix in the inspector.</source>
        <translation>按一次“单步”；再逐个阶段单步，在检查器中查看每个矩阵。</translation>
    </message>
    <message>
        <source>Change the units of a layer and see which shapes change.</source>
        <translation>修改某一层的单元数，看看哪些形状随之改变。</translation>
    </message>
    <message>
        <source>Z[l] = W[l] A[l−1] + b[l]: (n[l], n[l−1]) times (n[l−1], m) gives (n[l], m).</source>
        <translation>Z[l] = W[l] A[l−1] + b[l]：(n[l], n[l−1]) 乘以 (n[l−1], m) 得到 (n[l], m)。</translation>
    </message>
    <message>
        <source>b[l] is (n[l], 1): NumPy broadcasting adds it to each of the m columns.</source>
        <translation>b[l] 是 (n[l], 1)：NumPy 的广播机制把它加到 m 列中的每一列上。</translation>
    </message>
    <message>
        <source>Only Z, A, dZ and dA depend on m; the parameters do not.</source>
        <translation>只有 Z、A、dZ 和 dA 与 m 有关；参数与 m 无关。</translation>
    </message>
    <message>
        <source>Take one iteration (Step)</source>
        <translation>执行一次迭代（单步）</translation>
    </message>
    <message>
        <source>One hidden layer bends the boundary</source>
        <translation>一个隐藏层让边界弯曲</translation>
    </message>
    <message>
        <source>Add one hidden layer of 4 tanh units: each unit draws its own soft line, and the output neuron combines them into a curved boundary.</source>
        <translation>加入一个含 4 个 tanh 单元的隐藏层：每个单元画出自己的一条软直线，输出神经元把它们组合成弯曲的边界。</translation>
    </message>
    <message>
        <source>Press Play.</source>
        <translation>按“播放”。</translation>
    </message>
    <message>
        <source>Click each hidden unit in the network diagram to see its own map.</source>
        <translation>在网络结构图中逐个单击隐藏单元，查看它自己的输出图。</translation>
    </message>
    <message>
        <source>The boundary bends around the petals and accuracy climbs to about 90 % (the course&apos;s number).</source>
        <translation>边界绕着花瓣弯曲，准确率上升到 90 % 左右（课程中的数值）。</translation>
    </message>
    <message>
        <source>Each hidden unit alone is still a soft line, tanh(w·x + b): the curve comes from combining them.</source>
        <translation>单独看每个隐藏单元，它仍然是一条软直线 tanh(w·x + b)：曲线来自它们的组合。</translation>
    </message>
    <message>
        <source>Reach 88 % training accuracy</source>
        <translation>训练集准确率达到 88 %</translation>
    </message>
    <message>
        <source>Accuracy is no better than with one hidden unit (about 67 % here).</source>
        <translation>准确率不比只有一个隐藏单元时更好（这里约为 67 %）。</translation>
    </message>
    <message>
        <source>With × 10 most tanh units are saturated: after 500 iterations accuracy is still below 90 %, and usually for thousands more.</source>
        <translation>乘以 10 时，大多数 tanh 单元都饱和了：500 次迭代后准确率仍低于 90 %，而且通常再过几千次迭代也还是如此。</translation>
    </message>
    <message>
        <source>20 and 50 units fit the training set about as well or better, but the test accuracy usually does not improve: a bigger network can overfit.</source>
        <translation>20 和 50 个单元对训练集的拟合程度相当或更好，但测试集准确率通常没有提高：更大的网络可能过拟合。</translation>
    </message>
    <message>
        <source>Press Play: three hidden layers of 10 tanh units.</source>
        <translation>按“播放”：三个各含 10 个 tanh 单元的隐藏层。</translation>
    </message>
    <message>
        <source>Then remove two layers (one hidden layer of 10) and compare.</source>
        <translation>然后删除两层（只留一个含 10 个单元的隐藏层），再作比较。</translation>
    </message>
    <message>
        <source>The deep network passes 90 % within 3,000 iterations; one hidden layer of 10 units is still well below 90 % then.</source>
        <translation>深层网络在 3,000 次迭代之内准确率超过 90 %；这时一个含 10 个单元的隐藏层仍远低于 90 %。</translation>
    </message>
    <message>
        <source>The cost spikes now and then: a step overshoots, and the next steps recover.</source>
        <translation>代价时不时会突然跳高：某一步迈过了头，接下来的几步又会恢复过来。</translation>
    </message>
    <message>
        <source>Parameters are what gradient descent learns: every W[l] and b[l], 261 numbers here (Σ n[l](n[l−1] + 1)).</source>
        <translation>参数是梯度下降要学习的东西：所有的 W[l] 和 b[l]，这里共有 261 个数（Σ n[l](n[l−1] + 1)）。</translation>
    </message>
    <message>
        <source>Raw inputs make Z[1] = W[1]X + b[1] huge: tanh saturates and accuracy stays near 55 %, little better than guessing.</source>
        <translation>原始输入使 Z[1] = W[1]X + b[1] 非常大：tanh 饱和，准确率停在 55 % 左右，比瞎猜好不了多少。</translation>
    </message>
    <message>
        <source>Standardizing — subtract each feature&apos;s mean, divide by its standard deviation, both from the training set — brings the inputs near [−2, 2]; the same network passes 95 % within a few hundred iterations.</source>
        <translation>标准化 —— 每个特征减去均值、除以标准差，两者都取自训练集 —— 把输入拉到 [−2, 2] 附近；同一个网络在几百次迭代之内准确率就超过 95 %。</translation>
    </message>
    <message>
        <source>Activation functions</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>g[l] is a choice. Sigmoid squashes z into (0, 1), tanh into (−1, 1); ReLU = max(0, z) and leaky ReLU = max(0.01z, z) never saturate for z &gt; 0.</source>
        <translation>g[l] 是可以选择的。sigmoid 把 z 压缩到 (0, 1)，tanh 压缩到 (−1, 1)；ReLU = max(0, z) 和 Leaky ReLU = max(0.01z, z) 在 z &gt; 0 时永远不会饱和。</translation>
    </message>
    <message>
        <source>Press Play for about 300 iterations and note the cost.</source>
        <translation>按“播放”训练约 300 次迭代，记下代价。</translation>
    </message>
    <message>
        <source>In the Network panel switch the hidden activation to tanh, then ReLU, then leaky ReLU, training each about 300 iterations.</source>
        <translation>在“网络”面板中把隐藏层激活函数依次换成 tanh、ReLU、Leaky ReLU，每种各训练约 300 次迭代。</translation>
    </message>
    <message>
        <source>Sigmoid learns slowest: its slope g&apos;(z) is at most 0.25, so every dZ[1] is small.</source>
        <translation>sigmoid 学得最慢：它的斜率 g&apos;(z) 最大只有 0.25，所以每个 dZ[1] 都很小。</translation>
    </message>
    <message>
        <source>tanh is faster: slope up to 1, outputs centred on 0.</source>
        <translation>tanh 更快：斜率最大为 1，输出以 0 为中心。</translation>
    </message>
    <message>
        <source>ReLU and leaky ReLU are fastest here, and their boundaries have corners: they are piecewise linear.</source>
        <translation>ReLU 和 Leaky ReLU 在这里最快，而且它们的边界有棱角：它们是分段线性的。</translation>
    </message>
    <message>
        <source>Train 3 different activations, 300 iterations each</source>
        <translation>训练 3 种不同的激活函数，每种 300 次迭代</translation>
    </message>
    <message>
        <source>Why non-linear activations</source>
        <translation>为什么需要非线性激活函数</translation>
    </message>
    <message>
        <source>With linear hidden units, A[l] = Z[l], and a product of linear maps is linear: three layers collapse into one, W[3]W[2]W[1]x + … . The boundary is a straight line at any depth.</source>
        <translation>隐藏单元是线性的时候，A[l] = Z[l]，而线性映射的乘积仍是线性的：三层合并成一层，W[3]W[2]W[1]x + … 。无论多深，边界都是一条直线。</translation>
    </message>
    <message>
        <source>Press Play: three hidden layers of linear units.</source>
        <translation>按“播放”：三个由线性单元组成的隐藏层。</translation>
    </message>
    <message>
        <source>Then set every hidden layer to tanh and train again.</source>
        <translation>然后把所有隐藏层都设为 tanh，再训练一次。</translation>
    </message>
    <message>
        <source>With linear units the boundary stays a straight line, however long you train.</source>
        <translation>使用线性单元时，无论训练多久，边界始终是一条直线。</translation>
    </message>
    <message>
        <source>With tanh the same network bends its boundary: non-linearity is what depth needs.</source>
        <translation>使用 tanh 时，同一个网络的边界会弯曲：深度需要的正是非线性。</translation>
    </message>
    <message>
        <source>Train 500 iterations: the boundary is still a straight line</source>
        <translation>训练 500 次迭代：边界仍然是一条直线</translation>
    </message>
    <message>
        <source>Switch to tanh: the boundary bends</source>
        <translation>换成 tanh：边界弯曲了</translation>
    </message>
    <message>
        <source>Zero initialization</source>
        <translation>全零初始化</translation>
    </message>
    <message>
        <source>If every weight starts at 0, every hidden unit computes the same function and gets the same gradient, so the units stay identical for ever: 4 units are no better than 1. Random weights break the symmetry.</source>
        <translation>如果所有权重都从 0 开始，每个隐藏单元都计算同一个函数、得到同一个梯度，于是这些单元永远保持相同：4 个单元并不比 1 个好。随机权重打破了这种对称性。</translation>
    </message>
    <message>
        <source>Press Play for a few hundred iterations, then click each hidden unit in the diagram.</source>
        <translation>按“播放”训练几百次迭代，然后在结构图中逐个单击隐藏单元。</translation>
    </message>
    <message>
        <source>Set Initialization to random (scale 0.01) and train again.</source>
        <translation>把“初始化”设为随机（缩放系数 0.01），再训练一次。</translation>
    </message>
    <message>
        <source>With zeros all four maps are the same, and every row of W[1] is equal (see the inspector).</source>
        <translation>全零初始化时，四张输出图完全相同，W[1] 的每一行都相等（见检查器）。</translation>
    </message>
    <message>
        <source>With random × 0.01 the units differ and accuracy passes 85 %.</source>
        <translation>用随机 × 0.01 初始化时，各单元互不相同，准确率超过 85 %。</translation>
    </message>
    <message>
        <source>Here the hidden units are sigmoid and there is one more point of one class: with tanh(0) = 0, or exactly balanced classes, zero weights get exactly zero gradients and nothing moves at all.</source>
        <translation>这里的隐藏单元是 sigmoid，并且某一类多一个点：如果用 tanh（tanh(0) = 0），或者两类点数正好相等，全零权重得到的梯度恰好为零，什么都不会动。</translation>
    </message>
    <message>
        <source>Zeros: after 300 iterations every row of W[1] is still equal</source>
        <translation>全零：300 次迭代后，W[1] 的每一行仍然相等</translation>
    </message>
    <message>
        <source>Random × 0.01: the units differ; reach 85 %</source>
        <translation>随机 × 0.01：各单元互不相同；准确率达到 85 %</translation>
    </message>
    <message>
        <source>Too-large initial weights</source>
        <translation>初始权重过大</translation>
    </message>
    <message>
        <source>Weights drawn × 10 make |z| large, where tanh is flat: g&apos;(z) ≈ 0, so dZ[1] = dA[1] * g&apos;(Z[1]) ≈ 0 and W[1] hardly moves.</source>
        <translation>权重乘以 10 会使 |z| 很大，而 tanh 在那里是平的：g&apos;(z) ≈ 0，所以 dZ[1] = dA[1] * g&apos;(Z[1]) ≈ 0，W[1] 几乎不动。</translation>
    </message>
    <message>
        <source>Press Play for 500 iterations; look at layer 1&apos;s activation graph: the Z values sit on the flat parts.</source>
        <translation>按“播放”训练 500 次迭代；查看第 1 层的激活函数图：Z 值都落在平坦的部分。</translation>
    </message>
    <message>
        <source>Set the initialization scale back to 0.01 and train again.</source>
        <translation>把初始化缩放系数改回 0.01，再训练一次。</translation>
    </message>
    <message>
        <source>With × 0.01 the circles are learned within a few hundred iterations.</source>
        <translation>乘以 0.01 时，几百次迭代之内就能学会同心圆。</translation>
    </message>
    <message>
        <source>× 10: after 500 iterations, below 90 % with most units saturated</source>
        <translation>× 10：500 次迭代后准确率低于 90 %，大多数单元饱和</translation>
    </message>
    <message>
        <source>× 0.01: reach 95 % training accuracy</source>
        <translation>× 0.01：训练集准确率达到 95 %</translation>
    </message>
    <message>
        <source>The learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <source>Gradient descent steps W = W − α dW. α sets the step: too small crawls, too large overshoots.</source>
        <translation>梯度下降的一步是 W = W − α dW。α 决定步长：太小则进展缓慢，太大则会越过最低点。</translation>
    </message>
    <message>
        <source>Press Play with α = 0.001 and watch the cost.</source>
        <translation>在 α = 0.001 时按“播放”，观察代价。</translation>
    </message>
    <message>
        <source>Type α = 10 into the learning-rate box.</source>
        <translation>在学习率输入框中输入 α = 10。</translation>
    </message>
    <message>
        <source>Open View → Cost surface: the white path of two weights zig-zags across the valley of J.</source>
        <translation>打开 视图 → 代价曲面：两个权重的白色路径在 J 的山谷两侧之字形来回。</translation>
    </message>
    <message>
        <source>Then set α = 1.2.</source>
        <translation>然后设置 α = 1.2。</translation>
    </message>
    <message>
        <source>α = 0.001 crawls: after hundreds of iterations the cost has hardly moved.</source>
        <translation>α = 0.001 时进展缓慢：几百次迭代之后代价几乎没有变化。</translation>
    </message>
    <message>
        <source>α = 10: the cost goes up and down — each step jumps across the valley.</source>
        <translation>α = 10：代价忽上忽下 —— 每一步都跳到了山谷的另一侧。</translation>
    </message>
    <message>
        <source>α = 1.2 (the course&apos;s value): the cost only falls, and accuracy passes 85 %.</source>
        <translation>α = 1.2（课程中的取值）：代价一直下降，准确率超过 85 %。</translation>
    </message>
    <message>
        <source>Too large: see the cost go up (try α = 10)</source>
        <translation>太大：看到代价上升（试试 α = 10）</translation>
    </message>
    <message>
        <source>Just right: the cost only falls and accuracy reaches 85 %</source>
        <translation>恰到好处：代价一直下降，准确率达到 85 %</translation>
    </message>
    <message>
        <source>Hidden layer size</source>
        <translation>隐藏层大小</translation>
    </message>
    <message>
        <source>How many hidden units? The course trains n[1] = 1, 2, 3, 4, 5, 20 and 50 on the flower and compares.</source>
        <translation>隐藏单元应该取多少个？课程在花朵数据上分别训练 n[1] = 1、2、3、4、5、20 和 50，并加以比较。</translation>
    </message>
    <message>
        <source>Press Load lesson: the experiment runner opens with these values.</source>
        <translation>按“加载本课”：实验运行器会带着这些取值打开。</translation>
    </message>
    <message>
        <source>Press Run and wait for the 7 runs (a few seconds).</source>
        <translation>按“运行”，等待 7 次运行完成（几秒钟）。</translation>
    </message>
    <message>
        <source>1 or 2 units are too few (about 67 %): they cannot wrap the petals.</source>
        <translation>1 或 2 个单元太少（约 67 %）：它们无法包住花瓣。</translation>
    </message>
    <message>
        <source>From 3 units on, accuracy is about 90 %.</source>
        <translation>从 3 个单元开始，准确率约为 90 %。</translation>
    </message>
    <message>
        <source>Run the sweep over n[1] to the end</source>
        <translation>完整运行对 n[1] 的扫描</translation>
    </message>
    <message>
        <source>Deep networks; parameters and hyperparameters</source>
        <translation>深层网络；参数与超参数</translation>
    </message>
    <message>
        <source>Some patterns are easier with depth: each layer builds on the features of the one before. The spiral&apos;s arms wind around each other.</source>
        <translation>有些模式用更深的网络更容易学：每一层都建立在前一层的特征之上。螺旋的两条臂相互缠绕。</translation>
    </message>
    <message>
        <source>Hyperparameters are what you choose: α, the iterations, the layers L, the units n[l], the activations g[l], the initialization. They decide what the parameters become.</source>
        <translation>超参数是由你选择的东西：α、迭代次数、层数 L、单元数 n[l]、激活函数 g[l]、初始化方法。它们决定了参数最终会变成什么样。</translation>
    </message>
    <message>
        <source>Reach 90 % training accuracy on the spiral</source>
        <translation>在螺旋数据上训练集准确率达到 90 %</translation>
    </message>
    <message>
        <source>Input scaling</source>
        <translation>输入缩放</translation>
    </message>
    <message>
        <source>Raw features can be large — pixel values go up to 255. Here every coordinate of the circles is multiplied by 255.</source>
        <translation>原始特征可能很大 —— 像素值最大可达 255。这里同心圆数据的每个坐标都乘以了 255。</translation>
    </message>
    <message>
        <source>Press Play for 500 iterations.</source>
        <translation>按“播放”训练 500 次迭代。</translation>
    </message>
    <message>
        <source>Tick Standardize inputs (Network panel) and train again.</source>
        <translation>勾选“标准化输入”（在“网络”面板中），再训练一次。</translation>
    </message>
    <message>
        <source>New data must be scaled with the training set&apos;s mean and standard deviation.</source>
        <translation>新数据必须用训练集的均值和标准差来缩放。</translation>
    </message>
    <message>
        <source>Raw ×255: after 500 iterations still below 95 %</source>
        <translation>原始 ×255：500 次迭代后仍低于 95 %</translation>
    </message>
    <message>
        <source>Standardized: reach 95 % training accuracy</source>
        <translation>标准化后：训练集准确率达到 95 %</translation>
    </message>
</context>
<context>
    <name>MainTraining</name>
    <message>
        <source>Starting your functions for the main window…</source>
        <translation>正在为主窗口启动你的函数…</translation>
    </message>
    <message>
        <source>The main window trains with your functions now: press Play (Space) or Step (→) there.</source>
        <translation>主窗口现在用你的函数训练：在主窗口按“播放”（空格）或“单步”（→）。</translation>
    </message>
    <message>
        <source>The main window&apos;s network cannot be trained with your functions (see its status bar).</source>
        <translation>主窗口的网络不能用你的函数训练（原因见主窗口的状态栏）。</translation>
    </message>
    <message>
        <source>Back to core&apos;s functions</source>
        <translation>改回核心的函数</translation>
    </message>
    <message>
        <source>The main window trains on with core&apos;s functions from where it is</source>
        <translation>主窗口从当前位置起改用核心的函数继续训练</translation>
    </message>
    <message>
        <source>Train in the main window</source>
        <translation>在主窗口中训练</translation>
    </message>
    <message>
        <source>The main window&apos;s network trains with your functions where you wrote them (core&apos;s elsewhere): its diagram, boundary, inspector and cost curve show your run, next to core&apos;s from the same start</source>
        <translation>主窗口的网络用你写了的函数训练（其余用核心的）：它的网络图、决策边界、检查器和代价曲线显示你的运行，旁边是核心从同一起点开始的运行</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Backprop Studio — watch a neural network learn</source>
        <extracomment>True when the window should open maximised (a small screen, no size asked for): see .geometry.</extracomment>
        <translation>Backprop Studio —— 观察神经网络如何学习</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Network and training</source>
        <translation>网络与训练</translation>
    </message>
    <message>
        <source>Cost J</source>
        <translation>代价 J</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>引导课</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Plug in the numbers</source>
        <translation>代入数值</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <source>Put every panel back where it was when the app started</source>
        <translation>把所有面板放回程序启动时的位置</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Backprop Studio</source>
        <translation>关于 Backprop Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>第 %1 次迭代</translation>
    </message>
    <message>
        <source>Cost J = %1</source>
        <translation>代价 J = %1</translation>
    </message>
    <message>
        <source>Accuracy —</source>
        <translation>准确率 —</translation>
    </message>
    <message>
        <source>Train accuracy %1%</source>
        <translation>训练集准确率 %1%</translation>
    </message>
    <message>
        <source>%1 it/s</source>
        <translation>%1 次/秒</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>训练已停止</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>row %1, column %2 (NumPy index [%3, %4])</source>
        <extracomment>The exact float64 of a cell (what tests and tooltips read; the display is rounded). The frame of the plug-in panel&apos;s cell or row (a colour the diverging map never takes). The colour scales offered: |value| at which a cell takes the map&apos;s end colour.</extracomment>
        <translation>第 %1 行，第 %2 列（NumPy 索引 [%3, %4]）</translation>
    </message>
    <message>
        <source>%1 (NumPy index %2)</source>
        <translation>%1（NumPy 索引 %2）</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>NetworkDiagramView</name>
    <message>
        <source>⋮ %1 more</source>
        <extracomment>Per layer l ≥ 1 (index l - 1): does g[l]&apos;s output read as a probability (maps coloured 0..1)?</extracomment>
        <translation>⋮ 还有 %1 个</translation>
    </message>
    <message>
        <source>New value for %1 (now %2):</source>
        <extracomment>Edges restyle ~20 times a second while playing: smooth to the eye, and it leaves the machine to training (restyling a few hundred pens every 25 ms cost a fifth of the throughput). Seam for tests: (prompt, current value) → (new value, accepted).</extracomment>
        <translation>%1 的新值（当前为 %2）：</translation>
    </message>
    <message>
        <source>Type a parameter</source>
        <translation>输入参数值</translation>
    </message>
    <message>
        <source>Animation:</source>
        <translation>动画：</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>快</translation>
    </message>
    <message>
        <source>How fast each phase of an animated step is shown; off runs all phases at once.</source>
        <translation>动画单步中每个阶段的显示速度；选“关闭”则一次执行所有阶段。</translation>
    </message>
    <message>
        <source>▶ Animate</source>
        <translation>▶ 动画演示</translation>
    </message>
    <message>
        <source>Take one iteration of gradient descent phase by phase: forward propagation layer by layer, the cost J, backward propagation from the output back, then the update of W and b.</source>
        <translation>逐个阶段执行一次梯度下降迭代：逐层前向传播，计算代价 J，从输出层往回反向传播，然后更新 W 和 b。</translation>
    </message>
    <message>
        <source>■</source>
        <translation>■</translation>
    </message>
    <message>
        <source>Stop the animated step after this phase; Step phase goes on from here.</source>
        <translation>在此阶段后停止动画单步；之后可用“逐阶段单步”从这里继续。</translation>
    </message>
    <message>
        <source>%1 = %2  ·  latest dW = %3</source>
        <translation>%1 = %2  ·  最近的 dW = %3</translation>
    </message>
    <message>
        <source>The weight from %1 to %2: it multiplies %1 in z[%3]%4.</source>
        <translation>从 %1 到 %2 的权重：在 z[%3]%4 中与 %1 相乘。</translation>
    </message>
    <message>
        <source>Orange: negative, blue: positive; thicker: larger |w|. Double-click to type a new value.</source>
        <translation>橙色：负，蓝色：正；越粗 |w| 越大。双击可输入新值。</translation>
    </message>
    <message>
        <source>Over the m = %1 training examples (mean · min · max):</source>
        <translation>在 m = %1 个训练样本上（平均值 · 最小值 · 最大值）：</translation>
    </message>
    <message>
        <source>For training example %1 alone (NumPy column %2):</source>
        <translation>仅针对训练样本 %1（NumPy 第 %2 列）：</translation>
    </message>
    <message>
        <source>g′(z): softmax&apos;s slope is a matrix; backprop uses dZ[L] = A[L] − Y directly.</source>
        <translation>g′(z)：softmax 的斜率是一个矩阵；反向传播直接使用 dZ[L] = A[L] − Y。</translation>
    </message>
    <message>
        <source>%1 = %2  ·  latest db = %3</source>
        <translation>%1 = %2  ·  最近的 db = %3</translation>
    </message>
    <message>
        <source>The small map is this neuron&apos;s a over the (x₁, x₂) plane. Click to show it large in the decision-boundary view.</source>
        <translation>小图是这个神经元在 (x₁, x₂) 平面上的输出 a。单击可在决策边界视图中放大显示。</translation>
    </message>
    <message>
        <source>%1: input feature %2</source>
        <translation>%1：第 %2 个输入特征</translation>
    </message>
    <message>
        <source>%1: neuron %2 of layer %3, g[%3] = %4</source>
        <translation>%1：第 %3 层的第 %2 个神经元，g[%3] = %4</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>An input feature: one row of X.</source>
        <translation>一个输入特征：X 的一行。</translation>
    </message>
    <message>
        <source>Standardize inputs</source>
        <translation>标准化输入</translation>
    </message>
    <message>
        <source>Subtract each feature&apos;s mean and divide by its standard deviation (measured on the training set), so features of different sizes learn at a similar speed. Training restarts.</source>
        <translation>每个特征减去其均值并除以其标准差（在训练集上计算），使大小不同的特征以相近的速度学习。训练重新开始。</translation>
    </message>
    <message>
        <source>Each ticked feature is one row of X, so n[0] is the number of ticked features.</source>
        <translation>每个勾选的特征是 X 的一行，所以 n[0] 等于勾选的特征数。</translation>
    </message>
    <message>
        <source>X₁: the first coordinate x1 of each point.</source>
        <translation>X₁：每个点的第一个坐标 x1。</translation>
    </message>
    <message>
        <source>X₂: the second coordinate x2 of each point.</source>
        <translation>X₂：每个点的第二个坐标 x2。</translation>
    </message>
    <message>
        <source>X₁²: x1 squared. With X₂², even one neuron can draw a circle.</source>
        <translation>X₁²：x1 的平方。加上 X₂²，即使一个神经元也能画出圆。</translation>
    </message>
    <message>
        <source>X₂²: x2 squared. With X₁², even one neuron can draw a circle.</source>
        <translation>X₂²：x2 的平方。加上 X₁²，即使一个神经元也能画出圆。</translation>
    </message>
    <message>
        <source>X₁X₂: the product x1·x2, positive in two opposite quadrants (as in XOR).</source>
        <translation>X₁X₂：乘积 x1·x2，在两个相对的象限中为正（如异或 XOR）。</translation>
    </message>
    <message>
        <source>sin(X₁): the sine of x1, for wavy boundaries along x1.</source>
        <translation>sin(X₁)：x1 的正弦，用于沿 x1 方向的波浪形边界。</translation>
    </message>
    <message>
        <source>sin(X₂): the sine of x2, for wavy boundaries along x2.</source>
        <translation>sin(X₂)：x2 的正弦，用于沿 x2 方向的波浪形边界。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Output g[L]</source>
        <translation>输出层 g[L]</translation>
    </message>
    <message>
        <source>Leaky ReLU slope: g(z) = z for z &gt; 0, slope·z otherwise, so a unit never stops learning. Usually 0.01.</source>
        <translation>Leaky ReLU 斜率：z &gt; 0 时 g(z) = z，否则为 斜率·z，因此单元永远不会停止学习。通常取 0.01。</translation>
    </message>
    <message>
        <source>Leaky ReLU slope</source>
        <translation>Leaky ReLU 斜率</translation>
    </message>
    <message>
        <source>How W[l] starts before the first iteration (b[l] always starts at 0). Zeros leave every unit of a layer identical. Training restarts.</source>
        <translation>第一次迭代之前 W[l] 的初始值（b[l] 总是从 0 开始）。全零初始化会让一层中的所有单元完全相同。训练重新开始。</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>W = randn × scale; the course uses 0.01. A large scale saturates tanh and sigmoid, so learning stalls. Used by Random and Course-compatible only.</source>
        <translation>W = randn × 缩放系数；课程中用 0.01。缩放系数太大会使 tanh 和 sigmoid 饱和，学习停滞。仅用于“随机 × 缩放”和“与课程一致”两种初始化。</translation>
    </message>
    <message>
        <source>The scale</source>
        <translation>缩放系数</translation>
    </message>
    <message>
        <source>Init scale</source>
        <translation>初始化缩放</translation>
    </message>
    <message>
        <source>Seed of the random initial W: the same seed always gives the same starting network. Course-compatible with seed 2 gives the course&apos;s numbers.</source>
        <translation>随机初始 W 的种子：相同的种子总是得到相同的初始网络。“与课程一致”加上种子 2 可以得到课程中的数值。</translation>
    </message>
    <message>
        <source>Init seed</source>
        <translation>初始化种子</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>W = 0: every hidden unit computes the same thing and stays so.</source>
        <translation>W = 0：每个隐藏单元计算相同的东西，并且一直如此。</translation>
    </message>
    <message>
        <source>Random × scale</source>
        <translation>随机 × 缩放</translation>
    </message>
    <message>
        <source>W = randn × scale (the course: 0.01).</source>
        <translation>W = randn × 缩放系数（课程中为 0.01）。</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier 初始化</translation>
    </message>
    <message>
        <source>W = randn × √(1/n[l−1]); suits tanh.</source>
        <translation>W = randn × √(1/n[l−1])；适合 tanh。</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He 初始化</translation>
    </message>
    <message>
        <source>W = randn × √(2/n[l−1]); suits ReLU.</source>
        <translation>W = randn × √(2/n[l−1])；适合 ReLU。</translation>
    </message>
    <message>
        <source>Course-compatible</source>
        <translation>与课程一致</translation>
    </message>
    <message>
        <source>W = randn × scale from NumPy&apos;s legacy RandomState, in the course&apos;s order.</source>
        <translation>W = randn × 缩放系数，使用 NumPy 旧版的 RandomState，按课程中的顺序生成。</translation>
    </message>
    <message>
        <source>Course deep network</source>
        <translation>课程深度网络初始化</translation>
    </message>
    <message>
        <source>W = randn / √n[l−1] from NumPy&apos;s legacy RandomState, as the course&apos;s deep application (seed 1); the scale does not apply.</source>
        <translation>W = randn / √n[l−1]，取自 NumPy 旧版 RandomState，与课程的深度网络应用作业相同（种子 1）；不使用缩放系数。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Learning rate α: how far each gradient-descent step moves W and b (W := W − α dW). Too large and the cost diverges. Training goes on.</source>
        <translation>学习率 α：每一步梯度下降让 W 和 b 移动多远（W := W − α dW）。太大会使代价发散。训练继续进行。</translation>
    </message>
    <message>
        <source>The learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <source>Full batch (m)</source>
        <translation>全批量 (m)</translation>
    </message>
    <message>
        <source>Examples per gradient step. Full batch uses all m training examples in every iteration, as the course does; mini-batches take more, noisier steps. Training goes on.</source>
        <translation>每一步梯度下降使用的样本数。全批量在每次迭代中使用全部 m 个训练样本，与课程相同；小批量走的步数更多，每步也更嘈杂。训练继续进行。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>λ, L2 regularization: adds (λ/2m)Σ‖W‖² to the cost, pulling the weights towards 0 against overfitting. Training goes on.</source>
        <translation>λ，L2 正则化：在代价上加上 (λ/2m)Σ‖W‖²，把权重拉向 0，以防止过拟合。训练继续进行。</translation>
    </message>
    <message>
        <source>λ</source>
        <translation>λ</translation>
    </message>
    <message>
        <source>L2 λ</source>
        <translation>L2 正则化 λ</translation>
    </message>
    <message>
        <source>Changing the learning rate, λ or the batch size keeps training; changing the network restarts it.</source>
        <translation>修改学习率、λ 或批量大小时训练继续；修改网络则训练重新开始。</translation>
    </message>
    <message>
        <source>Keep at least one input feature: the network needs n[0] ≥ 1 inputs.</source>
        <translation>请至少保留一个输入特征：网络需要 n[0] ≥ 1 个输入。</translation>
    </message>
    <message>
        <source>%1 must be a number, such as 0.01; “%2” is not one.</source>
        <translation>%1 必须是一个数，例如 0.01；“%2”不是数。</translation>
    </message>
    <message>
        <source>The session did not accept this change.</source>
        <translation>会话没有接受此更改。</translation>
    </message>
    <message>
        <source>Softmax, because there are %1 classes: one probability per class, summing to 1.</source>
        <translation>softmax，因为有 %1 个类别：每个类别一个概率，总和为 1。</translation>
    </message>
    <message>
        <source>Linear, because this is regression: the output is the predicted value ŷ itself.</source>
        <translation>线性，因为这是回归：输出就是预测值 ŷ 本身。</translation>
    </message>
    <message>
        <source>Sigmoid, because there are two classes: %1, between 0 and 1.</source>
        <translation>sigmoid，因为有两个类别：%1，介于 0 和 1 之间。</translation>
    </message>
</context>
<context>
    <name>NewExerciseFile</name>
    <message>
        <source>Python file (*.py)</source>
        <translation>Python 文件 (*.py)</translation>
    </message>
    <message>
        <source>New exercise file</source>
        <translation>新建练习文件</translation>
    </message>
    <message>
        <source>Save the exercise file</source>
        <translation>保存练习文件</translation>
    </message>
    <message>
        <source>%1 is written. Open it in Labs → Your code now?</source>
        <translation>已写入 %1。现在在 实验 → 你的代码 中打开它吗？</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PhaseBreadcrumb</name>
    <message>
        <source>Forward</source>
        <extracomment>Which state a chip that stands for several phases shows, most telling first.</extracomment>
        <translation>前向</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>Forward %1</source>
        <translation>前向 %1</translation>
    </message>
    <message>
        <source>Backward %1</source>
        <translation>反向 %1</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Forward propagation, layer %1: Z[%1] = W[%1] A[%2] + b[%1], then A[%1] = g[%1](Z[%1]).</source>
        <translation>前向传播，第 %1 层：Z[%1] = W[%1] A[%2] + b[%1]，然后 A[%1] = g[%1](Z[%1])。</translation>
    </message>
    <message>
        <source>The cost J: how far the predictions ŷ = A[%1] are from the labels Y, averaged over the m examples.</source>
        <translation>代价 J：预测值 ŷ = A[%1] 与标签 Y 相差多远，在 m 个样本上取平均。</translation>
    </message>
    <message>
        <source>Backward propagation, layer %1: dZ[%1], then dW[%1] = (1/m) dZ[%1] A[%2]ᵀ and db[%1] = (1/m) Σ dZ[%1]; dA[%2] is passed on to the left.</source>
        <translation>反向传播，第 %1 层：先求 dZ[%1]，再求 dW[%1] = (1/m) dZ[%1] A[%2]ᵀ 和 db[%1] = (1/m) Σ dZ[%1]；dA[%2] 继续传给左边一层。</translation>
    </message>
    <message>
        <source>Gradient descent, layer by layer: W[l] = W[l] − α dW[l] and b[l] = b[l] − α db[l].</source>
        <translation>梯度下降，逐层更新：W[l] = W[l] − α dW[l]，b[l] = b[l] − α db[l]。</translation>
    </message>
</context>
<context>
    <name>PhaseView</name>
    <message>
        <source>Your run stopped before its first iteration.</source>
        <translation>你的运行在第一次迭代之前就停止了。</translation>
    </message>
    <message>
        <source>So far both runs agree on every matrix of every iteration (to %1).</source>
        <translation>到目前为止，两次运行在每次迭代的每个矩阵上都一致（精确到 %1）。</translation>
    </message>
    <message>
        <source>The runs first part at iteration %1, at the cost: your J = %2, reference J = %3.</source>
        <translation>两次运行在第 %1 次迭代的代价处首次分开：你的 J = %2，参考 J = %3。</translation>
    </message>
    <message>
        <source>The runs first part at iteration %1, in %2 of layer %3: your %4 has another shape.</source>
        <translation>两次运行在第 %1 次迭代、第 %3 层的%2中首次分开：你的 %4 形状不同。</translation>
    </message>
    <message>
        <source>The runs first part at iteration %1, in %2 of layer %3: %4 differs at %5, yours %6, reference %7 (%8 of %9 entries differ).</source>
        <translation>两次运行在第 %1 次迭代、第 %3 层的%2中首次分开：%4 在 %5 处不同，你的是 %6，参考值是 %7（%9 个元素中有 %8 个不同）。</translation>
    </message>
    <message>
        <source>the parameters it starts from</source>
        <translation>起始参数</translation>
    </message>
    <message>
        <source>the forward pass</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <source>the backward pass</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>the update</source>
        <translation>参数更新</translation>
    </message>
    <message>
        <source>%1 after the update</source>
        <translation>更新后的 %1</translation>
    </message>
    <message>
        <source>forward: %1</source>
        <translation>前向传播：%1</translation>
    </message>
    <message>
        <source>backward: %1</source>
        <translation>反向传播：%1</translation>
    </message>
    <message>
        <source>update: %1</source>
        <translation>更新：%1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Iteration %1, %2</source>
        <translation>第 %1 次迭代，%2</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>(your run has stopped)</source>
        <translation>（你的运行已停止）</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>量</translation>
    </message>
</context>
<context>
    <name>PlugIn</name>
    <message>
        <source>for this example alone: dW[{l}] in the inspector is the average of this over the {m} examples</source>
        <translation>仅针对这个样本：检查器中的 dW[{l}] 是它在 {m} 个样本上的平均值</translation>
    </message>
    <message>
        <source>for this example alone: dW[{l}] in the inspector is the average of this over the {m} examples, plus (λ/m)·w from L2</source>
        <translation>仅针对这个样本：检查器中的 dW[{l}] 是它在 {m} 个样本上的平均值，再加上 L2 带来的 (λ/m)·w</translation>
    </message>
    <message>
        <source>for this example alone: db[{l}] in the inspector is the average of this over the {m} examples</source>
        <translation>仅针对这个样本：检查器中的 db[{l}] 是它在 {m} 个样本上的平均值</translation>
    </message>
</context>
<context>
    <name>PlugInPanel</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Unit %1 of layer %2, example %3: x = (%4), y = %5</source>
        <translation>第 %2 层的单元 %1，样本 %3：x = (%4)，y = %5</translation>
    </message>
    <message>
        <source>The numbers of this iteration&apos;s phases, as the inspector shows them (its cells for this unit and example are framed).</source>
        <translation>本次迭代各阶段的数值，与检查器中显示的相同（检查器中对应这个单元和样本的格子带有边框）。</translation>
    </message>
    <message>
        <source>The numbers the next iteration computes at the current parameters. Step phase by phase (Shift+→) to see them in the inspector.</source>
        <translation>下一次迭代在当前参数下将算出的数值。逐阶段单步（Shift+→）即可在检查器中看到它们。</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>dz, dw and db appear once the backward phase of layer %1 has run (Shift+→).</source>
        <translation>第 %1 层的反向阶段运行之后（Shift+→），才会显示 dz、dw 和 db。</translation>
    </message>
    <message>
        <source>Layer l</source>
        <translation>层 l</translation>
    </message>
    <message>
        <source>Unit j</source>
        <translation>单元 j</translation>
    </message>
    <message>
        <source>Example i</source>
        <translation>样本 i</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <source>The layer whose unit is written out (the diagram&apos;s selected neuron sets it too).</source>
        <translation>要展开计算其单元的层（在结构图中选中神经元也会设置它）。</translation>
    </message>
    <message>
        <source>The unit j of that layer, counted from 1 as the course does.</source>
        <translation>该层的单元 j，与课程一样从 1 开始计数。</translation>
    </message>
    <message>
        <source>The training example x⁽ⁱ⁾ whose numbers are plugged in (a click on a point of the decision boundary picks it too).</source>
        <translation>要代入其数值的训练样本 x⁽ⁱ⁾（在决策边界图上单击一个点也能选取它）。</translation>
    </message>
    <message>
        <source>How many decimals each number shows.</source>
        <translation>每个数显示几位小数。</translation>
    </message>
    <message>
        <source>Click a point on the decision boundary to pick an example, or choose one in the Example box: its numbers are then plugged into the formulas of the unit.</source>
        <translation>在决策边界图上单击一个点来选取样本，或在“样本 i”框中选择一个：随后它的数值会代入该单元的公式。</translation>
    </message>
    <message>
        <source>The weighted sum: each input times its weight, plus the bias.</source>
        <translation>加权和：每个输入乘以它的权重，再加上偏置。</translation>
    </message>
    <message>
        <source>The activation g applied to z: what this unit passes on.</source>
        <translation>对 z 应用激活函数 g：这就是该单元向后传递的值。</translation>
    </message>
    <message>
        <source>What the layer above sends back: each of its units&apos; dz times the weight joining them.</source>
        <translation>后一层传回的值：该层每个单元的 dz 乘以连接两者的权重。</translation>
    </message>
    <message>
        <source>The chain rule: the gradient reaching a, times the slope of g.</source>
        <translation>链式法则：传到 a 的梯度乘以 g 的斜率。</translation>
    </message>
    <message>
        <source>Softmax: the exponentials of every z of the layer, normalised to sum to 1.</source>
        <translation>Softmax：该层每个 z 的指数，归一化使其和为 1。</translation>
    </message>
    <message>
        <source>The output&apos;s error: the prediction minus the label.</source>
        <translation>输出的误差：预测值减去标签。</translation>
    </message>
    <message>
        <source>The slope of g at this z: %1.</source>
        <translation>g 在这个 z 处的斜率：%1。</translation>
    </message>
    <message>
        <source>(in the inspector: %1 = %2)</source>
        <translation>（检查器中：%1 = %2）</translation>
    </message>
</context>
<context>
    <name>PredictionBox</name>
    <message>
        <source>Pick one answer first, then press Check.</source>
        <translation>请先选一个答案，再按“检查”。</translation>
    </message>
    <message>
        <source>Type your answer first, then press Check.</source>
        <translation>请先输入你的答案，再按“检查”。</translation>
    </message>
    <message>
        <source>I could not read that: %1.</source>
        <translation>无法识别这个输入：%1。</translation>
    </message>
    <message>
        <source>The network or the data changed while the step ran, so this answer cannot be checked. Press Check again.</source>
        <translation>这一步运行期间网络或数据发生了变化，因此无法检查这个答案。请再按一次“检查”。</translation>
    </message>
    <message>
        <source>✔ Right! The answer is %1.</source>
        <translation>✔ 答对了！答案是 %1。</translation>
    </message>
    <message>
        <source>✘ Not quite: you said %1, the answer is %2.</source>
        <translation>✘ 不太对：你的答案是 %1，正确答案是 %2。</translation>
    </message>
    <message>
        <source>You have answered all %1 questions of this lesson (%2 right).</source>
        <translation>你已答完本课的全部 %1 道题（答对 %2 道）。</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>再问一次</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>a shape, e.g. (3, 4)</source>
        <translation>一个形状，例如 (3, 4)</translation>
    </message>
    <message>
        <source>Type the shape as (rows, columns): (3, 4), 3x4 and 3, 4 all work.</source>
        <translation>按 (行, 列) 输入形状：(3, 4)、3x4 和 3, 4 都可以。</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>请输入一个整数。</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 of %4 answered right so far</source>
        <translation>第 %1 题，共 %2 题 · 目前已答的 %4 题中答对 %3 题</translation>
    </message>
    <message>
        <source>Running the step…</source>
        <translation>正在运行这一步…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Predict, then check</source>
        <translation>先预测，再检查</translation>
    </message>
    <message>
        <source>Answer before the step runs: Check runs it, then says whether you were right and why, with this run&apos;s own numbers.</source>
        <translation>请在这一步运行之前作答：“检查”会运行它，然后用本次训练自己的数值告诉你是否答对以及原因。</translation>
    </message>
    <message>
        <source>Run the step this question is about, then grade your answer.</source>
        <translation>运行这道题涉及的那一步，然后评判你的答案。</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Presentation mode (F11): large text and only the essential views, for a projector</source>
        <translation>演示模式 (F11)：大字体，只显示最重要的视图，适合投影仪</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>up</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>down</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>unit {n}</source>
        <translation>单元 {n}</translation>
    </message>
    <message>
        <source>Unit {unit} moved least: its weights and bias changed by {change:.2g} (the others by {others:.2g} or more). Its tanh′(z) is below 0.05 on {saturated:.0%} of the examples: there |z| is large, tanh is flat, so dz = da · g′(z) ≈ 0 and its weights hardly move.</source>
        <translation>单元 {unit} 变化最小：它的权重和偏置变化了 {change:.2g}（其他单元至少变化了 {others:.2g}）。在 {saturated:.0%} 的样本上，它的 tanh′(z) 低于 0.05：那里 |z| 很大，tanh 很平坦，所以 dz = da · g′(z) ≈ 0，它的权重几乎不动。</translation>
    </message>
    <message>
        <source>Training accuracy reached {accuracy:.0%} in {iterations} iterations.</source>
        <translation>训练集准确率在 {iterations} 次迭代内达到了 {accuracy:.0%}。</translation>
    </message>
    <message>
        <source>Training accuracy is {accuracy:.0%} after {iterations} iterations. {saturated:.0%} of layer 1&apos;s tanh′(z) values are below 0.05: those units pass almost no gradient back, so learning crawls.</source>
        <translation>{iterations} 次迭代后，训练集准确率为 {accuracy:.0%}。第 1 层有 {saturated:.0%} 的 tanh′(z) 值低于 0.05：这些单元几乎传不回梯度，所以学习非常缓慢。</translation>
    </message>
    <message>
        <source>J went from {start:.6f} to {end:.6f}: it fell by {fall:.2g} %. Each step is α · dW = 0.001 · dW, so a hundred steps move the weights very little.</source>
        <translation>J 从 {start:.6f} 变为 {end:.6f}：下降了 {fall:.2g} %。每一步是 α · dW = 0.001 · dW，所以一百步也只让权重移动了一点点。</translation>
    </message>
    <message>
        <source>Σ n[l] (n[l−1] + 1) = {terms} = {count}: each unit has one weight per input and one bias.</source>
        <translation>Σ n[l] (n[l−1] + 1) = {terms} = {count}：每个单元对每个输入有一个权重，另加一个偏置。</translation>
    </message>
    <message>
        <source>W[2] is a parameter: gradient descent learns it, and this step moved it by {change:.2g}. α, n[2] and L are hyperparameters: you choose them, and they decide what the parameters become.</source>
        <translation>W[2] 是参数：梯度下降学习它，这一步让它变化了 {change:.2g}。α、n[2] 和 L 是超参数：由你选择，它们决定了参数最终会变成什么样。</translation>
    </message>
    <message>
        <source>W[1] has {rows} different row(s): every hidden unit started the same, got the same gradient, and so stayed the same (symmetry).</source>
        <translation>W[1] 有 {rows} 个不同的行：每个隐藏单元初始相同，得到相同的梯度，因此始终保持相同（对称性）。</translation>
    </message>
    <message>
        <source>dW[2] has the shape of W[2]: (n[2], n[1]) = {shape}, one gradient per weight. It does not depend on m = {m}.</source>
        <translation>dW[2] 的形状与 W[2] 相同：(n[2], n[1]) = {shape}，每个权重对应一个梯度。它与 m = {m} 无关。</translation>
    </message>
    <message>
        <source>Z[1] = W[1] X + b[1]: ({n1}, {n0}) times ({n0}, m) gives {shape}, one column per example (m = {m}).</source>
        <translation>Z[1] = W[1] X + b[1]：({n1}, {n0}) 乘以 ({n0}, m) 得到 {shape}，每个样本一列（m = {m}）。</translation>
    </message>
    <message>
        <source>db[3] has the shape of b[3]: (n[3], 1) = {shape}.</source>
        <translation>db[3] 的形状与 b[3] 相同：(n[3], 1) = {shape}。</translation>
    </message>
    <message>
        <source>A[1] is (n[1], m) = {shape}: one column per example. Parameters and their gradients do not depend on m.</source>
        <translation>A[1] 是 (n[1], m) = {shape}：每个样本一列。参数及其梯度与 m 无关。</translation>
    </message>
    <message>
        <source>The cost went up: from {start:.4f} it reached {highest:.4f} within {iterations} iterations. α · dW is so large that a step jumps across the valley to a higher point.</source>
        <translation>代价上升了：在 {iterations} 次迭代内，它从 {start:.4f} 升到了 {highest:.4f}。α · dW 太大，一步就跳过山谷，落到更高的地方。</translation>
    </message>
    <message>
        <source>The cost only went down, from {start:.4f} to {end:.4f}: these steps stayed in the valley.</source>
        <translation>代价一直在下降，从 {start:.4f} 降到 {end:.4f}：这些步子都留在了山谷里。</translation>
    </message>
    <message>
        <source>The cost went up at least once (from {start:.4f} up to {highest:.4f}): this α still overshoots here.</source>
        <translation>代价至少上升了一次（从 {start:.4f} 升到 {highest:.4f}）：在这里，这个 α 仍会越过谷底。</translation>
    </message>
    <message>
        <source>The cost only went down, from {start:.4f} to {end:.4f} in {iterations} iterations: each step is large enough to make progress and small enough not to overshoot.</source>
        <translation>代价一直在下降，在 {iterations} 次迭代内从 {start:.4f} 降到 {end:.4f}：每一步都大到足以取得进展，又小到不会越过谷底。</translation>
    </message>
    <message>
        <source>dW[4] has the shape of W[4]: (n[4], n[3]) = {shape}.</source>
        <translation>dW[4] 的形状与 W[4] 相同：(n[4], n[3]) = {shape}。</translation>
    </message>
    <message>
        <source>What is the shape of dW[2]?</source>
        <translation>dW[2] 的形状是什么？</translation>
    </message>
    <message>
        <source>What is the shape of Z[1] for the whole training set?</source>
        <translation>对整个训练集，Z[1] 的形状是什么？</translation>
    </message>
    <message>
        <source>What is the shape of db[3]?</source>
        <translation>db[3] 的形状是什么？</translation>
    </message>
    <message>
        <source>Which of these has a shape that depends on the number of examples m?</source>
        <translation>下面哪一个的形状取决于样本数 m？</translation>
    </message>
    <message>
        <source>W[1]</source>
        <translation>W[1]</translation>
    </message>
    <message>
        <source>b[1]</source>
        <translation>b[1]</translation>
    </message>
    <message>
        <source>A[1]</source>
        <translation>A[1]</translation>
    </message>
    <message>
        <source>dW[1]</source>
        <translation>dW[1]</translation>
    </message>
    <message>
        <source>After 300 iterations from zero weights, how many different rows will W[1] have?</source>
        <translation>从全零权重开始训练 300 次迭代后，W[1] 会有多少个不同的行？</translation>
    </message>
    <message>
        <source>Which unit of layer 1 will change least in the next 100 iterations?</source>
        <translation>在接下来的 100 次迭代中，第 1 层的哪个单元变化最小？</translation>
    </message>
    <message>
        <source>With weights × 10, will training accuracy reach 90 % within 500 iterations?</source>
        <translation>权重 × 10 时，训练集准确率能在 500 次迭代内达到 90 % 吗？</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>With α = 0.001, how much will the cost fall in the next 100 iterations?</source>
        <translation>α = 0.001 时，代价在接下来的 100 次迭代中会下降多少？</translation>
    </message>
    <message>
        <source>less than 1 %</source>
        <translation>不到 1 %</translation>
    </message>
    <message>
        <source>between 1 % and 10 %</source>
        <translation>1 % 到 10 % 之间</translation>
    </message>
    <message>
        <source>more than 10 %</source>
        <translation>超过 10 %</translation>
    </message>
    <message>
        <source>Will the cost go up or down with α = 10?</source>
        <translation>α = 10 时，代价会上升还是下降？</translation>
    </message>
    <message>
        <source>Will the cost go up or down with α = 1.2?</source>
        <translation>α = 1.2 时，代价会上升还是下降？</translation>
    </message>
    <message>
        <source>How many parameters (entries of every W[l] and b[l]) does this network have?</source>
        <translation>这个网络有多少个参数（所有 W[l] 和 b[l] 的元素）？</translation>
    </message>
    <message>
        <source>What is the shape of dW[4]?</source>
        <translation>dW[4] 的形状是什么？</translation>
    </message>
    <message>
        <source>Which of these does one step of gradient descent change?</source>
        <translation>梯度下降的一步会改变下面哪一个？</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>W[2]</source>
        <translation>W[2]</translation>
    </message>
    <message>
        <source>n[2]</source>
        <translation>n[2]</translation>
    </message>
    <message>
        <source>the number of layers L</source>
        <translation>层数 L</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>The settings file %1 could not be read; the defaults are used.</source>
        <extracomment>JSON inside a setting: a few hundred bytes when the app writes it. MIGRATIONS[v] turns the values of a version-v file into those of version v + 1.</extracomment>
        <translation>无法读取设置文件 %1；已使用默认设置。</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer Backprop Studio; settings this version does not know are ignored.</source>
        <translation>设置文件 %1 是由更新版本的 Backprop Studio 写入的；本版本不认识的设置将被忽略。</translation>
    </message>
    <message>
        <source>The settings file %1 held values that are not plain text, which are never read: %2. They were removed.</source>
        <translation>设置文件 %1 中有不是纯文本的值，这些值永远不会被读取：%2。它们已被删除。</translation>
    </message>
    <message>
        <source>The settings file %1 was damaged and was reset to the defaults (a copy is in %2).</source>
        <translation>设置文件 %1 已损坏，已恢复为默认设置（副本保存在 %2）。</translation>
    </message>
    <message>
        <source>The saved window size and position could not be used (%1); the default is used.</source>
        <translation>无法使用保存的窗口大小和位置（%1）；已使用默认值。</translation>
    </message>
    <message>
        <source>The saved panel layout could not be used (%1); the default layout is used.</source>
        <translation>无法使用保存的面板布局（%1）；已使用默认布局。</translation>
    </message>
    <message>
        <source>The saved language could not be used (%1); the system&apos;s language is used.</source>
        <translation>无法使用保存的语言（%1）；已使用系统语言。</translation>
    </message>
    <message>
        <source>The saved hyperparameters could not be used (%1); the defaults are used.</source>
        <translation>无法使用保存的超参数（%1）；已使用默认值。</translation>
    </message>
    <message>
        <source>The saved dataset could not be used (%1); the default dataset is used.</source>
        <translation>无法使用保存的数据集（%1）；已使用默认数据集。</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>不是文本</translation>
    </message>
    <message>
        <source>unknown language %1</source>
        <translation>未知语言 %1</translation>
    </message>
    <message>
        <source>unknown dataset %1</source>
        <translation>未知数据集 %1</translation>
    </message>
    <message>
        <source>The last dataset and hyperparameters could not be restored; the defaults are used.</source>
        <translation>无法恢复上次的数据集和超参数；已使用默认值。</translation>
    </message>
</context>
<context>
    <name>ShapesTable</name>
    <message>
        <source>%1 %2 is broadcast across the m = %3 columns of %4 %5: the same bias is added to every example.</source>
        <translation>%1 %2 被广播到 %4 %5 的 m = %3 列上：每个样本都加上同一个偏置。</translation>
    </message>
    <message>
        <source>* multiplies element by element: in dZ[l] = dA[l] * g&apos;[l](Z[l]) both are (n[l], m), and each entry is multiplied by the one at the same place. np.dot(W[l], A[l-1]) is the matrix product.</source>
        <translation>* 是逐元素相乘：在 dZ[l] = dA[l] * g&apos;[l](Z[l]) 中两者都是 (n[l], m)，每个元素与相同位置的元素相乘。np.dot(W[l], A[l-1]) 才是矩阵乘法。</translation>
    </message>
    <message>
        <source>db[1] = np.sum(dZ[1], axis=1, keepdims=True) / m is %1: keepdims keeps the summed axis. Without it NumPy returns %2, a rank-1 array that is neither a row nor a column and broadcasts the wrong way; the course writes every vector as a column and asserts the shapes.</source>
        <translation>db[1] = np.sum(dZ[1], axis=1, keepdims=True) / m 的形状为 %1：keepdims 保留了求和的轴。没有它，NumPy 返回 %2，这是一个秩为 1 的数组，既不是行也不是列，会以错误的方式广播；课程把每个向量都写成列向量，并断言其形状。</translation>
    </message>
    <message>
        <source>W[%1]: one row per unit of layer %1, one column per unit of layer %2.</source>
        <translation>W[%1]：第 %1 层的每个单元一行，第 %2 层的每个单元一列。</translation>
    </message>
    <message>
        <source>b[%1]: one bias per unit of layer %1 (a single column).</source>
        <translation>b[%1]：第 %1 层的每个单元一个偏置（只有一列）。</translation>
    </message>
    <message>
        <source>Z[%1] = W[%1]A[%2] + b[%1]: one column per example.</source>
        <translation>Z[%1] = W[%1]A[%2] + b[%1]：每个样本一列。</translation>
    </message>
    <message>
        <source>A[%1] = g[%1](Z[%1]): same shape as Z[%1].</source>
        <translation>A[%1] = g[%1](Z[%1])：形状与 Z[%1] 相同。</translation>
    </message>
    <message>
        <source>dW[%1] = ∂J/∂W[%1]: same shape as W[%1].</source>
        <translation>dW[%1] = ∂J/∂W[%1]：形状与 W[%1] 相同。</translation>
    </message>
    <message>
        <source>db[%1] = ∂J/∂b[%1]: same shape as b[%1].</source>
        <translation>db[%1] = ∂J/∂b[%1]：形状与 b[%1] 相同。</translation>
    </message>
    <message>
        <source>%1 = X: %2 (one column per training example, m = %3)</source>
        <translation>%1 = X：%2（每个训练样本一列，m = %3）</translation>
    </message>
    <message>
        <source>With mini-batches of %1, Z[l] and A[l] have %1 columns in each step.</source>
        <translation>使用大小为 %1 的小批量时，每一步中 Z[l] 和 A[l] 有 %1 列。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>(distribution, display name, licence) of the libraries shown in About.</extracomment>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>期望值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The shapes differ: %1 and %2.</source>
        <translation>形状不同：%1 与 %2。</translation>
    </message>
    <message>
        <source>Every entry is the same.</source>
        <translation>每个元素都相同。</translation>
    </message>
    <message>
        <source>%1 of %2 entries differ (highlighted).</source>
        <translation>%2 个元素中有 %1 个不同（已高亮）。</translation>
    </message>
</context>
<context>
    <name>StudentVerdicts</name>
    <message>
        <source>matches core on {cases} cases</source>
        <translation>在 {cases} 个用例上与核心一致</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>尚未编写</translation>
    </message>
    <message>
        <source>not written yet: {at} still raises NotImplementedError</source>
        <translation>尚未编写：{at}仍然抛出 NotImplementedError</translation>
    </message>
    <message>
        <source>calls {callee}, which is not written yet</source>
        <translation>调用了尚未编写的 {callee}</translation>
    </message>
    <message>
        <source>syntax error at {at}: {message}</source>
        <translation>{at}处有语法错误：{message}</translation>
    </message>
    <message>
        <source>{at}: import of {module} failed: there is no module named {module}</source>
        <translation>{at}：导入 {module} 失败：没有名为 {module} 的模块</translation>
    </message>
    <message>
        <source>{at}: {type} while loading: {message}</source>
        <translation>{at}：加载时出现 {type}：{message}</translation>
    </message>
    <message>
        <source>{count} top-level statements were not run (only imports, definitions and constants run)</source>
        <translation>有 {count} 条顶层语句没有运行（只运行导入、定义和常量）</translation>
    </message>
    <message>
        <source>the definition at {at} did not run: {type}: {message}</source>
        <translation>{at}处的定义没有运行：{type}：{message}</translation>
    </message>
    <message>
        <source>{expected} expected, got {got}</source>
        <translation>应为 {expected}，实际为 {got}</translation>
    </message>
    <message>
        <source>{name} is not a function</source>
        <translation>{name} 不是函数</translation>
    </message>
    <message>
        <source>raised {type} at {at}: {message}</source>
        <translation>在{at}抛出 {type}：{message}</translation>
    </message>
    <message>
        <source>raised {type}: {message}</source>
        <translation>抛出 {type}：{message}</translation>
    </message>
    <message>
        <source>uses {name} at {at}, which is not defined</source>
        <translation>在{at}使用了未定义的 {name}</translation>
    </message>
    <message>
        <source>imports {module} at {at}, which is not installed</source>
        <translation>在{at}导入了未安装的 {module}</translation>
    </message>
    <message>
        <source>timed out after {seconds:g} s</source>
        <translation>{seconds:g} 秒后超时</translation>
    </message>
    <message>
        <source>timed out after {seconds:g} s (it was at {at}: an endless loop?)</source>
        <translation>{seconds:g} 秒后超时（当时在{at}：死循环？）</translation>
    </message>
    <message>
        <source>the process crashed ({reason})</source>
        <translation>进程崩溃了（{reason}）</translation>
    </message>
    <message>
        <source>{python} has no NumPy to run your file: install it there ({python} -m pip install numpy)</source>
        <translation>{python} 没有 NumPy，无法运行你的文件：请为它安装（{python} -m pip install numpy）</translation>
    </message>
    <message>
        <source>the process crashed at {at} ({reason})</source>
        <translation>进程在{at}崩溃了（{reason}）</translation>
    </message>
    <message>
        <source>called exit() at {at}</source>
        <translation>在{at}调用了 exit()</translation>
    </message>
    <message>
        <source>called exit()</source>
        <translation>调用了 exit()</translation>
    </message>
    <message>
        <source>asked for more memory than the {limit_mb} MB allowed, at {at}</source>
        <translation>在{at}申请的内存超过了允许的 {limit_mb} MB</translation>
    </message>
    <message>
        <source>returned more data than the app accepts ({megabytes:g} MB)</source>
        <translation>返回的数据超过了程序能接受的大小（{megabytes:g} MB）</translation>
    </message>
    <message>
        <source>returned None: is the return statement missing?</source>
        <translation>返回了 None：是否缺少 return 语句？</translation>
    </message>
    <message>
        <source>{name} is None: is it computed before it is returned?</source>
        <translation>{name} 是 None：返回之前计算它了吗？</translation>
    </message>
    <message>
        <source>{name} is a {got}; expected a {expected}</source>
        <translation>{name} 是 {got}；应为 {expected}</translation>
    </message>
    <message>
        <source>{name} returned {got} values; expected {expected} ({names})</source>
        <translation>{name} 返回了 {got} 个值；应为 {expected} 个（{names}）</translation>
    </message>
    <message>
        <source>{name} has {got} values; expected {expected}</source>
        <translation>{name} 有 {got} 个值；应为 {expected} 个</translation>
    </message>
    <message>
        <source>{name} has no {key}</source>
        <translation>{name} 中没有 {key}</translation>
    </message>
    <message>
        <source>{name} has shape {got}; expected a number: np.squeeze({name})?</source>
        <translation>{name} 的形状是 {got}；应为一个数：np.squeeze({name})？</translation>
    </message>
    <message>
        <source>{name} has shape {got}; expected {expected} = {dims}: transposed?</source>
        <translation>{name} 的形状是 {got}；应为 {expected} = {dims}：转置了？</translation>
    </message>
    <message>
        <source>{name} has shape {got}: keepdims=True?</source>
        <translation>{name} 的形状是 {got}：keepdims=True？</translation>
    </message>
    <message>
        <source>{name} has shape {got}; expected a column {expected} = {dims}</source>
        <translation>{name} 的形状是 {got}；应为列向量 {expected} = {dims}</translation>
    </message>
    <message>
        <source>{name} has shape {got}; expected {expected} = {dims}: sum over axis=1, the examples?</source>
        <translation>{name} 的形状是 {got}；应为 {expected} = {dims}：应沿 axis=1（样本）求和？</translation>
    </message>
    <message>
        <source>{name} has shape {got}; expected {expected} = {dims}</source>
        <translation>{name} 的形状是 {got}；应为 {expected} = {dims}</translation>
    </message>
    <message>
        <source>{name} has NaN at {index} (log of a number ≤ 0, or 0/0?)</source>
        <translation>{name} 在 {index} 处是 NaN（对 ≤ 0 的数取 log，或 0/0？）</translation>
    </message>
    <message>
        <source>{name} is m = {m} times too large: missing 1/m?</source>
        <translation>{name} 大了 m = {m} 倍：漏了 1/m？</translation>
    </message>
    <message>
        <source>{name} is m = {m} times too small: 1/m taken twice, or where it does not belong?</source>
        <translation>{name} 小了 m = {m} 倍：1/m 乘了两次，或乘在了不该乘的地方？</translation>
    </message>
    <message>
        <source>{name} is off by the sign</source>
        <translation>{name} 的符号反了</translation>
    </message>
    <message>
        <source>{name} is {factor:.4g} times the expected values</source>
        <translation>{name} 是期望值的 {factor:.4g} 倍</translation>
    </message>
    <message>
        <source>{name} is {yours:.6g}; expected {expected:.6g}</source>
        <translation>{name} 是 {yours:.6g}；应为 {expected:.6g}</translation>
    </message>
    <message>
        <source>{name} differs at {index}: yours {yours:.6g}, expected {expected:.6g} ({count} of {size} entries differ)</source>
        <translation>{name} 在 {index} 处不同：你的是 {yours:.6g}，应为 {expected:.6g}（{size} 个元素中有 {count} 个不同）</translation>
    </message>
    <message>
        <source>{dz} differs: g′ of {g} is {right}, you used {used}</source>
        <translation>{dz} 不同：{g} 的 g′ 是 {right}，你用的是 {used}</translation>
    </message>
    <message>
        <source>{dz} differs: you left out g′ of {g}, {right}</source>
        <translation>{dz} 不同：你漏掉了 {g} 的 g′，即 {right}</translation>
    </message>
    <message>
        <source>{name} differs from unit {unit} on: broadcasting {b} as a row?</source>
        <translation>{name} 从第 {unit} 个单元起不同：把 {b} 当作行向量广播了？</translation>
    </message>
    <message>
        <source>{at}: {b} {b_shape} must be added to every column of {wa} {wa_shape}: broadcasting {b} as a row?</source>
        <translation>{at}：{b} {b_shape} 应加到 {wa} {wa_shape} 的每一列上：把 {b} 当作行向量广播了？</translation>
    </message>
    <message>
        <source>{name} differs: layer {layer} should use {expected}; yours matches {used}</source>
        <translation>{name} 不同：第 {layer} 层应使用 {expected}；你的结果与 {used} 一致</translation>
    </message>
    <message>
        <source>{name} is off by the sign: dA[L] = −(Y/A[L] − (1 − Y)/(1 − A[L]))</source>
        <translation>{name} 的符号反了：dA[L] = −(Y/A[L] − (1 − Y)/(1 − A[L]))</translation>
    </message>
    <message>
        <source>{name} differs: the course&apos;s L_model_backward starts from dA[L] = −(Y/A[L] − (1 − Y)/(1 − A[L])); you used dZ[L] = A[L] − Y, right only when A[L] = σ(Z[L])</source>
        <translation>{name} 不同：课程的 L_model_backward 从 dA[L] = −(Y/A[L] − (1 − Y)/(1 − A[L])) 开始；你用的是 dZ[L] = A[L] − Y，它只在 A[L] = σ(Z[L]) 时才对</translation>
    </message>
    <message>
        <source>{name} moved the wrong way: it is {name} − α d{name}, you added α d{name}</source>
        <translation>{name} 的更新方向反了：应为 {name} − α d{name}，你加上了 α d{name}</translation>
    </message>
    <message>
        <source>{name} differs: it is {name} − α d{name}; the learning rate α is missing</source>
        <translation>{name} 不同：应为 {name} − α d{name}；漏了学习率 α</translation>
    </message>
    <message>
        <source>{name} was not updated</source>
        <translation>{name} 没有更新</translation>
    </message>
    <message>
        <source>{name} differs: the cost is −(1/m) Σ [Y log A + (1 − Y) log(1 − A)]; the (1 − Y) log(1 − A) term is missing</source>
        <translation>{name} 不同：代价是 −(1/m) Σ [Y log A + (1 − Y) log(1 − A)]；漏了 (1 − Y) log(1 − A) 这一项</translation>
    </message>
    <message>
        <source>{name} differs: σ(z) = 1 / (1 + e^(−z)); you used e^(z)</source>
        <translation>{name} 不同：σ(z) = 1 / (1 + e^(−z))；你用的是 e^(z)</translation>
    </message>
    <message>
        <source>{name} is all zeros: every unit of layer {layer} would stay the same (randn breaks the symmetry)</source>
        <translation>{name} 全为零：第 {layer} 层的每个单元都会保持相同（randn 打破对称性）</translation>
    </message>
    <message>
        <source>{name} should start at zeros</source>
        <translation>{name} 应初始化为零</translation>
    </message>
    <message>
        <source>{name} differs: np.random.rand draws from [0, 1); the course uses randn (a normal distribution)</source>
        <translation>{name} 不同：np.random.rand 从 [0, 1) 中取值；课程使用 randn（正态分布）</translation>
    </message>
    <message>
        <source>{name} is 100 times too large: randn(...) × 0.01?</source>
        <translation>{name} 大了 100 倍：randn(...) × 0.01？</translation>
    </message>
    <message>
        <source>course test case {label}</source>
        <translation>课程测试用例 {label}</translation>
    </message>
    <message>
        <source>extra test case: {label}</source>
        <translation>额外测试用例：{label}</translation>
    </message>
    <message>
        <source>your network&apos;s values</source>
        <translation>你的网络中的数值</translation>
    </message>
    <message>
        <source>your network&apos;s values, layer {layer}</source>
        <translation>你的网络中的数值，第 {layer} 层</translation>
    </message>
    <message>
        <source>checked on the course&apos;s test cases only: the current network is not one this function builds</source>
        <translation>只在课程的测试用例上检查：当前网络不是这个函数所构建的网络</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>cell {cell}, line {line}</source>
        <translation>第 {cell} 个单元格第 {line} 行</translation>
    </message>
</context>
<context>
    <name>SweepResultsView</name>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Logarithmic cost axis: separates runs whose costs end close together.</source>
        <translation>代价轴使用对数刻度：可以区分最终代价很接近的几次运行。</translation>
    </message>
    <message>
        <source>Train cost</source>
        <extracomment>Run colours from the app&apos;s colour-blind-safe palette, ordered so neighbours differ most (its yellow is left out: unreadable on white). Black becomes white on a dark theme.</extracomment>
        <translation>训练集代价</translation>
    </message>
    <message>
        <source>Test cost</source>
        <translation>测试集代价</translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation>训练集准确率</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试集准确率</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>用时（秒）</translation>
    </message>
    <message>
        <source>The decision boundary at the end of this run (%1 iterations), computed from its final parameters: compare how each value shapes the regions.</source>
        <translation>这次运行结束时（%1 次迭代）的决策边界，由其最终参数算出：比较每个取值如何塑造各个区域。</translation>
    </message>
    <message>
        <source>%1 (stopped at %2)</source>
        <translation>%1（在 %2 停止）</translation>
    </message>
    <message>
        <source>%1 (diverged at %2)</source>
        <translation>%1（在 %2 发散）</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>cost J</source>
        <translation>代价 J</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>The timeline of this run: drag it back to see the network as it was at any past iteration — the boundary, the weights W and biases b, the cost J and the activations all show that iteration, exactly as training left them. In a long run the scale is stretched at the start, where most is learned. Alt+Left / Alt+Right: one iteration back / forward; End: the present.</source>
        <translation>本次训练的时间线：往回拖动，可以看到网络在过去任意一次迭代时的样子 —— 决策边界、权重 W 和偏置 b、代价 J 以及激活值都会显示那次迭代的状态，与训练当时完全一致。训练较长时，刻度在开头被拉伸，因为大部分内容是在那里学到的。Alt+Left / Alt+Right：后退 / 前进一次迭代；End：回到现在。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Branch from here…</source>
        <translation>从这里分支…</translation>
    </message>
    <message>
        <source>The iteration shown: type any past iteration of this run (0 is before the first gradient-descent step).</source>
        <translation>显示的迭代：可输入本次训练中任意一次过去的迭代（0 表示第一步梯度下降之前）。</translation>
    </message>
    <message>
        <source>Back to the present: the last iteration trained (End). Play and Step always go on from the present.</source>
        <translation>回到现在：即最近训练的那次迭代（End）。“播放”和“单步”总是从现在继续。</translation>
    </message>
    <message>
        <source>Train on from the iteration shown: the run goes back there and the iterations after it are dropped (try another α from the same point). Asks first.</source>
        <translation>从显示的迭代继续训练：训练会回到那里，之后的迭代都会被丢弃（可以从同一点尝试另一个 α）。执行前会先询问。</translation>
    </message>
    <message>
        <source>Timeline: one iteration back</source>
        <translation>时间线：后退一次迭代</translation>
    </message>
    <message>
        <source>Timeline: one iteration forward</source>
        <translation>时间线：前进一次迭代</translation>
    </message>
    <message>
        <source>Timeline: back to the present</source>
        <translation>时间线：回到现在</translation>
    </message>
    <message>
        <source>Playing: showing the present</source>
        <translation>正在播放：显示现在</translation>
    </message>
    <message>
        <source>Branch from here</source>
        <translation>从这里分支</translation>
    </message>
    <message>
        <source>Computing that iteration (re-training from the nearest kept one)…</source>
        <translation>正在计算那次迭代（从最近一个保留的迭代重新训练）…</translation>
    </message>
    <message>
        <source>Train on from iteration %1?

The run goes back to iteration %1 and the %2 iterations after it are dropped (save the session first to keep them). Play then trains on from there.</source>
        <translation>从第 %1 次迭代继续训练？

训练会回到第 %1 次迭代，之后的 %2 次迭代将被丢弃（如要保留，请先保存会话）。然后“播放”会从那里继续训练。</translation>
    </message>
    <message>
        <source>Past: iteration %1 of %2</source>
        <translation>过去：第 %1 次迭代（共 %2 次）</translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>Your file changed: press Start to train with the new version.</source>
        <translation>你的文件已更改：按“开始”用新版本训练。</translation>
    </message>
    <message>
        <source>Press Start to train with your functions.</source>
        <translation>按“开始”用你的函数训练。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Your run&apos;s cost J is no longer a number at iteration %1: it diverged.</source>
        <translation>你的运行在第 %1 次迭代时代价 J 已不再是一个数：它发散了。</translation>
    </message>
    <message>
        <source>Your %1 stopped the run at iteration %2: %3</source>
        <translation>你的 %1 在第 %2 次迭代时中止了运行：%3</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>第 %1 次迭代</translation>
    </message>
    <message>
        <source>Iteration %1: reference J = %2; your run has stopped.</source>
        <translation>第 %1 次迭代：参考 J = %2；你的运行已停止。</translation>
    </message>
    <message>
        <source>Iteration %1: your J = %2, reference J = %3, |difference| = %4</source>
        <translation>第 %1 次迭代：你的 J = %2，参考 J = %3，|差异| = %4</translation>
    </message>
    <message>
        <source>From iteration %1 of the main window: %2 training examples, α = %3.</source>
        <translation>从主窗口的第 %1 次迭代开始：%2 个训练样本，α = %3。</translation>
    </message>
    <message>
        <source>Your functions: %1.</source>
        <translation>你的函数：%1。</translation>
    </message>
    <message>
        <source>Core&apos;s (yours are not written yet): %1.</source>
        <translation>核心的函数（你的尚未编写）：%1。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>One iteration after the other, as fast as your process answers</source>
        <translation>一次接一次迭代，速度取决于你的进程的响应</translation>
    </message>
    <message>
        <source>Gradient descent on the main window&apos;s network with your functions where you wrote them (core&apos;s elsewhere), next to core&apos;s own run from the same initialization. A wrong gradient shows as the two cost curves drifting apart.</source>
        <translation>在主窗口的网络上做梯度下降：你写了的函数用你的，其余用核心的；旁边是核心从同一初始化开始的运行。梯度错了，两条代价曲线就会逐渐分开。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start again from the main window&apos;s current network and data</source>
        <translation>从主窗口当前的网络和数据重新开始</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One iteration of both runs</source>
        <translation>两次运行各迭代一次</translation>
    </message>
    <message>
        <source>Open your file first (Open… above).</source>
        <translation>请先打开你的文件（上方的“打开…”）。</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>cost J</source>
        <translation>代价 J</translation>
    </message>
    <message>
        <source>with your functions</source>
        <translation>用你的函数</translation>
    </message>
    <message>
        <source>reference (core, same start)</source>
        <translation>参考（核心，相同起点）</translation>
    </message>
</context>
<context>
    <name>TrainingActions</name>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Step one iteration (→): forward propagation, cost, backward propagation, update</source>
        <translation>执行一次迭代 (→)：前向传播、代价、反向传播、更新</translation>
    </message>
    <message>
        <source>Step phase</source>
        <translation>逐阶段单步</translation>
    </message>
    <message>
        <source>Step phase (Shift+→): one phase of the iteration — forward layer l, cost, backward layer l or update</source>
        <translation>逐阶段单步 (Shift+→)：执行迭代中的一个阶段 —— 第 l 层前向、代价、第 l 层反向或更新</translation>
    </message>
    <message>
        <source>Animate iteration</source>
        <translation>动画演示迭代</translation>
    </message>
    <message>
        <source>Animate one iteration (Ctrl+→): every phase in turn on the network diagram, forward then backward</source>
        <translation>动画演示一次迭代 (Ctrl+→)：在网络结构图上依次演示每个阶段，先前向后反向</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Reset (R): back to iteration 0 with new W and b drawn from the seed</source>
        <translation>重置 (R)：回到第 0 次迭代，由种子重新生成 W 和 b</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>暂停训练（空格键）</translation>
    </message>
    <message>
        <source>Play (Space): run gradient descent continuously</source>
        <translation>播放（空格键）：连续运行梯度下降</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <source>Unknown speed: %1</source>
        <translation>未知速度：%1</translation>
    </message>
    <message>
        <source>Went back to iteration %1: the %2 iterations after it were dropped; Play trains on from there.</source>
        <translation>已回到第 %1 次迭代：之后的 %2 次迭代已被丢弃；“播放”会从那里继续训练。</translation>
    </message>
    <message>
        <source>The network changed, so training restarted from iteration 0.</source>
        <translation>网络已改变，因此训练从第 0 次迭代重新开始。</translation>
    </message>
</context>
<context>
    <name>TrainingToolbar</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source> Speed: </source>
        <translation> 速度：</translation>
    </message>
    <message>
        <source>Iterations per second while playing: slow enough to watch, or as fast as the machine goes. Auto starts slowly, where the boundary forms, and speeds up: the first %1 iterations take about ten seconds, then there is no limit.</source>
        <translation>播放时每秒的迭代次数：慢到可以看清，或者与机器一样快。“自动”开始时很慢（决策边界正在形成），然后逐渐加快：前 %1 次迭代大约用十秒，之后不再限制。</translation>
    </message>
    <message>
        <source> α: </source>
        <translation> α：</translation>
    </message>
    <message>
        <source>Learning rate α: how far each gradient-descent step moves W and b (W := W − α dW). The same α as in the Network panel.</source>
        <translation>学习率 α：每一步梯度下降让 W 和 b 移动多远（W := W − α dW）。与“网络”面板中的 α 相同。</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>%1 it/s</source>
        <translation>%1 次/秒</translation>
    </message>
    <message>
        <source>The learning rate α must be a number, such as 0.01; “%1” is not one.</source>
        <translation>学习率 α 必须是一个数，例如 0.01；“%1” 不是数。</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>第 %1 次迭代</translation>
    </message>
</context>
<context>
    <name>VectorizationLab</name>
    <message>
        <source>Running the for-loop over %1 numbers…</source>
        <translation>正在用 for 循环处理 %1 个数…</translation>
    </message>
    <message>
        <source>Looping over %1 examples…</source>
        <translation>正在循环处理 %1 个样本…</translation>
    </message>
    <message>
        <source>for-loop: %1    np.dot: %2</source>
        <translation>for 循环：%1    np.dot：%2</translation>
    </message>
    <message>
        <source>np.dot was too fast to measure</source>
        <translation>np.dot 太快，无法计时</translation>
    </message>
    <message>
        <source>np.dot was %1 faster</source>
        <translation>np.dot 快了 %1</translation>
    </message>
    <message>
        <source>the for-loop was faster here: with so few numbers, calling NumPy costs more than it saves</source>
        <translation>这里 for 循环更快：数字这么少时，调用 NumPy 的开销比节省的时间还多</translation>
    </message>
    <message>
        <source>both gave %1</source>
        <translation>两者结果都是 %1</translation>
    </message>
    <message>
        <source>the loop gave %1 and np.dot %2</source>
        <translation>循环得到 %1，np.dot 得到 %2</translation>
    </message>
    <message>
        <source>%1
%2; %3.</source>
        <translation>%1
%2；%3。</translation>
    </message>
    <message>
        <source>Vectorised was %1 faster (for-loop %2, vectorised %3). The numbers agree to %4: only the order of the additions differs.</source>
        <translation>向量化快了 %1（for 循环 %2，向量化 %3）。两者结果相差不超过 %4：只是加法的顺序不同。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>This demo needs a two-class dataset (labels y = 0 or 1); the current one is not. Pick a two-class dataset to run it.</source>
        <translation>这个演示需要二分类数据集（标签 y = 0 或 1）；当前数据集不是。请选择一个二分类数据集再运行。</translation>
    </message>
    <message>
        <source>X: the training set, n_x = %1 features × m = %2 examples. w, b: the network&apos;s current W1ᵀ and b1 — with no hidden layer, the network is logistic regression.</source>
        <translation>X：训练集，n_x = %1 个特征 × m = %2 个样本。w、b：网络当前的 W1ᵀ 和 b1 —— 没有隐藏层时，网络就是逻辑回归。</translation>
    </message>
    <message>
        <source>X: the training set, n_x = %1 features × m = %2 examples. w = 0, b = 0: the network has hidden layers, so it is not logistic regression; this is the first gradient of logistic regression started from zero.</source>
        <translation>X：训练集，n_x = %1 个特征 × m = %2 个样本。w = 0，b = 0：网络有隐藏层，所以不是逻辑回归；这里计算的是从零开始的逻辑回归的第一个梯度。</translation>
    </message>
    <message>
        <source>Vectorization</source>
        <translation>向量化</translation>
    </message>
    <message>
        <source>1. A for-loop versus np.dot</source>
        <translation>1. for 循环与 np.dot 对比</translation>
    </message>
    <message>
        <source>c = a · b for two vectors of n random numbers, computed twice: with a Python for-loop &lt;code&gt;for i in range(n): c += a[i] * b[i]&lt;/code&gt; and with &lt;code&gt;c = np.dot(a, b)&lt;/code&gt;.</source>
        <translation>对两个各含 n 个随机数的向量计算 c = a · b，算两遍：一遍用 Python for 循环 &lt;code&gt;for i in range(n): c += a[i] * b[i]&lt;/code&gt;，一遍用 &lt;code&gt;c = np.dot(a, b)&lt;/code&gt;。</translation>
    </message>
    <message>
        <source>&amp;n =</source>
        <translation>&amp;n =</translation>
    </message>
    <message>
        <source>n: how many numbers each vector holds (the course uses 1,000,000).</source>
        <translation>n：每个向量包含多少个数（课程中用 1,000,000）。</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Time both ways (the loop over 10 million numbers takes a few seconds).</source>
        <translation>分别计时两种方法（对 1000 万个数循环需要几秒钟）。</translation>
    </message>
    <message>
        <source>2. One gradient of logistic regression</source>
        <translation>2. 逻辑回归的一次梯度计算</translation>
    </message>
    <message>
        <source>dw, db and the cost J over all m examples, computed twice:&lt;br&gt;• with for-loops over the examples i and the features j: z = b + Σ&lt;sub&gt;j&lt;/sub&gt; w&lt;sub&gt;j&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;(i)&lt;/sup&gt;, dz = a − y, dw&lt;sub&gt;j&lt;/sub&gt; += x&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;(i)&lt;/sup&gt; dz, db += dz;&lt;br&gt;• vectorised: &lt;code&gt;Z = np.dot(w.T, X) + b&lt;/code&gt;, &lt;code&gt;dZ = A − Y&lt;/code&gt;, &lt;code&gt;dw = np.dot(X, dZ.T) / m&lt;/code&gt;, &lt;code&gt;db = np.sum(dZ) / m&lt;/code&gt;.</source>
        <translation>在全部 m 个样本上计算 dw、db 和代价 J，算两遍：&lt;br&gt;• 用对样本 i 和特征 j 的 for 循环：z = b + Σ&lt;sub&gt;j&lt;/sub&gt; w&lt;sub&gt;j&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;(i)&lt;/sup&gt;，dz = a − y，dw&lt;sub&gt;j&lt;/sub&gt; += x&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;(i)&lt;/sup&gt; dz，db += dz；&lt;br&gt;• 向量化：&lt;code&gt;Z = np.dot(w.T, X) + b&lt;/code&gt;，&lt;code&gt;dZ = A − Y&lt;/code&gt;，&lt;code&gt;dw = np.dot(X, dZ.T) / m&lt;/code&gt;，&lt;code&gt;db = np.sum(dZ) / m&lt;/code&gt;。</translation>
    </message>
    <message>
        <source>&amp;Compute the gradient both ways</source>
        <translation>用两种方法计算梯度(&amp;C)</translation>
    </message>
    <message>
        <source>One gradient of logistic regression on the current training set.</source>
        <translation>在当前训练集上计算逻辑回归的一次梯度。</translation>
    </message>
    <message>
        <source>for-loops over i and j</source>
        <translation>对 i 和 j 的 for 循环</translation>
    </message>
    <message>
        <source>vectorised (np.dot)</source>
        <translation>向量化 (np.dot)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the running loop.</source>
        <translation>停止正在运行的循环。</translation>
    </message>
</context>
<context>
    <name>YourCode</name>
    <message>
        <source>pass</source>
        <extracomment>How the Your code window writes a problem (a refusal, a failing verdict): dark red.</extracomment>
        <translation>通过</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>尚未编写</translation>
    </message>
    <message>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>第 %1 周</translation>
    </message>
    <message>
        <source>Python or notebook (*.py *.ipynb);;All files (*)</source>
        <translation>Python 文件或笔记本 (*.py *.ipynb);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>YourCodeWindow</name>
    <message>
        <source>Checking your functions…</source>
        <translation>正在检查你的函数…</translation>
    </message>
    <message>
        <source>Your file could not be read: %1</source>
        <translation>无法读取你的文件：%1</translation>
    </message>
    <message>
        <source>Checked at %1 on the course&apos;s test cases and the main window&apos;s network (iteration %2): %3 pass, %4 fail, %5 errors, %6 not written yet.</source>
        <translation>%1 已在课程测试用例和主窗口的网络（第 %2 次迭代）上检查：%3 个通过，%4 个未通过，%5 个出错，%6 个尚未编写。</translation>
    </message>
    <message>
        <source>The file has problems: see above the table.</source>
        <translation>文件有问题：见表格上方。</translation>
    </message>
    <message>
        <source>The main window&apos;s network changed since: Recheck to check against it.</source>
        <translation>此后主窗口的网络已改变：点“重新检查”以按新网络检查。</translation>
    </message>
    <message>
        <source>Your file was saved: checking it again…</source>
        <translation>你的文件已保存：正在重新检查…</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>你的代码</translation>
    </message>
    <message>
        <source>Open your functions</source>
        <translation>打开你的函数</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the .py or .ipynb with your functions (it is only read, never changed)</source>
        <translation>打开包含你的函数的 .py 或 .ipynb（只读取，从不修改）</translation>
    </message>
    <message>
        <source>&amp;Recheck</source>
        <translation>重新检查(&amp;R)</translation>
    </message>
    <message>
        <source>Read the file again and check every function</source>
        <translation>重新读取文件并检查每个函数</translation>
    </message>
    <message>
        <source>No file open: File → New exercise file… writes one to fill in.</source>
        <translation>没有打开文件：文件 → 新建练习文件… 会写一个供你填写的文件。</translation>
    </message>
    <message>
        <source>Open a .py or .ipynb that defines some of the course&apos;s functions.</source>
        <translation>打开一个定义了部分课程函数的 .py 或 .ipynb 文件。</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Train with my functions</source>
        <translation>用我的函数训练</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>梯度检验</translation>
    </message>
</context>
<context>
    <name>YourMatrices</name>
    <message>
        <source>core&apos;s %1</source>
        <extracomment>While playing, the tables are refreshed at most this often.</extracomment>
        <translation>核心的 %1</translation>
    </message>
    <message>
        <source>Iteration %1 with your functions: dW[l], db[l] as %2 returned them, W[l], b[l] after %3. Step (→) takes whole iterations; Your code → Train with my functions shows your matrices next to core&apos;s, phase by phase.</source>
        <translation>用你的函数进行的第 %1 次迭代：dW[l]、db[l] 是 %2 返回的，W[l]、b[l] 是 %3 之后的。“单步”（→）按整次迭代进行；要逐阶段对比你的矩阵和核心的矩阵，请看“你的代码 → 用我的函数训练”。</translation>
    </message>
</context>
<context>
    <name>YourRunBanner</name>
    <message>
        <source>Training with your functions from %1 since iteration %2.</source>
        <translation>从第 %2 次迭代起，用 %1 中你的函数训练。</translation>
    </message>
    <message>
        <source>Yours: %1.</source>
        <translation>你的：%1。</translation>
    </message>
    <message>
        <source>Core&apos;s (not written yet in your file): %1.</source>
        <translation>核心的（你的文件中尚未编写）：%1。</translation>
    </message>
    <message>
        <source>Grey band on the cost curve: core&apos;s run from the same start.</source>
        <translation>代价曲线上的灰色带：核心从同一起点开始的运行。</translation>
    </message>
    <message>
        <source>The grey band on the cost curve is core&apos;s own run from the same start: where your curve leaves it, your functions compute something else.</source>
        <translation>代价曲线上的灰色带是核心从同一起点开始的运行：你的曲线在哪里离开它，你的函数就在哪里算出了不同的结果。</translation>
    </message>
    <message>
        <source>(Core&apos;s run diverged.)</source>
        <translation>（核心的运行发散了。）</translation>
    </message>
    <message>
        <source>Use core&apos;s functions</source>
        <translation>改用核心的函数</translation>
    </message>
    <message>
        <source>Train on with core&apos;s functions from where the run is now</source>
        <translation>从当前位置起用核心的函数继续训练</translation>
    </message>
</context>
</TS>
