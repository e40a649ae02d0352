"""03번 노트북(모델) 연습 문제 점검: 모범 답은 통과, 틀린 답은 힌트와 함께 떨어지는지."""

from __future__ import annotations

import numpy as np
import pytest

import utils  # noqa: F401  (텐서플로 로그 환경 변수를 먼저 정합니다)
from utils import checks

keras = pytest.importorskip("keras")
layers = keras.layers


def seq3():
    return keras.Sequential([keras.Input(shape=(100,)), layers.Dense(64, activation="relu"),
                             layers.Dense(3, activation="softmax")], name="seq3")


def functional(hidden=64, activation="relu", out_activation="softmax", n_in=100):
    inputs = keras.Input(shape=(n_in,))
    x = layers.Dense(hidden, activation=activation)(inputs)
    return keras.Model(inputs, layers.Dense(3, activation=out_activation)(x), name="func3")


def multi_output(n_extra: int = 1, *, is_even_activation="sigmoid", is_even_from="common",
                 common=True, ink_activation=None, digit_from="common"):
    """5절의 모델(+ is_even 출력). 키워드로 흔한 실수를 하나씩 넣습니다."""
    image = keras.Input(shape=(28, 28), name="image")
    flat = layers.Flatten(name="flatten")(image)
    features = layers.Dense(64, activation="relu", name="common" if common else "hidden")(flat)
    source = {"common": features, "flatten": flat}
    outs = [layers.Dense(10, activation="softmax", name="digit")(source[digit_from]),
            layers.Dense(1, activation=ink_activation, name="ink")(features)]
    for k in range(n_extra):
        is_even = layers.Dense(1, activation=is_even_activation, name=f"is_even{k}")
        outs.append(is_even(source[is_even_from]))
    return keras.Model(image, outs)


def three_outputs_wrong_shape():
    image = keras.Input(shape=(28, 28))
    features = layers.Flatten()(image)
    outs = [layers.Dense(10)(features), layers.Dense(1)(features), layers.Dense(2)(features)]
    return keras.Model(image, outs)


class Subclassed(keras.Model):
    def call(self, x):
        return [x, x, x]


def unbuilt_sequential():
    return keras.Sequential([layers.Dense(64, activation="relu"),
                             layers.Dense(3, activation="softmax")])


# 어떤 종류의 값을 넣어도 점검 함수는 오류 없이 힌트를 줘야 합니다.
ODD_INPUTS = [0, 1.5, True, "model", None, [1, 2], (1,), {"a": 1}, np.zeros(()), np.zeros((2, 3)),
              keras.ops.convert_to_tensor([1.0, 2.0]), layers.Dense(3), lambda *a: 1 / 0]


# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_functional_copy, (seq3(), functional()),
     [(seq3(), seq3()), (seq3(), functional(hidden=32)), (seq3(), functional(activation="tanh")),
      (seq3(), functional(out_activation="sigmoid")), (seq3(), "model"), (None, functional()),
      (unbuilt_sequential(), functional()), (seq3(), unbuilt_sequential()),
      *[(seq3(), odd) for odd in ODD_INPUTS], *[(odd, functional()) for odd in ODD_INPUTS]]),
    (checks.check_three_outputs, (multi_output(),),
     [(multi_output(0),), (multi_output(2),), (three_outputs_wrong_shape(),), (seq3(),),
      (multi_output(is_even_activation=None),), (multi_output(is_even_activation="relu"),),
      (multi_output(is_even_from="flatten"),), (multi_output(digit_from="flatten"),),
      (multi_output(common=False),), (multi_output(ink_activation="sigmoid"),),
      (Subclassed(),), (unbuilt_sequential(),), *[(odd,) for odd in ODD_INPUTS]]),
    (checks.check_quadratic_weights, (np.array([[0.001], [0.499]]), np.array([-0.998])),
     [(np.array([[0.5], [0.0]]), np.array([-1.0])), (np.array([[0.0], [0.5]]), np.array([0.0])),
      (np.array([[0.5]]), np.array([-1.0])), ("[0, 0.5]", "-1"), (None, None),
      (np.array([[0.0], [0.6]]), np.array([-1.0]))]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


@pytest.mark.parametrize("model,expected", [
    (multi_output(is_even_activation=None), "sigmoid"),
    (multi_output(is_even_activation="relu"), "relu"),
    (multi_output(is_even_from="flatten"), "is_even0이(가) common이 아니라 flatten"),
    (multi_output(digit_from="flatten"), "digit이(가) common이 아니라 flatten"),
    (multi_output(common=False), "common 층이 없습니다"),
    (multi_output(ink_activation="sigmoid"), "모두 sigmoid"),
    (multi_output(2), "출력이 4개"),
], ids=["no-sigmoid", "relu", "is_even-on-flatten", "digit-on-flatten", "no-common",
        "two-sigmoids", "four-outputs"])
def test_three_outputs_hints_name_the_mistake(model, expected, capsys):
    assert checks.check_three_outputs(model) is False
    assert expected in capsys.readouterr().out


def test_functional_copy_hint_for_unbuilt_sequential_names_keras_input(capsys):
    assert checks.check_functional_copy(unbuilt_sequential(), functional()) is False
    assert "keras.Input(shape=" in capsys.readouterr().out


def test_functional_copy_does_not_change_the_learners_model(capsys):
    func = functional()
    before = [w.copy() for w in func.get_weights()]
    assert checks.check_functional_copy(seq3(), func) is True
    assert all(np.array_equal(a, b) for a, b in zip(before, func.get_weights()))


def test_quadratic_weights_accept_flat_lists(capsys):
    assert checks.check_quadratic_weights([0.0, 0.5], -1.0) is True


@pytest.mark.parametrize("bad", [75_457, 25_120, 25_153, 75_393, 25_216, 0, -25_217, 25_217.5,
                                 "25217", None, [25_217], True, float("nan")])
def test_shared_param_count_rejects_wrong_answers_with_a_hint(bad, check_cases):
    check_cases(checks.check_shared_param_count, (25_217,), [(bad,)])


def test_shared_param_count_accepts_numpy_and_float_answers(capsys):
    assert checks.check_shared_param_count(np.int64(25_217)) is True
    assert checks.check_shared_param_count(25_217.0) is True
