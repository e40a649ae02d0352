"""연습 문제 점검의 핵심 (core of the exercise self-checks), Kaggle ``learntools``를 본떴습니다.

문제 하나가 :class:`Exercise` 하나이고, 노트북별 모듈(``ex04`` …)은 정답·흔한 오답과 힌트라는
데이터에 아래의 판정기(judge: 맞으면 ``None``, 틀리면 힌트 문장을 돌려주는 함수)를 붙인 것입니다.
"""

from __future__ import annotations

import contextlib
import inspect
import io
import json
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

_Judge = Callable[..., "str | None"]
SOLUTIONS_FILE = Path(__file__).with_name("solutions.json")


class Exercise:
    """연습 문제 하나: ``check(답)``, ``hint()``, ``solution()``.

    ``key``는 풀이 셀의 nbgrader ``grade_id``(예: ``"ex04-q1"``), ``hint``는 ``hint()``가 보여 줄
    풀이 방향, ``success``는 맞았을 때 덧붙일 설명입니다.
    """

    def __init__(self, key: str, judge: _Judge, *, hint: str, success: str) -> None:
        self.key, self.judge, self._hint, self.success = key, judge, hint, success
        self.args = tuple(inspect.signature(judge).parameters)

    def problem(self, *answer: Any) -> str | None:
        """틀린 점을 말하는 문장(맞으면 ``None``). 판정 중 어떤 오류도 힌트로 바꿉니다."""
        if len(answer) != len(self.args):
            return f"답을 {len(self.args)}개 넣으세요: check({', '.join(self.args)})."
        if any(a is None for a in answer):
            return f"아직 답이 None이에요. {self._hint}"
        try:  # 학습자 함수가 출력하는 글은 삼키고, 경고도 숨깁니다
            with (warnings.catch_warnings(), np.errstate(all="ignore"),
                  contextlib.redirect_stdout(io.StringIO())):
                warnings.simplefilter("ignore")
                found = self.judge(*answer)
        except Exception as error:  # 학습자 코드나 낯선 값에서 난 오류도 '아직 아님'입니다
            found = f"답을 점검하다 오류가 났어요({type(error).__name__}). {self._hint}"
        return None if found is None else " ".join(str(found).split()) or self._hint

    def check(self, *answer: Any) -> bool:
        """답을 점검해 한 줄로 알려 주고 맞았는지 돌려줍니다. 예외를 내지 않습니다."""
        found = self.problem(*answer)
        if found is None:
            print(f"✅ 정답입니다! {self.success}")
        else:
            print(f"❌ 아직 아니에요. 힌트: {found}")
        return found is None

    def hint(self) -> None:
        """풀이 방향을 보여 줍니다."""
        print(f"💡 힌트: {self._hint}")

    def solution(self) -> None:
        """강의 노트북의 풀이 코드를 보여 줍니다."""
        try:
            code = json.loads(SOLUTIONS_FILE.read_text(encoding="utf-8")).get(self.key)
        except (OSError, ValueError):  # 풀이 파일이 없거나 깨졌어도 오류 없이 안내합니다
            code = None
        print(f"💡 풀이:\n{code}" if code else "풀이는 노트북의 '풀이' 절에 있습니다.")


def with_args(names: Sequence[str], judge: Callable[..., str | None]) -> _Judge:
    """``judge(*answer)``가 받는 답의 이름을 정해 둡니다 (답 개수 점검과 안내문에 씁니다)."""
    params = [inspect.Parameter(n, inspect.Parameter.POSITIONAL_ONLY) for n in names]
    judge.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    return judge


def describe(x: Any) -> str:
    """학습자가 넣은 값의 종류를 짧게 말합니다 (힌트 문장용, 예외를 내지 않습니다)."""
    try:
        if x is None or isinstance(x, (bool, np.bool_)):
            return f"{x!r}"
        if isinstance(x, str):
            return f"문자열 {x[:30]!r}"
        if hasattr(x, "shape") and hasattr(x, "dtype"):
            return f"모양이 {tuple(x.shape)}인 배열"
        if callable(x):
            return f"호출할 수 있는 {type(x).__name__}"
        if isinstance(x, (list, tuple, dict, set)):
            return f"원소 {len(x)}개짜리 {type(x).__name__}"
        return f"{type(x).__name__} 값"
    except Exception:  # 속성을 읽다 오류를 내는 객체
        return "알아볼 수 없는 값"


