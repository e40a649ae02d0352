"""14번 노트북(하이퍼파라미터 튜닝) 연습: 정답은 통과, 알려진 실수와 잘못된 종류는 맞는 힌트."""

from __future__ import annotations

import numpy as np
import pytest
from sources import wrong

from utils.exercises.ex14 import q1, q2, q3

# 손으로 센 값. 깊은 톱니(k = 8): 첫 층 1×2+2 = 4, 다음 7개 층 2×2+2 = 6씩, 출력층 2+1 = 3 → 49.
# 얕은 톱니: 뉴런 256개 × (가중치 1 + 편향 1 + 출력 가중치 1) + 출력 편향 1 → 769.
# 새 출력층 Dense(10): 100 × 10 + 10 = 1010.
DEEP, SHALLOW, TRAINABLE = 4 + 7 * 6 + 3, 256 * 3 + 1, 1010



def sample_learning_rate(rng):
    return float(10 ** rng.uniform(-4, -1))


def raises(rng):
    raise ValueError("아직")


def test_solutions_pass(capsys):
    assert q1.check(DEEP, SHALLOW) and q1.check(49.0, np.int64(769))
    assert q2.check(sample_learning_rate)
    assert q2.check(lambda rng: 10 ** rng.uniform(-4, -1, size=1))  # 크기 1짜리 배열도 됩니다
    assert q2.check(lambda rng: float(np.exp(rng.uniform(np.log(1e-4), np.log(0.1)))))
    assert q3.check(TRAINABLE) and q3.check(np.int64(TRAINABLE))
    assert capsys.readouterr().out.count("✅") == 7


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    (q1, (SHALLOW, DEEP), "순서가 바뀌었어요"),
    (q1, (31, 97), "k = 5일 때 값이에요"),
    (q1, (DEEP - 1, SHALLOW - 1), "깊은 쪽은 단계마다 층 하나"),
    (q2, (lambda rng: float(rng.uniform(1e-4, 0.1)),), "로그 눈금이 아니에요"),
    (q2, (lambda rng: 0.001,), "로그 눈금이 아니에요"),
    (q2, (lambda rng: float(10 ** np.random.uniform(-4, -1)),), "인자로 받은 rng를 쓰세요"),
    (q2, (lambda rng: float(10 ** rng.uniform(-5, -1)),), "0.0001~0.1 사이의 숫자 하나"),
    (q3, (101,), "출력 뉴런은 10개"),
    (q3, (1000,), "편향도 세세요"),
    (q3, (266_610,), "동결한 층은 빼세요"),
    (q3, (1011,), "hidden2의 출력 100개를 받는 Dense(10)"),
])
def test_known_mistakes_get_their_hint(exercise, answer, phrase, capsys):
    assert phrase in wrong(exercise, *answer, capsys=capsys)


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    (q1, ("49", "769"), "deep에는 숫자 하나를 넣으세요(지금은 문자열 '49')"),
    (q1, (DEEP, None), "아직 답이 None이에요. 3절의 deep_sawtooth(8)"),
    (q1, (True, SHALLOW), "지금은 True"),
    (q2, (sample_learning_rate(np.random.default_rng(0)),), "괄호 없이 넣으세요(지금은 float 값)"),
    (q2, (None,), "아직 답이 None이에요. 학습률 = 10 ** 지수"),
    (q2, (np.random.default_rng,), "0.0001~0.1 사이의 숫자 하나"),  # 숫자 대신 Generator
    (q2, (lambda rng: "0.001",), "0.0001~0.1 사이의 숫자 하나"),
    (q2, (lambda rng: None,), "0.0001~0.1 사이의 숫자 하나"),
    (q2, (lambda rng: float("nan"),), "0.0001~0.1 사이의 숫자 하나"),
    (q2, (raises,), "오류가 났어요(ValueError)"),
    (q3, ("1010",), "answer에는 숫자 하나를 넣으세요(지금은 문자열 '1010')"),
    (q3, (np.zeros((100, 10)),), "지금은 모양이 (100, 10)인 배열"),
])
def test_wrong_kinds_get_a_hint_that_names_them(exercise, answer, phrase, capsys):
    assert phrase in wrong(exercise, *answer, capsys=capsys)
