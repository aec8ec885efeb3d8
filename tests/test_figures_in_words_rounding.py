"""A figure written in words keeps the rounding of the digit it states: 'eight million' allows what
'8 million' allows (7.5–8.5 million, widened by the slack), as speech and transcripts round; only
'one million' / 'a million', which state the scale alone, are held to the approximation band. A decimal
said in words ('eight point three million', as a broadcast says 8.3 million) states its digits and is
held to them, not to the band of a round figure."""

from __future__ import annotations

import pytest
from package_support import publisher_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.models import Verdict
from workbench.reference.loader import load_reference

# Invented mid-year populations.
POPULATION = {("Chile", 2021): 8_420_000, ("Chile", 2022): 8_470_000, ("Peru", 2021): 1_380_000,
              ("Peru", 2022): 1_390_000, ("Bolivia", 2021): 5_610_000}


@pytest.fixture(scope="module")
def check(tmp_path_factory: pytest.TempPathFactory):
    folder = publisher_package(tmp_path_factory.mktemp("words") / "population", "population", "Population",
                               "Population", POPULATION, description="Mid-year estimates of the population.")
    reference, config = load_reference([folder]), Config(root=folder.parent, reference=[folder])

    def run(text: str) -> dict[str, Verdict]:
        draft = parse_draft(f"---\ndate: 2024-03-01\n---\n\n{text}\n".encode(), "draft.md")
        return {r.claim.text: r.verdict for r in check_draft(draft, reference, config).results}
    return run


@pytest.mark.parametrize(("sentence", "claim", "verdict"), [
    # the digit's rounding, in words as in digits
    ("The minister said Chile's population was eight million in 2021.", "eight million", Verdict.supported),
    ("The minister said Chile's population was 8 million in 2021.", "8 million", Verdict.supported),
    ("On the radio he said Bolivia's population was six million in 2021.", "six million", Verdict.supported),
    # beyond that rounding it is still wrong
    ("The minister said Chile's population was seven million in 2021.", "seven million", Verdict.contradicted),
    # 'one million' states the scale alone: 1.38 million is no 'one million'
    ("The governor said Peru's population was one million in 2021.", "one million", Verdict.contradicted),
    # a spoken decimal is as exact as its digits: 8.42 million is no 'eight point three million'
    ("On the radio the minister said Chile's population was eight point four million in 2021.",
     "eight point four million", Verdict.supported),
    ("On the radio the minister said Chile's population was eight point three million in 2021.",
     "eight point three million", Verdict.contradicted),
    ("On the radio the minister said Chile's population was about eight point three million in 2021.",
     "eight point three million", Verdict.supported),
])
def test_figures_in_words_round_as_their_digits(check, sentence: str, claim: str, verdict: Verdict) -> None:
    assert check(sentence)[claim] is verdict
