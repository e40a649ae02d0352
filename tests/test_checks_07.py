"""07번 노트북(케라스 작업 흐름) 연습 문제 자가 점검."""

from __future__ import annotations

import numpy as np
import pytest

from utils import checks
from utils.env import import_tensorflow

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
    lambda: compiled(loss=keras.losses.sparse_categorical_crossentropy),
    lambda: compiled(loss=["sparse_categorical_crossentropy"]),   # 출력 하나에 손실 하나
    lambda: compiled(loss=("sparse_categorical_crossentropy",)),
    lambda: compiled(metrics=["acc"]),
    lambda: compiled(metrics=["sparse_categorical_accuracy"]),
    lambda: compiled(metrics=[keras.metrics.SparseCategoricalAccuracy()]),
    lambda: compiled(metrics=[keras.metrics.sparse_categorical_accuracy]),
    lambda: compiled(metrics=["mse", "accuracy"]),
], ids=["solution", "loss_object", "loss_object_probs", "loss_function", "loss_list",
        "loss_tuple", "acc", "sparse_acc_name", "sparse_acc_object", "sparse_acc_function",
        "extra_metric"])
def test_compiled_model_accepts_correct_answers(answer, capsys):
    assert checks.check_compiled_model(answer()) is True
    assert "✅" in capsys.readouterr().out


def _raises():
    raise RuntimeError("학습자 함수의 오류")


@pytest.mark.parametrize("answer,expected_hint", [
    (lambda: compiled(optimizer=keras.optimizers.RMSprop(learning_rate=0.01)), "Adam"),
    (lambda: compiled(optimizer=keras.optimizers.Adam(learning_rate=0.001)), "0.01"),
    (lambda: compiled(loss="categorical_crossentropy"), "sparse_categorical_crossentropy"),
    (lambda: compiled(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True)),
     "from_logits"),
    (lambda: compiled(loss=["sparse_categorical_crossentropy", "mse"]),
     "sparse_categorical_crossentropy"),
    (lambda: compiled(metrics=["mse"]), "accuracy"),
    (lambda: compiled(metrics=None), "accuracy"),
    (lambda: compiled(metrics=[keras.metrics.Accuracy()]), "Accuracy()"),
    (lambda: compiled(metrics=["categorical_accuracy"]), "원-핫"),
    (lambda: compiled(units=1), "Dense(10"),
    (lambda: make_model(), "compile"),  # 컴파일하지 않음
    (lambda: keras.Sequential([keras.layers.Dense(10)]), "compile"),  # 아직 만들어지지 않은 모델
    (lambda: "model", "keras 모델"),
    (lambda: None, "keras 모델"),
    (lambda: 3, "keras 모델"),
    (lambda: 0.5, "keras 모델"),
    (lambda: True, "keras 모델"),
    (lambda: [compiled()], "keras 모델"),
    (lambda: (compiled(),), "keras 모델"),
    (lambda: {"model": compiled()}, "keras 모델"),
    (lambda: np.array(1.0), "keras 모델"),
    (lambda: np.zeros((2, 3)), "keras 모델"),
    (lambda: keras.ops.ones((2, 2)), "keras 모델"),
    (lambda: keras.layers.Dense(10), "keras 모델"),
    (lambda: keras.optimizers.Adam(learning_rate=0.01), "keras 모델"),
    (lambda: _raises, "keras 모델"),
], ids=["rmsprop", "wrong_lr", "wrong_loss", "from_logits", "two_losses", "mse_metric",
        "no_metrics", "accuracy_class", "categorical_accuracy", "wrong_units", "not_compiled",
        "unbuilt", "string", "none", "int", "float", "bool", "list", "tuple", "dict",
        "array_0d", "array_2d", "tensor", "layer", "optimizer", "function"])
def test_compiled_model_rejects_wrong_answers(answer, expected_hint, capsys):
    assert checks.check_compiled_model(answer()) is False
    out = capsys.readouterr().out
    assert "힌트" in out and expected_hint in out, out


def test_restored_weights_accepts_a_model_loaded_from_a_file(tmp_path):
    original = make_model()
    path = str(tmp_path / "m.weights.h5")
    original.save_weights(path)
    restored = make_model()
    restored.load_weights(path)
    assert checks.check_restored_weights(restored, original) is True


def test_restored_weights_rejects_wrong_answers(check_cases):
    keras.utils.set_random_seed(0)
    original = make_model()
    not_loaded = make_model()                      # 새 무작위 가중치 그대로
    assert not all(np.allclose(a, b) for a, b in
                   zip(not_loaded.get_weights(), original.get_weights()))
    check_cases(checks.check_restored_weights, (_copy_of(original), original),
                [(not_loaded, original), (original, original), (make_model(1), original),
                 (keras.Sequential([keras.layers.Dense(10)]), original), ("model", original),
                 (None, None), (original, "model")])


def _copy_of(model: keras.Model) -> keras.Model:
    copy = make_model()
    copy.set_weights(model.get_weights())
    return copy


@pytest.mark.parametrize("value", [0, 1.5, True, "model", None, [1, 2], (1, 2), {"a": 1},
                                   np.array(0.0), np.zeros((2, 3)), _raises],
                         ids=["int", "float", "bool", "str", "none", "list", "tuple", "dict",
                              "array_0d", "array_2d", "function"])
def test_restored_weights_never_raises_for_odd_inputs(value, capsys):
    model = make_model()
    for args in [(value, model), (model, value), (value, value)]:
        assert checks.check_restored_weights(*args) is False
        out = capsys.readouterr().out
        assert "힌트" in out and out.split("힌트:")[1].strip(), out
    assert checks.check_restored_weights(keras.ops.ones((2, 2)), model) is False
    assert checks.check_restored_weights(keras.layers.Dense(3), model) is False
