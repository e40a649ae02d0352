"""브라우저 테스트의 준비: 강의 환경의 JupyterLab 서버 하나와 화면 없는(headless) Chromium.

- 서버: 이 파이썬(강의 가상 환경)의 ``jupyter lab``을 빈 로컬 포트, 무작위 토큰으로 띄웁니다.
  런타임·설정·작업 공간 폴더는 모두 임시 폴더라서 사용자의 JupyterLab 설정을 건드리지도, 읽지도
  않습니다. 가상 환경 안의 설정 (course.py가 쓰는 ``share/jupyter/lab/settings/overrides.json``과
  nbgrader 끄기)은 그대로 적용됩니다 — 그것이 시험할 대상입니다.
- 노트북: 저장소의 노트북을 임시 폴더 ``notebooks/``에 복사해 그 폴더를 서버의 루트로 씁니다.
  노트북을 실행해도 저장소의 파일은 바뀌지 않습니다(``utils``와 ``data/``는 설치된 utils 패키지가
  찾습니다).
- 브라우저: 환경 변수 ``COURSE_BROWSER``(Chrome/Chromium 실행 파일 경로 또는 ``chrome``/``msedge``
  채널 이름), PATH의 ``chromium``/``chromium-browser``/``google-chrome``, ``playwright install
  chromium``으로 받은 브라우저 순서로 찾습니다. 없으면 모든 테스트가 한 가지 이유로 건너뜁니다.
- 페이지마다 브라우저 콘솔 오류와 localhost 밖으로 나가려는 요청을 모읍니다(그런 요청은 막습니다).
"""

from __future__ import annotations

import functools
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from lab_ui import NOTEBOOKS

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
CHANNELS = {"chrome", "chrome-beta", "msedge", "chromium"}
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
SERVER_START_TIMEOUT_S = 120


