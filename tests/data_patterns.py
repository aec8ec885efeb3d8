"""Every regular expression the engine compiles, each run against adversarial text shaped from the data files.

Run as a program (``python -m tests.data_patterns BOUND``) by tests/test_data_patterns_are_linear.py, in a process
of its own: a pattern that backtracks catastrophically never returns, so the test kills this process at a timeout
and names the last pattern it had started (each is printed before it runs).

Which patterns: every ``re`` pattern compiled from a frame of ``workbench/`` while importing every module and then
extracting and checking a draft with a paragraph in each language of languages.json, so the patterns built lazily,
per language (a language's separable verbs, dates, glossary), are built too. Which text: for each pattern, runs of
its own words (the literal words of its source, which come from the data files it was built from), the same words
capitalised, each opening word followed by long words of the data that are not the pattern's (a clause without the
particle or unit that would end a match), the words between repeated separators, and figures among them.

Output: ``{"stuck": step}`` for a step of building that ran out of time, and one JSON line per pattern, ``{"start": origin}`` before it runs and ``{"origin", "seconds", "pattern"}`` after;
``seconds`` is process time, best of two when the first run is over BOUND (a pause of a loaded machine is no path),
and at most 2 × BOUND: a pattern still running then is stopped (``cpu_allowance``) and the next one run, so one run
names the slow patterns (after three of one line of code, that line's others are counted slow without a run). Building the patterns (a language's paragraph glossed, the draft checked) has an allowance
too, so a pattern that hangs there is named by the step that built it.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import itertools
import json
import os
import pkgutil
import re
import signal
import sys
import tempfile
import time
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "workbench" / "data"
BUILD_ALLOWANCE = 30.0  # CPU seconds to gloss one language's paragraph (it takes a fraction of one)
LENGTH = 2000  # characters of each adversarial text: an exponential path never ends on it, a linear one takes ms
SEPARATORS = (" ", ", ", " - ", "  ", " – ", "/", " 12,5 ", " (", "' ", ". ", " 1 234 ", "; ")
# a group's name, a named backreference, an escape with letters (\N{…}, \u00a0, \w): not words of the text
_NOT_WORDS = re.compile(r"\(\?P[<=][^>)]*[>)]|\\N\{[^}]*\}|\\[A-Za-z][0-9A-Fa-f]*")
_WORD = re.compile(r"[^\W\d_]{2,}")


def data_strings(node: Any) -> Iterator[str]:
    """Every string of a JSON document, keys aside (keys starting '_' hold comments, read as words too: harmless)."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from data_strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from data_strings(value)


def data_words() -> list[str]:
    """The words of every data file, sorted: the vocabulary adversarial text is made of."""
    words: set[str] = set()
    for path in sorted(DATA.glob("*.json")):
        for text in data_strings(json.loads(path.read_text(encoding="utf-8"))):
            words.update(_WORD.findall(text))
    return sorted(words)


def language_paragraphs() -> dict[str, str]:
    """A paragraph per language of languages.json made of that language's own data strings, with figures among them,
    so detection reads each paragraph as its language and every per-language pattern gets built."""
    languages = json.loads((DATA / "languages.json").read_text(encoding="utf-8"))["languages"]
    paragraphs: dict[str, str] = {}
    for code in sorted(languages):
        strings = [s for s in data_strings(languages[code]) if 1 < len(s) < 40][:400]
        paragraphs[code] = (" ".join(strings[:200]) + " 12,5 % 2022. " + " ".join(strings[200:])
                            + " 3,4 5% 1 200.")
    return paragraphs


def harvest() -> dict[tuple[str, int], tuple[re.Pattern[str], str]]:
    """Every pattern the engine compiles, with where (module:line), by watching ``re``'s one compile entry."""
    found: dict[tuple[str, int], tuple[re.Pattern[str], str]] = {}
    compile_once = re._compile  # type: ignore[attr-defined]

    def watched(pattern: Any, flags: Any) -> Any:
        compiled = compile_once(pattern, flags)
        key = (pattern, int(flags))
        if isinstance(pattern, str) and key not in found:
            frame = sys._getframe(1)
            while frame is not None and frame.f_code.co_filename.endswith(
                    (os.sep + os.path.join("re", "__init__.py"), "functools.py")):
                frame = frame.f_back
            where = frame.f_code.co_filename if frame is not None else ""
            if os.sep + "workbench" + os.sep in where:
                found[key] = (compiled, f"{where.rsplit(os.sep + 'workbench' + os.sep, 1)[-1]}:{frame.f_lineno}")
        return compiled

    re._compile = watched  # type: ignore[attr-defined]
    try:
        import workbench
        for module in pkgutil.walk_packages(workbench.__path__, "workbench."):
            if ".app" not in module.name and not module.name.endswith("__main__"):
                importlib.import_module(module.name)
        from workbench.cli import main
        from workbench.languages import glossed_in
        paragraphs = language_paragraphs()
        for code, paragraph in paragraphs.items():  # a paragraph read as its language whatever detection says
            print(json.dumps({"start": f"glossing the {code} paragraph", "pattern": ""}), flush=True)
            try:
                with cpu_allowance(BUILD_ALLOWANCE):
                    glossed_in(paragraph, code)
            except OutOfTime:  # said, and the patterns built so far are run below: the slow one is named there
                print(json.dumps({"stuck": f"glossing the {code} paragraph"}), flush=True)
        print(json.dumps({"start": "checking a draft of every paragraph", "pattern": ""}), flush=True)
        with tempfile.TemporaryDirectory() as folder:
            draft = Path(folder) / "every-language.md"
            draft.write_text("---\ndate: 2023-11-10\n---\n" + "\n\n".join(paragraphs.values()), encoding="utf-8")
            try:
                with contextlib.redirect_stdout(io.StringIO()), cpu_allowance(BUILD_ALLOWANCE * 6):
                    main(["check", str(draft), "--reference", str(ROOT / "reference_data"), "--format", "json"])
            except OutOfTime:
                print(json.dumps({"stuck": "checking a draft of every paragraph"}), flush=True)
    finally:
        re._compile = compile_once  # type: ignore[attr-defined]
    return found


