"""12 케라스로 MNIST 훈련: 스텝과 에포크, make_dnn, 숫자별 정확도."""
import numpy as np

from utils.exercises.core import Exercise, describe, function, numbers, shape
from utils.exercises.ex05 import loss_name

q1 = Exercise("ex12-q1", numbers(["steps_per_epoch", "epochs"], [600, 20_000 / 600], mistakes=[
    ([600, 33], "반올림하지 말고 그대로 넣으세요."), ([550, 20_000 / 550], "60,000개 전부예요.")],
    example="60_000 // 100", otherwise="에포크당 스텝 = 60,000 ÷ 100, 에포크 = 20,000 ÷ 그 값."),
    hint="한 스텝은 배치 하나를 처리하고, 한 에포크는 훈련 데이터를 한 번 훑습니다.",
    success=f"20,000 스텝은 약 {20_000 / 600:.1f} 에포크입니다.")
def _dnn(make_dnn):
    if not callable(make_dnn) or isinstance(make_dnn, type) or hasattr(make_dnn, "layers"):
        return f"모델을 만드는 함수 이름을 괄호 없이 넣으세요(지금은 {describe(make_dnn)})."
    for hidden, m in ((h, make_dnn(list(h))) for h in ([300, 100], [64], [128, 64, 32])):
        ds = [(d.units, d.activation.__name__) for d in m.layers if hasattr(d, "units")]
        for bad, hint in [(shape(m.inputs[0].shape) != (None, 784), "입력은 (784,)예요."),
            (ds != [(u, "relu") for u in hidden] + [(10, "softmax")],
             f"make_dnn({hidden})의 Dense 층이 {ds}예요. 은닉층 relu, 출력층 softmax 10개."),
            (loss_name(m.loss) != "sparse_categorical_crossentropy",
             "레이블이 정수이므로 loss='sparse_categorical_crossentropy'로 compile하세요.")]:
            if bad:
                return hint
q2 = Exercise("ex12-q2", _dnn, hint="은닉층 relu, 출력층 softmax 10개로 쌓아 compile하고 return.",
              success="hidden_units 목록 하나로 어떤 깊이의 다층 퍼셉트론이든 만듭니다.")
_CMS = [(np.random.default_rng(3).integers(1, 90, (10, 10)) + 400 * np.eye(10, dtype=int),)]
q3 = Exercise("ex12-q3", function(lambda cm: np.diag(cm) / cm.sum(axis=1), _CMS, mistakes=[
    (lambda cm: np.diag(cm) / cm.sum(0), "열 말고 행의 합으로 나누세요."),
    (np.diag, "맞힌 개수 그대로예요. 행의 합으로 나눠 비율로 만드세요.")],
    otherwise="행 i는 정답이 i인 이미지들입니다. 대각선을 행의 합으로 나누세요."),
    hint="맞힌 개수는 대각선 np.diag(cm), 숫자마다의 전체 개수는 행의 합입니다.",
    success="이 값이 가장 낮은 숫자가 모델이 가장 어려워하는 숫자입니다.")
