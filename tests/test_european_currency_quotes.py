"""Exchange rates as European papers write them. Swiss German copy abbreviates the franc 'Fr.' after a figure ('ein
Dollar galt im Mittel 0,93 Fr.'): that is francs, judged against the franc's rows as '0.93 francs' is. A level the
dollar fell below in a month ('sank im März sogar unter einen Franken', 'fell below one franc') is a day's price
that the month's mean neither confirms nor refutes (needs_review). A figure quoted per a hundred units of another
currency ('11,50 USD/100 NOK') is a layout the rows, which price one unit, do not hold: a person decides, it is never
'nothing matches'. Norwegian and Swedish rate sentences are read through their words ('sterk', 'backat').

Packages shaped as the Federal Reserve's monthly and yearly files; every figure invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, module_package, monthly_rates_package, rates_package

from workbench.languages import unknown_words
from workbench.models import Verdict

franc = module_package(monthly_rates_package, "Switzerland", {"2031-02": 1.02, "2031-03": 1.03, "2031-05": 0.93})


def _yearly_krone(folder: Path) -> Path:
    return rates_package(folder, {("Norway", 2029): 8.70, ("Norway", 2030): 8.90})


krone = module_package(_yearly_krone)


def test_a_german_fr_after_a_figure_is_francs_per_dollar(franc: Path) -> None:
    result = claim_results("Im Mai 2031 galt ein Dollar im Mittel 0,93 Fr.", [franc], "2031-07-01")["0,93 Fr"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence and result.evidence[0].period == "2031-05", result.evidence


def test_a_german_fr_that_misses_the_month_is_contradicted(franc: Path) -> None:
    result = claim_results("Im Mai 2031 galt ein Dollar im Mittel 1,14 Fr.", [franc], "2031-07-01")["1,14 Fr"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence and result.evidence[0].period == "2031-05", result.evidence


def test_a_level_the_dollar_fell_below_in_german_is_a_days_price(franc: Path) -> None:
    text = "Der Dollar verlor an Wert und sein Kurs sank im März 2031 sogar unter einen Franken (0,97 Fr.)."
    result = claim_results(text, [franc], "2031-07-01")["0,97 Fr"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_level_the_dollar_fell_below_in_english_is_a_days_price(franc: Path) -> None:
    text = "In February 2031 the dollar fell below one franc for the first time, trading at 0.97 francs."
    result = claim_results(text, [franc], "2031-07-01")["0.97 francs"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_rate_per_hundred_units_of_another_currency_is_for_review(krone: Path) -> None:
    text = "In 2030 the Norwegian krone stood at 11,50 USD/100 NOK."
    results = claim_results(text, [krone], "2031-07-01")
    result = next(r for surface, r in results.items() if surface.startswith("11,50"))
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "per many units of another currency" in result.explanation


def test_a_rate_per_one_unit_is_still_judged(krone: Path) -> None:
    result = claim_results("In 2030 the Norwegian krone stood at 0.1124 USD per NOK.", [krone], "2031-07-01")
    judged = next(r for surface, r in result.items() if surface.startswith("0.1124"))
    assert judged.verdict is Verdict.supported, judged.explanation


def test_nordic_rate_sentences_are_read_through_their_words() -> None:
    assert unknown_words("I 2030 var kronen sterk, og i dag er den tilbake der den var ved nyttår.", "no") == []
    assert unknown_words("När man jämför med andra valutor har dollarn backat, rapporterar Riksbanken.", "sv") == []
    assert unknown_words("Den føles dyrt, hvis du husker kursen.", "da") == []
