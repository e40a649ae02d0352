"""훈련 도우미 (training helpers): 에포크 단위 진행 막대와 에포크 시간 재기.

``model.fit(..., verbose=0, callbacks=[EpochProgressBar()])``처럼 쓰면 에포크마다 한 칸씩
차는 진행 막대 한 줄과 마지막 지표(손실, 정확도…)가 보입니다. 케라스의 ``verbose=1``처럼
배치마다 로그를 쏟아 내지 않습니다.

진행 막대는 tqdm으로 그리고 **표준 출력(stdout)** 에 씁니다. 주피터에서는 줄 바꿈 없이
같은 줄을 고쳐 쓰고(``\\r``), 저장된 노트북에는 마지막 상태 한 줄이 남습니다. tqdm의
기본값(표준 오류)이나 ``tqdm.auto``의 위젯 막대는 저장된 노트북에서 경고처럼 보이거나
'0%' 상태의 글자만 남기 때문에 쓰지 않습니다.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import IO, Any

from tqdm.std import tqdm

from utils.env import import_tensorflow

import_tensorflow()  # 텐서플로 로그를 숨긴 채로 먼저 임포트합니다
import keras  # noqa: E402

__all__ = ["EpochProgressBar", "EpochTimer", "epoch_progress"]

# 막대 길이를 20칸으로 고정하고, 들쭉날쭉한 '초/에포크' 속도 대신 경과 시간과 남은 시간만 씁니다.
_BAR_FORMAT = ("{desc}: {percentage:3.0f}%|{bar:20}| {n_fmt}/{total_fmt} 에포크 "
               "[{elapsed}<{remaining}{postfix}]")
_SHORT_NAMES = {"loss": "loss", "accuracy": "acc", "val_loss": "val_loss",
                "val_accuracy": "val_acc"}


class EpochProgressBar(keras.callbacks.Callback):
    """에포크마다 한 칸씩 차는 진행 막대 (a tqdm progress bar over epochs).

    막대 오른쪽에 ``metrics``의 최근 값을 보여 주고, 에포크가 끝날 때마다 훈련을 시작한
    뒤 흐른 시간(초)을 ``seconds``에 모읍니다. ``seconds``와 ``history.history``를 함께 쓰면
    '시간에 따른 정확도'를 그릴 수 있습니다.

    Args:
        desc: 막대 앞에 붙일 이름, 예: ``"책 방식"``.
        metrics: 막대 오른쪽에 보여 줄 지표 이름. 로그에 없는 이름은 건너뜁니다.
        file: 막대를 쓸 곳. 기본값은 ``sys.stdout``.

    Attributes:
        seconds: 에포크마다 그 에포크가 끝난 시각(훈련 시작부터 잰 초)의 목록.

    Raises:
        TypeError: desc가 문자열이 아니거나 metrics가 문자열들의 목록이 아닐 때.

    Example::

        progress = EpochProgressBar("훈련")
        history = model.fit(x, y, epochs=5, verbose=0, callbacks=[progress])
        progress.seconds  # [1.9, 3.8, ...]
    """

    def __init__(self, desc: str = "훈련",
                 metrics: Sequence[str] = ("loss", "accuracy", "val_accuracy"),
                 file: IO[str] | None = None) -> None:
        super().__init__()
        if not isinstance(desc, str):
            raise TypeError(f"desc는 문자열이어야 합니다 (desc must be a str), 받은 값: {desc!r}")
        if isinstance(metrics, str) or not all(isinstance(m, str) for m in metrics):
            raise TypeError("metrics는 지표 이름(문자열)들의 목록이어야 합니다 "
                            f"(a sequence of str), 받은 값: {metrics!r}")
        self.desc = desc
        self.metrics = tuple(metrics)
        self.file = file
        self.seconds: list[float] = []
        self._bar: tqdm | None = None
        self._start = 0.0

    def on_train_begin(self, logs: dict[str, Any] | None = None) -> None:
        self.seconds = []
        self._start = time.perf_counter()
        self._bar = tqdm(total=self.params.get("epochs"), desc=self.desc,
                         file=self.file if self.file is not None else sys.stdout,
                         bar_format=_BAR_FORMAT, leave=True, mininterval=0)

    def on_epoch_end(self, epoch: int, logs: dict[str, Any] | None = None) -> None:
        self.seconds.append(time.perf_counter() - self._start)
        if self._bar is None:
            return
        logs = logs or {}
        shown = {_SHORT_NAMES.get(m, m): f"{float(logs[m]):.4f}" for m in self.metrics
                 if m in logs}
        self._bar.set_postfix(shown, refresh=False)
        self._bar.update(1)

    def on_train_end(self, logs: dict[str, Any] | None = None) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


class EpochTimer(keras.callbacks.Callback):
    """에포크 안에서 걸린 시간만 재서, ``fit``을 여러 번 불러도 이어서 더합니다.

    ``on_epoch_begin``부터 ``on_epoch_end``까지(훈련과 그 에포크의 검증)를 재고, ``fit``을 부를
    때마다 드는 준비 시간(데이터 변환, 콜백 준비)은 뺍니다. 그래서 여러 모델을
    ``fit(..., initial_epoch=e, epochs=e + 1)``로 한 에포크씩 번갈아 훈련해도, 모델마다
    ``fit``을 한 번에 불렀을 때와 같은 뜻의 '훈련 시작부터 흐른 시간'이 모입니다.

    Attributes:
        seconds: 에포크마다, 그 에포크까지 걸린 시간의 합(초)의 목록.

    Example::

        timer = EpochTimer()
        for epoch in range(3):
            model.fit(x, y, initial_epoch=epoch, epochs=epoch + 1, verbose=0, callbacks=[timer])
        timer.seconds  # [2.1, 4.0, 5.9]
    """

    def __init__(self) -> None:
        super().__init__()
        self.seconds: list[float] = []
        self._start = 0.0

    def on_epoch_begin(self, epoch: int, logs: dict[str, Any] | None = None) -> None:
        self._start = time.perf_counter()

    def on_epoch_end(self, epoch: int, logs: dict[str, Any] | None = None) -> None:
        total = self.seconds[-1] if self.seconds else 0.0
        self.seconds.append(total + time.perf_counter() - self._start)


def epoch_progress(n_epochs: int, desc: str = "훈련", file: IO[str] | None = None) -> tqdm:
    """직접 만든 훈련 루프(custom training loop)에 쓰는 에포크 진행 막대.

    ``EpochProgressBar``와 모양이 같은 tqdm 막대를 ``range(n_epochs)`` 위에 씌워 돌려줍니다.
    ``for epoch in bar:``로 돌면서 ``bar.set_postfix(loss=..., val_acc=...)``로 최근 지표를
    막대 오른쪽에 보여 줍니다. 막대는 마지막 에포크가 끝나면 저절로 닫힙니다.

    Args:
        n_epochs: 에포크 수 (1 이상의 정수).
        desc: 막대 앞에 붙일 이름.
        file: 막대를 쓸 곳. 기본값은 ``sys.stdout``.

    Raises:
        TypeError: n_epochs가 정수가 아니거나 desc가 문자열이 아닐 때.
        ValueError: n_epochs가 1보다 작을 때.

    Example::

        bar = epoch_progress(10, "저수준 루프")
        for epoch in bar:
            loss = train_epoch(train_set)
            bar.set_postfix(loss=f"{float(loss):.4f}")
    """
    if isinstance(n_epochs, bool) or not isinstance(n_epochs, int):
        raise TypeError("n_epochs는 정수여야 합니다 (n_epochs must be an int), "
                        f"받은 값: {n_epochs!r}")
    if n_epochs < 1:
        raise ValueError(f"n_epochs는 1 이상이어야 합니다 (n_epochs >= 1), 받은 값: {n_epochs}")
    if not isinstance(desc, str):
        raise TypeError(f"desc는 문자열이어야 합니다 (desc must be a str), 받은 값: {desc!r}")
    return tqdm(range(n_epochs), desc=desc, file=file if file is not None else sys.stdout,
                bar_format=_BAR_FORMAT, leave=True, mininterval=0)
