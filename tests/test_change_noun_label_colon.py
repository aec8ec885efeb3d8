"""A fact box labels its figures with a colon ('Population growth rate: 1.6 % (2019)'): a label that ends on a
change noun (then 'rate', 'annual', an aside in brackets) names the figure's change, as 'growth of 1.6 %' does.
Read as a level of growth, the change was never derived from the rows and the line was left unsupported.
Invented figures; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Direction, Kind, Verdict


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # 19,000,000 / 18,700,000 − 1 = 1.604 %
    return write_package(tmp_path_factory.mktemp("label_colon") / "reference", [
        {"name": "population", "metric": "population", "aliases": ["inhabitants"], "kind": "count",
         "dims": ["country"], "unit": "persons",
         "rows": [{"period": "2018", "value": 18_700_000, "country": "Chile"},
                  {"period": "2019", "value": 19_000_000, "country": "Chile"}]}])


def _result(package: Path, line: str, figure: str):
    text = f"---\ndate: 2021-03-01\n---\n\n# Chile at a glance\n\n{line}\n"
    return check_text(text, package)[0][figure]


@pytest.mark.parametrize("line, figure", [
    ("Population growth rate: 1.6 % (2019)", "1.6 %"),
    ("Population growth (2019): 1.6 %", "1.6 %"),
    ("- Annual population growth: 1.6 % (2019)", "1.6 %"),
    ("Croissance démographique annuelle : 1,6 % (2019)", "1,6 %"),
    ("Taux de croissance démographique (2019) : 1,6 %", "1,6 %"),
])
def test_a_change_noun_labelling_a_figure_makes_it_the_change(package: Path, line: str, figure: str) -> None:
    result = _result(package, line, figure)
    assert result.claim.kind is Kind.change and result.claim.direction is Direction.up, result.claim
    assert result.verdict is Verdict.supported, result.explanation


def test_a_labelled_change_the_rows_do_not_give_is_contradicted(package: Path) -> None:
    result = _result(package, "Population growth rate: 2.4 % (2019)", "2.4 %")
    assert result.claim.kind is Kind.change, result.claim
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_label_naming_a_level_stays_a_level(package: Path) -> None:
    result = _result(package, "Population growth forecast: 1.6 % (2019)", "1.6 %")
    assert result.claim.kind is not Kind.change, result.claim