@functools.cache
def find_browser() -> tuple[str, str] | None:
    """("executable", 경로) 또는 ("channel", 이름); 찾지 못하면 None."""
    wanted = os.environ.get("COURSE_BROWSER", "").strip()
    if wanted:
        if wanted in CHANNELS:
            return ("channel", wanted)
        path = shutil.which(wanted) or (wanted if Path(wanted).is_file() else None)
        return ("executable", path) if path else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return ("executable", path)
    try:  # `playwright install chromium`으로 받은 브라우저 (macOS, Windows)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            path = p.chromium.executable_path
        if path and Path(path).is_file():
            return ("executable", path)
    except Exception:  # noqa: BLE001 — 브라우저를 찾는 중의 어떤 실패든 "없음"입니다
        pass
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LabServer:
    base_url: str
    token: str
    root: Path
    process: subprocess.Popen
    log_path: Path
    settings_dir: Path  # 이 서버만의 사용자 설정 폴더 (JUPYTERLAB_SETTINGS_DIR)

    def api(self, method: str, path: str) -> object:
        request = urllib.request.Request(
            f"{self.base_url}{path}", method=method,
            headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read()
        return json.loads(body) if body else None

    def shutdown_kernels(self) -> None:
        """열린 세션과 커널을 모두 닫습니다(다음 노트북이 빈 기계에서 시작하도록)."""
        for session in self.api("GET", "/api/sessions") or []:
            self.api("DELETE", f"/api/sessions/{session['id']}")
        for kernel in self.api("GET", "/api/kernels") or []:
            self.api("DELETE", f"/api/kernels/{kernel['id']}")

    def lab_url(self, path: str = "") -> str:
        return f"{self.base_url}/lab{path}?reset&token={self.token}"


@dataclass
class PageRecord:
    """한 페이지에서 일어난 일: 콘솔 오류, 페이지 오류, 막은 외부 요청, 모든 요청의 URL."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    requested_urls: list[str] = field(default_factory=list)


NO_BROWSER = ("브라우저 테스트 건너뜀: Chromium/Chrome이 없습니다 (no browser found: "
              "install `chromium`, run `playwright install chromium`, "
              "or set COURSE_BROWSER) — README 참고")


def pytest_collection_modifyitems(config, items):
    """브라우저가 없으면 브라우저가 필요한 테스트 하나만 이유와 함께 건너뛰고 나머지는 뺍니다.

    그래서 요약에 건너뛴 이유가 한 줄만 나오고(나머지는 'deselected'로 셉니다), 조용히 통과하는
    테스트는 없습니다.
    """
    needs_browser = [item for item in items
                     if "browser_choice" in getattr(item, "fixturenames", ())]
    if not needs_browser or find_browser() is not None:
        return
    needs_browser[0].add_marker(pytest.mark.skip(reason=NO_BROWSER))
    rest = set(needs_browser[1:])
    config.hook.pytest_deselected(items=needs_browser[1:])
    items[:] = [item for item in items if item not in rest]


@pytest.fixture(scope="session")
def browser_choice() -> tuple[str, str]:
    found = find_browser()
    if found is None:
        pytest.skip(NO_BROWSER)
    return found


@pytest.fixture(scope="session")
def lab_server(browser_choice, tmp_path_factory) -> Iterator[LabServer]:
    base = tmp_path_factory.mktemp("lab")
    root = base / "root"
    (root / "notebooks").mkdir(parents=True)
    for path in sorted(NOTEBOOKS.glob("*.ipynb")) + [NOTEBOOKS / "glossary.md"]:
        if path.exists():
            shutil.copy2(path, root / "notebooks" / path.name)
    token = secrets.token_hex(24)
    port = free_port()
    env = dict(os.environ)
    for name in ("runtime", "config", "data", "settings", "workspaces"):
        (base / name).mkdir()
    env.update({
        "JUPYTER_RUNTIME_DIR": str(base / "runtime"),
        "JUPYTER_CONFIG_DIR": str(base / "config"),  # 사용자 설정(~/.jupyter)을 읽지 않음
        "JUPYTER_DATA_DIR": str(base / "data"),  # 사용자 커널·확장(~/.local/share/jupyter)도
        "JUPYTERLAB_SETTINGS_DIR": str(base / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(base / "workspaces"),
        "PYTHONUTF8": "1",
    })
    env.pop("JUPYTERLAB_DIR", None)
    log_path = base / "jupyter-lab.log"
    log = log_path.open("w", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser",
         "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
         # 테스트가 노트북 모델(실행 번호, 출력 종류)을 읽도록 window.jupyterapp을 엽니다.
         "--LabApp.expose_app_in_browser=True",
         # CI는 root로 돕니다(JupyterLab은 root 실행을 막으므로 그때만 허용).
         *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else [])],
        cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    server = LabServer(f"http://127.0.0.1:{port}", token, root, process, log_path,
                       base / "settings")
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while True:
        if process.poll() is not None:
            log_text = log_path.read_text(encoding="utf-8")
            pytest.fail(f"jupyter lab이 시작하지 못했습니다:\n{log_text}")
        try:
            server.api("GET", "/api/status")
            break
        except (urllib.error.URLError, ConnectionError, OSError):
            if time.monotonic() > deadline:
                process.terminate()
                pytest.fail(f"jupyter lab이 {SERVER_START_TIMEOUT_S} s 안에 답하지 않았습니다")
            time.sleep(0.5)
    yield server
    try:
        server.shutdown_kernels()
    except OSError:
        pass
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    log.close()


@pytest.fixture(scope="session")
def browser(browser_choice, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    kind, value = browser_choice
    user_data = tmp_path_factory.mktemp("chromium-profile")
    options = {"executable_path": value} if kind == "executable" else {"channel": value}
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(user_data), headless=True, args=CHROMIUM_ARGS, locale="ko-KR",
            viewport={"width": 1400, "height": 1000}, **options)
        yield context
        context.close()


@pytest.fixture
def lab_page(browser, lab_server):
    """새 탭 하나. 외부로 나가는 요청은 막고 기록하며, 콘솔 오류를 모읍니다.

    끝나면 탭과 커널을 닫습니다.
    """
    record = PageRecord()
    page = browser.new_page()

    def route(route_, request):
        record.requested_urls.append(request.url)
        host = urlsplit(request.url).hostname or ""
        if request.url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
            route_.continue_()
        else:
            record.external_requests.append(request.url)
            route_.abort()

    page.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and record.console_errors.append(
        f"{m.text} @ {m.location.get('url', '')}"))
    page.on("pageerror", lambda e: record.page_errors.append(str(e)))
    page.record = record  # type: ignore[attr-defined]
    yield page
    page.close()
    lab_server.shutdown_kernels()
