"""A country named as copy in its own language names it: in any case the language declines it into, a name of several
words inflected word by word ('u Crnoj Gori', 'в Южной Корее', 'w Stanach Zjednoczonych'), by the short names newsrooms
write ('u Bosni', 'в Корее', which is South Korea as in English copy, while 'Sjeverna Koreja' stays North Korea), and by
a dateline city spelt the copy's way ('BEOGRAD (Tanjug) –'). The sentences and figures are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

# invented yearly rates, one distinct figure per country so that only the named country's row can agree
RATES = {("Montenegro", 2021): 2.2, ("Montenegro", 2022): 13.1,
         ("South Korea", 2021): 2.4, ("South Korea", 2022): 5.2,
         ("United States", 2021): 4.6, ("United States", 2022): 8.1,
         ("Kazakhstan", 2021): 8.1, ("Kazakhstan", 2022): 15.2,
         ("Czechia", 2021): 3.7, ("Czechia", 2022): 15.3,
         ("Greece", 2021): 1.1, ("Greece", 2022): 9.7,
         ("Bosnia and Herzegovina", 2021): 2.1, ("Bosnia and Herzegovina", 2022): 14.1,
         ("Kosovo", 2021): 3.3, ("Kosovo", 2022): 11.7,
         ("Serbia", 2021): 4.0, ("Serbia", 2022): 12.1,
         ("Poland", 2021): 5.0, ("Poland", 2022): 14.5,
         ("New Zealand", 2021): 3.9, ("New Zealand", 2022): 7.3,
         ("United Kingdom", 2021): 2.5, ("United Kingdom", 2022): 7.8,
         ("Central African Republic", 2021): 4.3, ("Central African Republic", 2022): 5.6,
         ("DR Congo", 2021): 9.4, ("DR Congo", 2022): 9.2,
         ("Venezuela", 2021): 1588.5, ("Venezuela", 2022): 186.4,
         ("Hong Kong", 2022): 1.9, ("Hong Kong", 2023): 2.1,
         ("Macao", 2022): 1.0, ("Macao", 2023): 0.9,
         ("Taiwan", 2022): 2.9, ("Taiwan", 2023): 2.5}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("own-language-places"), RATES)


def _country_of_support(text: str, package: Path) -> str | None:
    """The country of the row that supports the draft's one claim, None when no row supports it."""
    [result] = claim_results(text, [package], date="2023-06-01").values()
    if result.verdict != Verdict.supported:
        return None
    return result.evidence[0].dimensions.get("Country")


@pytest.mark.parametrize(("text", "country"), [
    # Serbo-Croatian: an adjective and a noun each in the locative, an adjectival name in -čka, a neuter name
    ("Potrošačke cijene u Crnoj Gori porasle su u 2022. godini za 13,1%.", "Montenegro"),
    ("Inflacija u Južnoj Koreji dostigla je 5,2% u 2022. godini.", "South Korea"),
    ("Inflacija u Grčkoj dostigla je 9,7% u 2022. godini.", "Greece"),
    ("Inflacija na Kosovu dostigla je 11,7% u 2022. godini.", "Kosovo"),
    ("Inflacija u Sjedinjenim Američkim Državama dostigla je 8,1% u 2022. godini.", "United States"),
    ("Inflacija u Ujedinjenom Kraljevstvu dostigla je 7,8% u 2022. godini.", "United Kingdom"),
    # Polish, Czech, Slovak: the locative of a name of two words, of a consonant-final name
    ("Inflacja w Stanach Zjednoczonych sięgnęła 8,1% w 2022 roku.", "United States"),
    ("Inflacja w Kazachstanie sięgnęła 15,2% w 2022 roku.", "Kazakhstan"),
    ("Inflace v Jižní Koreji vystoupala v roce 2022 na 5,2 %.", "South Korea"),
    ("Inflácia v Spojených štátoch vystúpila v roku 2022 na 8,1 %.", "United States"),
    # Russian and Ukrainian adjective + noun; Lithuanian, Latvian plural names; Finnish vowel harmony
    ("Инфляция в Новой Зеландии в 2022 году достигла 7,3%.", "New Zealand"),
    ("Інфляція у Сполучених Штатах у 2022 році сягнула 8,1%.", "United States"),
    ("Infliacija Jungtinėse Valstijose 2022 m. siekė 8,1 %.", "United States"),
    ("Inflācija Amerikas Savienotajās Valstīs 2022. gadā sasniedza 8,1 %.", "United States"),
    ("Inflaatio Kazakstanissa oli 15,2 % vuonna 2022.", "Kazakhstan"),
])
def test_an_inflected_country_name_is_that_country(text: str, country: str, package: Path) -> None:
    assert _country_of_support(text, package) == country


