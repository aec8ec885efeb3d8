"""Croatian and Bosnian read by the Serbian glossary (one language to a reader of it: 'posto', the Croatian
months 'u prosincu', 'u studenom', 'Bosni i Hercegovini'), and Lithuanian, Latvian, Estonian and Finnish
glossaries: a year's average is judged by the country's row, a month's 12-month rate is left for review; Serbian,
Lithuanian and Slovak offices' own names name their countries. Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Croatia", 2022): 10.6, ("Croatia", 2023): 8.1, ("Bosnia and Herzegovina", 2022): 14.2,
        ("Lithuania", 2022): 19.1, ("Lithuania", 2023): 9.3, ("Finland", 2022): 7.3, ("Finland", 2023): 6.4,
        ("Latvia", 2023): 8.8, ("Estonia", 2023): 9.1, ("Serbia", 2023): 12.4, ("Slovak Republic", 2023): 10.5}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("Prosječna godišnja inflacija u Hrvatskoj u 2023. godini iznosila je 8,1 posto, objavio je zavod.", "8,1 posto", Verdict.supported),
    ("Godišnja stopa inflacije u Hrvatskoj u prosincu 2023. pala je na 5,4 posto.", "5,4 posto", Verdict.needs_review),
    ("Godišnja inflacija u Bosni i Hercegovini u 2022. iznosila je 14,2 posto.", "14,2 posto", Verdict.supported),
    ("Vidutinė metinė infliacija Lietuvoje 2023 metais siekė 9,3 proc.", "9,3 proc.", Verdict.supported),
    ("Lietuvoje metinė infliacija 2023 metų gruodį sudarė 1,6 proc.", "1,6 proc.", Verdict.needs_review),
    ("Tilastokeskuksen mukaan inflaatio oli Suomessa vuonna 2023 keskimäärin 6,4 prosenttia.", "6,4 prosenttia", Verdict.supported),
    ("Suomen inflaatio oli 3,5 prosenttia joulukuussa 2023, kertoo Tilastokeskus.", "3,5 prosenttia", Verdict.needs_review),
    ("Centrālās statistikas pārvaldes dati liecina, ka vidējā gada inflācija Latvijā 2023. gadā bija 8,8 procenti.", "8,8 procenti", Verdict.supported),
    ("Latvijā gada inflācija 2023. gada decembrī bija 0,9 procenti.", "0,9 procenti", Verdict.needs_review),
    ("Statistikaameti andmetel oli Eestis inflatsioon 2023. aastal keskmiselt 9,1 protsenti.", "9,1 protsenti", Verdict.supported),
    ("Eestis oli tarbijahinnaindeksi aastakasv 2023. aasta detsembris 4,2 protsenti.", "4,2 protsenti", Verdict.needs_review),
])
def test_the_years_average_and_a_months_rate(cpi: Path, text: str, claim: str, verdict: Verdict) -> None:
    found = claim_results(text, [cpi], "2024-01-20")
    assert found[claim].verdict is verdict, found[claim].explanation


def test_an_expectation_after_an_ordinal_year_stays_a_projection(cpi: Path) -> None:
    """'u 2023. iznositi': the dot of the ordinal year ends no sentence, so 'očekuje se' reaches the figure."""
    found = claim_results("Očekuje se kako će godišnja stopa inflacije u Hrvatskoj u 2023. iznositi 8,1 posto.", [cpi], "2023-03-10")
    assert found["8,1 posto"].verdict is Verdict.needs_review, found["8,1 posto"].explanation


def test_a_sentence_ending_with_a_year_still_ends(cpi: Path) -> None:
    found = claim_results("Inflacija u Hrvatskoj bila je najviša u 2022. Prosječna godišnja inflacija u Hrvatskoj "
                          "u 2023. godini iznosila je 8,1 posto.", [cpi], "2024-01-20")
    assert found["8,1 posto"].verdict is Verdict.supported, found["8,1 posto"].explanation


@pytest.mark.parametrize(("text", "claim"), [
    # the office's acronym alone names the country: Croatia's DZS
    ("Prema podacima DZS-a, prosječna godišnja inflacija u 2023. godini iznosila je 8,1 posto.", "8,1 posto"),
    ("Državni zavod za statistiku objavio je da je prosječna godišnja inflacija u 2023. iznosila 8,1 posto.", "8,1 posto"),
    ("Centrālā statistikas pārvalde ziņo, ka vidējā gada inflācija 2023. gadā bija 8,8 procenti.", "8,8 procenti"),
    # Croatia's office in the genitive, Serbia's, Lithuania's and Slovakia's by their own names, in their cases
    ("Prema objavi Državnog zavoda za statistiku, prosječna godišnja inflacija u 2023. iznosila je 8,1 posto.", "8,1 posto"),
    ("Prema podacima Republičkog zavoda za statistiku, prosečna godišnja inflacija u 2023. godini iznosila je 12,4 odsto.",
     "12,4 odsto"),
    ("Republički zavod za statistiku saopštio je da je prosečna godišnja inflacija u 2023. iznosila 12,4 odsto.", "12,4 odsto"),
    ("Valstybės duomenų agentūros duomenimis, vidutinė metinė infliacija 2023 metais siekė 9,3 proc.", "9,3 proc."),
    ("Vidutinė metinė infliacija 2023 metais siekė 9,3 proc., skelbia Valstybės duomenų agentūra.", "9,3 proc."),
    ("Statistikos departamento duomenimis, vidutinė metinė infliacija 2023 metais siekė 9,3 proc.", "9,3 proc."),
    ("Podľa Štatistického úradu SR dosiahla priemerná ročná inflácia v roku 2023 hodnotu 10,5 %.", "10,5 %"),
    ("Priemerná ročná inflácia v roku 2023 dosiahla 10,5 %, informoval ŠÚ SR.", "10,5 %"),
])
def test_an_office_of_one_country_names_it_in_english_too(cpi: Path, text: str, claim: str) -> None:
    """A paragraph read through its glossary keeps the place its office's own name gives: the gloss of a name
    the gazetteer reads as one country's office says whose office it is."""
    found = claim_results(text, [cpi], "2024-01-20")
    assert found[claim].verdict is Verdict.supported, found[claim].explanation


def test_a_country_named_by_its_long_name_in_its_own_cases(cpi: Path) -> None:
    """'Slovenská republika' in the locative ('v Slovenskej republike'): the long name is inflected as the short one is."""
    found = claim_results("Priemerná ročná inflácia v Slovenskej republike v roku 2023 dosiahla 10,5 %.", [cpi], "2024-01-20")
    assert found["10,5 %"].verdict is Verdict.supported, found["10,5 %"].explanation


def test_an_entitys_office_names_no_country(cpi: Path) -> None:
    """Republika Srpska's office bears Serbia's office's name with the entity's after it: no country's figure."""
    found = claim_results("Prema podacima Republičkog zavoda za statistiku Republike Srpske, prosečna godišnja inflacija "
                          "u 2023. iznosila je 12,4 odsto.", [cpi], "2024-01-20")
    assert found["12,4 odsto"].verdict is Verdict.needs_review, found["12,4 odsto"].explanation
