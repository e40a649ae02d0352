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
