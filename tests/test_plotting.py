"""utils.plotting: 그림 함수가 그려지고, 잘못된 입력에 분명한 오류를 내는지."""

from __future__ import annotations

import numpy as np
import pytest

from utils import neurons, plotting


def test_plot_history_from_dict():
    fig = plotting.plot_history({"loss": [1.0, 0.5], "val_loss": [1.1, 0.7],
                                 "accuracy": [0.5, 0.8], "val_accuracy": [0.4, 0.7]})
    assert len(fig.axes) == 2
    assert len(fig.axes[0].lines) == 2


def test_plot_history_errors():
    with pytest.raises(ValueError, match="available"):
        plotting.plot_history({"loss": [1.0]}, metrics=("accuracy",))
    with pytest.raises(TypeError):
        plotting.plot_history([1, 2, 3])


def test_plot_digits_marks_wrong_predictions_red():
    images = np.zeros((3, 784))
    fig = plotting.plot_digits(images, labels=[1, 2, 3], predictions=[1, 5, 3], n_cols=3)
    titles = [ax.title for ax in fig.axes]
    assert [t.get_text() for t in titles] == ["1→1", "2→5", "3→3"]
    assert titles[1].get_color() == "crimson" and titles[0].get_color() == "black"


@pytest.mark.parametrize("kwargs", [
    {"images": np.zeros((3, 10))},
    {"images": np.zeros((3, 28, 28)), "labels": [1, 2]},
    {"images": np.zeros((2, 28, 28)), "predictions": [1, 2]},
    {"images": np.zeros((2, 28, 28)), "n_cols": 0},
])
def test_plot_digits_errors(kwargs):
    with pytest.raises(ValueError):
        plotting.plot_digits(**kwargs)


def test_plot_decision_boundary_draws_regions():
    X = np.array([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0], [1.0, 0.0]])
    y = np.array([0, 1, 1, 1])
    ax = plotting.plot_decision_boundary(lambda g: (g.sum(axis=1) > 0.5).astype(int), X, y)
    assert ax.collections, "영역과 점이 그려져야 합니다"


def test_plot_decision_boundary_errors():
    with pytest.raises(ValueError, match=r"\(n, 2\)"):
        plotting.plot_decision_boundary(lambda g: g[:, 0], np.zeros((4, 3)), np.zeros(4))
    with pytest.raises(ValueError):
        plotting.plot_decision_boundary(lambda g: g[:, 0], np.zeros((4, 2)), np.zeros(3))
    with pytest.raises(ValueError, match="값 하나"):
        plotting.plot_decision_boundary(lambda g: g, np.zeros((4, 2)), np.zeros(4))
    with pytest.raises(TypeError):
        plotting.plot_decision_boundary("f", np.zeros((4, 2)), np.zeros(4))


def test_draw_network_elides_large_layers():
    ax = neurons.draw_network([784, 50, 10], max_neurons=6, bias=True)
    texts = [t.get_text() for t in ax.texts]
    assert "⋮" in texts and any("784" in t for t in texts)


@pytest.mark.parametrize("kwargs", [
    {"layer_sizes": [3]},
    {"layer_sizes": [3, 0]},
    {"layer_sizes": [3, 2], "layer_names": ["a"]},
    {"layer_sizes": [3, 2], "max_neurons": 2},
])
def test_draw_network_errors(kwargs):
    with pytest.raises(ValueError):
        neurons.draw_network(**kwargs)


def test_draw_network_spacing_spreads_layers():
    narrow = neurons.draw_network([3, 2], spacing=1.0)
    wide = neurons.draw_network([3, 2], spacing=3.0)
    width = [ax.get_xlim()[1] - ax.get_xlim()[0] for ax in (narrow, wide)]
    assert width[1] > 2 * width[0]
    with pytest.raises(ValueError, match="spacing"):
        neurons.draw_network([3, 2], spacing=0)
