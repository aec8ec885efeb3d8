"""A claim the gloss alone reads ('1만 4,770달러에서 3만 3,150달러': a range the draft's own reading splits into
parts) is reported with its whole sentence as written, where the English reading holds a doubled space
('South Korea  of …'; a claim's sentence collapses its spaces). Set back in the English text as it stands, each such
claim's sentence opened mid-sentence, a few characters later for each figure: the words before it were lost to
the review of what was not read, and every claim of a long sentence read its own sentence anew (quadratic)."""

from __future__ import annotations

import json
import time
from pathlib import Path

from conftest import REFERENCE, run_workbench


def _sentences(body: str, folder: Path) -> list[tuple[str, str]]:
    draft = folder / "won.md"
    draft.write_text(f"---\ndate: 2024-03-01\n---\n\n{body}\n", encoding="utf-8")
    run = run_workbench("check", draft, "--reference", REFERENCE, "--format", "json", cwd=folder)
    assert run.returncode in (0, 1), run.stderr
    return [(r["claim"]["text"], r["claim"]["sentence"]) for r in json.loads(run.stdout)["drafts"][0]["results"]]


def test_a_range_the_gloss_reads_keeps_its_sentence_whole(tmp_path: Path) -> None:
    body = "올해 한국의 1인당 국민총소득은 1만 9,830달러에서 3만 1,270달러로 늘었다."
    found = _sentences(body, tmp_path)
    assert ("1만 9,830달러에서 3만 1,270달러", body) in found, found


def test_every_figure_of_a_long_korean_list_has_the_one_sentence(tmp_path: Path) -> None:
    figures = ", ".join(f"{year}년 {n}만 {n},4{n}0달러" for n, year in zip(range(1, 10), range(2011, 2020)))
    body = f"한국의 1인당 GDP는 {figures}였다."
    found = _sentences(body, tmp_path)
    assert found and {sentence for _, sentence in found} == {body}, found


def test_checking_a_long_korean_list_stays_linear(tmp_path: Path) -> None:
    def seconds(count: int) -> float:
        started = time.process_time()
        _sentences("한국의 1인당 GDP는 " + "1만 4,770 " * count + "달러다.", tmp_path)
        return time.process_time() - started

    seconds(5)  # patterns compiled
    small, large = min(seconds(50) for _ in range(2)), min(seconds(400) for _ in range(2))
    # eight times the figures, their English reading still one sentence: each figure's sentence glossed afresh
    # made it ~60x; ~14x is left, each figure's other readings of its sentence (the bound leaves room for a slow spell)
    assert large < 24 * small, (small, large)
