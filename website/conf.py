"""강의 웹사이트의 Sphinx 설정 (scripts/build_site.py가 빌드 폴더에 복사해 씁니다).

노트북은 실행하지 않고 저장된 출력을 그대로 보여 줍니다(nb_execution_mode = "off").
인터넷 없이 보이도록 MathJax는 빌드할 때 _static/mathjax/에 복사한 것을 쓰고(mathjax_path),
외부 주소를 부르는 테마 기능(저장소·실행 버튼, 외부 글꼴)은 쓰지 않습니다.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "Keras로 배우는 신경망 기초"
author = "강의 작성자들"
copyright = "강의 작성자들 (코드 MIT, 글과 그림 CC BY 4.0)"
language = "ko"

extensions = ["myst_nb", "korean_search"]
nb_execution_mode = "off"
myst_enable_extensions = ["dollarmath", "amsmath"]
# 오류 출력(traceback)의 색칠: 기본값 ipythontb는 케라스 오류 메시지의 글머리표(•)에서
# 실패해 경고를 내므로, 같은 모양을 경고 없이 칠하는 파이썬 traceback 렉서를 씁니다.
nb_render_error_lexer = "pytb"

exclude_patterns = ["_build", "**.ipynb_checkpoints"]
html_theme = "sphinx_book_theme"
html_title = project
html_static_path = ["_static"]
# _static/ 기준 경로 (빌드할 때 django-static-mathjax 패키지에서 복사)
mathjax_path = "mathjax/tex-mml-chtml.js"
html_last_updated_fmt = None
html_copy_source = True  # 노트북 내려받기 버튼(.ipynb)
html_show_sourcelink = False
html_theme_options = {
    "home_page_in_toc": True,
    "show_navbar_depth": 1,
    "use_download_button": True,
    "use_fullscreen_button": False,
    "use_repository_button": False,
    "use_issues_button": False,
    "use_edit_page_button": False,
    "launch_buttons": {},
    "navigation_with_keys": False,
}
# 처음 열 때 밝은 화면 (비워 두면 테마가 브라우저 콘솔에 오류를 냅니다).
# 화면 위 단추로 바꿀 수 있습니다.
html_context = {"default_mode": "light"}
# 브라우저가 /favicon.ico를 찾다가 404를 내지 않도록 작은 아이콘을 둡니다.
html_favicon = "favicon.svg"
