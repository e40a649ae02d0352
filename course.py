#!/usr/bin/env python3
"""강의 준비, 실행, 테스트를 한 번에 (set up, open and test the course).

파이썬 3.11 이상만 있으면 됩니다. 처음 실행할 때 저장소 안에 가상 환경(.venv)을 만들고
requirements.txt를 설치합니다. 그 뒤로는 requirements.txt가 바뀌었을 때만 다시 설치합니다.

    python3 course.py lab        # 준비하고 JupyterLab에서 강의 열기
    python3 course.py test       # 준비하고 전체 테스트 (단위 테스트 + 모든 노트북 nbval)
    python3 course.py test tests/browser   # JupyterLab 화면 테스트 (Chromium 필요)
    python3 course.py execute    # (관리자용) 모든 노트북을 처음부터 다시 실행해 저장
    python3 course.py student    # (강사용) 풀이를 비운 학생판을 student_edition/에 만들기
    python3 course.py nbgrader on   # (강사용) JupyterLab의 nbgrader 메뉴와 formgrader 켜기
    python3 course.py nbgrader off  # (강사용) 다시 끄기 (학습자용 기본값)
    python3 course.py site       # 강의 웹사이트를 _site/에 만들기 (인터넷 없이, 1분 안에)

가상 환경 위치는 환경 변수 COURSE_VENV로 바꿀 수 있습니다(.ci/run이 새 환경에 씁니다).
Windows에서는 `python3` 대신 `py` 또는 `python`을 쓰세요.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REQUIREMENTS = ROOT / "requirements.txt"
REQUIREMENTS_SITE = ROOT / "requirements-site.txt"  # 웹사이트 도구 (course.py site만 씀)
MIN_PYTHON = (3, 11)


def venv_dir() -> Path:
    return Path(os.environ.get("COURSE_VENV", ROOT / ".venv")).resolve()


def venv_python(env: Path) -> Path:
    if os.name == "nt":
        return env / "Scripts" / "python.exe"
    return env / "bin" / "python"


def run(cmd: list[str | Path], then: str = "") -> None:
    """명령을 실행하고, 끝나면 then을 출력하고, 실패했으면 같은 종료 코드로 끝냅니다."""
    print("$", " ".join(str(c) for c in cmd), flush=True)
    result = subprocess.run([str(c) for c in cmd], cwd=ROOT)
    if then:
        print(then, flush=True)
    if result.returncode != 0:
        sys.exit(result.returncode)


# 강의용 JupyterLab 기본 설정: 한국어 화면, 인터넷이 필요한 뉴스·업데이트 확인 끔.
# 사용자 전역 설정은 건드리지 않고 가상 환경 안의 overrides.json에 씁니다
# (사용자가 설정 → 언어에서 바꾸면 그쪽이 이깁니다).
LAB_OVERRIDES = {
    "@jupyterlab/translation-extension:plugin": {"locale": "ko_KR"},
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
}
# nbgrader(강사용)가 설치하는 서버 확장과 JupyterLab 확장. 학습자 화면에는 필요 없어
# 처음 한 번 끕니다.
NBGRADER_SERVER_EXTENSIONS = [
    "nbgrader.server_extensions.formgrader",
    "nbgrader.server_extensions.validate_assignment",
    "nbgrader.server_extensions.assignment_list",
    "nbgrader.server_extensions.course_list",
]
NBGRADER_LABEXTENSION = "@jupyter/nbgrader"
BROWSER_TESTS_HINT = ("JupyterLab 화면 테스트(Chromium 필요, 몇 분)는 따로 실행합니다 "
                      "(browser tests): python3 course.py test tests/browser — README 참고")


def lab_overrides_path(env: Path) -> Path:
    """가상 환경(sys.prefix)의 JupyterLab 설정 기본값 파일 (app settings dir)."""
    return env / "share" / "jupyter" / "lab" / "settings" / "overrides.json"


def write_lab_overrides(env: Path) -> None:
    """overrides.json에 강의 기본값을 넣습니다(다른 항목은 그대로 둠). 이미 같으면 쓰지 않습니다."""
    path = lab_overrides_path(env)
    try:
        current = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        current = {}
    if not isinstance(current, dict):
        current = {}
    wanted = dict(current)
    for plugin, values in LAB_OVERRIDES.items():
        old = wanted.get(plugin)
        wanted[plugin] = {**(old if isinstance(old, dict) else {}), **values}
    if wanted != current or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(wanted, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def set_nbgrader_ui(python: Path, enabled: bool) -> None:
    """nbgrader의 서버 확장과 JupyterLab 확장을 가상 환경 수준(sys-prefix)에서 켜거나 끕니다."""
    action = "enable" if enabled else "disable"
    run([python, "-m", "jupyter", "server", "extension", action, "--sys-prefix",
         *NBGRADER_SERVER_EXTENSIONS])
    run([python, "-m", "jupyter", "labextension", action, "--level=sys_prefix",
         NBGRADER_LABEXTENSION])


def configure_lab(python: Path) -> None:
    """강의용 JupyterLab 설정을 가상 환경 안에 둡니다. 몇 번 실행해도 결과가 같습니다.

    nbgrader는 처음 한 번만 끕니다(표시 파일로 기억). 강사가 `course.py nbgrader on`으로
    켠 것을 되돌리지 않기 위해서입니다.
    """
    env = venv_dir()
    write_lab_overrides(env)
    marker = env / ".course-nbgrader-ui-configured"
    if not marker.exists():
        print("학습자용 JupyterLab에서 nbgrader 메뉴를 끕니다 (disabling nbgrader's UI; "
              "instructors: python3 course.py nbgrader on).", flush=True)
        set_nbgrader_ui(python, enabled=False)
        marker.write_text("off\n")


def ensure_environment() -> Path:
    """가상 환경을 만들고(없으면) requirements.txt를 설치합니다(바뀌었으면)."""
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"파이썬 {MIN_PYTHON[0]}.{MIN_PYTHON[1]} 이상이 필요합니다 "
                 f"(Python >= 3.11 required); 지금은 {sys.version.split()[0]}입니다.")
    env = venv_dir()
    python = venv_python(env)
    if not python.exists():
        print(f"가상 환경을 만듭니다 (creating a virtual environment): {env}", flush=True)
        venv.EnvBuilder(with_pip=True).create(env)
    stamp = env / ".course-requirements.sha256"
    wanted = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text().strip() != wanted:
        print("패키지를 설치합니다. 처음에는 몇 분 걸립니다 "
              "(installing packages, a few minutes the first time).", flush=True)
        run([python, "-m", "pip", "install", "--upgrade", "pip"])
        run([python, "-m", "pip", "install", "-r", REQUIREMENTS])
        stamp.write_text(wanted)
    configure_lab(python)
    return python


def main(argv: list[str]) -> None:
    command = argv[0] if argv else "help"
    if command not in {"lab", "test", "execute", "student", "nbgrader", "site"}:
        print(__doc__)
        sys.exit(0 if command in {"help", "-h", "--help"} else 2)
    if command == "student":  # 가상 환경이 필요 없습니다(표준 라이브러리만 씀)
        sys.path.insert(0, str(ROOT / "scripts"))
        import exercise_cells
        sys.exit(exercise_cells.main(["student", *argv[1:]]))
    if command == "nbgrader" and argv[1:] not in (["on"], ["off"]):
        sys.exit("사용법 (usage): python3 course.py nbgrader on|off")
    python = ensure_environment()
    os.environ.setdefault("PYTHONUTF8", "1")
    if command == "nbgrader":
        set_nbgrader_ui(python, enabled=argv[1] == "on")
        print("JupyterLab을 다시 시작하면 적용됩니다 (restart JupyterLab to apply).")
    elif command == "lab":
        # 강의 폴더 전체를 보여 주면서 첫 노트북을 엽니다.
        run([python, "-m", "jupyter", "lab", f"--ServerApp.root_dir={ROOT}",
             "--LabApp.default_url=/lab/tree/notebooks/00_course_setup.ipynb", *argv[1:]])
    elif command == "site":  # 사이트 도구는 처음 한 번(과 requirements-site.txt가 바뀔 때)만 설치
        stamp = venv_dir() / ".course-site-requirements.sha256"
        wanted = hashlib.sha256(REQUIREMENTS_SITE.read_bytes()).hexdigest()
        if not stamp.exists() or stamp.read_text().strip() != wanted:
            run([python, "-m", "pip", "install", "-r", REQUIREMENTS_SITE])
            stamp.write_text(wanted)
        run([python, ROOT / "scripts" / "build_site.py", *argv[1:]])
    elif command == "test":
        run([python, "-m", "pytest", *argv[1:]],
            then="" if argv[1:] else BROWSER_TESTS_HINT)
    else:
        run([python, ROOT / "scripts" / "execute_notebooks.py", *argv[1:]])


if __name__ == "__main__":
    main(sys.argv[1:])
