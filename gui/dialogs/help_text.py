"""The help page (F1): each panel explained in the course's notation, as translatable rich text.

One translatable string per section, so a translator sees a whole thought at a
time. Superscripts [l] follow the course: W<sup>[l]</sup> is layer l's weight
matrix, x<sup>(i)</sup> is the i-th example.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


# Equations sit in their own paragraphs with a serif face and a left indent; no colours, so the
# page reads in light and dark themes alike.
STYLE = """
<style>
h1 { font-size: x-large; }
h2 { font-size: large; margin-top: 18px; }
p.eq { font-family: 'DejaVu Serif', 'Noto Serif', 'Noto Serif CJK SC', serif; font-size: large;
       margin-left: 28px; }
</style>
"""


def help_html() -> str:
    """The whole help page as HTML (in the current language)."""
    sections = [
        QCoreApplication.translate("HelpText", """
<h1>Backprop Studio</h1>
<p>A small neural network learns to separate two classes of points in the plane. Every panel shows
one part of what the course <i>Neural Networks and Deep Learning</i> describes, with the same names
and shapes: <b>Play</b> runs gradient descent, <b>Step</b> takes one iteration, phase by phase.</p>
<p><a href="#data">Data</a> · <a href="#network">Network</a> · <a href="#training">Training</a> ·
<a href="#boundary">Decision boundary</a> · <a href="#cost">Cost curve</a> ·
<a href="#diagram">Network diagram and phases</a> · <a href="#inspector">Inspector</a></p>
"""),
        QCoreApplication.translate("HelpText", """
<h2><a name="data"></a>Data</h2>
<p>Each example is a point x<sup>(i)</sup> = (x<sub>1</sub>, x<sub>2</sub>) with a label
y<sup>(i)</sup> ∈ {0, 1}. The examples are the <b>columns</b> of the matrices:</p>
<p class="eq">X has shape (n<sup>[0]</sup>, m), &nbsp; Y has shape (1, m)</p>
<p>m is the number of training examples and n<sup>[0]</sup> the number of input features
(2 for x<sub>1</sub>, x<sub>2</sub>; more when you add x<sub>1</sub>², sin x<sub>1</sub>, …).
A share of the points is kept apart as the <b>test set</b>: training never sees it, so its cost
tells whether the network generalizes. Pick a dataset, the number of points, the noise and the seed.</p>
"""),
        QCoreApplication.translate("HelpText", """
<h2><a name="network"></a>Network</h2>
<p>Layer l has n<sup>[l]</sup> units and the activation function g<sup>[l]</sup>
(sigmoid, tanh, ReLU, leaky ReLU or linear). The sizes of all layers are the course's
<code>layer_dims</code>:</p>
<p class="eq">layer_dims = [n<sup>[0]</sup>, n<sup>[1]</sup>, …, n<sup>[L]</sup>]</p>
<p>The parameters of layer l are a weight matrix and a bias vector:</p>
<p class="eq">W<sup>[l]</sup>: (n<sup>[l]</sup>, n<sup>[l−1]</sup>), &nbsp;
b<sup>[l]</sup>: (n<sup>[l]</sup>, 1)</p>
<p>The output layer L has one sigmoid unit for two classes. The <b>initialization</b> chooses the
first W<sup>[l]</sup>: zeros (every hidden unit stays identical), small random values × 0.01,
large values (tanh saturates), Xavier or He.</p>
"""),
        QCoreApplication.translate("HelpText", """
