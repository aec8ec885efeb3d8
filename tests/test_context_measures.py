"""Which measure a figure speaks of when its sentence does not say ('The highest value was in Chile:
7.9 percent'): the one named farther back (an earlier paragraph, the title, the front matter's
``about:``, the page's address), said in the evidence; with none named anywhere, the series its
place, period and unit pick out, for a person to review — never supported, never a false alarm.

Two publisher-shaped packages of invented figures, both in percent, for the same countries and
years, with different values: a figure read against the wrong one fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import publisher_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.models import ClaimResult, Verdict
from workbench.reference.loader import load_reference

_JOBLESS = {("Chile", 2021): 9.1, ("Chile", 2022): 7.9, ("Kenya", 2021): 5.7, ("Kenya", 2022): 5.6,
            ("Norway", 2022): 3.2}
_PRICES = {("Chile", 2021): 4.5, ("Chile", 2022): 11.6, ("Kenya", 2021): 6.1, ("Kenya", 2022): 7.7,
           ("Norway", 2022): 5.8}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("measures")
    return [publisher_package(root / "jobless", "jobless", "Unemployment rate (% of labour force)", "Unemployment",
                              _JOBLESS),
            publisher_package(root / "prices", "prices", "Inflation, consumer prices (annual %)", "Inflation",
                              _PRICES),
            publisher_package(root / "people", "people", "Population, total", "Population",
                              {("Chile", 2022): 19.6e6, ("Kenya", 2022): 54.0e6})]


def _results(front: str, body: str, packages: list[Path]) -> dict[str, ClaimResult]:
    draft = parse_draft(f"---\ndate: 2023-09-01\n{front}---\n\n{body}\n".encode(), "draft.md")
    report = check_draft(draft, load_reference(packages), Config(root=packages[0].parent, reference=packages))
    return {r.claim.text: r for r in report.results}


_BARE = "The highest value in 2022 was in Chile: 7.9 percent, and the lowest was in Kenya: 5.6 percent."


def test_the_title_names_the_measure_of_a_sentence_that_names_none(packages: list[Path]) -> None:
    results = _results("title: Unemployment in South America and Africa\n", _BARE, packages)
    for claim, country, value in (("7.9 percent", "Chile", 7.9), ("5.6 percent", "Kenya", 5.6)):
        result = results[claim]
        assert result.verdict is Verdict.supported, result.explanation
        lead = result.evidence[0]
        assert (lead.resource, lead.dimensions["Country"], lead.period, lead.value) == ("jobless", country, "2022", value)
        assert "measure 'unemployment' from the title" in (lead.context or "")
        assert "names no measure" in result.explanation


def test_the_page_address_is_the_weakest_source_of_the_measure(packages: list[Path]) -> None:
    results = _results('url: "https://news.example.org/search?topic=inflation&page=2"\n',
                       "In 2022 the figure for Chile was 11.6 percent.", packages)
    result = results["11.6 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "prices"
    assert "from the page's address (url:)" in (result.evidence[0].context or "")


def test_front_matter_about_names_the_measure(packages: list[Path]) -> None:
    results = _results("about: consumer price inflation\n", "In 2022 the figure for Kenya was 7.7 percent.", packages)
    assert results["7.7 percent"].verdict is Verdict.supported
    assert results["7.7 percent"].evidence[0].resource == "prices"


def test_the_nearest_text_naming_a_measure_decides(packages: list[Path]) -> None:
    body = "Inflation rose across the region in 2022.\n\nThe highest value was in Chile: 11.6 percent."
    result = _results("title: Unemployment and prices\n", body, packages)["11.6 percent"]
    assert result.verdict is Verdict.supported and result.evidence[0].resource == "prices"
    assert "from an earlier paragraph" in (result.evidence[0].context or "")


def test_a_period_named_with_no_measure_before_the_figure_is_its_period(packages: list[Path]) -> None:
    body = "The average for 2021 across the region was 6.1 percent.\n\nThe highest value was in Chile: 9.1 percent."
    result = _results("title: Unemployment in the region\n", body, packages)["9.1 percent"]
    assert result.verdict is Verdict.supported
    assert (result.evidence[0].resource, result.evidence[0].period) == ("jobless", "2021")


def test_a_sentence_naming_its_own_measure_keeps_it(packages: list[Path]) -> None:
    # 'literacy' is no series of the data: the title's unemployment is not the figure's measure
    results = _results("title: Unemployment in South America\n",
                       "In 2022 the adult literacy gap in Chile was 7.9 percent.", packages)
    result = results["7.9 percent"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "no_match")
    assert "names no measure" not in result.explanation


def test_a_title_word_that_names_only_part_of_a_series_name_carries_nothing(packages: list[Path]) -> None:
    # 'labour' is a word of the unemployment series' description, not its name
    results = _results("title: Labour in Chile\n", "In 2022 the value for Chile was 7.9 percent.", packages)
    assert (results["7.9 percent"].verdict, results["7.9 percent"].reason) == (Verdict.needs_review, "measure_unnamed")


def test_with_no_measure_anywhere_the_one_series_holding_the_figure_is_for_review(packages: list[Path]) -> None:
    results = _results("", _BARE, packages)
    result = results["7.9 percent"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "measure_unnamed")
    lead = result.evidence[0]
    assert (lead.resource, lead.dimensions["Country"], lead.period) == ("jobless", "Chile", "2022")
    assert "Chile's Unemployment" in result.explanation and "does not name the measure" in result.explanation


def test_with_no_measure_anywhere_a_figure_no_series_holds_is_unsupported(packages: list[Path]) -> None:
    result = _results("", "The highest value in 2022 was in Chile: 30.5 percent.", packages)["30.5 percent"]
    assert result.verdict is Verdict.unsupported


def test_with_no_measure_and_no_place_nothing_is_read(packages: list[Path]) -> None:
    result = _results("", "The highest value in 2022 was 7.9 percent.", packages)["7.9 percent"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "no_match")


def test_a_wrong_measure_carried_from_the_title_is_no_false_alarm(packages: list[Path]) -> None:
    # the title says unemployment; the figure is Chile's inflation: a person decides, the build does not fail
    result = _results("title: Unemployment in Chile\n", "In 2022 the value for Chile was 11.6 percent.",
                      packages)["11.6 percent"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_an_older_figure_of_a_carried_measure_is_no_false_alarm(packages: list[Path]) -> None:
    # no period: the latest year (2022) disagrees and 2021 agrees — stale, were the measure the sentence's own
    result = _results("title: Unemployment in Chile\n", "The highest value was in Chile: 9.1 percent.",
                      packages)["9.1 percent"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "names no measure" in result.explanation


@pytest.mark.parametrize("sentence", ["Chile led the list with 7.9 percent in 2022.",
                                      "In 2022 the rate stood at 7.9 percent in Chile.",
                                      "Chile recorded 7.9 percent in 2022, the highest figure among the countries."])
def test_sentences_made_of_words_that_name_no_measure_take_the_title_s(packages: list[Path], sentence: str) -> None:
    result = _results("title: Unemployment in South America\n", sentence, packages)["7.9 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "jobless"


def test_a_title_naming_a_measure_of_another_kind_carries_nothing(packages: list[Path]) -> None:
    # a percent is no population: the title's measure is not read as the whole a share is taken of
    result = _results("title: Population of Chile\n", _BARE, packages)["7.9 percent"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "measure_unnamed"), result.explanation
    assert result.evidence[0].resource == "jobless" and "from the title" not in result.explanation


@pytest.mark.parametrize("sentence", ["In 2022 unemployment was 7.9 percent in Chile and 5.6 percent in Kenya.",
                                      "In 2022 unemployment in Chile was 7.9 percent and 5.6 percent in Kenya.",
                                      ("In 2022 the highest value was in Chile: 7.9 percent, the lowest in Kenya: "
                                       "5.6 percent.")])
def test_two_figures_each_take_the_place_their_words_lead_into(packages: list[Path], sentence: str) -> None:
    results = _results("title: Unemployment\n", sentence, packages)
    for claim, country in (("7.9 percent", "Chile"), ("5.6 percent", "Kenya")):
        assert results[claim].verdict is Verdict.supported, results[claim].explanation
        assert results[claim].evidence[0].dimensions["Country"] == country


@pytest.mark.parametrize("sentence", ["In Chile the highest reading in 2022 was 7.9 percent in March.",
                                      "Chile stood at 7.9 percent in June 2022, the peak of that year."])
def test_a_month_names_no_measure(packages: list[Path], sentence: str) -> None:
    # a month says when, not what: the title's measure is read, and a month's figure against a year's
    # is for a person to review, never a no-match
    result = _results("title: Unemployment in South America\n", sentence, packages)["7.9 percent"]
    assert result.verdict is Verdict.needs_review, result.explanation
    lead = result.evidence[0]
    assert (lead.resource, lead.dimensions["Country"], lead.period) == ("jobless", "Chile", "2022")
    assert "from the title" in (lead.context or "")


def test_a_clause_naming_no_measure_reads_the_heading_s(packages: list[Path]) -> None:
    # 'after 9.1 percent in 2021' says only when: it speaks of the heading's measure, not of no measure
    body = ("# Unemployment eased in Chile\n\n"
            "On Friday the statistics office said joblessness had come down to 7.9 percent in 2022, after 9.1 percent "
            "in 2021.")
    result = _results("", body, packages)["9.1 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    lead = result.evidence[0]
    assert (lead.resource, lead.dimensions["Country"], lead.period, lead.value) == ("jobless", "Chile", "2021", 9.1)


def test_a_sentence_naming_another_measure_keeps_it_under_a_heading(packages: list[Path]) -> None:
    # the heading says inflation, the sentence unemployment: the elliptic figure is the sentence's measure
    body = "# Inflation and jobs in Chile\n\nUnemployment eased to 7.9 percent in 2022, after 9.1 percent in 2021."
    result = _results("", body, packages)["9.1 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].resource, result.evidence[0].period) == ("jobless", "2021")


def test_an_earlier_sentence_of_the_paragraph_names_the_measure_as_whole_as_an_earlier_paragraph(
        packages: list[Path]) -> None:
    # the measure one sentence back in the same paragraph speaks for the figure at least as strongly
    # as the same sentence one paragraph back, and beats the title's measure
    same = "Consumer prices in Kenya climbed through the decade. The average figure for 2022 was 7.7 percent."
    apart = same.replace(". The", ".\n\nThe")
    for body in (same, apart):
        result = _results("title: Unemployment and prices\n", body, packages)["7.7 percent"]
        assert result.verdict is Verdict.supported, result.explanation
        lead = result.evidence[0]
        assert (lead.resource, lead.dimensions["Country"], lead.period) == ("prices", "Kenya", "2022")
    said = _results("", same, packages)["7.7 percent"]
    assert "from an earlier sentence of the paragraph" in (said.evidence[0].context or ""), said.evidence[0].context
    # a wrong figure is never passed: it is read against the carried measure's row
    wrong = _results("", same.replace("7.7", "9.4"), packages)["9.4 percent"]
    assert wrong.verdict in (Verdict.contradicted, Verdict.needs_review), wrong.explanation
    assert (wrong.evidence[0].resource, wrong.evidence[0].value) == ("prices", 7.7)


def test_the_cost_of_living_takes_the_measure_named_in_an_earlier_paragraph(packages: list[Path]) -> None:
    # 'the cost of living' and the sentence's adverbs name no series of their own: the earlier paragraph's
    # inflation is the figure's measure, not every series that holds Chile's 2022 figure
    body = ("Inflation in Chile eased to 4.2 percent in the twelve months to June 2023, the statistics institute said.\n\n"
            "However, the rise in the cost of living is still relatively low next to its peak 2022 levels, when the "
            "annual figure reached 11.6 percent.")
    result = _results("", body, packages)["11.6 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "prices"
