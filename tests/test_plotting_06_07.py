"""06·07번 노트북이 쓰는 그림 함수: 등고선, 로그 눈금, 작업 흐름, 백엔드 스택."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pytest

from utils import diagrams, plotting


def test_draw_loss_contours_draws_levels_limits_and_minimum():
    _, ax = plt.subplots()
    out = plotting.draw_loss_contours(ax, lambda a, b: a ** 2 + 4 * b ** 2, (-2, 3), (-1, 1),
                                      levels=[0.5, 1, 2], minimum=(0, 0), labels=("w", "b"))
    assert out is ax
    assert ax.get_xlim() == (-2, 3) and ax.get_ylim() == (-1, 1)
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("w", "b")
    contour_sets = [c for c in ax.get_children() if type(c).__name__ == "QuadContourSet"]
    assert len(contour_sets) == 1 and list(contour_sets[0].levels) == [0.5, 1, 2]
    assert [tuple(line.get_xydata()[0]) for line in ax.lines] == [(0.0, 0.0)]


def test_draw_loss_contours_without_minimum_and_bad_axes():
    _, ax = plt.subplots()
    plotting.draw_loss_contours(ax, lambda a, b: a ** 2 + b ** 2, (-1, 1), (-1, 1), levels=[0.5])
    assert not ax.lines
    with pytest.raises(TypeError):
        plotting.draw_loss_contours("axes", lambda a, b: a, (0, 1), (0, 1), levels=[0.5])


def test_use_log_yscale_writes_plain_numbers():
    _, ax = plt.subplots()
    ax.plot([1, 2, 3], [0.01, 0.1, 1])
    plotting.use_log_yscale(ax)
    assert ax.get_yscale() == "log"
    formatter = ax.yaxis.get_major_formatter()
    assert formatter(0.01, 0) == "0.01" and formatter(10, 0) == "10"


@pytest.mark.parametrize("draw,expected", [
    (diagrams.draw_keras_workflow, ["1. 데이터 정의", "2. 모델 정의", "3. compile", "4. fit",
                                    "evaluate"]),
    (diagrams.draw_backend_stack, ["케라스 (Keras 3)", "TensorFlow", "JAX", "PyTorch", "CPU",
                                   "GPU", "TPU", "Theano, CNTK", "XLA",
                                   "수치 라이브러리\n· 컴파일러"]),
])
def test_diagrams_contain_their_boxes(draw, expected):
    ax = draw(title="제목")
    texts = [t.get_text() for t in ax.texts]
    for word in expected:
        assert any(t.startswith(word) for t in texts), f"{word!r} 상자가 없습니다: {texts}"
    assert ax.get_title() == "제목" and not ax.axison


def test_diagrams_use_the_given_axes_and_reject_others():
    _, ax = plt.subplots()
    assert diagrams.draw_keras_workflow(ax, title=None) is ax and ax.get_title() == ""
    with pytest.raises(TypeError):
        diagrams.draw_backend_stack(ax="not axes")
