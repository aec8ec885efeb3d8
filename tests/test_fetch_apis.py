"""`fetch worldbank` reads the indicator's own metadata and marks aggregates; `fetch csv --scale`;
a misaligned CSV row is blamed on its line. The CLI in-process against the recorded-API server of
test_fetch.py (a real loopback server)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import REFERENCE
from fetch_support import FAST, cli, loopback, snapshot
from test_fetch import server  # noqa: F401  (the recorded World Bank API, a module fixture)


@pytest.fixture
def package(tmp_path: Path) -> Path:
    target = tmp_path / "pkg"
    shutil.copytree(REFERENCE, target)
    return target


def entry_of(package: Path, name: str) -> dict:
    return next(r for r in json.loads((package / "datapackage.json").read_text())["resources"] if r["name"] == name)


def test_an_annual_percent_indicator_is_a_change_with_aliases_and_aggregates_marked(
        monkeypatch, capsys, server: str, package: Path) -> None:  # noqa: F811
    run = cli(monkeypatch, capsys, "fetch", "worldbank", "FP.CPI.TOTL.ZG", "--country", "KAZ,WLD,ECS",
              "--package", package, "--base-url", f"{server}/v2", env=FAST)
    assert run.returncode == 0, run.stderr
    entry = entry_of(package, "wb_fp_cpi_totl_zg")
    block = entry["workbench"]
    assert block["kind"] == "change" and block["metric"] == "Inflation, consumer prices (annual %)"
    assert {"Inflation, consumer prices", "Inflation", "consumer prices Inflation"} <= set(block["aliases"])
    assert "annual percentage change" in entry["description"]  # the indicator's sourceNote
    assert block["fetched"]["released"] == "2026-10-30"
    rows = (package / "wb_fp_cpi_totl_zg.csv").read_text().splitlines()
    assert rows[0] == "period,value,unit,country,area_type"
    assert "2023,14.7,%,Kazakhstan,economy" in rows
    assert "2023,5.7,%,World,aggregate" in rows and "2023,6.1,%,Europe & Central Asia,aggregate" in rows
    assert "aggregate" in run.stdout


@pytest.mark.parametrize(("indicator", "kind", "unit", "value"), [
    ("SL.UEM.TOTL.ZS", "share", "%", "4.7"),
    ("EN.GHG.CO2.MT.CE.AR5", "level", "t", "240500"),  # kt → t, scaled
])
def test_kind_and_unit_follow_the_indicator_name(monkeypatch, capsys, server: str, package: Path,  # noqa: F811
                                                 indicator: str, kind: str, unit: str, value: str) -> None:
    run = cli(monkeypatch, capsys, "fetch", "worldbank", indicator, "--country", "KAZ", "--package", package,
              "--base-url", f"{server}/v2", "--name", "x", env=FAST)
    assert run.returncode == 0, run.stderr
    assert entry_of(package, "x")["workbench"]["kind"] == kind
    assert f"2022,{value},{unit},Kazakhstan,economy" in (package / "x.csv").read_text() or \
        f"2023,{value},{unit},Kazakhstan,economy" in (package / "x.csv").read_text()


def test_the_base_url_comes_from_the_config_file(monkeypatch, capsys, server: str, tmp_path: Path) -> None:  # noqa: F811
    (tmp_path / "workbench.toml").write_text(f'worldbank-url = "{server}/v2"\n')
    run = cli(monkeypatch, capsys, "fetch", "worldbank", "SL.UEM.TOTL.ZS", "--country", "KAZ",
              "--package", tmp_path / "team", env=FAST, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert entry_of(tmp_path / "team", "wb_sl_uem_totl_zs")["workbench"]["fetched"]["url"].startswith(server)


def test_a_bad_base_url_in_the_config_is_one_line(monkeypatch, capsys, tmp_path: Path) -> None:
    (tmp_path / "workbench.toml").write_text('worldbank-url = "ftp://mirror"\n')
    run = cli(monkeypatch, capsys, "fetch", "worldbank", "SP.POP.TOTL", "--country", "KAZ", env=FAST, cwd=tmp_path)
    assert run.returncode == 2 and "not an http(s) URL" in run.stderr


TRILLIONS = b"Year,Country,GDP (trillion RUB)\n2021,Russia,135.3\n2022,Russia,155.2\n"


@pytest.mark.parametrize("scale", ["1e12", "trillion", "tn"])
def test_csv_scale_multiplies_every_value(monkeypatch, capsys, package: Path, scale: str) -> None:
    with loopback({"/gdp.csv": lambda h: (200, {"Content-Type": "text/csv"}, TRILLIONS)}) as url:
        run = cli(monkeypatch, capsys, "fetch", "csv", f"{url}/gdp.csv", "--package", package, "--name", "gdp_rub",
                  "--metric", "GDP", "--map", "Year=period", "--map", "GDP (trillion RUB)=value",
                  "--map", "Country=country", "--unit", "RUB", "--scale", scale, env=FAST)
    assert run.returncode == 0, run.stderr
    assert (package / "gdp_rub.csv").read_text().splitlines()[1:] == [
        "2021,135300000000000,RUB,Russia", "2022,155200000000000,RUB,Russia"]
    assert entry_of(package, "gdp_rub")["workbench"]["fetched"]["scale"] == 1e12


def test_a_bad_scale_is_a_usage_error(monkeypatch, capsys, package: Path) -> None:
    run = cli(monkeypatch, capsys, "fetch", "csv", "http://127.0.0.1:9/x.csv", "--package", package, "--name", "x",
              "--metric", "m", "--scale", "lots")
    assert run.returncode == 2 and "--scale 'lots'" in run.stderr


@pytest.mark.parametrize(("body", "line", "what"), [
    (b"Year,Amount\n2020,11\n2021,12,5\n2022,13\n", 3, "row has 3 cell(s) but the header has 2"),
    (b"Year,Amount,Unit\n2020,11,USD\n2021\n2022,13,USD\n", 3, "row has 1 cell(s) but the header has 3"),
    (b'Year,Amount\n2020,11\n2021,"12\n2022,13\n', 3, "cannot parse as CSV"),
])
def test_a_misaligned_row_is_blamed_on_its_line(monkeypatch, capsys, package: Path, body: bytes, line: int,
                                                what: str) -> None:
    before = snapshot(package)
    with loopback({"/bad.csv": lambda h: (200, {"Content-Type": "text/csv"}, body)}) as url:
        run = cli(monkeypatch, capsys, "fetch", "csv", f"{url}/bad.csv", "--package", package, "--name", "x",
                  "--metric", "m", "--map", "Year=period", "--map", "Amount=value", "--unit", "USD", env=FAST)
    assert run.returncode == 2
    assert f"{url}/bad.csv:{line}" in run.stderr and what in run.stderr
    assert snapshot(package) == before


def test_names_cannot_inject_log_lines_or_terminal_escapes(monkeypatch, capsys, tmp_path: Path) -> None:
    body = b'Year,Amount,Country\n2021,1,"Narnia\n::warning::pwned \x1b[31mred"\n'
    package = tmp_path / "pkg\n::warning::folder \x1b[31m"
    with loopback({"/x.csv": lambda h: (200, {"Content-Type": "text/csv"}, body)}) as url:
        run = cli(monkeypatch, capsys, "fetch", "csv", f"{url}/x.csv", "--package", package, "--name", "x",
                  "--metric", "m", "--map", "Year=period", "--map", "Amount=value", "--map", "Country=country",
                  "--unit", "USD", "--title", "Title\n::error::injected", env=FAST)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("\n") == 1 and "\x1b" not in run.stdout and "\\x0a::warning::folder" in run.stdout
    assert not any(line.startswith("::") for line in run.stdout.splitlines())
