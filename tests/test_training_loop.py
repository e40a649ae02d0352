"""utils.training.epoch_progress: 직접 만든 훈련 루프의 에포크 진행 막대."""

from __future__ import annotations

import io

import pytest

from utils.training import epoch_progress


def test_bar_iterates_epochs_and_shows_postfix():
    out = io.StringIO()
    bar = epoch_progress(3, "저수준 루프", file=out)
    seen = []
    for epoch in bar:
        seen.append(epoch)
        bar.set_postfix(val_acc=f"{0.9 + epoch / 100:.4f}")
    text = out.getvalue()
    assert seen == [0, 1, 2]
    assert "저수준 루프" in text and "3/3 에포크" in text and "100%" in text
    assert "val_acc=0.9200" in text
    assert text.endswith("\n")  # 마지막 에포크가 끝나면 막대가 닫힙니다


def test_bar_writes_to_stdout_by_default(capsys):
    for _ in epoch_progress(2):
        pass
    captured = capsys.readouterr()
    assert "2/2 에포크" in captured.out and captured.err == ""


@pytest.mark.parametrize("kwargs,error", [
    ({"n_epochs": 0}, ValueError),
    ({"n_epochs": -2}, ValueError),
    ({"n_epochs": 2.0}, TypeError),
    ({"n_epochs": True}, TypeError),
    ({"n_epochs": "3"}, TypeError),
    ({"n_epochs": 3, "desc": 5}, TypeError),
])
def test_bad_arguments_raise(kwargs, error):
    with pytest.raises(error):
        epoch_progress(**kwargs)
