"""A station file whose header puts the seasonally corrected series under a name that does not say so:
its figures tell it apart (they hardly move from month to month beside the measured column at the same
level), so a peak is read from the measured column only, and a change of the peaks that the corrected
series would match is still flagged. Invented figures and package; the sentences are written here."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from test_matching import check_text

from workbench.models import Verdict

# May 2024's measured mean carries a bump the corrected series smooths away: the May-to-May change of the
# measured column is 2.7 ppm, of the corrected one 2.4 ppm
_BUMP_MONTH, _BUMP = "2024-05", 0.3


def _rows() -> list[str]:
    rows = []
    for t in range(36):
        year, month = 2022 + t // 12, t % 12 + 1
        corrected = 410.0 + 0.2 * t
        measured = corrected + 3.0 * math.sin(2 * math.pi * (month - 2) / 12)
        date = f"{year}-{month:02d}"
        measured += _BUMP if date == _BUMP_MONTH else 0.0
        rows.append(f"{date},{measured:.2f},{corrected:.2f}")
    return rows


def _station(folder: Path, smoothed_name: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "summit-monthly.csv").write_text("\n".join([f"Date,Average,{smoothed_name}", *_rows()]) + "\n",
                                               encoding="utf-8")
    fields = [{"name": "Date", "type": "string", "description": "Month"},
              {"name": "Average", "type": "number", "description": "Monthly mean CO2 mole fraction (ppm)"},
              {"name": smoothed_name, "type": "number",
               "description": "Values from the average column, with interpolated values where data are missing."}]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "summit-co2", "title": "Carbon dioxide at the summit observatory",
        "sources": [{"title": "Summit Observatory", "path": "https://summit.example.org"}],
        "resources": [{"name": "summit-monthly", "path": "summit-monthly.csv", "schema": {"fields": fields}}]}),
        encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _station(tmp_path_factory.mktemp("co2") / "summit", "Interpolated")


def _one(body: str, package: Path, figure: str):
    return check_text(f"---\ndate: 2024-06-20\n---\n\n{body}\n", package)[0][figure]


def test_a_peak_is_read_from_the_measured_column_not_from_one_whose_figures_have_no_seasons(station: Path) -> None:
    measured = _one("Carbon dioxide at the summit observatory peaked at 418.90 ppm in May 2024.", station, "418.90 ppm")
    assert measured.verdict is Verdict.supported, measured.explanation
    assert measured.evidence[0].resource.lower().endswith(":average")


def test_a_rise_of_the_peak_the_smoothed_column_alone_matches_is_contradicted(station: Path) -> None:
    body = ("Carbon dioxide at the summit observatory peaked for 2024 in May at 419 parts per million, "
            "up {} ppm from May 2023.")
    wrong = _one(body.format("2.4"), station, "2.4 ppm")  # the corrected series' change, not the peaks'
    assert wrong.verdict is Verdict.contradicted, wrong.explanation
    assert wrong.evidence[0].resource.lower().endswith(":average") and wrong.evidence[0].value == pytest.approx(2.7)
    right = _one(body.format("2.7"), station, "2.7 ppm")
    assert right.verdict is Verdict.supported, right.explanation


def test_a_figure_the_sentence_calls_no_peak_may_still_be_read_from_either_column(station: Path) -> None:
    # no word of the seasonal cycle: the corrected column is as much a candidate as before
    plain = _one("Carbon dioxide at the summit observatory rose 2.4 ppm from May 2023 to May 2024.", station, "2.4 ppm")
    assert plain.verdict is not Verdict.contradicted, plain.explanation


def test_two_columns_that_both_keep_their_seasons_are_both_read_for_a_peak(tmp_path: Path) -> None:
    # a daily-mean median beside the mean moves as much from month to month: no corrected series
    folder = _station(tmp_path / "summit", "Median")
    rows = (folder / "summit-monthly.csv").read_text(encoding="utf-8").splitlines()
    seasonal = [rows[0]] + [f"{d},{a},{float(a) - 0.4:.2f}" for d, a, _c in (r.split(",") for r in rows[1:])]
    (folder / "summit-monthly.csv").write_text("\n".join(seasonal) + "\n", encoding="utf-8")
    median = _one("The median carbon dioxide reading at the summit observatory peaked at 418.50 ppm in May 2024.",
                  folder, "418.50 ppm")
    assert median.verdict is Verdict.supported, median.explanation
    assert median.evidence[0].resource.lower().endswith(":median")
