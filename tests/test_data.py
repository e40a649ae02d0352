"""utils.data: 체크섬 확인, 없는/깨진 파일의 오류, 내려받기 대체, 선택지."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from utils import data


def test_bundled_files_match_their_checksums():
    assert data.sha256sum(data.DATA_DIR / data.MNIST_FILE) == data.MNIST_SHA256
    assert data.sha256sum(data.DATA_DIR / data.SAMPLE_WEIGHT_FILE) == data.SAMPLE_WEIGHT_SHA256


def test_load_mnist_defaults_are_normalised_and_flat():
    (x_train, y_train), (x_test, y_test) = data.load_mnist()
    assert x_train.shape == (60000, 784) and x_test.shape == (10000, 784)
    assert x_train.dtype == np.float32 and 0.0 == x_train.min() and x_train.max() == 1.0
    assert y_train.shape == (60000,) and y_test.shape == (10000,)
    assert np.bincount(y_test).tolist() == [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974,
                                            1009]


def test_load_mnist_raw_images_and_one_hot_labels():
    (x_train, y_train), _ = data.load_mnist(normalize=False, flatten=False, one_hot=True)
    assert x_train.shape == (60000, 28, 28) and x_train.dtype == np.uint8
    assert x_train.max() == 255
    assert y_train.shape == (60000, 10) and np.all(y_train.sum(axis=1) == 1)


@pytest.mark.parametrize("kwargs", [{"normalize": 1}, {"flatten": "yes"}, {"one_hot": None}])
def test_load_mnist_rejects_non_bool_options(kwargs):
    with pytest.raises(TypeError, match="bool"):
        data.load_mnist(**kwargs)


def test_load_mnist_rejects_bad_data_dir_type():
    with pytest.raises(TypeError, match="data_dir"):
        data.load_mnist(data_dir=123)


def test_sample_weights_shapes():
    w = data.load_sample_weights()
    assert {k: v.shape for k, v in w.items()} == data.SAMPLE_WEIGHT_SHAPES
    assert all(v.dtype == np.float32 for v in w.values())


def test_missing_file_gives_korean_and_english_error(tmp_path):
    with pytest.raises(data.DataFileError) as err:
        data.load_mnist(data_dir=tmp_path, allow_download=False)
    message = str(err.value)
    assert "데이터 파일이 없습니다" in message and "missing" in message
    assert "git checkout -- data/" in message


def test_missing_sample_weights_never_download(tmp_path):
    with pytest.raises(data.DataFileError, match="missing"):
        data.load_sample_weights(data_dir=tmp_path)


def test_corrupted_file_gives_checksum_error(tmp_path):
    bad = tmp_path / data.MNIST_FILE
    shutil.copy(data.DATA_DIR / data.MNIST_FILE, bad)
    with open(bad, "r+b") as f:
        f.seek(1000)
        f.write(b"\x00\x01\x02\x03")
    with pytest.raises(data.DataFileError) as err:
        data.load_mnist(data_dir=tmp_path)  # 깨진 파일은 내려받기로 덮지 않습니다
    assert "깨졌습니다" in str(err.value) and "corrupted" in str(err.value)
    assert data.MNIST_SHA256 in str(err.value)


def test_corrupted_sample_weights(tmp_path):
    (tmp_path / data.SAMPLE_WEIGHT_FILE).write_bytes(b"not an npz file")
    with pytest.raises(data.DataFileError, match="corrupted"):
        data.load_sample_weights(data_dir=tmp_path)


def test_missing_mnist_falls_back_to_keras_download(tmp_path, monkeypatch, capsys):
    """내려받기는 흉내만 냅니다: 테스트는 네트워크를 쓰지 않습니다."""
    import keras

    fake_x = np.full((2, 28, 28), 255, dtype=np.uint8)
    fake_y = np.array([3, 7], dtype=np.uint8)
    monkeypatch.setattr(keras.datasets.mnist, "load_data",
                        lambda: ((fake_x, fake_y), (fake_x[:1], fake_y[:1])))
    (x_train, y_train), (x_test, _) = data.load_mnist(data_dir=tmp_path)
    assert x_train.shape == (2, 784) and x_train.max() == 1.0 and x_test.shape == (1, 784)
    assert "내려받습니다" in capsys.readouterr().out


def test_failed_download_explains_what_to_do(tmp_path, monkeypatch):
    import keras

    def offline():
        raise OSError("network unreachable")

    monkeypatch.setattr(keras.datasets.mnist, "load_data", offline)
    with pytest.raises(data.DataFileError, match="download failed"):
        data.load_mnist(data_dir=tmp_path)


def test_verify_file_accepts_the_right_checksum(tmp_path):
    p = tmp_path / "x.bin"
    p.write_bytes(b"abc")
    expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert data.verify_file(p, expected) == p


@pytest.mark.parametrize("bad", ["abc", "G" * 64, None, data.MNIST_SHA256.upper()])
def test_verify_file_rejects_malformed_checksums(bad, tmp_path):
    with pytest.raises(ValueError, match="64"):
        data.verify_file(tmp_path / "x.bin", bad)


def test_verify_file_rejects_non_paths():
    with pytest.raises(TypeError, match="path"):
        data.verify_file(123, data.MNIST_SHA256)
