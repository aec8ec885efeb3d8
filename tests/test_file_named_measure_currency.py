"""A measure named after its file ('gdp_current_usd_NOR_CHL.csv', no datapackage.json) carries
the currency its rows are counted in; that code says what the figure is counted in, not what it
measures, so a figure merely written in that currency (an exchange quote) is not about the measure."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results

from workbench.models import Verdict

ROWS = [("Norway", "NOR", 2021, 160e9), ("Norway", "NOR", 2022, 210e9),
        ("Chile", "CHL", 2021, 80e9), ("Chile", "CHL", 2022, 90e9)]


def _bare_exports(folder: Path) -> Path:
    folder.mkdir(parents=True)
    lines = ["Country Name,Country Code,Year,Value", *(f"{n},{c},{y},{v}" for n, c, y, v in ROWS)]
    (folder / "gdp_current_usd_NOR_CHL.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("text, figure", [
    ("Le 3 mars 2022, 100 NOK = 11,30 USD.", "11,30 USD"),
    ("Exchange rate, 3 March 2022: 100 CLP = 0.12 USD.", "0.12 USD"),
])
def test_a_quote_in_the_measures_currency_is_not_about_the_measure(tmp_path: Path, text: str, figure: str) -> None:
    result = claim_results(text, [_bare_exports(tmp_path / "exports")], date="2022-03-05")[figure]
    assert result.verdict is Verdict.unsupported, (result.reason, result.explanation)


def test_the_measure_named_is_still_judged(tmp_path: Path) -> None:
    result = claim_results("Norway's GDP reached 210 billion USD in 2022.", [_bare_exports(tmp_path / "exports")],
                           date="2023-03-05")["210 billion USD"]
    assert result.verdict is Verdict.supported, (result.reason, result.explanation)
