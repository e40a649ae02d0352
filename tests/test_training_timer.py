"""utils.training.EpochTimer: fit을 여러 번 불러도 에포크 안의 시간만 이어서 더합니다."""

from __future__ import annotations

import time

import keras
import numpy as np

from utils.training import EpochTimer


class _Sleep(keras.callbacks.Callback):
    """에포크마다 일정 시간 잠들어, 재야 할 시간을 분명하게 만듭니다."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.sleep_seconds = seconds

    def on_epoch_end(self, epoch, logs=None):
        time.sleep(self.sleep_seconds)


def _model() -> keras.Model:
    model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
    model.compile(optimizer="sgd", loss="mse")
    return model


def test_accumulates_across_fit_calls_and_excludes_time_outside_epochs():
    x, y = np.zeros((8, 3), "float32"), np.zeros((8, 1), "float32")
    model, timer = _model(), EpochTimer()
    model.fit(x, y, epochs=1, verbose=0, callbacks=[timer])  # 트레이싱은 여기서 끝냅니다
    start = len(timer.seconds)
    for epoch in range(1, 4):
        time.sleep(0.2)  # fit 바깥의 시간: 재지 않아야 합니다
        model.fit(x, y, initial_epoch=epoch, epochs=epoch + 1, verbose=0,
                  callbacks=[_Sleep(0.05), timer])  # 타이머가 뒤: 잠든 시간이 에포크 안에 듭니다
    steps = np.diff(timer.seconds[start - 1:])
    assert len(timer.seconds) == 4
    assert all(b > a for a, b in zip(timer.seconds, timer.seconds[1:]))  # 누적합은 늘기만 합니다
    # 에포크 안에서 잠든 0.05초는 들고, fit 바깥의 0.2초는 빠집니다
    assert np.all(steps >= 0.05) and np.all(steps < 0.2), steps


def test_multi_epoch_fit_records_one_value_per_epoch():
    x, y = np.zeros((8, 3), "float32"), np.zeros((8, 1), "float32")
    timer = EpochTimer()
    _model().fit(x, y, epochs=3, verbose=0, callbacks=[timer])
    assert len(timer.seconds) == 3 and timer.seconds[0] > 0
