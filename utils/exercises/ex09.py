"""09 퍼셉트론: NAND 뉴런, 학습 규칙 한 번, 배울 수 있는 게이트, 결정 경계의 식."""
from functools import cache

import numpy as np

from utils.exercises.core import Exercise, close, describe, number, numbers

_W, _X, _ETA = np.array([0.5, -1.0, 0.2]), np.array([1.0, 2.0, 0.5]), 0.1  # 타깃 y = 1
q1 = Exercise("ex09-q1", lambda fn: None if (got := [int(v) if isinstance(v, (bool, np.bool_))
    else number(v) for v in map(fn, (0, 0, 1, 1), (0, 1, 0, 1))]) == [1, 1, 1, 0] else f"(0,0), "
    f"(0,1), (1,0), (1,1)에서 {got}이 나와요: AND의 반대, 둘 다 1일 때만 0이어야 해요.", hint="AND "
    "뉴런의 출력을 늘 켜진 뉴런의 억제 입력으로 이으세요.", success="NAND의 진리표와 같습니다.")
q2 = Exercise("ex09-q2", lambda new_w: next((hint for w, hint in [
    (_W + _ETA * (1 - int(_W @ _X >= 0)) * _X, None),
    (_W, "그대로예요: z = w·x가 음수라 ŷ = 0인데 y = 1이니 틀린 샘플입니다."),
    (_W - _ETA * _X, "부호가 반대예요: w ← w + η(y − ŷ)x."), (_W + _X, "학습률 η를 곱하세요.")]
    if close(new_w, w)), f"길이 3인 배열 w + η(y − ŷ)x를 넣으세요(지금은 {describe(new_w)})."),
    hint="z = w·x의 부호로 ŷ을 정하고 w에 η(y − ŷ)x를 더하세요.", success="z < 0이라 ŷ = 0으로 "
    "틀렸고, w에 η(1 − 0)x를 더했습니다.")
def _gates(answer):
    names = set() if isinstance(answer, str) else {str(n).upper() for n in list(answer)}
    return None if names == {"AND", "OR", "NAND"} else "XOR은 직선 하나로 나눌 수 없어요." if (
        "XOR" in names) else "eta=0.1, n_epochs=30으로 오류가 0이 된 이름을 {'AND', …}처럼."
q3 = Exercise("ex09-q3", _gates, hint="네 게이트를 다 훈련하세요.", success="XOR만 못 배워요.")
@cache
def _boundary():  # 7절의 per_clf를 다시 훈련합니다 (정답의 유일한 출처)
    from sklearn import datasets, linear_model
    X, t = datasets.load_iris(return_X_y=True)
    clf = linear_model.Perceptron(random_state=42).fit(X[:, 2:], (t == 0).astype(int))
    s, c = -clf.coef_[0, 0] / clf.coef_[0, 1], -clf.intercept_[0] / clf.coef_[0, 1]
    return numbers(["slope", "intercept"], [s, c], example="-w1 / w2", mistakes=[
        ([c, s], "기울기와 절편의 순서가 바뀌었어요."), ([s, -c], "절편의 부호를 확인하세요."),
        ([-s, c], "기울기의 부호를 확인하세요."), ([1 / s, c], "기울기는 -w₁/w₂예요.")],
        otherwise="w₁x₁ + w₂x₂ + w₀ = 0을 x₂에 대해 풀고, 반올림하지 않은 값을 넣으세요.")
q4 = Exercise("ex09-q4", lambda slope, intercept: _boundary()(slope, intercept), hint="coef_[0]이 "
              "(w₁, w₂), intercept_[0]이 w₀입니다.", success="경계의 식을 x₂에 대해 풀었습니다.")
