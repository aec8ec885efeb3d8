"""A long paragraph of figures in a language the gloss reads (Japanese, Chinese, Korean, Thai) is read in
linear time: each word, figure and date of the paragraph is tested against those already read by bisection,
not by a scan of all of them (a page of such figures took minutes; benchmarks/README.md, "Nineteenth crash
hunt")."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from conftest import run_workbench

# our own sentences, one paragraph of each repeated: figures with their dates, a Korean span of two figures
# ('에서 … 로'), Thai clauses parted by spaces under Buddhist-era years
SENTENCES = {
    "ja": "2023年、日本の消費者物価は前年比3.1%上昇し、円相場は1ドル141.40円となり、輸出は2.5%増えた。",
    "zh": "2023年12月居民消费价格同比上涨0.3%，工业生产增长4.6%，出口总额为3.38万亿美元。",
    "ko": "2023년 물가는 3.6% 올랐고 수출 증가율은 2022년 5.2%에서 2023년 1.4%로 낮아졌다.",
    "th": "อัตราเงินเฟ้อปี 2566 เพิ่มขึ้นร้อยละ 1.2 การส่งออกเพิ่มขึ้นร้อยละ 3.4",
}


def _cpu_per_sentence(folder: Path, lang: str, sentences: int) -> tuple[float, int]:
    draft = folder / f"{lang}-{sentences}.md"
    draft.write_text(f"---\nlang: {lang}\n---\n" + " ".join([SENTENCES[lang]] * sentences) + "\n", encoding="utf-8")
    started = time.process_time()
    run = run_workbench("extract", draft, "--format", "json")
    spent = time.process_time() - started
    assert run.returncode == 0, run.stderr
    return spent / sentences, len(json.loads(run.stdout)["claims"])


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_a_paragraph_ten_times_longer_costs_about_the_same_per_sentence(tmp_path: Path, lang: str) -> None:
    _cpu_per_sentence(tmp_path, lang, 5)  # the language's patterns compiled
    # a second pair only when the first looks like growth: a slow spell of the machine that caught only the long
    # paragraph reads as growth, and the lowest of two pairs tells it from a quadratic path
    pairs = [(_cpu_per_sentence(tmp_path, lang, 100), _cpu_per_sentence(tmp_path, lang, 1000))]
    if pairs[0][1][0] / pairs[0][0][0] >= 2.5:
        pairs.append((_cpu_per_sentence(tmp_path, lang, 100), _cpu_per_sentence(tmp_path, lang, 1000)))
    ratio = min(many / few for (few, _), (many, _) in pairs)
    (_, few_claims), (_, many_claims) = pairs[0]
    assert few_claims > 0 and many_claims >= 9 * few_claims  # every sentence's figures read, not given up
    # linear: about the same CPU per sentence (a scan of every span read so far made it 4-9x for Japanese)
    assert ratio < 2.5, f"{lang}: {ratio:.1f}x the CPU per sentence at 1,000 sentences against 100"
