"""09번 노트북(퍼셉트론)의 자가 점검: 모범 답은 통과, 틀린 답은 힌트와 함께 탈락."""

from __future__ import annotations

import numpy as np
import pytest
import tensorflow as tf
from sklearn.datasets import load_iris
from sklearn.linear_model import Perceptron

from utils import checks


def mp_neuron(excitatory, inhibitory=(), threshold=2):
    if any(inhibitory):
        return 0
    return int(sum(excitatory) >= threshold)


def nand(a, b):
    return mp_neuron([1, 1], inhibitory=[mp_neuron([a, b])])


def fitted_perceptron():
    iris = load_iris()
    return Perceptron(random_state=42).fit(iris.data[:, (2, 3)], (iris.target == 0).astype(int))


W, X = checks.EXERCISE_09_W, checks.EXERCISE_09_X
Y, ETA = checks.EXERCISE_09_Y, checks.EXERCISE_09_ETA
# 09번 7절의 출력: coef_ = [[-1.4, -2.2]], intercept_ = [4.0]. 경계 -1.4·x₁ - 2.2·x₂ + 4 = 0을
# x₂에 대해 풀면 x₂ = -(7/11)·x₁ + 20/11 (손으로 계산한 값; 점검 함수와 따로 둡니다).
SLOPE, INTERCEPT = -7 / 11, 20 / 11

# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_nand_neuron, (nand,),
     [(lambda a, b: mp_neuron([a, b]),), (lambda a, b: mp_neuron([a, a, b, b]),),
      (lambda a, b: "1",), (lambda a, b: [1],), (lambda a: 1,), ("nand",), (None,)]),
    (checks.check_perceptron_update, (W + ETA * (Y - 0) * X,),
     [(W,), (W - ETA * X,), (W + X,), ("w",), (None,), (W[:2],)]),
    (checks.check_separable_gates, ({"AND", "OR", "NAND"},),
     [({"AND", "OR", "NAND", "XOR"},), ({"AND", "OR"},), ("AND OR NAND",), (None,),
      ({"XOR"},), (["AND", "OR", "NAND", 1],), (b"AND",), (5,), (np.array("AND"),),
      ({"AND": 0, "OR": 0, "NAND": 0, "XOR": 3}.keys(),), (print,), (np.zeros((2, 2)),),
      (tf.constant(["AND", "OR", "NAND"]),), (iter(lambda: 1 / 0, None),)]),
    (checks.check_perceptron_boundary, (SLOPE, INTERCEPT),
     [(-SLOPE, INTERCEPT), (1 / SLOPE, INTERCEPT), (SLOPE, -INTERCEPT), ("a", "b"), (None, None),
      (-0.64, 1.82), (INTERCEPT, SLOPE), (np.array([SLOPE, 1.0]), INTERCEPT), (True, INTERCEPT),
      (np.array(["a"]), INTERCEPT), (SLOPE, {"b": INTERCEPT}), (float("nan"), INTERCEPT)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


def test_separable_gates_is_case_insensitive_and_accepts_lists():
    assert checks.check_separable_gates(["and", "Or", "nand"])


@pytest.mark.parametrize("answer", [
    {"AND": 0, "OR": 0, "NAND": 0}.keys(), ("AND", "OR", "NAND"), frozenset({"AND", "OR", "NAND"}),
    np.array(["AND", "OR", "NAND"]), (name for name in ["AND", "OR", "NAND"]),
])
def test_separable_gates_accepts_any_iterable_of_names(answer):
    assert checks.check_separable_gates(answer) is True


def test_nand_accepts_bools_and_numpy_ints():
    assert checks.check_nand_neuron(lambda a, b: not (a and b))
    assert checks.check_nand_neuron(lambda a, b: np.int64(1 - a * b))


def test_update_expected_values():
    z = W @ X
    assert z < 0  # 문제의 샘플은 틀리게 분류되어 있어야 규칙이 가중치를 고칩니다
    np.testing.assert_allclose(W + ETA * (Y - 0) * X, [0.6, -0.8, 0.25])


def test_stored_perceptron_weights_give_the_hard_coded_boundary():
    """SLOPE, INTERCEPT의 출처: 7절의 Perceptron이 지금도 같은 가중치를 배우는지."""
    clf = fitted_perceptron()
    np.testing.assert_allclose(clf.coef_, [[-1.4, -2.2]])
    np.testing.assert_allclose(clf.intercept_, [4.0])
    w1, w2, b = -1.4, -2.2, 4.0
    np.testing.assert_allclose([-w1 / w2, -b / w2], [SLOPE, INTERCEPT])


def test_boundary_accepts_size_one_arrays_and_tensors():
    """학습자가 흔히 쓰는 -per_clf.intercept_ / per_clf.coef_[0, 1]은 원소 하나인 배열입니다."""
    clf = fitted_perceptron()
    slope = -clf.coef_[0, 0] / clf.coef_[0, 1]
    intercept = -clf.intercept_ / clf.coef_[0, 1]
    assert intercept.shape == (1,)
    assert checks.check_perceptron_boundary(slope, intercept) is True
    assert checks.check_perceptron_boundary(np.array(SLOPE), [INTERCEPT]) is True
    assert checks.check_perceptron_boundary(tf.constant(SLOPE), tf.constant([INTERCEPT])) is True


@pytest.mark.parametrize("args,words", [
    ((-0.64, 1.82), "정밀"),
    ((-0.636, 1.818), "정밀"),
    ((INTERCEPT, SLOPE), "순서"),
    ((SLOPE, -INTERCEPT), "절편의 부호"),
    ((np.array([SLOPE, 1.0]), INTERCEPT), "숫자 두 개"),
])
def test_boundary_specific_hints(args, words, capsys):
    assert checks.check_perceptron_boundary(*args) is False
    assert words in capsys.readouterr().out


@pytest.mark.parametrize("answer,words", [
    ({"AND", "OR"}, "n_epochs"),
    (["NAND"], "n_epochs"),
    (["AND", "OR", "NAND", 1], "문자열이 아닌"),
    ({"AND", "OR", "NAND", None}, "문자열이 아닌"),
    ({"AND", "NOR"}, "후보는"),
    ({"AND", "OR", "NAND", "XOR"}, "XOR"),
])
def test_separable_gates_specific_hints(answer, words, capsys):
    assert checks.check_separable_gates(answer) is False
    assert words in capsys.readouterr().out


def test_separable_gates_accepts_a_numpy_array_of_names():
    assert checks.check_separable_gates(np.array(["AND", "OR", "NAND"])) is True


def test_default_training_is_too_short_but_the_stated_settings_converge():
    """연습 3이 eta=0.1, n_epochs=30을 적어 주는 이유: 기본값(0.05, 10)으로는 어떤 게이트도
    마지막 에포크 오류 0에 닿지 않습니다. 노트북 5절의 train_perceptron을 그대로 옮겼습니다."""

    def train_perceptron(X, y, eta=0.05, n_epochs=10, seed=42):
        rng = np.random.default_rng(seed)
        X_b = np.c_[np.ones(len(X)), X]
        w = rng.normal(size=X_b.shape[1])
        errors = []
        for _ in range(n_epochs):
            n_wrong = 0
            for i in rng.permutation(len(X_b)):
                new_w = w + eta * (y[i] - int(w @ X_b[i] >= 0)) * X_b[i]
                n_wrong += int(not np.array_equal(new_w, w))
                w = new_w
            errors.append(n_wrong)
        return errors

    X_gates = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
    targets = {"AND": [0, 0, 0, 1], "OR": [0, 1, 1, 1], "NAND": [1, 1, 1, 0], "XOR": [0, 1, 1, 0]}
    default = {g for g, t in targets.items() if train_perceptron(X_gates, np.array(t))[-1] == 0}
    stated = {g for g, t in targets.items()
              if train_perceptron(X_gates, np.array(t), eta=0.1, n_epochs=30)[-1] == 0}
    assert default == set()
    assert stated == {"AND", "OR", "NAND"}


def test_nand_praise_does_not_claim_a_network_structure(capsys):
    """점검은 진리표만 보므로, 칭찬이 'AND 뉴런 뒤에 NOT 뉴런'을 썼다고 말하면 안 됩니다."""
    assert checks.check_nand_neuron(lambda a, b: not (a and b)) is True
    out = capsys.readouterr().out
    assert "진리표" in out and "NOT 뉴런" not in out


def test_nand_hint_names_the_error(capsys):
    assert checks.check_nand_neuron(lambda a, b: 1 / 0) is False
    assert "ZeroDivisionError" in capsys.readouterr().out
