"""A non-English sentence the glossary reads word for word, naming a measure the data knows, is judged as
its English reading is: a figure it names that no package holds (GDP in a local currency where the rows are in dollars, a place the data
does not cover) keeps its ``unsupported``. A sentence with a word the checker could not read — a lower
case word, or a capitalised one that may be the measure (the first word, a German noun, an acronym) —
still goes to a person as ``unknown_language_words``.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict

@pytest.fixture()
def packages(kaz_rus_packages: list[Path]) -> list[Path]:
    return kaz_rus_packages


UNREAD = (Verdict.needs_review, "unknown_language_words")


@pytest.mark.parametrize("text, figure, expected", [
    # read word for word, naming GDP: a figure no package holds (the rows are in dollars) is unsupported
    ("По данным Росстата, ВВП России в 2021 году составил 131 триллион рублей.", "131 триллион",
     (Verdict.unsupported, "no_match")),
    ("Nel 2021 il PIL del Kazakistan era di 84 trilioni di tenge.", "84 trilioni", (Verdict.unsupported, "no_match")),
    # 'беженцев' (refugees) is in no glossary: the checker cannot tell what the figure counts (of a year the rows
    # reach: one past every row is beyond every package whatever the word means)
    ("В 2021 году в Казахстан прибыло 90 тысяч беженцев.", "90", UNREAD),
    # 'Flüchtlinge' is a German noun no glossary holds: its capital is grammar, not a name
    ("Im Jahr 2021 gab es in Kasachstan rund 90 000 Flüchtlinge.", "90 000", UNREAD),
    # an acronym the glossary lacks may be the measure
    ("Em 2021, o IPCX do Cazaquistão foi de 8,4%.", "8,4", UNREAD),
    # every word read, but no measure the data knows named: 'this measure' speaks of text before it
    ("По оценкам, в 2021 году этот показатель в Казахстане составил 7,5%.", "7,5", UNREAD),
])
def test_only_a_sentence_read_whole_keeps_its_english_reading_s_unsupported(
        packages: list[Path], text: str, figure: str, expected: tuple[Verdict, str]) -> None:
    found = claim_results(text, packages, "2023-05-01")
    result = claim_starting(found, figure)
    assert (result.verdict, result.reason) == expected


def test_a_measure_named_for_a_year_the_data_lacks_is_unsupported_as_in_english(tmp_path: Path) -> None:
    # the sentence names inflation itself: 'no figure for 2019' is its own reading, not a guess of a lost word
    packages = [cpi_package(tmp_path / "cpi")]
    found = claim_results("En Chile, la inflación fue de 3,1% en 2019.", packages, "2023-05-01")
    twin = claim_results("In Chile, inflation was 3.1% in 2019.", packages, "2023-05-01")
    assert (found["3,1%"].verdict, found["3,1%"].reason) == (twin["3.1%"].verdict, twin["3.1%"].reason) \
        == (Verdict.unsupported, "no_figure")
