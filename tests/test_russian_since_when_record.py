"""'… the highest since 2008, when it reached a record 8.7 %' in Russian ('с 2008 года, когда он достиг рекордных
8,7 %'): the year after 'since' is the record's base, and the 'when' clause states that base year's own figure,
so the figure is 2008's — not the year an earlier sentence names. Read through the gloss, 'когда' (when) and the
plural 'рекордных' (record) must be known words, else the figure takes the earlier sentence's year and is
contradicted by it. Sentences and figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Chile", 2008): 8.7, ("Chile", 2021): 4.5, ("Chile", 2022): 8.2}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", ROWS)]


def test_the_when_clause_dates_the_record_to_the_base_year(cpi: list[Path]) -> None:
    text = ("Инфляция в Чили в 2022 году составила 8,2 %. "
            "Этот показатель стал максимальным с 2008 года, когда он достиг рекордных 8,7 %.")
    result = claim_results(text, cpi, date="2023-04-02")["8,7 %"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2008"
