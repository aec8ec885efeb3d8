"""Words a whole class of non-English sentences needs to be read, not only sent to a person:

- German inflation copy names its index by acronym and its rates in the plural ('Teuerungsraten',
  'VPI: 3,5 %'); the Austrian cost-of-living index ('LHKI') beside it is another series, never a
  contradiction of the CPI.
- A rank written with figures ('60e mondial', '60th in the world') names the field of the ranking:
  the figure before it stays the country's, not the world's.

Packages are publisher-shaped, figures invented.
"""

from __future__ import annotations

from pathlib import Path

from package_support import carbon_package, claim_results, claim_starting, cpi_package

from workbench.models import Verdict

FLAGS = {Verdict.unsupported, Verdict.contradicted}


def test_german_index_acronyms_and_plural_rates_are_read(tmp_path: Path) -> None:
    packages = [cpi_package(tmp_path / "cpi")]
    text = ("Die Inflationsrate in Norwegen lag 2022 bei 5,8%. Ähnlich hohe Teuerungsraten wurden zuletzt "
            "im Jahr 2021 (VPI: 3,5%; LHKI: 4,4%) verzeichnet.")
    found = claim_results(text, packages, "2023-02-01")
    assert found["3,5%"].verdict is Verdict.supported
    # another index of the same year: not the CPI's figure, so never a contradiction of it
    assert found["4,4%"].verdict not in FLAGS


def _carbon(tmp_path: Path) -> list[Path]:
    # 12 Mt CO2 = 3,275 thousand t C (12 / 3.664)
    return [carbon_package(tmp_path / "carbon", {("NORWAY", 2020): 3275.0, ("SWEDEN", 2020): 9000.0})]


def test_french_rank_after_a_figure_is_not_its_place(tmp_path: Path) -> None:
    text = "En 2020, la Norvège est quant à elle un très petit émetteur (12 MtCO2, 60e mondial)."
    found = claim_results(text, _carbon(tmp_path), "2021-06-01")
    result = claim_starting(found, "12")
    assert result.verdict is Verdict.supported
    assert "60" not in "".join(found)  # the rank is no figure of a quantity


def test_english_rank_in_the_world_is_not_the_figure_s_place(tmp_path: Path) -> None:
    text = "In 2020 Norway was a small emitter (12 MtCO2, 60th in the world)."
    found = claim_results(text, _carbon(tmp_path), "2021-06-01")
    assert found["12 MtCO2"].verdict is Verdict.supported
