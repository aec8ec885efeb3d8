"""'The world's largest economy' names the field a ranking is taken in, not the World aggregate: so too where a
language links the place and the ranking by an attributive particle glossed 'of' (Korean '세계의 최대 경제국',
'world of largest economy'). The figure is the subject's (Russia's), judged by its row, not declined as the World's."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results
from workbench.models import Verdict

# the kaz_rus_packages fixture: Russia's GDP 1,840 billion US$ in 2021; no World row


def _only(text: str, packages: list[Path]):
    [result] = claim_results(text, packages, date=None).values()
    return result


def test_korean_worlds_largest_economy_is_a_ranking(kaz_rus_packages: list[Path]) -> None:
    result = _only("러시아는 세계의 최대 경제국으로 2021년 생산액은 2조3000억 달러였다.", kaz_rus_packages)
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Russian Federation"


def test_english_possessive_still_reads_a_ranking(kaz_rus_packages: list[Path]) -> None:
    result = _only("Russia, the world's largest economy, had output of $1.84 trillion in 2021.", kaz_rus_packages)
    assert result.verdict is Verdict.supported


def test_the_world_named_as_the_place_stays_the_world(kaz_rus_packages: list[Path]) -> None:
    # no ranking after the possessive: the world's own output, which the data does not hold
    result = _only("The world of 2021 produced $96 trillion of goods and services.", kaz_rus_packages)
    assert result.verdict is not Verdict.contradicted
