"""연습 문제 자가 점검 (exercise self-checks).

``check_xxx(answer)``는 답이 맞으면 칭찬을, 틀리면 무엇이 다른지와 힌트를 한국어로
출력하고 ``True``/``False``를 돌려줍니다. 학습자가 넣은 값이 엉뚱한 종류(예: 문자열 대신
함수)여도 오류를 내지 않고 무엇을 기대하는지 알려 줍니다.

노트북별로 구역을 나눠 두었습니다. 새 점검 함수는 해당 노트북 구역에 추가하세요.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np

from utils.data import MNIST_SHA256


def report(ok: bool, success: str, hint: str) -> bool:
    """점검 결과를 한 줄로 출력하고 그대로 돌려줍니다.

    Args:
        ok: 정답 여부.
        success: 맞았을 때 덧붙일 말.
        hint: 틀렸을 때 보여 줄 힌트.
    """
    if ok:
        print(f"✅ 정답입니다! {success}")
    else:
        print(f"❌ 아직 아니에요. 힌트: {hint}")
    return bool(ok)


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float, np.integer, np.floating)) and not isinstance(x, bool)


def _close(answer: Any, expected: float, *, rel: float = 1e-3, abs_: float = 1e-6) -> bool:
    return _is_number(answer) and bool(np.isclose(float(answer), expected, rtol=rel, atol=abs_))


def _array_close(answer: Any, expected: np.ndarray, *, rtol: float = 1e-5,
                 atol: float = 1e-6) -> bool:
    try:
        arr = np.asarray(answer, dtype=float)
    except (TypeError, ValueError):
        return False
    return arr.shape == np.shape(expected) and bool(np.allclose(arr, expected, rtol=rtol,
                                                                atol=atol))


def _callable_matches(fn: Any, inputs: list[np.ndarray],
                      reference: Callable[[np.ndarray], np.ndarray], **tol: float) -> bool:
    """함수 fn이 여러 입력에서 reference와 같은 값을 내는지 봅니다 (예외는 오답)."""
    if not callable(fn):
        return False
    try:
        return all(_array_close(fn(x.copy()), reference(x), **tol) for x in inputs)
    except Exception:  # 학습자 코드의 어떤 오류든 '아직 아님'으로 처리합니다
        return False


# ====================================================================== 00 시작하기
def _looks_like_array(value: Any) -> bool:
    """NumPy 배열이나 텐서처럼 shape와 dtype을 가진 값인지 (속성을 읽다 나는 오류도 False)."""
    try:
        return hasattr(value, "shape") and hasattr(value, "dtype")
    except Exception:  # 속성을 읽을 때 AttributeError가 아닌 오류를 내는 객체
        return False


def _not_a_number_hint(values: tuple, example: str) -> str | None:
    """숫자가 아닌 답에 맞춘 힌트. 모두 숫자이면 None (비교하기 전에 종류부터 봅니다)."""
    if all(_is_number(v) for v in values):
        return None
    if any(_looks_like_array(v) for v in values):  # NumPy 배열, 텐서
        return (f"배열 자체가 아니라 {example} 같은 숫자를 넣으세요. 값이 하나뿐인 배열이면 "
                ".item()이나 int()로 숫자를 꺼냅니다.")
    if any(isinstance(v, str) for v in values):
        return f"문자열이 아니라 숫자를 넣으세요. 예: {example}"
    return f"숫자를 넣으세요. 예: {example}"


def check_mnist_sizes(n_train: Any, n_test: Any) -> bool:
    """00번 연습 1: MNIST 훈련 세트와 테스트 세트의 이미지 수."""
    hint = _not_a_number_hint((n_train, n_test), "len(x_train)과 len(x_test)")
    ok = hint is None and n_train == 60000 and n_test == 10000
    if hint is None and n_train == 10000 and n_test == 60000:
        hint = "두 숫자의 순서가 바뀌었어요. 훈련 이미지 수를 먼저 넣습니다."
    elif hint is None:
        hint = "load_mnist()가 돌려준 x_train, x_test의 len()이나 .shape[0]을 보세요."
    return report(ok, "훈련 이미지 60,000장, 테스트 이미지 10,000장입니다.", hint)


def check_pixels_per_image(answer: Any) -> bool:
    """00번 연습 2: 이미지 한 장의 픽셀 수 (28×28)."""
    hint = _not_a_number_hint((answer,), "x_train[0].size")
    ok = hint is None and answer == 784
    if hint is None and answer == 28:
        hint = "28은 한 변의 픽셀 수예요. 이미지는 28 × 28 정사각형입니다."
    elif hint is None:
        hint = "flatten=False로 불러온 이미지 한 장의 모양(shape)은 (28, 28)입니다."
    return report(ok, "28 × 28 = 784개의 픽셀입니다.", hint)


def check_mnist_checksum(answer: Any) -> bool:
    """00번 연습 3: data/mnist.npz의 SHA-256 체크섬 문자열."""
    ok = isinstance(answer, str) and answer.strip().lower() == MNIST_SHA256
    return report(ok, "파일이 data/README.md에 적힌 것과 똑같습니다.",
                  "utils.data.sha256sum('../data/mnist.npz')가 돌려주는 문자열을 넣어 보세요.")


# ====================================================================== 01 신경망의 구조
def check_line_step(w_new: Any, b_new: Any) -> bool:
    """01번 연습 1: w=0.5, b=0, x=[1, 2], y=[3, 5], MSE, 학습률 0.1로 경사 하강법 한 스텝.

    정답은 (1.55, 0.65).
    """
    ok = _close(w_new, 1.55) and _close(b_new, 0.65)
    if ok:
        hint = ""
    elif _looks_like_array(w_new) or _looks_like_array(b_new):
        hint = ("배열이 아니라 숫자 두 개를 넣으세요. model.get_weights()의 커널은 (1, 1), "
                "편향은 (1,) 모양의 배열이므로 .item()으로 숫자를 꺼냅니다.")
    elif _close(w_new, -0.55) and _close(b_new, -0.65):
        hint = "부호가 반대예요. 가중치 ← 가중치 − 학습률 × 그레이디언트 (빼기!)입니다."
    elif _close(w_new, 1.025) and _close(b_new, 0.325):
        hint = ("MSE의 그레이디언트에는 제곱에서 나온 2가 붙습니다: dL/dw = mean(2·(예측−y)·x).")
    elif _close(w_new, 11.0) and _close(b_new, 6.5):
        hint = "그레이디언트 앞에 학습률 0.1을 곱하는 것을 잊었어요."
    else:
        hint = ("예측 = 0.5·x + 0 = [0.5, 1.0], 오차 = 예측 − y를 구한 뒤 "
                "dL/dw = mean(2·오차·x), dL/db = mean(2·오차), 새 값 = 옛 값 − 0.1 × 그레이디언트. "
                "숫자 두 개(w, b)를 넣으세요.")
    return report(ok, "그레이디언트는 dL/dw = -10.5, dL/db = -6.5이고, 새 가중치는 "
                  "w = 0.5 + 1.05 = 1.55, b = 0 + 0.65 = 0.65입니다.", hint)


def check_learned_line(w: Any, b: Any) -> bool:
    """01번 연습 2: y = -3x + 2(+잡음) 데이터로 훈련한 직선의 w, b (각각 ±0.15 안)."""
    ok = (_is_number(w) and _is_number(b) and abs(float(w) + 3) < 0.15
          and abs(float(b) - 2) < 0.15)
    if ok:
        hint = ""
    elif not (_is_number(w) and _is_number(b)):
        hint = ("숫자 두 개를 넣으세요. model.get_weights()는 [커널 (1, 1), 편향 (1,)] 배열을 "
                "돌려주므로 .item()으로 숫자를 꺼냅니다.")
    elif abs(float(w)) < 0.5 and abs(float(b)) < 0.5:
        hint = "가중치가 거의 0이에요. 훈련 스텝을 실제로 실행했는지 확인하세요."
    else:
        hint = ("규칙 y = -3x + 2에 가까워야 합니다. 새 데이터 x2, y2로 훈련했는지, 스텝을 60번 "
                "돌렸는지, 학습률이 0.2인지 확인하세요.")
    return report(ok, "잡음이 섞인 점만 보고도 규칙 y = -3x + 2에 가까운 직선을 찾았습니다.", hint)


_FOUR_PARTS = {
    "층": {"층", "layer", "layers", "네트워크", "모델", "network", "model"},
    "데이터": {"입력데이터와타깃", "입력데이터와타겟", "데이터와타깃", "입력과타깃", "데이터",
             "타깃", "타겟", "입력", "입력데이터", "정답", "예제", "inputdataandtargets",
             "inputsandtargets", "dataandtargets", "inputdata", "input", "inputs", "data",
             "target", "targets"},
    "손실 함수": {"손실함수", "손실", "loss", "lossfunction", "목적함수", "objectivefunction"},
    "옵티마이저": {"옵티마이저", "옵티마이져", "optimizer", "optimiser", "optimizers", "optimisers",
              "최적화", "최적화기"},
}
_PART_SEPARATORS = r"[,·/&+]|\s(?:및|and)\s|(?<=[가-힣])(?:와|과)\s"


def _part_key(text: str) -> str:
    return re.sub(r"[\s_\-.'\"]", "", text).lower()


def _part_name(value: Any) -> str | None:
    """요소 이름 문자열을 네 요소 가운데 하나로 알아봅니다. 알아보지 못하면 None.

    괄호 속 영어('손실 함수(loss function)')는 떼고 보고, '입력 데이터, 타깃'이나
    '입력 데이터 및 타깃'처럼 이어 쓴 이름은 조각이 모두 같은 요소일 때 그 요소로 봅니다.
    """
    if not isinstance(value, str):
        return None
    outside = re.sub(r"\([^)]*\)", " ", value)
    inside = re.findall(r"\(([^)]*)\)", value)
    for text in [outside, *inside]:
        key = _part_key(text)
        found = next((part for part, aliases in _FOUR_PARTS.items() if key in aliases), None)
        if found is None:
            pieces = [_part_key(p) for p in re.split(_PART_SEPARATORS, text) if _part_key(p)]
            parts = {next((part for part, aliases in _FOUR_PARTS.items() if p in aliases), None)
                     for p in pieces}
            found = parts.pop() if len(parts) == 1 else None
        if found is not None:
            return found
    return None


def check_four_parts(answer: Any) -> bool:
    """01번 연습 3: 네 설명에 맞는 요소 (손실 함수, 층, 옵티마이저, 입력 데이터와 타깃)."""
    expected = ["손실 함수", "층", "옵티마이저", "데이터"]
    names = "'층', '입력 데이터와 타깃', '손실 함수', '옵티마이저'"
    if isinstance(answer, str):
        return report(False, "", "문자열 하나가 아니라, 요소 이름 문자열 네 개를 설명 "
                      "순서대로 리스트에 담으세요. "
                      "예: ['층', '손실 함수', '옵티마이저', '입력 데이터와 타깃']")
    if not isinstance(answer, (list, tuple)) or len(answer) != 4:
        return report(False, "", "요소 이름 문자열 네 개를 설명 순서대로 리스트에 담으세요. "
                      "예: ['층', '손실 함수', '옵티마이저', '입력 데이터와 타깃']")
    got = [_part_name(a) for a in answer]
    unknown = [str(a)[:30] for a, g in zip(answer, got) if g is None]
    wrong = [i + 1 for i, (g, e) in enumerate(zip(got, expected)) if g is not None and g != e]
    hint = ""
    if unknown:
        listed = ", ".join(f"'{u}'" for u in unknown)
        hint += f"{listed}은(는) 네 요소 이름으로 알아보지 못했어요. {names} 중에서 고르세요. "
    if wrong:
        hint += (f"{wrong}번 설명을 다시 보세요. 층은 가중치로 입력을 예측으로 바꾸고, "
                 "손실 함수는 예측과 타깃을 비교해 점수를 내며, 옵티마이저는 그 점수로 가중치를 "
                 "고칩니다.")
    return report(not unknown and not wrong, "예측과 타깃의 차이 → 손실 함수, 가중치로 예측 → 층, "
                  "가중치 수정 → 옵티마이저, 예제와 정답 → 입력 데이터와 타깃.", hint.strip())


# ====================================================================== 02 층
def _shape_tuple(value: Any) -> tuple | None:
    """모양을 정수(또는 None) 튜플로 바꿉니다. 모양처럼 보이지 않으면 None."""
    if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
        return None
    try:
        items = list(value)
    except Exception:  # 0-d 배열처럼 돌 수 없거나, 돌다가 오류를 내는 값
        return None
    if not all(v is None or (_is_number(v) and np.isfinite(v) and float(v) == int(v))
               for v in items):
        return None
    return tuple(None if v is None else int(v) for v in items)


def check_dense_weight_shapes(kernel_shape: Any, bias_shape: Any) -> bool:
    """02번 연습 1: 특성 100개에 Dense(64)를 적용할 때 커널 (100, 64)와 편향 (64,)."""
    kernel, bias = _shape_tuple(kernel_shape), _shape_tuple(bias_shape)
    ok = kernel == (100, 64) and bias == (64,)
    if ok:
        hint = ""
    elif kernel == (64, 100):
        hint = "커널의 축 순서가 반대예요. 커널은 (입력 크기, 유닛 수)입니다."
    elif bias == (100,):
        hint = "편향은 유닛마다 하나씩이므로 (유닛 수,)입니다."
    else:
        hint = ("모양은 (100, 64)처럼 정수 튜플로 넣으세요. 층을 한 번 호출한 뒤 "
                "tuple(layer.kernel.shape), tuple(layer.bias.shape)를 보면 됩니다.")
    return report(ok, "커널 (100, 64)에 값 6,400개, 편향 (64,)에 64개, 모두 6,464개의 "
                  "가중치입니다.", hint)


def check_rank_layer_shapes(lstm_shape: Any, conv_shape: Any) -> bool:
    """02번 연습 2: LSTM(20)과 Conv2D(10, 3)의 출력 모양.

    (32, 50, 6)에 LSTM(20) → (32, 20), (16, 32, 32, 3)에 Conv2D(10, 3) → (16, 30, 30, 10).
    """
    lstm, conv = _shape_tuple(lstm_shape), _shape_tuple(conv_shape)
    ok = lstm == (32, 20) and conv == (16, 30, 30, 10)
    if ok:
        hint = ""
    elif lstm == (32, 50, 20):
        hint = ("LSTM의 기본값(return_sequences=False)은 마지막 타임스텝의 출력 하나만 "
                "내놓습니다: (샘플, 유닛).")
    elif conv == (16, 32, 32, 10):
        hint = "패딩이 없는 3×3 합성곱은 가장자리가 한 칸씩 줄어 32 → 30이 됩니다."
    elif None in (lstm or ()) or None in (conv or ()):
        hint = ("None 자리에 실제 샘플 수를 넣으세요(LSTM은 32개, Conv2D는 16장). None은 "
                "모양만 보고 계산해 샘플 수를 모를 때 나옵니다. 실제 모양의 np.zeros로 층을 "
                "호출하면 숫자가 나옵니다.")
    elif lstm is None or conv is None:
        hint = "모양 두 개를 정수 튜플로 넣으세요. 예: tuple(출력.shape)"
    else:
        hint = ("샘플 축은 그대로 둡니다. LSTM은 (샘플, 유닛 수), Conv2D는 "
                "(샘플, 높이-2, 너비-2, 필터 수)를 내놓습니다. 실제 모양의 np.zeros로 층을 "
                "호출해 보세요.")
    return report(ok, "LSTM(20)은 (32, 20), Conv2D(10, 3)은 (16, 30, 30, 10)을 내놓습니다. "
                  "샘플 축은 그대로입니다.", hint)


def _all_layers(model: Any) -> list:
    """모델 안의 층을 (모델 안에 든 모델까지) 모두 꺼냅니다. 꺼낼 수 없으면 빈 리스트."""
    found: list = []
    try:
        for layer in model.layers:
            found.append(layer)
            if hasattr(layer, "layers"):
                found.extend(_all_layers(layer))
    except Exception:  # 학습자가 만든 이상한 모델이어도 점검은 멈추지 않습니다
        return found
    return found


def check_conv_stack(model: Any) -> bool:
    """02번 연습 3: (28, 28, 1) 이미지를 Conv2D로 훑어 샘플마다 값 10개를 내는 모델.

    모범 답은 Input((28, 28, 1)) → Conv2D(8, 3) → Flatten → Dense(10)입니다(Flatten 대신
    전역 풀링 층처럼 4D를 2D로 바꾸는 층도 맞습니다).
    """
    import keras

    if not isinstance(model, keras.Model):
        return report(False, "", "층 하나나 문자열이 아니라 keras.Sequential([...])로 만든 모델을 "
                      "넣으세요.")
    has_conv = any(isinstance(layer, keras.layers.Conv2D) for layer in _all_layers(model))
    try:
        out_shape = tuple(model(np.zeros((2, 28, 28, 1), dtype="float32")).shape)
    except Exception:  # 학습자 모델의 어떤 오류든 '아직 아님'으로 처리합니다
        out_shape = None
    ok = has_conv and out_shape == (2, 10)
    if ok:
        hint = ""
    elif out_shape is None:
        hint = ("모델에 (샘플, 28, 28, 1) 모양의 이미지를 넣으면 오류가 납니다. Conv2D는 "
                "4D 텐서 (샘플, 높이, 너비, 채널)를 받으므로 맨 앞에 "
                "keras.Input(shape=(28, 28, 1))을 두세요.")
    elif not has_conv:
        hint = "이미지를 훑는 Conv2D(8, kernel_size=3) 층이 모델 안에 있어야 합니다."
    elif len(out_shape) == 4:
        hint = (f"출력 모양이 {out_shape}로 아직 4D입니다. Dense는 입력의 마지막 축에만 "
                "적용되므로, Conv2D의 4D 출력을 Flatten으로 (샘플, 특성) 2D로 펼친 다음 "
                "Dense(10)을 두세요.")
    else:
        hint = (f"출력 모양이 {out_shape}입니다. 샘플마다 값 10개, 곧 (2, 10)이 나오도록 "
                "마지막 층을 Dense(10)으로 하세요.")
    return report(ok, "4D 이미지 → Conv2D(4D) → Flatten(2D) → Dense(10)으로 모든 블록이 "
                  "맞물립니다.", hint)


# 보기의 여섯 층과 케라스가 같은 클래스에 붙인 다른 이름(MaxPool2D는 MaxPooling2D와 같은 클래스)
_CANDIDATE_LAYERS = {"dense": "Dense", "flatten": "Flatten", "conv2d": "Conv2D",
                     "convolution2d": "Conv2D", "dropout": "Dropout",
                     "maxpooling2d": "MaxPooling2D", "maxpool2d": "MaxPooling2D", "lstm": "LSTM"}


def check_weightless_layers(answer: Any) -> bool:
    """02번 연습 4: Dense, Flatten, Conv2D, Dropout, MaxPooling2D, LSTM 가운데 가중치 없는 층."""
    expected = {"Flatten", "Dropout", "MaxPooling2D"}
    if not isinstance(answer, (list, tuple, set)) or not all(isinstance(a, str) for a in answer):
        return report(False, "", "층 이름 문자열의 리스트를 넣으세요. 예: ['Flatten', ...]")
    keys = {a: re.sub(r"^(keras\.)?(layers\.)?|\(\)$", "", a.strip()).lower() for a in answer}
    unknown = sorted(a for a, key in keys.items() if key not in _CANDIDATE_LAYERS)
    names = {_CANDIDATE_LAYERS[key] for key in keys.values() if key in _CANDIDATE_LAYERS}
    ok = not unknown and names == expected
    extra = sorted(names - expected)
    missing = sorted(expected - names)
    hint = ""
    if unknown:
        hint += (f"{unknown}은(는) 보기의 층 이름이 아니에요. Dense, Flatten, Conv2D, Dropout, "
                 "MaxPooling2D, LSTM 가운데에서 고르세요. ")
    if extra:
        hint += f"{extra}에는 학습되는 가중치가 있어요(커널, 편향). "
    if missing:
        hint += (f"빠진 층이 {len(missing)}개 있어요. 값을 옮기거나 고르기만 하는 층을 "
                 "찾아보세요.")
    return report(ok, "Flatten, Dropout, MaxPooling2D는 입력을 정해진 규칙으로 바꿀 뿐 배울 "
                  "가중치가 없습니다.", hint.strip())


# ====================================================================== 03 모델
def check_functional_copy(seq: Any, func: Any) -> bool:
    """03번 연습 1: ``seq``(Sequential)와 같은 구조를 함수형 API로 만든 ``func``.

    ``func``는 바꾸지 않습니다. 복사본(``keras.models.clone_model``)에 ``seq``의 가중치를 넣어
    무작위 입력에 대한 출력을 비교합니다.
    """
    import keras

    if not isinstance(seq, keras.Model) or not isinstance(func, keras.Model):
        return report(False, "", "케라스 모델 두 개를 넣으세요: "
                      "check_functional_copy(seq3, func3)")
    if isinstance(func, keras.Sequential):
        return report(False, "", "두 번째 모델은 Sequential이 아니라 keras.Input과 "
                      "keras.Model(...)로 만든 함수형 모델이어야 합니다.")
    for which, model in [("첫 번째", seq), ("두 번째", func)]:
        try:
            model.count_params()
        except Exception:  # 아직 만들어지지 않은(unbuilt) 모델: 입력 모양을 모릅니다
            return report(False, "", f"{which} 모델은 입력 모양을 몰라 아직 가중치가 없습니다. "
                          "모델 맨 앞에 keras.Input(shape=(100,))을 두세요.")
    if func.count_params() != seq.count_params():
        return report(False, "", f"가중치 개수가 다릅니다: Sequential {seq.count_params():,}개, "
                      f"함수형 {func.count_params():,}개. 층의 유닛 수와 순서를 맞추세요.")
    try:
        copy = keras.models.clone_model(func)
        copy.set_weights(seq.get_weights())
        x = np.random.default_rng(0).normal(size=(4, *seq.input_shape[1:])).astype("float32")
        same = bool(np.allclose(np.asarray(seq(x)), np.asarray(copy(x)), atol=1e-5))
    except Exception:  # 학습자 모델의 어떤 오류든 '아직 아님'으로 처리합니다
        same = False
    return report(same, "가중치 개수가 같고, 같은 가중치로 같은 출력을 냅니다. 같은 모델입니다.",
                  "가중치를 옮겨 담았지만 출력이 다릅니다(또는 옮겨 담을 수 없습니다). 입력 모양, "
                  "층 순서, 활성화 함수(relu, softmax)를 확인하세요.")


def _three_outputs_problem(model: Any) -> str | None:
    """03번 연습 2의 모델에서 틀린 점 하나를 힌트로 돌려줍니다(맞으면 None)."""
    from utils.model_graph import model_graph

    if len(model.outputs) != 3:
        return (f"출력이 {len(model.outputs)}개입니다. keras.Model의 outputs에 "
                "[digit, ink, is_even] 세 텐서를 목록으로 주세요.")
    try:
        results = model(np.zeros((2, 28, 28), dtype="float32"))
    except Exception:  # 학습자 모델의 어떤 오류든 '아직 아님'으로 처리합니다
        return "모델이 (샘플, 28, 28) 이미지를 받지 못합니다. 5절의 image 입력을 그대로 쓰세요."
    shapes = sorted(tuple(r.shape) for r in results)
    if shapes != [(2, 1), (2, 1), (2, 10)]:
        return (f"출력 모양이 {[s[1:] for s in shapes]}입니다. digit (10), ink (1), "
                "is_even (1)이어야 합니다. is_even은 Dense(1, activation='sigmoid')입니다.")
    nodes = {n["name"]: n for n in model_graph(model)[0]}
    outputs = [model.get_layer(n) for n, node in nodes.items() if node["output"]]
    activations = {layer.name: layer.get_config().get("activation") for layer in outputs}
    ones = [layer.name for layer in outputs if tuple(nodes[layer.name]["shape"] or ())[1:] == (1,)]
    sigmoid = [name for name in ones if activations[name] == "sigmoid"]
    if not sigmoid:
        used = ", ".join(f"{name}: {activations[name] or 'linear'}" for name in ones)
        return (f"크기 1인 출력의 활성화 함수가 {used}입니다. is_even은 '짝수일 확률'이므로 0과 1 "
                "사이 값을 내는 Dense(1, activation='sigmoid')여야 합니다(relu나 linear, 곧 활성화 "
                "함수 없음은 0과 1 사이로 묶이지 않아 확률이 아닙니다).")
    if len(sigmoid) > 1:
        return ("크기 1인 출력 두 개가 모두 sigmoid입니다. ink는 5절처럼 활성화 함수 없는 "
                "Dense(1)(잉크 양)이고, is_even만 sigmoid입니다.")
    if "common" not in nodes:
        return ("모델에 common 층이 없습니다. 5절처럼 Flatten 뒤에 Dense(64, activation='relu', "
                "name='common')을 두고, 세 출력층이 모두 그 출력(features)을 받게 하세요.")
    for layer in outputs:
        if nodes[layer.name]["sources"] != ["common"]:
            came_from = ", ".join(nodes[layer.name]["sources"]) or "없음"
            return (f"출력층 {layer.name}이(가) common이 아니라 {came_from}의 출력을 받습니다. "
                    "세 출력층 모두 common 층의 출력(5절의 features)에 연결하세요.")
    return None


def check_three_outputs(model: Any) -> bool:
    """03번 연습 2: (28, 28) 이미지를 받아 digit (10), ink (1), is_even (1)을 내는 모델.

    출력이 정확히 세 개이고, 크기 1인 출력 중 하나만 sigmoid(is_even)이며, 세 출력층이 모두
    ``common`` 층의 출력을 받는지(``utils.model_graph.model_graph``로 그래프를 읽어) 봅니다.
    """
    import keras

    if not isinstance(model, keras.Model):
        return report(False, "", "keras.Model(image, [digit, ink, is_even])으로 만든 모델을 "
                      "넣으세요.")
    try:
        hint = _three_outputs_problem(model)
    except Exception:  # 그래프를 읽을 수 없는 모델(서브클래싱 등)
        hint = ("모델의 층 그래프를 읽을 수 없습니다. 5절처럼 함수형 API(keras.Input과 "
                "keras.Model)로 만드세요.")
    return report(hint is None, "common 층 하나에서 세 갈래로 나뉘는 출력 세 개짜리 모델입니다. "
                  "is_even은 sigmoid라서 0과 1 사이의 확률을 냅니다.", hint or "")


def check_quadratic_weights(kernel: Any, bias: Any) -> bool:
    """03번 연습 3: 특성 [x, x²]로 y = 0.5x² - 1을 배운 Dense(1)의 커널 ≈ [0, 0.5], 편향 ≈ -1."""
    k = b = None
    try:
        k = np.asarray(kernel, dtype=float).reshape(-1)
        b = np.asarray(bias, dtype=float).reshape(-1)
    except (TypeError, ValueError):
        pass
    ok = (k is not None and b is not None and k.shape == (2,) and b.shape == (1,)
          and bool(np.allclose(k, [0.0, 0.5], atol=0.05)) and abs(b[0] + 1) < 0.05)
    if ok:
        hint = ""
    elif k is None or b is None or k.shape != (2,) or b.shape != (1,):
        hint = ("커널은 값 2개((2, 1) 모양), 편향은 값 1개여야 합니다. 입력을 "
                "np.hstack([x, x**2])로 특성 2개로 만들었는지 보세요.")
    elif np.allclose(k, [0.5, 0.0], atol=0.05):
        hint = "특성 순서가 [x², x]인가요? 문제는 [x, x²] 순서입니다."
    else:
        hint = (f"지금 값은 커널 {np.round(k, 3)}, 편향 {np.round(b, 3)}입니다. "
                "학습률 0.1의 Adam으로 epochs=20, batch_size=5만큼 훈련했는지 확인하세요.")
    return report(ok, "x의 가중치 ≈ 0, x²의 가중치 ≈ 0.5, 편향 ≈ -1: 직선만 그리던 선형 모델이 "
                  "입력 [x, x²] 덕분에 포물선을 정확히 표현했습니다.", hint)


def check_shared_param_count(answer: Any) -> bool:
    """03번 연습 4: 입력 세 개(784)가 Dense(32) encoder 하나를 공유하고, 이어 붙인 뒤 Dense(1).

    정답은 encoder 한 벌 784·32 + 32 = 25,120과 출력층 96·1 + 1 = 97을 더한 25,217입니다.
    """
    ok = _is_number(answer) and float(answer) == 25_217
    if ok:
        hint = ""
    elif not _is_number(answer):
        hint = "파라미터 수를 정수 하나로 넣으세요. 예: check_shared_param_count(12345)"
    elif float(answer) == 3 * 25_120 + 97:
        hint = ("encoder를 세 번 셌습니다. 층을 세 번 호출해도 가중치는 한 벌이므로 "
                "784 × 32 + 32는 한 번만 셉니다.")
    elif float(answer) == 25_120:
        hint = "encoder는 맞습니다. 출력층 Dense(1)의 커널과 편향도 더하세요."
    elif float(answer) in (25_120 + 33, 3 * 25_120 + 33):
        hint = ("출력층의 입력 크기를 확인하세요. Concatenate가 32개짜리 벡터 세 개를 이어 "
                "붙이므로 출력층은 96개 값을 받습니다.")
    else:
        hint = ("encoder(커널 784 × 32 + 편향 32)를 한 번, 출력층(커널 96 × 1 + 편향 1)을 한 번 "
                "세어 더하세요.")
    return report(ok, "층을 세 번 호출해도 encoder의 가중치는 한 벌이라 25,217개입니다. "
                  "따로 쓰면 75,457개입니다.", hint)


# ====================================================================== 04 손실 함수
def _as_number(x: Any) -> Any:
    """0-d 숫자 배열과 스칼라 텐서(예: 케라스 손실의 결과)를 파이썬 숫자로 바꿉니다.

    숫자가 아니거나 원소가 하나인 0-d 숫자가 아니면(bool, 문자열, 리스트, 모양이 있는 배열,
    변환 중 오류를 내는 객체 등) 그대로 돌려줍니다. 어떤 입력에도 예외를 내지 않습니다.
    """
    if _is_number(x):
        return x
    try:
        arr = np.asarray(x)
        if arr.ndim == 0 and arr.dtype.kind in "iuf":
            return arr.item()
    except Exception:  # 학습자가 넣은 어떤 객체든 '숫자가 아님'으로 처리합니다
        pass
    return x


_LOGIT_CASES = [  # (로짓 z, 타깃): ±40이면 float64의 시그모이드가 정확히 1이나 0 (자르기 필요)
    (np.array([2.2, -1.4, 0.4, 4.6]), np.array([1.0, 0.0, 1.0, 1.0])),
    (np.array([[0.0], [-2.2], [0.85]]), np.array([[1.0], [1.0], [0.0]])),
    (np.array([40.0, -40.0, -3.0, 1.5]), np.array([1.0, 0.0, 1.0, 0.0])),
]


def _bce_logits_reference(z: np.ndarray, t: np.ndarray) -> float:
    """로짓에서 바로 계산한 정확한 BCE: max(z, 0) - z·t + log(1 + e^(-|z|))의 평균."""
    return float(np.mean(np.maximum(z, 0) - z * t + np.log1p(np.exp(-np.abs(z)))))


def _bce_from_probabilities(p: np.ndarray, t: np.ndarray, dtype: str = "float64") -> float:
    p = np.clip(p.astype(dtype), 1e-7, 1 - 1e-7)
    t = t.astype(dtype)
    return float(-np.mean(t * np.log(p) + (1 - t) * np.log(1 - p)))


def _sigmoid64(z: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-z))


def _bce_logits_hint(value: float, z: np.ndarray, t: np.ndarray) -> str:
    """틀린 값 하나(예시 z, t에서 나온 value)를 보고 무엇이 틀렸는지 짐작합니다."""
    ref = _bce_logits_reference(z, t)
    p = _sigmoid64(z)
    if not np.isfinite(value):
        return (f"값이 {value}입니다. 로짓이 ±40처럼 크면 시그모이드가 정확히 1이나 0이 되어 "
                "log(0)이 나옵니다. 확률을 np.clip(y_pred, 1e-7, 1 - 1e-7)로 자른 뒤 로그를 "
                "쓰세요.")
    if value < 0:
        return ("손실이 음수입니다. 손실은 -[y·log ŷ + (1 - y)·log(1 - ŷ)]의 평균이라 양수예요. "
                "맨 앞의 마이너스를 확인하세요.")
    if np.isclose(value, ref * t.size, rtol=1e-3):
        return "샘플마다의 손실을 더했습니다. np.sum 대신 np.mean으로 배치 평균을 내세요."
    if np.isclose(value, _bce_from_probabilities(z, t), rtol=1e-3):
        return ("로짓을 그대로 확률처럼 썼습니다. 먼저 시그모이드 1 / (1 + np.exp(-z))로 "
                "로짓을 확률로 바꾸세요.")
    only_positive = float(-np.mean(t * np.log(np.clip(p, 1e-7, 1 - 1e-7))))
    if np.isclose(value, only_positive, rtol=1e-3):
        return ("타깃이 0인 샘플의 항이 빠졌습니다. (1 - y_true) * np.log(1 - y_pred)도 더하세요.")
    return (f"예시 z = {np.round(z.ravel(), 2).tolist()}, 타깃 {t.ravel().tolist()}에서 "
            f"{value:.4f}가 나왔지만 {ref:.4f}여야 합니다. ŷ = 1 / (1 + np.exp(-z))를 "
            "[1e-7, 1 - 1e-7]로 자른 뒤 -np.mean(y_true * np.log(ŷ) + (1 - y_true) * "
            "np.log(1 - ŷ))를 계산하세요.")


def check_bce_from_logits(fn: Any) -> bool:
    """04번 연습 1: 로짓 z를 받는 이진 크로스엔트로피 ``fn(z, y_true)`` (배치 평균 숫자 하나).

    기준값은 로짓에서 바로 계산한 정확한 값(케라스 ``from_logits=True``와 같음)입니다. 확률을
    [1e-7, 1 - 1e-7]로 잘라 계산한 답은 예시의 로짓 범위에서 이 값과 1e-6 안으로 같고, float32로
    계산한 답도 받아들입니다. 틀린 값은 nan/inf(자르지 않음), 음수(부호), 합(평균 대신), 시그모이드
    빠뜨림, 한 항 빠뜨림을 구별해 힌트를 줍니다.
    """
    if not callable(fn):
        return report(False, "", "함수 자체를 괄호 없이 넣으세요: "
                      "check_bce_from_logits(bce_from_logits)")
    for z, t in _LOGIT_CASES:
        try:
            out = fn(z.copy(), t.copy())
        except Exception as error:  # 학습자 코드의 어떤 오류든 힌트로 바꿉니다
            return report(False, "", f"함수가 {type(error).__name__} 오류를 냈습니다: {error}. "
                          "z와 y_true는 같은 모양의 NumPy 배열입니다.")
        try:
            values = None if isinstance(out, (str, bytes)) else np.asarray(out, dtype=float)
        except Exception:  # 숫자로 바꿀 수 없는 반환값
            values = None
        if values is None or values.size == 0:
            return report(False, "", f"함수가 숫자가 아닌 {type(out).__name__}을(를) 돌려줬습니다. "
                          "배치 평균 손실 숫자 하나를 return 하세요.")
        if values.size != 1:
            return report(False, "", f"값이 {values.size}개 나왔습니다. 샘플별 손실을 "
                          "np.mean으로 평균해 숫자 하나를 돌려주세요.")
        value = float(values.reshape(()))
        refs = [_bce_logits_reference(z, t),
                _bce_from_probabilities(_sigmoid64(z.astype("float32")), t, "float32")]
        if not any(np.isclose(value, r, rtol=1e-4, atol=1e-6) for r in refs):
            return report(False, "", _bce_logits_hint(value, z, t))
    return report(True, "로짓을 시그모이드로 확률로 바꾼 뒤 -[y·log ŷ + (1 - y)·log(1 - ŷ)]의 "
                  "평균을, 확률을 잘라서 계산했습니다. 케라스의 from_logits=True와 같은 값입니다.",
                  "")


def check_best_constants(c_mse: Any, c_mae: Any) -> bool:
    """04번 연습 2: 타깃 [2, 3, 4, 5, 36]에 상수 c 하나만 예측할 때 MSE와 MAE를 가장 작게 하는 c.

    답: MSE는 평균 10, MAE는 중앙값 4. 파이썬·NumPy 숫자, 0-d 배열, 스칼라 텐서를 받습니다.
    """
    c_mse, c_mae = _as_number(c_mse), _as_number(c_mae)
    ok = _close(c_mse, 10.0, rel=1e-2) and _close(c_mae, 4.0, rel=1e-2)
    if ok:
        hint = ""
    elif not (_is_number(c_mse) and _is_number(c_mae)):
        hint = ("숫자 두 개를 넣으세요: check_best_constants(MSE의 최적 c, MAE의 최적 c). "
                "배열이나 리스트라면 float(...)로 숫자 하나씩 꺼내 넣으세요.")
    elif _close(c_mse, 4.0, rel=1e-2) and _close(c_mae, 10.0, rel=1e-2):
        hint = ("두 값이 바뀌었어요. 제곱 오차를 가장 작게 하는 상수는 평균, 절대 오차는 "
                "중앙값입니다.")
    elif _close(c_mse, 10.0, rel=1e-2):
        hint = ("MSE 쪽(평균 10)은 맞았어요. MAE를 가장 작게 하는 상수는 이상치에 끌려가지 않는 "
                "중앙값(가운데 값)입니다.")
    elif _close(c_mae, 4.0, rel=1e-2):
        hint = ("MAE 쪽(중앙값 4)은 맞았어요. MSE를 가장 작게 하는 상수는 평균이고, 평균은 "
                "이상치 36에 끌려갑니다.")
    else:
        hint = ("격자 c = np.linspace(0, 40, 4001)에서 손실을 계산해 argmin을 보거나, "
                "np.mean과 np.median을 떠올려 보세요.")
    return report(ok, "MSE의 최적 상수는 평균 10(이상치 36에 끌려감), MAE의 최적 상수는 중앙값 4"
                  "(이상치에 둔감)입니다.", hint)


def check_uniform_cce(answer: Any) -> bool:
    """04번 연습 3: 클래스 10개에 모두 0.1을 준 예측의 범주형 크로스엔트로피 (답: ln 10 ≈ 2.303).

    소수 둘째 자리까지 맞으면 정답입니다(|답 - ln 10| ≤ 0.005이므로 2.3, 2.30, 2.303 모두 통과).
    파이썬·NumPy 숫자, 0-d 배열, 스칼라 텐서(예: 케라스 손실 객체의 결과)를 받습니다.
    """
    expected = float(np.log(10))
    answer = _as_number(answer)
    number = _is_number(answer) and bool(np.isfinite(float(answer)))
    ok = number and abs(float(answer) - expected) <= 0.005
    if ok:
        hint = ""
    elif not number:
        hint = ("유한한 숫자 하나를 넣으세요. 리스트나 원소가 여러 개인 배열이라면 float(...)로 "
                "숫자 하나를 꺼내 넣으세요.")
    elif float(answer) < 0:
        hint = ("손실은 -log p라서 양수입니다(확률 p ≤ 1이면 log p ≤ 0). 로그 앞의 마이너스를 "
                "확인하세요.")
    elif _close(answer, 0.1):
        hint = "0.1은 정답에 준 확률입니다. 손실은 그 확률의 -log입니다."
    elif _close(answer, 1.0):
        hint = "밑이 10인 로그를 썼나요? 크로스엔트로피는 자연로그(np.log)를 씁니다."
    elif _close(answer, 10 * expected):
        hint = "원-핫 타깃에서는 정답 클래스 하나의 항만 남습니다. 열 항을 모두 더하지 마세요."
    elif _close(answer, np.log2(10)):
        hint = "밑이 2인 로그를 썼나요? 크로스엔트로피는 자연로그(np.log)를 씁니다."
    elif abs(float(answer) - expected) < 0.05:
        hint = "거의 맞았습니다. 소수 둘째 자리까지 맞춰 보세요: -np.log(0.1)."
    else:
        hint = "정답 클래스에 준 확률 p의 -log(p)를 계산하세요: -np.log(0.1)."
    return report(ok, "-log(0.1) = ln 10 ≈ 2.303. 훈련 전 모델의 출력이 거의 균등하면 10클래스 "
                  "분류의 손실은 이 값 근처에서 시작합니다.", hint)


# ====================================================================== 05 손실 함수 실전
_NOT_A_NUMBER_HINT = ("숫자 하나를 넣으세요(예: 0.5). 리스트나 원소가 여러 개인 배열이라면 "
                      "float(...)로 숫자 하나를 꺼내 넣으세요.")


def check_total_loss(answer: Any) -> bool:
    """05번 연습 1: 손실 0.8(가중치 1.0)과 0.3(가중치 0.5)을 케라스가 합친 값 (답: 0.95).

    파이썬·NumPy 숫자, 0-d 배열, 스칼라 텐서를 받습니다.
    """
    answer = _as_number(answer)
    ok = _close(answer, 0.95)
    if ok:
        hint = ""
    elif not _is_number(answer):
        hint = _NOT_A_NUMBER_HINT
    elif _close(answer, 0.475) or _close(answer, 0.55):
        hint = "평균을 냈나요? 케라스는 가중치를 곱한 손실을 평균하지 않고 더합니다."
    elif _close(answer, 1.1):
        hint = "loss_weights를 곱하는 것을 잊었어요: 1.0 × 0.8 + 0.5 × 0.3."
    else:
        hint = "전체 손실 = Σ 가중치 × 출력별 손실 = 1.0 × 0.8 + 0.5 × 0.3 (숫자로 넣으세요)."
    return report(ok, "전체 손실 = 1.0 × 0.8 + 0.5 × 0.3 = 0.95. 평균이 아니라 가중 합입니다.",
                  hint)


def check_recall_precision(recall: Any, precision: Any) -> bool:
    """05번 연습 2: 점수 [0.9, 0.4, 0.35, 0.2, 0.1, 0.05], 타깃 [1, 1, 0, 1, 0, 1], 임계값 0.3.

    양성 판정은 앞의 세 샘플: 진짜 양성 2, 거짓 양성 1, 놓친 양성 2 → 재현율 2/4, 정밀도 2/3.
    파이썬·NumPy 숫자, 0-d 배열, 스칼라 텐서를 받습니다.
    """
    recall, precision = _as_number(recall), _as_number(precision)
    ok = _close(recall, 0.5, rel=1e-2) and _close(precision, 2 / 3, rel=1e-2)
    if ok:
        hint = ""
    elif not (_is_number(recall) and _is_number(precision)):
        hint = ("숫자 두 개를 넣으세요: check_recall_precision(재현율, 정밀도). "
                "배열이나 리스트라면 float(...)로 숫자 하나씩 꺼내 넣으세요.")
    elif _close(recall, 2 / 3, rel=1e-2) and _close(precision, 0.5, rel=1e-2):
        hint = ("두 값이 바뀌었어요. 재현율 = 찾아낸 양성 / 실제 양성 전체, "
                "정밀도 = 맞은 양성 판정 / 양성 판정 전체.")
    elif _close(recall, 0.5, rel=1e-2) and _close(precision, 1.0, rel=1e-2):
        hint = ("재현율은 맞았어요. 0.35도 임계값 0.3 이상이므로 양성으로 판정합니다(거짓 양성). "
                "판정은 '점수 ≥ 임계값'입니다.")
    else:
        hint = ("먼저 점수 ≥ 0.3인 샘플을 양성으로 판정하고, 실제 양성(타깃 1) 네 개 가운데 "
                "몇 개를 찾았는지(재현율), 양성 판정 세 개 가운데 몇 개가 맞았는지(정밀도) "
                "세어 보세요.")
    return report(ok, "재현율 2/4 = 0.5, 정밀도 2/3 ≈ 0.667. 임계값을 낮추면 재현율은 오르고 "
                  "정밀도는 보통 내려갑니다.", hint)


_LOSS_ALIASES = {
    "binary_crossentropy": {"binary_crossentropy", "binarycrossentropy", "bce", "log_loss",
                            "logloss"},
    "categorical_crossentropy": {"categorical_crossentropy", "categoricalcrossentropy", "cce"},
    "sparse_categorical_crossentropy": {"sparse_categorical_crossentropy",
                                        "sparsecategoricalcrossentropy"},
    "mse": {"mse", "mean_squared_error", "meansquarederror"},
    "mae": {"mae", "mean_absolute_error", "meanabsoluteerror"},
    "huber": {"huber", "huber_loss", "huberloss"},
    "ctc": {"ctc"},
}
LOSS_CHOICE_PROBLEMS = {
    "스팸 메일인가 아닌가": "binary_crossentropy",
    "아파트 가격 예측": "mse",
    "MNIST 숫자 분류 (정수 레이블 0~9)": "sparse_categorical_crossentropy",
    "MNIST 숫자 분류 (원-핫 레이블)": "categorical_crossentropy",
    "녹음된 말 → 글자 시퀀스 (정렬 없음)": "ctc",
}
# 문제마다 받아들이는 손실: 회귀는 MSE가 기본이고, 이상치가 많으면 MAE나 후버도 맞습니다(04번 3절).
_LOSS_ACCEPTED = {k: {v} for k, v in LOSS_CHOICE_PROBLEMS.items()}
_LOSS_ACCEPTED["아파트 가격 예측"] = {"mse", "mae", "huber"}


def _loss_name(value: Any) -> str | None:
    """손실 이름 문자열이나 keras 손실 객체를 표준 이름으로 바꿉니다 (모르면 None)."""
    if isinstance(value, str):
        key = value.strip().lower().replace("-", "_").replace(" ", "_")
    elif hasattr(value, "get_config") or callable(value):
        key = getattr(value, "name", None) or getattr(value, "__name__", "")
        key = str(key).lower()
    else:
        return None
    for name, aliases in _LOSS_ALIASES.items():
        if key in aliases or key.replace("_", "") in aliases:
            return name
    return None


def check_loss_choices(answer: Any) -> bool:
    """05번 연습 3: 문제마다 알맞은 손실 함수 (``LOSS_CHOICE_PROBLEMS``의 키를 채운 사전).

    아파트 가격(회귀)에는 MSE, MAE, 후버를 모두 받아들이고, 고른 손실에 맞는 설명을 출력합니다.
    """
    if not isinstance(answer, dict):
        return report(False, "", "문제 이름을 키로, 손실 이름 문자열을 값으로 하는 사전(dict)을 "
                      "넣으세요. 예: {'아파트 가격 예측': 'mse', ...}")
    missing = [k for k in LOSS_CHOICE_PROBLEMS if k not in answer]
    wrong = [k for k, ok in _LOSS_ACCEPTED.items()
             if k in answer and _loss_name(answer[k]) not in ok]
    if missing:
        hint = f"빠진 문제가 있어요: {missing}"
    elif wrong:
        hint = (f"다시 생각해 볼 문제: {wrong}. 두 클래스 → binary_crossentropy, 여러 클래스 → "
                "원-핫이면 categorical_crossentropy, 정수면 sparse_categorical_crossentropy, "
                "숫자 예측 → mse (이상치가 많으면 mae나 huber), 정렬 없는 시퀀스 → ctc")
    else:
        hint = ""
    price = _loss_name(answer.get("아파트 가격 예측")) if not (missing or wrong) else None
    why = {"mse": "아파트 가격에는 회귀의 기본인 MSE를 골랐습니다(아주 비싼 집 같은 이상치가 "
                  "많다면 MAE나 후버도 좋은 선택입니다).",
           "mae": "아파트 가격에 MAE를 골랐습니다: 아주 비싼 집 같은 이상치에 덜 끌려갑니다.",
           "huber": "아파트 가격에 후버 손실을 골랐습니다: 작은 오차는 MSE처럼, 큰 오차는 MAE처럼 "
                    "다뤄 이상치에 덜 끌려갑니다."}.get(price, "")
    return report(not missing and not wrong,
                  f"문제의 종류와 타깃 형식에 맞는 손실을 골랐습니다. {why}".strip(), hint)


def check_ctc_collapse(answer: Any) -> bool:
    """05번 연습 4 (선택, CTC): 경로 ``c c _ a a _ a t t``를 접은 결과 (답: ``"caat"``)."""
    ok = isinstance(answer, str) and answer.replace(" ", "") == "caat"
    return report(ok, "겹친 글자를 하나로 합친 다음 빈칸(_)을 지우면 'caat'입니다. 빈칸 덕분에 "
                  "a가 두 번 남습니다.",
                  "순서를 지키세요: (1) 바로 이웃한 같은 글자를 하나로 합친다 (cc → c, aa → a, "
                  "tt → t), (2) 그다음에 빈칸 _를 모두 지운다. 답은 문자열로 넣으세요.")


# ====================================================================== 06 옵티마이저
def _safe_array_close(answer: Any, expected: Any, **tol: float) -> bool:
    """``_array_close``와 같지만, 배열로 바꾸다 어떤 예외를 내는 객체도 '아직 아님'으로 봅니다."""
    try:
        return _array_close(answer, expected, **tol)
    except Exception:  # 학습자가 넣은 객체의 __array__ 등이 내는 오류
        return False


def check_sgd_step(answer: Any) -> bool:
    """06번 연습 1: f(w) = 0.02·w₁² + w₂²에서 w = (4, -1), 학습률 0.3으로 SGD 한 스텝."""
    w = np.array([4.0, -1.0])
    grad = np.array([0.04 * w[0], 2.0 * w[1]])
    expected = w - 0.3 * grad
    ok = _safe_array_close(answer, expected, rtol=1e-4, atol=1e-4)
    if ok:
        hint = ""
    elif _safe_array_close(answer, w + 0.3 * grad, rtol=1e-4, atol=1e-4):
        hint = ("그레이디언트를 더했어요. 경사 하강법은 그레이디언트의 반대 방향으로 갑니다: "
                "w - 학습률 × 그레이디언트.")
    else:
        hint = ("그레이디언트는 (0.04·w₁, 2·w₂) = (0.16, -2.0)입니다. "
                "새 가중치 = w - 0.3 × 그레이디언트를 길이 2인 배열로 넣으세요.")
    return report(ok, "w - 0.3 × (0.16, -2.0) = (3.952, -0.4). "
                  "가파른 w₂ 쪽이 훨씬 많이 움직입니다.", hint)


def check_momentum_steps(answer: Any) -> bool:
    """06번 연습 2: 같은 곡면에서 w = (4, -1), 학습률 0.1, 모멘텀 0.9인 SGD로 두 스텝 간 가중치.

    케라스의 규칙: velocity = momentum × velocity - 학습률 × g, w = w + velocity
    (velocity는 0에서 시작).
    """
    def grad(w: np.ndarray) -> np.ndarray:
        return np.array([0.04 * w[0], 2.0 * w[1]])

    w, v = np.array([4.0, -1.0]), np.zeros(2)
    plain = w - 0.1 * grad(w)
    plain = plain - 0.1 * grad(plain)
    for _ in range(2):
        v = 0.9 * v - 0.1 * grad(w)
        w = w + v
    ok = _safe_array_close(answer, w, rtol=1e-4, atol=1e-4)
    if ok:
        hint = ""
    elif _safe_array_close(answer, plain, rtol=1e-4, atol=1e-4):
        hint = ("모멘텀 없이 두 스텝 간 값이에요. 둘째 스텝에서는 첫 스텝의 속도(velocity)에 0.9를 "
                "곱해 더합니다: velocity = 0.9 × velocity - 0.1 × 그레이디언트, w = w + velocity.")
    elif _safe_array_close(answer, [3.984, -0.8], rtol=1e-4, atol=1e-4):
        hint = ("한 스텝 뒤의 값이에요(첫 스텝은 속도가 0이라 SGD와 같습니다). "
                "한 스텝 더 가세요.")
    else:
        hint = ("첫 스텝: velocity = -0.1 × (0.16, -2.0) = (-0.016, 0.2), w = (3.984, -0.8). "
                "둘째 스텝: 새 그레이디언트로 velocity = 0.9 × velocity - 0.1 × 그레이디언트, "
                "w = w + velocity. 길이 2인 배열로 넣으세요.")
    return report(ok, "(3.9537, -0.46). 둘째 스텝에서 w₁ 쪽 속도가 거의 두 배가 되었습니다: "
                  "같은 방향으로 계속 가면 모멘텀이 속도를 붙입니다.", hint)


def check_training_steps(answer: Any) -> bool:
    """06번 연습 3: 샘플 12,000개, 미니배치 256개, 3에포크일 때 가중치 업데이트(스텝) 횟수 (141)."""
    answer = _as_number(answer)
    ok = _is_number(answer) and answer == 141
    if ok:
        hint = ""
    elif _is_number(answer) and answer in (140, 140.625):
        hint = ("마지막 배치는 256개보다 작아도(12000 = 46 × 256 + 224) 한 번의 업데이트입니다. "
                "에포크마다 math.ceil(12000 / 256)번입니다.")
    elif _is_number(answer) and answer == 47:
        hint = "한 에포크의 횟수입니다. 에포크가 3번이에요."
    elif not _is_number(answer):
        hint = ("스텝 수를 정수 하나로 넣으세요(예: 100). 리스트나 배열이라면 int(...)로 "
                "숫자 하나를 꺼내 넣으세요.")
    else:
        hint = "에포크마다 ceil(샘플 수 / batch_size)번 업데이트하고, 그것을 epochs번 반복합니다."
    return report(ok, "3 × ceil(12000 / 256) = 3 × 47 = 141번입니다. "
                  "케라스의 fit에서는 model.optimizer.iterations로 확인합니다(07번 노트북).", hint)


# ====================================================================== 07 케라스 작업 흐름
_ACCURACY_NAMES = {"accuracy", "acc", "sparse_categorical_accuracy"}


def _single(value: Any) -> Any:
    """출력이 하나인 모델에 준 원소 하나짜리 리스트·튜플·사전(예: ``loss=["mse"]``)을 풉니다."""
    if isinstance(value, (list, tuple)) and len(value) == 1:
        return value[0]
    if isinstance(value, dict) and len(value) == 1:
        return next(iter(value.values()))
    return value


def _compiled_metric_names(model: Any) -> list[str] | None:
    """``compile(metrics=...)``에 준 지표를 이름 목록으로 (클래스는 클래스 이름). 모르면 None."""
    try:
        metrics = model.get_compile_config().get("metrics")
    except Exception:  # 직렬화할 수 없는 지표 등 어떤 경우든 '모름'으로 처리합니다
        return None
    flat: list[Any] = []
    for item in (metrics.values() if isinstance(metrics, dict) else metrics or []):
        flat.extend(item if isinstance(item, (list, tuple)) else [item])
    names = []
    for item in flat:
        if isinstance(item, str):
            names.append(item.strip().lower())
        elif isinstance(item, dict):   # 직렬화된 지표 객체나 함수
            config = item.get("config")
            name = config if item.get("class_name") == "function" else item.get("class_name")
            names.append(str(name))
    return names


def _metric_problem(model: Any) -> str | None:
    """정확도 지표가 없으면 힌트를, 있으면 None을 돌려줍니다."""
    names = _compiled_metric_names(model)
    if names is None:
        return "metrics=['accuracy']처럼 지표를 리스트로 주세요."
    if any(n in _ACCURACY_NAMES or n == "SparseCategoricalAccuracy" for n in names):
        return None
    if "Accuracy" in names:
        return ("keras.metrics.Accuracy()는 예측과 타깃이 똑같은 값인지 비교해서 확률 출력에는 "
                "맞지 않습니다. metrics=['accuracy']나 SparseCategoricalAccuracy()를 쓰세요.")
    if any(n in ("categorical_accuracy", "CategoricalAccuracy") for n in names):
        return ("categorical_accuracy는 원-핫 타깃용입니다. 정수 레이블에는 metrics=['accuracy'] "
                "(케라스가 sparse_categorical_accuracy로 바꿉니다)를 쓰세요.")
    return "문제는 정확도 지표를 요구합니다: metrics=['accuracy']."


def check_compiled_model(model: Any) -> bool:
    """07번 연습 1: Adam(learning_rate=0.01), sparse_categorical_crossentropy(확률 입력),
    정확도 지표로 컴파일한 출력 10개짜리 모델."""
    import keras  # 무거운 임포트라서 이 점검을 쓸 때만 불러옵니다

    problems = []
    optimizer = getattr(model, "optimizer", None) if isinstance(model, keras.Model) else None
    if not isinstance(model, keras.Model):
        problems.append("keras 모델을 넣으세요 (keras.Sequential이나 keras.Model).")
    elif optimizer is None:
        problems.append("model.compile(...)을 먼저 호출하세요.")
    else:
        if type(optimizer).__name__ != "Adam":
            problems.append("optimizer=keras.optimizers.Adam(...)을 쓰세요.")
        try:
            lr = float(np.asarray(optimizer.learning_rate))
        except (TypeError, ValueError):
            lr = None
        if lr is None or not np.isclose(lr, 0.01):
            problems.append("학습률은 learning_rate=0.01로 주세요 (예전의 lr= 이 아닙니다).")
        loss = _single(getattr(model, "loss", None))
        if _loss_name(loss) != "sparse_categorical_crossentropy":
            problems.append("정수 레이블이므로 loss='sparse_categorical_crossentropy'입니다.")
        else:
            try:
                from_logits = loss.get_config().get("from_logits") is True
            except Exception:  # 문자열이나 함수에는 설정이 없습니다: 기본값 from_logits=False
                from_logits = False
            if from_logits:
                problems.append("출력층이 이미 소프트맥스라서 확률을 냅니다. from_logits=True는 "
                                "출력층에 활성화 함수가 없어 로짓을 낼 때 씁니다. 빼세요.")
        metric_problem = _metric_problem(model)
        if metric_problem:
            problems.append(metric_problem)
        try:
            n_out = model.outputs[0].shape[-1]
        except (AttributeError, IndexError, TypeError, ValueError):
            n_out = None
        if n_out != 10:
            problems.append("출력층은 클래스 10개에 맞춰 Dense(10, activation='softmax')입니다.")
    return report(not problems, "옵티마이저, 학습률, 손실, 지표, 출력 크기가 모두 맞습니다.",
                  " ".join(problems))


def check_restored_weights(restored: Any, original: Any) -> bool:
    """07번 연습 2: 저장한 가중치 파일을 새 모델 ``restored``에 불러와 ``original``과 같은지."""
    import keras  # 무거운 임포트라서 이 점검을 쓸 때만 불러옵니다

    if not isinstance(restored, keras.Model) or not isinstance(original, keras.Model):
        return report(False, "", "keras 모델 두 개를 넣으세요: "
                      "check_restored_weights(새_모델, model).")
    if restored is original:
        return report(False, "", "같은 모델을 두 번 넣었어요. build_model()로 새 모델을 만들고 "
                      "load_weights로 가중치를 불러오세요.")
    try:
        new, old = restored.get_weights(), original.get_weights()
    except Exception:  # 아직 만들어지지 않은 모델 등 어떤 경우든 힌트로 답합니다
        new, old = None, None
    if not new or not old or [w.shape for w in new] != [w.shape for w in old]:
        return report(False, "", "두 모델의 구조(가중치 모양)가 다릅니다. 원래 모델과 같은 "
                      "build_model()로 새 모델을 만드세요.")
    ok = all(np.allclose(a, b) for a, b in zip(new, old))
    return report(ok, "새 모델이 저장된 가중치를 그대로 받았습니다.",
                  "가중치가 다릅니다. model.save_weights('이름.weights.h5')로 저장한 파일을 "
                  "새_모델.load_weights('이름.weights.h5')로 불러오세요.")


# ====================================================================== 08 활성화 함수와 출력층
def _softmax_reference(a: np.ndarray) -> np.ndarray:
    shifted = a - a.max(axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)


_SOFTMAX_CASES = [
    np.array([0.3, 2.9, 4.0]),
    np.array([1010.0, 1000.0, 990.0]),          # 순진한 구현은 여기서 nan
    np.array([-1000.0, -1001.0, -1002.0]),      # 모두 아주 작아도 0으로 나누면 안 됨
    np.array([[1.0, 2.0, 3.0], [1.0, 2.0, 9.0], [800.0, 0.0, -800.0]]),  # 배치: 행마다 합이 1
]


def check_stable_softmax(fn: Any) -> bool:
    """08번 연습 1: 큰 입력과 배치(2차원)에서도 맞는 소프트맥스 함수 ``fn(a)``."""
    with np.errstate(all="ignore"):  # 오답의 오버플로 경고가 화면을 덮지 않도록
        ok = _callable_matches(fn, _SOFTMAX_CASES, _softmax_reference, rtol=1e-6, atol=1e-9)
    return report(ok, "최댓값을 빼서 오버플로를 막고, 마지막 축을 따라 계산해 배치에서도 "
                  "행마다 합이 1입니다.",
                  "np.exp에 넣기 전에 a.max(axis=-1, keepdims=True)를 빼고, 합도 "
                  "sum(axis=-1, keepdims=True)로 행마다 구하세요. [1010, 1000, 990]과 "
                  "2차원 배열 [[1, 2, 3], [1, 2, 9]]로 시험해 보세요.")


def check_tanh_grad(fn: Any) -> bool:
    """08번 연습 2: 시그모이드로 만든 tanh의 도함수 ``fn(z)`` (= 4σ'(2z) = 1 - tanh²(z))."""
    inputs = [np.linspace(-6.0, 6.0, 25), np.array([0.0]), np.array([[-1.0, 0.5], [2.0, 3.0]])]
    ok = _callable_matches(fn, inputs, lambda z: 1.0 - np.tanh(z) ** 2, rtol=1e-6, atol=1e-9)
    hint = ("tanh(z) = 2σ(2z) - 1을 z로 미분하면 연쇄 법칙으로 2 · σ'(2z) · 2 = 4σ'(2z)입니다. "
            "sigmoid_grad(2 * z)에 4를 곱하세요.")
    if not ok and callable(fn):
        try:
            if _array_close(fn(np.array([0.0])), [0.5]) or _array_close(fn(np.array([0.0])),
                                                                        [0.25]):
                hint = ("z = 0에서 tanh의 기울기는 1입니다. 안쪽 2z의 미분(×2)을 "
                        "빠뜨리지 않았나요? " + hint)
        except Exception:  # 학습자 코드의 어떤 오류든 '아직 아님'으로 처리합니다
            pass
    return report(ok, "4σ'(2z)는 1 - tanh²(z)와 같습니다. z = 0에서 기울기 1, "
                  "시그모이드의 4배입니다.", hint)


OUTPUT_LAYER_PROBLEMS = [
    "중고차 가격 예측 (숫자 하나)",
    "사진 한 장에 고양이·개·새가 각각 있는지 (여러 개가 동시에 있을 수 있음)",
    "옷 사진을 10가지 종류 중 하나로 분류",
]
_IDENTITY_NAMES = {None, "linear", "identity", "none", "항등", "항등 함수"}


def _activation_name(value: Any) -> str | None | bool:
    """활성화 이름을 소문자 문자열로 바꿉니다 (None은 항등). 모르는 값이면 False."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip().lower()
    name = getattr(value, "__name__", None)
    return name.lower() if isinstance(name, str) else False


def check_output_layers(answer: Any) -> bool:
    """08번 연습 3: ``OUTPUT_LAYER_PROBLEMS`` 순서대로 (출력층 활성화, 출력 뉴런 수) 세 쌍."""
    expected_units = [1, 3, 10]
    try:
        pairs = [(_activation_name(act), units) for act, units in answer]
    except (TypeError, ValueError):
        pairs = None
    if pairs is None or len(pairs) != 3 or isinstance(answer, (str, dict)):
        return report(False, "", "(활성화, 뉴런 수) 쌍 세 개를 문제 순서대로 담은 리스트를 "
                      "넣으세요. 예: [('linear', 1), ('sigmoid', 3), ('softmax', 10)]처럼요.")
    problems = []
    act0, act1, act2 = (p[0] for p in pairs)
    if act0 not in _IDENTITY_NAMES:
        problems.append("회귀는 출력을 자르지 않는 항등 함수(None 또는 'linear')입니다.")
    if act1 != "sigmoid":
        problems.append("동시에 여러 개가 참일 수 있으면 레이블마다 독립인 'sigmoid'입니다.")
    if act2 != "softmax":
        problems.append("하나만 고르는 배타적 클래스는 합이 1인 'softmax'입니다.")
    units_ok = all(_is_number(u) and u == e for (_, u), e in zip(pairs, expected_units))
    if not units_ok:
        problems.append("출력 뉴런 수는 예측할 값의 수(회귀 1개), 레이블 수, 클래스 수입니다.")
    return report(not problems, "회귀 → 항등 1개, 다중 레이블 → 시그모이드 3개, "
                  "다중 클래스 → 소프트맥스 10개.", " ".join(problems))


EXERCISE_06_W1 = np.array([[1.0, 2.0], [0.0, 1.0]])
EXERCISE_06_B1 = np.array([1.0, -1.0])
EXERCISE_06_W2 = np.array([[2.0], [1.0]])
EXERCISE_06_B2 = np.array([0.5])


def _numeric_array(x: Any) -> np.ndarray | None:
    """숫자(정수, 실수) 배열로 바꿀 수 있으면 float 배열, 아니면(문자열, None, 사전 등) None."""
    try:
        arr = np.asarray(x)
    except Exception:  # 들쭉날쭉한 리스트 등 어떤 경우든 '숫자 배열 아님'으로 처리합니다
        return None
    return arr.astype(float) if arr.dtype.kind in "iuf" else None


def check_collapsed_layer(W: Any, b: Any) -> bool:
    """08번 연습 4: 활성화 함수가 없는 두 층 (W1, b1), (W2, b2)를 합친 한 층의 W와 b."""
    W_expected = EXERCISE_06_W1 @ EXERCISE_06_W2
    b_expected = EXERCISE_06_B1 @ EXERCISE_06_W2 + EXERCISE_06_B2
    W_arr, b_arr = _numeric_array(W), _numeric_array(b)
    ok_W = W_arr is not None and (_array_close(W_arr, W_expected)
                                  or _array_close(W_arr, W_expected.ravel()))
    # 출력이 하나라서 편향은 값 하나입니다: 1.5, [1.5], [[1.5]] 모두 같은 편향입니다.
    b_values = None if b_arr is None else b_arr.ravel()
    ok_b = b_values is not None and _array_close(b_values, b_expected)
    if ok_W and ok_b:
        hint = ""
    elif not ok_W:
        hint = ("(x·W1 + b1)·W2 + b2 = x·(W1·W2) + (b1·W2 + b2)입니다. W는 W1 @ W2, "
                "모양 (2, 1)입니다.")
    elif b_values is not None and b_values.size != 1:
        hint = (f"출력 뉴런이 하나이므로 편향도 값 하나여야 하는데 {b_values.size}개입니다. "
                "b = b1 @ W2 + b2 (모양 (1,))입니다.")
    else:
        hint = "편향도 두 번째 층의 가중치를 지나갑니다: b = b1 @ W2 + b2 (모양 (1,))."
    return report(ok_W and ok_b, "두 선형 층은 W = W1·W2, b = b1·W2 + b2인 한 층과 같습니다. "
                  "층을 쌓은 의미가 없어요.", hint)


# ====================================================================== 09 퍼셉트론
def check_nand_neuron(fn: Any) -> bool:
    """09번 연습 1: 논리 뉴런으로 만든 NAND ``fn(a, b)`` (둘 다 1일 때만 0)."""
    expected = {(0, 0): 1, (0, 1): 1, (1, 0): 1, (1, 1): 0}
    table, error = {}, None
    if callable(fn):
        try:
            for a, b in expected:
                out = fn(a, b)
                table[(a, b)] = int(out) if np.ndim(out) == 0 and out in (0, 1) else None
        except Exception as exc:  # 학습자 코드의 어떤 오류든 '아직 아님'으로 처리합니다
            table, error = {}, exc
    ok = table == expected
    if ok or not callable(fn):
        hint = "두 입력 a, b(0 또는 1)를 받아 0이나 1을 돌려주는 함수를 넣으세요."
    elif error is not None:
        hint = (f"nand(a, b)를 부르니 오류가 났습니다({type(error).__name__}). 입력 두 개를 받아 "
                "0이나 1을 돌려주는 함수인지 확인하세요.")
    else:
        hint = (f"지금 진리표(None은 0이나 1이 아닌 출력): {table}. NAND는 NOT (A AND B)입니다. "
                "AND 뉴런의 출력을 '항상 켜진 입력'을 받는 뉴런의 억제 입력으로 연결해 보세요.")
    return report(ok, "NAND의 진리표(둘 다 1일 때만 0)와 같습니다. NAND만 있으면 어떤 논리 회로든 "
                  "만들 수 있습니다.", hint)


def _size1_number(x: Any) -> float | None:
    """숫자, 또는 원소가 하나인 숫자 배열·리스트·텐서(예: ``np.array([1.8])``)이면 float.

    그 밖의 값(문자열, bool, None, 원소가 여럿인 배열 등)은 None입니다.
    """
    if _is_number(x):
        return float(x)
    if x is None or isinstance(x, (bool, np.bool_, str, bytes)):
        return None
    try:
        arr = np.asarray(x)
        if arr.size != 1 or arr.dtype.kind not in "iuf":
            return None
        return float(arr.reshape(-1)[0])
    except Exception:  # 배열로 바꿀 수 없는 값은 숫자가 아닌 것으로 봅니다
        return None


EXERCISE_09_W = np.array([0.5, -1.0, 0.2])   # (w0 = 편향, w1, w2)
EXERCISE_09_X = np.array([1.0, 2.0, 0.5])    # (x0 = 1, 꽃잎 길이, 꽃잎 너비)
EXERCISE_09_Y = 1
EXERCISE_09_ETA = 0.1


def check_perceptron_update(answer: Any) -> bool:
    """09번 연습 2: 퍼셉트론 학습 규칙으로 한 번 고친 가중치 (w0, w1, w2)."""
    w, x, y, eta = EXERCISE_09_W, EXERCISE_09_X, EXERCISE_09_Y, EXERCISE_09_ETA
    y_hat = int(w @ x >= 0)
    expected = w + eta * (y - y_hat) * x
    try:  # 배열로 바꾸다 어떤 오류가 나든(이상한 객체) 오답으로 처리합니다
        answer = np.asarray(answer, dtype=float)
    except Exception:
        answer = None
    ok = _array_close(answer, expected)
    if ok:
        hint = ""
    elif _array_close(answer, w):
        hint = ("가중치가 그대로예요. 먼저 z = w·x를 계산해 보세요: 음수이면 ŷ = 0인데 "
                "정답은 1이라 틀린 것입니다.")
    elif _array_close(answer, w - eta * (y - y_hat) * x):
        hint = "부호가 반대예요. w ← w + η(y − ŷ)x 입니다."
    else:
        hint = "z = w·x → ŷ = step(z) → w ← w + η(y − ŷ)x 순서로, 길이 3인 배열을 넣으세요."
    return report(ok, "z = -1.4 < 0이라 ŷ = 0으로 틀렸고, w에 0.1 × (1 − 0) × x를 더했습니다.",
                  hint)


def check_separable_gates(answer: Any) -> bool:
    """09번 연습 3: 퍼셉트론 학습 규칙으로 오류 0에 도달하는 게이트 이름들.

    후보는 AND, OR, NAND, XOR입니다.
    """
    expected = {"AND", "OR", "NAND"}
    if isinstance(answer, np.ndarray) and answer.ndim == 1:
        answer = answer.tolist()
    items = None
    if not isinstance(answer, (str, bytes)):
        try:  # 리스트, 집합, dict_keys 등 문자열을 담은 반복 가능한 것이면 됩니다
            items = []
            for item in answer:
                items.append(item)
                if len(items) >= 100:
                    break
        except Exception:  # 반복할 수 없거나 반복 중 오류가 나는 입력
            items = None
    if items is None:
        return report(False, "", "게이트 이름 문자열을 담은 리스트나 집합을 넣으세요. "
                      "예: {'AND', 'OR'} (문자열 하나가 아니라 이름마다 따로)")
    answer = items
    not_strings = [a for a in answer if not isinstance(a, str)]
    names = {a.strip().upper() for a in answer if isinstance(a, str)}
    ok = names == expected and not not_strings
    if ok:
        hint = ""
    elif not_strings:
        hint = (f"문자열이 아닌 항목이 있어요: {not_strings!r}. 게이트 이름을 'AND'처럼 따옴표로 "
                "감싼 문자열로 넣으세요.")
    elif names - {"AND", "OR", "NAND", "XOR"}:
        hint = (f"후보는 AND, OR, NAND, XOR 네 개입니다. 모르는 이름: "
                f"{sorted(names - {'AND', 'OR', 'NAND', 'XOR'})}")
    elif "XOR" in names:
        hint = "XOR은 직선 하나로 나눌 수 없어서(선형 분리 불가능) 오류가 끝내 0이 되지 않습니다."
    elif names < expected:
        hint = (f"{sorted(expected - names)}도 선형 분리 가능하므로 충분히 훈련하면 오류가 0이 "
                "됩니다(수렴 정리). 문제대로 eta=0.1, n_epochs=30을 썼는지 보고, n_epochs를 늘려 "
                "보세요.")
    else:
        hint = ("네 게이트 모두 훈련해 보고, 마지막 에포크의 오류 수가 0인 것만 고르세요. "
                f"지금 답: {sorted(names)}")
    return report(ok, "AND, OR, NAND는 선형 분리 가능해서 수렴하고, XOR만 수렴하지 않습니다.",
                  hint)


def check_perceptron_boundary(slope: Any, intercept: Any) -> bool:
    """09번 연습 4: iris에 훈련한 ``Perceptron(random_state=42)``의 결정 경계 직선
    x₂ = 기울기 · x₁ + 절편 (x₁ = 꽃잎 길이, x₂ = 꽃잎 너비)."""
    from sklearn.datasets import load_iris  # 이 점검을 쓸 때만 불러옵니다
    from sklearn.linear_model import Perceptron

    iris = load_iris()
    X, y = iris.data[:, (2, 3)], (iris.target == 0).astype(int)
    clf = Perceptron(random_state=42).fit(X, y)
    (w1, w2), b = clf.coef_[0], clf.intercept_[0]
    want_slope, want_intercept = -w1 / w2, -b / w2
    # 원소가 하나인 배열(예: -per_clf.intercept_ / per_clf.coef_[0, 1])도 숫자로 받습니다.
    s, c = _size1_number(slope), _size1_number(intercept)
    ok_slope = s is not None and _close(s, want_slope, rel=1e-4)
    ok_intercept = c is not None and _close(c, want_intercept, rel=1e-4)
    if ok_slope and ok_intercept:
        hint = ""
    elif s is None or c is None:
        hint = ("기울기와 절편을 숫자 두 개로 넣으세요(원소가 하나인 배열도 됩니다). "
                "예: check_perceptron_boundary(slope, intercept)")
    elif abs(s - want_slope) < 1e-2 and abs(c - want_intercept) < 1e-2:
        hint = ("거의 맞았어요! 반올림한 값 대신 coef_와 intercept_로 계산한 값을 그대로 넣어 "
                "더 정밀하게 답하세요.")
    elif _close(s, want_intercept, rel=1e-4) and _close(c, want_slope, rel=1e-4):
        hint = "기울기와 절편의 순서가 바뀌었어요: check_perceptron_boundary(기울기, 절편)."
    elif _close(s, -w2 / w1, rel=1e-4) or _close(s, w1 / w2, rel=1e-4):
        hint = "기울기의 분자와 분모, 부호를 확인하세요: 기울기 = -w₁ / w₂."
    elif ok_slope and _close(c, -want_intercept, rel=1e-4):
        hint = "기울기는 맞았어요. 절편의 부호를 확인하세요: 절편 = -b / w₂."
    else:
        hint = ("경계에서는 w₁·x₁ + w₂·x₂ + b = 0입니다. x₂에 대해 풀면 "
                "x₂ = -(w₁/w₂)·x₁ - b/w₂. w는 coef_[0], b는 intercept_[0]에 있습니다.")
    return report(ok_slope and ok_intercept, "w₁x₁ + w₂x₂ + b = 0을 x₂에 대해 풀었습니다.", hint)


# ====================================================================== 10 다층 퍼셉트론과 역전파
_XOR_INPUTS = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
_XOR_TARGETS = np.array([0, 1, 1, 0])


def check_xor_weights(W1: Any, b1: Any, W2: Any, b2: Any) -> bool:
    """10번 연습 1: 계단 함수 2층 퍼셉트론 step(step(X@W1+b1)@W2+b2)가 XOR을 계산하는지."""
    try:
        # 계단 함수의 약속(z ≥ 0이면 1)대로 utils.numpy_nn.step_function과 같게 계산합니다.
        hidden = (_XOR_INPUTS @ np.asarray(W1, dtype=float) + np.asarray(b1, dtype=float)) >= 0
        out = (hidden.astype(float) @ np.asarray(W2, dtype=float)
               + np.asarray(b2, dtype=float)) >= 0
        out = np.asarray(out).reshape(-1)
        ok = out.shape == (4,) and bool(np.array_equal(out.astype(int), _XOR_TARGETS))
        got = out.astype(int).tolist() if out.shape == (4,) else f"모양 {out.shape}"
    except Exception:  # 배열로 바꿀 수 없거나 모양이 맞지 않는 값은 모두 오답입니다
        ok, got = False, "계산할 수 없는 값"
    return report(ok, "은닉 뉴런 두 개가 입력을 새로 표현하고, 출력 뉴런이 그것을 합칩니다.",
                  f"(0,0), (0,1), (1,0), (1,1)에 대한 출력이 {got}입니다. [0, 1, 1, 0]이어야 해요. "
                  "W1은 (2, 은닉 수), b1은 (은닉 수,), W2는 (은닉 수, 1), b2는 (1,) 모양입니다. "
                  "은닉 뉴런 하나는 'x1 AND NOT x2', 다른 하나는 'x2 AND NOT x1', "
                  "출력은 OR로 해 보세요.")


_NOT_GIVEN = object()


def check_mlp_param_count(answer: Any, deep: Any = _NOT_GIVEN) -> bool:
    """10번 연습 2: 784-300-100-10 다층 퍼셉트론의 파라미터(가중치 + 편향) 수와,
    심층 신경망인지(``deep``: True/False)."""
    expected = 784 * 300 + 300 + 300 * 100 + 100 + 100 * 10 + 10
    n = _size1_number(answer)   # 형식 검사를 먼저: 배열·문자열과 ==로 비교하지 않습니다
    ok = False
    if n is None:
        hint = "파라미터 수를 정수 하나로 넣으세요. 예: check_mlp_param_count(12345, False)"
    elif n == 784 * 300 + 300 * 100 + 100 * 10:
        hint = "가중치만 셌어요. 층마다 뉴런 수만큼의 편향(편향 뉴런과의 연결)도 더하세요."
    elif n != expected:
        hint = "층마다 (입력 수 + 1) × 뉴런 수를 더합니다. +1은 편향 뉴런입니다."
    elif deep is _NOT_GIVEN:
        hint = ("파라미터 수는 맞았어요. 두 번째 인자로 심층 신경망인지도 True나 False로 "
                "넣으세요. 예: check_mlp_param_count(답, True)")
    elif not isinstance(deep, (bool, np.bool_)):
        hint = "파라미터 수는 맞았어요. 심층 신경망인지는 True나 False로 넣으세요."
    elif not deep:
        hint = ("파라미터 수는 맞았어요. 은닉층이 몇 개인지 세어 보세요. 은닉층이 두 개 이상이면 "
                "심층 신경망입니다(3절).")
    else:
        ok, hint = True, ""
    return report(ok, f"(784+1)×300 + (300+1)×100 + (100+1)×10 = {expected:,}개이고, 은닉층이 "
                  "두 개이므로 심층 신경망입니다.", hint)


def check_tanh_backward(fn: Any) -> bool:
    """10번 연습 3: tanh 은닉층 + 소프트맥스 출력 2층 신경망의 그레이디언트 함수.

    ``fn(params, X, y)``는 그레이디언트 사전을 돌려줍니다.
    """
    from utils.numpy_nn import TwoLayerNet

    rng = np.random.default_rng(8)
    X = rng.normal(size=(6, 3))
    y = np.array([0, 1, 2, 2, 1, 0])
    net = TwoLayerNet(3, 4, 3, activation="tanh", seed=8)
    expected = net.gradients(X, y)
    ok = callable(fn)
    if ok:
        try:
            got = fn({k: v.copy() for k, v in net.params.items()}, X.copy(), y.copy())
            ok = isinstance(got, dict) and set(got) >= set(expected) and all(
                _array_close(got[k], expected[k], rtol=1e-6, atol=1e-9) for k in expected)
        except Exception:  # 학습자 코드의 어떤 오류든 '아직 아님'으로 처리합니다
            ok = False
    return report(ok, "시그모이드 자리에 tanh를 넣고 도함수를 1 - tanh(z)² = 1 - A1²로 바꿉니다.",
                  "fn(params, X, y)는 {'W1', 'b1', 'W2', 'b2'} 그레이디언트 사전을 "
                  "돌려주어야 합니다. "
                  "A1 = np.tanh(Z1)이고, 역전파에서 dZ1 = dA1 * (1 - A1**2)입니다. "
                  "dZ2 = (P - 원-핫 y) / n 부분은 시그모이드 때와 같아요.")


# ====================================================================== 11 MNIST 추론
# 미리 학습된 784-50-100-10 신경망(data/sample_weight.npz)을 MNIST 테스트 세트(data/mnist.npz)에
# 적용한 결과입니다. 두 파일은 체크섬으로 고정되어 있고, tests/test_checks_11.py가 이 값들을 새로
# 계산해 확인합니다.
SAMPLE_NET_DIGIT_ACCURACY = (0.9816, 0.9771, 0.9225, 0.9277, 0.9379,
                             0.8890, 0.9499, 0.9319, 0.9117, 0.9138)  # 숫자별 정확도 (반올림)
SAMPLE_NET_UNNORMALIZED_ACCURACY = 0.9207  # 픽셀을 255로 나누지 않고 넣었을 때


def _as_items(x: Any) -> list | None:
    """길이가 있는 모음(리스트, 튜플, 배열, TensorShape)을 리스트로. 아니면(0차원 배열, 스칼라
    텐서, 문자열, 숫자, 함수 등) None. 어떤 입력에도 예외를 내지 않습니다."""
    if isinstance(x, (str, bytes)) or not hasattr(x, "__len__"):
        return None
    try:
        return list(x)
    except Exception:  # 0차원 배열, 스칼라 텐서처럼 __len__이 있어도 훑을 수 없는 것
        return None


def _as_shape(x: Any) -> tuple[int, ...] | None:
    items = _as_items(x)
    if items is None:
        return None
    try:
        if not all(_is_number(v) and float(v) == int(v) for v in items):
            return None
    except (OverflowError, ValueError):  # inf, nan
        return None
    return tuple(int(v) for v in items)


def check_layer_shapes(answer: Any) -> bool:
    """11번 연습 1: 32장 배치가 세 층을 지날 때 나오는 배열 모양 세 개."""
    expected = [(32, 50), (32, 100), (32, 10)]
    items = _as_items(answer)
    ok = items is not None and [_as_shape(s) for s in items] == expected
    return report(ok, "배치 크기 32는 그대로 따라가고, 두 번째 축만 층의 뉴런 수로 바뀝니다.",
                  "세 모양을 리스트로 넣으세요, 예: [(32, ?), (32, ?), (32, ?)]. "
                  "(32, 784) @ W1 (784, 50) → (32, 50)처럼 행렬 곱의 모양 규칙을 따라가 보세요.")


def check_hardest_digit(answer: Any) -> bool:
    """11번 연습 2: 정답 숫자별 정확도가 가장 낮은 숫자(0~9)."""
    expected = int(np.argmin(SAMPLE_NET_DIGIT_ACCURACY))
    value = _single_number_11(answer)
    ok = value is not None and value == expected
    acc = SAMPLE_NET_DIGIT_ACCURACY[expected]
    if value is None:
        size = getattr(answer, "size", None) if isinstance(answer, np.ndarray) else None
        hint = (f"배열 전체(원소 {size}개)가 아니라 np.argmin으로 고른 숫자 하나를 넣으세요."
                if isinstance(size, int) and size != 1 else
                f"0~9 사이의 숫자 하나를 정수로 넣으세요. "
                f"지금 답의 자료형: {type(answer).__name__}")
    else:
        hint = ("숫자 d마다 np.mean(pred[y_test == d] == d)를 구하고, "
                "가장 작은 값의 d(np.argmin)를 정수로 넣으세요. "
                "틀린 개수가 아니라 정확도(비율)가 가장 낮은 숫자입니다.")
    return report(ok, f"숫자 {expected}의 정확도({acc:.4f})가 가장 낮아요.", hint)


def _single_number_11(x: Any) -> float | None:
    """파이썬/NumPy 숫자, 원소 하나짜리 숫자 배열·텐서를 float로 (그 밖에는 None)."""
    if _is_number(x):
        return float(x)
    if not isinstance(x, np.ndarray) and callable(getattr(x, "numpy", None)):
        try:  # 텐서플로 텐서, 케라스 변수
            x = np.asarray(x.numpy())
        except Exception:
            return None
    if isinstance(x, np.ndarray) and x.size == 1 and x.dtype.kind in "iuf":
        return float(x.reshape(-1)[0])
    return None


def check_unnormalized_accuracy(answer: Any) -> bool:
    """11번 연습 3: 픽셀을 255로 나누지 않고(0~255) 넣었을 때의 테스트 정확도."""
    expected = SAMPLE_NET_UNNORMALIZED_ACCURACY
    ok = _is_number(answer) and abs(float(answer) - expected) <= 5e-4
    if _is_number(answer) and abs(float(answer) - 0.9352) < 1e-9:
        hint = "0.9352는 정규화한 입력의 정확도예요. 255로 나누지 않은 x_test_raw를 쓰세요."
    else:
        hint = ("normalize=False로 불러온 0~255 이미지를 (10000, 784)로 펼치고 float32로만 바꿔 "
                "predict에 넣으세요. 정확도는 0~1 사이의 실수입니다(백분율 아님).")
    return report(ok, f"정확도가 {expected:.4f}로 떨어집니다. 첫 은닉층의 가중합이 255배가 되어 "
                  "시그모이드가 거의 모두 포화되고(계단 함수처럼 0/1만 냄), "
                  "편향은 그대로라 상대적으로 사라지기 때문이에요. "
                  "훈련 때와 같은 전처리가 필요해요.",
                  hint)


# ====================================================================== 12 케라스로 MNIST 훈련
def check_epochs_from_steps(steps_per_epoch: Any, epochs: Any) -> bool:
    """10번 연습 1: 배치 100으로 60,000개를 한 번 훑는 스텝 수와, 20,000 스텝이 몇 에포크인지."""
    ok_steps = steps_per_epoch == 600 and _is_number(steps_per_epoch)
    ok_epochs = _close(epochs, 20_000 / 600, rel=1e-3)
    if ok_steps and ok_epochs:
        return report(True, "에포크 하나는 60,000 ÷ 100 = 600 스텝이고, 20,000 스텝은 약 33.3 "
                      "에포크입니다.", "")
    if not ok_steps:
        return report(False, "", "한 스텝은 배치 하나를 처리합니다. 60,000개를 100개씩 나누면 "
                      "몇 묶음인가요? (숫자로 넣으세요)")
    return report(False, "", "에포크 수 = 전체 스텝 수 / 에포크당 스텝 수입니다. 반올림하지 말고 "
                  "나눗셈 결과를 그대로 넣어 보세요.")


def _describe_dense_stack(model: Any) -> tuple[Any, list[tuple[int, str]]] | None:
    """케라스 모델의 (입력 모양, [(유닛 수, 활성화 이름), ...])을 돌려줍니다. 아니면 None."""
    from utils.env import import_tensorflow

    import_tensorflow()  # 텐서플로 로그 없이
    import keras

    if not isinstance(model, keras.Model):
        return None
    dense = [layer for layer in model.layers if isinstance(layer, keras.layers.Dense)]
    try:
        input_shape = tuple(model.inputs[0].shape)
    except (AttributeError, IndexError, TypeError, ValueError):
        return None
    return input_shape, [(layer.units, getattr(layer.activation, "__name__", "?"))
                         for layer in dense]


def _uses_sparse_crossentropy(model: Any) -> bool:
    """희소 범주형 크로스엔트로피로 컴파일되었는지 (표기는 ``_loss_name``과 같은 규칙)."""
    try:
        loss = getattr(model, "loss", None)
    except Exception:  # 속성을 읽다 오류를 내는 객체
        return False
    return _loss_name(loss) == "sparse_categorical_crossentropy"


def check_make_dnn(make_dnn: Any) -> bool:
    """10번 연습 2: ``DNNClassifier(hidden_units=..., n_classes=10)``를 대신하는 함수.

    ``make_dnn(hidden_units)``는 784개 입력, ReLU 은닉층들, 소프트맥스 출력층 10개로 된
    모델을 ``sparse_categorical_crossentropy``로 컴파일해서 돌려주어야 합니다.
    """
    if not callable(make_dnn):
        return report(False, "", "make_dnn은 은닉층 크기 목록을 받아 모델을 돌려주는 함수여야 "
                      "합니다 (함수 이름만 넣으세요, 괄호 없이).")
    for hidden in ([300, 100], [64], [128, 64, 32]):
        try:
            model = make_dnn(list(hidden))
        except Exception as exc:  # 학습자 코드의 어떤 오류든 힌트로 바꿉니다
            return report(False, "", f"make_dnn({hidden})을 부르자 오류가 났습니다: "
                          f"{type(exc).__name__}: {exc}")
        described = _describe_dense_stack(model)
        if described is None:
            return report(False, "", f"make_dnn({hidden})이 케라스 모델을 돌려주지 않았습니다. "
                          "keras.Sequential([...])을 return 하세요.")
        input_shape, layers = described
        expected = [(units, "relu") for units in hidden] + [(10, "softmax")]
        if input_shape != (None, 784):
            return report(False, "", f"입력 모양이 {input_shape}입니다. "
                          "keras.Input(shape=(784,))로 시작하세요.")
        if layers != expected:
            return report(False, "", f"make_dnn({hidden})의 Dense 층이 {layers}입니다. 기대한 값: "
                          f"{expected} (은닉층은 relu, 출력층은 softmax 10개).")
        if not _uses_sparse_crossentropy(model):
            return report(False, "", "모델을 compile(loss=\"sparse_categorical_crossentropy\", ...)"
                          "로 컴파일해서 돌려주세요. 레이블이 0~9 정수이기 때문입니다.")
    return report(True, "hidden_units 목록 하나로 어떤 깊이의 다층 퍼셉트론이든 만들 수 있습니다. "
                  "DNNClassifier가 하던 일입니다.", "")


def _per_class_accuracy_reference(cm: np.ndarray) -> np.ndarray:
    return np.diag(cm) / cm.sum(axis=1)


def check_per_class_accuracy(per_class_accuracy: Any) -> bool:
    """10번 연습 3: 혼동 행렬에서 숫자(클래스)별 정확도(재현율)를 구하는 함수."""
    rng = np.random.default_rng(10)
    matrices = [rng.integers(1, 50, size=(n, n)) + np.diag(rng.integers(50, 900, size=n))
                for n in (10, 10, 3)]
    ok = _callable_matches(per_class_accuracy, matrices, _per_class_accuracy_reference)
    hint = ("행 i는 '정답이 i인 이미지들'입니다. 대각선 원소(맞힌 개수)를 그 행의 합으로 나누세요: "
            "np.diag(cm) / cm.sum(axis=1). 전체의 합(cm.sum())이나 열의 합(axis=0)이 아닙니다.")
    return report(ok, "행마다 '맞힌 개수 / 그 숫자의 전체 개수'입니다. 이 값이 가장 낮은 숫자가 "
                  "모델이 가장 어려워하는 숫자입니다.", hint)


# ====================================================================== 13 저수준 텐서플로
TRUNCATED_NORMAL_STD = 0.87962566103423978  # 표준정규분포를 ±2σ에서 자른 뒤의 표준편차


def check_truncated_stddev(answer: Any) -> bool:
    """13번 연습 1: 자른 뒤의 표준편차가 √(2/784)가 되도록 truncated_normal에 넣을 stddev."""
    target = float(np.sqrt(2 / 784))
    expected = target / TRUNCATED_NORMAL_STD
    ok = _close(answer, expected, rel=5e-3)
    if ok:
        hint = ""
    elif not _is_number(answer):
        hint = "숫자 하나를 넣으세요, 예: np.sqrt(2 / 784) / 0.87962566"
    elif _close(answer, target, rel=5e-3):
        hint = ("그 값은 '자른 뒤에' 얻고 싶은 표준편차입니다. 자르면 0.88배로 줄어드므로, "
                "줄어들 몫만큼 미리 키워서(0.8796으로 나눠서) 넣어야 합니다.")
    elif _close(answer, target * TRUNCATED_NORMAL_STD, rel=5e-3):
        hint = "0.8796을 곱하면 더 작아집니다. 줄어들 몫을 보충하려면 나눠야 합니다."
    elif _close(answer, 2 / np.sqrt(784), rel=5e-3):
        hint = "2/√784는 책의 초기화입니다. He 초기화의 목표는 √(2/784)입니다."
    else:
        hint = "목표 표준편차 √(2/784)를 절단 때문에 줄어드는 비율 0.8796으로 나누세요."
    return report(ok, f"stddev ≈ {expected:.5f}를 넣으면 자른 뒤 표준편차가 √(2/784) ≈ "
                  f"{target:.5f}가 됩니다. 케라스 he_normal이 안에서 하는 계산과 같습니다.", hint)


def _logit_cases() -> list[tuple[np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(11)
    cases = []
    for n, k in [(6, 3), (50, 10), (1, 4), (200, 10)]:
        logits = rng.normal(0, 3, size=(n, k)).astype("float32")
        labels = rng.integers(0, k, size=n).astype("int32")
        cases.append((logits, labels))
    logits, labels = cases[1]
    cases.append((logits, np.argmax(logits, axis=1).astype("int32")))  # 모두 맞힘 → 1.0
    return cases


def _call_two(fn: Any, logits: np.ndarray, labels: np.ndarray) -> float | None:
    """fn(logits, labels)를 불러 숫자 하나로 바꿉니다. 어떤 오류든 None (오답)."""
    try:
        value = np.asarray(fn(logits.copy(), labels.copy()), dtype=float)
    except Exception:  # 학습자 코드의 어떤 오류든 '아직 아님'으로 처리합니다
        return None
    return float(value) if value.shape in {(), (1,)} else None


def check_top1_accuracy(fn: Any) -> bool:
    """13번 연습 2: 로짓과 정수 레이블로 top-1 정확도를 돌려주는 함수 ``fn(logits, labels)``."""
    ok = callable(fn)
    got_vector = False
    for logits, labels in _logit_cases() if ok else []:
        expected = float(np.mean(np.argmax(logits, axis=1) == labels))
        value = _call_two(fn, logits, labels)
        if value is None:
            try:
                got_vector = np.asarray(fn(logits, labels)).shape == labels.shape
            except Exception:  # 학습자 코드의 어떤 오류든 '아직 아님'으로 처리합니다
                pass
            ok = False
            break
        if not np.isclose(value, expected, atol=1e-6):
            ok = False
            break
    if ok:
        hint = ""
    elif not callable(fn):
        hint = ("함수를 넣으세요 (호출 결과가 아니라 함수 이름 자체: "
                "check_top1_accuracy(top1_accuracy)).")
    elif got_vector:
        hint = ("샘플마다 참/거짓 벡터가 나왔습니다. tf.cast(..., tf.float32)로 바꾼 뒤 "
                "tf.reduce_mean으로 평균을 내고 float()로 숫자 하나를 돌려주세요.")
    else:
        hint = ("tf.math.in_top_k(targets, predictions, k)는 레이블이 먼저, 로짓이 두 번째입니다"
                "(책의 예전 in_top_k와 순서가 반대). 레이블은 정수(int32), 로짓은 float32로 "
                "넘기고, k=1이면 argmax와 같은 결과여야 합니다.")
    return report(ok, "in_top_k(k=1)의 참/거짓을 실수로 바꿔 평균 내면 top-1 정확도입니다.", hint)


def _sparse_xent_reference(logits: np.ndarray, labels: np.ndarray) -> float:
    z = logits.astype(float)
    log_sum = z.max(axis=1) + np.log(np.exp(z - z.max(axis=1, keepdims=True)).sum(axis=1))
    return float(np.mean(log_sum - z[np.arange(len(z)), labels]))


def check_sparse_xent_mean(fn: Any) -> bool:
    """13번 연습 3: 로짓과 정수 레이블로 평균 크로스엔트로피를 안전하게 계산하는 함수."""
    cases = _logit_cases()
    big = np.array([[1000.0, 0.0, -1000.0], [0.0, 800.0, 1.0]], dtype="float32")
    cases.append((big, np.array([1, 1], dtype="int32")))
    ok = callable(fn)
    unstable = False
    for logits, labels in cases if ok else []:
        expected = _sparse_xent_reference(logits, labels)
        value = _call_two(fn, logits, labels)
        if value is None or not np.isfinite(value):
            unstable = logits is big
            ok = False
            break
        if not np.isclose(value, expected, rtol=1e-4, atol=1e-4):
            ok = False
            break
    if ok:
        hint = ""
    elif not callable(fn):
        hint = "함수를 넣으세요: check_sparse_xent_mean(sparse_xent_mean)."
    elif unstable:
        hint = ("로짓이 클 때 inf나 nan이 나왔습니다. tf.math.log(tf.nn.softmax(...)) 대신 "
                "tf.nn.log_softmax(logits)를 쓰세요.")
    else:
        hint = ("log_probs = tf.nn.log_softmax(logits)에서 샘플마다 정답 클래스의 값을 "
                "tf.gather(log_probs, labels, batch_dims=1)로 골라, 부호를 바꿔 평균 내세요. "
                "숫자 하나(float)를 돌려주세요.")
    return report(ok, "log_softmax로 고른 정답 클래스의 로그 확률에 -를 붙여 평균 내면, "
                  "sparse_softmax_cross_entropy_with_logits의 평균과 같습니다.", hint)


# ====================================================================== 14 하이퍼파라미터 튜닝
def check_sawtooth_params(deep: Any, shallow: Any) -> bool:
    """12번 연습 1: k = 8 톱니를 만드는 깊은(2개 × 8층) / 얕은(은닉층 1개) 신경망의 파라미터 수."""
    ok_deep = _is_number(deep) and deep == 6 * 8 + 1
    ok_shallow = _is_number(shallow) and shallow == 3 * 2 ** 8 + 1
    if ok_deep and ok_shallow:
        hint = ""
    elif not (_is_number(deep) and _is_number(shallow)):
        hint = "정수 두 개를 넣으세요: check_sawtooth_params(깊은_신경망, 얕은_신경망)."
    elif not ok_deep:
        hint = ("깊은 신경망: 첫 은닉층은 입력 1개 → 뉴런 2개(1×2 + 2 = 4), "
                "나머지 7개 층은 2×2 + 2 = 6개씩, 출력층은 2 + 1 = 3개입니다. "
                "3절의 deep_sawtooth(8).count_params()와 비교해 보세요.")
    else:
        hint = ("얕은 신경망: 조각 2^8 = 256개를 만들려면 뉴런 256개가 필요합니다. "
                "뉴런마다 가중치 1, 편향 1, 출력 가중치 1개, 그리고 출력 편향 1개입니다.")
    return report(ok_deep and ok_shallow, "깊은 신경망 49개 vs 얕은 신경망 769개. 한 단계 더 "
                  "쌓을 때마다 깊은 쪽은 6개씩, 얕은 쪽은 두 배로 늘어납니다.", hint)


def _draw(fn: Any, seed: int, n: int) -> np.ndarray | None:
    """fn(rng)를 n번 불러 실수 배열로 돌려줍니다. 숫자가 아니거나 오류면 None."""
    rng = np.random.default_rng(seed)
    values = []
    try:
        for _ in range(n):
            value = fn(rng)
            if isinstance(value, np.ndarray) and value.size == 1:
                value = value.item()
            if not _is_number(value):
                return None
            values.append(float(value))
    except Exception:  # 학습자 코드의 어떤 오류든 '아직 아님'으로 처리합니다
        return None
    return np.array(values)


def check_log_uniform_sampler(fn: Any) -> bool:
    """12번 연습 2: rng를 받아 0.0001~0.1에서 로그 눈금으로 고르게 학습률을 뽑는 함수."""
    if not callable(fn):
        return report(False, "", "함수를 넣으세요: "
                      "check_log_uniform_sampler(sample_learning_rate).")
    first, again = _draw(fn, 7, 3000), _draw(fn, 7, 3000)
    if first is None:
        return report(False, "", "fn(rng)가 숫자 하나(float)를 돌려주어야 합니다. 예: "
                      "float(10 ** rng.uniform(-4, -1)).")
    if again is None or not np.array_equal(first, again):
        return report(False, "", "같은 시드의 rng로 두 번 뽑았는데 값이 달랐습니다. "
                      "np.random.uniform 같은 전역 난수 대신 인자로 받은 rng를 쓰세요: "
                      "rng.uniform(...).")
    if first.min() < 1e-4 * (1 - 1e-9) or first.max() > 0.1 * (1 + 1e-9):
        return report(False, "", "값이 0.0001~0.1 범위를 벗어났습니다. "
                      "지수의 범위를 -4~-1로 하세요.")
    logs = np.log10(first)
    below = np.mean(first < 1e-3)     # 로그 눈금으로 고르면 -4~-3 구간이 1/3
    ok = abs(logs.mean() + 2.5) < 0.1 and abs(below - 1 / 3) < 0.05 and logs.std() > 0.7
    hint = ("값은 범위 안이지만 로그 눈금으로 고르지 않습니다. "
            "rng.uniform(0.0001, 0.1)은 대부분의 값이 0.01보다 큽니다. "
            "지수를 고르게 뽑으세요: 10 ** rng.uniform(-4, -1).")
    return report(ok, "지수를 고르게 뽑았으므로 0.0001~0.001, 0.001~0.01, 0.01~0.1이 같은 비율로 "
                  "나옵니다. 시드가 같으면 같은 값이 나와 탐색을 재현할 수 있습니다.", hint)


def check_trainable_params(answer: Any) -> bool:
    """12번 연습 3: hidden1, hidden2를 동결하고 Dense(10) 출력층을 붙였을 때 훈련할 파라미터 수."""
    ok = _is_number(answer) and answer == 100 * 10 + 10
    if ok:
        hint = ""
    elif not _is_number(answer):
        hint = "정수 하나를 넣으세요."
    elif answer == 101:
        hint = "그건 4절의 시그모이드 뉴런 1개짜리입니다. 이번에는 출력 뉴런이 10개입니다."
    elif answer in (1000, 10):
        hint = "가중치(100 × 10)와 편향(10)을 모두 세세요."
    elif answer > 1010:
        hint = ("동결한 hidden1, hidden2의 파라미터는 훈련하지 않습니다. "
                "새 출력층의 파라미터만 세세요 (입력 100개 × 뉴런 10개 + 편향 10개).")
    else:
        hint = ("새 출력층은 hidden2의 출력 100개를 받는 Dense(10)입니다: "
                "입력 수 × 뉴런 수 + 뉴런 수.")
    return report(ok, "100 × 10 + 10 = 1,010개입니다. 나머지 26만여 개는 작업 A에서 배운 값 그대로 "
                  "씁니다.", hint)
