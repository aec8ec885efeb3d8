"""A mass per person said after the figure: 'for every Norwegian' (a place's people one by one, as 'the
average Norwegian' says it before the figure), or '/person' right after it ('Sweden (4.1 tonnes/person)').
The first reads the figure against the per-capita series, not the country's total; the second makes
the figures rates per person, which add up to no total: not the parts of an earlier figure, whose series
they would then be kept from. Packages publisher-shaped, figures invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.models import Verdict
from workbench.reference import load_reference

PER_CAPITA = {("Norway", 2019): 7.2, ("Sweden", 2019): 4.1, ("Denmark", 2019): 5.0}
TOTAL = {("Norway", 2019): 42_000.0, ("Sweden", 2019): 41_000.0, ("Denmark", 2019): 29_000.0}


def national_package(folder: Path) -> Path:
    """A CDIAC-shaped file: one row per country and year, its total and its per-capita figure side by side."""
    (folder / "data").mkdir(parents=True)
    rows = [f"{year},{country.upper()},{TOTAL[(country, year)]},{PER_CAPITA[(country, year)]}"
            for country, year in sorted(TOTAL)]
    (folder / "data" / "nation.csv").write_text("Year,Country,Total,Per Capita\n" + "\n".join(rows) + "\n",
                                                encoding="utf-8")
    fields = [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string"},
              {"name": "Total", "type": "number", "description": "Total CO2 emissions (thousand metric tons)"},
              {"name": "Per Capita", "type": "number", "description": "Per capita CO2 emissions (metric tons)"}]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "co2-nation", "title": "National CO2 emissions",
        "resources": [{"name": "nation", "path": "data/nation.csv", "schema": {"fields": fields}}]}), encoding="utf-8")
    return folder


@pytest.fixture()
def national(tmp_path: Path) -> list[Path]:
    return [national_package(tmp_path / "nation")]


@pytest.mark.parametrize("text, figure, verdict", [
    ("In 2019 Norway emitted 7.2 tonnes of carbon dioxide for every Norwegian.", "7.2 tonnes", Verdict.supported),
    ("In 2019 Norway emitted 8.6 tonnes of carbon dioxide for every Norwegian.", "8.6 tonnes", Verdict.contradicted),
])
def test_for_every_one_of_a_places_people_is_the_per_capita_column(national: list[Path], text: str, figure: str,
                                                                   verdict: Verdict) -> None:
    result = claim_results(text, national, "2021-03-01")[figure]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].value == PER_CAPITA[("Norway", 2019)]


@pytest.fixture()
def emissions(tmp_path: Path) -> list[Path]:
    return [publisher_package(tmp_path / "pc", "co2-per-capita", "CO2 emissions (metric tons per capita)",
                              "CO2 emissions per capita", PER_CAPITA,
                              description="Carbon dioxide emissions per capita, metric tons"),
            publisher_package(tmp_path / "kt", "co2-total", "CO2 emissions (kt)", "CO2 emissions", TOTAL,
                              description="Carbon dioxide emissions, thousand metric tons")]


TEXT = ("In 2019 Norway emitted 7.2 tonnes of carbon dioxide for every Norwegian. Neighbours such as Sweden "
        "(4.1 tonnes/person) and Denmark (5.0 tonnes/person) had lower per capita CO2 emissions than Norway.")


def test_figures_per_person_are_no_parts_of_an_earlier_figure(emissions: list[Path]) -> None:
    draft = parse_draft(f"---\ndate: 2021-03-01\n---\n\n{TEXT}\n".encode(), "draft.md")
    report = check_draft(draft, load_reference(emissions), Config(root=emissions[0].parent, reference=emissions))
    assert not [f for f in report.findings if f.rule == "CW201"]
    verdicts = {r.claim.text: r.verdict for r in report.results}
    assert verdicts["4.1 tonnes"] is Verdict.supported and verdicts["5.0 tonnes"] is Verdict.supported
