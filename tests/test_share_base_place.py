"""A country group named as the whole of a share set off after another figure ('…, 27 percent of the
world's total, came from Peru') is the share's base, not the place of the sentence's figures; a share
standing alone ('reached 3.8% of world output') keeps the group. A place behind a cause word that opens
a clause about itself ('due to Peru, where output rose 9%') is the place of that clause's figures.

A small package of our own: a yearly total for one country and for the World aggregate.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict

_PERU = {2019: 41.0, 2020: 38.0, 2021: 45.0}
PACKAGE = [{"name": "output", "metric": "copper output", "aliases": ["copper output", "copper production"],
            "unit": "t", "dims": ["country"],
            "rows": [{"period": str(y), "value": v * 1e6, "country": "Peru"} for y, v in _PERU.items()]
            + [{"period": str(y), "value": v * 6e6, "country": "World"} for y, v in _PERU.items()]}]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("share_base") / "reference", PACKAGE)


@pytest.mark.parametrize("sentence", [
    "In 2021 some 45 million tonnes of copper output, 17 percent of the world's total, came from Peru.",
    "Copper output in Peru reached 45 million tonnes in 2021, about 17% of global production.",
])
def test_the_base_of_a_share_set_off_after_a_figure_leaves_the_country(package: Path, sentence: str) -> None:
    results, _ = check_text(f"---\ndate: 2022-03-01\n---\n\n{sentence}\n", package)
    result = results["45 million tonnes"]
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].dimensions or {}).get("country") == "Peru"


def test_the_base_of_a_share_leaves_the_country_of_the_paragraph_before(package: Path) -> None:
    results, _ = check_text("---\ndate: 2022-03-01\n---\n\n"
                            "Peru has become the mining industry's favourite destination.\n\n"
                            "In 2021 the country produced 45 million tonnes of copper output, "
                            "17 percent of the global total.\n", package)
    result = results["45 million tonnes"]
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].dimensions or {}).get("country") == "Peru"


def test_a_share_led_in_by_a_relative_clause_leaves_the_country_of_the_paragraph_before(package: Path) -> None:
    results, _ = check_text("---\ndate: 2022-03-01\n---\n\n"
                            "Peru has become the mining industry's favourite destination.\n\n"
                            "In 2021 the country produced 45 million tonnes of copper output, "
                            "which is 17 percent of global production.\n", package)
    result = results["45 million tonnes"]
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].dimensions or {}).get("country") == "Peru"


def test_a_share_standing_alone_keeps_its_group(package: Path) -> None:
    results, _ = check_text("---\ndate: 2022-03-01\n---\n\n"
                            "Peru's copper output reached 17% of world output in 2021.\n", package)
    result = results["17%"]
    # read as Peru's part of the World's total (45 of 270 million tonnes), which it is
    assert result.verdict is Verdict.supported, result.explanation
    assert {c.period for c in result.evidence[0].cells} == {"2021"} and len(result.evidence[0].cells) == 2


@pytest.mark.parametrize("cause", ["due to", "driven by"])
def test_a_place_behind_a_cause_word_that_opens_its_own_clause_is_that_clause_s_place(package: Path,
                                                                                     cause: str) -> None:
    results, _ = check_text("---\ndate: 2022-03-01\n---\n\n"
                            f"Much of the 4% global rise in 2021 was {cause} Peru, where copper output "
                            "grew 18% from 2020 to 2021.\n", package)
    result = results["18%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].dimensions or {}).get("country") == "Peru"


@pytest.mark.parametrize("whole", ["total world production", "all world production"])
def test_a_share_of_the_total_of_a_group_leaves_the_country_of_the_paragraph_before(package: Path, whole: str) -> None:
    # 'of total world production': a determiner of the whole between 'of' and the group keeps it the share's base
    results, _ = check_text("---\ndate: 2022-03-01\n---\n\n"
                            "Peru has become the mining industry's favourite destination.\n\n"
                            f"Its copper output reached 45 million tonnes in 2021, representing 17 percent of {whole}.\n",
                            package)
    result = results["45 million tonnes"]
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].dimensions or {}).get("country") == "Peru"
