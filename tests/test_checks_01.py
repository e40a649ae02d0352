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
      (["옵티마이저", "층", "손실 함수", "타깃"],)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


def test_four_parts_accepts_english_and_short_names(capsys):
    assert checks.check_four_parts(["loss", "Layer", "optimizer", "targets"]) is True
    assert checks.check_four_parts(("손실함수", "층", "옵티마이저", "타깃")) is True


def test_line_step_hints_name_the_mistake(capsys):
    checks.check_line_step(-0.55, -0.65)
    assert "부호" in capsys.readouterr().out
    checks.check_line_step(1.025, 0.325)
    assert "2" in capsys.readouterr().out
