"""A sentence that splits a whole into the two parts of a pair ('urban' and 'rural', 'female' and 'male')
gives each part's figure, neither the whole's: the headline row of the place can neither confirm nor refute
it (other_series), in English and as a glossed language reads it ('शहरी क्षेत्रों में', in urban areas).
A part said alone ('urban inflation', Egypt's headline rate) is left to its series. The Amharic copy says
its decimal point as a word ('13 ነጥብ 3 በመቶ': 13.3 percent), and its food inflation is another series.

Packages are publisher-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict
from workbench.verify import Reason


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", {("Norway", 2021): 3.5, ("Norway", 2022): 5.8,
                                          ("India", 2021): 5.1, ("India", 2022): 6.7})


def test_both_parts_of_a_pair_are_no_headline_figure(cpi: Path) -> None:
    # the urban figure equals Norway's headline row: still another series
    text = "In Norway, inflation in urban areas was 3.5 percent in 2021 and in rural areas 4.2 percent."
    results = claim_results(text, [cpi], "2022-06-01")
    for surface in ("3.5 percent", "4.2 percent"):
        assert results[surface].verdict is Verdict.unsupported, results[surface].explanation
        assert results[surface].reason == Reason.OTHER_SERIES.value
    assert "urban" in results["3.5 percent"].explanation and "rural" in results["4.2 percent"].explanation


def test_a_part_said_alone_is_left_to_its_series(cpi: Path) -> None:
    text = "In Norway, inflation in urban areas was 3.5 percent in 2021."
    result = claim_results(text, [cpi], "2022-06-01")["3.5 percent"]
    assert result.verdict is Verdict.supported, result.explanation


def test_hindi_urban_and_rural_inflation_named_by_the_ministry(cpi: Path) -> None:
    # the Ministry of Statistics and Programme Implementation counts India's prices: the place is India,
    # and the urban and rural figures are parts of its index
    text = ("सांख्यिकी और कार्यक्रम कार्यान्वयन मंत्रालय के आंकड़ों के अनुसार 2022 में शहरी क्षेत्रों में "
            "मुद्रास्फीति 6.7 प्रतिशत और ग्रामीण क्षेत्रों में 7.1 प्रतिशत रही।")
    results = claim_results(text, [cpi], "2023-02-01")
    for surface in ("6.7 प्रतिशत", "7.1 प्रतिशत"):
        assert results[surface].verdict is Verdict.unsupported, results[surface].explanation
        assert results[surface].reason == Reason.OTHER_SERIES.value
        assert "India" in results[surface].claim.entities


def test_amharic_decimal_word_and_food_inflation(cpi: Path) -> None:
    text = "በወሩ የምግብ ዋጋ ግሽበት 13 ነጥብ 3 በመቶ ሆኖ ተመዝግቧል።"
    results = claim_results(text, [cpi], "2022-06-01")
    result = results["13 ነጥብ 3 በመቶ"]
    assert result.claim.value == pytest.approx(13.3)
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == Reason.OTHER_SERIES.value


def test_imported_and_domestic_items_are_two_baskets_of_the_index(cpi: Path) -> None:
    # the imported items' figure equals Norway's headline row: still another series
    text = ("Norway's headline inflation was 5.8 percent in 2022, inflation for imported items 3.5 percent "
            "and for domestic items 7.4 percent.")
    results = claim_results(text, [cpi], "2023-02-01")
    assert results["5.8 percent"].verdict is Verdict.supported, results["5.8 percent"].explanation
    for surface in ("3.5 percent", "7.4 percent"):
        assert results[surface].verdict is Verdict.unsupported, results[surface].explanation
        assert results[surface].reason == Reason.OTHER_SERIES.value


def test_domestic_inflation_said_alone_is_left_to_its_series(cpi: Path) -> None:
    result = claim_results("Domestic inflation in Norway was 5.8 percent in 2022.", [cpi], "2023-02-01")["5.8 percent"]
    assert result.verdict is Verdict.supported, result.explanation
