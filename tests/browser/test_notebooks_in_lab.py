"""모든 노트북을 학습자처럼 JupyterLab에서 엽니다 (headless Chromium, Playwright).

- 00~11: 연 다음 메뉴로 "모든 출력 지우기", "커널 재시작 후 모든 셀 실행"을 하고 끝날 때까지
  기다립니다. 모든 코드 셀이 실행 번호를 받았는지, 오류 출력이 ``raises-exception`` 태그가 붙은
  셀에만 있는지, 화면의 그림 수가 저장된 노트북의 그림 출력 수와 같은지, 브라우저 콘솔에 오류가
  없는지 봅니다.
- 12~14(훈련, 한 편에 1분 넘게): 열어서 저장된 출력이 모두 그려지는지 보고, 첫 번호 절(``## 1.``)이
  끝나는 곳까지의 셀을 메뉴("위의 셀 모두 실행")로 실행해 같은 것을 확인합니다. 노트북
  전체의 실행은 nbval (``python3 course.py test``)이 맡습니다.
- 탐색기(utils/explorers.py)가 있으면 모두 실행한 그 화면에서 탐색기마다(하위 테스트 하나씩)
  첫 슬라이더를 키보드로 옮기고 그림이 바뀌는지 봅니다(걸린 시간을 출력). 노트북을 두 번
  실행하지 않으려고 따로 떼지 않았습니다. 탐색기는 끝까지 실행하는 노트북(00~11)에만 있어야
  합니다(마지막 테스트).
- 노트북마다 화면을 ``tests/browser/screenshots/``에 저장합니다(첫 그림이 보이는 곳, 탐색기를
  움직인 뒤).
"""

from __future__ import annotations

import re
import time

import pytest
from lab_ui import (
    NOTEBOOKS,
    SCREENSHOTS,
    code_cells_with_source,
    count_image_outputs,
    error_outputs,
    explorer_cells,
    menu_command,
    move_first_slider,
    notebook_model,
    open_notebook,
    rendered_images,
    scroll_to_first_image,
    stored_notebook,
    wait_for_images,
    wait_until_ran,
)

