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
from matplotlib.ticker import MaxNLocator

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

    글꼴 목록은 ``["DejaVu Sans", "NanumGothic"]``입니다. 라틴 문자, 숫자, 기호(→, ≈, 아래
    첨자, 로그 축 눈금의 수식 기호)는 matplotlib 기본 글꼴인 DejaVu Sans로, DejaVu Sans에 없는
    한글은 글자 단위로 NanumGothic으로 그립니다(matplotlib 3.6 이상의 글꼴 대체).
    NanumGothic을 앞에 두면 로그 축 눈금의 음수 기호(U+2212)와 화살표가 깨집니다.
    일반 텍스트의 음수 기호는 ``axes.unicode_minus=False``로 ASCII 하이픈을 씁니다.

    Returns:
        등록한 글꼴 이름 ``"NanumGothic"``.
    """
    path = korean_font_path()
    registered = {f.fname for f in font_manager.fontManager.ttflist}
    for font_file in sorted(path.parent.glob("NanumGothic*.ttf")):  # 보통, 굵게, 더 굵게, 가늘게
        if str(font_file) not in registered:
            font_manager.fontManager.addfont(str(font_file))
    mpl.rcParams["font.family"] = ["DejaVu Sans", KOREAN_FONT]
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
                 spacing: float = 1.8, title: str | None = None) -> plt.Axes:
    """완전 연결 신경망(fully connected network)의 그림을 그립니다.

    층이 ``max_neurons``보다 크면 위아래 몇 개만 그리고 가운데를 ``⋮``로 줄입니다.

    Args:
        layer_sizes: 층마다 뉴런 수, 예: ``[784, 50, 100, 10]``.
        layer_names: 층 이름 (길이가 layer_sizes와 같아야 함). 없으면 입력/은닉/출력층.
        ax: 그릴 축. 없으면 새로 만듭니다.
        max_neurons: 한 층에 그릴 최대 원 개수(3 이상).
        bias: True이면 출력층을 뺀 층마다 편향 뉴런(값 1)을 따로 그립니다.
        spacing: 층 사이의 가로 간격(뉴런 사이 세로 간격이 1). 층 이름이 겹치면 늘리세요.
        title: 축 제목.
    """
    sizes = list(layer_sizes)
    if len(sizes) < 2 or not all(isinstance(s, (int, np.integer)) and s > 0 for s in sizes):
        raise ValueError("layer_sizes는 양의 정수 2개 이상이어야 합니다 "
                         f"(at least two positive ints), 받은 값: {layer_sizes!r}")
    if not isinstance(spacing, (int, float)) or isinstance(spacing, bool) or spacing <= 0:
        raise ValueError(f"spacing은 양수여야 합니다, 받은 값: {spacing!r}")
    if max_neurons < 3:
        raise ValueError(f"max_neurons는 3 이상이어야 합니다, 받은 값: {max_neurons}")
    if layer_names is None:
        layer_names = (["입력층"] + [f"은닉층 {i}" for i in range(1, len(sizes) - 1)]
                       + ["출력층"])
    if len(layer_names) != len(sizes):
        raise ValueError(f"layer_names 개수({len(layer_names)})가 층 개수({len(sizes)})와 "
                         "다릅니다.")
    if ax is None:
        _, ax = plt.subplots(figsize=(1.4 * spacing * len(sizes), 4))

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
        positions.append([(x * spacing, height - offset - i - 0.5) for i in range(len(col))])
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
        ax.text(x * spacing, -0.4, f"{layer_names[x]}\n({sizes[x]}개)", ha="center", va="top",
                fontsize=9)
        if bias and x < len(sizes) - 1:
            by = min(py for _, py in pos) - 1.0
            bx = x * spacing + 0.35
            ax.add_patch(plt.Circle((bx, by), 0.18, facecolor="#e5e5e5", edgecolor="k",
                                    zorder=2))
            ax.text(bx, by, "1", ha="center", va="center", fontsize=8, zorder=3)
            for (xb, yb), b in zip(positions[x + 1], columns[x + 1]):
                if b is not None:
                    ax.plot([bx, xb], [by, yb], color="gray", lw=0.4, ls=":", zorder=1)
    ax.set_xlim(-0.6 * spacing, (len(sizes) - 1) * spacing + 0.6 * spacing)
    ax.set_ylim(-1.4 - (1 if bias else 0), height + 0.2)
    ax.set_aspect("equal")
    ax.axis("off")
    if title:
        ax.set_title(title)
    return ax


# ---------------------------------------------------------------- 00 강의 지도
def draw_course_map(parts: Mapping[str, Sequence[str]], ax: plt.Axes | None = None, *,
                    title: str | None = None) -> plt.Axes:
    """강의 지도를 그립니다: 부(part)마다 한 줄에 노트북 상자를 순서대로 화살표로 잇습니다.

    Args:
        parts: ``{부 제목: [노트북 이름, ...]}``. 사전의 순서대로 위에서 아래로 그립니다.
        ax: 그릴 축. 없으면 가장 긴 줄에 맞춘 크기로 새로 만듭니다.
        title: 축 제목.

    Returns:
        그린 축.

    Raises:
        TypeError: parts가 문자열 목록을 값으로 가진 비어 있지 않은 사전이 아니거나,
            ax가 Axes가 아닐 때.
    """
    if not isinstance(parts, Mapping) or not parts or not all(
        isinstance(part, str) and not isinstance(lessons, str) and isinstance(lessons, Sequence)
        and lessons and all(isinstance(name, str) for name in lessons)
        for part, lessons in parts.items()
    ):
        raise TypeError("parts는 {부 제목: [노트북 이름, ...]} 꼴의 비어 있지 않은 사전이어야 "
                        "합니다 "
                        f"(a non-empty dict of str -> list of str), 받은 값: {parts!r}")
    n_rows, n_cols, step = len(parts), max(len(v) for v in parts.values()), 2.1
    if ax is None:
        _, ax = plt.subplots(figsize=(max(6.0, 2.0 * n_cols), 1.4 * n_rows + 0.4))
    elif not isinstance(ax, plt.Axes):
        raise TypeError(f"ax는 matplotlib Axes여야 합니다, 받은 값: {type(ax).__name__}")
    colors = ["#c6dbef", "#fdd0a2", "#c7e9c0", "#dadaeb"]
    for row, (part, lessons) in enumerate(parts.items()):
        row_y = n_rows - 1 - row
        ax.text(-0.1, row_y + 0.42, part, fontsize=11, fontweight="bold")
        for col, lesson in enumerate(lessons):
            ax.text(col * step, row_y, lesson, ha="left", va="center", fontsize=9.5,
                    bbox=dict(boxstyle="round,pad=0.4", facecolor=colors[row % len(colors)],
                              edgecolor="gray"))
            if col:
                ax.annotate("", xy=(col * step - 0.05, row_y), xytext=(col * step - 0.35, row_y),
                            arrowprops=dict(arrowstyle="->", color="gray"))
    ax.set_xlim(-0.2, n_cols * step)
    ax.set_ylim(-0.5, n_rows - 0.2)
    ax.axis("off")
    if title:
        ax.set_title(title)
    return ax


# ---------------------------------------------------------------- 01 훈련 루프 그림
def draw_training_loop(ax: plt.Axes | None = None, *, title: str | None = None) -> plt.Axes:
    """신경망 훈련의 네 요소(층, 데이터와 타깃, 손실 함수, 옵티마이저)의 관계를 그립니다.

    입력 → 층(가중치) → 예측 → 손실 함수(타깃과 비교) → 손실 점수 → 옵티마이저 → 가중치
    업데이트로 이어지는 한 바퀴를 상자와 화살표로 보여 줍니다(숄레 그림 3-1과 같은 구성).
    예측은 강의의 표기대로 Ŷ으로 씁니다(숄레의 그림은 Y').

    Args:
        ax: 그릴 축. 없으면 새로 만듭니다.
        title: 축 제목.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(7.5, 7))
    elif not isinstance(ax, plt.Axes):
        raise TypeError(f"ax는 matplotlib Axes여야 합니다, 받은 값: {type(ax).__name__}")
    colors = {"data": "#fdd0a2", "layer": "#c6dbef", "weight": "#dadaeb", "loss": "#fcbba1",
              "optimizer": "#c7e9c0", "score": "#ffffff"}
    boxes = {  # 이름: (x, y, 글, 색)
        "input": (0, 9, "입력 X", "data"),
        "layer1": (0, 7.5, "층\n(데이터 변환)", "layer"),
        "layer2": (0, 6, "층\n(데이터 변환)", "layer"),
        "weights1": (-2.6, 7.5, "가중치", "weight"),
        "weights2": (-2.6, 6, "가중치", "weight"),
        "pred": (0, 4.5, "예측 Ŷ", "score"),
        "target": (2.6, 4.5, "타깃 Y", "data"),
        "loss": (1.3, 3.0, "손실 함수", "loss"),
        "score": (1.3, 1.7, "손실 점수", "score"),
        "optimizer": (1.3, 0.4, "옵티마이저", "optimizer"),
    }
    for x, y, text, kind in boxes.values():
        ax.text(x, y, text, ha="center", va="center", fontsize=11, zorder=3,
                bbox=dict(boxstyle="round,pad=0.5", facecolor=colors[kind], edgecolor="#555555"))

    def arrow(start: tuple[float, float], end: tuple[float, float], **kw: Any) -> None:
        ax.annotate("", xy=end, xytext=start, zorder=2,
                    arrowprops=dict(arrowstyle="-|>", color=kw.pop("color", "#333333"), lw=1.5,
                                    mutation_scale=15, **kw))

    arrow((0, 8.6), (0, 8.0))
    arrow((0, 7.0), (0, 6.5))
    arrow((0, 5.5), (0, 4.85))
    arrow((-1.95, 7.5), (-0.95, 7.5))
    arrow((-1.95, 6), (-0.95, 6))
    arrow((0.3, 4.15), (1.0, 3.35))
    arrow((2.3, 4.15), (1.6, 3.35))
    arrow((1.3, 2.65), (1.3, 2.05))
    arrow((1.3, 1.35), (1.3, 0.75))
    update = "#238b45"
    ax.plot([0.2, -3.9, -3.9], [0.4, 0.4, 7.5], color=update, lw=2, zorder=1)
    arrow((-3.9, 6), (-3.3, 6), color=update)
    arrow((-3.9, 7.5), (-3.3, 7.5), color=update)
    ax.text(-4.15, 3.2, "가중치 업데이트", rotation=90, ha="center", va="center", color=update,
            fontsize=11)
    ax.text(2.25, 3.0, "예측과 타깃의\n거리를 잰다", fontsize=9, color="#555555", va="center")
    ax.text(2.4, 0.4, "손실 점수가 줄어드는\n쪽으로 가중치를 조정", fontsize=9, color="#555555",
            va="center")
    ax.set_xlim(-4.6, 4.6)
    ax.set_ylim(-0.3, 9.6)
    ax.axis("off")
    if title:
        ax.set_title(title)
    return ax


