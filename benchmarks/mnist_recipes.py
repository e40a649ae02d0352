#!/usr/bin/env python3
"""MNIST 다층 퍼셉트론: 책 방식 레시피와 빠른 레시피를 한 프로세스에서 비교합니다.

12번 노트북(``notebooks/14_mnist_mlp_keras.ipynb``)의 두 레시피와 같은 설정입니다
(``tests/test_benchmarks_mnist.py``가 노트북과 값이 같은지 확인합니다).
노트북은 시간 예산 때문에 책 방식을 몇 에포크만 훈련하지만, 이 스크립트는 기본으로 책의
훈련량(40,000 스텝 × 배치 50 ≈ 36 에포크)을 끝까지 돌립니다. 레시피마다 테스트 정확도,
훈련 시간(``model.fit``만 잰 벽시계 시간과 CPU 시간), 검증 정확도가 처음 98.2%에 닿은
시간을 출력하고, 마지막에 시간 비율을 출력합니다.

저장소 루트에서 강의 가상 환경으로 실행하세요::

    .venv/bin/python benchmarks/mnist_recipes.py                   # 두 레시피, 시드 42
    .venv/bin/python benchmarks/mnist_recipes.py --book-epochs 5   # 노트북과 같은 예산
    .venv/bin/python benchmarks/mnist_recipes.py --only fast --seeds 42 0 1 2

시간은 컴퓨터와 그 순간의 부하에 따라 달라집니다. 그래서 출력 첫머리에 부하(load average)를
적고, 테스트는 시간을 검사하지 않습니다.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass

from utils.data import load_mnist
from utils.env import environment_line, import_tensorflow, set_seed
from utils.training import EpochProgressBar

import_tensorflow()  # 텐서플로의 C++ 로그 없이 먼저 임포트합니다
import keras  # noqa: E402

N_TRAIN = 55_000          # 책처럼 훈련 60,000개 중 앞 55,000개로 훈련하고
BOOK_STEPS = 40_000       # 책: dnn_clf.fit(X_train, y_train, batch_size=50, steps=40000)
BOOK_TARGET = 0.982       # 책이 보고한 테스트 정확도
FAST_TARGET = 0.985       # 빠른 레시피가 넘어야 할 테스트 정확도


@dataclass(frozen=True)
class Recipe:
    """훈련 레시피 하나: 모델 모양과 옵티마이저, 배치 크기, 에포크 수."""

    name: str
    hidden_units: tuple[int, ...]
    dropout: float
    optimizer: str          # "sgd" 또는 "adam"
    learning_rate: float
    cosine_decay: bool      # True이면 학습률을 코사인 곡선으로 0까지 줄입니다
    batch_size: int
    epochs: int


# 책 방식: SGD, 학습률 0.01, 배치 50, 40,000 스텝 ≈ 36 에포크 (노트북 3절)
BOOK = Recipe("책 방식", hidden_units=(300, 100), dropout=0.0, optimizer="sgd",
              learning_rate=0.01, cosine_decay=False, batch_size=50,
              epochs=round(BOOK_STEPS * 50 / N_TRAIN))
# 빠른 레시피 (노트북 4절)
FAST = Recipe("빠른 레시피", hidden_units=(512, 256), dropout=0.2, optimizer="adam",
              learning_rate=0.002, cosine_decay=True, batch_size=256, epochs=18)


def build_mlp(hidden_units: Sequence[int], dropout: float = 0.0,
              name: str = "mlp") -> keras.Sequential:
    """ReLU 은닉층들(각각 뒤에 Dropout)과 소프트맥스 출력층 10개로 된 다층 퍼셉트론."""
    model = keras.Sequential(name=name)
    model.add(keras.Input(shape=(784,)))
    for i, units in enumerate(hidden_units, start=1):
        model.add(keras.layers.Dense(units, activation="relu", name=f"hidden{i}"))
        if dropout:
            model.add(keras.layers.Dropout(dropout, name=f"dropout{i}"))
    model.add(keras.layers.Dense(10, activation="softmax", name="output"))
    return model


def make_optimizer(recipe: Recipe, n_train: int) -> keras.optimizers.Optimizer:
    """레시피의 옵티마이저를 만듭니다 (코사인 스케줄이면 전체 스텝 수에 맞춰)."""
    learning_rate = recipe.learning_rate
    if recipe.cosine_decay:
        steps = recipe.epochs * -(-n_train // recipe.batch_size)  # 올림 나눗셈
        learning_rate = keras.optimizers.schedules.CosineDecay(recipe.learning_rate, steps)
    if recipe.optimizer == "sgd":
        return keras.optimizers.SGD(learning_rate=learning_rate)
    if recipe.optimizer == "adam":
        return keras.optimizers.Adam(learning_rate=learning_rate)
    raise ValueError(f"알 수 없는 옵티마이저입니다 (unknown optimizer): {recipe.optimizer!r}")


def busy_cpu_seconds() -> float | None:
    """컴퓨터 전체의 CPU가 지금까지 일한 시간(초, 모든 코어 합). 리눅스가 아니면 None."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(v) for v in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


