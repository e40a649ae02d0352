"""강의 웹사이트의 빠른 테스트 (브라우저와 Sphinx 빌드 없이).

책 대응표, 첫 페이지, 한국어 검색 확장, 저장된 출력의 경로 지우기.

사이트를 실제로 만들고 브라우저로 보는 테스트는 tests/browser/test_website.py에 있습니다.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "website" / "_ext"))

import build_site  # noqa: E402
from sanitize_outputs import clean_output, clean_paths  # noqa: E402

# 강의 계획(shared/seeds)의 노트 파일 → 그 노트가 따라가는 책
SEED_BOOKS = {
    "000_ed53ff46b4a0fc4b.txt": "chollet",
    "001_8b34919fe8d3d339.txt": "chollet",
    "002_98340e4acbae4a8b.txt": "chollet",
    "003_3c2a513a9be398a3.txt": "geron",
    "004_2293786e1cc718b3.txt": "saito",
}
NOT_SECTIONS = {"Reference"}  # 노트의 참고 문헌 제목
CHAPTERS = {"chollet": "3", "geron": "10", "saito": "3"}


def seeds_dir() -> Path | None:
    for candidate in (os.environ.get("COURSE_SEEDS"), ROOT.parent / "shared" / "seeds",
                      ROOT / "shared" / "seeds"):
        if candidate and (Path(candidate) / "README.md").is_file():
            return Path(candidate)
    return None


def seed_headings(text: str) -> list[str]:
    """markdown 제목(# ~ ###, 코드 블록 밖)을 차례로."""
    headings, in_code = [], False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            in_code = not in_code
            continue
        match = re.match(r"#{1,3} (.+)", line)
        if match and not in_code:
            headings.append(match.group(1).strip())
    return headings


def split_number(heading: str) -> tuple[str | None, str]:
    """'3.1.1 층: ...' → ('3.1.1', '층: ...'); '1. 신경망' → ('1', '신경망')."""
    match = re.match(r"(\d+(?:\.\d+)*)\.?\s+(.*)", heading)
    return (match.group(1), match.group(2)) if match else (None, heading)


@pytest.fixture(scope="module")
def sections():
    return build_site.read_book_map()


def test_seed_heading_parser_skips_code_comments():
    text = "## 3.1 가\n```python\n# 주석\n```\n### 3.1.1 나\n#### 너무 깊음\n"
    assert seed_headings(text) == ["3.1 가", "3.1.1 나"]
    assert split_number("3.1.1 층: 단위") == ("3.1.1", "층: 단위")
    assert split_number("1. 신경망") == ("1", "신경망")
    assert split_number("퍼셉트론(Perceptron)") == (None, "퍼셉트론(Perceptron)")


def test_book_map_covers_every_section_heading_of_the_syllabus(sections):
    folder = seeds_dir()
    if folder is None:
        pytest.skip("강의 계획 노트(shared/seeds)를 찾지 못했습니다 (set COURSE_SEEDS)")
    assert sorted(p.name for p in folder.glob("0*.txt")) == sorted(SEED_BOOKS)
    missing = []
    for name, book in SEED_BOOKS.items():
        rows = [s for s in sections if s.book == book]
        for heading in seed_headings((folder / name).read_text(encoding="utf-8")):
            number, title = split_number(heading)
            if title in NOT_SECTIONS:
                continue
            match = [s for s in rows if title in s.seed_headings]
            if not match:
                missing.append(f"{name}: {heading}")
            elif book == "chollet" and number is not None:
                # 숄레 노트는 한국어판의 절 번호를 그대로 씁니다: 번호도 맞아야 합니다
                assert number in {s.number for s in match}, (heading, [s.number for s in match])
    assert not missing, "book_map.csv의 seed_headings에 없는 노트 제목:\n" + "\n".join(missing)


def test_every_seed_heading_in_the_map_exists_in_the_seeds(sections):
    """거꾸로: 대응표의 seed_headings가 노트에 실제로 있는 제목인지 (오타로 통과하지 않도록)."""
    folder = seeds_dir()
    if folder is None:
        pytest.skip("강의 계획 노트(shared/seeds)를 찾지 못했습니다 (set COURSE_SEEDS)")
    known = {book: set() for book in CHAPTERS}
    for name, book in SEED_BOOKS.items():
        for heading in seed_headings((folder / name).read_text(encoding="utf-8")):
            known[book].add(split_number(heading)[1])
    for s in sections:
        for heading in s.seed_headings:
            assert heading in known[s.book], (s.book, s.number, heading)


def test_book_map_numbers_are_ordered_unique_and_in_the_chapter(sections):
    for book, chapter in CHAPTERS.items():
        numbers = [s.number for s in sections if s.book == book]
        assert numbers, book
        assert len(numbers) == len(set(numbers)), book
        keys = [tuple(int(p) for p in n.split(".")) for n in numbers]
        assert keys == sorted(keys), f"{book}: 절 번호가 차례대로가 아닙니다"
        assert all(n.split(".")[0] == chapter for n in numbers), book
        for s in sections:
            if s.book == book and s.parent is not None:
                assert s.parent in numbers, f"{book} {s.number}: 상위 절 {s.parent}이 없습니다"


def test_every_lesson_notebook_appears_in_the_book_map(sections):
    notebooks = build_site.course_notebooks()
    numbers = {p.name[:2] for p in notebooks}
    mapped = {n for s in sections for n in s.notebooks}
    assert mapped <= numbers, mapped - numbers
    unmapped = numbers - mapped
    assert unmapped == {"00"}, f"책의 절에 대응하지 않는 노트북: {sorted(unmapped - {'00'})}"


def test_course_map_summary_drops_subsections_whose_parent_is_listed(sections):
    # 08번은 사이토 3.1 전체와 3.3.3(상위 3.3은 02·11번)을 다룹니다
    summary = build_site.book_summary(sections, "08")
    assert "사이토 3.1, 3.2, 3.3.3, 3.4, 3.5" in summary
    assert "3.1.1" not in summary and "3.5.2" not in summary
    assert build_site.book_summary(sections, "00") == "—"


def test_index_page_lists_every_notebook_in_order_and_the_reference_pages(sections):
    notebooks = build_site.course_notebooks()
    page = build_site.index_page(notebooks, sections)
    positions = [page.index(f"]({p.name})") for p in notebooks]
    assert positions == sorted(positions)
    toctree = page[page.index("```{toctree}"):]
    assert [line for line in toctree.splitlines() if re.fullmatch(r"\d\d_\w+", line)] == \
        [p.stem for p in notebooks]
    assert "\nglossary\nbook_map\n" in toctree
    assert "<!--" not in page  # 표시가 모두 채워졌는지


def test_book_map_page_has_both_directions(sections):
    notebooks = build_site.course_notebooks()
    page = build_site.book_map_page(notebooks, sections)
    assert "## 책에서 노트북으로" in page and "## 노트북에서 책으로" in page
    for s in sections:
        assert f"| {s.title} |" in page.replace("\\|", "|"), s.number
    for p in notebooks:
        assert f"]({p.name})" in page


def test_notebook_title_drops_the_number():
    title = build_site.notebook_title(ROOT / "notebooks" / "02_layers.ipynb")
    assert title and not title.startswith("02")


def test_unknown_book_is_reported(tmp_path):
    bad = tmp_path / "map.csv"
    bad.write_text("book,section,title,notebooks,seed_headings,note\nbishop,1.1,x,01,,\n",
                   encoding="utf-8")
    with pytest.raises(build_site.SiteError, match="bishop"):
        build_site.read_book_map(bad)


def test_clear_output_refuses_a_folder_it_did_not_make(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(build_site.SiteError):
        build_site.clear_output(tmp_path)
    assert (tmp_path / "notes.txt").exists()
    site = tmp_path / "site"
    site.mkdir()
    (site / ".buildinfo").write_text("")
    build_site.clear_output(site)
    assert not site.exists()


# ---- 한국어 검색 확장 -------------------------------------------------------------------------

def test_hangul_prefixes():
    pytest.importorskip("sphinx", reason="사이트 도구 없음 (pip install -r requirements-site.txt)")
    from korean_search import hangul_prefixes

    assert hangul_prefixes("역전파를") == ["역전", "역전파", "역전파를"]
    assert hangul_prefixes("역") == []
    assert hangul_prefixes("ReLU를") == []
    assert hangul_prefixes("Dense층은") == ["층은"]
    assert hangul_prefixes("backpropagation") == []


def test_korean_search_language_indexes_words_with_particles_stripped():
    pytest.importorskip("sphinx", reason="사이트 도구 없음 (pip install -r requirements-site.txt)")
    from korean_search import SearchKorean

    lang = SearchKorean({})
    words = lang.split("역전파를 구현하고, 퍼셉트론은 XOR을 못 푼다")
    for word in ("역전파", "역전파를", "퍼셉트론", "구현", "XOR을"):
        assert word in words
    assert lang.language_name == "English"  # Sphinx 9의 브라우저 쪽 stemmer 이름
    assert lang.lang == "ko"


# ---- 저장된 출력의 경로 지우기 ----------------------------------------------------------------

PREFIXES = [("/home/kim/.venvs/course", "<venv>"), ("/home/kim/course", "<course>"),
            ("/home/kim", "~"), ("/tmp", "<tmp>")]


@pytest.mark.parametrize(("raw", "clean"), [
    ("File /home/kim/.venvs/course/lib/python3.11/site-packages/keras/src/layer.py:232, in f",
     "File <site-packages>/keras/src/layer.py:232, in f"),
    ("File /opt/conda/lib/python3.12/site-packages/numpy/x.py:1",
     "File <site-packages>/numpy/x.py:1"),
    ("/usr/lib/python3/dist-packages/scipy/a.py", "<site-packages>/scipy/a.py"),
    (r"C:\Users\kim\venv\Lib\site-packages\keras\x.py:3", r"<site-packages>\keras\x.py:3"),
    ("File /usr/lib/python3.11/json/decoder.py:337", "File <python-lib>/json/decoder.py:337"),
    ("interpreter: /home/kim/.venvs/course/bin/python", "interpreter: <venv>/bin/python"),
    ("open('/home/kim/course/data/mnist.npz')", "open('<course>/data/mnist.npz')"),
    ("/home/kim/other/file.txt", "~/other/file.txt"),
    ("/home/kimchi/file.txt", "/home/kimchi/file.txt"),  # 다른 폴더의 앞부분만 같은 경우
    ("/tmp/ipykernel_77/1234.py:3: UserWarning", "<tmp>/ipykernel_77/1234.py:3: UserWarning"),
    ("no paths here: 3/4 and a/b", "no paths here: 3/4 and a/b"),
])
def test_clean_paths(raw, clean):
    assert clean_paths(raw, PREFIXES) == clean


def test_clean_paths_keeps_ansi_colours():
    raw = ("\x1b[36mFile \x1b[39m\x1b[32m"
           "/home/kim/.venvs/course/lib/python3.11/site-packages/keras/a.py:1\x1b[39m")
    assert clean_paths(raw, PREFIXES) == \
        "\x1b[36mFile \x1b[39m\x1b[32m<site-packages>/keras/a.py:1\x1b[39m"


def test_clean_output_cleans_every_text_field():
    error = {"output_type": "error", "ename": "ValueError", "evalue": "bad /home/kim/course/x",
             "traceback": ["File /home/kim/course/utils/a.py:1"]}
    assert clean_output(error, PREFIXES) == {
        "output_type": "error", "ename": "ValueError", "evalue": "bad <course>/x",
        "traceback": ["File <course>/utils/a.py:1"]}
    stream = {"output_type": "stream", "name": "stderr", "text": "/tmp/w.py:1: Warning\n"}
    assert clean_output(stream, PREFIXES)["text"] == "<tmp>/w.py:1: Warning\n"
    data = {"output_type": "display_data", "metadata": {},
            "data": {"text/plain": ["/home/kim/a\n", "b"], "image/png": "/home/kim/not-text"}}
    cleaned = clean_output(data, PREFIXES)["data"]
    assert cleaned == {"text/plain": ["~/a\n", "b"], "image/png": "/home/kim/not-text"}


def test_default_prefixes_include_this_course_folder():
    assert clean_paths(f"see {ROOT / 'utils' / 'env.py'}:3") == "see <course>/utils/env.py:3"
