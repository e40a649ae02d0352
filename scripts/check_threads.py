"""훈련하는 노트북을 텐서플로 스레드 하나로 다시 테스트합니다 (thread-perturbation check).

스레드 수가 바뀌면 부동소수점 덧셈의 순서가 바뀌어, 같은 시드로도 훈련 결과의 마지막 자리가
달라집니다. 저장된 출력에 그런 숫자가 새어 들어가 있으면(``nbval-ignore-output`` 없이) 다른
컴퓨터에서 테스트가 실패합니다. 이 스크립트는 ``TF_NUM_INTRAOP_THREADS``,
``TF_NUM_INTEROP_THREADS``, ``OMP_NUM_THREADS``를 1로 두고 nbval을 돌려, 비교하는 셀이 여전히
같은지와 ``assert``가 여전히 지켜지는지 확인합니다. ``.ci/run``이 전체 테스트 다음에 부릅니다.

    .venv/bin/python scripts/check_threads.py            # 12~14번 노트북 (훈련하는 노트북)
    .venv/bin/python scripts/check_threads.py --all      # 모든 노트북 (몇 분 더 걸립니다)
    .venv/bin/python scripts/check_threads.py notebooks/13_low_level_tensorflow.ipynb
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAINING_NOTEBOOKS = ["12_mnist_mlp_keras.ipynb", "13_low_level_tensorflow.ipynb",
                      "14_hyperparameter_tuning.ipynb"]
ONE_THREAD = {"TF_NUM_INTRAOP_THREADS": "1", "TF_NUM_INTEROP_THREADS": "1", "OMP_NUM_THREADS": "1"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="테스트할 노트북 (기본: 12~14번)")
    parser.add_argument("--all", action="store_true", help="notebooks/의 모든 노트북")
    args = parser.parse_args(argv)
    notebooks = args.notebooks or (
        sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")) if args.all
        else [ROOT / "notebooks" / name for name in TRAINING_NOTEBOOKS])
    print("스레드 하나로 테스트합니다:", " ".join(Path(nb).name for nb in notebooks), flush=True)
    command = [sys.executable, "-m", "pytest", "-q", *map(str, notebooks)]
    return subprocess.run(command, cwd=ROOT, env={**os.environ, **ONE_THREAD}).returncode


if __name__ == "__main__":
    sys.exit(main())
