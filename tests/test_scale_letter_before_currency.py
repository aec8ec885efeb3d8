"""A scale letter written apart from the figure right before a currency code, as portal and ticker copy
writes it ('1,84 T USD', '9,6 K USD', '640 M EUR'), is the figure's scale — in English and through the
gloss of other languages; a lone spaced letter before anything else ('5 K points', 'Group B') is none.

Packages are World Bank-shaped, with invented figures."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_helpers import claims_in  # noqa: E402
from package_support import claim_results, population_and_gdp  # noqa: E402

from workbench.models import Verdict  # noqa: E402

POPULATION = {("Chile", 2030): 20_000_000, ("Peru", 2030): 35_000_000}
GDP = {("Chile", 2030): 368_000_000_000, ("Peru", 2030): 1_840_000_000_000}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("The economy of Peru was worth 1.84 T USD in 2030, the ministry said.", "1.84 T USD", 1.84e12, "USD"),
    ("The fund closed its second round at 640 M EUR last spring.", "640 M EUR", 640e6, "EUR"),
    ("Average pay reached 9.6 K USD a year in the capital.", "9.6 K USD", 9_600, "USD"),
    ("Output hit 1.84T USD in 2030.", "1.84T USD", 1.84e12, "USD"),
])
def test_a_spaced_scale_letter_before_a_currency_code_scales_the_figure(text: str, surface: str, value: float,
                                                                        unit: str) -> None:
    claim = next(c for c in claims_in(text) if c.text == surface)
    assert claim.value == pytest.approx(value) and claim.unit == unit


@pytest.mark.parametrize("text", [
    "The striker scored 5 K points over the season, a club record.",
    "Only 4 T shirts were left on the stall by noon.",
])
def test_a_spaced_letter_before_anything_but_a_currency_is_no_scale(text: str) -> None:
    assert all(c.value < 10 for c in claims_in(text)), [(c.text, c.value) for c in claims_in(text)]


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("Nel 2030 il PIL del Perù era pari a 1,84 T USD, secondo l'istituto di statistica.", "1,84 T USD",
     Verdict.supported),
    ("Nel 2030 il PIL del Perù era pari a 2,60 T USD, secondo l'istituto di statistica.", "2,60 T USD",
     Verdict.contradicted),
    ("Nel 2030 il PIL pro capite del Cile era pari a 18,40 K USD.", "18,40 K USD", Verdict.supported),
])
def test_italian_portal_figures_with_a_scale_letter_are_judged(packages: list[Path], text: str, claim: str,
                                                               verdict: Verdict) -> None:
    result = claim_results(text, packages, "2031-06-01")[claim]
    assert result.verdict is verdict, result.explanation
