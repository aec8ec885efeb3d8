"""Which rate series a claim is judged against, and how: an index is differenced, a % series read
directly, and a series described as an index whose figures cannot be one is read as the rate it is.

Packages here are shaped like a publisher's (World Bank layout, no ``workbench`` block); their
figures are invented for the tests.
"""

from __future__ import annotations

import json
from pathlib import Path

from package_support import country_code, publisher_package
from package_support import only_result as only

from workbench.models import Verdict
from workbench.reference.loader import load_reference

# Yearly % changes, one of them negative, published under an index's description.
RATES = {("Norway", 2019): 2.17, ("Norway", 2020): 1.29, ("Norway", 2021): 3.48, ("Norway", 2022): 5.76,
         ("Chile", 2019): 2.56, ("Chile", 2020): -0.31, ("Chile", 2021): 4.52, ("Chile", 2022): 11.64,
         ("Portugal", 2010): 1.4, ("Portugal", 2011): 3.65}
# A real index: 2010 = 100 and rising.
INDEX = {("Portugal", 2010): 100.0, ("Portugal", 2011): 103.65, ("Portugal", 2012): 106.5,
         ("Kenya", 2010): 100.0, ("Kenya", 2011): 114.0, ("Kenya", 2012): 124.9}


def test_a_series_described_as_an_index_that_cannot_be_one_is_read_as_a_rate(tmp_path: Path) -> None:
    pkg = publisher_package(tmp_path / "prices", "prices", "Yearly Consumer Price Index", "CPI", RATES,
                            description="CPI (2010=100)")
    data = load_reference([pkg])
    (res,) = data.resources.values()
    assert (res.meta.workbench.unit, res.meta.workbench.kind.value) == ("%", "change")
    assert set(res.frame["unit"]) == {"%"}
    warning = [p for p in data.problems if "described as an index" in p.message]
    assert len(warning) == 1 and "negative" in warning[0].message and warning[0].severity == "warning"
    agreeing = only("Consumer prices in Norway rose 3.5% in 2021.", [pkg])
    assert agreeing.verdict is Verdict.supported
    assert (agreeing.evidence[0].value, agreeing.evidence[0].formula) == (3.48, None)
    wrong = only("Consumer prices in Chile rose 4.1% in 2022.", [pkg])  # no basis puts 4.1 % near 11.64 %
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].value == 11.64


def test_an_index_whose_base_year_is_not_near_100_is_no_index(tmp_path: Path) -> None:
    rates = {k: v for k, v in RATES.items() if v > 0}  # no negative figure to tell it by
    pkg = publisher_package(tmp_path / "prices", "prices", "Consumer Price Index", "CPI", rates,
                            description="index, 2010=100")
    (res,) = load_reference([pkg]).resources.values()
    assert res.meta.workbench.unit == "%"
    assert only("Consumer prices in Portugal rose 3.7% in 2011.", [pkg]).verdict is Verdict.supported


def test_a_real_index_is_differenced(tmp_path: Path) -> None:
    pkg = publisher_package(tmp_path / "prices", "prices", "Consumer Price Index", "CPI", INDEX,
                            description="index, 2010=100")
    data = load_reference([pkg])
    (res,) = data.resources.values()
    assert res.meta.workbench.unit != "%"
    assert not [p for p in data.problems if "described as an index" in p.message]
    result = only("Consumer prices in Kenya rose 14% in 2011.", [pkg])
    assert result.verdict is Verdict.supported and result.evidence[0].formula


def test_a_rate_contradicted_by_its_own_series_is_not_made_uncertain_by_its_computed_growth(tmp_path: Path) -> None:
    # Two consumer-price series close to each other: the rate's own relative change (a far larger
    # figure computed from it) is another reading of one series, not a third series disagreeing.
    cpi = publisher_package(tmp_path / "cpi", "cpi", "Consumer Price Index", "CPI", RATES,
                            description="CPI (2010=100)")
    other = publisher_package(tmp_path / "inflation", "inflation", "Inflation, consumer prices", "Inflation",
                              {("Chile", 2021): 4.4, ("Chile", 2022): 11.1})
    result = only("Consumer prices in Chile rose by 4.1% in 2022.", [cpi, other])
    assert result.verdict is Verdict.contradicted and result.reason == "contradicted"
    assert result.evidence[0].value in (11.64, 11.1)


# ---------------------------------------------------------------- which series a word means

