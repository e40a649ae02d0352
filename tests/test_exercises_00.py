"""00번 노트북(시작하기) 연습 문제: 정답은 통과, 알려진 실수와 흔한 잘못된 종류는 그에 맞는 힌트."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
from sources import wrong

from utils.exercises.ex00 import q1, q2, q3

X_TRAIN, X_TEST = np.zeros((60000, 28, 28), "float32"), np.zeros((10000, 28, 28), "float32")
DATA = Path(__file__).parent.parent / "data"



def test_solutions_pass(capsys):
    checksum = hashlib.sha256((DATA / "mnist.npz").read_bytes()).hexdigest()  # 모듈과 따로 계산
    assert f"sha256: `{checksum}`" in (DATA / "README.md").read_text(encoding="utf-8")
    assert q1.check(60000, 10000) and q1.check(np.int64(60000), X_TEST.shape[0])
    assert q2.check(784) and q2.check(X_TRAIN[0].size) and q2.check(np.prod(X_TRAIN[0].shape))
    assert q3.check(checksum) and q3.check(checksum.upper() + "\n")
    assert capsys.readouterr().out.count("✅") == 7


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    (q1, (10000, 60000), "순서가 바뀌었어요"),
    (q1, (60000, 60000), "len()이나 .shape[0]"),
    (q2, (28,), "한 변의 픽셀 수"),
    (q2, (784.5,), "(28, 28)입니다"),
    (q2, (785,), "(28, 28)입니다"),
    (q3, ("abc",), "data/README.md의 체크섬과 달라요"),
])
def test_known_mistakes_get_their_hint(exercise, answer, phrase, capsys):
    assert phrase in wrong(exercise, *answer, capsys=capsys)


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    # 이슈 12의 결함: 배열 자체를 넣으면 예전 점검은 ValueError로 멈췄습니다
    (q1, (X_TRAIN, X_TEST), "n_train에는 숫자 하나를 넣으세요(지금은 모양이 (60000, 28, 28)"),
    (q1, (60000, X_TEST), "n_test에는 숫자 하나를 넣으세요(지금은 모양이 (10000, 28, 28)인 배열)"),
    (q2, (X_TRAIN[0],),
     "pixels에는 숫자 하나를 넣으세요(지금은 모양이 (28, 28)인 배열). 예: x_train[0].size"),
    (q2, (X_TRAIN[0].shape,), "지금은 원소 2개짜리 tuple"),
    (q1, ("60000", "10000"), "지금은 문자열 '60000'"),
    (q2, (None,), "아직 답이 None이에요. 배열의 .size는 원소 수"),  # 풀지 않은 자리 코드
    (q2, (True,), "지금은 True"),
    (q2, (len,), "지금은 호출할 수 있는"),
    (q3, (None,), "아직 답이 None이에요. sha256sum(DATA_DIR"),
    (q3, (42,), "지금은 int 값"),
])
def test_wrong_kinds_get_a_hint_that_names_them(exercise, answer, phrase, capsys):
    assert phrase in wrong(exercise, *answer, capsys=capsys)
