"""One table of more value columns than the matcher can weigh against each other in bounded time: each
column is a metric compared with every other, so a check costs the square of the columns. Past the cap
the table is one line naming its first column past it, and the advice in that line works."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.reference import load_reference
from workbench.reference.table import MAX_VALUE_COLUMNS

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")


def wide_csv(folder: Path, columns: int) -> Path:
    folder.mkdir(parents=True)
    header = ["Region", "Year"] + [f"Survey item {i}" for i in range(columns)]
    rows = [",".join(header)]
    for region in ("North", "South"):
        for year in (2019, 2020, 2021):
            rows.append(",".join([region, str(year)] + [f"{(i * 13 + year) % 89 + 0.25}" for i in range(columns)]))
    (folder / "survey.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def test_a_table_past_the_cap_is_one_line_at_its_first_column_past_it(tmp_path: Path, capsys) -> None:
    folder = wide_csv(tmp_path / "bare", MAX_VALUE_COLUMNS + 1)
    draft = tmp_path / "note.md"
    draft.write_text("---\ndate: 2022-05-01\n---\n\nIn the North, survey item 7 stood at 12.25 in 2021.\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in (draft, folder / "survey.csv")}
    started = time.process_time()
    code = main(["check", str(draft), "--reference", str(folder), "--no-progress", "--format", "json"])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    [line] = [x for x in captured.err.splitlines() if "warning:" not in x]
    # the first column past the cap: two label columns, then the cap's worth of values
    assert line.startswith("workbench: ") and f"survey.csv:1:{MAX_VALUE_COLUMNS + 3}: " in line
    assert f"{MAX_VALUE_COLUMNS + 1:,} value columns" in line and "\"value\": [...]" in line
    assert time.process_time() - started < 60  # refused before the metrics are built
    assert {p: p.read_bytes() for p in before} == before and sorted(folder.iterdir()) == [folder / "survey.csv"]


def test_the_lines_advice_listing_the_columns_to_read_loads_the_table(tmp_path: Path, capsys) -> None:
    folder = wide_csv(tmp_path / "bare", MAX_VALUE_COLUMNS + 1)
    assert main(["reference", "init", str(folder)]) == 0
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    block = descriptor["resources"][0]["workbench"]
    kept = ["Survey item 3", "Survey item 900"]
    block["fields"]["value"] = kept
    block["metrics"] = {name: metric for name, metric in block["metrics"].items() if name in kept}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    capsys.readouterr()
    data = load_reference([folder])
    assert sorted(data.resources) == ["survey:survey-item-3", "survey:survey-item-900"]
