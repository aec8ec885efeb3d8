"""A series a figure's own clause names wins, for that figure only, over the variant its paragraph carries:
'by the harmonised index inflation was 0.2 points higher. Average inflation was 2.9 %, by the CPI 2.7 %' —
2.9 % keeps the harmonised index of the sentence before (another series than the packages'), 2.7 % is the
national CPI its clause names (Lithuanian 'VKI', glossed through workbench/data/languages.json).
The package is shaped like the World Bank's consumer-price file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.models import Verdict

_ROWS = {("Lithuania", 2018): 2.7}
_PARAGRAPH = ("Lietuvoje 2018 metais pagal SVKI apskaičiuota metinė infliacija buvo 0,2 punkto didesnė. "
              "Tais metais vidutinė metinė infliacija buvo 2,9 proc., o pagal VKI apskaičiuota – 2,7 procento.")


def test_the_figure_its_own_clause_names_the_national_cpi_of_is_that_series(tmp_path: Path) -> None:
    result = claim_results(_PARAGRAPH, [cpi_package(tmp_path / "cpi", _ROWS)], date="2019-01-20")["2,7 procento"]
    assert result.verdict is Verdict.supported, result.explanation


def test_the_figure_before_it_keeps_the_harmonised_index_of_its_paragraph(tmp_path: Path) -> None:
    result = claim_results(_PARAGRAPH, [cpi_package(tmp_path / "cpi", _ROWS)], date="2019-01-20")["2,9 proc."]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series", result.explanation
