"""course.py가 가상 환경 안에 두는 JupyterLab 기본값(overrides.json): 병합, 멱등, 스키마에 맞는지.

화면에서 실제로 한국어가 되고 알림이 없는지는 tests/browser/test_lab_interface.py가 봅니다.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import course  # noqa: E402


def test_overrides_are_written_merged_and_idempotent(tmp_path):
    path = course.lab_overrides_path(tmp_path)
    path.parent.mkdir(parents=True)
    other = {"@jupyterlab/apputils-extension:themes": {"theme": "JupyterLab Dark"},
             "@jupyterlab/apputils-extension:notification": {"doNotDisturbMode": True}}
    path.write_text(json.dumps(other), encoding="utf-8")
    course.write_lab_overrides(tmp_path)
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["@jupyterlab/apputils-extension:themes"] == {"theme": "JupyterLab Dark"}
    assert written["@jupyterlab/translation-extension:plugin"] == {"locale": "ko_KR"}
    assert written["@jupyterlab/apputils-extension:notification"] == {
        "doNotDisturbMode": True, "fetchNews": "false", "checkForUpdates": False}
    stamp = path.stat().st_mtime_ns
    course.write_lab_overrides(tmp_path)  # 두 번째: 같은 내용이면 쓰지 않음
    assert path.stat().st_mtime_ns == stamp


def test_overrides_replace_a_broken_file(tmp_path):
    path = course.lab_overrides_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    course.write_lab_overrides(tmp_path)
    assert json.loads(path.read_text(encoding="utf-8")) == course.LAB_OVERRIDES


def test_overrides_match_the_installed_jupyterlab_schemas():
    """설정 이름과 값이 설치된 JupyterLab의 스키마에 맞아야 JupyterLab이 받아들입니다."""
    schemas = Path(sys.prefix) / "share" / "jupyter" / "lab" / "schemas"
    for plugin, values in course.LAB_OVERRIDES.items():
        package, name = plugin.split(":")
        schema = json.loads((schemas / package / f"{name}.json").read_text(encoding="utf-8"))
        for key in values:
            assert key in schema["properties"], f"{plugin}에 {key} 설정이 없습니다"
        jsonschema.validate(values, schema)


def test_korean_language_pack_is_installed():
    from importlib.metadata import entry_points

    packs = {ep.name for ep in entry_points(group="jupyterlab.languagepack")}
    assert course.LAB_OVERRIDES["@jupyterlab/translation-extension:plugin"]["locale"] in packs
