"""케라스 모델의 층 그래프 읽기와 그리기 (a Keras model's layer graph, read and drawn).

``model_graph``는 케라스의 공개 API만으로 그래프를 읽습니다. 함수형 모델은
``keras.models.clone_model``의 ``call_function``이 그래프의 층 호출마다 (층, 입력 텐서)를
알려 주므로, 그 호출을 기록하고 층을 실제로 호출하지는 않습니다(원래 모델의 층과 가중치,
난수 상태는 그대로입니다). ``Sequential`` 모델은 ``model.layers``의 순서대로 잇습니다.
케라스가 바뀌어 기록이 모자라면 조용히 틀린 그림을 그리지 않고 ``RuntimeError``를 냅니다.
"""

from __future__ import annotations

from typing import Any

import matplotlib.pyplot as plt
import numpy as np

from utils.env import import_tensorflow
from utils.plotting import new_axes

import_tensorflow()  # 텐서플로 로그를 숨긴 채로 먼저 임포트합니다
import keras  # noqa: E402

_MERGE_LAYERS = {"Concatenate", "Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum",
                 "Dot"}


class _RecordedCall(keras.Operation):
    """층 호출 하나의 자리표시: 층과 같은 출력 명세를 내지만 층을 호출하지 않습니다.

    ``clone_model``이 마지막에 복사본 모델을 만들 수 있도록 입력과 이어진 텐서를 돌려줍니다.
    """

    def __init__(self, spec: Any, name: str) -> None:
        super().__init__(name=name)
        self.spec = spec

    def compute_output_spec(self, *args: Any) -> Any:
        return self.spec


def _trace_calls(model: keras.Model) -> tuple[list[tuple[str, list[int], list[Any]]],
                                              dict[int, str], list[Any]]:
    """함수형 모델의 층 호출을 그래프 순서대로 기록합니다 (공개 API ``clone_model``).

    Returns:
        ``(calls, inputs, outputs)``: ``calls``는 호출마다 ``(층 이름, 입력 텐서 id 목록, 출력
        텐서 목록)``, ``inputs``는 새 입력 텐서 id → 입력층 이름, ``outputs``는 복사본 모델의 출력
        텐서 목록(``model.outputs``와 같은 순서)입니다.
    """
    input_names = {id(layer.output): layer.name for layer in model.operations
                   if isinstance(layer, keras.layers.InputLayer)}
    new_inputs = keras.tree.map_structure(
        lambda t: keras.Input(batch_shape=t.shape, dtype=t.dtype, name=input_names[id(t)]),
        model.input)
    calls: list[tuple[str, list[int], list[Any]]] = []

    def record(layer: Any, *args: Any, **kwargs: Any) -> Any:
        spec = layer.compute_output_spec(*args, **kwargs)
        tensors = [t for t in keras.tree.flatten((args, kwargs))
                   if isinstance(t, keras.KerasTensor)]
        outputs = _RecordedCall(spec, name=f"model_graph_call_{len(calls)}")(*tensors)
        calls.append((layer.name, [id(t) for t in tensors], keras.tree.flatten(outputs)))
        return outputs

    copy = keras.models.clone_model(model, input_tensors=new_inputs,
                                    clone_function=lambda layer: layer, call_function=record)
    return calls, {id(t): t.name for t in keras.tree.flatten(new_inputs)}, list(copy.outputs)


