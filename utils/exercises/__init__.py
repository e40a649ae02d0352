"""연습 문제 자가 점검: 노트북마다 모듈 하나 (``from utils.exercises.ex04 import q1, q2, q3``).

틀이 되는 코드는 :mod:`utils.exercises.core`에 있고, ``exNN`` 모듈은 정답과 힌트 데이터입니다.
"""
