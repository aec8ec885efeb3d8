"""Words the glossaries did not read, and a place only the text around a figure gives.

- An exclusion names a variant of a series even when no series qualifier is said ('the CPI excluding
  fruit and vegetables, and fuels'): the headline rows cannot judge it (unsupported, other_series), in
  English and through the Spanish, French, Italian and Portuguese glosses; the items listed after it
  are one phrase, so their 'and' opens no other figure's part of the sentence.
- Japanese is written without spaces: a Latin word ('GDP') ends where the Japanese script starts, so
  the words glued to it are read ('世界のGDPに占める…の割合': a share of world GDP).
- The Swiss Federal Statistical Office (FSO; 'Ufficio federale di statistica', 'Office fédéral de la
  statistique', 'Bundesamt für Statistik') names Switzerland, as INSEE names France.
- Tonnes restated in brackets as a scaled mass symbol ('66 tonnes of CO2 (MtCO2)') are the symbol's,
  and so are the later tonnes of the sentence with no scale word of their own.
- A sentence whose only places are its other figures' ('double Chile (30 tonnes)') leaves the first
  figure's place to the text around it (here the page's address), not to the next figure's place.
Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, cpi_package, publisher_package

from workbench.check import check_draft
from workbench.config import Config, Tolerances
from workbench.drafts import parse_draft
from workbench.models import ClaimResult, Verdict
from workbench.reference.loader import load_reference

INFLATION = {("Chile", 2021): 4.5, ("Chile", 2022): 11.6, ("Norway", 2021): 3.5, ("Norway", 2022): 5.8,
             ("Switzerland", 2021): 0.6, ("Switzerland", 2022): 2.8}
# thousand tonnes of carbon: ×3.664 gives CO2 (Peru 2018: 17.5 Mt CO2; Chile 2018: 8.06 Mt CO2)
CARBON = {("PERU", 2018): 4_776, ("CHILE", 2018): 2_200, ("PERU", 2017): 4_700, ("CHILE", 2017): 2_150}
CARBON_PER_CAPITA = {key: 0.5 for key in CARBON}


@pytest.fixture(scope="module")
def prices(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", INFLATION)


@pytest.fixture(scope="module")
def gdp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("gdp") / "gdp", "gdp", "GDP (current US$)", "GDP (current US$)",
                             {("Chile", 2022): 301e9, ("Japan", 2022): 4.26e12})


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return carbon_package(tmp_path_factory.mktemp("carbon") / "carbon", CARBON, CARBON_PER_CAPITA,
                          title="National CO2 emissions from fossil fuels and cement manufacture")


def results(body: str, package: Path, date: str = "2023-03-01", url: str | None = None) -> dict[str, ClaimResult]:
    front = f"---\ndate: {date}\n" + (f"url: {url}\n" if url else "") + "---\n\n"
    draft = parse_draft(f"{front}{body}\n".encode(), "draft.md")
    config = Config(root=package.parent, reference=[package], tolerances=Tolerances())
    return {r.claim.text: r for r in check_draft(draft, load_reference([package]), config).results}


@pytest.mark.parametrize(("body", "claim"), [
    ("In Chile the consumer price index excluding fruit and vegetables, and fuels (CPI-FV) was 9.1% in 2022.", "9.1%"),
    ("In Chile the consumer price index excluding tobacco rose 9.1% in 2022.", "9.1%"),
    ("En Chile, el índice de precios del consumidor excluyendo frutas y verduras frescas, y combustibles (IPC-SV) "
     "fue del 9,1% durante 2022.", "9,1%"),
    ("Au Chili, l'indice des prix à la consommation excluant les fruits et légumes frais a atteint 9,1% en 2022.",
     "9,1%"),
])
def test_a_series_leaving_items_out_is_another_series(prices: Path, body: str, claim: str) -> None:
    result = results(body, prices)[claim]
    assert result.verdict is Verdict.unsupported and result.reason == "other_series", result.explanation


def test_the_headline_index_in_the_same_words_is_still_checked(prices: Path) -> None:
    result = results("In Chile the consumer price index rose 11.6% in 2022, with fruit and vegetables dearer.",
                     prices)["11.6%"]
    assert result.verdict is Verdict.supported, result.explanation


def test_japanese_words_glued_to_a_latin_word_are_read(gdp: Path) -> None:
    found = results("2022年、世界のGDPに占めるチリの割合は0.3%となった。", gdp)
    result = next(r for text, r in found.items() if "0.3" in text)
    # a share of world GDP: no series here holds it, and the sentence's words were all read
    assert result.verdict is Verdict.unsupported and result.reason != "unknown_language_words", result.explanation


@pytest.mark.parametrize("body", [
    "Nel 2022 l'inflazione media annua ha raggiunto il 2,8%, ha comunicato l'Ufficio federale di statistica (UST). "
    "L'inflazione era stata dello 0,6% nel 2021.",
    "En 2022, l'inflation annuelle moyenne a atteint 2,8%, a indiqué l'Office fédéral de la statistique (OFS). "
    "Elle était de 0,6% en 2021.",
    "In 2022 average annual inflation reached 2.8%, the FSO said. It had been 0.6% in 2021.",
])
def test_the_swiss_statistics_office_names_switzerland(prices: Path, body: str) -> None:
    found = results(body, prices)
    result = next(r for text, r in found.items() if "0,6" in text or "0.6" in text)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Switzerland"


def test_tonnes_restated_as_megatonnes_in_brackets_are_megatonnes(carbon: Path) -> None:
    found = results("Peru emitted some 17 tonnes of CO2 (MtCO2) in 2018.", carbon,
                    date="2019-06-01")
    assert found["17 tonnes"].verdict is Verdict.supported, found["17 tonnes"].explanation
    assert found["17 tonnes"].evidence[0].dimensions.get("Country") == "PERU"


def test_the_next_figures_place_leaves_the_first_to_the_page_and_carries_the_restated_unit(carbon: Path) -> None:
    found = results("The country emitted some 17 tonnes of CO2 (MtCO2) in 2018, double Chile (10 tonnes).", carbon,
                    date="2019-06-01", url="https://news.example.com/peru-emissions-2018")
    first, second = found["17 tonnes"], found["10 tonnes"]
    assert first.verdict is Verdict.supported and first.evidence[0].dimensions.get("Country") == "PERU", \
        first.explanation
    # Chile's 8.06 Mt against '10 tonnes' read in megatonnes: a contradiction of its total, not a per-capita row
    assert second.verdict is Verdict.contradicted and second.evidence[0].dimensions.get("Country") == "CHILE", \
        second.explanation
    assert second.evidence[0].value == CARBON["CHILE", 2018] * 1000


def test_without_the_address_the_first_figure_has_no_place(carbon: Path) -> None:
    found = results("The country emitted some 17 tonnes of CO2 (MtCO2) in 2018, double Chile (10 tonnes).", carbon,
                    date="2019-06-01")
    assert found["17 tonnes"].verdict is Verdict.needs_review and found["17 tonnes"].reason == "place_unnamed", \
        found["17 tonnes"].explanation


def test_plain_tonnes_keep_their_scale(carbon: Path) -> None:
    found = results("Peru emitted 0.5 tonnes of carbon per person in 2018 (tC).", carbon, date="2019-06-01")
    assert found["0.5 tonnes"].verdict is Verdict.supported, found["0.5 tonnes"].explanation