@pytest.mark.parametrize(("text", "country"), [
    ("Inflacija u Bosni dostigla je 14,1% u 2022. godini.", "Bosnia and Herzegovina"),
    ("Инфляция в Корее в 2022 году достигла 5,2%.", "South Korea"),
    ("Инфляция в Южной Корее в 2022 году достигла 5,2%.", "South Korea"),
    ("Inflaatio Koreassa oli 5,2 % vuonna 2022.", "South Korea"),
    # French copy's short name and acronyms of Central Africa's two republics
    ("En Centrafrique, l'inflation a atteint 5,6 % en 2022.", "Central African Republic"),
    ("En 2022, l'inflation a atteint 5,6 % en RCA.", "Central African Republic"),
    ("En 2022, l'inflation a atteint 9,2 % en RDC.", "DR Congo"),
    # the accented spelling French copy gives Venezuela beside CLDR's 'Venezuela', in a sentence and a table's row
    ("Au Vénézuela, l'inflation a atteint 186,4 % en 2022.", "Venezuela"),
    ("Pays | Inflation 2022\n\nVénézuela | 186,4 %", "Venezuela"),
])
def test_a_newsroom_short_name_is_the_country_english_copy_means(text: str, country: str, package: Path) -> None:
    assert _country_of_support(text, package) == country


@pytest.mark.parametrize("text", [
    "Inflacija u Sjevernoj Koreji dostigla je 5,2% u 2022. godini.",
    "Инфляция в Северной Корее в 2022 году достигла 5,2%.",
])
def test_north_korea_is_never_supported_by_south_korea_rows(text: str, package: Path) -> None:
    assert _country_of_support(text, package) is None


@pytest.mark.parametrize(("text", "country"), [
    ("BEOGRAD (Tanjug) – Inflacija je u 2022. godini iznosila 12,1%.", "Serbia"),
    ("WARSZAWA (PAP) - Inflacja w 2022 roku wyniosła 14,5%.", "Poland"),
    ("PRAHA (ČTK) - Inflace v roce 2022 dosáhla 15,3 %.", "Czechia"),
])
def test_a_dateline_city_in_the_copy_language_gives_its_country(text: str, country: str, package: Path) -> None:
    assert _country_of_support(text, package) == country


@pytest.mark.parametrize(("text", "country"), [
    # CLDR's short names, which babel leaves out beside '中国香港特别行政区': simplified and traditional characters
    ("据统计处公布,香港2023年综合消费物价指数全年上升2.1%。", "Hong Kong"),
    ("香港特區政府統計處公佈,香港2023年綜合消費物價指數全年上升2.1%。", "Hong Kong"),
    ("澳门2022年综合消费物价指数全年上升1.0%。", "Macao"),
    ("澳門2022年綜合消費物價指數全年上升1.0%。", "Macao"),
    ("台灣2023年消費者物價指數全年上漲2.5%。", "Taiwan"),
])
def test_a_chinese_short_name_is_its_place(text: str, country: str, package: Path) -> None:
    assert _country_of_support(text, package) == country


def test_a_place_the_text_names_wins_over_one_in_a_proxied_address(package: Path) -> None:
    """A republishing gateway's path holds the host it copies ('…/gate/big5/taiwan.example.cn/…'): the page's
    own text, written in traditional characters, names Hong Kong, and that is whose rate it is."""
    [result] = claim_results("香港特區政府統計處公佈,香港2023年綜合消費物價指數全年上升2.1%。", [package], date="2024-01-23",
                             url="https://big5.example.cn/gate/big5/taiwan.example.cn/2024-01-23/a.html").values()
    assert result.verdict == Verdict.supported
    assert result.evidence[0].dimensions.get("Country") == "Hong Kong"


def test_a_change_in_monthly_terms_is_no_yearly_rate(package: Path) -> None:
    [result] = claim_results("In monthly terms, consumer prices in Greece rose 0.6% in March 2022.", [package],
                             date="2022-04-10").values()
    assert result.verdict == Verdict.unsupported
    assert result.reason == "month_on_month"


@pytest.mark.parametrize("text", [
    "香港2023年全年基本消費物價通脹率平均為1.7%。",
    "香港2023年全年基本消费物价通胀率平均为1.7%。",
    "香港2023年全年基本通脹率平均為1.7%。",
])
def test_hong_kong_underlying_inflation_is_no_row_of_its_headline_rate(text: str, package: Path) -> None:
    """Hong Kong named, its underlying rate (net of one-off relief) is a series no package holds: not judged by
    the headline rate's row."""
    [result] = claim_results(text, [package], date="2024-01-23").values()
    assert result.verdict is Verdict.unsupported
    assert result.reason == "other_series"