# ---------------------------------------------------------------- 02 층 호환성 그림
def draw_layer_stacks(stacks: Mapping[str, Sequence[tuple[str, str, str]]], *,
                      axes: Sequence[plt.Axes] | None = None) -> Figure:
    """층을 블록 탑으로 쌓아 앞 층의 출력 모양과 뒤 층의 입력 모양이 맞물리는지 그립니다 (02번).

    탑마다 축 하나에 아래에서 위로 블록을 쌓습니다. 블록 오른쪽 위에는 그 층이 내놓는
    출력 모양, 아래에는 받을 수 있는 입력 모양을 적습니다. 입력 모양이 바로 아래 블록의 출력
    모양과 글자 그대로 같으면 파란 블록과 초록 '맞음', 다르면 빨간 블록과 '안 맞음!'입니다.

    Args:
        stacks: ``{탑 제목: [(층 이름, 받는 입력 모양, 내놓는 출력 모양), ...]}``. 첫 블록(보통
            ``Input``)의 입력 모양은 비교하지 않으므로 ``"-"``처럼 아무 문자열이나 됩니다.
        axes: 탑마다 하나씩 그릴 축. 없으면 탑 수만큼 가로로 새로 만듭니다.

    Returns:
        그림(Figure).

    Raises:
        TypeError: stacks가 (문자열 세 개) 튜플 목록을 값으로 가진 비어 있지 않은 사전이
            아니거나, axes가 탑 수만큼의 Axes가 아닐 때.
    """
    def is_block(block: Any) -> bool:
        return (isinstance(block, tuple) and len(block) == 3
                and all(isinstance(v, str) for v in block))

    if not isinstance(stacks, Mapping) or not stacks or not all(
        isinstance(title, str) and isinstance(blocks, Sequence) and not isinstance(blocks, str)
        and blocks and all(is_block(b) for b in blocks) for title, blocks in stacks.items()
    ):
        raise TypeError("stacks는 {제목: [(층 이름, 입력 모양, 출력 모양), ...]} 꼴의 비어 있지 "
                        f"않은 사전이어야 합니다 (a dict of str -> list of 3-str tuples), "
                        f"받은 값: {stacks!r}")
    if axes is None:
        _, new_axes = plt.subplots(1, len(stacks), figsize=(6 * len(stacks), 4.2),
                                     squeeze=False)
        axes = list(new_axes[0])
    elif (isinstance(axes, plt.Axes) or len(axes) != len(stacks)
          or not all(isinstance(ax, plt.Axes) for ax in axes)):
        raise TypeError(f"axes는 탑 수({len(stacks)}개)만큼의 matplotlib Axes 목록이어야 합니다, "
                        f"받은 값: {axes!r}")
    fig = axes[0].figure
    height = max(len(blocks) for blocks in stacks.values()) * 1.3
    for ax, (title, blocks) in zip(axes, stacks.items()):
        for level, (name, takes, gives) in enumerate(blocks):
            y = level * 1.3
            fits = level == 0 or takes == blocks[level - 1][2]
            ax.add_patch(plt.Rectangle((0, y), 3, 0.9, facecolor="#c6dbef" if fits else "#fcbba1",
                                       edgecolor="k"))
            ax.text(1.5, y + 0.45, name, ha="center", va="center", fontsize=12, weight="bold")
            ax.text(3.15, y + 0.8, f"출력 {gives}", fontsize=9, va="center")
            if level:
                color = "green" if fits else "crimson"
                ax.text(3.15, y + 0.1, f"입력 {takes}", fontsize=9, va="center", color=color)
                ax.text(-0.3, y - 0.2, "맞음" if fits else "안 맞음!", ha="right", color=color,
                        fontsize=10)
        ax.set(xlim=(-1.5, 5.6), ylim=(-0.3, height - 0.2), title=title)
        ax.axis("off")
    return fig


