"""데이터와 결과의 그래프 (charts shared by the lessons).

훈련 곡선, 손글씨 숫자, 결정 경계, ROC 곡선, 활성화 함수와 도함수, 손실 등고선, 탐색 결과처럼
숫자를 그리는 그림을 모았습니다. 상자와 화살표 그림은 ``utils.diagrams``, 뉴런과 신경망
그림은 ``utils.neurons``, 케라스 모델의 층 그래프는 ``utils.model_graph``에 있습니다.
한글 글꼴은 ``utils.env.setup_notebook()``이 정합니다.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator


def new_axes(ax: Any, figsize: tuple[float, float]) -> plt.Axes:
    """그릴 축을 돌려줍니다: ``ax``가 ``None``이면 ``figsize`` 크기의 새 그림에 만든 축을.

    그림 함수들이 함께 쓰는 도우미입니다(``ax=None``이면 새로 만들고, 주면 그 축에 그립니다).

    Raises:
        TypeError: ax가 ``None``도 matplotlib Axes도 아닐 때.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    elif not isinstance(ax, plt.Axes):
        raise TypeError(f"ax는 matplotlib Axes여야 합니다, 받은 값: {type(ax).__name__}")
    return ax


def finish_diagram(ax: plt.Axes, xlim: tuple[float, float], ylim: tuple[float, float],
                   title: str | None) -> plt.Axes:
    """그림 함수들의 마무리: 보이는 범위를 정하고 축(눈금, 테두리)을 감추고 제목을 답니다."""
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.axis("off")
    if title:
        ax.set_title(title)
    return ax


def plot_history(history: Any, metrics: Sequence[str] = ("loss", "accuracy"),
                 title: str | None = None) -> Figure:
    """훈련 곡선(training curves)을 그립니다: 지표마다 훈련/검증 값을 에포크별로.

    Args:
        history: ``model.fit()``이 돌려준 ``History`` 또는 ``{"loss": [...], ...}`` 사전.
        metrics: 그릴 지표 이름. ``val_`` 접두사가 붙은 값이 있으면 함께 그립니다.
        title: 그림 전체 제목.
    """
    data = history.history if hasattr(history, "history") else history
    if not isinstance(data, Mapping):
        raise TypeError("history는 keras History나 사전이어야 합니다 "
                        f"(History or dict expected), 받은 값: {type(history).__name__}")
    if isinstance(metrics, str):
        metrics = (metrics,)
    missing = [m for m in metrics if m not in data]
    if missing:
        raise ValueError(f"history에 없는 지표입니다 / metrics not in history: {missing}; "
                         f"있는 지표 / available: {sorted(data)}")
    labels = {"loss": "손실", "accuracy": "정확도"}
    fig, axes = plt.subplots(1, len(metrics), figsize=(5 * len(metrics), 3.6), squeeze=False)
    for ax, metric in zip(axes[0], metrics):
        values = np.asarray(data[metric])
        epochs = np.arange(1, len(values) + 1)
        ax.plot(epochs, values, "o-", label="훈련")
        if f"val_{metric}" in data:
            ax.plot(epochs, np.asarray(data[f"val_{metric}"]), "s--", label="검증")
        ax.set_xlabel("에포크")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel(labels.get(metric, metric))
        ax.set_title(f"{labels.get(metric, metric)} ({metric})")
        ax.grid(alpha=0.3)
        ax.legend()
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


