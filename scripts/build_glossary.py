#!/usr/bin/env python3
"""용어집을 만들고 검사합니다 (build notebooks/glossary.md from notebooks/glossary.csv).

``notebooks/glossary.csv``가 원본입니다(한 줄에 용어 하나). 이 스크립트는

- CSV를 읽어 ``notebooks/glossary.md``(한국어 용어 순으로 정렬한 표)를 씁니다.
- ``--check``: 파일을 쓰지 않고 glossary.md가 CSV와 같은지만 확인합니다(다르면 종료 코드 1).
- ``--report``: 용어마다 강의에서 처음 나오는 곳(노트북, 셀, 앞뒤 글)과 피해야 할 표현이 쓰인
  곳을 출력합니다. ``first_notebook`` 열을 고치거나 노트북의 용어를 다듬을 때 씁니다.

용어를 찾는 규칙(테스트 ``tests/test_glossary.py``도 같은 함수를 씁니다):

- 한국어 용어는 앞 글자가 한글이 아닐 때만 찾습니다(``층``은 ``은닉층``의 일부로는 찾지 않음).
  용어 안의 띄어쓰기는 줄바꿈을 포함한 공백 하나 이상과 맞습니다. ``pattern`` 열이 있으면
  그 정규식을 대신 씁니다(``축``과 ``축소``처럼 짧고 헷갈리는 용어).
- 작은따옴표 안('기울기', ‘기울기’)은 용어를 쓴 것이 아니라 *언급*한 것으로 보고 건너뜁니다.
- 처음 쓰임은 마크다운 셀에서만 찾고, 제목 줄(``#``), 코드 블록과 인라인 코드는 건너뜁니다.
  처음 쓰임 바로 뒤(``**``와 공백은 건너뜀)의 괄호 안에 영어 용어가 있어야 합니다. 영어는
  대소문자, 하이픈과 공백을 무시하고 비교하며, ``en``이 ``mean squared error (MSE)``처럼 끝에
  괄호로 약어를 달고 있으면 약어만 있어도 됩니다. 한국어와 영어가 같은 용어(XOR)는 괄호가
  필요 없습니다.
- 소스에 ``<!-- glossary: skip-first-use -->``가 있는 마크다운 셀(예: 목차 표)은 처음 쓰임을 찾을
  때 건너뜁니다. 피해야 할 표현은 그런 셀에서도 찾습니다.

    python3 scripts/build_glossary.py            # glossary.md 다시 쓰기
    python3 scripts/build_glossary.py --check    # 최신인지 확인
    python3 scripts/build_glossary.py --report   # 처음 쓰임과 피해야 할 표현 보고
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
CSV_PATH = NOTEBOOKS / "glossary.csv"
MD_PATH = NOTEBOOKS / "glossary.md"

COLUMNS = ["ko", "en", "definition", "first_notebook", "chollet_ko", "geron_ko", "saito_ko",
           "avoid", "pattern"]
HANGUL = "가-힣"
# 작은따옴표로 감싼 짧은 구간 = 언급(mention). 영어 아포스트로피(Hebb's)는 여는 따옴표가 아닙니다.
QUOTED = re.compile(r"(?<![A-Za-z0-9])'[^'\n]{1,80}?'(?![A-Za-z])|‘[^’\n]{1,80}?’")
FENCED_CODE = re.compile(r"^```.*?^```[^\n]*$", re.S | re.M)
INLINE_CODE = re.compile(r"`[^`\n]+`")
HEADING = re.compile(r"^#{1,6} .*$", re.M)
PAREN_AFTER = re.compile(r"[*\s]*\(([^()]*)\)")
SKIP_FIRST_USE = "<!-- glossary: skip-first-use -->"

BOOKS = [
    ("chollet_ko", "Chollet 역",
     "프랑소와 숄레 지음, 박해선 옮김, 『케라스 창시자에게 배우는 딥러닝』, 길벗, 2018 "
     "(원서: François Chollet, *Deep Learning with Python*, 1st ed., Manning, 2017)"),
    ("geron_ko", "Géron 역",
     "오렐리앙 제롱 지음, 박해선 옮김, 『핸즈온 머신러닝』, 한빛미디어, 2018 "
     "(원서: Aurélien Géron, *Hands-On Machine Learning with Scikit-Learn and TensorFlow*, "
     "1st ed., O'Reilly, 2017)"),
    ("saito_ko", "Saito 역",
     "사이토 고키 지음, 이복연 옮김, 『밑바닥부터 시작하는 딥러닝』, 한빛미디어, 2017 "
     "(원서: 斎藤康毅, 『ゼロから作るDeep Learning』, オライリー・ジャパン, 2016)"),
]


@dataclass(frozen=True)
class Cell:
    """노트북 셀 하나의 소스(출력은 보지 않음)."""

    notebook: str  # 파일 이름, 예: "08_activation_functions.ipynb"
    index: int  # 0부터 센 셀 번호
    cell_type: str  # "markdown" 또는 "code"
    source: str


def read_glossary(path: Path = CSV_PATH) -> list[dict[str, str]]:
    """CSV를 읽어 행(dict) 목록으로 돌려줍니다. 빈 칸은 빈 문자열입니다."""
    with path.open(encoding="utf-8", newline="") as f:
        return [{key: (value or "").strip() for key, value in row.items()}
                for row in csv.DictReader(f)]


def notebook_paths(folder: Path = NOTEBOOKS) -> list[Path]:
    """번호로 시작하는 노트북을 번호 순서대로 돌려줍니다."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def read_cells(paths: list[Path]) -> list[Cell]:
    """노트북들의 마크다운·코드 셀 소스를 노트북 순서, 셀 순서대로 돌려줍니다."""
    cells = []
    for path in paths:
        nb = json.loads(path.read_text(encoding="utf-8"))
        for i, cell in enumerate(nb["cells"]):
            if cell["cell_type"] in ("markdown", "code"):
                source = cell["source"]
                source = "".join(source) if isinstance(source, list) else source
                cells.append(Cell(path.name, i, cell["cell_type"], source))
    return cells