# ---------------------------------------------------------------- 03 모델 그래프 그림
_MERGE_LAYERS = {"Concatenate", "Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum",
                 "Dot"}


def _keras_tensors(value: Any) -> list[dict[str, Any]]:
    """모델 설정 안의 인자에서 ``__keras_tensor__`` 설정(모양, keras_history)을 모두 찾습니다."""
    if isinstance(value, dict):
        if value.get("class_name") == "__keras_tensor__":
            return [value["config"]]
        return [t for v in value.values() for t in _keras_tensors(v)]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in _keras_tensors(v)]
    return []


def model_graph(model: Any) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """케라스 모델의 층 그래프를 노드(층)와 간선 목록으로 돌려줍니다.

    함수형 모델은 공개 API인 ``model.get_config()``에서 층마다 기록된 입력(``inbound_nodes``의
    ``keras_history``)을 읽어 간선을 만듭니다. ``Sequential`` 모델은 층을 차례로 잇습니다.

    엄밀히 말하면 케라스 그래프의 노드는 층을 **한 번 호출한 것**이고, 호출의 그래프는 언제나
    비순환 유향 그래프(DAG)입니다. 여기서는 층 하나를 노드 하나로 합치므로, 한 층을 다시 호출해
    자기 출력(``d(d(x))``)이나 나중에 처음 호출된 층의 출력을 받으면 층 사이에서는 거꾸로 가는
    간선이 생깁니다. 이런 간선은 ``edges``에 넣지 않고 받는 층의 ``loops``에 적으므로 ``edges``는
    언제나 비순환입니다(설정의 층 순서, 곧 처음 호출된 순서로 앞에서 뒤로만 갑니다).

    Args:
        model: 함수형 API로 만든 ``keras.Model`` 또는 ``keras.Sequential``.

    Returns:
        ``(nodes, edges)``. ``nodes``는 ``{"name", "class_name", "depth", "shape", "calls",
        "sources", "loops", "output"}`` 사전의 목록(위상 순서), ``depth``는 입력에서 가장 긴
        경로의 길이, ``shape``는 출력 모양(모르면 ``None``), ``calls``는 그 층을 호출한 횟수(층
        공유이면 2 이상, 입력층은 0), ``sources``는 받은 입력 텐서마다 그 텐서를 만든 층 이름(같은
        층이 두 번 나올 수 있음), ``loops``는 다시 호출될 때 거꾸로 받은 층 이름(자기 자신 포함),
        ``output``은 모델의 출력(``model.outputs``)을 내는 층인지입니다. ``edges``는 겹치지 않는
        ``(보내는 층 이름, 받는 층 이름)`` 목록이고 자기 자신으로 가는 간선은 없습니다.

    Raises:
        TypeError: model이 케라스 모델이 아니거나, 층 그래프가 없는 서브클래싱 모델일 때.
    """
    import keras

    if not isinstance(model, keras.Model):
        raise TypeError("model은 keras.Model(함수형 또는 Sequential)이어야 합니다 "
                        f"(a keras.Model expected), 받은 값: {type(model).__name__}")
    try:
        config = model.get_config()
    except NotImplementedError:
        config = {}
    entries = config.get("layers") if isinstance(config, dict) else None
    if not entries:
        raise TypeError("층 그래프를 읽을 수 없는 모델입니다. 함수형 API나 Sequential로 만든 "
                        "모델을 넣으세요 (functional or Sequential model expected; subclassed "
                        f"models have no layer graph): {model.name!r}")
    names = [e.get("name") or e["config"]["name"] for e in entries]
    classes = [e["class_name"] for e in entries]
    shapes: dict[str, tuple | None] = {n: None for n in names}
    edges: list[tuple[str, str]] = []
    calls = {n: int(c != "InputLayer") for n, c in zip(names, classes)}
    sources: dict[str, list[str]] = {n: [] for n in names}
    loops: dict[str, list[str]] = {n: [] for n in names}
    order = {n: i for i, n in enumerate(names)}
    output_names = {names[-1]}
    if isinstance(model, keras.Sequential):
        edges = list(zip(names[:-1], names[1:]))
        for source, dest in edges:
            sources[dest].append(source)
        for entry, name in zip(entries, names):
            if entry["class_name"] == "InputLayer":
                shapes[name] = tuple(entry["config"]["batch_shape"])
        for layer in model.layers:
            try:
                shapes[layer.name] = tuple(layer.output.shape)
            except (AttributeError, ValueError):  # 아직 만들어지지 않은(unbuilt) 모델
                pass
    else:
        for entry, name in zip(entries, names):
            if entry["class_name"] == "InputLayer":
                shapes[name] = tuple(entry["config"]["batch_shape"])
            else:
                calls[name] = len(entry.get("inbound_nodes", []))
            for tensor in _keras_tensors(entry.get("inbound_nodes", [])):
                source = tensor["keras_history"][0]
                sources[name].append(source)
                if order[source] >= order[name]:  # 다시 호출한 층이 거꾸로 받는 텐서
                    if source not in loops[name]:
                        loops[name].append(source)
                elif (source, name) not in edges:
                    edges.append((source, name))
                if shapes.get(source) is None:
                    shapes[source] = tuple(tensor["shape"])
        output_layers = config.get("output_layers", [])
        if output_layers and isinstance(output_layers[0], str):  # 출력이 하나이면 [이름, 0, 0]
            output_layers = [output_layers]
        output_names = {name for name, *_ in output_layers}
        for (name, *_), tensor in zip(output_layers, model.outputs):
            shapes[name] = tuple(tensor.shape)
    depth: dict[str, int] = {}
    parents = {n: [s for s, d in edges if d == n] for n in names}
    for name in names:  # 설정의 층 순서는 위상 순서입니다(입력이 먼저).
        depth[name] = max((depth.get(p, 0) + 1 for p in parents[name]), default=0)
    nodes = [{"name": n, "class_name": c, "depth": depth[n], "shape": shapes[n],
              "calls": calls[n], "sources": sources[n], "loops": loops[n],
              "output": n in output_names} for n, c in zip(names, classes)]
    return nodes, edges


