"""tests/ 안의 테스트가 함께 쓰는 설정: 화면 없는 그림 백엔드, 한글 글꼴, 그림 닫기.

- 창을 띄우지 않도록 pyplot을 임포트하기 *전에* Agg 백엔드를 정합니다. pytest는 테스트 파일보다
  이 파일을 먼저 임포트하므로, 테스트 파일은 ``matplotlib.use("Agg")``를 다시 부를 필요가 없습니다.
- 테스트마다 한글 글꼴을 정하고(``env.use_korean_font``: 글꼴 파일 등록은 처음 한 번뿐이고,
  그 뒤로는 rcParams 두 개를 정하는 1 ms 미만의 호출), 테스트가 끝나면 열린 그림을 모두 닫습니다.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from utils import env  # noqa: E402


@pytest.fixture(autouse=True)
def _korean_font_and_close_figures():
    env.use_korean_font()
    yield
    plt.close("all")