ALL = sorted(p.name for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
PARTIAL = {"12_mnist_mlp_keras.ipynb", "13_low_level_tensorflow.ipynb",
           "14_hyperparameter_tuning.ipynb"}
RUN_TIMEOUT_S = 400
# 허용하는 콘솔 오류 (하나마다 이유):
# - JupyterLab 디버거 확장은 커널이 새로 뜨면 디버거 상태를 묻습니다(debug_request).
#   노트북을 열자마자 "커널 재시작와 모든 셀 실행"을 하면 그 질문이 답을 받기 전에 취소되어
#   이 줄을 남깁니다(학습자도 똑같이 할 수 있음). 화면에는 아무것도 뜨지 않고, 디버거를 쓰지
#   않는 강의와 상관없습니다.
ALLOWED_CONSOLE_ERRORS = (
    "Could not restore the debugger state: Canceled future for debug_request message",
)


def tagged_raises(nb: dict) -> set[int]:
    return {i for i, c in enumerate(nb["cells"])
            if "raises-exception" in c.get("metadata", {}).get("tags", [])}


def end_of_first_section(cells: list[dict]) -> int:
    """``## 2.`` 제목 셀의 인덱스(그 위가 설정 셀과 1절). 없으면 첫 번호 절 다음 제목."""
    headings = [i for i, c in enumerate(cells) if c["cell_type"] == "markdown"
                and re.match(r"##\s+\d+\.", "".join(c["source"]).lstrip())]
    assert len(headings) >= 2, "번호 절(## 1., ## 2.)이 없습니다"
    return headings[1]


def check_ran(nb: dict, stored: dict, indices: list[int]) -> None:
    cells = nb["cells"]
    assert len(cells) == len(stored["cells"])
    not_run = [i for i in indices if cells[i].get("execution_count") is None]
    assert not not_run, f"실행되지 않은 코드 셀: {not_run}"
    errors = [(i, e) for i, e in error_outputs(nb) if i not in tagged_raises(stored)]
    assert not errors, f"오류가 난 셀 (raises-exception 태그 없음): {errors}"


def check_console(page) -> None:
    record = page.record
    assert not record.page_errors, f"페이지 오류: {record.page_errors}"
    errors = [e for e in record.console_errors
              if not any(e.startswith(allowed) for allowed in ALLOWED_CONSOLE_ERRORS)]
    assert not errors, f"브라우저 콘솔 오류: {errors}"
    assert not record.external_requests, f"localhost 밖 요청: {record.external_requests}"


@pytest.mark.parametrize("name", ALL)
def test_notebook_runs_in_jupyterlab(name, lab_page, lab_server, subtests):
    page = lab_page
    stored = stored_notebook(lab_server.root / "notebooks" / name)  # 서버가 연 바로 그 사본
    start = time.monotonic()
    open_notebook(page, lab_server, name)
    # 저장된 출력이 그대로 그려지는지 (GitHub에서 읽는 것처럼)
    expected_images = count_image_outputs(stored["cells"])
    shown = wait_for_images(page, expected_images)
    assert shown["plain"] == expected_images, (shown, expected_images)

    if name in PARTIAL:
        stop = end_of_first_section(stored["cells"])
        page.locator(".jp-Notebook .jp-Cell").nth(stop).click()
        menu_command(page, "notebook:run-all-above")
        indices = [i for i in code_cells_with_source(stored["cells"]) if i < stop]
    else:
        menu_command(page, "editmenu:clear-all")
        cleared = notebook_model(page)["nb"]
        assert all(not c.get("outputs") and c.get("execution_count") is None
                   for c in cleared["cells"] if c["cell_type"] == "code")
        assert rendered_images(page)["plain"] == 0
        menu_command(page, "runmenu:restart-and-run-all")
        indices = code_cells_with_source(stored["cells"])
    run_s = wait_until_ran(page, indices, RUN_TIMEOUT_S)
    page.wait_for_timeout(1000)  # 마지막 출력이 그려질 시간
    nb = notebook_model(page)["nb"]

    SCREENSHOTS.mkdir(exist_ok=True)
    scroll_to_first_image(page)
    page.screenshot(path=str(SCREENSHOTS / f"{name.removesuffix('.ipynb')}.png"))

    check_ran(nb, stored, indices)
    plain, widgets = count_image_outputs(nb["cells"]), count_image_outputs(nb["cells"], True)
    shown = wait_for_images(page, plain, widgets)
    assert (shown["plain"], shown["widgets"]) == (plain, widgets), (
        f"화면의 그림 {shown}, 실행한 노트북의 그림 출력 {plain}, 탐색기 {widgets}")
    assert plain + widgets == expected_images, (
        f"실행한 노트북의 그림 {plain} + 탐색기 {widgets} ≠ 저장된 노트북의 그림 {expected_images}")
    assert shown["broken"] == 0
    check_console(page)

    explorers = explorer_cells(stored)
    for index in explorers:
        with subtests.test(msg=f"탐색기 셀 {index}"):
            before, after, seconds = move_first_slider(page, index)
            print(f"{name} 탐색기 셀 {index}: {before} → {after}, 그림 바뀜 {seconds:.2f} s")
    if explorers:
        page.locator(".jp-Notebook .jp-Cell").nth(explorers[-1]).locator(
            "img.widget-image").first.evaluate("e => e.scrollIntoView({block: 'center'})")
        page.wait_for_timeout(1000)  # 나머지 키 입력의 그림까지 (테스트는 첫 변화만 기다림)
        page.screenshot(path=str(SCREENSHOTS / f"{name.removesuffix('.ipynb')}_explorer.png"))
        check_console(page)
    print(f"{name}: 실행 {run_s:.1f} s, 전체 {time.monotonic() - start:.1f} s")


def test_explorers_are_in_fully_run_notebooks():
    """탐색기의 브라우저 테스트는 끝까지 실행하는 노트북에서만 돕니다(위 테스트)."""
    with_explorers = {name for name in ALL if explorer_cells(stored_notebook(NOTEBOOKS / name))}
    assert not with_explorers & PARTIAL, (
        f"탐색기가 일부만 실행하는 노트북에 있습니다: {sorted(with_explorers & PARTIAL)}")
