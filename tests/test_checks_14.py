"""14번 노트북 연습 문제 자가 점검: 모범 답은 통과하고, 틀린 답은 힌트와 함께 떨어지는지."""

from __future__ import annotations

import numpy as np
import pytest

from utils import checks


def sample_log_uniform(rng):
    """모범 답."""
    return float(10 ** rng.uniform(-4, -1))


def sample_log_uniform_array(rng):
    """다른 모범 답: 크기 1짜리 배열을 돌려줌 (rng.uniform(size=1))."""
    return 10 ** rng.uniform(-4, -1, size=1)


def sample_linear(rng):  # 범위는 맞지만 로그 눈금이 아님
    return float(rng.uniform(1e-4, 0.1))


def sample_global_random(rng):  # 인자로 받은 rng를 쓰지 않음 → 재현 불가
    return float(10 ** np.random.uniform(-4, -1))


def sample_wrong_range(rng):
    return float(10 ** rng.uniform(-5, -1))


def sample_constant(rng):
    return 0.001


def sample_string(rng):
    return "0.001"


def sample_raises(rng):
    raise ValueError("아직")


# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_sawtooth_params, (49, 769),
     [(769, 49), (48, 769), (49, 768), (49, 256), ("49", "769"), (None, None), (True, 769),
      (49.5, 769)]),
    (checks.check_log_uniform_sampler, (sample_log_uniform,),
     [(sample_linear,), (sample_global_random,), (sample_wrong_range,), (sample_constant,),
      (sample_string,), (sample_raises,), (0.001,), (None,)]),
    (checks.check_trainable_params, (1010,),
     [(101,), (1000,), (10,), (266_610,), (30_100 + 1010,), ("1010",), (None,), (1010.5,)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


def test_other_correct_answers_are_accepted():
    assert checks.check_log_uniform_sampler(sample_log_uniform_array) is True
    assert checks.check_trainable_params(np.int64(1010)) is True
    assert checks.check_sawtooth_params(49.0, 769.0) is True


def test_hints_point_at_the_mistake(capsys):
    checks.check_log_uniform_sampler(sample_global_random)
    assert "rng" in capsys.readouterr().out
    checks.check_log_uniform_sampler(sample_linear)
    assert "로그 눈금" in capsys.readouterr().out
    checks.check_trainable_params(266_610)
    assert "동결" in capsys.readouterr().out
