"""`workbench extract` on the classes found in unseen news paragraphs (pass 17): sentences written here.

- A one-letter prefix glued to a figure (Hebrew 'ל-7.3%', 'ב-2023', 'מ-5'; Arabic 'و14 مليار')
  is a word of its own: the figure is read, a year stays a year.
- Manila's English press writes the Philippine peso 'P' ('P56.77', 'P1.2 billion'): read where the
  peso or the Philippines is named, never elsewhere; the second amount of a move ('down P4.80 to
  P139') is money like the first.
- Arabic copy names dollars and trillions ('1.7 تريليون دولار').
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import extracted


_claims = extracted


@pytest.mark.parametrize("text, expected", [
    ("המדד עלה ל-3.9% בחודש שעבר, לעומת 2.8% בשנה הקודמת.", [(3.9, "%"), (2.8, "%")]),
    ("שיעור האבטלה ירד ב-0.4% והגיע ל4.1% בסוף הרבעון.", [(0.4, "%"), (4.1, "%")]),
    ("מחיר הדירה הממוצע עלה מ-6.5% ל־7.2% בתוך שנה.", [(6.5, "%"), (7.2, "%")]),
])
def test_hebrew_prefix_glued_to_a_figure(tmp_path: Path, text: str, expected: list[tuple[float, str]]) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(v), u) for v, u in expected]


def test_hebrew_prefix_before_a_year_leaves_a_year(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "ב-2021 נרשמה צמיחה של 8.6% במשק, כך לפי הלשכה.")
    assert [(c["text"], c["value"]) for c in claims] == [("8.6%", pytest.approx(8.6))]


def test_arabic_and_glued_to_an_amount(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "وبلغت الصادرات 42 مليار دولار إلى آسيا و9 مليار دولار إلى أوروبا خلال العام الماضي.")
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(42e9), "USD"), (pytest.approx(9e9), "USD")]


def test_arabic_trillions_of_dollars(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "وارتفع الدين العام إلى حوالي 2.3 تريليون دولار في نهاية العام المالي، بزيادة 4% عن العام السابق.")
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(2.3e12), "USD"), (pytest.approx(4), "%")]


def test_peso_written_p_beside_the_peso(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "The peso weakened to P58.215 against the dollar, while bank lending reached "
                               "P1.2 billion in the week.")
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(58.215), "PHP"), (pytest.approx(1.2e9), "PHP")]


def test_share_moves_in_p_on_a_philippine_page(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "In Makati, Philippine Airlines parent PAL Holdings was down P0.25 to P5.10 while "
                               "Cebu Air was up P3 to P41.")
    assert [(c["text"], c["unit"]) for c in claims] == [("P0.25", "PHP"), ("P5.10", "PHP"), ("P3", "PHP"), ("P41", "PHP")]


@pytest.mark.parametrize("text", [
    "Fill in form P45 and return it with part P60 to the office by Friday.",
    "The P51 bus to P52 depot runs every ten minutes in Leeds.",
])
def test_p_without_the_peso_is_no_money(tmp_path: Path, text: str) -> None:
    assert not [c for c in _claims(tmp_path, text) if c["unit"] in ("PHP", "BWP")]


@pytest.mark.parametrize("text, expected", [
    ("De jaarrekening van de gemeente sluit met een tekort van 2,4 miljoen euro. Vorig jaar was er nog een overschot "
     "van ruim 6 ton.", [(2.4e6, "EUR"), (6e5, "EUR")]),
    ("Het dorpshuis krijgt 3 ton euro subsidie van de provincie voor de verbouwing.", [(3e5, "EUR")]),
])
def test_dutch_ton_in_money_copy_is_a_hundred_thousand(tmp_path: Path, text: str,
                                                         expected: list[tuple[float, str]]) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    ("De boer oogstte dit jaar 9 ton aardappelen per hectare, meldt de coöperatie in haar begroting.", (9, "t")),
    ("The barge carried 7 ton of gravel and a surplus of 40 euros was paid.", (7, "t")),
])
def test_ton_of_goods_stays_a_tonne(tmp_path: Path, text: str, expected: tuple[float, str]) -> None:
    claims = _claims(tmp_path, text)
    assert (pytest.approx(expected[0]), expected[1]) in [(c["value"], c["unit"]) for c in claims]


@pytest.mark.parametrize("text, expected", [
    ("The chain now expects earnings of 41 cents to 44 cents a share for the quarter.", (0.41, 0.44, "USD", "ratio")),
    ("Pump prices climbed between 80 and 90 cents a litre over the summer.", (0.80, 0.90, "USD/l", "change")),
    ("The board forecast a dividend between 12 and 15 cents per share next year.", (0.12, 0.15, "USD", "ratio")),
])
def test_ranges_in_cents(tmp_path: Path, text: str, expected: tuple[float, float, str, str]) -> None:
    claims = _claims(tmp_path, text)
    low, high, unit, kind = expected
    assert [(c["value"], c["value_high"], c["unit"], c["kind"]) for c in claims] == [
        (pytest.approx(low), pytest.approx(high), unit, kind)]


def test_a_move_in_cents_then_the_price_stays_two(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "The stock rose 6 cents to 58 cents in Sydney trading on Tuesday.")
    assert [(c["value"], c["value_high"], c["kind"]) for c in claims] == [
        (pytest.approx(0.06), None, "change"), (pytest.approx(0.58), None, "level")]


@pytest.mark.parametrize("text, expected", [
    ("物价上涨3%。", (3, "change", "up")),
    ("出口下降5.1%。", (5.1, "change", "down")),
])
def test_short_sentence_told_by_its_script(tmp_path: Path, text: str, expected: tuple[float, str, str]) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["value"], c["kind"], c["direction"]) for c in claims] == [(pytest.approx(expected[0]), *expected[1:])]


def test_script_shared_by_several_languages_tells_none() -> None:
    from workbench.languages import script_language

    assert script_language("Цены 3%.") is None  # Russian, Ukrainian, Bulgarian … write Cyrillic alike
    assert script_language("Prices 3%.") is None
    assert script_language("物価は3.1%上昇。") == "ja"  # kana: Japanese, not Chinese
    assert script_language("Ο πληθωρισμός 3%.") == "el"


def test_thai_prices_without_full_stops(tmp_path: Path) -> None:
    text = ("ราคาน้ำมันดีเซลเพิ่มขึ้น 0.40 บาทต่อลิตร เบนซินลดลง 0.30 บาทต่อลิตร ล่าสุดราคาอยู่ที่ 31.94 บาท\n"
            "อัตราเงินเฟ้อเพิ่มขึ้นร้อยละ 1.2 ในเดือนนี้")
    claims = _claims(tmp_path, text)
    assert [(c["value"], c["unit"], c["kind"], c["direction"]) for c in claims] == [
        (pytest.approx(0.40), "THB/l", "change", "up"), (pytest.approx(0.30), "THB/l", "change", "down"),
        (pytest.approx(31.94), "THB", "level", None), (pytest.approx(1.2), "%", "change", "up")]


@pytest.mark.parametrize("text, expected", [
    # the word before the space ends in a tone mark ('วันนี้' today, 'ปีนี้' this year), no letter
    ("ดีเซลเพิ่มขึ้น 0.40 บาทต่อลิตรวันนี้ เบนซินลดลง 0.30 บาทต่อลิตร", "today . petrol"),
    ("ค่าไฟเพิ่มขึ้นร้อยละ 3 ในปีนี้ ค่าน้ำลดลงร้อยละ 1", ". "),
])
def test_thai_clause_ends_after_a_word_ending_in_a_mark(text: str, expected: str) -> None:
    from workbench.languages import gloss_paragraphs

    english = gloss_paragraphs(text, [(0, len(text), "th")]).text
    assert expected in english and english.count(". ") == 1, english


def test_bushels_and_yields(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "Growers expect wheat to yield 52.4 bushels per acre, and the crop to reach 1.9 billion "
                               "bushels, up 88 million bushels from the spring estimate.")
    assert [(c["value"], c["unit"], c["kind"]) for c in claims] == [
        (pytest.approx(52.4), "bu/acre", "ratio"), (pytest.approx(1.9e9), "bu", "level"),
        (pytest.approx(88e6), "bu", "change")]


@pytest.mark.parametrize("text, expected", [
    ("The board's barley price was lowered 15 cents to $3.85 per bushel this month.",
     [(0.15, "USD/bu", "change", "down"), (3.85, "USD/bu", "ratio", None)]),
    ("The oat price was raised 20 cents a bushel to an average of $4.10.",
     [(0.20, "USD/bu", "change", "up"), (4.10, "USD/bu", "ratio", None)]),
])
def test_a_price_moved_to_a_level(tmp_path: Path, text: str, expected: list[tuple[float, str, str, str | None]]) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["value"], c["unit"], c["kind"], c["direction"]) for c in claims] == [
        (pytest.approx(v), u, k, d) for v, u, k, d in expected]


def test_money_raised_stays_a_level(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "The start-up raised $12 million from investors in its second round.")
    assert [(c["value"], c["kind"]) for c in claims] == [(pytest.approx(12e6), "level")]


@pytest.mark.parametrize("text, expected", [
    ("Ein Haushalt zahlt derzeit im Schnitt 41,2 Cent pro Kilowattstunde, teilte das Vergleichsportal mit.",
     [(0.412, "EUR/kWh")]),
    ("Het energiebedrijf verlaagt het tarief volgend jaar met 4 cent per kilowattuur, zo meldt het bedrijf in een "
     "verklaring.", [(0.04, "EUR/kWh")]),
])
def test_cents_in_euro_copy_are_euro_cents(tmp_path: Path, text: str, expected: list[tuple[float, str]]) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    ("Unsold homes rose to 1.4 million, the equivalent of 3.9 months' supply at the current pace.", 3.9),
    ("Inventory stood at a 5.1-month supply in the region, the agents said.", 5.1),
])
def test_months_of_supply(tmp_path: Path, text: str, expected: float) -> None:
    claims = _claims(tmp_path, text)
    assert (pytest.approx(expected), "months", "ratio") in [(c["value"], c["unit"], c["kind"]) for c in claims]


def test_a_rate_written_with_a_slash_after_the_figure(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "The county's overdose rate is now 41.7/100,000, a rise of 12% on the year.")
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(41.7), "/100000"), (pytest.approx(12), "%")]


def test_a_long_list_of_share_moves_in_p(tmp_path: Path) -> None:
    text = ("On the Philippine Stock Exchange, Ayala fell P1.50 to P640. Globe rose P12 to P1,840. SMC fell P0.80 to "
            "P98.20. Meralco rose P2.40 to P310. Aboitiz fell P0.35 to P41.15. Petron rose P0.05 to P3.12. Robinsons "
            "fell P0.60 to P55.40. Wilcon rose P0.25 to P21.75. Century fell P0.10 to P2.30. DMCI rose P0.08 to P10.58.")
    claims = _claims(tmp_path, text)
    assert len(claims) == 20 and {c["unit"] for c in claims} == {"PHP"}


@pytest.mark.parametrize("text, level", [
    ("The benchmark index gained 61.2 points to end at 4,118.40 on Thursday.", 4118.40),
    ("The composite index closed 18.75 points lower to 2,904.10 after a slow session.", 2904.10),
])
def test_index_level_after_a_move_in_points(tmp_path: Path, text: str, level: float) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["unit"], c["kind"]) for c in claims] == [("points", "change"), ("points", "level")]
    assert claims[1]["value"] == pytest.approx(level)


def test_german_half_is_a_share(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "Laut der Umfrage will mehr als die Hälfte der befragten Betriebe im Herbst die Preise erhöhen.")
    assert [(c["value"], c["unit"], c["kind"]) for c in claims] == [(pytest.approx(50), "%", "share")]


@pytest.mark.parametrize("text, expected", [
    ("失業率の上昇率は前月比0.3ポイント縮小した。", (0.3, "pp")),
    ("日経平均株価は前日比250ポイント上昇した。", (250, "points")),
])
def test_japanese_points(tmp_path: Path, text: str, expected: tuple[float, str]) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(expected[0]), expected[1])]


@pytest.mark.parametrize("text, share", [
    ("Buses carry nearly seven of every 10 commuters in the city, the agency said.", 70),
    ("Three out of every four farms reported losses after the drought.", 75),
])
def test_n_of_every_m_is_a_share(tmp_path: Path, text: str, share: float) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["value"], c["unit"], c["kind"]) for c in claims] == [(pytest.approx(share), "%", "share")]


@pytest.mark.parametrize("text, expected", [
    ("The Philippine peso weakened by 18 centavos to close at P58.10 to the dollar.", [(0.18, "PHP"), (58.10, "PHP")]),
    ("The Mexican peso gained 15 centavos against the dollar on Tuesday.", [(0.15, "MXN")]),
])
def test_centavos_of_the_peso_named(tmp_path: Path, text: str, expected: list[tuple[float, str]]) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(v), u) for v, u in expected]


def test_a_rate_naming_a_disease_code(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "The state recorded 9.4 new COVID-19 hospital admissions per 100,000 residents last week.")
    assert [(c["value"], c["unit"], c["kind"]) for c in claims] == [(pytest.approx(9.4), "/100000", "ratio")]


@pytest.mark.parametrize("text, expected", [
    ("The average price per square metre of new flats in the city reached 4,210 euros in March.", (4210, "EUR/m2")),
    ("El precio medio del metro cuadrado de la vivienda usada se situó en 2.035,6 euros en junio, según el portal.",
     (2035.6, "EUR/m2")),
])
def test_price_per_unit_named_before_the_figure(tmp_path: Path, text: str, expected: tuple[float, str]) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["value"], c["unit"], c["kind"]) for c in claims] == [(pytest.approx(expected[0]), expected[1], "ratio")]


@pytest.mark.parametrize("text, expected", [
    # another figure of the sentence stands between the price named and the money
    ("The price per tonne of copper climbed 6% and the miner's sales came to $840 in the quarter.",
     [(6, "%"), (840, "USD")]),
    # a new clause opens between them
    ("Prices per litre of milk eased, while the dairy paid its farmers 2,300 euros each.", [(2300, "EUR")]),
    # a sum with a scale word is no price per unit
    ("The price per barrel slipped as the refiner reported revenue of $1.8 billion.", [(1.8e9, "USD")]),
])
def test_money_after_a_price_per_unit_in_another_clause_keeps_its_unit(
        tmp_path: Path, text: str, expected: list[tuple[float, str]]) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(v), u) for v, u in expected]


def test_a_price_rise_then_money_keeps_its_unit(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "Food prices rose 4% this year while the retailer earned $3 million in profit.")
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(4), "%"), (pytest.approx(3e6), "USD")]


def test_thai_price_per_litre_written_before_the_figure(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "น้ำมันเบนซิน ราคาอยู่ที่ลิตรละ 38.35 บาท")
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(38.35), "THB/l")]


@pytest.mark.parametrize("text", [
    "The survey of 612 adults was taken Oct. 4-17 and has a margin of error of 4 percentage points.",
    "The survey of 612 adults was conducted June 2-9 and has a margin of error of 4 percentage points.",
])
def test_days_of_a_month_are_no_range(tmp_path: Path, text: str) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["value"], c["value_high"]) for c in claims] == [(612, None), (4, None)]
