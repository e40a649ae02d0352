"""14 하이퍼파라미터 튜닝: 톱니의 파라미터 수, 로그 눈금 샘플러, 훈련할 파라미터 수."""
import numpy as np

from utils.exercises.core import Exercise, describe, number, numbers

q1 = Exercise("ex14-q1", numbers(["deep", "shallow"], [6 * 8 + 1, 3 * 2**8 + 1], mistakes=[
    ([769, 49], "순서가 바뀌었어요."), ([31, 97], "k = 5일 때 값이에요.")], rtol=1e-4, example="3",
    otherwise="깊은 쪽은 단계마다 층 하나(6개), 얕은 쪽은 조각 2^k개에 뉴런 2^k개가 듭니다."),
    hint="3절의 deep_sawtooth(8), shallow_sawtooth(8)의 count_params()와 비교해 보세요.",
    success="한 단계 더 쌓으면 깊은 쪽은 6개 늘고, 얕은 쪽은 거의 두 배가 됩니다.")
def _sampler(fn):
    if not callable(fn) or isinstance(fn, type):
        return f"함수 이름을 괄호 없이 넣으세요(지금은 {describe(fn)})."
    a, b = ([number(fn(rng)) for _ in range(3000)] for rng in map(np.random.default_rng, [7, 7]))
    x = np.log10(np.array(a, dtype=float))  # 숫자가 아닌 값(None)은 nan
    return next((hint for bad, hint in [
        (not -4.0001 < x.min() <= x.max() < -0.9999, "0.0001~0.1 사이의 숫자 하나를 돌려주세요."),
        (a != b, "같은 시드의 rng로 두 번 뽑은 값이 달라요. 인자로 받은 rng를 쓰세요."),
        (np.ptp(np.histogram(x, 3, (-4, -1))[0]) > 300, "로그 눈금이 아니에요.")] if bad), None)
q2 = Exercise("ex14-q2", _sampler, hint="학습률 = 10 ** 지수, 지수는 rng.uniform(-4, -1)로.",
              success="세 구간(0.0001~0.001~0.01~0.1)이 같은 비율로 나오고, 재현됩니다.")
q3 = Exercise("ex14-q3", numbers(["answer"], [100 * 10 + 10], rtol=1e-6, example="1234", mistakes=[
    ([101], "출력 뉴런은 10개."), ([1000], "편향도 세세요."), ([266_610], "동결한 층은 빼세요.")],
    otherwise="새 출력층은 hidden2의 출력 100개를 받는 Dense(10)입니다."),
    hint="동결한 층을 빼고 새 출력층의 가중치(입력 수 × 뉴런 수)와 편향만 셉니다.",
    success="나머지 26만여 개는 작업 A에서 배운 값 그대로 씁니다.")
