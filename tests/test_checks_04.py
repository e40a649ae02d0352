"""04번 노트북(손실 함수) 연습 문제 자가 점검: 모범 답은 통과하고 틀린 답은 떨어지는지."""

from __future__ import annotations

import numpy as np
import pytest

from utils import checks
from utils.numpy_nn import binary_cross_entropy


def good_bce(y, t):
    y = np.clip(y, 1e-7, 1 - 1e-7)
    return -np.mean(t * np.log(y) + (1 - t) * np.log(1 - y))


def bce_without_clipping(y, t):
    with np.errstate(divide="ignore", invalid="ignore"):
        return -np.mean(t * np.log(y) + (1 - t) * np.log(1 - y))


def bce_sum_instead_of_mean(y, t):
    y = np.clip(y, 1e-7, 1 - 1e-7)
    return -np.sum(t * np.log(y) + (1 - t) * np.log(1 - y))


def bce_only_positive_term(y, t):
    return -np.mean(t * np.log(np.clip(y, 1e-7, 1)))


def raises(y, t):
    raise RuntimeError("학습자 코드의 오류")


GOOD_CHOICES = {
    "스팸 메일인가 아닌가": "binary_crossentropy",
    "아파트 가격 예측": "mean_squared_error",
    "MNIST 숫자 분류 (정수 레이블 0~9)": "sparse_categorical_crossentropy",
    "MNIST 숫자 분류 (원-핫 레이블)": "categorical_crossentropy",
    "녹음된 말 → 글자 시퀀스 (정렬 없음)": "CTC",
}

# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_bce_function, (good_bce,),
     [(bce_without_clipping,), (bce_sum_instead_of_mean,), (bce_only_positive_term,),
      (raises,), ("binary_crossentropy",), (None,), (0.5,)]),
    (checks.check_ctc_collapse, ("caat",),
     [("cat",), ("ccaaatt",), ("c_at",), (["c", "a", "a", "t"],), (None,), (4,)]),
    (checks.check_total_loss, (0.95,),
     [(0.475,), (0.55,), (1.1,), ("0.95",), (None,), (True,), ([0.95],)]),
    (checks.check_loss_choices, (GOOD_CHOICES,),
     [({**GOOD_CHOICES, "아파트 가격 예측": "binary_crossentropy"},),
      ({**GOOD_CHOICES, "MNIST 숫자 분류 (정수 레이블 0~9)": "categorical_crossentropy"},),
      ({k: v for k, v in GOOD_CHOICES.items() if "CTC" not in v},),
      ({**GOOD_CHOICES, "스팸 메일인가 아닌가": 3},),
      (list(GOOD_CHOICES.values()),), ("mse",), (None,)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


def test_course_bce_passes_the_bce_check():
    assert checks.check_bce_function(binary_cross_entropy) is True


def test_loss_choices_accept_keras_loss_objects():
    import keras

    answer = {
        "스팸 메일인가 아닌가": keras.losses.BinaryCrossentropy(),
        "아파트 가격 예측": keras.losses.mean_squared_error,
        "MNIST 숫자 분류 (정수 레이블 0~9)": keras.losses.SparseCategoricalCrossentropy(),
        "MNIST 숫자 분류 (원-핫 레이블)": "categorical_crossentropy",
        "녹음된 말 → 글자 시퀀스 (정렬 없음)": keras.losses.CTC(),
    }
    assert checks.check_loss_choices(answer) is True


def test_total_loss_hint_mentions_sum_not_average(capsys):
    checks.check_total_loss(0.475)
    assert "더합니다" in capsys.readouterr().out
