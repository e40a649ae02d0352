"""연습 문제 자가 점검: 모범 답은 통과하고, 틀린 답은 힌트와 함께 떨어지는지.

노트북별로 (점검 함수, 모범 답, 틀린 답들)을 추가하세요.
"""

from __future__ import annotations

import pytest

from utils import checks
from utils.data import MNIST_SHA256


def test_report_prints_and_returns(capsys):
    assert checks.report(True, "좋아요", "힌트") is True
    assert "✅" in capsys.readouterr().out
    assert checks.report(False, "좋아요", "이렇게 해 보세요") is False
    assert "힌트: 이렇게 해 보세요" in capsys.readouterr().out


# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_mnist_sizes, (60000, 10000), [(60000, 60000), ("60000", "10000"),
                                                 (None, None), (True, 10000)]),
    (checks.check_pixels_per_image, (784,), [(28,), ((28, 28),), ("784",), (784.5,)]),
    (checks.check_mnist_checksum, (MNIST_SHA256,), [("abc",), (None,), (42,)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)
