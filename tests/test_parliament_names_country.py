"""Governments' own words name a parliament or a seat of government rather than the country: 'told
the Lok Sabha', 'im Bundestag', 'the State Duma' (data/gazetteer.csv aliases, as a country's statistics
office is). Such a name is the country's mention; and a capitalised name the gazetteer knows ('Berlin')
is no word a non-English sentence leaves unread."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.languages import unknown_words
from workbench.models import Verdict

# Invented figures.
CPI = {("Germany", 2021): 3.2, ("Germany", 2022): 7.1, ("India", 2022): 6.4, ("India", 2023): 5.2,
       ("Norway", 2022): 5.8}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi"), CPI)]


def test_a_minister_in_the_lok_sabha_speaks_of_india(packages: list[Path]) -> None:
    results = claim_results("Replying in the Lok Sabha, the minister said consumer price inflation averaged 5.2% in 2023.",
                            packages, date="2024-03-01")
    [result] = results.values()
    assert result.verdict is Verdict.supported, result.explanation
    assert "India" in result.evidence[0].dimensions.values()


def test_a_rate_said_in_the_bundestag_is_germanys(packages: list[Path]) -> None:
    text = "Die Inflation lag 2022 bei 7,6 Prozent, sagte die Ministerin am Mittwoch im Bundestag in Berlin."
    [result] = claim_results(text, packages, date="2023-02-01").values()
    assert result.verdict is Verdict.contradicted, result.explanation
    assert "Germany" in result.evidence[0].dimensions.values()


def test_a_city_the_gazetteer_knows_is_no_unread_word() -> None:
    assert "Berlin" not in unknown_words("Die Ministerin sprach am Donnerstag in Berlin.", "de", capitals=True)
    assert "Bundestag" not in unknown_words("Sie sprach im Bundestag.", "de", capitals=True)


def test_a_russian_target_sentence_is_read_whole(packages: list[Path]) -> None:
    # every word glossed: the rate is judged (no row for 2030), not left to review as unread words
    text = "Поставлена цель снизить инфляцию в России до шести процентов в 2030 году."
    [result] = claim_results(text, packages, date="2024-03-01").values()
    assert result.verdict is Verdict.unsupported, result.explanation
