"""`workbench extract` on the classes found in unseen news paragraphs (pass 38): sentences written here.

- Romanian and Czech price and wage verbs are glossed ('s-au scumpit', 's-au ieftinit', 'au urcat'; 'stoupl',
  'zvýšily', 'snížila'), Romanian 'cu' and Czech 'o' right before a figure are the change's 'by' (a list's clauses
  that leave the verb out keep it: 'mărfurile alimentare cu 4,26%').
- A qualifier between that 'by' and the figure ('ökade med drygt 45 procent', 'cu aproape 7%') keeps it 'by'.
- A price's comparative before 'by' ('more expensive by 2.3%', Romanian 'mai scumpe cu') is a change.
"""

from __future__ import annotations

from pathlib import Path

from extraction_helpers import extracted


def _kinds(tmp_path: Path, text: str) -> list[tuple[float, str, str | None]]:
    return [(c["value"], c["kind"], c.get("direction")) for c in extracted(tmp_path, text) if c["unit"] == "%"]


def test_romanian_price_verbs_and_cu_make_changes(tmp_path: Path) -> None:
    text = ("În aprilie, legumele s-au scumpit cu 4,5%, fructele cu 2,1%, iar biletele de avion s-au ieftinit cu "
            "1,2%, potrivit institutului.")
    assert _kinds(tmp_path, text) == [(4.5, "change", "up"), (2.1, "change", "up"), (1.2, "change", "down")]


def test_romanian_cu_before_a_qualified_figure(tmp_path: Path) -> None:
    text = "Într-o singură lună, motorina s-a scumpit cu aproape 5%, iar gazele cu peste 3%."
    got = [(c["value"], c["kind"], c.get("direction"), c.get("qualifier")) for c in extracted(tmp_path, text)]
    assert got == [(5.0, "change", "up", "nearly"), (3.0, "change", "up", "gt")]


def test_a_price_comparative_before_by_is_a_change(tmp_path: Path) -> None:
    text = "In June bread was more expensive by 3.4% than a year before and coffee was cheaper by 1.5%."
    assert _kinds(tmp_path, text) == [(3.4, "change", "up"), (1.5, "change", "down")]


def test_romanian_level_after_la_stays_a_level(tmp_path: Path) -> None:
    text = "Rata anuală a inflației a urcat la 7,2% în martie, de la 6,9% în februarie."
    assert _kinds(tmp_path, text) == [(7.2, "level", None), (6.9, "level", None)]


def test_czech_wage_verbs_and_o_make_changes(tmp_path: Path) -> None:
    text = ("Průměrná mzda v kraji stoupla o 6,3 procenta na 41 200 korun, zatímco ceny potravin se snížily o 1,1 "
            "procenta.")
    assert _kinds(tmp_path, text) == [(6.3, "change", "up"), (1.1, "change", "down")]


def test_swedish_med_before_a_qualified_figure_is_a_change(tmp_path: Path) -> None:
    text = "Hyrorna i Malmö ökade med drygt 6 procent under året, enligt bostadsbolaget."
    got = [(c["value"], c["kind"], c.get("direction"), c.get("qualifier")) for c in extracted(tmp_path, text)]
    assert got == [(6.0, "change", "up", "gt")]


def _units(tmp_path: Path, text: str) -> list[tuple[float, str, str]]:
    return [(c["value"], c["unit"], c["kind"]) for c in extracted(tmp_path, text)]


def test_price_for_a_unit_then_its_move_after_a_comma(tmp_path: Path) -> None:
    text = "The average price for a litre of diesel in Ohio is $1.21, 4 cents lower than a month ago."
    assert _units(tmp_path, text) == [(1.21, "USD/l", "ratio"), (0.04, "USD/l", "change")]


def test_cents_after_an_amount_with_its_own_cents_are_another_figure(tmp_path: Path) -> None:
    text = "A ticket costs $12.50, 25 cents more than last season, and a programme 4 dollars 20 cents."
    assert _units(tmp_path, text) == [(12.5, "USD", "level"), (0.25, "USD", "change"), (4.2, "USD", "level")]


def test_a_price_per_unit_said_again_in_later_sentences(tmp_path: Path) -> None:
    text = ("Heating oil sold for $4.12 a gallon in Maine on Monday. A year ago the price was $3.70. The county "
            "average is $4.25, up 6 cents on the week. The dealer also paid a $350 fine.")
    assert _units(tmp_path, text) == [(4.12, "USD/gal", "ratio"), (3.70, "USD/gal", "ratio"),
                                      (4.25, "USD/gal", "ratio"), (0.06, "USD/gal", "change"), (350.0, "USD", "level")]


def test_money_not_spoken_of_as_the_price_keeps_its_currency(tmp_path: Path) -> None:
    text = "Gasoline sold for $3.10 a gallon on Friday. The station's owner gave $4 to the school fund."
    assert _units(tmp_path, text) == [(3.10, "USD/gal", "ratio"), (4.0, "USD", "level")]
