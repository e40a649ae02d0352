"""슬라이더로 움직여 보는 탐색기 (interactive explorers, ipywidgets).

- ``*_state``: 슬라이더 값 → 그림에 그릴 데이터(사전). 순수한 계산이라 브라우저 없이 테스트합니다.
- ``*_explorer``: 슬라이더와 그림을 담은 위젯(:class:`Explorer`, ``ipywidgets.VBox``)을 돌려줍니다.

그림은 pyplot에 등록하지 않은 ``Figure`` 하나에 그려 PNG로 만들고 ``ipywidgets.Image``의 값만
바꾸므로 깜빡이지 않습니다. 위젯을 보여 줄 때 기본값의 그림(PNG)과 한 줄 요약도 함께 내보내므로
위젯이 없는 곳(GitHub, 정적 사이트, nbval)에서도 그림이 보이고, nbval은 요약 글을 비교합니다.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable, Mapping
from typing import Any

import ipywidgets as widgets
import numpy as np
from matplotlib.figure import Figure

_Array = np.ndarray
_SQUARE = (-0.5, 1.5)                       # 두 입력 (x1, x2)을 그리는 범위
_INPUTS = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
GATES = {"AND": [0, 0, 0, 1], "OR": [0, 1, 1, 1], "NAND": [1, 1, 1, 0], "XOR": [0, 1, 1, 0]}


class Explorer(widgets.VBox):
    """컨트롤(위)과 그림(아래)을 담은 위젯. 값이 바뀌면 ``state_fn``, ``draw_fn``으로 다시 그립니다.

    ``controls``는 ``{state_fn의 인자 이름: 위젯}``, ``draw_fn(figure, state)``는 빈 그림에 그리고,
    ``summary_fn(state)``는 저장된 노트북에 남을 한 줄 요약, ``rows``는 컨트롤을 줄로 나눈 이름들,
    ``margins``는 ``Figure.subplots_adjust``의 인자입니다.
    """

    def __init__(self, controls: Mapping[str, widgets.Widget], state_fn: Callable[..., dict],
                 draw_fn: Callable[[Figure, dict], None], summary_fn: Callable[[dict], str],
                 figsize: tuple[float, float], rows: list[list[str]] | None = None,
                 margins: Mapping[str, float] | None = None) -> None:
        self.controls = dict(controls)
        self.state_fn, self.draw_fn, self.summary_fn = state_fn, draw_fn, summary_fn
        self.margins = {"left": 0.07, "right": 0.98, "bottom": 0.14, "top": 0.86, "wspace": 0.3,
                        **(margins or {})}
        self.figure = Figure(figsize=figsize, dpi=100)
        self.image = widgets.Image(format="png")
        rows = rows or [list(self.controls)]
        boxes = [widgets.HBox([self.controls[name] for name in row]) for row in rows]
        super().__init__([*boxes, self.image])
        for control in self.controls.values():
            control.observe(self.update, names="value")
        self.state: dict = {}
        self.update()

    def update(self, _change: Any = None) -> dict:
        """지금 컨트롤 값으로 데이터를 다시 계산하고 그림을 다시 그립니다."""
        self.state = self.state_fn(**{name: c.value for name, c in self.controls.items()})
        self.figure.clear()
        self.figure.subplots_adjust(**self.margins)
        self.draw_fn(self.figure, self.state)
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", pil_kwargs={"compress_level": 1})
        self.image.value = buffer.getvalue()
        return self.state

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["image/png"] = base64.b64encode(self.image.value).decode("ascii")
        bundle["text/plain"] = self.summary_fn(self.state)
        return bundle


def _slider(name: str, value: float, low: float, high: float, step: float) -> widgets.FloatSlider:
    return widgets.FloatSlider(value=value, min=low, max=high, step=step, description=name,
                               style={"description_width": "initial"})


def _step(z: _Array) -> _Array:
    """계단 함수 (이 강의의 약속: z ≥ 0이면 1)."""
    return (np.asarray(z) >= 0).astype(int)


def loss_state(prediction: float, target: int) -> dict:
    """타깃(0/1) 하나에 대한 MSE, MAE, 후버(δ = 1)의 곡선(예측 −1~2)과 BCE의 곡선(확률 0~1),
    예측 ``prediction``에서의 값. 예측이 0과 1 사이가 아니면 확률이 아니므로 BCE는 ``nan``입니다."""
    def regression(y_pred: _Array) -> dict[str, _Array]:
        e = np.abs(np.asarray(y_pred, dtype=float) - target)
        return {"MSE": e ** 2, "MAE": e, "후버 (δ = 1)": np.where(e <= 1, 0.5 * e ** 2, e - 0.5)}

    def bce(p: _Array) -> _Array:
        return -np.log(p) if target == 1 else -np.log(1 - p)

    preds, probs = np.linspace(-1, 2, 301), np.linspace(0.001, 0.999, 500)
    values = {name: float(v) for name, v in regression(prediction).items()}
    values["BCE"] = float(bce(prediction)) if 0 < prediction < 1 else float("nan")
    return {"prediction": prediction, "target": target, "preds": preds, "curves": regression(preds),
            "probs": probs, "bce_curve": bce(probs), "values": values}


def _draw_loss(fig: Figure, s: dict) -> None:
    ax_reg, ax_bce = fig.subplots(1, 2)
    for name, curve in s["curves"].items():
        (line,) = ax_reg.plot(s["preds"], curve, lw=2, label=f"{name} = {s['values'][name]:.3f}")
        ax_reg.plot(s["prediction"], s["values"][name], "o", color=line.get_color(), ms=8)
    ax_bce.plot(s["probs"], s["bce_curve"], lw=2, color="tab:red")
    bce = s["values"]["BCE"]
    if np.isnan(bce):
        ax_bce.text(0.5, 3, "예측이 0과 1 사이가 아니라\nBCE를 계산할 수 없습니다", ha="center")
    else:
        ax_bce.plot(s["prediction"], bce, "o", color="tab:red", ms=8)
    ax_bce.set(ylim=(0, 6), xlabel="예측 확률 ŷ", title=f"이진 크로스엔트로피 = {bce:.3f}")
    ax_reg.set(ylim=(0, 4.5), xlabel="예측 ŷ", ylabel="손실", title="회귀 손실")
    ax_reg.legend(loc="upper center")
    for ax, x_range in ((ax_reg, (-1, 2)), (ax_bce, (0, 1))):
        ax.axvline(s["target"], color="gray", ls="--", lw=1)
        ax.set_xlim(*x_range)
        ax.grid(alpha=0.3)
    fig.suptitle(f"타깃 = {s['target']} (회색 점선), 예측 ŷ = {s['prediction']:.2f}")


def loss_explorer(prediction: float = 0.3, target: int = 1) -> Explorer:
    """예측 슬라이더와 타깃(0/1) 단추로 MSE, MAE, 후버, BCE의 값을 보는 탐색기 (04번 노트북)."""
    controls = {"prediction": _slider("예측 ŷ", prediction, -1, 2, 0.01),
                "target": widgets.ToggleButtons(options=[0, 1], value=target, description="타깃")}
    return Explorer(controls, loss_state, _draw_loss, lambda s: (
        f"손실 탐색기: 예측 {s['prediction']:.2f}, 타깃 {s['target']} → "
        + ", ".join(f"{name} {value:.3f}" for name, value in s["values"].items())), (11, 3.8))


OPTIMIZERS = ("SGD", "SGD + 모멘텀", "RMSprop", "Adam")


def optimizer_state(loss_fn: Callable[[_Array], float], optimizer: str, learning_rate: float,
                    momentum: float, start: tuple[float, float] = (-9.0, 2.0),
                    steps: int = 40) -> dict:
    """케라스 옵티마이저의 업데이트 규칙(기본 하이퍼파라미터)을 NumPy로 따라 ``steps``번 내려갑니다.

    그레이디언트는 ``loss_fn``의 중앙 차분. ``momentum``은 'SGD + 모멘텀'에만 쓰입니다. 발산하면
    멈춥니다. ``path``는 (스텝 수 + 1, 2), ``losses``는 (스텝 수 + 1,) 배열입니다."""
    if optimizer not in OPTIMIZERS:
        raise ValueError(f"optimizer는 {OPTIMIZERS} 가운데 하나여야 합니다, 받은 값: {optimizer!r}")
    w, h, eps = np.array(start, dtype=float), 1e-4, 1e-7
    velocity, m, v = np.zeros(2), np.zeros(2), np.zeros(2)
    path = [w.copy()]
    for t in range(1, steps + 1):
        grad = np.array([(loss_fn(w + d) - loss_fn(w - d)) / (2 * h) for d in np.eye(2) * h])
        if optimizer.startswith("SGD"):
            velocity = (momentum if optimizer != "SGD" else 0.0) * velocity - learning_rate * grad
            w = w + velocity
        elif optimizer == "RMSprop":          # rho = 0.9
            v = 0.9 * v + 0.1 * grad ** 2
            w = w - learning_rate * grad / (np.sqrt(v) + eps)
        else:                                 # Adam: beta_1 = 0.9, beta_2 = 0.999
            m, v = m + (grad - m) * 0.1, v + (grad ** 2 - v) * 0.001
            alpha = learning_rate * np.sqrt(1 - 0.999 ** t) / (1 - 0.9 ** t)
            w = w - alpha * m / (np.sqrt(v) + eps)
        path.append(w.copy())
        if not np.all(np.isfinite(w)) or np.abs(w).max() > 1e6:
            break                             # 발산: 더 가지 않습니다
    path = np.array(path)
    return {"optimizer": optimizer, "learning_rate": learning_rate, "momentum": momentum,
            "path": path, "losses": np.array([loss_fn(p) for p in path])}


def optimizer_explorer(loss_fn: Callable[[_Array], float], draw_surface: Callable[[Any], None],
                       optimizer: str = "SGD + 모멘텀", learning_rate: float = 0.2,
                       momentum: float = 0.9) -> Explorer:
    """옵티마이저, 학습률, 모멘텀을 바꾸며 노트북의 손실 곡면 위 경로를 보는 탐색기 (06번 노트북).

    Args:
        loss_fn: 길이 2인 배열 w → 손실.
        draw_surface: 축 하나에 손실 곡면의 등고선을 그리는 노트북의 함수.
    """
    choice = widgets.Dropdown(options=OPTIMIZERS, value=optimizer, description="옵티마이저")
    controls = {"optimizer": choice,
                "learning_rate": _slider("학습률", learning_rate, 0.01, 1.1, 0.01),
                "momentum": _slider("모멘텀", momentum, 0.0, 0.99, 0.01)}

    def state(**values: Any) -> dict:
        controls["momentum"].disabled = values["optimizer"] != "SGD + 모멘텀"
        return optimizer_state(loss_fn, **values)

    def draw(fig: Figure, s: dict) -> None:
        ax_path, ax_loss = fig.subplots(1, 2, width_ratios=[1.6, 1])
        draw_surface(ax_path)
        ax_path.plot(s["path"][:, 0], s["path"][:, 1], "o-", ms=3, lw=1.2, color="crimson")
        ax_path.plot(*s["path"][-1], "X", ms=11, mec="k", color="crimson")
        ax_path.set_title(f"{s['optimizer']}: {len(s['path']) - 1}스텝 (X = 도착점)")
        ax_loss.plot(s["losses"], lw=2, color="crimson")
        ax_loss.set(yscale="log", xlabel="스텝", ylabel="손실 (로그 눈금)",
                    title=f"마지막 손실 {s['losses'][-1]:.4g}")
        ax_loss.grid(alpha=0.3)

    return Explorer(controls, state, draw, lambda s: (
        f"옵티마이저 탐색기: {s['optimizer']} (학습률 {s['learning_rate']:.2f}"
        + (f", 모멘텀 {s['momentum']:.2f}" if s["optimizer"] == "SGD + 모멘텀" else "")
        + f") → {len(s['path']) - 1}스텝 뒤 손실 {s['losses'][-1]:.4f}"), (12, 4))


def activation_state(activations: Mapping[str, tuple[Callable, Callable]], name: str, z: float,
                     flat_below: float = 0.01) -> dict:
    """``activations[name]``의 (함수, 도함수) 곡선, 포화 구간(|도함수| < flat_below), z에서의 값."""
    f, f_grad = activations[name]
    zs = np.linspace(-8, 8, 801)
    grad = np.broadcast_to(f_grad(zs), zs.shape).astype(float)
    return {"name": name, "z": z, "zs": zs, "value": np.broadcast_to(f(zs), zs.shape).astype(float),
            "grad": grad, "saturated": np.abs(grad) < flat_below, "flat_below": flat_below,
            "f_z": float(f(np.float64(z))), "grad_z": float(f_grad(np.float64(z))),
            "saturated_z": abs(float(f_grad(np.float64(z)))) < flat_below}


def activation_explorer(activations: Mapping[str, tuple[Callable, Callable]],
                        name: str = "시그모이드", z: float = 5.0) -> Explorer:
    """활성화 함수를 고르고 z를 움직여 f(z)와 f'(z)를 보는 탐색기 (08번 노트북)."""
    controls = {"name": widgets.Dropdown(options=list(activations), value=name, description="함수"),
                "z": _slider("z", z, -8, 8, 0.1)}

    def draw(fig: Figure, s: dict) -> None:
        axes = fig.subplots(1, 2, sharex=True)
        for ax, key, value, title in ((axes[0], "value", s["f_z"], "f(z)"),
                                      (axes[1], "grad", s["grad_z"], "도함수 f'(z)")):
            ax.plot(s["zs"], s[key], lw=2, color="tab:blue")
            low, high = min(-0.1, s[key].min() - 0.1), min(max(1.1, s[key].max()), 8) + 0.1
            ax.fill_between(s["zs"], low, high, where=s["saturated"], color="gray", alpha=0.2,
                            label=f"포화: |f'(z)| < {s['flat_below']:g}")
            ax.plot(s["z"], value, "o", color="crimson", ms=9)
            ax.axvline(s["z"], color="crimson", lw=0.8, ls="--")
            ax.set(ylim=(low, high), xlabel="z", title=f"{s['name']}: {title} = {value:.4f}")
            ax.grid(alpha=0.3)
        axes[1].legend(loc="upper left", fontsize=8)

    return Explorer(controls, lambda **v: activation_state(activations, **v), draw, lambda s: (
        f"활성화 함수 탐색기: {s['name']}, z = {s['z']:.1f} → f(z) = {s['f_z']:.4f}, "
        f"f'(z) = {s['grad_z']:.4f} (포화 구간{'' if s['saturated_z'] else ' 밖'})"), (11, 3.6))


