"""In a language written without spaces (Thai, Chinese), a run of letters no glossary reads, standing right after or
right before a noun that names a part of a country ('จังหวัด', province; '省', province), is that part's proper name:
no word left unread. A glossary cannot list every province and town, and a reader needs none to see that the figure
is a province's — so the sentence is read whole, and a province's count that no series holds is unsupported, not
sent to a person for an unread word. A run that stands by no such noun stays unread."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, population_package

from workbench.languages import unknown_words
from workbench.models import Verdict


def test_a_name_after_a_province_noun_is_no_unread_word() -> None:
    # 'the province with the fewest people is Ranong province, 194,573 people'
    sentence = "จังหวัดที่มีประชากรน้อยที่สุดคือ จังหวัดระนอง จำนวน 194,573 คน"
    assert unknown_words(sentence, "th") == []


def test_a_name_before_a_province_noun_is_no_unread_word() -> None:
    # 'the population of Qinghai province is 5.9 million': the noun follows the name
    assert "青海" not in unknown_words("青海省人口为590万人。", "zh")


def test_an_unknown_run_by_no_part_noun_stays_unread() -> None:
    # 'ระนอง' standing alone, by no noun naming a part: still a word the checker could not read
    assert "ระนอง" in unknown_words("ประชากร ระนอง จำนวน 194,573 คน", "th")


def test_a_province_count_read_whole_is_judged_as_its_english_reading(tmp_path: Path) -> None:
    pop = population_package(tmp_path / "pop", {("Kazakhstan", 2022): 19_600_000.0, ("Russia", 2022): 144_000_000.0})
    # 'the most populous province is Bangkok, 5,600,000 people, followed by Ranong province, 194,573 people': Bangkok
    # is a place no series holds, so both counts are unsupported, as in English
    results = claim_results("จังหวัดที่มีประชากรมากที่สุดคือ กรุงเทพมหานคร จำนวน 5,600,000 คน "
                            "รองลงมาคือ จังหวัดระนอง จำนวน 194,573 คน", [pop], date="2023-06-01")
    for figure in ("5,600,000", "194,573"):
        result = results[figure]
        assert result.verdict is Verdict.unsupported, result.explanation
        assert result.reason != "unknown_language_words" and "ระนอง" not in result.explanation
