"""08번 노트북의 그림 함수(plot_activation_derivatives, draw_output_probabilities)를 확인합니다."""

from __future__ import annotations

import matplotlib
import numpy as np
import pytest
from matplotlib.patches import Rectangle

from utils import neurons, plotting


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_activation_derivatives_draws_function_and_derivative_per_column():
    functions = {"시그모이드": (_sigmoid, lambda z: _sigmoid(z) * (1 - _sigmoid(z))),
                 "ReLU": (lambda z: np.maximum(0, z), lambda z: (z > 0).astype(float))}
    z = np.linspace(-8, 8, 161)
    fig = plotting.plot_activation_derivatives(functions, z)
    top, bottom = fig.axes[:2], fig.axes[2:]
    assert len(fig.axes) == 4
    assert [ax.get_title() for ax in top] == ["시그모이드 함수", "ReLU 함수"]
    np.testing.assert_allclose(top[0].lines[0].get_ydata(), _sigmoid(z))
    np.testing.assert_allclose(bottom[1].lines[0].get_ydata(), (z > 0).astype(float))
    # 포화 구간(도함수 < 0.01)만 회색으로 칠합니다: 시그모이드는 |z|가 큰 양쪽 끝
    shaded = bottom[0].collections[0].get_paths()
    xs = np.concatenate([p.vertices[:, 0] for p in shaded])
    assert xs.min() == pytest.approx(-8) and xs.max() == pytest.approx(8)
    assert not np.any((xs > -4) & (xs < 4))


def test_activation_derivatives_accepts_scalar_valued_derivative():
    fig = plotting.plot_activation_derivatives({"계단": (lambda z: (z >= 0).astype(int),
                                                       lambda z: 0.0)})
    np.testing.assert_array_equal(fig.axes[1].lines[0].get_ydata(), 0.0)


@pytest.mark.parametrize("kwargs", [dict(functions={}), dict(functions={"f": (np.tanh, np.tanh)},
                                                             flat_below=0)])
def test_activation_derivatives_rejects_bad_input(kwargs):
    with pytest.raises(ValueError):
        plotting.plot_activation_derivatives(**kwargs)


def test_output_probabilities_has_a_labelled_0_to_1_scale_and_marks_the_argmax():
    probs = np.array([0.05, 0.1, 0.6, 0.25])
    fig = neurons.draw_output_probabilities(probs, hidden_label="은닉층 2", title="제목")
    ax_net, ax_bar = fig.axes
    bars = [p for p in ax_bar.patches if isinstance(p, Rectangle)]
    np.testing.assert_allclose([b.get_height() for b in bars], probs)
    assert ax_bar.get_ylim() == (0, 1.1) and "확률" in ax_bar.get_ylabel()
    assert [t.get_text() for t in ax_bar.get_xticklabels()] == [f"숫자 {k}" for k in range(4)]
    reds = [i for i, b in enumerate(bars) if b.get_facecolor() == matplotlib.colors.to_rgba("C3")]
    assert reds == [2]
    assert any(t.get_text() == "은닉층 2" for t in ax_net.texts)


@pytest.mark.parametrize("bad", [[], [[0.5, 0.5]], [0.5, 1.5], [-0.1, 1.0], [np.nan, 1.0], "abc"])
def test_output_probabilities_rejects_non_probabilities(bad):
    with pytest.raises((ValueError, TypeError)):
        neurons.draw_output_probabilities(bad)
