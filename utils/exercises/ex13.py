"""13 저수준 텐서플로: 절단 보정, top-1 정확도, 크로스엔트로피."""
import keras
import numpy as np
from scipy.stats import truncnorm

from utils.exercises.core import Exercise, function, numbers

RATIO, HE = float(truncnorm(-2, 2).std()), float(np.sqrt(2 / 784))  # ±2σ에서 자르면 줄어드는 비율
q1 = Exercise("ex13-q1", numbers(["stddev"], [HE / RATIO], rtol=5e-3, mistakes=[
    ([HE], "그 값은 자른 '뒤의' 표준편차예요. 줄어들 몫만큼 미리 키워서(나눠서) 넣으세요."),
    ([2 / 28], "2/√784는 책의 초기화예요. He 초기화의 목표는 √(2/784)입니다.")],
    example="np.sqrt(2 / 784) / shrink", otherwise="√(2/784)를 8절의 비율 shrink로 나누세요."),
    hint="truncated_normal(stddev=s)로 뽑은 값의 실제 표준편차는 s보다 작습니다(8절).",
    success=f"자른 뒤 표준편차가 √(2/784) ≈ {HE:.5f}입니다. 케라스 he_normal의 계산과 같습니다.")
_CASES = [(r.normal(0, 3, (n, k)).astype("float32"), r.integers(0, k, n).astype("int32"))
         for r in [np.random.default_rng(11)] for n, k in [(6, 3), (50, 10), (1, 4)]]
_CASES += [(np.array([[1000, 0, -1000], [0, 800, 1]], "float32"), np.array([1, 1], "int32"))]
_xent = lambda z, y: float(np.mean(keras.losses.sparse_categorical_crossentropy(y, z, True)))
_top1 = lambda z, y: float(np.mean(keras.metrics.sparse_top_k_categorical_accuracy(y, z, k=1)))
q2 = Exercise("ex13-q2", function(_top1, _CASES, otherwise="argmax가 레이블과 같은 비율이에요."),
    hint="in_top_k(레이블, 로짓, k=1)의 참/거짓을 tf.cast로 실수로 바꿔 평균 내세요.",
    success="in_top_k(k=1)의 참/거짓을 실수로 바꿔 평균 내면 top-1 정확도입니다.")
q3 = Exercise("ex13-q3", function(_xent, _CASES, rtol=1e-4, atol=1e-4, mistakes=[
    (lambda *a: -_xent(*a), "부호가 반대예요."),
    (lambda *a: _xent(*a) * len(a[1]), "합 말고 평균.")],
    otherwise="log(softmax)는 큰 로짓에서 inf가 돼요. tf.nn.log_softmax로 구해 평균 내세요."),
    hint="tf.gather(tf.nn.log_softmax(logits), labels, batch_dims=1)에 -를 붙여 평균 내세요.",
    success="sparse_softmax_cross_entropy_with_logits의 평균과 같습니다.")
