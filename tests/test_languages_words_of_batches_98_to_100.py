"""Words of French, Portuguese and Bengali news the glossaries lacked, so that their sentences are read whole.

Swiss French calls inflation 'renchérissement' (as Swiss German 'Teuerung'), and a year's rate is said in the
pluperfect ('il avait été de 7,4%') with 'seulement' (only) beside it; Portuguese gives a country's 'peso'
(weight) in a total, 'apenas' (only) a share of it, and a 'descida' (fall); Bengali a currency's 'অবমূল্যায়ন'
(depreciation) over the 'গত' (last) two years, in a 'সংকট' (crisis). The packages hold invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, cpi_package

from workbench.languages import detect, unknown_words
from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    rows = {("Switzerland", 2039): 0.4, ("Switzerland", 2040): 7.4, ("Switzerland", 2041): 3.1}
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", rows)]


def test_swiss_french_inflation_said_as_renchérissement_and_the_year_before_in_the_pluperfect(cpi: list[Path]) -> None:
    text = ("La Suisse a connu en 2041 un renchérissement annuel moyen de 3,1%, selon l'office fédéral. "
            "En 2040, il avait été de 7,4%, contre 0,4% seulement en 2039.")
    assert detect(text) == "fr"
    results = claim_results(text, cpi, "2042-01-10")
    for claim, year in (("3,1%", "2041"), ("7,4%", "2040"), ("0,4%", "2039")):
        assert results[claim].verdict is Verdict.supported, results[claim].explanation
        assert results[claim].evidence[0].period == year


def test_a_countrys_weight_in_a_total_the_data_does_not_hold(tmp_path: Path) -> None:
    package = carbon_package(tmp_path / "carbon", {("PORTUGAL", 2040): 13_000.0, ("GERMANY", 2040): 200_000.0})
    text = "Em 2040, Portugal tem um peso de apenas 1,4% nas emissões de CO2 da União, uma descida particularmente importante."
    assert detect(text) == "pt"
    assert unknown_words(text, "pt", capitals=True) == []
    result = claim_results(text, [package], "2041-05-02")["1,4%"]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_bengali_depreciation_over_the_last_two_years_read_whole() -> None:
    text = "ডলার সংকটে গত দুই বছরে টাকার অবমূল্যায়ন হয়েছে ২৮ শতাংশ।"
    assert detect(text) == "bn"
    assert unknown_words(text, "bn", capitals=True) == []
