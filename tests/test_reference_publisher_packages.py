"""Publishers' packages the product was not developed on (tests/corpus/packages/, copied from the
`datasets` repositories, descriptors unchanged): they load as shipped, their dates mean the periods
they stand for, their units are read from their own words, and a newsroom's sentences about them
get the verdicts their figures call for."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import dated_draft, run_workbench

from workbench.reference import clear_cache, load_reference

PACKAGES = Path(__file__).parent / "corpus" / "packages"


pytestmark = pytest.mark.usefixtures("fresh_reference_cache")  # no package read by one test leaks into the next


def corpus(name: str) -> Path:
    return PACKAGES / name


def checked(tmp_path: Path, date: str, text: str, *packages: str) -> list[dict]:
    draft = tmp_path / "draft.md"
    draft.write_text(dated_draft(text, date))
    refs = [arg for name in packages for arg in ("--reference", corpus(name))]
    run = run_workbench("check", draft, *refs, "--skip-invalid", "--format", "json", "--exit-zero", cwd=tmp_path)
    return json.loads(run.stdout)["drafts"][0]["results"]


def verdicts(results: list[dict]) -> dict[str, str]:
    return {r["claim"]["text"]: r["verdict"] for r in results}


# ---------------------------------------------------------------------------------------------
# Dates that stand for periods: by their start, end or middle


def test_dates_at_a_periods_end_or_middle_are_that_period() -> None:
    bonds = load_reference([corpus("bond-yields-uk-10y")])
    assert bonds.resources["annual"].frame["period"].iloc[0] == "1984"  # 1984-12-31
    assert bonds.resources["quarterly"].frame["period"].iloc[0] == "1984-01/1984-03"  # 1984-03-31
    oil = load_reference([corpus("oil-prices")])
    assert oil.resources["brent-year"].frame["period"].iloc[-1] == "2022"  # 2022-06-30
    assert oil.resources["brent-month"].frame["period"].iloc[0] == "1987-05"  # 1987-05-15


def test_a_description_naming_two_frequencies_leaves_the_dates_to_say_which() -> None:
    # 'Monthly gold prices … carry the annual average price repeated': monthly, by its first days
    gold = load_reference([corpus("gold-prices")])
    assert gold.resources["monthly-processed"].frame["period"].iloc[:2].tolist() == ["1833-01", "1833-02"]


def test_a_day_a_short_month_or_a_leap_year_lacks_keeps_its_rhythm(tmp_path: Path) -> None:
    """A yearly series dated every 28 February (the month's last day but in leap years) and a monthly one
    dated the 30th (the 28th in February) stayed dates: no year or month figure found its row."""
    fields = [{"name": "Date", "type": "date"}, {"name": "Close", "type": "number"}]
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "datapackage.json").write_text(json.dumps({"name": "p", "resources": [
        {"name": name, "path": f"{name}.csv", "schema": {"fields": fields}} for name in ("yearly", "monthly")]}))
    (tmp_path / "p" / "yearly.csv").write_text(
        "Date,Close\n" + "".join(f"{year}-02-28,{year - 2000}.5\n" for year in range(2018, 2023)))
    (tmp_path / "p" / "monthly.csv").write_text("Date,Close\n2023-01-30,1.1\n2023-02-28,1.2\n2023-03-30,1.3\n"
                                                "2023-04-30,1.4\n")
    data = load_reference([tmp_path / "p"])
    assert data.resources["yearly"].frame["period"].tolist() == ["2018", "2019", "2020", "2021", "2022"]
    assert data.resources["monthly"].frame["period"].tolist() == ["2023-01", "2023-02", "2023-03", "2023-04"]


def test_dates_without_one_rhythm_stay_dates(tmp_path: Path) -> None:
    fields = [{"name": "Date", "type": "date"}, {"name": "Close", "type": "number"}]
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "datapackage.json").write_text(json.dumps({"name": "p", "resources": [
        {"name": name, "path": f"{name}.csv", "schema": {"fields": fields}} for name in ("daily", "uneven", "weekly")]}))
    (tmp_path / "p" / "daily.csv").write_text("Date,Close\n2024-03-04,1.1\n2024-03-05,1.2\n2024-03-06,1.3\n")
    (tmp_path / "p" / "uneven.csv").write_text("Date,Close\n2024-01-15,1.1\n2024-02-20,1.2\n2024-03-15,1.3\n")
    (tmp_path / "p" / "weekly.csv").write_text("Date,Close\n2024-03-01,1.1\n2024-03-08,1.2\n2024-03-15,1.3\n")
    data = load_reference([tmp_path / "p"])
    for name in ("daily", "uneven", "weekly"):
        assert data.resources[name].frame["period"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all(), name


def test_a_years_figure_is_judged_against_a_series_dated_by_year_end(tmp_path: Path) -> None:
    results = checked(tmp_path, "2024-02-10",
                      "Britain's 10-year government bond yield averaged 4.07 per cent in 2023.\n\n"
                      "The 10-year UK government bond yield averaged 3.2 per cent in 2022.", "bond-yields-uk-10y")
    assert verdicts(results) == {"4.07 per cent": "supported", "3.2 per cent": "contradicted"}


# ---------------------------------------------------------------------------------------------
# Units the publisher states only in words


def test_a_price_per_ounce_in_a_description_is_the_claims_unit(tmp_path: Path) -> None:
    gold = load_reference([corpus("gold-prices")])
    assert {r.frame["unit"].iloc[0] for r in gold.resources.values()} == {"USD/oz"}
    results = checked(tmp_path, "2024-01-20",
                      "Gold prices averaged $1,943 an ounce in 2023, 8% more than in 2022.\n\n"
                      "The gold price averaged $1,650 per ounce in 2020.", "gold-prices")
    assert verdicts(results) == {"$1,943 an ounce": "supported", "8%": "supported",
                                 "$1,650 per ounce": "contradicted"}


def test_percent_columns_of_a_wide_table_are_shares_not_counts(tmp_path: Path) -> None:
    jobs = load_reference([corpus("employment-us")])
    assert jobs.resources["aat1:unemployed_percent"].frame["unit"].iloc[0] == "%"
    assert jobs.resources["aat1:unemployed_percent"].meta.workbench.kind.value == "share"
    assert jobs.resources["aat1:population"].frame["unit"].iloc[0] == ""
    results = checked(tmp_path, "2011-03-01", "The US unemployment rate averaged 9.6 percent in 2010, "
                      "against 5.8 percent in 2008.", "employment-us")
    assert verdicts(results) == {"9.6 percent": "supported", "5.8 percent": "supported"}


def test_a_yield_with_no_unit_stated_is_a_percent() -> None:
    bonds = load_reference([corpus("bond-yields-uk-10y")])
    assert bonds.resources["annual"].frame["unit"].iloc[0] == "%"


# ---------------------------------------------------------------------------------------------
# An early descriptor, and a title that lists where its rows are


def test_an_early_descriptor_loads_as_its_1_0_equivalent(tmp_path: Path) -> None:
    # fields named by 'id', typed 'float'; a resource with no name; a source with 'web' and no title
    run = run_workbench("reference", "validate", corpus("population"), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    data = load_reference([corpus("population")])
    resource = data.resources["population"]
    assert resource.frame["source_url"].iloc[0] == "http://data.worldbank.org/indicator/SP.POP.TOTL"
    results = checked(tmp_path, "2016-01-15", "The population of the euro area was 338.7 million in 2014, "
                      "against 265.2 million in 1960.", "population")
    assert verdicts(results) == {"338.7 million": "supported", "265.2 million": "supported"}


def test_a_title_listing_country_regional_and_world_rows_is_no_join_of_measures(tmp_path: Path) -> None:
    # 'Country, Regional and World GDP': 'Arab World GDP' is a row of it, not 'World GDP' without 'Regional'
    results = checked(tmp_path, "2017-05-01", "The Arab World's GDP came to $2.9 trillion in 2014.\n\n"
                      "Arab World GDP reached $3.4 trillion in 2012.", "gdp")
    assert verdicts(results) == {"$2.9 trillion": "supported", "$3.4 trillion": "contradicted"}


def test_a_title_naming_only_the_file_gives_way_to_the_packages() -> None:
    # employment-us titles its one resource 'CSV file (derived)': news names the measure, not the file
    jobs = load_reference([corpus("employment-us")])
    block = jobs.resources["aat1:unemployed_percent"].meta.workbench
    assert "CSV" not in block.metric and "US Employment" in block.metric
    assert not any("CSV" in alias for alias in block.aliases)


def test_a_count_with_no_unit_stated_is_said_to_be_a_count(tmp_path: Path) -> None:
    run = run_workbench("reference", "validate", corpus("population"), cwd=tmp_path)
    assert "matching will miss" not in run.stderr
    assert load_reference([corpus("population")]).resources["population"].meta.workbench.kind.value == "count"


def test_series_told_apart_by_file_name_after_init_and_a_unit(tmp_path: Path) -> None:
    # oil-prices states no unit: the newsroom runs init and writes "USD/bbl"; 'brent-year' is then
    # named by 'Brent' (its name without the frequency), a price per barrel is what 'Price' means,
    # and each series cites its own source ('Annual … WTI …'), not the package's first
    folder = tmp_path / "oil-prices"
    shutil.copytree(corpus("oil-prices"), folder)
    assert run_workbench("reference", "init", folder, cwd=tmp_path).returncode == 0
    descriptor = json.loads((folder / "datapackage.json").read_text())
    for resource in descriptor["resources"]:
        resource["workbench"]["unit"] = "USD/bbl"
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=2))
    draft = tmp_path / "oil.md"
    draft.write_text("---\ndate: 2023-03-01\n---\n\nBrent crude averaged $71.34 a barrel in 2018, while "
                     "WTI averaged $65.20 per barrel.\n\nIn 2020 Brent averaged $48 a barrel.\n\n"
                     "The Brent spot price averaged $52/b in 2015.\n")
    run = run_workbench("check", draft, "--reference", folder, "--skip-invalid", "--format", "json",
                        "--exit-zero", cwd=tmp_path)
    results = json.loads(run.stdout)["drafts"][0]["results"]
    assert verdicts(results) == {"$71.34 a barrel": "supported", "$65.20 per barrel": "supported",
                                 "$48 a barrel": "contradicted", "$52/b": "supported"}  # EIA writes $/b
    by_text = {r["claim"]["text"]: r["evidence"][0] for r in results}
    assert by_text["$71.34 a barrel"]["resource"] == "brent-year"
    assert by_text["$65.20 per barrel"]["resource"] == "wti-year"
    assert by_text["$65.20 per barrel"]["source"] == "Annual Cushing, OK WTI Spot Price"


def test_a_percent_of_column_is_named_as_the_rate_news_calls_it(tmp_path: Path) -> None:
    # 'Unemployed % of labor force' beside 'Unemployed (Number)': the rate is the percent column,
    # not a share computed from the count of the unemployed
    results = checked(tmp_path, "2009-04-01", "Joblessness peaked in 1982, when the United States recorded "
                      "its highest annual unemployment rate since the 1930s, 9.7 percent.", "employment-us")
    assert results[0]["verdict"] == "supported"
    assert results[0]["evidence"][0]["resource"] == "aat1:unemployed_percent"


def test_a_maturity_written_10y_is_named_10_year() -> None:
    bonds = load_reference([corpus("bond-yields-uk-10y")])
    assert "10-year UK Government Bond Yields" in bonds.resources["annual"].meta.workbench.aliases


def test_a_figure_in_us_dollars_is_not_about_the_united_states(tmp_path: Path) -> None:
    # 'US' starts the unit of '2.74 trillion US dollars'; the place is the Arab region (the Arab World rows)
    results = checked(tmp_path, "2014-03-01", "World Bank figures put the Arab region's combined output at "
                      "2.74 trillion US dollars in 2012.", "gdp")
    assert results[0]["verdict"] == "supported"
    assert results[0]["evidence"][0]["dimensions"].get("Country Name") == "Arab World"


def test_a_quarters_figure_is_judged_against_rows_dated_by_the_quarters_last_day(tmp_path: Path) -> None:
    results = checked(tmp_path, "2024-01-10", "The UK 10-year government bond yield averaged 4.46 per cent "
                      "in the third quarter of 2023.\n\nThe UK 10-year government bond yield averaged 3.9 per cent "
                      "in the fourth quarter of 2023.", "bond-yields-uk-10y")
    assert verdicts(results) == {"4.46 per cent": "supported", "3.9 per cent": "contradicted"}
    assert results[0]["evidence"][0]["resource"] == "quarterly"


def test_a_title_joining_two_series_names_each_by_its_own_part(tmp_path: Path) -> None:
    oil = load_reference([corpus("oil-prices")])
    aliases = oil.resources["brent-year"].meta.workbench.aliases
    assert "Brent Spot Prices" in aliases and "Brent and WTI Spot Prices" not in aliases
    # words the resources' names do not use are no series of the package: the title stays whole
    fields = [{"name": "Year", "type": "year"}, {"name": "Rate", "type": "number"}]
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "datapackage.json").write_text(json.dumps({
        "name": "p", "title": "Annual inflation by GDP deflator and consumer prices",
        "resources": [{"name": n, "path": f"{n}.csv", "schema": {"fields": fields}}
                      for n in ("inflation-gdp", "inflation-consumer")]}))
    for n in ("inflation-gdp", "inflation-consumer"):
        (tmp_path / "p" / f"{n}.csv").write_text("Year,Rate\n2020,1.5\n2021,2.5\n")
    data = load_reference([tmp_path / "p"])
    assert "Annual inflation by GDP deflator and consumer prices" in \
        data.resources["inflation-consumer"].meta.workbench.aliases


# ---------------------------------------------------------------------------------------------
# YAML descriptors as publishers write them (playfair-data, finance-vix, rental-prices-european-cities)


def test_a_historical_snapshot_takes_the_year_its_title_states() -> None:
    """playfair-data's Scotland table has no year column; its title says 1780 (years before 1900 were
    not read, and the resource was refused)."""
    scotland = load_reference([corpus("playfair-data")]).resources["scotland:exports"]
    assert set(scotland.frame["period"]) == {"1780"}
    assert scotland.meta.workbench.period_from == "title"
    listed = run_workbench("reference", "list", "--reference", corpus("playfair-data"))
    [row] = [line for line in listed.stdout.splitlines() if line.startswith("scotland:exports")]
    assert "1780" in row and "the title" in row


def test_a_page_number_column_is_no_metric() -> None:
    commerce = load_reference([corpus("playfair-data")])
    assert sorted(n for n in commerce.resources if n.startswith("commerce:")) == [
        "commerce:balance", "commerce:exports", "commerce:imports"]


def test_a_figure_of_a_year_read_from_the_title_says_so_in_its_evidence(tmp_path: Path) -> None:
    folder = tmp_path / "playfair"
    shutil.copytree(corpus("playfair-data"), folder)
    descriptor = folder / "datapackage.yaml"  # the newsroom states the currency its descriptions only hint at
    descriptor.write_text(descriptor.read_text(encoding="utf-8") + "      workbench:\n        unit: GBP\n",
                          encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text("---\ndate: 2024-05-01\n---\n\nIn 1780 Scotland exported goods worth 305,167 pounds to "
                     "Ireland, its largest customer, the trade tables show.\n")
    run = run_workbench("check", draft, "--reference", folder, "--format", "json", "--exit-zero", cwd=tmp_path)
    [result] = json.loads(run.stdout)["drafts"][0]["results"]
    lead = result["evidence"][0]
    assert (lead["value"], lead["period"], lead["period_from"], lead["period_file"]) == (305167, "1780", "title", None)
    assert "1780 was read from the title" in result["explanation"]


def test_a_date_pattern_a_converted_file_no_longer_follows_still_reads_its_iso_dates() -> None:
    """finance-vix declares CBOE's '%m/%d/%Y' over a file written since in ISO dates."""
    vix = load_reference([corpus("finance-vix")]).resources["vix-daily:close"]
    assert vix.frame["period"].iloc[:2].tolist() == ["1990-01-02", "1990-01-03"]


