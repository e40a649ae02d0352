"""07 케라스 작업 흐름: compile 설정 점검, 가중치 저장과 불러오기."""
import keras
import numpy as np

from utils.exercises.core import Exercise, describe
from utils.exercises.ex05 import loss_name

_ACCURACY = {"accuracy", "acc", "sparse_categorical_accuracy", "SparseCategoricalAccuracy"}
def _compiled(model):
    if not isinstance(model, keras.Model) or getattr(model, "optimizer", None) is None:
        return f"model.compile(...)까지 마친 keras 모델을 넣으세요(지금은 {describe(model)})."
    (loss, *more), opt = keras.tree.flatten(model.loss), model.optimizer
    metrics = {m if isinstance(m, str) else m["config"] if m["class_name"] == "function"
               else m["class_name"] for m in model.get_compile_config()["metrics"] or []}
    return " ".join(hint for wrong, hint in [
        (type(opt).__name__ != "Adam" or not np.isclose(float(opt.learning_rate), 0.01),
         "optimizer=keras.optimizers.Adam(learning_rate=0.01)입니다."),
        (more or loss_name(loss) != "sparse_categorical_crossentropy" or getattr(keras.losses.get(
            loss), "get_config", dict)().get("from_logits"), "정수 레이블과 소프트맥스 출력에는 "
         "loss='sparse_categorical_crossentropy'(from_logits 없이) 하나입니다."),
        (not metrics & _ACCURACY, "metrics=['accuracy']를 쓰세요(Accuracy()와 "
         "categorical_accuracy는 다른 타깃용)."),
        (model.outputs[0].shape[-1] != 10, "출력층은 Dense(10, activation='softmax')입니다.")]
        if wrong) or None
q1 = Exercise("ex07-q1", _compiled, hint="compile에 optimizer, loss, metrics를 주세요.",
              success="옵티마이저, 학습률, 손실, 지표, 출력 크기가 모두 맞습니다.")
def _restored(new_model, model):
    if not all(isinstance(m, keras.Model) for m in (new_model, model)) or new_model is model:
        return "서로 다른 keras 모델 두 개를 넣으세요: q2.check(새_모델, model)."
    new, old = new_model.get_weights(), model.get_weights()
    if not old or len(new) != len(old) or not all(
            a.shape == b.shape and np.allclose(a, b) for a, b in zip(new, old)):
        return "가중치가 달라요. build_model()로 만든 새 모델에 파일을 load_weights하세요."
q2 = Exercise("ex07-q2", _restored, hint="model.save_weights('이름.weights.h5') 뒤 새 모델에 "
              "load_weights", success="새 모델이 저장된 가중치를 그대로 받았습니다.")