def draw_model_graph(model: Any, ax: plt.Axes | None = None, *, show_shapes: bool = True,
                     title: str | None = None) -> plt.Axes:
    """케라스 모델의 층 그래프를 위에서 아래로 그립니다 (Graphviz 없이 matplotlib만으로).

    ``keras.utils.plot_model``과 비슷한 그림이지만 Graphviz가 필요 없습니다. 층 하나가 상자
    하나이고(이름, 클래스, 출력 모양), 화살표는 텐서가 흐르는 방향입니다. 입력에서 가장 먼
    경로의 길이(깊이)가 같은 층을 같은 줄에 놓습니다. 입력층은 주황, 합치는 층(Concatenate,
    Add …)은 초록, 나머지는 파랑, 모델의 출력(``model.outputs``)을 내는 층은 굵은 테두리로
    그립니다. 여러 번 호출한 층(층 공유)은 상자에 "호출 N번"을 덧붙이고, 한 층에서 텐서 여러
    개가 같은 층으로 가는 화살표에는 "텐서 N개"라고 씁니다. 다시 호출한 층이 자기 출력을 받으면
    (``d(d(x))``) 상자에 "자기 출력을 다시 받음"을, 나중 층의 출력을 받으면 점선 곡선 화살표에
    "다시 호출"이라고 씁니다(``model_graph``의 ``loops``).

    Args:
        model: 함수형 API로 만든 ``keras.Model`` 또는 ``keras.Sequential``.
        ax: 그릴 축. 없으면 모델 크기에 맞춰 새로 만듭니다.
        show_shapes: True이면 상자에 출력 모양을 함께 씁니다.
        title: 축 제목. 없으면 모델 이름을 씁니다.

    Raises:
        TypeError: model이 층 그래프가 있는 케라스 모델이 아니거나 ax가 Axes가 아닐 때.
    """
    if ax is not None and not isinstance(ax, plt.Axes):
        raise TypeError(f"ax는 matplotlib Axes여야 합니다, 받은 값: {type(ax).__name__}")
    nodes, edges = model_graph(model)
    depth = {n["name"]: n["depth"] for n in nodes}
    levels: dict[int, list[str]] = {}
    for node in nodes:
        levels.setdefault(node["depth"], []).append(node["name"])
    # 두 줄 이상 건너뛰는 간선은 중간 줄마다 보이지 않는 경유점을 두어 자리를 따로 잡습니다.
    routes: dict[tuple[str, str], list[str]] = {}
    for source, dest in edges:
        via = [f"{source}->{dest}@{d}" for d in range(depth[source] + 1, depth[dest])]
        for d, point in zip(range(depth[source] + 1, depth[dest]), via):
            levels[d].append(point)
        routes[(source, dest)] = [source, *via, dest]
    links = [(a, b) for route in routes.values() for a, b in zip(route, route[1:])]
    width = max(len(v) for v in levels.values())
    if ax is None:
        _, ax = plt.subplots(figsize=(max(4.0, 2.4 * width), 1.15 * len(levels) + 0.6))
    # 출력에서 거슬러 올라가며 입력 순서대로 방문한 순서: 같은 줄에서 자리가 비길 때 씁니다
    # (예: Concatenate([a, b])이면 a 쪽 가지가 왼쪽).
    visit: dict[str, int] = {}
    stack = [n["name"] for n in reversed(nodes) if n["name"] not in {s for s, _ in edges}]
    while stack:
        name = stack.pop()
        if name not in visit:
            visit[name] = len(visit)
            stack += [a for a, b in reversed(links) if b == name]
    x_of: dict[str, float] = {}
    for level in sorted(levels):
        # 부모 위치의 평균 순서로 놓아 선이 덜 엇갈리게 합니다.
        mean_x = {n: np.mean([x_of[a] for a, b in links if b == n and a in x_of] or [0.0])
                  for n in levels[level]}
        row = sorted(levels[level], key=lambda n: (mean_x[n], visit.get(n, 0)))
        for i, name in enumerate(row):
            x_of[name] = i - (len(row) - 1) / 2
    artists = {}
    for node in nodes:
        kind = node["class_name"]
        color = ("#fdd0a2" if kind == "InputLayer" else "#c7e9c0" if kind in _MERGE_LAYERS
                 else "#c6dbef")
        text = f"{node['name']}\n{kind}"
        if show_shapes and node["shape"] is not None:
            text += "\n" + str(node["shape"]).replace("None", "배치")
        if node["calls"] > 1:
            text += f"\n호출 {node['calls']}번 (공유)"
        if node["name"] in node["loops"]:
            text += "\n자기 출력을 다시 받음"
        bold = node["output"] and kind != "InputLayer"
        artists[node["name"]] = ax.text(
            x_of[node["name"]], -node["depth"], text, ha="center", va="center", fontsize=9,
            zorder=3, bbox=dict(boxstyle="round,pad=0.4", facecolor=color,
                                edgecolor="black" if bold else "#666666", lw=2 if bold else 1))
    line = dict(color="#444444", lw=1.2)
    for (source, dest), route in routes.items():
        points = [(x_of[p], -int(p.rsplit("@", 1)[1])) for p in route[1:-1]]
        start, start_coords = (0.5, 0.0), artists[source]
        if points:  # 상자 → 첫 경유점 → … → 마지막 경유점 → 상자
            ax.annotate("", xy=points[0], xytext=start, textcoords=start_coords, zorder=2,
                        arrowprops=dict(arrowstyle="-", shrinkA=6, shrinkB=0, **line))
            ax.plot(*zip(*points), zorder=2, **line)
            start, start_coords = points[-1], "data"
        ax.annotate("", xy=(0.5, 1.0), xycoords=artists[dest], xytext=start,
                    textcoords=start_coords, zorder=2,
                    arrowprops=dict(arrowstyle="-|>", shrinkA=0 if points else 6, shrinkB=6,
                                    **line))
        count = next(n["sources"] for n in nodes if n["name"] == dest).count(source)
        if count > 1:  # 화살표 하나가 텐서 여러 개를 나릅니다(예: 공유 층의 두 출력 → 합치는 층)
            (x0, y0) = points[-1] if points else (x_of[source], -depth[source])
            ax.text((x0 + x_of[dest]) / 2 + 0.08, (y0 - depth[dest]) / 2, f"텐서 {count}개",
                    fontsize=8, color="crimson", ha="left", va="center", zorder=4)
    for node in nodes:  # 다시 호출한 층이 나중 층의 출력을 받는 간선: 점선 곡선
        for source in node["loops"]:
            if source != node["name"]:
                ax.annotate("", xy=(1.0, 0.5), xycoords=artists[node["name"]], xytext=(1.0, 0.5),
                            textcoords=artists[source], zorder=2,
                            arrowprops=dict(arrowstyle="-|>", ls="--", shrinkA=4, shrinkB=4,
                                            connectionstyle="arc3,rad=0.5", **line))
                ax.text(max(x_of[source], x_of[node["name"]]) + 0.22,
                        -(depth[source] + depth[node["name"]]) / 2, "다시 호출", fontsize=8,
                        color="crimson", ha="left", va="center", zorder=4)
    ax.set_xlim(-width / 2 - 0.1, width / 2 + 0.1)
    ax.set_ylim(-(len(levels) - 1) - 0.5, 0.5)
    ax.axis("off")
    ax.set_title(title if title is not None else f"모델 그래프: {model.name}")
    return ax


