"""Currency signs glued to the digits, home-locale symbols, signs read only where the text names
their currency, and pence glued as "p" (``extraction/money_signs.py``, ``currencies.json``)."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_in, one_claim

from workbench import units


@pytest.mark.parametrize("text, surface, value, unit", [
    # a code glued to an amount
    ("The utility sold bonds worth USD250 million last week.", "USD250 million", 250e6, "USD"),
    ("The fund returned EUR1.2bn to its members.", "EUR1.2bn", 1.2e9, "EUR"),
    ("Each unit was priced at GBP1,450 before tax.", "GBP1,450", 1450, "GBP"),
    ("The dinar closed at KWD0.307 per dollar.", "KWD0.307", 0.307, "KWD"),
    # symbols of the currency's home locale (CLDR through babel), glued or spaced
    ("A litre of milk costs RM6.20 in Penang.", "RM6.20", 6.2, "MYR"),
    ("The ministry set aside Rp 3 trillion for the scheme.", "Rp 3 trillion", 3e12, "IDR"),
    ("The flat rents for zł2,800 a month.", "zł2,800", 2800, "PLN"),
    ("Tickets cost Kč450 at the door.", "Kč450", 450, "CZK"),
    ("The fine was 90,000 forints for the driver.", "90,000 forints", 90000, "HUF"),
])
def test_glued_codes_and_home_symbols(text: str, surface: str, value: float, unit: str) -> None:
    claim = one_claim(text)
    assert (claim.text, claim.value, claim.unit) == (surface, pytest.approx(value), unit)


def test_home_symbols_come_from_babel_not_a_hand_list() -> None:
    for symbol, code in (("Rp", "IDR"), ("zł", "PLN"), ("Kč", "CZK"), ("RM", "MYR")):
        assert units.canonical_unit(symbol) == code
    assert "zł" not in str(units._data())  # not written in units.json by hand


@pytest.mark.parametrize("text", [
    "The COP26 talks ended late; COP27 followed in Egypt.",  # a short integer glued to a code is a name
    "Engineers replaced valve N1315 during the overhaul.",  # no currency named: a part number
    "The R18 road is closed near the bridge.",
    "Doctors wore N95 masks on the ward.",
    "The R21 highway near Johannesburg in South Africa was closed.",  # a place names no one-letter sign's currency
])
def test_glued_signs_that_are_no_money(text: str) -> None:
    assert not any(units.is_money(c.unit) for c in claims_in(text)), [(c.text, c.unit) for c in claims_in(text)]


@pytest.mark.parametrize("text, surfaces, unit", [
    ("Traders sold the dollar for N1480 on Friday as the naira slid again.", ["N1480"], "NGN"),
    ("A bag of rice now costs N85,000 in Kano, where the naira buys less each week.", ["N85,000"], "NGN"),
    ("The rand firmed to R17.95 against the dollar.", ["R17.95"], "ZAR"),
    ("Norway's ferries charge kr 120 for a car and kr 40 for a bike.", ["kr 120", "kr 40"], "NOK"),
    ("A Danish krone buys little: lunch in Aarhus costs 140 kr.", ["140 kr"], "DKK"),
    # a word several currencies end their names with, told apart by the sign: of those written 'K', only
    # the Zambian kwacha is a kwacha; 'MK' is the Malawian kwacha's
    ("The kwacha weakened again, trading at about K22.5 against the US dollar.", ["K22.5"], "ZMW"),
    ("Importers paid MK1,650 per dollar after the kwacha was devalued.", ["MK1,650"], "MWK"),
    # the currency named in the paragraph before, its sign after
    ("The rand firmed on Friday.\n\nIt was at R20.15 to the euro and R23.40 to the pound.", ["R20.15", "R23.40"], "ZAR"),
])
def test_signs_read_where_the_text_names_their_currency(text: str, surfaces: list[str], unit: str) -> None:
    money = [c for c in claims_in(text) if units.is_money(c.unit)]
    assert [(c.text, c.unit) for c in money] == [(s, unit) for s in surfaces]


@pytest.mark.parametrize("text, surface, value", [
    # the statistics office's sums as Nigerian papers print them, the naira named nowhere (signs_read_alone)
    ("The bureau said output was N41,206,317.55 in the third quarter.", "N41,206,317.55", 41206317.55),
    ("Revenue reached N9,812,004.10m in the first half of the year.", "N9,812,004.10m", 9812004.10e6),
    ("The agency put the quarter's total at N3.4bn.", "N3.4bn", 3.4e9),
])
def test_the_naira_sign_glued_to_a_whole_amount_is_the_naira_unnamed(text: str, surface: str, value: float) -> None:
    money = [c for c in claims_in(text) if units.is_money(c.unit)]
    assert [(c.text, c.unit) for c in money] == [(surface, "NGN")]
    assert money[0].value == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "Engineers fitted part N1315 and part N12.5 on the line.",  # no thousands group, no scale: a part's name
    "The square N14 of the grid held 3,000 trees.",
    "The rand fell, and the P1,250 price tag stayed.",  # a sign several currencies share is never read alone
])
def test_one_letter_signs_glued_to_no_whole_amount_stay_no_money_unnamed(text: str) -> None:
    assert not any(c.text.startswith(("N", "P")) and units.is_money(c.unit) for c in claims_in(text))


@pytest.mark.parametrize("text, surfaces", [
    ("Back then the exchange rate was R8.40 to the Dollar and R12.10 to the Pound.", ["R8.40", "R12.10"]),
    ("A decade ago it took R6 to the dollar, and the trip cost half as much.", ["R6"]),
    ("Cape Town hotels were cheap when it was R14 against the US dollar.", ["R14"]),
])
def test_a_one_letter_sign_quoted_against_another_currency_is_money(text: str, surfaces: list[str]) -> None:
    # a rate's shape ('R8.40 to the Dollar') makes the amount money where no paragraph names the rand
    money = [c for c in claims_in(text) if units.is_money(c.unit)]
    assert [(c.text, c.unit) for c in money] == [(s, "ZAR") for s in surfaces]


@pytest.mark.parametrize("text", [
    "Take the R21 to the airport after the second exit.",  # a road: no currency follows 'to the'
    "The peso and pula both fell; it closed at P56.77 against the US dollar.",  # 'P' stands for both
    "It closed at P56.77 against the US dollar on Friday.",  # 'P' is the peso and the pula: not guessed
])
def test_a_rate_shape_does_not_pick_a_shared_sign_or_a_road(text: str) -> None:
    assert not any(units.is_money(c.unit) for c in claims_in(text)), [(c.text, c.unit) for c in claims_in(text)]


def test_le_with_no_egypt_named_is_no_money() -> None:
    assert not any(units.is_money(c.unit) for c in claims_in("Le Figaro ranked LE 40 best restaurants of Paris."))


@pytest.mark.parametrize("blank", ["\n\n", "\n  \n", "\n\t\n\n"])  # a blank line may hold spaces
def test_a_currency_named_two_paragraphs_up_tells_no_sign(blank: str) -> None:
    text = f"The rand firmed on Friday.{blank}Markets were calm.{blank}A bag of maize was R20.15 at the market."
    assert not any(units.is_money(c.unit) for c in claims_in(text))


def test_a_shared_sign_with_two_currencies_named_is_not_guessed() -> None:
    text = "Swedish and Norwegian shoppers paid kr 30 for the same cup."
    assert not any(c.unit in ("SEK", "NOK", "DKK") for c in claims_in(text))


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The shares closed at 318p on Tuesday.", "318p", 3.18, "GBP"),
    ("The grocer's stock rose 4.5p in early trade.", "4.5p", 0.045, "GBP"),
    ("Diesel rose 3p a litre over the month.", "3p a litre", 0.03, "GBP/l"),
])
def test_pence_glued_as_p(text: str, surface: str, value: float, unit: str) -> None:
    claim = one_claim(text)
    assert (claim.text, claim.value, claim.unit) == (surface, pytest.approx(value), unit)


def test_a_screen_resolution_is_no_pence() -> None:
    assert not any(units.is_money(c.unit) for c in claims_in("The camera films 1080p and 720p video."))


def test_home_symbols_file_is_what_babel_gives() -> None:
    """data/home_symbols.json is generated (scripts/home_symbols.py); after a babel upgrade, run it again."""
    from workbench.numbers import data_json

    assert data_json("home_symbols.json")["symbols"] == units.read_home_symbols()
    assert data_json("home_symbols.json")["sole_issuers"] == units.read_sole_issuers()
    assert data_json("home_symbols.json")["national_currencies"] == units.read_national_currencies()
    assert data_json("home_symbols.json")["shared_currency_words"] == units.read_shared_currency_words()


def test_a_home_symbol_that_is_an_english_abbreviation_is_left_out() -> None:
    claims = claims_in("They built a 30 ft wall and a 12 Ft fence.")
    assert not any(units.is_money(c.unit) for c in claims)


@pytest.mark.parametrize("text, surfaces, values, unit", [
    ("Uganda's parliament passed a budget of Shs72 trillion, up from Shs. 52 trillion.",
     ["Shs72 trillion", "Shs. 52 trillion"], [72e12, 52e12], "UGX"),
    ("In Kenya a sack of beans sold for Sh 3,100 at the market.", ["Sh 3,100"], [3100], "KES"),
    ("Tanzania's treasury raised 1.8 trillion shillings, then 2 trillion Shillings more.",
     ["1.8 trillion shillings", "2 trillion Shillings"], [1.8e12, 2e12], "TZS"),
    ("A nurse in Nairobi earns KShs. 45,000 a month.", ["KShs. 45,000"], [45000], "KES"),
    ("The levy costs traders Ush 250,000 a year.", ["Ush 250,000"], [250000], "UGX"),
    ("Teachers asked for TSh 1.2 million each.", ["TSh 1.2 million"], [1.2e6], "TZS"),
    # the second letter small, as Tanzanian and Ugandan forums and papers often write it
    ("A bag of maize cost Tshs.65,000 in Dodoma and Tsh 58,000 in Arusha.", ["Tshs.65,000", "Tsh 58,000"],
     [65000, 58000], "TZS"),
    ("Boda riders in Kampala pay Ushs.5,000 a day.", ["Ushs.5,000"], [5000], "UGX"),
])
def test_east_african_shillings(text: str, surfaces: list[str], values: list[float], unit: str) -> None:
    money = [c for c in claims_in(text) if units.is_money(c.unit)]
    assert [(c.text, c.value, c.unit) for c in money] == [
        (s, pytest.approx(v), unit) for s, v in zip(surfaces, values)]


def test_shillings_with_no_country_named_are_not_guessed() -> None:
    assert not any(units.is_money(c.unit) for c in claims_in("The old coin was worth 30 shillings then."))


@pytest.mark.parametrize("text, surfaces, values", [
    ("The ministry set aside Tk 500 crore for the new bridge.", ["Tk 500 crore"], [5e9]),
    ("Importers paid Tk. 118.5 for each dollar on Sunday, against Tk 110 a month before.", ["Tk. 118.5", "Tk 110"], [118.5, 110]),
])
def test_the_taka_as_bangladeshi_papers_write_it(text: str, surfaces: list[str], values: list[float]) -> None:
    money = [c for c in claims_in(text) if units.is_money(c.unit)]
    assert [(c.text, c.value, c.unit) for c in money] == [(s, pytest.approx(v), "BDT") for s, v in zip(surfaces, values)]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Windhoek set aside N$4.6 billion for drought relief.", "N$4.6 billion", 4.6e9, "NAD"),
    ("Civil servants in Harare now earn about ZiG3,100 a month.", "ZiG3,100", 3100, "ZWG"),
    ("Maputo's utility owes 12 billion meticais to its suppliers.", "12 billion meticais", 12e9, "MZN"),
    # Egypt's English press: 'LE' where Egypt or its pound is named, 'E£' alone
    ("Bread subsidies in Egypt will cost LE 127 billion next year.", "LE 127 billion", 127e9, "EGP"),
    ("A metro ticket now costs E£10.", "E£10", 10, "EGP"),
])
def test_african_currencies_as_their_papers_write_them(text: str, surface: str, value: float, unit: str) -> None:
    money = [(c.text, c.value, c.unit) for c in claims_in(text) if units.is_money(c.unit)]
    assert money == [(surface, pytest.approx(value), unit)]


def test_amounts_in_p_read_alike_when_drafts_are_read_in_parallel() -> None:
    # the app reads one session's draft per thread: a text's chain of 'P' amounts is its own
    from concurrent.futures import ThreadPoolExecutor

    moves = " ".join(f"Stock {i} fell P0.{i}5 to P{20 + i}.40." for i in range(1, 9))
    peso = f"On the Philippine exchange, shares were mixed. {moves}"
    unnamed = f"On the exchange, shares were mixed. {moves}"

    def units_of(text: str) -> list[str]:
        return [c.unit for c in claims_in(text)]

    with ThreadPoolExecutor(max_workers=4) as pool:
        read = list(pool.map(units_of, [peso, unnamed] * 8))
    assert read[0] == ["PHP"] * 16 and read[1] == []  # no currency named: the P amounts are no money
    assert read == [read[0], read[1]] * 8


@pytest.mark.parametrize("text, surface", [
    # a lone letter slipped before a decimal percent: the percent is read, with no currency
    ("Ruritania ended the year with annual inflation of L4,27%, its lowest in a decade.", "4,27%"),
    ("Prices in Ruritania rose by x3.8% over the year.", "3.8%"),
])
def test_a_lone_letter_slipped_before_a_percent_leaves_the_percent(text: str, surface: str) -> None:
    claim = one_claim(text)
    assert (claim.text, claim.unit) == (surface, "%")


@pytest.mark.parametrize("text", [
    "The G20% rule was dropped.",  # a name's digits, no decimal part
    "Their CO2.5% blend sold out.",  # a letter inside a word
])
def test_a_name_glued_to_a_percent_is_no_slip(text: str) -> None:
    assert not [c for c in claims_in(text) if c.unit == "%"], [(c.text, c.unit) for c in claims_in(text)]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("At the auction the lari settled at GEL 3.41 per USD.", "GEL 3.41", 3.41, "GEL"),
    ("Yerevan's banks sold dollars at AMD 391.2 to the dollar on Monday.", "AMD 391.2", 391.2, "AMD"),
    ("Lima's market closed at PEN 3.72 per US dollar.", "PEN 3.72", 3.72, "PEN"),
])
def test_a_code_that_is_also_a_word_is_money_quoted_against_another_currency(text: str, surface: str, value: float,
                                                                            unit: str) -> None:
    """'GEL', 'AMD', 'PEN' are left out as codes (hair gel, a chipmaker, a pen), but an amount quoted per
    another currency's unit has the shape of an exchange rate, which no word or product has."""
    found = {c.text: (c.value, c.unit) for c in claims_in(text)}
    assert found.get(surface) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text", [
    "The TOP 10 players were named on Friday.",
    "The AMD 5800 processor runs cooler.",
    "She bought a GEL 200 pack at the pharmacy.",
])
def test_a_code_that_is_also_a_word_stays_no_money_elsewhere(text: str) -> None:
    assert not any(c.unit in units.quoted_only_codes() for c in claims_in(text))


