"""The scenario model: a linear classifier fitted on the library's own examples and keywords.

Training data is what a library already holds: every example question of a scenario, every
keyword (weighted by its keyword weight), and the ``[no_scenario]`` messages as two more
classes (:data:`NO_REPLY`: nothing to answer; :data:`OFF_TOPIC`: needs an answer no scenario
gives). A shop that adds examples for a scenario of its own gets it recognised without setting
any weight. Labelled rows of real chats can be added (``eval --folds`` does that per fold).

Fitting uses scikit-learn's multinomial logistic regression (L2, lbfgs): well kept, exact and
fast enough on a few thousand short texts. It runs only when a library's content changes; the
result is exported as plain data (a sparse weight table) and cached with marshal, so scoring
needs neither scikit-learn nor numpy, whose import alone would cost more than a whole
``suggest`` may take. Only ``batch`` imports numpy (installed with scikit-learn), to score a
chunk of messages at once (:meth:`LinearModel.probabilities_many`). Softmax is invariant to adding one constant to a feature's weights in every
class, so each feature's weights are centred on their median and the near-zero ones dropped:
most features then speak for two or three classes, and scoring a message is a few hundred
additions.

Constants set by hand (the rest is fitted):

- :data:`C`: inverse regularisation strength; :data:`KEYWORD_WEIGHT`: how much one keyword
  counts against one example; :data:`PRUNE`: weights smaller than this are dropped (measured:
  no change in accuracy, a third of the memory). Chosen by grouped cross-validation on the real
  labelled chats (``csreply eval --folds 5``), not on the rows they are reported on.
- :data:`COUNT_WEIGHT`, :data:`COUNT_ALPHA`, :data:`COUNT_SHARE`: the SVM's weights get, on
  top, naive-Bayes-like count evidence, ``COUNT_WEIGHT · log(1 + count / (COUNT_ALPHA ·
  total ** COUNT_SHARE))``, where ``count`` is how much of a feature a class's samples hold
  (weighted) and ``total`` the class's sample weight. The SVM alone gives a feature the least
  weight that separates the written examples, so the many n-grams of a real message that no
  margin needed count for little; the counts let every n-gram a class's examples share speak
  for it. ``COUNT_SHARE`` sits between raw counts (0: a shop's scenario of fifteen examples
  loses to the large built-in ones) and shares (1: measured weaker, top-1 0.714–0.720, since
  the scenarios with many examples are also the ones customers ask most). Measured by grouped
  cross-validation (``scripts/crossval.py``, issue 11): message alone top-1 0.707 → 0.729,
  top-3 0.852 → 0.869; the library alone (no real rows learned) top-1 0.669 → 0.720. The
  weights stay sparse (a feature speaks only for the classes that hold it), so scoring is
  still a few hundred additions.
"""

from __future__ import annotations

import hashlib
import marshal
from itertools import islice
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..library.loading import Library

NO_REPLY = "_no_reply"
OFF_TOPIC = "_off_topic"
NONE_CLASSES = (NO_REPLY, OFF_TOPIC)

ESTIMATOR = "svm"
C = 10.0
SVM_C = 0.5
CLASS_WEIGHT: str | None = "balanced"  # a shop's scenario with 15 examples weighs as much as one with 150
KEYWORD_WEIGHT = 0.3
LABELLED_WEIGHT = 2.0  # a labelled real message counts as much as two written examples
PRUNE = 0.05
COUNT_WEIGHT = 0.2  # 0.15–0.3 measured alike; 0 turns the count evidence off
COUNT_ALPHA = 0.003
COUNT_SHARE = 0.75  # 0: raw counts; 1: the share of the class's samples
_FORMAT = 2  # bump when the exported structure changes
# liblinear's dual solver visits samples in a random order: a fixed seed makes the same library
# always give the same weights, so a refit (cache pruned or moved) never changes a draft
SEED = 0
MANY = 256  # vectors scored per numpy call by probabilities_many (a few MB of temporaries)


@dataclass(frozen=True)
class Sample:
    text: str
    label: str
    weight: float = 1.0
    topic: str = ""  # labelled chats: the scenario of the customer's earlier turns
    agent: str = ""  # … and the agent's last line before this one


