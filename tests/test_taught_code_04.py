"""04번 노트북이 정의하는 손실 함수와 ``utils.numpy_nn``의 같은 이름 함수가 같은 코드인지 봅니다.

04번 노트북은 ``mean_squared_error``, ``binary_cross_entropy``, ``cross_entropy_error``를 직접
정의하고(사이토의 책처럼 짧게, 인자는 ``(y_pred, y_true)``), 10번 노트북은 같은 함수를
``utils.numpy_nn``에서 불러 씁니다. 둘이 어긋나지 않도록 노트북 소스에서 ``def``를 꺼내 utils
함수의 소스와 구문 트리(AST)를 비교합니다. 독스트링, 타입 힌트, 주석은 빼고 비교합니다
(tests/test_taught_code_08.py와 같은 방법).
"""

from __future__ import annotations

import ast
import inspect
import json
from pathlib import Path

import numpy as np
import pytest

from utils import numpy_nn

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "04_loss_functions.ipynb"
TAUGHT = ["mean_squared_error", "binary_cross_entropy", "cross_entropy_error"]


def _code_cells() -> list[str]:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


def _normalised(fn: ast.FunctionDef) -> str:
    """독스트링, 타입 힌트, 위치 정보를 뺀 함수의 AST 덤프 (주석은 AST에 없습니다)."""
    fn = ast.parse(ast.unparse(fn)).body[0]  # 복사본
    body = fn.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        body = body[1:]
    fn.body, fn.returns = body, None
    for arg in fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs:
        arg.annotation = None
    return ast.dump(fn, include_attributes=False)


def _notebook_definition(name: str) -> ast.FunctionDef:
    found = [node for src in _code_cells() for node in ast.walk(ast.parse(src))
             if isinstance(node, ast.FunctionDef) and node.name == name]
    assert len(found) == 1, f"04번 노트북에 {name}의 정의가 {len(found)}개입니다 (1개여야 함)"
    return found[0]


@pytest.mark.parametrize("name", TAUGHT)
def test_notebook_and_utils_define_the_same_code(name):
    utils_def = ast.parse(inspect.getsource(getattr(numpy_nn, name))).body[0]
    notebook_def = _notebook_definition(name)
    assert _normalised(notebook_def) == _normalised(utils_def), (
        f"04번 노트북의 {name}과 utils.numpy_nn.{name}의 코드가 다릅니다. 둘을 같게 고치세요.\n"
        f"노트북: {ast.unparse(notebook_def)}\n"
        f"utils:  {inspect.getsource(getattr(numpy_nn, name))}")


@pytest.mark.parametrize("name", TAUGHT)
def test_prediction_comes_first_and_is_named_y_pred(name):
    # 과정의 약속: 예측은 y_pred, 타깃은 y_true. NumPy 손실은 (예측, 타깃) 순서로 받습니다.
    args = [a.arg for a in _notebook_definition(name).args.args]
    assert args == ["y_pred", "y_true"]
    assert list(inspect.signature(getattr(numpy_nn, name)).parameters) == ["y_pred", "y_true"]


def test_notebook_does_not_import_the_taught_functions():
    for src in _code_cells():
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, ast.ImportFrom):
                imported = {alias.name for alias in node.names}
                assert not imported & set(TAUGHT), (
                    f"04번 노트북은 {sorted(imported & set(TAUGHT))}를 직접 정의해야 합니다 "
                    f"({node.module}에서 불러오지 말 것)")


def test_normalisation_ignores_docstrings_and_hints_but_not_code():
    with_doc = ast.parse('def f(x: int) -> int:\n    """doc"""\n    return x + 1  # c\n').body[0]
    plain = ast.parse("def f(x):\n    return x + 1\n").body[0]
    changed = ast.parse("def f(x):\n    return x + 2\n").body[0]
    renamed = ast.parse("def f(y):\n    return y + 1\n").body[0]
    assert _normalised(with_doc) == _normalised(plain)
    assert _normalised(changed) != _normalised(plain)
    assert _normalised(renamed) != _normalised(plain)


def test_taught_losses_match_hand_computed_values():
    # 손으로 계산한 값과 비교합니다 (케라스 비교는 tests/test_numpy_nn.py와 노트북에 있습니다).
    assert numpy_nn.mean_squared_error(np.array([1.0, 3.0]), np.array([0.0, 0.0])) == 5.0
    assert numpy_nn.binary_cross_entropy(np.array([0.5, 0.5]), np.array([1.0, 0.0])) \
        == pytest.approx(np.log(2))
    # 확률 0과 1도 [1e-7, 1 - 1e-7]로 잘라 유한한 값(두 방향 모두 -log 1e-7)
    worst = numpy_nn.binary_cross_entropy(np.array([0.0, 1.0]), np.array([1.0, 0.0]))
    assert worst == pytest.approx(-np.log(1e-7), rel=1e-6)
    probs = np.array([[0.7, 0.2, 0.1], [0.25, 0.25, 0.5]])
    expected = -(np.log(0.7) + np.log(0.5)) / 2
    assert numpy_nn.cross_entropy_error(probs, np.array([0, 2])) == pytest.approx(expected)
    assert numpy_nn.cross_entropy_error(probs, np.eye(3)[[0, 2]]) == pytest.approx(expected)
    assert numpy_nn.cross_entropy_error(np.array([0.1, 0.9]), 1) == pytest.approx(-np.log(0.9))
