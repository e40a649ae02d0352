"""utils.model_graph.model_graph / draw_model_graph: 케라스 모델의 층 그래프를 읽고 그리는지.

뒷부분은 03번 노트북의 층 공유(한 층을 두 번 호출)와 되풀이 호출을 읽고 그리는지 봅니다.
"""

from __future__ import annotations

import ast
import inspect
import random

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pytest

import utils  # noqa: F401  (텐서플로 로그 환경 변수를 먼저 정합니다)
from utils import model_graph

keras = pytest.importorskip("keras")
layers = keras.layers


def two_branch_model() -> keras.Model:
    image = keras.Input(shape=(28, 28, 1), name="image")
    a = layers.Flatten(name="flatten")(image)
    a = layers.Dense(16, name="dense_branch")(a)
    b = layers.Conv2D(4, 3, name="conv")(image)
    b = layers.GlobalAveragePooling2D(name="pool")(b)
    merged = layers.Concatenate(name="concat")([a, b])
    digit = layers.Dense(10, activation="softmax", name="digit")(merged)
    size = layers.Dense(1, name="size")(merged)
    return keras.Model(image, [digit, size], name="two_branch_two_outputs")


def arrow_heads(ax):
    return [c for c in ax.get_children() if isinstance(c, matplotlib.text.Annotation)
            and c.arrowprops and c.arrowprops.get("arrowstyle") == "-|>"]


def test_functional_model_nodes_edges_depths_and_shapes():
    nodes, edges = model_graph.model_graph(two_branch_model())
    assert set(edges) == {("image", "flatten"), ("image", "conv"), ("flatten", "dense_branch"),
                          ("conv", "pool"), ("dense_branch", "concat"), ("pool", "concat"),
                          ("concat", "digit"), ("concat", "size")}
    assert len(edges) == 8
    by_name = {n["name"]: n for n in nodes}
    assert {n: by_name[n]["depth"] for n in by_name} == {
        "image": 0, "flatten": 1, "conv": 1, "dense_branch": 2, "pool": 2, "concat": 3,
        "digit": 4, "size": 4}
    assert by_name["image"]["class_name"] == "InputLayer"
    assert by_name["concat"]["class_name"] == "Concatenate"
    assert by_name["image"]["shape"] == (None, 28, 28, 1)
    assert by_name["conv"]["shape"] == (None, 26, 26, 4)
    assert by_name["concat"]["shape"] == (None, 20)
    assert by_name["digit"]["shape"] == (None, 10)
    assert by_name["size"]["shape"] == (None, 1)


def test_longest_path_decides_depth_and_ops_are_nodes():
    x = keras.Input(shape=(3,), name="x")
    h = layers.Dense(3, name="h1")(x)
    h = layers.Dense(3, name="h2")(h)
    y = keras.ops.add(h, x)  # 층이 아닌 연산도 그래프의 노드입니다
    nodes, edges = model_graph.model_graph(keras.Model(x, y, name="residual"))
    depth = {n["name"]: n["depth"] for n in nodes}
    assert depth["x"] == 0 and depth["h2"] == 2
    assert ("x", "add") in edges and ("h2", "add") in edges and depth["add"] == 3


def test_sequential_model_is_a_chain():
    model = keras.Sequential([keras.Input(shape=(784,), name="image"),
                              layers.Dense(32, name="hidden"), layers.Dense(10, name="output")],
                             name="seq")
    nodes, edges = model_graph.model_graph(model)
    assert [n["name"] for n in nodes] == ["image", "hidden", "output"]
    assert edges == [("image", "hidden"), ("hidden", "output")]
    assert [n["shape"] for n in nodes] == [(None, 784), (None, 32), (None, 10)]


def test_draw_model_graph_draws_one_box_per_layer_and_one_arrow_per_edge():
    model = two_branch_model()
    ax = model_graph.draw_model_graph(model, title="그래프")
    boxes = [t for t in ax.texts if t.get_bbox_patch() is not None]
    assert len(boxes) == 8
    assert any(t.get_text().startswith("concat\nConcatenate") for t in boxes)
    assert any("(배치, 26, 26, 4)" in t.get_text() for t in boxes)
    assert len(arrow_heads(ax)) == 8
    assert ax.get_title() == "그래프"
    ax.figure.canvas.draw()  # 실제로 그려지는지(화살표 좌표 계산 포함)


def test_edges_skipping_levels_are_routed_through_their_own_slot():
    x = keras.Input(shape=(3,), name="x")
    h = layers.Dense(3, name="h1")(x)
    h = layers.Dense(3, name="h2")(h)
    y = layers.Add(name="add")([h, x])  # x → add는 두 줄을 건너뜁니다
    ax = model_graph.draw_model_graph(keras.Model(x, y, name="residual"))
    assert len(arrow_heads(ax)) == 4
    assert len(ax.lines) == 1  # 경유점 두 개를 잇는 선 하나
    xs = set(ax.lines[0].get_xdata())
    assert len(xs) == 1 and xs != {0.0}  # 경유점은 h1, h2와 다른 자리에 세로로 놓입니다
    ax.figure.canvas.draw()


