"""강의의 JupyterLab 화면: 한국어 기본, 인터넷이 필요한 알림 없음, 학습자에게 nbgrader 메뉴 없음.

이 설정은 course.py가 가상 환경 안(``share/jupyter/lab/settings/overrides.json``, nbgrader는
sys-prefix 수준에서 끔)에 둡니다. 서버는 빈 사용자 설정 폴더로 뜨므로, 여기서 보이는 것이 처음
여는 학습자의 화면입니다.

"""

from __future__ import annotations

import json
import time
import urllib.error

import pytest
from lab_ui import SCREENSHOTS

KOREAN_MENUS = ["파일", "편집", "보기", "실행", "커널", "탭", "설정", "도움말"]
ENGLISH_MENUS = ["File", "Edit", "View", "Run", "Kernel", "Tabs", "Settings", "Help"]
NEWS_ENDPOINTS = ("/lab/api/news", "/lab/api/update")
TOAST = ".Toastify__toast"


def open_lab(page, server) -> None:
    page.goto(server.lab_url())
    page.wait_for_selector(".lm-MenuBar-item")
    page.wait_for_selector(".jp-DirListing-item")  # 파일 탐색기까지 그려짐
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.restored !== undefined")
    page.evaluate("() => window.jupyterapp.restored")


def menu_titles(page) -> list[str]:
    return [t.strip() for t in page.locator(".lm-MenuBar-item").all_inner_texts()]


def user_setting(server, plugin: str, values: dict):
    """이 테스트 서버의 사용자 설정 파일 경로와 내용 (학습자가 설정 편집기에서 바꾼 것과 같음)."""
    package, name = plugin.split(":")
    path = server.settings_dir / package / f"{name}.jupyterlab-settings"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(values), encoding="utf-8")
    return path


def test_interface_is_korean_clean_and_offline(lab_page, lab_server):
    page = lab_page
    open_lab(page, lab_server)
    # 소식을 묻는 알림은 화면이 복원된 뒤에 뜹니다. 뜰 시간을 줍니다(대조 테스트가 시간을 출력).
    page.wait_for_timeout(5000)
    assert menu_titles(page) == KOREAN_MENUS
    assert page.locator(TOAST).count() == 0, page.locator(TOAST).all_inner_texts()
    requested = page.record.requested_urls
    assert not [u for u in requested if any(e in u for e in NEWS_ENDPOINTS)]
    # nbgrader: JupyterLab 확장의 명령도, 서버의 formgrader도 없습니다.
    commands = page.evaluate("() => window.jupyterapp.commands.listCommands()")
    assert not [c for c in commands if "nbgrader" in c.lower() or "formgrader" in c.lower()]
    with pytest.raises(urllib.error.HTTPError) as err:
        lab_server.api("GET", "/formgrader")
    assert err.value.code == 404
    log = lab_server.log_path.read_text(encoding="utf-8")
    assert "nbgrader" not in log.lower(), log
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "interface.png"))
    assert not page.record.external_requests
    assert not page.record.page_errors
    assert not page.record.console_errors


def test_news_question_would_be_caught(lab_page, lab_server):
    """대조 실험: 사용자가 소식 설정을 기본값('묻기')으로 되돌리면 알림이 뜹니다.

    위 테스트가 찾는 그 알림(TOAST)이므로, 위 테스트는 강의 설정이 빠지면 실패합니다.
    """
    path = user_setting(lab_server, "@jupyterlab/apputils-extension:notification",
                        {"fetchNews": "none"})
    try:
        open_lab(lab_page, lab_server)
        start = time.monotonic()
        lab_page.wait_for_selector(TOAST, timeout=15000)
        print(f"소식 알림이 복원 뒤 {time.monotonic() - start:.1f} s에 뜸: "
              f"{lab_page.locator(TOAST).first.inner_text()[:80]!r}")
    finally:
        path.unlink()


def test_english_is_one_menu_click_away(lab_page, lab_server):
    page = lab_page
    try:
        open_lab(page, lab_server)
        page.locator(".lm-MenuBar-item", has_text="설정").click()
        page.locator(".lm-Menu-item[data-type='submenu']", has_text="언어").hover()
        page.locator(".lm-Menu-item", has_text="English").first.click()
        page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept").click()  # 바꾸고 다시 불러오기
        page.wait_for_load_state("load")
        page.wait_for_function(
            """() => [...document.querySelectorAll('.lm-MenuBar-item')]
                     .some(e => e.textContent.trim() === 'File')""", timeout=60000)
        assert menu_titles(page) == ENGLISH_MENUS
    finally:
        for path in lab_server.settings_dir.glob("@jupyterlab/translation-extension/*"):
            path.unlink()
