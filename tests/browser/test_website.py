"""강의 웹사이트를 브라우저로 확인합니다 (the course website in headless Chromium).

사이트를 임시 폴더에 새로 만들고(scripts/build_site.py, 경고는 오류) 빈 로컬 포트에서 띄운
다음, 모든 페이지에서: 콘솔·페이지 오류가 없고, 로컬 밖으로 나가는 요청이 없고(있으면 막고
실패), 깨진 로컬 파일이 없고, 그림 수 = 저장된 PNG 출력 수이며 모두 그려졌고(naturalWidth > 0),
모든 수식이 조판되었고(MathJax 오류 없음), 사이드바와 이전/다음 단추가 차례대로 이어지는지
봅니다. 한국어 검색은 다섯 낱말마다 그 낱말이 본문에 있는 페이지를 모두 찾는지 봅니다.
화면은 tests/browser/screenshots/site/에 저장합니다.

브라우저 찾기와 Chromium 실행은 같은 폴더의 conftest.py(browser_choice, browser)를 씁니다.
사이트 도구(requirements-site.txt)가 없으면 한 줄 이유와 함께 건너뜁니다.
"""

from __future__ import annotations

import html
import json
import re
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import build_site  # noqa: E402

SCREENSHOTS = Path(__file__).parent / "screenshots" / "site"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
SEARCH_TERMS = ["역전파", "퍼셉트론", "크로스엔트로피", "그레이디언트", "소프트맥스"]
NOTEBOOKS = build_site.course_notebooks()
PAGES = ["index"] + [p.stem for p in NOTEBOOKS] + ["glossary", "book_map"]  # 읽는 차례


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    try:
        build_site.check_tools()
    except build_site.SiteError as error:
        pytest.skip(f"사이트 테스트 건너뜀: {error}")
    base = tmp_path_factory.mktemp("site")
    out = base / "html"
    assert build_site.main(["--out", str(out), "--src", str(base / "src")]) == 0, "사이트 빌드 실패"
    return out


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # 테스트 출력을 어지럽히지 않음
        pass


@pytest.fixture(scope="session")
def site_url(built_site, browser_choice):
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(built_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def site_page(browser):
    """새 탭 하나: 외부 요청은 막고 기록, 콘솔 오류·페이지 오류·실패한 로컬 응답을 모읍니다."""
    page = browser.new_page()
    record = {"console": [], "page": [], "external": [], "bad_local": []}

    def route(route_, request):
        host = urlsplit(request.url).hostname or ""
        if request.url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
            route_.continue_()
        else:
            record["external"].append(request.url)
            route_.abort()

    page.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and record["console"].append(m.text))
    page.on("pageerror", lambda e: record["page"].append(str(e)))
    page.on("response", lambda r: r.status >= 400 and record["bad_local"].append(
        f"{r.status} {r.url}"))
    page.record = record  # type: ignore[attr-defined]
    yield page
    page.close()


def stored_png_count(stem: str) -> int:
    path = ROOT / "notebooks" / f"{stem}.ipynb"
    if not path.exists():
        return 0
    nb = json.loads(path.read_text(encoding="utf-8"))
    return sum("image/png" in out.get("data", {})
               for cell in nb["cells"] if cell["cell_type"] == "code"
               for out in cell.get("outputs", []))


def page_name(url: str) -> str:
    """'.../08_activation_functions.html#x' → '08_activation_functions'."""
    path = unquote(urlsplit(url).path)
    name = path.rsplit("/", 1)[-1] or "index.html"
    return name.removesuffix(".html")


def wait_for_mathjax(page) -> None:
    page.wait_for_function("""() => !window.MathJax || (window.MathJax.startup
        && window.MathJax.startup.promise && (window.__mjDone || (window.MathJax.startup.promise
        .then(() => { window.__mjDone = true; }), false)))""", timeout=60_000)


