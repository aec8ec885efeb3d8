"""A currency's hundredths are written with words of two tables of currencies.json: those naming their currency
alone ('cents', 'tyiyn': ``minor_units``) and those whose currency the text around tells ('paise', 'centavos':
``context_minor_units``). units.py reads them once, for every reader: the suffixes of money, the hundredths after a
whole amount of a currency no series holds ('172 rupees 10 paise'), a move written in a minor unit. The words are
in one order in every process, so a pattern built from them is the same text whatever the hash seed."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

from workbench import units
from workbench.numbers import data_json


def test_the_hundredths_words_are_both_tables_longest_first() -> None:
    table = data_json("currencies.json")
    fixed = {w for code, words in table["minor_units"].items() if not code.startswith("_") for w in words}
    told = set(table["context_minor_units"]["words"])
    words = units.hundredths_words()
    assert set(words) == fixed | told
    assert list(words) == sorted(words, key=lambda word: (-len(word), word))
    assert units.context_minor_unit_words() == told


def test_the_money_suffixes_in_hundredths_are_the_words_naming_their_currency() -> None:
    hundredths = {(f.surface, f.unit) for f in units.money_suffix_forms() if f.scale == 0.01}
    assert hundredths == {(word, code) for code, words in units.minor_units().items() for word in words}
    assert ("tyiyn", "KGS") in hundredths and ("cents", "USD") in hundredths


def test_the_hundredths_words_are_in_one_order_whatever_the_hash_seed() -> None:
    probe = "from workbench import units; print(units.hundredths_words())"
    seen = {subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                           env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": seed},
                           timeout=120).stdout for seed in ("1", "2", "3")}
    assert len(seen) == 1, seen
