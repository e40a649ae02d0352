"""02 층: 가중치와 출력의 모양, Conv2D 모델, 가중치 없는 층."""
import keras
import numpy as np

from utils.exercises.core import Exercise, describe, shape, with_args

_OPTIONS = {n.lower(): n for n in ["Dense", "Flatten", "Conv2D", "Dropout", "MaxPooling2D", "LSTM"]}
_WEIGHTLESS = {"Flatten", "Dropout", "MaxPooling2D"}
def shapes(names, expected, mistakes, otherwise):
    """모양 답을 정답·알려진 오답 ``(몇 번째 답, 오답 모양, 힌트)``과 비교하는 판정기."""
    def judge(*answer):
        got = [shape(a) for a in answer]
        if None in got:
            return f"모양은 정수 튜플로 넣으세요(지금은 {describe(answer[got.index(None)])})."
        return None if got == expected else next(
            (hint for i, wrong, hint in mistakes if got[i] == wrong), otherwise)
    return with_args(names, judge)
q1 = Exercise("ex02-q1", shapes(["kernel_shape", "bias_shape"], [(100, 64), (64,)], [
    (0, (64, 100), "커널의 축 순서가 반대예요. 커널은 (입력 크기, 유닛 수)입니다."),
    (1, (100,), "편향은 유닛마다 하나씩이므로 (유닛 수,)입니다.")],
    "층을 np.zeros((1, 100))으로 한 번 호출한 뒤 layer.kernel.shape를 보세요."),
    hint="Dense의 커널은 (입력 크기, 유닛 수), 편향은 (유닛 수,) 모양입니다.",
    success="커널 (100, 64)에 값 6,400개, 편향 (64,)에 64개, 모두 6,464개의 가중치입니다.")
q2 = Exercise("ex02-q2", shapes(["lstm_shape", "conv_shape"], [(32, 20), (16, 30, 30, 10)], [
    (0, (32, 50, 20), "LSTM은 기본값(return_sequences=False)에서 마지막 타임스텝만 내놓아요."),
    (1, (16, 32, 32, 10), "패딩 없는 3×3 합성곱은 가장자리가 한 칸씩 줄어 32 → 30이 됩니다."),
    (0, (None, 20), "None 자리에 실제 샘플 수(32)를 넣으세요. 실제 모양의 np.zeros로 호출합니다.")],
    "샘플 축은 그대로예요. LSTM은 (샘플, 유닛), Conv2D는 (샘플, 높이, 너비, 필터)를 내놓습니다."),
    hint="실제 모양의 np.zeros를 만들어 층에 넣고 출력의 .shape를 보세요.",
    success="LSTM(20)은 (32, 20), Conv2D(10, 3)은 (16, 30, 30, 10)을 내놓습니다.")
def _conv_stack(model):
    try:  # 모델이 아니거나, 4D 이미지를 받지 못하는 모델
        out = tuple(model(np.zeros((2, 28, 28, 1), "float32")).shape)
    except Exception:
        return (f"(샘플, 28, 28, 1) 이미지를 받는 모델을 넣으세요(지금은 {describe(model)}). "
                "맨 앞에 keras.Input(shape=(28, 28, 1))을 두세요.")
    return next((hint for wrong, hint in [
        (not any(isinstance(x, keras.layers.Conv2D) for x in getattr(model, "layers", [model])),
         "이미지를 훑는 Conv2D(8, kernel_size=3) 층이 모델 안에 있어야 합니다."),
        (len(out) == 4, f"출력이 {out}로 아직 4D예요. Flatten으로 펼친 다음 Dense(10)을 두세요."),
        (out != (2, 10), f"출력이 {out}이에요. 마지막 층을 Dense(10)으로 하세요.")] if wrong), None)
q3 = Exercise("ex02-q3", _conv_stack, hint="각 층의 출력 랭크를 따라가 보세요: 4D → 4D → 2D → 2D.",
              success="4D 이미지 → Conv2D(4D) → Flatten(2D) → Dense(10)으로 블록이 맞물립니다.")
def _weightless(names):
    if not isinstance(names, (list, tuple, set)):
        return f"층 이름 문자열의 리스트를 넣으세요(지금은 {describe(names)}). 예: ['Flatten']"
    keys = [getattr(n, "__name__", str(n)).split(".")[-1].removesuffix("()").lower() for n in names]
    got = {_OPTIONS.get(k.replace("pool2d", "pooling2d"), k) for k in keys}  # 모르는 이름은 그대로
    return next((hint.format(sorted(bad), len(bad)) for bad, hint in [
        (got - set(_OPTIONS.values()), "{0}은(는) 보기의 층 이름이 아니에요. 보기에서 고르세요."),
        (got - _WEIGHTLESS, "{0}에는 학습되는 가중치(커널, 편향)가 있어요."),
        (_WEIGHTLESS - got, "빠진 층이 {1}개 있어요. 값을 옮기거나 고르기만 하는 층을 찾아보세요.")]
        if bad), None)
q4 = Exercise("ex02-q4", _weightless, hint="층을 한 번 호출한 뒤 layer.weights가 비었는지 보세요.",
              success="Flatten, Dropout, MaxPooling2D는 규칙대로 값을 바꿀 뿐 가중치가 없습니다.")
