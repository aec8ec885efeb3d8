"""A sentence opening on 'In' and a city the gazetteer lacks, set off by a comma, before a measure word of the
same sentence ('In Luanda, the main market, inflation was 19.4 %'; Portuguese 'Em Luanda, …, a inflação foi
de 19,4 %'; places.json ``subject_city_openers``) names the city as the figure's own subject: its country's
national row is not its figure, and the packages hold no city's rate (unsupported). Where a verb of
``government_voice_verbs`` comes between, the city is where someone spoke: the country the sentence names
keeps its row.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("opening") / "cpi", {("Angola", 2021): 25.8, ("Angola", 2022): 21.4})


@pytest.mark.parametrize(("text", "figure"), [
    ("In Luanda, the country's biggest market, inflation stood at 17.2% in 2022.", "17.2%"),
    ("Em Luanda, o maior mercado do país, a inflação foi de 17,2% em 2022.", "17,2%"),
])
def test_a_city_opening_its_sentence_is_the_figure_s_subject(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2023-03-01")[figure]
    assert found.verdict is Verdict.unsupported, found.explanation


def test_a_city_where_someone_spoke_leaves_the_country_s_row(cpi: Path) -> None:
    found = claim_results("In Luanda, the minister said inflation in Angola was 21.4% in 2022.", [cpi],
                          "2023-03-01")["21.4%"]
    assert found.verdict is Verdict.supported, found.explanation
