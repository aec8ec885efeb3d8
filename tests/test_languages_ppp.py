"""GDP at purchasing-power parity named in other languages ('PPA', 'a parità di potere d'acquisto',
'Kaufkraftparität', 'satın alma gücü paritesi', 'equivalência do poder de compra') is another series than GDP in current dollars: unsupported,
never judged by the dollar row; the same sentence without it is judged. Sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp
from test_languages_kazakh_ukrainian import GDP, POPULATION

from workbench.models import Verdict


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("Nel 2022 il PIL del Kazakistan a parità di potere d'acquisto è stato di 600 miliardi di dollari.",
     "600 miliardi di dollari", Verdict.unsupported),
    ("Nel 2022 il PIL (PPA) del Kazakistan è stato di 600 miliardi di dollari.", "600 miliardi di dollari",
     Verdict.unsupported),
    ("Das Bruttoinlandsprodukt Kasachstans nach Kaufkraftparität lag 2022 bei 600 Milliarden US-Dollar.",
     "600 Milliarden US-Dollar", Verdict.unsupported),
    ("Nel 2022 il PIL del Kazakistan è stato di 220 miliardi di dollari.", "220 miliardi di dollari",
     Verdict.supported),
    ("Considerada a equivalência do poder de compra, o PIB do Cazaquistão foi de US$ 600 bilhões em 2022.",
     "US$ 600 bilhões", Verdict.unsupported),
])
def test_gdp_at_purchasing_power_parity_is_another_series(packages: list[Path], text: str, claim: str,
                                                          verdict: Verdict) -> None:
    results = claim_results(text, packages, date="2024-07-10")
    [result] = [r for t, r in results.items() if t.startswith(claim)]
    assert result.verdict is verdict, result.explanation