def _line_in_square(w1: float, w2: float, b: float) -> _Array | None:
    """w1·x1 + w2·x2 + b = 0 직선이 그림의 정사각형을 지나는 두 끝점 (2, 2), 없으면 None."""
    lo, hi = _SQUARE
    if abs(w2) >= abs(w1) and w2 != 0:
        xs = np.array([lo, hi])
        return np.c_[xs, -(w1 * xs + b) / w2]
    if w1 != 0:
        ys = np.array([lo, hi])
        return np.c_[-(w2 * ys + b) / w1, ys]
    return None


def perceptron_state(w1: float, w2: float, b: float, gate: str) -> dict:
    """LTU ŷ = step(w1·x1 + w2·x2 + b): ``table`` 행마다 (x1, x2, 타깃, ŷ), ``correct``, 격자 위의
    출력 ``region``, 결정 경계의 두 끝점 ``line``(가중치가 모두 0이면 None)."""
    target = np.array(GATES[gate])
    output = _step(_INPUTS @ np.array([w1, w2]) + b)
    grid = np.linspace(*_SQUARE, 121)
    g1, g2 = np.meshgrid(grid, grid)
    return {"w1": w1, "w2": w2, "b": b, "gate": gate, "table": np.c_[_INPUTS, target, output],
            "correct": output == target, "n_correct": int(np.sum(output == target)),
            "region": _step(w1 * g1 + w2 * g2 + b), "line": _line_in_square(w1, w2, b)}


