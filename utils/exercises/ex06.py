"""06 옵티마이저: f(w) = 0.02·w₁² + w₂², w = (4, -1)에서 SGD·모멘텀 스텝, 스텝 수 세기."""
from utils.exercises.core import Exercise, array, describe, numbers

_vector = lambda judge: lambda new_w: judge(*array(new_w).ravel()) if getattr(  # 배열 → 숫자 둘
    array(new_w), "size", 0) == 2 else f"새 가중치를 길이 2인 배열로(지금은 {describe(new_w)})."
_W = ["w1", "w2"]  # 그레이디언트 g = (0.04·w₁, 2·w₂). 케라스 SGD: v ← 0.9·v − 학습률·g, w ← w + v
q1 = Exercise("ex06-q1", _vector(numbers(_W, [3.952, -0.4], example="", rtol=1e-4, mistakes=[
    ([4.048, -1.6], "그레이디언트를 더했어요. 경사 하강법은 그 반대 방향으로 갑니다.")],
    otherwise="g = (0.04·w₁, 2·w₂)를 구해 w − 0.3·g를 계산하세요.")),
    hint="새 가중치 = w − 학습률 × 그레이디언트", success="가파른 w₂ 쪽이 훨씬 많이 움직입니다.")
_V = "v = 0.9·v − 0.1·g, w = w + v를 두 번 계산하세요(v는 0에서 시작)."
q2 = Exercise("ex06-q2", _vector(numbers(_W, [3.953664, -0.46], example="", rtol=1e-4, mistakes=[
    ([3.968064, -0.64], "모멘텀 없이 두 스텝 간 값이에요. 둘째 스텝엔 0.9·v가 더해집니다."),
    ([3.984, -0.8], "한 스텝 뒤의 값이에요(첫 스텝은 v = 0이라 SGD와 같음). 한 번 더 가세요.")],
    otherwise=_V)), hint=_V, success="같은 방향으로 계속 가면 모멘텀이 속도를 붙입니다.")
_LAST, _EPOCH = "마지막 미니배치도 작지만 한 스텝이에요.", "에포크마다 math.ceil(12000 / 256)번."
q3 = Exercise("ex06-q3", numbers(["steps"], [3 * 47], example="int(steps)", rtol=0, mistakes=[
    ([140.625], _LAST), ([140], _LAST), ([138], _LAST), ([47], "한 에포크의 스텝 수예요.")],
    otherwise=_EPOCH), hint=_EPOCH, success="fit에서는 model.optimizer.iterations가 셉니다.")
