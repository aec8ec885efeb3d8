"""In a glossed paragraph '118.400' is 118,400 — the languages listed group thousands with dots —
unless the paragraph writes its decimals with a point elsewhere ('1.12 Dollar'): then '1.085' is a
decimal too, written as the paragraph writes the others; so it is in a language that always writes
decimal points (Chinese '1.093亿')."""

from __future__ import annotations

import pytest
from package_support import claim_results, population_package

from workbench.languages import _decimal_commas


def _read(paragraph: str) -> str:
    return _decimal_commas(paragraph, [(0, len(paragraph), "de")])


@pytest.mark.parametrize("paragraph, expected", [
    ("Die Stadt zählte 2022 genau 118.400 Einwohner, 1.250 mehr als im Vorjahr.",
     "Die Stadt zählte 2022 genau 118,400 Einwohner, 1,250 mehr als im Vorjahr."),
    ("Le budget atteint 1.234,5 millions d'euros, contre 1.085 millions en 2021.",
     "Le budget atteint 1,234.5 millions d'euros, contre 1,085 millions en 2021."),
    ("Am 12.05.2023 kostete ein Euro 1.085 Dollar.", "Am 12.05.2023 kostete ein Euro 1,085 Dollar."),  # a date is no decimal
])
def test_dots_group_thousands_in_a_glossed_paragraph(paragraph: str, expected: str) -> None:
    assert _read(paragraph) == expected


def test_a_paragraph_writing_decimal_points_keeps_its_dotted_figures_decimal() -> None:
    paragraph = "Der Euro kostete 2019 im Schnitt 1.12 Dollar, Ende 2020 dann 1.085 Dollar."
    assert _read(paragraph) == paragraph


def test_a_comma_before_other_than_three_digits_is_decimal_beside_a_decimal_point() -> None:
    # a clock's '9.45' is read as a decimal point; '412,36' still groups nothing, as three digits would
    paragraph = "Reggel 9.45-kor 412,36-on állt az euró árfolyama, 1.250 forinttal több."
    read = _decimal_commas(paragraph, [(0, len(paragraph), "hu")])
    assert "412.36-on" in read
    assert "1.250" in read  # three digits after the point: the paragraph's points keep it as written


def test_a_figure_with_a_case_ending_beside_a_clock_time_is_extracted(tmp_path) -> None:
    from workbench.drafts import load_draft
    from workbench.extraction import extract
    from workbench.glossed import claims_as_read

    draft_path = tmp_path / "forint.md"
    draft_path.write_text("---\ndate: 2024-03\n---\n\nA devizapiacon délután 15.02-kor 398,12-nél állt az euró/forint "
                          "árfolyam, ami gyengülés a reggeli szinthez képest.\n", encoding="utf-8")
    draft = load_draft(draft_path)
    claims = claims_as_read(draft, extract(draft), extract)
    assert [c.value for c in claims if c.text.startswith("398")] == [398.12]


def test_a_language_that_always_writes_decimal_points_keeps_a_point_before_three_digits() -> None:
    # Chinese groups thousands with commas only: '1.093亿' is 109.3 million, '510,000' a group as written
    paragraph = "据统计,约有1.093亿人生活在城市中,比上一年减少了510,000。"
    assert _decimal_commas(paragraph, [(0, len(paragraph), "zh")]) == paragraph


def test_a_chinese_count_with_three_decimals_is_judged_at_its_scale(tmp_path) -> None:
    rows = {("Russian Federation", 2023): 143_826_130}
    text = "2023年俄罗斯人口为1.438亿。"
    [result] = claim_results(text, [population_package(tmp_path / "pop", rows)], date="2024-06-01").values()
    assert result.verdict.value == "supported", result.explanation


@pytest.mark.parametrize("sentence, figure, expected", [
    ("今年度の名目GDPは4.213兆ドルに達した。", "4.213兆", 4.213e12),   # Japanese: 4.213 trillion, not 4,213
    ("지난해 수출은 6.836억 달러를 기록했다.", "6.836억", 6.836e8),      # Korean: 683.6 million
    ("ประชากรของประเทศมีประมาณ 66.052 ล้านคน", "66.052", 66.052e6),    # Thai: 66.052 million
])
def test_languages_that_write_decimal_points_read_a_point_before_three_digits_as_one(
        tmp_path, sentence: str, figure: str, expected: float) -> None:
    from workbench.drafts import load_draft
    from workbench.extraction import extract
    from workbench.glossed import claims_as_read

    draft_path = tmp_path / "draft.md"
    draft_path.write_text(f"---\ndate: 2024-03\n---\n\n{sentence}\n", encoding="utf-8")
    draft = load_draft(draft_path)
    [claim] = [c for c in claims_as_read(draft, extract(draft), extract) if c.text.startswith(figure)]
    assert claim.value == pytest.approx(expected)