@pytest.mark.parametrize("stem", PAGES)
def test_page(site_page, site_url, stem):
    page = site_page
    page.goto(urljoin(site_url, f"{stem}.html"), wait_until="load")
    wait_for_mathjax(page)
    # 그림이 모두 불러와질 때까지 (lazy loading이 있어도 끝까지 내려 보며)
    page.evaluate("""async () => {
        for (const img of document.images) { img.loading = 'eager'; }
        await Promise.all([...document.images].map(img => img.complete ? null :
            new Promise(r => { img.onload = img.onerror = r; })));
    }""")
    info = page.evaluate("""() => ({
        images: [...document.querySelectorAll('article img')].map(
            img => ({src: img.getAttribute('src'), w: img.naturalWidth})),
        outputImages: document.querySelectorAll('article .cell_output img').length,
        math: document.querySelectorAll('article .math').length,
        typeset: document.querySelectorAll('article .math mjx-container').length,
        containers: document.querySelectorAll('article mjx-container').length,
        mathErrors: document.querySelectorAll('mjx-merror, [data-mjx-error]').length,
        rawMath: [...document.querySelectorAll('article .math')].filter(
            e => !e.querySelector('mjx-container')).map(e => e.textContent.slice(0, 80)),
        sidebar: [...document.querySelectorAll('.bd-sidebar-primary nav.bd-links a')].map(
            a => a.href),
        prev: document.querySelector('a.left-prev')?.href ?? null,
        next: document.querySelector('a.right-next')?.href ?? null,
        lang: document.documentElement.lang,
    })""")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{stem}.png"))
    if info["typeset"]:
        page.locator("article .math mjx-container").first.scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / f"{stem}_math.png"))

    record = page.record
    assert not record["external"], f"외부로 나가려던 요청: {record['external'][:5]}"
    assert not record["console"], f"콘솔 오류: {record['console'][:5]}"
    assert not record["page"], f"페이지 오류: {record['page'][:5]}"
    assert not record["bad_local"], f"실패한 요청: {record['bad_local'][:5]}"
    assert info["lang"] == "ko"

    # 그림: 저장된 PNG 출력마다 하나, 모두 그려짐
    assert info["outputImages"] == stored_png_count(stem)
    broken = [i["src"] for i in info["images"] if not i["w"]]
    assert not broken, f"그려지지 않은 그림: {broken[:5]}"

    # 수식: 모두 조판, 오류 없음, 수식이 아닌 곳은 건드리지 않음
    assert not info["rawMath"], f"조판되지 않은 수식: {info['rawMath'][:5]}"
    assert info["typeset"] == info["math"] == info["containers"]
    assert info["mathErrors"] == 0

    # 사이드바: 모든 페이지가 읽는 차례대로
    assert [page_name(u) for u in info["sidebar"]] == PAGES
    assert all(urlsplit(u).netloc == urlsplit(site_url).netloc for u in info["sidebar"])
    # 이전/다음 단추
    i = PAGES.index(stem)
    assert (page_name(info["prev"]) if info["prev"] else None) == (PAGES[i - 1] if i else None)
    assert (page_name(info["next"]) if info["next"] else None) == \
        (PAGES[i + 1] if i + 1 < len(PAGES) else None)


def test_next_button_really_navigates(site_page, site_url):
    page = site_page
    page.goto(urljoin(site_url, "index.html"), wait_until="load")
    for expected in PAGES[1:4]:
        page.locator("a.right-next").click()
        page.wait_for_load_state("load")
        assert page_name(page.url) == expected
    page.locator("a.left-prev").click()
    page.wait_for_load_state("load")
    assert page_name(page.url) == PAGES[2]


def article_text(built_site: Path, stem: str) -> str:
    """빌드된 페이지 본문(article)의 글 (태그를 뺀 것)."""
    source = (built_site / f"{stem}.html").read_text(encoding="utf-8")
    match = re.search(r"<article[^>]*>(.*)</article>", source, re.S)
    assert match, stem
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", match.group(1), flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


@pytest.mark.parametrize("term", SEARCH_TERMS)
def test_korean_search_finds_every_page_containing_the_term(site_page, site_url, built_site,
                                                           term):
    expected = {stem for stem in PAGES if term in article_text(built_site, stem)}
    assert len(expected) >= 2, f"'{term}'이 든 페이지가 너무 적어 시험이 되지 않습니다: {expected}"
    page = site_page
    page.goto(urljoin(site_url, f"search.html?q={term}"), wait_until="load")
    # 검색이 끝나면 Sphinx가 제목의 진행 점(span)을 지우고 '검색 결과'로 바꿉니다
    page.wait_for_function("""() => {
        const title = document.querySelector('#search-results h2');
        return title && !title.querySelector('span');
    }""", timeout=60_000)
    found = {page_name(a) for a in page.eval_on_selector_all(
        "#search-results ul.search li a", "els => els.map(a => a.href)")}
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"search_{SEARCH_TERMS.index(term)}.png"))
    assert not page.record["console"] and not page.record["external"]
    assert expected <= found, f"'{term}': 찾지 못한 페이지 {sorted(expected - found)}"
    assert found <= expected, f"'{term}': 낱말이 없는데 찾은 페이지 {sorted(found - expected)}"
