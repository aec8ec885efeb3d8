"""An organisation's acronym that the gazetteer files under one country ('ONS', Britain's statistics office)
names that country only when the text does not spell it out as another body: 'the Office National des
Statistiques (ONS)' is Algeria's office, and the British rows must not judge a figure it gives."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.gazetteer import Gazetteer
from workbench.models import Verdict


def _names(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], entity.name) for start, end, entity in Gazetteer.default().find(text)]


def test_an_acronym_spelled_out_as_another_body_names_no_country() -> None:
    assert ("ONS", "United Kingdom") not in _names("The Office National des Statistiques (ONS) published it.")


def test_an_acronym_after_its_own_name_or_alone_still_names_its_country() -> None:
    assert ("ONS", "United Kingdom") in _names("The Office for National Statistics (ONS) published it.")
    assert ("ONS", "United Kingdom") in _names("Figures from the ONS show it.")
    assert ("ONS", "United Kingdom") in _names("Britain's statistics office (ONS) published it.")
    # the same name with another joining word is no other body
    assert ("ONS", "United Kingdom") in _names("The Office of National Statistics (ONS) published it.")
    # an acronym whose expansion the gazetteer does not know cannot be told apart from its own: kept
    assert ("HCP", "Morocco") in _names("Selon le Haut-Commissariat au Plan (HCP), les prix ont monté.")


def test_another_countrys_office_by_the_same_acronym_is_not_judged_by_the_first_countrys_rows(tmp_path: Path) -> None:
    prices = cpi_package(tmp_path / "cpi", {("United Kingdom", 2023): 6.8, ("Norway", 2023): 5.5})
    text = "The Office National des Statistiques (ONS) put inflation in Algiers at 9.3% in 2023."
    result = claim_results(text, [prices], date="2024-03-01")["9.3%"]
    assert result.verdict is not Verdict.contradicted, result.explanation
    assert all(e.dimensions.get("country") != "United Kingdom" for e in result.evidence), result.explanation
