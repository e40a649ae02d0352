"""utils.exercises.core의 단위 테스트: 판정기, 값 변환, Exercise의 출력."""

from __future__ import annotations

import json

import numpy as np
import pytest
import tensorflow as tf

from utils.exercises import core
from utils.exercises.core import Exercise, describe, function, number, numbers, shape


@pytest.mark.parametrize(("value", "expected"), [
    (784, 784.0), (2.5, 2.5), (np.int64(3), 3.0), (np.array(7), 7.0), (np.array([[7]]), 7.0),
    (tf.constant(1.5), 1.5), ([4], 4.0),
    (True, None), ("784", None), (None, None), (np.zeros((28, 28)), None), ([1, 2], None),
    (np.array([True]), None), (len, None), ({"a": 1}, None),
])
def test_number_accepts_one_number_of_any_kind(value, expected):
    assert number(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ((100, 64), (100, 64)), ([None, 10], (None, 10)), (np.array([3, 4]), (3, 4)),
    (tf.TensorShape([None, 5]), (None, 5)), ((), ()),
    (np.array(784), None), (784, None), ("(1, 2)", None), ((1.5, 2), None), (("a", 2), None),
    ((float("nan"),), None),
])
def test_shape_reads_tuples_lists_and_tensorshapes(value, expected):
    assert shape(value) == expected


def test_describe_names_the_kind_of_value():
    assert "(28, 28)" in describe(np.zeros((28, 28)))
    assert "문자열" in describe("abc") and describe(None) == "None"
    assert "list" in describe([1, 2]) and "function" in describe(len) or "builtin" in describe(len)


def run(exercise: Exercise, capsys, *answer) -> tuple[bool, str]:
    ok = exercise.check(*answer)
    return ok, capsys.readouterr().out


def test_numbers_judge_gives_the_mistake_hint_the_fallback_and_the_kind(capsys):
    q = Exercise("exNN-q1", numbers(["a", "b"], [1.0, 2.0], otherwise="다시 계산해 보세요",
                                    example="len(x)", mistakes=[([2.0, 1.0], "순서가 반대")]),
                 hint="일반 힌트", success="좋아요")
    assert run(q, capsys, 1.0, 2.0) == (True, "✅ 정답입니다! 좋아요\n")
    assert run(q, capsys, np.float32(1.0), np.array([2.0]))[0] is True
    assert run(q, capsys, 2.0, 1.0) == (False, "❌ 아직 아니에요. 힌트: 순서가 반대\n")
    assert "다시 계산해 보세요" in run(q, capsys, 5, 5)[1]
    ok, out = run(q, capsys, np.zeros(3), 2)
    assert not ok and "a에는 숫자 하나" in out and "(3,)" in out and "len(x)" in out
    ok, out = run(q, capsys, 1.0)
    assert not ok and "답을 2개" in out and "check(a, b)" in out


def test_function_judge_reports_errors_types_mistakes_and_the_failing_case(capsys):
    cases = [(np.array([1.0, 2.0]),), (np.array([-3.0]),)]
    q = Exercise("exNN-q2", function(np.square, cases, otherwise="제곱하세요",
                                     mistakes=[(np.abs, "절댓값이 아니라")]),
                 hint="일반 힌트", success="좋아요")
    assert run(q, capsys, lambda x: x * x)[0] is True
    assert "절댓값이 아니라" in run(q, capsys, np.abs)[1]
    assert "괄호 없이" in run(q, capsys, np.square(2.0))[1]
    assert "ZeroDivisionError" in run(q, capsys, lambda x: 1 / 0)[1]
    assert "문자열" in run(q, capsys, lambda x: "x")[1]
    ok, out = run(q, capsys, lambda x: x + 1)
    assert not ok and "제곱하세요" in out and "[1. 2.]" in out


def test_function_judge_passes_copies_so_a_learner_cannot_change_the_cases(capsys):
    case = np.array([1.0, 2.0])
    q = Exercise("exNN-q3", function(np.square, [(case,)], otherwise="제곱"), hint="h", success="s")
    run(q, capsys, lambda x: np.multiply(x, x, out=x))
    assert case.tolist() == [1.0, 2.0]


def test_a_raising_judge_or_an_empty_hint_still_gives_a_hint(capsys):
    def broken(answer):
        raise KeyError(answer)

    q = Exercise("exNN-q4", broken, hint="식을 다시 보세요", success="s")
    ok, out = run(q, capsys, 1)
    assert not ok and "KeyError" in out and "식을 다시 보세요" in out
    q = Exercise("exNN-q5", lambda answer: "", hint="식을 다시 보세요", success="s")
    assert run(q, capsys, 1) == (False, "❌ 아직 아니에요. 힌트: 식을 다시 보세요\n")


def test_hint_and_solution(capsys, tmp_path, monkeypatch):
    q = Exercise("exNN-q6", lambda answer: None, hint="이렇게 해 보세요", success="s")
    q.hint()
    assert capsys.readouterr().out == "💡 힌트: 이렇게 해 보세요\n"
    solutions = tmp_path / "solutions.json"
    solutions.write_text(json.dumps({"exNN-q6": "answer = 42"}), encoding="utf-8")
    monkeypatch.setattr(core, "SOLUTIONS_FILE", solutions)
    q.solution()
    assert capsys.readouterr().out == "💡 풀이:\nanswer = 42\n"
    monkeypatch.setattr(core, "SOLUTIONS_FILE", tmp_path / "missing.json")
    q.solution()
    assert "풀이' 절" in capsys.readouterr().out


def test_none_printing_learner_code_and_multiline_errors_give_one_line(capsys):
    def noisy(x):
        print("학습자가 찍은 글")
        raise ValueError("첫 줄\n둘째 줄")

    q = Exercise("exNN-q7", function(np.square, [(np.eye(2),)], otherwise="제곱"),
                 hint="함수를 고치세요", success="s")
    ok, out = run(q, capsys, noisy)
    assert not ok and out.count("\n") == 1 and "첫 줄 둘째 줄" in out and "학습자" not in out
    ok, out = run(q, capsys, lambda x: x + 1)
    assert not ok and out.count("\n") == 1 and "[[1. 0.] [0. 1.]]" in out
    ok, out = run(q, capsys, None)
    assert not ok and "아직 답이 None" in out and "함수를 고치세요" in out
