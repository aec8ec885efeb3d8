"""Units: currencies to ISO 4217, percent and points, physical units, counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import claims_in, extracted, one_claim
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench import units


@pytest.mark.parametrize("text, value, unit", [
    ("Sales reached $5 billion.", 5e9, "USD"),
    ("Sales reached US$5 billion.", 5e9, "USD"),
    ("Sales reached USD 5 billion.", 5e9, "USD"),
    ("Sales reached 5 billion US dollars.", 5e9, "USD"),
    ("Sales reached 5 billion dollars.", 5e9, "USD"),
    ("Sales reached €3 million.", 3e6, "EUR"),
    ("Sales reached 3 million euros.", 3e6, "EUR"),
    ("Sales reached £40m.", 40e6, "GBP"),
    ("Sales reached ₽100 billion.", 100e9, "RUB"),
    ("Sales reached 100 billion roubles.", 100e9, "RUB"),
    ("Sales reached 100 billion rubles.", 100e9, "RUB"),
    ("Sales reached ₸2 trillion.", 2e12, "KZT"),
    ("Sales reached 2 trillion tenge.", 2e12, "KZT"),
    ("Sales reached KZT 2 trillion.", 2e12, "KZT"),
    ("Sales reached 7 billion yuan.", 7e9, "CNY"),
])
def test_currencies_become_iso_4217(text: str, value: float, unit: str) -> None:
    claim = one_claim(text)
    assert (claim.value, claim.unit, claim.kind.value) == (pytest.approx(value), unit, "level")


@pytest.mark.parametrize("text, value, unit", [
    ("Inflation was 9%.", 9, "%"),
    ("Inflation was 9 %.", 9, "%"),
    ("Inflation was 9 percent.", 9, "%"),
    ("Inflation was 9 per cent.", 9, "%"),
    ("Unemployment rose by 1.5 percentage points.", 1.5, "pp"),
    ("The bank cut its rate by 50 basis points.", 50, "bp"),
    ("The mine produced 3 million tonnes of coal.", 3e6, "t"),
    ("The mine produced 400 tons of coal.", 400, "t"),
    ("The pipeline is 1,500 km long.", 1500, "km"),
    ("The road is 120 kilometres long.", 120, "km"),
    ("The field holds 20 billion cubic metres of gas.", 20e9, "m3"),
    ("The pipeline carries 38 bcm of gas.", 38e9, "m3"),
    ("The field holds 2 billion barrels of oil.", 2e9, "bbl"),
    ("The field pumps 600,000 barrels per day.", 600000, "bbl/d"),
    ("The field pumps 600,000 bpd.", 600000, "bbl/d"),
])
def test_percent_points_and_physical_units(text: str, value: float, unit: str) -> None:
    claim = one_claim(text)
    assert (claim.value, claim.unit) == (pytest.approx(value), unit)


def test_plain_counts_have_no_unit_and_name_the_counted_noun() -> None:
    claim = one_claim("The province has 14 free economic zones.")
    assert (claim.value, claim.unit, claim.kind.value, claim.subject) == (14, "", "count", "free economic zones")


def test_unit_dimensions_tell_money_from_percent_from_counts() -> None:
    assert units.dimension("USD") == units.dimension("KZT") == "money"
    assert units.dimension("%") == "percent"
    assert units.dimension("") == "count"
    assert units.UNIT_DIMENSION["m3"] == "volume"
    assert units.canonical_unit("roubles") == units.canonical_unit("₽") == "RUB"
    assert units.canonical_unit("US dollars") == "USD"
    assert units.canonical_unit("furlongs") is None


@pytest.mark.parametrize("text, value, unit", [
    ("CO2 reached 421 ppm in May.", 421, "ppm"),
    ("Ozone peaked at 80 parts per billion.", 80, "ppb"),
    ("The city recorded 41.2\u00b0C on Friday.", 41.2, "°C"),
    ("It felt like 104 degrees Fahrenheit.", 104, "°F"),
    ("The limit is 130 km/h on motorways.", 130, "km/h"),
    ("The farm has 3.2 GW of panels.", 3.2, "GW"),
    ("Demand hit 340 TWh last year.", 340, "TWh"),
    ("Fires burned 12,000 hectares.", 12000, "ha"),
])
def test_units_news_uses(text: str, value: float, unit: str) -> None:
    claim = claims_in(text)[-1]
    assert (claim.value, claim.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text, value, unit", [
    ("Forecasters expect 3 degrees C of warming.", 3, "°C"),
    ("Highs near 95 Fahrenheit are likely.", 95, "°F"),
    ("Nights stay between 12 and 18 degrees Celsius.", 12, "°C"),
])
def test_temperatures_in_words(text: str, value: float, unit: str) -> None:
    claim = one_claim(text)
    assert (claim.value, claim.unit) == (value, unit)


def test_pc_is_per_cent_as_british_papers_write_it_but_pcs_are_computers() -> None:
    found = [(c.text, c.value, c.unit) for c in claims_in("Wages rose 6.8pc while the firm shipped 40 PCs.")]
    assert found == [("6.8pc", 6.8, "%"), ("40", 40, "")]


@pytest.mark.parametrize("text", ["Each cell held about 7 pg of DNA.", "The sample weighed 3 tg after drying."])
def test_a_lower_case_pg_or_tg_is_no_petagram_or_teragram(text: str) -> None:
    assert all(claim.unit != "t" for claim in claims_in(text))


@pytest.mark.parametrize(("text", "value"), [("Soils store 1.5 Pg of carbon.", 1.5e9),
                                             ("The fires released 20 Tg of carbon.", 20e6)])
def test_pg_and_tg_as_written_are_petagrams_and_teragrams(text: str, value: float) -> None:
    claim = one_claim(text)
    assert (claim.value, claim.unit) == (pytest.approx(value), "t")
    assert units.lookup_suffix("pg") is None and units.lookup_suffix("Pg") is not None



@pytest.mark.parametrize("text, surface, value, unit", [
    ("新线路全长12km的隧道已经贯通。", "12km", 12.0, "km"),
    ("工厂去年排放了340t的废气。", "340t", 340.0, "t"),
    ("新しい堤防は全長2.5kmの区間で完成した。", "2.5km", 2.5, "km"),
    ("この倉庫は毎月80tを出荷している。", "80t", 80.0, "t"),
    ("この路線は毎日60kmが運休となった。", "60km", 60.0, "km"),
    ("ถนนสายใหม่ยาว 15kmจากตัวเมือง", "15km", 15.0, "km"),
])
def test_a_unit_symbol_glued_to_a_word_of_an_unspaced_script_is_read(tmp_path: Path, text: str, surface: str,
                                                                    value: float, unit: str) -> None:
    # Chinese, Japanese and Thai write no space after a Latin symbol: the next word starts where the symbol ends,
    # and a particle the gloss drops ('を', 'が') is no part of the claim's text
    found = {c["text"]: c for c in extracted(tmp_path, text)}
    assert surface in found and (found[surface]["value"], found[surface]["unit"]) == (pytest.approx(value), unit), found


_GLUED_WORDS = "的是在年の増をがはと에를이으로ที่จาก"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["km", "t", "kg", "Mt", "GW", "mm"]), st.integers(1, 9999), st.sampled_from(_GLUED_WORDS),
       st.text(alphabet=_GLUED_WORDS, max_size=4))
def test_a_glued_unit_reads_as_the_free_one(symbol: str, number: int, letter: str, rest: str) -> None:
    glued = claims_in(f"数据显示 {number}{symbol}{letter}{rest}。")
    spaced = claims_in(f"数据显示 {number}{symbol} {letter}{rest}。")
    assert [(c.value, c.unit) for c in glued] == [(c.value, c.unit) for c in spaced]
