"""A figure whose sentence names no measure the data knows ('the index had passed the upper limit of the
target') while the text before it names one ('consumer prices in Chile'): it is for a person to review
against that measure's row, never "nothing matches" (a false alarm over a rate the paragraph named);
with no place named anywhere, the place is what a person must supply. A sentence naming a measure of
its own ('unemployment', 'wages') keeps "nothing matches": the paragraph's measure is not its.

One publisher-shaped package of invented figures (inflation for two countries) and a population one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import wild_package
from package_support import publisher_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.models import ClaimResult, Verdict
from workbench.reference.loader import load_reference

_PRICES = {("Chile", 2021): 4.5, ("Chile", 2022): 11.6, ("Kenya", 2021): 6.1, ("Kenya", 2022): 7.7}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("named_before")
    return [publisher_package(root / "prices", "prices", "Inflation, consumer prices (annual %)", "Inflation",
                              _PRICES),
            publisher_package(root / "people", "people", "Population, total", "Population",
                              {("Chile", 2022): 19.6e6, ("Kenya", 2022): 54.0e6})]


def _results(body: str, packages: list[Path]) -> dict[str, ClaimResult]:
    draft = parse_draft(f"---\ndate: 2023-09-01\n---\n\n{body}\n".encode(), "draft.md")
    report = check_draft(draft, load_reference(packages), Config(root=packages[0].parent, reference=packages))
    return {r.claim.text: r for r in report.results}


@pytest.mark.parametrize(("body", "claim", "period", "value"), [
    ("Inflation in Chile ended 2023 below the central bank's ceiling. The index had exceeded the upper "
     "limit of the target in the two previous years, in 2022 (9.2%) and 2021 (7.1%).", "9.2%", "2022", 11.6),
    ("Inflation in Chile ended 2023 below the central bank's ceiling. The index had exceeded the upper "
     "limit of the target in the two previous years, in 2022 (9.2%) and 2021 (7.1%).", "7.1%", "2021", 4.5),
    ("Les prix à la consommation au Chili ont ralenti en 2023. L'indice avait dépassé la limite haute de "
     "la cible en 2022 (9,2 %).", "9,2 %", "2022", 11.6),
    # 'claims' as a fact check's reporting verb names no measure of the sentence's own ('jobless claims' would)
    ("Inflation in Chile ended 2023 below the central bank's ceiling. A viral post falsely claims the index "
     "exceeded the upper limit of the target in 2022 (9.2%).", "9.2%", "2022", 11.6),
])
def test_the_paragraphs_measure_is_reviewed_not_called_unmatched(packages: list[Path], body: str, claim: str,
                                                                  period: str, value: float) -> None:
    result = _results(body, packages)[claim]
    assert result.verdict is Verdict.needs_review, result.explanation
    lead = result.evidence[0]
    assert (lead.resource, lead.dimensions["Country"], lead.period, lead.value) == ("prices", "Chile", period, value)
    assert "a person should decide" in result.explanation


def test_no_place_named_asks_for_the_place(packages: list[Path]) -> None:
    body = "Consumer prices climbed through 2022. The index had passed the upper end of the target band that year, at 10.4%."
    result = _results(body, packages)["10.4%"]
    assert result.verdict is Verdict.needs_review
    assert "which one '10.4%' is about" in result.explanation


@pytest.mark.parametrize(("body", "claim"), [
    ("Inflation in Kenya eased in 2022. Unemployment there stood at 5.6% in 2022.", "5.6%"),
    ("Inflation in Kenya eased in 2022. Wages there rose 5.6% in 2022.", "5.6%"),
])
def test_a_sentence_naming_its_own_measure_keeps_nothing_matches(packages: list[Path], body: str,
                                                                 claim: str) -> None:
    result = _results(body, packages)[claim]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_place_the_named_measure_lacks_is_not_covered_not_unnamed() -> None:
    # the heading names consumer prices, the row a region no series has rows for: the place is named, and the
    # data has no row for it — unsupported, not a question of which place is meant
    body = "# Yearly consumer price index\n\nYear | Area | Index | Change (%) |\n\n2022 | Hokkaido | 108.1 | 2.9% |"
    result = _results(body, [wild_package("inflation")])["2.9%"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered"), result.explanation
    assert "Hokkaido" in result.explanation


def _units_table(folder: Path) -> Path:
    """A statistics bureau's table of administrative units, no descriptor: its file is named 'units population',
    its rows listed under 'unit_name_en'."""
    folder.mkdir(parents=True)
    (folder / "units_population_2024-01-01.csv").write_text(
        "unit_name_kk,unit_name_en,level,total\n"
        "Қазақстан Республикасы,Republic of Kazakhstan,country,19900000\n"
        "Алматы қаласы,Almaty city,region,2230000\n", encoding="utf-8")
    return folder


def test_a_title_word_naming_the_tables_rows_names_no_measure(tmp_path: Path) -> None:
    # 'units' of 'Units population' says the rows are administrative units: a note on 'local currency units'
    # names no population, so a currency's move in a country the table lacks is not population not covered
    body = ("Each value is the amount of local currency units one US dollar buys.\n\n"
            "Country | Latest value | Change over a year |\n\nGhana | 11.2 | 4.7% |")
    result = _results(body, [_units_table(tmp_path / "units")])["4.7%"]
    assert "population" not in result.explanation.casefold(), result.explanation
    assert result.reason != "place_not_covered", result.explanation


@pytest.mark.parametrize("body", [
    "The statistics office counted 52.1 million residents of Ghana in its 2019 census.\n\n"
    "The average annual growth rate between the two censuses was 2.2 percent.",
    "Ghana's census of 2019 put the population at 52.1 million. Its yearly growth rate since 2009 was 2.2%.",
])
def test_a_growth_rate_after_a_named_measure_is_that_measures_not_co2s(packages: list[Path], body: str) -> None:
    # 'growth rate' alone picks a CO2 file's 'Annual Increase' by generic words; the text before names the
    # population, which has no rows for Ghana: unsupported, never held against a CO2 series
    results = _results(body, [*packages, wild_package("co2-ppm")])
    [result] = [r for text, r in results.items() if "2.2" in text]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered"), result.explanation
    assert "Carbon" not in result.explanation and "Population" in result.explanation


def test_a_place_one_series_of_the_named_measure_covers_is_not_uncovered() -> None:
    # 'carbon dioxide' names the national emissions (with Poland's rows) and a station's concentration (no
    # country): the station's series lacking Poland does not make Poland not covered
    body = ("Wydzielanie dwutlenku węgla ze spalania paliw kopalnych w krajach Unii spadło w 2018 roku.\n\n"
            "Polska z wynikiem plus 4,1 proc. zamyka tę listę.")
    packages = [wild_package("co2-fossil-by-nation"), wild_package("co2-ppm")]
    [result] = [r for text, r in _results(body, packages).items() if "4,1" in text]
    assert result.reason != "place_not_covered", result.explanation


@pytest.fixture(scope="module")
def deflator_and_gdp(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Inflation by the GDP deflator for two European countries (its title names 'GDP' only to say whose prices),
    and GDP in dollars for Kazakhstan alone."""
    root = tmp_path_factory.mktemp("deflator_and_gdp")
    deflator = {("Italy", 2021): 1.4, ("Spain", 2021): 2.3, ("Italy", 2022): 3.0, ("Spain", 2022): 4.1}
    return [publisher_package(root / "deflator", "deflator", "Annual inflation by GDP deflator", "Inflation",
                              deflator, resource="inflation-gdp"),
            publisher_package(root / "gdp", "gdp", "GDP (current US$)", "GDP", {("Kazakhstan", 2021): 197.1e9})]


