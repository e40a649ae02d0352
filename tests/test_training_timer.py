"""utils.training.EpochTimer: fit을 여러 번 불러도 에포크 안의 시간만 이어서 더합니다."""

from __future__ import annotations

from types import SimpleNamespace

import keras
import numpy as np

from utils import training
from utils.training import EpochTimer


def _model() -> keras.Model:
    model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
    model.compile(optimizer="sgd", loss="mse")
    return model


def test_accumulates_across_fit_calls_and_excludes_time_outside_epochs(monkeypatch):
    """가짜 시계로 잽니다: 에포크 안에서 흐른 5초만 더하고, fit 바깥의 100초는 빼야 합니다."""
    clock = {"now": 0.0}
    monkeypatch.setattr(training, "time", SimpleNamespace(perf_counter=lambda: clock["now"]))

    class Advance(keras.callbacks.Callback):  # 타이머보다 앞: 이 5초는 에포크 안에 듭니다
        def on_epoch_end(self, epoch, logs=None):
            clock["now"] += 5.0

    x, y = np.zeros((8, 3), "float32"), np.zeros((8, 1), "float32")
    model, timer = _model(), EpochTimer()
    for epoch in range(3):
        clock["now"] += 100.0  # fit 바깥의 시간
        model.fit(x, y, initial_epoch=epoch, epochs=epoch + 1, verbose=0,
                  callbacks=[Advance(), timer])
    assert timer.seconds == [5.0, 10.0, 15.0]


def test_multi_epoch_fit_records_one_value_per_epoch():
    x, y = np.zeros((8, 3), "float32"), np.zeros((8, 1), "float32")
    timer = EpochTimer()
    _model().fit(x, y, epochs=3, verbose=0, callbacks=[timer])
    assert len(timer.seconds) == 3 and timer.seconds[0] > 0