def test_draw_model_graph_on_given_axes_without_shapes():
    fig, ax = plt.subplots()
    model = keras.Sequential([keras.Input(shape=(4,), name="x"), layers.Dense(2, name="y")],
                             name="tiny")
    out = model_graph.draw_model_graph(model, ax, show_shapes=False)
    assert out is ax
    boxes = [t.get_text() for t in ax.texts if t.get_bbox_patch() is not None]
    assert boxes == ["x\nInputLayer", "y\nDense"]
    assert ax.get_title() == "모델 그래프: tiny"


class _Subclassed(keras.Model):
    def __init__(self):
        super().__init__(name="subclassed")
        self.dense = layers.Dense(2)

    def call(self, x):
        return self.dense(x)


@pytest.mark.parametrize("bad", ["model", None, 42, layers.Dense(3)],
                         ids=["str", "None", "int", "layer"])
def test_non_models_raise_type_error(bad):
    with pytest.raises(TypeError, match="keras.Model"):
        model_graph.draw_model_graph(bad)
    with pytest.raises(TypeError):
        model_graph.model_graph(bad)


def test_subclassed_model_without_graph_raises_type_error():
    with pytest.raises(TypeError, match="Sequential"):
        model_graph.draw_model_graph(_Subclassed())


def test_bad_axes_raise_type_error():
    with pytest.raises(TypeError, match="Axes"):
        model_graph.draw_model_graph(two_branch_model(), ax="not axes")


# --- 층 공유와 되풀이 호출 (03번 노트북) ---------------------------------------------------

def shared_encoder_model() -> keras.Model:
    left = keras.Input(shape=(6,), name="left")
    right = keras.Input(shape=(6,), name="right")
    encoder = layers.Dense(4, name="encoder")  # 층 객체 하나를 두 입력에 호출합니다
    merged = layers.Concatenate(name="concat")([encoder(left), encoder(right)])
    return keras.Model([left, right], layers.Dense(1, name="out")(merged), name="shared")


def test_shared_layer_is_one_node_called_twice_and_feeds_two_tensors():
    nodes, edges = model_graph.model_graph(shared_encoder_model())
    by_name = {n["name"]: n for n in nodes}
    assert [n["name"] for n in nodes] == ["left", "right", "encoder", "concat", "out"]
    assert {n: by_name[n]["calls"] for n in by_name} == {
        "left": 0, "right": 0, "encoder": 2, "concat": 1, "out": 1}
    assert by_name["encoder"]["sources"] == ["left", "right"]
    assert by_name["concat"]["sources"] == ["encoder", "encoder"]  # 텐서 두 개, 같은 층에서
    assert edges.count(("encoder", "concat")) == 1  # 간선은 겹치지 않습니다
    assert set(edges) == {("left", "encoder"), ("right", "encoder"), ("encoder", "concat"),
                          ("concat", "out")}


def test_unshared_and_sequential_models_are_called_once():
    seq = keras.Sequential([keras.Input(shape=(3,), name="x"), layers.Dense(2, name="h"),
                            layers.Dense(1, name="y")], name="seq")
    nodes, _ = model_graph.model_graph(seq)
    assert [(n["calls"], n["sources"]) for n in nodes] == [(0, []), (1, ["x"]), (1, ["h"])]


def test_draw_model_graph_marks_shared_layer_and_multi_tensor_edge():
    ax = model_graph.draw_model_graph(shared_encoder_model())
    boxes = [t.get_text() for t in ax.texts if t.get_bbox_patch() is not None]
    assert len(boxes) == 5
    assert [b for b in boxes if "호출" in b] == ["encoder\nDense\n(배치, 4)\n호출 2번 (공유)"]
    labels = [t.get_text() for t in ax.texts if t.get_bbox_patch() is None and t.get_text()]
    assert labels == ["텐서 2개"]
    ax.figure.canvas.draw()


def test_draw_model_graph_adds_no_marks_without_sharing():
    x = keras.Input(shape=(3,), name="x")
    y = layers.Dense(1, name="y")(layers.Dense(2, name="h")(x))
    ax = model_graph.draw_model_graph(keras.Model(x, y, name="chain"))
    assert not [t for t in ax.texts if "호출" in t.get_text() or "텐서" in t.get_text()]


def _is_acyclic(nodes, edges) -> bool:
    order = {n["name"]: i for i, n in enumerate(nodes)}
    return all(order[source] < order[dest] for source, dest in edges)


def _bold_boxes(ax) -> list[str]:
    return [t.get_text().split("\n")[0] for t in ax.texts
            if t.get_bbox_patch() is not None and t.get_bbox_patch().get_linewidth() == 2]


