"""09번 노트북이 가르치는 계단 함수와 utils.numpy_nn.step_function이 같은 코드인지 확인합니다.

09번 노트북은 ``step_function``을 직접 정의하고, 10번 노트북은 같은 함수를 ``utils``에서
가져다 씁니다. 둘의 약속(z ≥ 0이면 1, 헤비사이드)이 어긋나지 않도록 노트북 소스에서 ``def``를
꺼내 독스트링과 타입 힌트를 뺀 AST를 비교하고, 값으로도 확인합니다.
"""

from __future__ import annotations

import ast
import inspect
import json
import textwrap
from pathlib import Path

import numpy as np

from utils import numpy_nn

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "09_perceptron.ipynb"


def _notebook_def(name: str) -> ast.FunctionDef:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    found = []
    for cell in cells:
        if cell["cell_type"] != "code":
            continue
        src = "".join(cell["source"])
        found += [node for node in ast.parse(src).body
                  if isinstance(node, ast.FunctionDef) and node.name == name]
    assert len(found) == 1, f"09번 노트북에 def {name}이 {len(found)}번 있습니다 (1번이어야 함)"
    return found[0]


def _normalised(fn: ast.FunctionDef) -> str:
    """독스트링과 타입 힌트를 뺀 함수의 AST 덤프."""
    body = fn.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        body = body[1:]
    args = fn.args
    for a in args.posonlyargs + args.args + args.kwonlyargs:
        a.annotation = None
    fn.body, fn.returns, fn.decorator_list = body, None, []
    return ast.dump(fn, include_attributes=False)


def _utils_def(name: str) -> ast.FunctionDef:
    src = textwrap.dedent(inspect.getsource(getattr(numpy_nn, name)))
    return ast.parse(src).body[0]


def test_step_function_in_09_is_the_same_code_as_utils():
    assert _normalised(_notebook_def("step_function")) == _normalised(_utils_def("step_function"))


def test_step_function_in_09_gives_one_at_zero():
    namespace: dict = {"np": np}
    exec(compile(ast.Module(body=[_notebook_def("step_function")], type_ignores=[]),
                 str(NOTEBOOK), "exec"), namespace)
    z = np.array([-1.0, -1e-9, 0.0, 1e-9, 2.0])
    np.testing.assert_array_equal(namespace["step_function"](z), [0, 0, 1, 1, 1])
    np.testing.assert_array_equal(numpy_nn.step_function(z), [0, 0, 1, 1, 1])
