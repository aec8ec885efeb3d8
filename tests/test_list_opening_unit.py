"""A list whose opening figure names the measure ('42 billion tonnes of CO2, of which Lunaria emitted 9.8
billion, Borduria 4.1 billion, followed by Syldavia with 2.3 billion (5.5 %), Carpania with 1.7 billion')
lends its unit to each item of the same scale: the items are tonnes of CO2, not bare figures matched to
whatever series the sentence's other words name (the ppm of 'CO2')."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench


def _claims(tmp_path: Path, text: str) -> dict[str, str]:
    draft = tmp_path / "list.md"
    draft.write_text(text + "\n", encoding="utf-8")
    run = run_workbench("extract", draft, "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    return {c["text"]: c["unit"] for c in json.loads(run.stdout)["claims"]}


@pytest.mark.parametrize("text, items", [
    ("In 2021 the world emitted 42 billion tonnes of CO2, of which Lunaria emitted 9.8 billion, Borduria "
     "4.1 billion, followed by Syldavia with 2.3 billion (5.5 %), Carpania with 1.7 billion (4.0 %).",
     ["9.8 billion", "4.1 billion", "2.3 billion", "1.7 billion"]),
    ("En 2021 se emitieron 42.000 millones de toneladas de CO2, de las cuales Lunaria emitió 9.800 millones y "
     "Borduria, 4.100 millones, seguidos por Syldavia con 2.300 millones (5,5 %), Carpania con 1.700 millones (4,0 %).",
     ["9.800 millones", "4.100 millones", "2.300 millones", "1.700 millones"]),
])
def test_each_item_of_a_list_takes_the_unit_its_opening_names(tmp_path: Path, text: str, items: list[str]) -> None:
    units = _claims(tmp_path, text)
    opening = next(unit for surface, unit in units.items() if surface.startswith("42"))
    assert opening, units
    assert all(units.get(item) == opening for item in items), units


def test_a_scaled_figure_after_a_comma_alone_does_not_take_the_unit(tmp_path: Path) -> None:
    units = _claims(tmp_path, "Lunaria emitted 9.8 billion tonnes of CO2 in 2021, and its budget was 4.1 billion.")
    assert not units.get("4.1 billion"), units
