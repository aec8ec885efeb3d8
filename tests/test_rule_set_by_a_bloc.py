"""A country group named as who set a rule a few words behind the rule noun ('the 3 % threshold set by the
CEMAC', French 'le seuil de 3 % retenu par la CEMAC', 'admis dans la zone CEMAC') is no place of the text's figures, as 'the CEMAC norm'
is not: the country the heading names is. A group that is the figure's own subject still places it.
Packages are publisher-shaped (World Bank layout), figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

RATES = {("Gabon", 2021): 1.7, ("Gabon", 2022): 4.3}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", RATES)


@pytest.mark.parametrize("text, figure", [
    ("# Gabonese Republic\n\nInflation reached 4.3% in 2022 against 1.7% in 2021, above the 3% threshold set by "
     "the CEMAC.", "1.7%"),
    ("# République gabonaise\n\nEn 2022, le taux d'inflation s'est établi à 4,3% contre 1,7% en 2021, "
     "dépassant le seuil de 3% retenu par la CEMAC.", "1,7%"),
    # the bloc where the rule holds, French putting the area noun before its name ('la zone CEMAC')
    ("# Gabonese Republic\n\nInflation reached 4.3% in 2022 against 1.7% in 2021, above the 3% ceiling allowed "
     "in the CEMAC zone.", "1.7%"),
    ("# République gabonaise\n\nEn 2022, les prix ont augmenté de 4,3% contre 1,7% en 2021, soit plus que le "
     "seuil de tolérance de 3% admis dans la zone CEMAC.", "1,7%"),
])
def test_the_bloc_that_set_the_threshold_is_not_the_figures_place(cpi: Path, text: str, figure: str) -> None:
    result = claim_results(text, [cpi], "2023-03-01")[figure]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_bloc_that_is_the_subject_still_places_the_figure(cpi: Path) -> None:
    # the bloc is the figure's own subject, not behind a rule noun: no rows for it
    result = claim_results("# Gabonese Republic\n\nInflation in the CEMAC was 4.3% in 2022.", [cpi],
                           "2023-03-01")["4.3%"]
    assert result.verdict is Verdict.unsupported, result.explanation
