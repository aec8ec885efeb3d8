"""Compiled patterns kept between runs (workbench/regex_cache.py) behave as ``re``'s own, and a
damaged or foreign cache file only costs the compile time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, run_workbench, run_workbench_process

# Each process prints, for every pattern, what ``re`` made of it and what it finds in a text.
_PROBE = r'''
import json, re, sys
from pathlib import Path
if sys.argv[1] != "-":
    from workbench.regex_cache import install
    install(Path(sys.argv[1]))
from workbench.extraction import quantities
patterns = [(r"(?P<year>\d{4})-(?P<month>\d\d)", 0), (r"(?i:per\s+cent|pc)\b", 0), (r"é+|ſ", re.IGNORECASE),
            (r"(a)|(b)(?(2)c|d)", 0), (r"\w+(?<=ing)\b", re.ASCII), (r"^x$", re.MULTILINE),
            (quantities._UNIT_AFTER.pattern, 0)]
text = "2023-05 rose 5 per cent, 3 PC; éé ſ abd bc singing\nx\n 4 dollars, 7 kilometres, 2 ПК"
out = []
for source, flags in patterns:
    p = re.compile(source, flags)
    out.append([p.flags, p.groups, dict(p.groupindex), [m.span() for m in p.finditer(text)],
                [m.groups() for m in p.finditer(text)]])
print(json.dumps(out))
'''


def _probe(cache: Path | str) -> str:
    proc = subprocess.run([sys.executable, "-c", _PROBE, str(cache)], cwd=ROOT, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=120, check=True)
    return proc.stdout


def test_patterns_built_from_the_cache_match_as_freshly_compiled_ones(tmp_path: Path) -> None:
    plain = _probe("-")
    assert _probe(tmp_path) == plain  # compiles and writes the file
    files = list(tmp_path.glob("regex-*.bin"))
    assert len(files) == 1
    assert _probe(tmp_path) == plain  # built from the file


def test_a_damaged_cache_file_is_ignored(tmp_path: Path) -> None:
    plain = _probe("-")
    _probe(tmp_path)
    cache = next(tmp_path.glob("regex-*.bin"))
    data = bytearray(cache.read_bytes())
    data[-100:] = bytes(100)  # code the checksum no longer covers
    cache.write_bytes(bytes(data))
    assert _probe(tmp_path) == plain
    head = json.loads(cache.read_bytes().partition(b"\n")[0])  # rewritten whole
    assert head["format"].startswith("claim-workbench-regex-cache/")
    cache.write_bytes(b"not a cache file")
    assert _probe(tmp_path) == plain


def test_the_command_reads_the_same_claims_with_its_patterns_kept(tmp_path: Path) -> None:
    args = ("extract", "drafts/kazakhstan-russia-visit.md", "--format", "json")
    in_process = run_workbench(*args)
    env = {"WORKBENCH_CACHE_DIR": str(tmp_path)}
    first = run_workbench_process(*args, env=env)
    assert list(tmp_path.glob("regex-*.bin"))
    second = run_workbench_process(*args, env=env)
    assert in_process.returncode == first.returncode == second.returncode == 0
    assert first.stdout == second.stdout == in_process.stdout


_CURRENCIES = r'''
import json, sys
from pathlib import Path
if sys.argv[1] != "-":
    from workbench.regex_cache import install
    install(Path(sys.argv[1]))
from workbench import units
print(json.dumps(units.currencies()), "babel" in sys.modules)
'''


def _currencies(cache: Path | str) -> tuple[str, bool]:
    proc = subprocess.run([sys.executable, "-c", _CURRENCIES, str(cache)], cwd=ROOT, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=120, check=True)
    table, babel = proc.stdout.rsplit(" ", 1)
    return table, babel.strip() == "True"


def test_the_currency_table_is_kept_and_a_damaged_copy_is_rebuilt(tmp_path: Path) -> None:
    plain, _ = _currencies("-")
    assert _currencies(tmp_path) == (plain, True)  # built from CLDR, then written
    kept = next(tmp_path.glob("currencies-*.json"))
    assert _currencies(tmp_path) == (plain, False)  # read back: babel is not even imported
    head, _, body = kept.read_bytes().partition(b"\n")
    kept.write_bytes(head + b"\n" + body.replace(b'"USD"', b'"XXX"', 1))  # no longer what the checksum covers
    assert _currencies(tmp_path) == (plain, True)
    kept.write_bytes(b"not a cache file")
    assert _currencies(tmp_path) == (plain, True)
    assert _currencies(tmp_path) == (plain, False)  # and written again whole


_TRIES = r'''
import json, sys
from pathlib import Path
if sys.argv[1] != "-":
    from workbench.regex_cache import install
    install(Path(sys.argv[1]))
from workbench.patterns import trie_regex
from workbench.numbers import lexicon
lists = [["per cent", "percent", "pc"], ["Kazakhstan", "Kazakh", "Russia", "Russian Federation", "Ru"], [],
         ["a.b", "a*b", "(x)", "tonne", "tonnes", "t"], list(lexicon()["matching_stopwords"])]
print(json.dumps([[trie_regex(words), trie_regex(iter(words), flexible_space=True)] for words in lists]))
'''


def _tries(cache: Path | str) -> str:
    proc = subprocess.run([sys.executable, "-c", _TRIES, str(cache)], cwd=ROOT, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=120, check=True)
    return proc.stdout


def test_word_list_alternations_kept_between_runs_are_the_rendered_ones(tmp_path: Path) -> None:
    plain = _tries("-")
    assert _tries(tmp_path) == plain  # renders and writes the texts
    kept = next(tmp_path.glob("tries-*.json"))
    assert "per" in kept.read_text(encoding="utf-8")
    assert _tries(tmp_path) == plain  # read back
    text = kept.read_bytes()
    kept.write_bytes(text.replace(b"cent", b"cant"))  # a damaged file is not used, and is rewritten
    assert _tries(tmp_path) == plain
    assert b"cant" not in kept.read_bytes()


def test_a_library_pattern_new_in_every_process_does_not_rewrite_the_file(tmp_path: Path) -> None:
    """Another library's pattern whose text follows the hash seed (the standard library's tokenize
    joins string prefixes from a set) is new in every process: it must not make each run rewrite the
    file, megabytes at every exit. The workbench's own patterns are the same text in every run."""
    def run(seed: str) -> None:
        proc = subprocess.run([sys.executable, "-m", "workbench", "check", "drafts/kazakhstan-russia-visit.md",
                               "--format", "json"], cwd=ROOT, capture_output=True, timeout=180, check=False,
                              env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": seed,
                                   "WORKBENCH_CACHE_DIR": str(tmp_path)})
        assert proc.returncode in (0, 1), proc.stderr

    run("1")
    cache = next(tmp_path.glob("regex-*.bin"))
    written = cache.read_bytes()
    for seed in ("2", "3"):
        run(seed)
        same = cache.read_bytes() == written  # a bool: pytest's diff of two megabyte strings takes minutes
        assert same, f"the run with PYTHONHASHSEED={seed} rewrote the file"


