"""`workbench extract` on the classes found in unseen news paragraphs (pass 35): sentences written here.

- 'Rs', the sign several rupees share, is the rupee of the one country its paragraph (or the one before)
  names that tenders a rupee ('Rs12.5 billion' in a story about the Karachi bourse: PKR), also a move in
  it, and the amounts written with it further on, each within reach of the one before; the Indian rupee
  where no such country, or several, are named.
- A change noun after its figure may have the period it is measured over between them ('a 1.6% monthly
  fall', 'a 2 per cent annual rise'): the figure is the change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import extracted


def _units(tmp_path: Path, text: str) -> list[tuple[float, str]]:
    return [(c["value"], c["unit"]) for c in extracted(tmp_path, text)]


def test_rs_in_a_story_about_pakistan_is_the_pakistani_rupee(tmp_path: Path) -> None:
    text = ("A cement maker listed on the Pakistan Stock Exchange earned Rs12.5 billion in the year, and its shares "
            "rose Rs3.40 to Rs410.")
    assert _units(tmp_path, text) == [(pytest.approx(12.5e9), "PKR"), (pytest.approx(3.4), "PKR"),
                                      (pytest.approx(410), "PKR")]


def test_rs_far_from_the_country_follows_the_amounts_before_it(tmp_path: Path) -> None:
    filler = "The board met twice over the period and kept its outlook for the coming months unchanged. " * 3  # each amount within reach of the one before, the third beyond the name
    text = (f"A Lahore textile firm told the Pakistan Stock Exchange it made Rs820 million. {filler}"
            f"Sales were Rs9.1 billion. {filler}Costs were Rs7.7 billion.")
    assert [u for _v, u in _units(tmp_path, text)] == ["PKR", "PKR", "PKR"]


def test_rs_in_a_story_about_sri_lanka_is_the_sri_lankan_rupee(tmp_path: Path) -> None:
    assert _units(tmp_path, "In Sri Lanka, the bank's profit rose to Rs. 4.2 billion.") == [(pytest.approx(4.2e9), "LKR")]


@pytest.mark.parametrize("text", [
    "The carmaker's profit rose to Rs 1,250 crore on strong sales.",
    "Trade between India and Pakistan was worth Rs 2,000 crore last year.",
])
def test_rs_stays_the_indian_rupee_without_one_other_rupee_country(tmp_path: Path, text: str) -> None:
    assert [u for _v, u in _units(tmp_path, text)] == ["INR"]


@pytest.mark.parametrize("text, direction", [
    ("Prices in the capital followed a 1.6% monthly fall in June.", "down"),
    ("The index posted a 2 per cent annual rise last year.", "up"),
    ("Exports saw a 0.4 per cent quarterly decline.", "down"),
])
def test_a_change_noun_after_its_period_word(tmp_path: Path, text: str, direction: str) -> None:
    [claim] = extracted(tmp_path, text)
    assert (claim["kind"], claim["direction"]) == ("change", direction)


def test_a_change_verb_by_an_average_amount(tmp_path: Path) -> None:
    claims = extracted(tmp_path, "Diesel prices slipped by an average 4.1 cents to $3.02 per gallon this week.")
    assert [(c["value"], c["unit"], c["kind"]) for c in claims] == [
        (pytest.approx(0.041), "USD/gal", "change"), (pytest.approx(3.02), "USD/gal", "ratio")]


@pytest.mark.parametrize("text", [
    "Le nombre de faillites a fait un bond de 6,3 % sur un an, selon la Banque de France.",
    "Les ventes de voitures neuves ont connu une chute de 4,8 % en mars, selon les constructeurs.",
])
def test_french_jump_and_fall_nouns_make_a_change(tmp_path: Path, text: str) -> None:
    [claim] = extracted(tmp_path, text)
    assert claim["kind"] == "change"


@pytest.mark.parametrize("text", [
    "O número de pedidos de falência mais que dobrou em relação ao ano passado, segundo o banco.",
    "La facturación de la empresa se duplicó en el último año, según el informe de la compañía.",
])
def test_doubling_verbs_in_portuguese_and_spanish(tmp_path: Path, text: str) -> None:
    assert [(c["value"], c["unit"]) for c in extracted(tmp_path, text)] == [(pytest.approx(2), "x")]


def test_bracketed_figures_after_a_ranked_change_subject(tmp_path: Path) -> None:
    text = "The sharpest falls were recorded in Lyon (3.4%), Lille (2.9%) and Nantes (1.1%), the agency said."
    claims = extracted(tmp_path, text)
    assert [(c["value"], c["kind"], c["direction"]) for c in claims] == [
        (pytest.approx(v), "change", "down") for v in (3.4, 2.9, 1.1)]


def test_bracketed_figures_without_a_change_subject_stay_levels(tmp_path: Path) -> None:
    text = "Unemployment was highest in Andalusia (18.2%) and lowest in the Basque Country (8.1%)."
    assert [c["kind"] for c in extracted(tmp_path, text)] == ["level", "level"]
