"""A krona or krone rate of one day in Scandinavian copy — 'just nu' (right now), 'i tisdags' (last Tuesday),
a record low ('rekordlåga nivån'), a level the dollar 'passerte' (crossed) — is one moment's price: a month's
or a year's mean neither confirms nor refutes it (needs_review). A month named in the other clause of a
'men' (but) sentence is that clause's period, not the figure's; a season after 'since' ('sedan våren 2029',
'since early 2029') is where a comparison starts, not the figure's period. A rate whose sentence speaks of
'inflationary pressure' is read against the inflation rows, not 'nothing matches'. Invented figures in
packages shaped as the Federal Reserve's and the World Bank's."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, monthly_rates_package

from workbench.models import Verdict


@pytest.fixture()
def krona(tmp_path: Path) -> Path:
    months = {"2029-04": 10.60, "2029-10": 10.40, "2031-03": 9.80, "2031-05": 9.30, "2031-06": 9.06}
    return monthly_rates_package(tmp_path / "fx", "Sweden", months)


def test_right_now_is_not_the_month_of_the_other_clause(krona: Path) -> None:
    text = "Just nu kostar en dollar 9,05 kronor men i mars var kronan svagare och låg på 9,90 kronor mot dollarn."
    result = claim_results(text, [krona], "2031-06-10")["9,05 kronor"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].period == "2031-06", result.evidence


def test_last_tuesday_since_a_season_is_no_period_of_the_figure(krona: Path) -> None:
    text = "Kronan har stärkts och noterades på 9,05 SEK per dollar i tisdags – den starkaste nivån sedan hösten 2029."
    result = claim_results(text, [krona], "2031-06-10")["9,05 SEK"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].period == "2031-06", result.evidence


def test_since_early_a_year_in_english_is_a_baseline(krona: Path) -> None:
    text = "The Swedish krona traded at 9.05 SEK per dollar, its strongest level since early 2029."
    result = claim_results(text, [krona], "2031-06-10")["9.05 SEK"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert all(e.period and not e.period.startswith("2029") for e in result.evidence[:1]), result.evidence


def test_a_record_low_of_a_month_is_a_days_price(krona: Path) -> None:
    text = "I mars 2031 var kronan svag och låg på den rekordlåga nivån 10,40 kronor mot dollarn."
    result = claim_results(text, [krona], "2031-06-10")["10,40 kronor"]
    assert result.verdict is Verdict.needs_review and result.reason == "day_price", result.explanation


def test_a_month_the_rate_averaged_is_still_judged(krona: Path) -> None:
    result = claim_results("I mars 2031 kostade en dollar i genomsnitt 10,40 kronor.", [krona], "2031-06-10")["10,40 kronor"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_level_the_dollar_crossed_in_norwegian_is_for_review(krona: Path) -> None:
    text = "Like før klokka 10 passerte den amerikanske dollaren over 12 kroner."
    results = claim_results(text, [krona], "2031-06-10")
    assert results and all(r.verdict is Verdict.needs_review for r in results.values()), \
        [(r.claim.text, r.verdict, r.explanation) for r in results.values()]


def test_a_rate_beside_inflationary_pressure_is_read_as_inflation(tmp_path: Path) -> None:
    text = ("Weak demand kept inflationary pressure low in Chile, with the rate easing marginally to 4.1% in "
            "December 2021, after the 4.3% recorded in November.")
    results = claim_results(text, [cpi_package(tmp_path / "cpi")], "2022-01-20")
    for figure in ("4.1%", "4.3%"):
        assert results[figure].verdict is Verdict.needs_review, results[figure].explanation
        assert results[figure].evidence[0].period == "2021", results[figure].evidence
