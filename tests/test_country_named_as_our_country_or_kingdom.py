"""A country's own copy names it as 'our country', 'the Kingdom', 'the Republic' (Arabic 'المملكة', 'البلاد',
Chinese '我国', Turkish 'ülkemizde'): the figure is the country the draft's context names — its title, `about:`,
or its address, read decoded when percent-encoded ('/%D8%A7%D9%84…' is the Arabic slug a browser shows) — and
never a guess when no country is named anywhere. 'Our' no longer cuts the measure off its subject ('the
population of our country' is the population, not a figure about 'country'). Invented figures throughout."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from package_support import carbon_package, population_and_gdp

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft, url_words
from workbench.models import ClaimResult, Verdict
from workbench.reference.loader import load_reference


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("data")
    carbon = carbon_package(folder / "carbon", {("SAUDI ARABIA", 2041): 158000.0, ("QATAR", 2041): 30000.0})
    return [carbon, *population_and_gdp(folder, {("Kazakhstan", 2040): 21.5e6, ("Uzbekistan", 2040): 38.0e6},
                                        {("Kazakhstan", 2040): 300e9})]


def results(text: str, packages: list[Path]) -> list[ClaimResult]:
    draft = parse_draft(text.encode(), "draft.md")
    return check_draft(draft, load_reference(packages), Config(root=packages[0].parent, reference=packages)).results


@pytest.mark.parametrize("sentence", [
    "The population of our country reached 21.5 million in 2040.",
    "In our country, the population reached 21.5 million in 2040.",
])
def test_our_country_is_the_country_the_title_names(packages: list[Path], sentence: str) -> None:
    [result] = results(f"---\ndate: 2042-03-01\n---\n\n# Kazakhstan's census\n\n{sentence}\n", packages)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions["Country"] == "Kazakhstan"


@pytest.mark.parametrize(("title", "sentence"), [
    ("Censo de Kazajistán", "En nuestro país, la población alcanzó 21,5 millones en 2040."),
    ("Перепись населения Казахстана", "В нашей стране население достигло 21,5 миллиона человек в 2040 году."),
    ("Recensement du Kazakhstan", "Dans notre pays, la population a atteint 21,5 millions en 2040."),
])
def test_our_country_in_other_languages_is_the_country_the_title_names(packages: list[Path], title: str,
                                                                       sentence: str) -> None:
    [result] = results(f"---\ndate: 2042-03-01\n---\n\n# {title}\n\n{sentence}\n", packages)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions["Country"] == "Kazakhstan"


def test_our_country_with_no_country_in_context_is_for_a_person(packages: list[Path]) -> None:
    [result] = results("---\ndate: 2042-03-01\n---\n\nThe population of our country reached 21.5 million in 2040.\n",
                       packages)
    assert result.verdict is Verdict.needs_review, result.explanation


SAUDI_SLUG = "المملكة-العربية-السعودية-الانبعاثات"
KINGDOM = "انخفضت انبعاثات ثاني أكسيد الكربون في المملكة إلى 579 مليون طن في عام 2041."


def test_a_percent_encoded_address_is_read_decoded() -> None:
    assert url_words(f"https://news.example/{quote(SAUDI_SLUG)}/") == SAUDI_SLUG.replace("-", " ")


def test_the_kingdom_is_the_country_the_address_names(packages: list[Path]) -> None:
    text = f"---\ndate: 2042-03-01\nurl: \"https://news.example/{quote(SAUDI_SLUG)}/\"\n---\n\n{KINGDOM}\n"
    [result] = results(text, packages)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions["Country"] == "SAUDI ARABIA"


def test_the_kingdom_with_no_country_in_context_is_no_guess(packages: list[Path]) -> None:
    [result] = results(f"---\ndate: 2042-03-01\nurl: \"https://news.example/post/\"\n---\n\n{KINGDOM}\n", packages)
    assert result.verdict is Verdict.needs_review, result.explanation


@pytest.mark.parametrize(("title", "sentence"), [
    ("Las emisiones de Arabia Saudí", "En el Reino, las emisiones de dióxido de carbono subieron a 579 millones de "
                                      "toneladas en 2041."),
    ("Саудовская Аравия: выбросы", "В Королевстве выбросы углекислого газа выросли до 579 миллионов тонн в 2041 году."),
])
def test_the_kingdom_in_other_languages_is_the_country_the_title_names(packages: list[Path], title: str,
                                                                       sentence: str) -> None:
    [result] = results(f"---\ndate: 2042-03-01\n---\n\n# {title}\n\n{sentence}\n", packages)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions["Country"] == "SAUDI ARABIA"