def _draw_gate_table(ax: Any, rows: _Array, correct: _Array, header: list[str]) -> None:
    cells = [[str(int(v)) for v in row] + ["✓" if ok else "✗"] for row, ok in zip(rows, correct)]
    table = ax.table(cellText=cells, colLabels=[*header, "맞음?"], loc="center", cellLoc="center")
    table.scale(1, 1.6)
    for i, ok in enumerate(correct, start=1):
        table[i, len(header)].set_facecolor("#c7e9c0" if ok else "#fcbba1")
    ax.axis("off")


def _draw_regions(ax: Any, region: _Array, correct: _Array, target: _Array) -> None:
    ax.imshow(region, origin="lower", extent=(*_SQUARE, *_SQUARE), cmap="coolwarm", alpha=0.35,
              vmin=0, vmax=1, aspect="auto")
    for (x1, x2), t, ok in zip(_INPUTS, target, correct):
        ax.scatter(x1, x2, s=220, marker="o" if t else "s", color="tab:red" if t else "tab:blue",
                   edgecolor="k" if ok else "gold", linewidth=1 if ok else 3, zorder=3)
    ax.set(xlim=_SQUARE, ylim=_SQUARE, xlabel="$x_1$", ylabel="$x_2$")


def _draw_perceptron_state(fig: Figure, s: dict) -> None:
    ax, ax_table = fig.subplots(1, 2, width_ratios=[1.2, 1])
    _draw_regions(ax, s["region"], s["correct"], s["table"][:, 2])
    if s["line"] is not None:
        ax.plot(*s["line"].T, "k-", lw=2, label="결정 경계")
        ax.legend(loc="upper left", fontsize=8)
    ax.set_title(f"붉은 영역: ŷ = 1 (w1={s['w1']:.1f}, w2={s['w2']:.1f}, b={s['b']:.1f})")
    _draw_gate_table(ax_table, s["table"], s["correct"], ["x1", "x2", s["gate"], "ŷ"])
    ax_table.set_title(f"{s['gate']} 진리표: {s['n_correct']}/4 맞음")


