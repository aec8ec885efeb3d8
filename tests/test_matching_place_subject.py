"""A subject that is only a place ('The … consumer price index (CPI) in Chile was contained at 4.5 %')
says where, not what: the words before the figure name the measure."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, publisher_package

CO2 = {("Chile", 2020): 23.1, ("Chile", 2021): 24.0, ("Norway", 2020): 11.2, ("Norway", 2021): 11.4}


@pytest.mark.parametrize("text, surface, verdict", [
    ("The 2021 consumer price index (CPI) in Chile was contained at 4.5%, short of the 3% goal.", "4.5%", "supported"),
    ("The 2022 Consumer Price Index (CPI) in Norway was held at 7.9%, the bureau said.", "7.9%", "contradicted"),
])
def test_a_place_as_the_subject_leaves_the_measure_to_the_words_before_it(tmp_path: Path, text: str, surface: str,
                                                                        verdict: str) -> None:
    packages = [cpi_package(tmp_path / "cpi"),
                publisher_package(tmp_path / "co2", "co2", "Carbon dioxide emissions per capita, index and price "
                                  "of fuel in percent", "Per capita", CO2)]
    assert claim_results(text, packages, date="2024-03-01")[surface].verdict.value == verdict


@pytest.mark.parametrize("text, measure_words", [
    ("The 2021 consumer price index (CPI) in Chile was contained at 4.5%.", {"consumer", "price", "index"}),
    ("Average monthly wages in Kenya were 31,000 shillings in 2022.", {"wage"}),
])
def test_the_words_before_the_figure_are_the_subject_when_extraction_gives_only_the_place(
        text: str, measure_words: set[str]) -> None:
    from workbench.drafts import parse_draft
    from workbench.extraction import extract
    from workbench.gazetteer import Gazetteer
    from workbench.matching import draft_context

    draft = parse_draft(f"---\ndate: 2024-03-01\n---\n\n{text}\n".encode(), "draft.md")
    claim = extract(draft, as_of=draft.date)[0]
    ctx = draft_context(claim, draft, draft.date, Gazetteer.default())
    assert measure_words <= ctx.subject, (claim.subject, ctx.subject)
