"""A CSV whose rows hold more figures than its header has labels: a label was lost somewhere, so the
columns right of the lost one carry their neighbours' cells. Frictionless reads such a file by position;
a column shown to hold another kind of figure is left out, and every column right of it with it, so no
claim is judged against a figure read under the wrong heading."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.cli import main
from workbench.reference import ReferenceProblems, load_reference

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

CORPUS = Path(__file__).parent / "corpus" / "shifted-headers"
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
    # The file: month, mean, its uncertainty and the trend under three labels (the uncertainty's lost).
    folder = tmp_path / "bare"
    folder.mkdir()
    shutil.copy(CORPUS / "header-that-lost-a-label.csv", folder / "station.csv")
    assert main(["reference", "validate", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "column 'Trend': its 30 figures run from 0.2 to 0.5, far below 'Mean'" in err
    assert "the header lost a label" in err
    assert set(load_reference([folder]).resources) == {"station:mean"}


# Each value column is one kind of figure: levels in the thousands, levels near one hundred, fractions below one.
KINDS = {"thousands": (1000.0, 9000.0), "hundreds": (100.0, 400.0), "fractions": (0.01, 0.9)}


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kinds=st.lists(st.sampled_from(sorted(KINDS)), min_size=2, max_size=5),
       lost=st.integers(min_value=0, max_value=4), empty_extra=st.booleans(), seed=st.integers(0, 2**16))
def test_any_lost_label_is_read_as_frictionless_reads_it_or_left_out_from_the_first_shifted_column(
        tmp_path_factory: pytest.TempPathFactory, kinds: list[str], lost: int, empty_extra: bool, seed: int) -> None:
    rng = random.Random(seed)
    labels = [f"Series {chr(65 + i)}" for i in range(len(kinds))]
    # the header names every column but one (the lost label); with ``empty_extra`` the rows end in an empty cell
    header = labels[:] if empty_extra else labels[:min(lost, len(labels) - 1)] + labels[min(lost, len(labels) - 1) + 1:]
    rows = []
    for i in range(24):
        cells = [f"{rng.uniform(*KINDS[kind]):.2f}" for kind in kinds]
        rows.append(",".join([f"{2001 + i // 12}-{i % 12 + 1:02d}", *cells] + ([""] if empty_extra else [])))
    folder = tmp_path_factory.mktemp("lost") / "p"
    folder.mkdir()
    (folder / "t.csv").write_text(",".join(["Month", *header]) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    descriptor = {"name": "t", "title": "Gauge readings (ppm)", "resources": [{"name": "t", "path": "t.csv", "schema": {
        "fields": [{"name": "Month", "type": "yearmonth"}, *({"name": n, "type": "number"} for n in header)]}}]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    try:
        data = load_reference([folder])
    except ReferenceProblems as refused:  # a refusal is one clear problem, never an exception of ours
        assert all(p.path for p in refused.problems)
        return
    loaded = {res.meta.workbench.column: res.frame for res in data.resources.values()}
    positions = {n: i for i, n in enumerate(header)}
    for name, frame in loaded.items():
        cells = [float(r.split(",")[1 + positions[name]]) for r in rows]
        assert list(frame["value"]) == pytest.approx(cells)  # the cells under its label, as Frictionless reads them
    if empty_extra:
        return
    # fractions under a label beside far larger figures of the same unit: an uncertainty shifted under a level's name
    larger_beside = any(kinds[j] != "fractions" for j in range(len(header)))
    assert not any(kinds[positions[name]] == "fractions" and larger_beside for name in loaded)
    left_out = [n for n in header if n not in loaded]
    if left_out:  # a shift carries to the right: nothing right of the first shifted column is read
        assert left_out == header[positions[left_out[0]]:]
