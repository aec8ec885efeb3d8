"""The configuration's word lists that extraction and other verify rules share live in the data files,
each once: a newsroom that edits the data edits every reader of the list, and the defaults in config.py
hold no copy that could drift from it."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp, ppm_package

from workbench.config import Tolerances
from workbench.models import Verdict
from workbench.numbers import data_json


def test_exchange_rate_words_are_read_from_currencies_json() -> None:
    rates = data_json("currencies.json")["exchange_rates"]
    tol = Tolerances()
    assert tol.exchange_rate_words == rates["exchange_rate_words"]
    # the verbs that price one unit and the links a rate is quoted with are the cross rate's words too
    assert set(rates["priced_by_words"]) | set(rates["level_links"]) | set(rates["per_links"]) <= set(tol.cross_rate_words)


def test_record_words_are_read_from_periods_json() -> None:
    periods = data_json("periods.json")
    tol = Tolerances()
    assert tol.record_words == periods["record_words"]
    assert tol.month_span_record_words == periods["month_span_record_words"]


def test_a_rate_denominator_link_lives_in_currencies_json_only() -> None:
    rates = data_json("currencies.json")["exchange_rates"]
    own = set(data_json("nonclaims.json")["rate_denominator_before"])
    assert not own & {*rates["level_links"], *rates["per_links"]}


def test_a_year_is_written_1800_to_2099_or_to_2199_where_later_years_are_read() -> None:
    """The year patterns extraction shares live in one place (``patterns``), each a range a user can rely on."""
    import re

    from workbench.patterns import YEAR_1800_TO_2099, YEAR_1800_TO_2199

    news, wide = re.compile(YEAR_1800_TO_2099), re.compile(YEAR_1800_TO_2199)
    assert [y for y in range(1700, 2300) if news.fullmatch(str(y))] == list(range(1800, 2100))
    assert [y for y in range(1700, 2300) if wide.fullmatch(str(y))] == list(range(1800, 2200))


def test_the_ways_a_multiple_is_written_are_read_from_multiples_json() -> None:
    """'grew 19 times', 'a 14-fold rise', '3fold': the words era.py finds a list of multiples by."""
    from workbench.verify.periods.era import _multiple_pattern

    found = [bool(_multiple_pattern().search(text)) for text in
             ("The economy grew 19 times.", "a 14-fold rise", "up 3fold", "many times over", "19 timeshares")]
    assert found == [True, True, True, False, False]


def test_a_list_of_multiples_opened_by_a_fold_figure_gives_the_next_its_era(tmp_path: Path) -> None:
    """A multiple written with a suffix ('-fold') opens a list over an era as one with 'times' does: the next
    sentence's multiple, naming no period, is the era's last year over its first."""
    gdp = {("Uruguay", year): 10e9 * 1.1 ** (year - 2000) for year in range(2000, 2024)}
    population = {("Uruguay", year): 3.3e6 for year in range(2000, 2024)}
    packages = population_and_gdp(tmp_path, population, gdp)
    ratio = gdp[("Uruguay", 2023)] / gdp[("Uruguay", 2000)]  # 8.95
    text = ("Since the start of the century, the region's fastest economy grew 14-fold. "
            f"Uruguay came fifth, its economy growing {ratio:.1f} times.")
    result = claim_results(text, packages, date="2024-06-01")[f"{ratio:.1f} times"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period.startswith("2000"), result.evidence[0].period


def test_a_change_in_a_mole_fraction_unit_is_pinned_to_the_series_of_that_unit(tmp_path: Path) -> None:
    """'ppm' is a mole fraction (substances.json ``fraction_units``): a station's one series in it judges a
    change in it that names the gas, however few words of the series' title the sentence repeats."""
    months = [(f"{year}-{month:02d}-01", 380.0 + 3.0 * (year - 2040) + 0.2 * month)
              for year in (2040, 2041) for month in range(1, 13)]
    stations = [ppm_package(tmp_path, {"co2-mm-mlo": ("Date", "date", "Average", months)},
                            title="Trends in Atmospheric Carbon Dioxide, Mauna Loa, Hawaii")]
    lead = "Carbon dioxide in the air over Mauna Loa in Hawaii is measured every hour.\n\n"
    wrong = claim_results(lead + "By June it stood 5.1 ppm above June 2040.", stations, date="2041-07-15")["5.1 ppm"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation
    assert wrong.evidence[0].value == pytest.approx(3.0)
    right = claim_results(lead + "By June it stood 3.0 ppm above June 2040.", stations, date="2041-07-15")["3.0 ppm"]
    assert right.verdict is Verdict.supported, right.explanation


def test_every_word_list_setting_defaults_to_its_data_file() -> None:
    """Each word list or word table among the settings (per_capita_words, series_qualifiers, point_in_year_words…)
    defaults to the entry of the same name in lexicon.json, periods.json or currencies.json's exchange_rates:
    the words are data, and config.py holds no copy of them. cross_rate_words joins several of those lists."""
    tables = (data_json("lexicon.json"), data_json("periods.json"), data_json("currencies.json")["exchange_rates"])
    tol = Tolerances()
    word_settings = [name for name, value in tol.model_dump().items() if name != "cross_rate_words"
                     and (isinstance(value, list) and value and all(isinstance(w, str) for w in value)
                          or isinstance(value, dict) and value and all(isinstance(w, (str, list)) for w in value.values()))]
    assert len(word_settings) > 60
    assert [name for name in word_settings if not any(table.get(name) == getattr(tol, name) for table in tables)] == []


def test_a_newsroom_still_overrides_a_word_list_and_its_defaults_stay_whole(tmp_path: Path) -> None:
    from workbench.config import load_config

    (tmp_path / "workbench.toml").write_text('[tolerances]\nper_capita_words = ["a citizen"]\n', encoding="utf-8")
    assert load_config(tmp_path).tolerances.per_capita_words == ["a citizen"]
    # one Tolerances changing its list leaves the data file's list, and every other Tolerances', as it was
    changed = Tolerances()
    changed.stock_words.append("inventories")
    changed.point_in_year_words["07-01"].append("midsummer")
    assert "inventories" not in Tolerances().stock_words and "inventories" not in data_json("lexicon.json")["stock_words"]
    assert "midsummer" not in Tolerances().point_in_year_words["07-01"]
