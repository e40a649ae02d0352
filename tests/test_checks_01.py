"""01번 노트북(신경망의 구조) 연습 문제 점검: 모범 답은 통과, 틀린 답은 힌트와 함께 떨어지는지."""

from __future__ import annotations

import numpy as np
import pytest

from utils import checks

# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_line_step, (1.55, 0.65),
     [(-0.55, -0.65), (1.025, 0.325), (11.0, 6.5), (1.55, None), ("1.55", "0.65"),
      (np.array([1.55]), 0.65), (True, 0.65), (0.65, 1.55)]),
    (checks.check_learned_line, (-2.95, 2.04),
     [(0.0, 0.0), (3.0, 2.0), (-3.0, -2.0), (-2.7, 2.0), ("-3", "2"), (None, None),
      ([-3.0], [2.0])]),
    (checks.check_four_parts, (["손실 함수", "층", "옵티마이저", "입력 데이터와 타깃"],),
     [(["층", "손실 함수", "옵티마이저", "입력 데이터와 타깃"],),
      (["손실 함수", "층", "옵티마이저"],),
      ("손실 함수, 층, 옵티마이저, 타깃",), ([1, 2, 3, 4],), (None,),
      (["옵티마이저", "층", "손실 함수", "타깃"],), (["손실 함수", "층", "옵티마이저", "사과"],),
      (["손실 함수, 층", "층", "옵티마이저", "타깃"],), ({"a": 1, "b": 2, "c": 3, "d": 4},),
      ([np.zeros(3), None, 1.5, ["층"]],)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


def test_four_parts_accepts_english_and_short_names(capsys):
    assert checks.check_four_parts(["loss", "Layer", "optimizer", "targets"]) is True
    assert checks.check_four_parts(("손실함수", "층", "옵티마이저", "타깃")) is True


@pytest.mark.parametrize("answer", [
    ["손실 함수(loss function)", "층(layer)", "옵티마이저(optimizer)",
     "입력 데이터(input data)와 타깃(target)"],
    ["손실 함수", "층", "optimiser", "입력 데이터, 타깃"],
    ["손실 함수", "층", "옵티마이저", "입력과 타깃"],
    ["손실 함수", "층", "옵티마이저", "입력 데이터 및 타깃"],
    ["(loss function)", "Layers", "Optimizer", "input data and targets"],
])
def test_four_parts_accepts_names_written_as_in_the_notebook(answer, capsys):
    assert checks.check_four_parts(answer) is True


def test_four_parts_says_which_name_it_did_not_recognise(capsys):
    assert checks.check_four_parts(["손실 함수", "층", "옵티마이저", "사과"]) is False
    out = capsys.readouterr().out
    assert "'사과'은(는) 네 요소 이름으로 알아보지 못했어요" in out
    assert "번 설명을 다시 보세요" not in out  # 알아본 세 이름은 맞으므로 틀렸다고 하지 않음
    assert checks.check_four_parts(["층", "손실 함수", "옵티마이저", "타깃"]) is False
    assert "[1, 2]번 설명" in capsys.readouterr().out


def test_line_step_hints_item_for_keras_arrays(capsys):
    assert checks.check_line_step(np.array([[1.55]]), np.array([0.65])) is False
    assert ".item()" in capsys.readouterr().out


def _raises() -> None:
    raise RuntimeError("learner code")


ODD = [0, 1.5, float("nan"), float("inf"), True, "", "층", None, [], ["층"] * 4, (1, 2), {},
       np.array(1.55), np.zeros(()), np.zeros((0,)), np.zeros((2, 3)), _raises, object()]


@pytest.mark.parametrize("value", ODD, ids=[type(v).__name__ for v in ODD])
def test_anatomy_checks_never_raise(value, capsys):
    assert checks.check_line_step(value, value) is False
    assert checks.check_line_step(1.55, value) is False
    assert checks.check_learned_line(value, value) is False
    assert checks.check_learned_line(-3.0, value) is False
    assert checks.check_four_parts(value) is False
    assert checks.check_four_parts([value, "층", "옵티마이저", "타깃"]) is False
    out = capsys.readouterr().out
    assert out.count("힌트: ") == 6 and "힌트: \n" not in out


def test_anatomy_checks_take_tensors_and_keras_objects(capsys):
    import utils  # noqa: F401  (텐서플로 로그 환경 변수를 먼저 정합니다)

    tf = pytest.importorskip("tensorflow")
    keras = pytest.importorskip("keras")
    for value in (tf.constant(1.55), tf.constant([[1.55]]), tf.Variable([[1.55]]),
                  keras.layers.Dense(1), keras.Sequential()):
        assert checks.check_line_step(value, 0.65) is False
        assert checks.check_learned_line(value, 2.0) is False
        assert checks.check_four_parts([value] * 4) is False
    assert capsys.readouterr().out.count("힌트: ") == 15


def test_line_step_hints_name_the_mistake(capsys):
    checks.check_line_step(-0.55, -0.65)
    assert "부호" in capsys.readouterr().out
    checks.check_line_step(1.025, 0.325)
    assert "2" in capsys.readouterr().out
