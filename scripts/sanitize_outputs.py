"""저장된 노트북 출력에서 이 컴퓨터의 경로를 지웁니다 (remove machine paths from stored outputs).

오류 메시지(traceback)와 경고에는
``/home/me/course/.venv/lib/python3.11/site-packages/keras/...``처럼 강의를 실행한 컴퓨터의
경로가 찍힙니다. 저장된 노트북과 웹사이트에는 누구의 컴퓨터에서나 같은 중립적인 이름을 보여 줍니다.

    <site-packages>/keras/src/...   설치된 패키지 (가상 환경, conda, 시스템 어디든)
    <python-lib>/...                파이썬 표준 라이브러리 (lib/python3.X)
    <venv>/...                      가상 환경의 나머지 (bin/ 등)
    <course>/...                    강의 폴더 (저장소 루트)
    ~/...                           홈 폴더
    <tmp>/...                       임시 폴더

터미널 색 코드(ANSI escape)는 그대로 두고, 색 코드 사이의 글에만 적용합니다.
scripts/execute_notebooks.py가 노트북을 저장할 때 ``clean_output``을 부릅니다.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"(\x1b\[[0-9;]*[A-Za-z])")
# 경로가 시작될 수 있는 자리: 글의 처음, 또는 공백·따옴표·괄호·=·, 다음
_START = r"(?<![^\s\"'(=,\[<])"
_DRIVE = r"(?:[A-Za-z]:)?"
_PATH_CHARS = r"[^\s\"'<>:|*?]*?"
_SEP = r"[/\\]"
SITE_PACKAGES = re.compile(_START + _DRIVE + _SEP + _PATH_CHARS + _SEP
                           + r"(?:site|dist)-packages(?=[/\\])", re.IGNORECASE)
PYTHON_LIB = re.compile(_START + _DRIVE + _SEP + _PATH_CHARS + _SEP
                        + r"lib[/\\]python3\.\d+(?=[/\\])")


def _prefix_pattern(prefix: str) -> re.Pattern[str]:
    """prefix로 시작하는 경로(바로 뒤가 경로 구분자이거나 경로의 끝)."""
    return re.compile(_START + re.escape(prefix.rstrip("/\\")) + r"(?=[/\\]|$|[\s\"':,)])")


def default_prefixes() -> list[tuple[str, str]]:
    """(지울 경로, 대신 쓸 이름) — 구체적인 것부터. 가상 환경은 실제로 가상 환경일 때만."""
    found: list[tuple[str, str]] = []
    if sys.prefix != sys.base_prefix:
        found.append((sys.prefix, "<venv>"))
    found.append((str(ROOT), "<course>"))
    home = str(Path.home())
    if len(Path(home).parts) > 1:
        found.append((home, "~"))
    found.append((str(Path(tempfile.gettempdir()).resolve()), "<tmp>"))
    found.append((tempfile.gettempdir(), "<tmp>"))
    return found


def clean_paths(text: str, prefixes: Iterable[tuple[str, str]] | None = None) -> str:
    """text 안의 기계 경로를 중립적인 이름으로 바꿉니다 (모듈 설명의 표)."""
    rules = [(SITE_PACKAGES, "<site-packages>"), (PYTHON_LIB, "<python-lib>")]
    for prefix, name in default_prefixes() if prefixes is None else prefixes:
        if prefix and prefix not in {"/", "\\"}:
            rules.append((_prefix_pattern(prefix), name))
    pieces = ANSI.split(text)
    for i in range(0, len(pieces), 2):  # 짝수 번째가 색 코드 사이의 글
        for pattern, name in rules:
            pieces[i] = pattern.sub(name, pieces[i])
    return "".join(pieces)


def clean_output(out: dict, prefixes: Iterable[tuple[str, str]] | None = None) -> dict:
    """노트북 출력 하나(nbformat 출력 dict)의 글에서 경로를 지웁니다. 같은 dict를 고쳐 돌려줍니다.

    stream의 text, error의 evalue와 traceback 줄, display_data/execute_result의 text/* 데이터.
    """
    rules = list(default_prefixes() if prefixes is None else prefixes)

    def clean(value):
        if isinstance(value, list):
            return [clean_paths(v, rules) for v in value]
        return clean_paths(value, rules)

    kind = out.get("output_type")
    if kind == "stream" and "text" in out:
        out["text"] = clean(out["text"])
    elif kind == "error":
        out["evalue"] = clean(out.get("evalue", ""))
        out["traceback"] = clean(out.get("traceback", []))
    elif kind in {"display_data", "execute_result"}:
        for mime, value in out.get("data", {}).items():
            if mime.startswith("text/"):
                out["data"][mime] = clean(value)
    return out