def _blank(match: re.Match) -> str:
    """찾은 구간을 같은 길이의 공백으로 바꿉니다(위치를 유지하고, 한글 경계도 끊음)."""
    return re.sub(r"[^\n]", " ", match.group(0))


def mask_mentions(text: str) -> str:
    """작은따옴표 안의 언급을 지웁니다(같은 길이의 공백으로)."""
    return QUOTED.sub(_blank, text)


def mask_for_first_use(text: str) -> str:
    """처음 쓰임을 찾을 때 건너뛸 곳(코드 블록, 인라인 코드, 제목 줄, 언급)을 지웁니다."""
    for pattern in (FENCED_CODE, INLINE_CODE, HEADING):
        text = pattern.sub(_blank, text)
    return mask_mentions(text)


def literal_regex(phrase: str) -> str:
    """한국어 구절을 정규식으로: 앞 글자가 한글이 아니어야 하고, 띄어쓰기는 공백 1개 이상."""
    parts = [re.escape(part) for part in phrase.split()]
    return rf"(?<![{HANGUL}])" + r"\s+".join(parts)


def term_regex(row: dict[str, str]) -> re.Pattern:
    """용어(ko)를 찾는 정규식. ``pattern`` 열이 있으면 그것을 씁니다."""
    return re.compile(row.get("pattern") or literal_regex(row["ko"]))


def avoid_regexes(row: dict[str, str]) -> list[tuple[str, re.Pattern]]:
    """``avoid`` 열(세미콜론으로 구분)의 표현마다 (표현, 정규식)을 돌려줍니다."""
    variants = [v.strip() for v in row.get("avoid", "").split(";") if v.strip()]
    return [(v, re.compile(literal_regex(v))) for v in variants]


def _normalise_en(text: str) -> str:
    return re.sub(r"[\s\-‐–]+", "", text.lower())


