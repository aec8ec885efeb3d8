"""A share written right after a part's count ('men numbered 349.5 thousand, or 47.9 %', 'women 380.7 thousand
(52.1 %)') restates that count: it is the part's share of its table's total, the part named by the count's words,
'women' and 'men' naming a register's Females and Males columns. An invented register of one day's counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting

from workbench.models import Verdict


@pytest.fixture()
def register(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "register"
    folder.mkdir()
    (folder / "region_population_2031-01-01.csv").write_text(
        "Region,Total,Males,Females\nValparaíso Region,1815902,880000,935902\nBiobío Region,1613059,780000,833059\n",
        encoding="utf-8")
    return [folder]


SENTENCE = ("On 1 January 2031 the Valparaíso Region had {men} thousand men, or {men_share}%, and {women} thousand "
            "women ({women_share}%).")


def test_shares_after_each_parts_count_are_their_shares_of_the_total(register: list[Path]) -> None:
    text = SENTENCE.format(men="880.0", men_share="48.5", women="935.9", women_share="51.5")
    results = claim_results(text, register, "2031-03-01")
    for figure, column in (("880.0", "Males"), ("48.5%", "Males"), ("935.9", "Females"), ("51.5%", "Females")):
        result = claim_starting(results, figure)
        assert result.verdict is Verdict.supported, (figure, result.explanation)
        assert column.lower() in result.evidence[0].metric.lower() + result.explanation.lower(), result.explanation


def test_a_share_its_part_misses_is_not_supported(register: list[Path]) -> None:
    # 880,000 of 1,815,902 is 48.5 %, not 45.5 %
    text = SENTENCE.format(men="880.0", men_share="45.5", women="935.9", women_share="51.5")
    result = claim_starting(claim_results(text, register, "2031-03-01"), "45.5%")
    assert result.verdict is Verdict.contradicted, result.explanation


def test_women_alone_name_the_females_column(register: list[Path]) -> None:
    text = "On 1 January 2031 the number of women in the Valparaíso Region was 935.9 thousand."
    result = claim_starting(claim_results(text, register, "2031-03-01"), "935.9")
    assert result.verdict is Verdict.supported, result.explanation
