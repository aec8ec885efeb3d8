"""Plain-text tables of exchange rates: which tables are (the sentence right above or the header line
says so), which label names which currency (a place through the gazetteer, whatever the spelling), and
that prose naming a place never borrows the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from package_support import claim_results, monthly_rates_package, rates_package

from extraction_helpers import claims_in
from workbench.structure import PARAGRAPH_BREAK, introducing_paragraph
from workbench.units import place_currency, place_tender


def _units(text: str) -> dict[str, str]:
    return {c.text: c.unit for c in claims_in(text)}


def test_exchange_rate_words_further_up_make_no_table_of_rates() -> None:
    # A paragraph further up speaks of money; the one introducing the table says what its figures are.
    text = ("Households with local currency deposits lost ground as exchange rates swung all year.\n\n"
            "Annual consumer price inflation, in per cent:\n\n"
            "Argentina 133.5\nTurkey 53.9\nChile 7.8\n")
    units = _units(text)
    assert units["133.5"] == "" and units["53.9"] == "" and units["7.8"] == "", units


def test_a_table_introduced_as_local_currency_per_dollar_reads_each_place_in_its_money() -> None:
    text = ("Exchange rates at the end of the quarter, local currency units per US dollar:\n\n"
            "Turkey 31.12\nUSA 1.00\nIvory Coast 604.5\nChile 912.4\n")
    units = _units(text)
    assert (units["31.12"], units["1.00"], units["604.5"], units["912.4"]) == ("TRY", "USD", "XOF", "CLP"), units


@pytest.mark.parametrize(("label", "code"), [("TURKEY LIRA", "TRY"), ("HONG KONG DOLLAR", "HKD"),
                                             ("CZECH REPUBLIC KORUNA", "CZK"), ("Sri Lanka rupee", "LKR"),
                                             ("MEXICO PESO", "MXN"), ("JAPAN EURO", None)])
def test_a_label_names_its_currency_by_any_name_of_its_place(label: str, code: str | None) -> None:
    assert place_currency(label) == code


@pytest.mark.parametrize(("label", "code"), [("Turkey", "TRY"), ("USA", "USD"), ("Ivory Coast", "XOF"),
                                             ("Turkey lira", None), ("Euro area", None)])
def test_a_label_that_is_a_place_names_its_one_tender(label: str, code: str | None) -> None:
    assert place_tender(label) == code


def test_a_wage_in_a_places_own_money_is_no_exchange_rate(tmp_path: Path) -> None:
    # 'Australia' is whose dollars they are: the AUD-per-USD rate of 2021 says nothing of a wage.
    rates = rates_package(tmp_path, {("Australia", 2021): 1.3310, ("Australia", 2022): 1.4419})
    result = claim_results("Australia paid A$12.50 per hour to farm workers in 2021.", [rates])["A$12.50"]
    assert result.verdict.value != "contradicted", result.explanation
    assert not result.evidence or "Exchange rate" not in str(result.evidence[0].metric)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \t\r\n", max_size=40), st.data())
def test_the_paragraph_above_a_table_is_the_last_one_before_it(text: str, data: st.DataObject) -> None:
    """Whatever the blank lines, carriage returns and spaces: the text right before the table, back to the
    last paragraph break (a blank line) or the start, and no break inside it."""
    table = data.draw(st.integers(0, len(text)))
    above = text[:table].rstrip()
    paragraph = introducing_paragraph(text, table)
    assert above.endswith(paragraph) and PARAGRAPH_BREAK.search(paragraph) is None
    before = above[:len(above) - len(paragraph)]
    assert not before or any(m.end() == len(before) for m in PARAGRAPH_BREAK.finditer(before))


def test_a_label_in_capitals_is_read_the_same_way_for_its_currency_and_its_place() -> None:
    """One reading of a row's label in capitals serves the currency lookup and the row's places: both find
    the place at the label's own offsets, and a label whose capitalised form changes length finds none."""
    from workbench.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    assert [(a, b, e.name) for a, b, e in gazetteer.find_in_capitals("SOUTH AFRICA RAND")] == [(0, 12, "South Africa")]
    assert gazetteer.find_in_capitals("South Africa rand") == []  # not in capitals: read as written
    assert gazetteer.find_in_capitals("TÜRKİYE LİRA") == []  # 'İ' capitalises to two characters
    text = ("Average rates of exchange, units per US dollar\n\nCOUNTRY CURRENCY 2023 2022\n"
            "SOUTH AFRICA RAND 18.45 16.36\nNEW ZEALAND DOLLAR 1.63 1.58\nTHAILAND BAHT 34.80 35.06\n")
    claims = {c.text: c for c in claims_in(text)}
    assert place_currency("SOUTH AFRICA RAND") == "ZAR" and claims["18.45"].unit == "ZAR"
    assert "South Africa" in (claims["18.45"].entities or []), claims["18.45"].entities