def plot_digits(images: np.ndarray, labels: Sequence[int] | np.ndarray | None = None,
                predictions: Sequence[int] | np.ndarray | None = None, *, n_cols: int = 10,
                size: float = 1.2, title: str | None = None) -> Figure:
    """손글씨 숫자 이미지를 격자로 보여 줍니다.

    예측이 주어지면 제목에 ``정답→예측``을 쓰고, 틀린 것은 빨간색으로 칠합니다.

    Args:
        images: ``(n, 28, 28)`` 또는 ``(n, 784)`` 배열.
        labels: 정답 레이블 ``n``개 (선택).
        predictions: 예측 레이블 ``n``개 (선택, labels가 있어야 함).
        n_cols: 한 줄에 놓을 이미지 수.
        size: 이미지 한 칸의 크기(인치).
        title: 그림 전체 제목.
    """
    images = np.asarray(images)
    if images.ndim == 2 and images.shape[1] == 784:
        images = images.reshape(-1, 28, 28)
    if images.ndim != 3 or len(images) == 0:
        raise ValueError("images는 (n, 28, 28) 또는 (n, 784) 모양이어야 합니다 "
                         f"(expected (n, 28, 28) or (n, 784)), 받은 모양: {images.shape}")
    n = len(images)
    if labels is not None and len(labels) != n:
        raise ValueError(f"labels 개수({len(labels)})가 이미지 개수({n})와 다릅니다.")
    if predictions is not None:
        if labels is None:
            raise ValueError("predictions를 주려면 labels도 주어야 합니다 (labels required).")
        if len(predictions) != n:
            raise ValueError(f"predictions 개수({len(predictions)})가 이미지 개수({n})와 다릅니다.")
    if not isinstance(n_cols, int) or n_cols < 1:
        raise ValueError(f"n_cols는 1 이상의 정수여야 합니다, 받은 값: {n_cols!r}")
    n_cols = min(n_cols, n)
    n_rows = int(np.ceil(n / n_cols))
    fig, axes = plt.subplots(n_rows, n_cols, figsize=(size * n_cols, size * 1.25 * n_rows),
                             squeeze=False)
    for i, ax in enumerate(axes.flat):
        ax.axis("off")
        if i >= n:
            continue
        ax.imshow(images[i], cmap="gray_r")
        if labels is not None and predictions is not None:
            wrong = int(labels[i]) != int(predictions[i])
            ax.set_title(f"{int(labels[i])}→{int(predictions[i])}", fontsize=9,
                         color="crimson" if wrong else "black")
        elif labels is not None:
            ax.set_title(str(int(labels[i])), fontsize=9)
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


