"""Kana is written in Japanese only: a draft or paragraph holding it is not Chinese, however many kanji words of
Chinese's glossary it also holds ('年度', '指数', '全国'); and a paragraph of a Japanese draft written in kanji alone
(a table's row, '2041年 | 全国 | 総合') stays Japanese, since words found inside runs of characters the draft's
own language writes tell no other language. Invented figures throughout."""

from __future__ import annotations

from pathlib import Path

from package_support import cpi_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.languages import detect
from workbench.reference.loader import load_reference


def test_a_heading_with_kana_is_japanese_though_its_kanji_words_are_chinese_too() -> None:
    assert detect("年次消費者物価指数 (2030年基準)\n年度 | 地区 | カテゴリ | 指数 | 前年同月比 (%) |\n\n2041年 | 全国 |") == "ja"


def test_a_kanji_row_of_a_japanese_table_is_read_as_japanese(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("Japan", 2041): 2.6})
    text = ("---\ndate: 2042-02-01\nabout: Japan\n---\n\n# 年次消費者物価指数 (2030年基準)\n"
            "年度 | 地区 | カテゴリ | 指数 | 前年同月比 (%) |\n\n2041年 | 全国 | 0001 総合 | 111.5 | 2.6% |\n")
    report = check_draft(parse_draft(text.encode(), "draft.md"), load_reference([cpi]),
                         Config(root=tmp_path, reference=[cpi]))
    index = next(r for r in report.results if r.claim.text == "111.5")
    assert "in Japanese" in index.explanation, index.explanation
    assert "Chinese" not in " ".join(r.explanation for r in report.results)


def test_a_chinese_paragraph_keeps_its_language_in_a_chinese_draft() -> None:
    assert detect("2041年全年,全国居民消费价格比上年上涨2.6%。", default="zh") == "zh"
    assert detect("2041年全年,全国居民消费价格比上年上涨2.6%。") == "zh"
