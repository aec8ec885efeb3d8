"""A gloss that names a country ('国家统计局', China's statistics office, when Chinese copy names no other) is
that country's only when no place's name stands right before it: after '俄罗斯' (Russia) it is Russia's
office, and the figure it reports is Russia's, not a figure about China (``after_place_name`` in
workbench/data/languages.json).

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, claim_starting

from workbench.languages import gloss_paragraphs
from workbench.models import Verdict


def _english(text: str, code: str = "zh") -> str:
    return gloss_paragraphs(text, [(0, len(text), code)]).text


def test_the_office_after_a_country_s_name_is_that_country_s() -> None:
    assert "China" not in _english("俄罗斯国家统计局公布的数据")
    assert "China" in _english("国家统计局公布的数据")


def test_a_figure_the_office_of_a_named_country_reports_is_judged_as_that_country_s(
        kaz_rus_packages: list[Path]) -> None:
    found = claim_results("俄罗斯国家统计局数据显示,2021年国内生产总值为18400亿美元。", kaz_rus_packages, "2022-05-01")
    assert claim_starting(found, "18400").verdict is Verdict.supported


def test_the_office_alone_still_speaks_of_china(kaz_rus_packages: list[Path]) -> None:
    found = claim_results("国家统计局数据显示,2021年国内生产总值为18400亿美元。", kaz_rus_packages, "2022-05-01")
    result = claim_starting(found, "18400")
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered")
