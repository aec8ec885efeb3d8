"""A series whose column a publisher named only by how it is taken ('Average', 'Trend') is not what a
figure is about when neither the text nor the figure's unit names its measure: 'the forint averaged
421.1' is no reading of CO2's monthly 'Average' in ppm. A unit (ppm) or a word ('carbon dioxide')
that names the measure still reads it. Packages are shaped like a publisher's; figures are invented.
"""

from __future__ import annotations

from pathlib import Path

from package_support import only_result as result
from package_support import ppm_package, rates_package

from workbench.models import Verdict


def packages(tmp_path: Path) -> list[Path]:
    monthly = ("Date", "date", "Average", [("2024-02-01", 420.4), ("2024-03-01", 421.1), ("2024-04-01", 422.8)])
    ppm = ppm_package(tmp_path / "co2", {"co2-mm-mlo": monthly})
    # exchange rates with no Hungary rows: what the forint did is not in the data
    fx = rates_package(tmp_path, {("Japan", 2024): 151.4, ("Mexico", 2024): 18.3})
    return [ppm, fx]


def test_an_average_of_a_currency_is_not_read_against_an_average_column_of_another_measure(tmp_path: Path) -> None:
    for sentence in ("Against the dollar, the forint had a 421.1 average in March 2024.",
                     "In March 2024 the forint traded at a 421.1 average, its weakest month in a year."):
        claim = result(sentence, packages(tmp_path / str(len(sentence))))
        assert all(e.resource != "co2-mm-mlo" for e in claim.evidence), (sentence, claim.evidence)
        assert claim.verdict is not Verdict.supported, sentence


def test_a_mean_with_a_unit_naming_the_measure_still_reads_the_average_column(tmp_path: Path) -> None:
    claim = result("The mean concentration at the observatory was 421.1 ppm in March 2024.", packages(tmp_path))
    assert claim.verdict is Verdict.supported
    assert claim.evidence and claim.evidence[0].value == 421.1


def test_an_average_of_a_named_measure_without_unit_still_reads_the_average_column(tmp_path: Path) -> None:
    claim = result("Carbon dioxide at the observatory averaged 421.1 in March 2024.", packages(tmp_path))
    assert claim.verdict is Verdict.supported
    assert claim.evidence and claim.evidence[0].value == 421.1

