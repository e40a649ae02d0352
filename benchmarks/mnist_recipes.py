#!/usr/bin/env python3
"""MNIST 다층 퍼셉트론: 책의 레시피와 빠른 레시피를 한 프로세스에서 번갈아 훈련해 비교합니다.

12번 노트북(``notebooks/12_mnist_mlp_keras.ipynb``)의 레시피와 같은 설정입니다
(``tests/test_benchmarks_mnist.py``가 노트북과 값이 같은지 확인합니다).

- **책 방식**: 책의 ``tf.contrib.learn.DNNClassifier(hidden_units=[300, 100], n_classes=10)``가
  옵티마이저를 적지 않았을 때 쓰던 기본값, 곧 Adagrad(학습률 0.05)로 배치 50, 40,000 스텝
  (≈ 36 에포크) 훈련합니다. 텐서플로 1.x의 ``dnn.py``에서 ``_LEARNING_RATE = 0.05``이고,
  ``optimizer=None``이면 Adagrad입니다.
- **저수준 SGD** (``--recipes book sgd fast``로 함께): 책의 다음 절(13번 노트북)이 쓰는 SGD 0.01.
- **빠른 레시피**: 12번 노트북 4절의 레시피. 검증 98.2%에 빨리 닿도록 검증 세트 점수만 보고
  골랐습니다(``benchmarks/README.md``).
- **긴 레시피**: 같은 모델을 배치 256으로 18 에포크. 테스트 98.5%를 목표로 한 설정입니다.

레시피들을 **한 에포크씩 번갈아** 훈련하므로 그 순간의 부하가 모든 레시피에 똑같이 걸립니다.
레시피마다 검증 정확도가 처음 98.2%(책이 보고한 테스트 정확도) 이상이 된 에포크와 그때까지의
훈련 시간, 빠른 레시피가 끝난 시각에 책 방식이 닿아 있던 검증 정확도(같은 시간 예산), 마지막에
딱 한 번 잰 테스트 정확도를 출력합니다. 시간은 보고만 하고 검사하지 않습니다.

저장소 루트에서 강의 가상 환경으로 실행하세요::

    .venv/bin/python benchmarks/mnist_recipes.py   # 책 방식 36 에포크, 빠른 레시피, 긴 레시피
    .venv/bin/python benchmarks/mnist_recipes.py --recipes fast long --seeds 42 0 1 2 3 --threads 1
    .venv/bin/python benchmarks/mnist_recipes.py --recipes book sgd fast --book-epochs 10
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

from utils.data import load_mnist
from utils.env import environment_line, import_tensorflow, set_seed
from utils.training import EpochTimer

tf = import_tensorflow()  # 텐서플로의 C++ 로그 없이 먼저 임포트합니다
import keras  # noqa: E402

N_TRAIN = 55_000          # 책처럼 훈련 60,000개 중 앞 55,000개로 훈련하고 뒤 5,000개는 검증
BOOK_STEPS = 40_000       # 책: dnn_clf.fit(X_train, y_train, batch_size=50, steps=40000)
BOOK_TARGET = 0.982       # 책이 보고한 테스트 정확도
FAST_TARGET = 0.985       # 빠른 레시피의 목표 테스트 정확도 (보고만 합니다)
FAST_BUDGET_S = 60.0      # 빠른 레시피의 목표 훈련 시간 (조용한 2코어 CPU, 보고만 합니다)
SPEEDUP_GOAL = 3.0        # 검증 98.2%에 책 방식보다 몇 배 빨리 닿는 것이 목표인지 (보고만 합니다)


@dataclass(frozen=True)
class Recipe:
    """훈련 레시피 하나: 모델 모양, 옵티마이저, 학습률 스케줄, 배치 크기, 에포크 수."""

    name: str
    hidden_units: tuple[int, ...]
    dropout: float
    optimizer: str          # "adagrad", "sgd" 또는 "adam"
    learning_rate: float    # 고정 학습률, 또는 스케줄의 가장 큰 학습률
    warmup_epochs: float    # 0이 아니면 0에서 learning_rate까지 선형으로 올린 뒤
    cosine_decay: bool      # True이면 코사인 곡선으로 0까지 줄입니다
    batch_size: int
    epochs: int


# 책 방식: DNNClassifier의 기본값 Adagrad(0.05), 배치 50, 40,000 스텝 ≈ 36 에포크 (노트북 3절)
BOOK = Recipe("책 방식", hidden_units=(300, 100), dropout=0.0, optimizer="adagrad",
              learning_rate=0.05, warmup_epochs=0.0, cosine_decay=False, batch_size=50,
              epochs=round(BOOK_STEPS * 50 / N_TRAIN))
# 책의 저수준 절(13번 노트북)의 옵티마이저: SGD 0.01, 배치 50
SGD = Recipe("저수준 SGD", hidden_units=(300, 100), dropout=0.0, optimizer="sgd",
             learning_rate=0.01, warmup_epochs=0.0, cosine_decay=False, batch_size=50,
             epochs=BOOK.epochs)
# 빠른 레시피 (노트북 4절): 검증 98.2%에 빨리 닿도록 고른 짧은 스케줄
FAST = Recipe("빠른 레시피", hidden_units=(512, 256), dropout=0.2, optimizer="adam",
              learning_rate=0.003, warmup_epochs=0.5, cosine_decay=True, batch_size=512,
              epochs=8)
# 긴 레시피: 같은 모델을 배치 256으로 더 오래. 테스트 98.5%를 목표로 고른 설정 (README 참고)
LONG = Recipe("긴 레시피", hidden_units=(512, 256), dropout=0.2, optimizer="adam",
              learning_rate=0.002, warmup_epochs=0.0, cosine_decay=True, batch_size=256,
              epochs=18)
RECIPES = {"book": BOOK, "sgd": SGD, "fast": FAST, "long": LONG}


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


def make_schedule(recipe: Recipe, n_train: int) -> float | keras.optimizers.schedules.CosineDecay:
    """레시피의 학습률: 고정값, 또는 워밍업 + 코사인 감쇠 스케줄 (전체 스텝 수에 맞춰)."""
    if not recipe.cosine_decay:
        return recipe.learning_rate
    steps_per_epoch = -(-n_train // recipe.batch_size)  # 올림 나눗셈
    warmup = int(recipe.warmup_epochs * steps_per_epoch)
    return keras.optimizers.schedules.CosineDecay(
        initial_learning_rate=0.0 if warmup else recipe.learning_rate,
        decay_steps=recipe.epochs * steps_per_epoch - warmup,
        warmup_target=recipe.learning_rate if warmup else None, warmup_steps=warmup)


def make_optimizer(recipe: Recipe, n_train: int) -> keras.optimizers.Optimizer:
    """레시피의 옵티마이저를 만듭니다."""
    optimizers = {"adagrad": keras.optimizers.Adagrad, "sgd": keras.optimizers.SGD,
                  "adam": keras.optimizers.Adam}
    if recipe.optimizer not in optimizers:
        raise ValueError(f"알 수 없는 옵티마이저입니다 (unknown optimizer): {recipe.optimizer!r}")
    return optimizers[recipe.optimizer](learning_rate=make_schedule(recipe, n_train))


@dataclass
class Run:
    """훈련 중인 레시피 하나와 에포크마다 모은 기록."""

    recipe: Recipe
    model: keras.Model
    val_accuracy: list[float] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)  # 에포크가 끝났을 때까지의 훈련 시간 합
    test_accuracy: float = float("nan")

    def first_epoch_reaching(self, target: float) -> int | None:
        """검증 정확도가 처음 target 이상이 된 에포크(1부터). 못 닿았으면 None."""
        return next((i + 1 for i, acc in enumerate(self.val_accuracy) if acc >= target), None)

    def seconds_to(self, target: float) -> float | None:
        epoch = self.first_epoch_reaching(target)
        return None if epoch is None else self.seconds[epoch - 1]

    def val_accuracy_at(self, seconds: float) -> float | None:
        """훈련 시간 seconds까지 끝난 마지막 에포크의 검증 정확도 (같은 시간 예산)."""
        done = [acc for acc, sec in zip(self.val_accuracy, self.seconds) if sec <= seconds]
        return done[-1] if done else None


def train_in_turns(runs: Sequence[Run], x_train, y_train, validation_data,
                   progress: bool = True) -> None:
    """레시피들을 한 에포크씩 번갈아 훈련합니다 (노트북 5절의 루프와 같은 방법).

    시간은 ``EpochTimer``가 에포크 안(훈련과 그 에포크의 검증)만 재서 더하므로, ``fit``을
    에포크마다 따로 부르는 준비 시간은 들어가지 않습니다.
    """
    timers = [EpochTimer() for _ in runs]
    for epoch in range(max(run.recipe.epochs for run in runs)):
        for run, timer in zip(runs, timers):
            if epoch >= run.recipe.epochs:
                continue
            history = run.model.fit(x_train, y_train, batch_size=run.recipe.batch_size,
                                    initial_epoch=epoch, epochs=epoch + 1,
                                    validation_data=validation_data, verbose=0,
                                    callbacks=[timer])
            run.seconds = list(timer.seconds)
            run.val_accuracy.append(float(history.history["val_accuracy"][-1]))
        if progress:
            print(f"  에포크 {epoch + 1}: " + " · ".join(
                f"{run.recipe.name} 검증 {run.val_accuracy[-1]:.4f} ({run.seconds[-1]:.1f} s)"
                for run in runs if epoch < run.recipe.epochs), flush=True)


def compare(recipes: Sequence[Recipe], data: tuple, seed: int = 42,
            progress: bool = True) -> list[Run]:
    """같은 시드로 레시피들을 번갈아 훈련하고, 끝난 뒤 테스트 세트로 한 번씩 잽니다."""
    (x_train, y_train), validation_data, (x_test, y_test) = data
    runs = []
    for recipe in recipes:
        set_seed(seed)  # 레시피마다 같은 시드에서 초기 가중치를 만듭니다
        model = build_mlp(recipe.hidden_units, recipe.dropout)
        model.compile(optimizer=make_optimizer(recipe, len(x_train)),
                      loss="sparse_categorical_crossentropy", metrics=["accuracy"])
        runs.append(Run(recipe, model))
    train_in_turns(runs, x_train, y_train, validation_data, progress)
    for run in runs:
        predictions = run.model.predict(x_test, verbose=0, batch_size=1000).argmax(axis=1)
        run.test_accuracy = float((predictions == y_test).mean())
    return runs


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
    drop = f", Dropout {recipe.dropout}" if recipe.dropout else ""
    optimizer = {"sgd": "SGD", "adam": "Adam", "adagrad": "Adagrad"}[recipe.optimizer]
    schedule = ""
    if recipe.cosine_decay:
        warmup = f"{recipe.warmup_epochs} 에포크 워밍업 뒤 " if recipe.warmup_epochs else ""
        schedule = f", {warmup}코사인 감쇠"
    return (f"{shape}{drop}, {optimizer}(학습률 {recipe.learning_rate}{schedule}), "
            f"배치 {recipe.batch_size}, {recipe.epochs} 에포크")


def fmt_reached(run: Run, target: float) -> str:
    epoch = run.first_epoch_reaching(target)
    return "닿지 못함" if epoch is None else f"에포크 {epoch}, {run.seconds[epoch - 1]:.1f} s"


def loadavg() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def report(all_runs: dict[int, list[Run]]) -> None:
    """시드마다의 표, 같은 목표·같은 예산 비교, 여러 시드의 중앙값과 가장 나쁜 값."""
    print("\n| 시드 | 레시피 | 에포크 | 훈련 시간 | 마지막 검증 정확도 | 검증 98.2% 처음 도달 | "
          "테스트 정확도 |")
    print("|---|---|---|---|---|---|---|")
    for seed, runs in all_runs.items():
        for run in runs:
            print(f"| {seed} | {run.recipe.name} | {run.recipe.epochs} | {run.seconds[-1]:.1f} s | "
                  f"{run.val_accuracy[-1]:.4f} | {fmt_reached(run, BOOK_TARGET)} | "
                  f"{run.test_accuracy:.4f} |")
    for seed, runs in all_runs.items():
        book = next((run for run in runs if run.recipe.name == BOOK.name), None)
        if book is None:
            continue
        if book.recipe.epochs == BOOK.epochs:
            reached = "닿음" if book.test_accuracy >= BOOK_TARGET else "닿지 못함"
            print(f"시드 {seed}: 책 방식 {BOOK.epochs} 에포크의 테스트 정확도 "
                  f"{book.test_accuracy:.4f}, 책의 {BOOK_TARGET:.1%}에 {reached}")
        for other in runs:
            if other is book:
                continue
            book_t, other_t = book.seconds_to(BOOK_TARGET), other.seconds_to(BOOK_TARGET)
            if book_t is not None and other_t is not None:
                print(f"시드 {seed}: 검증 98.2%에 책 방식 {book_t:.1f} s, {other.recipe.name} "
                      f"{other_t:.1f} s → {book_t / other_t:.1f}배 빠름 "
                      f"(빠른 레시피의 목표: {SPEEDUP_GOAL:.0f}배 이상)")
            else:
                print(f"시드 {seed}: 책 방식이나 {other.recipe.name}가 검증 98.2%에 닿지 못해 "
                      "시간 비율을 낼 수 없습니다")
            budget = other.seconds[-1]
            at_budget = book.val_accuracy_at(budget)
            shown = "에포크 하나도 끝나지 않음" if at_budget is None else f"{at_budget:.4f}"
            print(f"시드 {seed}: 같은 시간 예산({other.recipe.name}의 {budget:.1f} s)의 "
                  f"검증 정확도: {other.recipe.name} {other.val_accuracy[-1]:.4f}, "
                  f"책 방식 {shown}")
    names = dict.fromkeys(run.recipe.name for runs in all_runs.values() for run in runs)
    for name in names:
        same = [run for runs in all_runs.values() for run in runs if run.recipe.name == name]
        if len(same) < 2 or name == BOOK.name:
            continue
        accuracies = [run.test_accuracy for run in same]
        seconds = [run.seconds[-1] for run in same]
        print(f"{name}, 시드 {len(same)}개: 테스트 정확도 중앙값 "
              f"{statistics.median(accuracies):.4f}, 가장 나쁜 값 {min(accuracies):.4f} "
              f"(목표 {FAST_TARGET:.1%}); 훈련 시간 중앙값 "
              f"{statistics.median(seconds):.1f} s, 가장 긴 값 {max(seconds):.1f} s "
              f"(목표 {FAST_BUDGET_S:.0f} s)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--recipes", nargs="+", choices=list(RECIPES),
                        default=["book", "fast", "long"],
                        help="번갈아 훈련할 레시피 (기본: book fast long)")
    parser.add_argument("--book-epochs", type=int, default=BOOK.epochs,
                        help=f"책 방식과 저수준 SGD의 에포크 수 (기본 {BOOK.epochs} ≈ 40,000 스텝)")
    parser.add_argument("--fast-epochs", type=int, default=FAST.epochs,
                        help=f"빠른 레시피 에포크 수 (기본 {FAST.epochs})")
    parser.add_argument("--long-epochs", type=int, default=LONG.epochs,
                        help=f"긴 레시피 에포크 수 (기본 {LONG.epochs})")
    parser.add_argument("--seeds", type=int, nargs="+", default=[42], help="시드 (기본 42)")
    parser.add_argument("--threads", type=int, default=None,
                        help="텐서플로 스레드 수 (intra-op와 inter-op 모두; 기본: 텐서플로가 정함)")
    parser.add_argument("--n-train", type=int, default=N_TRAIN,
                        help="훈련 샘플 수 (빠른 점검용으로 줄일 수 있습니다)")
    parser.add_argument("--standardize", action="store_true",
                        help="책처럼 입력을 StandardScaler로 표준화합니다 (기본: 255로 나눈 0~1)")
    parser.add_argument("--no-progress", action="store_true", help="에포크마다의 출력을 숨깁니다")
    args = parser.parse_args(argv)
    if not 0 < args.n_train <= N_TRAIN:
        parser.error(f"--n-train은 1 이상 {N_TRAIN} 이하여야 합니다")
    if args.threads is not None:
        if args.threads < 1:
            parser.error("--threads는 1 이상이어야 합니다")
        try:
            tf.config.threading.set_intra_op_parallelism_threads(args.threads)
            tf.config.threading.set_inter_op_parallelism_threads(args.threads)
        except RuntimeError:  # 텐서플로가 이미 계산을 시작한 프로세스에서는 바꿀 수 없습니다
            parser.error("--threads는 새 프로세스에서만 쓸 수 있습니다 (텐서플로가 이미 초기화됨)")

    epochs = {"book": args.book_epochs, "sgd": args.book_epochs, "fast": args.fast_epochs,
              "long": args.long_epochs}
    recipes = [Recipe(**{**RECIPES[key].__dict__, "epochs": epochs[key]})
               for key in dict.fromkeys(args.recipes)]

    print(f"날짜: {dt.datetime.now().isoformat(timespec='minutes')}")
    print(f"컴퓨터: {platform.machine()} · CPU {os.cpu_count()}개 · {platform.platform()}")
    print(environment_line())
    print(f"텐서플로 스레드: {args.threads or '기본값'} · 시작할 때 부하(load average 1/5/15분): "
          f"{loadavg()}")
    data = load_data(args.n_train)
    if args.standardize:
        data = standardize(data)
    print("입력:", "StandardScaler로 표준화" if args.standardize else "255로 나눈 0~1 픽셀")
    for recipe in recipes:
        print(f"[{recipe.name}] {describe(recipe)}")

    all_runs = {}
    for seed in args.seeds:
        print(f"\n시드 {seed}: 한 에포크씩 번갈아 훈련합니다")
        all_runs[seed] = compare(recipes, data, seed, progress=not args.no_progress)
    print(f"\n끝날 때 부하(load average 1/5/15분): {loadavg()}")
    report(all_runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
