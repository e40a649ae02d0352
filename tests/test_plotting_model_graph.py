"""utils.plotting.model_graph / draw_model_graph: 케라스 모델의 층 그래프를 읽고 그리는지."""

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


def test_functional_model_nodes_edges_depths_and_shapes():
    nodes, edges = plotting.model_graph(two_branch_model())
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
    nodes, edges = plotting.model_graph(keras.Model(x, y, name="residual"))
    depth = {n["name"]: n["depth"] for n in nodes}
    assert depth["x"] == 0 and depth["h2"] == 2
    assert ("x", "add") in edges and ("h2", "add") in edges and depth["add"] == 3


def test_sequential_model_is_a_chain():
    model = keras.Sequential([keras.Input(shape=(784,), name="image"),
                              layers.Dense(32, name="hidden"), layers.Dense(10, name="output")],
                             name="seq")
    nodes, edges = plotting.model_graph(model)
    assert [n["name"] for n in nodes] == ["image", "hidden", "output"]
    assert edges == [("image", "hidden"), ("hidden", "output")]
    assert [n["shape"] for n in nodes] == [(None, 784), (None, 32), (None, 10)]


def test_draw_model_graph_draws_one_box_per_layer_and_one_arrow_per_edge():
    model = two_branch_model()
    ax = plotting.draw_model_graph(model, title="그래프")
    boxes = [t for t in ax.texts if t.get_bbox_patch() is not None]
    assert len(boxes) == 8
    assert any(t.get_text().startswith("concat\nConcatenate") for t in boxes)
    assert any("(배치, 26, 26, 4)" in t.get_text() for t in boxes)
    assert len(arrow_heads(ax)) == 8
    assert ax.get_title() == "그래프"
    ax.figure.canvas.draw()  # 실제로 그려지는지(화살표 좌표 계산 포함)


def arrow_heads(ax):
    return [c for c in ax.get_children() if isinstance(c, matplotlib.text.Annotation)
            and c.arrowprops and c.arrowprops.get("arrowstyle") == "-|>"]


def test_edges_skipping_levels_are_routed_through_their_own_slot():
    x = keras.Input(shape=(3,), name="x")
    h = layers.Dense(3, name="h1")(x)
    h = layers.Dense(3, name="h2")(h)
    y = layers.Add(name="add")([h, x])  # x → add는 두 줄을 건너뜁니다
    ax = plotting.draw_model_graph(keras.Model(x, y, name="residual"))
    assert len(arrow_heads(ax)) == 4
    assert len(ax.lines) == 1  # 경유점 두 개를 잇는 선 하나
    xs = set(ax.lines[0].get_xdata())
    assert len(xs) == 1 and xs != {0.0}  # 경유점은 h1, h2와 다른 자리에 세로로 놓입니다
    ax.figure.canvas.draw()


def test_draw_model_graph_on_given_axes_without_shapes():
    fig, ax = plt.subplots()
    model = keras.Sequential([keras.Input(shape=(4,), name="x"), layers.Dense(2, name="y")],
                             name="tiny")
    out = plotting.draw_model_graph(model, ax, show_shapes=False)
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
        plotting.draw_model_graph(bad)
    with pytest.raises(TypeError):
        plotting.model_graph(bad)


def test_subclassed_model_without_graph_raises_type_error():
    with pytest.raises(TypeError, match="Sequential"):
        plotting.draw_model_graph(_Subclassed())


def test_bad_axes_raise_type_error():
    with pytest.raises(TypeError, match="Axes"):
        plotting.draw_model_graph(two_branch_model(), ax="not axes")


def test_draw_training_loop_names_the_four_parts():
    ax = plotting.draw_training_loop(title="훈련 루프")
    texts = " ".join(t.get_text() for t in ax.texts)
    for part in ["입력 X", "층", "가중치", "타깃 Y", "손실 함수", "손실 점수", "옵티마이저",
                 "가중치 업데이트"]:
        assert part in texts
    assert ax.get_title() == "훈련 루프"
    ax.figure.canvas.draw()


def test_draw_training_loop_rejects_bad_axes():
    with pytest.raises(TypeError, match="Axes"):
        plotting.draw_training_loop(ax=[1, 2])