def test_a_rates_table_under_a_page_line_and_month_columns_reads_each_rows_currency_and_month(tmp_path: Path) -> None:
    """A caption saying 'units per US dollar', then a page's line of no sentence over the column row of months
    ('Print Table'), then rows labelled by a place and its currency in capitals: each figure is that currency's
    rate of its column's month, checked against that month's row."""
    text = ("(Average rates in currency units per U.S. dollar)\n\n"
            "Print Table\nCOUNTRY CURRENCY March 2022 February 2022 March 2021\n\n"
            "THAILAND BAHT 33.4120 32.8890 30.6620\n")
    claims = {c.text: c for c in claims_in(text)}
    assert [(claims[f].unit, claims[f].period) for f in ("33.4120", "32.8890", "30.6620")] == \
        [("THB", "2022-03"), ("THB", "2022-02"), ("THB", "2021-03")]
    rates = monthly_rates_package(tmp_path / "fx", "Thailand", {"2022-02": 32.889, "2022-03": 33.412, "2021-03": 30.662})
    result = claim_results(text, [rates], date="2022-04-05")["33.4120"]
    assert result.verdict.value == "supported", result.explanation
    assert str(result.evidence[0].period) == "2022-03"


def test_exchange_rate_words_two_paragraphs_up_make_no_rates_of_a_row_labelled_by_a_place_alone() -> None:
    # only a label naming the currency itself ('NORWAY KRONE') reaches past the paragraph right above
    text = ("Exchange rates swung all year.\n\nPrint Table\nCOUNTRY March 2022 February 2022 March 2021\n\n"
            "Norway 33.4 32.8 30.6\n")
    assert _units(text)["33.4"] == "", _units(text)


def test_a_header_that_heads_its_labels_as_currencies_makes_each_row_its_currencys_yearly_rates(tmp_path: Path) -> None:
    """No caption, only a header line 'COUNTRY CURRENCY' over year columns: a row labelled by a place and its
    own currency quotes that currency per dollar in each column's year, and is checked against that year."""
    text = ("COUNTRY CURRENCY 2019 2018 2017 2016\n\n"
            "NORWAY KRONE 8.8003 8.1331 8.2710 8.4000\n")
    claims = {c.text: c for c in claims_in(text)}
    assert [(claims[f].unit, claims[f].period) for f in ("8.8003", "8.1331")] == [("NOK", "2019"), ("NOK", "2018")]
    rates = rates_package(tmp_path, {("Norway", 2018): 8.1331, ("Norway", 2019): 8.8003})
    results = claim_results(text, [rates], date="2020-02-03")
    assert results["8.8003"].verdict.value == "supported", results["8.8003"].explanation
    assert str(results["8.1331"].evidence[0].period) == "2018"


@pytest.mark.parametrize("header", ["COUNTRY SECTOR 2019 2018 2017 2016", "COUNTRY 2019 2018 CURRENCY 2017 2016"])
def test_a_header_that_does_not_head_the_labels_as_currencies_makes_no_rates(header: str) -> None:
    # 'currency' must head the label column: a column of figures named so says nothing of the labels
    text = f"{header}\n\nNORWAY KRONE 8.8003 8.1331 8.2710 8.4000\n"
    assert _units(text)["8.8003"] == "", _units(text)


def test_a_row_labelled_by_a_place_alone_under_a_currency_header_reads_no_currency() -> None:
    text = "COUNTRY CURRENCY 2019 2018 2017 2016\n\nNorway 8.8003 8.1331 8.2710 8.4000\n"
    assert _units(text)["8.8003"] == "", _units(text)
