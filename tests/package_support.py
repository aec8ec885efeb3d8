"""Small publisher-shaped packages (World Bank layout, no ``workbench`` block) and the check of a
one-claim draft against them, for tests that need a package of their own invented figures."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Callable, Concatenate, ParamSpec, TypeVar

import pytest
from conftest import dated_draft
from workbench.check import check_draft
from workbench.config import Config, Tolerances
from workbench.drafts import parse_draft
from workbench.models import ClaimResult, Verdict
from workbench.places import Places
from workbench.reference.loader import load_reference

Found = TypeVar("Found")
MakerArgs = ParamSpec("MakerArgs")


def country_code(country: str) -> str:
    """The ISO 3166 / World Bank code a publisher's file gives beside a country's name ('Kyrgyz Republic' → KGZ)."""
    place = Places.default().resolve(country)
    if place is None:
        raise KeyError(f"no place is named {country!r}: use a name the gazetteer knows")
    return place.key


def publisher_package(folder: Path, name: str, title: str, column: str, rows: dict[tuple[str, int], float],
                      description: str | None = None, resource: str | None = None) -> Path:
    """A World Bank-style package: Country, Country Code, Year, <column>; no workbench block."""
    folder.mkdir(parents=True, exist_ok=True)
    resource = resource or name
    lines = [f"Country,Country Code,Year,{column}"]
    lines += [f"{country},{country_code(country)},{year},{value}" for (country, year), value in sorted(rows.items())]
    (folder / "data").mkdir(exist_ok=True)
    (folder / "data" / f"{resource}.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    value_field: dict[str, str] = {"name": column, "type": "number"}
    if description:
        value_field["description"] = description
    descriptor = {"name": name, "title": title,
                  "sources": [{"name": "Statistics Office", "path": "https://stats.example.org", "title": "Statistics Office"}],
                  "resources": [{"name": resource, "path": f"data/{resource}.csv",
                                 "schema": {"fields": [{"name": "Country", "type": "string"},
                                                       {"name": "Country Code", "type": "string"},
                                                       {"name": "Year", "type": "year"}, value_field]}}]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=1), encoding="utf-8")
    return folder


# A CO2 series file: its key column ('Year' or 'Date'), the key's type, the value column, (key, value) rows.
PpmSeries = tuple[str, str, str, list[tuple[object, float]]]


def ppm_package(folder: Path, series: dict[str, PpmSeries], title: str = "Atmospheric carbon dioxide (ppm)") -> Path:
    """A NOAA-style package of CO2 mole fractions: one file per series ('co2-mm-mlo', 'co2-annmean-gl'),
    the station or the globe told only by the file's name."""
    (folder / "data").mkdir(parents=True, exist_ok=True)
    resources = []
    for name, (key, kind, value, rows) in series.items():
        lines = [f"{key},{value}", *(f"{k},{v}" for k, v in rows)]
        (folder / "data" / f"{name}.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        resources.append({"name": name, "path": f"data/{name}.csv", "schema": {"fields": [
            {"name": key, "type": kind}, {"name": value, "type": "number", "description": "Mole fraction in ppm"}]}})
    descriptor = {"name": "co2-ppm", "title": title,
                  "sources": [{"name": "Observatory network", "path": "https://gas.example.org",
                               "title": "Observatory network"}], "resources": resources}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder


def rates_package(folder: Path, rates: dict[tuple[str, int], float], source: str | None = None) -> Path:
    """A package shaped like the Federal Reserve's yearly exchange-rate file: a date, a country (or a
    currency union's name) and its units per US dollar."""
    pkg = folder / "fx"
    (pkg / "data").mkdir(parents=True)
    lines = ["Date,Country,Exchange rate", *(f"{year}-01-01,{country},{value}" for (country, year), value in sorted(rates.items()))]
    (pkg / "data" / "annual.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    fields = [{"name": "Date", "type": "date"}, {"name": "Country", "type": "string"},
              {"name": "Exchange rate", "type": "number", "description": "Foreign exchange rate to USD"}]
    resource: dict[str, object] = {"name": "annual", "path": "data/annual.csv", "schema": {"fields": fields}}
    descriptor: dict[str, object] = {"name": "exchange-rates", "resources": [resource]}
    if source is not None:
        descriptor["title"] = "Foreign exchange rates"
        resource["sources"] = [{"title": source, "path": "https://fred.stlouisfed.org"}]
    (pkg / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return pkg


def monthly_rates_package(folder: Path, country: str | dict[str, dict[str, float]], months: dict[str, float] | None = None) -> Path:
    """A package shaped like the Federal Reserve's monthly exchange-rate file: the first day of each
    month ('2021-02' → '2021-02-01'), one country (or each country of a mapping), its units per US dollar."""
    by_country = country if isinstance(country, dict) else {country: months or {}}
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "monthly.csv").write_text(
        "Date,Country,Exchange rate\n" + "".join(f"{m}-01,{name},{v}\n" for name, rows in by_country.items()
                                                  for m, v in rows.items()), encoding="utf-8")
    fields = [{"name": "Date", "type": "date"}, {"name": "Country", "type": "string"},
              {"name": "Exchange rate", "type": "number", "description": "Foreign Exchange Rate to USD"}]
    (folder / "datapackage.json").write_text(json.dumps({"name": "fx-monthly", "resources": [
        {"name": "monthly", "path": "data/monthly.csv", "schema": {"fields": fields}}]}), encoding="utf-8")
    return folder


