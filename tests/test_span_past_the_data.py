"""An average over a span of years that reaches past the last year a series holds is no figure the
data has: the mean of the years it does hold is another span's, so it neither supports nor refutes
the claim — unsupported (a period outside the data), not passed on the shorter span's mean."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict

# the package's invented Norway rows run 2020–2022: 1.3, 3.5 and 5.8 %, a mean of 3.53 %


def _verdict(text: str, tmp_path: Path):
    results = claim_results(text, [cpi_package(tmp_path / "cpi")], date="2024-02-01")
    result = claim_starting(results, "3.5")
    return result


def test_a_span_the_rows_cover_is_judged_by_their_mean(tmp_path: Path) -> None:
    result = _verdict("From 2020 to 2022 inflation in Norway averaged 3.5 percent a year.", tmp_path)
    assert result.verdict is Verdict.supported
    assert result.evidence[0].period == "2020/2022"


def test_a_span_past_the_last_row_is_unsupported(tmp_path: Path) -> None:
    result = _verdict("From 2020 to 2023 inflation in Norway averaged 3.5 percent a year.", tmp_path)
    assert result.verdict is Verdict.unsupported
    assert not any(e.period == "2020/2023" for e in result.evidence)
