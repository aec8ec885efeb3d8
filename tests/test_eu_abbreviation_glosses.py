"""The EU written as Russian, Bulgarian and Ukrainian news write it ('ЕС', 'ЄС', 'Евросоюз') is the EU:
its inflation is Eurostat's harmonised index, a series the World Bank's EU row (national CPIs) is not, so
the row neither supports nor contradicts it."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.mark.parametrize("text, figure", [
    ("Годовая инфляция в ЕС в 2022 году составила 9,9%.", "9,9%"),
    ("Годишната инфлация в ЕС през 2022 г. е 9,9%.", "9,9%"),
    ("Річна інфляція в ЄС у 2022 році становила 9,9%.", "9,9%"),
])
def test_eu_inflation_is_the_harmonised_index(tmp_path: Path, text: str, figure: str) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("European Union", 2022): 8.8, ("Norway", 2022): 5.8})
    result = claim_results(text, [cpi], date="2023-03-01")[figure]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation
