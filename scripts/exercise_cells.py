#!/usr/bin/env python3
"""연습 문제 셀: nbgrader 메타데이터, 풀이 모음(solutions.json), 학생판 (exercise cells).

규약(convention): 풀이 셀은 ``### BEGIN SOLUTION`` / ``### END SOLUTION`` 줄 사이에 풀이
코드를 두고, 바로 다음 코드 셀이 ``assert qN.check(...)`` 한 줄뿐인 점검 셀입니다(점검 셀 뒤에
이어지는 풀이 셀도 그 문제의 풀이입니다, :func:`exercises`). 노트북 ``NN_이름.ipynb``의 문제
``qN``은 키 ``exNN-qN``(``utils.exercises.core.Exercise.key``)을 씁니다.

- :func:`mark` 풀이 셀과 점검 셀에 nbgrader 셀 메타데이터를 붙입니다(``execute_notebooks.py``의
  정리 단계가 부릅니다).
- :func:`solutions` 풀이 셀의 코드(표시 줄만 뺀 것). ``q1.solution()``이 보여 줍니다.
- :func:`student` 학생판 노트북: 풀이 영역을 nbgrader의 ``ClearSolutions`` 규칙 그대로 한 줄짜리
  자리 코드(:data:`STUB`)로 바꾸고, 풀이 셀과 점검 셀의 출력을 지웁니다. 나머지는 그대로입니다.

표준 라이브러리만 씁니다(시스템 ``python3``로 ``course.py student``를 돌릴 수 있게). 노트북은
``json``으로 읽은 dict이거나 ``nbformat`` 노트북이면 됩니다.

    python3 scripts/exercise_cells.py solutions          # utils/exercises/solutions.json 다시 쓰기
    python3 scripts/exercise_cells.py solutions --check  # 최신인지 확인만
    python3 scripts/exercise_cells.py student [폴더]     # 학생판 (python3 course.py student와 같음)
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
SOLUTIONS_FILE = ROOT / "utils" / "exercises" / "solutions.json"
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
# nbgrader ClearSolutions는 이 글자가 '들어 있는' 줄을 모두 표시로 읽습니다
# (begin_solution_delimeter, end_solution_delimeter).
DELIMITERS = ("BEGIN SOLUTION", "END SOLUTION")
STUB = "...  # 여기에 코드를 작성하세요"
CHECK = re.compile(r"assert (q\d+)\.check\(.*\)")
CHECK_START = re.compile(r"^\s*assert\s+q\d+\.check\(", re.MULTILINE)
SOLUTION_HEAD = re.compile(r"#\s*풀이\s*(\d+)")
STUDENT_DIR = "student_edition"
# 학생판에 그대로 복사하는 것 (강의를 여는 데 필요한 것 전부; notebooks/는 따로 만듭니다)
COPIED = ["utils", "data", "course.py", "requirements.txt", "environment.yml", "pyproject.toml",
          "README.md", "LICENSE", ".gitignore"]
NOT_COPIED = ["__pycache__", "*.py[cod]", "*.egg-info", ".ipynb_checkpoints", "checkpoints",
              "models", "tuner", "images", "*.keras", "*.weights.h5", "*.ckpt*"]
EDITION_MARK = ".student-edition"


class ExerciseCellError(ValueError):
    """풀이 표시나 점검 셀이 규약에 맞지 않습니다 (파일 이름과 셀 번호를 말합니다)."""


@dataclass(frozen=True)
class Exercise:
    key: str                   # exNN-qN
    solutions: tuple[int, ...]  # 풀이 셀 번호들 (0부터): 점검 셀 앞의 풀이, 뒤의 풀이 이어 쓰기
    check: int                 # 점검 셀 번호


def text(cell: dict) -> str:
    """셀 소스 (nbformat은 문자열, 디스크의 JSON은 줄 목록)."""
    source = cell.get("source", "")
    return source if isinstance(source, str) else "".join(source)


def _set_text(cell: dict, new: str) -> None:
    cell["source"] = new if isinstance(cell.get("source"), str) else new.splitlines(keepends=True)


def notebook_number(path: str | Path) -> str:
    match = re.match(r"(\d\d)_", Path(path).name)
    if not match:
        raise ExerciseCellError(f"{Path(path).name}: 파일 이름이 'NN_'으로 시작하지 않습니다")
    return match.group(1)


def _regions(source: str, where: str) -> int:
    """풀이 영역 수. 표시가 짝이 안 맞거나 표시가 아닌 줄에 구분 글자가 있으면 오류."""
    depth = count = 0
    for j, line in enumerate(source.split("\n")):
        if not any(d in line for d in DELIMITERS):
            continue
        marker = line.strip()
        if marker not in (BEGIN, END):
            raise ExerciseCellError(
                f"{where}, {j}번째 줄: {marker!r}에 {DELIMITERS}가 들어 있습니다. nbgrader는 "
                f"이 줄을 풀이 표시로 읽습니다. 표시는 '{BEGIN}' / '{END}' 한 줄이어야 하고, "
                "다른 줄에는 이 글자를 쓰지 마세요.")
        if (marker == BEGIN) == bool(depth):
            raise ExerciseCellError(f"{where}, {j}번째 줄: 짝이 맞지 않는 {marker!r} "
                                    "(BEGIN과 END가 번갈아 한 번씩 와야 합니다)")
        depth, count = (1, count + 1) if marker == BEGIN else (0, count)
    if depth:
        raise ExerciseCellError(f"{where}: '{BEGIN}' 뒤에 '{END}'가 없습니다")
    return count


def exercises(nb: dict, path: str | Path) -> list[Exercise]:
    """노트북의 연습 문제를 찾고 규약을 확인합니다.

    풀이 셀(표시가 있는 코드 셀)이 이어지다 점검 셀 ``assert qN.check(...)``이 오면 그 풀이
    셀들이 qN의 풀이입니다. 점검 셀 바로 뒤에 이어지는 풀이 셀(풀이의 결과를 쓰는 이어 쓰기,
    마크다운은 사이에 있어도 됨)은 그 점검 셀의 문제에 속합니다. 다만 ``# 풀이 N``으로 시작하는
    셀부터는 다음 문제 N의 풀이입니다.
    """
    name, number = Path(path).name, notebook_number(path)
    found: dict[str, Exercise] = {}
    run: list[int] = []          # 아직 문제가 정해지지 않은 풀이 셀들
    previous: str | None = None  # run 바로 앞 코드 셀이 점검 셀이면 그 키

    def extend(key: str, cells: list[int]) -> None:
        """점검 셀 뒤의 이어 쓰기 풀이 셀들을 그 문제에 더합니다."""
        for j in cells:
            head = SOLUTION_HEAD.match(text(nb["cells"][j]).lstrip())
            if head and not key.endswith(f"-q{head.group(1)}"):
                raise ExerciseCellError(f"{name} cell {j}: '# 풀이 {head.group(1)}' 풀이 셀 뒤에 "
                                        f"점검 셀 'assert q{head.group(1)}.check(...)'이 없습니다")
        old = found[key]
        found[key] = Exercise(key, old.solutions + tuple(cells), old.check)

    for i, cell in enumerate([*nb["cells"], {"cell_type": "code", "source": "# 끝"}]):
        where, source = f"{name} cell {i}", text(cell)
        if cell["cell_type"] != "code":
            if any(d in source for d in DELIMITERS):
                raise ExerciseCellError(f"{where}: {cell['cell_type']} 셀에 {DELIMITERS} 글자가 "
                                        "있습니다. nbgrader가 풀이로 읽어 지웁니다; 글을 바꾸세요.")
            continue
        if _regions(source, where):
            run.append(i)
            continue
        check = CHECK.fullmatch(source.strip())
        if CHECK_START.search(source) and not check:
            raise ExerciseCellError(f"{where}: 점검 셀은 'assert qN.check(...)' 한 줄뿐이어야 "
                                    "합니다")
        if check:
            q = check.group(1)
            key = f"ex{number}-{q}"
            if key in found:
                raise ExerciseCellError(f"{where}: {key}가 두 번 나옵니다 "
                                        f"(cell {found[key].check}에도 있습니다)")
            heads = [(j, SOLUTION_HEAD.match(text(nb["cells"][j]).lstrip())) for j in run]
            # 앞 점검 셀에 이어 쓴 풀이가 있으면, '# 풀이 N' 머리 셀부터가 이 문제입니다
            first = next((k for k, (_, head) in enumerate(heads) if head), 0) if previous else 0
            for j, head in heads[first:]:
                if head and f"q{head.group(1)}" != q:
                    raise ExerciseCellError(f"{name} cell {j}: '# 풀이 {head.group(1)}'인데 "
                                            f"다음 점검 셀(cell {i})은 {q}를 점검합니다")
            if not run[first:]:
                raise ExerciseCellError(f"{where}: 점검 셀 {q} 앞에 풀이 표시"
                                        f"('{BEGIN}' … '{END}')가 있는 풀이 셀이 없습니다")
            if first:
                extend(previous, run[:first])
            found[key] = Exercise(key, tuple(run[first:]), i)
            run, previous = [], key
            continue
        if run and previous is None:
            after = "노트북 끝" if i == len(nb["cells"]) else f"다음 코드 셀 cell {i}"
            raise ExerciseCellError(
                f"{name} cell {run[0]}: 풀이 표시가 있는데 점검 셀 'assert qN.check(...)'이 "
                f"뒤따르지 않습니다({after}). 점검 셀을 풀이 셀 바로 뒤에 두세요.")
        if run:
            extend(previous, run)
        run, previous = [], None
    return list(found.values())


def solution_ids(nb: dict, path: str | Path) -> dict[int, str]:
    """``{풀이 셀 번호: grade_id}``. 문제의 첫 풀이 셀은 ``exNN-qN``, 다음은 ``exNN-qN-part2`` …"""
    return {cell: e.key if k == 0 else f"{e.key}-part{k + 1}"
            for e in exercises(nb, path) for k, cell in enumerate(e.solutions)}


def nbgrader_metadata(key: str, *, check: bool) -> dict[str, Any]:
    if check:
        return {"grade": True, "grade_id": f"{key}-check", "locked": True, "points": 1,
                "schema_version": 3, "solution": False, "task": False}
    return {"grade": False, "grade_id": key, "locked": False, "schema_version": 3,
            "solution": True, "task": False}


def mark(nb: dict, path: str | Path) -> dict:
    """풀이 셀과 점검 셀에 nbgrader 메타데이터를 붙이고, 다른 셀에서는 지웁니다 (제자리, 멱등)."""
    wanted = {i: nbgrader_metadata(gid, check=False) for i, gid in solution_ids(nb, path).items()}
    wanted |= {e.check: nbgrader_metadata(e.key, check=True) for e in exercises(nb, path)}
    for i, cell in enumerate(nb["cells"]):
        cell.setdefault("metadata", {}).pop("nbgrader", None)
        if i in wanted:
            cell["metadata"]["nbgrader"] = wanted[i]
    return nb


def without_markers(source: str) -> str:
    """표시 줄만 뺀 소스 (다른 줄은 들여쓰기까지 그대로라 셀에 붙여 넣으면 바로 돌아갑니다)."""
    return "\n".join(ln for ln in source.split("\n") if ln.strip() not in (BEGIN, END))


def stubbed(source: str) -> str:
    """nbgrader ClearSolutions의 규칙: 표시 사이(표시 포함)를 표시의 들여쓰기로 STUB 한 줄로."""
    out, inside = [], False
    for line in source.split("\n"):
        if line.strip() == BEGIN:
            out.append(re.match(r"\s*", line).group(0) + STUB)
            inside = True
        elif line.strip() == END:
            inside = False
        elif not inside:
            out.append(line)
    return "\n".join(out)


def solutions(nb: dict, path: str | Path) -> dict[str, str]:
    """``{키: 풀이 코드}``. 문제의 풀이 셀들을 표시 줄만 빼고 빈 줄 두 개로 이은 것입니다."""
    return {e.key: "\n\n\n".join(without_markers(text(nb["cells"][i])) for i in e.solutions)
            for e in exercises(nb, path)}


def student(nb: dict, path: str | Path) -> dict:
    """학생판 노트북 (새 객체). 풀이 영역 → STUB, 풀이 셀과 점검 셀의 출력·실행 번호를 지웁니다.

    점검 셀의 저장된 출력은 풀이로 얻은 '✅ 정답입니다! …'(흔히 정답 값이 들어 있음)라서 지웁니다.
    점검 셀의 소스와 메타데이터, 마크다운, 다른 셀의 출력은 그대로입니다.
    """
    out = copy.deepcopy(nb)
    for e in exercises(nb, path):
        for i in (*e.solutions, e.check):
            out["cells"][i]["outputs"], out["cells"][i]["execution_count"] = [], None
        for i in e.solutions:
            _set_text(out["cells"][i], stubbed(text(nb["cells"][i])))
    return out


def read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def dumps(data: Any) -> str:
    """nbformat.writes와 같은 모양의 JSON (정렬한 키, 들여쓰기 1, 한글 그대로)."""
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def notebook_paths(folder: Path = NOTEBOOKS) -> list[Path]:
    return sorted(folder.glob("[0-9][0-9]_*.ipynb"))


def all_solutions(paths: list[Path]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for p in paths:
        merged |= solutions(read(p), p)
    return merged


def write_student_edition(dest: Path, root: Path = ROOT) -> tuple[int, int]:
    """``dest``에 학생판 강의 폴더를 만듭니다. (노트북 수, 비운 풀이 수)를 돌려줍니다."""
    dest = dest.resolve()
    if dest == root or dest in root.parents or (root in dest.parents and dest.parent != root):
        raise ExerciseCellError(f"{dest}: 강의 폴더 자신, 그 위, 그 안의 하위 폴더 속에는 쓸 수 "
                                "없습니다(강의 폴더 바로 아래나 밖의 폴더를 주세요)")
    if dest.exists() and any(dest.iterdir()) and not (dest / EDITION_MARK).exists():
        raise ExerciseCellError(f"{dest}: 비어 있지 않은 폴더입니다(학생판이 아님). "
                                "다른 폴더를 주세요")
    paths = notebook_paths(root / "notebooks")
    editions = [(p, read(p)) for p in paths]
    stubs = sum(len(exercises(nb, p)) for p, nb in editions)  # 쓰기 전에 모두 확인
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    ignore = shutil.ignore_patterns(*NOT_COPIED)
    for name in COPIED:
        src = root / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=ignore)
        elif src.exists():
            shutil.copy2(src, dest / name)
    shutil.copytree(root / "notebooks", dest / "notebooks",
                    ignore=shutil.ignore_patterns(*NOT_COPIED, "[0-9][0-9]_*.ipynb"))
    for p, nb in editions:
        (dest / "notebooks" / p.name).write_text(dumps(student(nb, p)), encoding="utf-8")
    (dest / EDITION_MARK).write_text("python3 course.py student가 만든 학생판\n", encoding="utf-8")
    return len(editions), stubs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sol = sub.add_parser("solutions", help=f"{SOLUTIONS_FILE.relative_to(ROOT)} 다시 쓰기")
    sol.add_argument("--check", action="store_true", help="쓰지 않고 최신인지만 확인")
    stu = sub.add_parser("student", help="학생판 강의 폴더 만들기")
    stu.add_argument("folder", nargs="?", type=Path, default=ROOT / STUDENT_DIR)
    args = parser.parse_args(argv)
    try:
        if args.command == "solutions":
            wanted = dumps(all_solutions(notebook_paths()))
            if args.check:
                stale = SOLUTIONS_FILE.read_text(encoding="utf-8") != wanted
                if stale:
                    print("최신이 아닙니다: python3 scripts/exercise_cells.py solutions")
                return int(stale)
            SOLUTIONS_FILE.write_text(wanted, encoding="utf-8")
            print(f"{SOLUTIONS_FILE.relative_to(ROOT)}: 풀이 {len(json.loads(wanted))}개")
            return 0
        count, stubs = write_student_edition(args.folder)
    except ExerciseCellError as error:
        print(f"오류: {error}", file=sys.stderr)
        return 1
    print(f"학생판을 만들었습니다 (student edition): {args.folder.resolve()}\n"
          f"  노트북 {count}개, 비운 풀이 {stubs}개 ('{STUB}'). 점검 셀과 q1.solution()은 "
          "그대로입니다.\n"
          "  이 폴더를 통째로(압축해) 나눠 주세요. 학생은 그 안에서 python3 course.py lab을 "
          "실행합니다.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
