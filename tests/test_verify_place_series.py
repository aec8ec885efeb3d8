"""A place whose own inflation is another series than a headline series' row of it
(``place_series_qualifiers``): the EU's and the euro area's inflation is Eurostat's harmonised index,
of a month, a year or a flash estimate, while a World Bank-style row for them aggregates national
CPIs. Such a figure is other_series (unsupported) whatever period it speaks of, not a different period
of the row; a country's figure stays judged by its own row.

Packages are publisher-shaped (World Bank layout, no ``workbench`` block), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI, claim_results, cpi_package

from workbench.config import Tolerances
from workbench.models import Verdict

OTHER_SERIES = (Verdict.unsupported, "other_series")


@pytest.fixture
def cpi_with_blocs(tmp_path: Path) -> Path:
    rows = {**CPI, ("European Union", 2021): 2.9, ("European Union", 2022): 8.1,
            ("Euro area", 2021): 2.6, ("Euro area", 2022): 8.0}
    return cpi_package(tmp_path / "cpi", rows)


def test_a_blocs_months_rate_is_another_series_not_another_period(cpi_with_blocs: Path) -> None:
    found = claim_results("Consumer price inflation in the euro area eased to 9.6% in November.", [cpi_with_blocs])
    result = found["9.6%"]
    assert (result.verdict, result.reason) == OTHER_SERIES, result.explanation
    assert "harmonised" in result.explanation and not result.evidence
    # a country's month is another period of its own row, for a person to weigh
    norway = claim_results("Consumer price inflation in Norway eased to 6.6% in November.", [cpi_with_blocs])["6.6%"]
    assert (norway.verdict, norway.reason) == (Verdict.needs_review, "different_period")


def test_a_blocs_flash_estimate_beside_the_month_before_is_another_series(cpi_with_blocs: Path) -> None:
    found = claim_results("According to the statistics office's flash estimate, annual inflation in the European "
                          "Union fell to 9.9% in December from 10.7% in November.", [cpi_with_blocs], date="2023-01-10")
    assert [(found[f].verdict, found[f].reason) for f in ("9.9%", "10.7%")] == [OTHER_SERIES] * 2


def test_an_undated_blocs_month_is_another_series_in_any_year(cpi_with_blocs: Path) -> None:
    # the run date's year is a guess, but no year has the bloc's own series: nothing for a person to date
    eu = claim_results("The EU inflation rate stood at 7.4% in March.", [cpi_with_blocs], date=None)["7.4%"]
    assert (eu.verdict, eu.reason) == OTHER_SERIES, eu.explanation


def test_a_blocs_month_whose_measure_an_earlier_sentence_names_is_another_series(cpi_with_blocs: Path) -> None:
    # 'it was 9.1%' names no measure itself: inflation comes from the sentence before, as a reader takes it
    found = claim_results("Across the EU, annual inflation was 9.8% in October. In the euro area it was 9.1%.",
                          [cpi_with_blocs], date=None)
    assert (found["9.1%"].verdict, found["9.1%"].reason) == OTHER_SERIES, found["9.1%"].explanation


def test_a_blocs_earlier_year_whose_measure_and_place_the_sentence_before_names_is_another_series(
        cpi_with_blocs: Path) -> None:
    # Japanese: 'In 2022 the EU's annual inflation rate reached 9.2 %, a record. 2021's annual value was 2.6 %, …':
    # the second sentence names no measure the checker reads, so the measure and the bloc are carried from the
    # first — and the bloc's inflation is its harmonised index, which its aggregate row (2.9 in 2021) cannot judge
    found = claim_results("2022年には、EUの年間インフレ率が9.2%に達し、過去最高となりました。"
                          "2021年の年間値は2.6%で、その3倍以上です。", [cpi_with_blocs])["2.6%"]
    assert (found.verdict, found.reason) == OTHER_SERIES, found.explanation


def test_bare_prices_of_a_bloc_are_its_harmonised_index(cpi_with_blocs: Path) -> None:
    # 'prices' with nothing but the bloc's name before them name the headline measure, which for the bloc is
    # the harmonised index: the aggregate row of national CPIs neither refutes the figure nor is another period of it
    found = claim_results("In 2022 EU prices rose by 9.6% on average, and euro area prices by 9.0%.", [cpi_with_blocs])
    for figure in ("9.6%", "9.0%"):
        assert (found[figure].verdict, found[figure].reason) == OTHER_SERIES, found[figure].explanation
    # a component's prices are no headline measure, of a bloc or of a country
    food = claim_results("In 2022 EU food prices rose by 15.1% on average.", [cpi_with_blocs])["15.1%"]
    assert food.reason != "other_series" or "harmonised" not in food.explanation, food.explanation


def test_without_the_newsrooms_list_the_blocs_row_is_another_period(cpi_with_blocs: Path) -> None:
    plain = claim_results("Consumer price inflation in the euro area eased to 9.6% in November.", [cpi_with_blocs],
                          tolerances=Tolerances(place_series_qualifiers={}))["9.6%"]
    assert (plain.verdict, plain.reason) == (Verdict.needs_review, "different_period")
    assert plain.evidence[0].value == 8.0


def test_a_blocs_yearly_rate_the_row_gives_stays_supported(cpi_with_blocs: Path) -> None:
    # agreeing with the aggregate of national CPIs, the figure is most likely that aggregate, quoted
    eu = claim_results("In 2022, inflation in the European Union averaged 8.1%.", [cpi_with_blocs])["8.1%"]
    assert eu.verdict is Verdict.supported and eu.evidence[0].value == 8.1


# A country's figure the paragraph names as the harmonised index (``series_variant_names``).

def test_a_countrys_rate_named_hicp_in_its_sentence_is_another_series(cpi: Path) -> None:
    found = claim_results("Chile's HICP inflation reached 11.9% in 2022.", [cpi])["11.9%"]
    assert (found.verdict, found.reason) == OTHER_SERIES and "HICP" in found.explanation
    # the index named of the other figure of the sentence leaves this one to its own row
    pair = claim_results("Chile's consumer price index rose 11.6% in 2022, while the HICP rose 12.4%.", [cpi])
    assert pair["11.6%"].verdict is Verdict.supported and pair["12.4%"].reason == "other_series"


def test_the_index_named_in_the_next_or_previous_sentence_makes_the_figure_its_own(cpi: Path) -> None:
    after = claim_results("Norwegian inflation averaged 6.3% in 2022. These are figures of the harmonised "
                          "index of consumer prices.", [cpi])["6.3%"]
    assert (after.verdict, after.reason) == OTHER_SERIES, after.explanation
    before = claim_results("The agency's release covers the HICP only. Norwegian inflation averaged 6.3% in 2022.",
                           [cpi])["6.3%"]
    assert (before.verdict, before.reason) == OTHER_SERIES, before.explanation
    # a sentence naming its own series ('the consumer price index') is judged by it
    own = claim_results("The agency's release covers the HICP as well. Norway's consumer price index averaged 6.3% "
                        "in 2022.", [cpi])["6.3%"]
    assert own.verdict is Verdict.contradicted and own.evidence[0].value == 5.8
    # an index named in another paragraph is no word on this figure
    apart = claim_results("The agency's release covers the HICP only.\n\nNorwegian inflation averaged 6.3% in 2022.",
                          [cpi])["6.3%"]
    assert apart.verdict is Verdict.contradicted


def test_a_sentence_giving_both_indexes_leaves_the_neighbours_variant_to_the_figure_it_names(cpi: Path) -> None:
    # the sentence before names the harmonised index; the claim's sentence gives two figures, one of them
    # named as the national CPI's: that one is the CPI's row, the other, naming no index, the HICP's
    both = claim_results("By the harmonised index, Norway's annual inflation was 0.4 points higher. Inflation "
                         "averaged 6.2% that year, by the consumer price index 5.8%.", [cpi], "2023-03-01")
    assert both["5.8%"].reason != "other_series", both["5.8%"].explanation
    assert (both["6.2%"].verdict, both["6.2%"].reason) == OTHER_SERIES, both["6.2%"].explanation


def test_an_undated_months_basis_stays_for_review_a_variant_does_not(cpi: Path) -> None:
    # a basis speaks of the period ('annualised … in March'): with the year a guess, a person decides
    basis = claim_results("Norway's consumer prices rose 6.1% on an annualised basis in March.", [cpi], date=None)
    assert basis["6.1%"].verdict is Verdict.needs_review, basis["6.1%"].explanation
    # the harmonised index is absent in every year: no reading of the year finds it
    variant = claim_results("Norway's HICP inflation was 6.1% in March.", [cpi], date=None)["6.1%"]
    assert (variant.verdict, variant.reason) == OTHER_SERIES, variant.explanation


def test_a_regional_harmonised_index_abbreviated_hcpi_in_the_sentence_before_is_another_series(cpi: Path) -> None:
    # a customs union's harmonised index (HCPI), named only in the sentence that introduces a list of rates
    listed = claim_results("Member states reporting to the bloc's HCPI recorded these inflation rates in March 2022 "
                           "compared to March 2021: Chile 9.4%; Norway 4.5%.", [cpi])
    for figure in ("9.4%", "4.5%"):
        assert (listed[figure].verdict, listed[figure].reason) == OTHER_SERIES, listed[figure].explanation
        assert "HCPI" in listed[figure].explanation
    # without the index's name the same month is another period of the country's own row
    plain = claim_results("Statistics offices recorded these inflation rates in March 2022 compared to March 2021: "
                          "Chile 9.4%; Norway 4.5%.", [cpi])["4.5%"]
    assert plain.verdict is Verdict.needs_review, plain.explanation


def test_a_blocs_month_whose_years_row_came_out_after_the_draft_is_another_series(cpi_with_blocs: Path) -> None:
    # the 2022 row is published after a December 2022 story, and 2021's row happens to hold the figure: no
    # older figure of the writer's gone out of date, for the bloc's rows are no measure of its harmonised rate
    eu = claim_results("This year inflation in the European Union averaged 2.9%, the agency said.",
                       [cpi_with_blocs], date="2022-12-15")["2.9%"]
    assert (eu.verdict, eu.reason) == OTHER_SERIES, eu.explanation
