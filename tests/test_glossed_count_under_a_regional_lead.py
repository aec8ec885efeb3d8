"""A Russian list of dated counts under a lead that names the region and its population ('Население
Мангистауской области …', then 'на 1 января 2023 года – 770 100;'): the lead, read through the gloss, names
the place and the measure, so the count is judged by the region's row, and a date the table lacks is
'unsupported' — the reading named the measure, so nothing unread could have changed it. Counts and
sentences invented; the table is shaped like a statistics office's regional file (its date in its name)."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results

from workbench.models import Verdict

LEAD = "Население Мангистауской области выросло.\n\n"


@pytest.fixture(scope="module")
def regions(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("bns")
    (folder / "region_population_2023-01-01.csv").write_text(
        "Region,Total\nMangystau Region,770100\nAtyrau Region,690400\n", encoding="utf-8")
    return [folder]


def test_the_count_of_the_tables_date_is_the_regions(regions: list[Path]) -> None:
    result = claim_results(LEAD + "на 1 января 2023 года – 770 100;", regions, date="2025-02-01")["770 100"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions == {"Region": "Mangystau Region"}


def test_a_date_the_table_lacks_is_unsupported_not_unread(regions: list[Path]) -> None:
    result = claim_results(LEAD + "на 1 января 2016 года – 640 100;", regions, date="2025-02-01")["640 100"]
    assert result.verdict is Verdict.unsupported, result.explanation
