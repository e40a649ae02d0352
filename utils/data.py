"""강의 데이터 불러오기 (loading the bundled course data).

데이터는 저장소의 ``data/`` 폴더에 들어 있고, 읽을 때마다 SHA-256 체크섬을 확인합니다.
파일이 없거나 깨졌으면 무엇을 하면 되는지 한국어와 영어로 알려 주는 ``DataFileError``를
냅니다. MNIST 파일이 *없을 때만* ``keras.datasets.mnist.load_data()`` 내려받기로
대신합니다(그렇게 한다고 알려 줍니다).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

MNIST_FILE = "mnist.npz"
MNIST_SHA256 = "06af5dfe73b70e3bc1c36439982b18a8d76803db9b544f6fdf838a37fbb01b64"
_MNIST_KEYS = ("x_train", "y_train", "x_test", "y_test")

SAMPLE_WEIGHT_FILE = "sample_weight.npz"
SAMPLE_WEIGHT_SHA256 = "bc3cfd4a0205bf2e83501b8a5128bf73389c98793f22c87a6c2f5e7e3c82ddaa"
SAMPLE_WEIGHT_SHAPES = {
    "W1": (784, 50),
    "b1": (50,),
    "W2": (50, 100),
    "b2": (100,),
    "W3": (100, 10),
    "b3": (10,),
}

_HOW_TO_FIX = (
    "해결 방법: 저장소에서 파일을 되살리세요(`git checkout -- data/`) 또는 강의 저장소를 다시 "
    "받으세요. 체크섬은 data/README.md에 있습니다.\n"
    "How to fix: restore the file from the repository (`git checkout -- data/`) or "
    "download the course again; the checksums are listed in data/README.md."
)


class DataFileError(RuntimeError):
    """데이터 파일이 없거나 깨졌을 때 나는 오류 (missing or corrupted data file)."""


def sha256sum(path: str | Path) -> str:
    """파일의 SHA-256 체크섬(16진수 문자열)을 계산합니다."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _resolve_dir(data_dir: str | Path | None) -> Path:
    if data_dir is None:
        return DATA_DIR
    if not isinstance(data_dir, (str, Path)):
        raise TypeError(
            "data_dir는 문자열이나 pathlib.Path여야 합니다 "
            f"(data_dir must be str or Path), 받은 값: {data_dir!r}"
        )
    return Path(data_dir)


def verify_file(path: str | Path, expected_sha256: str) -> Path:
    """파일이 있고 체크섬이 맞는지 확인합니다. 아니면 ``DataFileError``를 냅니다.

    Args:
        path: 확인할 파일.
        expected_sha256: 기대하는 SHA-256 (16진수 64자).

    Returns:
        확인된 파일의 경로.
    """
    if not isinstance(expected_sha256, str) or not re.fullmatch(r"[0-9a-f]{64}", expected_sha256):
        raise ValueError("expected_sha256는 16진수 소문자 64자여야 합니다 "
                         f"(64 lowercase hex digits expected), 받은 값: {expected_sha256!r}")
    if not isinstance(path, (str, Path)):
        raise TypeError(f"path는 문자열이나 Path여야 합니다, 받은 값: {path!r}")
    path = Path(path)
    if not path.is_file():
        raise DataFileError(
            f"데이터 파일이 없습니다: {path}\nData file is missing: {path}\n{_HOW_TO_FIX}"
        )
    actual = sha256sum(path)
    if actual != expected_sha256:
        raise DataFileError(
            f"데이터 파일이 깨졌습니다(체크섬 불일치): {path}\n"
            f"Data file is corrupted (checksum mismatch): {path}\n"
            f"  기대한 값 / expected: {expected_sha256}\n"
            f"  실제 값 / actual:     {actual}\n{_HOW_TO_FIX}"
        )
    return path


