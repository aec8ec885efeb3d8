"""'How much CO2 does each country emit per person?' then 'The average American, for example, is
responsible for 15 metric tons, against 7.9 metric tons per person in Norway': the second sentence
names no measure of its own — a people's name, an aside ('for example'), an attribution ('is
responsible for') and the figure's own denominator ('per person') say where and how, not what — so
the measure is the one the earlier paragraph names. Invented figures."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, publisher_package

PER_PERSON = {("Norway", 2021): 7.5, ("Norway", 2022): 7.9, ("Chile", 2021): 4.4, ("Chile", 2022): 4.6}
QUESTION = "How much CO2 does each country emit per person? And how does that compare with its neighbours?"


def _package(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "co2", "co2-per-capita", "CO2 emissions per capita",
                             "CO2 emissions (metric tons per capita)", PER_PERSON,
                             description="Carbon dioxide emissions from burning fossil fuels, per person")


def test_a_figure_per_person_takes_the_measure_of_the_paragraph_before(tmp_path: Path) -> None:
    text = (f"{QUESTION}\n\nIn 2022 the average American, for example, was responsible for 15 metric tons, "
            "against 7.9 metric tons per person in Norway and 4.6 metric tons in Chile.")
    result = claim_results(text, [_package(tmp_path)])["7.9 metric tons"]
    assert result.verdict.value == "supported", result.explanation
    lead = result.evidence[0]
    assert (lead.dimensions["Country"], lead.period) == ("Norway", "2022")
    assert "earlier paragraph" in (lead.context or "") + result.explanation


def test_a_figure_whose_sentence_names_another_measure_keeps_it(tmp_path: Path) -> None:
    # 'freight' names a measure the data lacks: nothing is carried, so no CO2 row speaks for it
    text = f"{QUESTION}\n\nIn 2022 rail lines moved 7.9 metric tons of freight per person."
    result = claim_results(text, [_package(tmp_path)])["7.9 metric tons"]
    assert result.verdict.value != "supported", result.explanation


def test_the_international_average_is_the_worlds_not_the_countrys_beside_it(tmp_path: Path) -> None:
    # the package holds no world row: the average is not Norway's figure, so it is never contradicted by it
    text = "In 2022 each Norwegian emitted 7.9 metric tons of CO2, and the international average was 4.7 metric tons."
    results = claim_results(text, [_package(tmp_path)])
    assert results["7.9 metric tons"].verdict.value == "supported", results["7.9 metric tons"].explanation
    average = results["4.7 metric tons"]
    assert average.verdict.value not in ("contradicted", "supported"), average.explanation
