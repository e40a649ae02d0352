"""11번 노트북의 연습 문제 점검: 모범 답은 통과, 알려진 실수는 그 실수에 맞춘 힌트.

q2, q3의 정답은 점검 모듈이 저장소의 MNIST와 가중치로 처음 쓸 때 계산합니다(임포트할 때가 아님).
여기의 기댓값은 그와 따로, 11번 노트북을 실행해 얻은 값을 적어 둔 것입니다.
"""

from __future__ import annotations

import numpy as np
import pytest
import tensorflow as tf
from sources import wrong as hint

from utils.exercises.ex11 import q1, q2, q3


@pytest.mark.parametrize("answer", [
    [(32, 50), (32, 100), (32, 10)], ((32, 50), (32, 100), (32, 10)),
    [[32, 50], np.array([32, 100]), (np.int64(32), 10)],
    [tf.TensorShape([32, 50]), (32, 100), (32, 10)],
])
def test_layer_shapes_solutions_pass(answer):
    assert q1.check(answer) is True


@pytest.mark.parametrize("answer,words", [
    ([(32, 784), (32, 50), (32, 100)], "입력 모양"),
    ([(50,), (100,), (10,)], "배치 축"),
    ([(32, 50), (32, 100)], "모양 세 개"),
    (np.array(784), "모양 세 개"),          # 예전 점검은 TypeError를 냈습니다 (이슈 12)
    (np.array(5), "모양 세 개"),
    (tf.constant(3), "모양 세 개"),
    ("(32, 50), (32, 100), (32, 10)", "모양 세 개"),
    ([(32, 50), (32, 100), (32, float("inf"))], "모양 세 개"),
])
def test_layer_shapes_mistakes(answer, words, capsys):
    assert words in hint(q1, answer, capsys=capsys)


# 숫자별 정확도(정답이 d인 이미지 가운데 맞힌 비율)는 5가 0.8890으로 가장 낮고 0이 0.9816으로 가장
# 높습니다. 예측이 d인 이미지 가운데 맞힌 비율(정밀도)로는 8이 가장 낮습니다.
@pytest.mark.parametrize("answer", [5, np.int64(5), np.array(5), np.array([5]), 5.0,
                                    tf.constant(5)])
def test_hardest_digit_solutions_pass(answer):
    assert q2.check(answer) is True


@pytest.mark.parametrize("answer,words", [
    (0, "가장 높은"),
    (8, "정답이 d인 이미지"),
    (3, "np.mean(pred[y_test == d] == d)"),
    (np.arange(10) / 10, "숫자 하나"),
    ("5", "숫자 하나"),
    (True, "숫자 하나"),
])
def test_hardest_digit_mistakes(answer, words, capsys):
    assert words in hint(q2, answer, capsys=capsys)


UNNORMALIZED_ACCURACY, NORMALIZED_ACCURACY = 0.9207, 0.9352  # 노트북의 실행 결과 (책: 0.9352)


@pytest.mark.parametrize("answer", [UNNORMALIZED_ACCURACY, np.float64(0.92068), np.array([0.9207])])
def test_unnormalized_accuracy_solutions_pass(answer):
    assert q3.check(answer) is True


@pytest.mark.parametrize("answer,words", [
    (NORMALIZED_ACCURACY, "정규화한 입력의 정확도"),
    (100 * UNNORMALIZED_ACCURACY, "백분율"),
    (0.5, "x_test_raw를 펼치고"),
    ("0.92", "숫자 하나"),
    ([0.92, 0.93], "숫자 하나"),
])
def test_unnormalized_accuracy_mistakes(answer, words, capsys):
    assert words in hint(q3, answer, capsys=capsys)
