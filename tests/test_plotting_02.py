"""utils.diagrams.draw_layer_stacks (02번 노트북의 층 호환성 블록 그림)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pytest
from matplotlib.colors import to_hex

from utils import diagrams

STACKS = {
    "호환되는 탑": [("Input", "-", "(None, 784)"), ("Dense(32)", "(None, 784)", "(None, 32)"),
                ("Dense(10)", "(None, 32)", "(None, 10)")],
    "호환되지 않는 탑": [("Input", "-", "(None, 784)"), ("Dense(32)", "(None, 784)", "(None, 32)"),
                   ("LSTM(16)", "(None, 타임스텝, 특성)", "(None, 16)")],
}
BLUE, RED = "#c6dbef", "#fcbba1"


def _blocks(ax):
    """아래에서 위 순서의 블록 색."""
    patches = sorted(ax.patches, key=lambda p: p.get_y())
    return [to_hex(p.get_facecolor()) for p in patches]


def test_blocks_are_stacked_bottom_up_and_mismatch_is_red():
    fig = diagrams.draw_layer_stacks(STACKS)
    good, bad = fig.axes
    assert [good.get_title(), bad.get_title()] == list(STACKS)
    assert _blocks(good) == [BLUE, BLUE, BLUE]
    assert _blocks(bad) == [BLUE, BLUE, RED], "LSTM은 (None, 32)를 받을 수 없어 빨간 블록"
    verdicts = [t.get_text() for t in bad.texts if t.get_text() in ("맞음", "안 맞음!")]
    assert verdicts == ["맞음", "안 맞음!"]
    good_texts = [t.get_text() for t in good.texts]
    assert "안 맞음!" not in good_texts and good_texts.count("맞음") == 2
    for name, _, gives in STACKS["호환되지 않는 탑"]:
        texts = [t.get_text() for t in bad.texts]
        assert name in texts and f"출력 {gives}" in texts
    fig.canvas.draw()  # 한글 글꼴로 그려지는지


def test_input_of_the_first_block_is_not_compared():
    fig = diagrams.draw_layer_stacks({"탑": [("Input", "아무거나", "(None, 3)")]})
    assert _blocks(fig.axes[0]) == [BLUE]
    assert not any(t.get_text().startswith("입력") for t in fig.axes[0].texts)


def test_draws_on_given_axes():
    fig, axes = plt.subplots(1, 2)
    assert diagrams.draw_layer_stacks(STACKS, axes=axes) is fig
    assert len(axes[1].patches) == 3


@pytest.mark.parametrize("bad", [None, {}, [("Input", "-", "(1,)")], {"탑": []},
                                 {"탑": [("Input", "-")]}, {"탑": [("Input", "-", 3)]},
                                 {"탑": "Input"}, {1: [("Input", "-", "(1,)")]}])
def test_rejects_bad_stacks(bad):
    with pytest.raises(TypeError, match="stacks"):
        diagrams.draw_layer_stacks(bad)


def test_rejects_wrong_number_of_axes():
    _, ax = plt.subplots()
    with pytest.raises(TypeError, match="axes"):
        diagrams.draw_layer_stacks(STACKS, axes=ax)
    with pytest.raises(TypeError, match="axes"):
        diagrams.draw_layer_stacks(STACKS, axes=[ax])
