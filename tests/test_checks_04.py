"""04번 노트북(손실 함수) 연습 문제 자가 점검: 모범 답은 통과하고 틀린 답은 떨어지는지."""

from __future__ import annotations

import numpy as np
import pytest

from utils import checks
from utils.numpy_nn import binary_cross_entropy, sigmoid

keras = pytest.importorskip("keras")


def good(z, y_true):  # 04번 풀이 1과 같은 답: 시그모이드 → 자르기 → BCE
    y_pred = np.clip(1 / (1 + np.exp(-z)), 1e-7, 1 - 1e-7)
    return float(-np.mean(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred)))


def good_float32(z, y_true):
    return good(np.asarray(z, dtype="float32"), np.asarray(y_true, dtype="float32"))


def good_stable(z, y_true):  # 로짓에서 바로: max(z, 0) - z·y + log(1 + e^(-|z|))
    return np.mean(np.maximum(z, 0) - z * y_true + np.log1p(np.exp(-np.abs(z))))


def good_course_functions(z, y_true):
    return binary_cross_entropy(sigmoid(z), y_true)


def good_keras(z, y_true):
    return keras.losses.BinaryCrossentropy(from_logits=True)(y_true, z)  # 텐서를 돌려줍니다


def without_clipping(z, y_true):
    y_pred = 1 / (1 + np.exp(-z))
    with np.errstate(divide="ignore", invalid="ignore"):
        return -np.mean(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred))


def sign_flipped(z, y_true):
    return -good(z, y_true)


def sum_instead_of_mean(z, y_true):
    return good(z, y_true) * y_true.size


def per_sample(z, y_true):
    y_pred = np.clip(1 / (1 + np.exp(-z)), 1e-7, 1 - 1e-7)
    return -(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred))


def no_sigmoid(z, y_true):
    return binary_cross_entropy(z, y_true)


def only_positive_term(z, y_true):
    return -np.mean(y_true * np.log(np.clip(1 / (1 + np.exp(-z)), 1e-7, 1 - 1e-7)))


def raises(z, y_true):
    raise RuntimeError("학습자 코드의 오류")


def returns_text(z, y_true):
    return "0.5"


ODD_INPUTS = [0, 1.5, True, "bce", None, [1, 2], (1,), {"a": 1}, np.zeros(()), np.zeros((2, 3)),
              keras.ops.convert_to_tensor([1.0, 2.0]), keras.layers.Dense(3)]

# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_bce_from_logits, (good,),
     [(without_clipping,), (sign_flipped,), (sum_instead_of_mean,), (per_sample,), (no_sigmoid,),
      (only_positive_term,), (raises,), (returns_text,), (lambda z: 0.5,), (lambda z, t: None,),
      (lambda z, t: [],), (lambda z, t: 1j,), *[(odd,) for odd in ODD_INPUTS]]),
    # 타깃 [2, 3, 4, 5, 36]: 평균 10 (MSE), 중앙값 4 (MAE)
    (checks.check_best_constants, (10.0, 4.0),
     [(4.0, 10.0), (10.0, 10.0), (4.0, 4.0), (10.0, 3.0), (0.0, 0.0), ("10", "4"), (None, 4.0),
      ([10.0], [4.0]), (True, 4.0), *[(odd, odd) for odd in ODD_INPUTS]]),
    # 균등한 10클래스 예측: -ln 0.1 = ln 10 ≈ 2.302585
    (checks.check_uniform_cce, (2.302585,),
     [(0.1,), (1.0,), (23.02585,), (-2.302585,), (-2.3,), ("2.303",), (None,), ([2.302585],),
      (True,), (2.31,), (2.29,), (3.3219,), (float("nan"),), (float("inf"),),
      *[(odd,) for odd in ODD_INPUTS]]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


@pytest.mark.parametrize("answer", [good_float32, good_stable, good_course_functions, good_keras])
def test_bce_from_logits_accepts_other_correct_implementations(answer, capsys):
    assert checks.check_bce_from_logits(answer) is True


@pytest.mark.parametrize("answer,expected", [
    (without_clipping, "np.clip"), (sign_flipped, "음수"), (sum_instead_of_mean, "np.mean"),
    (per_sample, "np.mean"), (no_sigmoid, "시그모이드"), (only_positive_term, "(1 - y_true)"),
    (raises, "RuntimeError"), (returns_text, "숫자"),
], ids=["nan", "sign", "sum", "per-sample", "no-sigmoid", "one-term", "raises", "text"])
def test_bce_from_logits_hints_name_the_mistake(answer, expected, capsys):
    assert checks.check_bce_from_logits(answer) is False
    assert expected in capsys.readouterr().out


def test_bce_reference_matches_keras_from_logits():
    for z, t in checks._LOGIT_CASES:
        keras_value = float(keras.losses.BinaryCrossentropy(from_logits=True)(t, z))
        assert checks._bce_logits_reference(z, t) == pytest.approx(keras_value, rel=1e-5)


@pytest.mark.parametrize("answer", [2.3, 2.30, 2.303, 2.3026, np.float32(np.log(10)), 2.307])
def test_uniform_cce_accepts_two_decimal_answers(answer, capsys):
    assert checks.check_uniform_cce(answer) is True


@pytest.mark.parametrize("answer,expected", [
    (-2.3, "양수"), (1.0, "자연로그"), (3.3219, "밑이 2"), (23.02585, "열 항"), (2.31, "거의"),
], ids=["negative", "log10", "log2", "sum", "close"])
def test_uniform_cce_hints(answer, expected, capsys):
    assert checks.check_uniform_cce(answer) is False
    assert expected in capsys.readouterr().out


def test_best_constants_accept_integers_and_numpy_numbers():
    assert checks.check_best_constants(10, np.float32(4.0)) is True


def test_best_constants_hint_names_the_swap(capsys):
    checks.check_best_constants(4.0, 10.0)
    assert "바뀌었" in capsys.readouterr().out


def test_best_constants_accept_0d_arrays_and_scalar_tensors(capsys):
    assert checks.check_best_constants(np.array(10.0), np.array(4.0)) is True
    assert checks.check_best_constants(keras.ops.convert_to_tensor(10.0), np.int64(4)) is True
    assert checks.check_best_constants(np.array(4.0), np.array(10.0)) is False
    assert "바뀌었" in capsys.readouterr().out


def test_uniform_cce_accepts_keras_loss_result_and_0d_array(capsys):
    keras_loss = keras.losses.CategoricalCrossentropy()(np.eye(10)[[3]], np.full((1, 10), 0.1))
    assert checks.check_uniform_cce(keras_loss) is True
    assert checks.check_uniform_cce(np.array(np.log(10))) is True
    assert checks.check_uniform_cce(np.array(-2.3)) is False
    assert "양수" in capsys.readouterr().out


@pytest.mark.parametrize("answer", [np.array(True), np.array("2.3"), np.array([2.302585]),
                                    keras.ops.convert_to_tensor([2.302585, 1.0])])
def test_uniform_cce_rejects_non_scalar_numbers_with_hint(answer, capsys):
    assert checks.check_uniform_cce(answer) is False
    assert "float(...)" in capsys.readouterr().out
