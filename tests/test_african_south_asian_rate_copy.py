"""Exchange-rate copy of African and South Asian currencies in their own press: a rate written as a whole amount and
its hundredths ('165 rupees 40 paise'), a currency's price quoted 'to the dollar' in Arabic ('جنيها للدولار'), a
currency's fall written 'crashed by 45 paise' and the dollar index's level in Hindi.

The rate package is shaped like the Federal Reserve's yearly file (units per US dollar, invented figures): it holds
India and Sri Lanka only, so the Egyptian pound and the Pakistani rupee are currencies no series holds. Sentences are
written for these tests in the shape such copy takes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, module_package, rates_package

from workbench.models import ClaimResult, Verdict


def _rates(folder: Path) -> Path:
    return rates_package(folder, {("India", 2021): 73.9, ("India", 2022): 78.6, ("India", 2023): 82.6,
                                  ("Sri Lanka", 2021): 198.9, ("Sri Lanka", 2022): 320.8, ("Sri Lanka", 2023): 327.1})


rates = module_package(_rates)


def _result(text: str, figure: str, packages: list[Path], date: str | None = "2023-11-20") -> ClaimResult:
    return claim_starting(claim_results(text, packages, date), figure)


@pytest.mark.parametrize("text, figure, currency", [
    # the dollar's price in rupees and paise: quoted to the paisa, as a rate is — in English and in Urdu
    ("In Pakistan the value of the dollar held at 165 rupees 40 paise in the interbank market.", "165 rupees",
     "Pakistani rupee (PKR)"),
    ("پاکستان میں انٹربینک مارکیٹ میں ڈالر کی قدر 165 روپے 40 پیسے برقرار ہے۔", "165 روپے", "Pakistani rupee (PKR)"),
    # whole pounds 'to the dollar' in Arabic copy: the pound's price of the dollar, whatever words are left unread
    ("وتراجع الجنيه المصري إلى نحو 30 جنيها للدولار الأمريكي في البنوك المحلية خلال العام.", "30 جنيها",
     "Egyptian pound (EGP)"),
    ("وتراجع الجنيه المصري إلى نحو 30 جنيها للدولار في البنوك المحلية خلال العام.", "30 جنيها", "Egyptian pound (EGP)"),
])
def test_a_rate_of_a_currency_no_series_holds_written_whole_is_declined(rates: Path, text: str, figure: str,
                                                                       currency: str) -> None:
    result = _result(text, figure, [rates])
    assert (result.verdict, result.reason) == (Verdict.unsupported, "currency_not_held"), result.explanation
    assert currency in result.explanation


def test_a_whole_sum_beside_the_dollar_is_no_rate(rates: Path) -> None:
    # a price in whole rupees, no hundredths and not quoted to the dollar: a sum, not the rupee's rate
    result = _result("In Pakistan the dollar rose as a kilo of flour reached 165 rupees in the city.", "165 rupees",
                     [rates])
    assert result.reason != "currency_not_held", result.explanation


def test_a_currency_crashing_by_its_hundredths_is_a_move_for_a_person(rates: Path) -> None:
    # 'crashed by 45 paise' is a fall of the Indian rupee's rate, a day's, which no yearly row is: not 'nothing matches'
    result = _result("The Indian rupee crashed by 45 paise to close at 82.95 against the US dollar on Tuesday.",
                     "45 paise", [rates])
    assert result.verdict is Verdict.needs_review, result.explanation


def test_the_dollar_index_read_whole_in_hindi_is_no_series_of_the_data(rates: Path) -> None:
    # every word read: the dollar index's level, which no package holds — as in English, not for review
    result = _result("इस बीच डॉलर सूचकांक 0.8 प्रतिशत बढ़कर 104.35 पर पहुंच गया.", "104.35", [rates])
    assert result.verdict is Verdict.unsupported, result.explanation
    english = _result("Meanwhile the dollar index rose 0.8 percent to 104.35.", "104.35", [rates])
    assert english.verdict is Verdict.unsupported, english.explanation
