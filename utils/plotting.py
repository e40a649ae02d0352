"""여러 노트북이 함께 쓰는 그림 함수 (plotting helpers shared by the lessons).

그림의 한글은 koreanize-matplotlib 패키지에 들어 있는 NanumGothic 글꼴로 그립니다.
그 패키지를 *임포트*하면 파이썬 3.12부터 없는 ``distutils``가 필요하므로, 임포트하지 않고
패키지 폴더에서 글꼴 파일만 찾아 등록합니다.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
from matplotlib import font_manager
from matplotlib.figure import Figure

KOREAN_FONT = "NanumGothic"
IMAGES_DIR = Path(__file__).resolve().parent.parent / "images"


def korean_font_path() -> Path:
    """번들된 NanumGothic.ttf의 경로를 찾습니다 (패키지를 임포트하지 않습니다)."""
    spec = importlib.util.find_spec("koreanize_matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "한글 글꼴 패키지 koreanize-matplotlib이 설치되어 있지 않습니다. "
            "`pip install -r requirements.txt`로 설치하세요.\n"
            "The Korean font package koreanize-matplotlib is not installed; "
            "run `pip install -r requirements.txt`."
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "fonts" / "NanumGothic.ttf"
    if not path.is_file():
        raise RuntimeError(f"글꼴 파일이 없습니다 / font file is missing: {path}")
    return path


def use_korean_font() -> str:
    """matplotlib이 한글을 그리도록 NanumGothic을 등록하고 기본 글꼴로 정합니다.

    NanumGothic에 없는 기호(예: →, ≈)는 DejaVu Sans로 대신 그립니다. 음수 기호는 글꼴마다
    모양이 달라 깨질 수 있으므로 ``axes.unicode_minus=False``로 ASCII 하이픈을 씁니다.

    Returns:
        등록한 글꼴 이름 ``"NanumGothic"``.
    """
    path = korean_font_path()
    registered = {f.fname for f in font_manager.fontManager.ttflist}
    for font_file in sorted(path.parent.glob("NanumGothic*.ttf")):  # 보통, 굵게, 더 굵게, 가늘게
        if str(font_file) not in registered:
            font_manager.fontManager.addfont(str(font_file))
    mpl.rcParams["font.family"] = [KOREAN_FONT, "DejaVu Sans"]
    mpl.rcParams["axes.unicode_minus"] = False
    return KOREAN_FONT


def save_fig(name: str, fig: Figure | None = None, *, folder: str | Path | None = None,
             dpi: int = 100) -> Path:
    """그림을 ``images/<name>.png``로 저장하고 경로를 돌려줍니다.

    Args:
        name: 파일 이름(확장자 없이). 영문, 숫자, ``-``, ``_``만 씁니다.
        fig: 저장할 그림. 없으면 현재 그림(``plt.gcf()``).
        folder: 저장할 폴더. 기본값은 저장소의 ``images/``.
        dpi: 해상도.
    """
    if not isinstance(name, str) or not name or not all(c.isascii() and (c.isalnum() or c in "-_")
                                                       for c in name):
        raise ValueError(
            "name은 영문, 숫자, '-', '_'로만 된 비어 있지 않은 문자열이어야 합니다 "
            f"(ASCII letters, digits, '-' and '_' only), 받은 값: {name!r}"
        )
    if fig is not None and not isinstance(fig, Figure):
        raise TypeError(f"fig는 matplotlib Figure여야 합니다, 받은 값: {type(fig).__name__}")
    fig = fig if fig is not None else plt.gcf()
    out_dir = Path(folder) if folder is not None else IMAGES_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.png"
    fig.savefig(path, dpi=dpi, bbox_inches="tight")
    return path


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
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 4))
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


def draw_network(layer_sizes: Sequence[int], *, layer_names: Sequence[str] | None = None,
                 ax: plt.Axes | None = None, max_neurons: int = 8, bias: bool = False,
                 title: str | None = None) -> plt.Axes:
    """완전 연결 신경망(fully connected network)의 그림을 그립니다.

    층이 ``max_neurons``보다 크면 위아래 몇 개만 그리고 가운데를 ``⋮``로 줄입니다.

    Args:
        layer_sizes: 층마다 뉴런 수, 예: ``[784, 50, 100, 10]``.
        layer_names: 층 이름 (길이가 layer_sizes와 같아야 함). 없으면 입력/은닉/출력층.
        ax: 그릴 축. 없으면 새로 만듭니다.
        max_neurons: 한 층에 그릴 최대 원 개수(3 이상).
        bias: True이면 출력층을 뺀 층마다 편향 뉴런(값 1)을 따로 그립니다.
        title: 축 제목.
    """
    sizes = list(layer_sizes)
    if len(sizes) < 2 or not all(isinstance(s, (int, np.integer)) and s > 0 for s in sizes):
        raise ValueError("layer_sizes는 양의 정수 2개 이상이어야 합니다 "
                         f"(at least two positive ints), 받은 값: {layer_sizes!r}")
    if max_neurons < 3:
        raise ValueError(f"max_neurons는 3 이상이어야 합니다, 받은 값: {max_neurons}")
    if layer_names is None:
        layer_names = (["입력층"] + [f"은닉층 {i}" for i in range(1, len(sizes) - 1)]
                       + ["출력층"])
    if len(layer_names) != len(sizes):
        raise ValueError(f"layer_names 개수({len(layer_names)})가 층 개수({len(sizes)})와 "
                         "다릅니다.")
    if ax is None:
        _, ax = plt.subplots(figsize=(2.2 * len(sizes), 4))

    def shown(n: int) -> list[int | None]:
        if n <= max_neurons:
            return list(range(n))
        half = (max_neurons - 1) // 2
        return list(range(half)) + [None] + list(range(n - (max_neurons - 1 - half), n))

    columns = [shown(n) for n in sizes]
    height = max(len(c) for c in columns) + (1 if bias else 0)
    positions = []
    for x, col in enumerate(columns):
        offset = (height - len(col)) / 2
        positions.append([(x, height - offset - i - 0.5) for i in range(len(col))])
    for x in range(len(sizes) - 1):
        for (xa, ya), a in zip(positions[x], columns[x]):
            for (xb, yb), b in zip(positions[x + 1], columns[x + 1]):
                if a is not None and b is not None:
                    ax.plot([xa, xb], [ya, yb], color="gray", lw=0.4, alpha=0.6, zorder=1)
    for x, (col, pos) in enumerate(zip(columns, positions)):
        for (px, py), neuron in zip(pos, col):
            if neuron is None:
                ax.text(px, py, "⋮", ha="center", va="center", fontsize=14)
            else:
                ax.add_patch(plt.Circle((px, py), 0.22, facecolor="#9ecae1" if 0 < x < len(sizes)
                                        - 1 else "#fdd0a2", edgecolor="k", zorder=2))
        ax.text(x, -0.4, f"{layer_names[x]}\n({sizes[x]}개)", ha="center", va="top", fontsize=9)
        if bias and x < len(sizes) - 1:
            by = min(py for _, py in pos) - 1.0
            ax.add_patch(plt.Circle((x + 0.35, by), 0.18, facecolor="#e5e5e5", edgecolor="k",
                                    zorder=2))
            ax.text(x + 0.35, by, "1", ha="center", va="center", fontsize=8, zorder=3)
            for (xb, yb), b in zip(positions[x + 1], columns[x + 1]):
                if b is not None:
                    ax.plot([x + 0.35, xb], [by, yb], color="gray", lw=0.4, ls=":", zorder=1)
    ax.set_xlim(-0.6, len(sizes) - 0.4)
    ax.set_ylim(-1.4 - (1 if bias else 0), height + 0.2)
    ax.set_aspect("equal")
    ax.axis("off")
    if title:
        ax.set_title(title)
    return ax
