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


# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_bce_function, (good_bce,),
     [(bce_without_clipping,), (bce_sum_instead_of_mean,), (bce_only_positive_term,),
      (raises,), ("binary_crossentropy",), (None,), (0.5,)]),
    # 타깃 [2, 3, 4, 5, 36]: 평균 10 (MSE), 중앙값 4 (MAE)
    (checks.check_best_constants, (10.0, 4.0),
     [(4.0, 10.0), (10.0, 10.0), (4.0, 4.0), (10.0, 3.0), (0.0, 0.0), ("10", "4"), (None, 4.0),
      ([10.0], [4.0]), (True, 4.0)]),
    # 균등한 10클래스 예측: -ln 0.1 = ln 10 ≈ 2.302585
    (checks.check_uniform_cce, (2.302585,),
     [(0.1,), (1.0,), (23.02585,), (-2.302585,), ("2.303",), (None,), ([2.302585],), (True,)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


def test_course_bce_passes_the_bce_check():
    assert checks.check_bce_function(binary_cross_entropy) is True


def test_best_constants_accept_integers_and_numpy_numbers():
    assert checks.check_best_constants(10, np.float32(4.0)) is True


def test_best_constants_hint_names_the_swap(capsys):
    checks.check_best_constants(4.0, 10.0)
    assert "바뀌었" in capsys.readouterr().out


def test_uniform_cce_hint_mentions_natural_log(capsys):
    checks.check_uniform_cce(1.0)
    assert "자연로그" in capsys.readouterr().out
