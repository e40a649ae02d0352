"""utils/가 한 번에 읽을 만큼 작은지 (issue 12): 줄 수 상한, 아무도 쓰지 않는 공개 이름 없음."""

from __future__ import annotations

import ast
import re

import pytest
from sources import ROOT, notebook_code

UTILS = ROOT / "utils"
FIGURE_MODULES = {"plotting", "diagrams", "neurons", "model_graph", "explorers"}  # 그림 코드만
MODULES = sorted(UTILS.rglob("*.py"))


def lines(path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(UTILS)))
def test_no_module_over_400_lines(path):
    assert lines(path) <= 400


def test_exercise_checks_fit_in_700_lines():
    assert sum(lines(p) for p in (UTILS / "exercises").glob("*.py")) <= 700


def test_utils_without_figures_and_exercises_fit_in_1100_lines():
    rest = [p for p in UTILS.glob("*.py") if p.stem not in FIGURE_MODULES]
    assert sum(lines(p) for p in rest) <= 1100


def _public_names(path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
    return [n for n in names if not n.startswith("_")]


def _users_text(own: object) -> str:
    """utils 이름을 쓸 수 있는 곳: 노트북 코드, 테스트, 스크립트, 벤치마크, 다른 utils 모듈."""
    files = [*ROOT.glob("tests/*.py"), *ROOT.glob("scripts/*.py"), *ROOT.glob("benchmarks/*.py"),
             *(p for p in MODULES if p != own)]
    code = "\n".join(p.read_text(encoding="utf-8") for p in files)
    return code + "\n".join(notebook_code(nb) for nb in sorted(ROOT.glob("notebooks/*.ipynb")))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(UTILS)))
def test_every_public_name_is_used_outside_its_module(path):
    text = _users_text(path)
    unused = [n for n in _public_names(path) if not re.search(rf"\b{re.escape(n)}\b", text)]
    assert not unused, f"{path.name}: 아무도 쓰지 않는 공개 이름(지우거나 _로 시작하게): {unused}"