def perceptron_explorer(w1: float = 1.0, w2: float = 1.0, b: float = -1.5,
                        gate: str = "AND") -> Explorer:
    """가중치 w1, w2와 편향 b로 결정 경계와 게이트의 진리표를 보는 탐색기 (09번 노트북)."""
    controls = {"w1": _slider("w1", w1, -2, 2, 0.1), "w2": _slider("w2", w2, -2, 2, 0.1),
                "b": _slider("b", b, -3, 3, 0.1),
                "gate": widgets.Dropdown(options=list(GATES), value=gate, description="게이트")}
    return Explorer(controls, perceptron_state, _draw_perceptron_state, lambda s: (
        f"퍼셉트론 탐색기: w1 = {s['w1']:.1f}, w2 = {s['w2']:.1f}, b = {s['b']:.1f}, {s['gate']} "
        f"→ 출력 {s['table'][:, 3].tolist()}, {s['n_correct']}/4 맞음"), (9, 3.8),
        rows=[["w1", "w2"], ["b", "gate"]])


def xor_network_state(w11: float, w21: float, b1: float, w12: float, w22: float, b2: float) -> dict:
    """은닉 뉴런 h_j = step(w1j·x1 + w2j·x2 + bj) 두 개와 출력 AND(h1, h2)인 계단 함수 신경망:
    ``table`` 행마다 (x1, x2, h1, h2, ŷ), XOR과 비교한 ``correct``, 격자 위의 출력 ``region``."""
    W1, b = np.array([[w11, w12], [w21, w22]]), np.array([b1, b2])
    hidden = _step(_INPUTS @ W1 + b)
    output = _step(hidden.sum(axis=1) - 1.5)                    # 출력 뉴런: AND
    grid = np.linspace(*_SQUARE, 121)
    points = np.stack(np.meshgrid(grid, grid), axis=-1)         # (121, 121, 2)
    region = _step(_step(points @ W1 + b).sum(axis=-1) - 1.5)
    target = np.array(GATES["XOR"])
    return {"weights": (w11, w21, b1, w12, w22, b2), "table": np.c_[_INPUTS, hidden, output],
            "correct": output == target, "n_correct": int(np.sum(output == target)),
            "region": region, "lines": [_line_in_square(*W1[:, j], b[j]) for j in (0, 1)]}