def english_forms(en: str) -> list[str]:
    """괄호 안에 있으면 되는 영어 형태: 전체, 그리고 끝의 (약어)가 있으면 약어만."""
    forms = [en]
    match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", en)
    if match:
        forms = [match.group(1), match.group(2)]
    return [_normalise_en(form) for form in forms]


def english_follows(text: str, end: int, en: str) -> bool:
    """text[end:]가 (``**``·공백 다음) 영어 용어를 담은 괄호로 시작하는지.

    찾은 용어 자체가 영어 용어와 같으면(XOR) 괄호가 없어도 됩니다.
    """
    if _normalise_en(text[max(0, end - len(en) - 4):end]).endswith(_normalise_en(en)):
        return True
    match = PAREN_AFTER.match(text, end)
    if not match:
        return False
    inside = _normalise_en(match.group(1))
    return any(form in inside for form in english_forms(en))


@dataclass(frozen=True)
class Occurrence:
    cell: Cell
    start: int
    end: int

    @property
    def notebook_number(self) -> str:
        return self.cell.notebook[:2]

    def snippet(self, width: int = 25) -> str:
        text = self.cell.source
        return text[max(0, self.start - width):self.end + width].replace("\n", " ")


def first_use(row: dict[str, str], cells: list[Cell]) -> Occurrence | None:
    """용어가 강의에서 처음 쓰인 곳(마크다운 셀만; 제목·코드·언급 제외)."""
    regex = term_regex(row)
    for cell in cells:
        if cell.cell_type != "markdown" or SKIP_FIRST_USE in cell.source:
            continue
        match = regex.search(mask_for_first_use(cell.source))
        if match:
            return Occurrence(cell, match.start(), match.end())
    return None


def avoided_uses(rows: list[dict[str, str]], cells: list[Cell]) -> list[tuple[str, Occurrence]]:
    """피해야 할 표현이 쓰인 곳 (마크다운과 코드 셀 소스, 작은따옴표 속 언급은 제외)."""
    found = []
    checks = [(row["ko"], variant, regex) for row in rows for variant, regex in avoid_regexes(row)]
    for cell in cells:
        text = mask_mentions(cell.source)
        for ko, variant, regex in checks:
            for match in regex.finditer(text):
                occ = Occurrence(cell, match.start(), match.end())
                found.append((f"'{variant}' → '{ko}'", occ))
    return found


def _escape(text: str) -> str:
    return text.replace("|", "\\|")


