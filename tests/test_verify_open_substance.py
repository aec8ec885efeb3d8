"""Masses whose text does not say what they are a mass of, signed changes, and support from an old row
in an undated text with no year.

The package is test_units_measures' invented national emissions table (thousand tonnes of carbon,
per capita in tonnes of carbon); the sentences are written here.
"""

from __future__ import annotations

from pathlib import Path

from test_matching import check_text
from test_units_measures import TABLE, one, package

from extraction_helpers import claims_in
from workbench.models import Direction, Kind, Verdict

__all__ = ["package"]


def test_tons_with_no_substance_are_read_as_co2_when_carbon_does_not_fit(package: Path) -> None:
    # France 2011: 1.5 t of carbon per person = 5.5 t of CO2
    co2 = one("In 2011, France's per capita emissions came to about 5.5 tons.", package, "5.5 tons")
    assert co2.verdict is Verdict.supported, co2.explanation
    assert co2.evidence[0].resource == f"{TABLE}:per-capita" and "3.664" in co2.explanation
    # agreeing only as carbon, not as the CO2 news counts in: both readings, for a person
    carbon = one("In 2011, France's per capita emissions came to about 1.5 tons.", package, "1.5 tons")
    assert (carbon.verdict, carbon.reason) == (Verdict.needs_review, "substance_unsaid"), carbon.explanation
    assert "5.5 t CO2" in carbon.explanation
    # a bare 'carbon' names both: the reading that fits stands
    said = one("France's carbon emissions per capita were 5.5 tons in 2011.", package, "5.5 tons")
    assert said.verdict is Verdict.supported, said.explanation


def test_a_mass_fitting_neither_reading_is_contradicted_by_the_reading_of_its_order(package: Path) -> None:
    wrong = one("In 2011, France's per capita emissions came to about 9 tons.", package, "9 tons")
    assert wrong.verdict is Verdict.contradicted
    assert "3.664" in wrong.explanation and "5.5 t CO2" in wrong.explanation  # 64 % more, not six times


def test_a_mass_whose_words_name_its_substance_has_no_other_reading(package: Path) -> None:
    carbon = one("In 2011, France's per capita emissions came to 5.5 tonnes of carbon.", package, "5.5 tonnes")
    assert carbon.verdict is Verdict.contradicted, carbon.explanation
    co2 = one("In 2011, France's per capita emissions came to 1.5 tonnes of CO2.", package, "1.5 tonnes")
    assert co2.verdict is Verdict.contradicted, co2.explanation


def test_an_old_row_supporting_a_figure_with_no_year_in_an_undated_text_is_for_review(package: Path) -> None:
    text = "Brazil's per capita emissions are about 2.5 tons."  # 2013: 0.70 t C = 2.56 t CO2
    undated, _ = check_text(f"{text}\n", package)
    result = undated["2.5 tons"]
    assert result.verdict is Verdict.needs_review and result.reason == "undated_support", result.explanation
    assert "no date" in result.explanation and result.evidence[0].period == "2013"
    dated, _ = check_text(f"---\ndate: 2014-06-01\n---\n\n{text}\n", package)
    assert dated["2.5 tons"].verdict is Verdict.supported
    named, _ = check_text(f"In 2013, {text[0].lower()}{text[1:]}\n", package)  # a year named: judged as usual
    assert named["2.5 tons"].verdict is Verdict.supported


def test_a_percent_written_with_its_plus_sign_is_a_change(package: Path) -> None:
    text = "Brazil's emissions rose in 2012 (+4%). In 2013 Brazil's emissions climbed again (+7.7%)."
    claims = {c.text: c for c in claims_in(f"---\ndate: 2015-01-01\n---\n\n{text}\n")}
    assert (claims["+4%"].kind, claims["+4%"].direction) == (Kind.change, Direction.up)
    levels = {c.text: c for c in claims_in("Its share was 4% in 2012.\n")}
    assert levels["4%"].kind is not Kind.change
    results, _ = check_text(f"---\ndate: 2015-01-01\n---\n\n{text}\n", package)
    assert results["+4%"].verdict is Verdict.supported, results["+4%"].explanation  # 125,000 → 130,000
    assert results["+7.7%"].verdict is Verdict.supported, results["+7.7%"].explanation  # 130,000 → 140,000


def test_emissions_naming_no_gas_a_little_above_the_co2_reading_are_for_review(package: Path) -> None:
    # France 2011: 1.5 t of carbon per person = 5.5 t of CO2; all greenhouse gases run up to 1.5 times that
    above = one("In 2011, France's per capita emissions came to 6.6 tons.", package, "6.6 tons")
    assert (above.verdict, above.reason) == (Verdict.needs_review, "gas_unnamed"), above.explanation
    assert above.evidence[0].resource == f"{TABLE}:per-capita" and "greenhouse" in above.explanation
    total = one("France's emissions reached 420 million tonnes in 2011.", package, "420 million tonnes")  # 348 Mt CO2
    assert (total.verdict, total.reason) == (Verdict.needs_review, "gas_unnamed"), total.explanation


def test_emissions_below_the_co2_reading_far_above_it_or_of_a_named_gas_stay_contradicted(package: Path) -> None:
    below = one("In 2011, France's per capita emissions came to 4.6 tons.", package, "4.6 tons")  # short of CO2 alone
    assert below.verdict is Verdict.contradicted, below.explanation
    beyond = one("In 2011, France's per capita emissions came to 8.8 tons.", package, "8.8 tons")  # 1.6 times CO2
    assert beyond.verdict is Verdict.contradicted, beyond.explanation
    for named in ("In 2011, France's per capita CO2 emissions came to 6.6 tons.",
                  "In 2011, France's per capita carbon dioxide emissions came to 6.6 tons.",
                  "France's carbon dioxide output was high. In 2011, its per capita emissions came to 6.6 tons.",
                  "The table gives CO2 emissions by country.\n\nIn 2011, France's per capita emissions came to 6.6 tons."):
        said = one(named, package, "6.6 tons")
        assert said.verdict is Verdict.contradicted, (named, said.explanation)


def test_a_heading_naming_the_gas_only_glued_to_its_unit_has_said_what_it_counts(package: Path) -> None:
    # 'MtCO₂' in the heading names CO2 as 'CO2 emissions' would: 420 Mt stands above the 348 Mt CO2 of 2011
    text = "## Emissions by country in 2011 (MtCO₂)\n\nFrance's emissions reached 420 million tonnes in 2011.\n"
    results, _ = check_text(text, package)
    total = results["420 million tonnes"]
    assert total.verdict is Verdict.contradicted, total.explanation
    # an equivalent of all gases glued to the unit ('MtCO2e') still names no one gas
    mixed, _ = check_text(text.replace("MtCO₂", "MtCO2e"), package)
    assert mixed["420 million tonnes"].verdict is not Verdict.contradicted, mixed["420 million tonnes"].explanation