def adversarial_texts(pattern: str, vocabulary: list[str]) -> list[str]:
    """Text shaped from the pattern's own words (see the module's doc)."""
    source = _NOT_WORDS.sub(" ", pattern)
    own = sorted(set(_WORD.findall(source)), key=lambda w: (source.index(w), w)) or ["word"]
    own = own[::max(1, len(own) // 300)]  # a sample across a long alternation, in the pattern's order
    inside = set(own)
    filler = [w for w in vocabulary if len(w) >= 8 and w not in inside][::7][:240]

    def run(words: Iterator[str], between: str = " ") -> str:
        return between.join(itertools.islice(words, LENGTH))[:LENGTH]

    openings = own[:max(1, len(own) // 2)]
    return [
        run(itertools.cycle(own)),
        run(itertools.cycle([w.capitalize() for w in own])),
        run(itertools.chain.from_iterable(
            [w, *filler[i * 12 % len(filler):i * 12 % len(filler) + 12]] for i, w in enumerate(itertools.cycle(openings)))
            if filler else itertools.cycle(openings)),
        "".join(w + SEPARATORS[i % len(SEPARATORS)] for i, w in zip(range(LENGTH), itertools.cycle(own)))[:LENGTH],
        run(itertools.cycle(["12", "345", "678,9", "-", "1.5", "%", *own[:3]])),
        (",,, .. -- (( '' " * LENGTH)[:LENGTH],
    ]


class OutOfTime(BaseException):
    """The process spent its CPU allowance on one step (no ``Exception``: the CLI's and the checker's handlers of
    a bug in one draft or claim must not take it for one and go on)."""


@contextlib.contextmanager
def cpu_allowance(seconds: float) -> Generator[None, None, None]:
    """Raise ``OutOfTime`` once this process has spent ``seconds`` of CPU in the block: ``re``'s engine checks for
    signals while it backtracks, so a catastrophic pattern is stopped, named, and the next one run."""
    def out_of_time(_signal: int, _frame: object) -> None:
        raise OutOfTime

    previous = signal.signal(signal.SIGPROF, out_of_time)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def seconds_on(compiled: re.Pattern[str], texts: list[str], allowance: float) -> float:
    """CPU seconds to find every match in ``texts``; ``allowance`` when it would take longer."""
    started = time.process_time()
    try:
        with cpu_allowance(allowance):
            for text in texts:
                for _ in compiled.finditer(text):
                    pass
    except OutOfTime:
        return allowance
    return time.process_time() - started


def main(bound: float) -> None:
    patterns = harvest()
    vocabulary = data_words()
    print(json.dumps({"patterns": len(patterns)}), flush=True)
    allowance = 2 * bound
    stopped: dict[str, int] = {}  # patterns of one line of code stopped: after a few, its others are not run
    for (source, _flags), (compiled, origin) in sorted(patterns.items(), key=lambda item: (item[1][1], item[0])):
        if stopped.get(origin, 0) >= 3:  # one per verb of a language: three name the fault, fifty take minutes
            seconds = allowance
        else:
            print(json.dumps({"start": origin, "pattern": source[:300]}), flush=True)
            texts = adversarial_texts(source, vocabulary)
            seconds = seconds_on(compiled, texts, allowance)
            if bound < seconds < allowance:  # over the bound, not stopped: a pause of the machine, or the pattern?
                seconds = min(seconds, seconds_on(compiled, texts, allowance))
            if seconds >= allowance:
                stopped[origin] = stopped.get(origin, 0) + 1
        print(json.dumps({"origin": origin, "seconds": round(seconds, 4), "pattern": source[:300]}), flush=True)


if __name__ == "__main__":
    main(float(sys.argv[1]))
