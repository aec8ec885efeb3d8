"""A city's name that is a common word of the text's language ('Safi' in Turkish 'Gayri Safi Yurt İçi Hasıla', gross
domestic product; German 'Essen', food; English 'Oral', 'Reading') is no place where the text writes it as the word:
a figure beside it is its country's still. Written as a name (an apostrophe's ending, beside a country or a place
noun, in a list of places, capitalised inside a sentence) it is the city, as before. Invented figures; sentences
written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.gazetteer import Gazetteer
from workbench.languages import gloss_paragraphs
from workbench.matching.context import PlaceReader
from workbench.models import Verdict
from workbench.places import Places


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi",
                       {("Turkey", 2030): 45.0, ("Morocco", 2030): 7.0, ("Kazakhstan", 2030): 4.5})


@pytest.mark.parametrize("text", [
    "# Türkiye ekonomisi\n\nGayri Safi Yurt İçi Hasıla büyüdü, yıllık enflasyon ise 2030 yılında yüzde 45 oldu.",
    "# Kazakhstan\n\nOral contraceptive prices pushed annual inflation to 4.5 % in 2030, the statistics office said.",
])
def test_a_city_s_name_written_as_a_common_word_leaves_the_country_s_figure(cpi: Path, text: str) -> None:
    (result,) = claim_results(text, [cpi], date="2031-03-20").values()
    assert result.verdict is Verdict.supported, result.explanation


def test_the_city_written_as_a_name_is_still_its_own_place(cpi: Path) -> None:
    # "Safi'de": Turkish glues an ending to a proper name after an apostrophe; Morocco's row is not the city's figure
    (result,) = claim_results("Safi'de yıllık enflasyon 2030 yılında yüzde 7 oldu.", [cpi], date="2031-03-20").values()
    assert result.verdict is not Verdict.supported, result.explanation
    assert "Safi" in result.explanation


@pytest.fixture(scope="module")
def reader() -> PlaceReader:
    # cities a reference table would add to the gazetteer, each a common word of some language
    cities = {name: [] for name in ("Essen", "Reading", "Mercedes", "Tours", "Safi", "Como")}
    return PlaceReader(Gazetteer.default().extended(cities, type="city"), Places.default())


def _places(reader: PlaceReader, text: str) -> list[str]:
    return [text[start:end] for start, end, _, _ in reader.mentions(text)]


@pytest.mark.parametrize("text", [
    "Die Preise für Essen und Getränke stiegen im März um 5 Prozent, wie das Amt am Montag mitteilte.",
    "Reading the figures again, the statistics office said inflation rose to 5 % in March.",
    "Como resultado, los precios subieron un 5 % en marzo en el país, según el instituto de estadística.",
    "Les Tours Eiffel en chocolat ont vu leur prix augmenter de 5 % en mars, selon le magasin.",
    "Bu yıl Gayri Safi Milli Hasıla yüzde 5 arttı ve bu oran beklentinin üzerinde kaldı.",
])
def test_the_word_names_no_place(reader: PlaceReader, text: str) -> None:
    assert _places(reader, text) == []


@pytest.mark.parametrize(("text", "city"), [
    ("Die Mieten in Essen stiegen im März um 5 Prozent, wie das Amt am Montag mitteilte.", "Essen"),
    ("Inflation in Reading rose to 5 % in March, the council said on Monday.", "Reading"),
    ("La inflación en Mercedes subió al 5 % en marzo, según el instituto de estadística.", "Mercedes"),
    ("Les prix à Tours ont augmenté de 5 % en mars, selon la mairie.", "Tours"),
    ("Enflasyon en yüksek Fez, Safi ve Oujda kentlerinde ölçüldü ve yüzde 7 oldu.", "Safi"),
    ("Safi şehrinde enflasyon yüzde 7 oldu ve bu oran yılın en yüksek seviyesi oldu.", "Safi"),
    ("Die Stadt Essen meldete für März einen Anstieg der Mieten um 5 Prozent und mehr.", "Essen"),
])
def test_the_name_written_as_a_name_is_the_place(reader: PlaceReader, text: str, city: str) -> None:
    assert city in _places(reader, text)


def test_a_country_is_read_whatever_the_language(reader: PlaceReader) -> None:
    # 'Mali' is also Turkish for 'financial': a country's name is never a homonym the reader drops
    text = "Mali'de yıllık enflasyon yüzde 5 oldu ve bu oran beklentinin üzerinde kaldı."
    assert _places(reader, text) == ["Mali"]


@pytest.mark.parametrize(("text", "code", "written", "glossed"), [
    ("Gayri Safi Milli Hasıla bu yıl yüzde 5 arttı.", "tr", "Safi", "safi"),  # the word: no city for English
    # a phrase of the glossary the word stands in is read whole, as the glossary's word wins
    ("Gayri Safi Yurt İçi Hasıla bu yıl yüzde 5 arttı.", "tr", "Gayri", "Gross domestic product"),
    ("Safi'de yıllık enflasyon yüzde 7 oldu.", "tr", "Safi", "Safi"),  # the name, as Turkish writes names
    ("Como resultado, los precios subieron un 5 % en marzo.", "es", "Como", "As"),  # the glossary's word wins
])
def test_the_gloss_writes_the_word_in_lower_case(text: str, code: str, written: str, glossed: str) -> None:
    gloss = gloss_paragraphs(text, [(0, len(text), code)])
    at = text.index(written)
    assert gloss.text[gloss.to_glossed(at):].startswith(glossed), gloss.text
