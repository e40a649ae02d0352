"""utils.diagrams.draw_course_map (00번 노트북의 강의 지도)이 모든 노트북을 순서대로 그리는지."""

from __future__ import annotations

import pytest

from utils import diagrams

PARTS = {
    "1부": ["01 구조", "02 층", "03 모델"],
    "2부": ["04 손실 함수"],
}


def test_course_map_draws_every_part_and_lesson_top_to_bottom():
    ax = diagrams.draw_course_map(PARTS, title="강의 지도")
    positions = {t.get_text(): t.get_position() for t in ax.texts}
    for name in ["1부", "2부", "01 구조", "02 층", "03 모델", "04 손실 함수"]:
        assert name in positions
    assert positions["1부"][1] > positions["2부"][1], "첫 부가 맨 위에 와야 합니다"
    xs = [positions[name][0] for name in PARTS["1부"]]
    assert xs == sorted(xs) and len(set(xs)) == 3, "한 부의 노트북은 왼쪽에서 오른쪽 순서입니다"
    arrows = [t for t in ax.texts if t.get_text() == "" and getattr(t, "arrow_patch", None)]
    assert len(arrows) == 2, "노트북 사이마다 화살표 하나 (1부에 2개, 2부에 0개)"
    assert ax.get_title() == "강의 지도"
    ax.figure.canvas.draw()


@pytest.mark.parametrize("bad", [None, {}, ["01 구조"], {"1부": "01 구조"}, {"1부": []},
                                 {"1부": [1, 2]}, {1: ["01 구조"]}])
def test_course_map_rejects_bad_parts(bad):
    with pytest.raises(TypeError, match="parts"):
        diagrams.draw_course_map(bad)


def test_course_map_rejects_bad_axes():
    with pytest.raises(TypeError, match="Axes"):
        diagrams.draw_course_map(PARTS, ax="not axes")
