#!/usr/bin/env python3
"""강의 준비, 실행, 테스트를 한 번에 (set up, open and test the course).

파이썬 3.11 이상만 있으면 됩니다. 처음 실행할 때 저장소 안에 가상 환경(.venv)을 만들고
requirements.txt를 설치합니다. 그 뒤로는 requirements.txt가 바뀌었을 때만 다시 설치합니다.

    python3 course.py lab        # 준비하고 JupyterLab에서 강의 열기
    python3 course.py test       # 준비하고 전체 테스트 (단위 테스트 + 모든 노트북 nbval)
    python3 course.py execute    # (관리자용) 모든 노트북을 처음부터 다시 실행해 저장
    python3 course.py student    # (강사용) 풀이를 비운 학생판을 student_edition/에 만들기

가상 환경 위치는 환경 변수 COURSE_VENV로 바꿀 수 있습니다(.ci/run이 새 환경에 씁니다).
Windows에서는 `python3` 대신 `py` 또는 `python`을 쓰세요.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REQUIREMENTS = ROOT / "requirements.txt"
MIN_PYTHON = (3, 11)


def venv_dir() -> Path:
    return Path(os.environ.get("COURSE_VENV", ROOT / ".venv")).resolve()


def venv_python(env: Path) -> Path:
    if os.name == "nt":
        return env / "Scripts" / "python.exe"
    return env / "bin" / "python"


def run(cmd: list[str | Path]) -> None:
    print("$", " ".join(str(c) for c in cmd), flush=True)
    result = subprocess.run([str(c) for c in cmd], cwd=ROOT)
    if result.returncode != 0:
        sys.exit(result.returncode)


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
    return python


def main(argv: list[str]) -> None:
    command = argv[0] if argv else "help"
    if command not in {"lab", "test", "execute", "student"}:
        print(__doc__)
        sys.exit(0 if command in {"help", "-h", "--help"} else 2)
    if command == "student":  # 가상 환경이 필요 없습니다(표준 라이브러리만 씀)
        sys.path.insert(0, str(ROOT / "scripts"))
        import exercise_cells
        sys.exit(exercise_cells.main(["student", *argv[1:]]))
    python = ensure_environment()
    os.environ.setdefault("PYTHONUTF8", "1")
    if command == "lab":
        # 강의 폴더 전체를 보여 주면서 첫 노트북을 엽니다.
        run([python, "-m", "jupyter", "lab", f"--ServerApp.root_dir={ROOT}",
             "--LabApp.default_url=/lab/tree/notebooks/00_course_setup.ipynb", *argv[1:]])
    elif command == "test":
        run([python, "-m", "pytest", *argv[1:]])
    else:
        run([python, ROOT / "scripts" / "execute_notebooks.py", *argv[1:]])


if __name__ == "__main__":
    main(sys.argv[1:])
