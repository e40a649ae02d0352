"""benchmarks/mnist_recipes.py: 노트북 12와 같은 레시피인지, 스크립트가 돌아가는지.

시간은 컴퓨터와 부하에 따라 달라지므로 검사하지 않습니다. 아주 작은 데이터로 한 에포크만
돌려 스크립트가 끝까지 실행되고 표를 출력하는지만 봅니다.
"""

from __future__ import annotations

import pytest
from sources import ROOT, load_script, notebook_code

SCRIPT = ROOT / "benchmarks" / "mnist_recipes.py"
NOTEBOOK = ROOT / "notebooks" / "12_mnist_mlp_keras.ipynb"


@pytest.fixture(scope="module")
def bench():
    return load_script(SCRIPT)


def test_recipes_match_notebook_12(bench):
    code = notebook_code(NOTEBOOK)
    book, fast = bench.BOOK, bench.FAST
    expected = [
        f"Adagrad(learning_rate={book.learning_rate})",
        f"book_steps, book_batch_size = 40_000, {book.batch_size}",
        f"fast_epochs, fast_batch_size = {fast.epochs}, {fast.batch_size}",
        f"warmup_target={fast.learning_rate}",
        f"warmup_steps = steps_per_epoch_fast // {round(1 / fast.warmup_epochs)}",
        "keras.optimizers.Adam(learning_rate=schedule)",
        "initial_epoch=epoch, epochs=epoch + 1",  # 노트북도 한 에포크씩 번갈아 훈련합니다
    ]
    expected += [f'Dense({units}, activation="relu"' for units in book.hidden_units]
    expected += [f'Dense({units}, activation="relu"' for units in fast.hidden_units]
    expected += [f"Dropout({fast.dropout}"]
    missing = [snippet for snippet in expected if snippet not in code]
    assert not missing, f"노트북 12과 벤치마크의 레시피가 다릅니다. 노트북에 없는 코드: {missing}"
    assert "initial_epoch=epoch, epochs=epoch + 1" in SCRIPT.read_text(encoding="utf-8")
    assert book.optimizer == "adagrad" and not book.cosine_decay and not book.dropout
    assert bench.SGD.optimizer == "sgd" and bench.SGD.learning_rate == 0.01  # 책의 저수준 절
    assert fast.optimizer == "adam" and fast.cosine_decay
    assert bench.LONG.hidden_units == fast.hidden_units and bench.LONG.dropout == fast.dropout
    assert book.epochs == round(40_000 * 50 / 55_000)  # 책의 40,000 스텝 ≈ 36 에포크


def test_schedule_warms_up_then_decays_to_zero(bench):
    schedule = bench.make_schedule(bench.FAST, 55_000)
    assert bench.make_schedule(bench.BOOK, 55_000) == 0.05  # 책 방식은 고정 학습률
    steps_per_epoch = -(-55_000 // bench.FAST.batch_size)
    warmup = int(bench.FAST.warmup_epochs * steps_per_epoch)
    total = bench.FAST.epochs * steps_per_epoch
    assert float(schedule(0)) == 0.0
    assert float(schedule(warmup)) == pytest.approx(bench.FAST.learning_rate)
    assert float(schedule(warmup // 2)) == pytest.approx(bench.FAST.learning_rate / 2, rel=0.05)
    assert float(schedule(total)) == pytest.approx(0.0, abs=1e-9)


def test_run_bookkeeping(bench):
    run = bench.Run(bench.FAST, model=None, val_accuracy=[0.97, 0.983, 0.981, 0.985],
                    seconds=[2.0, 4.0, 6.0, 8.0])
    assert run.first_epoch_reaching(0.982) == 2 and run.seconds_to(0.982) == 4.0
    assert run.first_epoch_reaching(0.99) is None and run.seconds_to(0.99) is None
    assert run.val_accuracy_at(5.0) == 0.983 and run.val_accuracy_at(1.0) is None


def test_build_mlp_and_optimizer(bench):
    model = bench.build_mlp((300, 100), name="book")
    dense = [(layer.units, layer.activation.__name__) for layer in model.layers
             if layer.__class__.__name__ == "Dense"]
    assert dense == [(300, "relu"), (100, "relu"), (10, "softmax")]
    assert model.count_params() == 266_610
    with_dropout = bench.build_mlp((512, 256), dropout=0.2)
    assert [layer.name for layer in with_dropout.layers] == [
        "hidden1", "dropout1", "hidden2", "dropout2", "output"]
    bad = bench.Recipe("x", (10,), 0.0, "rmsprop", 0.1, 0.0, False, 32, 1)
    with pytest.raises(ValueError):
        bench.make_optimizer(bad, 100)


def test_script_runs_end_to_end_on_a_tiny_subset(bench, capsys):
    args = ["--book-epochs", "1", "--fast-epochs", "2", "--long-epochs", "1", "--n-train", "600",
            "--seeds", "42", "0"]
    assert bench.main(args) == 0
    out = capsys.readouterr().out
    assert "| 42 | 책 방식 | 1 |" in out and "| 0 | 빠른 레시피 | 2 |" in out
    assert "에포크 2: 빠른 레시피 검증" in out  # 책 방식은 1 에포크에서 멈추고 빠른 레시피만 계속
    assert "| 0 | 긴 레시피 | 1 |" in out
    assert "같은 시간 예산" in out and "빠른 레시피, 시드 2개: 테스트 정확도 중앙값" in out
    assert "부하" in out


def test_script_rejects_bad_arguments(bench):
    with pytest.raises(SystemExit):
        bench.main(["--n-train", "0"])
