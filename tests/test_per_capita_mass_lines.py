"""Per-capita masses as lists and short lines print them (invented figures): a run of blanks between the
figure and its unit ('41.2  metric tonnes', a page laid out in columns); a mass per person that names
no measure read as the per-capita emissions the data holds: borne out by the row of the year its sentence
names, else for a person to confirm; a short German
line ('in Österreich; 8,1 Tonnen,') read as German; and an undated figure a text takes from a
publication named with its year, which no latest row can contradict."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import extracted
from package_support import carbon_package, claim_results

from workbench.extraction import extract_text
from workbench.languages import detect
from workbench.models import Verdict

PER_CAPITA = {2019: 11.0, 2020: 10.5}  # tonnes of carbon per person (× 3.664: 40.3, 38.5 t CO2)

TITLE = "National CO2 emissions from fossil fuels and cement"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return carbon_package(tmp_path_factory.mktemp("mass") / "carbon-by-nation",
                          {("BAHRAIN", year): 20_000 + year for year in PER_CAPITA},
                          {("BAHRAIN", year): value for year, value in PER_CAPITA.items()}, TITLE)


@pytest.mark.parametrize("gap", [" ", "  ", "   "])
def test_a_run_of_blanks_before_the_unit_keeps_it(gap: str) -> None:
    claims = extract_text(f"3. Bahrain    41.2{gap}metric tonnes per person per year\n")
    assert [(c.text, c.unit) for c in claims] == [(f"41.2{gap}metric tonnes", "t")]


@pytest.mark.parametrize("text, verdict", [("Bahrain: 38.5 metric tonnes per person in 2020.", Verdict.supported),
                                           ("Bahrain: 38.5 metric tonnes per person.", Verdict.needs_review),
                                           ("Bahrain: 45 metric tonnes per person in 2020.", Verdict.needs_review)])
def test_a_mass_per_person_naming_no_measure_is_the_per_capita_emission(package: Path, text: str, verdict: Verdict) -> None:
    [(figure, result)] = claim_results(text, [package], date="2022-03-01").items()
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].value == pytest.approx(PER_CAPITA[2020]), figure


def test_a_mass_per_person_of_something_else_stays_unmatched(package: Path) -> None:
    other = claim_results("Bahrain: 38.5 kg of rice per person in 2020.", [package], date="2022-03-01")
    assert all(r.verdict is not Verdict.supported for r in other.values())


def test_a_short_german_line_is_read_as_german(tmp_path: Path) -> None:
    assert detect("Das übertrifft die Werte anderer Staaten: in Österreich; 8,1 Tonnen,") == "de"
    claims = extracted(tmp_path, "Das übertrifft die Werte anderer Staaten: in Österreich; 8,1 Tonnen,")
    assert [(c["text"], c["unit"], c["value"]) for c in claims] == [("8,1 Tonnen", "t", 8.1)]


def test_an_undated_figure_from_a_dated_report_is_not_contradicted_by_the_latest_row(package: Path) -> None:
    text = ("The figures below come from the Gulf Energy 2019 Statistical Review.\n\n"
            "1. Bahrain emitted 35.0 metric tonnes of CO2 per person.")
    result = claim_results(text, [package], date="2021-06-01")["35.0 metric tonnes"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "publication_year"
    # without the report, the latest year due at the draft's date contradicts it
    bare = claim_results("1. Bahrain emitted 35.0 metric tonnes of CO2 per person.", [package],
                         date="2021-06-01")["35.0 metric tonnes"]
    assert bare.verdict is Verdict.contradicted, bare.explanation


@pytest.mark.parametrize("lead", ["In 2019 the ministry published a report on fuel use.",
                                  "Since 2015 the national survey has tracked fuel use."])
def test_a_year_and_a_report_word_in_prose_name_no_dated_publication(package: Path, lead: str) -> None:
    result = claim_results(f"{lead}\n\n1. Bahrain emitted 35.0 metric tonnes of CO2 per person.", [package],
                           date="2021-06-01")["35.0 metric tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation


@pytest.mark.parametrize(("cell", "verdict"), [("38500 kg of CO2", Verdict.supported),
                                                ("30100 kg of CO2", Verdict.contradicted)])
def test_a_table_row_reads_its_lead_as_a_list_item_does(package: Path, cell: str, verdict: Verdict) -> None:
    text = ("Below is our ranking of the countries by CO2 emissions per inhabitant.\n\n"
            f"2 | Asia | Bahrain | 2020 | {cell} | 120 kg of CO2 |")
    result = claim_results(text, [package], date="2022-03-01")[cell.removesuffix(" of CO2")]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].value == pytest.approx(PER_CAPITA[2020])
