"""Drafts in Italian, Spanish, French, German, Dutch and Portuguese get the verdicts an English draft
gets: measure, place and period words read through the language's glossary (data) and babel's
country and month names. Invented figures (package_support); sentences written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench
from package_support import claim_results, cpi_package, population_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.languages import detect, glossed_draft, glossed_in
from workbench.models import Verdict
from workbench.reference.loader import load_reference

POPULATION = {("Portugal", 2021): 10_361_000, ("Portugal", 2022): 10_410_000, ("Kenya", 2022): 54_030_000}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    population = population_package(tmp_path / "pop", POPULATION)
    return [cpi_package(tmp_path / "cpi"), population]


def _verdicts(text: str, packages: list[Path]) -> dict[str, tuple[Verdict, str | None]]:
    return {t: (r.verdict, r.evidence[0].period if r.evidence else None)
            for t, r in claim_results(text, packages).items()}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Il tasso di inflazione in Cile è salito all'11,6 per cento nel 2022, rispetto al 4,5 per cento "
     "dell'anno precedente.", {"11,6 per cento": "2022", "4,5 per cento": "2021"}),
    ("La inflación en Noruega fue del 5,8 por ciento en 2022, frente al 3,5 por ciento del año anterior.",
     {"5,8 por ciento": "2022", "3,5 por ciento": "2021"}),
    ("En Norvège, l'inflation a atteint 3,5 % en 2021, contre 1,3 % l'année précédente.",
     {"3,5 %": "2021", "1,3 %": "2020"}),
    ("Die Inflationsrate in Chile stieg 2022 auf 11,6 Prozent, nach 4,5 Prozent im Vorjahr.",
     {"11,6 Prozent": "2022", "4,5 Prozent": "2021"}),
    ("De gemiddelde inflatie in Noorwegen steeg van 3,5% in 2021 naar 5,8% in 2022, aldus het statistiekbureau.",
     {"3,5%": "2021", "5,8%": "2022"}),
    ("A população de Portugal era de 10,4 milhões de habitantes em 2022, segundo o instituto de estatística.",
     {"10,4 milhões": "2022"}),
    ("Die Bevölkerung Kenias lag 2022 bei 54 Millionen Einwohnern.", {"54 Millionen": "2022"}),
])
def test_a_right_figure_is_supported_in_six_languages(packages: list[Path], sentence: str,
                                                      expected: dict[str, str]) -> None:
    assert _verdicts(sentence, packages) == {t: (Verdict.supported, p) for t, p in expected.items()}


def test_a_wrong_figure_is_contradicted_and_a_month_is_a_different_period(packages: list[Path]) -> None:
    wrong = claim_results("Il tasso di inflazione in Cile è salito al 19,9 per cento nel 2022.", packages)
    assert wrong["19,9 per cento"].verdict is Verdict.contradicted, wrong["19,9 per cento"].explanation
    month = claim_results("A dicembre 2022 l'inflazione in Cile era al 12,8 per cento su base annua.", packages)
    assert month["12,8 per cento"].verdict is Verdict.needs_review, month["12,8 per cento"].explanation
    closing = claim_results("Chile cerró el año 2022 con una inflación del 12,8 por ciento.", packages)
    assert closing["12,8 por ciento"].verdict is Verdict.needs_review, closing["12,8 por ciento"].explanation


def test_an_adjective_names_the_place(packages: list[Path]) -> None:
    result = claim_results("La inflación chilena llegó al 11,6 por ciento en 2022, según el instituto.", packages)
    assert result["11,6 por ciento"].verdict is Verdict.supported
    assert result["11,6 por ciento"].evidence[0].dimensions.get("Country") in {"Chile", "CHL"}, result


def test_unknown_words_are_for_review_and_named(packages: list[Path]) -> None:
    result = claim_results("Il tasso di zorbazione in Cile è salito all'11,6 per cento nel 2022, secondo l'istituto.",
                           packages)["11,6 per cento"]
    assert result.verdict is Verdict.needs_review and result.reason == "unknown_language_words", result.explanation
    assert "Italian" in result.explanation and "zorbazione" in result.explanation


def test_the_report_keeps_the_draft_s_own_claims(packages: list[Path]) -> None:
    text = "---\ndate: 2023-03-01\n---\n\nDe inflatie in Noorwegen bedroeg 5,8% in 2022, aldus het statistiekbureau.\n"
    draft = parse_draft(text.encode(), "draft.md")
    report = check_draft(draft, load_reference(packages), Config(root=packages[0].parent, reference=packages))
    [result] = report.results
    claim = result.claim
    assert text[claim.start:claim.end] == claim.text == "5,8%" and "inflatie" in claim.sentence
    assert result.verdict is Verdict.supported and "'5,8%'" in result.explanation


def test_language_from_front_matter_or_function_words() -> None:
    assert detect("Le taux d'inflation de la France a atteint 5 % en 2022 selon l'institut.") == "fr"
    assert detect("The Banco de Portugal said inflation in the euro area was 5% in 2022.") == "en"
    assert detect("Inflation 5 % 2022") == "en"  # too few words to tell: the default
    english = parse_draft(b"Inflation at the Banco de la Republica rose to 5% in 2022, the bank said.\n", "a.md")
    assert glossed_draft(english) is None
    forced = parse_draft("---\nlang: es\n---\n\nInflación 5 % 2022.\n".encode(), "b.md")
    glossed = glossed_draft(forced)
    assert glossed is not None and "Inflation 5 % 2022." in glossed[0].text
    kept = parse_draft("---\nlang: en\n---\n\nLa inflación en Chile fue del 5 % en 2022.\n".encode(), "c.md")
    assert glossed_draft(kept) is None


def test_a_mixed_draft_is_read_paragraph_by_paragraph() -> None:
    text = ("Inflation in Chile rose to 5% in 2022, the bank said.\n\n"
            "In Norvegia il tasso di inflazione è sceso al 3 per cento nel 2023.\n")
    glossed = glossed_draft(parse_draft(text.encode(), "mixed.md"))
    assert glossed is not None
    draft, gloss = glossed
    assert draft.text.startswith("Inflation in Chile rose to 5% in 2022, the bank said.\n\n")
    assert "In Norway the inflation rate fell to 3 per cent in 2023." in draft.text
    at = draft.text.index("3 per cent")
    assert gloss.to_original(at) == text.index("3 per cento")


def test_english_words_and_spanish_names_do_not_make_a_paragraph_foreign() -> None:
    for text in ("In 2022, exports reached 14.5 billion dollars.", "El Salvador's inflation hit 7% in the El Niño year.",
                 "La Paz and Los Angeles both grew by 2% in 2020."):
        assert detect(text) == "en", text
    glossed = glossed_draft(parse_draft("En El Salvador, la inflación fue del 7,2 por ciento en 2022.\n".encode(), "s.md"))
    assert glossed is not None and "In El Salvador, the inflation" in glossed[0].text


def test_figures_the_draft_s_reading_misses_are_read_through_the_gloss(packages: list[Path]) -> None:
    # 'millions' after a decimal comma and German's 'Billionen' (10^12) read as the gloss reads them
    results = claim_results("La population du Portugal était de 10,41 millions d'habitants en 2022, selon l'institut.",
                            packages)
    [(text, result)] = results.items()
    assert text.startswith("10,41 millions") and result.verdict is Verdict.supported, result.explanation
    assert result.claim.value == pytest.approx(10_410_000)
    zero = claim_results("Au Portugal, la population a augmenté de 0,472 % en 2022 selon l'institut.", packages)
    assert [r.claim.value for r in zero.values()] == [pytest.approx(0.472)]


def test_what_the_english_reading_takes_for_no_figure_is_no_claim(packages: list[Path]) -> None:
    results = claim_results("A taxa de inflação do Chile acumulada em 12 meses chegou a 12,8% em dezembro de 2022.",
                            packages)
    assert list(results) == ["12,8%"]  # '12 meses' is a period, as '12 months' is
    assert results["12,8%"].verdict is Verdict.needs_review, results["12,8%"].explanation


def test_a_name_english_spells_alike_keeps_its_words() -> None:
    glossed = glossed_draft(parse_draft("En Côte d'Ivoire, les prix ont augmenté de 5 % en 2022.\n".encode(), "c.md"))
    assert glossed is not None and "In Côte d" in glossed[0].text and "Ivoire" in glossed[0].text
    assert "of the Ivoire" not in glossed[0].text


def test_a_title_in_the_language_gives_place_and_measure(packages: list[Path]) -> None:
    text = "# L'inflation au Chili\n\nElle a atteint 11,6 % en 2022, contre 4,5 % un an plus tôt."
    results = claim_results(text, packages)
    assert {t: (r.verdict, r.evidence[0].period if r.evidence else None) for t, r in results.items()} == {
        "11,6 %": (Verdict.supported, "2022"), "4,5 %": (Verdict.supported, "2021")}


def test_a_spanish_increase_compared_with_the_year_before_is_a_change(packages: list[Path]) -> None:
    text = "La población de Portugal fue de 10,41 millones en 2022, con un aumento del 0,5 % respecto del año 2021."
    results = claim_results(text, packages)  # 10,410,000 / 10,361,000 − 1 = 0.47 %
    assert results["0,5 %"].verdict is Verdict.supported, results["0,5 %"].explanation
    wrong = claim_results(text.replace("0,5 %", "0,9 %"), packages)
    assert wrong["0,9 %"].verdict is Verdict.contradicted, wrong["0,9 %"].explanation


def test_a_currency_name_english_writes_too_does_not_make_a_quoted_post_german() -> None:
    # a post quoted in a fact check capitalises 'Dollar' and 'Euro' as German nouns are: English all the same
    for text in ("Under Singh 1 Dollar – Rs 45 (2009) 1 Dollar – Rs 60 (2013) Under Modi 1 Dollar – Rs 60 (2014) "
                 "1 Dollar – Rs 70 (2019) Why all this noise?",
                 "Old rate 1 Euro – 7 Kroner, new rate 1 Euro – 7.5 Kroner, Euro zone 1 Euro – 1.1 Dollar. Why?"):
        assert detect(text) == "en", text
    assert detect("Der Dollar stieg im Jahr 2022 um 6 Prozent gegenüber dem Euro.") == "de"


def test_kindred_languages_tied_on_their_words_are_told_apart_by_a_word_english_shares() -> None:
    # 'økonomi', 'var', 'på' are Danish and Norwegian alike; 'dollar' is in one glossary only: that one,
    # never English, whose billion is a thousand times smaller
    assert detect("Landets økonomi var i fjor på 1,3 billion dollar.") == "no"
    assert detect("The economy was worth 1.3 trillion dollar last year, the bureau said.") == "en"
    # nothing tells the two apart, but its words are theirs, none English's: one of them glosses what both write
    assert detect("Landets økonomi var i fjor på 1,3 billion.") in ("da", "no")



def test_kindred_languages_tied_on_their_words_are_told_apart_by_their_own_letters() -> None:
    from workbench.languages import _told_by_letters
    # Spanish and Portuguese share most of the words that tell a language (a Portuguese sentence naming
    # a Spanish-speaking institute ties them); 'ç', 'ã', 'õ' are Portuguese's alone of the two, 'ñ' Spanish's
    assert _told_by_letters("a inflação acumulou alta de 3,1% em 2030, segundo a divulgação", ["es", "pt"]) == "pt"
    assert _told_by_letters("la inflación del año subió 3,1% en 2030, según el diseño", ["es", "pt"]) == "es"
    assert _told_by_letters("inflação, según el año", ["es", "pt"]) == "pt"  # more of Portuguese's own letters
    assert _told_by_letters("ceny vzrostly o 3,1 % v roce 2030, uvedl úřad", ["cs", "sk"]) == "cs"  # 'ř', 'ů'
    assert _told_by_letters("inflation rose 3.1% in 2030", ["es", "pt"]) is None  # nothing tells them apart


def test_a_paragraph_ending_in_a_hyphen_still_counts_its_first_word() -> None:
    from workbench.languages import _counts
    text = "und die Inflation stieg im Jahr 2030 um 6 Prozent, so das Amt"  # a cell's text, its first word telling
    assert _counts(text + " -")["de"] == _counts(text)["de"]


@pytest.mark.parametrize("sentence", [
    "Anfang 2022 lag die Bevölkerung Portugals bei 10,4 Millionen Einwohnern.",
    "Zu Beginn des Jahres 2022 zählte Portugal 10,4 Millionen Einwohner.",
])
def test_a_german_count_at_the_start_of_a_year_is_not_the_mid_year_estimate(packages: list[Path],
                                                                            sentence: str) -> None:
    """'Anfang 2022' dates a count on 1 January: the mid-year row that agrees is another day's figure."""
    result = claim_results(sentence, packages)["10,4 Millionen"]
    assert result.verdict is Verdict.needs_review and result.reason == "different_period", result.explanation


