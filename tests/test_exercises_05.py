"""05번 노트북(손실 함수 실전) 연습 문제와 손실 이름 정규화기 loss_name."""

from __future__ import annotations

import numpy as np
import pytest
from sources import wrong

from utils.env import import_tensorflow
from utils.exercises.ex05 import loss_name, q1, q2, q3, q4

tf = import_tensorflow()
import keras  # noqa: E402

CHOICES = {
    "스팸 메일인가 아닌가": "binary_crossentropy",
    "아파트 가격 예측": "mse",
    "MNIST 숫자 분류 (정수 레이블 0~9)": "sparse_categorical_crossentropy",
    "MNIST 숫자 분류 (원-핫 레이블)": "categorical_crossentropy",
    "녹음된 말 → 글자 시퀀스 (정렬 없음)": "ctc",
}
PRICE = "아파트 가격 예측"



def test_solutions_pass(capsys):
    # 손실 0.8(가중치 1.0)과 0.3(가중치 0.5)의 가중 합
    for total in (0.95, np.float32(0.95), np.array(0.95), tf.constant(0.95), tf.Variable(0.95)):
        assert q1.check(total)
    # 점수 ≥ 0.3 → 앞의 세 명: 진짜 양성 2, 실제 양성 4, 양성 판정 3
    assert q2.check(0.5, 2 / 3) and q2.check(0.5, 0.67)
    assert q2.check(np.array(0.5), tf.constant(2 / 3))
    assert q3.check(CHOICES)
    assert q4.check("caat") and q4.check("c a a t")
    assert capsys.readouterr().out.count("✅") == 11


@pytest.mark.parametrize("price_loss", ["mse", "mean_squared_error", "MeanSquaredError", "mae",
                                        "mean_absolute_error", "huber", "Huber"])
def test_regression_accepts_mse_mae_or_huber(price_loss, capsys):
    assert q3.check({**CHOICES, PRICE: price_loss})


def test_loss_choices_accept_keras_objects_classes_and_functions(capsys):
    assert q3.check({
        "스팸 메일인가 아닌가": keras.losses.BinaryCrossentropy(),
        PRICE: keras.losses.mean_absolute_error,
        "MNIST 숫자 분류 (정수 레이블 0~9)": "SparseCategoricalCrossentropy",
        "MNIST 숫자 분류 (원-핫 레이블)": keras.losses.CategoricalCrossentropy,
        "녹음된 말 → 글자 시퀀스 (정렬 없음)": keras.losses.CTC(),
    })


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    (q1, (0.475,), "평균을 냈나요"),
    (q1, (0.55,), "평균을 냈나요"),
    (q1, (1.1,), "loss_weights를 곱하는 것을 잊었어요"),
    (q1, (0.3,), "Σ loss_weights × 출력별 손실"),
    (q1, ("0.95",), "숫자 하나"),
    (q1, (np.array([0.8, 0.15]),), "숫자 하나"),
    (q1, (None,), "아직 답이 None"),
    (q2, (2 / 3, 0.5), "바뀌었어요"),
    (q2, (0.5, 1.0), "0.35도 임계값 0.3 이상"),
    (q2, (0.75, 0.6), "재현율 = 찾아낸 양성 / 실제 양성"),
    (q2, ([0.5], [0.5, 0.6]), "숫자 하나"),
    (q3, ({**CHOICES, PRICE: "binary_crossentropy"},), "다시 볼 문제: ['아파트 가격 예측']"),
    (q3, ({**CHOICES, "MNIST 숫자 분류 (정수 레이블 0~9)": "categorical_crossentropy"},),
     "정수 → 희소 범주형"),
    (q3, ({k: v for k, v in CHOICES.items() if v != "ctc"},), "녹음된 말"),
    (q3, ({**CHOICES, PRICE: "cross_entropy"},), "케라스의 손실 이름"),
    (q3, ({**CHOICES, PRICE: 3},), "케라스의 손실 이름"),
    (q3, (list(CHOICES.values()),), "사전을 넣으세요"),
    (q3, ("mse",), "사전을 넣으세요"),
    (q3, (None,), "아직 답이 None"),
    (q4, ("cat",), "같은 글자부터 합치세요"),
    (q4, ("c_a_at",), "이제 빈칸 _를 지우세요"),
    (q4, ("ccaaatt",), "문자열입니다"),
    (q4, (["c", "a", "a", "t"],), "문자열입니다"),
    (q4, (None,), "아직 답이 None"),
])
def test_known_mistakes_get_their_hint(exercise, answer, phrase, capsys):
    assert phrase in wrong(exercise, *answer, capsys=capsys)


@pytest.mark.parametrize(("loss", "name"), [
    ("SparseCategoricalCrossentropy", "sparse_categorical_crossentropy"),
    ("sparse_categorical_crossentropy", "sparse_categorical_crossentropy"),
    (keras.losses.SparseCategoricalCrossentropy(), "sparse_categorical_crossentropy"),
    (keras.losses.SparseCategoricalCrossentropy(from_logits=True),
     "sparse_categorical_crossentropy"),
    (keras.losses.SparseCategoricalCrossentropy, "sparse_categorical_crossentropy"),
    (keras.losses.sparse_categorical_crossentropy, "sparse_categorical_crossentropy"),
    ("mse", "mean_squared_error"), ("MeanSquaredError", "mean_squared_error"),
    (keras.losses.MeanSquaredError(), "mean_squared_error"), ("Huber", "huber"),
    ("CTC", "ctc"), ("binary_crossentropy", "binary_crossentropy"),
    ("nonsense", None), ("", None), (None, None), (3, None), (np.zeros(3), None), ({"a": 1}, None),
])
def test_loss_name_knows_every_spelling_keras_accepts(loss, name):
    assert loss_name(loss) == name


def test_loss_name_agrees_with_compile():
    """문자열 'SparseCategoricalCrossentropy'를 케라스 compile이 받아들이는 것도 확인합니다."""
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, activation="softmax")])
    model.compile(loss="SparseCategoricalCrossentropy")
    model.train_on_batch(np.zeros((2, 3)), np.array([0, 1]))
    assert loss_name(model.loss) == "sparse_categorical_crossentropy"
