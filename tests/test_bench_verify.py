"""The verification benchmark fails when we are slower than half of DCC's time (issue 2)."""

from __future__ import annotations

import pytest

from benchmarks.bench_verify import MAX_RATIO, ratio_line


@pytest.mark.parametrize(
    ("ours", "theirs", "within"),
    [(0.6, 16.0, True), (1.0, 2.0, True), (1.3, 2.5, False), (5.0, 2.0, False)],
)
def test_the_ratio_to_dcc_is_printed_and_judged(ours: float, theirs: float, within: bool) -> None:
    line, ok = ratio_line("eddsa-rdfc-2022", ours, theirs)
    assert ok is within
    assert f"ours/DCC = {ours / theirs:.2f} (limit {MAX_RATIO:g})" in line
    assert line.endswith("OVER LIMIT") is not within


def test_a_ratio_over_the_limit_makes_the_benchmark_exit_non_zero(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import benchmarks.bench_verify as bench

    monkeypatch.setattr(bench, "median_ms", lambda work, runs: 1.0)
    monkeypatch.setattr(bench, "_dcc", lambda credential, suite, runs: 1.5)
    monkeypatch.setattr(bench, "_cold_cli", lambda issuer: None)
    with pytest.raises(SystemExit) as raised:
        bench.main(["--quick"])
    assert "eddsa-rdfc-2022, Ed25519Signature2020" in str(raised.value)
    assert capsys.readouterr().out.count("OVER LIMIT") == 2
    monkeypatch.setattr(bench, "_dcc", lambda credential, suite, runs: 20.0)
    bench.main(["--quick"])  # within the limit: returns normally
