"""Figures beside several years: 'respectively' pairs a list of years with a list of as many figures,
in order, whichever side the years stand on; a baseline year opening a 'which'/'when' clause owns the
figures in it, and a year after a bare 'and' opens the next item, not the figure before it."""

from __future__ import annotations

import pytest

from extraction_helpers import claims_in


def _periods(sentence: str) -> dict[str, str | None]:
    return {c.text: c.period for c in claims_in(f"---\ndate: 2024-02-01\n---\n\n{sentence}\n")}


@pytest.mark.parametrize("sentence", [
    "Coffee exports stayed flat, except in 2003, 2007 and 2011, when they grew 2.6%, 3.1% and 4.2% respectively.",
    "Coffee exports grew 2.6%, 3.1% and 4.2% in 2003, 2007 and 2011, respectively.",
    "Coffee exports grew by 2.6%, 3.1%, and 4.2% in 2003, 2007, and 2011 respectively."])
def test_three_years_and_three_figures_pair_in_order(sentence: str) -> None:
    got = _periods(sentence)
    assert (got["2.6%"], got["3.1%"], got["4.2%"]) == ("2003", "2007", "2011")


def test_two_years_newest_first_pair_in_order() -> None:
    got = _periods("Tea exports rose 3.4% and 0.7% in 2021 and 2020, respectively.")
    assert (got["3.4%"], got["0.7%"]) == ("2021", "2020")



@pytest.mark.parametrize("opener", [" which", " when", ", when"])
def test_a_baseline_year_opening_a_clause_owns_its_figure(opener: str) -> None:
    got = _periods(f"Sales jumped, up from 2019{opener} they fell 0.4 per cent and 2020 when they rose 1.9 per cent.")
    assert (got["0.4 per cent"], got["1.9 per cent"]) == ("2019", "2020")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Rents rose by a third on 2019 (4.1 %) and hit their steepest climb since 1981 (12.4 %).",
     {"4.1 %": "2019", "12.4 %": "1981"}),
    ("Unemployment was the lowest since 2001 [3.2 percent].", {"3.2 percent": "2001"}),
    ("Output rose 2.2 % in 2023 (1.9 % in 2022).", {"2.2 %": "2023", "1.9 %": "2022"}),
    ("Output fell 18 % since 2015 (4.4 million tonnes) to 3.6 million tonnes in 2023.",
     {"4.4 million tonnes": "2015", "3.6 million tonnes": "2023"}),
    # a month before the year makes the figure that month's, not the year's
    ("The won's monthly average was the weakest since October 2008 (1,327.0 won).", {"1,327.0 won": "2008-10"}),
    ("Prices rose 4.1 % in June, the fastest since Sept. 2011 (4.4 %).", {"4.4 %": "2011-09"}),
])
def test_a_figure_alone_in_brackets_after_a_year_is_that_years(sentence: str, expected: dict[str, str]) -> None:
    got = _periods(sentence)
    assert {text: got.get(text) for text in expected} == expected, got


@pytest.mark.parametrize(("sentence", "expected"), [
    # a relative year the sentence counts from a year it named, written as a baseline
    ("Rents in Lisbon rose 6.1 % over the whole of 2022, faster than in the previous year (4.3 %).",
     {"6.1 %": "2022", "4.3 %": "2021"}),
    ("Bus fares climbed 3.8 % in 2019, after a flat year the year before (0.2 %), the operator said.",
     {"3.8 %": "2019", "0.2 %": "2018"}),
    # a month the sentence named in words
    ("Rents rose 4.0 % in the year to March 2023, from a peak in December 2022 (5.1 %).",
     {"5.1 %": "2022-12"}),
])
def test_a_figure_alone_in_brackets_after_a_period_named_in_words_is_that_periods(sentence: str, expected: dict[str, str]) -> None:
    got = _periods(sentence)
    assert {text: got.get(text) for text in expected} == expected, got


