"""A word saying how a figure moved ('eased notably from 4.2 percent', 'rose sharply to 9 %') is no subject
that the figure counts: the clause's and the sentence's own words name its measure, so the figure is
matched as any rate of that sentence, never 'nothing matches … about sharply'. Judged by the World Bank's
inflation package as ../shared ships it, whose words a bare 'prices' must reach."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import wild_package
from package_support import claim_results

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")


def _inflation() -> Path:
    return wild_package("inflation")


@pytest.mark.parametrize("adverb", ["notably", "sharply", "markedly"])
def test_a_moves_manner_is_not_what_the_figure_counts(adverb: str) -> None:
    text = f"The central bank of Ghana says prices eased {adverb} from 31.3 percent in 2022."
    result = claim_results(text, [_inflation()], date="2024-01-05")["31.3 percent"]
    assert "about " + adverb not in result.explanation
    assert result.reason != "no_match" and result.verdict.value != "unsupported", result.explanation
    assert "31.3 % for 2022" in result.explanation, result.explanation
