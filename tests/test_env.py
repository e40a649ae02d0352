"""utils.env와 한글 글꼴 점검."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from utils import env  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _python(code: str, **env_vars: str) -> subprocess.CompletedProcess:
    """새 파이썬 프로세스에서 code를 실행합니다 (환경 변수는 utils를 임포트하기 전의 값)."""
    environ = {k: v for k, v in os.environ.items()
               if k not in ("TF_CPP_MIN_LOG_LEVEL", "TF_ENABLE_ONEDNN_OPTS")}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**environ, **env_vars}, cwd=ROOT, timeout=120, check=True)


PRINT_LOG_VARIABLES = ("import os, utils; print(os.environ['TF_CPP_MIN_LOG_LEVEL'], "
                       "os.environ['TF_ENABLE_ONEDNN_OPTS'])")


def test_tensorflow_log_variables_have_defaults():
    assert _python(PRINT_LOG_VARIABLES).stdout.split() == ["2", "0"]


def test_tensorflow_log_variables_set_by_the_user_are_kept():
    out = _python(PRINT_LOG_VARIABLES, TF_CPP_MIN_LOG_LEVEL="0", TF_ENABLE_ONEDNN_OPTS="1")
    assert out.stdout.split() == ["0", "1"]


# 파일이 없으면 텐서플로가 C++ WARNING(W… OP_REQUIRES failed)을 남깁니다. 연산 결정론을 켠 채
# fit()을 부르면 텐서플로 2.21이 무해한 ERROR(E… node_def_util.cc … use_unbounded_threadpool)를
# 남깁니다(README '텐서플로 로그'). 기본값 "2"는 WARNING만 숨기고 ERROR는 보여야 합니다.
# ERROR가 나지 않는 텐서플로 판에서는 건너뜁니다.
LOG_SOME_LINES = """
from utils.env import import_tensorflow
tf = import_tensorflow()
import keras
import numpy as np
try:
    tf.io.read_file("/nonexistent/file")
except tf.errors.NotFoundError:
    pass
keras.utils.set_random_seed(0)
tf.config.experimental.enable_op_determinism()
model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
model.compile(loss="mse")
model.fit(np.zeros((8, 2)), np.zeros(8), epochs=1, verbose=0)
"""


def test_tensorflow_error_logs_stay_visible_and_warnings_are_hidden():
    stderr = _python(LOG_SOME_LINES).stderr
    errors = [line for line in stderr.splitlines() if line.startswith("E")]
    if not errors:  # 이 텐서플로가 ERROR를 남기지 않는 경우와 숨긴 경우를 구별합니다
        shown = _python(LOG_SOME_LINES, TF_CPP_MIN_LOG_LEVEL="0").stderr
        assert not [line for line in shown.splitlines() if line.startswith("E")], (
            "TF_CPP_MIN_LOG_LEVEL=0에서는 보이는 ERROR 로그가 기본값에서는 숨겨졌습니다")
        pytest.skip("이 텐서플로 판에서는 이 코드가 C++ ERROR 로그를 남기지 않습니다")
    assert "OP_REQUIRES failed" not in stderr  # WARNING은 숨깁니다


def test_korean_title_renders_without_missing_glyphs(caplog):
    """한글과 기호가 빠짐없이 그려져야 합니다: 경고(Glyph ... missing)도, 수식 글꼴의
    로그 메시지(does not have a glyph)도 없어야 합니다."""
    assert env.use_korean_font() == env.KOREAN_FONT
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, ax = plt.subplots()
        ax.plot([-1, 0, 1], [1, -2, 3])
        ax.set_title("한글 제목: 활성화 함수와 손실 곡선 → ⋮ w₁")
        ax.set_xlabel("에포크")
        ax.set_yscale("log")  # 로그 눈금은 수식 글꼴로 음수 지수(10⁻¹)를 그립니다
        ax.set_ylim(1e-3, 10)
        fig.savefig(io.BytesIO(), format="png")
        plt.close(fig)
    glyph = [str(w.message) for w in caught if "Glyph" in str(w.message)]
    glyph += [r.getMessage() for r in caplog.records if "glyph" in r.getMessage()]
    assert not glyph, glyph
    assert matplotlib.rcParams["axes.unicode_minus"] is False
    assert "NanumGothic" in matplotlib.rcParams["font.family"]


def test_without_korean_font_glyphs_would_be_missing():
    """위 테스트가 실제로 실패할 수 있는지 확인: 기본 글꼴로는 경고가 납니다."""
    with matplotlib.rc_context({"font.family": ["DejaVu Sans"]}):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            fig, ax = plt.subplots()
            ax.set_title("한글")
            fig.savefig(io.BytesIO(), format="png")
            plt.close(fig)
    assert any("Glyph" in str(w.message) for w in caught)


def test_set_seed_makes_numpy_and_tensorflow_repeatable():
    tf = env.import_tensorflow()
    env.set_seed(7)
    a = (np.random.rand(3), tf.random.uniform((3,)).numpy())
    env.set_seed(7)
    b = (np.random.rand(3), tf.random.uniform((3,)).numpy())
    np.testing.assert_array_equal(a[0], b[0])
    np.testing.assert_array_equal(a[1], b[1])


@pytest.mark.parametrize("bad", ["42", 4.2, None, True])
def test_set_seed_rejects_non_integers(bad):
    with pytest.raises(TypeError, match="seed"):
        env.set_seed(bad)


@pytest.mark.parametrize("bad", [-1, 2**32])
def test_set_seed_rejects_out_of_range(bad):
    with pytest.raises(ValueError, match="seed"):
        env.set_seed(bad)


def test_setup_notebook_prints_one_line(capsys):
    env.setup_notebook()
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("환경: Python ")
    assert "TensorFlow 2.21" in out[0] and "장치:" in out[0]
    assert np.get_printoptions()["precision"] == 4


def test_environment_info_names_the_device():
    info = env.environment_info()
    assert info["keras_backend"] == "tensorflow"
    assert info["device"] == "CPU" or info["device"].startswith("GPU")
    gpus = env.gpu_names()
    assert all(name.startswith("/physical_device:GPU:") for name in gpus)
    assert info["device"] == (f"GPU {len(gpus)}개" if gpus else "CPU")


def test_environment_line_formats_given_info():
    info = {"python": "3.11.7", "tensorflow": "2.21.0", "keras": "3.15.1",
            "keras_backend": "tensorflow", "numpy": "2.4.6", "device": "GPU 1개"}
    line = env.environment_line(info)
    assert line.startswith("환경: Python 3.11.7") and line.endswith("장치: GPU 1개")


def test_deterministic_seed_turns_off_tf32():
    tf = env.import_tensorflow()
    env.set_seed(42)
    assert tf.config.experimental.tensor_float_32_execution_enabled() is False


def test_korean_font_path_points_to_the_bundled_nanum_gothic():
    path = env.korean_font_path()
    assert path.name == "NanumGothic.ttf" and path.stat().st_size > 100_000
