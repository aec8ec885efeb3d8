"""`workbench extract` on the classes found in unseen news paragraphs (pass 37): sentences written here.

- A change verb earlier in the sentence, no figure between, then "by" right before the figure (German and
  Polish word order, glossed: "Der Umsatz stieg im dritten Quartal um 4,7 Prozent", "drożał cukier, o 12
  proc."), or a change noun right before "by" (Italian "in crescita del 12,4%"): the figure is the change.
- Polish price verbs ('podrożały', 'drożał', 'rosły', 'zwiększyły się', 'potaniały') and Italian ones
  ('aumentano', 'contrazione') are glossed.
- A list of names each with its figure in brackets after a change ("vegetables (by 23.5%), eggs (22.2%)")
  carries the change to every name.
"""

from __future__ import annotations

from pathlib import Path

from extraction_helpers import extracted


def _kinds(tmp_path: Path, text: str) -> list[tuple[float, str, str | None]]:
    return [(c["value"], c["kind"], c.get("direction")) for c in extracted(tmp_path, text) if c["unit"] == "%"]


def test_german_verb_second_then_um_is_a_change(tmp_path: Path) -> None:
    text = "Im zweiten Halbjahr wuchs der Absatz der Brauerei gegenüber dem Vorjahr um 6,2 Prozent auf 41 Millionen Liter."
    assert _kinds(tmp_path, text) == [(6.2, "change", "up")]


def test_polish_price_verbs_make_changes(tmp_path: Path) -> None:
    text = ("Według urzędu w marcu podrożały bilety lotnicze o 9,5 proc. Najbardziej drożał chleb, o 6 proc., "
            "a potaniały telefony o 3,1 proc.")
    assert _kinds(tmp_path, text) == [(9.5, "change", "up"), (6.0, "change", "up"), (3.1, "change", "down")]


def test_italian_change_noun_before_del_is_a_change(tmp_path: Path) -> None:
    text = "Il margine operativo segna una contrazione del 4,2% e le vendite sono in crescita del 3,1%."
    assert _kinds(tmp_path, text) == [(4.2, "change", "down"), (3.1, "change", "up")]


def test_bracketed_list_after_a_change_carries_it(tmp_path: Path) -> None:
    text = "Rents rose in most cities in May, led by Leeds (up 4.1%), Bristol (3.8%); Cardiff and Bath (2.9%)."
    assert _kinds(tmp_path, text) == [(4.1, "change", "up"), (3.8, "change", "up"), (2.9, "change", "up")]


def test_a_bracketed_level_list_stays_levels(tmp_path: Path) -> None:
    text = "Unemployment stood highest in Spain (11.7%), Greece (10.9%) and Italy (7.8%)."
    assert [k for _v, k, _d in _kinds(tmp_path, text)] == ["level", "level", "level"]


def _claims(tmp_path: Path, text: str) -> list[tuple[float, str, str]]:
    return [(c["value"], c["unit"], c["kind"]) for c in extracted(tmp_path, text)]


def test_a_price_with_its_country_before_the_per_word_keeps_its_unit(tmp_path: Path) -> None:
    text = "Copper regained 12 cents to $4.10 U.S. a pound, and crude sold at $71 US per barrel."
    assert _claims(tmp_path, text) == [(0.12, "USD/lb", "change"), (4.10, "USD/lb", "ratio"), (71.0, "USD/bbl", "ratio")]


def test_beat_and_missed_by_are_changes_but_not_alone(tmp_path: Path) -> None:
    text = ("The retailer's profit of 88 cents a share beat forecasts by 9 cents, while its sales missed estimates by "
            "$40 million. The club beat 4 rivals.")
    assert [(v, k) for v, _u, k in _claims(tmp_path, text)] == [(0.88, "ratio"), (0.09, "change"), (40e6, "change"),
                                                               (4.0, "count")]


def test_index_points_higher_then_the_percentage_then_the_level(tmp_path: Path) -> None:
    text = "The Nikkei index ended 120.5 points higher, or 0.4%, at 33,870.10, and the Topix descended 3 points."
    assert _claims(tmp_path, text) == [(120.5, "points", "change"), (0.4, "%", "change"), (33870.10, "points", "level"),
                                       (3.0, "points", "change")]


def test_dutch_growth_and_verb_final_changes(tmp_path: Path) -> None:
    text = ("De uitgever verwacht dat de winst dit jaar met 8% toeneemt. De winstgroei ligt op 4,5 procent en de "
            "kosten daalden met 2 procent.")
    assert [(v, k) for v, _u, k in _claims(tmp_path, text)] == [(8.0, "change"), (4.5, "change"), (2.0, "change")]


def test_money_after_a_per_share_measure_is_a_ratio(tmp_path: Path) -> None:
    text = ("Adjusted EPS came in at 92 cents, against earnings per share of $1.05 a year ago, on revenue of "
            "$2.1 billion.")
    assert _claims(tmp_path, text) == [(0.92, "USD", "ratio"), (1.05, "USD", "ratio"), (2.1e9, "USD", "level")]


def test_german_earnings_per_share_from_to_are_ratios(tmp_path: Path) -> None:
    text = ("Der Umsatz der Reederei sank um 4 Prozent auf 310 Millionen Euro. Das Ergebnis je Aktie ging von 1,12 Euro "
            "auf 0,87 Euro zurück.")
    assert [(v, k) for v, u, k in _claims(tmp_path, text) if u == "EUR"] == [(310e6, "level"), (1.12, "ratio"),
                                                                              (0.87, "ratio")]


def test_polish_emphasis_word_before_a_figure_is_read_past(tmp_path: Path) -> None:
    text = "Według GUS ceny prądu wzrosły z 14 do aż 19 proc."
    assert [(v, u) for v, u, _k in _claims(tmp_path, text)] == [(14.0, "%"), (19.0, "%")]