def test_layer_called_on_its_own_output_is_a_repeated_call_not_a_self_edge():
    x = keras.Input(shape=(3,), name="x")
    d = layers.Dense(3, name="d")
    model = keras.Model(x, d(d(x)), name="twice")
    nodes, edges = model_graph.model_graph(model)
    by_name = {n["name"]: n for n in nodes}
    assert edges == [("x", "d")]  # ('d', 'd') 같은 자기 간선은 없습니다
    assert by_name["d"]["calls"] == 2 and by_name["d"]["sources"] == ["x", "d"]
    assert by_name["d"]["loops"] == ["d"] and by_name["d"]["output"]
    ax = model_graph.draw_model_graph(model)
    box = next(t.get_text() for t in ax.texts if t.get_text().startswith("d\n"))
    assert "호출 2번" in box and "자기 출력을 다시 받음" in box
    assert _bold_boxes(ax) == ["d"]  # 출력 테두리는 model.outputs에서 정합니다
    ax.figure.canvas.draw()


def test_back_edge_between_two_layers_is_drawn_dashed_and_edges_stay_acyclic():
    x = keras.Input(shape=(3,), name="x")
    a, b = layers.Dense(3, name="A"), layers.Dense(3, name="B")
    nodes, edges = model_graph.model_graph(keras.Model(x, a(b(a(x))), name="aba"))
    assert edges == [("x", "A"), ("A", "B")] and _is_acyclic(nodes, edges)
    assert {n["name"]: n["loops"] for n in nodes} == {"x": [], "A": ["B"], "B": []}
    ax = model_graph.draw_model_graph(keras.Model(x, a(b(a(x))), name="aba"))
    dashed = [c for c in arrow_heads(ax) if c.arrowprops.get("ls") == "--"]
    assert len(dashed) == 1 and len(arrow_heads(ax)) == 3
    assert "다시 호출" in [t.get_text() for t in ax.texts]
    ax.figure.canvas.draw()


def test_output_flag_comes_from_model_outputs_even_for_an_inner_layer():
    x = keras.Input(shape=(3,), name="x")
    h = layers.Dense(3, name="h")(x)
    model = keras.Model(x, [h, layers.Dense(1, name="y")(h)], name="inner_output")
    nodes, _ = model_graph.model_graph(model)
    assert [n["name"] for n in nodes if n["output"]] == ["h", "y"]
    assert _bold_boxes(model_graph.draw_model_graph(model)) == ["h", "y"]
    seq = keras.Sequential([keras.Input(shape=(3,), name="x"), layers.Dense(2, name="out")])
    assert [n["output"] for n in model_graph.model_graph(seq)[0]] == [False, True]


def test_shared_encoder_has_no_loops():
    nodes, edges = model_graph.model_graph(shared_encoder_model())
    assert all(n["loops"] == [] for n in nodes) and _is_acyclic(nodes, edges)
    assert [n["name"] for n in nodes if n["output"]] == ["out"]


# --- 공개 API만 쓰고, 모델을 건드리지 않고, 케라스가 바뀌면 크게 실패하는지 ---------------------

def test_reads_the_graph_through_public_keras_api_only():
    tree = ast.parse(inspect.getsource(model_graph))
    private = sorted({node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)
                      and node.attr.startswith("_") and not node.attr.startswith("__")})
    assert private == [], private  # 예: _inbound_nodes, _keras_history, _nodes_by_depth
    source = inspect.getsource(model_graph)
    assert "keras_history" not in source and "__keras_tensor__" not in source


def test_reading_the_graph_leaves_the_model_and_random_state_untouched():
    model, shared = two_branch_model(), shared_encoder_model()  # 층을 만들면 난수를 씁니다
    weights = [w.copy() for w in model.get_weights()]
    before = (random.getstate(), np.random.get_state()[1].copy())
    model_graph.model_graph(model)
    model_graph.model_graph(shared)
    assert random.getstate() == before[0] and np.array_equal(np.random.get_state()[1], before[1])
    assert all(np.array_equal(a, b) for a, b in zip(weights, model.get_weights()))
    assert model.get_layer("concat").input is not None  # 층이 새로 호출되었다면 오류가 납니다


def test_fails_loudly_if_keras_stops_reporting_layer_calls(monkeypatch):
    """clone_model이 call_function을 부르지 않게 바뀌면 틀린 그래프 대신 RuntimeError."""
    def clone_without_call_function(model, input_tensors=None, clone_function=None,
                                    call_function=None):
        return keras.Model(input_tensors, input_tensors)

    monkeypatch.setattr(keras.models, "clone_model", clone_without_call_function)
    x = keras.Input(shape=(3,), name="x")
    with pytest.raises(RuntimeError, match="Keras"):
        model_graph.model_graph(keras.Model(x, layers.Dense(2, name="h")(x)))
