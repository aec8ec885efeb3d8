"""A paragraph's amounts in a currency one country alone has issued name that country, as its office's own name
does: a reader of 'GDP reached 183.7 billion leva, or $101.6 billion' knows whose economy it is, though the
paragraph names no country. The GDP package here holds Kazakhstan and Russia only (invented figures), so an amount
of Bulgaria's economy is no row's: declined (``unsupported``), where with no place it was left to a person. A
currency several countries tender names none, nor do two countries' currencies."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting

from workbench.models import Verdict


@pytest.mark.parametrize("text, figure", [
    ("Nominal GDP reached 183.7 billion leva in 2021. Converted at the year's average rate, GDP came to "
     "$101.6 billion.", "$101.6"),
    # the amount in the currency after the figure, the same paragraph
    ("In 2021 GDP came to $101.6 billion, or 183.7 billion leva.", "$101.6"),
])
def test_an_amount_beside_a_currency_of_one_country_is_that_countrys(kaz_rus_packages: list[Path], text: str,
                                                                   figure: str) -> None:
    result = claim_starting(claim_results(text, kaz_rus_packages, "2023-05-01"), figure)
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered"), result.explanation


@pytest.mark.parametrize("text, figure", [
    # euros are tendered in many countries: no place
    ("Nominal GDP reached 183.7 billion euros in 2021. Converted at the year's average rate, GDP came to "
     "$101.6 billion.", "$101.6"),
    # two countries' currencies in one paragraph: which economy is for a person
    ("Trade reached 183.7 billion leva and 95.2 billion forints in 2021. GDP came to $101.6 billion.", "$101.6"),
])
def test_no_one_country_by_its_currency_stays_for_a_person(kaz_rus_packages: list[Path], text: str,
                                                           figure: str) -> None:
    result = claim_starting(claim_results(text, kaz_rus_packages, "2023-05-01"), figure)
    assert result.verdict is Verdict.needs_review, result.explanation



def test_a_price_in_euros_beside_a_rate_names_no_other_place(tmp_path: Path) -> None:
    """'… diesel cost about 1.60 euro a litre': the exchange-rate table lists the euro as a row of its country
    column, but a currency several countries tender names no place, so the paragraph's country still holds the
    rate's rows and the rate is judged by them, not declined as about the euro's place."""
    from package_support import cpi_package, rates_package

    packages = [cpi_package(tmp_path / "cpi"), rates_package(tmp_path, {("Euro", 2022): 0.95, ("Japan", 2022): 131.5})]
    text = ("Prices in Norway rose fast last year. Inflation averaged 5.8 % in 2022, while diesel cost about "
            "1.60 euro a litre.")
    result = claim_starting(claim_results(text, packages, "2023-05-01"), "5.8")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Norway", result.evidence[0].dimensions


def test_slovenian_core_rate_beside_the_euro_area_is_another_series(tmp_path: Path) -> None:
    """'osnovna inflacija … brez cen energije in hrane' (core inflation, without energy and food prices) is a series
    the data does not hold; the euro's name beside it ('v območju evra') names no place to read it against."""
    from package_support import cpi_package

    cpi = cpi_package(tmp_path / "cpi", {("Slovenia", 2030): 9.1, ("Norway", 2030): 4.1})
    text = ("Inflacija v Sloveniji je bila leta 2030 visoka. Osnovna inflacija, torej tista brez cen energije in "
            "hrane, je z okoli sedmimi odstotki precej višja kot v območju evra.")
    result = claim_starting(claim_results(text, [cpi], "2031-02-01"), "sedmimi")
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation
