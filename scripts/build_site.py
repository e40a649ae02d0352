#!/usr/bin/env python3
"""강의 웹사이트를 만듭니다 (build the course website, offline).

저장된 노트북 출력으로 정적 웹사이트를 만듭니다. 노트북은 실행하지 않고, 인터넷도 쓰지 않습니다.

    python3 course.py site                       # 보통은 이렇게 (사이트 도구 설치 + 이 스크립트)
    .venv/bin/python scripts/build_site.py       # 사이트 도구가 설치된 파이썬으로 직접
    .venv/bin/python scripts/build_site.py --out /tmp/site

하는 일:
1. 빌드 폴더(build/site-src/)에 Sphinx 설정(website/conf.py), 한국어 검색 확장
   (website/_ext/), 첫 페이지(website/index.md + 강의 지도), 노트북(notebooks/NN_*.ipynb),
   용어집(notebooks/glossary.md), 책과 노트북 대응표(website/book_map.csv로 만든 book_map.md)를
   모읍니다.
2. 설치된 django-static-mathjax 패키지에서 MathJax 3의 필요한 부분만 _static/mathjax/로 복사합니다
   (git에는 넣지 않음). 그래서 수식이 인터넷 없이 보입니다.
3. Sphinx로 경고를 오류로 다루며(-W) 출력 폴더(기본 _site/)에 HTML을 만들고, 여는 법을 알려 줍니다.

아무것도 설치하지 않습니다. 필요한 패키지는 requirements-site.txt에 있습니다.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
WEBSITE = ROOT / "website"
BOOK_MAP_CSV = WEBSITE / "book_map.csv"
DEFAULT_OUT = ROOT / "_site"
DEFAULT_SRC = ROOT / "build" / "site-src"
REQUIREMENTS_SITE = ROOT / "requirements-site.txt"

# tex-mml-chtml.js가 불러오는 부분만 (약 4 MB). 전체 패키지는 24 MB입니다.
MATHJAX_FILES = ["tex-mml-chtml.js"]
MATHJAX_DIRS = ["input", "ui", "a11y", "adaptors", "output/chtml"]

BOOKS = {  # 대응표의 책 순서, 짧은 이름, 제목(한국어판 1판)과 장
    "chollet": ("숄레", "『케라스 창시자에게 배우는 딥러닝』 1판(길벗, 2018) 3장 신경망 시작하기"),
    "geron": ("제롱", "『핸즈온 머신러닝』 1판(한빛미디어, 2018) 10장 인공 신경망 소개"),
    "saito": ("사이토", "『밑바닥부터 시작하는 딥러닝』(한빛미디어, 2017) 3장 신경망"),
}


class SiteError(Exception):
    """사이트를 만들 수 없는 이유 (사용자에게 그대로 보여 줌)."""


@dataclass(frozen=True)
class Section:
    book: str
    number: str  # 한국어판의 절 번호, 예: "3.1.3"
    title: str
    notebooks: tuple[str, ...]  # 노트북 번호, 예: ("04", "05")
    seed_headings: tuple[str, ...]  # 강의 계획(shared/seeds)의 노트에 나오는 제목
    note: str

    @property
    def parent(self) -> str | None:
        parts = self.number.split(".")
        return ".".join(parts[:2]) if len(parts) > 2 else None


def read_book_map(path: Path = BOOK_MAP_CSV) -> list[Section]:
    """book_map.csv를 읽습니다.

    열: book, section, title, notebooks(공백으로 구분), seed_headings(;로 구분), note.
    """
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    sections = []
    for row in rows:
        if row["book"] not in BOOKS:
            raise SiteError(f"{path.name}: 모르는 책 {row['book']!r} "
                            f"(알려진 책: {', '.join(BOOKS)})")
        sections.append(Section(
            book=row["book"], number=row["section"].strip(), title=row["title"].strip(),
            notebooks=tuple(row["notebooks"].split()),
            seed_headings=tuple(h.strip() for h in row["seed_headings"].split(";") if h.strip()),
            note=row["note"].strip()))
    return sections


def course_notebooks(folder: Path = NOTEBOOKS) -> list[Path]:
    """강의 노트북(NN_이름.ipynb)을 번호 순서대로."""
    return sorted(folder.glob("[0-9][0-9]_*.ipynb"))


def notebook_title(path: Path) -> str:
    """노트북의 첫 '# ' 제목에서 앞의 번호('02. ')를 뺀 것."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        for line in "".join(cell["source"]).splitlines():
            if line.startswith("# "):
                title = line[2:].strip()
                number = path.name[:2]
                for prefix in (f"{number}. ", f"{number} "):
                    if title.startswith(prefix):
                        title = title[len(prefix):]
                return title
    raise SiteError(f"{path.name}: '# 제목'이 없습니다")


