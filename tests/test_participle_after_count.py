"""A verb's participle right after a count ('530,000 recorded in 2021', '19.2 million registered at the
start of 2021') is no noun the figure counts: the figure is about the sentence's own measure, read
before it. Before, the participle stood as the measure, nothing matched it and the claim was failed
as 'unsupported' (a false alarm).

Packages are World Bank-shaped (``conftest.kaz_rus_packages``), figures invented.
"""

from __future__ import annotations

from pathlib import Path

from package_support import claim_starting, claim_results

from workbench.extraction import extract_text
from workbench.models import Verdict


def test_a_participle_after_a_count_is_not_its_subject() -> None:
    claims = {c.text: c for c in extract_text("The population of the town reached 41,300 recorded in 2021.")}
    assert claim_starting(claims, "41,300").subject != "recorded"


def test_a_population_count_with_a_participle_is_judged_by_population(kaz_rus_packages: list[Path]) -> None:
    for text in ("Kazakhstan's population rose to 19,000,000 recorded in 2021.",
                 "The population of Russia stood at 145 million registered in 2021."):
        found = claim_results(text, kaz_rus_packages, "2022-06-01")
        result = next(iter(found.values()))
        assert result.verdict is Verdict.supported, (text, result.explanation)


def test_people_named_by_a_participle_stay_what_the_figure_counts() -> None:
    # '-ed' words news uses as nouns for people are the counted noun, not a verb after the figure
    for text, noun in (("Spain had 2.8 million unemployed at the end of 2030.", "unemployed"),
                       ("The floods left 12,000 displaced in the province.", "displaced")):
        claims = {c.text: c for c in extract_text(text)}
        figure = next(c for t, c in claims.items() if t[0].isdigit())
        assert figure.subject is not None and noun in figure.subject, (text, figure.subject)
