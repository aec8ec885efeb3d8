"""A word that says how a statistic is taken ('average', 'rate', 'total') must not pull a claim onto
a series that a publisher happened to name by that word alone, when the sentence names its measure.

Two packages each: one whose column is named by a generic word ('Average', 'Rate'), one holding
the measure the sentence names. Packages are shaped like a publisher's; their figures are invented.
"""

from __future__ import annotations

from pathlib import Path

from package_support import only_result as result
from package_support import publisher_package

from workbench.models import Verdict


def package(folder: Path, title: str, column: str, rows: dict[tuple[str, int], float],
            description: str | None = None) -> Path:
    return publisher_package(folder, folder.name, title, column, rows, description)


def inflation(tmp_path: Path) -> Path:
    return package(tmp_path / "prices", "Inflation, consumer prices (annual %)", "Inflation",
                   {("Norway", 2021): 3.48, ("Norway", 2022): 5.76, ("Chile", 2021): 4.52, ("Chile", 2022): 11.64},
                   description="Inflation, consumer prices (annual %)")


def household_averages(tmp_path: Path) -> Path:
    # A survey whose column is 'Average': Norway's 2022 figure happens to equal the sentence's.
    return package(tmp_path / "survey", "Household survey", "Average",
                   {("Norway", 2021): 5.1, ("Norway", 2022): 8.1, ("Chile", 2021): 3.0, ("Chile", 2022): 11.2})


def test_a_named_measure_outranks_an_average_column(tmp_path: Path) -> None:
    packages = [household_averages(tmp_path), inflation(tmp_path)]
    agreeing = result("In Norway, inflation averaged 5.8 percent in 2022.", packages)
    assert agreeing.verdict is Verdict.supported
    assert (agreeing.evidence[0].resource, agreeing.evidence[0].value) == ("prices", 5.76)
    # The survey's 'Average' would support 11.2 for Chile; the inflation series says 11.64.
    wrong = result("Consumer price inflation in Chile reached an average of 9.2 percent in 2022.", packages)
    assert wrong.verdict is Verdict.contradicted
    assert (wrong.evidence[0].resource, wrong.evidence[0].value) == ("prices", 11.64)


def test_a_bare_average_as_subject_is_read_with_its_sentence(tmp_path: Path) -> None:
    # 'on average' stands alone between commas: its own clause names nothing, the sentence does.
    packages = [household_averages(tmp_path), inflation(tmp_path)]
    claim = result("In 2022 the annual inflation rate of consumer prices in Chile was, on average, 11.2 percent.",
                   packages)
    assert claim.evidence and claim.evidence[0].resource == "prices"
    assert claim.verdict is not Verdict.supported  # the survey's 11.2 is no support for inflation


def test_an_average_column_still_answers_a_sentence_that_names_no_other_measure(tmp_path: Path) -> None:
    packages = [household_averages(tmp_path), inflation(tmp_path)]
    alone = result("The household survey average for Chile was 11.2 in 2022.", packages)
    assert alone.evidence and (alone.evidence[0].resource, alone.evidence[0].value) == ("survey", 11.2)


def test_an_annual_rate_of_growth_is_read_against_what_grew_not_a_rate_series(tmp_path: Path) -> None:
    exchange = package(tmp_path / "fx", "Exchange rates, local currency per US dollar", "Rate",
                       {("Norway", 2010): 6.0, ("Norway", 2020): 9.4, ("Chile", 2010): 510.0, ("Chile", 2020): 792.0})
    # 100 → 121.9 over ten years is 2.0 % a year; the exchange rate rose 4.6 % a year.
    emissions = package(tmp_path / "emissions", "Carbon dioxide emissions (kilotonnes)", "CO2 emissions",
                        {("Norway", 2010): 100.0, ("Norway", 2020): 121.9, ("Chile", 2010): 70.0, ("Chile", 2020): 88.0},
                        description="CO2 emissions (kt)")
    packages = [exchange, emissions]
    claim = result("From 2010 to 2020, Norway's carbon dioxide emissions grew at an annual rate of 2%.", packages)
    assert claim.evidence and claim.evidence[0].resource == "emissions"
    assert claim.verdict is Verdict.supported and round(claim.evidence[0].value, 1) == 2.0
    wrong = result("From 2010 to 2020, Norway's carbon dioxide emissions grew at an annual rate of 4.6%.", packages)
    assert wrong.verdict is not Verdict.supported
    assert wrong.evidence and wrong.evidence[0].resource == "emissions"


def test_an_average_in_a_clause_without_subject_is_read_with_the_measure_its_sentence_names(tmp_path: Path) -> None:
    # The figure's own clause ('standing at an average of …') has no subject and names no measure:
    # the sentence's 'inflation' decides, not the survey's 'Average' column.
    packages = [household_averages(tmp_path), inflation(tmp_path)]
    sentence = ("Chile's statistics office said the annual inflation rate in 2022 was the highest in 30 years "
                "of data, standing at an average of {}%.")
    claim = result(sentence.format("11.6"), packages)
    assert claim.evidence and (claim.evidence[0].resource, claim.evidence[0].value) == ("prices", 11.64)
    assert claim.verdict is Verdict.supported
    wrong = result(sentence.format("11.2"), packages)  # the survey's figure, not inflation's
    assert wrong.evidence and wrong.evidence[0].resource == "prices"
    assert wrong.verdict is Verdict.contradicted
