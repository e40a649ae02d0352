"""benchmarks/custom_loop_vs_fit.py: 노트북 13과 같은 코드를 재는지, 스크립트가 돌아가는지.

시간은 컴퓨터와 부하에 따라 달라지므로 검사하지 않습니다. 작은 데이터로 한 에포크만 돌려
스크립트가 끝까지 실행되고 표(측정값과 비율, 판정 없음)를 출력하는지만 봅니다.
"""

from __future__ import annotations

import inspect
import io

import numpy as np
import pytest
from sources import ROOT, load_script, notebook_code

SCRIPT = ROOT / "benchmarks" / "custom_loop_vs_fit.py"
NOTEBOOK = ROOT / "notebooks" / "13_low_level_tensorflow.ipynb"


@pytest.fixture(scope="module")
def bench():
    return load_script(SCRIPT)


@pytest.mark.parametrize("name", ["make_train_epoch", "build_keras_dnn", "build_fit_model"])
def test_script_times_the_same_code_as_notebook_13(bench, name):
    assert inspect.getsource(getattr(bench, name)) in notebook_code(NOTEBOOK), (
        f"{name}이 노트북 13의 코드와 다릅니다. 둘을 함께 고치세요.")


def test_benchmark_runs_on_a_small_subset(bench):
    out = io.StringIO()
    results = bench.benchmark(epochs=1, n_train=500, out=out)
    assert set(results) == set(bench.VARIANTS)
    for r in results.values():
        assert len(r["wall"]) == len(r["cpu"]) == 1 and len(r["first"]) == 2
        assert all(t >= 0 for t in r["wall"] + list(r["first"]))
        assert 0.0 <= r["val_accuracy"] <= 1.0
    table = bench.format_results(results, 1, 50, 500)
    assert "loop_epoch" in table and "fit_spe" in table and "비율" in table
    assert "steps_per_execution=100" in table
    assert not any(word in table for word in ("목표", "달성", "미달"))  # 판정은 출력하지 않음
    assert "차례 1/1" in out.getvalue()


def test_bad_arguments(bench):
    with pytest.raises(ValueError):
        bench.benchmark(epochs=0, n_train=100)
    with pytest.raises(ValueError):
        bench.benchmark(epochs=1, n_train=100, only=["keras_tuner"])
    with pytest.raises(ValueError):
        bench.benchmark(epochs=1, n_train=100, steps_per_execution=0)


def test_loop_trains_in_training_mode_and_evaluates_in_inference_mode(bench):
    """훈련 스텝은 training=True로, 평가는 training=False로 모델을 부릅니다."""
    keras, tf = bench.keras, bench.tf
    seen = []

    class Spy(keras.layers.Layer):
        def call(self, x, training=None):
            seen.append(training)
            return x

    model = keras.Sequential([keras.Input(shape=(4,)), Spy(), keras.layers.Dense(3)])
    x, y = np.ones((4, 4), "float32"), np.zeros(4, "int32")
    seen.clear()                                              # 모델을 지을 때의 호출은 빼고
    bench.make_train_epoch(model, keras.optimizers.SGD(0.01))(
        tf.data.Dataset.from_tensor_slices((x, y)).batch(2))
    assert seen and all(t is True for t in seen), seen
    seen.clear()
    bench.validation_accuracy(model, x, y)
    assert seen == [False], seen