def test_dates_in_the_pattern_a_field_declares_are_read_as_iso(tmp_path: Path) -> None:
    folder = tmp_path / "vix"
    shutil.copytree(corpus("finance-vix"), folder)
    rows = (folder / "data" / "vix-daily.csv").read_text().splitlines()
    as_cboe = [rows[0]] + [f"{r[5:7]}/{r[8:10]}/{r[:4]}{r[10:]}" for r in rows[1:]]  # 01/02/1990,…
    (folder / "data" / "vix-daily.csv").write_text("\n".join(as_cboe) + "\n")
    vix = load_reference([folder]).resources["vix-daily:close"]
    assert vix.frame["period"].iloc[:2].tolist() == ["1990-01-02", "1990-01-03"]
    assert vix.frame["value"].iloc[8] == 24.64
    bad = as_cboe[:3] + ["13/45/1990,1,1,1,1"]
    (folder / "data" / "vix-daily.csv").write_text("\n".join(bad) + "\n")
    clear_cache()
    run = run_workbench("reference", "validate", folder)
    assert run.returncode == 2 and "vix-daily.csv:4:1" in run.stderr and "13/45/1990" in run.stderr, run.stderr


def test_a_snapshot_no_date_describes_is_refused_naming_the_setting(tmp_path: Path) -> None:
    """rental-prices-european-cities: no package name (optional in Frictionless, was an error too), no
    date anywhere: one problem, naming workbench.period; once set, the ranking loads."""
    run = run_workbench("reference", "validate", corpus("rental-prices-european-cities"))
    assert run.returncode == 2
    [problem] = [line for line in run.stderr.splitlines() if not line.startswith("workbench:")]
    assert "datapackage.yaml:2:" in problem and "workbench.period" in problem and "name:" not in problem
    folder = tmp_path / "rents"
    shutil.copytree(corpus("rental-prices-european-cities"), folder)
    descriptor = folder / "datapackage.yaml"
    descriptor.write_text(descriptor.read_text(encoding="utf-8") + "    workbench:\n      period: '2019'\n",
                          encoding="utf-8")
    rents = load_reference([folder]).resources["xxx"]
    assert set(rents.frame["period"]) == {"2019"} and len(rents.frame) == 40