def draw_biological_neuron(ax: plt.Axes | None = None, *, title: str | None = None) -> plt.Axes:
    """생물학적 뉴런(biological neuron)의 개념도를 그리고 부분마다 이름을 붙입니다.

    수상돌기 → 세포체(핵) → 축삭돌기(말이집) → 축삭 끝가지 → 시냅스 말단 순서로 신호가
    흐르는 모양을 왼쪽에서 오른쪽으로 그립니다. 실제 비율이 아닌 개념도입니다(09번 노트북).

    Args:
        ax: 그릴 축. 없으면 새로 만듭니다.
        title: 축 제목.
    """
    if ax is not None and not isinstance(ax, plt.Axes):
        raise TypeError(f"ax는 matplotlib Axes여야 합니다, 받은 값: {type(ax).__name__}")
    if title is not None and not isinstance(title, str):
        raise TypeError(f"title은 문자열이어야 합니다, 받은 값: {type(title).__name__}")
    if ax is None:
        _, ax = plt.subplots(figsize=(11, 4.2))
    line = dict(color="#6b4f3a", lw=2.2, solid_capstyle="round", zorder=1)
    for angle in np.radians([100, 135, 165, 195, 225, 260]):  # 수상돌기: 두 갈래로 나뉘는 가지
        x0, y0 = 0.9 * np.cos(angle), 0.7 * np.sin(angle)
        x1, y1 = x0 + np.cos(angle), y0 + np.sin(angle)
        ax.plot([x0, x1], [y0, y1], **line)
        for turn in (-0.45, 0.45):
            ax.plot([x1, x1 + 0.6 * np.cos(angle + turn)], [y1, y1 + 0.6 * np.sin(angle + turn)],
                    **{**line, "lw": 1.4})
    ax.add_patch(mpl.patches.Ellipse((0, 0), 2.2, 1.7, facecolor="#f6c89f", edgecolor="#6b4f3a",
                                     lw=2, zorder=2))
    ax.add_patch(plt.Circle((-0.1, 0.05), 0.32, facecolor="#b5651d", edgecolor="#6b4f3a",
                            zorder=3))
    ax.plot([1.1, 8.0], [0, 0], **{**line, "lw": 3})  # 축삭돌기
    for x in np.arange(1.9, 7.6, 1.15):  # 말이집(myelin sheath) 마디
        ax.add_patch(mpl.patches.FancyBboxPatch(
            (x, -0.17), 0.85, 0.34, boxstyle="round,pad=0.02,rounding_size=0.15",
            facecolor="#fde0c5", edgecolor="#6b4f3a", zorder=2))
    for dy in (-1.1, -0.45, 0.2, 0.85):  # 축삭 끝가지와 그 끝의 시냅스 말단
        ax.plot([8.0, 9.0, 9.7], [0, dy * 0.6, dy], **{**line, "lw": 1.6})
        ax.add_patch(plt.Circle((9.8, dy), 0.12, facecolor="#9ecae1", edgecolor="#08519c",
                                zorder=3))
    notes = [("수상돌기\n(dendrites)", (-1.55, 1.35), (-2.2, 2.1)),
             ("세포체\n(cell body)", (0.55, 0.55), (1.4, 1.8)),
             ("핵\n(nucleus)", (0.05, -0.2), (1.3, -2.1)),
             ("말이집\n(myelin sheath)", (6.55, -0.15), (6.55, -1.9)),
             ("축삭돌기\n(axon)", (4.5, 0.2), (4.5, 1.5)),
             ("축삭 끝가지\n(telodendria)", (9.05, 0.55), (8.0, 1.9)),
             ("시냅스 말단\n(synaptic terminals)", (9.85, -1.2), (8.4, -2.4))]
    for text, xy, xytext in notes:
        ax.annotate(text, xy=xy, xytext=xytext, ha="center", va="center", fontsize=10,
                    arrowprops=dict(arrowstyle="->", color="k", lw=0.9), zorder=4)
    ax.annotate("", xy=(5.0, -0.75), xytext=(2.3, -0.75),
                arrowprops=dict(arrowstyle="->", color="crimson", lw=1.5))
    ax.text(3.65, -0.95, "신호가 흐르는 방향", color="crimson", ha="center", va="top", fontsize=9)
    ax.set_xlim(-3.3, 10.6)
    ax.set_ylim(-2.8, 2.6)
    ax.set_aspect("equal")
    ax.axis("off")
    if title:
        ax.set_title(title)
    return ax


# ---------------------------------------------------------------- 06 옵티마이저 그림
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


# ---------------------------------------------------------------- 07 케라스 작업 흐름 그림
def _boxes_axes(ax: plt.Axes | None, figsize: tuple[float, float]) -> plt.Axes:
    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    elif not isinstance(ax, plt.Axes):
        raise TypeError(f"ax는 matplotlib Axes여야 합니다, 받은 값: {type(ax).__name__}")
    return ax


def draw_keras_workflow(ax: plt.Axes | None = None, *,
                        title: str | None = "케라스 작업 흐름") -> plt.Axes:
    """케라스 작업 흐름 네 단계(데이터 → 모델 → compile → fit)와 evaluate·predict를 그립니다.

    Args:
        ax: 그릴 축. 없으면 새로 만듭니다.
        title: 축 제목.
    """
    ax = _boxes_axes(ax, (12, 1.8))
    steps = ["1. 데이터 정의\n(입력, 타깃)", "2. 모델 정의\n(층을 쌓기)",
             "3. compile\n(손실, 옵티마이저, 지표)", "4. fit\n(batch_size, epochs)",
             "evaluate\npredict"]
    colors = ["#c6dbef", "#c6dbef", "#fdd0a2", "#fdd0a2", "#c7e9c0"]
    for i, (text, color) in enumerate(zip(steps, colors)):
        ax.text(i * 2.4, 0, text, ha="center", va="center", fontsize=10,
                bbox=dict(boxstyle="round,pad=0.6", facecolor=color, edgecolor="gray"))
        if i:
            ax.annotate("", xy=(i * 2.4 - 1.0, 0), xytext=(i * 2.4 - 1.4, 0),
                        arrowprops=dict(arrowstyle="->", color="gray", lw=1.5))
    ax.set_xlim(-1.2, 10.8)
    ax.set_ylim(-0.8, 0.8)
    ax.axis("off")
    if title:
        ax.set_title(title)
    return ax


