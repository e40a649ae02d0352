"""utils.plotting.plot_roc_curves (05번 노트북): 손으로 계산한 ROC 점과 AUC가 그려지는지."""

from __future__ import annotations

import numpy as np
import pytest

from utils import plotting

Y = [0, 0, 1, 1]
# 양성-음성 짝 4개 가운데 (0.4 > 0.1), (0.9 > 0.1), (0.9 > 0.6) 세 짝만 순서가 맞습니다: AUC = 3/4.
SCORES = [0.1, 0.6, 0.4, 0.9]


def test_roc_legend_shows_auc_computed_by_hand():
    ax = plotting.plot_roc_curves(Y, {"모델": SCORES, "완벽": [0.1, 0.2, 0.8, 0.9]})
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["모델 (AUC = 0.750)", "완벽 (AUC = 1.000)", "무작위 추측 (AUC = 0.5)"]


def test_roc_marks_the_operating_point_of_each_threshold():
    # 임계값 0.5: 양성 판정 = 0.6, 0.9 → 음성 2개 중 1개(FPR 0.5), 양성 2개 중 1개(재현율 0.5).
    # 임계값 0.05: 모두 양성 → (1, 1).
    ax = plotting.plot_roc_curves(Y, {"모델": SCORES}, thresholds=(0.5, 0.05))
    points = [tuple(np.ravel(line.get_xydata())) for line in ax.lines
              if len(line.get_xdata()) == 1]
    assert points == [(0.5, 0.5), (1.0, 1.0)]
    assert [t.get_text() for t in ax.texts] == ["임계값 0.5", "임계값 0.05"]


def test_roc_curve_passes_through_corners():
    ax = plotting.plot_roc_curves(Y, {"모델": SCORES}, thresholds=())
    xy = ax.lines[0].get_xydata()
    assert tuple(xy[0]) == (0.0, 0.0) and tuple(xy[-1]) == (1.0, 1.0)


@pytest.mark.parametrize("y,scores", [
    ([0, 0, 0, 0], {"모델": SCORES}),          # 한 클래스뿐
    ([0, 1, 2, 1], {"모델": SCORES}),          # 0/1이 아닌 타깃
    (Y, {}),                                   # 모델 없음
    (Y, {"모델": [0.1, 0.2, 0.3]}),            # 길이가 다름
])
def test_roc_rejects_bad_inputs(y, scores):
    with pytest.raises(ValueError):
        plotting.plot_roc_curves(y, scores)
