"""노트북 준비 (course setup for a notebook).

모든 노트북의 첫 코드 셀은 다음 두 줄입니다::

    from utils.env import setup_notebook
    setup_notebook()

시드 고정, 연산 결정론(op determinism), 조용한 텐서플로 로그, 한글 글꼴, 보기 좋은
NumPy 출력 형식을 한 번에 설정하고 버전과 장치를 한 줄로 알려 줍니다.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import platform
import sys
from pathlib import Path
from typing import Any

_DEFAULT_SEED = 42
KOREAN_FONT = "NanumGothic"


@contextlib.contextmanager
def _stderr_to_devnull():
    """C 수준의 표준 오류(fd 2)를 잠시 /dev/null로 보냅니다.

    텐서플로는 임포트하는 동안 absl 로그("All log messages before absl::InitializeLog()
    ...", "Could not find cuda drivers ...")를 TF_CPP_MIN_LOG_LEVEL이 적용되기 전에
    fd 2에 직접 씁니다. 주피터 커널은 fd 2를 셀 출력으로 옮기므로 임포트하는 동안만
    막습니다. 파이썬 예외는 그대로 전달됩니다.
    """
    try:
        fd = sys.__stderr__.fileno() if sys.__stderr__ else 2
        saved = os.dup(fd)
    except (OSError, ValueError, AttributeError):  # fd가 없는 환경이면 그냥 진행
        yield
        return
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), fd)
            yield
    finally:
        os.dup2(saved, fd)
        os.close(saved)


def import_tensorflow() -> Any:
    """텐서플로를 C++ 로그 없이 임포트해서 돌려줍니다 (import TensorFlow quietly)."""
    if "tensorflow" in sys.modules:
        return sys.modules["tensorflow"]
    with _stderr_to_devnull():
        import tensorflow as tf

        # 쿠다를 포함한 텐서플로는 GPU가 없는 컴퓨터에서 장치를 처음 찾을 때 "failed call to cuInit"
        # ERROR를 한 줄 씁니다. 여기서 미리 찾아 그 줄을 삼킵니다. 어떤 장치를 쓰는지는
        # setup_notebook이 한 줄로 알려 주므로 GPU를 못 찾은 것도 그 줄에서 보입니다.
        tf.config.list_physical_devices()
    return tf


def set_seed(seed: int = _DEFAULT_SEED, *, deterministic: bool = True) -> None:
    """파이썬, NumPy, 텐서플로 난수 시드를 한꺼번에 고정합니다.

    Args:
        seed: 0 이상의 정수 시드.
        deterministic: True이면 ``tf.config.experimental.enable_op_determinism()``도
            켜서 같은 장치에서는 실행할 때마다 같은 결과가 나오게 하고, GPU의 TF32 행렬 곱을
            꺼서 CPU와 GPU의 결과가 가깝게 합니다.

    Raises:
        TypeError: seed가 정수가 아닐 때.
        ValueError: seed가 음수이거나 2**32 이상일 때.
    """
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise TypeError(
            f"seed는 정수여야 합니다 (seed must be an int), 받은 값: {seed!r}"
        )
    if not 0 <= seed < 2**32:
        raise ValueError(
            f"seed는 0 이상 2**32 미만이어야 합니다 (0 <= seed < 2**32), 받은 값: {seed}"
        )
    tf = import_tensorflow()
    import keras

    keras.utils.set_random_seed(seed)
    if deterministic:
        tf.config.experimental.enable_op_determinism()
        # 암페어 이후 GPU는 행렬 곱을 기본으로 TF32(정밀도 10비트)로 계산해 CPU와 셋째 자리부터
        # 달라질 수 있습니다. 강의의 출력이 CPU와 GPU에서 같도록 끕니다(CPU에는 영향 없음).
        tf.config.experimental.enable_tensor_float_32_execution(False)


def gpu_names() -> list[str]:
    """텐서플로가 볼 수 있는 GPU 이름 목록 (빈 목록이면 CPU만 씁니다)."""
    tf = import_tensorflow()
    return [d.name for d in tf.config.list_physical_devices("GPU")]


def korean_font_path() -> Path:
    """번들된 NanumGothic.ttf의 경로를 찾습니다 (koreanize-matplotlib 패키지를 임포트하지 않습니다).

    그 패키지를 *임포트*하면 파이썬 3.12부터 없는 ``distutils``가 필요하므로, 패키지 폴더에서
    글꼴 파일만 찾습니다.
    """
    spec = importlib.util.find_spec("koreanize_matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "한글 글꼴 패키지 koreanize-matplotlib이 설치되어 있지 않습니다. "
            "`pip install -r requirements.txt`로 설치하세요.\n"
            "The Korean font package koreanize-matplotlib is not installed; "
            "run `pip install -r requirements.txt`."
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "fonts" / "NanumGothic.ttf"
    if not path.is_file():
        raise RuntimeError(f"글꼴 파일이 없습니다 / font file is missing: {path}")
    return path


def use_korean_font() -> str:
    """matplotlib이 한글을 그리도록 NanumGothic을 등록하고 기본 글꼴로 정합니다.

    글꼴 목록은 ``["DejaVu Sans", "NanumGothic"]``입니다. 라틴 문자, 숫자, 기호(→, ≈, 아래
    첨자, 로그 축 눈금의 수식 기호)는 matplotlib 기본 글꼴인 DejaVu Sans로, DejaVu Sans에 없는
    한글은 글자 단위로 NanumGothic으로 그립니다(matplotlib 3.6 이상의 글꼴 대체).
    NanumGothic을 앞에 두면 로그 축 눈금의 음수 기호(U+2212)와 화살표가 깨집니다.
    일반 텍스트의 음수 기호는 ``axes.unicode_minus=False``로 ASCII 하이픈을 씁니다.

    Returns:
        등록한 글꼴 이름 ``"NanumGothic"``.
    """
    import matplotlib as mpl
    from matplotlib import font_manager

    path = korean_font_path()
    registered = {f.fname for f in font_manager.fontManager.ttflist}
    for font_file in sorted(path.parent.glob("NanumGothic*.ttf")):  # 보통, 굵게, 더 굵게, 가늘게
        if str(font_file) not in registered:
            font_manager.fontManager.addfont(str(font_file))
    mpl.rcParams["font.family"] = ["DejaVu Sans", KOREAN_FONT]
    mpl.rcParams["axes.unicode_minus"] = False
    return KOREAN_FONT


def environment_info() -> dict[str, str]:
    """버전과 장치 정보를 사전으로 돌려줍니다 (versions and device)."""
    tf = import_tensorflow()
    import keras
    import matplotlib
    import numpy as np
    import sklearn

    gpus = gpu_names()
    return {
        "python": platform.python_version(),
        "tensorflow": tf.__version__,
        "keras": keras.__version__,
        "keras_backend": keras.backend.backend(),
        "numpy": np.__version__,
        "matplotlib": matplotlib.__version__,
        "scikit-learn": sklearn.__version__,
        "device": f"GPU {len(gpus)}개" if gpus else "CPU",
    }


def environment_line(info: dict[str, str] | None = None) -> str:
    """``setup_notebook``이 찍는 한 줄을 만듭니다."""
    info = environment_info() if info is None else info
    return (
        f"환경: Python {info['python']} · TensorFlow {info['tensorflow']} · "
        f"Keras {info['keras']} ({info['keras_backend']} 백엔드) · "
        f"NumPy {info['numpy']} · 장치: {info['device']}"
    )


def setup_notebook(seed: int = _DEFAULT_SEED, *, deterministic: bool = True) -> None:
    """노트북 하나를 위한 준비를 한 번에 합니다 (one call at the top of every notebook).

    - 텐서플로 로그를 숨기고 조용히 임포트합니다.
    - ``set_seed(seed)``로 난수를 고정하고 연산 결정론을 켭니다.
    - 그래프에 한글이 나오도록 번들된 NanumGothic 글꼴을 등록합니다.
    - NumPy 출력을 소수 넷째 자리까지, 과학 표기 없이 보여 줍니다.
    - 버전과 사용 장치(CPU/GPU)를 한 줄로 출력합니다.
    """
    import numpy as np

    set_seed(seed, deterministic=deterministic)
    use_korean_font()
    np.set_printoptions(precision=4, suppress=True, linewidth=100)
    print(environment_line())
