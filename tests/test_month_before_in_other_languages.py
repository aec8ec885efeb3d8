"""A month compared with the month before, in the words of other languages: French 'comparé à février', Greek
'τον Μάρτιο σε σχέση με τον Φεβρουάριο' (the month's article says nothing where the bare month says 'in March'),
Dutch 'de consumptieprijsindex steeg in maart met 0,11 procent' (the index's own rise in a month) and a Georgian
'წინა თვესთან შედარებით' (compared with the previous month) opening its sentence in a script whose letters are
all lower case: each is a change over one month, which no annual package holds (unsupported, month on month),
while the 12-month rate beside it stays a 12-month rate.

The package is World Bank-shaped, figures invented; the sentences are the test's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi")


@pytest.mark.parametrize("text, figure", [
    ("L'indice des prix à la consommation au Chili a reculé de 0,2 % en mars, comparé à février.", "0,2 %"),
    ("Les prix au Chili ont augmenté de 0,7 % en mars comparativement à février.", "0,7 %"),
    ("Ο δείκτης τιμών καταναλωτή στη Χιλή σημείωσε άνοδο 0,6% τον Μάρτιο σε σχέση με τον Φεβρουάριο.", "0,6%"),
    ("Ο δείκτης τιμών καταναλωτή στη Χιλή σημείωσε μείωση 0,4% τον Μάρτιο σε σύγκριση με τον Φεβρουάριο του 2022.", "0,4%"),
    ("De consumptieprijsindex in Chili steeg in maart met 0,12 punt (0,11 procent).", "0,11 procent"),
    ("In Chili stegen de consumptieprijzen in maart met 0,5 procent vergeleken met februari.", "0,5 procent"),
])
def test_a_month_against_the_month_before_is_month_on_month(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2022-04-20")
    assert found[figure].verdict is Verdict.unsupported
    assert found[figure].reason == "month_on_month"


def test_the_same_month_a_year_before_stays_a_twelve_month_rate(cpi: Path) -> None:
    found = claim_results("Ο πληθωρισμός στη Χιλή ήταν 9,4% τον Μάρτιο σε σχέση με τον Μάρτιο του 2021.", [cpi],
                          "2022-04-20")
    assert found["9,4%"].reason != "month_on_month"
    assert found["9,4%"].verdict is Verdict.needs_review


def test_a_twelve_month_average_against_the_twelve_months_before_is_no_months_change(cpi: Path) -> None:
    # Greek 'δωδεκαμήνου' (of the twelve-month period): the average index of January–December against that of the
    # year before is a yearly rate, not the index's rise in the last month its sentence names
    found = claim_results("Ο μέσος δείκτης τιμών καταναλωτή της Χιλής του δωδεκαμήνου Ιανουαρίου 2021 – Δεκεμβρίου "
                          "2021, σε σύγκριση με τον αντίστοιχο δείκτη του δωδεκαμήνου Ιανουαρίου 2020 – Δεκεμβρίου 2020, "
                          "παρουσίασε αύξηση 1,2%.", [cpi], "2022-01-20")
    assert found["1,2%"].reason != "month_on_month", found["1,2%"].explanation
    assert found["1,2%"].verdict is not Verdict.unsupported, found["1,2%"].explanation


def test_a_sentence_of_a_script_without_capitals_opens_after_a_full_stop(cpi: Path) -> None:
    found = claim_results("ჩილეში მარტში წლიური ინფლაცია 9.4% იყო. წინა თვესთან შედარებით კი – სამომხმარებლო ფასები "
                          "0.8%-ით გაიზარდა.", [cpi], "2022-04-20")
    assert found["0.8%"].reason == "month_on_month"
    assert found["9.4%"].reason != "month_on_month"


@pytest.mark.parametrize("text, figure", [
    ("شاخص قیمت مصرف کننده در شیلی نسبت به ماه قبل ۰٫۸ درصد افزایش یافت.", "۰٫۸ درصد"),
    ("Farashin kayayyaki a Chile ya karu da kashi 0.8 cikin 100 idan aka kwatanta da watan da ya gabata.",
     "kashi 0.8 cikin 100"),
])
def test_the_previous_month_unnamed_is_month_on_month_in_every_language(cpi: Path, text: str, figure: str) -> None:
    # every language glosses the concept (languages.json concepts 'month-on-month', or says why not)
    found = claim_results(text, [cpi], "2022-04-20")
    assert (found[figure].verdict, found[figure].reason) == (Verdict.unsupported, "month_on_month")


@pytest.mark.parametrize("text, figure", [
    ("Spotrebiteľské ceny tovarov a služieb v Čile pritom medzimesačne rástli najrýchlejšie za dva roky, a to o 0,9 %.",
     "0,9 %"),
    ("Spotřebitelské ceny zboží a služeb v Chile přitom meziměsíčně vzrostly nejvíce za dva roky, a to o 0,9 %.",
     "0,9 %"),
])
def test_a_figure_after_namely_keeps_its_clauses_month_on_month(cpi: Path, text: str, figure: str) -> None:
    # Slovak and Czech 'a to' (namely) gives the clause's change its size: no new clause as 'a' (and) opens, and
    # the 'a' of 'goods and services' joins two nouns
    found = claim_results(text, [cpi], "2022-04-20")
    assert found[figure].verdict is Verdict.unsupported and found[figure].reason == "month_on_month", \
        found[figure].explanation


def test_a_comparison_with_the_month_before_in_the_next_figures_clause_is_that_figures(cpi: Path) -> None:
    """The clause after the comma runs on to the next figure with no other mark: its comparison with February is
    the 0.8 %'s, and the 9.4 % before it, compared with March a year before, stays a 12-month rate."""
    found = claim_results("In Chile the rate in March 2022 against March 2021 was 9.4%, in March against February "
                          "the price index rose 0.8%.", [cpi], "2022-04-20")
    assert found["9.4%"].reason != "month_on_month", found["9.4%"].explanation
    assert found["0.8%"].reason == "month_on_month", found["0.8%"].explanation


