"""Matching is driven by the reference data: a package about other countries works unchanged.

Every test writes a real data package to a temporary folder, loads it with the real loader and
checks a real draft through ``check.check_draft`` (or the CLI), as a newsroom with its own data
would.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.models import ClaimResult, Flag, Verdict
from workbench.reference import load_reference


def write_package(folder: Path, resources: list[dict]) -> Path:
    """A data package in ``folder``: each resource is {name, metric, aliases?, kind?, dims, rows, ...}."""
    folder.mkdir(parents=True, exist_ok=True)
    described = []
    for res in resources:
        dims = list(res.get("dims", []))
        columns = ["period", "value", "unit", *dims, "source", "source_url"]
        with (folder / f"{res['name']}.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in res["rows"]:
                source = row.get("source", "Statistics Office")
                writer.writerow([row["period"], row["value"], row.get("unit", res.get("unit", "")),
                                 *(row[d] for d in dims), source,
                                 row.get("url", f"https://stats.example.org/{res['name']}")])
        fields = [{"name": "period", "type": "string"}, {"name": "value", "type": "number"},
                  {"name": "unit", "type": "string"}, *({"name": d, "type": "string"} for d in dims),
                  {"name": "source", "type": "string"}, {"name": "source_url", "type": "string"}]
        block = {"metric": res["metric"], "aliases": res.get("aliases", []), "kind": res.get("kind", "level")}
        if res.get("dimension_aliases"):
            block["dimension_aliases"] = res["dimension_aliases"]
        described.append({"name": res["name"], "path": f"{res['name']}.csv", "title": res["metric"].capitalize(),
                          "schema": {"fields": fields, "primaryKey": ["period", *dims, "source", "unit"]},
                          "sources": [{"title": "Statistics Office", "path": "https://stats.example.org"}],
                          "workbench": block})
    (folder / "datapackage.json").write_text(json.dumps({"name": "test-package", "resources": described},
                                                        indent=1), encoding="utf-8")
    return folder


def check_text(text: str, package: Path, name: str = "draft.md", **config: object):
    """Check draft text against a package; return {claim text: ClaimResult} and the report."""
    draft = parse_draft(text.encode("utf-8"), name)
    report = check_draft(draft, load_reference([package]), Config(root=package.parent, reference=[package],
                                                                   **config))
    return {r.claim.text: r for r in report.results}, report


FJORD_PACKAGE = [
    {"name": "salmon_exports", "metric": "salmon exports", "aliases": ["exports of salmon"],
     "dims": ["country", "partner"], "unit": "USD",
     "rows": [{"period": "2020", "value": 3.04e9, "country": "Norway", "partner": "Chile"},
              {"period": "2021", "value": 3.4e9, "country": "Norway", "partner": "Chile"},
              {"period": "2021", "value": 3.1e9, "country": "Norway", "partner": "Chile",
               "source": "Chilean Customs", "url": "https://customs.example.cl"}]},
    {"name": "copper_production", "metric": "copper production", "aliases": ["copper mined", "mined copper"],
     "dims": ["country"], "unit": "t",
     "rows": [{"period": "2020", "value": 5.73e6, "country": "Chile"},
              {"period": "2021", "value": 5.62e6, "country": "Chile"}]},
    {"name": "tourist_arrivals", "metric": "tourist arrivals", "aliases": ["tourists"], "kind": "count",
     "dims": ["country", "origin"], "unit": "persons",
     "rows": [{"period": "2021", "value": 450000, "country": "Norway", "origin": "Chile"}]},
    {"name": "unemployment", "metric": "unemployment rate", "aliases": ["unemployment", "jobless rate"],
     "dims": ["country"], "unit": "%",
     "rows": [{"period": "2019", "value": 7.5, "country": "Chile"},
              {"period": "2021", "value": 9.1, "country": "Chile"}]},
    {"name": "tunnel_cost", "metric": "fjord tunnel cost", "aliases": ["tunnel cost"], "dims": ["country"],
     "unit": "NOK", "rows": [{"period": "2020", "value": 8e8, "country": "Norway"}]},
]

FJORD_DRAFT = """---
title: Fjords and copper
date: 2022-06-01
---

