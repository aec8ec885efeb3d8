"""`workbench extract` reads a multiple whose qualifier is written after it (Japanese '10倍近く', Chinese '3倍左右',
Korean '2배가량', English '5 times or more'): the figure stays, with its qualifier (approx, nearly, a bound), not
read as a frequency and dropped; a Japanese span of months ('2023年4～6月期') is the period of its figure, not a count;
and a multiple listed after another ('grew 9.3 times, and Peru 7.1 times') takes
the change word said once for both. Sentences written here."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_workbench
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
import pytest


def _claims(tmp_path: Path, text: str) -> list[dict[str, object]]:
    draft = tmp_path / "multiples.md"
    draft.write_text(text + "\n", encoding="utf-8")
    run = run_workbench("extract", draft, "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)["claims"]


def _multiples(tmp_path: Path, text: str) -> list[tuple[float, str, str, str | None]]:
    return [(c["value"], c["qualifier"], c["kind"], c.get("direction"))
            for c in _claims(tmp_path, text) if c["unit"] == "x"]


@pytest.mark.parametrize("text, value, qualifier", [
    ("ベトナムの輸出額は2005年から8倍近く増加した。", 8, "nearly"),
    ("ベトナムの輸出額は2005年から6倍以上増加した。", 6, "ge"),
    ("越南的出口额自2005年以来增长了4倍左右。", 4, "approx"),
    ("越南的出口额自2005年以来增长了4倍多。", 4, "ge"),
    ("베트남의 수출액은 2005년 이후 3배가량 늘었다.", 3, "approx"),
    ("Vietnam's exports have grown 7 times or so since 2005.", 7, "approx"),
    ("Vietnam's exports have grown 7 times or more since 2005.", 7, "ge"),
])
def test_a_qualifier_after_a_multiple_keeps_the_figure_and_qualifies_it(
        tmp_path: Path, text: str, value: float, qualifier: str) -> None:
    assert _multiples(tmp_path, text) == [(value, qualifier, "change", "up")]


def test_a_multiple_listed_after_another_takes_its_change_word(tmp_path: Path) -> None:
    text = "Over two decades Chile's GDP grew 9.3 times, and Peru 7.1 times, the ministry said."
    assert _multiples(tmp_path, text) == [(9.3, "exact", "change", "up"), (7.1, "exact", "change", "up")]


def test_a_listed_multiple_after_a_frequency_stays_a_frequency(tmp_path: Path) -> None:
    text = "The committee met 9 times last year, and the board 7 times, the report said."
    assert _multiples(tmp_path, text) == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(figure=st.integers(min_value=2, max_value=99),
       qualifier=st.sampled_from(["近く", "程度", "前後", "以上", "以下", "余り"]),
       verb=st.sampled_from(["増加した", "上昇した", "減少した"]))
def test_a_japanese_qualifier_after_a_multiple_never_loses_the_figure(
        tmp_path: Path, figure: int, qualifier: str, verb: str) -> None:
    text = f"タイの輸出額は2010年から{figure}倍{qualifier}{verb}。"
    values = [c["value"] for c in _claims(tmp_path, text)]
    assert figure in values


@pytest.mark.parametrize("text, period", [
    ("2023年4～6月期の実質GDPは前期比0.3%増えた。", "2023-04/2023-06"),
    ("23年7-9月期の実質GDPは前期比0.4%減った。", "2023-07/2023-09"),
])
def test_a_japanese_span_of_months_is_the_figures_period_and_no_count(tmp_path: Path, text: str, period: str) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["value"], c["period"]) for c in claims] == [(0.3 if "増" in text else 0.4, period)]
