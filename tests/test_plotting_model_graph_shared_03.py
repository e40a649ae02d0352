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