def module_package(make: Callable[Concatenate[Path, MakerArgs], Path], *args: MakerArgs.args,
                   **kwargs: MakerArgs.kwargs) -> Callable[..., Path]:
    """A module-wide fixture of the package ``make(folder, *args, **kwargs)`` writes into a fresh folder, written once
    for all of a test file's tests; the name it is assigned to is the fixture's:
    ``rand = module_package(monthly_rates_package, "South Africa", {"2019-03": 14.30})``."""
    @pytest.fixture(scope="module")
    def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
        return make(tmp_path_factory.mktemp(make.__name__), *args, **kwargs)
    return package


POPULATION_WORDS = "Total population counts all residents regardless of legal status"


def population_package(folder: Path, rows: dict[tuple[str, int], float], description: str = POPULATION_WORDS) -> Path:
    """A World Bank-shaped population package: ``rows`` (place, year) → people."""
    return publisher_package(folder, "population", "Population, total", "Population", rows, description=description)


def population_and_gdp(folder: Path, population: dict[tuple[str, int], float],
                       gdp: dict[tuple[str, int], float]) -> list[Path]:
    """World Bank-shaped population and GDP packages, as a newsroom downloads them."""
    return [population_package(folder / "pop", population),
            publisher_package(folder / "gdp", "gdp", "GDP (current US$)", "GDP", gdp,
                              description="Gross domestic product in current US dollars")]


# Peru's mid-year estimates (invented), the yearly table a bureau's table of one day is loaded beside.
PERU_MID_YEAR = {("Peru", 2023): 34_350_000, ("Peru", 2024): 34_680_000}


def peru_mid_year_package(folder: Path) -> Path:
    return population_package(folder, PERU_MID_YEAR, description="Total population, mid-year estimates")


def tidy_package(folder: Path, name: str, title: str, resource: dict[str, str], csv_text: str) -> Path:
    """A tidy package of one resource (``resource``: its name, path, title and source's url) whose columns are
    period, value, unit, then strings, its source a statistics bureau: ``csv_text`` is the file, header first."""
    folder.mkdir(parents=True)
    (folder / resource["path"]).write_text(csv_text, encoding="utf-8")
    fields = [{"name": n, "type": "number" if n == "value" else "string"} for n in csv_text.splitlines()[0].split(",")]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": name, "title": title,
        "resources": [{"name": resource["name"], "path": resource["path"], "title": resource["title"],
                       "schema": {"fields": fields},
                       "sources": [{"title": "Statistics bureau", "path": resource["source"]}]}],
    }), encoding="utf-8")
    return folder

def only_result(text: str, packages: list[Path], date: str = "2024-03-01") -> ClaimResult:
    """The check of a draft of one sentence holding one claim, dated ``date``."""
    draft = parse_draft(dated_draft(text, date).encode(), "draft.md")
    report = check_draft(draft, load_reference(packages), Config(root=packages[0].parent, reference=packages))
    assert len(report.results) == 1, [r.claim.text for r in report.results]
    return report.results[0]


def claim_starting(by_surface: dict[str, Found], figure: str) -> Found:
    """The one entry of a claim-text mapping whose claim text starts with ``figure`` (an error if none or several)."""
    [found] = [value for surface, value in by_surface.items() if surface.startswith(figure)]
    return found