def test_russian_births_and_deaths_in_words_are_another_series(packages: list[Path]) -> None:
    """'появилось на свет … малышей' (babies were born) names births, which a population package does not hold:
    unsupported, not a sentence of unknown words."""
    result = claim_results("В прошедшем году в Португалии появилось на свет 80 тысяч малышей.", packages)["80 тысяч"]
    assert result.verdict is Verdict.unsupported, result.explanation


@pytest.mark.parametrize("cedilla, comma", [
    ("Preţurile au crescut cu 0,9% faţă de luna anterioară, iar aşteptările s-au depăşit.",
     "Prețurile au crescut cu 0,9% față de luna anterioară, iar așteptările s-au depășit."),
    ("Concentraţia de CO2 în oraşul Cluj a atins 418 părţi per milion.",
     "Concentrația de CO2 în orașul Cluj a atins 418 părți per milion."),
])
def test_romanian_s_and_t_read_alike_with_cedilla_or_comma_below(cedilla: str, comma: str) -> None:
    # older Romanian keyboards and fonts write 'ş', 'ţ' where the standard has 'ș', 'ț': one word either way
    assert glossed_in(cedilla, "ro") == glossed_in(comma, "ro")
    assert glossed_in(cedilla, "ro") != cedilla


@pytest.mark.parametrize("text", [
    "Portugal está al oeste de España. Tiene una población de 10,41 millones en 2022 y una de las tasas de natalidad "
    "más bajas del mundo.",
    "Portugal está al oeste de España. Con 10,41 millones de habitantes en 2022, es uno de los países más pequeños "
    "del mundo por población.",
])
def test_the_world_after_a_spanish_superlative_is_a_rankings_field(packages: list[Path], text: str) -> None:
    """'más bajas del mundo' reads 'lowest of the world': the world is where the ranking is taken, not whose count it
    is, and the country named before stays the figure's place."""
    results = claim_results(text, packages)
    assert results["10,41 millones"].verdict is Verdict.supported, results["10,41 millones"].explanation


