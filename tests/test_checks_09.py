"""09번 노트북(퍼셉트론)의 자가 점검: 모범 답은 통과, 틀린 답은 힌트와 함께 탈락."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import load_iris
from sklearn.linear_model import Perceptron

from utils import checks


def mp_neuron(excitatory, inhibitory=(), threshold=2):
    if any(inhibitory):
        return 0
    return int(sum(excitatory) >= threshold)


def nand(a, b):
    return mp_neuron([1, 1], inhibitory=[mp_neuron([a, b])])


def boundary():
    iris = load_iris()
    clf = Perceptron(random_state=42).fit(iris.data[:, (2, 3)], (iris.target == 0).astype(int))
    (w1, w2), b = clf.coef_[0], clf.intercept_[0]
    return -w1 / w2, -b / w2


W, X = checks.EXERCISE_09_W, checks.EXERCISE_09_X
Y, ETA = checks.EXERCISE_09_Y, checks.EXERCISE_09_ETA
SLOPE, INTERCEPT = boundary()

# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_nand_neuron, (nand,),
     [(lambda a, b: mp_neuron([a, b]),), (lambda a, b: mp_neuron([a, a, b, b]),),
      (lambda a, b: "1",), (lambda a, b: [1],), (lambda a: 1,), ("nand",), (None,)]),
    (checks.check_perceptron_update, (W + ETA * (Y - 0) * X,),
     [(W,), (W - ETA * X,), (W + X,), ("w",), (None,), (W[:2],)]),
    (checks.check_separable_gates, ({"AND", "OR", "NAND"},),
     [({"AND", "OR", "NAND", "XOR"},), ({"AND", "OR"},), ("AND OR NAND",), (None,),
      ({"XOR"},), (["AND", "OR", "NAND", 1],)]),
    (checks.check_perceptron_boundary, (SLOPE, INTERCEPT),
     [(-SLOPE, INTERCEPT), (1 / SLOPE, INTERCEPT), (SLOPE, -INTERCEPT), ("a", "b"), (None, None)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


def test_separable_gates_is_case_insensitive_and_accepts_lists():
    assert checks.check_separable_gates(["and", "Or", "nand"])


def test_nand_accepts_bools_and_numpy_ints():
    assert checks.check_nand_neuron(lambda a, b: not (a and b))
    assert checks.check_nand_neuron(lambda a, b: np.int64(1 - a * b))


def test_update_expected_values():
    z = W @ X
    assert z < 0  # 문제의 샘플은 틀리게 분류되어 있어야 규칙이 가중치를 고칩니다
    np.testing.assert_allclose(W + ETA * (Y - 0) * X, [0.6, -0.8, 0.25])
