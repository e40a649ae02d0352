"""10 다층 퍼셉트론과 역전파: XOR 가중치, 파라미터 수, tanh 은닉층의 역전파."""
import numpy as np

from utils.exercises.core import Exercise, array, close, describe, numbers
from utils.numpy_nn import TwoLayerNet, step_function

_XOR = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])  # 계단 함수는 과정의 약속(z ≥ 0이면 1)
q1 = Exercise("ex10-q1", lambda W1, b1, W2, b2: None if (got := step_function(step_function(
    _XOR @ array(W1) + array(b1)) @ array(W2) + array(b2)).ravel().tolist()) == [0, 1, 1, 0]
    else f"네 입력의 출력이 {got}예요: [0, 1, 1, 0]이어야 해요.", hint="W1 (2, 2), b1 (2,), W2 "
    "(2, 1), b2 (1,). 은닉 뉴런은 x1 AND NOT x2와 x2 AND NOT x1, 출력은 OR입니다.", success="은닉 "
    "뉴런 두 개가 입력을 새로 표현하고, 출력 뉴런이 그것을 합칩니다.")
_LAYERS = list(zip([784, 300, 100], [300, 100, 10]))  # 제롱의 784-300-100-10 신경망
q2 = Exercise("ex10-q2", lambda n_params, deep: numbers(["n_params"], [sum(
    (a + 1) * b for a, b in _LAYERS)], rtol=0, atol=0, example="count_params([784, 300, 100, 10])",
    mistakes=[([sum(a * b for a, b in _LAYERS)], "가중치만 셌어요: 층마다 편향도 더하세요.")],
    otherwise="층마다 (입력 수 + 1) × 뉴런 수를 더합니다.")(n_params) or (
        None if deep is True or deep is np.True_ else "파라미터 수는 맞았어요. 은닉층이 둘 "
        f"이상이면 심층 신경망입니다: True나 False로 넣으세요(지금은 {describe(deep)})."),
    hint="층마다 편향(+1)도 셉니다.", success="편향까지 셌고, 은닉층이 둘이라 심층 신경망입니다.")
_X, _Y = np.random.default_rng(8).normal(size=(6, 3)), np.array([0, 1, 2, 2, 1, 0])
def _tanh_backward(fn):
    want = (net := TwoLayerNet(3, 4, 3, activation="tanh", seed=8)).gradients(_X, _Y)
    got = fn(net.params, _X.copy(), _Y.copy())  # net은 점검마다 새로 만듭니다
    if not isinstance(got, dict) or any(np.shape(got.get(k)) != v.shape for k, v in want.items()):
        return f"params와 같은 키와 모양의 그레이디언트 사전을 돌려주세요(지금은 {describe(got)})."
    wrong = [k for k in want if not close(got[k], want[k], rtol=1e-6, atol=1e-9)]
    return None if not wrong else "출력층은 맞았어요: dZ1 = dA1 * (1 - A1**2)인지 보세요." if (
        wrong == ["W1", "b1"]) else "dZ2 = (P - 원-핫 y) / n과 dZ1 = dA1 * (1 - A1**2)를 보세요."
q3 = Exercise("ex10-q3", _tanh_backward, hint="σ 자리에 np.tanh를.", success="tanh' = 1 - A1²")
