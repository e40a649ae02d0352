"""모든 연습 문제 점검에 대한 성질 테스트 (property tests over every exercise check).

학습자가 어떤 종류의 값을 넣어도(수, 문자열, None, 리스트, 딕셔너리, 온갖 모양과 dtype의 배열,
텐서, 케라스 모델과 층, 오류를 내는 함수, 엉뚱한 값을 돌려주는 함수) ``check``는 예외 없이
``True``/``False``를 돌려주고, 한 줄로 결과를 알리며, 틀렸으면 비어 있지 않은 힌트를 줍니다.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import pkgutil
from pathlib import Path

import hypothesis.strategies as st
import keras
import numpy as np
import pytest
import tensorflow as tf
from hypothesis import HealthCheck, given, settings
from hypothesis.extra import numpy as hnp

import utils.exercises
from utils.exercises.core import Exercise

MODULES = sorted(m.name for m in pkgutil.iter_modules(utils.exercises.__path__)
                 if m.name.startswith("ex"))
EXERCISES = [(f"{name}.{attr}", ex)
             for name in MODULES
             for attr, ex in vars(importlib.import_module(f"utils.exercises.{name}")).items()
             if isinstance(ex, Exercise)]


def _raises(*args, **kwargs):
    raise ValueError("학습자 함수 안에서 난 오류")


def _keras_objects() -> list:
    """케라스 모델과 층, 심볼릭 텐서 (만드는 데 시간이 걸리므로 한 번만 만듭니다)."""
    sequential = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3)])
    compiled = keras.Sequential([keras.Input((784,)), keras.layers.Dense(10, "softmax")])
    compiled.compile(optimizer="adam", loss="sparse_categorical_crossentropy",
                     metrics=["accuracy"])
    inputs = keras.Input((2,))
    functional = keras.Model(inputs, keras.layers.Dense(1)(inputs))
    return [sequential, compiled, functional, keras.layers.Dense(4), keras.layers.Flatten(),
            inputs, keras.optimizers.SGD(), keras.losses.MeanSquaredError(), keras.Sequential()]


KERAS_OBJECTS = _keras_objects()
FUNCTIONS = [_raises, lambda *a, **k: None, lambda *a, **k: "문자열",
             lambda *a, **k: np.zeros((2, 3)),
             lambda *a, **k: a[0] if a else 0, lambda *a, **k: float("nan"),
             lambda *a, **k: KERAS_OBJECTS[0], lambda *a, **k: [1, 2], lambda: 1, print, np.mean,
             tf.nn.softmax, int, type]

scalars = st.one_of(st.integers(), st.floats(), st.booleans(), st.text(max_size=12), st.none(),
                    st.binary(max_size=4), st.complex_numbers())
shapes = hnp.array_shapes(min_dims=0, max_dims=4, min_side=0, max_side=5)
arrays = hnp.arrays(hnp.scalar_dtypes(), shapes)
tensor_dtypes = st.sampled_from(["float32", "float64", "int32", "int64", "bool"])
tensors = hnp.arrays(tensor_dtypes, shapes).map(tf.constant)
containers = st.recursive(scalars | arrays, lambda inner: st.lists(inner, max_size=4)
                          | st.tuples(inner, inner)
                          | st.dictionaries(st.text(max_size=4), inner, max_size=3),
                          max_leaves=8)
learner_input = st.one_of(scalars, arrays, tensors, containers, st.sampled_from(KERAS_OBJECTS),
                          st.sampled_from(FUNCTIONS))


def _answers(exercise: Exercise) -> st.SearchStrategy:
    n = len(exercise.args)
    right_count = st.lists(learner_input, min_size=n, max_size=n)
    return st.one_of(right_count, right_count, st.lists(learner_input, max_size=n + 1))


def test_every_notebook_with_exercises_has_a_module():
    notebooks = sorted(Path(__file__).parent.parent.glob("notebooks/[0-9][0-9]_*.ipynb"))
    with_exercises = [f"ex{nb.name[:2]}" for nb in notebooks if "## 연습 문제" in nb.read_text()]
    assert with_exercises and MODULES == with_exercises


@pytest.mark.parametrize(("name", "exercise"), EXERCISES, ids=[n for n, _ in EXERCISES])
def test_key_names_the_module_and_question(name, exercise):
    module, attr = name.split(".")
    assert exercise.key == f"{module}-{attr}"


@pytest.mark.parametrize(("name", "exercise"), EXERCISES, ids=[n for n, _ in EXERCISES])
def test_check_never_raises_and_always_explains(name, exercise):
    @settings(max_examples=30, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(_answers(exercise))
    def run(answer):
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            ok = exercise.check(*answer)
        lines = buffer.getvalue().strip().splitlines()
        assert type(ok) is bool
        assert len(lines) == 1, lines
        if ok:
            assert lines[0].startswith("✅ 정답입니다!")
        else:
            prefix = "❌ 아직 아니에요. 힌트: "
            assert lines[0].startswith(prefix) and len(lines[0][len(prefix):].strip()) >= 10, lines

    run()
