"""utils.diagrams.draw_training_loop (01번 노트북의 훈련 루프 그림)."""

from __future__ import annotations

import pytest

from utils import diagrams


def test_draw_training_loop_names_the_four_parts():
    ax = diagrams.draw_training_loop(title="훈련 루프")
    texts = " ".join(t.get_text() for t in ax.texts)
    for part in ["입력 X", "층", "가중치", "타깃 Y", "손실 함수", "손실 점수", "옵티마이저",
                 "가중치 업데이트"]:
        assert part in texts
    assert ax.get_title() == "훈련 루프"
    ax.figure.canvas.draw()


def test_draw_training_loop_rejects_bad_axes():
    with pytest.raises(TypeError, match="Axes"):
        diagrams.draw_training_loop(ax=[1, 2])
