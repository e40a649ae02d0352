"""utils.numpy_nn을 독립된 기준(케라스 연산, scikit-learn, 해석적 도함수)과 비교합니다."""

from __future__ import annotations

import numpy as np
import pytest

from utils import numpy_nn as nn
from utils.env import import_tensorflow

tf = import_tensorflow()
import keras  # noqa: E402
from sklearn.metrics import log_loss  # noqa: E402
from sklearn.metrics import mean_squared_error as sk_mse  # noqa: E402

RNG = np.random.default_rng(0)
X = RNG.normal(scale=3.0, size=(6, 5))


def test_step_function_is_heaviside_with_one_at_zero():
    z = np.array([-2.0, -1e-12, 0.0, -0.0, 1e-12, 3.0])
    expected = [0, 0, 1, 1, 1, 1]                  # 약속: z ≥ 0이면 1 (z = 0에서 1)
    np.testing.assert_array_equal(nn.step_function(z), expected)
    np.testing.assert_array_equal(nn.step_function(z), np.heaviside(z, 1))
    assert nn.step_function(z).dtype.kind == "i"
    assert nn.step_function(0) == 1 and nn.step_function(-1) == 0   # 스칼라, 정수 입력
    np.testing.assert_array_equal(nn.step_function([[-1, 0], [2, -3]]), [[0, 1], [1, 0]])
    for bad in ("abc", None):
        with pytest.raises(TypeError):
            nn.step_function(bad)


def test_sigmoid_matches_keras_and_is_stable():
    np.testing.assert_allclose(nn.sigmoid(X), keras.ops.sigmoid(X).numpy(), rtol=1e-6)
    with np.errstate(over="raise"):
        out = nn.sigmoid(np.array([-1000.0, 0.0, 1000.0]))
    np.testing.assert_allclose(out, [0.0, 0.5, 1.0])
    assert np.ndim(nn.sigmoid(0.0)) == 0 and nn.sigmoid(0.0) == 0.5


def test_relu_and_identity_match_keras():
    np.testing.assert_allclose(nn.relu(X), keras.ops.relu(X).numpy())
    np.testing.assert_array_equal(nn.identity_function(X), X)


@pytest.mark.parametrize("fn,grad", [(nn.sigmoid, nn.sigmoid_grad), (np.tanh, nn.tanh_grad),
                                     (nn.relu, nn.relu_grad)])
def test_derivatives_match_tensorflow_autodiff(fn, grad):
    x = tf.constant(np.array([-2.0, -0.5, 0.3, 1.7]))
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = tf.reduce_sum({nn.sigmoid: tf.sigmoid, np.tanh: tf.tanh, nn.relu: tf.nn.relu}[fn](x))
    np.testing.assert_allclose(grad(x.numpy()), tape.gradient(y, x).numpy(), rtol=1e-6)


def test_softmax_matches_keras_and_sums_to_one():
    np.testing.assert_allclose(nn.softmax(X), keras.ops.softmax(X, axis=-1).numpy(), rtol=1e-6)
    np.testing.assert_allclose(nn.softmax(X).sum(axis=1), np.ones(len(X)))
    np.testing.assert_allclose(nn.softmax(X[0]), nn.softmax(X[:1])[0])


def test_softmax_does_not_overflow():
    with np.errstate(over="raise", invalid="raise"):
        out = nn.softmax(np.array([1010.0, 1000.0, 990.0]))
    np.testing.assert_allclose(out, nn.softmax(np.array([20.0, 10.0, 0.0])))


def test_softmax_rejects_empty_class_axis_and_propagates_nan_like_keras():
    # 08번 노트북과 같은 짧은 코드라 입력 검사는 NumPy에 맡깁니다: 빈 클래스 축은 ValueError,
    # nan은 케라스처럼 nan으로 나옵니다.
    with pytest.raises(ValueError):
        nn.softmax(np.zeros((2, 0)))
    assert np.all(np.isnan(nn.softmax(np.array([1.0, np.nan]))))
    assert np.all(np.isnan(keras.ops.softmax(np.array([1.0, np.nan])).numpy()))