@pytest.mark.parametrize(("body", "claim"), [
    ("Output per head, measured as gross domestic product per capita, reached 96 percent of the European "
     "Union average in Italy in 2021. Spain, for its part, came in at 84 percent.", "84 percent"),
    ("Eurostat compares each member's GDP per capita with the bloc's mean. In 2021 Spain stood at 84% of "
     "that mean.", "84%"),
])
def test_a_percent_after_gdp_per_head_is_not_weighed_against_the_deflator(deflator_and_gdp: list[Path],
                                                                          body: str, claim: str) -> None:
    # 'GDP' of the text before names the GDP series, which has no row for Spain: another series the data does
    # not hold, not a weak match of the deflator's inflation 36 times off
    result = _results(body, deflator_and_gdp)[claim]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered"), result.explanation
    assert "inflation" not in result.explanation.casefold(), result.explanation


def test_inflation_named_before_is_still_the_deflators(deflator_and_gdp: list[Path]) -> None:
    # a bare percent after text naming inflation by the deflator stays that series' to review
    body = ("Inflation in Italy, by the GDP deflator, ended 2023 below the ceiling. The index had exceeded the "
            "upper limit of the target in the two previous years, in 2022 (9.5%) and 2021 (3.2%).")
    result = _results(body, deflator_and_gdp)["9.5%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].resource == "inflation-gdp", result.explanation


@pytest.fixture(scope="module")
def with_output(tmp_path_factory: pytest.TempPathFactory, packages: list[Path]) -> list[Path]:
    """The prices package beside a GDP one holding another country only (as a publisher's two-country extract)."""
    root = tmp_path_factory.mktemp("output")
    return [packages[0], publisher_package(root / "output", "output", "GDP (current US$)", "GDP",
                                           {("Kazakhstan", 2022): 2.25e11})]


@pytest.mark.parametrize(("claim", "place", "value"), [("11.6%", "Chile", 11.6), ("9%", "Kenya", 7.7)])
def test_a_place_the_picked_series_lacks_but_the_measure_before_holds_is_reviewed(
        with_output: list[Path], claim: str, place: str, value: float) -> None:
    """'economies' picks GDP, which has no row for Chile or Kenya; the question just before names consumer
    prices, which has both: the figures may be theirs, so a person decides, shown the prices row — never
    'nothing can confirm or refute it'."""
    body = ("Which countries saw the steepest inflation in 2022? High on the list are the troubled economies "
            "of Chile (11.6%) and Kenya (9%).")
    result = _results(body, with_output)[claim]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "place_in_measure_before"), result.explanation
    lead = result.evidence[0]
    assert (lead.resource, lead.dimensions["Country"], lead.period, lead.value) == ("prices", place, "2022", value)
    assert "GDP (current US$)" in result.explanation and "a person should decide" in result.explanation


