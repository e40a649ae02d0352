"""04번 노트북(손실 함수) 연습 문제: 정답은 통과, 알려진 실수와 잘못된 종류는 맞는 힌트."""

from __future__ import annotations

import numpy as np
import pytest
from sources import wrong

from utils.env import import_tensorflow
from utils.exercises.ex04 import q1, q2, q3

import_tensorflow()
import keras  # noqa: E402

LN10 = 2.302585092994046  # -log(0.1) = ln 10



def clipped(z, y_true):  # 04번 풀이 1: 시그모이드 → 자르기 → BCE의 평균
    y_pred = np.clip(1 / (1 + np.exp(-z)), 1e-7, 1 - 1e-7)
    return float(-np.mean(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred)))


def stable(z, y_true):  # 로짓에서 바로: max(z, 0) - z·y + log(1 + e^(-|z|))
    return np.mean(np.maximum(z, 0) - z * y_true + np.log1p(np.exp(-np.abs(z))))


def without_clipping(z, y_true):
    y_pred = 1 / (1 + np.exp(-z))
    return -np.mean(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred))


def no_sigmoid(z, y_true):
    y_pred = np.clip(z, 1e-7, 1 - 1e-7)
    return float(-np.mean(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred)))


def only_positive_term(z, y_true):
    return -np.mean(y_true * np.log(np.clip(1 / (1 + np.exp(-z)), 1e-7, 1 - 1e-7)))


def per_sample(z, y_true):
    y_pred = np.clip(1 / (1 + np.exp(-z)), 1e-7, 1 - 1e-7)
    return -(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred))


def raises(z, y_true):
    raise RuntimeError("학습자 코드의 오류")


def test_solutions_pass(capsys):
    assert q1.check(clipped) and q1.check(stable)
    assert q1.check(lambda z, t: clipped(z.astype("float32"), t.astype("float32")))
    assert q1.check(lambda z, t: keras.losses.BinaryCrossentropy(from_logits=True)(t, z))  # 텐서
    # 타깃 [2, 3, 4, 5, 36]: 평균 10 (MSE), 중앙값 4 (MAE)
    assert q2.check(10.0, 4.0) and q2.check(10, np.float32(4.0))
    assert q2.check(np.array(10.0), keras.ops.convert_to_tensor(4.0))
    for answer in (LN10, 2.30, 2.303, np.float32(np.log(10)), np.array(LN10)):
        assert q3.check(answer)
    assert q3.check(keras.losses.CategoricalCrossentropy()(np.eye(10)[[3]], np.full((1, 10), 0.1)))
    assert capsys.readouterr().out.count("✅") == 13


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    (q1, (lambda z, t: -clipped(z, t),), "마이너스"),
    (q1, (lambda z, t: clipped(z, t) * t.size,), "np.mean으로 평균"),
    (q1, (no_sigmoid,), "먼저 시그모이드"),
    (q1, (only_positive_term,), "타깃이 0인 샘플의 항"),
    (q1, (without_clipping,), "log(0)"),
    (q1, (per_sample,), "모양 ()의 숫자"),
    (q1, (raises,), "RuntimeError"),
    (q1, (lambda z, t: "0.5",), "돌려줘야"),
    (q1, (lambda z: 0.5,), "TypeError"),
    (q1, (clipped(np.zeros(2), np.ones(2)),), "괄호 없이"),   # 함수를 불러 버린 값
    (q1, (None,), "아직 답이 None"),
    (q2, (4.0, 10.0), "바뀌었어요"),
    (q2, (10.0, 10.0), "MSE 쪽은 맞았어요"),
    (q2, (0.0, 0.0), "가장 작은 c"),
    (q2, ("10", "4"), "숫자 하나"),
    (q2, (np.array([10.0, 4.0]), 4.0), "숫자 하나"),
    (q2, (None, 4.0), "아직 답이 None"),
    (q3, (0.1,), "정답에 준 확률이에요"),
    (q3, (-LN10,), "양수"),
    (q3, (1.0,), "밑이 10"),
    (q3, (10 * LN10,), "열 항"),
    (q3, (2.31,), "-log p 하나"),
    (q3, (float("nan"),), "-log p 하나"),
    (q3, ("2.303",), "숫자 하나"),
    (q3, ([LN10, LN10],), "숫자 하나"),
])
def test_known_mistakes_get_their_hint(exercise, answer, phrase, capsys):
    assert phrase in wrong(exercise, *answer, capsys=capsys)


def test_unclipped_answer_shows_the_nan(capsys):
    out = wrong(q1, without_clipping, capsys=capsys)
    assert "nan" in out and "[1e-7, 1 - 1e-7]로 자르고" in out
