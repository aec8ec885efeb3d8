"""A figure written with a bare '$' and followed by the name of a currency that writes itself with '$' at
home (pesos, Canadian dollars) is in that currency, not in US dollars: Latin American copy writes
'$15.88 pesos por dólar', North American copy '$1,200 Canadian dollars'. A '$' figure followed by
anything else stays a US dollar amount. Sentences and figures are our own."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, rates_package

from workbench.extraction import extract_text
from workbench.models import Verdict


def _units(text: str) -> dict[str, str | None]:
    return {c.text: c.unit for c in extract_text(text)}


def test_the_currency_named_after_a_bare_dollar_sign_is_the_figure_s() -> None:
    assert _units("The fine was $1,200 Canadian dollars in 2019.") == {"$1,200 Canadian dollars": "CAD"}
    assert _units("A dollar bought $19.40 Mexican pesos in 2020.") == {"$19.40 Mexican pesos": "MXN"}
    # 'pesos' is shared by several currencies: the figure is no US dollar amount, its currency is left to the text
    assert _units("The rate closed at $19.40 pesos per dollar in 2020.") == {"$19.40": ""}


def test_a_bare_dollar_figure_naming_no_other_currency_stays_us_dollars() -> None:
    assert _units("The fund raised $5 billion dollars in 2020.")["$5 billion dollars"] == "USD"
    assert _units("Tickets cost $40 each in 2020.")["$40"] == "USD"
    assert _units("The rate was US$19.40 pesos in 2020.")["US$19.40"] == "USD"  # a US dollar sign is one


def test_a_spanish_peso_rate_written_with_a_dollar_sign_is_checked_as_the_peso(tmp_path: Path) -> None:
    packages = [rates_package(tmp_path, {("Mexico", 2019): 19.26, ("Mexico", 2020): 21.49})]
    text = "En México, el tipo de cambio promedió $21.49 pesos por dólar en 2020."
    result = next(r for surface, r in claim_results(text, packages, "2021-03-01").items() if "21.49" in surface)
    assert result.verdict is Verdict.supported
