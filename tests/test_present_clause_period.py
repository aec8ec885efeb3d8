"""A figure whose own clause opens with a present word ('…, now 441.9 ppm'; Dutch 'nu', glossed 'now'), after
a clause that names a period, is of the present: it takes no period from the clause before, so it is never
judged against that period's row (a false alarm when the level has moved on since). The clause before keeps
its period. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def ppm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("present") / "gas", {
        "co2-mm-mlo": ("Date", "date", "Average", [("2030-04", 438.0), ("2030-05", 439.4),
                                                   ("2031-04", 441.9), ("2031-05", 443.0)])},
        title="Atmospheric carbon dioxide at Mauna Loa (ppm)")


@pytest.mark.parametrize(("text", "now"), [
    ("Last year in April the Mauna Loa station measured 438.0 ppm of CO2, now 441.9 ppm.", "441.9 ppm"),
    ("In April 2030 the Mauna Loa station measured 438.0 ppm of CO2, and today it measures 441.9 ppm.", "441.9 ppm"),
    ("---\nlang: nl\n---\n\nVorig jaar in april mat het Mauna Loa Observatory 438,0 ppm CO2, nu dus 441,9 ppm.",
     "441,9 ppm"),
])
def test_a_figure_said_now_is_not_the_earlier_clause_s_period(ppm: Path, text: str, now: str) -> None:
    date = "2031-05-12"
    if text.startswith("---"):  # the draft's own front matter: its date goes in it
        text, date = text.replace("---\nlang", "---\ndate: 2031-05-12\nlang", 1), None
    results = claim_results(text, [ppm], date)
    earlier = next(r for key, r in results.items() if key.startswith("438"))
    assert earlier.verdict is Verdict.supported, earlier.explanation
    assert earlier.evidence[0].period == "2030-04"
    present = results[now]
    assert present.verdict is not Verdict.contradicted, present.explanation
    assert all(e.period != "2030-04" for e in present.evidence[:1]), present.explanation


def test_a_present_word_inside_the_period_s_clause_keeps_the_period(ppm: Path) -> None:
    # 'now' before the period in the figure's own clause dates nothing away: April 2030 is still its period
    text = "The station now reports that in April 2030 the mean was 438.0 ppm of CO2."
    result = claim_results(text, [ppm], "2031-05-12")["438.0 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030-04"
