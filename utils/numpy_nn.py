"""밑바닥부터 만드는 신경망 조각 (from-scratch NumPy pieces).

『밑바닥부터 시작하는 딥러닝』의 함수들을 입력 검사와 함께 다시 쓴 것입니다.
모든 함수는 NumPy 배열(또는 숫자, 리스트)을 받아 NumPy 배열을 돌려주며, 숫자가 아닌
입력이나 맞지 않는 모양에는 무엇을 기대했는지 알려 주는 오류를 냅니다.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike

EPS = 1e-7  # log(0)을 피하기 위한 작은 값 (케라스의 epsilon과 같음)


def _as_float_array(x: ArrayLike, name: str = "x") -> np.ndarray:
    """숫자 배열로 바꿉니다. 숫자가 아니면 TypeError를 냅니다."""
    if x is None:
        raise TypeError(f"{name}에 None이 들어왔습니다. 숫자 배열이 필요합니다 "
                        f"({name} must be numeric, got None).")
    arr = np.asarray(x)
    if arr.dtype == bool:
        return arr.astype(float)
    if not (np.issubdtype(arr.dtype, np.number)):
        raise TypeError(f"{name}는 숫자 배열이어야 합니다 ({name} must be numeric), "
                        f"받은 dtype: {arr.dtype}")
    if np.issubdtype(arr.dtype, np.complexfloating):
        raise TypeError(f"{name}에 복소수는 쓸 수 없습니다 (complex numbers not supported).")
    return arr if np.issubdtype(arr.dtype, np.floating) else arr.astype(float)


# ---------------------------------------------------------------- 활성화 함수
def step_function(x: ArrayLike) -> np.ndarray:
    """계단 함수(step function, Heaviside): x > 0이면 1, 아니면 0 (정수 배열)."""
    return (_as_float_array(x) > 0).astype(int)


def sigmoid(x: ArrayLike) -> np.ndarray:
    """시그모이드(로지스틱) 함수 σ(x) = 1 / (1 + exp(-x)).

    큰 음수에서 ``exp(-x)``가 넘치지(overflow) 않도록 부호에 따라 식을 나눠 계산합니다.
    """
    x = _as_float_array(x)
    out = np.empty_like(x, dtype=np.result_type(x, np.float32))
    pos = x >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    ex = np.exp(x[~pos])
    out[~pos] = ex / (1.0 + ex)
    return out


def sigmoid_grad(x: ArrayLike) -> np.ndarray:
    """시그모이드의 도함수 σ'(x) = σ(x)(1 - σ(x))."""
    s = sigmoid(x)
    return s * (1.0 - s)


def tanh_grad(x: ArrayLike) -> np.ndarray:
    """tanh의 도함수 1 - tanh(x)². (tanh 자체는 ``np.tanh``를 씁니다.)"""
    return 1.0 - np.tanh(_as_float_array(x)) ** 2


def relu(x: ArrayLike) -> np.ndarray:
    """ReLU(x) = max(0, x)."""
    return np.maximum(0, _as_float_array(x))


def relu_grad(x: ArrayLike) -> np.ndarray:
    """ReLU의 도함수: x > 0이면 1, 아니면 0 (x = 0에서는 관례대로 0)."""
    return (_as_float_array(x) > 0).astype(float)


def identity_function(x: ArrayLike) -> np.ndarray:
    """항등 함수(identity function): 입력을 그대로 돌려줍니다 (회귀의 출력층)."""
    return _as_float_array(x).copy()


def softmax(x: ArrayLike) -> np.ndarray:
    """수치적으로 안정된 소프트맥스(softmax), 마지막 축을 따라 계산합니다.

    ``exp``에 넣기 전에 최댓값을 빼서 오버플로(overflow)를 막습니다. 결과는 같습니다:
    softmax(x) = softmax(x - c).

    Args:
        x: ``(n_classes,)`` 또는 ``(batch, n_classes)`` 같은 점수(로짓, logits).
    """
    x = _as_float_array(x)
    if x.ndim == 0 or x.shape[-1] == 0:
        raise ValueError(f"softmax에는 클래스 축이 있는 배열이 필요합니다 (at least one class "
                         f"along the last axis), 받은 모양: {x.shape}")
    if not np.all(np.isfinite(x)):
        raise ValueError("softmax 입력에 nan이나 inf가 있습니다 (input contains nan or inf).")
    shifted = x - x.max(axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)


# ---------------------------------------------------------------- 손실 함수
def _check_same_shape(y: np.ndarray, t: np.ndarray) -> None:
    if y.shape != t.shape:
        raise ValueError(f"예측 y와 타깃 t의 모양이 같아야 합니다 (y and t must have the same "
                         f"shape): y {y.shape}, t {t.shape}")


def mean_squared_error(y: ArrayLike, t: ArrayLike) -> float:
    """평균 제곱 오차(MSE): 모든 원소에 대한 (y - t)²의 평균.

    ``keras.losses.MeanSquaredError()``와 같은 값입니다(샘플마다 평균한 뒤 배치 평균).
    『밑바닥부터 시작하는 딥러닝』의 ``sum_squared_error``는 ``0.5 * Σ(y - t)²``입니다.
    """
    y, t = _as_float_array(y, "y"), _as_float_array(t, "t")
    _check_same_shape(y, t)
    if y.size == 0:
        raise ValueError("빈 배열의 MSE는 정의되지 않습니다 (empty input).")
    return float(np.mean((y - t) ** 2))


