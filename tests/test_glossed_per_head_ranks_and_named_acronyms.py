"""What a reader takes from a non-English sentence the glossary used to leave half read:

- a slash says 'per' before a per-person noun ('8,4 t / Kopf', '8.4 t/head'), as 'per head' does;
- an acronym joined to a word by a compound's hyphen ('EU-Durchschnitt') is the place English writes
  apart ('the EU average'), so a figure of the EU is not read for a country named earlier;
- a rank in words before a place's adjective ('il terzo inquinatore mondiale', the world's third polluter)
  names the field of the rank, not the figure's place;
- an acronym in brackets right after the name it abbreviates ('Agencia Nacional de Hidrocarburos (ANH)')
  is that name, no word left unread; an acronym no name spells out may still be the measure;
- a rouble's close against the dollar ('завершил торги … к доллару США') is read word for word: a
  currency the package lacks is unsupported.

Packages are publisher-shaped (CDIAC, Federal Reserve layouts), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, claim_starting, rates_package

from workbench.languages import unknown_words
from workbench.models import Verdict

# thousand t C and t C per person; × 3.664 for CO2: Poland 2.30 t C ≈ 8.43 t CO2 a head
TOTALS = {("POLAND", 2021): 88_000.0, ("INDIA", 2021): 710_000.0, ("SWEDEN", 2021): 9_500.0}
PER_CAPITA = {("POLAND", 2021): 2.30, ("INDIA", 2021): 0.51, ("SWEDEN", 2021): 0.92}


@pytest.fixture()
def carbon(tmp_path: Path) -> list[Path]:
    return [carbon_package(tmp_path / "co2", TOTALS, PER_CAPITA)]


@pytest.mark.parametrize("text, figure", [
    ("Der CO2-Ausstoß Polens lag 2021 bei 8,4 t / Kopf.", "8,4"),
    ("In 2021 Poland's CO2 emissions were 8.4 t/head.", "8.4"),
])
def test_a_slash_before_a_per_person_noun_reads_per_head(carbon: list[Path], text: str, figure: str) -> None:
    result = claim_starting(claim_results(text, carbon, "2023-02-01"), figure)
    assert result.verdict is Verdict.supported
    assert result.evidence[0].value == pytest.approx(2.30)


def test_an_acronym_hyphenated_to_a_noun_is_its_place(carbon: list[Path]) -> None:
    # Poland is named first; the EU average is the EU's figure, which a nations' package cannot judge (read
    # for Poland it would be a false alarm)
    text = "Der CO2-Ausstoß Polens lag 2021 bei 8,4 t / Kopf. Der EU-Durchschnitt der CO2-Emissionen beträgt 6,1 t / Kopf."
    result = claim_starting(claim_results(text, carbon, "2023-02-01"), "6,1")
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered")


def test_a_rank_in_words_before_a_place_adjective_is_the_rank_s_field(carbon: list[Path]) -> None:
    # 710,000 thousand t C × 3.664 = 2.60 billion t CO2: India's own figure, not the world's
    text = "Nel 2021 l'India era il terzo inquinatore mondiale, con emissioni pari a 2,6 miliardi di tonnellate."
    result = claim_starting(claim_results(text, carbon, "2023-02-01"), "2,6")
    assert result.verdict is Verdict.supported
    assert result.evidence[0].value == pytest.approx(710_000_000.0)


def test_an_acronym_spelled_out_before_it_is_read_as_the_name() -> None:
    spelled = "Lo informó la Agencia Nacional de Hidrocarburos (ANH) en 2021."
    assert unknown_words(spelled, "es", capitals=True) == []
    # no name before it spells it: it may name the measure, and stays unread
    assert unknown_words("Lo informó la ANH en 2021.", "es", capitals=True) == ["ANH"]


def test_a_rouble_close_against_the_dollar_is_read_whole(tmp_path: Path) -> None:
    packages = [rates_package(tmp_path, {("Japan", 2021): 109.8, ("Sweden", 2021): 8.58})]
    text = "В последний рабочий день ноября рубль завершил торги на отметке 74,3 руб. к доллару США."
    assert unknown_words(text, "ru", capitals=True) == []
    result = claim_starting(claim_results(text, packages, "2021-12-20"), "74,3")
    assert result.verdict is Verdict.unsupported


PER_HEAD = {("FRANCE", 2021): 1.27, ("SPAIN", 2021): 1.31, ("ITALY", 2021): 1.47, ("BRAZIL", 2021): 0.61,
            ("NETHERLANDS", 2021): 2.29, ("POLAND", 2021): 2.30}


@pytest.mark.parametrize("text, figure", [
    ("En 2021, les émissions de CO2 de la France atteignaient 4,7 t/hab.", "4,7"),
    ("En 2021, las emisiones de CO2 de España fueron de 4,8 t/habitante.", "4,8"),
    ("Nel 2021 le emissioni di CO2 dell'Italia erano di 5,4 t/abitante.", "5,4"),
    ("Em 2021, as emissões de CO2 do Brasil foram de 2,2 t/hab.", "2,2"),
    ("In 2021 bedroeg de CO2-uitstoot van Nederland 8,4 ton/inwoner.", "8,4"),
    ("W 2021 roku emisje CO2 Polski wyniosły 8,4 t/mieszkańca.", "8,4"),
])
def test_a_per_head_noun_after_a_slash_is_read_in_every_language(tmp_path: Path, text: str, figure: str) -> None:
    # the per-person reading is the sentence's own, not a guess from the value: no weak match to confirm
    packages = [carbon_package(tmp_path / "co2", {key: 50_000.0 for key in PER_HEAD}, PER_HEAD)]
    result = claim_starting(claim_results(text, packages, "2023-02-01"), figure)
    assert (result.verdict, result.reason) == (Verdict.supported, "supported_within_tolerance")