def training_samples(library: Library, extra: Iterable[Sample] = ()) -> list[Sample]:
    """The library's examples, keywords and no-scenario messages, plus ``extra`` rows."""
    samples: list[Sample] = []
    for scenario in library.scenarios.values():
        samples += [Sample(e, scenario.id) for e in scenario.examples]
        samples += [
            Sample(word, scenario.id, KEYWORD_WEIGHT * min(weight, 5.0) / 3.0)
            for word, weight in scenario.keywords.items()
        ]
    for followup in library.followups:
        for i, text in enumerate(followup.examples):
            after = followup.after[i % len(followup.after)] if followup.after else ""
            samples.append(Sample(text, followup.scenario, 1.0, followup.topic, after))
    topics = sorted(library.scenarios)
    for kind, messages in library.no_scenario.items():
        label = NO_REPLY if kind == "no_reply" else OFF_TOPIC
        samples += [Sample(m, label) for m in messages]
        if library.followups and kind == "no_reply":
            # an acknowledgement after any topic is still one ("好的" after a logistics talk),
            # so the model reading the chat learns that a topic alone decides nothing
            samples += [Sample(m, label, 0.5, topics[i % len(topics)]) for i, m in enumerate(messages)]
    samples += list(extra)
    return samples


def samples_fingerprint(samples: list[Sample]) -> str:
    from .features import version

    h = hashlib.sha256(
        f"{_FORMAT} {version()} {ESTIMATOR} {C} {SVM_C} {CLASS_WEIGHT} {PRUNE} {SEED} {COUNT_WEIGHT} {COUNT_ALPHA} {COUNT_SHARE}".encode()
    )
    for s in samples:
        h.update(f"{s.label}\t{s.weight:.4f}\t{s.text}\t{s.topic}\t{s.agent}\n".encode())
    return h.hexdigest()[:24]


@dataclass
class LinearModel:
    """A fitted multinomial logistic regression as plain data.

    ``weights`` maps a feature name to a tuple of ``(class, weight)`` pairs, its non-zero
    weights; ``bias`` holds one intercept per class.
    """

    classes: list[str]
    bias: list[float]
    weights: dict[str, tuple]

    @property
    def reads_chat(self) -> bool:
        """Whether labelled chats taught it features of the earlier chat."""
        return self._reads_chat

    def __post_init__(self) -> None:
        self._reads_chat = any(name[:2] in ("t:", "a:", "v:") for name in self.weights)

    def probabilities(self, vector: dict[str, float], temperature: float = 1.0) -> tuple[list[float], int]:
        """Softmax of the scores (divided by ``temperature``), one per class, and how many of
        the message's own features (``c:``/``w:``/``b:``) the model has weights for."""
        out = list(self.bias)
        weights = self.weights
        known = 0
        for name, value in vector.items():
            row = weights.get(name)
            if row is None:
                continue
            if name[0] in "cwb":
                known += 1
            for i, weight in row:
                out[i] += weight * value
        top = max(out)
        exps = [math.exp((x - top) / temperature) for x in out]
        total = sum(exps)
        return [e / total for e in exps], known

    def probabilities_many(
        self, vectors: list[dict[str, float]], temperature: float = 1.0
    ) -> list[tuple[list[float], int]]:
        """:meth:`probabilities` of many vectors in one go, with numpy: for ``batch``, where
        the weight loop of each message is most of the matcher's time. numpy is imported here
        only (its import alone costs more than a cold ``suggest``). The sums are the same as
        :meth:`probabilities`' up to the last bits of a float (additions in another order).
        """
        import numpy as np

        if len(vectors) > MANY:  # bounded temporaries: memory stays flat whatever the chunk
            slices = (vectors[i : i + MANY] for i in range(0, len(vectors), MANY))
            return [row for part in slices for row in self.probabilities_many(part, temperature)]
        vocabulary, table, own, bias = self.dense_weights()
        if not vectors:
            return []
        blank = len(vocabulary)  # an all-zero row: unknown features land there, and every
        get = vocabulary.get  # vector has one, so no vector's run of rows is empty
        columns: list[int] = []
        values: list[float] = []
        starts: list[int] = []
        for vector in vectors:
            starts.append(len(columns))
            columns.append(blank)
            columns += [get(name, blank) for name in vector]
            values.append(0.0)
            values += vector.values()
        scores = np.add.reduceat(table[columns] * np.array(values)[:, None], starts, axis=0) + bias
        known = np.add.reduceat(own[columns], starts).tolist()
        exps = np.exp((scores - scores.max(axis=1, keepdims=True)) / temperature)
        exps /= exps.sum(axis=1, keepdims=True)
        return list(zip(exps.tolist(), known))

    def dense_weights(self):
        """(feature -> row, the weights as a dense features x classes array, 1 where the feature
        is the message's own (``c:``/``w:``/``b:``, counted as known), the bias), built once."""
        if getattr(self, "_dense_table", None) is None:
            import numpy as np

            vocabulary = {name: j for j, name in enumerate(self.weights)}
            table = np.zeros((len(vocabulary) + 1, len(self.classes)))
            for name, row in self.weights.items():
                j = vocabulary[name]
                for i, weight in row:
                    table[j, i] = weight
            own = np.array([name[0] in "cwb" for name in self.weights] + [False], dtype=np.int64)
            self._dense_table = (vocabulary, table, own, np.array(self.bias))
        return self._dense_table

    def to_data(self) -> tuple:
        return (_FORMAT, self.classes, self.bias, self.weights)

    @classmethod
    def from_data(cls, data: object) -> LinearModel | None:
        """The model in ``data``, or None when it is not a model of this format (a damaged or
        foreign cache file is rebuilt, never trusted)."""
        if not (isinstance(data, tuple) and len(data) == 4 and data[0] == _FORMAT):
            return None
        _, classes, bias, weights = data
        if not (isinstance(classes, list) and isinstance(bias, list) and isinstance(weights, dict)):
            return None
        if len(classes) != len(bias) or not all(isinstance(c, str) for c in classes):
            return None
        n = len(classes)
        # a sample of the rows, not all of them: the cache file is checksummed and tagged with
        # _FORMAT, so an intact file of this format was written by this code (walking all 180k
        # pairs cost a one-shot ``suggest`` a tenth of its time)
        for row in islice(weights.values(), 64):
            if not isinstance(row, tuple) or any(
                not (isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[0], int) and 0 <= pair[0] < n)
                for pair in row
            ):
                return None
        return cls(classes, bias, weights)


