"""A long text read in chunks on several processes gives what one pass gives, byte for byte."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_extraction_properties import CONTEXT, quantities
from workbench.drafts import parse_draft
from workbench.extraction import extract, extract_text, parallel

# Our own news-like pieces: a place named in one paragraph and not the next (the paragraph's or the
# draft's countries carry), relative periods (read from the front matter's date), headings, a table,
# and sentences repeated across the draft (their claim ids are numbered "-2", "-3" in text order).
OPENERS = ["Wheat exports from Ruritania rose 12% in 2021.", "The ministry said output fell by 3.5 per cent last year.",
           "Freight volumes reached 41 million tonnes, up from 38 million a year earlier.",
           "In Freedonia, about two thirds of farms are family-run.", "Prices rose 4% but fell 2% in 2019.",
           "Tourist arrivals grew to 1,250,000 in the first half of 2022.", "It cost $2.5bn, officials said."]
FOLLOWERS = ["Officials expect growth to slow.", "Imports rose by 7% in the same period.",
             "The budget deficit stood at 2.1% of GDP.", "Analysts said the figures were revised twice.",
             "Some 40 companies took part, while 12 withdrew."]
TABLE = "| Year | Share |\n|---|---|\n| 2020 | 5.4% |\n| 2021 | 6.1% |"


def _long_draft(rng: random.Random, paragraphs: int) -> str:
    parts = ["---\ntitle: Trade between Ruritania and Freedonia\ndate: 2023-11-10\n---\n", "# Trade grew 5% in 2022\n"]
    for i in range(paragraphs):
        if i % 7 == 3:
            parts.append(f"## Section {i}: 3 ports\n")
        if i % 11 == 5:
            parts.append(TABLE + "\n")
        parts.append(" ".join([rng.choice(OPENERS)] + [rng.choice(FOLLOWERS) for _ in range(rng.randint(0, 3))]) + "\n")
    return "\n".join(parts)


def _as_json(claims: list) -> str:
    return json.dumps([claim.model_dump(mode="json") for claim in claims])


def _forks() -> bool:
    """Whether this test process has a pool or may fork one (no other thread runs in it)."""
    return parallel._pool is not None or parallel.can_fork()


FRESH_PROCESS = "WORKBENCH_TEST_FRESH_PROCESS"  # set in the process ``test_the_forked_reads_in_a_fresh_process`` starts


def _require_fork() -> None:
    """The workers must be forked for the test to mean anything. After the suite's browser and app tests
    other threads run in this process, and the test is run in a fresh process instead."""
    if _forks():
        return
    if os.environ.get(FRESH_PROCESS):
        pytest.fail("another thread runs in a fresh test process: no worker can be forked")
    pytest.skip("another thread runs in this test process; test_the_forked_reads_in_a_fresh_process runs it")


@pytest.fixture
def chunked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text of two paragraphs or more is read in chunks (the threshold is for speed, not meaning)."""
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)


@pytest.mark.parametrize("jobs", ["2", "3"])
def test_a_long_draft_read_in_chunks_gives_the_claims_of_one_pass(jobs: str, chunked: None,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _require_fork()
    draft = parse_draft(_long_draft(random.Random(int(jobs)), 400).encode(), "long.md")
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "1")
    one_pass = extract(draft)
    monkeypatch.setenv(parallel.JOBS_VARIABLE, jobs)
    windows = parallel.chunk_windows(draft.prose, draft.body_start, int(jobs))
    assert len(windows) == int(jobs)  # the draft is cut, not read whole
    chunked_claims = extract(draft)
    assert _as_json(chunked_claims) == _as_json(one_pass)
    assert any(claim.id.endswith("-2") for claim in one_pass)  # repeated sentences across chunks are numbered
    assert parallel._pool is not None  # the workers did read it


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=st.lists(st.lists(st.one_of(quantities(), st.sampled_from(CONTEXT), st.sampled_from(OPENERS)), min_size=1,
                         max_size=12).map(" ".join), min_size=2, max_size=8).map("\n\n".join))
def test_any_text_of_paragraphs_read_in_chunks_gives_the_claims_of_one_pass(text: str, chunked: None) -> None:
    _require_fork()
    os.environ[parallel.JOBS_VARIABLE] = "1"
    try:
        one_pass = extract_text(text)
        os.environ[parallel.JOBS_VARIABLE] = "2"
        assert _as_json(extract_text(text)) == _as_json(one_pass)
    finally:
        del os.environ[parallel.JOBS_VARIABLE]


def test_a_worker_that_dies_leaves_the_text_read_in_one_pass(chunked: None, monkeypatch: pytest.MonkeyPatch) -> None:
    _require_fork()
    text = _long_draft(random.Random(5), 60)
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "1")
    one_pass = _as_json(extract_text(text))
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "2")
    assert _as_json(extract_text(text)) == one_pass  # starts the pool
    pool = parallel._pool
    assert pool is not None
    for pid in list(pool._processes):  # kill the workers, as the system might
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    assert _as_json(extract_text(text)) == one_pass  # the broken pool: read in one pass
    assert _as_json(extract_text(text)) == one_pass  # and a new pool after it


@pytest.mark.parametrize("setting, jobs", [("1", 1), ("0", 1), ("four", 1), ("3", 3)])
def test_the_jobs_setting_decides_how_many_processes_read_a_text(setting: str, jobs: int,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.JOBS_VARIABLE, setting)
    assert parallel.usable_cores() == jobs


def test_without_the_setting_the_cores_this_process_may_use_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(parallel.JOBS_VARIABLE, raising=False)
    assert parallel.usable_cores() == len(os.sched_getaffinity(0))


def test_a_text_with_no_paragraph_break_is_one_chunk() -> None:
    assert parallel.chunk_windows("Exports rose 5% in 2021. " * 1000, 0, 2) == [(0, 25_000)]


@pytest.fixture
def busy_machine() -> Iterator[None]:
    """As many processes spinning as this process may use cores: no core is free."""
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
                for _ in range(len(os.sched_getaffinity(0)))]
    try:
        time.sleep(0.5)  # started and running
        yield
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()


def test_the_setting_decides_even_on_a_busy_machine(busy_machine: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "2")
    assert parallel.jobs_now() == 2


def test_without_the_setting_a_busy_machine_reads_a_long_text_in_one_process(
        busy_machine: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(parallel.JOBS_VARIABLE, raising=False)
    assert parallel.jobs_now() == 1


def test_a_process_running_other_threads_reads_a_long_text_in_one_pass(chunked: None,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A fork copies the locks other threads hold (the app's server threads): no worker is forked then."""
    text = _long_draft(random.Random(7), 60)
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "1")
    one_pass = _as_json(extract_text(text))
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "2")
    parallel._discard_pool()
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert _as_json(extract_text(text)) == one_pass
        assert parallel._pool is None
    finally:
        stop.set()
        other.join()


def test_the_forked_reads_in_a_fresh_process() -> None:
    """The tests above that need forked workers, in a process of their own where no other thread runs
    (the whole suite's browser and app tests leave threads behind): each must pass there, none skip."""
    env = {**os.environ, FRESH_PROCESS: "1"}
    env.pop(parallel.JOBS_VARIABLE, None)
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", __file__,
                           "-k", "read_in_chunks or worker_that_dies"],
                          cwd=Path(__file__).resolve().parent.parent, env=env, capture_output=True, text=True, timeout=600)
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "passed" in summary and "skipped" not in summary and "deselected" in summary, summary
