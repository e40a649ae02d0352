"""utils.plotting.model_graph / draw_model_graph: 층 공유(한 층을 두 번 호출)를 읽고 그리는지."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

import utils  # noqa: E402, F401  (텐서플로 로그 환경 변수를 먼저 정합니다)
from utils import plotting  # noqa: E402

keras = pytest.importorskip("keras")
layers = keras.layers


@pytest.fixture(autouse=True)
def _close_figures():
    plotting.use_korean_font()
    yield
    plt.close("all")


def shared_encoder_model() -> keras.Model:
    left = keras.Input(shape=(6,), name="left")
    right = keras.Input(shape=(6,), name="right")
    encoder = layers.Dense(4, name="encoder")  # 층 객체 하나를 두 입력에 호출합니다
    merged = layers.Concatenate(name="concat")([encoder(left), encoder(right)])
    return keras.Model([left, right], layers.Dense(1, name="out")(merged), name="shared")


def test_shared_layer_is_one_node_called_twice_and_feeds_two_tensors():
    nodes, edges = plotting.model_graph(shared_encoder_model())
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
    nodes, _ = plotting.model_graph(seq)
    assert [(n["calls"], n["sources"]) for n in nodes] == [(0, []), (1, ["x"]), (1, ["h"])]


def test_draw_model_graph_marks_shared_layer_and_multi_tensor_edge():
    ax = plotting.draw_model_graph(shared_encoder_model())
    boxes = [t.get_text() for t in ax.texts if t.get_bbox_patch() is not None]
    assert len(boxes) == 5
    assert [b for b in boxes if "호출" in b] == ["encoder\nDense\n(배치, 4)\n호출 2번 (공유)"]
    labels = [t.get_text() for t in ax.texts if t.get_bbox_patch() is None and t.get_text()]
    assert labels == ["텐서 2개"]
    ax.figure.canvas.draw()


def test_draw_model_graph_adds_no_marks_without_sharing():
    x = keras.Input(shape=(3,), name="x")
    y = layers.Dense(1, name="y")(layers.Dense(2, name="h")(x))
    ax = plotting.draw_model_graph(keras.Model(x, y, name="chain"))
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
    nodes, edges = plotting.model_graph(model)
    by_name = {n["name"]: n for n in nodes}
    assert edges == [("x", "d")]  # ('d', 'd') 같은 자기 간선은 없습니다
    assert by_name["d"]["calls"] == 2 and by_name["d"]["sources"] == ["x", "d"]
    assert by_name["d"]["loops"] == ["d"] and by_name["d"]["output"]
    ax = plotting.draw_model_graph(model)
    box = next(t.get_text() for t in ax.texts if t.get_text().startswith("d\n"))
    assert "호출 2번" in box and "자기 출력을 다시 받음" in box
    assert _bold_boxes(ax) == ["d"]  # 출력 테두리는 model.outputs에서 정합니다
    ax.figure.canvas.draw()


def test_back_edge_between_two_layers_is_drawn_dashed_and_edges_stay_acyclic():
    x = keras.Input(shape=(3,), name="x")
    a, b = layers.Dense(3, name="A"), layers.Dense(3, name="B")
    nodes, edges = plotting.model_graph(keras.Model(x, a(b(a(x))), name="aba"))
    assert edges == [("x", "A"), ("A", "B")] and _is_acyclic(nodes, edges)
    assert {n["name"]: n["loops"] for n in nodes} == {"x": [], "A": ["B"], "B": []}
    ax = plotting.draw_model_graph(keras.Model(x, a(b(a(x))), name="aba"))
    dashed = [c for c in arrow_heads(ax) if c.arrowprops.get("ls") == "--"]
    assert len(dashed) == 1 and len(arrow_heads(ax)) == 3
    assert "다시 호출" in [t.get_text() for t in ax.texts]
    ax.figure.canvas.draw()


def test_output_flag_comes_from_model_outputs_even_for_an_inner_layer():
    x = keras.Input(shape=(3,), name="x")
    h = layers.Dense(3, name="h")(x)
    model = keras.Model(x, [h, layers.Dense(1, name="y")(h)], name="inner_output")
    nodes, _ = plotting.model_graph(model)
    assert [n["name"] for n in nodes if n["output"]] == ["h", "y"]
    assert _bold_boxes(plotting.draw_model_graph(model)) == ["h", "y"]
    seq = keras.Sequential([keras.Input(shape=(3,), name="x"), layers.Dense(2, name="out")])
    assert [n["output"] for n in plotting.model_graph(seq)[0]] == [False, True]


def test_shared_encoder_has_no_loops():
    nodes, edges = plotting.model_graph(shared_encoder_model())
    assert all(n["loops"] == [] for n in nodes) and _is_acyclic(nodes, edges)
    assert [n["name"] for n in nodes if n["output"]] == ["out"]


def arrow_heads(ax):
    return [c for c in ax.get_children() if isinstance(c, matplotlib.text.Annotation)
            and c.arrowprops and c.arrowprops.get("arrowstyle") == "-|>"]