def draw_backend_stack(ax: plt.Axes | None = None, *, title: str | None = None) -> plt.Axes:
    """케라스 3 → 백엔드 → 수치 라이브러리·컴파일러 → 하드웨어를 상자로 그립니다.

    숄레 3.2.1 그림의 현재판입니다. 세로줄은 짝을 뜻하지 않습니다. XLA는 라이브러리가
    아니라 컴파일러라서 그 줄의 이름이 '수치 라이브러리·컴파일러'입니다. 옛 백엔드(씨아노,
    CNTK)는 점선 상자로 옆에 둡니다.

    Args:
        ax: 그릴 축. 없으면 새로 만듭니다.
        title: 축 제목.
    """
    ax = _boxes_axes(ax, (10, 4.2))
    rows = [
        (3.0, "#fdd0a2", ["케라스 (Keras 3): 층 · 모델 · 손실 · 옵티마이저 · fit"]),
        (2.0, "#c6dbef", ["TensorFlow", "JAX", "PyTorch"]),
        (1.0, "#e5e5e5", ["Eigen · oneDNN", "CUDA · cuDNN", "XLA"]),
        (0.0, "#c7e9c0", ["CPU", "GPU", "TPU"]),
    ]
    for y, color, boxes in rows:
        for i, text in enumerate(boxes):
            x = 4.5 if len(boxes) == 1 else 1.5 + 3 * i
            ax.text(x, y, text, ha="center", va="center", fontsize=11,
                    bbox=dict(boxstyle="round,pad=0.5", facecolor=color, edgecolor="gray"))
    for y, label in [(3.0, "모델 수준"), (2.0, "백엔드 (텐서 연산, 미분)"),
                     (1.0, "수치 라이브러리\n· 컴파일러"), (0.0, "하드웨어")]:
        ax.text(-0.6, y, label, ha="right", va="center", fontsize=10, color="dimgray")
    ax.text(10.4, 2.0, "Theano, CNTK\n(책의 백엔드,\n개발 중단)", ha="center", va="center",
            fontsize=9, color="gray", linespacing=1.5,
            bbox=dict(boxstyle="round,pad=0.5", facecolor="white", edgecolor="lightgray", ls="--"))
    ax.set_xlim(-3.2, 11.8)
    ax.set_ylim(-0.6, 3.6)
    ax.axis("off")
    if title:
        ax.set_title(title)
    return ax


# ---------------------------------------------------------------- 09, 10번 노트북의 그림
def _check_ax(ax: Any) -> None:
    if ax is not None and not isinstance(ax, plt.Axes):
        raise TypeError(f"ax는 matplotlib Axes여야 합니다, 받은 값: {type(ax).__name__}")


def draw_timeline(events: Sequence[tuple[float, str, str, int]], *,
                  shaded: tuple[float, float, str] | None = None, ax: plt.Axes | None = None,
                  title: str | None = None) -> plt.Axes:
    """연표(timeline)를 그립니다: 가로축 위아래로 사건 이름표를 번갈아 붙입니다(09번 노트북).

    Args:
        events: ``(위치(연도), 시기 글자, 사건 글자, 1 = 축 위 / -1 = 축 아래)``의 목록.
        shaded: ``(시작 연도, 끝 연도, 이름)``: 색칠할 기간(예: AI 겨울). 없으면 칠하지 않습니다.
        ax: 그릴 축. 없으면 새로 만듭니다.
        title: 축 제목.
    """
    _check_ax(ax)
    if ax is None:
        _, ax = plt.subplots(figsize=(12, 3.6))
    ax.axhline(0, color="k", lw=1.5)
    if shaded is not None:
        start, end, label = shaded
        ax.axvspan(start, end, color="#c6dbef", alpha=0.6)
        ax.text((start + end) / 2, -1.55, label, ha="center", fontsize=9, color="#08519c")
    for x, when, label, side in events:
        if side not in (1, -1):
            raise ValueError(f"사건의 위치는 1(위) 또는 -1(아래)이어야 합니다, 받은 값: {side}")
        ax.plot([x, x], [0, 0.55 * side], color="gray", lw=1)
        ax.plot(x, 0, "o", color="C3")
        ax.text(x, 0.65 * side, f"{when}\n{label}" if side > 0 else f"{label}\n{when}",
                ha="center", va="bottom" if side > 0 else "top", fontsize=9)
    years = [e[0] for e in events]
    ax.set_xlim(min(years) - 8, max(years) + 8)
    ax.set_ylim(-1.8, 1.9)
    ax.axis("off")
    if title:
        ax.set_title(title)
    return ax


def draw_logic_network(n_from_a: int, n_from_b: int, inhibit_b: bool, *,
                       ax: plt.Axes | None = None, title: str | None = None,
                       a_label: str = "A") -> plt.Axes:
    """매컬러-피츠 뉴런의 네트워크 하나를 그립니다(09번 노트북, 제롱의 그림 10-3).

    입력 뉴런 A(위)와 B(아래)에서 출력 뉴런 C로 가는 흥분 연결을 화살표 하나씩으로,
    B의 억제 연결을 끝에 동그라미가 달린 빨간 선으로 그립니다.

    Args:
        n_from_a: A에서 C로 가는 흥분 연결의 수.
        n_from_b: B에서 C로 가는 흥분 연결의 수.
        inhibit_b: B에서 C로 억제 연결이 있는지.
        ax: 그릴 축. 없으면 새로 만듭니다.
        title: 축 제목.
        a_label: 위쪽 입력 뉴런의 이름(늘 켜진 입력이면 ``"1"``).
    """
    _check_ax(ax)
    if ax is None:
        _, ax = plt.subplots(figsize=(3, 3))
    for name, y, n in [(a_label, 1.0, n_from_a), ("B", 0.0, n_from_b)]:
        if n == 0 and not (name == "B" and inhibit_b):
            continue
        ax.add_patch(plt.Circle((0, y), 0.22, facecolor="#fdd0a2", edgecolor="k"))
        ax.text(0, y, name, ha="center", va="center", fontsize=10)
        for k in range(n):
            dy = (k - (n - 1) / 2) * 0.1
            ax.annotate("", xy=(1.78, 0.5 + dy), xytext=(0.22, y + dy),
                        arrowprops=dict(arrowstyle="->", lw=1))
    if inhibit_b:
        ax.plot([0.22, 1.72], [0.0, 0.42], color="crimson", lw=1.5)
        ax.plot(1.74, 0.43, "o", ms=7, mfc="white", mec="crimson", mew=1.5)
    ax.add_patch(plt.Circle((2, 0.5), 0.22, facecolor="#9ecae1", edgecolor="k"))
    ax.text(2, 0.5, "C", ha="center", va="center", fontsize=10)
    ax.set(xlim=(-0.4, 2.4), ylim=(-0.4, 1.4), aspect="equal")
    ax.axis("off")
    if title:
        ax.set_title(title, fontsize=10)
    return ax