def _draw_xor_network(fig: Figure, s: dict) -> None:
    ax, ax_hidden, ax_table = fig.subplots(1, 3, width_ratios=[1.2, 1.2, 1])
    target = np.array(GATES["XOR"])
    _draw_regions(ax, s["region"], s["correct"], target)
    for line, style, name in zip(s["lines"], ("g--", "m--"), ("h1", "h2")):
        if line is not None:
            ax.plot(*line.T, style, lw=2, label=f"{name} 뉴런의 경계")
    ax.legend(loc="upper left", fontsize=8)
    ax.set_title(f"입력 공간: 붉은 영역이 출력 1 ({s['n_correct']}/4 맞음)")
    hidden = s["table"][:, 2:4]
    ax_hidden.plot([-0.5, 1.5], [2, 0], "k--", lw=1, label="출력(AND)의 경계 h1 + h2 = 1.5")
    jitter = np.array([[-0.06, -0.06], [-0.06, 0.06], [0.06, -0.06], [0.06, 0.06]])
    ax_hidden.scatter(*(hidden + jitter).T, s=160, c=np.array(["tab:blue", "tab:red"])[target],
                      edgecolor="k", zorder=3)
    ax_hidden.set(xlim=_SQUARE, ylim=_SQUARE, xlabel="h1", ylabel="h2",
                  title="은닉 공간 (겹치는 점은 살짝 옮김)")
    ax_hidden.legend(loc="lower left", fontsize=8)
    _draw_gate_table(ax_table, s["table"], s["correct"], ["x1", "x2", "h1", "h2", "ŷ"])
    ax_table.set_title("XOR 진리표")


