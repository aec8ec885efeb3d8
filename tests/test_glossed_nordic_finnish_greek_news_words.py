"""Words of Danish, Norwegian, Swedish, Finnish and Greek news on emissions, prices, rates and censuses, read so that a
sentence the glossary reads whole is judged as its English counterpart is: Finnish change verbs ('lisääntyivät',
'supistuivat') and an emphasis word English leaves unsaid ('peräti'), a case ending written after an abbreviation's
colon ('EU:ssa', 'BKT:n'), a month's short stem before a hyphen ('tammi-lokakuun'); Danish 'en halv' (half a) and
'ved' (at, no currency's code); Nynorsk copy on prices and the core index ('KPI-JAE'); Greek regions, results and
the Greeks as a people. Invented sentences in the style of the news, each with the English a translator would
write."""

from __future__ import annotations

from pathlib import Path

import pytest
from language_support import glossed
from package_support import carbon_package, claim_results, claim_starting, cpi_package, population_package

from workbench.languages import unknown_words
from workbench.models import ClaimResult, Verdict

DATE = "2024-05-01"


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("packages")
    carbon = carbon_package(folder / "carbon", {("FINLAND", 2015): 11763, ("FINLAND", 2016): 12395,
                                                ("MALTA", 2015): 441, ("MALTA", 2016): 360})
    cpi = cpi_package(folder / "cpi", {("Denmark", 2022): 7.7, ("Denmark", 2023): 3.3, ("Norway", 2022): 5.8,
                                       ("Norway", 2023): 5.5})
    population = population_package(folder / "population", {("Kazakhstan", 2022): 19.6e6})
    return [carbon, cpi, population]


def result_of(text: str, figure: str, packages: list[Path], date: str | None = DATE) -> ClaimResult:
    """The result on the one claim of ``text`` whose surface starts with ``figure``."""
    return claim_starting(claim_results(text, packages, date=date), figure)


# (the sentence, its figure, the English counterpart, its figure, the verdict both get)
COUNTERPARTS = [
    pytest.param("Vuonna 2016 Suomen hiilidioksidipäästöt lisääntyivät 9,5 prosenttia.", "9,5",
                 "In 2016 Finland's carbon dioxide emissions increased 9.5 percent.", "9.5", Verdict.contradicted,
                 id="finnish-increase"),
    pytest.param("Vuonna 2016 Maltan hiilidioksidipäästöt supistuivat peräti 18,4 %.", "18,4",
                 "In 2016 Malta's carbon dioxide emissions fell 18.4 %.", "18.4", Verdict.supported, id="finnish-emphasis-unsaid"),
    pytest.param("Euroopan keskuspankin on määrä nostaa ohjauskorkojaan 0,5 prosenttiyksikköä ensi viikolla.", "0,5",
                 "The European Central Bank is due to raise its policy rates by 0.5 percentage points next week.",
                 "0.5", Verdict.unsupported, id="finnish-policy-rates"),
    pytest.param("Ennakkotietojen mukaan Suomen väkiluku kasvoi tammi-lokakuun aikana lähes 12 000 hengellä.", "12 000",
                 "According to preliminary data, Finland's population grew by nearly 12,000 people during "
                 "January-October.", "12,000", Verdict.unsupported, id="finnish-month-span-people"),
    pytest.param("Σε όλες τις άλλες περιφέρειες η μείωση ήταν μεγάλη και συνολικά η Ελλάδα σημείωσε μείωση "
                 "πληθυσμού κατά 2,5 %.", "2,5",
                 "In all the other regions the fall was large, and overall Greece recorded a population fall of "
                 "2.5 %.", "2.5", Verdict.unsupported, id="greek-regions"),
    pytest.param("KPI-JAE i Noreg steig 6,0 prosent frå 2022 til 2023.", "6,0",
                 "Core CPI in Norway rose 6.0 percent from 2022 to 2023.", "6.0", Verdict.unsupported,
                 id="nynorsk-core-cpi"),
    pytest.param("Årsveksten i KPI i Noreg i 2023 enda på 5,5 prosent.", "5,5",
                 "Annual CPI growth in Norway in 2023 came in at 5.5 percent.", "5.5", Verdict.supported,
                 id="nynorsk-year-growth"),
    pytest.param("I marts 2023 var de danske forbrugerpriser samlet steget med 6,1 procent i forhold til samme "
                 "måned året før.", "6,1",
                 "In March 2023 Danish consumer prices overall had risen by 6.1 percent compared with the same month "
                 "a year before.", "6.1", Verdict.needs_review, id="danish-consumer-prices"),
]


@pytest.mark.parametrize(("text", "figure", "english", "english_figure", "verdict"), COUNTERPARTS)
def test_a_sentence_read_whole_is_judged_as_its_english_counterpart(
        packages: list[Path], text: str, figure: str, english: str, english_figure: str, verdict: Verdict) -> None:
    result = result_of(text, figure, packages)
    counterpart = result_of(english, english_figure, packages)
    assert counterpart.verdict is verdict, counterpart.explanation
    assert result.verdict is verdict, result.explanation
    assert result.reason != "unknown_language_words"


@pytest.mark.parametrize(("text", "code", "english"), [
    ("Koko EU:ssa vähennystä oli 0,4 %.", "fi", "EU reduction"),
    ("BKT:n kasvu oli 2 %.", "fi", "GDP growth"),
    ("Enligt SCB:s siffror steg KPIF med 2,3 procent.", "sv", "Statistics Sweden"),
])
def test_a_case_ending_after_an_abbreviations_colon_is_read_with_it(text: str, code: str, english: str) -> None:
    assert english in glossed(text, code)
    assert not {"ssa", "n", "s"} & set(unknown_words(text, code))


def test_a_word_that_ends_like_no_case_after_a_colon_stays_unread() -> None:
    assert "zzq" in unknown_words("Koko EU:zzq vähennystä oli 0,4 %.", "fi")


def test_danish_half_a_percent_is_half_of_one_percent() -> None:
    english = glossed("Kronen er dermed steget en halv procent i forhold til dagen før.", "da")
    assert "half a percent" in english
    assert "the day before" in english


def test_danish_ved_is_at_and_names_no_currency(packages: list[Path]) -> None:
    """'ved årsskiftet' (at the turn of the year): 'ved' is no code of the bolívar, so a move of the krone is read
    as a move against the rate at the year's turn, not declined as a currency the data does not hold."""
    english = glossed("Kronen er steget 9 procent i forhold til kursen ved årsskiftet.", "da")
    assert "the rate at" in english
    result = result_of("Kronen er steget 9 procent i forhold til kursen ved årsskiftet.", "9", packages)
    assert result.reason != "currency_not_held", result.explanation


def test_greeks_as_a_people_are_greece() -> None:
    assert "the Greeks" in glossed("Απογραφή: 250.000 λιγότεροι οι Έλληνες", "el")
