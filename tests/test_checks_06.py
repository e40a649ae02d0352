"""06번 노트북(옵티마이저) 연습 문제 자가 점검."""

from __future__ import annotations

import numpy as np
import pytest

from utils import checks
from utils.env import import_tensorflow

import_tensorflow()
import keras  # noqa: E402

# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_sgd_step, (np.array([3.952, -0.4]),),
     [(np.array([4.048, -1.6]),), (np.array([4.0, -1.0]),), ([3.952],), ("3.952, -0.4",),
      (None,)]),
    # 손으로 푼 값: v₁ = (-0.016, 0.2), w₁ = (3.984, -0.8); g₂ = (0.15936, -1.6),
    # v₂ = 0.9·v₁ - 0.1·g₂ = (-0.030336, 0.34), w₂ = (3.953664, -0.46)
    (checks.check_momentum_steps, (np.array([3.953664, -0.46]),),
     [(np.array([3.968064, -0.64]),),   # 모멘텀 없는 두 스텝
      (np.array([3.984, -0.8]),),       # 한 스텝만
      (np.array([4.0, -1.0]),), ([3.953664],), ("3.95, -0.46",), (None,), (lambda w: w,)]),
    (checks.check_training_steps, (141,),
     [(140,), (140.625,), (47,), (3,), ("141",), (None,), (True,)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


def test_sgd_step_accepts_a_list_and_a_tensor():
    assert checks.check_sgd_step([3.952, -0.4]) is True
    assert checks.check_sgd_step(keras.ops.convert_to_tensor([3.952, -0.4])) is True


def test_momentum_steps_match_keras_sgd_with_momentum():
    """모범 답(손으로 푼 값)이 케라스 SGD(momentum=0.9)로 실제 두 스텝 간 값과 같은지."""
    import tensorflow as tf

    w = tf.Variable([4.0, -1.0])
    optimizer = keras.optimizers.SGD(learning_rate=0.1, momentum=0.9)
    for _ in range(2):
        with tf.GradientTape() as tape:
            loss = 0.02 * w[0] ** 2 + w[1] ** 2
        optimizer.apply_gradients([(tape.gradient(loss, w), w)])
    assert np.allclose(w.numpy(), [3.953664, -0.46], atol=1e-5)
    assert checks.check_momentum_steps(w.numpy()) is True


# ------------------------------------------------ 어떤 입력에도 예외 없이, 힌트와 함께
def _raises() -> None:
    raise RuntimeError("learner code")


class _BadArray:
    """배열로 바꾸려 하면 오류를 내는 객체 (학습자가 만든 이상한 객체 대신)."""

    def __array__(self, *args, **kwargs):
        raise RuntimeError("boom")


ODD = [0, -1, 1.5, float("nan"), True, "", "141", None, [], [141], (3.952, -0.4, 0.0), {},
       {"a": 1}, np.array(140), np.zeros(()), np.zeros((0,)), np.zeros((2, 3)), np.array(True),
       np.array("141"), _raises, object(), _BadArray(), [[1], [1, 2]]]


def test_checks_06_never_raise_and_always_hint(capsys):
    import tensorflow as tf

    values = ODD + [tf.zeros((2,)), tf.constant(140), tf.constant([141]), keras.layers.Dense(1),
                    keras.Sequential()]
    for value in values:
        assert checks.check_sgd_step(value) is False, repr(value)
        assert checks.check_momentum_steps(value) is False, repr(value)
        assert checks.check_training_steps(value) is False, repr(value)
        out = capsys.readouterr().out
        assert out.count("힌트: ") == 3 and "힌트: \n" not in out, repr(value)


def test_training_steps_accepts_0d_arrays_and_scalar_tensors(capsys):
    import tensorflow as tf

    for answer in (np.array(141), np.int64(141), tf.constant(141), 141.0):
        assert checks.check_training_steps(answer) is True, repr(answer)
    checks.check_training_steps([141])
    assert "int(" in capsys.readouterr().out