@pytest.mark.parametrize("text, surface, value, unit", [
    # Central American papers write their currency's one letter (es_GT 'Q', es_HN 'L'), which the Spanish
    # locale writes as the code: money where the currency or its country is named
    ("En la semana, el quetzal se negoció en promedio a Q7.79 por cada dólar.", "Q7.79", 7.79, "GTQ"),
    ("Los exportadores de Honduras recibieron L25.10 por dólar, según el banco central.", "L25.10", 25.1, "HNL"),
])
def test_central_american_currency_letters_where_the_currency_is_named(text: str, surface: str, value: float,
                                                                        unit: str) -> None:
    money = [(c.text, c.value, c.unit) for c in claims_in(text) if units.is_money(c.unit)]
    assert money == [(surface, pytest.approx(value), unit)]


@pytest.mark.parametrize("text", [
    "El nuevo Q7 llegó a los concesionarios en marzo.",  # a car's name: no currency named
    "La línea L25 del autobús cambia de ruta.",  # a bus line
])
def test_central_american_currency_letters_with_no_currency_named_are_no_money(text: str) -> None:
    assert not any(units.is_money(c.unit) for c in claims_in(text))


def test_a_currency_letter_slipped_before_a_percent_where_the_currency_is_named_is_no_money() -> None:
    # Honduras and its lempira named: 'L6,02%' is still a percent with a stray letter, not six lempiras
    claim = one_claim("En Honduras, la inflación interanual cerró en L6,02%, informó el banco central.")
    assert (claim.text, claim.unit) == ("6,02%", "%")


@pytest.mark.parametrize("text, surface, value, unit", [
    # an abbreviation's full stop between its letters and the digits: the sign is the abbreviation
    ("A kilo of onions sold for Rs.240 in Lahore's markets.", "Rs.240", 240, "INR"),
    ("The bank bought dollars at Rs.298.45 each on Monday.", "Rs.298.45", 298.45, "INR"),
    ("Banks in Jaffna sold the US dollar at ரூ.301.20 today.", "ரூ.301.20", 301.2, "LKR"),
    ("Colombo's banks paid රු.305.10 for a dollar.", "රු.305.10", 305.1, "LKR"),
])
def test_abbreviation_with_its_full_stop_glued_to_the_figure(text: str, surface: str, value: float, unit: str) -> None:
    claim = one_claim(text)
    assert (claim.text, claim.value, claim.unit) == (surface, pytest.approx(value), unit)


@pytest.mark.parametrize("text", [
    "See Fig.3 for the full series.",  # a figure's number after an abbreviation that is no currency
    "The drug is listed in No.12 of the schedule.",
])
def test_full_stop_after_letters_that_are_no_sign(text: str) -> None:
    assert not any(units.is_money(c.unit) for c in claims_in(text)), [(c.text, c.unit) for c in claims_in(text)]