def fit(samples: list[Sample], featurize: Callable[[Sample], dict[str, float]]) -> LinearModel:
    """Fit the model on ``samples``; ``featurize`` turns a sample into its feature vector."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression  # noqa: F401 - see ESTIMATOR

    vocabulary: dict[str, int] = {}
    indices: list[int] = []
    values: list[float] = []
    pointers = [0]
    for sample in samples:
        for name, value in featurize(sample).items():
            indices.append(vocabulary.setdefault(name, len(vocabulary)))
            values.append(value)
        pointers.append(len(indices))
    matrix = csr_matrix((values, indices, pointers), shape=(len(samples), max(len(vocabulary), 1)))
    labels = [s.label for s in samples]
    classes = sorted(set(labels))
    if len(classes) == 1:  # nothing to tell apart: every message is that one class
        return LinearModel(classes, [0.0], {})
    if ESTIMATOR == "svm":
        from sklearn.svm import LinearSVC

        model = LinearSVC(C=SVM_C, class_weight=CLASS_WEIGHT, random_state=SEED)
    else:
        model = LogisticRegression(C=C, max_iter=1000)
    model.fit(matrix, labels, sample_weight=[s.weight for s in samples])
    coef = model.coef_
    if len(model.classes_) == 2:  # binary: sklearn keeps one row; softmax needs both sides
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        bias = [-float(model.intercept_[0]) / 2, float(model.intercept_[0]) / 2]
    else:
        bias = [float(b) for b in model.intercept_]
    if COUNT_WEIGHT:
        coef = coef + COUNT_WEIGHT * count_evidence(matrix, labels, [s.weight for s in samples], list(model.classes_))
    coef = coef - np.median(coef, axis=0, keepdims=True)
    names = [""] * len(vocabulary)
    for name, j in vocabulary.items():
        names[j] = name
    weights: dict[str, tuple] = {}
    for j, name in enumerate(names):
        column = coef[:, j]
        keep = np.nonzero(np.abs(column) >= PRUNE)[0]
        if len(keep):
            weights[name] = tuple((int(i), round(float(column[i]), 4)) for i in keep)
    return LinearModel([str(c) for c in model.classes_], bias, weights)


def count_evidence(matrix, labels: list[str], weights: list[float], classes: list[str]):
    """``log(1 + count / (COUNT_ALPHA · total ** COUNT_SHARE))`` per class and feature: ``count``
    the weighted sum of the feature's values over the class's samples (0 where a class never has
    the feature, so the weights stay sparse after centring), ``total`` the class's sample weight.
    See the module docstring."""
    import numpy as np
    from scipy.sparse import csr_matrix

    at = {c: i for i, c in enumerate(classes)}
    rows = [at[label] for label in labels]
    membership = csr_matrix((weights, (rows, range(len(labels)))), shape=(len(classes), len(labels)))
    counts = (membership @ matrix).toarray()
    if COUNT_SHARE:
        totals = np.asarray(membership.sum(axis=1)).reshape(-1, 1)
        counts = counts / np.maximum(totals, 1e-9) ** COUNT_SHARE
    return np.log1p(counts / COUNT_ALPHA)


def dumps(model: LinearModel) -> bytes:
    return marshal.dumps(model.to_data())


def loads(data: bytes) -> LinearModel | None:
    try:
        return LinearModel.from_data(marshal.loads(data))
    except (EOFError, ValueError, TypeError):
        return None
