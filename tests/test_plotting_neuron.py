"""utils.neurons.draw_biological_neuron: 부분 이름이 모두 붙고, 잘못된 인자를 알려 주는지."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pytest

from utils import neurons


def test_biological_neuron_labels_every_part():
    ax = neurons.draw_biological_neuron(title="뉴런")
    texts = " ".join(t.get_text() for t in ax.texts)
    for part in ["dendrites", "cell body", "nucleus", "axon", "telodendria",
                 "synaptic terminals", "수상돌기", "세포체", "축삭돌기", "축삭 끝가지", "시냅스"]:
        assert part in texts, f"'{part}' 이름표가 없습니다"
    assert ax.get_title() == "뉴런"
    assert len(ax.patches) >= 6  # 세포체, 핵, 말이집 마디, 시냅스 말단


def test_biological_neuron_draws_on_given_axes():
    _, ax = plt.subplots()
    assert neurons.draw_biological_neuron(ax) is ax


@pytest.mark.parametrize("kwargs", [{"ax": "axes"}, {"title": 3}])
def test_biological_neuron_rejects_bad_arguments(kwargs):
    with pytest.raises(TypeError):
        neurons.draw_biological_neuron(**kwargs)
