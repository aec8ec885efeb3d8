"""A sentence of another language that the glossary reads whole is judged as its English counterpart is: the byline
before it ('সংবাদ ডেস্ক :'), a news agency it cites ('Reuters’a göre'), a city's name, the currency suffix glued to a
name (Korean '포린트화') and a Bikram Sambat year written short ('०८१ साउनमा') leave no word unread; an exchange rate's
quote is a bare figure as an index's level is; Tamil has its own glossary. A reading that lost part of its figure
(a footnote's mark before the currency, a currency sign it could not place) is not read whole: the figure goes to a
person. Invented figures and sentences in the style of the news, each with the English a translator would write."""

from __future__ import annotations

from pathlib import Path

import pytest
from language_support import glossed
from package_support import claim_results, claim_starting, cpi_package, publisher_package, rates_package

from workbench.languages import unknown_words
from workbench.models import ClaimResult, Verdict

DATE = "2024-05-01"


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("packages")
    cpi = cpi_package(folder / "cpi", {("Sri Lanka", 2022): 46.4, ("Sri Lanka", 2023): 17.0, ("Nepal", 2022): 7.7,
                                       ("Nepal", 2023): 7.1, ("Azerbaijan", 2022): 13.9, ("Azerbaijan", 2023): 8.8})
    rates = rates_package(folder / "rates", {("Japan", 2022): 131.5, ("Japan", 2023): 140.5})
    gdp = publisher_package(folder / "gdp", "gdp", "GDP (current US$)", "GDP",
                            {("Kazakhstan", 2022): 225.5e9, ("Kazakhstan", 2023): 261.4e9},
                            description="GDP at purchaser's prices (current US$)")
    return [cpi, rates, gdp]


def result_of(text: str, figure: str, packages: list[Path], date: str | None = DATE) -> ClaimResult:
    """The result on the one claim of ``text`` whose surface starts with ``figure``."""
    return claim_starting(claim_results(text, packages, date=date), figure)


# (the sentence, its figure, the English counterpart, its figure, the draft's date, the verdict both get)
COUNTERPARTS = [
    pytest.param("সংবাদ ডেস্ক : ডলার সংকটে গত এক বছরে টাকার অবমূল্যায়ন হয়েছে ২০ শতাংশ।", "২০",
                 "News desk: In the dollar crisis over the past year the taka's depreciation was 20 percent.", "20",
                 DATE, Verdict.unsupported, id="bengali-byline"),
    pytest.param("Reuters’a göre TL’nin dolar karşısındaki değer kaybı yüzde 18’i aştı.", "yüzde 18",
                 "According to Reuters, the lira's loss of value against the dollar exceeded 18 percent.", "18",
                 DATE, Verdict.unsupported, id="turkish-agency"),
    pytest.param("Bu sabah erken saatlerde dolar/TL kuru 18,45’i geçti.", "18,45",
                 "Early this morning the dollar/Turkish lira exchange rate passed 18.45.", "18.45",
                 None, Verdict.unsupported, id="turkish-rate-quote"),
    pytest.param("Azərbaycanda sentyabr ayında əvvəlki aya nəzərən 0.3%-lik deflyasiya qeydə alınmışdır.", "0.3",
                 "In Azerbaijan, a deflation of 0.3% compared with the previous month was recorded in September.", "0.3",
                 DATE, Verdict.unsupported, id="azerbaijani-month-on-month"),
    pytest.param("2023 ஜூன் மாதத்தில் இலங்கையின் பணவீக்கம் 12.0% ஆக பதிவாகியுள்ளது.", "12.0",
                 "Sri Lanka's inflation was recorded at 12.0% in June 2023.", "12.0",
                 DATE, Verdict.needs_review, id="tamil-month"),
    pytest.param("இலங்கையின் பணவீக்கம் 2022 ஆம் ஆண்டில் 46.4% ஆக இருந்தது.", "46.4",
                 "Sri Lanka's inflation was 46.4% in 2022.", "46.4", DATE, Verdict.supported, id="tamil-year"),
    pytest.param("०८१ साउनमा नेपालको वार्षिक विन्दुगत उपभोक्ता मुद्रास्फीति ४.१० प्रतिशत रहेको नेपाल राष्ट्र बैंकले जनाएको छ ।",
                 "४.१०", "Nepal Rastra Bank said Nepal's year-on-year consumer inflation was 4.10 percent in 2024/25.",
                 "4.10", None, Verdict.unsupported, id="nepali-short-year"),
    pytest.param("헝가리 포린트화 가치는 올해 달러 대비 12.5% 하락했다.", "12.5",
                 "The Hungarian forint's value fell 12.5% against the dollar this year.", "12.5",
                 DATE, Verdict.unsupported, id="korean-currency-suffix"),
    pytest.param("شهدت تونس تسارعاً في نموها الاقتصادي، حيث ارتفع من 1.8٪ في عام 2021 إلى 2.6٪ في عام 2022.", "2.6",
                 "Tunisia saw an acceleration in its economic growth, which rose from 1.8% in 2021 to 2.6% in 2022.",
                 "2.6", DATE, Verdict.unsupported, id="arabic-growth"),
    pytest.param("Le cours de l'euro à la Banque centrale du Maroc a enregistré 10,95 dirhams à l'achat, et 11,20 "
                 "dirhams à la vente.", "10,95",
                 "The euro's rate at the Central Bank of Morocco was 10.95 dirhams for buying, and 11.20 dirhams for "
                 "selling.", "10.95", DATE, Verdict.unsupported, id="french-buying-rate"),
    pytest.param("2019թ. դեկտեմբերին ԱՄՆ դոլարի նկատմամբ հայկական դրամի միջին հաշվարկային փոխարժեքը կազմել է 479.7 "
                 "դրամ:", "479.7",
                 "In December 2019 the average exchange rate of the Armenian dram against the US dollar was 479.7 "
                 "drams.", "479.7", DATE, Verdict.unsupported, id="armenian-dram"),
    pytest.param("Für die Periode Januar bis Mai 2022 wurde in Sri Lanka immerhin eine Inflation von 30,5 Prozent "
                 "verzeichnet.", "30,5",
                 "For the period January to May 2022, after all, an inflation of 30.5 percent was recorded in Sri "
                 "Lanka.", "30.5", DATE, Verdict.needs_review, id="german-period"),
    pytest.param("Για την περίοδο Ιανουαρίου – Μαΐου 2022, ο πληθωρισμός στη Σρι Λάνκα ήταν 30,5% σε σχέση με "
                 "την αντίστοιχη περσινή περίοδο.", "30,5",
                 "For the period January–May 2022, inflation in Sri Lanka was 30.5% compared with the "
                 "corresponding period last year.", "30.5", DATE, Verdict.needs_review, id="greek-period"),
]


