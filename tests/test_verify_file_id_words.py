"""A series its publisher left untitled is named by its value column and its file's id: the id
files the rows ('prices-gdp.csv'), the column names what they measure ('Inflation'). A sentence
that names only the id's words ('GDP') speaks of another measure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from package_support import country_code, only_result

from workbench.models import Verdict

_ROWS = {"prices-gdp": {("Chile", 2015): 4.1, ("Chile", 2016): 3.4},
         "prices-consumer": {("Chile", 2015): 4.3, ("Chile", 2016): 3.8}}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("prices") / "prices"
    (folder / "data").mkdir(parents=True)
    fields = [{"name": "Country", "type": "string"}, {"name": "Country Code", "type": "string"},
              {"name": "Year", "type": "year"}, {"name": "Inflation", "type": "number"}]
    resources = []
    for name, rows in _ROWS.items():
        lines = ["Country,Country Code,Year,Inflation"]
        lines += [f"{c},{country_code(c)},{y},{v}" for (c, y), v in sorted(rows.items())]
        (folder / "data" / f"{name}.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        resources.append({"name": name, "path": f"data/{name}.csv", "schema": {"fields": fields}})
    descriptor = {"name": "prices", "title": "Yearly price changes, two measures",
                  "sources": [{"name": "Statistics Office", "path": "https://stats.example.org",
                               "title": "Statistics Office"}], "resources": resources}
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=1), encoding="utf-8")
    return folder


def test_a_gdp_growth_rate_is_not_read_from_inflation_filed_under_gdp(package: Path) -> None:
    result = only_result("Chile's real GDP grew 2.1% in 2016.", [package], date="2017-09-01")
    assert result.verdict is Verdict.unsupported and result.evidence == []


def test_the_file_id_still_tells_the_inflation_series_apart(package: Path) -> None:
    result = only_result("Chile's inflation by the GDP deflator was 3.4% in 2016.", [package], date="2017-09-01")
    assert result.verdict is Verdict.supported and result.evidence[0].resource == "prices-gdp"
