"""뉴런과 신경망 그림 (drawings of neurons and networks).

완전 연결 신경망(08, 10, 11, 12), 생물학적 뉴런과 매컬러-피츠 뉴런, 퍼셉트론(09), XOR
네트워크(10), 출력층의 확률(08)을 원과 선으로 그립니다.
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure

from utils.plotting import new_axes


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
    ax = new_axes(ax, (1.4 * spacing * len(sizes), 4))

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


def draw_biological_neuron(ax: plt.Axes | None = None, *, title: str | None = None) -> plt.Axes:
    """생물학적 뉴런(biological neuron)의 개념도를 그리고 부분마다 이름을 붙입니다.

    수상돌기 → 세포체(핵) → 축삭돌기(말이집) → 축삭 끝가지 → 시냅스 말단 순서로 신호가
    흐르는 모양을 왼쪽에서 오른쪽으로 그립니다. 실제 비율이 아닌 개념도입니다(09번 노트북).

    Args:
        ax: 그릴 축. 없으면 새로 만듭니다.
        title: 축 제목.
    """
    if title is not None and not isinstance(title, str):
        raise TypeError(f"title은 문자열이어야 합니다, 받은 값: {type(title).__name__}")
    ax = new_axes(ax, (11, 4.2))
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
    ax = new_axes(ax, (3, 3))
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
    if isinstance(n_outputs, bool) or not isinstance(n_outputs, (int, np.integer)) or n_outputs < 1:
        raise ValueError(f"n_outputs는 1 이상의 정수여야 합니다, 받은 값: {n_outputs!r}")
    ax = new_axes(ax, (6, 4.2))
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
    W1, b1 = np.asarray(W1, dtype=float), np.asarray(b1, dtype=float).reshape(-1)
    W2, b2 = np.asarray(W2, dtype=float).reshape(2, -1), np.asarray(b2, dtype=float).reshape(-1)
    if W1.shape != (2, 2) or b1.shape != (2,) or W2.shape != (2, 1) or b2.shape != (1,):
        raise ValueError("W1 (2, 2), b1 (2,), W2 (2, 1), b2 (1,) 모양이어야 합니다, 받은 모양: "
                         f"{W1.shape}, {b1.shape}, {W2.shape}, {b2.shape}")
    ax = new_axes(ax, (7, 4.6))
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
