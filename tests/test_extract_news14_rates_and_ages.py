"""A rate per 100,000 written once after the "to" end of "from X to Y" belongs to both ends; "the over 65
population" names an age group, while "over 65 patients" counts; a percentage in a sentence that opens on
its whole ("Of the 840 wells inspected, 62% …") is a share; a price compared with ("compared with the
€1.55") is in the price's unit. Sentences written here."""

from __future__ import annotations

from extraction_helpers import claims_in


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(c.text, c.value, c.unit) for c in claims_in(text)]


def test_the_from_end_takes_the_rate_written_after_the_to_end() -> None:
    assert _read("Admissions rose from 31.5 to 36.2 per 100,000 in a month.") == [
        ("31.5", 31.5, "/100000"), ("36.2 per 100,000", 36.2, "/100000")]
    assert _read("The rate fell from 7.4 to 6.9 births per 1,000 women.") == [
        ("7.4", 7.4, "/1000"), ("6.9 births per 1,000", 6.9, "/1000")]
    assert _read("Scores went from 5.5 to 6.6 in the survey.") == [("5.5", 5.5, ""), ("6.6", 6.6, "")]


def test_the_over_65_population_is_an_age_group() -> None:
    assert _read("Cases were highest in the over 75 population, at 240.5 per 100,000.") == [
        ("240.5 per 100,000", 240.5, "/100000")]
    assert _read("Over 40 patients were treated and under 30 residents moved away.") == [
        ("40", 40, ""), ("30", 30, "")]


def test_percentages_of_a_whole_the_sentence_opens_on_are_shares() -> None:
    kinds = [(c.text, c.kind.value) for c in claims_in("Of the 840 wells inspected, 62% were dry and 9% leaked.")]
    assert kinds == [("840", "count"), ("62%", "share"), ("9%", "share")]
    kinds = [(c.text, c.kind.value) for c in claims_in("Among the 300 firms polled, 41% plan to hire.")]
    assert kinds == [("300", "count"), ("41%", "share")]


def test_an_opening_aside_is_no_whole() -> None:
    assert [(c.text, c.kind.value) for c in claims_in("Of course, 40% is a lot.")] == [("40%", "level")]
    assert [(c.text, c.kind.value) for c in claims_in("Of the total, prices rose 4%.")] == [("4%", "change")]


def test_a_price_compared_with_takes_the_price_unit() -> None:
    assert _read("Diesel cost €1.62 a litre, compared with the €1.55 of last week, and a €3 fee applies.") == [
        ("€1.62 a litre", 1.62, "EUR/l"), ("€1.55", 1.55, "EUR/l"), ("€3", 3, "EUR")]
