"""A multiple written in another language with its comparison after the times word ('drie keer zo hoog als',
'quatre fois supérieure', 'cuatro veces mayor'): the glossary reads the comparison as English does ('as high
as', 'higher'), so the multiple is a claim, not passed over in silence. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("foreign_multiples"))


@pytest.mark.parametrize(("lang", "text", "multiple"), [
    ("nl", "In 2022 was de inflatie in Chili bijna twee keer zo hoog als in Noorwegen.", "twee keer"),
    ("nl", "In 2022 was de inflatie in Chili twee keer zoveel als in Noorwegen.", "twee keer"),
    ("fr", "En 2022, l'inflation au Chili était deux fois supérieure à celle de la Norvège.", "deux fois"),
    ("es", "En 2022, la inflación de Chile fue dos veces mayor que la de Noruega.", "dos veces"),
    ("pt", "Em 2022, a inflação do Chile foi duas vezes maior que a da Noruega.", "duas vezes"),
    ("it", "Nel 2022 l'inflazione in Cile è stata due volte superiore a quella della Norvegia.", "due volte"),
])
def test_a_multiple_with_its_comparison_after_it_is_a_claim(cpi: Path, lang: str, text: str, multiple: str) -> None:
    results = claim_results(f"---\nlang: {lang}\n---\n\n{text}", [cpi], date=None)
    found = [r for surface, r in results.items() if surface.startswith(multiple)]
    assert found, list(results)
    assert found[0].verdict is not Verdict.supported, found[0].explanation
