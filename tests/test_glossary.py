"""용어집(notebooks/glossary.csv, glossary.md)과 노트북의 용어 사용을 검사합니다.

- CSV 형식: 열, 150개 이상, ko·en 중복 없음, 빈 칸 없음, first_notebook이 있는 노트북.
- glossary.md가 CSV에서 만든 최신 페이지인지.
- 피해야 할 표현(avoid 열)이 노트북의 마크다운·코드 셀 소스에 없는지(작은따옴표 속 언급은 허용).
- 용어가 강의에서 처음 쓰일 때 괄호 안에 영어가 있는지, 그 노트북이 first_notebook과 같은지.

찾는 규칙은 scripts/build_glossary.py의 모듈 설명에 있습니다. 맨 아래에서 그 함수들을 작은
문자열로 따로 검사합니다. 위반 목록은 노트북별로 묶어 한 번에 보여 줍니다.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from sources import load_script

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_glossary.py"
CSV_PATH = ROOT / "notebooks" / "glossary.csv"
MD_PATH = ROOT / "notebooks" / "glossary.md"
EXPECTED_COLUMNS = ["ko", "en", "definition", "first_notebook", "chollet_ko", "geron_ko",
                    "saito_ko", "avoid", "pattern"]


bg = load_script(SCRIPT)


@pytest.fixture(scope="module")
def rows():
    return bg.read_glossary(CSV_PATH)


@pytest.fixture(scope="module")
def cells():
    return bg.read_cells(bg.notebook_paths())


def _grouped(violations: list[tuple[str, str, int, str]]) -> str:
    """(notebook, 무엇, 셀 번호, 앞뒤 글) 목록을 노트북별로 묶은 메시지."""
    by_notebook: dict[str, list[str]] = defaultdict(list)
    for notebook, what, index, snippet in sorted(violations, key=lambda v: (v[0], v[2])):
        by_notebook[notebook].append(f"  cell {index}: {what}: …{snippet}…")
    parts = []
    for notebook in sorted(by_notebook):
        parts.append(f"{notebook} ({len(by_notebook[notebook])}건)")
        parts.extend(by_notebook[notebook])
    return f"{len(violations)}건\n" + "\n".join(parts)


# ---------------------------------------------------------------- CSV와 페이지


def test_csv_has_the_columns_and_enough_terms(rows):
    with CSV_PATH.open(encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    assert header == EXPECTED_COLUMNS
    assert len(rows) >= 150, f"용어가 {len(rows)}개뿐입니다 (150개 이상이어야 합니다)"


@pytest.mark.parametrize("column", ["ko", "en"])
def test_terms_are_unique(rows, column):
    seen: dict[str, int] = defaultdict(int)
    for row in rows:
        seen[row[column].lower()] += 1
    duplicates = sorted(term for term, n in seen.items() if n > 1)
    assert not duplicates, f"{column} 열에 중복: {duplicates}"


def test_required_fields_are_filled(rows):
    empty = [(i + 2, column) for i, row in enumerate(rows)
             for column in ("ko", "en", "definition", "first_notebook") if not row[column]]
    assert not empty, f"빈 칸 (CSV 줄 번호, 열): {empty}"
    multiline = [row["ko"] for row in rows if "\n" in row["definition"]]
    assert not multiline, f"뜻은 한 줄이어야 합니다: {multiline}"


def test_first_notebook_names_an_existing_notebook(rows):
    numbers = {p.name[:2] for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")}
    bad = [(row["ko"], row["first_notebook"]) for row in rows
           if not re.fullmatch(r"\d\d", row["first_notebook"])
           or row["first_notebook"] not in numbers]
    assert not bad, f"없는 노트북 번호: {bad}"


def test_patterns_compile_and_find_their_own_term(rows):
    bad = []
    for row in rows:
        try:
            regex = bg.term_regex(row)
        except re.error as error:
            bad.append((row["ko"], str(error)))
            continue
        if not regex.search(f" {row['ko']} "):
            bad.append((row["ko"], "자기 용어를 찾지 못함"))
    assert not bad, bad


def test_glossary_md_is_up_to_date():
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_glossary_md_has_title_citations_and_one_linked_row_per_term(rows):
    text = MD_PATH.read_text(encoding="utf-8")
    assert text.startswith("# 용어집 (Glossary)\n")
    for words in (["케라스 창시자에게 배우는 딥러닝", "박해선", "길벗", "2018"],
                  ["핸즈온 머신러닝", "박해선", "한빛미디어", "2018"],
                  ["밑바닥부터 시작하는 딥러닝", "이복연", "한빛미디어", "2017"]):
        line = next((ln for ln in text.splitlines() if words[0] in ln), "")
        assert all(w in line for w in words), f"인용이 불완전합니다: {words}"
    assert "빈 칸" in text, "번역서 열의 빈 칸이 무슨 뜻인지 설명해야 합니다"
    table = [ln for ln in text.splitlines() if ln.startswith("| ") and "](" in ln]
    assert len(table) == len(rows)
    first_column = [ln.split(" | ")[0][2:] for ln in table]
    assert first_column == sorted(first_column), "표는 한국어 용어 순이어야 합니다"
    for line in table:
        number, target = re.search(r"\[(\d\d)\]\(([^)]+)\)", line).groups()
        assert target.startswith(number + "_") and (ROOT / "notebooks" / target).exists(), line


# ---------------------------------------------------------------- 노트북의 용어


def test_no_notebook_uses_an_avoided_variant(rows, cells):
    violations = [(occ.cell.notebook, what, occ.cell.index, occ.snippet())
                  for what, occ in bg.avoided_uses(rows, cells)]
    assert not violations, ("피해야 할 표현이 쓰였습니다 (작은따옴표로 감싼 언급은 허용): "
                            + _grouped(violations))


def test_first_use_of_each_term_gives_the_english(rows, cells):
    violations, unused = [], []
    for row in rows:
        occ = bg.first_use(row, cells)
        if occ is None:
            unused.append(row["ko"])
        elif not bg.english_follows(occ.cell.source, occ.end, row["en"]):
            violations.append((occ.cell.notebook, f"{row['ko']}({row['en']})", occ.cell.index,
                               occ.snippet()))
    message = ""
    if violations:
        message += "처음 쓰인 곳 바로 뒤에 영어 괄호가 없습니다: " + _grouped(violations)
    if unused:
        message += f"\n노트북 마크다운에서 찾지 못한 용어: {unused}"
    assert not message, message


def test_first_notebook_column_matches_the_first_use(rows, cells):
    wrong = []
    for row in rows:
        occ = bg.first_use(row, cells)
        if occ is not None and occ.notebook_number != row["first_notebook"]:
            wrong.append(f"{row['ko']}: CSV {row['first_notebook']}, 처음 쓰인 곳 "
                         f"{occ.cell.notebook} cell {occ.cell.index}")
    assert not wrong, "first_notebook을 고치세요:\n" + "\n".join(wrong)


# ---------------------------------------------------------------- 찾는 함수 자체


def _row(ko, en="x", pattern="", avoid=""):
    return {"ko": ko, "en": en, "pattern": pattern, "avoid": avoid}


def _cell(source, cell_type="markdown", notebook="99_test.ipynb", index=0):
    return bg.Cell(notebook, index, cell_type, source)


def test_term_is_found_only_where_it_does_not_continue_a_hangul_word():
    regex = bg.term_regex(_row("층"))
    assert regex.search("밀집 층을 쌓습니다")
    assert regex.search("층(layer)")
    assert not regex.search("은닉층과 출력층")
    spaced = bg.term_regex(_row("손실 함수"))
    assert spaced.search("손실\n함수")  # 줄바꿈도 띄어쓰기
    assert not spaced.search("손실함수")


def test_pattern_column_overrides_the_default(rows):
    axis = bg.term_regex(next(r for r in rows if r["ko"] == "축"))
    assert axis.search("첫 번째 축(axis 0)") and axis.search("샘플 축이 0번")
    assert not axis.search("축소합니다") and not axis.search("축삭돌기")
    layer = bg.term_regex(next(r for r in rows if r["ko"] == "층"))
    assert layer.search("층마다") and not layer.search("층위") and not layer.search("은닉층")


def test_quoted_mentions_are_masked():
    assert "기울기" not in bg.mask_mentions("사이토 책의 번역은 '기울기'입니다")
    assert "기울기" not in bg.mask_mentions("번역서는 ‘기울기 소실’이라고 씁니다")
    # 영어 아포스트로피는 따옴표가 아닙니다
    assert "기울기" in bg.mask_mentions("Hebb's rule과 기울기 소실, it's")
    assert "기울기" in bg.mask_mentions("따옴표 없는 기울기 소실")


def test_avoided_uses_reports_uses_but_not_mentions_and_reads_code_cells():
    rows = [_row("그레이디언트 소실", avoid="기울기 소실; 그래디언트")]
    cells = [
        _cell("사이토 책의 번역은 '기울기 소실'입니다."),
        _cell("깊은 신경망의 기울기 소실 문제", index=1),
        _cell("# 그래디언트를 구합니다\nx = 1", cell_type="code", index=2),
        _cell("직선의 기울기는 2입니다.", index=3),
    ]
    found = [(occ.cell.index, what) for what, occ in bg.avoided_uses(rows, cells)]
    assert found == [(1, "'기울기 소실' → '그레이디언트 소실'"),
                     (2, "'그래디언트' → '그레이디언트 소실'")]


@pytest.mark.parametrize("text, term, en, expected", [
    ("손실 함수(loss function)는 예측과", "손실 함수", "loss function", True),
    ("**역전파**(backpropagation)는", "역전파", "backpropagation", True),
    ("손실 함수 (Loss Function)", "손실 함수", "loss function", True),
    ("다층 퍼셉트론(multi-layer perceptron, MLP)", "다층 퍼셉트론",
     "multilayer perceptron (MLP)", True),
    ("평균 제곱 오차(MSE)는", "평균 제곱 오차", "mean squared error (MSE)", True),
    ("손실 함수는 예측과", "손실 함수", "loss function", False),
    ("손실 함수(비용 함수)는", "손실 함수", "loss function", False),
    ("손실 함수는 (loss function)", "손실 함수", "loss function", False),
    ("XOR을 풉니다", "XOR", "XOR", True),
    ("그 한계(XOR)를", "XOR", "XOR", True),
])
def test_english_follows(text, term, en, expected):
    match = bg.term_regex(_row(term)).search(text)
    assert bg.english_follows(text, match.end(), en) is expected


def test_first_use_skips_headings_code_quotes_and_code_cells():
    row = _row("에포크", en="epoch")
    cells = [
        _cell("x = 1  # 에포크 수", cell_type="code", notebook="01_a.ipynb"),
        _cell("## 에포크란?\n`에포크`와 '에포크'는 건너뜁니다.\n```\n에포크\n```",
              notebook="02_b.ipynb"),
        _cell("이제 에포크(epoch)를 봅니다.", notebook="03_c.ipynb", index=5),
        _cell("다시 에포크", notebook="04_d.ipynb"),
    ]
    occ = bg.first_use(row, cells)
    assert (occ.cell.notebook, occ.cell.index) == ("03_c.ipynb", 5)
    assert occ.notebook_number == "03"
    assert bg.english_follows(occ.cell.source, occ.end, row["en"])
    assert bg.first_use(_row("역전파"), cells) is None


def test_marked_cells_are_skipped_for_first_use_but_not_for_avoided_variants():
    marker = "<!-- glossary: skip-first-use -->"
    cells = [_cell(f"{marker}\n| 01 | 에포크와 에폭 |", notebook="00_map.ipynb"),
             _cell("에포크(epoch)", notebook="01_a.ipynb")]
    occ = bg.first_use(_row("에포크", en="epoch"), cells)
    assert occ.cell.notebook == "01_a.ipynb"
    found = bg.avoided_uses([_row("에포크", avoid="에폭")], cells)
    assert [occ.cell.notebook for _, occ in found] == ["00_map.ipynb"]
