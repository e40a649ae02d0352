"""JupyterLab 화면을 다루는 작은 도우미 (Playwright sync API).

명령은 학습자처럼 메뉴로 실행합니다: 메뉴 막대에서 메뉴를 열고 항목을 누릅니다. 항목은 화면 글자가
아니라 JupyterLab 명령 이름(``data-command``)으로 찾으므로, 어느 언어로 보이든 같은 항목을
누릅니다. 실행 결과(실행 번호, 출력 종류)는 ``window.jupyterapp``(서버를
``--LabApp.expose_app_in_browser``로 띄움)을 통해 지금 열린 노트북의 모델에서 읽습니다 — 화면에
보이는 바로 그 노트북입니다.

"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
IMAGE_OUTPUT = ".jp-OutputArea .jp-RenderedImage img"
KERNEL_IDLE = ".jp-Notebook-ExecutionIndicator[data-status='idle']"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

# 메뉴 막대의 메뉴 id → 그 안의 명령 (JupyterLab 4)
MENU_OF_COMMAND = {
    "editmenu:clear-all": "jp-mainmenu-edit",  # 편집 → 모든 셀의 출력 지우기
    "runmenu:restart-and-run-all": "jp-mainmenu-kernel",  # 커널 → 커널 재시작와 모든 셀 실행
    "notebook:run-all-above": "jp-mainmenu-run",  # 실행 → 위의 모든 셀 실행
}

ASKS_FIRST = {"runmenu:restart-and-run-all"}  # "커널을 다시 시작할까요?" 대화 상자가 뜨는 명령


def stored_notebook(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def count_image_outputs(cells: list[dict], widgets: bool = False) -> int:
    """그림 출력(image/*)의 수. 출력 하나가 화면의 그림 하나입니다.

    widgets=False: 위젯이 아닌 출력(JupyterLab이 PNG를 그대로 그림). widgets=True: 위젯 뷰와
    그 PNG를 함께 낸 탐색기 출력 — 커널이 살아 있으면 JupyterLab은 PNG 대신 위젯(안의 그림)을
    그립니다.
    저장된 노트북에는 위젯 뷰가 없으므로(scripts/execute_notebooks.py가 뺌) 탐색기도 PNG로 셉니다.
    """
    return sum(any(k.startswith("image/") for k in o.get("data", {}))
               and (WIDGET_VIEW in o.get("data", {})) == widgets
               for c in cells if c["cell_type"] == "code" for o in c.get("outputs", []))


def code_cells_with_source(cells: list[dict]) -> list[int]:
    """실행되면 실행 번호가 붙는 코드 셀(빈 셀 제외)의 인덱스."""
    return [i for i, c in enumerate(cells)
            if c["cell_type"] == "code" and "".join(c["source"]).strip()]


def open_notebook(page, server, name: str, timeout_s: float = 180) -> None:
    """노트북을 열고 커널이 준비될 때까지 기다립니다."""
    page.goto(server.lab_url(f"/tree/notebooks/{name}"))
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook", timeout=timeout_s * 1000)
    page.wait_for_function(
        """name => {
            const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
            return w && w.context && w.context.path.endsWith(name) && w.context.isReady
                && w.sessionContext.session && w.sessionContext.session.kernel
                && w.sessionContext.session.kernel.status === 'idle';
        }""", arg=name, timeout=timeout_s * 1000)
    page.wait_for_selector(KERNEL_IDLE, timeout=timeout_s * 1000)


def menu_command(page, command: str) -> None:
    """메뉴 막대에서 메뉴를 열고 명령 항목을 누릅니다(확인 대화 상자가 뜨면 확인)."""
    menu_id = MENU_OF_COMMAND[command]
    title = page.evaluate(
        """id => {
            const menu = window.jupyterapp.shell.widgets('menu').next().value;
            const m = menu.menus.find(m => m.id === id);
            return m.title.label;
        }""", menu_id)
    page.locator(".lm-MenuBar-item", has_text=title).first.click()
    item = page.locator(f".lm-Menu-item[data-command='{command}']").first
    item.wait_for(state="visible")
    item.click()
    if command in ASKS_FIRST:
        accept = page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept")
        accept.wait_for(state="visible")
        accept.click()
        accept.wait_for(state="detached")


def notebook_model(page) -> dict:
    """지금 열린 노트북의 모델(nbformat JSON)과 커널 상태."""
    return page.evaluate(
        """() => {
            const w = window.jupyterapp.shell.currentWidget;
            return {nb: w.content.model.toJSON(),
                    kernel: w.sessionContext.session.kernel.status};
        }""")


def wait_until_ran(page, indices: list[int], timeout_s: float) -> float:
    """indices의 코드 셀이 모두 실행 번호를 받고 커널이 쉬면 걸린 시간을 돌려줍니다."""
    start = time.monotonic()
    page.wait_for_function(
        """indices => {
            const w = window.jupyterapp.shell.currentWidget;
            const cells = w.content.model.cells;
            const done = indices.every(i => cells.get(i).executionCount !== null);
            const busy = document.querySelectorAll(".jp-InputPrompt").length === 0
                || [...document.querySelectorAll(".jp-InputPrompt")]
                    .some(p => p.textContent.includes("*"));
            return done && !busy && w.sessionContext.session.kernel.status === 'idle';
        }""", arg=indices, timeout=timeout_s * 1000, polling=500)
    return time.monotonic() - start


def rendered_images(page) -> dict:
    """출력 영역의 그림: 위젯 밖(노트북 출력)과 그려진 위젯 그림(탐색기)의 수, 덜 그려진 그림 수."""
    return page.evaluate(
        """sel => {
            const imgs = [...document.querySelectorAll(
                ".jp-NotebookPanel:not(.lm-mod-hidden) " + sel)];
            const plain = imgs.filter(i => !i.closest(".jupyter-widgets"));
            const inWidgets = [...document.querySelectorAll(
                ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea img.widget-image")]
                .filter(i => i.complete && i.naturalWidth > 0);
            return {plain: plain.length, widgets: inWidgets.length,
                    broken: plain.filter(i => !i.src.startsWith("data:") && !i.complete).length};
        }""", IMAGE_OUTPUT)


def wait_for_images(page, plain: int, widgets: int = 0, timeout_s: float = 20) -> dict:
    """그림 수가 (plain, widgets)가 될 때까지(출력은 조금 늦게 그려지기도 합니다) 기다립니다."""
    deadline = time.monotonic() + timeout_s
    shown = rendered_images(page)
    while (shown["plain"], shown["widgets"]) != (plain, widgets) and time.monotonic() < deadline:
        page.wait_for_timeout(250)
        shown = rendered_images(page)
    return shown


def error_outputs(nb: dict) -> list[tuple[int, str]]:
    """(셀 인덱스, 'ename: evalue') — 모델에 있는 오류 출력."""
    return [(i, f"{o.get('ename')}: {o.get('evalue')}") for i, c in enumerate(nb["cells"])
            if c["cell_type"] == "code" for o in c.get("outputs", [])
            if o.get("output_type") == "error"]


def scroll_to_first_image(page) -> None:
    page.evaluate(
        """sel => {
            const img = document.querySelector(sel);
            if (img) img.scrollIntoView({block: "center"});
        }""", IMAGE_OUTPUT)
    page.wait_for_timeout(300)


EXPLORER_CALL = re.compile(r"\b\w+_explorer\(")
IMAGE_DIGEST = """async img => {
    const bytes = await (await fetch(img.src)).arrayBuffer();
    const digest = await crypto.subtle.digest("SHA-256", bytes);
    return [...new Uint8Array(digest)].map(b => b.toString(16).padStart(2, "0")).join("");
}"""


def explorer_cells(nb: dict) -> list[int]:
    """탐색기(utils/explorers.py의 ``*_explorer(...)``)를 보여 주는 코드 셀의 인덱스."""
    return [i for i, c in enumerate(nb["cells"])
            if c["cell_type"] == "code" and EXPLORER_CALL.search("".join(c["source"]))
            and "import" not in "".join(c["source"])]


def move_first_slider(page, index: int, timeout_s: float = 20) -> tuple[str, str, float]:
    """셀 index의 탐색기에서 첫 슬라이더 손잡이에 초점을 두고 → 키를 세 번 누릅니다.

    그림(PNG 바이트의 SHA-256)이 바뀔 때까지 기다려 (이전 값, 새 값, 걸린 초)를 돌려줍니다.
    """
    cell = page.locator(".jp-Notebook .jp-Cell").nth(index)
    image = cell.locator("img.widget-image").first
    image.wait_for(state="visible", timeout=30000)
    image.scroll_into_view_if_needed()
    before = image.evaluate(IMAGE_DIGEST)
    slider = cell.locator(".widget-slider").first
    readout = slider.locator(".widget-readout").first
    value_before = readout.inner_text()
    slider.locator(".noUi-handle").first.focus()
    start = time.monotonic()
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    while image.evaluate(IMAGE_DIGEST) == before:
        assert time.monotonic() - start < timeout_s, (
            f"셀 {index}: 슬라이더를 옮겼는데 {timeout_s} s 안에 그림이 그대로")
        page.wait_for_timeout(50)
    seconds = time.monotonic() - start
    value_after = readout.inner_text()
    assert value_after != value_before, f"셀 {index}: 슬라이더 값이 그대로 ({value_before})"
    return value_before, value_after, seconds
