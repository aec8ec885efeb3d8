"""A country profile's box: a heading naming the country, then, in the heading's own block, a label line whose
period stands bracketed at its end ('Population statistics (2019)'), then the box's figures. The label line
heads the box as a heading does: its year is the figures' year, whatever measure it names. A bracketed year
inside a sentence of the paragraph before dates nothing that way. Package publisher-shaped, figures invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, population_package

from workbench.models import Verdict

PERU = {("Peru", 2019): 32_510_000, ("Peru", 2020): 32_830_000, ("Peru", 2021): 33_030_000,
        ("Peru", 2022): 33_400_000, ("Peru", 2023): 33_850_000}


def test_a_label_line_under_the_heading_dates_the_boxs_figures(tmp_path: Path) -> None:
    pop = population_package(tmp_path / "pop", PERU)
    box = "# Peru\nPopulation statistics (2019)\n\nPopulation 32.51 million people"
    supported = claim_results(box, [pop], date=None)["32.51 million"]
    assert supported.verdict is Verdict.supported and supported.evidence[0].period == "2019", supported.explanation
    wrong = claim_results(box.replace("32.51", "33.41"), [pop], date=None)["33.41 million"]
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].period == "2019", wrong.explanation


def test_a_bracketed_year_in_a_sentence_before_is_no_heading(tmp_path: Path) -> None:
    pop = population_package(tmp_path / "pop", PERU)
    text = ("# Peru\nThe census office revised its figures (2019), the minister said.\n\n"
            "Population 33.85 million people")
    result = claim_results(text, [pop], date=None)["33.85 million"]
    assert result.evidence[0].period == "2023", result.explanation