_DERIVED = r'''
import json, sys
from pathlib import Path
if sys.argv[1] != "-":
    from workbench.regex_cache import install
    install(Path(sys.argv[1]))
from workbench.extraction.periods import PERIOD_SCAN
from workbench.matching.conflicts import joined_sides, _capital
from workbench.languages import _telling_words, detect
text = "Prices rose after the Russia-Ukraine war and the Élan-Øster conflict; 3% in the first quarter of 2022."
texts = [text, "La inflación anual se situó en el 3,2 % en marzo, según el instituto.", "Die Inflation lag bei 2,1 Prozent."]
print(json.dumps([_capital(), {c: list(v) for c, v in PERIOD_SCAN.chosen.items()}, PERIOD_SCAN._names,
                  joined_sides(text), [m.span() for m in PERIOD_SCAN.matches(text, 0, len(text))],
                  [detect(t) for t in texts], {code: sorted(words) for code, words in _telling_words().items()}]))
'''


def test_tables_derived_at_start_are_kept_between_runs_as_built(tmp_path: Path) -> None:
    """The upper-case letters of every script, the period branches' opening characters and the words that tell a
    draft's language are read back from the cache folder (a cold start skips ~70 ms), and are what a run without
    the cache builds."""
    def derived(cache: Path | str) -> str:
        return subprocess.run([sys.executable, "-c", _DERIVED, str(cache)], cwd=ROOT, capture_output=True, text=True,
                              env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=120, check=True).stdout

    plain = derived("-")
    read = json.loads(plain)
    assert read[3] and read[4] and read[5] == ["en", "es", "de"]  # the joined sides, the period, the languages
    assert list(read[6])[0] == "en"  # English first: it wins a tie
    assert derived(tmp_path) == plain
    assert len(list(tmp_path.glob("capital_letters-*.json"))) == 1 == len(list(tmp_path.glob("branch_openers-*.json"))) \
        == len(list(tmp_path.glob("language_detection-*.json")))
    assert derived(tmp_path) == plain  # read back


def test_a_draft_of_money_signs_leaves_the_kept_patterns_as_they_were(tmp_path: Path) -> None:
    """The patterns built from word sets when a draft's currency signs are read (a naira 'N' glued to a whole amount,
    a rand 'R' after a place, a code glued to an amount with a scale word) are the same text in every process, so a
    newsroom's second run reads the cache file and does not rewrite it."""
    draft = tmp_path / "naira.md"
    draft.write_text("Nigeria's output was N23,483,954.78 million in the quarter, and Lagos spent N2.5bn.\n"
                     "In South Africa a loaf costs R12.99; the utility sold bonds worth USD250 million.\n",
                     encoding="utf-8")
    cache_dir = tmp_path / "cache"

    def run(seed: str) -> None:
        proc = subprocess.run([sys.executable, "-m", "workbench", "extract", str(draft)], cwd=ROOT,
                              capture_output=True, timeout=180, check=False,
                              env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": seed,
                                   "WORKBENCH_CACHE_DIR": str(cache_dir)})
        assert proc.returncode == 0, proc.stderr

    run("1")
    cache = next(cache_dir.glob("regex-*.bin"))
    written = cache.read_bytes()
    for seed in ("2", "3"):
        run(seed)
        same = cache.read_bytes() == written
        assert same, f"the run with PYTHONHASHSEED={seed} rewrote the file"
