"""09번 노트북의 연습 문제 점검: 모범 답은 통과, 알려진 실수는 그 실수에 맞춘 힌트."""

from __future__ import annotations

import numpy as np
import pytest
import tensorflow as tf
from sources import wrong as hint

from utils.exercises.ex09 import q1, q2, q3, q4


def mp_neuron(excitatory, inhibitory=(), threshold=2):
    return 0 if any(inhibitory) else int(sum(excitatory) >= threshold)


@pytest.mark.parametrize("nand", [
    lambda a, b: mp_neuron([1, 1], inhibitory=[mp_neuron([a, b])]),
    lambda a, b: not (a and b),
    lambda a, b: np.int64(1 - a * b),
])
def test_nand_solutions_pass(nand):
    assert q1.check(nand) is True


@pytest.mark.parametrize("answer,words", [
    (lambda a, b: mp_neuron([a, b]), "AND의 반대"),                 # NOT을 빠뜨림
    (lambda a, b: mp_neuron([a, a, b, b]), "[0.0, 1.0, 1.0, 1.0]"),  # OR
    (lambda a, b: 1 / 0, "ZeroDivisionError"),
    (lambda a: 1, "TypeError"),
    (lambda a, b: "1", "None"),
])
def test_nand_mistakes(answer, words, capsys):
    assert words in hint(q1, answer, capsys=capsys)


# 손으로: z = 0.5·1 - 1.0·2.0 + 0.2·0.5 = -1.4 < 0 → ŷ = 0, y = 1 → w + 0.1·(1 - 0)·x
NEW_W = [0.6, -0.8, 0.25]


@pytest.mark.parametrize("answer", [NEW_W, np.array(NEW_W), tuple(NEW_W), tf.constant(NEW_W)])
def test_update_solution_passes(answer):
    assert q2.check(answer) is True


@pytest.mark.parametrize("answer,words", [
    ([0.5, -1.0, 0.2], "그대로"),
    ([0.4, -1.2, 0.15], "부호가 반대"),
    ([1.5, 1.0, 0.7], "학습률"),
    ([0.6, -0.8], "길이 3"),
    ("w", "길이 3"),
    (None, "아직 답이 None"),
])
def test_update_mistakes(answer, words, capsys):
    assert words in hint(q2, answer, capsys=capsys)


@pytest.mark.parametrize("answer", [
    {"AND", "OR", "NAND"}, ["and", "Or", "nand"], np.array(["AND", "OR", "NAND"]),
    {"AND": 0, "OR": 0, "NAND": 0}.keys(), (g for g in ["AND", "OR", "NAND"]),
])
def test_gates_solutions_pass(answer):
    assert q3.check(answer) is True


@pytest.mark.parametrize("answer,words", [
    ({"AND", "OR", "NAND", "XOR"}, "XOR은 직선 하나로"),
    ({"AND", "OR"}, "n_epochs=30"),
    ("AND OR NAND", "이름을 {'AND', …}처럼"),
    (["AND", "OR", "NAND", 1], "n_epochs=30"),
    (5, "TypeError"),
])
def test_gates_mistakes(answer, words, capsys):
    assert words in hint(q3, answer, capsys=capsys)


# 7절의 출력 coef_ = [[-1.4, -2.2]], intercept_ = [4.0]에서 손으로: -1.4·x₁ - 2.2·x₂ + 4 = 0
# → x₂ = -(7/11)·x₁ + 20/11. (점검 모듈은 Perceptron을 다시 훈련해 구하고, 여기서는 따로 둡니다.)
SLOPE, INTERCEPT = -7 / 11, 20 / 11


@pytest.mark.parametrize("slope,intercept", [
    (SLOPE, INTERCEPT), (np.float64(SLOPE), np.array([INTERCEPT])), (-0.6364, 1.8182),
    (tf.constant(SLOPE), tf.constant([INTERCEPT])),
])
def test_boundary_solutions_pass(slope, intercept):
    assert q4.check(slope, intercept) is True


@pytest.mark.parametrize("slope,intercept,words", [
    (INTERCEPT, SLOPE, "순서"),
    (SLOPE, -INTERCEPT, "절편의 부호"),
    (-SLOPE, INTERCEPT, "기울기의 부호"),
    (1 / SLOPE, INTERCEPT, "-w₁/w₂"),
    (-0.64, 1.82, "반올림하지 않은"),
    (np.array([SLOPE, 1.0]), INTERCEPT, "숫자 하나"),
    ("a", INTERCEPT, "숫자 하나"),
    (True, INTERCEPT, "숫자 하나"),
])
def test_boundary_mistakes(slope, intercept, words, capsys):
    assert words in hint(q4, slope, intercept, capsys=capsys)