@pytest.mark.parametrize(("sentence", "expected"), [
    # compared with the same month of a year: the month of the year after, whatever the draft's date
    ("Ridership reached 2.3 million in May, 4 percent more than the average found in May 2021.",
     {"2.3 million": "2022-05", "4 percent": "2022-05"}),
    ("Bread cost 12.5 percent more in March, up from 9.1 percent in March 2022.", {"12.5 percent": "2023-03"}),
    # a span opening on that month is no base; the month stays the latest by the draft's date
    ("Bread cost 12.5 percent more in March, after rises every month from March 2021 to February 2022.",
     {"12.5 percent": "2023-03"}),
])
def test_a_month_compared_with_the_same_month_of_a_year_is_of_the_year_after(sentence: str, expected: dict[str, str]) -> None:
    got = _periods(sentence)
    assert {text: got.get(text) for text in expected} == expected, got


@pytest.mark.parametrize(("text", "expected"), [
    # 'a year earlier' in a sentence naming no year counts from the year its paragraph named before
    ("Bus ridership in Porto averaged 3.1 million a month in 2022. It was 2.7 million a year earlier.",
     {"3.1 million": "2022", "2.7 million": "2021"}),
    ("Rents rose 6.1 % in March 2023. A year earlier, they had risen 4.4 %.", {"4.4 %": "2022-03"}),
    # a year of another paragraph is not its anchor: the draft's date is
    ("Bus ridership in Porto averaged 3.1 million a month in 2019.\n\nIt was 2.7 million a year earlier.",
     {"2.7 million": "2023"}),
])
def test_a_year_earlier_counts_from_the_year_its_paragraph_named(text: str, expected: dict[str, str]) -> None:
    got = _periods(text)
    assert {t: got.get(t) for t in expected} == expected, got


@pytest.mark.parametrize(("text", "expected"), [
    # each sentence of a paragraph counts from the last year named before it, never from one named after it
    ("Ferry trips in Split numbered 410,000 in 2021. A year earlier they were 380,000 trips. Trips rose to 455,000 "
     "in 2022. A year earlier the count had been 398,000 trips.",
     {"380,000": "2020", "398,000": "2021"}),
    # the paragraph before is not read: its last year is another paragraph's
    ("Ferry trips in Split numbered 410,000 in 2021.\n\nLater, trips rose to 455,000 in 2022. A year earlier the "
     "count had been 398,000 trips.", {"398,000": "2021"}),
])
def test_every_sentence_of_a_paragraph_counts_from_the_year_before_it(text: str, expected: dict[str, str]) -> None:
    got = _periods(text)
    assert {t: got.get(t) for t in expected} == expected, got


def test_a_paragraphs_periods_are_read_once_for_all_its_sentences(monkeypatch, pure_python) -> None:
    """A paragraph of many sentences that each count 'a year earlier' from the year named before them (the one
    before it counted too) reads the paragraph's periods once, not once per sentence: the text read for periods
    stays about twice its length."""
    from workbench.extraction.periods import PeriodReader

    text = "Output reached 10 tonnes in 2001. " + " ".join(f"A year earlier, output was {n} tonnes." for n in range(30, 60))
    read: list[int] = []
    real = PeriodReader.periods_in

    def counting(self: PeriodReader, start: int, end: int) -> list:
        read.append(end - start)
        return real(self, start, end)

    monkeypatch.setattr(PeriodReader, "periods_in", counting)
    periods = _periods(text)
    assert [periods[f"{n} tonnes"] for n in range(30, 60)] == [str(2000 - i) for i in range(30)]
    assert sum(read) <= 2.2 * len(text), f"{sum(read)} characters read for a text of {len(text)}"


@pytest.mark.parametrize(("text", "expected"), [
    # 'the same month' is the month its paragraph or the paragraph before named
    ("Ferry trips in Split reached 52,000 in April 2023.\n\nIn the same month last year there were 47,000 trips.",
     {"47,000": "2023-04"}),
    # a month two paragraphs back is not it: the year stays a year
    ("Ferry trips in Split reached 52,000 in April 2023.\n\nThe port was rebuilt that spring.\n\n"
     "In the same month last year there were 47,000 trips.", {"47,000": "2023"}),
])
def test_the_same_month_is_named_in_its_paragraph_or_the_one_before(text: str, expected: dict[str, str]) -> None:
    got = _periods(text)
    assert {t: got.get(t) for t in expected} == expected, got