def test_cross_entropy_matches_keras_and_sklearn():
    probs = nn.softmax(X)
    labels = np.array([0, 1, 2, 3, 4, 0])
    onehot = np.eye(5)[labels]
    keras_value = keras.losses.CategoricalCrossentropy()(onehot, probs).numpy()
    sparse_value = keras.losses.SparseCategoricalCrossentropy()(labels, probs).numpy()
    assert nn.cross_entropy_error(probs, onehot) == pytest.approx(keras_value, rel=1e-5)
    assert nn.cross_entropy_error(probs, labels) == pytest.approx(sparse_value, rel=1e-5)
    assert nn.cross_entropy_error(probs, labels) == pytest.approx(
        log_loss(labels, probs, labels=range(5)), rel=1e-6)


def test_cross_entropy_single_sample_and_zero_probability():
    assert nn.cross_entropy_error([0.1, 0.9], [0, 1]) == pytest.approx(-np.log(0.9))
    assert np.isfinite(nn.cross_entropy_error([1.0, 0.0], [0, 1]))


def test_binary_cross_entropy_matches_keras():
    y = np.array([0.9, 0.2, 0.6, 0.01])
    t = np.array([1.0, 0.0, 1.0, 0.0])
    expected = keras.losses.BinaryCrossentropy()(t, y).numpy()
    assert nn.binary_cross_entropy(y, t) == pytest.approx(expected, rel=1e-5)


def test_mse_matches_keras_and_sklearn():
    y, t = X, X[::-1]
    assert nn.mean_squared_error(y, t) == pytest.approx(
        keras.losses.MeanSquaredError()(t, y).numpy(), rel=1e-5)
    assert nn.mean_squared_error(y, t) == pytest.approx(sk_mse(t, y), rel=1e-9)


# 손실 함수는 04번 노트북과 같은 짧은 코드라 입력 검사를 NumPy에 맡깁니다
# (tests/test_taught_code.py). 그래도 엉뚱한 입력은 조용히 틀린 값이 아니라 오류를 냅니다.
@pytest.mark.parametrize("call,error", [
    (lambda: nn.mean_squared_error(np.ones(3), np.ones(4)), ValueError),
    (lambda: nn.cross_entropy_error(np.full((2, 3), 1 / 3), np.ones((2, 4))), IndexError),
    (lambda: nn.cross_entropy_error(np.full((2, 3), 1 / 3), np.array([0, 3])), IndexError),
    (lambda: nn.cross_entropy_error(np.full((2, 2), 0.5), np.array([0.0, 1.0])), IndexError),
    (lambda: nn.binary_cross_entropy(np.array([0.5, 0.5]), [1, 0]), TypeError),
])
def test_loss_shape_and_label_errors(call, error):
    with pytest.raises(error):
        call()


@pytest.mark.parametrize("call", [
    lambda: nn.sigmoid("abc"),
    lambda: nn.relu(None),
    lambda: nn.softmax(["a", "b"]),
    lambda: nn.numerical_gradient("not a function", np.ones(2)),
])
def test_type_errors(call):
    with pytest.raises(TypeError):
        call()


def test_numerical_gradient_matches_analytic_and_tape():
    w = RNG.normal(size=(3, 2))

    def f(v):
        return float(np.sum(np.tanh(v) ** 2))

    numeric = nn.numerical_gradient(f, w)
    analytic = 2 * np.tanh(w) * nn.tanh_grad(w)
    np.testing.assert_allclose(numeric, analytic, rtol=1e-5, atol=1e-8)
    v = tf.Variable(w)
    with tf.GradientTape() as tape:
        y = tf.reduce_sum(tf.tanh(v) ** 2)
    np.testing.assert_allclose(numeric, tape.gradient(y, v).numpy(), rtol=1e-5, atol=1e-8)
    assert w.shape == numeric.shape


def test_numerical_gradient_does_not_change_input_and_checks_args():
    x = np.array([1.0, 2.0])
    nn.numerical_gradient(lambda v: float(v @ v), x)
    np.testing.assert_array_equal(x, [1.0, 2.0])
    with pytest.raises(ValueError, match="h"):
        nn.numerical_gradient(lambda v: 0.0, x, h=0)
    with pytest.raises(ValueError, match="scalar"):
        nn.numerical_gradient(lambda v: v, x)
