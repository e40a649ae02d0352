"""노트북이 직접 정의해 가르치는 함수와 ``utils.numpy_nn``의 같은 이름 함수가 같은 코드인지 봅니다.

04번 노트북은 손실 함수를(사이토의 책처럼 짧게, 인자는 ``(y_pred, y_true)``), 08번 노트북은
활성화 함수와 도함수를, 09번 노트북은 계단 함수를 직접 정의합니다. 다음 노트북들과 테스트는
같은 함수를 ``utils.numpy_nn``에서 불러 씁니다. 둘이 어긋나지 않도록 노트북 소스에서 ``def``를
꺼내 utils 함수의 소스와 구문 트리(AST)를 비교합니다. 독스트링, 타입 힌트, 주석은 빼고
비교합니다. 이어서 노트북별 약속(계단 함수의 step(0) = 1, 손으로 계산한 손실 값, z = 0에서의
GradientTape 도함수, 인자 이름)을 값으로 확인합니다.
"""

from __future__ import annotations

import ast
import inspect
import json
import textwrap
from functools import cache
from pathlib import Path

import numpy as np
import pytest

from utils import numpy_nn

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
# 노트북마다 직접 정의하는(가르치는) 함수 이름
TAUGHT = {
    "04_loss_functions.ipynb": ["mean_squared_error", "binary_cross_entropy",
                                "cross_entropy_error"],
    "08_activation_functions.ipynb": ["step_function", "sigmoid", "relu", "softmax",
                                      "identity_function", "sigmoid_grad", "tanh_grad",
                                      "relu_grad"],
    "09_perceptron.ipynb": ["step_function"],
}
PAIRS = [(notebook, name) for notebook, names in TAUGHT.items() for name in names]


# --- 도우미 -------------------------------------------------------------------------------

@cache
def _code_cells(notebook: str) -> tuple[str, ...]:
    nb = json.loads((NOTEBOOKS / notebook).read_text(encoding="utf-8"))
    return tuple("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")


def _normalised(fn: ast.FunctionDef) -> str:
    """독스트링, 타입 힌트, 위치 정보를 뺀 함수의 AST 덤프 (주석은 AST에 없습니다)."""
    fn = ast.parse(ast.unparse(fn)).body[0]  # 복사본: 원래 트리는 건드리지 않습니다
    body = fn.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        body = body[1:]
    fn.body, fn.returns = body, None
    for arg in fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs:
        arg.annotation = None
    return ast.dump(fn, include_attributes=False)


def _notebook_definition(notebook: str, name: str) -> ast.FunctionDef:
    found = [node for src in _code_cells(notebook) for node in ast.walk(ast.parse(src))
             if isinstance(node, ast.FunctionDef) and node.name == name]
    assert len(found) == 1, f"{notebook}에 {name}의 정의가 {len(found)}개입니다 (1개여야 함)"
    return found[0]


def _utils_source(name: str) -> str:
    return textwrap.dedent(inspect.getsource(getattr(numpy_nn, name)))


# --- 모든 노트북 공통: 같은 코드, 불러오지 않고 직접 정의 -------------------------------------

@pytest.mark.parametrize("notebook,name", PAIRS)
def test_notebook_and_utils_define_the_same_code(notebook, name):
    utils_def = ast.parse(_utils_source(name)).body[0]
    notebook_def = _notebook_definition(notebook, name)
    assert _normalised(notebook_def) == _normalised(utils_def), (
        f"{notebook}의 {name}과 utils.numpy_nn.{name}의 코드가 다릅니다. 둘을 같게 고치세요.\n"
        f"노트북: {ast.unparse(notebook_def)}\n"
        f"utils:  {_utils_source(name)}")


@pytest.mark.parametrize("notebook", TAUGHT)
def test_notebook_does_not_import_the_taught_functions(notebook):
    taught = set(TAUGHT[notebook])
    for src in _code_cells(notebook):
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, ast.ImportFrom):
                imported = {alias.name for alias in node.names}
                assert not imported & taught, (
                    f"{notebook}은 {sorted(imported & taught)}를 직접 정의해야 합니다 "
                    f"({node.module}에서 불러오지 말 것)")


def test_normalisation_ignores_docstrings_and_hints_but_not_code():
    with_doc = ast.parse('def f(x: int) -> int:\n    """doc"""\n    return x + 1  # c\n').body[0]
    plain = ast.parse("def f(x):\n    return x + 1\n").body[0]
    changed = ast.parse("def f(x):\n    return x + 2\n").body[0]
    renamed = ast.parse("def f(y):\n    return y + 1\n").body[0]
    assert _normalised(with_doc) == _normalised(plain)
    assert _normalised(changed) != _normalised(plain)
    assert _normalised(renamed) != _normalised(plain)


# --- 04번: 손실 함수 ------------------------------------------------------------------------

@pytest.mark.parametrize("name", TAUGHT["04_loss_functions.ipynb"])
def test_prediction_comes_first_and_is_named_y_pred(name):
    # 과정의 약속: 예측은 y_pred, 타깃은 y_true. NumPy 손실은 (예측, 타깃) 순서로 받습니다.
    args = [a.arg for a in _notebook_definition("04_loss_functions.ipynb", name).args.args]
    assert args == ["y_pred", "y_true"]
    assert list(inspect.signature(getattr(numpy_nn, name)).parameters) == ["y_pred", "y_true"]


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


# --- 08번: 활성화 함수와 도함수 ----------------------------------------------------------------

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


# --- 09번: 계단 함수 ------------------------------------------------------------------------

def test_step_function_in_09_gives_one_at_zero():
    # 약속: z ≥ 0이면 1 (헤비사이드). 노트북의 정의를 그대로 실행해 값으로도 확인합니다.
    notebook = "09_perceptron.ipynb"
    namespace: dict = {"np": np}
    exec(compile(ast.Module(body=[_notebook_definition(notebook, "step_function")],
                            type_ignores=[]),
                 str(NOTEBOOKS / notebook), "exec"), namespace)
    z = np.array([-1.0, -1e-9, 0.0, 1e-9, 2.0])
    np.testing.assert_array_equal(namespace["step_function"](z), [0, 0, 1, 1, 1])
    np.testing.assert_array_equal(numpy_nn.step_function(z), [0, 0, 1, 1, 1])