def sections_for(sections: list[Section], number: str, book: str, *, compact: bool) -> list[str]:
    """노트북 number가 다루는 book의 절 번호들. compact면 상위 절이 이미 있는 하위 절은 뺍니다."""
    found = [s for s in sections if s.book == book and number in s.notebooks]
    listed = {s.number for s in found}
    return [s.number for s in found if not (compact and s.parent in listed)]


def book_summary(sections: list[Section], number: str) -> str:
    """'숄레 3.1.1 · 사이토 3.3'처럼 한 줄로. 다루는 절이 없으면 '—'."""
    parts = []
    for book, (short, _) in BOOKS.items():
        numbers = sections_for(sections, number, book, compact=True)
        if numbers:
            parts.append(f"{short} {', '.join(numbers)}")
    return " · ".join(parts) or "—"


def cell(text: str) -> str:
    """markdown 표의 칸 하나 (세로 막대를 이스케이프)."""
    return text.replace("|", "\\|")


def course_map_table(notebooks: list[Path], sections: list[Section]) -> str:
    lines = ["| 노트북 | 제목 | 따라가는 책과 절(1판) |", "|---|---|---|"]
    for path in notebooks:
        number = path.name[:2]
        lines.append(f"| {number} | [{cell(notebook_title(path))}]({path.name}) | "
                     f"{book_summary(sections, number)} |")
    return "\n".join(lines)


def toctree(notebooks: list[Path]) -> str:
    entries = "\n".join(p.stem for p in notebooks)
    return ("```{toctree}\n:caption: 강의 노트북\n:maxdepth: 1\n:hidden:\n\n"
            f"{entries}\n```\n\n"
            "```{toctree}\n:caption: 참고 자료\n:maxdepth: 1\n:hidden:\n\n"
            "glossary\nbook_map\n```\n")


def index_page(notebooks: list[Path], sections: list[Section]) -> str:
    template = (WEBSITE / "index.md").read_text(encoding="utf-8")
    for marker in ("<!-- COURSE_MAP -->", "<!-- TOCTREE -->"):
        if marker not in template:
            raise SiteError(f"website/index.md에 {marker} 표시가 없습니다")
    return (template.replace("<!-- COURSE_MAP -->", course_map_table(notebooks, sections))
            .replace("<!-- TOCTREE -->", toctree(notebooks)))


def book_map_page(notebooks: list[Path], sections: list[Section]) -> str:
    by_number = {p.name[:2]: p for p in notebooks}
    for s in sections:
        missing = [n for n in s.notebooks if n not in by_number]
        if missing:
            raise SiteError(f"book_map.csv: {s.book} {s.number}의 노트북 {missing}이 "
                            "notebooks/에 없습니다")

    def links(numbers: tuple[str, ...]) -> str:
        return ", ".join(f"[{n}]({by_number[n].name})" for n in numbers) or "—"

    out = [
        "# 책과 노트북 대응표",
        "",
        "강의가 따라가는 세 권의 책에서 각 절을 어느 노트북이 다루는지, 그리고 거꾸로",
        "각 노트북이 책의 어느 절을 다루는지 보여 줍니다. 절 번호와 제목은 모두",
        "**한국어판 1판**의 것입니다(새 판과의 차이는 [00번 노트북](00_course_setup.ipynb) 2절).",
        "'—'는 강의에서 다루지 않는 절입니다.",
        "",
        "## 책에서 노트북으로",
    ]
    for book, (short, full) in BOOKS.items():
        out += ["", f"### {short} {full}", "", "| 절 | 제목 | 노트북 | 참고 |", "|---|---|---|---|"]
        for s in (s for s in sections if s.book == book):
            number = s.number if s.parent is None else f"&emsp;{s.number}"
            out.append(f"| {number} | {cell(s.title)} | {links(s.notebooks)} | {cell(s.note)} |")
    out += ["", "## 노트북에서 책으로", "",
            "| 노트북 | " + " | ".join(short for short, _ in BOOKS.values()) + " |",
            "|---" * (len(BOOKS) + 1) + "|"]
    for number, path in by_number.items():
        row = [f"[{number} {cell(notebook_title(path))}]({path.name})"]
        for book in BOOKS:
            row.append(", ".join(sections_for(sections, number, book, compact=False)) or "—")
        out.append("| " + " | ".join(row) + " |")
    out += ["", "이 페이지는 `website/book_map.csv`에서 만듭니다(`scripts/build_site.py`).", ""]
    return "\n".join(out)


def mathjax_source() -> Path:
    """설치된 django-static-mathjax 패키지 안의 MathJax 3 es5 폴더."""
    try:
        import mathjax  # django-static-mathjax가 설치하는 패키지 이름
    except ImportError as error:
        raise SiteError(missing_tools_message("django-static-mathjax")) from error
    folder = Path(mathjax.__file__).parent / "static" / "mathjax" / "es5"
    if not (folder / MATHJAX_FILES[0]).is_file():
        raise SiteError(f"MathJax 파일을 찾지 못했습니다: {folder / MATHJAX_FILES[0]}")
    return folder


