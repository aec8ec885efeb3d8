"""News prose in the languages the gloss reads, mutated the way pasted copy mixes scripts: digits of two
scripts in one figure, combining marks after digits, bidi marks and joiners inside a figure, one language's
month beside another calendar's year, words of another script mid-sentence. `extract` and `check` read
each draft or refuse it in one line, and every claim's text is the draft's own at its offsets
(benchmarks/README.md, "Nineteenth crash hunt")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
from conftest import REFERENCE, ROOT, run_workbench
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.drafts import parse_draft

# our own sentences, one per script the gloss reads differently
SENTENCES = [
    "Inflation in Kenya reached 7.7% in 2022, up from 6.1% a year earlier.",
    "L'inflation en France a atteint 5,2 % en 2022, contre 1,6 % en 2021.",
    "Инфляция в России в 2022 году составила 11,9%, а ВВП сократился на 2,1%.",
    "بلغ معدل التضخم في مصر 13.9% في عام 2022 مقابل 5.2% في 2021.",
    "2023年の消費者物価は前年比3.1%上昇し、輸出は2.5%増えた。",
    "2023년 물가는 3.6% 올랐고 수출은 2022년 5.2%에서 2023년 1.4%로 줄었다.",
    "อัตราเงินเฟ้อปี 2566 เพิ่มขึ้นร้อยละ 1.2 การส่งออกเพิ่มขึ้นร้อยละ 3.4",
    "भारत की खुदरा मुद्रास्फीति 2023 में 5.7% रही।",
]
OTHER_DIGITS = ["٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "๐๑๒๓๔๕๖๗๘๙", "０１２３４５６７８９", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"]
MARKS = ["\u0301", "\u20e3", "\u0336", "\ufe0f", "\u0651", "\u034f"]
BIDI_AND_JOINERS = ["\u200f", "\u200e", "\u061c", "\u202b", "\u202c", "\u2067", "\u2069", "\u200d", "\u2060", "\u00ad"]
MONTH_AND_YEAR = ["Dezember พ.ศ. 2567", "marzo 令和6年", "ธันวาคม 2023", "2023 жылғы қаңтарындағы", "janvier ١٤٤٥",
                  "tháng 13/2023", "令和元年 décembre", "ปี 2566-2567 März"]
FIGURE = re.compile(r"\d[\d.,]*")


@st.composite
def mixed_draft(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SENTENCES))
    for _ in range(draw(st.integers(1, 4))):
        figures = list(FIGURE.finditer(text))
        edit = draw(st.integers(0, 4))
        if edit <= 2 and figures:
            figure = draw(st.sampled_from(figures))
            at = draw(st.integers(figure.start(), figure.end()))
            if edit == 0:  # one digit of the figure in another script's digits
                digits = draw(st.sampled_from(OTHER_DIGITS))
                at = min(at, figure.end() - 1)
                if text[at].isdigit():
                    text = text[:at] + digits[int(text[at])] + text[at + 1:]
            else:
                inserted = draw(st.lists(st.sampled_from(MARKS if edit == 1 else BIDI_AND_JOINERS), min_size=1, max_size=3))
                text = text[:at] + "".join(inserted) + text[at:]
        elif edit == 3:  # a month of one language beside a year of another calendar
            at = draw(st.sampled_from([m.start() for m in re.finditer(" ", text)] or [0]))
            text = f"{text[:at]} {draw(st.sampled_from(MONTH_AND_YEAR))}{text[at:]}"
        else:  # another sentence's words spliced in mid-sentence
            other = draw(st.sampled_from(SENTENCES))
            at, cut = draw(st.integers(0, len(text))), draw(st.integers(0, len(other)))
            text = text[:at] + other[cut:cut + draw(st.integers(3, 40))] + text[at:]
    return text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=mixed_draft())
def test_a_figure_mixing_scripts_is_read_or_refused_in_one_line(tmp_path: Path, text: str) -> None:
    draft = tmp_path / "mixed.md"
    draft.write_text(f"---\ndate: 2024-03-01\n---\n{text}\n", encoding="utf-8")
    extracted = run_workbench("extract", draft, "--format", "json", cwd=tmp_path)
    if extracted.returncode == 2:
        assert len(extracted.stderr.strip().splitlines()) == 1, extracted.stderr
        return
    assert extracted.returncode == 0, extracted.stderr
    report = json.loads(extracted.stdout)
    jsonschema.validate(report, json.loads((ROOT / "docs" / "schemas" / "claims.schema.json").read_text(encoding="utf-8")))
    read = parse_draft(draft.read_bytes(), str(draft)).text
    for claim in report["claims"]:
        assert read[claim["start"]:claim["end"]] == claim["text"]
    checked = run_workbench("check", draft, "--reference", REFERENCE, "--format", "json", "--no-progress",
                            "--claims", tmp_path / "claims", cwd=tmp_path)
    assert checked.returncode in (0, 1), checked.stderr
    assert "could not be checked" not in checked.stderr + checked.stdout
    jsonschema.validate(json.loads(checked.stdout),
                        json.loads((ROOT / "docs" / "schemas" / "check-report.schema.json").read_text(encoding="utf-8")))
