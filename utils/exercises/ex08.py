"""08 활성화 함수와 출력층: 안정된 소프트맥스, tanh의 도함수, 출력층 고르기, 선형 층 합치기."""
import numpy as np
from scipy.special import softmax

from utils.exercises.core import Exercise, array, close, function, number
from utils.numpy_nn import sigmoid_grad, tanh_grad

q1 = Exercise("ex08-q1", function(lambda a: softmax(a, axis=-1), [(np.array([0.3, 2.9, 4.0]),), (
    np.array([1010.0, 1000.0, 990.0]),), (np.array([[1.0, 2.0, 3.0], [1, 2, 9], [800, 0, -800]]),)],
    otherwise="np.exp 전에 최댓값을 빼고, max와 sum에 axis=-1, keepdims=True를 주세요.",
    rtol=1e-6, atol=1e-9), hint="a - a.max(axis=-1, keepdims=True)를 exp에 넣으세요.", success=
    "최댓값을 빼서 오버플로를 막고, 마지막 축을 따라 행마다 합이 1입니다.")
q2 = Exercise("ex08-q2", function(tanh_grad, [(np.array([-3.0, -1.0, 0.0, 0.5, 2.0]),)],
    otherwise="tanh(z) = 2σ(2z) - 1을 z로 미분하세요.",
    mistakes=[(lambda z: 2 * sigmoid_grad(2 * z), "안쪽 2z의 미분(×2)을 빠뜨렸어요."),
              (sigmoid_grad, "σ'(z) 그대로예요: z = 0에서 tanh의 기울기는 1입니다.")]),
    hint="연쇄 법칙: d/dz 2σ(2z) = 2 · σ'(2z) · 2.", success="4σ'(2z) = 1 - tanh²(z)입니다.")
def _output_layers(answer):
    a0, a1, a2 = (a if a is None else str(getattr(a, "__name__", a)).lower() for a, _ in answer)
    return next((hint for wrong, hint in [
        (a0 not in (None, "linear", "identity"), "회귀는 항등 함수(None, 'linear')예요."),
        (a1 != "sigmoid", "여럿이 함께 참일 수 있으면 레이블마다 독립인 'sigmoid'예요."),
        (a2 != "softmax", "하나만 고르는 배타적 클래스는 합이 1인 'softmax'예요."),
        ([number(n) for _, n in answer] != [1, 3, 10], "뉴런 수는 값·레이블·클래스의 수예요.")]
        if wrong), None)
q3 = Exercise("ex08-q3", _output_layers, hint="(활성화, 뉴런 수) 쌍 세 개를 순서대로 넣으세요.",
              success="회귀 항등 1개, 다중 레이블 시그모이드 3개, 다중 클래스 소프트맥스 10개.")
_W1, _B1, _W2, _B2 = np.array([[1, 2], [0, 1]]), np.array([1, -1]), np.array([[2], [1]]), 0.5
q4 = Exercise("ex08-q4", lambda W, b: next((hint for wrong, hint in [
    (np.shape(array(W)) not in ((2, 1), (2,)) or not close(np.ravel(W), (_W1 @ _W2).ravel()),
     "x를 곱하는 항을 모으면 W = W1 @ W2, 모양 (2, 1)입니다."),
    (np.size(array(b)) != 1, "출력 뉴런이 하나이니 편향도 값 하나예요."),
    (not close(np.ravel(array(b)), _B1 @ _W2 + _B2), "b1도 W2를 지나가요: b = b1 @ W2 + b2.")]
    if wrong), None), hint="(xW1 + b1)W2 + b2를 전개하세요.", success="두 선형 층은 한 층이에요.")
