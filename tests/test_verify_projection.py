"""A figure the text calls a projection, forecast or expectation for a year is no outturn: the row
published for that year says what happened, so against it the figure is needs_review ('a projection
compared with the outcome'), never supported and never contradicted. Year-end wording ('concluded at')
and an interannual basis make a rate stated for a year a month's, as 'closed out' and '12-month' do.

Packages are publisher-shaped (World Bank layout, no ``workbench`` block), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results

from workbench.config import Tolerances
from workbench.models import ClaimResult, Verdict


def results(text: str, packages: list[Path], date: str | None = None,
            tolerances: Tolerances | None = None) -> dict[str, ClaimResult]:
    """Every claim of a draft (undated unless ``date``), by the claim's text."""
    return claim_results(text, packages, date, tolerances)


def test_a_projected_figure_is_neither_supported_nor_contradicted_by_the_outturn(cpi: Path) -> None:
    found = results("Chilean inflation for 2022 is projected to average 11.6% before easing to 6.0% in 2021.", [cpi])
    agreeing, disagreeing = found["11.6%"], found["6.0%"]
    assert (agreeing.verdict, agreeing.reason) == (Verdict.needs_review, "projection")
    assert (disagreeing.verdict, disagreeing.reason) == (Verdict.needs_review, "projection")
    assert "a projection compared with the outcome" in agreeing.explanation
    assert "'projected'" in agreeing.explanation
    assert agreeing.evidence[0].value == 11.6


def test_an_attribution_after_the_figure_makes_it_a_projection(cpi: Path) -> None:
    found = results("Norwegian inflation should slow to 3.5% in 2021, the central bank forecasts.", [cpi])
    assert (found["3.5%"].verdict, found["3.5%"].reason) == (Verdict.needs_review, "projection")
    # a new clause after the figure is no attribution: the figure is an outturn
    found = results("Norwegian inflation was 3.5% in 2021, and is expected to ease.", [cpi])
    assert found["3.5%"].verdict is Verdict.supported


def test_the_outturn_a_projection_starts_from_is_judged(cpi: Path) -> None:
    found = results("Norwegian inflation is forecast to fall to 2.0% in 2023 from 5.8% in 2022.", [cpi])
    assert found["5.8%"].verdict is Verdict.supported
    found = results("Norwegian inflation was 9.9% in 2022 and is forecast to fall to 2.0% in 2023.", [cpi])
    assert found["9.9%"].verdict is Verdict.contradicted


def test_projection_words_are_the_newsrooms(cpi: Path) -> None:
    text = "Chilean inflation for 2022 is projected to average 11.6%."
    plain = results(text, [cpi], tolerances=Tolerances(projection_words=[]))["11.6%"]
    assert plain.verdict is Verdict.supported


def test_a_dated_text_projecting_a_period_already_over_reports_its_value(cpi: Path) -> None:
    # a figure no December-on-December basis explains (not between the 2021 and 2022 averages)
    found = results("Chilean inflation was projected at 2.1% for 2021.", [cpi], date="2023-05-01")
    assert found["2.1%"].verdict is Verdict.contradicted


def test_year_end_and_interannual_wording_make_a_rate_a_months(cpi: Path) -> None:
    found = results("Chile's annual inflation rate for 2022 concluded at 12.8%.", [cpi], date="2023-03-01")
    assert (found["12.8%"].verdict, found["12.8%"].reason) == (Verdict.needs_review, "different_period")
    found = results("Interannual inflation in Chile reached 13.1%, the statistics institute said.", [cpi],
                    date="2023-03-01")
    assert found["13.1%"].verdict is Verdict.needs_review


def test_a_year_end_verb_with_the_figures_year_makes_the_rate_decembers(cpi: Path) -> None:
    found = results("Chilean inflation closed 2022 at 12.8%, the central bank said.", [cpi], date="2023-03-01")
    assert (found["12.8%"].verdict, found["12.8%"].reason) == (Verdict.needs_review, "different_period")
    plain = results("Chilean inflation closed 2022 at 12.8%, the central bank said.", [cpi], date="2023-03-01",
                    tolerances=Tolerances(year_end_verbs=[], rate_basis_gap=0))
    assert plain["12.8%"].verdict is Verdict.contradicted
    found = results("Norway ends 2022 with inflation of 6.9%, the statistics office reported.", [cpi],
                    date="2023-09-12")
    assert (found["6.9%"].verdict, found["6.9%"].reason) == (Verdict.needs_review, "different_period")


def test_a_rate_expected_at_a_figure_is_a_forecast(cpi: Path) -> None:
    found = results("For 2022, average inflation in Chile is expected at 6.1 percent, the ministry said.", [cpi])
    assert (found["6.1 percent"].verdict, found["6.1 percent"].reason) == (Verdict.needs_review, "projection")


