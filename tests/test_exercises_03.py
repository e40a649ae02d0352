"""03번 노트북(모델) 연습 문제: 정답은 통과, 알려진 실수와 흔한 잘못된 종류는 그에 맞는 힌트."""

from __future__ import annotations

import numpy as np
import pytest
from sources import wrong

import utils  # noqa: F401  (텐서플로 로그 환경 변수를 먼저 정합니다)
from utils.exercises.ex03 import q1, q2, q3, q4

keras = pytest.importorskip("keras")
L = keras.layers
# 연습 4를 손으로: encoder 한 벌 784·32 + 32 = 25,120, 출력층은 32·3 = 96개 입력 → 96 + 1 = 97
SHARED_PARAMS = 25_217



def seq3(hidden=64):
    return keras.Sequential([keras.Input(shape=(100,)), L.Dense(hidden, activation="relu"),
                             L.Dense(3, activation="softmax")])


def func3(hidden=64, activation="relu", out_activation="softmax"):
    inputs = keras.Input(shape=(100,))
    x = L.Dense(hidden, activation=activation)(inputs)
    return keras.Model(inputs, L.Dense(3, activation=out_activation)(x))


def three(n_extra=1, *, is_even_activation="sigmoid", is_even_from="common", common=True,
          ink_activation=None):
    """5절의 모델에 is_even 출력을 더한 것. 키워드로 흔한 실수를 하나씩 넣습니다."""
    image = keras.Input(shape=(28, 28), name="image")
    flat = L.Flatten(name="flatten")(image)
    features = L.Dense(64, activation="relu", name="common" if common else "hidden")(flat)
    source = {"common": features, "flatten": flat}[is_even_from]
    outs = [L.Dense(10, activation="softmax", name="digit")(features),
            L.Dense(1, activation=ink_activation, name="ink")(features)]
    outs += [L.Dense(1, activation=is_even_activation, name=f"is_even{k}")(source)
             for k in range(n_extra)]
    return keras.Model(image, outs)


def test_solutions_pass(capsys):
    assert q1.check(seq3(), func3())
    assert q2.check(three())
    assert q3.check(np.array([[0.001], [0.499]]), np.array([-0.998]))
    assert q3.check([0.0, 0.5], -1.0)
    assert q4.check(SHARED_PARAMS) and q4.check(np.int64(SHARED_PARAMS)) and q4.check(25_217.0)
    assert capsys.readouterr().out.count("✅") == 7


def test_functional_copy_does_not_change_the_learners_model(capsys):
    func = func3()
    before = [w.copy() for w in func.get_weights()]
    assert q1.check(seq3(), func)
    assert all(np.array_equal(a, b) for a, b in zip(before, func.get_weights()))


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    (q1, lambda: (seq3(), func3(hidden=32)), "가중치 개수가 달라요: 6,659개와 3,331개"),
    (q1, lambda: (seq3(), func3(activation="tanh")), "같은 가중치로 출력이 달라요"),
    (q1, lambda: (seq3(), func3(out_activation="sigmoid")), "같은 가중치로 출력이 달라요"),
    (q1, lambda: (seq3(), seq3()),
     "func3에는 함수형 모델을 넣으세요(지금은 호출할 수 있는 Sequential)"),
    (q2, lambda: (three(is_even_activation=None),), "{'ink': 'linear', 'is_even0': 'linear'}예요"),
    (q2, lambda: (three(is_even_activation="relu"),), "'is_even0': 'relu'"),
    (q2, lambda: (three(ink_activation="sigmoid"),), "{'ink': 'sigmoid', 'is_even0': 'sigmoid'}"),
    (q2, lambda: (three(is_even_from="flatten"),), "출력층 ['is_even0']이(가) 5절의 common"),
    (q2, lambda: (three(common=False),), "출력층 ['digit', 'ink', 'is_even0']이(가) 5절의 common"),
    (q2, lambda: (three(0),), "출력 [(10,), (1,)])"),
    (q2, lambda: (three(2),), "출력 [(10,), (1,), (1,), (1,)])"),
    (q3, (np.array([[0.5], [0.0]]), np.array([-1.0])), "특성 순서가 [x², x]인가요"),
    (q3, (np.array([[0.0], [0.5]]), np.array([0.0])), "편향 [0.]이에요. 훈련을 보세요"),
    (q3, (np.array([[0.5]]), np.array([-1.0])),
     "커널 값 2개와 편향 값 1개를 넣으세요(지금은 모양이 (1, 1)인 배열"),
    (q4, (75_457,), "encoder를 세 번 셌어요"),
    (q4, (25_120,), "출력층 Dense(1)의 커널과 편향도 더하세요"),
    (q4, (25_153,), "32 × 3 = 96개 값을 받습니다"),
    (q4, (25_216,), "한 번씩 세어 더하세요"),
    (q4, (25_217.5,), "한 번씩 세어 더하세요"),
])
def test_known_mistakes_get_their_hint(exercise, answer, phrase, capsys):
    answer = answer() if callable(answer) else answer  # 모델은 테스트할 때 만듭니다
    assert phrase in wrong(exercise, *answer, capsys=capsys)


class Subclassed(keras.Model):
    def call(self, x):
        return [x, x, x]


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    (q1, lambda: (seq3(), "model"), "func3에는 함수형 모델을 넣으세요(지금은 문자열 'model')"),
    (q1, lambda: (seq3(), None), "아직 답이 None이에요. keras.Input(shape=(100,))"),  # 자리 코드
    (q1, lambda: (seq3(), func3), "호출할 수 있는 function)"),  # 모델을 만드는 함수를 호출하지 않음
    (q2, (None,), "아직 답이 None이에요. features 텐서에"),
    (q2, lambda: (Subclassed(),), "(지금은 호출할 수 있는 Subclassed, 출력 [])"),
    (q2, lambda: (keras.Sequential([L.Dense(3)]),), "출력 [])"),  # 입력 모양을 모르는 모델
    (q2, lambda: (L.Dense(1),), "(지금은 호출할 수 있는 Dense, 출력 [])"),
    (q3, ("[0, 0.5]", "-1"), "지금은 문자열 '[0, 0.5]', 문자열 '-1'"),
    (q3, (None, None), "아직 답이 None이에요. Adam(learning_rate=0.1)"),
    (q4, ("25217",), "answer에는 숫자 하나를 넣으세요(지금은 문자열 '25217')"),
    (q4, ([25_217, 1],), "지금은 원소 2개짜리 list"),
    (q4, (True,), "지금은 True"),
])
def test_wrong_kinds_get_a_hint_that_names_them(exercise, answer, phrase, capsys):
    answer = answer() if callable(answer) else answer  # 모델은 테스트할 때 만듭니다
    assert phrase in wrong(exercise, *answer, capsys=capsys)


def test_unbuilt_sequential_gets_a_hint_not_an_error(capsys):
    unbuilt = keras.Sequential([L.Dense(64, activation="relu"), L.Dense(3, activation="softmax")])
    assert "keras.Input(shape=(100,))" in wrong(q1, unbuilt, func3(), capsys=capsys)