def verdict_of_claim(text: str, claim: str, packages: list[Path], date: str = "2024-05-02") -> Verdict:
    """The verdict on the one claim of ``text`` whose surface starts with ``claim``."""
    return claim_starting(claim_results(text, packages, date=date), claim).verdict


def claim_results(text: str, packages: list[Path], date: str | None = "2023-03-01",
                  tolerances: Tolerances | None = None, url: str | None = None) -> dict[str, ClaimResult]:
    """Every claim of a draft checked against ``packages``, by the claim's text; no front matter
    when ``date`` and ``url`` are None (an undated draft), the page's ``url`` in it when given."""
    keys = "".join(f"{key}: {value}\n" for key, value in (("date", date), ("url", url)) if value)
    front = f"---\n{keys}---\n\n" if keys else ""
    draft = parse_draft(f"{front}{text}\n".encode(), "draft.md")
    config = Config(root=packages[0].parent, reference=packages, tolerances=tolerances or Tolerances())
    return {r.claim.text: r for r in check_draft(draft, load_reference(packages), config).results}


# Consumer-price inflation as the World Bank describes it, with invented figures.
CPI = {("Norway", 2020): 1.3, ("Norway", 2021): 3.5, ("Norway", 2022): 5.8,
       ("Chile", 2020): 3.0, ("Chile", 2021): 4.5, ("Chile", 2022): 11.6}
CPI_WORDS = ("Inflation as measured by the consumer price index reflects the annual percentage change in the "
             "cost to the average consumer of acquiring a basket of goods and services (annual %)")


def cpi_package(folder: Path, rows: dict[tuple[str, int], float] | None = None) -> Path:
    """A consumer-price package as the World Bank describes it: ``rows`` (place, year) → annual %,
    ``CPI`` unless given."""
    return publisher_package(folder, "cpi", "Consumer prices", "Inflation", CPI if rows is None else rows,
                             description=CPI_WORDS)


def carbon_package(folder: Path, totals: dict[tuple[str, int], float],
                   per_capita: dict[tuple[str, int], float] | None = None,
                   title: str = "Carbon emissions from fossil fuels and cement by country",
                   gas_fuel: dict[tuple[str, int], float] | None = None) -> Path:
    """Fossil carbon by country as CDIAC publishes it: ``totals`` (COUNTRY as the file spells it, year) →
    thousand metric tons of carbon, one 'Total' column; ``per_capita`` (same keys) → metric tons of carbon
    per person, a 'Per Capita' column beside it; ``gas_fuel`` (same keys) → thousand metric tons of carbon
    from gas fuel, a 'Gas Fuel' column."""
    (folder / "data").mkdir(parents=True)
    rows: list[list[object]] = [["Year", "Country", "Total", *(["Per Capita"] if per_capita else []),
                                 *(["Gas Fuel"] if gas_fuel else [])]]
    rows += [[year, country, total, *([per_capita[country, year]] if per_capita else []),
              *([gas_fuel[country, year]] if gas_fuel else [])]
             for (country, year), total in totals.items()]
    with (folder / "data" / "fossil-fuel-co2-by-country.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    fields = [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string"},
              {"name": "Total", "type": "number", "description": "Total carbon emissions from fossil fuel "
               "consumption and cement production (thousand metric tons of C)"}]
    if per_capita:
        fields.append({"name": "Per Capita", "type": "number",
                       "description": "Per capita carbon emissions (metric tons of carbon)"})
    if gas_fuel:
        fields.append({"name": "Gas Fuel", "type": "number",
                       "description": "Carbon emissions from gas fuel consumption"})
    (folder / "datapackage.json").write_text(json.dumps({
        "name": folder.name, "title": title,
        "sources": [{"title": "Carbon inventory", "path": "https://carbon.example.org"}],
        "resources": [{"name": "fossil-fuel-co2-by-country", "path": "data/fossil-fuel-co2-by-country.csv",
                       "schema": {"fields": fields}}]}), encoding="utf-8")
    return folder


def carbon_by_nation(folder: Path, rows: list[tuple[int, str, float, float]]) -> Path:
    """The carbon inventory's table 'by nation', of (year, NATION, total, gas fuel) rows in thousand metric tons of
    carbon: a column of each row's own total besides the total (a share of it is no share of a group's)."""
    return carbon_package(folder, {(country, year): total for year, country, total, _ in rows},
                          title="CO2 emissions from fossil fuels and cement manufacture by nation",
                          gas_fuel={(country, year): gas for year, country, _, gas in rows})
