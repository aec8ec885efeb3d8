"""A change measured from a month of an earlier year ('an increase of 2.9 ppm over May 2023') speaks of
the same month a year later, read from a series with month rows — not of the base month, and not from
an annual increase that spans both. Invented figures; the sentences are written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import dated_draft
from test_matching import check_text, write_package

from workbench.models import Verdict

MONTHS = {"2022-04": 420.1, "2022-05": 421.0, "2023-04": 423.4, "2023-05": 424.0, "2024-04": 426.0, "2024-05": 426.9}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("ppm") / "reference", [
        {"name": "co2-monthly", "metric": "monthly mean carbon dioxide at the observatory", "unit": "ppm",
         "aliases": ["co2 concentration"], "rows": [{"period": p, "value": v} for p, v in MONTHS.items()]},
        {"name": "co2-growth", "metric": "annual increase of carbon dioxide", "unit": "ppm", "kind": "change",
         "aliases": ["co2 growth"], "rows": [{"period": "2023", "value": 3.4}, {"period": "2024", "value": 2.2}]}])


def _one(body: str, package: Path, figure: str, date: str = "2024-06-15"):
    return check_text(dated_draft(body, date), package)[0][figure]


@pytest.mark.parametrize("body", [
    "The monthly mean carbon dioxide at the observatory was 426.9 ppm in May, an increase of 2.9 ppm over May 2023.",
    "The carbon dioxide concentration rose 2.9 ppm compared with May 2023, the observatory said.",
])
def test_a_change_over_a_base_month_is_the_next_year_s_month(package: Path, body: str) -> None:
    result = _one(body, package, "2.9 ppm")  # 426.9 − 424.0
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2024-05"
    wrong = _one(body.replace("2.9 ppm", "3.4 ppm"), package, "3.4 ppm")  # the annual increase is no evidence
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].period == "2024-05", wrong.explanation


def test_a_level_beside_the_base_month_is_that_month_a_year_on(package: Path) -> None:
    body = ("The observatory calculated a May monthly average of 424.0 ppm of carbon dioxide, up 3 ppm "
            "compared to the May 2022 average.")
    result = _one(body, package, "424.0 ppm", date="2023-06-10")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2023-05", result.explanation


def test_a_span_from_a_month_or_a_month_not_yet_over_keeps_its_own_period(package: Path) -> None:
    span = _one("Carbon dioxide at the observatory rose 2.9 ppm from May 2023 to May 2024.", package, "2.9 ppm")
    assert span.verdict is Verdict.supported, span.explanation  # 426.9 − 424.0, the span's own end
    assert span.claim.period == "2024-05" and span.evidence[0].period == "2024-05", span.explanation
    # May 2024 had not ended: no month a year on to read, so the change has no period of its own and is
    # read as any such change, over a year to the latest month ended (426.0 − 423.4 = 2.6, not 2.9)
    early = _one("Carbon dioxide at the observatory is 2.9 ppm above May 2023.", package, "2.9 ppm",
                 date="2024-05-10")
    assert early.claim.period is None, early.explanation
    assert early.verdict is Verdict.contradicted and early.evidence[0].period == "2024-04", early.explanation


def _station_table(folder: Path) -> Path:
    """A station's monthly file as NOAA-style publishers ship it: the measured average beside a
    seasonally corrected trend, described in the schema."""
    folder.mkdir(parents=True)
    rows = ["Date,Average,Trend", "2024-03,425.4,422.9", "2024-04,426.0,423.1", "2024-05,426.9,423.3"]
    (folder / "station-monthly.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    fields = [{"name": "Date", "type": "string", "description": "Month"},
              {"name": "Average", "type": "number", "description": "Monthly mean CO2 mole fraction (ppm)"},
              {"name": "Trend", "type": "number", "description": "Seasonally corrected."}]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "station-co2", "title": "Trends in Atmospheric Carbon Dioxide at the observatory",
        "sources": [{"title": "Observatory", "path": "https://observatory.example.org"}],
        "resources": [{"name": "station-monthly", "path": "station-monthly.csv", "schema": {"fields": fields}}]}),
        encoding="utf-8")
    return folder


def test_a_seasonal_peak_for_a_year_in_a_month_is_that_month_s_measured_figure(tmp_path: Path) -> None:
    table = _station_table(tmp_path / "station")
    body = "The average carbon dioxide at the observatory reached a seasonal peak of 426.9 ppm for 2024 in May."
    result = _one(body, table, "426.9 ppm")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource.lower().endswith(":average") and result.evidence[0].period == "2024-05"
    wrong = _one(body.replace("426.9", "423.3"), table, "423.3 ppm")  # the corrected figure is no peak
    assert wrong.verdict is not Verdict.supported, wrong.explanation
    # named only by words the corrected series shares: no month of it judges the peak
    unnamed = _one("Carbon dioxide at the observatory reached a seasonal peak of 425.0 ppm for 2024 in May.",
                   table, "425.0 ppm")
    assert unnamed.verdict is not Verdict.contradicted, unnamed.explanation


@pytest.mark.parametrize("body", [
    "Carbon dioxide at the observatory is 2.9 ppm higher than the figure recorded in May 2023.",
    "The carbon dioxide concentration stood 2.9 ppm above the level measured in May 2023.",
    # copy that drops the 'than' after the comparative is read as its writer meant it
    "The observatory's carbon dioxide concentration is 2.9 ppm higher the reading taken in May 2023.",
])
def test_a_base_month_written_as_a_noun_for_its_figure_is_the_base(package: Path, body: str) -> None:
    result = _one(body, package, "2.9 ppm")  # 426.9 − 424.0
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2024-05", result.explanation


def test_a_station_named_before_decides_among_monthly_siblings_whatever_the_address_says(tmp_path: Path) -> None:
    # the page's address says 'annual', naming the annual-mean sibling, which a change over a base month
    # cannot use: once it is set aside, the station named in the sentence before decides between the
    # monthly files
    from package_support import ppm_package

    from workbench.check import check_draft
    from workbench.config import Config
    from workbench.drafts import parse_draft
    from workbench.reference.loader import load_reference

    station = [("2023-04", 423.4), ("2023-05", 424.0), ("2024-04", 426.0), ("2024-05", 426.9)]
    world = [("2023-04", 420.0), ("2023-05", 420.2), ("2024-04", 422.3), ("2024-05", 422.5)]
    annual = [(2023, 421.1), (2024, 424.6)]
    ppm = ppm_package(tmp_path / "ppm", {"co2-mm-mlo": ("Date", "string", "Average", station),
                                         "co2-mm-gl": ("Date", "string", "Average", world),
                                         "co2-annmean-mlo": ("Year", "year", "Mean", annual)})
    from workbench.cli import main
    assert main(["reference", "init", str(ppm)]) == 0  # as a newsroom readies a publisher's package
    text = ("---\ndate: 2024-06-15\nurl: https://news.example.org/2024/06/hawaii-observatory-annual-record/\n"
            "---\n\nMauna Loa's May average came in at another high. The observatory put this year's figure "
            "2.9 ppm above the figure recorded in May 2023.\n")
    report = check_draft(parse_draft(text.encode(), "draft.md"), load_reference([ppm]),
                         Config(root=tmp_path, reference=[ppm]))
    result = next(r for r in report.results if r.claim.text == "2.9 ppm")  # 426.9 − 424.0; the world's is 2.3
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource.startswith("co2-mm-mlo") and result.evidence[0].period == "2024-05"


# 'higher than last April' in a dated draft: the latest April over by the draft's date against the April a
# year before, read from the two months' rows, not from an annual increase.

def test_a_change_over_last_april_is_this_aprils(package: Path) -> None:
    body = "The April monthly mean carbon dioxide at the observatory was 2.6 ppm higher than last April."
    result = _one(body, package, "2.6 ppm")  # 426.0 − 423.4
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2024-04"


def test_before_april_is_over_last_april_is_a_year_earlier(package: Path) -> None:
    # written in April 2024, April 2024 is not over: the latest April is 2023's, against April 2022
    body = "The April monthly mean carbon dioxide at the observatory was 3.3 ppm higher than last April."
    result = _one(body, package, "3.3 ppm", date="2024-04-20")  # 423.4 − 420.1
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2023-04"


def test_a_change_of_today_over_last_april_is_no_aprils(package: Path) -> None:
    # the sentence names no April as its figure's own: 'now … higher than last April' is no April-to-April change
    body = "Monthly mean carbon dioxide at the observatory is now 2.6 ppm higher than last April, the team said."
    result = _one(body, package, "2.6 ppm")
    assert not (result.verdict is Verdict.supported and result.evidence and result.evidence[0].period == "2024-04"), \
        result.explanation
