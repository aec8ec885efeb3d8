"""A national statistics office's own release names its country by its host (workbench/data/places.json
``statistics_office_hosts``), below every place the text names: a reader of an INEGE release knows it speaks of
Equatorial Guinea though its host's words name no country. A newspaper's host under the same country's domain
names none. The package is World Bank-shaped, its figures invented; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import cpi_package

from workbench.check import check_draft
from workbench.config import Config, Tolerances
from workbench.drafts import parse_draft
from workbench.models import ClaimResult, Verdict
from workbench.places import Places
from workbench.reference.loader import load_reference
from workbench.verify import Reason

ROWS = {("Equatorial Guinea", 2021): -0.1, ("Equatorial Guinea", 2022): 4.8, ("Iceland", 2022): 8.3,
        ("Chile", 2022): 11.6}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", ROWS)]


def _result(url: str, text: str, packages: list[Path]) -> ClaimResult:
    draft = parse_draft(f"---\ndate: 2023-03-01\nurl: {url}\n---\n\n{text}\n".encode(), "draft.md")
    config = Config(root=packages[0].parent, reference=packages, tolerances=Tolerances())
    [result] = check_draft(draft, load_reference(packages), config).results
    return result


def test_an_office_host_or_a_host_under_it_names_its_country() -> None:
    places = Places.default()
    assert places.office_country("inege.gq").key == "GNQ"
    assert places.office_country("www.statice.is").key == "ISL"
    assert places.office_country("notinege.gq") is None and places.office_country("gq") is None


@pytest.mark.parametrize(("url", "figure", "verdict"), [
    ("https://inege.gq/index.php/inflacion-2022/", "4.8%", Verdict.supported),
    ("https://www.statice.is/publications/prices-2022/", "8.3%", Verdict.supported),
    ("https://inege.gq/index.php/inflacion-2022/", "6.1%", Verdict.contradicted)])
def test_the_offices_release_is_judged_against_its_countrys_row(cpi: list[Path], url: str, figure: str,
                                                                 verdict: Verdict) -> None:
    result = _result(url, f"Consumer prices rose by an annual average of {figure} in 2022.", cpi)
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].dimensions.get("Country") in ("Equatorial Guinea", "Iceland")
    assert "address" in result.explanation


def test_a_newspapers_host_under_the_same_domain_names_no_place(cpi: list[Path]) -> None:
    result = _result("https://dailynews.gq/economy/prices/", "Consumer prices rose by an annual average of 4.8% in 2022.", cpi)
    assert result.reason == Reason.PLACE_UNNAMED.value, result.explanation


def test_a_place_the_text_names_wins_over_the_offices_country(cpi: list[Path]) -> None:
    result = _result("https://inege.gq/index.php/comparaciones/", "In Chile, consumer prices rose 11.6% in 2022.", cpi)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Chile"