def array(x: Any) -> np.ndarray | None:
    """숫자 배열(float64)로 바꿉니다. 불리언·문자열·객체라서 바꿀 수 없으면 ``None``."""
    if isinstance(x, (str, bytes, bool, np.bool_)) or callable(x):
        return None
    try:
        arr = np.asarray(x)
        return arr.astype(float) if arr.dtype.kind in "iuf" else None
    except Exception:  # 텐서가 아닌 케라스 객체, 들쭉날쭉한 리스트 등
        return None


def number(x: Any) -> float | None:
    """숫자 하나(파이썬 수, NumPy 스칼라, 원소가 하나인 배열이나 텐서)면 float, 아니면 ``None``."""
    arr = array(x)
    return float(arr.reshape(-1)[0]) if arr is not None and arr.size == 1 else None


def shape(x: Any) -> tuple | None:
    """모양(정수나 None의 튜플)으로 바꿉니다. ``(100, 64)``, ``[100, 64]``, ``TensorShape``."""
    if isinstance(x, (str, bytes)) or not hasattr(x, "__iter__"):
        return None
    try:
        raw = list(x)
    except Exception:  # 0-d 배열처럼 돌 수 없는 값
        return None
    items = [None if v is None else number(v) for v in raw]
    if any(v is None and r is not None for v, r in zip(items, raw)):
        return None
    if any(v is not None and (not np.isfinite(v) or v != int(v)) for v in items):
        return None
    return tuple(None if v is None else int(v) for v in items)


def close(got: Any, want: Any, *, rtol: float = 1e-3, atol: float = 1e-6) -> bool:
    """모양이 같고 값이 가까운지 (숫자가 아니면 False)."""
    a, b = array(got), array(want)
    return (a is not None and b is not None and (a.shape == b.shape or a.size == b.size == 1)
            and bool(np.allclose(a, b, rtol=rtol, atol=atol)))


def numbers(names: Sequence[str], expected: Sequence[float], *, otherwise: str, example: str,
            mistakes: Sequence[tuple[Sequence[float], str]] = (), rtol: float = 1e-3,
            atol: float = 1e-6) -> _Judge:
    """숫자 답 ``names``를 정답 ``expected``, 알려진 오답 ``mistakes``(오답, 힌트)와 비교합니다.

    숫자가 아닌 답에는 ``example``(예: ``"len(x_train)"``)을, 모르는 오답에는 ``otherwise``를
    보입니다.
    """
    def judge(*answer: Any) -> str | None:
        got = [number(a) for a in answer]
        for value, name in zip(answer, names):
            if number(value) is None:
                return f"{name}에는 숫자 하나를 넣으세요(지금은 {describe(value)}). 예: {example}"
        if close(got, expected, rtol=rtol, atol=atol):
            return None
        return next((hint for wrong, hint in mistakes
                     if close(got, wrong, rtol=rtol, atol=atol)), otherwise)
    return with_args(names, judge)


def function(reference: Callable[..., Any], cases: Sequence[tuple], *, otherwise: str,
             mistakes: Sequence[tuple[Callable[..., Any], str]] = (), rtol: float = 1e-5,
             atol: float = 1e-6) -> _Judge:
    """학습자의 함수를 ``cases``(인자 튜플, 매번 복사)에서 ``reference``와 비교합니다.

    흔한 실수를 흉내 낸 함수와 맞으면 그 힌트를, 아니면 ``otherwise``와 틀린 입력을 보입니다.
    """
    def judge(fn: Any) -> str | None:
        if not callable(fn) or isinstance(fn, type):
            return f"함수 이름을 괄호 없이 넣으세요(지금은 {describe(fn)})."
        for args in cases:
            try:
                got = fn(*[np.array(a, copy=True) for a in args])
            except Exception as error:
                return f"함수가 오류를 냈어요: {type(error).__name__}: {str(error)[:80]}"
            want = reference(*args)
            if close(got, want, rtol=rtol, atol=atol):
                continue
            if array(got) is None or array(got).size != np.size(want):
                return (f"함수가 모양 {np.shape(want)}의 숫자를 돌려줘야 하는데 "
                        f"{describe(got)}을(를) 돌려줬어요.")
            for wrong, hint in mistakes:
                if close(got, wrong(*args), rtol=rtol, atol=atol):
                    return hint
            shown = ", ".join(np.array2string(np.asarray(a), precision=3) for a in args)
            return (f"{otherwise} (입력 {shown}에서 {np.round(want, 4)}이(가) 나와야 하는데 "
                    f"{np.round(array(got), 4)})")
        return None
    return judge