def render_markdown(rows: list[dict[str, str]]) -> str:
    """용어집 페이지(마크다운)를 만듭니다. 표는 한국어 용어의 가나다순입니다."""
    lines = [
        "# 용어집 (Glossary)",
        "",
        "이 강의에서 쓰는 신경망 용어를 한곳에 모았습니다. 강의는 용어를 처음 쓸 때",
        "괄호 안에 영어를 함께 적습니다(예: 손실 함수(loss function)). 낯선 용어를 만나면",
        "여기서 찾아보고, **처음 나온 노트북** 열의 링크로 그 용어를 처음 설명한 노트북을",
        "열어 보세요. 영어 자료를 찾아볼 때는 **영어** 열을 쓰세요.",
        "",
        "세 권의 번역서는 같은 개념을 다르게 옮기기도 합니다. 책과 함께 공부할 때 헷갈리지 않도록",
        "각 번역서의 표기를 나란히 적었습니다.",
        "",
    ]
    lines += [f"- **{label}**: {citation}" for _, label, citation in BOOKS]
    lines += [
        "",
        "번역서 열의 **빈 칸은 '확인하지 못함'**이라는 뜻입니다. 그 책이 다른 말을 "
        "쓴다는 뜻도, 그 책에 없는 용어라는 뜻도 아닙니다. **피하는 표현** 열은 같은 "
        "개념을 가리키지만 이 강의에서는 쓰지 않기로 한 표현입니다(번역서의 표기를 "
        "소개할 때는 '기울기'처럼 작은따옴표로 감싸 언급합니다).",
        "",
        "번역서 열은 각 번역서를 따라 공부한 공개 학습 노트(블로그, 깃허브)에서 그 책의 "
        "번역어로 쓰인 것을 확인한 칸만 채웠습니다. 번역서 본문과 직접 대조한 것은 아닙니다. "
        "근거가 약한 칸: Chollet 역의 샘플, 훈련 세트, 테스트 세트는 어느 판을 따른 노트인지 "
        "분명하지 않고, Saito 역의 브로드캐스트는 같은 역자의 『밑바닥부터 시작하는 딥러닝 2』 "
        "노트에서 확인했습니다. Géron 역은 1판을 따른 노트를 찾지 못해, 같은 역자가 옮긴 2판"
        "(『핸즈온 머신러닝』 2판, 한빛미디어, 2020)의 노트로 확인했습니다(헤비사이드 계단 함수, "
        "오차 행렬 두 칸). 1판의 표기와 다를 수 있습니다.",
        "",
        "이 페이지는 `scripts/build_glossary.py`가 `glossary.csv`에서 만듭니다. 용어를 고치거나 "
        "더할 때는 CSV를 고친 뒤 `python3 scripts/build_glossary.py`를 실행하세요.",
        "",
        f"용어 {len(rows)}개.",
        "",
        "| 한국어 | 영어 | 뜻 | 처음 나온 노트북 | Chollet 역 | Géron 역 | Saito 역 "
        "| 피하는 표현 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    names = {p.name[:2]: p.name for p in notebook_paths()}
    for row in sorted(rows, key=lambda r: r["ko"]):
        number = row["first_notebook"]
        link = f"[{number}]({names[number]})" if number in names else number
        avoid = ", ".join(v.strip() for v in row["avoid"].split(";") if v.strip())
        cells = [row["ko"], row["en"], row["definition"], link, row["chollet_ko"],
                 row["geron_ko"], row["saito_ko"], avoid]
        lines.append("| " + " | ".join(_escape(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def report(rows: list[dict[str, str]], cells: list[Cell]) -> None:
    """처음 쓰임(영어가 붙었는지)과 피해야 할 표현을 출력합니다."""
    for row in rows:
        occ = first_use(row, cells)
        if occ is None:
            print(f"{row['ko']:<14} (없음)")
            continue
        ok = english_follows(occ.cell.source, occ.end, row["en"])
        mark = "ok " if ok else "NO "
        same = "" if occ.notebook_number == row["first_notebook"] else (
            f" [CSV first_notebook={row['first_notebook']}]")
        print(f"{mark}{row['ko']:<14} {occ.cell.notebook[:2]} cell {occ.cell.index}{same}: "
              f"…{occ.snippet()}…")
    for what, occ in avoided_uses(rows, cells):
        print(f"AVOID {what}: {occ.cell.notebook} cell {occ.cell.index}: …{occ.snippet()}…")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="glossary.md가 최신인지 확인만 합니다")
    parser.add_argument("--report", action="store_true",
                        help="처음 쓰임과 피해야 할 표현을 출력합니다")
    args = parser.parse_args(argv)
    rows = read_glossary()
    if args.report:
        report(rows, read_cells(notebook_paths()))
        return 0
    text = render_markdown(rows)
    if args.check:
        current = MD_PATH.read_text(encoding="utf-8") if MD_PATH.exists() else ""
        if current != text:
            print("notebooks/glossary.md가 glossary.csv와 다릅니다. "
                  "`python3 scripts/build_glossary.py`로 다시 만드세요.")
            return 1
        print("notebooks/glossary.md는 최신입니다.")
        return 0
    MD_PATH.write_text(text, encoding="utf-8")
    print(f"{MD_PATH.relative_to(ROOT)}: 용어 {len(rows)}개")
    return 0


if __name__ == "__main__":
    sys.exit(main())
