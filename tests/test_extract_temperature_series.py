"""A forecast lists temperatures after one written with its unit ('34 degrees today, 36 tomorrow and 35 on
Sunday'): each bare figure of the list, followed by nothing counted, takes that unit; a count after a
temperature ('12 people were treated') stays a count. Sentences written here."""

from __future__ import annotations

from extraction_helpers import claims_in


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(c.text, c.value, c.unit) for c in claims_in(text)]


def test_bare_figures_listed_after_a_temperature_take_its_unit() -> None:
    assert _read("Highs will reach 34 degrees today, 36 tomorrow and 35 on Sunday.") == [
        ("34 degrees", 34, "°C"), ("36", 36, "°C"), ("35", 35, "°C")]
    assert _read("Highs of 27C in Seville, 31 in Cordoba and 29 in Jaen.") == [
        ("27C", 27, "°C"), ("31", 31, "°C"), ("29", 29, "°C")]


def test_a_count_after_a_temperature_stays_a_count() -> None:
    assert _read("It reached 38C on Tuesday, and 14 people were treated for heatstroke.") == [
        ("38C", 38, "°C"), ("14", 14, "")]
    assert _read("The ferry turned 30 degrees, and 9 crew were hurt.") == [("30 degrees", 30, "°"), ("9", 9, "")]
