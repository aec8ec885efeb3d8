"""A table of yearly exchange rates pasted into an English page with its caption in another language ('TIPOS DE
CAMBIO … (Unidades Monetarias por Dólar)'): the caption is too short and too much in capitals to tell its
language by its function words, but its word for exchange rates tells it, and read in English it prices every
row per US dollar, in the currency of the place its label names — also when the label is written in that
language ('Noruega (Corona)': Norway, whose one currency is the krone).

Invented figures: Norwegian kroner, Japanese yen and Chilean pesos per US dollar."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, rates_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("rates")
    return [rates_package(folder, {("Norway", 2030): 8.40, ("Norway", 2031): 9.10,
                                   ("Japan", 2030): 104.5, ("Japan", 2031): 112.25,
                                   ("Chile", 2030): 640.0, ("Chile", 2031): 702.0})]


_CAPTION = ("CUADRO 7 - TIPOS DE CAMBIO ANUALES\n(Unidades Monetarias por Dólar) (2030 - 2031)\n"
            "PAÍS / MONEDA | 2030 | 2031 |\n\n")


def test_rows_under_a_spanish_caption_are_amounts_of_the_rows_currency_per_dollar(rates: list[Path]) -> None:
    text = _CAPTION + "Japón (Yen) | 104,50 | 112,25 |\nChile (Peso) | 640,00 | 760,00 |\nNoruega (Corona) | 8,40 | 9,10 |"
    results = claim_results(text, rates, date="2032-02-01")
    assert results["112,25"].claim.unit == "JPY", results["112,25"].claim
    assert results["640,00"].claim.unit == "CLP", results["640,00"].claim
    assert results["9,10"].claim.unit == "NOK", results["9,10"].claim
    for figure in ("104,50", "112,25", "640,00", "8,40", "9,10"):
        assert results[figure].verdict is Verdict.supported, results[figure].explanation
    # 702 pesos per dollar in 2031, not 760
    assert results["760,00"].verdict is Verdict.contradicted, results["760,00"].explanation


def test_a_row_labelled_by_place_and_a_currency_word_several_places_tender(rates: list[Path]) -> None:
    """'Chile (Peso)' under an English caption: 'peso' alone names no one currency, its place does."""
    text = ("Average official exchange rates\n(Currency units per US dollar)\nCountry (currency) | 2030 | 2031 |\n\n"
            "Chile (Peso) | 640.00 | 760.00 |")
    results = claim_results(text, rates, date="2032-02-01")
    assert results["640.00"].verdict is Verdict.supported, results["640.00"].explanation
    assert results["760.00"].verdict is Verdict.contradicted, results["760.00"].explanation


def test_a_spanish_caption_of_another_measure_prices_no_row(rates: list[Path]) -> None:
    """A caption in the same language that names no exchange rate ('POBLACIÓN … (Millones de habitantes)') leaves
    the rows' figures what they were: no currency, so nothing to hold against the rate series."""
    text = ("CUADRO 3 - POBLACIÓN\n(Millones de habitantes) (2030 - 2031)\nPAÍS | 2030 | 2031 |\n\n"
            "Noruega | 8,40 | 9,90 |")
    results = claim_results(text, rates, date="2032-02-01")
    assert results["9,90"].claim.unit != "NOK", results["9,90"].claim
    assert results["9,90"].verdict is not Verdict.contradicted, results["9,90"].explanation
