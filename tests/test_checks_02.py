"""02번 노트북(층) 연습 문제 점검: 모범 답은 통과, 틀린 답은 힌트와 함께 떨어지는지."""

from __future__ import annotations

import numpy as np
import pytest

import utils  # noqa: F401  (텐서플로 로그 환경 변수를 먼저 정합니다)
from utils import checks

keras = pytest.importorskip("keras")


def lstm_model():
    return keras.Sequential([keras.Input(shape=(28, 28)), keras.layers.LSTM(4),
                             keras.layers.Dense(10)], name="good")


def broken_dense_model():  # LSTM 없이 Flatten → Dense(10): 모양은 맞지만 시퀀스를 읽지 않음
    return keras.Sequential([keras.Input(shape=(28, 28)), keras.layers.Flatten(),
                             keras.layers.Dense(10)], name="no_lstm")


def wrong_output_model():
    return keras.Sequential([keras.Input(shape=(28, 28)), keras.layers.LSTM(4),
                             keras.layers.Dense(3)], name="three_scores")


def wrong_input_model():
    return keras.Sequential([keras.Input(shape=(784,)), keras.layers.Dense(10)], name="vectors")


# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_dense_weight_shapes, ((100, 64), (64,)),
     [((64, 100), (64,)), ((100, 64), (100,)), ((100, 64), 64), ("(100, 64)", "(64,)"),
      (None, None), ((100.5, 64), (64,))]),
    (checks.check_rank_layer_shapes, ((32, 20), (16, 30, 30, 10)),
     [((32, 50, 20), (16, 30, 30, 10)), ((32, 20), (16, 32, 32, 10)), ((20,), (30, 30, 10)),
      ("(32, 20)", (16, 30, 30, 10)), (None, None)]),
    (checks.check_fixed_stack, (lstm_model(),),
     [(broken_dense_model(),), (wrong_output_model(),), (wrong_input_model(),), ("model",),
      (None,), (keras.layers.LSTM(4),)]),
    (checks.check_weightless_layers, (["Flatten", "Dropout", "MaxPooling2D"],),
     [(["Flatten", "Dropout"],), (["Flatten", "Dropout", "MaxPooling2D", "Dense"],), ("Flatten",),
      ([keras.layers.Flatten],), (None,), ([],)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


def test_shapes_accept_lists_numpy_ints_and_none_batch(capsys):
    assert checks.check_dense_weight_shapes([100, 64], np.array([64])) is True
    assert checks.check_rank_layer_shapes((np.int64(32), 20), [16, 30, 30, 10]) is True


def test_weightless_layers_ignore_order_and_case(capsys):
    assert checks.check_weightless_layers(("maxpooling2d", "FLATTEN", "Dropout")) is True
