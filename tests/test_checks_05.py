"""05번 노트북(손실 함수 실전) 연습 문제 자가 점검: 모범 답은 통과하고 틀린 답은 떨어지는지."""

from __future__ import annotations

import numpy as np
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


# ------------------------------------------------ 어떤 입력에도 예외 없이, 힌트와 함께
def _raises() -> None:
    raise RuntimeError("learner code")


class _BadArray:
    """배열로 바꾸려 하면 오류를 내는 객체 (학습자가 만든 이상한 객체 대신)."""

    def __array__(self, *args, **kwargs):
        raise RuntimeError("boom")


def _odd_values() -> list:
    import utils  # noqa: F401  (텐서플로 로그 환경 변수를 먼저 정합니다)

    tf = pytest.importorskip("tensorflow")
    keras = pytest.importorskip("keras")
    return [0, -1, 1.5, float("nan"), float("inf"), True, "", "0.95", None, [], [0.95], (1, 2), {},
            {"a": 1}, np.array(0.2), np.zeros(()), np.zeros((0,)), np.zeros((2, 3)),
            np.array(True), np.array("0.95"), np.array([0.95]), _raises, object(), _BadArray(),
            tf.zeros((2,)), tf.constant(True), tf.constant([0.95]), keras.layers.Dense(1),
            keras.Sequential(), [[1], [1, 2]]]


def test_checks_05_never_raise_and_always_hint(capsys):
    for value in _odd_values():
        assert checks.check_total_loss(value) is False, repr(value)
        assert checks.check_recall_precision(value, value) is False, repr(value)
        assert checks.check_recall_precision(0.5, value) is False, repr(value)
        assert checks.check_recall_precision(value, 2 / 3) is False, repr(value)
        assert checks.check_loss_choices(value) is False, repr(value)
        assert checks.check_loss_choices({**GOOD_CHOICES, "아파트 가격 예측": value}) is False
        assert checks.check_ctc_collapse(value) is False, repr(value)
        out = capsys.readouterr().out
        assert out.count("힌트: ") == 7 and "힌트: \n" not in out, repr(value)


def test_numeric_answers_accept_0d_arrays_and_scalar_tensors():
    import utils  # noqa: F401

    tf = pytest.importorskip("tensorflow")
    keras = pytest.importorskip("keras")
    for total in (np.array(0.95), np.float32(0.95), tf.constant(0.95), tf.Variable(0.95),
                  keras.ops.convert_to_tensor(0.95)):
        assert checks.check_total_loss(total) is True, repr(total)
    assert checks.check_recall_precision(np.array(0.5), tf.constant(2 / 3)) is True
    # 케라스 손실처럼 스칼라 텐서를 돌려주는 계산을 그대로 넣어도 됩니다.
    assert checks.check_total_loss(keras.ops.sum(keras.ops.convert_to_tensor([0.8, 0.15]))) is True


def test_non_number_hint_says_how_to_get_a_number(capsys):
    checks.check_total_loss(np.array([0.95]))
    assert "float(" in capsys.readouterr().out
    checks.check_recall_precision([0.5], [2 / 3])
    assert "float(" in capsys.readouterr().out
