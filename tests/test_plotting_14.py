"""14번 노트북의 그림 함수(plot_search_trials)를 확인합니다."""

from __future__ import annotations

import numpy as np
import pytest

from utils import plotting

CATEGORIES = {"activation": ["relu", "tanh", "sigmoid"], "n_hidden": [1, 2, 3]}


def _trial(lr, activation, n_hidden, score):
    return {"learning_rate": lr, "activation": activation, "n_hidden": n_hidden,
            "val_accuracy": score}


WIDE = [_trial(1e-4, "relu", 1, 0.5), _trial(1e-3, "relu", 1, 0.9), _trial(1e-2, "sigmoid", 3, 0.7)]
NARROW = [_trial(2e-3, "relu", 2, 0.92), _trial(3e-3, "relu", 2, 0.93)]


def test_one_panel_per_hyperparameter_with_log_scale_first_and_ordered_categories():
    fig = plotting.plot_search_trials([("넓게", WIDE), ("좁혀서", NARROW)], CATEGORIES,
                                      xlabels={"learning_rate": "학습률"}, ylabel="검증 정확도",
                                      title="제목")
    ax_lr, ax_act, ax_hidden = fig.axes
    assert ax_lr.get_xscale() == "log" and ax_lr.get_xlabel() == "학습률"
    assert [t.get_text() for t in ax_act.get_xticklabels()] == ["relu", "tanh", "sigmoid"]
    assert [t.get_text() for t in ax_hidden.get_xticklabels()] == ["1", "2", "3"]
    assert ax_lr.get_ylabel() == "검증 정확도" and fig._suptitle.get_text() == "제목"
    # 점 하나가 시도 하나: 단계마다 scatter 하나, 값은 시도의 점수
    wide, narrow = ax_act.collections
    np.testing.assert_allclose(wide.get_offsets()[:, 1], [0.5, 0.9, 0.7])
    np.testing.assert_allclose(narrow.get_offsets()[:, 1], [0.92, 0.93])
    np.testing.assert_allclose(ax_lr.collections[0].get_offsets()[:, 0], [1e-4, 1e-3, 1e-2])
    low, high = ax_lr.get_xlim()                     # 양 끝의 10의 거듭제곱 눈금이 보이도록
    assert low < 1e-4 and high > 1e-2
    assert [t.get_text() for t in ax_lr.get_legend().get_texts()] == ["넓게", "좁혀서"]


def test_points_in_the_same_category_do_not_overlap_and_stay_in_their_column():
    fig = plotting.plot_search_trials([("넓게", WIDE), ("좁혀서", NARROW)], CATEGORIES)
    ax_act = fig.axes[1]
    xs = np.concatenate([c.get_offsets()[:, 0] for c in ax_act.collections])
    relu = xs[[0, 1, 3, 4]]                        # relu 시도 네 개: 모두 0번 칸 안, 서로 다른 자리
    assert len(set(np.round(relu, 6))) == 4 and np.all(np.abs(relu) < 0.5)
    assert abs(xs[2] - 2) < 0.5                   # sigmoid는 2번 칸


def test_without_log_key_and_with_a_single_trial():
    fig = plotting.plot_search_trials([("한 번", WIDE[:1])], CATEGORIES, log_key=None)
    assert len(fig.axes) == 2 and fig.axes[0].get_ylabel() == "val_accuracy"


@pytest.mark.parametrize("stages", [
    [],                                                         # 시도가 없음
    [("빈 단계", [])],
    [("값 없음", [{"learning_rate": 1e-3, "activation": "relu", "val_accuracy": 0.9}])],
    [("모르는 범주", [_trial(1e-3, "gelu", 1, 0.9)])],
])
def test_bad_input_raises_value_error(stages):
    with pytest.raises(ValueError):
        plotting.plot_search_trials(stages, CATEGORIES)
