"""01번 노트북(신경망의 구조) 연습 문제: 정답은 통과, 알려진 실수와 잘못된 종류는 맞춤 힌트."""

from __future__ import annotations

import numpy as np
import pytest
from sources import wrong

from utils.exercises.ex01 import q1, q2, q3

# 연습 1을 손으로: 예측 [0.5, 1.0], 오차 [-2.5, -4.0], dL/dw = mean(2·오차·x) = -10.5,
# dL/db = mean(2·오차) = -6.5 → w = 0.5 + 1.05, b = 0 + 0.65
W_NEW, B_NEW = 1.55, 0.65
PARTS = ["손실 함수", "층", "옵티마이저", "입력 데이터와 타깃"]



def test_solutions_pass(capsys):
    assert q1.check(W_NEW, B_NEW) and q1.check(np.float32(W_NEW), np.array([B_NEW]))
    # 연습 2: get_weights()의 (1, 1) 커널과 (1,) 편향을 그대로 넣어도 됩니다
    assert q2.check(-2.95, 2.04) and q2.check(np.array([[-3.1]]), np.array([1.9]))
    assert q3.check(PARTS) and q3.check(tuple(PARTS))
    assert capsys.readouterr().out.count("✅") == 6


@pytest.mark.parametrize("answer", [
    ["loss", "Layer", "optimizer", "targets"], ["손실함수", "층", "옵티마이저", "타깃"],
    ["손실 함수(loss function)", "층(layer)", "옵티마이저(optimizer)",
     "입력 데이터(input data)와 타깃"],
    ["손실 함수", "층", "optimiser", "입력 데이터, 타깃"],
    ["손실", "Layers", "옵티마이져", "입력과 타깃"],
])
def test_four_parts_accepts_common_spellings(answer, capsys):
    assert q3.check(answer)


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    (q1, (-0.55, -0.65), "부호가 반대예요"),
    (q1, (1.025, 0.325), "제곱에서 나온 2가 붙어요"),
    (q1, (11.0, 6.5), "학습률 0.1을 곱하는 것을 잊었어요"),
    (q1, (1.5, 0.6), "dL/dw = mean(2·오차·x)"),
    (q2, (0.0, 0.0), "가중치가 거의 0이에요"),
    (q2, (-2.7, 2.0), "학습률 0.2의 새 SGD"),
    (q2, (-3.0, -2.0), "학습률 0.2의 새 SGD"),
    (q3, (["층", "손실 함수", "옵티마이저", "입력 데이터와 타깃"],), "[1, 2]번 설명을 다시 보세요"),
    (q3, (["손실 함수", "층", "옵티마이저", "사과"],),
     "문자열 '사과'은(는) 네 요소로 알아보지 못했어요"),
    (q3, (["손실 함수, 층", "층", "옵티마이저", "타깃"],),
     "문자열 '손실 함수, 층'은(는) 네 요소로"),
])
def test_known_mistakes_get_their_hint(exercise, answer, phrase, capsys):
    out = wrong(exercise, *answer, capsys=capsys)
    assert phrase in out
    if "알아보지 못했어요" in phrase:  # 알아본 이름은 맞으므로 순서가 틀렸다고 하지 않습니다
        assert "번 설명을 다시 보세요" not in out


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    (q1, ("1.55", "0.65"), "w_new에는 숫자 하나를 넣으세요(지금은 문자열 '1.55')"),
    (q1, (1.55, None), "아직 답이 None이에요. 예측 0.5·x → 오차"),  # 풀지 않은 자리 코드
    (q1, (np.array([1.55, 0.65]), 0.65), "지금은 모양이 (2,)인 배열"),
    (q1, (True, 0.65), "지금은 True"),
    (q2, ([-3.0, 2.0], 2.0), "지금은 원소 2개짜리 list"),
    (q2, (None, None), "아직 답이 None이에요. 가중치를 0으로 둔 새 모델"),
    (q3, ("손실 함수, 층, 옵티마이저, 타깃",), "리스트에 담으세요(지금은 문자열"),
    (q3, (None,), "아직 답이 None이에요. 훈련 루프 그림에서"),
    (q3, (["손실 함수", "층", "옵티마이저"],), "지금은 원소 3개짜리 list"),
    (q3, ([np.zeros(3), "층", "옵티마이저", "타깃"],), "모양이 (3,)인 배열은(는) 네 요소로"),
])
def test_wrong_kinds_get_a_hint_that_names_them(exercise, answer, phrase, capsys):
    assert phrase in wrong(exercise, *answer, capsys=capsys)
