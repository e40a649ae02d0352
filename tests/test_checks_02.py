"""02번 노트북(층) 연습 문제 점검: 모범 답은 통과, 틀린 답은 힌트와 함께 떨어지는지."""

from __future__ import annotations

import numpy as np
import pytest

import utils  # noqa: F401  (텐서플로 로그 환경 변수를 먼저 정합니다)
from utils import checks

keras = pytest.importorskip("keras")


def conv_model():  # 모범 답: 4D 이미지 → Conv2D → Flatten → Dense(10)
    return keras.Sequential([keras.Input(shape=(28, 28, 1)), keras.layers.Conv2D(8, 3),
                             keras.layers.Flatten(), keras.layers.Dense(10)], name="good")


def conv_pooling_model():  # Flatten 대신 전역 풀링으로 4D → 2D: 이것도 맞는 답
    return keras.Sequential([keras.Input(shape=(28, 28, 1)), keras.layers.Conv2D(8, 3),
                             keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(10)])


def conv_without_flatten():  # Dense가 마지막 축에만 적용되어 (샘플, 26, 26, 10)
    return keras.Sequential([keras.Input(shape=(28, 28, 1)), keras.layers.Conv2D(8, 3),
                             keras.layers.Dense(10)], name="still_4d")


def no_conv_model():  # Flatten → Dense(10): 모양은 맞지만 Conv2D가 없음
    return keras.Sequential([keras.Input(shape=(28, 28, 1)), keras.layers.Flatten(),
                             keras.layers.Dense(10)], name="no_conv")


def lstm_worked_example():  # 8절의 풀이(LSTM)를 그대로 낸 경우 (케라스가 끝의 1 축을 떼어 받아 줌)
    return keras.Sequential([keras.Input(shape=(28, 28)), keras.layers.LSTM(4),
                             keras.layers.Dense(10)], name="lstm")


def wrong_output_model():
    return keras.Sequential([keras.Input(shape=(28, 28, 1)), keras.layers.Conv2D(8, 3),
                             keras.layers.Flatten(), keras.layers.Dense(3)], name="three_values")


def vector_input_model():  # 784개 특성의 벡터를 받는 모델
    return keras.Sequential([keras.Input(shape=(784,)), keras.layers.Dense(10)], name="vectors")


def conv_without_dense():  # Flatten까지만: (샘플, 5408)
    return keras.Sequential([keras.Input(shape=(28, 28, 1)), keras.layers.Conv2D(8, 3),
                             keras.layers.Flatten()], name="no_dense")


def raising_model():  # 호출하면 오류를 내는 하위 클래스 모델
    class Broken(keras.Model):
        def call(self, inputs):
            raise RuntimeError("broken")

    return Broken()


# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_dense_weight_shapes, ((100, 64), (64,)),
     [((64, 100), (64,)), ((100, 64), (100,)), ((100, 64), 64), ("(100, 64)", "(64,)"),
      (None, None), ((100.5, 64), (64,))]),
    (checks.check_rank_layer_shapes, ((32, 20), (16, 30, 30, 10)),
     [((32, 50, 20), (16, 30, 30, 10)), ((32, 20), (16, 32, 32, 10)), ((20,), (30, 30, 10)),
      ("(32, 20)", (16, 30, 30, 10)), (None, None), ((None, 20), (None, 30, 30, 10)),
      ((float("inf"), 20), (16, 30, 30, 10)), ((32.0, 20), (16, 30, 30, float("nan")))]),
    (checks.check_conv_stack, (conv_model(),),
     [(conv_without_flatten(),), (no_conv_model(),), (lstm_worked_example(),),
      (wrong_output_model(),), (vector_input_model(),), (conv_without_dense(),),
      (raising_model(),), (keras.Sequential(),), ("model",), (None,), (42,),
      (keras.layers.Conv2D(8, 3),), (keras.Sequential,), (conv_model,)]),
    (checks.check_weightless_layers, (["Flatten", "Dropout", "MaxPooling2D"],),
     [(["Flatten", "Dropout"],), (["Flatten", "Dropout", "MaxPooling2D", "Dense"],), ("Flatten",),
      ([keras.layers.Flatten],), (None,), ([],), (["Flaten", "Dropout", "MaxPooling2D"],),
      (["Flatten", "Dropout", "MaxPooling2D", "Convolution2D"],)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


def test_shapes_accept_lists_numpy_ints_and_none_batch(capsys):
    assert checks.check_dense_weight_shapes([100, 64], np.array([64])) is True
    assert checks.check_rank_layer_shapes((np.int64(32), 20), [16, 30, 30, 10]) is True


def test_weightless_layers_ignore_order_and_case(capsys):
    assert checks.check_weightless_layers(("maxpooling2d", "FLATTEN", "Dropout")) is True


def test_weightless_layers_accept_keras_aliases(capsys):
    assert keras.layers.MaxPool2D is keras.layers.MaxPooling2D  # 케라스에서 같은 클래스
    assert checks.check_weightless_layers(["MaxPool2D", "Flatten", "Dropout"]) is True
    assert checks.check_weightless_layers(["keras.layers.MaxPool2D", "layers.Flatten",
                                           "Dropout()"]) is True


@pytest.mark.parametrize("answer,phrase,not_phrase", [
    (["MaxPool2D", "Flatten", "Dropout", "Conv2D"], "['Conv2D']에는 학습되는 가중치", "MaxPool2D"),
    (["Flaten", "Dropout", "MaxPooling2D"], "['Flaten']은(는) 보기의 층 이름이 아니에요",
     "가중치가 있어요"),
])
def test_weightless_layers_hints_are_specific(answer, phrase, not_phrase, capsys):
    assert checks.check_weightless_layers(answer) is False
    out = capsys.readouterr().out
    assert phrase in out and not_phrase not in out


def test_rank_shapes_with_none_batch_get_a_specific_hint(capsys):
    assert checks.check_rank_layer_shapes((None, 20), (None, 30, 30, 10)) is False
    assert "None 자리에 실제 샘플 수" in capsys.readouterr().out


class _BadIterable:
    def __iter__(self):
        raise ValueError("broken iterator")


def _raises() -> None:
    raise RuntimeError("learner code")


def odd_inputs() -> list:
    tf = pytest.importorskip("tensorflow")
    return [0, 1.5, float("nan"), True, "", "Flatten", None, [], [None], (1, 2), {}, {"a": 1},
            np.array(3), np.zeros(()), np.zeros((0,)), np.zeros((2, 3)), tf.constant([32, 20]),
            tf.zeros((2, 2)), tf.TensorShape([None, 20]), keras.layers.Dense(2), keras.Sequential(),
            conv_model(), _BadIterable(), _raises, object()]


def test_layer_checks_never_raise(capsys):
    values = odd_inputs()
    for value in values:
        assert checks.check_dense_weight_shapes(value, value) is False
        assert checks.check_rank_layer_shapes(value, value) is False
        assert checks.check_rank_layer_shapes((32, 20), value) is False
        assert checks.check_weightless_layers(value) is False
        assert checks.check_weightless_layers([value, "Flatten"]) is False
        if value is not values[-4]:  # conv_model()은 모범 답
            assert checks.check_conv_stack(value) is False
    out = capsys.readouterr().out
    assert out.count("힌트: ") == 6 * len(values) - 1 and "힌트: \n" not in out


def test_conv_stack_accepts_other_ways_to_reach_2d(capsys):
    assert checks.check_conv_stack(conv_pooling_model()) is True


@pytest.mark.parametrize("model,phrase", [
    (conv_without_flatten(), "Flatten"), (no_conv_model(), "Conv2D("),
    (lstm_worked_example(), "Conv2D("), (vector_input_model(), "(28, 28, 1)"),
    (wrong_output_model(), "Dense(10)"),
])
def test_conv_stack_hints_name_the_specific_mistake(model, phrase, capsys):
    assert checks.check_conv_stack(model) is False
    assert phrase in capsys.readouterr().out
