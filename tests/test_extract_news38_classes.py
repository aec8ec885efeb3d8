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
