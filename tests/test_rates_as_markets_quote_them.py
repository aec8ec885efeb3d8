"""Exchange rates as markets quote them: a currency called by its nickname ('the Singdollar', 'the kiwi',
'the greenback', 'the Taiwan dollar' without 'New'), the New Zealand dollar priced in US cents (the
reciprocal of the rows' NZD per US dollar), 'the local currency' for the one currency named before, the
euro at '$1.09' whatever the subject read before it, a rate near parity with no period read the way its
draft's year quotes it, and a day's move written in the quoted currency's units. Each is a day's price or
move against monthly means: for a person (needs_review), never 'no data'. A nickname is never a unit
after a figure ('4,000 Kiwi fans').

Packages shaped like the Federal Reserve's monthly file (units per US dollar); figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package, rates_package

from workbench.extraction import extract
from workbench.drafts import parse_draft
from workbench.models import Verdict

@pytest.fixture()
def rates(tmp_path: Path) -> list[Path]:
    countries = {
        "Singapore": {"2031-01": 1.3100, "2031-02": 1.3200, "2031-03": 1.3300, "2031-04": 1.3400},
        "Taiwan": {"2031-01": 30.10, "2031-02": 30.40, "2031-03": 30.80, "2031-04": 31.20},
        "New Zealand": {"2031-01": 1.6000, "2031-02": 1.6200, "2031-03": 1.6400, "2031-04": 1.6500},
        "Euro": {"2031-01": 0.9100, "2031-02": 0.9150, "2031-03": 0.9200, "2031-04": 0.9180},
        # a franc below parity in the draft's year, far above it in the history before
        "Switzerland": {"1985-01": 2.4000, "1990-01": 1.4000, "1995-01": 1.3000, "2000-01": 1.6000,
                        "2031-01": 0.8600, "2031-02": 0.8650, "2031-03": 0.8700, "2031-04": 0.8720},
    }
    # the year before, as every real series has it: a move is read against a year's rows too
    for rows in countries.values():
        rows.update({f"2030-{month:02d}": rows["2031-01"] for month in range(1, 13)})
    return [monthly_rates_package(tmp_path / "fx", countries)]


def _for_review(result) -> None:  # type: ignore[no-untyped-def]
    assert result.verdict is Verdict.needs_review, (result.verdict, result.reason, result.explanation)


def test_a_nickname_names_the_currency_of_a_days_rate(rates: list[Path]) -> None:
    found = claim_results("The Singdollar ended at 1.3382 to the US dollar on Monday.", rates, "2031-03-17")
    _for_review(found["1.3382"])
    assert found["1.3382"].evidence[0].dimensions["Country"] == "Singapore"


def test_the_greenback_is_the_base_currency(rates: list[Path]) -> None:
    text = "The greenback opened at NT$30.912 and traded in a narrow band before the close."
    found = claim_results(text, rates, "2031-03-17")
    _for_review(found["NT$30.912"])
    assert found["NT$30.912"].evidence[0].dimensions["Country"] == "Taiwan"


def test_a_pair_named_by_nicknames_is_the_currencys_rate_not_the_united_states(rates: list[Path]) -> None:
    found = claim_results("The Singdollar/US dollar exchange rate touched 1.3421 on Friday.", rates, "2031-03-17")
    _for_review(found["1.3421"])
    assert found["1.3421"].evidence[0].dimensions["Country"] == "Singapore"


def test_a_days_move_in_percent_of_a_nicknamed_currency(rates: list[Path]) -> None:
    text = "The Singdollar ended at 1.3382 to the US dollar on Monday, up 0.4 per cent on the day."
    _for_review(claim_results(text, rates, "2031-03-17")["0.4 per cent"])


def test_the_kiwi_in_us_cents_is_the_reciprocal_of_the_rows(rates: list[Path]) -> None:
    found = claim_results("The kiwi slipped to 60.95 US cents in early trade.", rates, "2031-03-17")
    result = found["60.95 US cents"]
    _for_review(result)
    assert result.evidence[0].dimensions["Country"] == "New Zealand"
    assert result.evidence[0].value == pytest.approx(1 / 1.64, rel=1e-3)


def test_the_local_currency_is_the_one_named_in_the_paragraph_before(rates: list[Path]) -> None:
    text = ("The New Zealand dollar weakened after the central bank spoke.\n\n"
            "The local currency was trading at 61.10 US cents at 9am, from 61.40 cents on Friday.")
    _for_review(claim_results(text, rates, "2031-03-17")["61.10 US cents"])


def test_the_euro_in_dollars_is_its_price_whatever_the_subject_read(rates: list[Path]) -> None:
    found = claim_results("The euro was last steady at $1.0885 after two days of gains.", rates, "2031-03-17")
    result = found["$1.0885"]
    _for_review(result)
    assert result.evidence[0].period == "2031-03"


def test_a_rate_near_parity_with_no_period_is_read_as_its_drafts_year_quotes_it(rates: list[Path]) -> None:
    found = claim_results("The Swiss franc edged up 0.2% to 0.8684 per dollar.", rates, "2031-03-17")
    result = found["0.8684"]
    _for_review(result)
    assert result.evidence[0].dimensions["Country"] == "Switzerland"
    assert result.evidence[0].value == pytest.approx(0.87)


@pytest.mark.parametrize("text, figure", [
    ("The U.S. dollar rose against the Taiwan dollar on Tuesday, gaining NT$0.094 to close at NT$30.912.", "NT$0.094"),
    ("The U.S. dollar rose against the Taiwan dollar on Tuesday, gaining 0.094 to close at NT$30.912.", "0.094"),
])
def test_a_days_move_in_the_quoted_currencys_units_is_for_review(rates: list[Path], text: str, figure: str) -> None:
    _for_review(claim_results(text, rates, "2031-03-17")[figure])


def test_a_nickname_after_a_figure_is_no_money() -> None:
    draft = parse_draft(b"---\ndate: 2031-03-17\n---\n\nSome 4,000 Kiwi fans flew in, and 2,500 Aussie fans.\n", "d.md")
    units = {c.text: c.unit for c in extract(draft)}
    assert units and all(unit in ("", None) for unit in units.values()), units



@pytest.fixture(scope="module")
def yearly_rates(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The Federal Reserve's yearly file, figures invented: New Zealand and Australian dollars per US dollar."""
    return [rates_package(tmp_path_factory.mktemp("yearly"), {("New Zealand", 2019): 1.52, ("New Zealand", 2020): 1.60,
                                                                  ("Australia", 2020): 1.45})]


