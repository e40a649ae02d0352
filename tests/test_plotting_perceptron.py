"""09, 10번 노트북의 그림 함수: 가중치·연결 수·이름표를 담는지, 잘못된 인자를 알려 주는지."""

from __future__ import annotations

import matplotlib
import numpy as np
import pytest

from utils import diagrams, neurons

XOR_WEIGHTS = (np.array([[1.0, -1.0], [1.0, -1.0]]), np.array([-0.5, 1.5]),
               np.array([[1.0], [1.0]]), np.array([-1.5]))


def _texts(ax):
    return [t.get_text() for t in ax.texts]


def test_timeline_labels_every_event_and_shades_the_period():
    events = [(1943, "1943", "매컬러와 피츠", 1), (1969, "1969", "민스키", -1)]
    ax = diagrams.draw_timeline(events, shaded=(1974, 1980, "AI 겨울"), title="역사")
    texts = " ".join(_texts(ax))
    for part in ["1943", "매컬러와 피츠", "1969", "민스키", "AI 겨울"]:
        assert part in texts
    assert len(ax.patches) == 1 and ax.get_title() == "역사"     # 색칠한 기간 하나
    span = ax.patches[0].get_window_extent()   # 화면 좌표를 데이터 좌표로 되돌려 봅니다
    (x0, _), (x1, _) = ax.transData.inverted().transform(span.get_points())
    assert np.allclose([x0, x1], [1974, 1980])


def test_timeline_rejects_bad_side():
    with pytest.raises(ValueError):
        diagrams.draw_timeline([(1943, "1943", "x", 0)])


@pytest.mark.parametrize("n_a,n_b,inhibit,arrows,red_lines", [
    (2, 0, False, 2, 0), (1, 1, False, 2, 0), (2, 2, False, 4, 0), (2, 0, True, 2, 1)])
def test_logic_network_draws_one_arrow_per_connection(n_a, n_b, inhibit, arrows, red_lines):
    ax = neurons.draw_logic_network(n_a, n_b, inhibit, title="t")
    n_arrows = sum(1 for c in ax.get_children() if isinstance(c, matplotlib.text.Annotation))
    assert n_arrows == arrows
    red = [ln for ln in ax.lines if ln.get_color() == "crimson" and len(ln.get_xdata()) == 2]
    assert len(red) == red_lines
    assert "C" in _texts(ax) and ("B" in _texts(ax)) == (n_b > 0 or inhibit)


@pytest.mark.parametrize("n_outputs", [1, 3])
def test_perceptron_connects_every_input_to_every_ltu(n_outputs):
    ax = neurons.draw_perceptron(n_outputs, title="p")
    annotations = [c for c in ax.get_children() if isinstance(c, matplotlib.text.Annotation)]
    assert len(annotations) == 3 * n_outputs + n_outputs   # 입력 3개 × LTU + 출력 화살표
    assert _texts(ax).count("Σ, step") == n_outputs
    assert f"LTU {n_outputs}개" in _texts(ax)


@pytest.mark.parametrize("bad", [0, 2.5, True, "3"])
def test_perceptron_rejects_bad_sizes(bad):
    with pytest.raises(ValueError):
        neurons.draw_perceptron(bad)


def test_xor_network_writes_the_given_weights():
    ax = neurons.draw_xor_network(*XOR_WEIGHTS, title="xor")
    written = [t for t in _texts(ax) if t.replace("-", "").replace(".", "").isdigit()]
    # 연결 9개의 가중치 + 편향 뉴런 이름 '1' 두 개
    assert len(written) == 9 + 2, written
    assert sorted(float(t) for t in written) == sorted([1, 1, -1, -1, -0.5, 1.5, 1, 1, -1.5, 1, 1])
    assert ax.get_title() == "xor"
    assert sum(ln.get_linestyle() == ":" for ln in ax.lines) == 3   # 편향 연결은 점선


def test_xor_network_rejects_wrong_shapes():
    W1, b1, W2, b2 = XOR_WEIGHTS
    with pytest.raises(ValueError):
        neurons.draw_xor_network(np.ones((3, 2)), b1, W2, b2)


def test_backprop_graph_shows_forward_boxes_and_gradients():
    ax = diagrams.draw_backprop_graph(title="g")
    texts = " ".join(_texts(ax))
    for part in ["softmax", "(P - Y)/n", r"\partial L/\partial W_1", r"\partial L/\partial W_2",
                 "순전파", "역방향 패스"]:
        assert part in texts, part


@pytest.mark.parametrize("fn", [
    lambda: diagrams.draw_timeline([], ax="axes"),
    lambda: neurons.draw_logic_network(1, 1, False, ax=3),
    lambda: neurons.draw_perceptron(1, ax="a"),
    lambda: neurons.draw_xor_network(*XOR_WEIGHTS, ax=[]),
    lambda: diagrams.draw_backprop_graph("ax"),
])
def test_functions_reject_non_axes(fn):
    with pytest.raises(TypeError):
        fn()
