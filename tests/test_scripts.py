"""scripts/sweep_notebook.py와 scripts/check_threads.py의 작은 부분 (노트북을 실행하지 않고)."""

from __future__ import annotations

import sys
from pathlib import Path

from sources import load_script

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str):
    return load_script(ROOT / "scripts" / f"{name}.py")


def test_reseed_replaces_every_fixed_seed_and_nothing_else():
    sweep = _load("sweep_notebook")
    source = ("setup_notebook()\nkeras.utils.set_random_seed(42)\nrng = np.random.default_rng(42)\n"
              "train_test_split(x, random_state=42)\nkt.RandomSearch(seed=42)\nanswer = 42\n")
    out = sweep.reseed(source, 7)
    assert out == ("setup_notebook(7)\nkeras.utils.set_random_seed(7)\n"
                   "rng = np.random.default_rng(7)\ntrain_test_split(x, random_state=7)\n"
                   "kt.RandomSearch(seed=7)\nanswer = 42\n")


def test_summary_reports_worst_median_best():
    sweep = _load("sweep_notebook")
    runs = [{"seed": s, "threads": 1, "seconds": 1.0, "values": {"acc": v}, "failures": []}
            for s, v in [(0, 0.97), (1, 0.99), (2, 0.98)]]
    lines = sweep.summarise(runs, ["acc"]).splitlines()
    assert lines[-3].split()[-1] == "0.9700" and lines[-2].split()[-1] == "0.9800"
    assert lines[-1].split()[-1] == "0.9900"


def test_check_threads_defaults_to_the_training_notebooks():
    threads = _load("check_threads")
    assert all((ROOT / "notebooks" / name).exists() for name in threads.TRAINING_NOTEBOOKS)
    assert set(threads.ONE_THREAD.values()) == {"1"}


def test_only_the_known_harmless_tf_line_is_dropped_from_stored_stderr():
    sys.path.insert(0, str(ROOT / "scripts"))  # execute_notebooks는 옆의 exercise_cells를 임포트
    drop = _load("execute_notebooks").drop_known_tf_noise
    noise = ("E0000 00:00:1796000105.529310    7421 node_def_util.cc:682] NodeDef mentions "
             "attribute use_unbounded_threadpool which is not in the op definition: Op<...>\n")
    real = "E0000 00:00:1.0  1 cuda_dnn.cc:8] Unable to load cuDNN\n"
    outputs = [{"output_type": "stream", "name": "stderr", "text": noise},
               {"output_type": "stream", "name": "stdout", "text": noise},
               {"output_type": "stream", "name": "stderr", "text": noise + real}]
    kept = drop(outputs)
    assert [o["name"] for o in kept] == ["stdout", "stderr"]
    assert kept[1]["text"] == real
