"""Two sources of a place's count for one year, the figure between them: a bureau's count on 1 January
below it, a mid-year estimate above it. The data's own sources disagree about the year, so neither
decides the figure: for a person (``uncertain_contradiction``), not 'contradicted'. A figure beyond
both, or a place only one source covers, is judged as ever.

Packages written here (a World Bank-shaped population, a bureau's table of 1 January counts), figures
invented; sentences written here, in English and Spanish.
"""

from __future__ import annotations

import json
from pathlib import Path

from package_support import claim_results, publisher_package

from workbench.models import Verdict


def _bureau_counts(folder: Path, rows: dict[str, float]) -> Path:
    """A statistics bureau's population by region on 1 January 2023: Region, Date, Total."""
    (folder / "data").mkdir(parents=True)
    lines = ["Region,Date,Total", *(f"{region},2023-01-01,{value}" for region, value in rows.items())]
    (folder / "data" / "region_population.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    fields = [{"name": "Region", "type": "string"}, {"name": "Date", "type": "date"},
              {"name": "Total", "type": "number", "description": "Population on 1 January (people)"}]
    descriptor = {"name": "bureau-population", "title": "Region population",
                  "resources": [{"name": "region_population", "path": "data/region_population.csv",
                                 "schema": {"fields": fields}}]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder


def _packages(tmp_path: Path) -> list[Path]:
    estimates = publisher_package(tmp_path / "wb", "population", "Population", "Population",
                                  {("Chile", 2022): 19_600_000, ("Chile", 2023): 20_300_000,
                                   ("Peru", 2023): 34_300_000})
    return [estimates, _bureau_counts(tmp_path / "bureau", {"Chile": 19_760_000})]


def test_a_count_between_two_sources_of_its_year_is_for_review(tmp_path: Path) -> None:
    packages = _packages(tmp_path)
    for text, figure in (("On 1 July 2023 Chile's population was 19,900,000 people, the statistics bureau said.",
                          "19,900,000"),
                         ("Al 1 de julio de 2023, la población de Chile era de 19.900.000 personas.", "19.900.000")):
        result = claim_results(text, packages, "2024-06-01")[figure]
        assert (result.verdict, result.reason) == (Verdict.needs_review, "uncertain_contradiction"), result.explanation
        assert {e.value for e in result.evidence[:2]} == {20_300_000, 19_760_000}


def test_a_count_beyond_both_sources_or_of_one_sources_place_is_contradicted(tmp_path: Path) -> None:
    packages = _packages(tmp_path)
    beyond = claim_results("On 1 July 2023 Chile's population was 21,500,000 people, the statistics bureau said.",
                           packages, "2024-06-01")["21,500,000"]
    assert beyond.verdict is Verdict.contradicted, beyond.explanation
    alone = claim_results("On 1 July 2023 Peru's population was 33,000,000 people, the statistics bureau said.",
                          packages, "2024-06-01")["33,000,000"]
    assert alone.verdict is Verdict.contradicted, alone.explanation
