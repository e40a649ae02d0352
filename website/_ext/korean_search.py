"""한국어 검색을 돕는 작은 Sphinx 확장 (Korean search for Sphinx).

Sphinx에는 한국어 검색 언어가 없어서 낱말을 띄어쓰기 단위로 색인합니다. 그러면 '역전파를',
'역전파는'처럼 조사가 붙은 낱말만 색인되어 '역전파'로 찾을 때 빠지는 페이지가 생깁니다.
이 확장은 한글 낱말마다 두 글자 이상의 모든 앞부분(접두사: 역전, 역전파, 역전파를)도 색인합니다.

Sphinx 9의 검색 화면은 ``language_name``으로 브라우저 쪽 형태소 처리기(stemmer) 이름을 정하므로
영어 것을 그대로 씁니다(``language_name = "English"``). 영어 처리기는 한글을 바꾸지 않습니다.
"""

from __future__ import annotations

import re

from sphinx.search.en import SearchEnglish

HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]{2,}")
MIN_PREFIX = 2


def hangul_prefixes(word: str) -> list[str]:
    """word 안의 한글 덩어리마다 길이 2 이상인 앞부분을 모두 돌려줍니다(덩어리 자신 포함)."""
    found = []
    for run in HANGUL_RUN.findall(word):
        found.extend(run[:n] for n in range(MIN_PREFIX, len(run) + 1))
    return found


class SearchKorean(SearchEnglish):
    lang = "ko"
    language_name = "English"  # 브라우저 쪽 stemmer 이름 (EnglishStemmer)

    def split(self, input: str) -> list[str]:
        words = super().split(input)
        extra = [p for w in words for p in hangul_prefixes(w) if p != w]
        return words + extra


def setup(app):
    app.add_search_language(SearchKorean)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
