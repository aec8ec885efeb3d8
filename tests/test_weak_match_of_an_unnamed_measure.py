"""A bare percentage whose text names no measure ('It rose by 0.4 % in the month') may be weakly matched to a
series by a word of how that series is kept ('month' of a monthly CO2 file): it agrees with the series' computed
change only by chance, so it is never supported — a person decides which measure it is. Figures are invented;
the package is shaped like NOAA's monthly file."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, ppm_package

from workbench.models import Verdict


def _gas(tmp_path: Path) -> Path:
    # monthly means rising 1.6 ppm a year from 420.0: a year-on-year change of about 0.38 %
    months = [(f"{year}-{month:02d}-01", 420.0 + 1.6 * (year - 2023) + 0.01 * month)
              for year in (2023, 2024) for month in range(1, 13)]
    return ppm_package(tmp_path / "gas", {"co2-mm-gl": ("Date", "date", "Average", months)})


def test_a_bare_percentage_naming_no_measure_is_not_supported_by_a_series_of_another_measure(tmp_path: Path) -> None:
    gas = _gas(tmp_path)
    for sentence in ("It rose by 0.4% in the month.", "The figure went up by 0.4% in the month."):
        result = claim_results(sentence, [gas], date=None)["0.4%"]
        assert result.verdict is not Verdict.supported, (sentence, result.explanation)


def test_a_percentage_of_a_named_measure_is_still_read_against_its_series(tmp_path: Path) -> None:
    gas = _gas(tmp_path)
    result = claim_results("The carbon dioxide concentration rose by 0.38% in the month.", [gas], date=None)["0.38%"]
    assert result.evidence and result.evidence[0].resource.startswith("co2-mm-gl"), result.explanation


def test_a_measure_named_in_an_earlier_paragraph_is_carried_to_the_bare_percentage(tmp_path: Path) -> None:
    gas = _gas(tmp_path)
    text = "The observatory's carbon dioxide record is kept month by month.\n\nIt rose by 0.4% in the month."
    result = claim_results(text, [gas], date=None)["0.4%"]
    assert result.reason != "measure_unnamed", result.explanation
