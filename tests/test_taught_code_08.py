"""08번 노트북이 정의하는 활성화 함수와 ``utils.numpy_nn``의 같은 이름 함수가 같은 코드인지 봅니다.

노트북은 사이토의 책처럼 ``step_function``, ``sigmoid``, ``relu``, ``softmax``,
``identity_function``과 도함수 ``sigmoid_grad``, ``tanh_grad``, ``relu_grad``를 직접 정의하고,
다음 노트북들과 테스트는 ``utils.numpy_nn``에서 불러 씁니다. 둘이 어긋나지 않도록 노트북
소스에서 ``def``를 꺼내 utils 함수의 소스와 구문 트리(AST)를 비교합니다. 독스트링과 타입 힌트는
빼고 비교합니다.
"""

from __future__ import annotations

import ast
import inspect
import json
from pathlib import Path

import numpy as np
import pytest

from utils import numpy_nn

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "08_activation_functions.ipynb"
TAUGHT = ["step_function", "sigmoid", "relu", "softmax", "identity_function",
          "sigmoid_grad", "tanh_grad", "relu_grad"]


def _code_cells() -> list[str]:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


def _definitions(tree: ast.AST, name: str) -> list[ast.FunctionDef]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == name]


def _normalised(fn: ast.FunctionDef) -> str:
    """독스트링, 타입 힌트, 위치 정보를 뺀 함수의 AST 덤프."""
    fn = ast.parse(ast.unparse(fn)).body[0]  # 복사본
    body = fn.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        body = body[1:]
    fn.body = body
    fn.returns = None
    for arg in fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs:
        arg.annotation = None
    return ast.dump(fn, include_attributes=False)


def _notebook_definition(name: str) -> ast.FunctionDef:
    found = [d for src in _code_cells() for d in _definitions(ast.parse(src), name)]
    assert len(found) == 1, f"08번 노트북에 {name}의 정의가 {len(found)}개입니다 (1개여야 함)"
    return found[0]


@pytest.mark.parametrize("name", TAUGHT)
def test_notebook_and_utils_define_the_same_code(name):
    utils_def = ast.parse(inspect.getsource(getattr(numpy_nn, name))).body[0]
    assert _normalised(_notebook_definition(name)) == _normalised(utils_def), (
        f"08번 노트북의 {name}과 utils.numpy_nn.{name}의 코드가 다릅니다. 둘을 같게 고치세요.\n"
        f"노트북: {ast.unparse(_notebook_definition(name))}\n"
        f"utils:  {inspect.getsource(getattr(numpy_nn, name))}")


def test_notebook_does_not_import_the_taught_functions():
    for src in _code_cells():
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, ast.ImportFrom):
                imported = {alias.name for alias in node.names}
                assert not imported & set(TAUGHT), (
                    f"08번 노트북은 {sorted(imported & set(TAUGHT))}를 직접 정의해야 합니다 "
                    f"({node.module}에서 불러오지 말 것)")


def test_normalisation_ignores_docstrings_and_hints_but_not_code():
    with_doc = ast.parse('def f(x: int) -> int:\n    """doc"""\n    return x + 1\n').body[0]
    plain = ast.parse("def f(x):\n    return x + 1\n").body[0]
    changed = ast.parse("def f(x):\n    return x + 2\n").body[0]
    assert _normalised(with_doc) == _normalised(plain)
    assert _normalised(changed) != _normalised(plain)


def test_taught_functions_follow_the_course_conventions():
    # 약속: step(0) = 1 (헤비사이드, np.heaviside(z, 1)); 사이토의 x > 0과는 z = 0에서만 다름
    z = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])
    np.testing.assert_array_equal(numpy_nn.step_function(z), np.heaviside(z, 1))
    np.testing.assert_array_equal(numpy_nn.step_function(z) != (z > 0), z == 0)
    with np.errstate(over="raise"):   # 경고 없이 0과 1
        np.testing.assert_array_equal(numpy_nn.sigmoid(np.array([-1000.0, 1000.0])), [0.0, 1.0])
    np.testing.assert_array_equal(numpy_nn.relu(z), [0.0, 0.0, 0.0, 0.5, 2.0])
    with np.errstate(over="raise", invalid="raise"):   # 최댓값 빼기: 큰 로짓에서도 nan 없음
        out = numpy_nn.softmax(np.array([[1010.0, 1000.0, 990.0], [1.0, 2.0, 9.0]]))
    np.testing.assert_allclose(out.sum(axis=1), [1.0, 1.0])
    np.testing.assert_allclose(out[0], numpy_nn.softmax(np.array([20.0, 10.0, 0.0])))


def test_taught_derivatives_match_tensorflow_autodiff_including_zero():
    # 약속: ReLU의 도함수는 z = 0에서 0 (텐서플로 GradientTape와 같음, 10번 노트북)
    from utils.env import import_tensorflow

    tf = import_tensorflow()
    z = tf.constant([-3.0, -0.5, 0.0, 0.5, 3.0], dtype=tf.float64)
    pairs = {"sigmoid_grad": tf.sigmoid, "tanh_grad": tf.tanh, "relu_grad": tf.nn.relu}
    for name, tf_fn in pairs.items():
        with tf.GradientTape() as tape:
            tape.watch(z)
            y = tf.reduce_sum(tf_fn(z))
        np.testing.assert_allclose(getattr(numpy_nn, name)(z.numpy()),
                                   tape.gradient(y, z).numpy(), rtol=1e-12, err_msg=name)
    assert numpy_nn.relu_grad(0.0) == 0.0 and numpy_nn.relu_grad(np.array([0.0]))[0] == 0.0
    np.testing.assert_array_equal(numpy_nn.relu_grad([-1, 0, 2]), [0.0, 0.0, 1.0])


def test_identity_function_returns_its_input_as_an_array():
    a = np.array([2.0, 1.0, 0.1, -1.0])
    assert numpy_nn.identity_function(a) is a
    np.testing.assert_array_equal(numpy_nn.identity_function([1, 2]), [1, 2])