def draw_perceptron(n_outputs: int, *, ax: plt.Axes | None = None,
                    title: str | None = None) -> plt.Axes:
    """입력 2개(+ 편향 뉴런)와 LTU ``n_outputs``개로 된 퍼셉트론을 그립니다(09번 노트북).

    모든 입력이 모든 LTU에 연결되고(편향 연결은 점선), LTU마다 출력 ŷ가 하나씩 나옵니다.

    Args:
        n_outputs: LTU(출력)의 수, 1 이상.
        ax: 그릴 축. 없으면 새로 만듭니다.
        title: 축 제목.
    """
    _check_ax(ax)
    if isinstance(n_outputs, bool) or not isinstance(n_outputs, (int, np.integer)) or n_outputs < 1:
        raise ValueError(f"n_outputs는 1 이상의 정수여야 합니다, 받은 값: {n_outputs!r}")
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 4.2))
    inputs = [("1", 2.0, "#e5e5e5"), ("$x_1$", 1.0, "#fdd0a2"), ("$x_2$", 0.0, "#fdd0a2")]
    out_y = np.linspace(1.0 + 0.9 * (n_outputs - 1), 1.0 - 0.9 * (n_outputs - 1), n_outputs)
    for j, oy in enumerate(out_y, start=1):
        for label, iy, _ in inputs:
            ax.annotate("", xy=(2.6, oy), xytext=(0.25, iy), arrowprops=dict(
                arrowstyle="->", lw=0.8, color="gray", ls=":" if label == "1" else "-"))
        ax.add_patch(plt.Rectangle((2.6, oy - 0.3), 0.9, 0.6, facecolor="#9ecae1", edgecolor="k"))
        ax.text(3.05, oy, "Σ, step", ha="center", va="center", fontsize=9)
        ax.annotate("", xy=(4.0, oy), xytext=(3.5, oy), arrowprops=dict(arrowstyle="->"))
        ax.text(4.1, oy, r"$\hat{y}$" if n_outputs == 1 else rf"$\hat{{y}}_{j}$", va="center",
                fontsize=12)
    for label, iy, color in inputs:
        ax.add_patch(plt.Circle((0, iy), 0.25, facecolor=color, edgecolor="k", zorder=3))
        ax.text(0, iy, label, ha="center", va="center", fontsize=11, zorder=4)
    ax.text(-0.45, 2.0, "편향 뉴런", ha="right", va="center", fontsize=9)
    ax.text(-0.45, 0.5, "입력 뉴런", ha="right", va="center", fontsize=9)
    ax.text(3.05, min(out_y) - 0.6, f"LTU {n_outputs}개", ha="center", va="top", fontsize=9)
    ax.set(xlim=(-1.8, 4.6), ylim=(min(-1.6, out_y.min() - 1.0), max(3.6, out_y.max() + 1.0)),
           aspect="equal")
    ax.axis("off")
    if title:
        ax.set_title(title)
    return ax


def draw_xor_network(W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray, *,
                     ax: plt.Axes | None = None, title: str | None = None) -> plt.Axes:
    """2-2-1 계단 함수 신경망(10번 노트북의 XOR 네트워크)을 가중치 배열에서 그립니다.

    연결마다 가중치를 빨간 숫자로 적고, 편향 뉴런(회색 ``1``)에서 나가는 연결은 점선으로
    그립니다. 은닉 뉴런의 이름은 OR, NAND입니다.

    Args:
        W1: 모양 (2, 2)의 첫 번째 층 가중치(열 0: OR 뉴런, 열 1: NAND 뉴런).
        b1: 모양 (2,)의 첫 번째 층 편향.
        W2: 모양 (2, 1)의 두 번째 층 가중치.
        b2: 모양 (1,)의 두 번째 층 편향.
        ax: 그릴 축. 없으면 새로 만듭니다.
        title: 축 제목.
    """
    _check_ax(ax)
    W1, b1 = np.asarray(W1, dtype=float), np.asarray(b1, dtype=float).reshape(-1)
    W2, b2 = np.asarray(W2, dtype=float).reshape(2, -1), np.asarray(b2, dtype=float).reshape(-1)
    if W1.shape != (2, 2) or b1.shape != (2,) or W2.shape != (2, 1) or b2.shape != (1,):
        raise ValueError("W1 (2, 2), b1 (2,), W2 (2, 1), b2 (1,) 모양이어야 합니다, 받은 모양: "
                         f"{W1.shape}, {b1.shape}, {W2.shape}, {b2.shape}")
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 4.6))
    pos = {"x1": (0, 2.2), "x2": (0, 0.9), "1a": (0, -0.4),
           "OR": (2.4, 2.2), "NAND": (2.4, 0.9), "1b": (2.4, -0.4), "out": (4.8, 1.55)}
    edges = [(src, dst, w) for src, row in zip(["x1", "x2", "1a"], np.vstack([W1, b1]))
             for dst, w in zip(["OR", "NAND"], row)]
    edges += [(src, "out", w) for src, w in zip(["OR", "NAND", "1b"], np.r_[W2[:, 0], b2])]
    for k, (src, dst, w) in enumerate(edges):
        (xa, ya), (xb, yb) = pos[src], pos[dst]
        ax.plot([xa, xb], [ya, yb], color="gray", lw=1, ls=":" if src[0] == "1" else "-")
        t = 0.35 if k % 2 == 0 else 0.6
        ax.text(xa + t * (xb - xa), ya + t * (yb - ya), f"{w:g}", color="crimson",
                ha="center", va="center", fontsize=10, bbox=dict(fc="white", ec="none", pad=1))
    names = {"x1": "$x_1$", "x2": "$x_2$", "1a": "1", "1b": "1", "OR": "OR", "NAND": "NAND",
             "out": "AND\n(XOR)"}
    for key, (x, y) in pos.items():
        color = "#e5e5e5" if key[0] == "1" else ("#9ecae1" if x == 2.4 else "#fdd0a2")
        ax.add_patch(plt.Circle((x, y), 0.38, facecolor=color, edgecolor="k", zorder=2))
        ax.text(x, y, names[key], ha="center", va="center", fontsize=10, zorder=3)
    for x, label in [(0, "입력층"), (2.4, "은닉층"), (4.8, "출력층")]:
        ax.text(x, -1.25, label, ha="center", fontsize=11)
    ax.set(xlim=(-0.7, 5.5), ylim=(-1.5, 2.9), aspect="equal")
    ax.axis("off")
    if title:
        ax.set_title(title)
    return ax


def draw_backprop_graph(ax: plt.Axes | None = None, *, title: str | None = None) -> plt.Axes:
    """시그모이드 은닉층 + 소프트맥스 출력층 2층 신경망의 계산 그래프를 그립니다(10번 노트북).

    순전파는 파란 화살표(왼쪽 → 오른쪽), 역방향 패스로 넘기는 그레이디언트는 빨간 화살표
    (오른쪽 → 왼쪽), 가중치의 그레이디언트는 초록 글자로 적습니다.

    Args:
        ax: 그릴 축. 없으면 새로 만듭니다.
        title: 축 제목.
    """
    _check_ax(ax)
    if ax is None:
        _, ax = plt.subplots(figsize=(13, 3.6))
    boxes = [r"$X$", r"$Z_1 = XW_1 + b_1$", r"$A_1 = \sigma(Z_1)$", r"$Z_2 = A_1W_2 + b_2$",
             r"$P = \mathrm{softmax}(Z_2)$", r"$L = \mathrm{CE}(P, Y)$"]
    passed_back = ["", "", r"$\partial L/\partial Z_1$", r"$\partial L/\partial A_1$",
                   r"$\partial L/\partial Z_2$" "\n" r"$= (P - Y)/n$",
                   r"$\partial L/\partial P$"]
    weight_grads = {1: r"$\partial L/\partial W_1 = X^T \partial L/\partial Z_1$",
                    3: r"$\partial L/\partial W_2 = A_1^T \partial L/\partial Z_2$"}
    texts = [ax.text(2.6 * i, 0, box, ha="center", va="center", fontsize=11,
                     bbox=dict(boxstyle="round,pad=0.5", fc="#deebf7", ec="tab:blue"))
             for i, box in enumerate(boxes)]
    for i in range(1, len(texts)):
        ax.annotate("", xy=(0, 0.8), xycoords=texts[i], xytext=(1, 0.8), textcoords=texts[i - 1],
                    arrowprops=dict(arrowstyle="-|>", color="tab:blue", lw=1.5))
        if passed_back[i]:  # 입력 X 쪽으로는 그레이디언트를 보낼 필요가 없습니다
            ax.annotate("", xy=(1, 0.2), xycoords=texts[i - 1], xytext=(0, 0.2),
                        textcoords=texts[i],
                        arrowprops=dict(arrowstyle="-|>", color="crimson", lw=1.5))
            ax.text(2.6 * (i - 0.5), -0.35, passed_back[i], ha="center", va="top",
                    color="crimson", fontsize=10)
    for i, text in weight_grads.items():
        ax.text(2.6 * i, -1.1, text, ha="center", color="darkgreen", fontsize=10)
    ax.text(0, 0.8, "① 순전파 (파랑)", color="tab:blue", fontsize=11)
    ax.text(2.6 * 5, 0.8, "② 오차 측정", fontsize=11, ha="center")
    ax.text(2.6 * 5, -1.1, "③ 역방향 패스 (빨강)", color="crimson", fontsize=11, ha="center")
    ax.set(xlim=(-0.8, 14.2), ylim=(-1.5, 1.2))
    ax.axis("off")
    if title:
        ax.set_title(title)
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
    if ax is None:
        _, ax = plt.subplots(figsize=(5.5, 5))
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


