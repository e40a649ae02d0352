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


def compiled(optimizer=None, loss="sparse_categorical_crossentropy", units=10):
    model = make_model(units)
    model.compile(optimizer=optimizer or keras.optimizers.Adam(learning_rate=0.01), loss=loss,
                  metrics=["accuracy"])
    return model


def test_compiled_model_accepts_the_solution():
    assert checks.check_compiled_model(compiled()) is True
    loss_object = compiled(loss=keras.losses.SparseCategoricalCrossentropy())
    assert checks.check_compiled_model(loss_object) is True


@pytest.mark.parametrize("answer", [
    lambda: compiled(optimizer=keras.optimizers.RMSprop(learning_rate=0.01)),
    lambda: compiled(optimizer=keras.optimizers.Adam(learning_rate=0.001)),
    lambda: compiled(loss="categorical_crossentropy"),
    lambda: compiled(units=1),
    lambda: make_model(),  # 컴파일하지 않음
    lambda: keras.Sequential([keras.layers.Dense(10)]),  # 아직 만들어지지 않은 모델
    lambda: "model",
    lambda: None,
], ids=["rmsprop", "wrong_lr", "wrong_loss", "wrong_units", "not_compiled", "unbuilt",
        "string", "none"])
def test_compiled_model_rejects_wrong_answers(answer, capsys):
    assert checks.check_compiled_model(answer()) is False
    assert "힌트" in capsys.readouterr().out


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
