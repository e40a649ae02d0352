"""밑바닥부터 만드는 신경망 조각 (from-scratch NumPy pieces).

『밑바닥부터 시작하는 딥러닝』의 함수들을 입력 검사와 함께 다시 쓴 것입니다.
모든 함수는 NumPy 배열(또는 숫자, 리스트)을 받아 NumPy 배열을 돌려주며, 숫자가 아닌
입력이나 맞지 않는 모양에는 무엇을 기대했는지 알려 주는 오류를 냅니다.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike
from scipy.special import log_softmax

_EPS = 1e-7  # log(0)을 피하기 위한 작은 값 (케라스의 epsilon과 같음)


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
    """헤비사이드 계단 함수(Heaviside step function): x ≥ 0이면 1, 아니면 0 (정수 배열).

    과정 전체의 약속입니다(제롱의 책과 같고 ``np.heaviside(x, 1)``과 같은 값). 사이토의 책은
    ``x > 0``을 써서 x = 0에서만 0으로 다릅니다. 09번 노트북이 정의하는 ``step_function``과
    같은 코드이며, tests/test_taught_code.py가 둘이 같은지 확인합니다. 숫자가 아닌 입력
    (문자열, None)에는 NumPy가 TypeError를 냅니다.
    """
    return (np.asarray(x) >= 0).astype(int)


def sigmoid(x: ArrayLike) -> np.ndarray:
    """시그모이드(로지스틱) 함수 σ(x) = 1 / (1 + exp(-x)).

    08번 노트북이 정의하는 ``sigmoid``와 같은 코드입니다(tests/test_taught_code.py가 확인).
    x가 아주 작으면(float64에서 약 -709 미만) ``exp(-x)``가 넘쳐 inf가 되지만 1 / (1 + inf) = 0은
    맞는 값이므로 오버플로 경고만 끕니다. 숫자가 아닌 입력에는 NumPy가 TypeError를 냅니다.
    """
    with np.errstate(over="ignore"):   # exp(-x) = inf여도 1 / (1 + inf) = 0으로 맞는 값
        return 1 / (1 + np.exp(-np.asarray(x)))


def sigmoid_grad(x: ArrayLike) -> np.ndarray:
    """시그모이드의 도함수 σ'(x) = σ(x)(1 - σ(x)).

    08번 노트북이 정의하는 ``sigmoid_grad``와 같은 코드입니다(tests/test_taught_code.py가 확인).
    """
    s = sigmoid(x)
    return s * (1 - s)


def tanh_grad(x: ArrayLike) -> np.ndarray:
    """tanh의 도함수 1 - tanh(x)². (tanh 자체는 ``np.tanh``를 씁니다.)

    08번 노트북이 정의하는 ``tanh_grad``와 같은 코드입니다(tests/test_taught_code.py가 확인).
    숫자가 아닌 입력(문자열, None)에는 NumPy가 TypeError를 냅니다.
    """
    return 1 - np.tanh(x) ** 2


def relu(x: ArrayLike) -> np.ndarray:
    """ReLU(x) = max(0, x). 08번 노트북의 ``relu``와 같은 코드입니다."""
    return np.maximum(0, x)


def relu_grad(x: ArrayLike) -> np.ndarray:
    """ReLU의 도함수: x > 0이면 1, 아니면 0 (실수 배열).

    x = 0에서는 미분할 수 없으므로 텐서플로의 ``GradientTape``처럼 0을 씁니다(10번 노트북).
    08번 노트북이 정의하는 ``relu_grad``와 같은 코드입니다(tests/test_taught_code.py가 확인).
    숫자가 아닌 입력(문자열, None)에는 NumPy가 TypeError를 냅니다.
    """
    return (np.asarray(x) > 0).astype(float)


def identity_function(x: ArrayLike) -> np.ndarray:
    """항등 함수(identity function): 입력을 그대로(NumPy 배열로) 돌려줍니다 (회귀의 출력층).

    08번 노트북이 정의하는 ``identity_function``과 같은 코드입니다(tests/test_taught_code.py가
    확인). 배열을 넣으면 복사하지 않고 같은 배열을 돌려줍니다.
    """
    return np.asarray(x)


def softmax(a: ArrayLike) -> np.ndarray:
    """수치적으로 안정된 소프트맥스(softmax), 마지막 축을 따라 계산합니다.

    ``exp``에 넣기 전에 최댓값을 빼서 오버플로(overflow)를 막습니다. 결과는 같습니다:
    softmax(a) = softmax(a - c). 08번 노트북이 정의하는 ``softmax``와 같은 코드입니다
    (tests/test_taught_code.py가 확인). 입력에 nan이 있으면 케라스처럼 nan이 나옵니다.

    Args:
        a: ``(n_classes,)`` 또는 ``(batch, n_classes)`` 모양의 로짓(logit).
    """
    exp_a = np.exp(a - np.max(a, axis=-1, keepdims=True))   # 최댓값을 빼서 오버플로를 막습니다
    return exp_a / np.sum(exp_a, axis=-1, keepdims=True)


# ---------------------------------------------------------------- 손실 함수
def mean_squared_error(y_pred: np.ndarray, y_true: np.ndarray) -> float:
    """평균 제곱 오차(MSE): 모든 원소에 대한 (y_pred - y_true)²의 평균.

    04번 노트북이 정의하는 ``mean_squared_error``와 같은 코드입니다(tests/test_taught_code.py가
    확인). ``keras.losses.MeanSquaredError()``와 같은 값입니다(샘플마다 평균한 뒤 배치 평균).
    『밑바닥부터 시작하는 딥러닝』의 ``mean_squared_error(y, t)``는 ``0.5 * Σ(y - t)²``(오차
    제곱합)입니다. NumPy 배열을 받으며, 입력 검사는 NumPy에 맡깁니다
    (모양이 브로드캐스트되지 않으면 ValueError).
    """
    return float(np.mean((y_pred - y_true) ** 2))


def cross_entropy_error(y_pred: ArrayLike, y_true: ArrayLike) -> float:
    """범주형 크로스엔트로피(categorical cross-entropy)의 배치 평균: 샘플마다 -Σ y_true·log(y_pred).

    04번 노트북이 정의하는 ``cross_entropy_error``와 같은 코드입니다(tests/test_taught_code.py가
    확인). 케라스처럼 확률을 [1e-7, 1 - 1e-7]로 잘라 ``log(0)``을 피합니다(사이토의 책은 1e-7을
    더합니다).

    Args:
        y_pred: 소프트맥스 출력(확률). ``(n_classes,)`` 또는 ``(batch, n_classes)``.
        y_true: 원-핫 타깃(y_pred와 같은 모양)이거나 정수 레이블(``()`` 또는 ``(batch,)``).
            모양이 다르면 정수 레이블로 보고 원-핫으로 바꾸므로
            ``sparse_categorical_crossentropy``와 같은 값이 됩니다. 범위를 벗어나거나 정수가
            아닌 레이블에는 NumPy가 IndexError를 냅니다.
    """
    y_pred = np.clip(y_pred, 1e-7, 1 - 1e-7)              # log(0)을 피하려고 확률을 자릅니다
    if np.shape(y_true) != y_pred.shape:                  # 정수 레이블이면 원-핫으로 바꿉니다
        y_true = np.eye(y_pred.shape[-1])[y_true]
    return float(-np.mean(np.sum(y_true * np.log(y_pred), axis=-1)))


def binary_cross_entropy(y_pred: np.ndarray, y_true: np.ndarray) -> float:
    """이진 크로스엔트로피(binary cross-entropy): -[y·log ŷ + (1-y)·log(1-ŷ)]의 평균.

    04번 노트북이 정의하는 ``binary_cross_entropy``와 같은 코드입니다(tests/test_taught_code.py가
    확인). y는 타깃 ``y_true``(0 또는 1), ŷ는 예측 확률 ``y_pred``입니다.
    ``keras.losses.BinaryCrossentropy()``처럼 확률을 [1e-7, 1 - 1e-7]로 자릅니다. NumPy
    배열을 받습니다(``y_true``가 리스트이면 ``1 - y_true``에서 TypeError).
    """
    y_pred = np.clip(y_pred, 1e-7, 1 - 1e-7)              # log(0)을 피하려고 확률을 자릅니다
    return float(-np.mean(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred)))


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


# ---------------------------------------------------------------- 2층 신경망 (10번 노트북)
# 은닉층 활성화 함수: 이름 -> (함수, 도함수). 둘 다 활성화 전의 값 z를 받습니다.
_HIDDEN_ACTIVATIONS: dict[str, tuple[Callable[[np.ndarray], np.ndarray],
                                     Callable[[np.ndarray], np.ndarray]]] = {
    "sigmoid": (sigmoid, sigmoid_grad),
    "tanh": (np.tanh, tanh_grad),
    "relu": (relu, relu_grad),
}


def _check_positive_int(name: str, value: object, minimum: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"{name}는 정수여야 합니다 ({name} must be an int), 받은 값: {value!r}")
    if value < minimum:
        raise ValueError(f"{name}는 {minimum} 이상이어야 합니다 ({name} must be >= {minimum}), "
                         f"받은 값: {value}")
    return int(value)


class TwoLayerNet:
    """은닉층 하나와 소프트맥스 출력층으로 된 2층 신경망(two-layer network), NumPy로 만든 것.

    입력 X → 완전 연결(W1, b1) → 은닉 활성화 → 완전 연결(W2, b2) → 소프트맥스 → 클래스 확률.
    손실은 정수 레이블에 대한 평균 크로스엔트로피이고, ``gradients``는 역전파로 모든
    파라미터의 기울기를 한 번에 구합니다. 10번 노트북에서 한 줄씩 만든 ``forward``와
    ``backward``를 클래스 하나로 묶은 것입니다.

    Args:
        n_inputs: 입력 특성 수.
        n_hidden: 은닉 뉴런 수.
        n_outputs: 클래스 수 (2 이상).
        activation: 은닉층 활성화 함수, ``"sigmoid"``, ``"tanh"``, ``"relu"`` 가운데 하나.
        weight_scale: 가중치를 뽑는 정규 분포의 표준편차 (양수). 편향은 0으로 시작합니다.
        seed: 가중치 초기화에 쓰는 ``np.random.default_rng`` 시드.

    Attributes:
        params: ``{"W1": (n_inputs, n_hidden), "b1": (n_hidden,), "W2": (n_hidden, n_outputs),
            "b2": (n_outputs,)}`` float64 배열 사전. 직접 바꿔 넣어도 됩니다.

    Example::

        net = TwoLayerNet(2, 8, 2, activation="tanh", seed=0)
        history = net.fit(X, y, learning_rate=0.5, epochs=1000)
        net.accuracy(X, y)
    """

    def __init__(self, n_inputs: int, n_hidden: int, n_outputs: int, *,
                 activation: str = "sigmoid", weight_scale: float = 1.0, seed: int = 0) -> None:
        n_inputs = _check_positive_int("n_inputs", n_inputs)
        n_hidden = _check_positive_int("n_hidden", n_hidden)
        n_outputs = _check_positive_int("n_outputs", n_outputs, minimum=2)
        if not isinstance(activation, str) or activation not in _HIDDEN_ACTIVATIONS:
            raise ValueError(f"activation은 {sorted(_HIDDEN_ACTIVATIONS)} 가운데 하나여야 합니다 "
                             f"(unknown activation), 받은 값: {activation!r}")
        if (isinstance(weight_scale, bool) or not isinstance(weight_scale, (int, float))
                or not weight_scale > 0):
            raise ValueError(f"weight_scale은 양수여야 합니다 (must be > 0), "
                             f"받은 값: {weight_scale!r}")
        rng = np.random.default_rng(seed)
        self.activation = activation
        self.params: dict[str, np.ndarray] = {
            "W1": rng.normal(0.0, weight_scale, size=(n_inputs, n_hidden)),
            "b1": np.zeros(n_hidden),
            "W2": rng.normal(0.0, weight_scale, size=(n_hidden, n_outputs)),
            "b2": np.zeros(n_outputs),
        }

    def __repr__(self) -> str:
        n_in, n_hidden = self.params["W1"].shape
        return (f"TwoLayerNet({n_in}, {n_hidden}, {self.params['W2'].shape[1]}, "
                f"activation={self.activation!r})")

    # ------------------------------------------------------------ 입력 검사
    def _check_X(self, X: ArrayLike) -> np.ndarray:
        X = _as_float_array(X, "X")
        n_in = self.params["W1"].shape[0]
        if X.ndim != 2 or X.shape[1] != n_in:
            raise ValueError(f"X는 (n_samples, {n_in}) 모양이어야 합니다 (expected "
                             f"(n_samples, {n_in})), 받은 모양: {X.shape}")
        return X.astype(np.float64, copy=False)

    def _check_y(self, y: ArrayLike, n_samples: int) -> np.ndarray:
        y = np.asarray(y)
        if y.dtype == bool or not np.issubdtype(y.dtype, np.integer):
            raise TypeError(f"y는 정수 레이블이어야 합니다 (integer labels expected), "
                            f"받은 dtype: {y.dtype}")
        if y.shape != (n_samples,):
            raise ValueError(f"y는 ({n_samples},) 모양이어야 합니다, 받은 모양: {y.shape}")
        n_out = self.params["W2"].shape[1]
        if n_samples and (y.min() < 0 or y.max() >= n_out):
            raise ValueError(f"레이블은 0 이상 {n_out - 1} 이하여야 합니다 (labels out of range)")
        return y

    # ------------------------------------------------------------ 순전파와 역전파
    def _forward(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        p = self.params
        Z1 = X @ p["W1"] + p["b1"]
        A1 = _HIDDEN_ACTIVATIONS[self.activation][0](Z1)
        Z2 = A1 @ p["W2"] + p["b2"]  # 로짓(logits)
        return Z1, A1, Z2

    def forward(self, X: ArrayLike) -> np.ndarray:
        """순전파(forward pass): ``(n_samples, n_outputs)`` 클래스 확률을 돌려줍니다."""
        return softmax(self._forward(self._check_X(X))[2])

    def predict(self, X: ArrayLike) -> np.ndarray:
        """가장 확률이 큰 클래스 번호 ``(n_samples,)``."""
        return self._forward(self._check_X(X))[2].argmax(axis=1)

    def accuracy(self, X: ArrayLike, y: ArrayLike) -> float:
        """정확도: 예측이 y와 같은 샘플의 비율."""
        X = self._check_X(X)
        y = self._check_y(y, len(X))
        return float(np.mean(self.predict(X) == y))

    def loss(self, X: ArrayLike, y: ArrayLike) -> float:
        """평균 크로스엔트로피 -log p(정답). 로짓에서 ``scipy.special.log_softmax``(log-sum-exp)로
        안정적으로 계산하므로 확률이 아주 작아도 log(0)이 되지 않습니다."""
        X = self._check_X(X)
        y = self._check_y(y, len(X))
        log_probs = log_softmax(self._forward(X)[2], axis=1)
        return float(-np.mean(log_probs[np.arange(len(y)), y]))

    def gradients(self, X: ArrayLike, y: ArrayLike) -> dict[str, np.ndarray]:
        """역전파(backpropagation)로 ``loss``의 기울기를 구합니다 (params와 같은 키와 모양)."""
        X = self._check_X(X)
        y = self._check_y(y, len(X))
        if len(X) == 0:
            raise ValueError("샘플이 하나도 없습니다 (empty batch).")
        p = self.params
        Z1, A1, Z2 = self._forward(X)
        dZ2 = softmax(Z2)                      # 소프트맥스 + 크로스엔트로피: (P - Y) / n
        dZ2[np.arange(len(y)), y] -= 1.0
        dZ2 /= len(y)
        dA1 = dZ2 @ p["W2"].T                  # 출력층에서 은닉층으로 거꾸로
        dZ1 = dA1 * _HIDDEN_ACTIVATIONS[self.activation][1](Z1)
        return {"W1": X.T @ dZ1, "b1": dZ1.sum(axis=0),
                "W2": A1.T @ dZ2, "b2": dZ2.sum(axis=0)}

    def fit(self, X: ArrayLike, y: ArrayLike, *, learning_rate: float = 0.5,
            epochs: int = 1000) -> list[float]:
        """전체 배치 경사 하강법(full-batch gradient descent)으로 훈련합니다.

        에포크마다 순전파 → 손실 → 역전파 → ``params -= learning_rate * grads``를 합니다.

        Returns:
            에포크마다 (갱신하기 전의) 손실 값 목록.
        """
        X = self._check_X(X)
        y = self._check_y(y, len(X))
        epochs = _check_positive_int("epochs", epochs)
        if (isinstance(learning_rate, bool) or not isinstance(learning_rate, (int, float))
                or not learning_rate > 0):
            raise ValueError(f"learning_rate는 양수여야 합니다 (must be > 0), "
                             f"받은 값: {learning_rate!r}")
        history = []
        for _ in range(epochs):
            history.append(self.loss(X, y))
            for key, grad in self.gradients(X, y).items():
                self.params[key] -= learning_rate * grad
        return history
