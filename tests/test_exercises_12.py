"""12번 노트북(케라스로 MNIST 훈련) 연습: 정답은 통과, 알려진 실수와 잘못된 종류는 맞는 힌트."""

from __future__ import annotations

import numpy as np
import pytest
from sources import wrong

from utils.env import import_tensorflow
from utils.exercises.ex12 import q1, q2, q3

import_tensorflow()
import keras  # noqa: E402


def dnn(loss="sparse_categorical_crossentropy", hidden_act="relu", out_act="softmax",
        input_shape=(784,), dropout=False):
    """make_dnn(hidden_units)를 만듭니다: 기본값이 모범 답, 인자 하나를 바꾸면 실수입니다."""
    def make_dnn(hidden_units):
        layers = [keras.Input(shape=input_shape)]
        for units in hidden_units:
            layers.append(keras.layers.Dense(units, activation=hidden_act))
            layers += [keras.layers.Dropout(0.2)] if dropout else []
        model = keras.Sequential(layers + [keras.layers.Dense(10, activation=out_act)])
        if loss is not None:
            model.compile(optimizer="sgd", loss=loss, metrics=["accuracy"])
        return model
    return make_dnn


def per_class_accuracy(cm):
    return np.diag(cm) / cm.sum(axis=1)


def test_solutions_pass(capsys):
    # 60,000 ÷ 100 = 600 스텝이 한 에포크, 20,000 ÷ 600 = 33.33… 에포크 (손으로 계산)
    assert q1.check(600, 20_000 / 600) and q1.check(600.0, 33.33)
    assert q1.check(np.int64(600), 33.333)
    assert q2.check(dnn())
    assert q2.check(dnn(loss=keras.losses.SparseCategoricalCrossentropy(), dropout=True))
    assert q3.check(per_class_accuracy)
    assert q3.check(lambda cm: [cm[i, i] / sum(cm[i]) for i in range(len(cm))])  # 리스트도 됩니다
    assert capsys.readouterr().out.count("✅") == 7


@pytest.mark.parametrize("loss", [
    "SparseCategoricalCrossentropy", "sparse_categorical_crossentropy",
    keras.losses.SparseCategoricalCrossentropy, keras.losses.sparse_categorical_crossentropy])
def test_make_dnn_accepts_every_spelling_keras_accepts(loss, capsys):
    # 이슈 12의 결함: 두 손실 이름 정규화기가 어긋나 compile(loss="SparseCategoricalCrossentropy")가
    # 한 점검에서는 통과하고 다른 점검에서는 떨어졌습니다
    assert q2.check(dnn(loss=loss)) is True


def fixed_300_100(hidden_units):  # 인자를 무시합니다
    return dnn()([300, 100])


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    (q1, (600, 33), "반올림하지 말고"),
    (q1, (550, 20_000 / 550), "60,000개 전부예요"),
    (q1, (100, 200), "에포크당 스텝 = 60,000 ÷ 100"),
    (q2, (dnn(loss=None),), "loss='sparse_categorical_crossentropy'로 compile하세요"),
    (q2, (dnn(loss="categorical_crossentropy"),), "레이블이 정수이므로"),
    (q2, (dnn(hidden_act="sigmoid"),), "(300, 'sigmoid')"),
    (q2, (dnn(out_act=None),), "(10, 'linear')]예요. 은닉층 relu, 출력층 softmax 10개"),
    (q2, (dnn(input_shape=(28, 28)),), "입력은 (784,)예요"),
    (q2, (fixed_300_100,), "make_dnn([64])의 Dense 층이 [(300, 'relu'), (100, 'relu'), (10,"),
    (q3, (lambda cm: np.diag(cm) / cm.sum(axis=0),), "열 말고 행의 합으로"),
    (q3, (np.diag,), "맞힌 개수 그대로예요"),
    (q3, (lambda cm: np.diag(cm) / cm.sum(),), "행 i는 정답이 i인 이미지들"),
])
def test_known_mistakes_get_their_hint(exercise, answer, phrase, capsys):
    assert phrase in wrong(exercise, *answer, capsys=capsys)


def raises(*args):
    raise RuntimeError("아직 못 만들었어요")


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    (q1, (np.arange(600), 33.3), "steps_per_epoch에는 숫자 하나를 넣으세요(지금은 모양이 (600,)"),
    (q1, ("600", 33.3), "지금은 문자열 '600'"),
    (q1, (None, None), "아직 답이 None이에요. 한 스텝은 배치 하나"),
    (q1, (600,), "답을 2개 넣으세요"),
    (q2, (dnn()([300, 100]),), "괄호 없이 넣으세요(지금은 호출할 수 있는 Sequential)"),
    (q2, ("make_dnn",), "지금은 문자열 'make_dnn'"),
    (q2, (None,), "아직 답이 None이에요. 은닉층 relu"),
    (q2, (keras.Sequential,), "괄호 없이 넣으세요"),
    (q2, (raises,), "오류가 났어요(RuntimeError)"),
    (q2, (lambda hidden_units: None,), "오류가 났어요(AttributeError). 은닉층 relu"),  # return 없음
    (q3, (np.eye(10),), "함수 이름을 괄호 없이 넣으세요(지금은 모양이 (10, 10)인 배열)"),
    (q3, (lambda cm: np.trace(cm) / cm.sum(),), "모양 (10,)의 숫자를 돌려줘야 하는데 모양이 ()"),
    (q3, (lambda cm: "np.diag(cm)",), "문자열 'np.diag(cm)'을(를) 돌려줬어요"),
    (q3, (raises,), "함수가 오류를 냈어요: RuntimeError"),
])
def test_wrong_kinds_get_a_hint_that_names_them(exercise, answer, phrase, capsys):
    assert phrase in wrong(exercise, *answer, capsys=capsys)
