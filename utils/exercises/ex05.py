"""05 손실 함수 실전: 가중 합 손실, 재현율과 정밀도, 문제별 손실 고르기, CTC 경로 접기."""
import keras

from utils.exercises.core import Exercise, describe, numbers


def loss_name(loss):
    """케라스가 받는 손실(이름·클래스·객체·함수)의 함수 이름('mean_squared_error' 등) 또는 None."""
    try:  # 케라스가 알아보지 못하는 값이면 None
        return getattr(getattr(found := keras.losses.get(loss), "fn", found), "__name__", None)
    except Exception:
        return None
_AVG, _SUM = "평균을 냈나요? 케라스는 손실을 더합니다.", "전체 손실 = Σ loss_weights × 출력별 손실."
q1 = Exercise("ex05-q1", numbers(["total"], [1.0 * 0.8 + 0.5 * 0.3], example="float(total)",
    mistakes=[([0.475], _AVG), ([0.55], _AVG), ([1.1], "loss_weights를 곱하는 것을 잊었어요.")],
    otherwise=_SUM), hint=_SUM, success="평균이 아니라 가중 합입니다.")
_RP = "재현율 = 찾아낸 양성 / 실제 양성, 정밀도 = 맞은 양성 판정 / 양성 판정(점수 ≥ 0.3)."
q2 = Exercise("ex05-q2", numbers(  # 점수 ≥ 0.3인 양성 판정 3개 가운데 맞음 2, 실제 양성 4
    ["recall", "precision"], [2 / 4, 2 / 3], example="float(recall)", rtol=1e-2, mistakes=[
        ([2 / 3, 2 / 4], "두 값이 바뀌었어요. 재현율의 분모는 실제 양성, 정밀도는 양성 판정."),
        ([2 / 4, 1.0], "점수 0.35도 임계값 0.3 이상이라 양성 판정(거짓 양성)이에요.")],
    otherwise=_RP), hint=_RP, success="임계값을 낮추면 재현율은 오르고 정밀도는 보통 내려갑니다.")
_CHOICES = {"스팸 메일인가 아닌가": {"binary_crossentropy"}, "녹음된 말 → 글자 시퀀스 (정렬 없음)":
            {"ctc"}, "아파트 가격 예측": {"mean_squared_error", "mean_absolute_error", "huber"},
            "MNIST 숫자 분류 (정수 레이블 0~9)": {"sparse_categorical_crossentropy"},
            "MNIST 숫자 분류 (원-핫 레이블)": {"categorical_crossentropy"}}
def _choices(answer):
    if not isinstance(answer, dict):
        return f"문제 이름이 키, 손실 이름이 값인 사전을 넣으세요(지금은 {describe(answer)})."
    if bad := [k for k, ok in _CHOICES.items() if loss_name(answer.get(k)) not in ok]:
        return (f"다시 볼 문제: {bad}. 값은 'mse'처럼 케라스의 손실 이름으로. 0/1 → 이진, "
                "원-핫 → 범주형, 정수 → 희소 범주형 크로스엔트로피, 숫자 → mse, 시퀀스 → ctc.")
q3 = Exercise("ex05-q3", _choices, hint="문제의 종류(회귀·분류·시퀀스)와 타깃 형식을 보세요.",
              success="아파트 가격엔 회귀의 기본 MSE, 이상치가 많으면 MAE나 후버도 좋습니다.")
_CTC = {"caat": None, "cat": "빈칸을 먼저 지워 aa가 합쳐졌어요. 같은 글자부터 합치세요.",
        "c_a_at": "이웃한 같은 글자는 잘 합쳤어요. 이제 빈칸 _를 지우세요."}
_FOLD = "이웃한 같은 글자를 먼저 합치고(cc → c), 그다음에 빈칸 _를 지운 문자열입니다."
q4 = Exercise("ex05-q4", lambda answer: _CTC.get(str(answer).replace(" ", ""), _FOLD), hint=_FOLD,
              success="빈칸 덕분에 a가 두 번 남습니다.")