# Trade between Norway and Chile

In 2021, salmon exports from Norway to Chile rose by 12% to 3.4 billion dollars.
Chile mined about 5.6 million tonnes of copper last year.
Norway welcomed 900 thousand tourist arrivals from Chile in 2021.
Unemployment in Chile stood at 7.5% in 2021.
The fjord tunnel cost 80 million euros.
Norway also launched 3 new satellites.
"""


@pytest.fixture(scope="module")
def fjord(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ClaimResult]:
    package = write_package(tmp_path_factory.mktemp("fjord") / "reference", FJORD_PACKAGE)
    results, _ = check_text(FJORD_DRAFT, package)
    return results


def test_a_package_about_other_countries_gives_real_verdicts(fjord: dict[str, ClaimResult]) -> None:
    level = fjord["3.4 billion dollars"]
    assert level.verdict is Verdict.supported
    assert level.evidence[0].resource == "salmon_exports" and level.evidence[0].period == "2021"
    assert Flag.sources_disagree in level.flags  # the customs figure of 3.1 bn disagrees
    assert "Chilean Customs" in level.explanation

    assert fjord["5.6 million tonnes"].verdict is Verdict.supported  # about 5.6 Mt vs 5.62 Mt
    arrivals = fjord["900 thousand"]
    assert arrivals.verdict is Verdict.contradicted  # a count matches a series counted in persons
    assert arrivals.evidence[0].resource == "tourist_arrivals" and arrivals.evidence[0].value == 450000


def test_growth_is_recomputed_from_two_levels_when_no_growth_series_exists(fjord: dict[str, ClaimResult]) -> None:
    growth = fjord["12%"]
    assert growth.verdict is Verdict.supported
    assert Flag.derived in growth.flags
    lead = growth.evidence[0]
    assert lead.formula == "(v2021 / v2020 - 1) × 100"
    assert [(c.period, c.value) for c in lead.cells] == [("2020", 3.04e9), ("2021", 3.4e9)]
    assert lead.value == pytest.approx((3.4 / 3.04 - 1) * 100, abs=1e-4)


def test_stale_when_only_an_older_period_matches(fjord: dict[str, ClaimResult]) -> None:
    rate = fjord["7.5%"]
    assert rate.verdict is Verdict.contradicted and Flag.stale in rate.flags
    assert [e.period for e in rate.evidence[:2]] == ["2021", "2019"]
    assert "out of date" in rate.explanation


def test_currencies_never_mix(fjord: dict[str, ClaimResult]) -> None:
    tunnel = fjord["80 million euros"]
    assert tunnel.verdict is Verdict.unsupported  # the tunnel's cost is known in NOK only
    assert tunnel.evidence == []


def test_a_claim_nothing_covers_is_unsupported(fjord: dict[str, ClaimResult]) -> None:
    assert fjord["3"].verdict is Verdict.unsupported


def test_latest_period_on_or_before_the_draft_date(tmp_path: Path) -> None:
    package = write_package(tmp_path / "ref", [
        {"name": "harbour_calls", "metric": "ship calls", "aliases": ["ships called"], "kind": "count",
         "dims": ["port"], "rows": [{"period": "2019", "value": 1200, "port": "Valparaiso"},
                                    {"period": "2020", "value": 1500, "port": "Valparaiso"},
                                    {"period": "2023", "value": 2000, "port": "Valparaiso"}]}])
    text = "---\ndate: 2021-05-01\n---\n\nValparaiso saw 1,500 ship calls.\n"
    results, _ = check_text(text, package)
    result = results["1,500"]
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2020"
    later, _ = check_text(text.replace("2021-05-01", "2024-02-01"), package)
    # the latest is now 2023's 2,000; 2020's row, of the decade before the page, may be the one it quotes
    assert later["1,500"].verdict is Verdict.needs_review
    assert later["1,500"].evidence[0].period == "2023"
    oldest, _ = check_text(text.replace("2021-05-01", "2024-02-01").replace("1,500", "1,100"), package)
    assert oldest["1,100"].verdict is Verdict.contradicted  # no year of the decade


def test_dimension_aliases_and_ranked_alternatives(tmp_path: Path) -> None:
    package = write_package(tmp_path / "ref", [
        {"name": "city_population", "metric": "population", "aliases": ["residents", "inhabitants"],
         "kind": "count", "dims": ["city"],
         "dimension_aliases": {"city": {"Bergen": ["Bjørgvin"]}},
         "rows": [{"period": "2021", "value": 285000, "city": "Bergen"},
                  {"period": "2021", "value": 700000, "city": "Oslo"}]}])
    results, _ = check_text("---\ndate: 2022-01-01\n---\n\nBjørgvin has 285 thousand residents, "
                            "Oslo 700 thousand.\n", package)
    assert results["285 thousand"].verdict is Verdict.supported
    assert results["285 thousand"].evidence[0].dimensions["city"] == "Bergen"
    assert results["700 thousand"].evidence[0].dimensions["city"] == "Oslo"


def test_each_figure_of_a_list_takes_the_place_named_nearest_to_it() -> None:
    from conftest import REFERENCE

    text = ("---\ndate: 2023-11-10\n---\n\nThe biggest cities are Alma-Ata (2.16 million residents), "
            "Astana (1.35 million) and Shymkent (1.19 million).\n")
    results, _ = check_text(text, REFERENCE)
    cities = {t: (r.verdict, r.evidence[0].dimensions.get("city")) for t, r in results.items()}
    assert cities == {"2.16 million": (Verdict.supported, "Almaty"), "1.35 million": (Verdict.supported, "Astana"),
                      "1.19 million": (Verdict.supported, "Shymkent")}


# A fictional country: one ethnic group counted in two of its cities only, every city's total
# population, and the group's national total. A figure given for a city the group data does
# not cover must not be read against another city's rows, nor against the city's total population.
KELT_PACKAGE = [
    {"name": "kelts_by_city", "metric": "ethnic group population", "aliases": ["ethnic Kelts", "Kelts"],
     "kind": "count", "dims": ["country", "city", "group"],
     "dimension_aliases": {"city": {"Port Arlen": ["Arlentown"]}, "group": {"Kelts": ["ethnic Kelts"]}},
     "rows": [{"period": "2018", "value": 447000, "country": "Veldoria", "city": "Port Arlen", "group": "Kelts",
               "source": "Port Arlen city statistics"},
              {"period": "2023", "value": 428000, "country": "Veldoria", "city": "Port Arlen", "group": "Kelts"},
              {"period": "2014", "value": 74240, "country": "Veldoria", "city": "Brunn", "group": "Kelts"}]},
    {"name": "kelts", "metric": "ethnic group population", "aliases": ["ethnic Kelts", "Kelts"], "kind": "count",
     "dims": ["country", "group"],
     "rows": [{"period": "2023", "value": 2.1e6, "country": "Veldoria", "group": "Kelts"}]},
    {"name": "city_population", "metric": "population", "aliases": ["residents", "inhabitants"], "kind": "count",
     "dims": ["country", "city"], "dimension_aliases": {"city": {"Port Arlen": ["Arlentown"]}},
     # Miskor's and Tavvy's totals equal the figures the drafts give for their Kelts: read as a
     # city's population they would 'support' them.
     "rows": [{"period": "2023", "value": 2.2e6, "country": "Veldoria", "city": "Port Arlen"},
              {"period": "2023", "value": 138000, "country": "Veldoria", "city": "Miskor"},
              {"period": "2023", "value": 93600, "country": "Veldoria", "city": "Tavvy"},
              {"period": "2023", "value": 560000, "country": "Veldoria", "city": "Brunn"}]},
]


@pytest.fixture(scope="module")
def kelt_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("kelts") / "reference", KELT_PACKAGE)


def _assert_one_figure_per_city(results: dict[str, ClaimResult]) -> None:
    arlen = results["468 thousand"]
    assert arlen.verdict is Verdict.contradicted  # 468 thousand vs 428,000 in 2023
    assert {e.dimensions["city"] for e in arlen.evidence} == {"Port Arlen"}
    assert arlen.evidence[0].value == 428000 and "gives 428,000 for Port Arlen in 2023" in arlen.explanation
    for figure, city in (("138 thousand", "Miskor"), ("93.6 thousand", "Tavvy")):
        result = results[figure]
        assert result.verdict is Verdict.unsupported, result.explanation
        assert result.evidence == []  # neither another city's Kelts nor the city's total population
        assert f"none for {city}" in result.explanation and "Brunn and Port Arlen only" in result.explanation
    brunn = results["74 thousand"]
    assert brunn.verdict is Verdict.supported and Flag.stale in brunn.flags  # 2014 is > 2 years before 2023
    assert brunn.evidence[0].dimensions["city"] == "Brunn" and brunn.evidence[0].value == 74240
    assert "may be out of date" in brunn.explanation


def test_a_list_of_cities_after_their_figures_reads_each_figure_for_its_own_city(kelt_package: Path) -> None:
    results, _ = check_text("---\ndate: 2024-06-01\n---\n\nEthnic Kelts form large communities in several "
                            "cities: 468 thousand live in Arlentown, 138 thousand in Miskor, 93.6 thousand in "
                            "Tavvy and 74 thousand in Brunn.\n", kelt_package)
    _assert_one_figure_per_city(results)


def test_a_list_of_cities_before_their_figures_reads_each_figure_for_its_own_city(kelt_package: Path) -> None:
    # 'residents' names the city population's words; the Kelt counts break that quantity down
    # by group, so the sentence about Kelt communities still reads them, not the city totals.
    results, _ = check_text("---\ndate: 2024-06-01\n---\n\nMany towns have big Kelt communities, among them "
                            "Arlentown (468 thousand residents), Miskor (138 thousand), Tavvy (93.6 thousand) "
                            "and Brunn (74 thousand residents).\n", kelt_package)
    _assert_one_figure_per_city(results)


def test_a_city_total_still_matches_the_city_population(kelt_package: Path) -> None:
    results, _ = check_text("---\ndate: 2024-06-01\n---\n\nMiskor has 138 thousand inhabitants. Arlentown has "
                            "2.2 million residents, and 2.1 million Kelts live in the country.\n", kelt_package)
    miskor = results["138 thousand"]
    assert miskor.verdict is Verdict.supported and miskor.evidence[0].resource == "city_population"
    arlen = results["2.2 million"]
    assert arlen.verdict is Verdict.supported and arlen.evidence[0].dimensions["city"] == "Port Arlen"
    kelts = results["2.1 million"]
    assert kelts.verdict is Verdict.supported and kelts.evidence[0].resource == "kelts"


def test_a_list_of_cities_against_the_shipped_data() -> None:
    from conftest import REFERENCE

    results, _ = check_text("---\ndate: 2023-11-10\n---\n\nEthnic Russians form large communities in several "
                            "cities: 468 thousand live in Alma-Ata, 138 thousand in Astana, 93.6 thousand in "
                            "Shymkent, 202 thousand in Karaganda and 74 thousand in Aktobe.\n", REFERENCE)
    almaty = results["468 thousand"]
    # 2 % over the register's count of 1 January 2022, nearly two years before the draft: a count of another
    # day, which people's numbers outgrow, goes to a person
    assert almaty.verdict is Verdict.needs_review and "different period" in almaty.explanation
    assert {e.dimensions["city"] for e in almaty.evidence} == {"Almaty"}
    # dated 10 Nov 2023: the 2023 row (428,000) is for a year not yet over; 1 Jan 2022 is the latest complete
    assert {e.value for e in almaty.evidence} == {447000, 458900}
    for figure, city in (("138 thousand", "Astana"), ("93.6 thousand", "Shymkent"), ("202 thousand", "Karaganda")):
        assert results[figure].verdict is Verdict.unsupported and results[figure].evidence == []
        assert f"none for {city}" in results[figure].explanation
    aktobe = results["74 thousand"]
    assert aktobe.verdict is Verdict.supported and Flag.stale in aktobe.flags
    assert aktobe.evidence[0].value == 74240 and aktobe.evidence[0].dimensions["city"] == "Aktobe"
    assert "for Aktobe on 1 January 2014" in aktobe.explanation  # the place, and the date as it is said
    assert "for Almaty on 1 January 2022" in almaty.explanation


def test_a_metric_named_after_its_file_s_place_codes_is_found_by_its_quantity(tmp_path: Path) -> None:
    """'Population kaz rus' (a metric named from population_KAZ_RUS.csv): the codes say where, the
    text need only name the quantity and the place."""
    rows = [{"period": "2021", "value": 19_000_000.0, "Country Name": "Kazakhstan", "Country Code": "KAZ"},
            {"period": "2021", "value": 143_400_000.0, "Country Name": "Russian Federation", "Country Code": "RUS"}]
    package = write_package(tmp_path / "reference", [{"name": "population_kaz_rus", "metric": "Population kaz rus",
                                                       "kind": "count", "dims": ["Country Name", "Country Code"],
                                                       "rows": rows}])
    results, _ = check_text("---\ndate: 2023-06-01\n---\n\nRussia's population was 143.4 million in 2021.\n", package)
    result = results["143.4 million"]
    assert result.verdict.value == "supported" and result.evidence[0].dimensions["Country Code"] == "RUS"


def test_a_small_text_column_is_coded_as_pandas_factorize_codes_it() -> None:
    """The index codes small text columns in Python (index._codes): the same codes and values as
    pandas' factorize, a missing value -1, whether the column is small or large."""
    import numpy as np
    import pandas as pd

    from workbench.matching.index import _SMALL_COLUMN, _codes

    words = ["Kazakhstan", None, "Russia", "Kazakhstan", "", "Russia", None, "World"]
    for size in (len(words), _SMALL_COLUMN + 3):
        column = pd.Series((words * (size // len(words) + 1))[:size], dtype="str")
        codes, values = _codes(column)
        expected_codes, expected_values = pd.factorize(column, sort=False)
        assert codes.dtype == np.int32
        assert codes.tolist() == expected_codes.tolist()
        assert values == [str(v) for v in expected_values]
        assert -1 in codes.tolist() and values == ["Kazakhstan", "Russia", "", "World"]


def test_a_place_in_a_table_title_is_no_word_of_its_measure(tmp_path: Path) -> None:
    """'USA / EUR Foreign Exchange Rate' titles a table of many countries' rates: 'USA' says from where the
    rates are seen, so a text merely naming the United States ('in the USA 7 percent') does not name that
    measure, and the figure is not declared unsupported for want of an exchange rate of the United States."""
    exchange = [{"period": "2021", "value": value, "Country": country}
                for country, value in (("Canada", 1.25), ("Japan", 109.8), ("Norway", 8.6))]
    prices = [{"period": "2021", "value": value, "Country": country}
              for country, value in (("United States", 4.7), ("Germany", 3.1))]
    package = write_package(tmp_path / "reference", [
        {"name": "exchange", "metric": "Exchange rate", "aliases": ["USA / EUR Foreign Exchange Rate since 1999"],
         "dims": ["Country"], "rows": exchange},
        {"name": "prices", "metric": "Inflation", "aliases": ["consumer prices"], "dims": ["Country"],
         "unit": "%", "rows": prices}])
    text = ("---\ndate: 2022-02-01\n---\n\nPrices keep climbing everywhere this winter. In Germany the official rate "
            "is already at 5.3 percent, in the USA at 7 percent.\n")
    results, _ = check_text(text, package)
    result = results["7 percent"]
    assert result.verdict is not Verdict.unsupported
    assert all(e.resource != "exchange" for e in result.evidence)