def _download_mnist() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``keras.datasets.mnist.load_data()``로 내려받습니다 (인터넷 필요)."""
    from utils.env import import_tensorflow

    import_tensorflow()
    import keras

    print(
        "알림: data/mnist.npz가 없어서 keras.datasets.mnist.load_data()로 내려받습니다.\n"
        "Note: data/mnist.npz is missing, downloading it with keras.datasets.mnist.load_data()."
    )
    try:
        (x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
    except Exception as exc:  # 네트워크 오류의 종류는 다양합니다
        raise DataFileError(
            "data/mnist.npz가 없고 내려받기도 실패했습니다.\n"
            "data/mnist.npz is missing and the download failed.\n"
            f"원인 / cause: {exc}\n{_HOW_TO_FIX}"
        ) from exc
    return x_train, y_train, x_test, y_test


def _read_npz(path: Path, keys: tuple[str, ...]) -> dict[str, np.ndarray]:
    try:
        with np.load(path, allow_pickle=False) as archive:
            missing = [k for k in keys if k not in archive.files]
            if missing:
                raise DataFileError(
                    f"{path}에 필요한 배열이 없습니다 / missing arrays: {missing}\n{_HOW_TO_FIX}"
                )
            return {k: archive[k] for k in keys}
    except (OSError, ValueError) as exc:
        raise DataFileError(
            f"{path}를 읽을 수 없습니다 / cannot read {path}: {exc}\n{_HOW_TO_FIX}"
        ) from exc


def _check_flag(name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"{name}는 True 또는 False여야 합니다 ({name} must be a bool), "
                        f"받은 값: {value!r}")


def load_mnist(
    *,
    normalize: bool = True,
    flatten: bool = True,
    one_hot: bool = False,
    data_dir: str | Path | None = None,
    allow_download: bool = True,
) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """MNIST를 ``((x_train, y_train), (x_test, y_test))`` 모양으로 불러옵니다.

    ``keras.datasets.mnist.load_data()``와 같은 순서로 돌려주고, 『밑바닥부터 시작하는
    딥러닝』의 ``load_mnist(normalize, flatten, one_hot_label)``과 같은 선택지를 줍니다.

    Args:
        normalize: True이면 픽셀을 0.0~1.0 ``float32``로 나눕니다(255로 나눔).
            False이면 원래의 0~255 ``uint8``을 그대로 둡니다.
        flatten: True이면 이미지 하나를 784개 값의 1차원 벡터로 펼칩니다.
            False이면 (28, 28) 모양을 유지합니다.
        one_hot: True이면 레이블을 길이 10의 원-핫(one-hot) ``float32`` 벡터로 바꿉니다.
            False이면 0~9 정수 레이블(``uint8``)입니다.
        data_dir: ``mnist.npz``가 있는 폴더. 기본값은 저장소의 ``data/``.
        allow_download: 파일이 *없을 때* 내려받기로 대신할지 여부.

    Raises:
        TypeError: 선택지가 bool이 아닐 때.
        DataFileError: 파일이 깨졌거나, 없는데 내려받을 수도 없을 때.
    """
    for name, value in [("normalize", normalize), ("flatten", flatten),
                        ("one_hot", one_hot), ("allow_download", allow_download)]:
        _check_flag(name, value)
    path = _resolve_dir(data_dir) / MNIST_FILE
    if not path.exists() and allow_download:
        x_train, y_train, x_test, y_test = _download_mnist()
    else:
        arrays = _read_npz(verify_file(path, MNIST_SHA256), _MNIST_KEYS)
        x_train, y_train, x_test, y_test = (arrays[k] for k in _MNIST_KEYS)

    def images(x: np.ndarray) -> np.ndarray:
        if normalize:
            x = x.astype("float32") / 255.0
        if flatten:
            x = x.reshape(len(x), -1)
        return x

    def labels(y: np.ndarray) -> np.ndarray:
        if one_hot:
            return np.eye(10, dtype="float32")[y]
        return y

    return (images(x_train), labels(y_train)), (images(x_test), labels(y_test))


def load_sample_weights(data_dir: str | Path | None = None) -> dict[str, np.ndarray]:
    """『밑바닥부터 시작하는 딥러닝』 3장의 미리 학습된 784-50-100-10 가중치를 불러옵니다.

    Returns:
        ``W1, b1, W2, b2, W3, b3`` 키를 가진 ``float32`` 배열 사전.

    Raises:
        DataFileError: 파일이 없거나 깨졌을 때 (이 파일은 내려받기로 대신하지 않습니다).
    """
    path = verify_file(_resolve_dir(data_dir) / SAMPLE_WEIGHT_FILE, SAMPLE_WEIGHT_SHA256)
    weights = _read_npz(path, tuple(SAMPLE_WEIGHT_SHAPES))
    for key, shape in SAMPLE_WEIGHT_SHAPES.items():
        if weights[key].shape != shape:  # 체크섬이 맞으면 일어나지 않지만 분명히 해 둡니다
            raise DataFileError(f"{key}의 모양이 {weights[key].shape}입니다 (expected {shape}).")
    return weights
