"""What a figure measures when its sentence says it only by referring back or by what it counts:

- a pronoun that refers back may follow an opening adverb ('Thus it has grown by 0.9 %') or take a
  modal before its verb ('it would reach'), and German writes it after its verb ('Damit ist sie …
  gewachsen'): the sentence before names the measure, so a country the data does not cover is said;
- an adverb after the counted noun ('people permanently lived in …', as a German gloss orders it)
  leaves 'people' the counted noun, so the population it implies is read.

Packages are World Bank-shaped, figures invented; the sentences are ours."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting

from workbench.models import Verdict

@pytest.fixture()
def packages(kaz_rus_packages: list[Path]) -> list[Path]:
    return kaz_rus_packages


@pytest.mark.parametrize("text, figure", [
    ("Austria's population rose by 41,000 people last year. Thus it has grown by 0.5 percent.", "0.5"),
    ("Austria's population rose by 41,000 people last year. It would reach 9.2 million in 2030.", "9.2"),
    ("Die Bevölkerung Österreichs wuchs im vergangenen Jahr um 41 000 Personen. "
     "Damit ist sie um 0,5 Prozent gewachsen.", "0,5"),
])
def test_a_pronoun_referring_back_carries_the_measure(packages: list[Path], text: str, figure: str) -> None:
    found = claim_results(text, packages, "2022-03-01")
    result = claim_starting(found, figure)
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered")


@pytest.mark.parametrize("text, figure", [
    ("At the end of 2021, 9,027,000 people permanently lived in Austria.", "9,027,000"),
    ("Ende 2021 haben 9 027 000 Menschen ständig in Österreich gewohnt.", "9 027 000"),
])
def test_an_adverb_after_the_counted_noun_counts_nothing(packages: list[Path], text: str, figure: str) -> None:
    found = claim_results(text, packages, "2022-03-01")
    result = claim_starting(found, figure)
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered")
