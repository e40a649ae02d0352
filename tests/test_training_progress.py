"""utils.training.EpochProgressBar: 에포크 진행 막대와 경과 시간 기록."""

from __future__ import annotations

import io

import numpy as np
import pytest

from utils.env import set_seed
from utils.training import EpochProgressBar


def tiny_model():
    import keras

    set_seed(0)
    model = keras.Sequential([keras.Input(shape=(4,)),
                              keras.layers.Dense(3, activation="softmax", name="out")],
                             name="tiny")
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    x = np.random.default_rng(0).random((40, 4)).astype("float32")
    y = np.arange(40) % 3
    return model, x, y


def test_bar_counts_epochs_and_records_seconds():
    model, x, y = tiny_model()
    out = io.StringIO()
    progress = EpochProgressBar("작은 모델", file=out)
    model.fit(x, y, epochs=3, batch_size=8, verbose=0, validation_split=0.25,
              callbacks=[progress])
    text = out.getvalue()
    assert "작은 모델" in text and "3/3 에포크" in text and "100%" in text
    assert "loss=" in text and "acc=" in text and "val_acc=" in text
    assert len(progress.seconds) == 3
    assert all(b >= a >= 0 for a, b in zip(progress.seconds, progress.seconds[1:]))
    assert text.endswith("\n")  # 막대를 닫아 줄을 끝냈습니다


def test_bar_writes_to_stdout_by_default_and_resets_between_fits(capsys):
    model, x, y = tiny_model()
    progress = EpochProgressBar(metrics=("loss",))
    model.fit(x, y, epochs=2, verbose=0, callbacks=[progress])
    model.fit(x, y, epochs=1, verbose=0, callbacks=[progress])
    captured = capsys.readouterr()
    assert "2/2 에포크" in captured.out and "1/1 에포크" in captured.out
    assert "acc=" not in captured.out  # 고른 지표만 보여 줍니다
    assert captured.err == ""
    assert len(progress.seconds) == 1


@pytest.mark.parametrize("kwargs", [{"desc": 3}, {"metrics": "loss"}, {"metrics": ["loss", 1]}])
def test_bad_arguments_raise_type_error(kwargs):
    with pytest.raises(TypeError):
        EpochProgressBar(**kwargs)
