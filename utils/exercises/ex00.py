"""00 시작하기: MNIST 크기와 체크섬."""

from utils.data import MNIST_SHA256
from utils.exercises.core import Exercise, describe, numbers

q1 = Exercise("ex00-q1", numbers(
    ["n_train", "n_test"], [60000, 10000], example="len(x_train)", rtol=0, atol=0,
    mistakes=[([10000, 60000], "두 숫자의 순서가 바뀌었어요. 훈련 이미지 수를 먼저 넣습니다.")],
    otherwise="load_mnist()가 돌려준 x_train, x_test의 len()이나 .shape[0]을 보세요."),
    hint="len(x_train)은 첫 번째 축(이미지 수)의 길이입니다.",
    success="훈련 이미지 60,000장, 테스트 이미지 10,000장입니다.")

q2 = Exercise("ex00-q2", numbers(
    ["pixels"], [784], example="x_train[0].size", rtol=0, atol=0,
    mistakes=[([28], "28은 한 변의 픽셀 수예요. 이미지는 28 × 28 정사각형입니다.")],
    otherwise="flatten=False로 불러온 이미지 한 장의 모양(shape)은 (28, 28)입니다."),
    hint="배열의 .size는 원소 수, 곧 픽셀 수입니다.", success="28 × 28 = 784개의 픽셀입니다.")


def _checksum(answer: object) -> str | None:
    if not isinstance(answer, str):
        return f"체크섬 문자열을 넣으세요(지금은 {describe(answer)}). sha256sum()이 돌려줍니다."
    if answer.strip().lower() != MNIST_SHA256:
        return "data/README.md의 체크섬과 달라요. 파일이 DATA_DIR / 'mnist.npz'인지 보세요."
    return None


q3 = Exercise("ex00-q3", _checksum,
              hint="sha256sum(DATA_DIR / 'mnist.npz')가 돌려주는 문자열을 넣어 보세요.",
              success="파일이 data/README.md에 적힌 것과 똑같습니다.")