def test_a_verb_of_expecting_with_its_object_makes_a_projection(cpi: Path) -> None:
    found = results("The central bank expected Chilean inflation to average 11.6% in 2022.", [cpi])
    assert (found["11.6%"].verdict, found["11.6%"].reason) == (Verdict.needs_review, "projection")
    assert "expected chilean inflation to" in found["11.6%"].explanation.lower()
    # 'as expected' set off by its comma expects nothing of the figure: an outturn, judged
    found = results("As expected, Chilean inflation averaged 11.6% in 2022.", [cpi])
    assert found["11.6%"].verdict is Verdict.supported


def test_a_projected_span_projects_its_end_and_starts_from_the_outturn(cpi: Path) -> None:
    found = results("Chilean inflation is expected to keep climbing, from 4.5% in 2021 to 11.6% in 2022.", [cpi])
    assert (found["11.6%"].verdict, found["11.6%"].reason) == (Verdict.needs_review, "projection")
    assert found["4.5%"].verdict is Verdict.supported  # the span's start is the outturn it climbs from


def test_a_base_compared_with_a_projection_of_its_own_year_is_projected_too(cpi: Path) -> None:
    # one year in the sentence: the base after 'than' is the same forecast's figure for that year
    found = results("Inflation in poorer countries is predicted to be far higher than Chile's inflation of 9.0% in 2022.", [cpi])
    assert (found["9.0%"].verdict, found["9.0%"].reason) == (Verdict.needs_review, "projection"), \
        found["9.0%"].explanation


def test_a_base_dated_as_an_outturn_is_judged(cpi: Path) -> None:
    # another year named, or the base said to have happened: an outturn the projection starts from
    found = results("Inflation in Chile is predicted to be higher in 2023 than the 9.0% of 2022.", [cpi])
    assert found["9.0%"].verdict is not Verdict.needs_review or found["9.0%"].reason != "projection", \
        found["9.0%"].explanation
    found = results("Inflation in Chile is predicted to be higher than the 9.0% it reached in 2022.", [cpi])
    assert found["9.0%"].reason != "projection", found["9.0%"].explanation


def test_a_list_whose_future_verb_comes_after_its_figures_is_projected(cpi: Path) -> None:
    text = "For 2022, Chile with 11.6% and Norway with 5.1% will be the economies with the highest inflation in 2022."
    found = results(text, [cpi])
    for figure in ("11.6%", "5.1%"):
        assert (found[figure].verdict, found[figure].reason) == (Verdict.needs_review, "projection"), found[figure].explanation


def test_a_future_verb_after_an_outturns_clause_does_not_project_it(cpi: Path) -> None:
    found = results("Norwegian inflation rose 5.8% in 2022 and will be lower in 2023.", [cpi])
    assert found["5.8%"].verdict is Verdict.supported
    found = results("Norwegian inflation in 2022 stood at 5.8%, prices will be lower in 2023.", [cpi])
    assert found["5.8%"].verdict is Verdict.supported


@pytest.mark.parametrize("text", [
    "Para el 2022, Chile con 11.6% y Noruega con 5.1% serán las economías con la mayor inflación en el 2022.",
    "Pour 2022, le Chili avec 11,6 % sera l'économie avec la plus forte inflation.",
    "Per il 2022, il Cile con l'11,6% sarà l'economia con l'inflazione più alta.",
    "Para 2022, o Chile com 11,6% será a economia com a maior inflação.",
])
def test_the_future_tense_of_other_languages_projects_the_figure(cpi: Path, text: str) -> None:
    [chile] = [r for surface, r in results(text, [cpi]).items() if surface.startswith("11")]
    assert (chile.verdict, chile.reason) == (Verdict.needs_review, "projection"), chile.explanation


@pytest.mark.parametrize("text, figure", [
    # French reports a finished year in the future perfect ('aura progressé'), its year named as ended before it
    ("Au terme de l'année 2022, l'indice des prix à la consommation annuel moyen de la Norvège aura progressé "
     "de 5,8 %, selon l'institut de la statistique.", "5,8 %"),
    ("Over the year ended 2022, Norwegian consumer prices will have risen 5.8%, the statistics office said.", "5.8%"),
])
def test_a_future_perfect_after_a_year_named_as_ended_is_the_outturn(cpi: Path, text: str, figure: str) -> None:
    found = results(text, [cpi])
    assert found[figure].verdict is Verdict.supported, found[figure].explanation


def test_a_future_perfect_with_no_year_named_as_ended_stays_a_projection(cpi: Path) -> None:
    found = results("Norwegian consumer prices will have risen 5.8% in 2022, the central bank expects.", [cpi])
    assert (found["5.8%"].verdict, found["5.8%"].reason) == (Verdict.needs_review, "projection")
