"""12번 노트북 연습 문제 자가 점검: 모범 답은 통과하고, 틀린 답은 힌트와 함께 떨어지는지."""

from __future__ import annotations

import numpy as np
import pytest

from utils import checks
from utils.env import import_tensorflow

import_tensorflow()
import keras  # noqa: E402


def make_dnn(hidden_units):
    """모범 답: DNNClassifier(hidden_units=..., n_classes=10)를 대신하는 함수."""
    model = keras.Sequential([keras.Input(shape=(784,))]
                             + [keras.layers.Dense(units, activation="relu")
                                for units in hidden_units]
                             + [keras.layers.Dense(10, activation="softmax")])
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def make_dnn_with_dropout_and_loss_object(hidden_units):
    """다른 모양의 모범 답: Dropout이 끼어 있고 손실을 객체로 넘깁니다."""
    layers = [keras.Input(shape=(784,))]
    for units in hidden_units:
        layers += [keras.layers.Dense(units, activation="relu"), keras.layers.Dropout(0.2)]
    model = keras.Sequential(layers + [keras.layers.Dense(10, activation="softmax")])
    model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy())
    return model


def fixed_300_100(hidden_units):  # 인자를 무시합니다
    return make_dnn([300, 100])


def not_compiled(hidden_units):
    return keras.Sequential([keras.Input(shape=(784,))]
                            + [keras.layers.Dense(u, activation="relu") for u in hidden_units]
                            + [keras.layers.Dense(10, activation="softmax")])


def one_hot_loss(hidden_units):
    model = not_compiled(hidden_units)
    model.compile(optimizer="sgd", loss="categorical_crossentropy")
    return model


def sigmoid_hidden(hidden_units):
    model = keras.Sequential([keras.Input(shape=(784,))]
                             + [keras.layers.Dense(u, activation="sigmoid") for u in hidden_units]
                             + [keras.layers.Dense(10, activation="softmax")])
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
    return model


def no_softmax(hidden_units):
    model = keras.Sequential([keras.Input(shape=(784,))]
                             + [keras.layers.Dense(u, activation="relu") for u in hidden_units]
                             + [keras.layers.Dense(10)])
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
    return model


def wrong_input(hidden_units):
    model = keras.Sequential([keras.Input(shape=(28, 28))]
                             + [keras.layers.Dense(u, activation="relu") for u in hidden_units]
                             + [keras.layers.Dense(10, activation="softmax")])
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
    return model


def crashes(hidden_units):
    raise RuntimeError("아직 못 만들었어요")


# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_epochs_from_steps, (600, 20_000 / 600),
     [(600, 33), (600, 33.0), (60_000 / 100, 20), ("600", 33.33), (600.5, 33.33),
      (1100, 20_000 / 1100), (None, None), (100, 200.0)]),
    (checks.check_make_dnn, (make_dnn,),
     [(fixed_300_100,), (not_compiled,), (one_hot_loss,), (sigmoid_hidden,), (no_softmax,),
      (wrong_input,), (crashes,), (make_dnn([300, 100]),), ("make_dnn",), (None,),
      (lambda hidden_units: "model",)]),
    (checks.check_per_class_accuracy, (lambda cm: np.diag(cm) / cm.sum(axis=1),),
     [(lambda cm: np.diag(cm) / cm.sum(axis=0),), (lambda cm: np.trace(cm) / cm.sum(),),
      (lambda cm: np.diag(cm),), (lambda cm: np.diag(cm) / cm.sum(),), (np.eye(10),),
      (None,), ("np.diag(cm) / cm.sum(axis=1)",)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


def test_epochs_accepts_rounded_by_hand_and_float_steps(capsys):
    assert checks.check_epochs_from_steps(600.0, 33.33) is True
    assert checks.check_epochs_from_steps(60_000 // 100, 33.333) is True


def test_make_dnn_accepts_other_correct_styles(capsys):
    assert checks.check_make_dnn(make_dnn_with_dropout_and_loss_object) is True
    assert "✅" in capsys.readouterr().out


def _make_dnn_with_loss(loss):
    def make(hidden_units):
        layers = [keras.Input(shape=(784,))]
        layers += [keras.layers.Dense(units, activation="relu") for units in hidden_units]
        model = keras.Sequential(layers + [keras.layers.Dense(10, activation="softmax")])
        model.compile(optimizer="adam", loss=loss)
        return model
    return make


@pytest.mark.parametrize("loss", ["SparseCategoricalCrossentropy",
                                  "sparse_categorical_crossentropy"])
def test_make_dnn_accepts_every_spelling_keras_accepts(loss, capsys):
    # Keras가 받아들이는 표기는 _loss_name과 같은 규칙으로 알아봅니다 (두 정규화기가 어긋나던 결함)
    assert checks.check_make_dnn(_make_dnn_with_loss(loss)) is True


def test_make_dnn_rejects_the_one_hot_loss_with_a_hint(capsys):
    assert checks.check_make_dnn(_make_dnn_with_loss("categorical_crossentropy")) is False
    out = capsys.readouterr().out
    assert "sparse_categorical_crossentropy" in out
