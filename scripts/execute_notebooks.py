#!/usr/bin/env python3
"""노트북을 처음부터 끝까지 다시 실행해 출력까지 저장합니다 (re-execute notebooks in place).

저장된 출력이 언제나 '새 커널에서 위에서 아래로 한 번 실행한 결과'가 되도록, 노트북을
고친 뒤에는 이 스크립트로 저장하세요. JSON도 정리합니다: 실행 시간, 위젯 상태, 파이썬
버전 같은 바뀌는 메타데이터를 지우고 셀 메타데이터는 ``tags``만 남깁니다. 연습 문제의 풀이 셀
(``### BEGIN SOLUTION`` 표시)과 점검 셀(``assert qN.check(...)``)에는 nbgrader 메타데이터를
붙입니다(scripts/exercise_cells.py; 규약에 어긋나면 셀 번호와 함께 오류를 냅니다).

    python3 course.py execute                      # 모든 노트북
    python3 course.py execute notebooks/03_*.ipynb # 일부만
    python3 scripts/execute_notebooks.py --check   # 실행하지 않고 JSON 정리 상태만 확인
    python3 scripts/execute_notebooks.py --normalise-only  # 실행하지 않고 정리(와 표시)만

테스트(nbval)와 같은 방법으로, 지금 파이썬 환경의 커널을 씁니다.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import nbformat
from exercise_cells import ExerciseCellError, mark  # scripts/exercise_cells.py
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient
from nbval.kernel import CURRENT_ENV_KERNEL_NAME, NbvalKernelspecManager
from sanitize_outputs import clean_output  # scripts/sanitize_outputs.py

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def normalise(nb: nbformat.NotebookNode, path: Path) -> nbformat.NotebookNode:
    """바뀌는 메타데이터를 지워 diff를 읽기 쉽게 만들고, 연습 문제 셀에 nbgrader 표시를 붙입니다."""
    nb.metadata = nbformat.NotebookNode(
        kernelspec=nbformat.NotebookNode(KERNELSPEC), language_info={"name": "python"}
    )
    nb.nbformat, nb.nbformat_minor = 4, 5
    for i, cell in enumerate(nb.cells):
        tags = list(cell.get("metadata", {}).get("tags", []))
        cell.metadata = nbformat.NotebookNode({"tags": tags} if tags else {})
        cell.setdefault("id", f"cell-{i:03d}")
        if "attachments" in cell and not cell.attachments:
            del cell["attachments"]
        if cell.cell_type == "code":
            for out in cell.get("outputs", []):
                clean_output(out)  # 오류 메시지 속 이 컴퓨터의 경로를 중립적인 이름으로
                if out.get("output_type") in {"display_data", "execute_result"}:
                    out.data.pop("application/vnd.jupyter.widget-view+json", None)
            cell.outputs = coalesce_streams(drop_known_tf_noise(cell.get("outputs", [])))
    return mark(nb, path)


# 텐서플로 2.21이 연산 결정론(setup_notebook이 켬)을 켠 채 fit()을 부를 때 내는 무해한 ERROR 한 줄.
# 결정론이 병렬 map을 보통 map으로 바꾸며 모르는 속성을 남겨서 생깁니다(결과에는 영향 없음).
# JupyterLab에서는 보이고(README의 '문제 해결'), 저장할 때만 뺍니다. nbval의 커널은 C 수준 stderr를
# 받지 않으므로 비교 결과는 같습니다. 다른 ERROR 줄은 그대로 저장되어 구조 테스트가 잡습니다.
KNOWN_TF_NOISE = re.compile(r"^E\d{4} .*node_def_util\.cc:\d+\] NodeDef mentions attribute "
                            r"use_unbounded_threadpool which is not in the op definition.*\n?",
                            re.MULTILINE)


def drop_known_tf_noise(outputs: list) -> list:
    """stderr 출력에서 KNOWN_TF_NOISE 줄을 빼고, 그래서 비게 된 출력은 지웁니다."""
    kept = []
    for out in outputs:
        if out.get("output_type") == "stream" and out.get("name") == "stderr":
            out["text"] = KNOWN_TF_NOISE.sub("", "".join(out["text"]))
            if not out["text"]:
                continue
        kept.append(out)
    return kept


def coalesce_streams(outputs: list) -> list:
    """이어진 같은 스트림(stdout/stderr) 출력을 하나로 합칩니다.

    커널은 출력을 시간에 따라 여러 조각으로 보내므로, 합치지 않으면 실행할 때마다 조각
    경계가 달라져 diff가 지저분해집니다. nbval도 비교하기 전에 같은 방식으로 합칩니다.
    """
    merged: list = []
    for out in outputs:
        if (out.get("output_type") == "stream" and merged
                and merged[-1].get("output_type") == "stream"
                and merged[-1].get("name") == out.get("name")):
            merged[-1]["text"] = "".join(merged[-1]["text"]) + "".join(out["text"])
        else:
            merged.append(out)
    return merged


def is_normalised(path: Path) -> bool:
    nb = nbformat.read(path, as_version=4)
    before = nbformat.writes(nb)
    return nbformat.writes(normalise(nb, path)) == before


def execute(path: Path, timeout: int) -> float:
    nb = nbformat.read(path, as_version=4)
    mark(nb, path)  # 규약 위반은 실행하기 전에 알립니다
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    km = KernelManager(kernel_name=CURRENT_ENV_KERNEL_NAME,
                       kernel_spec_manager=NbvalKernelspecManager())
    client = NotebookClient(
        nb, km=km, timeout=timeout, record_timing=False, store_widget_state=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    start = time.perf_counter()
    client.execute()
    elapsed = time.perf_counter() - start
    nbformat.validate(nb)
    nbformat.write(normalise(nb, path), path)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", type=Path, help="실행할 노트북 (기본: 전부)")
    parser.add_argument("--timeout", type=int, default=600, help="셀 하나의 시간 제한(초)")
    parser.add_argument("--check", action="store_true",
                        help="실행하지 않고 JSON이 정리되어 있는지만 확인")
    parser.add_argument("--normalise-only", action="store_true",
                        help="실행하지 않고 JSON만 정리해 저장 (출력은 그대로)")
    args = parser.parse_args()
    paths = [p.resolve() for p in args.notebooks] or sorted(NOTEBOOKS.glob("[0-9]*.ipynb"))
    try:
        return run(paths, args)
    except ExerciseCellError as error:
        print(f"연습 문제 셀 오류 (exercise cells): {error}", file=sys.stderr)
        return 1


def run(paths: list[Path], args: argparse.Namespace) -> int:
    if args.normalise_only:
        for p in paths:
            nbformat.write(normalise(nbformat.read(p, as_version=4), p), p)
        return 0
    if args.check:
        bad = [p for p in paths if not is_normalised(p)]
        for p in bad:
            print(f"정리되지 않음 (not normalised): {shown(p)}")
        return 1 if bad else 0
    total = 0.0
    for path in paths:
        print(f"실행 중 (executing) {shown(path)} ...", flush=True)
        seconds = execute(path, args.timeout)
        total += seconds
        print(f"  {seconds:6.1f} s", flush=True)
    print(f"합계 (total) {total:.1f} s")
    return 0


def shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


if __name__ == "__main__":
    sys.exit(main())
