"""13번 노트북(저수준 텐서플로) 연습 문제: 정답은 통과, 알려진 실수와 잘못된 종류는 맞는 힌트."""

from __future__ import annotations

import numpy as np
import pytest
from sources import wrong

from utils.env import import_tensorflow
from utils.exercises.ex13 import q1, q2, q3

tf = import_tensorflow()
# 케라스 VarianceScaling 소스의 상수: 표준정규분포를 ±2에서 자른 분포의 표준편차
KERAS_TRUNCATION = 0.87962566103423978
HE = np.sqrt(2 / 784)



def top1_accuracy(logits, labels):
    correct = tf.math.in_top_k(tf.cast(labels, tf.int32), tf.cast(logits, tf.float32), k=1)
    return float(tf.reduce_mean(tf.cast(correct, tf.float32)))


def sparse_xent_mean(logits, labels):
    log_probs = tf.nn.log_softmax(tf.cast(logits, tf.float32))
    return float(-tf.reduce_mean(tf.gather(log_probs, tf.cast(labels, tf.int32), batch_dims=1)))


def naive_xent(logits, labels):  # 큰 로짓에서 exp가 넘쳐 inf/nan
    probs = tf.exp(logits) / tf.reduce_sum(tf.exp(logits), axis=1, keepdims=True)
    return float(-tf.reduce_mean(tf.math.log(tf.gather(probs, labels, batch_dims=1))))


def raises(*args):
    raise RuntimeError("아직 못 만들었어요")


def test_solutions_pass(capsys):
    assert q1.check(HE / KERAS_TRUNCATION) and q1.check(0.0574)  # 반올림한 값도 받습니다
    assert q2.check(top1_accuracy) and q2.check(lambda z, y: np.mean(np.argmax(z, axis=1) == y))
    assert q3.check(sparse_xent_mean)
    assert q3.check(lambda z, y: tf.reduce_mean(  # 라이브러리 함수, 텐서를 그대로 돌려줌
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=z)))
    assert capsys.readouterr().out.count("✅") == 6


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    (q1, (HE,), "자른 '뒤의' 표준편차예요"),
    (q1, (2 / np.sqrt(784),), "책의 초기화예요"),
    (q1, (HE * KERAS_TRUNCATION,), "8절의 비율 shrink로 나누세요"),
    (q2, (lambda z, y: float(np.mean(np.argmin(z, axis=1) == y)),), "argmax가 레이블과 같은 비율"),
    (q3, (lambda z, y: -sparse_xent_mean(z, y),), "부호가 반대예요"),
    (q3, (lambda z, y: sparse_xent_mean(z, y) * len(y),), "합 말고 평균"),
    (q3, (naive_xent,), "큰 로짓에서 inf가 돼요"),
    (q3, (top1_accuracy,), "tf.nn.log_softmax로 구해"),
])
def test_known_mistakes_get_their_hint(exercise, answer, phrase, capsys):
    assert phrase in wrong(exercise, *answer, capsys=capsys)


def test_the_unstable_mistake_shows_the_big_logits_and_nan(capsys):
    out = wrong(q3, naive_xent, capsys=capsys)
    assert "1000." in out and "nan" in out


@pytest.mark.parametrize(("exercise", "answer", "phrase"), [
    (q1, ("0.0574",), "stddev에는 숫자 하나를 넣으세요(지금은 문자열 '0.0574')"),
    (q1, (None,), "아직 답이 None이에요. truncated_normal"),
    (q1, (True,), "지금은 True"),
    (q1, (np.array([0.05, 0.06]),), "지금은 모양이 (2,)인 배열"),
    (q2, (0.9,), "함수 이름을 괄호 없이 넣으세요(지금은 float 값)"),
    (q2, ("in_top_k",), "지금은 문자열 'in_top_k'"),
    (q2, (None,), "아직 답이 None이에요. in_top_k"),
    (q2, (lambda z, y: tf.math.in_top_k(tf.cast(y, tf.int32), z, k=1).numpy(),),
     "모양 ()의 숫자를 돌려줘야 하는데 모양이 (6,)인 배열"),  # 평균을 내지 않음
    (q2, (lambda z, y: top1_accuracy(y, z),), "함수가 오류를 냈어요"),  # 인자 순서가 바뀜
    (q2, (raises,), "함수가 오류를 냈어요: RuntimeError"),
    (q3, (lambda z, y: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=z),),
     "모양 ()의 숫자를 돌려줘야 하는데 모양이 (6,)인 배열"),  # 평균을 내지 않음
    (q3, (2.3,), "지금은 float 값"),
    (q3, (lambda z, y: "2.3",), "문자열 '2.3'을(를) 돌려줬어요"),
])
def test_wrong_kinds_get_a_hint_that_names_them(exercise, answer, phrase, capsys):
    assert phrase in wrong(exercise, *answer, capsys=capsys)
