"""Drafts that give figures for several countries at once: pasted bullet lists, league tables,
'respectively' beside a comparison, round-ups whose lead dates every rate to the year's end. Each
figure must be judged by its own country's row, never by a neighbour's."""

from __future__ import annotations

from pathlib import Path

from package_support import CPI_WORDS, claim_results, publisher_package

INFLATION = {("Kenya", 2019): 5.2, ("Kenya", 2020): 5.4, ("Zambia", 2019): 9.2, ("Zambia", 2020): 15.7,
             ("Uruguay", 2019): 7.9, ("Uruguay", 2020): 9.8, ("Peru", 2019): 2.1, ("Peru", 2020): 1.8,
             ("Kazakhstan", 2019): 5.3, ("Kazakhstan", 2020): 6.8, ("Ukraine", 2019): 7.9,
             ("Ukraine", 2020): 2.7, ("Russian Federation", 2019): 4.5, ("Russian Federation", 2020): 3.4}


def _inflation(tmp_path: Path) -> list[Path]:
    return [publisher_package(tmp_path / "cpi", "cpi", "Inflation, consumer prices (annual %)", "Inflation",
                              INFLATION, description=CPI_WORDS)]


def test_a_pasted_bullet_list_gives_each_item_its_own_sentence(tmp_path: Path) -> None:
    # The last item's later year belongs to that item; the others keep the year of the paragraph above.
    text = ("Consumer prices rose fastest in these countries in 2020, the statistics office said.\n\n"
            "The countries with the highest inflation were:\n\n"
            "  \u2022 Zambia (15.7%)\n  \u2022 Uruguay (9.8%)\n  \u2022 Kenya (5.4% but 9.2% in 2019).")
    results = claim_results(text, _inflation(tmp_path), date="2021-03-01")
    for figure, country in (("15.7%", "Zambia"), ("9.8%", "Uruguay")):
        result = results[figure]
        assert result.verdict.value == "supported", (figure, result.explanation)
        assert result.evidence[0].period == "2020" and country in str(result.evidence[0].dimensions)
