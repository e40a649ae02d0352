"""상자와 화살표 그림 (boxes-and-arrows diagrams).

강의 지도(00), 훈련 루프(01), 층 블록 탑(02), 케라스 작업 흐름과 백엔드(07), 연표(09),
역전파 계산 그래프(10), 행렬 곱의 모양 사슬(11)처럼 개념을 상자와 화살표로 보여 주는 그림입니다.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure

from utils.plotting import finish_diagram, new_axes


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
    ax = new_axes(ax, (max(6.0, 2.0 * n_cols), 1.4 * n_rows + 0.4))
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
    return finish_diagram(ax, (-0.2, n_cols * step), (-0.5, n_rows - 0.2), title)


def draw_training_loop(ax: plt.Axes | None = None, *, title: str | None = None) -> plt.Axes:
    """신경망 훈련의 네 요소(층, 데이터와 타깃, 손실 함수, 옵티마이저)의 관계를 그립니다.

    입력 → 층(가중치) → 예측 → 손실 함수(타깃과 비교) → 손실 점수 → 옵티마이저 → 가중치
    업데이트로 이어지는 한 바퀴를 상자와 화살표로 보여 줍니다(숄레 그림 3-1과 같은 구성).
    예측은 강의의 표기대로 Ŷ으로 씁니다(숄레의 그림은 Y').

    Args:
        ax: 그릴 축. 없으면 새로 만듭니다.
        title: 축 제목.
    """
    ax = new_axes(ax, (7.5, 7))
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
    return finish_diagram(ax, (-4.6, 4.6), (-0.3, 9.6), title)


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


def draw_keras_workflow(ax: plt.Axes | None = None, *,
                        title: str | None = "케라스 작업 흐름") -> plt.Axes:
    """케라스 작업 흐름 네 단계(데이터 → 모델 → compile → fit)와 evaluate·predict를 그립니다.

    Args:
        ax: 그릴 축. 없으면 새로 만듭니다.
        title: 축 제목.
    """
    ax = new_axes(ax, (12, 1.8))
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
    return finish_diagram(ax, (-1.2, 10.8), (-0.8, 0.8), title)


def draw_backend_stack(ax: plt.Axes | None = None, *, title: str | None = None) -> plt.Axes:
    """케라스 3 → 백엔드 → 수치 라이브러리·컴파일러 → 하드웨어를 상자로 그립니다.

    숄레 3.2.1 그림의 현재판입니다. 세로줄은 짝을 뜻하지 않습니다. XLA는 라이브러리가
    아니라 컴파일러라서 그 줄의 이름이 '수치 라이브러리·컴파일러'입니다. 옛 백엔드(씨아노,
    CNTK)는 점선 상자로 옆에 둡니다.

    Args:
        ax: 그릴 축. 없으면 새로 만듭니다.
        title: 축 제목.
    """
    ax = new_axes(ax, (10, 4.2))
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
    return finish_diagram(ax, (-3.2, 11.8), (-0.6, 3.6), title)


def draw_backprop_graph(ax: plt.Axes | None = None, *, title: str | None = None) -> plt.Axes:
    """시그모이드 은닉층 + 소프트맥스 출력층 2층 신경망의 계산 그래프를 그립니다(10번 노트북).

    순전파는 파란 화살표(왼쪽 → 오른쪽), 역방향 패스로 넘기는 그레이디언트는 빨간 화살표
    (오른쪽 → 왼쪽), 가중치의 그레이디언트는 초록 글자로 적습니다.

    Args:
        ax: 그릴 축. 없으면 새로 만듭니다.
        title: 축 제목.
    """
    ax = new_axes(ax, (13, 3.6))
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
    ax = new_axes(ax, (2.2 * n_boxes + 1, 1.6 * len(batch_sizes) + 0.5))
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
    ax = new_axes(ax, (12, 3.6))
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
    return finish_diagram(ax, (min(years) - 8, max(years) + 8), (-1.8, 1.9), title)