@pytest.mark.parametrize("text, year_rate, month_change", [
    # the 12-month rate's bracketed index level is an aside: the comparison with February after it is the next figure's
    ("Compared with March 2021, consumer prices in Chile rose in March 2022 by 9.4% (price index 109.4), while "
     "compared with February 2022 they rose by 0.8% (price index 100.8).", "9.4%", "0.8%"),
    # Polish joins the two clauses with 'a' (whereas)
    ("W marcu 2022 r. ceny towarów i usług konsumpcyjnych w Chile wzrosły w porównaniu do marca 2021 r. o 9,4% "
     "(wskaźnik cen 109,4), a w stosunku do lutego 2022 r. wzrosły o 0,8% (wskaźnik cen 100,8).", "9,4%", "0,8%"),
])
def test_a_twelve_month_rate_with_a_bracketed_index_keeps_its_basis(cpi: Path, text: str, year_rate: str,
                                                                    month_change: str) -> None:
    found = claim_results(text, [cpi], "2022-04-20")
    assert found[year_rate].reason != "month_on_month", found[year_rate].explanation
    assert found[year_rate].verdict is Verdict.needs_review, found[year_rate].explanation
    assert found[month_change].reason == "month_on_month", found[month_change].explanation


def test_a_polish_year_on_year_rate_dated_by_the_paragraph_before_is_a_months_rate(cpi: Path) -> None:
    # 'w ujęciu rocznym' and 'rdr' (year on year): December's 12-month rate, not the year's average
    text = ("Wskaźnik cen towarów i usług konsumpcyjnych w Chile w grudniu pozostał na tym samym poziomie co w "
            "listopadzie.\n\nW ujęciu rocznym dynamika CPI ukształtowała się na poziomie 7,9% rdr – podał urząd.")
    found = claim_results(text, [cpi], "2023-01-10")
    assert found["7,9%"].verdict is Verdict.needs_review, found["7,9%"].explanation
