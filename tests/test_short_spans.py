"""A figure of a shorter span than the data's rows, or dated by words around it: a weekly mean against
monthly rows is for a person; 'its high for 2023 at … in May' is May 2023; a month's peak is never read
from a series described as seasonally corrected; words of other languages for the same readings.
Invented figures and packages; the sentences are written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from package_support import claim_results, cpi_package
from test_matching import check_text

from workbench.models import Verdict


def _station(folder: Path) -> Path:
    """A station's monthly file: the measured average beside a trend its schema calls seasonally corrected."""
    folder.mkdir(parents=True)
    rows = ["Date,Average,Trend", "2023-04,423.4,419.9", "2023-05,424.0,420.2", "2023-06,423.1,420.4",
            "2024-04,426.0,422.6", "2024-05,426.9,422.9", "2024-06,426.1,423.0"]
    (folder / "station-monthly.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    fields = [{"name": "Date", "type": "string", "description": "Month"},
              {"name": "Average", "type": "number", "description": "Monthly mean CO2 mole fraction (ppm)"},
              {"name": "Trend", "type": "number", "description": "Seasonally corrected."}]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "station-co2", "title": "Carbon dioxide at the summit observatory",
        "sources": [{"title": "Summit Observatory", "path": "https://summit.example.org"}],
        "resources": [{"name": "station-monthly", "path": "station-monthly.csv", "schema": {"fields": fields}}]}),
        encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _station(tmp_path_factory.mktemp("co2") / "station")


def _one(body: str, package: Path, figure: str, date: str | None = "2024-06-20"):
    front = f"---\ndate: {date}\n---\n\n" if date else ""
    return check_text(f"{front}{body}\n", package)[0][figure]


@pytest.mark.parametrize("phrase", ["weekly average", "daily mean", "week's average"])
def test_a_mean_over_a_shorter_span_than_the_rows_is_for_review(station: Path, phrase: str) -> None:
    agrees = _one(f"The {phrase} carbon dioxide concentration at the summit observatory was 426.9 ppm in May 2024.",
                  station, "426.9 ppm")
    assert agrees.verdict is Verdict.needs_review and agrees.reason == "averaging_span", agrees.explanation
    assert phrase in agrees.explanation
    differs = _one(f"The {phrase} carbon dioxide concentration at the summit observatory was 429.5 ppm in May 2024.",
                   station, "429.5 ppm")
    assert differs.verdict is Verdict.needs_review, differs.explanation
    monthly = _one("The monthly average carbon dioxide concentration at the summit observatory was 426.9 ppm in "
                   "May 2024.", station, "426.9 ppm")
    assert monthly.verdict is Verdict.supported, monthly.explanation


@pytest.mark.parametrize("date", [None, "2024-06-20"])
def test_a_year_before_the_figure_and_a_month_after_it_date_it_to_that_month(station: Path, date: str | None) -> None:
    body = "Carbon dioxide at the summit observatory reached its maximum for 2023 at 424.0 ppm in May."
    right = _one(body, station, "424.0 ppm", date)
    assert right.verdict is Verdict.supported, right.explanation
    assert right.evidence[0].period == "2023-05"
    wrong = _one(body.replace("424.0", "426.9"), station, "426.9 ppm", date)  # May 2024's figure, not 2023's
    assert wrong.verdict is not Verdict.supported, wrong.explanation


def test_a_month_s_peak_is_never_read_from_a_seasonally_corrected_series(station: Path) -> None:
    peak = _one("Carbon dioxide at the summit observatory peaked at 426.9 ppm in May 2024.", station, "426.9 ppm")
    assert peak.verdict is Verdict.supported and peak.evidence[0].resource.lower().endswith(":average")
    said = _one("Seasonally corrected, carbon dioxide at the summit observatory peaked at 422.9 ppm in May 2024.",
                station, "422.9 ppm")  # the sentence names the corrected series itself
    assert said.verdict is not Verdict.contradicted, said.explanation  # the corrected series stays a candidate
    assert said.evidence[0].resource.lower().endswith(":trend")


def test_a_month_of_this_year_in_an_undated_draft_is_for_review_when_judged(station: Path) -> None:
    result = _one("Carbon dioxide at the summit observatory peaked at 424.0 ppm in May this year.", station,
                  "424.0 ppm", date=None)
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "counted from the day of the check" in result.explanation