def xor_network_explorer(w11: float = 1.0, w21: float = 1.0, b1: float = -0.5, w12: float = -1.0,
                         w22: float = -1.0, b2: float = 1.5) -> Explorer:
    """은닉 뉴런 두 개의 가중치와 편향으로 XOR 신경망의 결정 영역을 보는 탐색기 (10번 노트북).
    기본값은 10번 노트북에서 손으로 정한 가중치(h1 = OR, h2 = NAND)입니다."""
    values = {"w11": w11, "w21": w21, "b1": b1, "w12": w12, "w22": w22, "b2": b2}
    controls = {name: _slider(name, value, *((-3, 3) if name[0] == "b" else (-2, 2)), 0.1)
                for name, value in values.items()}
    return Explorer(controls, xor_network_state, _draw_xor_network, lambda s: (
        "XOR 신경망 탐색기: (w11, w21, b1, w12, w22, b2) = ("
        + ", ".join(f"{w:.1f}" for w in s["weights"])
        + f") → 출력 {s['table'][:, 4].tolist()}, {s['n_correct']}/4 맞음"), (13, 3.8),
        rows=[["w11", "w21", "b1"], ["w12", "w22", "b2"]])


def digit_state(index: int, images: _Array, labels: _Array, predict: Callable[[_Array], _Array],
                first_layer: Callable[[_Array], _Array]) -> dict:
    """``images[index]``의 그림, 클래스 확률(``predict``), 첫 은닉층 출력(``first_layer``)."""
    x = images[index]
    probs = np.asarray(predict(x), dtype=float).ravel()
    label, prediction = int(labels[index]), int(np.argmax(probs))
    return {"index": index, "image": x.reshape(28, 28), "probs": probs, "label": label,
            "prediction": prediction, "correct": prediction == label,
            "hidden": np.asarray(first_layer(x), dtype=float).ravel()}


def _draw_digit(fig: Figure, s: dict) -> None:
    grid = fig.add_gridspec(2, 2, width_ratios=[1, 2.2], height_ratios=[3, 1], hspace=0.9)
    ax_image, ax_bar, ax_hidden = (fig.add_subplot(grid[k])
                                   for k in ((slice(None), 0), (0, 1), (1, 1)))
    ax_image.imshow(s["image"], cmap="gray_r")
    ax_image.set_title(f"테스트 이미지 {s['index']}: 정답 {s['label']}, 예측 {s['prediction']}",
                       color="black" if s["correct"] else "crimson")
    ax_image.axis("off")
    colors = ["tab:gray"] * 10
    colors[s["prediction"]], colors[s["label"]] = "crimson", "tab:green"
    ax_bar.bar(range(10), s["probs"], color=colors)
    ax_bar.set(xticks=range(10), ylim=(0, 1), ylabel="확률", title="출력층: 클래스별 확률")
    heat = ax_hidden.imshow(s["hidden"][None, :], cmap="viridis", vmin=0, vmax=1, aspect="auto")
    ax_hidden.set(yticks=[], xlabel="은닉 뉴런 번호",
                  title=f"첫 은닉층의 출력 ({len(s['hidden'])}개)")
    fig.colorbar(heat, ax=ax_hidden, pad=0.01)


def digit_explorer(predict: Callable[[_Array], _Array], first_layer: Callable[[_Array], _Array],
                   images: _Array, labels: _Array, index: int = 0) -> Explorer:
    """슬라이더로 테스트 이미지를 골라 노트북의 순전파가 낸 확률과 첫 은닉층의 출력을 보는 탐색기.

    ``predict``와 ``first_layer``는 노트북의 순전파: 펼친 이미지 하나 (784,) → 클래스 확률 (10,),
    첫 은닉층의 출력. ``images``는 펼친 테스트 이미지 (n, 784), ``labels``는 정수 레이블 (n,).
    """
    slider = widgets.IntSlider(value=index, min=0, max=len(images) - 1, description="이미지 번호",
                               style={"description_width": "initial"},
                               layout=widgets.Layout(width="600px"))
    return Explorer({"index": slider},
                    lambda index: digit_state(index, images, labels, predict, first_layer),
                    _draw_digit, lambda s: (
                        f"숫자 탐색기: 테스트 이미지 {s['index']} → 정답 {s['label']}, 예측 "
                        f"{s['prediction']} (확률 {s['probs'][s['prediction']]:.3f}), "
                        f"첫 은닉층 출력 {len(s['hidden'])}개"), (10, 3.6))
