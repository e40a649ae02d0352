"""저장소 구성 점검: 의존성 파일, README의 두 명령, CI 스크립트, 라이선스."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LAB_COMMAND = "python3 course.py lab"
TEST_COMMAND = "python3 course.py test"


def requirement_lines() -> list[str]:
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.strip().startswith("#")]


def environment_pip_lines() -> list[str]:
    """environment.yml의 ``- pip:`` 아래 목록을 읽습니다 (YAML 패키지 없이)."""
    lines = (ROOT / "environment.yml").read_text(encoding="utf-8").splitlines()
    out: list[str] = []
    inside = False
    pip_indent = 0
    for line in lines:
        if re.match(r"^\s*- pip:\s*$", line):
            inside, pip_indent = True, len(line) - len(line.lstrip())
            continue
        if inside:
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if len(line) - len(line.lstrip()) <= pip_indent:
                break
            out.append(re.sub(r"^- ", "", stripped))
    return out


def test_requirements_and_environment_list_the_same_packages():
    req, env = requirement_lines(), environment_pip_lines()
    assert env, "environment.yml에 pip 목록이 없습니다"
    assert sorted(req) == sorted(env), (
        "requirements.txt와 environment.yml이 다릅니다:\n"
        f"  requirements.txt에만: {sorted(set(req) - set(env))}\n"
        f"  environment.yml에만: {sorted(set(env) - set(req))}"
    )


def test_every_requirement_has_a_tested_range():
    for line in requirement_lines():
        if line == "-e .":
            continue
        assert re.search(r"(==|>=)", line), f"버전 범위가 없습니다: {line}"
        if ">=" in line:
            assert "<" in line, f"상한이 없습니다: {line}"


def test_required_packages_are_listed():
    names = {re.split(r"[<>=!]", ln)[0].lower() for ln in requirement_lines()}
    for needed in ["tensorflow", "keras", "numpy", "matplotlib", "scikit-learn", "jupyterlab",
                   "nbval", "pytest", "ipykernel", "tqdm", "ipywidgets",
                   "koreanize-matplotlib"]:
        assert needed in names, f"requirements.txt에 {needed}가 없습니다"
    assert "-e ." in requirement_lines(), "utils 패키지를 설치하는 `-e .`가 없습니다"


def test_readme_gives_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert LAB_COMMAND in readme
    assert TEST_COMMAND in readme
    assert "conda env create -f environment.yml" in readme


def test_ci_runs_the_readme_test_command_in_a_fresh_environment():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [ln.strip() for ln in ci.splitlines()
                if ln.strip() and not ln.strip().startswith("#")]
    assert TEST_COMMAND in commands, ".ci/run이 README의 테스트 명령을 그대로 실행해야 합니다"
    assert "COURSE_VENV" in ci, ".ci/run은 새 가상 환경(COURSE_VENV)을 써야 합니다"
    assert (ROOT / ".ci" / "run").stat().st_mode & 0o111, ".ci/run에 실행 권한이 없습니다"


def test_readme_table_of_contents_lists_every_notebook():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for nb in sorted((ROOT / "notebooks").glob("[0-9]*.ipynb")):
        assert nb.name in readme, f"README 목차에 {nb.name}이 없습니다"


def test_notebook_file_names_are_numbered_ascii():
    names = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
    assert names, "notebooks/에 노트북이 없습니다"
    for name in names:
        assert re.fullmatch(r"\d\d_[a-z0-9_]+\.ipynb", name), f"이름 규칙 위반: {name}"
    numbers = [int(n[:2]) for n in names]
    assert numbers == list(range(len(numbers))), f"번호가 00부터 빠짐없이 이어져야 합니다: {names}"


def test_licence_and_credits():
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "CC BY 4.0" in licence
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "CC BY-SA 3.0" in readme and "Koki Saitoh" in readme
