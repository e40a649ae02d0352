"""강의 도우미 패키지 (helpers for the course notebooks).

모듈 하나가 관심사 하나를 맡습니다 / one module per concern:

- ``utils.env``         노트북 준비: 시드, 조용한 로그, 한글 글꼴, 버전 한 줄
- ``utils.data``        MNIST와 미리 학습된 가중치 불러오기 (체크섬 확인)
- ``utils.numpy_nn``    밑바닥부터 만드는 NumPy 조각 (활성화 함수, 손실, 수치 미분, 2층 신경망)
- ``utils.training``    훈련 도우미: 에포크 단위 진행 막대와 시간 재기 (케라스 콜백)
- ``utils.exercises``   연습 문제 자가 점검 (노트북마다 ``exNN`` 모듈, 틀은 ``core``)

그림 모듈 (figure code):

- ``utils.plotting``    데이터와 결과의 그래프 (훈련 곡선, 숫자 이미지, 결정 경계, ROC, 등고선 …)
- ``utils.diagrams``    상자와 화살표 그림 (강의 지도, 훈련 루프, 층 블록, 작업 흐름, 역전파 …)
- ``utils.neurons``     뉴런과 신경망 그림 (생물학적 뉴런, 퍼셉트론, 완전 연결 신경망 …)
- ``utils.model_graph`` 케라스 모델의 층 그래프 읽기와 그리기

TensorFlow가 임포트되기 *전에* 로그 관련 환경 변수를 정해야 하므로 이 패키지를 임포트하는
순간 기본값을 정합니다. 이미 정해 둔 값(예: ``TF_CPP_MIN_LOG_LEVEL=0``으로 모든 로그 보기)은
그대로 둡니다.
"""

import os

# 텐서플로 C++ 로그 가운데 INFO와 WARNING을 숨깁니다("2"). 진짜 문제를 알리는 ERROR는 보입니다.
# oneDNN 안내문은 이 변수로는 숨겨지지 않아서 oneDNN 최적화 자체를 끕니다(결과가 실행마다 조금씩
# 달라지는 것도 막아 줍니다).
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
# 이 강의는 텐서플로 백엔드를 씁니다. 학습자가 직접 바꾸었다면 그대로 둡니다(07번 노트북).
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
