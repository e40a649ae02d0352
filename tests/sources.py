"""테스트가 함께 쓰는 도우미: 스크립트 임포트, 노트북 코드 읽기, 연습 문제의 틀린 답 출력.

pytest는 tests/를 ``sys.path``에 넣으므로 테스트 파일에서 ``from sources import load_script``로
씁니다. 이름이 ``test_``로 시작하지 않으므로 테스트로 모이지 않습니다.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent  # 저장소 루트


def load_script(path: Path) -> ModuleType:
    """``path``의 파이썬 파일을 파일 이름(확장자 없이)의 모듈로 임포트해서 돌려줍니다.

    ``sys.modules``에 먼저 등록하므로 스크립트 안의 dataclass도 자기 모듈을 찾습니다.
    """
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def notebook_code(path: Path) -> str:
    """노트북의 코드 셀을 모두 이어 붙인 글 (스크립트가 노트북과 같은 코드를 쓰는지 볼 때)."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")


def wrong(exercise, *answer, capsys) -> str:
    """점검에 틀린 답을 넣고 출력(❌ 한 줄)을 돌려줍니다. 정말 틀렸다고 했는지도 봅니다."""
    ok = exercise.check(*answer)
    out = capsys.readouterr().out
    assert ok is False and out.startswith("❌"), out
    return out
