"""10번 노트북의 연습 문제 점검: 모범 답은 통과, 알려진 실수는 그 실수에 맞춘 힌트."""

from __future__ import annotations

import numpy as np
import pytest
import tensorflow as tf
from sources import wrong as hint

from utils.exercises.ex10 import q1, q2, q3

AND_NOT = (np.array([[1.0, -1.0], [-1.0, 1.0]]), np.array([-0.5, -0.5]))
OR = (np.array([[1.0], [1.0]]), np.array([-0.5]))
OR_NAND_AND = (np.array([[1.0, -1.0], [1.0, -1.0]]), np.array([-0.5, 1.5]),
               np.array([[1.0], [1.0]]), np.array([-1.5]))
# 경계가 입력 점을 정확히 지나는(z = 0) 가중치: 과정의 약속(z ≥ 0이면 1)으로는 XOR이고,
# 사이토의 x > 0으로는 모든 출력이 0입니다.
ON_THE_LINE = (np.array([[1.0, -1.0], [-1.0, 1.0]]), np.array([-1.0, -1.0]),
               np.array([[1.0], [1.0]]), np.array([-1.0]))


@pytest.mark.parametrize("weights", [
    AND_NOT + OR, OR_NAND_AND, ON_THE_LINE,
    (OR_NAND_AND[0].tolist(), OR_NAND_AND[1].tolist(), OR_NAND_AND[2][:, 0].tolist(), -1.5),
    tuple(tf.constant(w) for w in AND_NOT + OR),
], ids=["and_not", "or_nand_and", "on_the_line", "lists", "tensors"])
def test_xor_solutions_pass(weights):
    assert q1.check(*weights) is True


@pytest.mark.parametrize("weights,words", [
    (AND_NOT + (OR[0], np.array([-1.5])), "[0, 0, 0, 0]"),        # 출력 뉴런이 AND
    ((np.eye(2), np.full(2, -0.5)) + OR, "[0, 1, 1, 1]"),          # 은닉층이 입력을 그대로: OR
    (AND_NOT + (np.ones((3, 1)), OR[1]), "W1 (2, 2)"),              # 모양이 맞지 않음
    (("W1", "b1", "W2", "b2"), "W1 (2, 2)"),
    ((None, None, None, None), "W1 (2, 2)"),
])
def test_xor_mistakes(weights, words, capsys):
    assert words in hint(q1, *weights, capsys=capsys)


N_PARAMS = (784 + 1) * 300 + (300 + 1) * 100 + (100 + 1) * 10  # = 266,610, 손으로 센 값


def test_param_count_literal():
    assert N_PARAMS == 266610


@pytest.mark.parametrize("n,deep", [(266610, True), (np.array(266610), True),
                                    (np.array([266610]), np.True_), (tf.constant(266610), True),
                                    (266610.0, True), (np.int64(266610), True)])
def test_param_count_solutions_pass(n, deep):
    assert q2.check(n, deep) is True


@pytest.mark.parametrize("answer,words", [
    ((784 * 300 + 300 * 100 + 100 * 10, True), "가중치만"),
    ((266610.5, True), "(입력 수 + 1)"),
    ((266610, False), "은닉층이 둘 이상"),
    ((266610, "예"), "True나 False"),
    ((266610, 1), "True나 False"),
    (("266610", True), "숫자 하나"),
    ((np.array([266610, 1]), True), "숫자 하나"),
    ((None, True), "아직 답이 None"),
    ((266610,), "답을 2개"),
])
def test_param_count_mistakes(answer, words, capsys):
    assert words in hint(q2, *answer, capsys=capsys)


def _softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def tanh_gradients(params, X, y, derivative=lambda A1: 1 - A1**2, mean=True):
    """모범 답(derivative, mean을 바꾸면 흔한 실수)."""
    A1 = np.tanh(X @ params["W1"] + params["b1"])
    dZ2 = _softmax(A1 @ params["W2"] + params["b2"])
    dZ2[np.arange(len(X)), y] -= 1
    dZ2 /= len(X) if mean else 1
    dZ1 = (dZ2 @ params["W2"].T) * derivative(A1)
    return {"W1": X.T @ dZ1, "b1": dZ1.sum(axis=0), "W2": A1.T @ dZ2, "b2": dZ2.sum(axis=0)}


def test_tanh_backward_solution_passes():
    assert q3.check(tanh_gradients) is True


def _raises(params, X, y):
    raise RuntimeError("아직 못 만들었어요")


@pytest.mark.parametrize("answer,words", [
    (lambda p, X, y: tanh_gradients(p, X, y, derivative=lambda A1: A1 * (1 - A1)),
     "출력층은 맞았어요"),
    (lambda p, X, y: tanh_gradients(p, X, y, mean=False), "/ n"),
    (lambda p, X, y: dict(zip(["W2", "b2", "W1", "b1"], tanh_gradients(p, X, y).values())),
     "키와 모양"),
    (lambda p, X, y: None, "키와 모양"),
    (_raises, "RuntimeError"),
    ("tanh", "TypeError"),
])
def test_tanh_backward_mistakes(answer, words, capsys):
    assert words in hint(q3, answer, capsys=capsys)
