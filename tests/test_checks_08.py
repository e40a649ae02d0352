"""08번 노트북(활성화 함수와 출력층)의 자가 점검: 모범 답은 통과, 틀린 답은 힌트와 함께 탈락."""

from __future__ import annotations

import numpy as np
import pytest

from utils import checks
from utils.numpy_nn import sigmoid, sigmoid_grad


def stable_softmax(a):
    a = np.asarray(a, dtype=float)
    e = np.exp(a - a.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def naive_softmax(a):
    e = np.exp(a)
    return e / e.sum(axis=-1, keepdims=True)


def book_softmax(a):  # 1차원만 생각한 책의 코드: 배치 전체의 최댓값과 합을 씀
    e = np.exp(a - np.max(a))
    return e / np.sum(e)


W1, B1, W2, B2 = (checks.EXERCISE_06_W1, checks.EXERCISE_06_B1, checks.EXERCISE_06_W2,
                  checks.EXERCISE_06_B2)

# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_stable_softmax, (stable_softmax,),
     [(naive_softmax,), (book_softmax,), (sigmoid,), ("softmax",), (None,),
      (lambda a: 1 / 0,)]),
    (checks.check_tanh_grad, (lambda z: 4 * sigmoid_grad(2 * z),),
     [(lambda z: 2 * sigmoid_grad(2 * z),), (sigmoid_grad,), (np.tanh,), ("tanh",), (None,)]),
    (checks.check_output_layers, ([("linear", 1), ("sigmoid", 3), ("softmax", 10)],),
     [([("linear", 1), ("softmax", 3), ("softmax", 10)],),
      ([("relu", 1), ("sigmoid", 3), ("softmax", 10)],),
      ([("linear", 1), ("sigmoid", 1), ("softmax", 10)],),
      ([("linear", 1), ("sigmoid", 3)],), ("softmax",), (None,), ({"a": 1},),
      ([("linear", "1"), ("sigmoid", 3), ("softmax", 10)],)]),
    (checks.check_collapsed_layer, (W1 @ W2, B1 @ W2 + B2),
     [(W1 @ W2, B2), (W2.T @ W1.T, B1 @ W2 + B2), (W1 @ W2, B1 + B2.sum()), ("W", "b"),
      (None, None), (W1, B1)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


@pytest.mark.parametrize("identity", [None, "linear", "identity", "LINEAR"])
def test_output_layers_accepts_any_name_for_identity(identity):
    assert checks.check_output_layers([(identity, 1), ("sigmoid", 3), ("softmax", 10)])


def test_output_layers_accepts_keras_functions():
    keras = pytest.importorskip("keras")
    answer = [(None, 1), (keras.activations.sigmoid, 3), (keras.activations.softmax, 10)]
    assert checks.check_output_layers(answer)


def test_collapsed_layer_accepts_flat_shapes():
    assert checks.check_collapsed_layer([4.0, 1.0], 1.5)


def test_softmax_check_prints_no_runtime_warning(recwarn):
    checks.check_stable_softmax(naive_softmax)
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]


@pytest.mark.parametrize("b", [1.5, [1.5], np.array([1.5]), np.array([[1.5]]), np.float32(1.5),
                               np.array(1.5)], ids=["float", "list", "shape_1", "shape_1x1",
                                                    "float32", "0d"])
def test_collapsed_layer_accepts_any_shape_of_the_single_bias(b):
    assert checks.check_collapsed_layer(W1 @ W2, b)


@pytest.mark.parametrize("W,b,expected", [
    (W1 @ W2, [1.5, 1.5], "값 하나"),
    (W1 @ W2, np.full((2, 1), 1.5), "값 하나"),
    (W1 @ W2, "1.5", "b = b1 @ W2 + b2"),
    (["4", "1"], 1.5, "W1 @ W2"),
    (W1 @ W2, None, "b = b1 @ W2 + b2"),
    (W1 @ W2, {"b": 1.5}, "b = b1 @ W2 + b2"),
    (W1 @ W2, True, "b = b1 @ W2 + b2"),
], ids=["two_biases", "bias_column", "string_bias", "string_weights", "none_bias", "dict_bias",
        "bool_bias"])
def test_collapsed_layer_hints_are_specific(W, b, expected, capsys):
    assert checks.check_collapsed_layer(W, b) is False
    out = capsys.readouterr().out
    assert "힌트" in out and expected in out, out


def _raises(*args):
    raise RuntimeError("학습자 함수의 오류")


ODD_INPUTS = [0, 2.5, True, "abc", None, [1, 2], (1, 2), {"a": 1}, np.array(0.0),
              np.zeros((2, 3)), np.array([[1, 2], [3]], dtype=object), _raises, sigmoid]


@pytest.mark.parametrize("value", ODD_INPUTS, ids=[f"odd{i}" for i in range(len(ODD_INPUTS))])
def test_checks_never_raise_for_odd_inputs(value, capsys):
    calls = [lambda: checks.check_stable_softmax(value), lambda: checks.check_tanh_grad(value),
             lambda: checks.check_output_layers(value),
             lambda: checks.check_collapsed_layer(value, value),
             lambda: checks.check_collapsed_layer(W1 @ W2, value),
             lambda: checks.check_collapsed_layer(value, 1.5)]
    for call in calls:
        assert call() is False
        out = capsys.readouterr().out
        assert "❌" in out and "힌트" in out and out.split("힌트:")[1].strip(), out


def test_checks_never_raise_for_tensors(capsys):
    tf = pytest.importorskip("tensorflow")
    W, b = tf.constant(W1 @ W2), tf.constant([[1.5]])
    assert checks.check_collapsed_layer(W, b) is True
    assert checks.check_collapsed_layer(tf.constant([1.0]), b) is False
    assert isinstance(checks.check_stable_softmax(tf.constant([1.0, 2.0])), bool)
    assert checks.check_output_layers(tf.constant([1, 2, 3])) is False
    assert "힌트" in capsys.readouterr().out
