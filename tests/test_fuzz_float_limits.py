"""Figures at the ends of the float range, in a draft and in the reference data, are judged like any other.

A claim of $0.000…3 (300 zeros) against a GDP row of 171 billion, or a plain claim against a row of 1.8e308,
puts claimed ÷ observed below the smallest float (it underflows to 0) or above the largest (inf): the slip
test took the logarithm of that quotient (math domain error), the explanation its reciprocal (division by
zero), so the claim came out 'could not be checked … report the bug'. The gap is now taken as a difference
of logarithms (``verify.tolerance.log_ratio``). The drafts that crashed are kept in tests/corpus/crashes/."""

from __future__ import annotations

import json
import math
import shutil
import warnings
from pathlib import Path

import pytest
from conftest import run_workbench

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

GDP = Path(__file__).parent / "corpus" / "packages" / "gdp"
ROW_OF_1970 = "Arab World,ARB,1970,31385499664.0672"  # the year every claim below is of

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")


def _numeral(exponent: int, digit: int) -> str:
    """One nonzero digit at 10**exponent, written out in full as a writer would ('0.0003', '3000')."""
    if exponent < 0:
        return "0." + "0" * (-exponent - 1) + str(digit)
    return str(digit) + "0" * exponent


def _project(root: Path, row_value: str, sentences: list[str]) -> None:
    shutil.copytree(GDP, root / "gdp")
    csv = root / "gdp" / "data" / "gdp.csv"
    text = csv.read_text(encoding="utf-8")
    assert ROW_OF_1970 in text
    csv.write_text(text.replace(ROW_OF_1970, ROW_OF_1970.rsplit(",", 1)[0] + "," + row_value), encoding="utf-8")
    (root / "d.md").write_text("---\ndate: 2023-03-01\n---\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8")


def _checked_without_a_bug(root: Path) -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numpy's overflow warning on stderr is not a report either
        checked = run_workbench("check", "d.md", "--reference", "gdp", "--format", "json", "--no-progress",
                                "--jobs", "1", cwd=root)
    assert checked.returncode in (0, 1), checked.stderr
    assert "could not be checked" not in checked.stderr, checked.stderr
    report = json.loads(checked.stdout, parse_constant=lambda c: pytest.fail(f"{c} in the JSON"))
    assert not [r for r in report["drafts"][0]["results"] if r["reason"] == "unchecked"]
    return report


def test_a_gap_past_the_float_range_is_a_finite_logarithm() -> None:
    from workbench.verify.tolerance import log_ratio

    assert log_ratio(5e-324, 25e9) == pytest.approx(-768.4, abs=0.1)  # the quotient is 0.0
    assert log_ratio(1.7976931348623157e308, 1e-10) == pytest.approx(732.8, abs=0.1)  # the quotient is inf
    assert log_ratio(-2.0, 8.0) == pytest.approx(math.log(0.25))


@pytest.mark.parametrize("row_value", ["31385499664.0672", "1.7976931348623157e308", "5e-324", "-1e308"])
def test_a_claim_next_to_the_smallest_float_gets_a_verdict(tmp_path: Path, row_value: str) -> None:
    sentences = [f"The Arab World's GDP was ${_numeral(-318, 3)} in 1970.",
                 f"The Arab World's GDP was {_numeral(-306, 2)} dollars in 1970.",
                 "The Arab World's GDP was $0.0000000004 in 1970.",
                 f"The Arab World's GDP was ${_numeral(300, 9)} in 1970."]
    _project(tmp_path, row_value, sentences)
    report = _checked_without_a_bug(tmp_path)
    assert len(report["drafts"][0]["results"]) == 4
    # a figure a thousand-million-fold or more away from the row is another measure, for a person to weigh
    assert {r["verdict"] for r in report["drafts"][0]["results"]} <= {"needs_review", "contradicted"}


ROW_VALUES = st.sampled_from(["1.7976931348623157e308", "-1.7976931348623157e308", "5e-324", "2.2250738585072014e-308",
                              "1e300", "1e-300", "0", "31385499664.0672"])
SHAPES = ["The Arab World's GDP was ${n} in 1970.", "The Arab World's GDP was {n} dollars in 1970.",
          "The Arab World's GDP was about ${n} billion in 1970.", "The Arab World's GDP was more than ${n} in 1970.",
          "The Arab World's GDP was between ${n} and ${m} in 1970.", "The Arab World's GDP rose {n}% in 1970.",
          "The Arab World's GDP was ${n} per person in 1970.", "The Arab World's GDP was −${n} in 1970."]
EXPONENTS = st.one_of(st.integers(-330, -290), st.integers(290, 310), st.integers(-12, 12))


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(row_value=ROW_VALUES, claims=st.lists(st.tuples(st.sampled_from(SHAPES), EXPONENTS, EXPONENTS,
                                                      st.integers(1, 9)), min_size=1, max_size=6))
def test_any_figure_against_any_row_at_the_float_limits_gets_a_verdict(
        tmp_path_factory: pytest.TempPathFactory, row_value: str, claims: list[tuple[str, int, int, int]]) -> None:
    root = tmp_path_factory.mktemp("limits")
    _project(root, row_value, [shape.format(n=_numeral(e, d), m=_numeral(f, d)) for shape, e, f, d in claims])
    _checked_without_a_bug(root)


def test_a_figure_written_down_to_the_subnormal_floats_states_no_place() -> None:
    # 1e-323 is a subnormal float: ten to the power of its last digit's place underflows to 0.0
    from workbench.verify.tolerance import written_place

    assert written_place(1e-323, "$0." + "0" * 322 + "1") is None
    assert written_place(9000.0, "9.000 dólares") == 1.0