@pytest.mark.parametrize("body", [
    "Inflation in Chile eased in 2022. The economy of Chile grew 2.4% in 2022.",  # a change its sentence states
    # a place neither series holds: nothing judges it
    "Inflation in Chile eased in 2022. The economy of Peru stood at 2.4% of the region's output in 2022.",
])
def test_a_stated_change_or_a_place_no_measure_before_holds_stays_not_covered(with_output: list[Path],
                                                                              body: str) -> None:
    result = _results(body, with_output)["2.4%"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered"), result.explanation


@pytest.mark.parametrize(("body", "claim", "place"), [
    ("De inflatie is vorig jaar uitgekomen op 8,3 procent. Dat betekent dat Belgische huishoudens in 2022 "
     "gemiddeld genomen 8,3 procent meer betaalden dan in 2021.", "8,3 procent", "Belgium"),
    ("De inflatie is vorig jaar uitgekomen op 8,4 procent. Dat wil zeggen dat Spaanse gezinnen in 2022 gemiddeld "
     "genomen 8,4 procent meer kwijt waren dan in 2021.", "8,4 procent", "Spain"),
])
def test_a_change_only_average_ties_to_a_co2_mean_is_the_prices_named_before(body: str, claim: str, place: str) -> None:
    """'on average' (Dutch 'gemiddeld') alone picks the CO2 files' 'Mean', which has no country's rows; the
    change the sentence states is of the prices its paragraph names, not of that series: a person decides,
    shown the place's inflation row — never 'nothing can confirm or refute it'."""
    packages = [wild_package("co2-ppm"), wild_package("cpi"), wild_package("inflation")]
    result = _results(body, packages)[claim]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "place_in_measure_before"), result.explanation
    lead = result.evidence[0]
    assert (place in lead.dimensions.values(), lead.period) == (True, "2022"), result.explanation


@pytest.mark.parametrize(("body", "claim", "value"), [
    ("Consumer prices in Kenya rose 7.7% in 2022. Analysts noted this represents a gain of 1.6 percentage points "
     "compared to the 6.1 percent rise recorded in 2021.", "1.6 percentage points", 1.6),
    ("Consumer prices in Chile rose 11.6% in 2022. Economists said this marks an increase of 7.1 percentage "
     "points compared to the 4.5 percent recorded in 2021.", "7.1 percentage points", 7.1),
])
def test_a_change_in_points_of_the_measure_named_before_is_its_difference_not_unmatched(
        packages: list[Path], body: str, claim: str, value: float) -> None:
    """A change in points whose sentence names no measure is the difference of two years of the rate the
    sentence before names: read against that difference (for a person, or pinned by the prices named just
    before) — never 'nothing matches'."""
    result = _results(body, packages)[claim]
    assert result.verdict in (Verdict.needs_review, Verdict.supported), result.explanation
    lead = result.evidence[0]
    assert (lead.resource, lead.period, lead.value) == ("prices", "2022", pytest.approx(value)), result.explanation
    assert [cell.period for cell in lead.cells] == ["2021", "2022"], result.explanation
