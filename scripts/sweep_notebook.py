"""노트북 하나를 여러 시드와 스레드 수로 실행해, 검사(assert)하는 값들의 분포를 잽니다.

A notebook's asserted bounds must hold on any learner's machine. This script runs a notebook top to
bottom several times -- every seed in ``--seeds`` times every thread count in ``--threads`` -- and
reports, for each variable named in ``--vars`` (a variable or an expression such as
``'acc["fast"]'``), the worst, median and best value over all runs, and which cells failed in
which run. The stored notebook is never modified.

How the seed is changed: in a copy of the notebook, ``setup_notebook()`` becomes
``setup_notebook(SEED)`` and every literal 42 passed as a seed (``set_random_seed(42)``,
``default_rng(42)``, ``seed=42``, ``random_state=42``) becomes ``SEED``.
How the thread count is changed: ``TF_NUM_INTRAOP_THREADS``, ``TF_NUM_INTEROP_THREADS`` and
``OMP_NUM_THREADS`` in the kernel's environment (this changes the floating-point summation order).

Example (about ten runs of a one-minute notebook: ten minutes)::

    .venv/bin/python scripts/sweep_notebook.py notebooks/12_mnist_mlp_keras.ipynb \\
        --seeds 42 0 1 2 3 --threads 1 2 --vars fast_accuracy book_accuracy

Run it on a quiet machine; add ``--json FILE`` to keep the raw values.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

SEED_PATTERNS = [
    (re.compile(r"setup_notebook\(\)"), "setup_notebook({seed})"),
    (re.compile(r"(set_random_seed|default_rng|set_seed)\(42\)"), r"\g<1>({seed})"),
    (re.compile(r"\b(seed|random_state)=42\b"), r"\g<1>={seed}"),
]
MARKER = "__SWEEP_VALUES__"


def reseed(source: str, seed: int) -> str:
    """Return ``source`` with the notebook's fixed seed 42 replaced by ``seed``."""
    for pattern, replacement in SEED_PATTERNS:
        source = pattern.sub(replacement.replace("{seed}", str(seed)), source)
    return source


def run_once(path: Path, seed: int, threads: int, names: list[str], timeout: int) -> dict:
    """Run a reseeded copy of the notebook with ``threads`` threads; return values, failures."""
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.source = reseed(cell.source, seed)
    probe = ("import json as _json, numpy as _np\n"
             "def _value(_expr):\n"
             "    try:\n"
             "        return float(_np.asarray(eval(_expr)).item())\n"
             "    except Exception:\n"
             "        return None\n"
             f"print({MARKER!r} + _json.dumps({{_e: _value(_e) for _e in {names!r}}}))")
    nb.cells.append(nbformat.v4.new_code_cell(probe))
    env = {"TF_NUM_INTRAOP_THREADS": str(threads), "TF_NUM_INTEROP_THREADS": str(threads),
           "OMP_NUM_THREADS": str(threads)}
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    try:
        client = NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=True,
                                resources={"metadata": {"path": str(path.parent)}})
        start = time.perf_counter()
        client.execute()
        seconds = time.perf_counter() - start
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    failures, values = [], {}
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                failures.append(f"[{index}] {output['ename']}: {output['evalue'][:120]}")
            if output.get("output_type") == "stream" and MARKER in output.get("text", ""):
                values = json.loads(output["text"].split(MARKER, 1)[1])
    return {"seed": seed, "threads": threads, "seconds": round(seconds, 1), "values": values,
            "failures": failures}


def _number(value: float | None) -> float:
    return float("nan") if value is None else value


def summarise(runs: list[dict], names: list[str]) -> str:
    """A plain-text table: one row per run, then worst/median/best per variable."""
    lines = ["seed threads seconds " + " ".join(f"{n:>16}" for n in names) + "  failures"]
    for run in runs:
        cells = " ".join(f"{_number(run['values'].get(n)):>16.4f}" for n in names)
        lines.append(f"{run['seed']:>4} {run['threads']:>7} {run['seconds']:>7.1f} {cells}  "
                     f"{'; '.join(run['failures']) or '-'}")
    for label, pick in (("min", min), ("median", statistics.median), ("max", max)):
        row = []
        for n in names:
            values = [r["values"][n] for r in runs if r["values"].get(n) is not None]
            row.append(f"{pick(values):>16.4f}" if values else f"{'-':>16}")
        lines.append(f"{label:>20} " + " ".join(row))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", type=Path)
    parser.add_argument("--seeds", type=int, nargs="+", default=[42, 0, 1, 2, 3])
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--vars", nargs="+", required=True,
                        help="scalar variables or expressions to report")
    parser.add_argument("--timeout", type=int, default=900, help="seconds per cell")
    parser.add_argument("--json", type=Path, help="also write the raw runs to this file")
    args = parser.parse_args(argv)
    runs = []
    for threads in args.threads:
        for seed in args.seeds:
            run = run_once(args.notebook.resolve(), seed, threads, args.vars, args.timeout)
            runs.append(run)
            print(json.dumps(run, ensure_ascii=False), flush=True)
    print(summarise(runs, args.vars))
    if args.json:
        args.json.write_text(json.dumps(runs, ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if any(run["failures"] for run in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
