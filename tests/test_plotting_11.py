"""11번 노트북의 그림 함수 draw_shape_chain을 확인합니다."""

from __future__ import annotations

import pytest

from utils import diagrams


def test_shape_chain_writes_every_shape_and_matching_dimension():
    ax = diagrams.draw_shape_chain((784, 50, 100, 10), (1, 100), title="모양")
    texts = [t.get_text() for t in ax.texts]
    for expected in ["X\n1×784", "W1\n784×50", "W2\n50×100", "W3\n100×10", "$\\hat{Y}$\n1×10",
                     "X\n100×784", "$\\hat{Y}$\n100×10", "784 = 784", "50 = 50", "100 = 100",
                     "한 장", "배치 100장"]:
        assert expected in texts
    assert texts.count("784 = 784") == 2 and ax.get_title() == "모양"


def test_shape_chain_works_for_other_networks():
    ax = diagrams.draw_shape_chain((4, 3), (8,))
    texts = [t.get_text() for t in ax.texts]
    assert {"X\n8×4", "W1\n4×3", "$\\hat{Y}$\n8×3", "4 = 4", "배치 8장"} <= set(texts)


@pytest.mark.parametrize("layers,batches", [((784,), (1,)), ((784, 0), (1,)), ((784, 10), ()),
                                            ((784, 10), (1.5,)), (("784", 10), (1,))])
def test_shape_chain_rejects_bad_sizes(layers, batches):
    with pytest.raises(ValueError):
        diagrams.draw_shape_chain(layers, batches)
