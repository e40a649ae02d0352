"""학생판과 nbgrader 표시 (scripts/exercise_cells.py, python3 course.py student).

- 작은 합성 노트북에서 학생판·메타데이터·풀이가 정확히 기대한 셀인지, 규약 위반마다 분명한 오류가
  나는지.
- 풀이 표시가 있는 강의 노트북마다: 학생판이 nbgrader의 ClearSolutions + ClearOutput 결과와 같은지,
  비운 셀과 풀이가 파이썬으로 읽히는지, 풀이를 되돌리면 원래 노트북인지, solutions.json이 최신인지.
- nbgrader ``generate_assignment`` + ``autograde`` 한 번 (풀이 노트북은 만점, 나눠 준 노트북은 0점).
"""

from __future__ import annotations

import ast
import copy
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from IPython.core.inputtransformer2 import TransformerManager
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

ROOT = Path(__file__).resolve().parent.parent
STUB = "...  # 여기에 코드를 작성하세요"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _load():
    spec = importlib.util.spec_from_file_location("exercise_cells",
                                                  ROOT / "scripts" / "exercise_cells.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ec = _load()

SOLUTION_1 = ("# 풀이 1: 크기\nn_train = n_test = None  # 답을 구해 이 변수에 넣으세요\n"
              "### BEGIN SOLUTION\nn_train, n_test = 60000, 10000\nprint(n_train)\n"
              "### END SOLUTION")
SOLUTION_2 = ("# 풀이 2: 픽셀 수\ndef pixels(shape):\n    ### BEGIN SOLUTION\n"
              "    rows, cols = shape\n    return rows * cols\n    ### END SOLUTION\n\n\n"
              "answer = pixels((28, 28))")
FOLLOW_UP = "### BEGIN SOLUTION\nprint(answer // 28)\n### END SOLUTION"  # 점검 뒤 이어 쓰기


def _stream(text: str) -> dict:
    return new_output("stream", name="stdout", text=text)


def demo(cells: list | None = None) -> dict:
    """연습 문제 두 개(값 답, 함수 답과 점검 뒤 이어 쓰기)가 있는 작은 노트북 (디스크 JSON 모양)."""
    cells = cells if cells is not None else [
        new_markdown_cell("# 예제\n\n## 연습 문제"),
        new_code_cell("from utils.exercises.ex00 import q1, q2", execution_count=1),
        new_markdown_cell("### 풀이"),
        new_code_cell(SOLUTION_1, execution_count=2, outputs=[_stream("60000\n")]),
        new_code_cell("assert q1.check(n_train, n_test)", execution_count=3,
                      outputs=[_stream("✅ 정답입니다! 훈련 이미지 60,000장\n")]),
        new_code_cell(SOLUTION_2, execution_count=4),
        new_code_cell("assert q2.check(answer)", execution_count=5,
                      outputs=[_stream("✅ 정답입니다! 28 × 28 = 784\n")]),
        new_markdown_cell("풀이의 결과를 이어서 봅니다."),
        new_code_cell(FOLLOW_UP, execution_count=6, outputs=[_stream("28\n")]),
        new_code_cell("print('끝')", execution_count=7, outputs=[_stream("끝\n")]),
    ]
    nb = new_notebook(cells=cells, metadata={"kernelspec": KERNELSPEC,
                                             "language_info": {"name": "python"}})
    for i, cell in enumerate(nb.cells):
        cell.id = f"cell-{i:03d}"
    return json.loads(nbformat.writes(nb))  # 디스크처럼 소스가 줄 목록인 dict


def marked_notebooks() -> list[Path]:
    return [p for p in ec.notebook_paths() if ec.BEGIN in p.read_text(encoding="utf-8")]


MARKED = marked_notebooks()


def _source(cell: dict) -> str:
    return ec.text(cell)


# --- (a) 합성 노트북: 학생판, 메타데이터, 풀이 ------------------------------------------------

def test_student_edition_of_a_small_notebook_is_exactly_the_expected_cells():
    nb = ec.mark(demo(), "98_demo.ipynb")
    out = ec.student(nb, "98_demo.ipynb")
    got = [(c["cell_type"], _source(c), c.get("outputs"), c.get("execution_count"),
            c["metadata"].get("nbgrader", {}).get("grade_id")) for c in out["cells"]]
    assert got == [
        ("markdown", "# 예제\n\n## 연습 문제", None, None, None),
        ("code", "from utils.exercises.ex00 import q1, q2", [], 1, None),
        ("markdown", "### 풀이", None, None, None),
        ("code", "# 풀이 1: 크기\nn_train = n_test = None  # 답을 구해 이 변수에 넣으세요\n"
                 "...  # 여기에 코드를 작성하세요", [], None, "ex98-q1"),
        ("code", "assert q1.check(n_train, n_test)", [], None, "ex98-q1-check"),
        ("code", "# 풀이 2: 픽셀 수\ndef pixels(shape):\n    ...  # 여기에 코드를 작성하세요\n\n\n"
                 "answer = pixels((28, 28))", [], None, "ex98-q2"),
        ("code", "assert q2.check(answer)", [], None, "ex98-q2-check"),
        ("markdown", "풀이의 결과를 이어서 봅니다.", None, None, None),
        ("code", "...  # 여기에 코드를 작성하세요", [], None, "ex98-q2-part2"),
        ("code", "print('끝')", [{"output_type": "stream", "name": "stdout", "text": ["끝\n"]}], 7,
         None),
    ]
    assert nb == ec.mark(demo(), "98_demo.ipynb"), "student()가 원본을 바꿨습니다"


def test_mark_adds_nbgrader_metadata_and_is_idempotent():
    nb = demo()
    nb["cells"][9]["metadata"]["nbgrader"] = {"grade_id": "stale"}  # 표시가 없는 셀의 낡은 값
    ec.mark(nb, "notebooks/98_demo.ipynb")
    meta = [c["metadata"].get("nbgrader") for c in nb["cells"]]
    assert meta[3] == {"grade": False, "grade_id": "ex98-q1", "locked": False,
                       "schema_version": 3, "solution": True, "task": False}
    assert meta[4] == {"grade": True, "grade_id": "ex98-q1-check", "locked": True, "points": 1,
                       "schema_version": 3, "solution": False, "task": False}
    assert meta[5]["grade_id"] == "ex98-q2" and meta[6]["grade_id"] == "ex98-q2-check"
    assert meta[8] == {**meta[5], "grade_id": "ex98-q2-part2"}
    assert [i for i, m in enumerate(meta) if m] == [3, 4, 5, 6, 8]
    again = copy.deepcopy(nb)
    assert ec.mark(again, "98_demo.ipynb") == nb


def test_solutions_are_the_solution_cells_without_the_marker_lines():
    assert ec.solutions(demo(), "98_demo.ipynb") == {
        "ex98-q1": "# 풀이 1: 크기\nn_train = n_test = None  # 답을 구해 이 변수에 넣으세요\n"
                   "n_train, n_test = 60000, 10000\nprint(n_train)",
        "ex98-q2": "# 풀이 2: 픽셀 수\ndef pixels(shape):\n    rows, cols = shape\n"
                   "    return rows * cols\n\n\nanswer = pixels((28, 28))\n\n\nprint(answer // 28)",
    }


def test_follow_up_cells_belong_to_the_check_before_them_unless_a_solution_head_says_otherwise():
    nb = demo()
    nb["cells"][5]["source"] = "### BEGIN SOLUTION\nprint(n_train)\n### END SOLUTION"
    nb["cells"].insert(6, copy.deepcopy(demo()["cells"][5]))  # '# 풀이 2' 셀
    found = {e.key: (e.solutions, e.check) for e in ec.exercises(nb, "98_demo.ipynb")}
    assert found == {"ex98-q1": ((3, 5), 4), "ex98-q2": ((6, 9), 7)}
    nb = demo()
    nb["cells"][2] = new_code_cell("### BEGIN SOLUTION\nimport math\n### END SOLUTION")
    found = {e.key: (e.solutions, e.check) for e in ec.exercises(nb, "98_demo.ipynb")}
    assert found == {"ex98-q1": ((2, 3), 4), "ex98-q2": ((5, 8), 6)}


def _with(index: int, source: str, cell_type: str = "code") -> dict:
    nb = demo()
    nb["cells"][index]["source"] = source
    nb["cells"][index]["cell_type"] = cell_type
    if cell_type == "markdown":
        for key in ("outputs", "execution_count"):
            nb["cells"][index].pop(key, None)
    return nb


@pytest.mark.parametrize(("nb", "cell", "phrase"), [
    (_with(4, "print(n_train)"), "cell 3", "바로 뒤에"),
    (_with(6, "print(answer)"), "cell 5", "점검 셀 'assert q2.check(...)'이 없습니다"),
    (_with(9, "### BEGIN SOLUTION\n### END SOLUTION", "markdown"), "cell 9", "markdown 셀"),
    (_with(4, "assert q1.check(n_train, n_test)\nprint(1)"), "cell 4", "한 줄뿐"),
    (_with(5, "answer = 784"), "cell 6", "풀이 표시"),
    (_with(6, "assert q1.check(answer)"), "cell 6", "두 번"),
    (_with(3, "x = 1\n### BEGIN SOLUTION\nx = 2"), "cell 3", "END"),
    (_with(3, "### END SOLUTION\nx = 1"), "cell 3", "짝이 맞지 않는"),
    (_with(3, "### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION"), "cell 3", "짝이"),
    (_with(3, "# 풀이 1\n### BEGIN SOLUTION  (여기부터)\nx = 1\n### END SOLUTION"), "cell 3",
     "한 줄이어야"),
    (_with(0, "`### BEGIN SOLUTION` 표시를 씁니다", "markdown"), "cell 0", "markdown 셀"),
    (_with(5, SOLUTION_2.replace("풀이 2", "풀이 3")), "cell 5", "q2를 점검"),
])
def test_convention_errors_name_the_file_and_cell(nb, cell, phrase):
    with pytest.raises(ec.ExerciseCellError) as error:
        ec.mark(nb, "notebooks/98_demo.ipynb")
    message = str(error.value)
    assert f"98_demo.ipynb {cell}" in message and phrase in message, message


def test_notebook_without_exercises_is_left_alone_and_bad_file_names_are_refused():
    nb = demo([new_markdown_cell("# 제목"), new_code_cell("x = 1")])
    assert ec.mark(copy.deepcopy(nb), "97_x.ipynb") == nb
    assert ec.student(nb, "97_x.ipynb") == nb and ec.solutions(nb, "97_x.ipynb") == {}
    with pytest.raises(ec.ExerciseCellError, match="NN_"):
        ec.mark(nb, "demo.ipynb")


def test_normalise_only_applies_the_marking(tmp_path, monkeypatch, capsys):
    spec = importlib.util.spec_from_file_location("execute_notebooks",
                                                  ROOT / "scripts" / "execute_notebooks.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)  # `from exercise_cells import …`는 위의 ec를 씁니다

    def run(*args: object) -> int:
        monkeypatch.setattr(sys, "argv", ["execute_notebooks.py", *map(str, args)])
        return script.main()

    path = tmp_path / "98_demo.ipynb"
    path.write_text(ec.dumps(demo()), encoding="utf-8")
    assert run("--check", path) == 1
    assert run("--normalise-only", path) == 0
    assert run("--check", path) == 0
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    assert cells[3]["metadata"]["nbgrader"]["grade_id"] == "ex98-q1"
    path.write_text(ec.dumps(_with(4, "print(n_train)")), encoding="utf-8")
    capsys.readouterr()
    assert run("--normalise-only", path) == 1
    assert "98_demo.ipynb cell 3" in capsys.readouterr().err


# --- (b) 학생판 = nbgrader의 ClearSolutions + ClearOutput ------------------------------------

def _nbgrader_release(nb: dict) -> nbformat.NotebookNode:
    from nbgrader.preprocessors import ClearOutput, ClearSolutions

    node = _as_string_sources(nb)
    node, resources = ClearSolutions(code_stub={"python": STUB}).preprocess(node, {})
    return ClearOutput().preprocess(node, resources)[0]


def _as_string_sources(nb: dict) -> nbformat.NotebookNode:
    return nbformat.reads(ec.dumps(nb), as_version=4)


@pytest.mark.parametrize("path", [Path("98_demo.ipynb"), *MARKED], ids=lambda p: p.stem)
def test_student_edition_equals_nbgrader_clear_solutions(path):
    from nbgrader.preprocessors import ClearOutput

    nb = ec.mark(demo() if path.name == "98_demo.ipynb" else ec.read(path), path)
    ours = _as_string_sources(ec.student(nb, path))
    assert ec.STUB == STUB
    assert ClearOutput().preprocess(copy.deepcopy(ours), {})[0] == _nbgrader_release(nb)
    exercise_cells = {i for e in ec.exercises(nb, path) for i in (*e.solutions, e.check)}
    original = _as_string_sources(nb)
    for i, (mine, theirs) in enumerate(zip(ours.cells, original.cells)):
        if i not in exercise_cells:
            assert mine == theirs, f"{path.name} cell {i}: 학생판에서 바뀌었습니다"


# --- (d) 강의 노트북: 비운 셀과 풀이가 읽히고, 풀이를 되돌리면 원래 노트북 ----------------------

def _parses(source: str) -> None:
    ast.parse(TransformerManager().transform_cell(source))


@pytest.mark.parametrize("path", [Path("98_demo.ipynb"), *MARKED], ids=lambda p: p.stem)
def test_stubbed_and_solution_cells_parse_and_solutions_restore_the_notebook(path):
    nb = demo() if path.name == "98_demo.ipynb" else ec.read(path)
    found = ec.exercises(nb, path)
    assert found, f"{path.name}: 풀이 표시가 있는데 연습 문제를 찾지 못했습니다"
    student, solutions = ec.student(nb, path), ec.solutions(nb, path)
    for e in found:
        restored = []
        for i in e.solutions:
            stubbed = _source(student["cells"][i])
            assert ec.BEGIN not in stubbed and STUB in stubbed
            restored.append(ec.without_markers(_source(nb["cells"][i])))
            for what, source in [("학생판", stubbed), ("풀이", restored[-1])]:
                try:
                    _parses(source)
                except SyntaxError as error:
                    pytest.fail(f"{path.name} cell {i} ({what}): {error}\n{source}")
            student["cells"][i]["source"] = restored[-1]
        assert solutions[e.key] == "\n\n\n".join(restored)
        _parses(solutions[e.key])
    for i, (back, cell) in enumerate(zip(student["cells"], nb["cells"])):
        assert _source(back) == ec.without_markers(_source(cell)), f"{path.name} cell {i}"


def test_committed_solutions_json_matches_the_notebooks():
    committed = json.loads(ec.SOLUTIONS_FILE.read_text(encoding="utf-8"))
    assert committed == ec.all_solutions(ec.notebook_paths()), (
        "utils/exercises/solutions.json이 노트북의 풀이 셀과 다릅니다. "
        "`python3 scripts/exercise_cells.py solutions`로 다시 만드세요.")


def test_notebooks_open_data_through_utils_not_relative_to_their_folder():
    """nbgrader는 노트북을 autograded/<학생>/<과제>/에서 실행합니다: '../data'가 없습니다."""
    found = [f"{p.name} cell {i}: {line.strip()}" for p in ec.notebook_paths()
             for i, cell in enumerate(ec.read(p)["cells"]) if cell["cell_type"] == "code"
             for line in _source(cell).splitlines() if re.search(r"[\"']\.\./", line)]
    assert not found, ("노트북 폴더에 기댄 경로는 nbgrader 과제 폴더에서 깨집니다. "
                       "utils.data.DATA_DIR을 쓰세요:\n" + "\n".join(found))


# --- python3 course.py student ------------------------------------------------------------------

def test_builder_needs_only_the_standard_library():
    """course.py는 시스템 python3(nbformat 없음)로 돕니다: 학생판 코드도 표준 라이브러리만."""
    for file in ["scripts/exercise_cells.py", "course.py"]:
        tree = ast.parse((ROOT / file).read_text(encoding="utf-8"))
        names = {alias.name.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.Import) for alias in node.names}
        names |= {node.module.split(".")[0] for node in ast.walk(tree)
                  if isinstance(node, ast.ImportFrom) and node.module}
        assert names - sys.stdlib_module_names <= {"exercise_cells"}, file


def test_course_student_writes_the_course_without_solutions(tmp_path):
    dest = tmp_path / "handout"
    command = [sys.executable, ROOT / "course.py", "student", dest]
    result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert str(dest) in result.stdout and "python3 course.py lab" in result.stdout
    for name in ["course.py", "requirements.txt", "environment.yml", "pyproject.toml", "README.md",
                 "utils/exercises/core.py", "utils/exercises/solutions.json", "data/mnist.npz",
                 "notebooks/glossary.md"]:
        assert (dest / name).is_file(), name
    assert (dest / "data/mnist.npz").read_bytes() == (ROOT / "data/mnist.npz").read_bytes()
    copied = {p.relative_to(dest).as_posix() for p in dest.rglob("*")}
    assert not [p for p in copied if "__pycache__" in p or p.endswith((".keras", ".h5", ".pyc"))]
    for path in ec.notebook_paths():
        written = (dest / "notebooks" / path.name).read_text(encoding="utf-8")
        assert written == ec.dumps(ec.student(ec.read(path), path)), path.name
        assert "BEGIN SOLUTION" not in written, path.name
        assert written == nbformat.writes(nbformat.reads(written, as_version=4)) + "\n"
    again = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
    assert again.returncode == 0, "학생판을 다시 만들면 덮어써야 합니다"
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "keep.txt").write_text("x")
    refused = subprocess.run([sys.executable, ROOT / "course.py", "student", tmp_path / "other"],
                             capture_output=True, text=True)
    assert refused.returncode == 1 and "비어 있지 않은" in refused.stderr
    assert (tmp_path / "other" / "keep.txt").exists()