@pytest.mark.parametrize(("text", "figure", "period"), [
    ("Indeks harga pengguna naik kepada 121.4 mata pada Jun 2024 berbanding 118.9 bulan sama tahun sebelumnya.",
     "118.9", "2023-06"),
    ("Indeks harga konsumen naik menjadi 108.7 pada Agustus 2024 dibandingkan 106.2 bulan Agustus 2023.",
     "106.2", "2023"),
])
def test_a_unit_of_time_heading_a_period_after_a_figure_is_no_span(tmp_path: Path, text: str, figure: str,
                                                                   period: str) -> None:
    """'bulan sama', 'bulan Agustus' after a figure name the month it stands for: a level of that month, no span
    of 118.9 months (languages.json 'period_heads_after_figure')."""
    draft = tmp_path / "d.md"
    draft.write_text("---\ndate: 2024-09-10\n---\n\n" + text + "\n", encoding="utf-8")
    run = run_workbench("extract", draft, "--format", "json")
    assert run.returncode == 0, run.stderr
    claims = {c["text"]: c for c in json.loads(run.stdout)["claims"]}
    assert claims[figure]["kind"] != "duration"
    assert claims[figure]["period"].startswith(period)


def test_a_count_of_months_after_a_figure_stays_a_span(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("---\ndate: 2024-09-10\n---\n\nBank itu menawarkan pinjaman dengan tempoh 12 bulan kepada peniaga.\n",
                     encoding="utf-8")
    run = run_workbench("extract", draft, "--format", "json")
    assert run.returncode == 0, run.stderr
    assert not any(c["text"].startswith("12") and c["kind"] != "duration" for c in json.loads(run.stdout)["claims"])