def plot_decision_boundary(predict: Callable[[np.ndarray], np.ndarray], X: np.ndarray,
                           y: np.ndarray, *, ax: plt.Axes | None = None, resolution: int = 200,
                           padding: float = 0.5, title: str | None = None) -> plt.Axes:
    """2차원 입력에 대한 결정 경계(decision boundary)를 그립니다.

    Args:
        predict: ``(m, 2)`` 배열을 받아 클래스 번호(또는 0~1 점수) ``m``개를 돌려주는 함수.
            점수이면 0.5를 기준으로 나눕니다.
        X: ``(n, 2)`` 입력.
        y: ``n``개의 정수 클래스.
        ax: 그릴 축. 없으면 새로 만듭니다.
        resolution: 격자 한 변의 점 개수.
        padding: 데이터 범위 밖으로 넓힐 여백.
        title: 축 제목.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if X.ndim != 2 or X.shape[1] != 2:
        raise ValueError(f"X는 (n, 2) 모양이어야 합니다 (expected (n, 2)), 받은 모양: {X.shape}")
    if y.shape != (len(X),):
        raise ValueError(f"y는 ({len(X)},) 모양이어야 합니다, 받은 모양: {y.shape}")
    if not callable(predict):
        raise TypeError("predict는 함수여야 합니다 (predict must be callable).")
    ax = new_axes(ax, (5, 4))
    x0 = np.linspace(X[:, 0].min() - padding, X[:, 0].max() + padding, resolution)
    x1 = np.linspace(X[:, 1].min() - padding, X[:, 1].max() + padding, resolution)
    xx0, xx1 = np.meshgrid(x0, x1)
    grid = np.c_[xx0.ravel(), xx1.ravel()]
    z = np.asarray(predict(grid), dtype=float).reshape(-1)
    if z.shape != (len(grid),):
        raise ValueError(f"predict는 점마다 값 하나를 돌려주어야 합니다 (expected {len(grid)} "
                         f"values), 받은 모양: {np.shape(predict(grid[:1]))}")
    classes = np.unique(y)
    if len(classes) == 2 and (z.min() >= 0) and (z.max() <= 1) and not np.all(np.isin(z, [0, 1])):
        z = (z >= 0.5).astype(float)
    ax.contourf(xx0, xx1, z.reshape(xx0.shape), alpha=0.25, cmap="coolwarm",
                levels=np.arange(len(classes) + 1) - 0.5 if len(classes) > 2 else 1)
    markers = "os^vD<>p*h"
    for i, c in enumerate(classes):
        ax.scatter(X[y == c, 0], X[y == c, 1], marker=markers[i % len(markers)],
                   edgecolor="k", linewidth=0.5, label=f"클래스 {c}")
    if title:
        ax.set_title(title)
    ax.legend(loc="best", fontsize=8)
    return ax


def plot_roc_curves(y_true: Sequence[int] | np.ndarray,
                    scores: Mapping[str, Sequence[float] | np.ndarray], *,
                    thresholds: Sequence[float] = (0.5,), ax: plt.Axes | None = None,
                    title: str | None = None) -> plt.Axes:
    """모델마다 ROC 곡선(ROC curve)을 그리고, 주어진 결정 임계값에서의 점을 표시합니다.

    가로축은 거짓 양성 비율(false positive rate, 음성 가운데 양성으로 판정한 비율), 세로축은
    진짜 양성 비율(true positive rate) = 재현율(recall)입니다. 범례에 모델마다 AUC를 적고,
    ``thresholds``의 임계값마다 "점수 ≥ 임계값이면 양성"으로 판정했을 때의 점을 찍습니다.

    Args:
        y_true: 0(음성) 또는 1(양성)인 타깃 ``n``개. 두 클래스가 모두 있어야 합니다.
        scores: 모델 이름 → 양성일 확률(점수) ``n``개.
        thresholds: 점으로 표시할 결정 임계값들.
        ax: 그릴 축. 없으면 새로 만듭니다.
        title: 축 제목.
    """
    from sklearn.metrics import roc_auc_score, roc_curve

    y = np.asarray(y_true).ravel()
    if not np.all(np.isin(y, [0, 1])) or len(np.unique(y)) != 2:
        raise ValueError("y_true에는 0과 1이 모두 있어야 합니다 (need both classes 0 and 1).")
    if not scores:
        raise ValueError("scores에 모델이 하나 이상 있어야 합니다 (scores is empty).")
    ax = new_axes(ax, (5.5, 5))
    styles, markers = ["-", "--", "-.", ":"], "osD^"
    for i, (name, s) in enumerate(scores.items()):
        s = np.asarray(s, dtype=float).ravel()
        if s.shape != y.shape:
            raise ValueError(f"'{name}'의 점수는 {y.shape} 모양이어야 합니다, 받은 모양: {s.shape}")
        fpr, tpr, _ = roc_curve(y, s)
        (line,) = ax.plot(fpr, tpr, lw=2, ls=styles[i % 4],
                          label=f"{name} (AUC = {roc_auc_score(y, s):.3f})")
        for th in thresholds:
            positive = s >= th
            point = (positive[y == 0].mean(), positive[y == 1].mean())
            ax.plot(*point, markers[i % 4], ms=9, color=line.get_color(), mec="k")
            ax.annotate(f"임계값 {th:g}", point, xytext=(8, -14 - 12 * i),
                        textcoords="offset points", fontsize=9, color=line.get_color())
    ax.plot([0, 1], [0, 1], color="gray", ls=":", lw=1, label="무작위 추측 (AUC = 0.5)")
    ax.set_xlabel("거짓 양성 비율 (false positive rate)")
    ax.set_ylabel("진짜 양성 비율 = 재현율 (recall)")
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(-0.02, 1.02)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right", fontsize=9)
    if title:
        ax.set_title(title)
    return ax


def plot_activation_derivatives(functions: Mapping[str, tuple[Callable[[np.ndarray], Any],
                                                              Callable[[np.ndarray], Any]]],
                                z: np.ndarray | None = None, *,
                                flat_below: float = 0.01) -> Figure:
    """활성화 함수(위 줄)와 도함수(아래 줄)를 함수마다 한 열씩 그립니다 (08번 노트북).

    도함수가 ``flat_below``보다 작은 구간(포화 구간)은 아래 줄에 회색으로 칠합니다.

    Args:
        functions: ``{이름: (함수, 도함수)}``. 두 함수 모두 배열을 받아 같은 모양의 배열을
            돌려줍니다.
        z: 가로축 값. 없으면 ``np.linspace(-8, 8, 1601)``.
        flat_below: 이보다 작은 도함수 값을 '거의 0(포화)'으로 칠합니다 (양수).

    Returns:
        2행 × 함수 개수 열의 그림.
    """
    if not functions:
        raise ValueError("functions에 함수가 하나 이상 있어야 합니다 (functions is empty).")
    if not flat_below > 0:
        raise ValueError(f"flat_below는 양수여야 합니다, 받은 값: {flat_below!r}")
    z = np.linspace(-8, 8, 1601) if z is None else np.asarray(z, dtype=float)
    n = len(functions)
    fig, axes = plt.subplots(2, n, figsize=(3.25 * n, 5.5), sharex=True, squeeze=False)
    for col, (name, (f, f_grad)) in enumerate(functions.items()):
        value, grad = np.broadcast_to(f(z), z.shape), np.broadcast_to(f_grad(z), z.shape)
        axes[0, col].plot(z, value, lw=2, color=f"C{col}")
        axes[1, col].plot(z, grad, lw=2, color=f"C{col}")
        axes[1, col].fill_between(z, -0.1, 1.2, where=np.abs(grad) < flat_below, color="gray",
                                  alpha=0.2, label=f"도함수 < {flat_below:g} (포화)")
        axes[0, col].set_title(f"{name} 함수")
        axes[1, col].set_title(f"{name}의 도함수")
        axes[1, col].set_xlabel("z")
        axes[1, col].set_ylim(-0.1, 1.2)
        axes[0, col].set_ylim(min(-0.1, value.min() - 0.1), min(value.max(), 8) + 0.1)
        for ax in axes[:, col]:
            ax.axhline(0, color="gray", lw=0.5)
            ax.axvline(0, color="gray", lw=0.5)
            ax.grid(alpha=0.3)
    axes[1, 0].legend(loc="upper center", fontsize=8)
    fig.suptitle("활성화 함수(위)와 도함수(아래), 회색은 도함수가 거의 0인 포화 구간")
    fig.tight_layout()
    return fig


def plot_search_trials(stages: Sequence[tuple[str, Sequence[Mapping[str, Any]]]],
                       categories: Mapping[str, Sequence[Any]], *,
                       log_key: str | None = "learning_rate",
                       score_key: str = "val_accuracy",
                       xlabels: Mapping[str, str] | None = None,
                       ylabel: str | None = None,
                       title: str | None = None) -> Figure:
    """탐색의 시도들을 하이퍼파라미터마다 한 칸씩 그립니다 (score vs. each hyperparameter).

    칸마다 가로축은 하이퍼파라미터 하나, 세로축은 점수입니다. 점 하나가 시도 하나이고,
    단계(stage)마다 모양이 다릅니다. 범주형 칸에서는 같은 칸의 점이 겹치지 않도록 가로로 조금씩
    흩어 놓습니다. 점에 글자를 달지 않으므로 글자가 겹치는 일이 없습니다.

    Args:
        stages: ``(이름, 시도 목록)``의 목록. 시도는 하이퍼파라미터 값과 ``score_key``를 담은
            사전입니다.
        categories: 범주형 하이퍼파라미터 이름 → 가로축에 놓을 값의 순서.
        log_key: 로그 눈금의 연속 하이퍼파라미터 이름(칸을 맨 앞에 그립니다). ``None``이면 없음.
        score_key: 세로축에 놓을 점수의 이름.
        xlabels: 하이퍼파라미터 이름 → 가로축 이름 (없으면 이름 그대로).
        ylabel: 세로축 이름 (없으면 ``score_key``).
        title: 그림 전체 제목.

    Raises:
        ValueError: 시도가 하나도 없거나, 시도에 필요한 값이 없거나, 범주형 값이
            ``categories``에 없을 때.
    """
    keys = ([log_key] if log_key else []) + list(categories)
    trials = [t for _, ts in stages for t in ts]
    if not keys or not trials:
        raise ValueError("그릴 하이퍼파라미터와 시도가 하나 이상 있어야 합니다 "
                         "(need at least one hyperparameter and one trial)")
    for trial in trials:
        missing = [k for k in [*keys, score_key] if k not in trial]
        unknown = [k for k in categories if k in trial and trial[k] not in list(categories[k])]
        if missing or unknown:
            raise ValueError(f"시도의 값이 없거나 categories에 없습니다 / missing {missing}, "
                             f"not in categories {unknown}: {trial!r}")
    xlabels = dict(xlabels or {})
    markers = ["o", "^", "s", "D", "v"]
    fig, axes = plt.subplots(1, len(keys), figsize=(3.7 * len(keys), 3.6), sharey=True,
                             squeeze=False)
    for ax, key in zip(axes[0], keys):
        for s, (label, ts) in enumerate(stages):
            shift = (s - (len(stages) - 1) / 2) * 0.25
            if key == log_key:
                xs = [float(t[key]) for t in ts]
            else:       # 같은 칸의 점들을 그 칸 안에서 고르게 흩어 놓습니다
                xs = []
                for t in ts:
                    same = [u for u in ts if u[key] == t[key]]
                    offset = 0.0 if len(same) == 1 else -0.1 + 0.2 * same.index(t) / (len(same) - 1)
                    xs.append(list(categories[key]).index(t[key]) + shift + offset)
            ax.scatter(xs, [float(t[score_key]) for t in ts], marker=markers[s % len(markers)],
                       s=45, alpha=0.7, color=f"C{s}", label=label)
        if key == log_key:
            ax.set_xscale("log")
            logs = np.log10([float(t[key]) for t in trials])
            ax.set_xlim(10 ** np.floor(logs.min()) / 1.3, 10 ** np.ceil(logs.max()) * 1.3)
            ax.xaxis.set_minor_formatter(mpl.ticker.NullFormatter())
        else:
            values = list(categories[key])
            ax.set_xticks(range(len(values)), [str(v) for v in values])
            ax.set_xlim(-0.5, len(values) - 0.5)
        ax.set_xlabel(xlabels.get(key, key))
        ax.grid(alpha=0.3)
    axes[0][0].set_ylabel(ylabel or score_key)
    axes[0][0].legend(loc="lower right", fontsize=8)
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


def draw_loss_contours(ax: plt.Axes, loss: Callable[[np.ndarray, np.ndarray], np.ndarray],
                       xlim: tuple[float, float], ylim: tuple[float, float], *,
                       levels: Sequence[float] | np.ndarray,
                       minimum: tuple[float, float] | None = None,
                       labels: tuple[str, str] = ("w1", "w2"), n: int = 161) -> plt.Axes:
    """파라미터 두 개짜리 손실 곡면의 등고선을 회색으로 그립니다.

    Args:
        ax: 그릴 축.
        loss: 격자 배열 두 개 ``(p1, p2)``를 받아 같은 모양의 손실 배열을 돌려주는 함수.
        xlim, ylim: 첫째·둘째 파라미터의 범위.
        levels: 등고선을 그릴 손실 값들(오름차순).
        minimum: 최솟값의 위치. 주면 검은 별로 표시합니다.
        labels: x축과 y축 이름.
        n: 축마다 격자점 수.
    """
    if not isinstance(ax, plt.Axes):
        raise TypeError(f"ax는 matplotlib Axes여야 합니다, 받은 값: {type(ax).__name__}")
    p1, p2 = np.meshgrid(np.linspace(*xlim, n), np.linspace(*ylim, n))
    ax.contour(p1, p2, np.asarray(loss(p1, p2)), levels=np.asarray(levels), colors="gray",
               linewidths=0.6)
    if minimum is not None:
        ax.plot(*minimum, "k*", ms=12)
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.set_xlabel(labels[0])
    ax.set_ylabel(labels[1])
    return ax


def use_log_yscale(ax: plt.Axes) -> plt.Axes:
    """y축을 로그 눈금으로 바꾸고 눈금 글자를 0.01, 0.1, 1처럼 씁니다 (10⁻² 대신)."""
    from matplotlib.ticker import FuncFormatter, NullFormatter

    ax.set_yscale("log")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.yaxis.set_minor_formatter(NullFormatter())
    return ax
