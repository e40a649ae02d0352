"""utils.numpy_nn.TwoLayerNet: 역전파 기울기를 수치 미분과 텐서플로 자동 미분에 비교합니다."""

from __future__ import annotations

import numpy as np
import pytest

from utils import numpy_nn as nn
from utils.env import import_tensorflow

tf = import_tensorflow()

RNG = np.random.default_rng(1)
X = RNG.normal(size=(7, 3))
Y = np.array([0, 2, 1, 1, 0, 2, 2])
X_XOR = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
Y_XOR = np.array([0, 1, 1, 0])


def rel_error(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.max(np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b))))


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
def test_gradients_match_numerical_gradient(activation):
    net = nn.TwoLayerNet(3, 5, 3, activation=activation, seed=3)
    grads = net.gradients(X, Y)
    for key, value in net.params.items():
        def f(v, key=key):
            original = net.params[key]
            net.params[key] = v
            try:
                return net.loss(X, Y)
            finally:
                net.params[key] = original
        num = nn.numerical_gradient(f, value, h=1e-5)
        assert grads[key].shape == value.shape
        assert rel_error(grads[key], num) < 1e-6, key


@pytest.mark.parametrize("activation,tf_fn", [("sigmoid", tf.sigmoid), ("tanh", tf.tanh),
                                              ("relu", tf.nn.relu)])
def test_gradients_and_loss_match_tensorflow(activation, tf_fn):
    net = nn.TwoLayerNet(3, 4, 3, activation=activation, seed=5)
    variables = {k: tf.Variable(v) for k, v in net.params.items()}
    with tf.GradientTape() as tape:
        hidden = tf_fn(X @ variables["W1"] + variables["b1"])
        logits = hidden @ variables["W2"] + variables["b2"]
        loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(Y, logits))
    tf_grads = tape.gradient(loss, variables)
    np.testing.assert_allclose(net.loss(X, Y), loss.numpy(), rtol=1e-12)
    np.testing.assert_allclose(net.forward(X), tf.nn.softmax(logits).numpy(), rtol=1e-12)
    for key, grad in net.gradients(X, Y).items():
        np.testing.assert_allclose(grad, tf_grads[key].numpy(), rtol=1e-10, atol=1e-14)


def test_loss_equals_cross_entropy_error_of_probabilities():
    net = nn.TwoLayerNet(3, 4, 3, seed=0)
    assert net.loss(X, Y) == pytest.approx(nn.cross_entropy_error(net.forward(X), Y), rel=1e-9)


def test_fit_learns_xor_and_loss_decreases():
    net = nn.TwoLayerNet(2, 4, 2, activation="tanh", seed=0)
    history = net.fit(X_XOR, Y_XOR, learning_rate=0.5, epochs=2000)
    assert len(history) == 2000 and history[-1] < 0.05 < history[0]
    np.testing.assert_array_equal(net.predict(X_XOR), Y_XOR)
    assert net.accuracy(X_XOR, Y_XOR) == 1.0


def test_same_seed_same_weights_and_repr():
    a, b = nn.TwoLayerNet(2, 3, 2, seed=7), nn.TwoLayerNet(2, 3, 2, seed=7)
    for key in a.params:
        np.testing.assert_array_equal(a.params[key], b.params[key])
    assert a.params["b1"].tolist() == [0.0, 0.0, 0.0]
    assert repr(a) == "TwoLayerNet(2, 3, 2, activation='sigmoid')"


@pytest.mark.parametrize("kwargs,error", [
    (dict(n_inputs=0, n_hidden=3, n_outputs=2), ValueError),
    (dict(n_inputs=2.0, n_hidden=3, n_outputs=2), TypeError),
    (dict(n_inputs=2, n_hidden=True, n_outputs=2), TypeError),
    (dict(n_inputs=2, n_hidden=3, n_outputs=1), ValueError),
    (dict(n_inputs=2, n_hidden=3, n_outputs=2, activation="step"), ValueError),
    (dict(n_inputs=2, n_hidden=3, n_outputs=2, activation=None), ValueError),
    (dict(n_inputs=2, n_hidden=3, n_outputs=2, weight_scale=0), ValueError),
    (dict(n_inputs=2, n_hidden=3, n_outputs=2, weight_scale="1"), ValueError),
])
def test_constructor_rejects_bad_arguments(kwargs, error):
    with pytest.raises(error):
        nn.TwoLayerNet(**kwargs)


@pytest.mark.parametrize("X_bad,y_bad,error", [
    (np.zeros((4, 3)), Y_XOR, ValueError),          # 특성 수가 다름
    (np.zeros(2), Y_XOR[:1], ValueError),           # 1차원 입력
    ([["a", "b"]] * 4, Y_XOR, TypeError),           # 숫자가 아님
    (X_XOR, Y_XOR.astype(float), TypeError),        # 실수 레이블
    (X_XOR, Y_XOR[:3], ValueError),                 # 개수가 다름
    (X_XOR, np.array([0, 1, 2, 0]), ValueError),    # 범위 밖 레이블
    (X_XOR, np.array([True, False, True, False]), TypeError),
])
def test_methods_reject_bad_inputs(X_bad, y_bad, error):
    net = nn.TwoLayerNet(2, 3, 2)
    with pytest.raises(error):
        net.gradients(X_bad, y_bad)


def test_fit_rejects_bad_hyperparameters():
    net = nn.TwoLayerNet(2, 3, 2)
    with pytest.raises(ValueError):
        net.fit(X_XOR, Y_XOR, learning_rate=-1.0)
    with pytest.raises(ValueError):
        net.fit(X_XOR, Y_XOR, epochs=0)
    with pytest.raises(TypeError):
        net.fit(X_XOR, Y_XOR, epochs=10.5)
    with pytest.raises(ValueError):
        net.gradients(np.zeros((0, 2)), np.zeros(0, dtype=int))