# --- (c) nbgrader generate_assignment + autograde 한 번 -------------------------------------------

# 강의 노트북 하나(빠른 01, 없으면 00); 아직 풀이 표시가 없으면 위의 작은 합성 노트북
ROUND_TRIP = next((p for n in ("01", "00") for p in MARKED if p.name.startswith(n)), None)


def _nbgrader(course: Path, *args: str) -> subprocess.CompletedProcess:
    # nbgrader는 gradebook을 만들 때 `alembic` 명령을 PATH에서 찾습니다(가상 환경의 bin).
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    return subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=course, env=env,
                          capture_output=True, text=True, timeout=300)


def test_nbgrader_round_trip_gives_full_points_to_solutions_and_zero_to_stubs(tmp_path):
    from nbgrader.api import Gradebook

    path = ROUND_TRIP or Path("98_demo.ipynb")
    nb = ec.mark(demo() if ROUND_TRIP is None else ec.read(ROUND_TRIP), path)
    course, assignment = tmp_path / "course", "lesson"
    (course / "source" / assignment).mkdir(parents=True)
    (course / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.ClearSolutions.code_stub = {{'python': {STUB!r}}}\n"
        "c.Execute.timeout = 300\n",
        encoding="utf-8")
    (course / "source" / assignment / path.name).write_text(ec.dumps(nb), encoding="utf-8")
    made = _nbgrader(course, "generate_assignment", assignment)
    assert made.returncode == 0 and "ERROR" not in made.stderr, made.stderr[-3000:]
    released = ec.read(course / "release" / assignment / path.name)
    assert [_source(c) for c in released["cells"]] == [
        _source(c) for c in ec.student(nb, path)["cells"]]
    for student, folder in [("teacher", "source"), ("learner", "release")]:
        (course / "submitted" / student / assignment).mkdir(parents=True)
        shutil.copy(course / folder / assignment / path.name,
                    course / "submitted" / student / assignment)
    graded = _nbgrader(course, "autograde", assignment)
    assert graded.returncode == 0 and "ERROR" not in graded.stderr, graded.stderr[-3000:]
    checks = {e.check for e in ec.exercises(nb, path)}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        scores = {s: (gb.find_submission(assignment, s).score,
                      gb.find_submission(assignment, s).max_score) for s in ["teacher", "learner"]}
    assert scores == {"teacher": (len(checks), len(checks)), "learner": (0, len(checks))}
    for student in ["teacher", "learner"]:
        cells = ec.read(course / "autograded" / student / assignment / path.name)["cells"]
        errors = {i: o["ename"] for i, c in enumerate(cells) for o in c.get("outputs", [])
                  if o["output_type"] == "error"}
        if student == "teacher":
            assert errors == {}
        else:  # 비운 풀이: 점검 셀만 AssertionError, 그 앞에 ❌ 힌트
            assert errors == dict.fromkeys(checks, "AssertionError")
            for i in checks:
                printed = "".join("".join(o.get("text", "")) for o in cells[i]["outputs"])
                assert "❌" in printed, f"cell {i}: {printed}"