def copy_mathjax(dest: Path) -> None:
    source = mathjax_source()
    dest.mkdir(parents=True, exist_ok=True)
    for name in MATHJAX_FILES:
        shutil.copy2(source / name, dest / name)
    for name in MATHJAX_DIRS:
        shutil.copytree(source / name, dest / name)


def missing_tools_message(package: str) -> str:
    return (f"사이트 도구가 없습니다 ({package}). `python3 course.py site`로 실행하거나 "
            f"`pip install -r {REQUIREMENTS_SITE.name}`로 설치하세요 (site tools missing).")


def check_tools() -> None:
    for module, package in (("sphinx", "sphinx"), ("myst_nb", "myst-nb"),
                            ("sphinx_book_theme", "sphinx-book-theme")):
        try:
            __import__(module)
        except ImportError as error:
            raise SiteError(missing_tools_message(package)) from error


def prepare_source(src: Path) -> int:
    """빌드 폴더를 새로 채웁니다. 페이지 수(노트북 + 첫 페이지 + 용어집 + 대응표)를 돌려줍니다."""
    notebooks = course_notebooks()
    if not notebooks:
        raise SiteError(f"노트북이 없습니다: {NOTEBOOKS}")
    sections = read_book_map()
    if src.exists():
        shutil.rmtree(src)
    src.mkdir(parents=True)
    for name in ("conf.py", "favicon.svg"):
        shutil.copy2(WEBSITE / name, src / name)
    shutil.copytree(WEBSITE / "_ext", src / "_ext", ignore=shutil.ignore_patterns("__pycache__"))
    for path in notebooks:
        shutil.copy2(path, src / path.name)
    shutil.copy2(NOTEBOOKS / "glossary.md", src / "glossary.md")
    (src / "index.md").write_text(index_page(notebooks, sections), encoding="utf-8")
    (src / "book_map.md").write_text(book_map_page(notebooks, sections), encoding="utf-8")
    copy_mathjax(src / "_static" / "mathjax")
    return len(notebooks) + 3


def clear_output(out: Path) -> None:
    """예전 사이트를 지웁니다. Sphinx가 만든 폴더(.buildinfo)나 빈 폴더가 아니면 지우지 않습니다."""
    if not out.exists():
        return
    if not out.is_dir() or (any(out.iterdir()) and not (out / ".buildinfo").exists()):
        raise SiteError(f"{out}는 Sphinx가 만든 사이트 폴더가 아니라서 지우지 않습니다. "
                        "다른 --out을 고르세요.")
    shutil.rmtree(out)


def build(src: Path, out: Path) -> None:
    """src/_build/html에 만들고 out으로 옮깁니다.

    myst-nb는 그림 파일을 HTML 폴더 옆의 jupyter_execute/에 쓰므로(바꿀 수 없음), 저장소 안에
    그 폴더가 생기지 않도록 빌드 폴더 안에서 만듭니다.
    """
    html = src / "_build" / "html"
    cmd = [sys.executable, "-m", "sphinx", "-b", "html", "-W", "--keep-going", "-q",
           "-j", "auto", "-d", str(src / "_build" / "doctrees"), str(src), str(html)]
    result = subprocess.run(cmd, cwd=src)
    if result.returncode != 0:
        raise SiteError("Sphinx 빌드가 실패했습니다 (경고도 오류로 다룹니다), "
                        f"종료 코드 {result.returncode}")
    clear_output(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(html), str(out))


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="사이트를 만들 폴더 (기본: _site/)")
    parser.add_argument("--src", type=Path, default=DEFAULT_SRC,
                        help="빌드 재료를 모을 폴더 (기본: build/site-src/, 매번 새로 만듦)")
    args = parser.parse_args(argv)
    out, src = args.out.resolve(), args.src.resolve()
    start = time.perf_counter()
    try:
        check_tools()
        clear_output(out)  # 지울 수 없는 폴더면 빌드하기 전에 알립니다
        pages = prepare_source(src)
        build(src, out)
    except SiteError as error:
        print(f"사이트를 만들지 못했습니다: {error}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - start
    print(f"사이트를 만들었습니다 (site built): 페이지 {pages}개, "
          f"{folder_size(out) / 2**20:.1f} MB, {seconds:.1f} s")
    print(f"  열기 (open): {(out / 'index.html').as_uri()}")
    print(f"  또는 (or serve): python3 -m http.server --directory {out} 8000"
          "  →  http://localhost:8000/")
    print("  올리기 (host): 이 폴더를 통째로 정적 파일 호스팅에 올리면 됩니다 "
          "(any static file host).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
