"""연습 문제 자가 점검 (exercise self-checks).

``check_xxx(answer)``는 답이 맞으면 칭찬을, 틀리면 무엇이 다른지와 힌트를 한국어로
출력하고 ``True``/``False``를 돌려줍니다. 학습자가 넣은 값이 엉뚱한 종류(예: 문자열 대신
함수)여도 오류를 내지 않고 무엇을 기대하는지 알려 줍니다.

노트북별로 구역을 나눠 두었습니다. 새 점검 함수는 해당 노트북 구역에 추가하세요.
"""

from __future__ import annotations

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
def check_mnist_sizes(n_train: Any, n_test: Any) -> bool:
    """00번 연습 1: MNIST 훈련 세트와 테스트 세트의 이미지 수."""
    ok = n_train == 60000 and n_test == 10000 and _is_number(n_train) and _is_number(n_test)
    return report(ok, "훈련 이미지 60,000장, 테스트 이미지 10,000장입니다.",
                  "load_mnist()가 돌려준 x_train, x_test의 len()이나 .shape[0]을 보세요.")


def check_pixels_per_image(answer: Any) -> bool:
    """00번 연습 2: 이미지 한 장의 픽셀 수 (28×28)."""
    return report(answer == 784 and _is_number(answer), "28 × 28 = 784개의 픽셀입니다.",
                  "flatten=False로 불러온 이미지 한 장의 모양(shape)은 (28, 28)입니다.")


def check_mnist_checksum(answer: Any) -> bool:
    """00번 연습 3: data/mnist.npz의 SHA-256 체크섬 문자열."""
    ok = isinstance(answer, str) and answer.strip().lower() == MNIST_SHA256
    return report(ok, "파일이 data/README.md에 적힌 것과 똑같습니다.",
                  "utils.data.sha256sum('../data/mnist.npz')가 돌려주는 문자열을 넣어 보세요.")


# ====================================================================== 01 신경망의 구조

# ====================================================================== 02 층

# ====================================================================== 03 모델

# ====================================================================== 04 손실 함수

# ====================================================================== 05 옵티마이저와 작업 흐름

# ====================================================================== 06 활성화 함수와 출력층

# ====================================================================== 07 퍼셉트론

# ====================================================================== 08 다층 퍼셉트론과 역전파

# ====================================================================== 09 MNIST 추론

# ====================================================================== 10 케라스로 MNIST 훈련

# ====================================================================== 11 저수준 텐서플로

# ====================================================================== 12 하이퍼파라미터 튜닝