# ------------------------------------------------------- 08 활성화 함수, 11 MNIST 추론 그림
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


def draw_output_probabilities(probs: Sequence[float] | np.ndarray, *,
                              hidden_label: str = "은닉층", title: str | None = None) -> Figure:
    """출력층 뉴런(위)과 뉴런마다의 출력 확률 막대그래프(아래, 눈금 0~1)를 그립니다 (08번 노트북).

    뉴런 k 아래에 '숫자 k'의 확률 막대가 놓이고, 가장 큰 확률은 빨간색입니다.

    Args:
        probs: 출력층의 소프트맥스 출력 (1차원, 0~1).
        hidden_label: 출력층 앞 층의 이름 (상자 안에 씁니다).
        title: 그림 제목.
    """
    p = np.asarray(probs, dtype=float)
    if p.ndim != 1 or p.size == 0 or np.any(~np.isfinite(p)) or p.min() < 0 or p.max() > 1:
        raise ValueError(f"probs는 0~1 사이 값의 1차원 배열이어야 합니다, 받은 값: {probs!r}")
    k = np.arange(p.size)
    fig, (ax_net, ax_bar) = plt.subplots(2, 1, figsize=(max(6.0, 0.8 * p.size + 2), 5.2),
                                         sharex=True, gridspec_kw={"height_ratios": [1, 1.2]})
    center = (p.size - 1) / 2
    ax_net.text(center, 2.2, hidden_label, ha="center", va="center", fontsize=11,
                bbox=dict(boxstyle="round,pad=0.5", facecolor="#9ecae1", edgecolor="gray"))
    for i in k:
        ax_net.plot([center + (i - center) * 0.25, i], [1.9, 0.75], color="gray", lw=0.6)
        ax_net.add_patch(plt.Circle((i, 0.5), 0.25, facecolor="#fdd0a2", edgecolor="k"))
        ax_net.text(i, 0.5, f"$\\hat{{y}}_{{{i}}}$", ha="center", va="center", fontsize=10)
    ax_net.set(ylim=(0.1, 2.6), aspect="equal")
    ax_net.axis("off")
    colors = ["C3" if i == p.argmax() else "C0" for i in k]
    bars = ax_bar.bar(k, p, width=0.5, color=colors)
    ax_bar.bar_label(bars, fmt="%.3f", fontsize=8)
    ax_bar.set(ylim=(0, 1.1), ylabel="출력 (확률)", xticks=k,
               xticklabels=[f"숫자 {i}" for i in k])
    ax_bar.grid(alpha=0.3, axis="y")
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


def draw_shape_chain(layer_sizes: Sequence[int] = (784, 50, 100, 10),
                     batch_sizes: Sequence[int] = (1, 100), *, ax: plt.Axes | None = None,
                     title: str | None = None) -> plt.Axes:
    """배치 X와 가중치 W1, W2, …의 행렬 곱에서 배열 모양이 이어지는 모습을 그립니다 (11번 노트북).

    배치 크기마다 한 줄씩 ``X (n×784) → W1 (784×50) → … → Ŷ (n×10)``를 그리고, 행렬 곱에서
    맞물려 사라지는 차원을 파란 글씨로 표시합니다.

    Args:
        layer_sizes: 입력 크기부터 출력 크기까지 층마다의 뉴런 수 (2개 이상).
        batch_sizes: 줄마다 그릴 배치 크기(이미지 수).
        ax: 그릴 축. 없으면 새로 만듭니다.
        title: 축 제목.
    """
    sizes = list(layer_sizes)
    if len(sizes) < 2 or not all(isinstance(s, (int, np.integer)) and s > 0
                                 for s in [*sizes, *batch_sizes]) or not batch_sizes:
        raise ValueError("layer_sizes(2개 이상)와 batch_sizes(1개 이상)는 양의 정수여야 합니다, "
                         f"받은 값: {layer_sizes!r}, {batch_sizes!r}")
    n_boxes = len(sizes) + 1
    if ax is None:
        _, ax = plt.subplots(figsize=(2.2 * n_boxes + 1, 1.6 * len(batch_sizes) + 0.5))
    for row, n in enumerate(batch_sizes):
        y = 1.3 * (len(batch_sizes) - 1 - row)
        items = [("X", f"{n}×{sizes[0]}")]
        items += [(f"W{i}", f"{a}×{b}") for i, (a, b) in enumerate(zip(sizes, sizes[1:]), 1)]
        items += [("$\\hat{Y}$", f"{n}×{sizes[-1]}")]   # 예측 (출력)
        for i, (name, shape) in enumerate(items):
            ax.text(2.2 * i, y, f"{name}\n{shape}", ha="center", va="center", fontsize=12,
                    bbox=dict(boxstyle="round,pad=0.6",
                              fc="#fdd0a2" if i in (0, n_boxes - 1) else "#deebf7"))
        for i in range(n_boxes - 1):
            if i < len(sizes) - 1:
                ax.text(2.2 * i + 1.1, y + 0.45, f"{sizes[i]} = {sizes[i]}", ha="center",
                        fontsize=9, color="tab:blue")
            ax.annotate("", xy=(2.2 * i + 1.55, y), xytext=(2.2 * i + 0.65, y),
                        arrowprops=dict(arrowstyle="-|>", color="gray"))
        ax.text(-1.3, y, "한 장" if n == 1 else f"배치 {n}장", ha="right", va="center",
                fontsize=12)
    ax.set(xlim=(-2.8, 2.2 * (n_boxes - 1) + 1.1), ylim=(-0.6, 1.3 * (len(batch_sizes) - 1) + 0.7))
    ax.axis("off")
    if title:
        ax.set_title(title)
    return ax


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
