"""03 모델: 함수형 API로 옮기기, 출력 세 개, [x, x²] 특성, 층 공유의 파라미터 수."""
import keras
import numpy as np

from utils.exercises.core import Exercise, array, close, describe, numbers


def _functional_copy(seq, func):
    if not isinstance(func, keras.Model) or isinstance(func, keras.Sequential):
        return f"func3에는 함수형 모델을 넣으세요(지금은 {describe(func)})."
    if seq.count_params() != func.count_params():
        return f"가중치 개수가 달라요: {seq.count_params():,}개와 {func.count_params():,}개."
    copy = keras.models.clone_model(func)  # 학습자의 모델은 바꾸지 않습니다
    copy.set_weights(seq.get_weights())
    x = np.random.default_rng(0).normal(size=(4, 100)).astype("float32")
    if not np.allclose(seq(x), copy(x), atol=1e-5):
        return "같은 가중치로 출력이 달라요. 층 순서와 활성화 함수(relu, softmax)를 확인하세요."
q1 = Exercise("ex03-q1", _functional_copy, success="가중치 수도 출력도 같은 모델입니다.",
              hint="keras.Input(shape=(100,))에서 층을 차례로 호출하고 keras.Model로 묶으세요.")
def _three_outputs(model):
    outs = getattr(model, "outputs", None) if isinstance(model, keras.Model) else None
    if not isinstance(outs, list) or sorted(o.shape[1:] for o in outs) != [(1,), (1,), (10,)]:
        return ("출력이 digit (10), ink (1), is_even (1) 세 개인 함수형 모델을 넣으세요(지금은 "
                f"{describe(model)}, 출력 {[o.shape[1:] for o in outs or []]}).")
    heads = [layer for layer in model.layers if any(layer.output is o for o in outs)]
    act = {h.name: h.get_config().get("activation") for h in heads if h.output.shape[1:] == (1,)}
    if list(act.values()).count("sigmoid") != 1:
        return f"크기 1인 출력의 활성화 함수가 {act}예요. is_even만 확률을 내는 sigmoid입니다."
    common = [layer.output for layer in model.layers if layer.name == "common"]
    if wrong := [h.name for h in heads if not common or h.input is not common[0]]:
        return f"출력층 {wrong}이(가) 5절의 common 층 출력(features)을 받게 연결하세요."
q2 = Exercise("ex03-q2", _three_outputs, hint="features 텐서에 Dense(1, activation='sigmoid')를 "
              "연결하세요.", success="common 층에서 세 갈래로 나뉘고, is_even은 확률을 냅니다.")
def _quadratic(kernel, bias):
    k, b = array(kernel), array(bias)
    if k is None or b is None or k.size != 2 or b.size != 1:
        return f"커널 값 2개와 편향 값 1개를 넣으세요(지금은 {describe(kernel)}, {describe(bias)})."
    if close(k.ravel(), [0.5, 0], rtol=0, atol=0.05):
        return "특성 순서가 [x², x]인가요? 문제는 [x, x²] 순서입니다."
    if not close(np.append(k, b), [0, 0.5, -1], rtol=0, atol=0.05):
        return f"지금은 커널 {np.round(k.ravel(), 3)}, 편향 {np.round(b, 3)}이에요. 훈련을 보세요."
q3 = Exercise("ex03-q3", _quadratic, hint="Adam(learning_rate=0.1)으로 epochs=20, batch_size=5.",
              success="x의 가중치 ≈ 0, x²의 가중치 ≈ 0.5, 편향 ≈ -1인 포물선입니다.")
q4 = Exercise("ex03-q4", numbers(["answer"], [25_217], example="784 * 32 + 32", rtol=0, atol=0,
    mistakes=[([75_457], "encoder를 세 번 셌어요. 층을 세 번 호출해도 가중치는 한 벌입니다."),
              ([25_120], "encoder는 맞아요. 출력층 Dense(1)의 커널과 편향도 더하세요."),
              ([25_153], "출력층은 이어 붙인 32 × 3 = 96개 값을 받습니다.")],
    otherwise="encoder(784 × 32 + 32)와 출력층(96 × 1 + 1)을 한 번씩 세어 더하세요."),
    hint="Concatenate에는 가중치가 없고, 세 번 호출한 encoder는 한 벌입니다.",
    success="층을 세 번 호출해도 encoder의 가중치는 한 벌이라 25,217개입니다(따로 쓰면 75,457개).")
