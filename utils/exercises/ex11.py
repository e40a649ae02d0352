"""11 MNIST 추론: 배치의 모양, 가장 어려운 숫자, 정규화하지 않은 입력의 정확도."""
from functools import cache

import numpy as np

from utils.data import SAMPLE_WEIGHT_SHAPES, load_mnist, load_sample_weights
from utils.exercises.core import Exercise, describe, numbers, shape
from utils.numpy_nn import sigmoid

_OUT = [(32, SAMPLE_WEIGHT_SHAPES[f"W{i}"][1]) for i in (1, 2, 3)]  # 32장 배치의 세 출력
q1 = Exercise("ex11-q1", lambda answer: next((hint for wrong, hint in [(_OUT, None),
    ([(32, 784)] + _OUT[:2], "층의 입력 모양이에요: 각 층의 출력 모양을 넣으세요."),
    ([s[1:] for s in _OUT], "배치 축(32)이 빠졌어요: 이미지 수가 첫 번째 축으로 따라가요.")]
    if isinstance(answer, (list, tuple)) and [shape(s) for s in answer] == wrong),
    f"모양 세 개를 [(32, ?), (32, ?), (32, ?)]처럼 넣으세요(지금은 {describe(answer)})."), hint=
    "(32, 784) @ W1 (784, 50) → (32, 50)처럼 따라가세요.", success="배치 크기 32가 따라갑니다.")
@cache
def _net():  # 정답의 유일한 출처: 저장소의 MNIST와 가중치로 처음 한 번만 계산합니다
    (_, _), (x, t) = load_mnist()
    w, x_raw = load_sample_weights(), load_mnist(normalize=False)[1][0].astype(np.float32)
    pred = [(sigmoid(sigmoid(x @ w["W1"] + w["b1"]) @ w["W2"] + w["b2"]) @ w["W3"] + w["b3"])
            .argmax(1) for x in (x, x_raw)]
    acc = [np.mean(pred[0][t == d] == d) for d in range(10)]  # 정답이 d인 이미지 가운데
    return acc, [np.mean(t[pred[0] == d] == d) for d in range(10)], [np.mean(p == t) for p in pred]
q2 = Exercise("ex11-q2", lambda digit: numbers(["digit"], [np.argmin(_net()[0])], rtol=0, mistakes=[
    ([np.argmax(_net()[0])], "정확도가 가장 높은 숫자예요: np.argmin을 쓰세요."),
    ([np.argmin(_net()[1])], "예측이 d인 이미지가 아니라 정답이 d인 이미지(y_test == d)로 세요.")],
    otherwise="숫자 d마다 np.mean(pred[y_test == d] == d)를 구하세요.", example="int(np.argmin("
    "per_digit))")(digit), hint="가장 작은 값의 위치는 np.argmin입니다.", success="맞힌 비율이 "
    "가장 낮은 숫자입니다.")
q3 = Exercise("ex11-q3", lambda accuracy: numbers(["accuracy"], [_net()[2][1]], rtol=0, atol=5e-4,
    mistakes=[([_net()[2][0]], "정규화한 입력의 정확도예요: 255로 나누지 않은 x_test_raw로."),
              ([100 * _net()[2][1]], "백분율이 아니라 0~1 사이의 비율로 넣으세요.")],
    otherwise="x_test_raw를 펼치고 float32로만 바꿔 predict에 넣으세요.", example="np.mean(pred "
    "== y_test)")(accuracy), hint="255로 나누지 마세요.", success="정확도가 떨어집니다.")
