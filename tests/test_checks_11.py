"""11번 노트북의 연습 문제 자가 점검: 모범 답은 통과하고, 틀린 답은 힌트와 함께 떨어지는지."""

from __future__ import annotations

import keras
import numpy as np
import pytest
import tensorflow as tf

from utils import checks
from utils.data import load_mnist, load_sample_weights
from utils.numpy_nn import sigmoid


def sample_network_predictions(normalize: bool) -> tuple[np.ndarray, np.ndarray]:
    """노트북의 predict와 같은 계산: 테스트 세트의 예측 클래스와 정답."""
    (_, _), (x, t) = load_mnist(normalize=normalize)
    w = load_sample_weights()
    x = x.astype(np.float32)
    z1 = sigmoid(x @ w["W1"] + w["b1"])
    z2 = sigmoid(z1 @ w["W2"] + w["b2"])
    return (z2 @ w["W3"] + w["b3"]).argmax(axis=1), t


PRED, T = sample_network_predictions(normalize=True)
PRED_255, _ = sample_network_predictions(normalize=False)
DIGIT_ACCURACY = np.array([np.mean(PRED[T == d] == d) for d in range(10)])
UNNORMALIZED_ACCURACY = float(np.mean(PRED_255 == T))


def test_stored_constants_match_a_fresh_computation():
    assert np.mean(PRED == T) == 0.9352
    np.testing.assert_allclose(checks.SAMPLE_NET_DIGIT_ACCURACY, DIGIT_ACCURACY, atol=5e-5)
    assert checks.SAMPLE_NET_UNNORMALIZED_ACCURACY == pytest.approx(UNNORMALIZED_ACCURACY,
                                                                     abs=5e-5)


# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_layer_shapes, ([(32, 50), (32, 100), (32, 10)],), [
        ([(32, 784), (32, 50), (32, 100)],), ([(50,), (100,), (10,)],),
        ([(32, 50), (32, 100)],), ("(32, 50), (32, 100), (32, 10)",), (None,), (32,),
        ([(32, 50), (32, 100), (32, float("inf"))],),
        # __len__이 있어도 훑을 수 없는 0차원 배열과 스칼라 텐서 (예전에는 TypeError)
        (np.array(5),), ([np.array(32), np.array(50), np.array(10)],),
        ([tf.constant(32), tf.constant(50), tf.constant(10)],), (tf.constant(3),),
        ({"a": 1, "b": 2, "c": 3},), (np.zeros((3, 2)),), (print,), (keras.layers.Dense(2),),
    ]),
    (checks.check_hardest_digit, (int(np.argmin(DIGIT_ACCURACY)),),
     [(8,), ("5",), (5.5,), (None,), (True,), ([5],), (np.array(8),), (tf.constant(8),),
      (np.array([5, 3]),), (np.array(5.5),), (np.array("5"),), (np.array(True),),
      (tf.constant("5"),), (tf.constant([5, 3]),), ({"digit": 5},), (print,)]),
    (checks.check_unnormalized_accuracy, (UNNORMALIZED_ACCURACY,), [
        (0.9352,), (92.07,), ("0.92",), (None,), (0.5,), (np.zeros((2, 2)),), ([0.9207],),
    ]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


def test_layer_shapes_accepts_lists_and_numpy_ints(capsys):
    assert checks.check_layer_shapes([[32, 50], np.array([32, 100]), (np.int64(32), 10)]) is True


def test_hardest_digit_accepts_numpy_int_and_is_lowest_accuracy(capsys):
    assert checks.check_hardest_digit(np.int64(5)) is True
    assert "0.889" in capsys.readouterr().out


@pytest.mark.parametrize("answer", [np.array(5), np.array([5]), np.float64(5.0), tf.constant(5),
                                    tf.constant([5], dtype=tf.int64), np.argmin(DIGIT_ACCURACY)])
def test_hardest_digit_accepts_numeric_0d_and_size1_arrays(answer, capsys):
    assert checks.check_hardest_digit(answer) is True


def test_hardest_digit_hint_for_whole_array(capsys):
    assert checks.check_hardest_digit(np.array(DIGIT_ACCURACY)) is False
    assert "np.argmin" in capsys.readouterr().out


def test_unnormalized_accuracy_hint_for_normalized_value(capsys):
    assert checks.check_unnormalized_accuracy(0.9352) is False
    assert "255로 나누지 않은" in capsys.readouterr().out


def test_hardest_digit_hint_uses_the_notebook_names(capsys):
    assert checks.check_hardest_digit(8) is False
    out = capsys.readouterr().out
    assert "y_test == d" in out and "t == d" not in out.replace("y_test == d", "")
