"""A country's name that is a common word of the draft's language ('mali': financial in Turkish, Persian and Urdu,
small in Serbian) is read as the word, so a fiscal year names no Mali; a script with capitals still names the country
by the capitalised name. An office only one country has (Algeria's 'الديوان الوطني للإحصائيات') names that country.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Mali", 2022): 9.7, ("Algeria", 2022): 9.3, ("Algeria", 2021): 7.2}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("name_words") / "cpi", ROWS)


@pytest.mark.parametrize(("text", "figure"), [
    ("رواں مالی سال 2022 میں مہنگائی کی شرح 12.4 فیصد رہی۔", "12.4 فیصد"),
    ("نرخ تورم در سال مالی 2022 به 12.4 درصد رسید.", "12.4 درصد"),
    ("2022 mali yılında enflasyon yüzde 12,4 oldu.", "yüzde 12,4"),
])
def test_a_fiscal_year_names_no_mali(cpi: Path, text: str, figure: str) -> None:
    result = claim_results(text, [cpi], "2023-06-01")[figure]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert all("Mali" not in e.dimensions.values() for e in result.evidence), result.evidence


def test_the_capitalised_name_still_names_mali(cpi: Path) -> None:
    result = claim_results("Mali enflasyonu 2022 yılında yüzde 9,7 oldu.", [cpi], "2023-06-01")["yüzde 9,7"]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize("text", [
    "الديوان الوطني للإحصائيات: التضخم بلغ سنة 2022 نسبة 9.3 بالمائة",
    "وأعلن الديوان الوطني للاحصائيات أن معدل التضخم بلغ 9.3 بالمائة في سنة 2022.",
])
def test_algerias_office_names_algeria(cpi: Path, text: str) -> None:
    result = claim_results(text, [cpi], "2023-06-01")["9.3 بالمائة"]
    assert result.verdict is Verdict.supported, result.explanation
    assert "Algeria" in result.evidence[0].dimensions.values(), result.evidence[0]


def test_a_currency_with_its_article_and_no_rows_is_unsupported(tmp_path: Path) -> None:
    """Arabic writes the article before a currency's noun and its adjective ('الدينار الليبي'); the rate of a currency
    the package holds no row of is unsupported, not left unread."""
    from package_support import rates_package

    fx = rates_package(tmp_path / "fx", {("Canada", 2021): 1.25, ("Euro", 2021): 0.846})
    text = "وبقي الدينار الليبي مستقرا في السوق عند 5 دنانير للدولار الأمريكي، بينما بلغ الريال اليمني 600 ريالا للدولار الأمريكي."
    result = claim_results(text, [fx], "2023-06-01")
    rial = next(r for surface, r in result.items() if surface.startswith("600"))
    assert rial.verdict is Verdict.unsupported, rial.explanation