YEARS = range(2015, 2023)
COUNTRIES = ("Norway", "Chile", "Portugal", "Kenya")
# Invented consumer-price and GDP-deflator inflation, different enough to tell apart.
CONSUMER = {(c, y): round(1.5 + i * 0.7 + (y - 2015) * 0.45, 2) for i, c in enumerate(COUNTRIES) for y in YEARS}
DEFLATOR = {k: round(v * 1.4 + 0.3, 2) for k, v in CONSUMER.items()}


def two_measures(folder: Path, *, swapped: bool = False) -> Path:
    """One package, two resources in World Bank layout; ``swapped``: each file holds the other's figures
    (a publisher's labelling slip)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "data").mkdir(exist_ok=True)
    files = {"inflation-consumer": DEFLATOR if swapped else CONSUMER, "inflation-deflator": CONSUMER if swapped else DEFLATOR}
    resources = []
    for name, rows in files.items():
        lines = ["Country,Country Code,Year,Inflation"]
        lines += [f"{c},{country_code(c)},{y},{v}" for (c, y), v in sorted(rows.items())]
        (folder / "data" / f"{name}.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        resources.append({"name": name, "path": f"data/{name}.csv", "schema": {"fields": [
            {"name": "Country", "type": "string"}, {"name": "Country Code", "type": "string"},
            {"name": "Year", "type": "year"}, {"name": "Inflation", "type": "number"}]}})
    descriptor = {"name": "prices", "title": "Inflation by consumer prices and GDP deflator",
                  "sources": [{"name": "Statistics Office", "path": "https://stats.example.org", "title": "Statistics Office"}],
                  "resources": resources}
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=1), encoding="utf-8")
    return folder


def test_unqualified_inflation_means_the_consumer_price_series(tmp_path: Path) -> None:
    cpi = publisher_package(tmp_path / "cpi", "cpi", "Inflation, consumer prices (annual %)", "Inflation", CONSUMER)
    deflator = publisher_package(tmp_path / "deflator", "deflator", "Inflation, GDP deflator (annual %)", "Inflation",
                                 DEFLATOR)
    packages = [cpi, deflator]
    figure = CONSUMER[("Norway", 2019)]
    plain = only(f"Inflation in Norway was {figure}% in 2019.", packages)
    assert plain.verdict is Verdict.supported and plain.reason == "supported_within_tolerance"
    assert plain.evidence[0].resource == "cpi"
    # the deflator's figure is no support for 'inflation' (Norway's office does not state its year December on December, places.json) …
    other = only(f"Inflation in Norway was {DEFLATOR[('Norway', 2019)]}% in 2019.", packages)
    assert other.verdict is Verdict.contradicted and other.evidence[0].resource == "cpi"
    # … unless the sentence names the deflator
    named = only(f"The GDP deflator showed inflation in Norway of {DEFLATOR[('Norway', 2019)]}% in 2019.", packages)
    assert named.verdict in (Verdict.supported, Verdict.needs_review)
    assert named.evidence[0].resource == "deflator"


def test_inflation_for_a_place_only_the_deflator_covers_is_not_judged_by_the_deflator(tmp_path: Path) -> None:
    cpi = publisher_package(tmp_path / "cpi", "cpi", "Inflation, consumer prices (annual %)", "Inflation",
                            {k: v for k, v in CONSUMER.items() if k[0] != "Kenya"})
    deflator = publisher_package(tmp_path / "deflator", "deflator", "Inflation, GDP deflator (annual %)", "Inflation",
                                 DEFLATOR)
    result = only("Inflation in Kenya was 9.9% in 2020.", [cpi, deflator])
    assert result.verdict is Verdict.unsupported and result.reason == "place_not_covered"


def test_a_series_with_the_consumer_price_figures_counts_as_that_measure_whatever_its_label(tmp_path: Path) -> None:
    # Labelled the wrong way round upstream; a second package names the consumer-price series and
    # holds the same figures as the file labelled 'deflator'.
    swapped = two_measures(tmp_path / "prices", swapped=True)
    cpi = publisher_package(tmp_path / "cpi", "cpi", "Consumer Price Index", "CPI",
                            {**CONSUMER, ("Chile", 2014): -0.4})
    figure = CONSUMER[("Portugal", 2021)]
    result = only(f"Portugal's inflation rate was {figure}% in 2021.", [swapped, cpi])
    assert result.verdict is Verdict.supported
    assert result.evidence[0].value == figure
    assert all(e.resource != "inflation-consumer" for e in result.evidence)
    # without the package naming the measure, the two labels stay two equally likely series
    alone = only(f"Portugal's inflation rate was {figure}% in 2021.", [swapped])
    assert alone.verdict is Verdict.needs_review and alone.reason == "ambiguous"


def test_the_word_inflation_said_before_the_sentence_means_the_consumer_price_series_too(tmp_path: Path) -> None:
    # the sentence says only 'prices had increased'; the one before says which measure the story is about
    swapped = two_measures(tmp_path / "prices", swapped=True)
    cpi = publisher_package(tmp_path / "cpi", "cpi", "Consumer Price Index", "CPI",
                            {**CONSUMER, ("Chile", 2014): -0.4})
    figure = CONSUMER[("Portugal", 2021)]
    text = f"Inflation in Portugal rose again. The statistics office said that prices had increased {figure}% in 2021."
    result = only(text, [swapped, cpi])
    assert result.verdict is Verdict.supported and result.evidence[0].value == figure
    assert all(e.resource != "inflation-consumer" for e in result.evidence)


def test_a_variant_the_data_does_not_hold_is_another_series(tmp_path: Path) -> None:
    cpi = publisher_package(tmp_path / "cpi", "cpi", "Inflation, consumer prices (annual %)", "Inflation", CONSUMER)
    figure = CONSUMER[("Norway", 2021)]
    for text in (f"Core inflation in Norway was {figure}% in 2021.",
                 f"Norway's harmonised consumer prices rose {figure}% in 2021.",
                 f"In Norway, food inflation reached {figure}% in 2021."):
        result = only(text, [cpi])
        assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), text
        assert "does not hold" in result.explanation
    # a change over one month is one too, under its own reason
    monthly = only(f"Consumer prices in Norway rose {figure}% month-on-month in December 2021.", [cpi])
    assert (monthly.verdict, monthly.reason) == (Verdict.unsupported, "month_on_month"), monthly.explanation
    # a qualifier elsewhere in the sentence is no variant of the series
    for text in (f"Including food and fuel, consumer prices in Norway rose {figure}% in 2021.",
                 f"Energy prices pushed consumer prices in Norway up {figure}% in 2021."):
        assert only(text, [cpi]).verdict is Verdict.supported, text


def test_a_variant_the_data_holds_is_matched_as_usual(tmp_path: Path) -> None:
    core = publisher_package(tmp_path / "core", "core", "Core inflation (annual %)", "Inflation",
                             {k: round(v - 0.5, 2) for k, v in CONSUMER.items()})
    figure = round(CONSUMER[("Norway", 2021)] - 0.5, 2)
    result = only(f"Core inflation in Norway was {figure}% in 2021.", [core])
    assert result.verdict is Verdict.supported and result.evidence[0].resource == "core"


# ---------------------------------------------------------------- when a rate claim speaks of


def test_a_rate_the_year_closed_at_is_its_last_months_rate_not_the_average(tmp_path: Path) -> None:
    cpi = publisher_package(tmp_path / "cpi", "cpi", "Inflation, consumer prices (annual %)", "Inflation", CONSUMER)
    average = CONSUMER[("Chile", 2021)]
    closing = only(f"Inflation in Chile closed out 2021 at {average + 3}%.", [cpi], date="2022-01-12")
    assert (closing.verdict, closing.reason) == (Verdict.needs_review, "different_period")
    assert "December 2021" in closing.explanation and "annual average" in closing.explanation
    assert closing.claim.period == "2021"  # the claim as written; only its reading changed
    plain = only(f"Inflation in Chile was {average + 3}% in 2021.", [cpi], date="2022-02-01")
    assert plain.verdict is Verdict.contradicted


def test_a_year_before_every_series_begins_is_unsupported_whichever_place(tmp_path: Path) -> None:
    cpi = publisher_package(tmp_path / "cpi", "cpi", "Inflation, consumer prices (annual %)", "Inflation", CONSUMER)
    early = only("The last time inflation was that high was in 1951, when it stood at 7.6%.", [cpi])
    assert (early.verdict, early.reason) == (Verdict.unsupported, "no_figure")
    covered = only("The last time inflation was that high was in 2019, when it stood at 7.6%.", [cpi])
    assert (covered.verdict, covered.reason) == (Verdict.needs_review, "place_unnamed")


def test_a_latest_row_years_before_the_draft_does_not_contradict_a_claim_about_now(tmp_path: Path) -> None:
    cpi = publisher_package(tmp_path / "cpi", "cpi", "Inflation, consumer prices (annual %)", "Inflation", CONSUMER)
    old = only("Inflation in Kenya is running at 40%.", [cpi], date="2029-05-01")
    assert (old.verdict, old.reason) == (Verdict.unsupported, "nearest_other_period")
    assert old.evidence[0].period == "2022" and "2022" in old.explanation
    recent = only("Inflation in Kenya is running at 40%.", [cpi], date="2023-05-01")
    assert recent.verdict is Verdict.contradicted


def test_a_qualified_series_named_after_the_claims_clause_is_another_subject(tmp_path: Path) -> None:
    cpi = publisher_package(tmp_path / "cpi", "cpi", "Inflation, consumer prices (annual %)", "Inflation", CONSUMER)
    figure = CONSUMER[("Chile", 2020)]
    result = only(f"Inflation in Chile averaged {figure}% in 2020, driven by food consumer prices abroad.", [cpi])
    assert result.verdict is Verdict.supported


# ---------------------------------------------------------------- exchange rates read from their wording

YEN = {"2022-01-01": 114.8, "2022-02-01": 115.3, "2022-03-01": 118.6, "2022-09-01": 143.1, "2022-10-01": 147.1}
YUAN = {"2022-06-01": 6.71, "2022-07-01": 6.74}


def exchange_package(folder: Path) -> Path:
    """Monthly and annual units per US dollar, shaped like a central bank's export."""
    (folder / "data").mkdir(parents=True, exist_ok=True)
    monthly = [f"{d},Japan,{v}" for d, v in YEN.items()] + [f"{d},China,{v}" for d, v in YUAN.items()]
    annual = ["1990-01-01,Japan,145.0", "2022-01-01,Japan,131.5", "2022-01-01,China,6.73"]
    resources = []
    for name, rows in (("monthly", monthly), ("annual", annual)):
        (folder / "data" / f"{name}.csv").write_text("Date,Country,Exchange rate\n" + "\n".join(rows) + "\n",
                                                   encoding="utf-8")
        resources.append({"name": name, "path": f"data/{name}.csv", "schema": {"fields": [
            {"name": "Date", "type": "date"}, {"name": "Country", "type": "string"},
            {"name": "Exchange rate", "type": "number"}]}})
    descriptor = {"name": "exchange-rates", "title": "Foreign exchange rates",
                  "sources": [{"name": "Central Bank", "path": "https://bank.example.org", "title": "Central Bank"}],
                  "resources": resources}
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=1), encoding="utf-8")
    return folder


