"""06번 노트북(옵티마이저) 연습 문제: 정답은 통과, 알려진 실수와 잘못된 종류는 맞는 힌트."""

from __future__ import annotations

import numpy as np
import pytest
from sources import wrong

from utils.env import import_tensorflow
from utils.exercises.ex06 import q1, q2, q3

tf = import_tensorflow()
import keras  # noqa: E402

# 손으로 푼 값. f(w) = 0.02·w₁² + w₂², 그레이디언트 (0.04·w₁, 2·w₂), 출발점 (4, -1)
ONE_STEP = [4 - 0.3 * 0.16, -1 + 0.3 * 2.0]                  # (3.952, -0.4)
# 모멘텀 0.9, 학습률 0.1: v₁ = (-0.016, 0.2), w₁ = (3.984, -0.8); g₂ = (0.15936, -1.6),
# v₂ = 0.9·v₁ - 0.1·g₂ = (-0.030336, 0.34), w₂ = (3.953664, -0.46)
TWO_STEPS = [3.953664, -0.46]



def keras_steps(steps: int, **sgd) -> np.ndarray:
    """케라스 SGD로 실제로 간 가중치 (노트북의 풀이와 같은 계산)."""
    w = tf.Variable([4.0, -1.0])
    optimizer = keras.optimizers.SGD(**sgd)
    for _ in range(steps):
        with tf.GradientTape() as tape:
            loss = 0.02 * w[0] ** 2 + w[1] ** 2
        optimizer.apply_gradients([(tape.gradient(loss, w), w)])
    return w.numpy()


def test_hand_values_match_keras():
    assert np.allclose(keras_steps(1, learning_rate=0.3), ONE_STEP, atol=1e-6)
    assert np.allclose(keras_steps(2, learning_rate=0.1, momentum=0.9), TWO_STEPS, atol=1e-6)


def test_solutions_pass(capsys):
    for answer in (ONE_STEP, np.array(ONE_STEP), tf.constant(ONE_STEP),
                   keras_steps(1, learning_rate=0.3)):
        assert q1.check(answer)
    assert q2.check(TWO_STEPS) and q2.check(keras_steps(2, learning_rate=0.1, momentum=0.9))
    # 3 × ceil(12000 / 256) = 3 × 47
    for steps in (141, 141.0, np.int64(141), np.array(141), tf.constant(141)):
        assert q3.check(steps)
    assert capsys.readouterr().out.count("✅") == 11


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    (q1, ([4.048, -1.6],), "그레이디언트를 더했어요"),
    (q1, ([4.0, -1.0],), "w − 0.3·g"),
    (q1, ([3.952],), "길이 2인 배열"),
    (q1, ("3.952, -0.4",), "길이 2인 배열"),
    (q1, (None,), "아직 답이 None"),
    (q1, (lambda w: w,), "길이 2인 배열"),
    (q2, ([3.968064, -0.64],), "모멘텀 없이 두 스텝"),
    (q2, ([3.984, -0.8],), "한 스텝 뒤의 값"),
    (q2, (ONE_STEP,), "두 번 계산하세요"),
    (q2, (np.zeros((2, 3)),), "길이 2인 배열"),
    (q3, (3 * 12000 / 256,), "마지막 미니배치"),
    (q3, (140,), "마지막 미니배치"),
    (q3, (3 * (12000 // 256),), "마지막 미니배치"),
    (q3, (47,), "한 에포크의 스텝 수"),
    (q3, (3,), "math.ceil(12000 / 256)"),
    (q3, ("141",), "숫자 하나"),
    (q3, (True,), "숫자 하나"),
    (q3, ([141, 47],), "숫자 하나"),
])
def test_known_mistakes_get_their_hint(exercise, answer, phrase, capsys):
    assert phrase in wrong(exercise, *answer, capsys=capsys)
