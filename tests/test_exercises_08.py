"""08번 노트북의 연습 문제 점검: 모범 답은 통과, 알려진 실수는 그 실수에 맞춘 힌트."""

from __future__ import annotations

import keras
import numpy as np
import pytest
import tensorflow as tf
from sources import wrong as hint

from utils.exercises.ex08 import q1, q2, q3, q4
from utils.numpy_nn import sigmoid, sigmoid_grad


def my_softmax(a):  # 모범 답 (점검 모듈과 따로 씁니다)
    e = np.exp(a - np.max(a, axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def test_softmax_solution_passes():
    assert q1.check(my_softmax) is True


@pytest.mark.parametrize("answer,words", [
    (lambda a: np.exp(a) / np.exp(a).sum(axis=-1, keepdims=True), ["1010", "nan"]),  # 순진한 구현
    (lambda a: np.exp(a - a.max()) / np.exp(a - a.max()).sum(), ["800", "axis=-1"]),  # 1차원만 생각
    (sigmoid, ["최댓값을 빼고"]),
    ("softmax", ["괄호 없이"]),
    (my_softmax(np.array([1.0, 2.0])), ["괄호 없이"]),                  # 함수를 불러 버림
    (lambda a: 1 / 0, ["ZeroDivisionError"]),
    (lambda a: None, ["None"]),
], ids=["naive", "book_1d", "sigmoid", "string", "called", "raises", "returns_none"])
def test_softmax_mistakes(answer, words, capsys):
    out = hint(q1, answer, capsys=capsys)
    assert all(w in out for w in words), out


@pytest.mark.parametrize("fn", [lambda z: 1 - np.tanh(z) ** 2, lambda z: 4 * sigmoid_grad(2 * z)])
def test_tanh_grad_solutions_pass(fn):
    assert q2.check(fn) is True


@pytest.mark.parametrize("answer,words", [
    (lambda z: 2 * sigmoid_grad(2 * z), "×2"),
    (sigmoid_grad, "σ'(z) 그대로"),
    (np.tanh, "2σ(2z) - 1을 z로 미분"),
    ("tanh", "괄호 없이"),
    (lambda z: "1", "모양 (5,)"),
])
def test_tanh_grad_mistakes(answer, words, capsys):
    assert words in hint(q2, answer, capsys=capsys)


@pytest.mark.parametrize("answer", [
    [(None, 1), ("sigmoid", 3), ("softmax", 10)],
    [("linear", 1), ("Sigmoid", 3), ("softmax", 10.0)],
    ((None, 1), (keras.activations.sigmoid, 3), (keras.activations.softmax, np.int64(10))),
])
def test_output_layers_solutions_pass(answer):
    assert q3.check(answer) is True


@pytest.mark.parametrize("answer,words", [
    ([("relu", 1), ("sigmoid", 3), ("softmax", 10)], "항등 함수"),
    ([("linear", 1), ("softmax", 3), ("softmax", 10)], "'sigmoid'"),
    ([("linear", 1), ("sigmoid", 3), ("sigmoid", 10)], "'softmax'"),
    ([("linear", 1), ("sigmoid", 1), ("softmax", 10)], "뉴런 수"),
    ([("linear", "1"), ("sigmoid", 3), ("softmax", 10)], "뉴런 수"),
    ([("linear", 1), ("sigmoid", 3)], "쌍 세 개"),
    ("softmax", "쌍 세 개"),
    (None, "쌍 세 개"),
])
def test_output_layers_mistakes(answer, words, capsys):
    assert words in hint(q3, answer, capsys=capsys)


# 손으로 계산한 정답: W1 @ W2 = [[1·2 + 2·1], [0·2 + 1·1]] = [[4], [1]], b1 @ W2 + b2 = 2 - 1 + 0.5
W, B = np.array([[4.0], [1.0]]), 1.5


@pytest.mark.parametrize("W,b", [(W, B), (W.ravel(), [B]), (W.tolist(), np.array([[B]])),
                                 (tf.constant(W), tf.constant([B])), (W, np.float32(B))])
def test_collapsed_layer_solutions_pass(W, b):
    assert q4.check(W, b) is True


@pytest.mark.parametrize("W,b,words", [
    (W, 0.5, "b1도 W2를"),                                      # b2만
    (W, [1.5, -0.5], "값 하나"),                                # b1 + b2
    (W.T, B, "W = W1 @ W2"),                                    # (1, 2) 모양
    (np.array([[1.0, 2.0], [0.0, 1.0]]), B, "W = W1 @ W2"),     # W1 그대로
    ("W", "b", "W = W1 @ W2"),
    (W, None, "아직 답이 None"),
    (W, True, "b1도 W2를"),
])
def test_collapsed_layer_mistakes(W, b, words, capsys):
    assert words in hint(q4, W, b, capsys=capsys)
