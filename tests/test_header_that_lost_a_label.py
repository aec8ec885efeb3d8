"""A CSV whose rows hold more figures than its header has labels: a label was lost somewhere, so the
columns right of the lost one carry their neighbours' cells. Frictionless reads such a file by position;
a column shown to hold another kind of figure is left out, and every column right of it with it, so no
claim is judged against a figure read under the wrong heading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.reference import load_reference

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

FIELDS = ["Month", "Mean", "Trend", "Days"]


def monthly_rows(months: int, extra_cell: bool) -> list[str]:
    """Rows of month, mean, the mean's uncertainty, the smoothed trend, days measured: five cells (four
    when ``extra_cell`` is False: the uncertainty dropped, so the header's labels fit)."""
    rows = []
    for i in range(months):
        cells = [f"{2001 + i // 12}-{i % 12 + 1:02d}", f"{1790.0 + i * 0.6:.1f}", f"{0.2 + (i % 4) / 10:.1f}",
                 f"{1789.5 + i * 0.6:.1f}", str(20 + i % 9)]
        if not extra_cell:
            del cells[2]
        rows.append(",".join(cells))
    return rows


def station_package(folder: Path, rows: list[str]) -> Path:
    folder.mkdir(parents=True)
    (folder / "station.csv").write_text(",".join(FIELDS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    types = {"Month": "yearmonth"}
    descriptor = {"name": "methane-station", "title": "Methane at a hill station (ppb)", "resources": [
        {"name": "station", "path": "station.csv",
         "schema": {"fields": [{"name": n, "type": types.get(n, "number")} for n in FIELDS]}}]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=2), encoding="utf-8")
    return folder


def test_a_column_of_another_kind_of_figure_is_left_out_with_every_column_right_of_it(tmp_path: Path) -> None:
    # 'Trend' holds the mean's uncertainty (0.2–0.5 ppb) and 'Days' the smoothed trend (~1,800 ppb).
    data = load_reference([station_package(tmp_path / "p", monthly_rows(30, extra_cell=True))])
    assert set(data.resources) == {"station:mean"}
    assert data.resources["station:mean"].frame["value"].iloc[0] == pytest.approx(1790.0)
    left_out = {p.field: p.message for p in data.problems if "left out" in p.message}
    assert set(left_out) == {"Trend", "Days"}
    assert "far below 'Mean'" in left_out["Trend"] and "right of 'Trend'" in left_out["Days"]
    assert all(p.severity == "warning" for p in data.problems)


def test_the_same_file_with_its_labels_whole_loads_every_column(tmp_path: Path) -> None:
    data = load_reference([station_package(tmp_path / "p", monthly_rows(30, extra_cell=False))])
    # 'Days' is a count of days beside figures in the hundreds, left out as ever; 'Trend' is read.
    assert set(data.resources) == {"station:mean", "station:trend"}
    assert data.resources["station:trend"].frame["value"].iloc[0] == pytest.approx(1789.5)


def test_empty_cells_beyond_the_header_are_a_trailing_separator_not_a_lost_label(tmp_path: Path) -> None:
    # A small column beside a large one of the same unit is no sign of a shift when no label was lost.
    rows = [f"{2001 + i // 12}-{i % 12 + 1:02d},{1790.0 + i:.1f},{0.2 + (i % 4) / 10:.1f},," for i in range(30)]
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "station.csv").write_text("Month,Mean,Spread\n" + "\n".join(rows) + "\n", encoding="utf-8")
    descriptor = {"name": "m", "title": "Methane (ppb)", "resources": [{"name": "station", "path": "station.csv",
                  "schema": {"fields": [{"name": "Month", "type": "yearmonth"}, {"name": "Mean", "type": "number"},
                                        {"name": "Spread", "type": "number"}]}}]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    data = load_reference([folder])
    assert set(data.resources) == {"station:mean", "station:spread"}
    assert [p.code for p in data.problems if p.code == "extra-cell"] == ["extra-cell"]


def test_a_bare_csv_that_lost_a_label_keeps_no_shifted_column(tmp_path: Path, capsys) -> None:
    # No description, so no unit: the shift is still told by the figures, and `validate` names each column.
    folder = tmp_path / "bare"
    folder.mkdir()
    rows = [row.rsplit(",", 1)[0] for row in monthly_rows(30, extra_cell=True)]  # days dropped: 4 cells, 3 labels
    (folder / "station.csv").write_text("Month,Mean,Trend\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert main(["reference", "validate", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "column 'Trend': its 30 figures run from 0.2 to 0.5, far below 'Mean'" in err
    assert "the header lost a label" in err
    assert set(load_reference([folder]).resources) == {"station:mean"}
