"""How newsrooms write what the data files spell or count differently: typographic apostrophes and
diacritics against a file's ASCII names, fiscal years and trailing twelve months against calendar
years, figures with no year. Sentences and figures are invented; the packages are publisher-shaped
(tests/package_support.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from package_support import claim_results, publisher_package
from workbench.gazetteer import Gazetteer

RATES = {("Cote d'Ivoire", 2021): 4.2, ("Cote d'Ivoire", 2022): 5.1, ("Sao Tome and Principe", 2021): 8.1,
         ("Peru", 2021): 4.0, ("Peru", 2022): 7.9, ("Bangladesh", 2011): 11.0, ("Bangladesh", 2012): 6.0,
         ("Bangladesh", 2022): 7.7, ("Bangladesh", 2023): 9.9, ("Guatemala", 2019): 3.7, ("Guatemala", 2020): 3.2}
WORDS = "Inflation, consumer prices (annual %)"


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "cpi", "cpi", "Consumer prices", "Inflation", RATES, description=WORDS)


@pytest.mark.parametrize("surface", ["Côte d’Ivoire", "Cote d'Ivoire", "Côte d'Ivoire", "Cote d’Ivoire",
                                     "Ivory Coast", "Ivorian"])
def test_a_name_is_found_however_its_apostrophe_and_accents_are_typed(surface: str) -> None:
    assert Gazetteer.default().entities(f"Prices rose in {surface} last year.") != []


def test_a_typographic_apostrophe_meets_the_files_ascii_spelling(cpi: Path) -> None:
    results = claim_results("Consumer prices in Côte d’Ivoire rose 4.2% in 2021, and 5.1% in 2022.", [cpi])
    assert results["4.2%"].verdict == "supported"
    assert results["4.2%"].evidence[0].dimensions.get("Country") == "Cote d'Ivoire"
    assert results["5.1%"].verdict == "supported"


@pytest.mark.parametrize("sentence", [
    "Bangladesh's average inflation in FY2022/23 was 7.7 per cent, the statistics bureau said.",
    "Bangladesh's inflation averaged 7.7 percent in the 2022-23 fiscal year.",
    "In fiscal 2011-12 the average inflation rate in Bangladesh was 8.8 percent.",
    "According to the bureau, Bangladesh's average inflation in the FY 12 stood at 8.8 per cent.",
])
def test_a_fiscal_year_is_never_judged_by_a_calendar_year(cpi: Path, sentence: str) -> None:
    (result,) = claim_results(sentence, [cpi], date="2024-01-10").values()
    assert result.verdict == "needs_review" and result.reason == "different_period"
    assert "fiscal year" in result.explanation


def test_twelve_months_to_a_month_date_only_their_own_figure(cpi: Path) -> None:
    results = claim_results("Guatemala's average inflation for 2020 came in at 3.2%, down from 3.5% in the "
                            "twelve months to October.", [cpi], date="2021-06-01")
    assert results["3.2%"].verdict == "supported"
    assert results["3.5%"].verdict == "needs_review" and "November 2019–October 2020" in results["3.5%"].explanation
    december = claim_results("Guatemala's inflation averaged 3.7% in the 12 months to December 2019.", [cpi])
    assert december["3.7%"].verdict == "supported"  # twelve months to December are the calendar year


def test_a_figure_with_no_year_is_not_judged_by_a_row_years_older_than_the_text(tmp_path: Path) -> None:
    # the file ends in 2020 (last updated then); a text of 2024 may speak of any year up to 2023
    co2 = publisher_package(tmp_path / "co2", "co2", "CO2 emissions per capita", "CO2 per capita (t)",
                            {("Peru", 2019): 1.9, ("Peru", 2020): 1.7, ("Chile", 2020): 4.0},
                            description="CO2 emissions (metric tons per capita)")
    sentence = "Peru came 47th in the ranking, emitting 2.1 tons per capita of carbon dioxide."
    late = claim_results(sentence, [co2], date="2024-03-01")["2.1 tons"]
    assert late.verdict == "needs_review" and "names no year" in late.explanation
    assert late.evidence[0].period == "2020"
    timely = claim_results(sentence, [co2], date="2021-06-01")["2.1 tons"]
    assert timely.verdict == "contradicted"  # 2020 is the year a text of mid-2021 speaks of
    dated = claim_results("Peru came 47th in the ranking, emitting 2.1 tons per capita of carbon dioxide in 2020.", [co2],
                          date="2024-03-01")["2.1 tons"]
    assert dated.verdict == "contradicted"


def test_a_series_named_by_average_alone_that_lacks_the_place_raises_no_alarm(tmp_path: Path, cpi: Path) -> None:
    station = publisher_package(tmp_path / "station", "station", "Station readings", "Mean",
                                {("Norway", 2020): 9.9, ("Norway", 2021): 10.1}, description="Mean reading (%)")
    results = claim_results("The average value for Peru during that period was 9.9 percent.", [cpi, station])
    result = results["9.9 percent"]
    assert result.verdict == "needs_review" and "Nothing names the measure" in result.explanation
    named = claim_results("The average inflation rate for Peru in 2021 was 9.9 percent.", [cpi, station])
    assert named["9.9 percent"].verdict == "contradicted"  # the text names its measure: judged as usual


@pytest.mark.parametrize("description", ["the South American country", "the Latin American nation",
                                         "the South American economy"])
def test_a_regions_adjective_before_country_carries_the_place_named_before(cpi: Path, description: str) -> None:
    results = claim_results(f"Peru's central bank met on Thursday.\n\nIn 2021, {description} recorded "
                            f"inflation of 4.0%, the statistics office said.", [cpi], date="2022-06-01")
    assert results["4.0%"].verdict == "supported"
    assert results["4.0%"].evidence[0].dimensions.get("Country") == "Peru"


def test_a_countrys_own_adjective_before_economy_is_that_country(cpi: Path) -> None:
    results = claim_results("Peru's central bank met on Thursday.\n\nIn 2022 inflation in the Bangladeshi economy "
                            "was 7.7%.", [cpi], date="2023-06-01")
    assert results["7.7%"].verdict == "supported"  # Bangladesh's 2022 row, not Peru's 7.9
    assert results["7.7%"].evidence[0].dimensions.get("Country") == "Bangladesh"


def test_a_semicolon_list_after_a_colon_pairs_each_name_with_its_own_figure(cpi: Path) -> None:
    results = claim_results("Prices rose fastest in three of the 20 economies surveyed: Peru, 7.9 percent in 2022; "
                            "Bangladesh, 7.7 percent; and Guatemala, 3.2 percent in 2020.", [cpi])
    assert {text: r.evidence[0].dimensions.get("Country") for text, r in results.items() if r.evidence} == \
        {"7.9 percent": "Peru", "7.7 percent": "Bangladesh", "3.2 percent": "Guatemala"}
    assert all(r.verdict == "supported" for text, r in results.items() if "percent" in text)


def test_the_from_and_to_levels_of_a_change_over_a_span_are_its_end_years(tmp_path: Path) -> None:
    co2 = publisher_package(tmp_path / "co2", "co2", "CO2 emissions", "CO2 emissions (kt)",
                            {("Chile", 1995): 9_100, ("Chile", 2000): 12_400, ("Chile", 2010): 19_800},
                            description="CO2 emissions (kt)")
    results = claim_results("Chile's CO2 emissions grew 118 percent, from 9.1 million tonnes to 19.8 million "
                            "tonnes, between 1995 and 2010.", [co2])
    assert results["9.1 million tonnes"].verdict == "supported"
    assert results["9.1 million tonnes"].evidence[0].period == "1995"
    assert results["19.8 million tonnes"].verdict == "supported"
    assert results["19.8 million tonnes"].evidence[0].period == "2010"


@pytest.mark.parametrize("wording", ["to a dollar", "to one dollar", "against a dollar"])
def test_a_rate_quoted_to_a_dollar_is_an_exchange_rate(tmp_path: Path, wording: str) -> None:
    fx = publisher_package(tmp_path / "fx", "fx", "Exchange rates", "Exchange rate",
                           {("India", 2021): 73.92, ("India", 2022): 78.60},
                           description="Official exchange rate (local currency units per US dollar, period average)")
    results = claim_results(f"India's rupee weakened last month.\n\nThe rupee averaged 78.60 {wording} in 2022.", [fx])
    assert results["78.60"].verdict == "supported", results["78.60"].explanation


def test_an_undated_figure_far_from_any_plausible_year_stays_contradicted(tmp_path: Path) -> None:
    co2 = publisher_package(tmp_path / "co2", "co2", "CO2 emissions per capita", "CO2 per capita (t)",
                            {("Peru", 2019): 1.9, ("Peru", 2020): 1.7}, description="CO2 emissions (metric tons per capita)")
    result = claim_results("Peru emits 6.5 tons of carbon dioxide per capita.", [co2], date="2024-03-01")["6.5 tons"]
    assert result.verdict == "contradicted"


def test_data_named_in_the_sentence_before_names_no_measure(tmp_path: Path, cpi: Path) -> None:
    # the station file's description says 'data': a word the lexicon counts as naming no measure
    station = publisher_package(tmp_path / "station", "station", "Station data", "Mean",
                                {("Norway", 2020): 9.9, ("Norway", 2021): 10.1},
                                description="Mean reading (%) of the station data")
    text = ("For this indicator, we hold data for Peru from 2015 to 2022. "
            "The average value for Peru during that period was 9.9 percent.")
    result = claim_results(text, [cpi, station])["9.9 percent"]
    assert result.verdict == "needs_review" and "Nothing names the measure" in result.explanation


def test_a_money_series_that_lacks_the_place_still_leaves_the_figure_unsupported(tmp_path: Path) -> None:
    # reached by the figure's currency, not by 'average': the data's own answer that it has no such figure
    income = publisher_package(tmp_path / "income", "income", "Income", "Income (current US$)",
                               {("Norway", 2021): 89000.0, ("Norway", 2022): 92000.0},
                               description="Income per person (current US$)")
    text = "For this indicator, we hold data for Peru. Last year, its average level in Peru was 12.3 thousand US dollars."
    result = claim_results(text, [income])["12.3 thousand US dollars"]
    assert result.verdict == "unsupported"


def test_during_that_period_names_when_not_what(tmp_path: Path, cpi: Path) -> None:
    jobless = publisher_package(tmp_path / "jobless", "jobless", "Unemployment", "Unemployment",
                                {("Peru", 2021): 7.9, ("Peru", 2022): 7.8}, description="Unemployment (% of labour force)")
    text = ("# Inflation in Peru\n\nFor this indicator, we hold data for Peru from 2021 to 2022. "
            "The highest value for Peru during that period was 7.9 percent in 2022.")
    result = claim_results(text, [cpi, jobless])["7.9 percent"]
    assert result.verdict == "supported" and "measure 'inflation'" in result.explanation
    assert result.evidence[0].period == "2022"


@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_a_rate_takes_the_currency_the_sentence_before_names_in_or_out_of_its_paragraph(tmp_path: Path, gap: str) -> None:
    fx = publisher_package(tmp_path / "fx", "fx", "Exchange rates", "Exchange rate",
                           {("India", 2021): 73.92, ("India", 2022): 78.60},
                           description="Official exchange rate (local currency units per US dollar, period average)")
    text = f"The rupee lost ground through 2022, traders said.{gap}It averaged 78.60 to a dollar over 2022."
    assert claim_results(text, [fx])["78.60"].verdict == "supported"
    assert claim_results(text.replace("78.60", "71.15"), [fx])["71.15"].verdict == "contradicted"



@pytest.mark.parametrize("lead", ["approximately ", "close to ", "an estimated ", "only "])
def test_a_qualified_span_end_is_still_that_ends_year(tmp_path: Path, lead: str) -> None:
    co2 = publisher_package(tmp_path / "co2", "co2", "CO2 emissions", "CO2 emissions (kt)",
                            {("Peru", 1998): 24_600, ("Peru", 2004): 30_200, ("Peru", 2012): 51_700},
                            description="CO2 emissions (kt)")
    results = claim_results(f"Peru's CO2 emissions doubled, from {lead}24.6 million tonnes to {lead}51.7 million "
                            "tonnes, between 1998 and 2012.", [co2])
    assert results["24.6 million tonnes"].verdict == "supported"
    assert results["24.6 million tonnes"].evidence[0].period == "1998"
    assert results["51.7 million tonnes"].verdict == "supported"
    assert results["51.7 million tonnes"].evidence[0].period == "2012"


@pytest.mark.parametrize("start, end", [("USD 24.6 billion", "USD 51.7 billion"), ("USD 24.6 billion", "about USD 51.7 billion")])
def test_a_span_end_written_with_its_currency_code_before_it_is_that_ends_year(tmp_path: Path, start: str,
                                                                              end: str) -> None:
    gdp = publisher_package(tmp_path / "gdp", "gdp", "GDP", "GDP (current US$)",
                            {("Peru", 1998): 24.6e9, ("Peru", 2004): 30.2e9, ("Peru", 2012): 51.7e9},
                            description="GDP (current US$)")
    results = claim_results(f"Peru's GDP doubled, from {start} to {end}, between 1998 and 2012.", [gdp])
    assert results["USD 24.6 billion"].evidence[0].period == "1998"
    assert results["USD 51.7 billion"].evidence[0].period == "2012"
    assert results["USD 24.6 billion"].verdict == results["USD 51.7 billion"].verdict == "supported"
