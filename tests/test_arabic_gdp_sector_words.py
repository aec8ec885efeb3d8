"""Arabic GDP releases split the economy into its oil, non-oil and government activities ('الأنشطة النفطية', 'الأنشطة غير
النفطية', 'الأنشطة الحكومية'): read, the sentence of a GDP in riyals at current prices is read whole, and a figure of a
series no package holds is unsupported, not left for review as unread words. The package is World Bank-shaped with
invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.languages import gloss_paragraphs, unknown_words
from workbench.models import Verdict

RELEASE = ("وأوضحت الهيئة أن الناتج المحلي الإجمالي بالأسعار الجارية لعام 2040 بلغ 3.912 مليار ريال، حيث ساهمت "
           "الأنشطة غير النفطية بنسبة 51.3% تليها الأنشطة النفطية بنسبة 33.1% ثم الأنشطة الحكومية بنسبة 12.8%.")


@pytest.fixture(scope="module")
def gdp(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("gdp"), {("Kazakhstan", 2040): 21_000_000.0},
                              {("Kazakhstan", 2040): 3.1e11})


def test_the_activities_of_the_economy_are_read() -> None:
    assert unknown_words(RELEASE, "ar") == []
    english = gloss_paragraphs(RELEASE, [(0, len(RELEASE), "ar")]).text
    for words in ("non-oil activities", "oil activities", "government activities"):
        assert words in english, english


def test_a_gdp_in_riyals_no_package_holds_is_unsupported(gdp: list[Path]) -> None:
    results = claim_results(RELEASE, gdp, None)
    result = next(r for text, r in results.items() if text.startswith("3.912"))
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason != "unknown_language_words"
