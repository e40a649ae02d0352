"""07번 노트북(케라스 작업 흐름) 연습 문제: compile 설정과 가중치 불러오기."""

from __future__ import annotations

import numpy as np
import pytest
from sources import wrong

from utils.env import import_tensorflow
from utils.exercises.ex07 import q1, q2

import_tensorflow()
import keras  # noqa: E402


def make_model(output_units: int = 10) -> keras.Model:
    return keras.Sequential([keras.Input(shape=(784,)),
                             keras.layers.Dense(32, activation="relu"),
                             keras.layers.Dense(output_units, activation="softmax")])


def compiled(optimizer=None, loss="sparse_categorical_crossentropy", units=10,
             metrics=("accuracy",)):
    model = make_model(units)
    model.compile(optimizer=optimizer or keras.optimizers.Adam(learning_rate=0.01), loss=loss,
                  metrics=None if metrics is None else list(metrics))
    return model



@pytest.mark.parametrize("answer", [
    lambda: compiled(),
    lambda: compiled(loss=keras.losses.SparseCategoricalCrossentropy()),
    lambda: compiled(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=False)),
    lambda: compiled(loss="SparseCategoricalCrossentropy"),   # 케라스가 받는 클래스 이름
    lambda: compiled(loss=keras.losses.sparse_categorical_crossentropy),
    lambda: compiled(loss=["sparse_categorical_crossentropy"]),   # 출력 하나에 손실 하나
    lambda: compiled(metrics=["acc"]),
    lambda: compiled(metrics=["sparse_categorical_accuracy"]),
    lambda: compiled(metrics=[keras.metrics.SparseCategoricalAccuracy()]),
    lambda: compiled(metrics=[keras.metrics.sparse_categorical_accuracy]),
    lambda: compiled(metrics=["mse", "accuracy"]),
], ids=["solution", "loss_object", "loss_object_probs", "loss_class_name", "loss_function",
        "loss_list", "acc", "sparse_acc_name", "sparse_acc_object", "sparse_acc_function",
        "extra_metric"])
def test_compiled_model_accepts_correct_answers(answer, capsys):
    assert q1.check(answer()) is True


@pytest.mark.parametrize(("answer", "phrase"), [
    (lambda: compiled(optimizer=keras.optimizers.RMSprop(learning_rate=0.01)), "Adam(learning"),
    (lambda: compiled(optimizer=keras.optimizers.Adam(learning_rate=0.001)), "learning_rate=0.01"),
    (lambda: compiled(loss="categorical_crossentropy"), "'sparse_categorical_crossentropy'"),
    (lambda: compiled(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True)),
     "from_logits 없이"),
    (lambda: compiled(loss=["sparse_categorical_crossentropy", "mse"]), "하나입니다"),
    (lambda: compiled(metrics=["mse"]), "metrics=['accuracy']"),
    (lambda: compiled(metrics=None), "metrics=['accuracy']"),
    (lambda: compiled(metrics=[keras.metrics.Accuracy()]), "Accuracy()"),
    (lambda: compiled(metrics=["categorical_accuracy"]), "categorical_accuracy는 다른 타깃용"),
    (lambda: compiled(units=1), "Dense(10"),
    (lambda: make_model(), "model.compile(...)까지"),                      # 컴파일하지 않음
    (lambda: keras.Sequential([keras.layers.Dense(10)]), "model.compile(...)까지"),
    (lambda: "model", "keras 모델"),
    (lambda: None, "아직 답이 None"),
    (lambda: [compiled()], "keras 모델"),
    (lambda: np.zeros((2, 3)), "keras 모델"),
    (lambda: keras.layers.Dense(10), "keras 모델"),
    (lambda: keras.optimizers.Adam(learning_rate=0.01), "keras 모델"),
    (lambda: make_model, "keras 모델"),                                   # 함수를 부르지 않음
], ids=["rmsprop", "wrong_lr", "wrong_loss", "from_logits", "two_losses", "mse_metric",
        "no_metrics", "accuracy_class", "categorical_accuracy", "wrong_units", "not_compiled",
        "unbuilt", "string", "none", "list", "array", "layer", "optimizer", "function"])
def test_compiled_model_hints(answer, phrase, capsys):
    assert phrase in wrong(q1, answer(), capsys=capsys)


def test_restored_weights(tmp_path, capsys):
    keras.utils.set_random_seed(0)
    original = make_model()
    path = str(tmp_path / "m.weights.h5")
    original.save_weights(path)
    restored = make_model()
    not_loaded = make_model()                      # 새 무작위 가중치 그대로
    restored.load_weights(path)
    assert q2.check(restored, original) is True
    capsys.readouterr()
    assert "가중치가 달라요" in wrong(q2, not_loaded, original, capsys=capsys)
    assert "가중치가 달라요" in wrong(q2, make_model(1), original, capsys=capsys)
    assert "가중치가 달라요" in wrong(q2, keras.Sequential([keras.layers.Dense(10)]), original,
                                    capsys=capsys)
    assert "서로 다른" in wrong(q2, original, original, capsys=capsys)
    assert "서로 다른" in wrong(q2, "model", original, capsys=capsys)
    assert "아직 답이 None" in wrong(q2, original, None, capsys=capsys)
    assert "답을 2개" in wrong(q2, restored, capsys=capsys)