@pytest.mark.parametrize(("text", "figure", "english", "english_figure", "date", "verdict"), COUNTERPARTS)
def test_a_sentence_read_whole_is_judged_as_its_english_counterpart(
        packages: list[Path], text: str, figure: str, english: str, english_figure: str, date: str | None,
        verdict: Verdict) -> None:
    result = result_of(text, figure, packages, date)
    counterpart = result_of(english, english_figure, packages, date)
    assert counterpart.verdict is verdict, counterpart.explanation
    assert result.verdict is verdict, result.explanation
    assert result.reason != "unknown_language_words"


def test_a_byline_needs_its_noun_before_the_colon() -> None:
    """The newsroom's name before 'desk' is no unread word; the same name before a colon with no byline noun is."""
    assert unknown_words("সংবাদ ডেস্ক : ডলার সংকটে গত এক বছরে টাকার অবমূল্যায়ন হয়েছে ২০ শতাংশ।", "bn") == []
    assert unknown_words("জুমবাংলা : ডলার সংকটে গত এক বছরে টাকার অবমূল্যায়ন হয়েছে ২০ শতাংশ।", "bn") == ["জুমবাংলা"]


def test_a_city_a_dateline_may_give_is_a_name() -> None:
    """'Bujumbura' is a place, as the gazetteer's cities are; a capitalised word that names nothing stays unread."""
    assert "Bujumbura" not in unknown_words("Selon l'institut installé à Bujumbura, les prix ont augmenté.", "fr",
                                            capitals=True)
    assert "Zorblat" in unknown_words("Zorblat a annoncé que les prix ont augmenté.", "fr", capitals=True)


def test_a_short_bikram_sambat_year_is_read_beside_its_calendar_words_only() -> None:
    assert "2024/25" in glossed("०८१ साउनमा मुद्रास्फीति ४.१० प्रतिशत रह्यो ।", "ne")
    assert "2023-2024" in glossed("आ.व. ०८०/८१ मा मुद्रास्फीति ५.४४ प्रतिशत रह्यो ।", "ne")
    assert "2024" not in glossed("मुद्रास्फीति ०८१ प्रतिशत रह्यो ।", "ne")


def test_a_decimal_point_typed_with_a_space_before_a_currency_is_one_figure() -> None:
    assert "371.60 rupees" in glossed("அமெரிக்க டொலரின் விற்பனை விலை 371. 60 ரூபாவாக காணப்படுகின்றது.", "ta")


@pytest.mark.parametrize(("text", "figure"), [
    # a footnote's mark between the figure and its currency: the reading stopped at the mark
    ("PKB (2022) • ogółem • na osobę 225,5 mld[4] USD 11 300[4] USD", "225,5"),
    # a peso written with the dollar's sign: the reading could not place the currency
    ("Durante el 2023, el tipo de cambio cotizó en un promedio de $17.74 pesos por dólar.", "$17.74"),
    # a peso of no country the reading could tell, right after the figure
    ("Durante el 2023, el tipo de cambio cotizó en un promedio de 17.7624 pesos por dólar.", "17.7624"),
])
def test_a_figure_read_without_its_currency_is_not_read_whole(packages: list[Path], text: str, figure: str) -> None:
    result = result_of(text, figure, packages)
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "unknown_language_words"


def test_a_move_of_a_currency_the_rate_series_hold_is_left_to_a_person(packages: list[Path]) -> None:
    """The yen's rows are held: 'nothing matches' a move of it is a reading that missed the move (a start-of-year to
    today change the yearly rows cannot give), not a figure no row could judge, as the forint's is."""
    held = result_of("일본 엔화 가치는 올해 달러 대비 12.5% 하락했다.", "12.5", packages)
    assert held.verdict is Verdict.needs_review, held.explanation
    unheld = result_of("헝가리 포린트화 가치는 올해 달러 대비 12.5% 하락했다.", "12.5", packages)
    assert unheld.verdict is Verdict.unsupported, unheld.explanation
