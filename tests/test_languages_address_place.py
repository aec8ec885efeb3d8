"""A place named only by the page's address, in a draft of another language: the slug is read through
the draft's language, as its title and paragraphs are ('zambiyada' is Turkish 'Zambiya'da' without the
apostrophe a slug drops; 'zambie' is French). Invented inflation figures, World Bank layout; the
sentences are written here. Where the path names no country, the publisher's host name may
('economie-zambie': a portal on one country's economy)."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import cpi_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.models import ClaimResult, Verdict
from workbench.reference.loader import load_reference

_RATES = {("Zambia", year): 8.0 + (year % 5) for year in range(2015, 2024)}
_RATES[("Zambia", 2021)] = 22.0
_RATES.update({("Uruguay", year): 5.0 + (year % 3) * 0.5 for year in range(2015, 2024)})
_RATES.update({("Japan", year): 1.0 + (year % 4) * 0.5 for year in range(2015, 2024)})
_RATES.update({("United States", year): 2.0 + (year % 3) for year in range(2015, 2024)})


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", _RATES)


def _results(cpi: Path, url: str, body: str) -> list[ClaimResult]:
    text = f"---\ndate: 2023-06-01\nurl: {url}\n---\n\n{body}\n"
    draft = parse_draft(text.encode(), "draft.md")
    return check_draft(draft, load_reference([cpi]), Config(root=cpi.parent, reference=[cpi])).results


@pytest.mark.parametrize(("url", "body"), [
    ("https://haber.example.com.tr/2022/03/zambiyada-enflasyon-rekor-kirdi",
     "Yıllık enflasyon 2021 yılında yüzde 22,0 olarak kaydedildi."),
    ("https://actu.example.fr/economie/l-inflation-s-envole-en-zambie",
     "L'inflation annuelle a atteint 22,0 % en 2021, selon le bureau des statistiques."),
    ("https://noticias.example.es/economia/la-inflacion-de-zambia-se-dispara",
     "La inflación anual llegó al 22,0 % en 2021, según la oficina de estadística."),
])
def test_a_place_only_the_slug_names_is_read_in_the_drafts_language(cpi: Path, url: str, body: str) -> None:
    (result,) = _results(cpi, url, body)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2021"
    assert "address" in result.explanation


def test_a_wrong_figure_is_contradicted_by_the_slugs_place(cpi: Path) -> None:
    (result,) = _results(cpi, "https://haber.example.com.tr/zambiyada-fiyatlar",
                         "Yıllık enflasyon 2021 yılında yüzde 15,0 oldu.")
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_word_of_the_text_that_ends_like_a_name_without_apostrophe_is_no_place(cpi: Path) -> None:
    # 'Maliye' (the finance ministry) is 'Mali' with a dative ending: only a slug drops the apostrophe
    (result,) = _results(cpi, "https://haber.example.com.tr/zambiyada-fiyatlar",
                         "Maliye verilerine göre yıllık enflasyon 2021 yılında yüzde 22,0 oldu.")
    assert result.verdict is Verdict.supported, result.explanation
    assert "Zambia" in result.explanation


@pytest.mark.parametrize(("url", "body"), [
    ("https://www.economie-zambie.example/conjoncture/prix.html",
     "En 2021, l'inflation annuelle s'est établie à 22,0 %, selon le bureau."),
    ("https://www.zambian-economy.example/reports/prices",
     "Annual inflation was 22.0 percent in 2021, the bureau said."),
])
def test_the_publishers_host_name_gives_the_place_when_nothing_nearer_does(cpi: Path, url: str, body: str) -> None:
    (result,) = _results(cpi, url, body)
    assert result.verdict is Verdict.supported, result.explanation
    assert "Zambia" in result.explanation


def test_a_place_the_path_names_wins_over_the_host_names(cpi: Path) -> None:
    (result,) = _results(cpi, "https://www.zambian-economy.example/uruguay-prices",
                         "Annual inflation was 22.0 percent in 2021, the bureau said.")
    assert result.verdict is not Verdict.supported, result.explanation  # Uruguay's 2021 is 5.0
    assert "Uruguay" in result.explanation


def test_an_address_no_parser_reads_names_no_place_and_stops_no_check(cpi: Path) -> None:
    (result,) = _results(cpi, '"http://[not-an-address/zambia-prices"',
                         "Zambia's annual inflation was 22.0 percent in 2021, the bureau said.")
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize(("url", "body"), [
    # 'japon' is Spanish 'Japón' and 'inflacao' Portuguese 'inflação' as a slug writes them
    ("https://noticias.example.es/economia/la-inflacion-de-japon-se-acelera",
     "La inflación anual llegó al 2,0 % en 2022, según la oficina de estadística."),
    ("https://noticias.example.com.br/economia/inflacao-do-japao-acelera",
     "A inflação anual chegou a 2,0 % em 2022, segundo o escritório de estatística."),
])
def test_a_country_a_slug_writes_without_its_accents_is_the_pages_place(cpi: Path, url: str, body: str) -> None:
    (result,) = _results(cpi, url, body)
    assert result.verdict is Verdict.supported, result.explanation
    assert "Japan" in result.explanation


def test_a_region_a_slug_writes_without_accents_is_no_country_of_its_words(cpi: Path) -> None:
    # 'america-latina' is 'América Latina', a region: not the United States its first word alone would be
    (result,) = _results(cpi, "https://noticias.example.es/economia/la-inflacion-sube-en-america-latina",
                         "La inflación promedio llegó al 4,0 % en 2022, según la comisión regional.")
    assert "United States" not in result.explanation, result.explanation
    assert result.verdict is not Verdict.supported, result.explanation


@pytest.mark.parametrize("url", [
    "https://novini.example.bg/ikonomika/inflaciyata-v-zambiya-prez-2021-g-123456",
    "https://novini.example.bg/svyat/Zambiya/inflaciya-2021",
])
def test_a_country_a_slug_spells_in_latin_letters_is_the_pages_place(cpi: Path, url: str) -> None:
    """A Bulgarian page's address spells 'Замбия' in Latin letters ('zambiya'): the page's place, as its
    Cyrillic name would be."""
    [result] = _results(cpi, url, "Средногодишната инфлация през 2021 г. е 22,0%.")
    assert result.verdict is Verdict.supported, result.explanation
    assert "Zambia" in result.explanation
