"""pytest 설정: nbval 비교 규칙과 노트북별 실행 시간 보고.

- 표준 오류(stderr) 스트림은 비교하지 않습니다. 경고는 기계마다 다를 수 있기 때문입니다.
  대신 tests/test_notebooks_structure.py가 저장된 출력에 경고나 글꼴 오류가 없는지 봅니다.
- 이미지(PNG)는 글꼴 렌더링이 기계마다 조금씩 달라 비교하지 않습니다(nbval 기본값).
- nbval은 셀 출력을 5초만 기다리므로, 훈련처럼 오래 걸리는 셀을 위해 늘립니다.
- 테스트가 끝나면 노트북마다 걸린 시간을 출력합니다(CI 로그에서 확인).
"""

from __future__ import annotations

import time
from collections import defaultdict

import pytest

OUTPUT_TIMEOUT_S = 120
_notebook_seconds: dict[str, float] = defaultdict(float)
_notebook_failed: set[str] = set()


def pytest_collectstart(collector):
    if collector.fspath and collector.fspath.ext == ".ipynb":
        collector.skip_compare += ("stderr",)


def pytest_collection_modifyitems(items):
    for item in items:
        if hasattr(item, "output_timeout"):
            item.output_timeout = OUTPUT_TIMEOUT_S


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    start = time.perf_counter()
    yield
    path = str(item.fspath)
    if path.endswith(".ipynb"):
        _notebook_seconds[item.fspath.basename] += time.perf_counter() - start


def pytest_runtest_logreport(report):
    if report.failed and report.nodeid.split("::")[0].endswith(".ipynb"):
        _notebook_failed.add(report.nodeid.split("::")[0].rsplit("/", 1)[-1])


def pytest_terminal_summary(terminalreporter):
    if not _notebook_seconds:
        return
    tr = terminalreporter
    tr.section("노트북별 실행 시간 (seconds per notebook)")
    for name, seconds in sorted(_notebook_seconds.items()):
        status = "실패 FAILED" if name in _notebook_failed else "ok"
        tr.write_line(f"{seconds:7.1f} s  {name}  {status}")
    tr.write_line(f"{sum(_notebook_seconds.values()):7.1f} s  합계 (total)")

