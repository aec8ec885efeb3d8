"""A change over one month or one quarter named in other languages' words, read through their English glosses
(workbench/data/languages.json) and the month-on-month wordings (periods.json ``month_on_month_words``), so the
figure is ``unsupported`` (reason ``month_on_month``): only a monthly or quarterly index computes it, and the
packages hold annual rates alone.

- Arabic 'معدلًا شهريًا' (a monthly rate), with or without its glued 'و' (and);
- French 'en glissement trimestriel' (quarter on quarter);
- Romanian 'inflației lunare' (of monthly inflation);
- English 'a monthly rate of' and 'quarter-on-quarter'.
Arabic 'مؤشر أسعار المستهلكين الأساسي' is the core index: another series (``other_series``).
The package is shaped like the World Bank's consumer-price file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from package_support import claim_results, cpi_package

from workbench.models import Verdict

_ROWS = {("Jordan", 2021): 1.3, ("Jordan", 2022): 4.2, ("Senegal", 2022): 9.7, ("Romania", 2021): 5.1,
         ("Moldova", 2021): 5.1, ("Hungary", 2021): 5.1, ("Ireland", 2023): 6.3}


def _result(text: str, figure: str, date: str, tmp_path: Path):  # noqa: ANN202 — the checker's ClaimResult
    return claim_results(text, [cpi_package(tmp_path / "cpi", _ROWS)], date=date)[figure]


_ARABIC_MONTHS = ("وأظهرت بيانات دائرة الإحصاءات العامة في الأردن أن الرقم القياسي لأسعار المستهلكين سجل معدلًا شهريًا "
                  "بلغ 0.9% في أكتوبر 2022، ومعدلًا شهريًا بلغ 0.6% في سبتمبر 2022.")


@pytest.mark.parametrize(("text", "figure", "date"), [
    (_ARABIC_MONTHS, "0.9%", "2022-11-20"),
    (_ARABIC_MONTHS, "0.6%", "2022-11-20"),  # the second rate, its 'و' glued on
    ("Au Sénégal, l’indice des prix à la consommation a progressé de 1,2% en glissement trimestriel au troisième "
     "trimestre 2022.", "1,2%", "2022-11-15"),
    ("În noiembrie 2021, Ungaria a avut o rată a inflației lunare de 0,7%, potrivit oficiului de statistică.", "0,7%",
     "2021-12-20"),
    ("Irish consumer prices rose at a monthly rate of 0.5% in March 2023, the statistics office said.", "0.5%",
     "2023-04-20"),
    ("Irish consumer prices rose 1.1% quarter-on-quarter in the first quarter of 2023.", "1.1%", "2023-04-20"),
], ids=["arabic-monthly", "arabic-monthly-glued-and", "french-quarter", "romanian-monthly", "english-monthly",
        "english-quarter"])
def test_a_change_over_one_month_or_quarter_is_no_years_rate(tmp_path: Path, text: str, figure: str,
                                                             date: str) -> None:
    result = _result(text, figure, date, tmp_path)
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "month_on_month", result.explanation


def test_arabic_core_consumer_price_index_is_another_series(tmp_path: Path) -> None:
    text = "وارتفع مؤشر أسعار المستهلكين الأساسي في الأردن بنسبة 4.2% في 2022."
    result = _result(text, "4.2%", "2023-02-01", tmp_path)
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series", result.explanation
