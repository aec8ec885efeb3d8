"""Sentences end where each script ends them: a claim takes its year, place and series from its own sentence,
never from the one before it written in Greek, Cyrillic, Georgian, Armenian, Chinese, Japanese or Hindi."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.extraction import extract_text
from workbench.extraction.sentences import Sentences
from workbench.languages import gloss_paragraphs
from workbench.matching.carried import carried_period


def _claims(text: str) -> list[tuple[str, str | None, str]]:
    return [(claim.text, claim.period, claim.sentence) for claim in extract_text(text)]


def _sentences(text: str) -> list[str]:
    split = Sentences(text, text, 0, lambda start, end: [])
    return [split.at(start).text for start in sorted({split.at(i).start for i in range(len(text)) if not text[i].isspace()})]


@pytest.mark.parametrize("first, second", [
    # a capital of a cased script other than Latin's ASCII letters
    ("Η ανεργία ήταν 12,4% το 2022.", "Φέτος έπεσε στο 10,9%."),
    ("Безработица составила 3,9% в 2022 году.", "Сейчас она опустилась до 2,9%."),
    ("Stopa bezrobocia wyniosła 5,2% w 2022 roku.", "Łącznie pracowało 17 mln osób."),
    # Georgian writes no capitals: its letters open a sentence after a full stop
    ("უმუშევრობა 2022 წელს 17,3% იყო.", "წელს ის 16,4%-მდე შემცირდა."),
    # a script's own full stop: Armenian '։', Devanagari '।'
    ("Գործազրկությունը 2022 թվականին 12,6% էր։", "Այս տարի այն 11,4% է։"),
    # Armenian typed on a Latin keyboard, ':' for '։'
    ("Գործազրկությունը 2022 թվականին 12,6% էր:", "Այս տարի այն 11,4% է:"),
    ("2022 में बेरोजगारी 7.3% थी।", "इस साल यह 6.1% रही।"),
])
def test_the_year_of_one_sentence_stays_out_of_the_next(first: str, second: str) -> None:
    [(_, earlier_period, earlier), (_, later_period, later)] = _claims(f"{first} {second}")
    assert (earlier_period, earlier, later_period, later) == ("2022", first, None, second)


@pytest.mark.parametrize("text, expected", [
    # Chinese and Japanese end a sentence with '。' and no space after it
    ("2022年失业率为 5.6%。今年降至 5.2%。", ["2022年失业率为 5.6%。", "今年降至 5.2%。"]),
    ("2022年の失業率は 2.6% だった。今年は 2.5% に下がった。", ["2022年の失業率は 2.6% だった。", "今年は 2.5% に下がった。"]),
    # a closing quote stays with the sentence it ends
    ("「物価は 3% 上がった。」今年は 2% だ。", ["「物価は 3% 上がった。」", "今年は 2% だ。"]),
])
def test_a_full_stop_of_east_asian_text_ends_its_sentence_without_a_space(text: str, expected: list[str]) -> None:
    assert [sentence for _, _, sentence in _claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a space and a lower-case letter after a stop: an abbreviation, in any cased script
    ("Выручка составила 5 млн. рублей в 2023 году.", ["Выручка составила 5 млн. рублей в 2023 году."]),
    ("Οι εξαγωγές, π.χ. η Ελλάδα, αυξήθηκαν κατά 4%.", ["Οι εξαγωγές, π.χ. η Ελλάδα, αυξήθηκαν κατά 4%."]),
    # a single letter and its stop is an initial or a year's abbreviation, whatever the script
    ("Цены в г. Москва выросли на 7%.", ["Цены в г. Москва выросли на 7%."]),
    ("2023 წ. ინფლაცია 2,5% იყო.", ["2023 წ. ინფლაცია 2,5% იყო."]),
    # the ordinal dot of a year ('2023.') before its lower-case noun, in Latin and Cyrillic letters
    ("U 2023. godini rast je bio 2,1%.", ["U 2023. godini rast je bio 2,1%."]),
    ("У 2023. години раст је био 2,1%.", ["У 2023. години раст је био 2,1%."]),
    # Japanese figures may take the full-width '．' as their decimal point: no sentence ends there
    ("成長率は２．５％だった。", ["成長率は２．５％だった。"]),
    # the guards the splitter already kept
    # a colon before a Latin capital ends nothing
    ("The figures for 2023: Exports rose 4%.", ["The figures for 2023: Exports rose 4%."]),
    ("U.S. exports rose 3.5% in 2023, No. 5 among them.", ["U.S. exports rose 3.5% in 2023, No. 5 among them."]),
    ("Die Preise stiegen am 3. April 2021 um 2%.", ["Die Preise stiegen am 3. April 2021 um 2%."]),
])
def test_a_stop_inside_a_sentence_ends_nothing(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a French quotation opens with '«' and a space
    ("Le chômage était de 7,3 %. « Nous visons 5 % en 2027 », dit-elle.",
     ["Le chômage était de 7,3 %.", "« Nous visons 5 % en 2027 », dit-elle."]),
    # a Spanish question opens with '¿'
    ("El paro bajó al 11,7%. ¿Llegará al 10% en 2025?", ["El paro bajó al 11,7%.", "¿Llegará al 10% en 2025?"]),
    # a stop glued to the next sentence, in Cyrillic as in Latin letters
    ("Выручка выросла на 5%.Инфляция замедлилась до 4%.", ["Выручка выросла на 5%.", "Инфляция замедлилась до 4%."]),
])
def test_a_sentence_opened_by_a_quote_or_glued_to_the_stop_is_its_own(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize("before, sentence", [
    ("2021 में वृद्धि 8.7% थी। 2022 में यह 7.0% रही।", "बेरोजगारी 7.3% थी।"),
    ("Գնաճը 2021 թվականին 7,2% էր։ 2022 թվականին՝ 8,6%։", "Գործազրկությունը 12,6% էր։"),
    ("Գնաճը 2021 թվականին 7,2% էր: Այն 2022 թվականին 8,6% էր:", "Գործազրկությունը 12,6% էր:"),
])
def test_a_figure_without_a_year_takes_that_of_the_sentence_right_before_it(before: str, sentence: str) -> None:
    # the year a reader carries over is the nearest sentence's, split at the script's own full stop
    found = carried_period(sentence, before, [], "", dt.date(2024, 6, 1))
    assert found is not None and found[:2] == ("2022", "paragraph")


def test_a_capitalised_word_after_an_armenian_full_stop_opens_a_sentence_not_a_name() -> None:
    # a capital after '։' starts a sentence, so the function word is glossed, not kept as a name
    text = "Գնաճը 2022 թվականին 8,6% էր։ Այն 2023 թվականին 2% էր։"
    assert "։ It 2023" in gloss_paragraphs(text, [(0, len(text), "hy")]).text


# A stop glued to a word of a script without case (Korean, Arabic, Chinese): nothing tells its next sentence by a
# capital, so the stop after a word of two letters or more, or after a figure, ends one; an abbreviation's letter
# or two and its dot (Arabic 'ر.س', Thai 'เม.ย.') does not.
@pytest.mark.parametrize("text, expected", [
    ("물가는 작년에 3.6% 올랐다.올해는 2.4%로 낮아졌다.", ["물가는 작년에 3.6% 올랐다.", "올해는 2.4%로 낮아졌다."]),
    ("ارتفع التضخم إلى 6%.وسجل النمو 3% هذا العام.", ["ارتفع التضخم إلى 6%.", "وسجل النمو 3% هذا العام."]),
    ("Unemployment was 4.1%.실업률은 올해 3.9%였다.", ["Unemployment was 4.1%.", "실업률은 올해 3.9%였다."]),
    ("بلغ السعر 250 ر.س للبرميل و4% زيادة.", ["بلغ السعر 250 ر.س للبرميل و4% زيادة."]),
    ("เงินเฟ้อ 1.2% ในเดือน เม.ย.ปีนี้ และ 0.8% ในเดือน พ.ค.ปีนี้", ["เงินเฟ้อ 1.2% ในเดือน เม.ย.ปีนี้ และ 0.8% ในเดือน พ.ค.ปีนี้"]),
])
def test_a_stop_glued_to_a_word_of_a_script_without_case_ends_its_sentence(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


_HANGUL_WORDS = st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=2, max_size=6)
_ARABIC_WORDS = st.text(alphabet=st.characters(min_codepoint=0x0628, max_codepoint=0x064A, categories=["Lo"]),
                        min_size=2, max_size=6)


@settings(max_examples=60, deadline=None)
@given(st.one_of(_HANGUL_WORDS, _ARABIC_WORDS), st.one_of(_HANGUL_WORDS, _ARABIC_WORDS), st.sampled_from(".!?"),
       st.sampled_from(["", " "]))
def test_any_sentence_of_a_caseless_script_after_a_figure_and_a_stop_is_its_own(first: str, second: str, stop: str,
                                                                                 space: str) -> None:
    text = f"{first} 5%{stop}{space}{second} 7%"
    five, seven = [claim for claim in extract_text(text) if claim.text in ("5%", "7%")]
    assert five.sentence != seven.sentence
    assert seven.sentence.startswith(second)

