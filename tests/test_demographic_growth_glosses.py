"""A fact sheet's Romance 'demographic growth' ('croissance démographique', 'crecimiento demográfico', 'crescita
demografica', 'crescimento demográfico') is the population's growth, glossed so, not an unread 'growth
demographic'. Sentences written for these tests."""

from __future__ import annotations

import pytest

from workbench.languages import glossed_in


@pytest.mark.parametrize(("code", "text"), [
    ("fr", "Croissance démographique annuelle : 1,42 % (2031)"),
    ("es", "El crecimiento demográfico anual fue del 1,42 % en 2031."),
    ("it", "La crescita demografica annua è stata dell'1,42 % nel 2031."),
    ("pt", "O crescimento demográfico anual foi de 1,42 % em 2031."),
])
def test_demographic_growth_is_the_population_growth(code: str, text: str) -> None:
    assert "population growth" in " ".join(glossed_in(text, code).lower().split())

