"""One record of a table quoted on its own, under its header line: a label and three figures or more
side by side ('Peru 0.12 3.4 5.6'), as a page's HTML table pastes into a draft (the header often a blank
line above). Each figure is a cell of that record: the first one too, not a name's number as 'Boeing 737'
is, and a decimal comma in a cell is a decimal in any language, as in a pipe table's cell. The rows are
written here."""

from __future__ import annotations

import pytest

from workbench.extraction import extract_text
from workbench.structure import plain_tables


def _values(text: str) -> dict[str, float]:
    return {c.text: c.value for c in extract_text(text)}


@pytest.mark.parametrize("text", [
    "Peru 0.12 3.4 5.6\n",
    "Ausstoß in Millionen Tonnen Anteil in Prozent Tonnen je Einwohner\n\nPeru 0.12 3.4 5.6\n",
])
def test_every_figure_of_a_lone_record_is_read_its_first_too(text: str) -> None:
    values = _values(text)
    assert {k: v for k, v in values.items() if k in ("0.12", "3.4", "5.6")} == {"0.12": 0.12, "3.4": 3.4, "5.6": 5.6}
    assert {c.subject for c in extract_text(text) if c.text == "0.12"} == {"Peru"}


def test_a_lone_records_header_gives_each_column_its_unit() -> None:
    read = {c.text: (c.value, c.unit) for c in extract_text("Emissions (Gt) Share (%) Per person (tonnes)\nPeru 0.12 3.4 5.6\n")}
    assert read["3.4"] == (3.4, "%")
    assert read["5.6"][1] == read["0.12"][1] != "%"
    assert read["0.12"][0] == pytest.approx(0.12e9)  # gigatonnes, read as tonnes


@pytest.mark.parametrize("text", [
    "Kurs 7,45 7,12 6,98\n",  # German
    "EUR 7,45 7,12 6,98\n",  # Swedish or Danish rates: the currency is the row's label
    "Taux de change\n\nEUR 7,45 7,12 6,98\n",  # French, the header a blank line above
])
def test_a_lone_records_decimal_commas_are_decimals(text: str) -> None:
    assert [value for surface, value in _values(text).items() if "," in surface] == [7.45, 7.12, 6.98]


def test_a_comma_before_three_digits_in_a_lone_record_still_groups_thousands() -> None:
    assert set(_values("Visitors 12,500 13,100 14,900\n").values()) == {12500.0, 13100.0, 14900.0}


def test_two_figures_ending_a_line_of_prose_are_no_table() -> None:
    assert plain_tables("The fleet grew to\nBoeing 737 12\n") == ()
    assert plain_tables("Scores were close: 7 3 2.\n") == ()


def test_a_swedish_rates_tables_header_tells_its_language() -> None:
    from workbench.languages import detect

    assert detect("Valutakurser, genomsnittliga för perioden\n\nEUR 11,21 10,64 10,48") == "sv"


def test_a_cell_of_a_swedish_rates_table_it_cannot_match_is_left_for_review(tmp_path) -> None:
    """Read through its Swedish header, a rate the reference data does not hold is never judged against the krona's
    rows: held for a person, or declined as a currency no rate series holds (the pound here)."""
    from package_support import claim_results, rates_package
    from workbench.models import Verdict
    from workbench.verify.decision import Reason

    fx = rates_package(tmp_path, {("Sweden", 2021): 8.58, ("Sweden", 2022): 10.12})
    text = "Not 7 Valutakurser\n\nGenomsnittliga väsentliga valutakurser Jan-jun 23 Jan-jun 22 Jan-dec 2022\n\nGBP 13,12 12,05 12,47"
    results = claim_results(text, [fx], date=None)
    cells = {text: r for text, r in results.items() if "," in text}
    assert len(cells) == 3, cells
    assert {r.verdict for r in cells.values()} <= {Verdict.needs_review, Verdict.unsupported}, cells
    assert all(r.reason == Reason.CURRENCY_NOT_HELD for r in cells.values() if r.verdict is Verdict.unsupported), cells


def test_a_german_tables_capitalised_header_tells_its_language() -> None:
    from workbench.languages import detect

    assert detect("Ausstoß in Megatonnen Anteil in Prozent Pro-Kopf-Emissionen in Tonnen\n\nPeru 55 0.2 1.7") == "de"
    assert detect("Die Welt reported that inflation in Germany rose in March.") == "en"  # a name's capital tells nothing


def test_a_headers_unbracketed_units_give_each_column_its_own() -> None:
    from workbench.extraction.headers import unit_ended_parts

    assert unit_ended_parts("Emissions in megatonnes Share in percent Per capita emissions in tonnes per year", 3) \
        == ["Emissions in megatonnes", "Share in percent", "Per capita emissions in tonnes per year"]
    assert unit_ended_parts("Emissions in megatonnes Share in percent", 3) is None  # two units for three columns


def test_a_lone_record_of_a_german_emissions_table_is_checked_column_by_column(tmp_path) -> None:
    """'Peru 0.08 0.2 2.9' under a German header: gigatonnes of CO2, a share, tonnes per person, of the
    year the caption names; read against carbon figures (× 3.664 for CO2)."""
    from package_support import carbon_package, claim_results
    from workbench.models import Verdict

    carbon = carbon_package(tmp_path / "carbon", {("PERU", 2015): 15_000.0}, {("PERU", 2015): 0.48})
    text = ("Kohlendioxid-Ausstoß der Länder (2015)\n\n"
            "CO2-Emissionen in Gigatonnen Globaler Anteil in Prozent Pro-Kopf-Emissionen in Tonnen pro Jahr\n\n"
            "Peru 0.08 0.2 2.9")
    results = claim_results(text, [carbon], date=None)
    total, per_person = results["0.08"], results["2.9"]
    assert total.verdict is Verdict.contradicted, total.explanation  # 15,000 kt C is 0.055 Gt CO2
    assert (total.evidence[0].value, total.evidence[0].period) == (15_000_000.0, "2015")  # tonnes of carbon
    assert per_person.verdict is Verdict.contradicted, per_person.explanation  # 0.48 t C is 1.76 t CO2
    assert per_person.evidence[0].value == 0.48
