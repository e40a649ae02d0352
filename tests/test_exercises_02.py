"""02번 노트북(층) 연습 문제: 정답은 통과, 알려진 실수와 흔한 잘못된 종류는 그에 맞는 힌트."""

from __future__ import annotations

import numpy as np
import pytest
from sources import wrong

import utils  # noqa: F401  (텐서플로 로그 환경 변수를 먼저 정합니다)
from utils.exercises.ex02 import q1, q2, q3, q4

keras = pytest.importorskip("keras")
tf = pytest.importorskip("tensorflow")
L = keras.layers



def conv(*middle, last=10, shape=(28, 28, 1)):
    return keras.Sequential([keras.Input(shape=shape), *middle, L.Dense(last)])


def test_solutions_pass(capsys):
    assert q1.check((100, 64), (64,)) and q1.check([100, 64], np.array([64]))
    assert q1.check(tf.TensorShape([100, 64]), (np.int64(64),))
    assert q2.check((32, 20), (16, 30, 30, 10)) and q2.check([np.int64(32), 20], [16, 30, 30, 10])
    assert q3.check(conv(L.Conv2D(8, 3), L.Flatten()))
    assert q3.check(conv(L.Conv2D(8, 3), L.GlobalAveragePooling2D()))  # 다른 4D → 2D 층도 맞음
    assert q4.check(["Flatten", "Dropout", "MaxPooling2D"])
    assert q4.check(("maxpooling2d", "FLATTEN", "Dropout"))
    assert q4.check(["MaxPool2D", "keras.layers.Flatten", "Dropout()"])  # 케라스의 다른 이름
    assert q4.check([L.Flatten, L.Dropout, L.MaxPooling2D])  # 클래스도 이름으로 읽습니다
    assert capsys.readouterr().out.count("✅") == 11


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    (q1, ((64, 100), (64,)), "커널의 축 순서가 반대예요"),
    (q1, ((100, 64), (100,)), "편향은 유닛마다 하나씩"),
    (q1, ((100, 64, 1), (64,)), "layer.kernel.shape를 보세요"),
    (q2, ((32, 50, 20), (16, 30, 30, 10)), "마지막 타임스텝만 내놓아요"),
    (q2, ((32, 20), (16, 32, 32, 10)), "32 → 30"),
    (q2, ((None, 20), (None, 30, 30, 10)), "None 자리에 실제 샘플 수(32)"),
    (q2, ((20,), (30, 30, 10)), "샘플 축은 그대로예요"),
    (q4, (["Flatten", "Dropout"],), "빠진 층이 1개"),
    (q4, (["MaxPool2D", "Flatten", "Dropout", "Conv2D"],), "['Conv2D']에는 학습되는 가중치"),
    (q4, (["Flaten", "Dropout", "MaxPooling2D"],), "['flaten']은(는) 보기의 층 이름이 아니에요"),
    (q4, (["Flatten", "Dropout", "MaxPooling2D", "Activation"],), "['activation']은(는) 보기의"),
])
def test_known_mistakes_get_their_hint(exercise, answer, phrase, capsys):
    assert phrase in wrong(exercise, *answer, capsys=capsys)


@pytest.mark.parametrize(("model", "phrase"), [
    (lambda: conv(L.Conv2D(8, 3)), "아직 4D예요. Flatten으로 펼친"),  # Dense는 마지막 축에만 적용
    (lambda: conv(L.Flatten()), "Conv2D(8, kernel_size=3) 층이 모델 안에"),
    (lambda: conv(L.LSTM(4), shape=(28, 28)), "Conv2D(8, kernel_size=3) 층이"),  # 8절의 풀이
    (lambda: conv(L.Conv2D(8, 3), L.Flatten(), last=3), "출력이 (2, 3)이에요. 마지막 층을"),
    (lambda: conv(shape=(784,)), "이미지를 받는 모델을 넣으세요(지금은 호출할 수 있는 Sequential). "
     "맨 앞에 keras.Input(shape=(28, 28, 1))"),
    (lambda: keras.Sequential(), "맨 앞에 keras.Input(shape=(28, 28, 1))"),
    (lambda: L.Conv2D(8, 3), "출력이 (2, 26, 26, 8)로 아직 4D예요"),  # 모델 대신 층 하나
])
def test_conv_stack_hints_name_the_mistake(model, phrase, capsys):
    assert phrase in wrong(q3, model(), capsys=capsys)  # 모델은 테스트할 때 만듭니다


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    (q1, ("(100, 64)", "(64,)"), "정수 튜플로 넣으세요(지금은 문자열 '(100, 64)')"),
    (q1, ((100, 64), 64), "정수 튜플로 넣으세요(지금은 int 값)"),
    (q1, ((100, 64), np.array(64)), "지금은 모양이 ()인 배열"),
    (q1, ((100.5, 64), (64,)), "지금은 원소 2개짜리 tuple"),
    (q1, (None, None), "아직 답이 None이에요. Dense의 커널은"),  # 풀지 않은 자리 코드
    (q2, (np.zeros((32, 20)), (16, 30, 30, 10)), "지금은 모양이 (32, 20)인 배열"),  # 출력 자체
    (q3, ("model",), "이미지를 받는 모델을 넣으세요(지금은 문자열 'model')"),
    (q3, (None,), "아직 답이 None이에요. 각 층의 출력 랭크"),
    (q3, (conv,), "(지금은 호출할 수 있는 function)"),  # 모델을 만드는 함수를 호출하지 않음
    (q4, ("Flatten",), "리스트를 넣으세요(지금은 문자열 'Flatten')"),
    (q4, (None,), "아직 답이 None이에요. 층을 한 번 호출한 뒤"),
    (q4, lambda: ([L.Flatten(), "Dropout", "MaxPooling2D"],), "은(는) 보기의 층 이름이 아니에요"),
])
def test_wrong_kinds_get_a_hint_that_names_them(exercise, answer, phrase, capsys):
    answer = answer() if callable(answer) else answer  # 케라스 객체는 테스트할 때 만듭니다
    assert phrase in wrong(exercise, *answer, capsys=capsys)
