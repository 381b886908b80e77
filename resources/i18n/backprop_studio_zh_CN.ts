<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>&amp;Open session…</source>
        <extracomment>Views that can be exported as pictures: (window attribute, menu text); missing ones are skipped.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved session: data, network, W and b, history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything to continue later exactly from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import parameters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load W1, b1, W2, b2, … from a .npz or .json file (also one saved with np.savez(**parameters))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export parameters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the course&apos;s parameters dict (W[l]: (n[l], n[l−1]), b[l]: (n[l], 1)) as .npz or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import points from &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on your own points: rows x1, x2, label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export points to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dataset as rows x1, x2, label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cost &amp;history to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cost J and the accuracies at each evaluation, and J at every iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step one iteration (→): forward propagation, cost, backward propagation, update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset (R): back to iteration 0 with new W and b drawn from the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space): run gradient descent continuously</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See forward and backward propagation happen, step by step, on toy 2D data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notation and the exercises it illustrates follow the course &lt;i&gt;Neural Networks and Deep Learning&lt;/i&gt; by Andrew Ng (DeepLearning.AI). Backprop Studio is an independent teaching aid, not part of the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Studio itself is free software under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Backprop Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivationPlotView</name>
    <message>
        <source>Saturated: %1 % of z have |g&apos;(z)| &lt; %2. Where g&apos; is that small, dZ = dA · g&apos;(Z) is almost 0, so the weights feeding these units learn slowly.</source>
        <extracomment>At most 10 redraws a second: a forward pass over the training set each time, and a histogram. What each entry of the key under the plot looks like (coloured in the curve&apos;s colour).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead units: %1 of %2 (z ≤ 0 for every example). There g&apos;(z) = 0, so no gradient reaches their W and b: they never change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU never saturates: g&apos;(z) is 1 for z &gt; 0 and α = %1 for z &lt; 0, so every unit always passes some gradient back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linear unit never saturates: g&apos;(z) = 1 for every z. But a stack of linear layers is still one linear function, so the decision boundary stays a straight line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no hidden layer: it is logistic regression, and its only activation is the output&apos;s sigmoid. Add a hidden layer to see its g(z), g&apos;(z) and where its z values lie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g(z) = %1(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g&apos;(z), its slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z of layer %1 on the training set (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|g&apos;(z)| = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which hidden layer l to show: its activation g[l] and the values Z[l] = W[l] A[l-1] + b[l].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves: the activation g(z) and its slope g&apos;(z). Bars: how many of the layer&apos;s z values (every unit × every training example) fall at each z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g(z), g&apos;(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of z values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComputationGraphLab</name>
    <message>
        <source>Computation graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J = 3(a + bc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistic regression (one example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s first graph: u = bc, v = a + u, J = 3v.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z = w1·x1 + w2·x2 + b, a = σ(z), L(a, y): backward gives the course&apos;s dz = a − y.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostCurveView</name>
    <message>
        <source>iteration %1, J = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train accuracy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at the plot to read J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic cost axis: shows how the cost keeps falling late in training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost J</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (the first row is data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Header row: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load this file. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be loaded until the file is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points; continuous targets y from %2 to %3 (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 classes, softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points; each label value becomes a class (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import points from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression (continuous labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat the label column as a number y to predict (linear output, squared error) instead of a class (sigmoid or softmax output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file, as they are written in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each distinct label value becomes a class number y (0, 1, …), the network&apos;s target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m, the number of examples: the columns of X (n_x, m). More points show the shape better, but every iteration takes longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the points held out to measure generalization; the network never trains on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed of the points and of the train/test split: the same seed always gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw new points with the next seed: same dataset, m and noise. Training restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on your own points (drawn or imported). Choose a dataset above to generate points again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session did not accept this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: your own points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise applies to generated datasets only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise blurs the pattern, so no boundary can fit every point and overfitting shows. For this dataset: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionBoundaryView</name>
    <message>
        <source>Neuron %1 (%2)
click it again for ŷ</source>
        <extracomment>The heatmap is washed towards white so that the saturated points stay readable on top of it. Softmax regions: lightness from least to most confident (1 would be white). Regression points near the mean are nearly white, so they get a grey outline instead of a white one. True while another tool (drawing points) owns mouse clicks on the plot.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network output
ŷ = P(y = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network output ŷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● train points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◆ test points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discretize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour each region by the predicted class only: ŷ &gt; 0.5, or the most probable class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also draw the test points (diamonds), which training never sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₂</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramLegend</name>
    <message>
        <source>%1 w &lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 w &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thicker = larger |w|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forward: A[l] computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cost J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backward: |dW[l]|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The small map in each neuron is its output a over the (x₁, x₂) plane. Hover an edge or a neuron for its numbers; click a neuron to show it in the big view; double-click an edge to type a weight, a neuron to type its bias.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawTool</name>
    <message>
        <source>That point cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one point of class %1 before training: each class needs a point (Shift+click adds class 0; pick a class to add it with a click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points yet: click to add a point, Shift+click to add one of class 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click adds class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw your own training examples (x₁, x₂) with label y: left click adds class 1, Shift+click class 0, right click removes the nearest point. The network trains on what you draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which class y a left click adds. Pick class 2 to make a 3-class problem (softmax output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+click: class 0 · Right click: remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every drawn point and start from an empty plane.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <extracomment>Set to a folder to keep logs and autosaves there instead of the user&apos;s data folder (tests, portable use).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Studio ran into an unexpected problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the traceback: where in the program the error happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message and the traceback, to paste into a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your network and training are unchanged and the app keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened again: %1 times so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentRunner</name>
    <message>
        <source>Experiment runner — hyperparameter sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden units n[1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden activation g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth: hidden layers L − 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one hyperparameter that differs between runs; everything else is the main window&apos;s network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values to try, separated by commas. Initialization also takes a scale, as in random×10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_iterations: gradient-descent steps for each run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iterations per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one network per value, in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current chunk of iterations; finished runs are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table (every digit) as a CSV file for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export yet: run a sweep first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each run trains the main window&apos;s network (%1, α = %2, %3 initialization) on its training set (m = %4), from the same seeds; only the value above changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 runs in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportHandlers</name>
    <message>
        <source>Export parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export points to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 points to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That view is not in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cost history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 at iteration %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 at iteration %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a session (%1), parameter (.npz, .json) or CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the recent files because they no longer exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a %1 network; the current one is %2.

Adopt the file&apos;s network? Training then continues from the file&apos;s W and b, counting from iteration 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt the file&apos;s network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: training continues from these W and b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the file was trained with inputs standardized by other data&apos;s mean and std; here the inputs are standardized with this dataset&apos;s, so outputs can differ slightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import points from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 points from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientCheckDialog</name>
    <message>
        <source>PASS</source>
        <extracomment>(parameters, X, Y, activations, alpha, lambd) → grads {&quot;dW1&quot;, &quot;db1&quot;, ...}: what is checked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS (rounding limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relative difference is above %1, but this gradient is tiny (‖grad‖ = %2): the difference %3 is no larger than the rounding error of the numerical estimate itself (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop&apos;s d%1 and the numerical gradient disagree: a bug in this layer&apos;s backward step is likely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop disagrees with numerical gradients: difference %1 ≥ %2, worst in %3. Look for a bug in the backward step of layer %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop agrees with numerical gradients: difference %1 &lt; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop agrees with numerical gradients: the difference %1 is at the rounding limit of the numerical estimate (see the rows marked &quot;rounding limit&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Rounding limit&quot;: with ε = %1 each numerical derivative is only accurate to about %2, because J(θ + ε) and J(θ − ε) are rounded before they are subtracted. A gradient that small cannot be checked more closely; its absolute difference is within that error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network uses ReLU (or leaky ReLU), which has a kink at z = 0. Where some z lies within ε of 0, J(θ + ε) and J(θ − ε) fall on different sides of the kink, and a correct backprop can FAIL the check. Check again after a few iterations before suspecting a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameters changed since this check: press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters of iteration %1 (%2 numbers, so %3 evaluations of J) on the first %4 of the %5 training examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop&apos;s gradients dW1, db1, … compared with numerical ones: each parameter θᵢ is nudged by ±ε (ε = %1) and gradapproxᵢ = (J(θ + ε) − J(θ − ε)) / 2ε. Relative difference = ‖grad − gradapprox‖ / (‖grad‖ + ‖gradapprox‖); below %2 backprop is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖backprop gradient‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check on the current parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <source>Press Forward to compute the graph from left to right.</source>
        <extracomment>Time between two nodes of the animation: slow enough to follow on a projector.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward: %1, so %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward done: %1 = %2. Press Backward for the derivatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward done: each box now holds how much the output changes per unit change of that node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In code the course writes dJ/da as da, dJ/db as db, and so on: da = %1, db = %2, dc = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the course&apos;s code: da = %1;  dz = a − y = %2 − %3 = %4;  dw1 = x1·dz = %5;  dw2 = x2·dz = %6;  db = dz = %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs changed: press Forward to recompute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (parameter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward propagation: compute each node&apos;s value from left to right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward propagation: from the output back to the inputs, each derivative is the next node&apos;s derivative times the local derivative on the edge (the chain rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the computed values and derivatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One node at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animate: fill one node every %1 s, so each step can be followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain rule, from the output backwards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x1: the first feature of the one example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x2: the second feature of the one example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w1: the weight multiplying x1 in z = w1·x1 + w2·x2 + b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w2: the weight multiplying x2 in z = w1·x1 + w2·x2 + b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y: the example&apos;s true label, 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b: the bias added in z = w1·x1 + w2·x2 + b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an input of J = 3(a + bc). Change it, then press Forward.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help (F1): what each panel shows, in the course&apos;s notation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key the window answers to, read from its actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, libraries and their licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Backprop Studio help</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Keys&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Space&lt;/b&gt; play / pause · &lt;b&gt;→&lt;/b&gt; one step · &lt;b&gt;R&lt;/b&gt; reset · &lt;b&gt;F11&lt;/b&gt; presentation mode
(large text for a projector) · &lt;b&gt;F1&lt;/b&gt; this help. Help → Keyboard shortcuts lists them all.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>The shapes of every matrix (m = %1 training examples):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1 of %2 · iteration %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example i = %1: x = (%2, %3), y = %4 — column %1 of every matrix with m columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example i = %1: x = (%2, %3), y = %4 (mini-batches: the columns are not the examples in order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Shift+→ to step through one iteration phase by phase: forward layer 1 … L, cost, backward layer L … 1, update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s dimension table: the shape of W[l], b[l], Z[l], A[l], dW[l] and db[l] for every layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward propagation, layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward propagation, layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update, layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost J: binary cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost J: categorical cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost J: squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dZ[%1] = A[%1] - Y because the loss is paired with the output&apos;s activation (σ or softmax with cross-entropy, linear with squared error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dA[%1] came from the step of layer %2: dA[%1] = W[%2]^T dZ[%2].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent with learning rate α = %1: the largest change of a weight in W[%2] is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averaged over the m = %1 examples (columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A[%2]: the previous layer&apos;s activations, one column per example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W[%1]: the weights, one row per unit of layer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b[%1]: the biases, one per unit; added to every column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z[%1]: each unit&apos;s weighted input for each example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A[%1] = g(Z[%1]): each unit&apos;s output for each example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A[%1]: the network&apos;s predictions ŷ, one column per example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y: the true labels, one column per example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dA[%1] = ∂J/∂A[%1], passed back from layer %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dZ[%1] = ∂J/∂Z[%1] for each unit and example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dW[%1] = ∂J/∂W[%1]: how the cost changes with each weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db[%1] = ∂J/∂b[%1]: the mean of dZ[%1] over the examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dA[%2] = W[%1]^T dZ[%1], handed to layer %2&apos;s backward step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The translation for %1 is missing: run tools/update_translations.py.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, panels and help; switches at once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerEditor</name>
    <message>
        <source>Hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last hidden layer (L shrinks by 1); training restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hidden layer (L grows by 1), like the last one; training restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n[%1], the number of units in hidden layer %1: W[%1] has shape (n[%1], n[%2]). Training restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g[%1], the activation of hidden layer %1: A[%1] = g[%1](Z[%1]). Backprop uses its derivative g′[%1](Z[%1]). Training restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer_dims = %1, so L = %2 layers with weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hidden layer: this is linear regression, a single linear unit. layer_dims = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hidden layer: this is softmax regression; each boundary is a straight line. layer_dims = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hidden layer: this is logistic regression, one neuron that can only draw a straight boundary. layer_dims = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>There is no lesson called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lab this lesson is about, in its own window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install this lesson&apos;s dataset, network and hyperparameters (training restarts), then start its checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☑ %1 — done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☐ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson done! Read what to notice, then try the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Open the lab to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Load lesson to start (it replaces the current data and network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1 · training accuracy %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes for this network, m = %1 training examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Backprop Studio — watch a neural network learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every panel back where it was when the app started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Backprop Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost J = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train accuracy %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 it/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Backprop Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Backprop Studio&lt;/b&gt;&lt;br&gt;See forward and backward propagation happen, step by step, on toy 2D data — following the course &lt;i&gt;Neural Networks and Deep Learning&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkDiagramView</name>
    <message>
        <source>⋮ %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value for %1 (now %2):</source>
        <extracomment>Seam for tests: (prompt, current value) → (new value, accepted).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast each phase of an animated step is shown; off runs all phases at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Animate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take one iteration of gradient descent phase by phase: forward propagation layer by layer, the cost J, backward propagation from the output back, then the update of W and b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the animated step after this phase; Step phase goes on from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An input feature: one row of X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardize inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtract each feature&apos;s mean and divide by its standard deviation (measured on the training set), so features of different sizes learn at a similar speed. Training restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ticked feature is one row of X, so n[0] is the number of ticked features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X₁: the first coordinate x1 of each point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X₂: the second coordinate x2 of each point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X₁²: x1 squared. With X₂², even one neuron can draw a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X₂²: x2 squared. With X₁², even one neuron can draw a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X₁X₂: the product x1·x2, positive in two opposite quadrants (as in XOR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sin(X₁): the sine of x1, for wavy boundaries along x1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sin(X₂): the sine of x2, for wavy boundaries along x2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output g[L]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU slope: g(z) = z for z &gt; 0, slope·z otherwise, so a unit never stops learning. Usually 0.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How W[l] starts before the first iteration (b[l] always starts at 0). Zeros leave every unit of a layer identical. Training restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W = randn × scale; the course uses 0.01. A large scale saturates tanh and sigmoid, so learning stalls. Used by Random and Course-compatible only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random initial W: the same seed always gives the same starting network. Course-compatible with seed 2 gives the course&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W = 0: every hidden unit computes the same thing and stays so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random × scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W = randn × scale (the course: 0.01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W = randn × √(1/n[l−1]); suits tanh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W = randn × √(2/n[l−1]); suits ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W = randn × scale from NumPy&apos;s legacy RandomState, in the course&apos;s order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate α: how far each gradient-descent step moves W and b (W := W − α dW). Too large and the cost diverges. Training goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full batch (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples per gradient step. Full batch uses all m training examples in every iteration, as the course does; mini-batches take more, noisier steps. Training goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ, L2 regularization: adds (λ/2m)Σ‖W‖² to the cost, pulling the weights towards 0 against overfitting. Training goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the learning rate, λ or the batch size keeps training; changing the network restarts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one input feature: the network needs n[0] ≥ 1 inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number, such as 0.01; “%2” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session did not accept this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax, because there are %1 classes: one probability per class, summing to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear, because this is regression: the output is the predicted value ŷ itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid, because there are two classes: %1, between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseBreadcrumb</name>
    <message>
        <source>Forward</source>
        <extracomment>Networks deeper than this (L layers with weights) get the compact row.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward propagation, layer %1: Z[%1] = W[%1] A[%2] + b[%1], then A[%1] = g[%1](Z[%1]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost J: how far the predictions ŷ = A[%1] are from the labels Y, averaged over the m examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward propagation, layer %1: dZ[%1], then dW[%1] = (1/m) dZ[%1] A[%2]ᵀ and db[%1] = (1/m) Σ dZ[%1]; dA[%2] is passed on to the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent, layer by layer: W[l] = W[l] − α dW[l] and b[l] = b[l] − α db[l].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode (F11): large text and only the essential views, for a projector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>There is no such neuron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such example.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>The settings file %1 could not be read; the defaults are used.</source>
        <extracomment>MIGRATIONS[v] turns the values of a version-v file into those of version v + 1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer Backprop Studio; settings this version does not know are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 was damaged and was reset to the defaults (a copy is in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved window size and position could not be used (%1); the default is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved panel layout could not be used (%1); the default layout is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved language could not be used (%1); the system&apos;s language is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved hyperparameters could not be used (%1); the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved dataset could not be used (%1); the default dataset is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last dataset and hyperparameters could not be restored; the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShapesTable</name>
    <message>
        <source>%1 %2 is broadcast across the m = %3 columns of %4 %5: the same bias is added to every example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W[%1]: one row per unit of layer %1, one column per unit of layer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b[%1]: one bias per unit of layer %1 (a single column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z[%1] = W[%1]A[%2] + b[%1]: one column per example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A[%1] = g[%1](Z[%1]): same shape as Z[%1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dW[%1] = ∂J/∂W[%1]: same shape as W[%1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db[%1] = ∂J/∂b[%1]: same shape as b[%1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = X: %2 (one column per training example, m = %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With mini-batches of %1, Z[l] and A[l] have %1 columns in each step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>(distribution, display name, licence) of the libraries shown in About.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepResultsView</name>
    <message>
        <source>Log scale</source>
        <extracomment>Run colours from the app&apos;s colour-blind-safe palette, ordered so neighbours differ most (its yellow is left out: unreadable on white). Black becomes white on a dark theme.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic cost axis: separates runs whose costs end close together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stopped at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (diverged at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost J</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <source>Unknown speed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training diverged at iteration %1: the cost became %2. The last finite parameters were kept. Try a smaller learning rate α (now %3) or a smaller initialization scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network changed, so training restarted from iteration 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 hidden layers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingToolbar</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Speed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iterations per second while playing: slow enough to watch, or as fast as the machine goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 it/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VectorizationLab</name>
    <message>
        <source>Running the for-loop over %1 numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looping over %1 examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for-loop: %1    np.dot: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.dot was too fast to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.dot was %1 faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the for-loop was faster here: with so few numbers, calling NumPy costs more than it saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both gave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loop gave %1 and np.dot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vectorised was %1 faster (for-loop %2, vectorised %3). The numbers agree to %4: only the order of the additions differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This demo needs a two-class dataset (labels y = 0 or 1); the current one is not. Pick a two-class dataset to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X: the training set, n_x = %1 features × m = %2 examples. w, b: the network&apos;s current W1ᵀ and b1 — with no hidden layer, the network is logistic regression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X: the training set, n_x = %1 features × m = %2 examples. w = 0, b = 0: the network has hidden layers, so it is not logistic regression; this is the first gradient of logistic regression started from zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vectorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. A for-loop versus np.dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c = a · b for two vectors of n random numbers, computed twice: with a Python for-loop &lt;code&gt;for i in range(n): c += a[i] * b[i]&lt;/code&gt; and with &lt;code&gt;c = np.dot(a, b)&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;n =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n: how many numbers each vector holds (the course uses 1,000,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time both ways (the loop over 10 million numbers takes a few seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. One gradient of logistic regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dw, db and the cost J over all m examples, computed twice:&lt;br&gt;• with for-loops over the examples i and the features j: z = b + Σ&lt;sub&gt;j&lt;/sub&gt; w&lt;sub&gt;j&lt;/sub&gt; x&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;(i)&lt;/sup&gt;, dz = a − y, dw&lt;sub&gt;j&lt;/sub&gt; += x&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;(i)&lt;/sup&gt; dz, db += dz;&lt;br&gt;• vectorised: &lt;code&gt;Z = np.dot(w.T, X) + b&lt;/code&gt;, &lt;code&gt;dZ = A − Y&lt;/code&gt;, &lt;code&gt;dw = np.dot(X, dZ.T) / m&lt;/code&gt;, &lt;code&gt;db = np.sum(dZ) / m&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compute the gradient both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One gradient of logistic regression on the current training set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for-loops over i and j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vectorised (np.dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running loop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Export the results table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