@dataclass
class Result:
    recipe: Recipe
    seed: int
    steps: int
    wall_s: float
    cpu_s: float
    others_cpu_s: float | None  # 같은 시간에 다른 프로세스가 쓴 CPU 시간 (부하)
    test_accuracy: float
    val_accuracy: list[float]
    epoch_seconds: list[float]

    def seconds_to(self, target: float) -> float | None:
        """검증 정확도가 처음 target 이상이 된 에포크가 끝난 시각(초). 못 닿았으면 None."""
        for acc, sec in zip(self.val_accuracy, self.epoch_seconds):
            if acc >= target:
                return sec
        return None


def run_recipe(recipe: Recipe, data: tuple, seed: int = 42, progress: bool = True) -> Result:
    """레시피 하나를 훈련하고 테스트 정확도와 시간을 잽니다 (fit만 잽니다)."""
    (x_train, y_train), (x_valid, y_valid), (x_test, y_test) = data
    set_seed(seed)
    model = build_mlp(recipe.hidden_units, recipe.dropout, name="mlp")
    model.compile(optimizer=make_optimizer(recipe, len(x_train)),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    bar = EpochProgressBar(f"{recipe.name} (시드 {seed})",
                           file=sys.stdout if progress else io.StringIO())
    busy, wall, cpu = busy_cpu_seconds(), time.perf_counter(), time.process_time()
    history = model.fit(x_train, y_train, batch_size=recipe.batch_size, epochs=recipe.epochs,
                        validation_data=(x_valid, y_valid), verbose=0, callbacks=[bar])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    busy_after = busy_cpu_seconds()
    others = None if busy is None or busy_after is None else max(0.0, busy_after - busy - cpu)
    predictions = model.predict(x_test, verbose=0, batch_size=1000).argmax(axis=1)
    accuracy = float((predictions == y_test).mean())
    return Result(recipe, seed, steps=recipe.epochs * -(-len(x_train) // recipe.batch_size),
                  wall_s=wall, cpu_s=cpu, others_cpu_s=others, test_accuracy=accuracy,
                  val_accuracy=[float(v) for v in history.history["val_accuracy"]],
                  epoch_seconds=list(bar.seconds))


def load_data(n_train: int = N_TRAIN) -> tuple:
    """훈련 55,000 · 검증 5,000 · 테스트 10,000 (픽셀은 0~1)."""
    (x_full, y_full), (x_test, y_test) = load_mnist(normalize=True, flatten=True)
    return ((x_full[:n_train], y_full[:n_train]), (x_full[N_TRAIN:], y_full[N_TRAIN:]),
            (x_test, y_test))


def standardize(data: tuple) -> tuple:
    """책처럼 scikit-learn의 StandardScaler로 픽셀마다 평균 0, 표준편차 1로 바꿉니다."""
    from sklearn.preprocessing import StandardScaler

    (x_train, y_train), (x_valid, y_valid), (x_test, y_test) = data
    scaler = StandardScaler().fit(x_train)
    return ((scaler.transform(x_train), y_train), (scaler.transform(x_valid), y_valid),
            (scaler.transform(x_test), y_test))


def describe(recipe: Recipe) -> str:
    shape = "-".join(str(n) for n in (784, *recipe.hidden_units, 10))
    schedule = ", 코사인 감쇠" if recipe.cosine_decay else ""
    drop = f", Dropout {recipe.dropout}" if recipe.dropout else ""
    optimizer = {"sgd": "SGD", "adam": "Adam"}.get(recipe.optimizer, recipe.optimizer)
    return (f"{shape}{drop}, {optimizer}(학습률 {recipe.learning_rate}{schedule}), "
            f"배치 {recipe.batch_size}, {recipe.epochs} 에포크")


def fmt_seconds(value: float | None) -> str:
    return "닿지 못함" if value is None else f"{value:.1f} s"


def fmt_others(result: Result) -> str:
    """다른 프로세스가 쓴 CPU를 '코어 몇 개만큼'으로 (0이면 조용한 컴퓨터)."""
    if result.others_cpu_s is None:
        return "?"
    return f"{result.others_cpu_s / result.wall_s:.1f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--book-epochs", type=int, default=BOOK.epochs,
                        help=f"책 방식 에포크 수 (기본 {BOOK.epochs} ≈ 40,000 스텝)")
    parser.add_argument("--fast-epochs", type=int, default=FAST.epochs,
                        help=f"빠른 레시피 에포크 수 (기본 {FAST.epochs})")
    parser.add_argument("--seeds", type=int, nargs="+", default=[42], help="시드 (기본 42)")
    parser.add_argument("--only", choices=["book", "fast"], help="한 레시피만 돌립니다")
    parser.add_argument("--n-train", type=int, default=N_TRAIN,
                        help="훈련 샘플 수 (빠른 점검용으로 줄일 수 있습니다)")
    parser.add_argument("--standardize", action="store_true",
                        help="책처럼 입력을 StandardScaler로 표준화합니다 (기본: 255로 나눈 0~1)")
    parser.add_argument("--no-progress", action="store_true", help="진행 막대를 숨깁니다")
    args = parser.parse_args(argv)
    if not 0 < args.n_train <= N_TRAIN:
        parser.error(f"--n-train은 1 이상 {N_TRAIN} 이하여야 합니다")

    recipes = {"book": Recipe(**{**BOOK.__dict__, "epochs": args.book_epochs}),
               "fast": Recipe(**{**FAST.__dict__, "epochs": args.fast_epochs})}
    if args.only:
        recipes = {args.only: recipes[args.only]}

    print(f"날짜: {dt.datetime.now().isoformat(timespec='minutes')}")
    print(f"컴퓨터: {platform.machine()} · CPU {os.cpu_count()}개 · {platform.platform()}")
    print(environment_line())
    load = "/".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"시작할 때 부하(load average 1/5/15분): {load}")
    data = load_data(args.n_train)
    if args.standardize:
        data = standardize(data)
    print("입력:", "StandardScaler로 표준화" if args.standardize else "255로 나눈 0~1 픽셀")

    results: dict[str, list[Result]] = {key: [] for key in recipes}
    for key, recipe in recipes.items():
        print(f"\n[{recipe.name}] {describe(recipe)}")
        for seed in args.seeds:
            result = run_recipe(recipe, data, seed, progress=not args.no_progress)
            results[key].append(result)
            print(f"  시드 {seed}: 테스트 정확도 {result.test_accuracy:.4f} · "
                  f"훈련 {result.wall_s:.1f} s (CPU {result.cpu_s:.1f} s, 다른 프로세스 "
                  f"평균 {fmt_others(result)} 코어) · "
                  f"{result.steps:,} 스텝 · 검증 {BOOK_TARGET:.1%} 도달 "
                  f"{fmt_seconds(result.seconds_to(BOOK_TARGET))}")

    load = "/".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"\n끝날 때 부하(load average 1/5/15분): {load}")
    print("\n| 레시피 | 에포크 | 테스트 정확도 | 훈련 시간 (벽시계) | CPU 시간 | "
          "다른 프로세스 (코어) | 검증 98.2% 도달 |")
    print("|---|---|---|---|---|---|---|")
    for rs in results.values():
        for r in rs:
            print(f"| {r.recipe.name} (시드 {r.seed}) | {r.recipe.epochs} | {r.test_accuracy:.4f} "
                  f"| {r.wall_s:.1f} s | {r.cpu_s:.1f} s | {fmt_others(r)} "
                  f"| {fmt_seconds(r.seconds_to(BOOK_TARGET))} |")
    if len(results) == 2:
        book = sum(r.wall_s for r in results["book"]) / len(results["book"])
        fast = sum(r.wall_s for r in results["fast"]) / len(results["fast"])
        print(f"\n훈련 시간 비율 (책 방식 / 빠른 레시피): {book / fast:.1f}배")
        for book_r, fast_r in zip(results["book"], results["fast"]):
            target = max(book_r.val_accuracy)  # 책 방식이 닿은 가장 높은 검증 정확도
            book_t, fast_t = book_r.seconds_to(target), fast_r.seconds_to(target)
            if book_t is not None and fast_t is not None:
                print(f"시드 {book_r.seed}: 책 방식이 {book_t:.1f} s 걸려 닿은 검증 정확도 "
                      f"{target:.4f}에 빠른 레시피는 {fast_t:.1f} s에 닿았습니다 "
                      f"({book_t / fast_t:.1f}배 빠름).")
    for r in results.get("fast", []):
        mark = "넘음" if r.test_accuracy >= FAST_TARGET else "못 넘음"
        print(f"빠른 레시피 시드 {r.seed}: 목표 {FAST_TARGET:.1%} {mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
