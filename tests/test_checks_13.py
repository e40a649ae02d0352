"""13번 노트북 연습 문제 자가 점검: 모범 답은 통과하고, 틀린 답은 힌트와 함께 떨어지는지."""

from __future__ import annotations

import numpy as np
import pytest

from utils import checks
from utils.env import import_tensorflow

tf = import_tensorflow()


def top1_accuracy(logits, labels):
    """모범 답: tf.math.in_top_k (레이블이 먼저)."""
    correct = tf.math.in_top_k(tf.cast(labels, tf.int32), tf.cast(logits, tf.float32), k=1)
    return float(tf.reduce_mean(tf.cast(correct, tf.float32)))


def top1_numpy(logits, labels):
    """다른 모범 답: NumPy argmax."""
    return np.mean(np.argmax(logits, axis=1) == labels)


def top1_vector(logits, labels):  # 평균을 내지 않음
    return tf.math.in_top_k(tf.cast(labels, tf.int32), logits, k=1).numpy()


def top1_argmin(logits, labels):
    return float(np.mean(np.argmin(logits, axis=1) == labels))


def top1_top3(logits, labels):
    correct = tf.math.in_top_k(tf.cast(labels, tf.int32), logits, k=3)
    return float(tf.reduce_mean(tf.cast(correct, tf.float32)))


def top1_raises(logits, labels):
    raise RuntimeError("아직 못 만들었어요")


def xent_log_softmax(logits, labels):
    """모범 답: log_softmax + gather."""
    log_probs = tf.nn.log_softmax(tf.cast(logits, tf.float32))
    picked = tf.gather(log_probs, tf.cast(labels, tf.int32), batch_dims=1)
    return float(-tf.reduce_mean(picked))


def xent_library(logits, labels):
    """다른 모범 답: 라이브러리 함수 (텐서를 그대로 돌려줌)."""
    return tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels,
                                                                         logits=logits))


def xent_naive(logits, labels):  # 큰 로짓에서 inf/nan
    probs = tf.exp(logits) / tf.reduce_sum(tf.exp(logits), axis=1, keepdims=True)
    return float(-tf.reduce_mean(tf.math.log(tf.gather(probs, labels, batch_dims=1))))


def xent_sum(logits, labels):  # 평균 대신 합
    log_probs = tf.nn.log_softmax(logits)
    return float(-tf.reduce_sum(tf.gather(log_probs, labels, batch_dims=1)))


def xent_per_sample(logits, labels):  # 평균을 내지 않음
    return tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits).numpy()


def xent_wrong_sign(logits, labels):
    return -xent_log_softmax(logits, labels)


# (점검 함수, 모범 답 인자, [틀린 답 인자...])
CASES = [
    (checks.check_truncated_stddev, (np.sqrt(2 / 784) / 0.87962566,),
     [(np.sqrt(2 / 784),), (np.sqrt(2 / 784) * 0.8796,), (2 / np.sqrt(784),), ("0.0574",),
      (None,), ([0.0574],), (True,)]),
    (checks.check_top1_accuracy, (top1_accuracy,),
     [(top1_vector,), (top1_argmin,), (top1_top3,), (top1_raises,), (0.9,), ("in_top_k",),
      (None,)]),
    (checks.check_sparse_xent_mean, (xent_log_softmax,),
     [(xent_naive,), (xent_sum,), (xent_per_sample,), (xent_wrong_sign,), (top1_accuracy,),
      (2.3,), (None,)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


@pytest.mark.parametrize("check,answer", [
    (checks.check_truncated_stddev, 0.0574),          # 반올림한 값도 받아 줍니다
    (checks.check_top1_accuracy, top1_numpy),
    (checks.check_sparse_xent_mean, xent_library),
])
def test_other_correct_answers_are_accepted(check, answer):
    assert check(answer) is True


def test_hints_point_at_the_mistake(capsys):
    checks.check_truncated_stddev(np.sqrt(2 / 784))
    assert "미리 키워서" in capsys.readouterr().out
    checks.check_sparse_xent_mean(xent_naive)
    assert "log_softmax" in capsys.readouterr().out
    checks.check_top1_accuracy(top1_vector)
    assert "reduce_mean" in capsys.readouterr().out
