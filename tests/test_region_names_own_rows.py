"""A region is named by its own name or its listed spellings only: a region of one country the data
lacks ('Naryn region') is never read as another country's region that shares the word 'Region'
('Abai Region'), nor as the first row of a regional table. Two publisher-shaped regional tables, one
per country, figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results


def _regions(folder: Path, name: str, rows: dict[str, int]) -> Path:
    folder.mkdir(parents=True)
    lines = ["Region,Total", *(f"{region},{total}" for region, total in rows.items())]
    (folder / f"{name}_2023-01-01.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def packages(tmp_path: Path) -> list[Path]:
    return [_regions(tmp_path / "kz", "kz_regions", {"Abai Region": 610_000, "Akmola Region": 788_000}),
            _regions(tmp_path / "kg", "kg_regions", {"Osh Region": 1_400_000, "Talas Region": 270_000})]


@pytest.mark.parametrize("text", [
    "The population of Naryn region was 610,000 on 1 January 2023.",
    "Batken Region had 270,000 residents at the start of 2023.",
    "Jalal-Abad region counted 1,400,000 people on 1 January 2023.",
])
def test_a_region_the_data_lacks_takes_no_other_regions_row(packages: list[Path], text: str) -> None:
    figure = next(iter(claim_results(text, packages).values()))
    assert not figure.evidence, (text, figure.verdict, figure.explanation)


def test_a_region_the_data_holds_is_judged_by_its_own_row(packages: list[Path]) -> None:
    figure = claim_results("The population of Osh region was 1,400,000 on 1 January 2023.", packages)["1,400,000"]
    assert figure.evidence and figure.evidence[0].dimensions == {"Region": "Osh Region"}
