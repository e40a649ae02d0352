"""연습 문제 자가 점검: 모범 답은 통과하고, 틀린 답은 힌트와 함께 떨어지는지.

노트북별로 (점검 함수, 모범 답, 틀린 답들)을 추가하세요.
"""

from __future__ import annotations

import numpy as np
import pytest

from utils import checks
from utils.data import MNIST_SHA256


def test_report_prints_and_returns(capsys):
    assert checks.report(True, "좋아요", "힌트") is True
    assert "✅" in capsys.readouterr().out
    assert checks.report(False, "좋아요", "이렇게 해 보세요") is False
    assert "힌트: 이렇게 해 보세요" in capsys.readouterr().out


# (점검 함수, 모범 답 인자, [틀린 답 인자...])
X_TRAIN, X_TEST = np.zeros((60000, 28, 28), "float32"), np.zeros((10000, 28, 28), "float32")

CASES = [
    (checks.check_mnist_sizes, (60000, 10000), [(60000, 60000), ("60000", "10000"),
                                                 (None, None), (True, 10000), (10000, 60000),
                                                 (X_TRAIN, X_TEST), (X_TRAIN.shape, X_TEST.shape),
                                                 (np.array(60000), np.array(10000))]),
    (checks.check_pixels_per_image, (784,), [(28,), ((28, 28),), ("784",), (784.5,),
                                             (X_TRAIN[0],), (np.array([784]),)]),
    (checks.check_mnist_checksum, (MNIST_SHA256,), [("abc",), (None,), (42,)]),
]


@pytest.mark.parametrize("check,good,bads", CASES, ids=[c[0].__name__ for c in CASES])
def test_checks_accept_solutions_and_reject_wrong_answers(check, good, bads, check_cases):
    check_cases(check, good, bads)


def test_sizes_accept_numpy_integers_and_float_counts(capsys):
    assert checks.check_mnist_sizes(np.int64(60000), X_TEST.shape[0]) is True
    assert checks.check_pixels_per_image(X_TRAIN[0].size) is True
    assert checks.check_pixels_per_image(np.prod(X_TRAIN[0].shape)) is True


@pytest.mark.parametrize("call,phrase", [
    (lambda: checks.check_mnist_sizes(X_TRAIN, X_TEST), "len(x_train)"),
    (lambda: checks.check_pixels_per_image(X_TRAIN[0]), "x_train[0].size"),
    (lambda: checks.check_pixels_per_image(np.array(784)), ".item()"),
    (lambda: checks.check_mnist_sizes(10000, 60000), "순서"),
    (lambda: checks.check_pixels_per_image(28), "한 변"),
])
def test_size_hints_name_the_mistake(call, phrase, capsys):
    assert call() is False
    assert phrase in capsys.readouterr().out


def _raises() -> None:
    raise RuntimeError("learner code")


ODD = [0, -1, 1.5, float("nan"), float("inf"), True, "", "784", None, [], [784], (28, 28), {},
       {"a": 1}, np.array(784), np.zeros(()), np.zeros((0,)), np.zeros((2, 3)), _raises, object()]


@pytest.mark.parametrize("value", ODD, ids=[type(v).__name__ for v in ODD])
def test_setup_checks_never_raise(value, capsys):
    assert checks.check_mnist_sizes(value, value) is False
    assert checks.check_mnist_sizes(60000, value) is False
    assert checks.check_pixels_per_image(value) is False
    assert checks.check_mnist_checksum(value) is False
    out = capsys.readouterr().out
    assert out.count("힌트: ") == 4 and "힌트: \n" not in out


def test_setup_checks_take_tensors_and_keras_objects(capsys):
    import utils  # noqa: F401  (텐서플로 로그 환경 변수를 먼저 정합니다)

    tf = pytest.importorskip("tensorflow")
    keras = pytest.importorskip("keras")
    for value in (tf.constant(784), tf.zeros((28, 28)), tf.Variable(60000), keras.layers.Dense(1),
                  keras.Sequential()):
        assert checks.check_mnist_sizes(value, value) is False
        assert checks.check_pixels_per_image(value) is False
        assert checks.check_mnist_checksum(value) is False
    out = capsys.readouterr().out
    assert "배열 자체가 아니라" in out and out.count("힌트: ") == 15
