#!/usr/bin/env python3
"""직접 만든 훈련 루프와 ``model.fit()``의 에포크당 시간을 한 프로세스에서 비교합니다.

13번 노트북(``notebooks/13_low_level_tensorflow.ipynb``) 10절의 비교를 더 꼼꼼하게 합니다.
모든 방법이 **같은 모델**(784-300-100-10, ``he_normal``, 같은 시드), **같은 데이터 파이프라인**
(``tf.data``: shuffle → batch(50) → prefetch), 같은 옵티마이저(SGD, 학습률 0.01), 같은 손실로
훈련하고, 모두 훈련 손실과 정확도를 함께 셉니다.

- ``fit``: ``model.compile(...)`` + ``model.fit(train_set)`` (케라스 기본 설정: 스텝마다
  파이썬으로 돌아옴).
- ``fit_spe``: 같은 ``fit()``에 ``compile(steps_per_execution=100)``. 그래프 한 번 호출에 100 스텝을
  실행하므로, 파이썬으로 돌아오는 횟수가 에포크당 1,100번에서 11번으로 줄어듭니다.
- ``fit_bare``: ``train_step``만 재정의해 지표를 모두 뺀(손실과 변수 갱신만 하는) 모델을 같은
  ``steps_per_execution``으로 ``fit()``. ``fit_spe``와의 차이는 지표 계산의 몫이고,
  ``loop_epoch``과의 차이는 ``fit()``이 그래프 안에서 스텝을 돌리는 장치의 몫입니다
  (``fit_bare``는 정확도를 세지 않으므로 ``loop_epoch``보다 일이 적습니다).
- ``loop_epoch``: 노트북의 ``make_train_epoch`` 그대로. 훈련 스텝과 **에포크 전체**를
  ``tf.function``으로 컴파일하고 ``tf.data``를 그래프 안에서 돕니다(에포크당 파이썬 호출 1번).
- ``loop_step``: 훈련 스텝만 ``tf.function``이고 배치는 파이썬 ``for``로 돕니다(비교용).

부하가 들쭉날쭉한 컴퓨터에서도 공정하도록 모든 방법을 **한 에포크씩 번갈아** 훈련합니다.
첫 번째 차례는 트레이싱(그래프 만들기)이 들어가므로 따로 보여 주고, 나머지 에포크의
중앙값(median)으로 비교합니다. 벽시계 시간(wall)과 프로세스 CPU 시간(cpu)을 함께 잽니다.
CPU 시간은 다른 프로그램이 CPU를 나눠 쓸 때 덜 흔들립니다. ``fit``의 시간은 콜백의
``on_epoch_begin``/``on_epoch_end`` 사이만 재므로 ``fit()`` 호출마다 드는 준비 시간은 빠집니다
(``fit``에 유리한 쪽으로 잽니다). 출력은 측정값과 비율뿐이고 합격/불합격 판정은 하지 않습니다.

저장소 루트에서 강의 가상 환경으로 실행하세요::

    .venv/bin/python benchmarks/custom_loop_vs_fit.py                # 5 에포크씩 (2코어에서 약 2분)
    .venv/bin/python benchmarks/custom_loop_vs_fit.py --epochs 3
    .venv/bin/python benchmarks/custom_loop_vs_fit.py --only fit_spe loop_epoch
    .venv/bin/python benchmarks/custom_loop_vs_fit.py --only fit_spe fit_bare loop_epoch \
        --steps-per-execution 1100                                   # 에포크당 파이썬 호출 1번끼리

시간은 컴퓨터와 그 순간의 부하에 따라 달라집니다. 그래서 출력 첫머리와 끝에 부하(load
average)를 적고, 테스트는 시간을 검사하지 않습니다(``tests/test_benchmarks_loop.py``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence

import numpy as np

from utils.data import load_mnist
from utils.env import environment_line, import_tensorflow, set_seed

tf = import_tensorflow()  # 텐서플로의 C++ 로그 없이 먼저 임포트합니다
import keras  # noqa: E402

N_TRAIN = 55_000
BATCH_SIZE = 50
LEARNING_RATE = 0.01
STEPS_PER_EXECUTION = 100
VARIANTS = ("fit", "fit_spe", "fit_bare", "loop_epoch", "loop_step")
n_inputs, n_hidden1, n_hidden2, n_outputs = 28 * 28, 300, 100, 10


def build_keras_dnn(name):
    keras.utils.set_random_seed(42)
    return keras.Sequential([
        keras.Input(shape=(n_inputs,)),
        keras.layers.Dense(n_hidden1, activation="relu", kernel_initializer="he_normal",
                           name="hidden1"),
        keras.layers.Dense(n_hidden2, activation="relu", kernel_initializer="he_normal",
                           name="hidden2"),
        keras.layers.Dense(n_outputs, name="outputs"),        # 로짓 (활성화 없음)
    ], name=name)


def build_fit_model(name, steps_per_execution=1):
    """build_keras_dnn 모델을 fit()용으로 컴파일합니다 (SGD 0.01, 로짓을 받는 크로스엔트로피)."""
    model = build_keras_dnn(name)
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.01),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                  metrics=["accuracy"], steps_per_execution=steps_per_execution)
    return model


def make_train_epoch(model, optimizer):
    """model을 한 에포크 훈련하는 함수를 만듭니다 (그 함수는 평균 손실과 정확도를 돌려줌)."""

    @tf.function
    def train_step(X_batch, y_batch):
        with tf.GradientTape() as tape:
            logits = model(X_batch, training=True)          # 훈련 모드 (드롭아웃 등이 켜짐)
            xentropy = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y_batch, logits=logits)
            loss = tf.reduce_mean(xentropy)
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        n_correct = tf.reduce_sum(tf.cast(tf.math.in_top_k(y_batch, logits, k=1), tf.float32))
        return loss, n_correct

    @tf.function
    def train_epoch(dataset):
        total_loss, total_correct, n_batches, n_samples = 0.0, 0.0, 0.0, 0.0
        for X_batch, y_batch in dataset:                     # 그래프 안의 반복
            loss, n_correct = train_step(X_batch, y_batch)
            total_loss += loss
            total_correct += n_correct
            n_batches += 1.0
            n_samples += tf.cast(tf.shape(X_batch)[0], tf.float32)
        return total_loss / n_batches, total_correct / n_samples

    return train_epoch


def make_python_loop_epoch(model, optimizer):
    """비교용: 훈련 스텝만 tf.function이고, 배치는 파이썬 for로 돕니다."""

    @tf.function
    def train_step(X_batch, y_batch):
        with tf.GradientTape() as tape:
            logits = model(X_batch, training=True)
            loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(
                labels=y_batch, logits=logits))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        n_correct = tf.reduce_sum(tf.cast(tf.math.in_top_k(y_batch, logits, k=1), tf.float32))
        return loss, n_correct

    def train_epoch(dataset):
        total_loss, total_correct, n_batches, n_samples = 0.0, 0.0, 0, 0
        for X_batch, y_batch in dataset:
            loss, n_correct = train_step(X_batch, y_batch)
            total_loss += loss                              # 텐서끼리 더함 (.numpy() 없음)
            total_correct += n_correct
            n_batches += 1
            n_samples += int(X_batch.shape[0])
        return total_loss / n_batches, total_correct / n_samples

    return train_epoch


class _BareStepModel(keras.Model):
    """fit_bare: 지표 없이 손실과 변수 갱신만 하는 train_step. fit()의 스텝 실행 장치만 남깁니다."""

    def train_step(self, data):
        X_batch, y_batch = data
        with tf.GradientTape() as tape:
            logits = self(X_batch, training=True)
            loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(
                labels=y_batch, logits=logits))
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        return {"loss": loss}


def clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


class _EpochClock(keras.callbacks.Callback):
    """fit()의 에포크 하나가 걸린 (벽시계, CPU) 시간을 기록합니다."""

    def __init__(self) -> None:
        super().__init__()
        self.last: tuple[float, float] = (0.0, 0.0)
        self._start = (0.0, 0.0)

    def on_epoch_begin(self, epoch, logs=None):
        self._start = clock()

    def on_epoch_end(self, epoch, logs=None):
        wall, cpu = clock()
        self.last = (wall - self._start[0], cpu - self._start[1])


def make_runners(x_train: np.ndarray, y_train: np.ndarray, batch_size: int,
                 only: Sequence[str], steps_per_execution: int = STEPS_PER_EXECUTION,
                 ) -> dict[str, tuple[keras.Model, Callable[[], tuple]]]:
    """방법마다 (모델, '한 에포크 훈련하고 (wall, cpu)를 돌려주는 함수')를 만듭니다.

    모든 방법이 같은 ``train_set``(같은 섞기, 같은 배치)을 씁니다.
    """
    train_set = (tf.data.Dataset.from_tensor_slices((x_train, y_train))
                 .shuffle(len(x_train), seed=42)
                 .batch(batch_size)
                 .prefetch(tf.data.AUTOTUNE))
    runners: dict[str, tuple[keras.Model, Callable[[], tuple]]] = {}
    fit_variants = [("fit", 1), ("fit_spe", steps_per_execution),
                    ("fit_bare", steps_per_execution)]
    for name, spe in fit_variants:
        if name not in only:
            continue
        if name == "fit_bare":
            layers = build_keras_dnn(f"{name}_layers")
            fit_model = _BareStepModel(layers.inputs[0], layers.outputs[0], name=f"{name}_dnn")
            fit_model.compile(optimizer=keras.optimizers.SGD(learning_rate=LEARNING_RATE),
                              steps_per_execution=spe)
        else:
            fit_model = build_fit_model(f"{name}_dnn", steps_per_execution=spe)
        epoch_clock = _EpochClock()

        def run_fit(fit_model=fit_model, epoch_clock=epoch_clock):
            fit_model.fit(train_set, epochs=1, shuffle=False,       # 섞기는 train_set이 합니다
                          verbose=0, callbacks=[epoch_clock])
            return epoch_clock.last

        runners[name] = (fit_model, run_fit)
    for name, factory in [("loop_epoch", make_train_epoch),
                          ("loop_step", make_python_loop_epoch)]:
        if name not in only:
            continue
        model = build_keras_dnn(f"{name}_dnn")
        train_epoch = factory(model, keras.optimizers.SGD(learning_rate=LEARNING_RATE))

        def run_loop(train_epoch=train_epoch):
            start = clock()
            loss, _ = train_epoch(train_set)
            float(loss)                                       # 계산이 끝날 때까지 기다립니다
            end = clock()
            return end[0] - start[0], end[1] - start[1]

        runners[name] = (model, run_loop)
    return runners


def validation_accuracy(model: keras.Model, x: np.ndarray, y: np.ndarray) -> float:
    correct = tf.math.in_top_k(y, model(x, training=False), k=1)
    return float(tf.reduce_mean(tf.cast(correct, tf.float32)))


def benchmark(epochs: int = 5, n_train: int = N_TRAIN, batch_size: int = BATCH_SIZE,
              only: Sequence[str] = VARIANTS, seed: int = 42, out=sys.stdout,
              steps_per_execution: int = STEPS_PER_EXECUTION) -> dict:
    """고른 방법들을 한 에포크씩 번갈아 ``epochs + 1``번 훈련하고 결과 사전을 돌려줍니다.

    Returns:
        ``{방법: {"first": (wall, cpu), "wall": [...], "cpu": [...], "val_accuracy": float}}``
    """
    if epochs < 1:
        raise ValueError(f"epochs는 1 이상이어야 합니다, 받은 값: {epochs}")
    unknown = set(only) - set(VARIANTS)
    if unknown or not only:
        raise ValueError(f"only는 {VARIANTS} 중에서 골라야 합니다, 받은 값: {list(only)}")
    if steps_per_execution < 1:
        raise ValueError("steps_per_execution은 1 이상이어야 합니다, "
                         f"받은 값: {steps_per_execution}")
    set_seed(seed)
    (x_full, y_full), _ = load_mnist()
    x_train, y_train = x_full[:n_train], y_full[:n_train].astype("int32")
    x_valid, y_valid = x_full[N_TRAIN:], y_full[N_TRAIN:].astype("int32")
    runners = make_runners(x_train, y_train, batch_size, only, steps_per_execution)
    results = {name: {"wall": [], "cpu": []} for name in runners}
    for round_ in range(epochs + 1):                          # 0번째 차례 = 트레이싱 포함
        for name, (_, run) in runners.items():
            wall, cpu = run()
            if round_ == 0:
                results[name]["first"] = (wall, cpu)
            else:
                results[name]["wall"].append(wall)
                results[name]["cpu"].append(cpu)
        print(f"  차례 {round_}/{epochs} 끝", file=out, flush=True)
    for name, (model, _) in runners.items():
        results[name]["val_accuracy"] = validation_accuracy(model, x_valid, y_valid)
    return results


def format_results(results: dict, epochs: int, batch_size: int, n_train: int,
                   steps_per_execution: int = STEPS_PER_EXECUTION) -> str:
    """결과 표: 방법마다 첫 에포크(트레이싱 포함), 중앙값, ``fit``에 대한 비율, 검증 정확도.

    판정(목표 달성 여부)은 적지 않습니다. 비율은 그 컴퓨터, 그 순간의 측정값일 뿐입니다.
    """
    lines = [f"에포크당 시간 (훈련 {n_train:,}개, 배치 {batch_size}, 에포크 {epochs}번의 중앙값; "
             "첫 에포크는 트레이싱 포함; fit_spe, fit_bare는 "
             f"steps_per_execution={steps_per_execution})",
             f"{'방법':<12}{'첫 wall':>9}{'wall':>9}{'cpu':>9}{'wall/fit':>10}{'cpu/fit':>9}"
             f"{'검증 정확도':>12}"]
    base = results.get("fit")
    for name, r in results.items():
        wall, cpu = statistics.median(r["wall"]), statistics.median(r["cpu"])
        if base is not None:
            ratio_wall = wall / statistics.median(base["wall"])
            ratio_cpu = cpu / statistics.median(base["cpu"])
            ratios = f"{ratio_wall:10.2f}{ratio_cpu:9.2f}"
        else:
            ratios = f"{'-':>10}{'-':>9}"
        lines.append(f"{name:<12}{r['first'][0]:8.2f}s{wall:8.2f}s{cpu:8.2f}s{ratios}"
                     f"{r['val_accuracy']:12.4f}")
    for slower in ("fit", "fit_spe", "fit_bare"):
        if slower in results and "loop_epoch" in results:
            ratio = (statistics.median(results["loop_epoch"]["wall"])
                     / statistics.median(results[slower]["wall"]))
            lines.append(f"벽시계 시간 비율 loop_epoch / {slower}: {ratio:.2f}")
    return "\n".join(lines)


def load_line() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except (AttributeError, OSError):
        return "부하(load average): 알 수 없음"
    return (f"부하(load average) 1분 {one:.2f}, 5분 {five:.2f}, 15분 {fifteen:.2f} · "
            f"CPU {os.cpu_count()}개")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--epochs", type=int, default=5, help="잴 에포크 수 (트레이싱 에포크 제외)")
    parser.add_argument("--n-train", type=int, default=N_TRAIN, help="훈련 샘플 수 (최대 55,000)")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    parser.add_argument("--only", nargs="+", choices=VARIANTS, default=list(VARIANTS))
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--steps-per-execution", type=int, default=STEPS_PER_EXECUTION,
                        help="fit_spe의 compile(steps_per_execution=...)")
    args = parser.parse_args(argv)
    if not 1 <= args.n_train <= N_TRAIN:
        parser.error(f"--n-train은 1~{N_TRAIN} 사이여야 합니다")
    print(environment_line())
    print("시작 전", load_line(), flush=True)
    results = benchmark(args.epochs, args.n_train, args.batch_size, args.only, args.seed,
                        steps_per_execution=args.steps_per_execution)
    print("끝난 뒤", load_line())
    print(format_results(results, args.epochs, args.batch_size, args.n_train,
                         args.steps_per_execution))
    return 0


if __name__ == "__main__":
    sys.exit(main())
