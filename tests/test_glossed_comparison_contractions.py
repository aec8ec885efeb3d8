"""A comparison's base written with the preposition and article contracted: German 'im Vergleich zum Jahr 2030'
(zu + dem) and 'zur' (zu + der), Portuguese 'em relação aos anos' (a + os), 'à', 'às', read as English's
'compared with the …', so the year after it is the base of the change, not a word left unread. And the
change and linking words such sentences write around the figure ('verringert', 'spadek', 'pomiędzy').
The sentences are invented."""

from __future__ import annotations

import pytest
from language_support import glossed

from workbench.languages import unknown_words


@pytest.mark.parametrize(("code", "text", "english"), [
    ("de", "Der Wert ist im Vergleich zum Jahr 2030 gestiegen.", "compared with the year 2030"),
    ("de", "Die Quote ist im Vergleich zur Vorperiode gesunken.", "compared with the"),
    ("pt", "A taxa subiu em relação aos anos anteriores.", "compared with the"),
    ("pt", "A taxa caiu em relação à média de 2030.", "compared with the"),
])
def test_a_contracted_comparison_reads_compared_with(code: str, text: str, english: str) -> None:
    assert english in glossed(text, code)


@pytest.mark.parametrize(("code", "text", "word"), [
    ("de", "Die Emissionen haben sich um 12 Prozent verringert.", "verringert"),
    ("pl", "Pomiędzy rokiem 2020 a 2030 spadek emisji wyniósł 12 proc.", "spadek"),
    ("es", "Aunque el dióxido de carbono creció, la cifra se mantuvo.", "dióxido"),
])
def test_a_change_or_linking_word_is_read(code: str, text: str, word: str) -> None:
    assert word not in unknown_words(text, code, capitals=True)