def sum_squared_error(y: ArrayLike, t: ArrayLike) -> float:
    """오차 제곱합 0.5 * Σ(y - t)² (『밑바닥부터 시작하는 딥러닝』 4장의 정의)."""
    y, t = _as_float_array(y, "y"), _as_float_array(t, "t")
    _check_same_shape(y, t)
    return float(0.5 * np.sum((y - t) ** 2))


def cross_entropy_error(y: ArrayLike, t: ArrayLike) -> float:
    """크로스엔트로피 오차(cross-entropy error)의 배치 평균.

    Args:
        y: 소프트맥스 출력(확률). ``(n_classes,)`` 또는 ``(batch, n_classes)``.
        t: 원-핫 타깃(y와 같은 모양)이거나 정수 레이블(``()`` 또는 ``(batch,)``).
            정수 레이블이면 ``sparse_categorical_crossentropy``와 같습니다.

    Returns:
        평균 -log(정답 클래스의 확률). ``log(0)``을 피하려고 확률을 [EPS, 1 - EPS]로 자릅니다.
    """
    y = _as_float_array(y, "y")
    t_arr = np.asarray(t)
    if y.ndim == 1:
        y = y[np.newaxis, :]
        t_arr = t_arr.reshape(1, -1) if t_arr.ndim == 1 else t_arr.reshape(1)
    if y.ndim != 2 or y.shape[1] == 0:
        raise ValueError(f"y는 (batch, n_classes) 모양이어야 합니다, 받은 모양: {y.shape}")
    if np.any(y < 0) or np.any(y > 1):
        raise ValueError("y는 0~1 사이의 확률이어야 합니다 (y must be probabilities). "
                         "로짓이라면 먼저 softmax를 적용하세요.")
    y = np.clip(y, EPS, 1 - EPS)
    if t_arr.shape == y.shape:  # 원-핫
        t_f = _as_float_array(t_arr, "t")
        return float(-np.sum(t_f * np.log(y)) / y.shape[0])
    if t_arr.shape == (y.shape[0],):  # 정수 레이블
        if not np.issubdtype(t_arr.dtype, np.integer):
            raise TypeError(f"정수 레이블이어야 합니다 (integer labels expected), "
                            f"받은 dtype: {t_arr.dtype}")
        if t_arr.min() < 0 or t_arr.max() >= y.shape[1]:
            raise ValueError(f"레이블은 0 이상 {y.shape[1] - 1} 이하여야 합니다 "
                             f"(labels out of range), 받은 범위: {t_arr.min()}~{t_arr.max()}")
        return float(-np.mean(np.log(y[np.arange(y.shape[0]), t_arr])))
    raise ValueError(f"t는 y와 같은 모양(원-핫) {y.shape}이거나 정수 레이블 ({y.shape[0]},)이어야 "
                     f"합니다 (one-hot or integer labels expected), 받은 모양: {t_arr.shape}")


def binary_cross_entropy(y: ArrayLike, t: ArrayLike) -> float:
    """이진 크로스엔트로피(binary cross-entropy) 평균: -[t·log y + (1-t)·log(1-y)].

    ``keras.losses.BinaryCrossentropy()``와 같은 값입니다(확률 입력, EPS로 자름).
    """
    y, t = _as_float_array(y, "y"), _as_float_array(t, "t")
    _check_same_shape(y, t)
    if y.size == 0:
        raise ValueError("빈 배열입니다 (empty input).")
    if np.any(y < 0) or np.any(y > 1) or np.any(t < 0) or np.any(t > 1):
        raise ValueError("y와 t는 0~1 사이여야 합니다 (values must be in [0, 1]).")
    y = np.clip(y, EPS, 1 - EPS)
    return float(-np.mean(t * np.log(y) + (1 - t) * np.log(1 - y)))


# ---------------------------------------------------------------- 수치 미분
def numerical_gradient(f: Callable[[np.ndarray], float], x: ArrayLike,
                       h: float = 1e-4) -> np.ndarray:
    """중앙 차분(central difference)으로 f의 기울기(gradient)를 구합니다.

    ∂f/∂x_i ≈ (f(x + h·e_i) - f(x - h·e_i)) / 2h 를 모든 원소에 대해 계산합니다.
    ``x``는 복사해서 쓰므로 원래 배열은 바뀌지 않습니다.

    Args:
        f: 배열 하나를 받아 스칼라를 돌려주는 함수.
        x: 기울기를 구할 지점 (모양은 자유).
        h: 차분 간격 (양수).

    Returns:
        x와 같은 모양의 기울기 배열 (float64).
    """
    if not callable(f):
        raise TypeError("f는 함수여야 합니다 (f must be callable).")
    if not isinstance(h, (int, float)) or isinstance(h, bool) or not h > 0:
        raise ValueError(f"h는 양수여야 합니다 (h must be > 0), 받은 값: {h!r}")
    x = _as_float_array(x).astype(np.float64).copy()
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"])
    for _ in it:
        idx = it.multi_index
        original = x[idx]
        x[idx] = original + h
        f_plus = f(x)
        x[idx] = original - h
        f_minus = f(x)
        x[idx] = original
        if np.ndim(f_plus) != 0 or np.ndim(f_minus) != 0:
            raise ValueError("f는 스칼라를 돌려주어야 합니다 (f must return a scalar).")
        grad[idx] = (float(f_plus) - float(f_minus)) / (2 * h)
    return grad