def model_graph(model: Any) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """케라스 모델의 층 그래프를 노드(층)와 간선 목록으로 돌려줍니다.

    함수형 모델은 공개 API ``keras.models.clone_model(..., call_function=...)``로 층 호출마다
    받은 입력 텐서를 기록해 간선을 만들고(층은 호출하지 않습니다), ``Sequential`` 모델은
    ``model.layers``를 차례로 잇습니다.

    엄밀히 말하면 케라스 그래프의 노드는 층을 **한 번 호출한 것**이고, 호출의 그래프는 언제나
    비순환 유향 그래프(DAG)입니다. 여기서는 층 하나를 노드 하나로 합치므로, 한 층을 다시 호출해
    자기 출력(``d(d(x))``)이나 나중에 처음 호출된 층의 출력을 받으면 층 사이에서는 거꾸로 가는
    간선이 생깁니다. 이런 간선은 ``edges``에 넣지 않고 받는 층의 ``loops``에 적으므로 ``edges``는
    언제나 비순환입니다(``model.operations``의 순서, 곧 처음 호출된 순서로 앞에서 뒤로만 갑니다).

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
        RuntimeError: 케라스가 바뀌어 층 호출을 모두 기록하지 못했을 때 (틀린 그래프 대신).
    """
    if not isinstance(model, keras.Model):
        raise TypeError("model은 keras.Model(함수형 또는 Sequential)이어야 합니다 "
                        f"(a keras.Model expected), 받은 값: {type(model).__name__}")
    layers = list(model.layers)
    try:
        inputs = list(model.inputs or [])
    except AttributeError:  # 아직 만들어지지 않은 Sequential이나 서브클래싱 모델
        inputs = []
    sequential = isinstance(model, keras.Sequential)
    if not layers or not (inputs or sequential):
        raise TypeError("층 그래프를 읽을 수 없는 모델입니다. 함수형 API나 Sequential로 만든 "
                        "모델을 넣으세요 (functional or Sequential model expected; subclassed "
                        f"models have no layer graph): {model.name!r}")
    if sequential:  # model.layers에는 입력층이 없으므로 입력 텐서(model.inputs)로 앞에 둡니다
        names = [t.name for t in inputs] + [layer.name for layer in layers]
        classes = ["InputLayer"] * len(inputs) + [type(layer).__name__ for layer in layers]
        shapes = {t.name: tuple(t.shape) for t in inputs}
        for layer in layers if inputs else []:
            shapes[layer.name] = tuple(layer.output.shape)
        calls = [(names[0], [])] if not inputs else []  # 입력층이 없으면 첫 층도 한 번 호출
        calls += [(dest, [source]) for source, dest in zip(names[:-1], names[1:])]
        output_names = {names[-1]}
    else:
        operations = list(model.operations)  # 층과, 층이 아닌 연산(keras.ops.add …)
        names = [op.name for op in operations]
        classes = [type(op).__name__ for op in operations]
        traced, made_by, outputs = _trace_calls(model)
        shapes = {layer.name: tuple(layer.output.shape) for layer in layers
                  if isinstance(layer, keras.layers.InputLayer)}
        for name, _, produced in traced:
            made_by.update({id(t): name for t in produced})
            shapes.setdefault(name, tuple(produced[0].shape))
        try:
            calls = [(name, [made_by[i] for i in ids]) for name, ids, _ in traced]
            output_names = {made_by[id(t)] for t in outputs}
        except KeyError as exc:
            raise RuntimeError("케라스의 clone_model이 알려 준 텐서를 층에 이을 수 없습니다 "
                               "(Keras changed how clone_model reports layer calls).") from exc
        missing = [n for n, c in zip(names, classes)
                   if c != "InputLayer" and n not in {name for name, _ in calls}]
        if missing:
            raise RuntimeError(f"호출을 기록하지 못한 층이 있습니다 / layers without a recorded "
                               f"call (Keras changed clone_model?): {missing}")
    order = {n: i for i, n in enumerate(names)}
    sources: dict[str, list[str]] = {n: [] for n in names}
    for name, received in calls:
        sources[name] += received
    # 받는 층의 순서대로, 같은 층 안에서는 처음 받은 순서대로 겹치지 않게 모읍니다.
    edges = [(s, n) for n in names for s in dict.fromkeys(sources[n]) if order[s] < order[n]]
    loops = {n: [s for s in dict.fromkeys(sources[n]) if order[s] >= order[n]] for n in names}
    depth: dict[str, int] = {}
    for name in names:  # model.operations의 순서는 위상 순서입니다(입력이 먼저).
        depth[name] = max((depth[s] + 1 for s, d in edges if d == name), default=0)
    return ([{"name": n, "class_name": c, "depth": depth[n], "shape": shapes.get(n),
              "calls": sum(name == n for name, _ in calls), "sources": sources[n],
              "loops": loops[n], "output": n in output_names} for n, c in zip(names, classes)],
            edges)


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
    ax = new_axes(ax, (max(4.0, 2.4 * width), 1.15 * len(levels) + 0.6))
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