<h2><a name="training"></a>Training</h2>
<p>These are <b>hyperparameters</b>: you choose them, gradient descent does not learn them.</p>
<ul>
<li><b>Learning rate α</b>: the size of each gradient-descent step. Too small and learning crawls;
too large and the cost J jumps up or diverges.</li>
<li><b>L2 regularization λ</b>: adds (λ / 2m) Σ ‖W<sup>[l]</sup>‖² to J, which keeps the weights
small and the boundary smooth (less over-fitting).</li>
<li><b>Mini-batch size</b>: how many examples each step uses. Full batch (the course's default)
uses all m; smaller batches take more, noisier steps per pass over the data.</li>
</ul>
<p>Changing α, λ or the batch size applies at once; changing the network restarts from
iteration 0.</p>
"""),
        QCoreApplication.translate("HelpText", """
<h2><a name="boundary"></a>Decision boundary</h2>
<p>The large view colours every point x of the plane by the network's output</p>
<p class="eq">ŷ = a<sup>[L]</sup> = P(y = 1 | x)</p>
<p>orange where ŷ is near 0, blue where it is near 1, light where the network is unsure (ŷ ≈ 0.5).
The dots are the training examples in the colour of their label y; a dot on a region of the other
colour is misclassified. <b>Discretize</b> shows only the predicted class (ŷ &gt; 0.5).
Click a point to follow that one example x<sup>(i)</sup> through the network.</p>
"""),
        QCoreApplication.translate("HelpText", """
<h2><a name="cost"></a>Cost curve</h2>
<p>The cross-entropy cost over the m training examples, after every iteration:</p>
<p class="eq">J = −(1/m) Σ<sub>i</sub> [ y<sup>(i)</sup> log a<sup>[L](i)</sup>
+ (1 − y<sup>(i)</sup>) log(1 − a<sup>[L](i)</sup>) ]</p>
<p>The train curve should fall. The test curve uses the held-out examples: when it rises while the
train cost keeps falling, the network is over-fitting. <b>Log scale</b> shows the late, slow part of
training.</p>
"""),
        QCoreApplication.translate("HelpText", """
<h2><a name="diagram"></a>Network diagram and phases</h2>
<p>Each circle is a unit, each line a weight w: its colour is the sign (orange negative, blue
positive), its thickness |w|. <b>Step</b> runs one iteration phase by phase:</p>
<p><b>Forward propagation</b>, for l = 1 … L:</p>
<p class="eq">Z<sup>[l]</sup> = W<sup>[l]</sup> A<sup>[l−1]</sup> + b<sup>[l]</sup>, &nbsp;
A<sup>[l]</sup> = g<sup>[l]</sup>(Z<sup>[l]</sup>), &nbsp; with A<sup>[0]</sup> = X</p>
<p><b>Cost</b> J from A<sup>[L]</sup> and Y. <b>Backward propagation</b>, for l = L … 1, starting
from dZ<sup>[L]</sup> = A<sup>[L]</sup> − Y:</p>
<p class="eq">dZ<sup>[l]</sup> = dA<sup>[l]</sup> * g<sup>[l]</sup>′(Z<sup>[l]</sup>)<br>
dW<sup>[l]</sup> = (1/m) dZ<sup>[l]</sup> A<sup>[l−1]T</sup><br>
db<sup>[l]</sup> = (1/m) Σ dZ<sup>[l]</sup> &nbsp;(summed over the examples)<br>
dA<sup>[l−1]</sup> = W<sup>[l]T</sup> dZ<sup>[l]</sup></p>
<p><b>Update</b> (gradient descent):</p>
<p class="eq">W<sup>[l]</sup> := W<sup>[l]</sup> − α dW<sup>[l]</sup>, &nbsp;
b<sup>[l]</sup> := b<sup>[l]</sup> − α db<sup>[l]</sup></p>
"""),
        QCoreApplication.translate("HelpText", """
<h2><a name="inspector"></a>Inspector</h2>
<p>For the current phase the inspector shows the course's equation, the NumPy line that computes
it (for example <code>Z = np.dot(W, A_prev) + b</code>) and the actual matrices with their shapes,
so you can check that (n<sup>[l]</sup>, n<sup>[l−1]</sup>) · (n<sup>[l−1]</sup>, m) gives
(n<sup>[l]</sup>, m). Select a unit in the diagram to see its row of W<sup>[l]</sup>, its b and its
activations.</p>
"""),
        QCoreApplication.translate("HelpText", """
<h2>Keys</h2>
<p><b>Space</b> play / pause · <b>→</b> one step · <b>R</b> reset · <b>F11</b> presentation mode
(large text for a projector) · <b>F1</b> this help. Help → Keyboard shortcuts lists them all.</p>
"""),
    ]
    return STYLE + "".join(sections)