def test_spanish_parts_per_million_and_german_percent_adjectives_are_read(tmp_path: Path, station: Path) -> None:
    spanish = _one("El dióxido de carbono en el observatorio alcanzó su punto máximo para 2023 a 424,0 partes "
                   "por millón en mayo.", station, "424,0 partes por millón", date=None)
    assert spanish.verdict is Verdict.supported and spanish.evidence[0].period == "2023-05", spanish.explanation
    german = claim_results("In Chile sei die Inflationsrate nach einer 4,5-prozentigen Teuerung 2021 weiter "
                           "gestiegen.", [cpi_package(tmp_path / "cpi")], date="2023-03-01")
    result = next(r for t, r in german.items() if t.startswith("4,5"))
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2021", result.explanation


def test_an_average_over_the_years_with_data_is_no_one_year_s_figure(tmp_path: Path) -> None:
    packages = [cpi_package(tmp_path / "cpi")]
    text = ("The average inflation in Chile is 6.4 % (the long-term average), with a lowest value of 3.0 % in 2020 "
            "and a highest value of 11.6 % in 2022.")
    results = claim_results(text, packages, date=None)
    mean = results["6.4 %"]
    assert mean.verdict is Verdict.needs_review and mean.reason == "averaging_span", mean.explanation
    assert "long-term average" in mean.explanation
    for dated in ("3.0 %", "11.6 %"):  # figures the sentence dates are judged as their own years'
        assert results[dated].verdict is Verdict.supported, results[dated].explanation


def test_the_past_n_years_of_an_undated_draft_are_counted_from_no_known_day(tmp_path: Path) -> None:
    text = "Consumer price inflation in Chile moved over the past three years between 3.0 % and 11.6 %."
    results = claim_results(text, [cpi_package(tmp_path / "cpi")], date=None)
    ranged = next(r for t, r in results.items() if "11.6" in t)
    assert ranged.verdict is Verdict.needs_review, ranged.explanation
    assert "the past three years" in ranged.explanation


def test_the_explanation_names_the_mean_phrase_beside_the_figure(tmp_path: Path) -> None:
    """The rule reads the phrase between the figures around the claim; the explanation names that phrase,
    not another mean phrase earlier in the sentence."""
    packages = [cpi_package(tmp_path / "cpi")]
    text = ("Economists quote the all-time average of 12 neighbours, but the average inflation in Chile is 6.4 % "
            "(the long-term average), with a lowest value of 3.0 % in 2020.")
    mean = claim_results(text, packages, date=None)["6.4 %"]
    assert mean.verdict is Verdict.needs_review and mean.reason == "averaging_span", mean.explanation
    assert "calls '6.4 %' the long-term average" in mean.explanation


@pytest.mark.parametrize("sentence", [
    "The monthly average reached 424.0 ppm in May of last year.",
    "The monthly average was 424.0 ppm in May, last year.",
    "Carbon dioxide rose from 423.4 ppm in April of last year to 424.0 ppm in May.",
])
def test_a_month_dated_by_a_relative_year_is_that_years_month(station: Path, sentence: str) -> None:
    """'last year' after a month counts from the draft's date by the lexicon's relative years, wherever
    it is read (the claim's own month, or the start of a span the month ends)."""
    result = _one(sentence, station, "424.0 ppm", date="2024-03-01")
    assert result.evidence and result.evidence[0].period == "2023-05", result.explanation


def test_the_record_of_the_day_is_a_days_reading_not_the_months_mean(station: Path) -> None:
    body = "Carbon dioxide at the summit observatory hit 429.8 ppm late on Sunday, the record of the day."
    result = _one(body, station, "429.8 ppm", date="2024-05")
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "averaging_span", result.explanation


@pytest.mark.parametrize(("body", "figure"), [
    ("In May 2024 a daily level of carbon dioxide above 432 ppm was measured at the summit observatory for the "
     "first time.", "432 ppm"),
    ("I maj 2024 blev der for første gang målt et dagligt niveau af CO2 over 432 ppm ved observatoriet på toppen.",
     "432 ppm"),
    ("In mei 2024 werd bij het observatorium op de top voor het eerst een dagelijks niveau van CO2 boven de 432 ppm "
     "gemeten.", "432 ppm"),
])
def test_a_daily_level_is_a_days_reading_not_a_longer_rows_mean(station: Path, body: str, figure: str) -> None:
    # May 2024's monthly mean (426.9) stays below the bound a single day passed: no contradiction
    result = _one(body, station, figure)
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "averaging_span", result.explanation
