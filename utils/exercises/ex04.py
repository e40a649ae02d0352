"""04 손실 함수: 로짓에서 바로 BCE, 상수 예측의 최적값, 균등 예측의 크로스엔트로피."""
import keras
import numpy as np

from utils.exercises.core import Exercise, function, numbers

_BCE, _BCE_P = keras.losses.BinaryCrossentropy(from_logits=True), keras.losses.BinaryCrossentropy()
_ref = lambda z, t: float(_BCE(t, z))  # 정답의 출처: 케라스 (로짓에서 바로 계산해 자르기가 없음)
_H = ("큰 로짓에선 ŷ가 정확히 1이라 log(0)이 돼요. ŷ = 1 / (1 + np.exp(-z))를 [1e-7, 1 - 1e-7]로 "
      "자르고 -np.mean(y_true * np.log(ŷ) + (1 - y_true) * np.log(1 - ŷ))를 계산하세요.")
q1 = Exercise("ex04-q1", function(_ref, [tuple(np.array(a, float) for a in case) for case in [
    ([2.2, -1.4, 0.4, 4.6], [1, 0, 1, 1]), ([[0.0], [-2.2], [0.85]], [[1], [1], [0]]),
    ([40.0, -40, -3, 1.5], [1, 0, 1, 0])]], otherwise=_H, mistakes=[  # ±40: ŷ가 정확히 1·0
        (lambda z, t: -_ref(z, t), "손실이 음수예요. 식 맨 앞의 마이너스를 확인하세요."),
        (lambda z, t: _ref(z, t) * t.size, "샘플별 손실을 더했어요. np.mean으로 평균을 내세요."),
        (lambda z, t: float(_BCE_P(t, z)), "로짓을 확률처럼 썼어요. 먼저 시그모이드를 거치세요."),
        (lambda z, t: _ref(z[t == 1], t[t == 1]) * t.mean(), "타깃이 0인 샘플의 항이 빠졌어요.")]),
    hint=_H, success="케라스의 BinaryCrossentropy(from_logits=True)와 같은 값입니다.")
_MEAN, _MED = np.mean(_T := np.array([2.0, 3, 4, 5, 36])), np.median(_T)
_C = "격자 c = np.linspace(0, 40, 4001)에서 두 손실이 가장 작은 c를 찾아보세요."
q2 = Exercise("ex04-q2", numbers(["c_mse", "c_mae"], [_MEAN, _MED], example="float(c)", mistakes=[
    ([_MED, _MEAN], "두 값이 바뀌었어요. 제곱 오차는 평균, 절대 오차는 중앙값이 최적입니다."),
    ([_MEAN, _MEAN], "MSE 쪽은 맞았어요. MAE의 최적 상수는 이상치에 둔감한 중앙값입니다.")],
    otherwise=_C), hint=_C, success="평균은 이상치에 끌려가고, 중앙값은 둔감합니다.")
_P = "원-핫 타깃의 크로스엔트로피는 정답 클래스에 준 확률 p의 -log p 하나입니다."
q3 = Exercise("ex04-q3", numbers(["answer"], [np.log(10)], example="float(loss)", atol=5e-3,
    rtol=0, otherwise=_P, mistakes=[([0.1], "0.1은 정답에 준 확률이에요. 손실은 그 확률의 -log."),
    ([-np.log(10)], "손실은 -log p라서 양수예요. 로그 앞의 마이너스를 확인하세요."),
    ([1.0], "밑이 10인 로그를 썼나요? 크로스엔트로피는 자연로그(np.log)를 씁니다."),
    ([10 * np.log(10)], "원-핫 타깃이면 정답 클래스의 항 하나만 남아요. 열 항을 더하지 마세요.")]),
    hint=_P, success="훈련 전 모델의 출력이 거의 균등하면 손실은 ln 10 근처에서 시작합니다.")