def test_a_rate_at_the_beginning_of_the_year_is_januarys(tmp_path: Path) -> None:
    rates = exchange_package(tmp_path / "fx")
    result = only("Since the beginning of the year, when it was around ¥115 to the dollar, the yen has slid.",
                  [rates], date="2022-10-20")
    assert result.verdict is Verdict.supported
    assert (result.evidence[0].period, result.evidence[0].value) == ("2022-01", 114.8)


def test_a_rate_on_a_weekday_is_that_days_price_whatever_year_the_sentence_recalls(tmp_path: Path) -> None:
    rates = exchange_package(tmp_path / "fx")
    result = only("The yen fell to ¥150 against the dollar on Tuesday, a low last seen in 1990.",
                  [rates], date="2022-10-18")
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period")
    assert "single-day rate" in result.explanation


def test_a_bare_figure_the_sentence_calls_a_rate_of_a_named_currency_is_read_as_one(tmp_path: Path) -> None:
    rates = exchange_package(tmp_path / "fx")
    result = only("The yuan strengthened to 6.7391 against the U.S. dollar on Friday.", [rates], date="2022-07-22")
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period")
    assert result.evidence[0].dimensions["Country"] == "China"
    # two currencies named: no way to tell which the figure is of, and a day's quote no average judges: for a person
    both = only("The yuan and the yen moved to 6.7391 against the U.S. dollar on Friday.", [rates],
                date="2022-07-22")
    assert (both.verdict, both.reason, both.evidence) == (Verdict.needs_review, "day_quote_unmatched", [])
    # a whole number beside the rate's words is a count, not a rate
    count = only("As the yuan slid against the U.S. dollar, 7 ships left the port.", [rates], date="2022-07-22")
    assert count.evidence == []


def test_a_series_stamped_by_first_days_is_read_as_its_months_once_per_index(tmp_path: Path) -> None:
    from workbench.matching import reference_index
    from workbench.verify.fx.rates import restamped

    index = reference_index(load_reference([exchange_package(tmp_path / "fx")]))
    monthly, annual = index.resources["monthly"], index.resources["annual"]
    first = restamped(monthly, index)
    assert first is restamped(monthly, index)  # shared by every claim, not rebuilt
    assert sorted(p.text for p in first.periods if p)[:2] == ["2022-01", "2022-02"]
    assert {p.text for p in restamped(annual, index).periods if p} == {"1990", "2022"}
