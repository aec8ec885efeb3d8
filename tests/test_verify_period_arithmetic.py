"""The period and the arithmetic a claim speaks of: a rate's change in points over a month against
yearly rows, 'up to' after a verb of movement, an average a year over a span of years named
elsewhere in the sentence.

Packages are shaped like a publisher's (World Bank layout, no ``workbench`` block); their figures
are invented for the tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dated_draft
from package_support import only_result as only
from package_support import publisher_package

from extraction_helpers import claims_in
from workbench.drafts import parse_draft
from workbench.models import Kind, Qualifier, Verdict

# Yearly consumer-price inflation, annual averages (%).
RATES = {("Chile", 2019): 2.2, ("Chile", 2020): 3.1, ("Chile", 2021): 4.5, ("Chile", 2022): 11.6,
         ("Kenya", 2020): 5.4, ("Kenya", 2021): 6.1, ("Kenya", 2022): 7.7}
# Yearly GDP (USD) of Portugal, 2010–2016: the compound rate and the mean of the yearly rates differ.
GDP = {("Portugal", 2010): 100e9, ("Portugal", 2011): 130e9, ("Portugal", 2012): 110e9,
       ("Portugal", 2013): 150e9, ("Portugal", 2014): 140e9, ("Portugal", 2015): 180e9,
       ("Portugal", 2016): 200e9}


@pytest.fixture(scope="module")
def inflation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("cpi") / "cpi", "cpi", "Inflation, consumer prices (annual %)",
                             "Inflation", RATES)


@pytest.fixture(scope="module")
def gdp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("gdp") / "gdp", "gdp", "GDP (current US$)", "GDP", GDP)


def _claims(text: str) -> dict[str, tuple[str, Kind, Qualifier]]:
    return {c.text: (c.unit, c.kind, c.qualifier) for c in claims_in(f"---\ndate: 2023-01-05\n---\n\n{text}\n")}


# ---------------------------------------------------------------- points of a rate


def test_points_after_a_rate_are_percentage_points_and_beside_an_index_stay_index_points() -> None:
    rate = _claims("Chile's jobless rate reached 9.2% in March, 0.6 points up on February.")
    assert rate["0.6 points"] == ("pp", Kind.change, Qualifier.exact)
    fell = _claims("The yield on ten-year bonds fell 12 points last week.")
    assert fell["12 points"][:2] == ("pp", Kind.change)
    index = _claims("The share index rose 300 points, while the jobless rate held at 9.2%.")
    assert index["300 points"][:2] == ("points", Kind.change)  # an index's points are its own, never pp


def test_up_to_after_a_verb_of_movement_is_where_the_figure_went_not_a_ceiling() -> None:
    claims = _claims("Loans of up to 40 million dollars were offered as inflation shot up to 11.6% and jumped up to 12%.")
    assert claims["40 million dollars"][2] is Qualifier.le
    assert claims["11.6%"][2] is Qualifier.exact and claims["12%"][2] is Qualifier.exact


def test_a_rates_change_in_points_over_a_month_is_a_different_period_against_yearly_rows(inflation: Path) -> None:
    for text in ("Chile's annual inflation rate climbed to 12.8% in December, 1.9 points up on November's rate.",
                 "Chile's annual inflation rate rose 1.9 points from the previous month.",
                 "In Kenya, the inflation rate was up 0.8 points month-on-month."):
        result = only(text, [inflation], date="2023-01-10") if "%" not in text else \
            _one_of(text, [inflation], "1.9 points")
        assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), text
        assert "compared with annual data" in result.explanation and "Inflation" in result.explanation, text
    # a year's change in points is still judged against the yearly rows: 11.6 - 4.5 = 7.1 points
    yearly = only("Chile's inflation rate rose 7.1 points in 2022.", [inflation], date="2023-06-01")
    assert yearly.verdict is Verdict.supported and yearly.evidence[0].formula
    wrong = only("Chile's inflation rate rose 3.4 points in 2022.", [inflation], date="2023-06-01")
    assert wrong.verdict is Verdict.contradicted
    # a percent change month-on-month is the monthly rate of inflation: a series the yearly rows do not hold
    monthly = only("Consumer prices in Chile rose 1.2% month-on-month in December 2022.", [inflation],
                   date="2023-01-10")
    assert (monthly.verdict, monthly.reason) == (Verdict.unsupported, "month_on_month")


def _one_of(text: str, packages: list[Path], surface: str):
    from workbench.check import check_draft
    from workbench.config import Config
    from workbench.reference.loader import load_reference

    draft = parse_draft(f"---\ndate: 2023-01-10\n---\n\n{text}\n".encode(), "draft.md")
    report = check_draft(draft, load_reference(packages), Config(root=packages[0].parent, reference=packages))
    return next(r for r in report.results if r.claim.text == surface)


# ---------------------------------------------------------------- an average a year over a span


def _compound_and_mean() -> tuple[float, float]:
    years = sorted(y for _, y in GDP)
    values = [GDP[("Portugal", y)] for y in years]
    compound = ((values[-1] / values[0]) ** (1 / (len(values) - 1)) - 1) * 100
    rates = [(b / a - 1) * 100 for a, b in zip(values, values[1:])]
    return compound, sum(rates) / len(rates)


def test_an_average_a_year_takes_the_span_its_sentence_names_for_another_figure(gdp: Path) -> None:
    compound, mean = _compound_and_mean()  # 12.2 % and 14.0 %, computed here from the rows
    assert mean - compound > 1

    def said(rate: float):
        text = f"{rate:.1f}%"
        return _one_of(f"Portugal's GDP in dollar terms showed steady growth at an average of {text} a year, and the "
                       f"economy has increased 2 times over the period from 2010 to 2016.", [gdp], text)

    by_compound, by_mean = said(compound), said(mean)
    # the span is the other figure's in extraction; the average a year is read over it
    assert by_compound.claim.period is None and by_compound.evidence[0].period == "2010/2016"
    assert by_compound.verdict is Verdict.supported and "^ (1 / 6)" in (by_compound.evidence[0].formula or "")
    assert by_mean.verdict is Verdict.supported and "mean of the yearly growth rates" in by_mean.explanation
    between = said((compound + mean) / 2)
    assert (between.verdict, between.reason) == (Verdict.needs_review, "average_unclear")
    assert [e.value for e in between.evidence[:2]] == [pytest.approx(compound), pytest.approx(mean)]
    assert "mean of the yearly rates" in between.explanation
    far = said(mean + 5)
    assert far.verdict is Verdict.contradicted
    assert "average" not in (by_mean.claim.subject or "")


# ---------------------------------------------------------------- a year not yet published


def _checked(text: str, packages: list[Path], date: str, **tolerances: object):
    from workbench.check import check_draft
    from workbench.config import Config
    from workbench.reference.loader import load_reference

    draft = parse_draft(dated_draft(text, date).encode(), "draft.md")
    config = Config(root=packages[0].parent, reference=packages, tolerances=tolerances)
    (result,) = check_draft(draft, load_reference(packages), config).results
    return result


def test_a_rate_for_a_year_that_ended_days_before_the_draft_is_not_its_annual_average(inflation: Path) -> None:
    text = "Consumer prices in Chile rose 13.9% in 2022, the statistics office said."
    early = _checked(text, [inflation], "2023-01-04")
    assert (early.verdict, early.reason) == (Verdict.needs_review, "different_period")
    assert "not yet published" in early.explanation and "December on December" in early.explanation
    assert early.evidence[0].period == "2022" and "postdated" in early.flags
    # months later the annual average is out: a figure that disagrees with it is contradicted (unless the
    # gap is one a December-on-December rate makes: rate_basis, off here)
    later = _checked(text, [inflation], "2023-05-04", rate_basis_gap=0)
    assert (later.verdict, later.reason) == (Verdict.contradicted, "contradicted")
    # called an average, the figure is the annual average from a faster publisher: postdated evidence
    average = _checked("Consumer prices in Chile rose 13.9% on average in 2022.", [inflation], "2023-01-04")
    assert (average.verdict, average.reason) == (Verdict.needs_review, "postdated_evidence")
    # a newsroom that counts annual figures as out when the year ends
    prompt = _checked(text, [inflation], "2023-01-04", publication_lag_by_length={"year": 0}, rate_basis_gap=0)
    assert prompt.verdict is Verdict.contradicted


def test_a_publication_lag_for_an_unknown_length_of_period_is_a_configuration_error(tmp_path: Path) -> None:
    from workbench.config import load_config
    from workbench.errors import ConfigError

    (tmp_path / "workbench.toml").write_text("[tolerances]\npublication_lag_by_length = { decade = 30 }\n",
                                             encoding="utf-8")
    with pytest.raises(ConfigError, match="decade"):
        load_config(tmp_path)


# ---------------------------------------------------------------- a per-capita column beside the total


@pytest.fixture(scope="module")
def wide(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import csv
    import json

    folder = tmp_path_factory.mktemp("wide") / "emissions"
    folder.mkdir()
    # Kenya's total doubles over 2010–2016 while its population grows too: per capita only 3 % a year.
    rows = [[year, "KENYA", 50000 * 2 ** ((year - 2010) / 6), round(1.2 * 1.03 ** (year - 2010), 4)]
            for year in range(2010, 2017)]
    with (folder / "emissions.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["Year", "Country", "Total", "Per Capita"], *rows])
    fields = [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string", "description": "Nation"},
              {"name": "Total", "type": "number", "description": "Total carbon emissions from fossil fuels and cement (thousand metric tons of C)"},
              {"name": "Per Capita", "type": "number", "description": "Per capita carbon emissions from fossil fuels and cement (metric tons of carbon)"}]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "emissions", "title": "National carbon emissions",
        "resources": [{"name": "emissions-by-nation", "path": "emissions.csv", "schema": {"fields": fields}}],
        "sources": [{"title": "Emissions institute", "path": "https://emissions.example.org"}]}), encoding="utf-8")
    return folder


def test_a_growth_rate_off_the_totals_is_contradicted_whatever_the_per_capita_column_says(wide: Path) -> None:
    compound = (2 ** (1 / 6) - 1) * 100  # 12.25 % a year
    off = _checked(f"From 2010 to 2016, Kenya's carbon emissions from fossil fuels grew at an annual rate of {compound - 1.5:.1f}%.",
                   [wide], "2020-06-01")
    assert (off.verdict, off.reason) == (Verdict.contradicted, "contradicted"), off.explanation
    assert off.evidence[0].metric.startswith("Total")
    right = _checked(f"From 2010 to 2016, Kenya's carbon emissions from fossil fuels grew at an annual rate of {compound:.1f}%.",
                     [wide], "2020-06-01")
    assert right.verdict is Verdict.supported


def test_a_rates_change_in_points_over_a_month_is_read_month_on_month_from_monthly_rows(tmp_path: Path) -> None:
    from test_matching import check_text, write_package

    rates = {"2022-02": 4.1, "2022-12": 4.6, "2023-01": 5.0, "2023-02": 5.3}
    package = write_package(tmp_path / "ref", [
        {"name": "jobless", "metric": "unemployment rate", "aliases": ["jobless rate"], "dims": ["country"],
         "unit": "%", "rows": [{"period": p, "value": v, "country": "Chile"} for p, v in rates.items()]}])

    def said(sentence: str):
        results, _ = check_text(f"---\ndate: 2023-03-20\n---\n\n{sentence}\n", package)
        (result,) = results.values()
        return result

    named = said("Chile's jobless rate rose 0.3 points in February 2023.")
    assert named.verdict is Verdict.supported and named.evidence[0].formula == "v2023-02 - v2023-01"
    assert said("Chile's jobless rate rose 1.2 points in February 2023.").verdict is Verdict.contradicted
    worded = said("Chile's jobless rate rose 0.3 points from the previous month.")
    assert worded.verdict is Verdict.supported and worded.evidence[0].formula == "v2023-02 - v2023-01"
    yearly = said("Chile's jobless rate was up 1.2 points year-on-year in February 2023.")
    assert yearly.verdict is Verdict.supported and yearly.evidence[0].formula == "v2023-02 - v2022-02"
