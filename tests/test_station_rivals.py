"""A station's monthly series against its siblings: the global series, the station's annual mean
and a column far off the claim's figure. Invented figures, packages shaped like a publisher's
per-station files (``<gas>-<granularity>-<station>.csv``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import dated_draft

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.models import ClaimResult
from workbench.reference.loader import load_reference

MONTHLY = {"Date": "date", "Average": "number", "Days": "number"}
ANNUAL = {"Year": "year", "Mean": "number"}


def _resource(folder: Path, name: str, fields: dict[str, str], rows: list[tuple]) -> dict:
    lines = [",".join(fields)] + [",".join(str(v) for v in row) for row in rows]
    (folder / "data" / f"{name}.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"name": name, "path": f"data/{name}.csv",
            "schema": {"fields": [{"name": f, "type": t, **({"description": "Mole fraction in ppm"}
                                                          if f in ("Average", "Mean") else {})}
                                  for f, t in fields.items()]}}


@pytest.fixture()
def stations(tmp_path: Path) -> Path:
    folder = tmp_path / "gas"
    (folder / "data").mkdir(parents=True)
    resources = [
        _resource(folder, "co2-mm-mlo", MONTHLY, [("2031-03", 452.10, 29), ("2031-04", 453.62, 30)]),
        _resource(folder, "co2-mm-gl", MONTHLY, [("2031-03", 449.30, 31), ("2031-04", 450.05, 30)]),
        _resource(folder, "co2-annmean-mlo", ANNUAL, [(2030, 443.9), (2031, 446.0)]),
    ]
    descriptor = {"name": "co2-ppm", "title": "Atmospheric carbon dioxide (ppm)",
                  "sources": [{"name": "Observatory network", "path": "https://gas.example.org",
                               "title": "Observatory network"}],
                  "resources": resources}
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=1), encoding="utf-8")
    return folder


def _result(text: str, package: Path, claim: str, date: str = "2032-02-01") -> ClaimResult:
    draft = parse_draft(dated_draft(text, date).encode(), "draft.md")
    report = check_draft(draft, load_reference([package]), Config(root=package.parent, reference=[package]))
    return next(r for r in report.results if r.claim.text.startswith(claim))


def test_station_named_in_an_earlier_paragraph_picks_its_series(stations: Path) -> None:
    text = "Readings at Mauna Loa peak every spring.\n\nIn April 2031, carbon dioxide reached 453.6 ppm."
    result = _result(text, stations, "453.6")
    assert result.verdict.value == "supported", result.explanation
    assert result.evidence[0].resource == "co2-mm-mlo:average", [(e.resource, e.period, e.value) for e in result.evidence]


def test_no_station_named_leaves_station_and_global_ambiguous(stations: Path) -> None:
    # the global series is 1 % lower: with no station named a person must decide, never a silent pass
    result = _result("In April 2031, carbon dioxide reached 451.0 ppm.", stations, "451.0")
    assert result.verdict.value != "supported", result.explanation


def test_a_years_mean_is_no_rival_of_the_month_named(stations: Path) -> None:
    # the station's 2031 mean (446.0) disagrees, but the claim names a month the monthly series holds
    text = "Mauna Loa Observatory recorded an average of 452.1 ppm in March 2031."
    result = _result(text, stations, "452.1")
    assert result.verdict.value == "supported", result.explanation
    assert result.evidence[0].period == "2031-03"


def test_a_column_far_off_the_figure_is_no_rival(stations: Path) -> None:
    # 'Days' (about 30) is no reading of a figure near 450: the station's average stands alone
    text = "Mauna Loa Observatory recorded 453.6 ppm in April 2031."
    result = _result(text, stations, "453.6")
    assert result.verdict.value == "supported", result.explanation
    assert result.reason != "ambiguous"


def test_no_station_named_leads_with_the_global_series_when_both_agree(stations: Path) -> None:
    # both series hold a figure within the claim's band: an unnamed level of the air is the world's
    result = _result("Carbon dioxide in the atmosphere averaged 452.2 ppm in April 2031.", stations, "452.2")
    assert result.verdict.value == "supported", result.explanation
    assert result.evidence[0].resource == "co2-mm-gl:average", [(e.resource, e.value) for e in result.evidence]


def test_station_named_in_the_sentence_still_leads_when_both_agree(stations: Path) -> None:
    result = _result("At Mauna Loa, carbon dioxide averaged 452.2 ppm in April 2031.", stations, "452.2")
    assert result.verdict.value == "supported", result.explanation
    assert result.evidence[0].resource == "co2-mm-mlo:average", [(e.resource, e.value) for e in result.evidence]


@pytest.mark.parametrize("text", [
    ("Forests and the global ocean soak up part of each year's emissions, yet the gas keeps piling up. "
     "In April 2031, carbon dioxide reached 451.0 ppm."),
    "Global warming has one main driver, and its level keeps rising. In April 2031, carbon dioxide reached 451.0 ppm.",
])
def test_global_naming_another_thing_names_no_series(stations: Path, text: str) -> None:
    # 'the global ocean', 'global warming' in the sentences before say nothing of which record: the station's 453.62 disagrees,
    # so which series the writer read is for a person
    result = _result(text, stations, "451.0")
    assert result.verdict.value == "needs_review", result.explanation


def test_global_naming_the_level_still_picks_the_global_series(stations: Path) -> None:
    # the same figure, said of the global average (and of global warming too): the station is not read
    text = ("Global warming has one main driver, and its level keeps rising. "
            "In April 2031, the global average of carbon dioxide reached 451.0 ppm.")
    result = _result(text, stations, "451.0")
    assert result.verdict.value == "supported", result.explanation
    assert result.evidence[0].resource == "co2-mm-gl:average", [(e.resource, e.value) for e in result.evidence]


def test_global_record_named_in_an_earlier_paragraph_picks_the_global_series(stations: Path) -> None:
    # the level is the global record the paragraph before speaks of, though the station's disagrees
    text = ("The gases that warm the planet set a new global record in 2031, the network's yearly report says.\n\n"
            "In April 2031, carbon dioxide reached 451.0 ppm.")
    result = _result(text, stations, "451.0")
    assert result.verdict.value == "supported", result.explanation
    assert result.evidence[0].resource == "co2-mm-gl:average", [(e.resource, e.value) for e in result.evidence]


def test_hawaii_names_the_observatory_station(stations: Path) -> None:
    # the station is on Hawaii's Big Island: news names the island for it, as it names Mauna Loa
    text = "Carbon dioxide measured 453.6 parts per million in April 2031 in Hawaii, a new high."
    result = _result(text, stations, "453.6")
    assert result.verdict.value == "supported", result.explanation
    assert result.evidence[0].resource == "co2-mm-mlo:average", [(e.resource, e.period, e.value) for e in result.evidence]


@pytest.fixture()
def global_means(tmp_path: Path) -> Path:
    folder = tmp_path / "gas-global"
    (folder / "data").mkdir(parents=True)
    resources = [
        _resource(folder, "co2-mm-gl", MONTHLY, [("2030-12", 441.0, 31), ("2031-12", 443.6, 31)]),
        _resource(folder, "co2-annmean-gl", ANNUAL, [(2030, 440.0), (2031, 442.1)]),
    ]
    descriptor = {"name": "co2-ppm-global", "title": "Atmospheric carbon dioxide (ppm), global",
                  "sources": [{"name": "Observatory network", "path": "https://gas.example.org",
                               "title": "Observatory network"}],
                  "resources": resources}
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=1), encoding="utf-8")
    return folder


def test_december_over_december_is_no_rival_of_the_change_between_two_years_means(global_means: Path) -> None:
    # 'from 2030 to 2031' is the change of the yearly means (2.1); the monthly series' December over December
    # (2.6) is a change of another length, not a second reading of the same words
    result = _result("Global average CO2 rose by 2.1 ppm from 2030 to 2031, the network said.", global_means, "2.1")
    assert result.verdict.value == "supported", result.explanation
    assert (result.evidence[0].resource, result.evidence[0].period) == ("co2-annmean-gl", "2031")
