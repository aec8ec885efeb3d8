"""A regional table named after its file ('region_population_…': its metric 'Region population') keeps the
header of its place column, 'Region', in its name; that word says where each row is, not what it counts. A
sentence that meets the table only in that word ('the highest rate of the region') about a place the table lacks
is not about the table's measure: the figure is no 'place not covered' by it, and stays with the measure its
paragraph names, for the country it names. Figures invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.models import Verdict
from workbench.verify.decision import Reason


def _regions(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "region_population_2023-01-01.csv").write_text(
        "Region,Total\nAbai Region,610000\nAkmola Region,788000\n", encoding="utf-8")
    return folder


def test_the_region_word_does_not_pick_the_regional_table(tmp_path: Path) -> None:
    packages = [_regions(tmp_path / "regions"), cpi_package(tmp_path / "cpi")]
    text = ("Inflation in Chile was among the highest in South America last year.\n\n"
            "Chile recorded the highest rate of the region in 2022, 11.6 %, well above its neighbours.")
    figure = claim_results(text, packages)["11.6 %"]
    assert figure.reason is not Reason.PLACE_NOT_COVERED, figure.explanation
    # the paragraph before names the measure: the figure is matched to Chile's inflation row
    assert figure.verdict is not Verdict.unsupported, figure.explanation
    assert figure.evidence and figure.evidence[0].dimensions.get("Country") == "Chile"


def test_a_regions_population_is_still_read_from_the_regional_table(tmp_path: Path) -> None:
    packages = [_regions(tmp_path / "regions"), cpi_package(tmp_path / "cpi")]
    figure = claim_results("The population of Abai Region was 610,000 on 1 January 2023.", packages)["610,000"]
    assert figure.verdict is Verdict.supported, (figure.verdict, figure.explanation)
    assert figure.evidence[0].dimensions == {"Region": "Abai Region"}
