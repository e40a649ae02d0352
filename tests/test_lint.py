"""ruff로 코드와 노트북을 검사합니다 (ruff reads notebooks too)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_passes():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_notebook_json_is_normalised():
    result = subprocess.run([sys.executable, "scripts/execute_notebooks.py", "--check"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, (
        "노트북 JSON에 바뀌는 메타데이터가 남아 있습니다. "
        "`python3 course.py execute <노트북>`으로 다시 저장하세요.\n" + result.stdout
    )
