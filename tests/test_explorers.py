"""utils/explorers.py: 슬라이더 값이 주어지면 그림의 데이터가 맞는지 (브라우저 없이, issue 13).

기대값은 탐색기 코드를 쓰지 않고 따로 구합니다: 진리표는 손으로, 손실은 scipy와 scikit-learn으로,
옵티마이저의 경로는 케라스 옵티마이저로.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy.special import expit, huber
from sklearn.metrics import log_loss

from utils.explorers import (
    GATES,
    OPTIMIZERS,
    Explorer,
    activation_explorer,
    activation_state,
    digit_explorer,
    digit_state,
    loss_explorer,
    loss_state,
    optimizer_explorer,
    optimizer_state,
    perceptron_explorer,
    perceptron_state,
    xor_network_explorer,
    xor_network_state,
)


def bowl(w):
    """06번 노트북의 길쭉한 그릇 모양 손실."""
    return 0.02 * w[0] ** 2 + w[1] ** 2


@pytest.mark.parametrize("prediction, target", [(0.3, 1), (0.9, 0), (1.7, 1), (-0.6, 0)])
def test_loss_values_match_scipy_and_sklearn(prediction, target):
    values = loss_state(prediction, target)["values"]
    error = prediction - target
    assert values["MSE"] == pytest.approx(error ** 2)
    assert values["MAE"] == pytest.approx(abs(error))
    assert values["후버 (δ = 1)"] == pytest.approx(huber(1.0, error))
    if 0 < prediction < 1:
        assert values["BCE"] == pytest.approx(log_loss([target], [prediction], labels=[0, 1]))
    else:
        assert np.isnan(values["BCE"])                 # 확률이 아니면 BCE는 없습니다


def test_loss_curves_have_their_minimum_at_the_target():
    state = loss_state(0.5, 1)
    for curve in state["curves"].values():
        assert state["preds"][np.argmin(curve)] == pytest.approx(1.0)
    assert np.all(np.diff(state["bce_curve"]) < 0)     # 타깃 1: 확률이 클수록 작아집니다


def _keras_path(optimizer, steps=40):
    import keras
    import tensorflow as tf

    w = tf.Variable([-9.0, 2.0])
    path = [w.numpy().copy()]
    for _ in range(steps):
        with tf.GradientTape() as tape:
            loss = bowl(w)
        optimizer.apply_gradients([(tape.gradient(loss, w), w)])
        path.append(w.numpy().copy())
    return np.array(path), keras


@pytest.mark.parametrize("name, learning_rate, momentum", [
    ("SGD", 0.9, 0.0), ("SGD + 모멘텀", 0.2, 0.9), ("SGD + 모멘텀", 0.05, 0.5),
    ("RMSprop", 0.3, 0.0), ("Adam", 0.3, 0.0), ("Adam", 0.05, 0.0)])
def test_optimizer_path_follows_the_keras_optimizer(name, learning_rate, momentum):
    import keras

    make = {"SGD": lambda: keras.optimizers.SGD(learning_rate),
            "SGD + 모멘텀": lambda: keras.optimizers.SGD(learning_rate, momentum=momentum),
            "RMSprop": lambda: keras.optimizers.RMSprop(learning_rate),
            "Adam": lambda: keras.optimizers.Adam(learning_rate)}
    expected, _ = _keras_path(make[name]())
    state = optimizer_state(bowl, name, learning_rate, momentum)
    np.testing.assert_allclose(state["path"], expected, rtol=1e-3, atol=1e-4)
    assert state["losses"][-1] == pytest.approx(bowl(expected[-1]), rel=1e-3, abs=1e-6)


def test_momentum_is_ignored_without_momentum_and_divergence_stops():
    plain = optimizer_state(bowl, "SGD", 0.5, 0.0)["path"]
    assert np.array_equal(optimizer_state(bowl, "SGD", 0.5, 0.9)["path"], plain)
    diverging = optimizer_state(bowl, "SGD", 1.1, 0.0, steps=400)
    assert len(diverging["path"]) < 401 and np.all(np.isfinite(diverging["losses"]))
    with pytest.raises(ValueError, match="optimizer"):
        optimizer_state(bowl, "Adagrad", 0.1, 0.0)
    assert OPTIMIZERS == ("SGD", "SGD + 모멘텀", "RMSprop", "Adam")


ACTIVATIONS = {"시그모이드": (expit, lambda z: expit(z) * (1 - expit(z))),
               "ReLU": (lambda z: np.maximum(0, z), lambda z: (np.asarray(z) > 0).astype(float))}


def test_activation_values_and_saturation():
    state = activation_state(ACTIVATIONS, "시그모이드", 5.0)
    assert state["f_z"] == pytest.approx(1 / (1 + np.exp(-5)))
    assert state["grad_z"] == pytest.approx(np.exp(-5) / (1 + np.exp(-5)) ** 2)
    assert state["saturated_z"]                            # σ'(5) ≈ 0.0066 < 0.01
    assert not activation_state(ACTIVATIONS, "시그모이드", 0.0)["saturated_z"]   # σ'(0) = 0.25
    zs, saturated = state["zs"], state["saturated"]
    edge = np.log(1 / 0.01 - 2 + np.sqrt((1 / 0.01 - 2) ** 2 - 4)) - np.log(2)  # σ'(z) = 0.01
    assert np.array_equal(saturated, np.abs(zs) > edge)
    relu = activation_state(ACTIVATIONS, "ReLU", -2.0)
    assert np.array_equal(relu["saturated"], relu["zs"] <= 0)                 # 죽은 쪽 전체
    assert relu["f_z"] == 0 and relu["grad_z"] == 0


@pytest.mark.parametrize("w1, w2, b, gate, outputs, n_correct", [
    (1, 1, -1.5, "AND", [0, 0, 0, 1], 4),
    (1, 1, -0.5, "AND", [0, 1, 1, 1], 2),
    (1, 1, -0.5, "OR", [0, 1, 1, 1], 4),
    (1, 1, -1.0, "OR", [0, 1, 1, 1], 4),       # z = 0이면 1 (헤비사이드)
    (-1, -1, 1.5, "NAND", [1, 1, 1, 0], 4),
    (1, 0, -0.5, "XOR", [0, 0, 1, 1], 2),
    (0, 0, 0, "AND", [1, 1, 1, 1], 1),
])
def test_perceptron_truth_table_by_hand(w1, w2, b, gate, outputs, n_correct):
    state = perceptron_state(w1, w2, b, gate)
    assert state["table"][:, 3].tolist() == outputs
    assert state["table"][:, 2].tolist() == GATES[gate]
    assert state["n_correct"] == n_correct == int(state["correct"].sum())


def test_perceptron_line_lies_on_the_boundary_and_no_setting_solves_xor():
    line = perceptron_state(1.0, 2.0, -1.5, "AND")["line"]
    assert np.allclose(line @ [1.0, 2.0] - 1.5, 0)
    assert perceptron_state(0.0, 0.0, 1.0, "AND")["line"] is None
    assert perceptron_state(0.0, 0.0, 1.0, "AND")["region"].min() == 1   # 어디서나 1
    grid_w, grid_b = np.arange(-2, 2.01, 0.25), np.arange(-3, 3.01, 0.25)
    best = max(perceptron_state(w1, w2, b, "XOR")["n_correct"]
               for w1, w2, b in itertools.product(grid_w, grid_w, grid_b))
    assert best == 3


def test_xor_network_default_solves_xor_and_hidden_units_by_hand():
    state = xor_network_state(1, 1, -0.5, -1, -1, 1.5)               # h1 = OR, h2 = NAND
    assert state["table"][:, 2].tolist() == [0, 1, 1, 1]             # OR
    assert state["table"][:, 3].tolist() == [1, 1, 1, 0]             # NAND
    assert state["table"][:, 4].tolist() == [0, 1, 1, 0] and state["n_correct"] == 4
    region = state["region"]                                         # 격자 121 × 121, -0.5~1.5
    assert region[0, 0] == 0 and region[60, 60] == 1 and region[-1, -1] == 0   # (.5, .5)는 1
    both_or = xor_network_state(1, 1, -0.5, 1, 1, -0.5)               # AND(OR, OR) = OR
    assert both_or["table"][:, 4].tolist() == [0, 1, 1, 1] and both_or["n_correct"] == 3


def test_digit_state_uses_the_given_forward_pass():
    images = np.arange(3 * 784, dtype=float).reshape(3, 784) / (3 * 784)
    labels = np.array([4, 2, 9])

    def predict(x):
        return np.eye(10)[int(x[0] * 3 * 784) % 10]                  # 첫 픽셀로 정하는 가짜 확률

    state = digit_state(1, images, labels, predict, lambda x: x[:50])
    assert np.array_equal(state["image"], images[1].reshape(28, 28))
    assert state["prediction"] == 784 % 10 and state["label"] == 2
    assert state["correct"] is False
    assert np.array_equal(state["hidden"], images[1][:50])


def test_moving_a_control_redraws_the_figure_and_the_stored_output_is_the_default():
    explorer = perceptron_explorer()
    assert isinstance(explorer, Explorer)
    bundle = explorer._repr_mimebundle_()
    assert bundle["text/plain"] == ("퍼셉트론 탐색기: w1 = 1.0, w2 = 1.0, b = -1.5, AND "
                                    "→ 출력 [0, 0, 0, 1], 4/4 맞음")
    assert bundle["image/png"] and "application/vnd.jupyter.widget-view+json" in bundle
    before = explorer.image.value
    explorer.controls["b"].value = -0.5
    assert explorer.state["n_correct"] == 2 and bytes(explorer.image.value) != bytes(before)


def test_every_explorer_builds_with_its_default():
    from utils.plotting import draw_loss_contours

    def draw_surface(ax):
        draw_loss_contours(ax, lambda a, b: bowl(np.stack([a, b])), (-10, 10), (-3.5, 3.5),
                           levels=np.geomspace(0.01, 12, 14))

    images, labels = np.zeros((2, 784)), np.array([0, 1])
    built = [loss_explorer(), optimizer_explorer(bowl, draw_surface),
             activation_explorer(ACTIVATIONS), xor_network_explorer(),
             digit_explorer(lambda x: np.full(10, 0.1), lambda x: x[:50], images, labels)]
    for explorer in built:
        assert bytes(explorer.image.value).startswith(b"\x89PNG")
        assert "탐색기" in explorer._repr_mimebundle_()["text/plain"]
    assert built[1].controls["momentum"].disabled is False           # 기본: SGD + 모멘텀
    built[1].controls["optimizer"].value = "Adam"
    assert built[1].controls["momentum"].disabled is True
