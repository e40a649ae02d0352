"""10번 노트북의 연습 문제 자가 점검: 모범 답은 통과하고, 틀린 답은 힌트와 함께 떨어지는지."""

from __future__ import annotations

import numpy as np
import pytest
import tensorflow as tf

from utils import checks


def tanh_gradients(params, X, y):
    """모범 답: tanh 은닉층 + 소프트맥스 출력의 역전파."""
    A1 = np.tanh(X @ params["W1"] + params["b1"])
    Z2 = A1 @ params["W2"] + params["b2"]
    P = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
    P /= P.sum(axis=1, keepdims=True)
    n = len(X)
    dZ2 = P.copy()
    dZ2[np.arange(n), y] -= 1
    dZ2 /= n
    dZ1 = (dZ2 @ params["W2"].T) * (1 - A1**2)
    return {"W1": X.T @ dZ1, "b1": dZ1.sum(axis=0), "W2": A1.T @ dZ2, "b2": dZ2.sum(axis=0)}


def sigmoid_derivative_by_mistake(params, X, y):
    """흔한 실수: tanh 층인데 시그모이드의 도함수 A1(1 - A1)를 씀."""
    A1 = np.tanh(X @ params["W1"] + params["b1"])
    Z2 = A1 @ params["W2"] + params["b2"]
    P = np.exp(Z2) / np.exp(Z2).sum(axis=1, keepdims=True)
    dZ2 = P.copy()
    dZ2[np.arange(len(X)), y] -= 1
    dZ2 /= len(X)
    dZ1 = (dZ2 @ params["W2"].T) * A1 * (1 - A1)
    return {"W1": X.T @ dZ1, "b1": dZ1.sum(axis=0), "W2": A1.T @ dZ2, "b2": dZ2.sum(axis=0)}


def without_mean(params, X, y):
    return {k: v * len(X) for k, v in tanh_gradients(params, X, y).items()}


def swapped_keys(params, X, y):
    g = tanh_gradients(params, X, y)
    return {"W1": g["W2"], "b1": g["b2"], "W2": g["W1"], "b2": g["b1"]}


def raises(params, X, y):
    raise RuntimeError("아직 못 만들었어요")


XOR_W1, XOR_B1 = np.array([[1.0, -1.0], [-1.0, 1.0]]), np.array([-0.5, -0.5])  # AND NOT
XOR_W2, XOR_B2 = np.array([[1.0], [1.0]]), np.array([-0.5])                     # OR
OR_NAND_AND = (np.array([[1.0, -1.0], [1.0, -1.0]]), np.array([-0.5, 1.5]),
               np.array([[1.0], [1.0]]), np.array([-1.5]))

# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_xor_weights, (XOR_W1, XOR_B1, XOR_W2, XOR_B2), [
        (XOR_W1, XOR_B1, XOR_W2, np.array([-1.5])),      # AND가 되어 버림
        (np.eye(2), np.zeros(2), XOR_W2, XOR_B2),         # OR
        (XOR_W1, XOR_B1, np.ones((3, 1)), XOR_B2),        # 모양이 맞지 않음
        ("W1", "b1", "W2", "b2"),
        (None, None, None, None),
    ]),
    (checks.check_mlp_param_count, (266610, True), [
        (266200, True), ("266610", True), (266610.5, True), (None, True), (True, True),
        (266610,), (266610, False), (266610, "예"), (266610, 1), (266610, None),
        (np.array([266610, 1]), True), (np.zeros((2, 2)), True), (np.array([]), True),
        (tf.constant([266610, 1]), True), ([266610, 1], True), ({"n": 266610}, True),
        (np.array(["266610"]), True), (266610, np.array([True, True])),
    ]),
    (checks.check_tanh_backward, (tanh_gradients,), [
        (sigmoid_derivative_by_mistake,), (without_mean,), (swapped_keys,), (raises,),
        ("tanh",), (None,), (lambda params, X, y: None,),
    ]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


def test_other_working_xor_networks_are_accepted(capsys):
    assert checks.check_xor_weights(*OR_NAND_AND) is True
    W1, b1, W2, b2 = OR_NAND_AND
    assert checks.check_xor_weights(W1.tolist(), b1.tolist(), W2[:, 0].tolist(), -1.5) is True


def test_param_count_hint_for_forgotten_biases(capsys):
    assert checks.check_mlp_param_count(784 * 300 + 300 * 100 + 100 * 10, True) is False
    assert "편향" in capsys.readouterr().out


def test_param_count_accepts_size_one_arrays_and_tensors():
    for n in (np.array(266610), np.array([266610]), np.int64(266610), 266610.0,
              tf.constant(266610)):
        assert checks.check_mlp_param_count(n, True) is True, n
    assert checks.check_mlp_param_count(266610, np.True_) is True


@pytest.mark.parametrize("args,words", [
    ((266610,), "True나 False"),
    ((266610, False), "은닉층이 몇 개"),
    ((266610, "예"), "True나 False"),
    ((np.array([266610, 1]), True), "정수 하나"),
])
def test_param_count_deep_part_is_checked(args, words, capsys):
    """연습 2는 '심층 신경망인가요?'도 묻습니다: 그 답도 점검합니다."""
    assert checks.check_mlp_param_count(*args) is False
    assert words in capsys.readouterr().out


def test_param_count_expected_value():
    assert (784 + 1) * 300 + (300 + 1) * 100 + (100 + 1) * 10 == 266610


def test_xor_check_uses_the_course_step_convention():
    """경계가 입력 점을 정확히 지나는(z = 0) 가중치: 약속(z ≥ 0이면 1)으로는 XOR입니다."""
    from utils.numpy_nn import step_function

    W1, b1 = np.array([[1.0, -1.0], [-1.0, 1.0]]), np.array([-1.0, -1.0])
    W2, b2 = np.array([[1.0], [1.0]]), np.array([-1.0])
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    out = step_function(step_function(X @ W1 + b1) @ W2 + b2).ravel()
    np.testing.assert_array_equal(out, [0, 1, 1, 0])
    assert checks.check_xor_weights(W1, b1, W2, b2) is True
    # 사이토의 x > 0이라면 z = 0인 곳이 모두 0이 되어 XOR이 아닙니다.
    saito = (((X @ W1 + b1) > 0).astype(float) @ W2 + b2 > 0).astype(int).ravel()
    assert saito.tolist() == [0, 0, 0, 0]
