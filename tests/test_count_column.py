"""A station file whose header slipped by one column: the number of days measured sits under a ppm
heading. The loader warns and leaves that column out, so no claim is judged against it; a column of
real figures, or a lone column of small whole numbers, is kept. Invented figures."""

from __future__ import annotations

import json
from pathlib import Path

from test_matching import check_text

from workbench.models import Verdict
from workbench.reference.loader import load_reference


def _station(folder: Path, trend: list[str]) -> Path:
    folder.mkdir(parents=True)
    months = ["2024-03", "2024-04", "2024-05", "2024-06"]
    average = ["425.4", "426.0", "426.9", "426.5"]
    rows = ["Date,Average,Trend", *(f"{m},{a},{t}" for m, a, t in zip(months, average, trend))]
    (folder / "station-monthly.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    fields = [{"name": "Date", "type": "string", "description": "Month"},
              {"name": "Average", "type": "number", "description": "Monthly mean CO2 mole fraction (ppm)"},
              {"name": "Trend", "type": "number", "description": "Seasonally corrected CO2 mole fraction (ppm)"}]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "station-co2", "title": "Carbon dioxide at the observatory",
        "sources": [{"title": "Observatory", "path": "https://observatory.example.org"}],
        "resources": [{"name": "station-monthly", "path": "station-monthly.csv", "schema": {"fields": fields}}]}),
        encoding="utf-8")
    return folder


def test_a_column_of_day_counts_under_a_ppm_heading_is_left_out_with_a_warning(tmp_path: Path) -> None:
    pkg = _station(tmp_path / "station", ["29", "30", "26", "-1"])
    data = load_reference([pkg])
    assert [name for name in data.resources if "trend" in name.lower()] == []
    warning = [p for p in data.problems if "'Trend'" in p.message and "left out" in p.message]
    assert len(warning) == 1 and warning[0].severity == "warning", [p.message for p in data.problems]
    draft = "---\ndate: 2024-06-20\n---\n\nThe seasonally corrected carbon dioxide trend at the observatory " \
            "was 26 ppm in May.\n"
    result = check_text(draft, pkg)[0]["26 ppm"]
    assert result.verdict is not Verdict.supported, result.explanation
    measured = check_text(draft.replace("seasonally corrected carbon dioxide trend", "monthly mean carbon dioxide")
                          .replace("26 ppm", "426.9 ppm"), pkg)[0]["426.9 ppm"]
    assert measured.verdict is Verdict.supported, measured.explanation


def test_a_corrected_series_in_its_own_unit_is_kept(tmp_path: Path) -> None:
    pkg = _station(tmp_path / "station", ["422.9", "423.1", "423.3", "423.4"])
    data = load_reference([pkg])
    assert any("trend" in name.lower() for name in data.resources), list(data.resources)
    assert not [p for p in data.problems if "left out" in p.message]
