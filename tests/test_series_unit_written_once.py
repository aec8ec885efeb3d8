"""A unit written once for a series: a later bare figure of the same series, moved 'to' by a change verb and dated
by a year of its own ('7.4 percent in 2016, which fell to 6.1 in 2018'), or a list line that gives only its item's
figure under the list's line that wrote the unit ('– Ruritania, 2.4.' under '– Borduria, 8.7 billion tonnes.'),
takes that unit and scale; a count, a figure of another subject or one with no year of its own stays bare, and a
figure with a unit of its own keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import extracted
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st


def _units(tmp_path: Path, text: str) -> list[tuple[str, float, str]]:
    return [(c["text"], c["value"], c["unit"]) for c in extracted(tmp_path, text)]


@pytest.mark.parametrize("text, expected", [
    ("Unemployment in the province was 7.4 percent in 2016, which fell to 6.1 in 2018 and dropped to 5.2 in 2021.",
     [(7.4, "%"), (6.1, "%"), (5.2, "%")]),
    ("In 2012 the jobless rate stood at 8.3 percent, but in 2019 it dropped to 5.7.", [(8.3, "%"), (5.7, "%")]),
    ("Each resident emitted 12.5 tonnes of carbon dioxide in 2010, which fell to 9.8 in 2020.", [(12.5, "t"), (9.8, "t")]),
    ("2016 में प्रांत में बेरोजगारी दर 7.4 प्रतिशत थी, जो 2018 में घटकर 6.1 हो गई।", [(7.4, "%"), (6.1, "%")]),
])
def test_a_later_reading_of_the_series_takes_its_unit(tmp_path: Path, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(v, u) for _, v, u in _units(tmp_path, text)] == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, bare", [
    ("Unemployment was 7.4 percent in 2016 among 4 regions of the north.", "4"),
    ("Unemployment was 7.4 percent in 2016, and the number of job centres fell to 9 in 2018.", "9"),
    ("Unemployment was 7.4 percent in 2016 and later fell to 6.1.", "6.1"),
    ("Unemployment was 7.4 percent in 2016 and rose to 12 offices in 2018.", "12"),
])
def test_a_count_or_an_undated_figure_stays_bare(tmp_path: Path, text: str, bare: str) -> None:
    assert {t: u for t, _, u in _units(tmp_path, text)}[bare] == ""


def test_list_lines_take_the_unit_of_the_lists_first_line(tmp_path: Path) -> None:
    text = ("Biggest emitters of carbon dioxide in 2019:\n\n- Borduria, 8.7 billion tonnes.\n- Syldavia, 4.6.\n"
            "- Ruritania, 2.4.\n")
    assert [(v, u) for _, v, u in _units(tmp_path, text)] == [
        (pytest.approx(8.7e9), "t"), (pytest.approx(4.6e9), "t"), (pytest.approx(2.4e9), "t")]


def test_a_dashed_list_under_a_headings_colon_shares_its_unit(tmp_path: Path) -> None:
    text = "# Biggest emitters of carbon dioxide in 2019: – Borduria, 8.7 billion tonnes.\n\n– Ruritania, 2.4.\n"
    assert [(v, u) for _, v, u in _units(tmp_path, text)] == [(pytest.approx(8.7e9), "t"), (pytest.approx(2.4e9), "t")]


def test_a_list_of_labelled_facts_shares_nothing(tmp_path: Path) -> None:
    text = "The plant in brief:\n\n- Output: 8.7 billion tonnes\n- Staff: 12\n- Kilns, 4\n"
    assert {t: u for t, _, u in _units(tmp_path, text)}["12"] == ""


_SLOW = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_SLOW
@given(after=st.decimals("1.1", "19.9", places=1), later=st.decimals("1.1", "19.9", places=1),
       unit=st.sampled_from([("tonnes", "t"), ("euros", "EUR"), ("percent", "%")]))
def test_a_figure_with_its_own_unit_keeps_it(tmp_path: Path, after: object, later: object, unit: tuple[str, str]) -> None:
    text = f"Output was 14.2 kilograms in 2016, which fell to {later} {unit[0]} in 2018 and {after} in 2020."
    read = _units(tmp_path, text)
    assert read[1][2] == unit[1]


@_SLOW
@given(count=st.integers(2, 60), noun=st.sampled_from(["branches", "firms", "regions", "people"]))
@example(count=6, noun="branches")  # a count whose digit opens the rate's figure too ('6.2 percent')
def test_a_bare_count_stays_bare(tmp_path: Path, count: int, noun: str) -> None:
    text = f"Inflation was 6.2 percent in 2016, which fell to {count} {noun} in 2018."
    assert [u for t, _, u in _units(tmp_path, text) if t.split()[0] == str(count)] == [""]
