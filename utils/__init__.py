"""강의 도우미 패키지 (helpers for the course notebooks).

모듈 하나가 관심사 하나를 맡습니다 / one module per concern:

- ``utils.env``      노트북 준비: 시드, 조용한 로그, 한글 글꼴, 버전 한 줄
- ``utils.data``     MNIST와 미리 학습된 가중치 불러오기 (체크섬 확인)
- ``utils.plotting`` 여러 노트북이 함께 쓰는 그림 함수
- ``utils.numpy_nn`` 밑바닥부터 만드는 NumPy 조각 (활성화 함수, 손실, 수치 미분)
- ``utils.exercises`` 연습 문제 자가 점검 (노트북마다 ``exNN`` 모듈, 틀은 ``core``)
- ``utils.training`` 훈련 도우미: 에포크 단위 진행 막대 (케라스 콜백)

TensorFlow가 임포트되기 *전에* 로그 관련 환경 변수를 정해야 C++ 로그가 노트북에
찍히지 않으므로, 이 패키지를 임포트하는 순간 값을 정합니다.
"""

import os

# 텐서플로 C++ 로그(INFO/WARNING/ERROR)를 숨깁니다. oneDNN 안내문은 이 변수로는 숨겨지지
# 않아서 oneDNN 최적화 자체를 끕니다(결과가 실행마다 조금씩 달라지는 것도 막아 줍니다).
os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
os.environ["TF_ENABLE_ONEDNN_OPTS"] = "0"
# 이 강의는 텐서플로 백엔드를 씁니다. 학습자가 직접 바꾸었다면 그대로 둡니다(07번 노트북).
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
