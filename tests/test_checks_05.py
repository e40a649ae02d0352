"""05번 노트북(손실 함수 실전) 연습 문제 자가 점검: 모범 답은 통과하고 틀린 답은 떨어지는지."""

from __future__ import annotations

import pytest

from utils import checks

GOOD_CHOICES = {
    "스팸 메일인가 아닌가": "binary_crossentropy",
    "아파트 가격 예측": "mean_squared_error",
    "MNIST 숫자 분류 (정수 레이블 0~9)": "sparse_categorical_crossentropy",
    "MNIST 숫자 분류 (원-핫 레이블)": "categorical_crossentropy",
    "녹음된 말 → 글자 시퀀스 (정렬 없음)": "CTC",
}

# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_total_loss, (0.95,),
     [(0.475,), (0.55,), (1.1,), ("0.95",), (None,), (True,), ([0.95],)]),
    # 점수 [0.9, 0.4, 0.35, 0.2, 0.1, 0.05], 타깃 [1, 1, 0, 1, 0, 1], 임계값 0.3:
    # 양성 판정 3개(맞음 2, 틀림 1), 실제 양성 4개 → 재현율 2/4, 정밀도 2/3
    (checks.check_recall_precision, (0.5, 2 / 3),
     [(2 / 3, 0.5), (0.5, 1.0), (0.75, 0.6), (0.5, 0.5), ("0.5", "0.67"), (None, None),
      ([0.5], [2 / 3])]),
    (checks.check_loss_choices, (GOOD_CHOICES,),
     [({**GOOD_CHOICES, "아파트 가격 예측": "binary_crossentropy"},),
      ({**GOOD_CHOICES, "아파트 가격 예측": "categorical_crossentropy"},),
      ({**GOOD_CHOICES, "MNIST 숫자 분류 (정수 레이블 0~9)": "categorical_crossentropy"},),
      ({**GOOD_CHOICES, "스팸 메일인가 아닌가": "mae"},),
      ({k: v for k, v in GOOD_CHOICES.items() if "CTC" not in v},),
      ({**GOOD_CHOICES, "스팸 메일인가 아닌가": 3},),
      (list(GOOD_CHOICES.values()),), ("mse",), (None,)]),
    (checks.check_ctc_collapse, ("caat",),
     [("cat",), ("ccaaatt",), ("c_at",), (["c", "a", "a", "t"],), (None,), (4,)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


@pytest.mark.parametrize("price_loss,reason", [
    ("mse", "회귀의 기본"), ("mae", "이상치에 덜"), ("mean_absolute_error", "이상치에 덜"),
    ("huber", "후버"), ("Huber", "후버")])
def test_regression_accepts_mse_mae_or_huber_and_says_why(price_loss, reason, capsys):
    answer = {**GOOD_CHOICES, "아파트 가격 예측": price_loss}
    assert checks.check_loss_choices(answer) is True
    assert reason in capsys.readouterr().out


def test_loss_choices_accept_keras_loss_objects():
    import keras

    answer = {
        "스팸 메일인가 아닌가": keras.losses.BinaryCrossentropy(),
        "아파트 가격 예측": keras.losses.Huber(),
        "MNIST 숫자 분류 (정수 레이블 0~9)": keras.losses.SparseCategoricalCrossentropy(),
        "MNIST 숫자 분류 (원-핫 레이블)": "categorical_crossentropy",
        "녹음된 말 → 글자 시퀀스 (정렬 없음)": keras.losses.CTC(),
    }
    assert checks.check_loss_choices(answer) is True
    answer["아파트 가격 예측"] = keras.losses.mean_absolute_error
    assert checks.check_loss_choices(answer) is True


def test_total_loss_hint_mentions_sum_not_average(capsys):
    checks.check_total_loss(0.475)
    assert "더합니다" in capsys.readouterr().out


def test_recall_precision_hint_names_the_swap(capsys):
    checks.check_recall_precision(2 / 3, 0.5)
    assert "바뀌었" in capsys.readouterr().out
