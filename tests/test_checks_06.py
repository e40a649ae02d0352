"""05번 노트북(옵티마이저와 작업 흐름) 연습 문제 자가 점검."""

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


# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_sgd_step, (np.array([3.952, -0.4]),),
     [(np.array([4.048, -1.6]),), (np.array([4.0, -1.0]),), ([3.952],), ("3.952, -0.4",),
      (None,)]),
    (checks.check_training_steps, (141,),
     [(140,), (140.625,), (47,), (3,), ("141",), (None,), (True,)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


def test_sgd_step_accepts_a_list_and_a_tensor():
    assert checks.check_sgd_step([3.952, -0.4]) is True
    assert checks.check_sgd_step(keras.ops.convert_to_tensor([3.952, -0.4])) is True


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
