"""A region named by its members ('sub-Saharan countries', 'sub-Saharan economies') is the region's
aggregate row, as 'Latin American countries' is Latin America's (``aggregates.csv`` words): a figure the
paragraph gives it is judged by that row, and a series the data holds for other places only cannot
judge it.

Packages World Bank-shaped, figures invented.
"""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, claim_starting, cpi_package, population_and_gdp

from workbench.models import Verdict

ROWS = {("Sub-Saharan Africa", 2022): 8.1, ("Sub-Saharan Africa", 2023): 6.0, ("Kenya", 2022): 7.7}


def test_a_figure_of_the_paragraph_naming_the_region_by_its_countries_is_the_region_s(tmp_path: Path) -> None:
    text = ("The outlook for sub-Saharan countries has dimmed, the lender said. "
            "Inflation stood at 8.1pc in 2022 and is expected to ease.")
    result = claim_starting(claim_results(text, [cpi_package(tmp_path / "cpi", ROWS)], "2023-06-01"), "8.1pc")
    assert result.verdict is Verdict.supported
    assert (result.evidence[0].period, result.evidence[0].value) == ("2022", 8.1)


def test_a_region_no_package_covers_is_unsupported_not_unplaced(tmp_path: Path) -> None:
    packages = population_and_gdp(tmp_path, {("Kenya", 2022): 54e6}, {("Kenya", 2022): 113e9})
    found = claim_results("GDP of sub-Saharan economies reached $2 trillion in 2022.", packages, "2023-06-01")
    result = claim_starting(found, "$2 trillion")
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered")


def test_the_region_and_the_lender_named_in_french_are_read_as_english_names_them(tmp_path: Path) -> None:
    # 'Afrique subsaharienne' is the region; 'la Banque mondiale' the lender, not the world
    text = "Selon la Banque mondiale, l'inflation en Afrique subsaharienne a atteint 8,1 % en 2022."
    result = claim_starting(claim_results(text, [cpi_package(tmp_path / "cpi", ROWS)], "2023-06-01"), "8,1")
    assert result.verdict is Verdict.supported
    assert (result.evidence[0].period, result.evidence[0].value) == ("2022", 8.1)
