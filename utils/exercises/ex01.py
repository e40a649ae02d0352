"""01 신경망의 구조: 경사 하강법 한 스텝, 새 직선 훈련, 네 요소 짝짓기."""
from utils.exercises.core import Exercise, describe, numbers

q1 = Exercise("ex01-q1", numbers(["w_new", "b_new"], [1.55, 0.65], example="w1 - lr * grad_w1",
    mistakes=[([-0.55, -0.65], "부호가 반대예요. 새 값 = 옛 값 − 학습률 × 그레이디언트(빼기)."),
              ([1.025, 0.325], "MSE의 그레이디언트에는 제곱에서 나온 2가 붙어요: mean(2·오차·x)."),
              ([11.0, 6.5], "그레이디언트 앞에 학습률 0.1을 곱하는 것을 잊었어요.")],
    otherwise="오차 = 예측 − y에서 dL/dw = mean(2·오차·x), dL/db = mean(2·오차)를 구해 빼세요."),
    hint="예측 0.5·x → 오차 → 그레이디언트 → 옛 값 − 0.1 × 그레이디언트 순서로 계산하세요.",
    success="dL/dw = -10.5, dL/db = -6.5이므로 w = 0.5 + 1.05 = 1.55, b = 0 + 0.65 = 0.65입니다.")
q2 = Exercise("ex01-q2", numbers(["w", "b"], [-3, 2], example="model2.get_weights()[0]", rtol=0,
    atol=0.15, mistakes=[([0, 0], "가중치가 거의 0이에요. 훈련 스텝을 실제로 실행했나요?")],
    otherwise="x2, y2로 학습률 0.2의 새 SGD를 써서 60 스텝 훈련했는지 확인하세요."),
    hint="가중치를 0으로 둔 새 모델을 train_step으로 60번 훈련한 뒤 get_weights()를 보세요.",
    success="잡음이 섞인 점만 보고도 규칙 y = -3x + 2에 가까운 직선을 찾았습니다.")
PARTS = {"손실 함수": ("손실", "loss"), "층": ("층", "layer"), "옵티마이저": ("옵티마이", "optimi"),
         "입력 데이터와 타깃": ("데이터", "타깃", "입력", "정답", "data", "target", "input")}
def _four_parts(parts):
    if not isinstance(parts, (list, tuple)) or len(parts) != 4:
        return f"요소 이름 네 개를 설명 순서대로 리스트에 담으세요(지금은 {describe(parts)})."
    keys = [n.replace(" ", "").lower() if isinstance(n, str) else "?" for n in parts]
    got = [[p for p, words in PARTS.items() if any(w in k for w in words)] for k in keys]
    if unknown := [n for n, g in zip(parts, got) if len(g) != 1]:
        return f"{describe(unknown[0])}은(는) 네 요소로 알아보지 못했어요: {list(PARTS)}"
    if wrong := [i + 1 for i, (g, want) in enumerate(zip(got, PARTS)) if g[0] != want]:
        return (f"{wrong}번 설명을 다시 보세요. 층은 예측을 만들고, 손실 함수는 예측과 타깃을 "
                "비교하며, 옵티마이저는 그 점수로 가중치를 고칩니다.")
q3 = Exercise("ex01-q3", _four_parts, hint="훈련 루프 그림에서 네 요소가 각각 하는 일을 보세요.",
              success="차이 → 손실 함수, 예측 → 층, 가중치 수정 → 옵티마이저, 예제 → 데이터.")