@pytest.mark.parametrize(("text", "claim", "place", "verdict"), [
    # whole cents are a price quoted to the cent, as '0.62' is: the kiwi's 2020 average was 1 / 1.60 = 62.5 cents
    ("The New Zealand dollar averaged 62 US cents in 2020.", "62 US cents", "New Zealand", Verdict.supported),
    ("The New Zealand dollar averaged 70 US cents in 2020.", "70 US cents", "New Zealand", Verdict.contradicted),
    # a forecast of the year's average is no outturn the rows could judge
    ("Economists expect the kiwi to average 70 cents against the US dollar in 2020.", "70 cents", "New Zealand",
     Verdict.needs_review),
    ("Westpac expects the Australian dollar to average 75 US cents in 2020.", "75 US cents", "Australia",
     Verdict.needs_review),
])
def test_a_currency_priced_in_whole_us_cents_is_read_against_the_reciprocal_rows(
        yearly_rates: list[Path], text: str, claim: str, place: str, verdict: Verdict) -> None:
    result = claim_results(text, yearly_rates, None)[claim]
    assert result.verdict is verdict, (result.reason, result.explanation)
    assert result.evidence and result.evidence[0].dimensions["Country"] == place, result.explanation
    assert result.evidence[0].period == "2020", result.explanation
