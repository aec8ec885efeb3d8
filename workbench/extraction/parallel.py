"""A long text read on several cores: chunks at paragraph breaks, each read in a worker process.

Every worker builds the readers over the *whole* text (sentences, periods, places, table headers and
the draft's main countries are read from it as in one pass) and reads only the candidates of its
chunk; the parent joins the chunks in order and numbers repeated claim ids as one pass does. What one
pass carries from figure to figure stays inside a sentence (its figures, the previous figure's subject)
or is where the last figure ended; the join checks both at every boundary (no sentence holding
figures on both sides, no figure running across) and reads the text in one pass otherwise, as it
does when a worker fails. Tests hold the output to the serial pass's, byte for byte.
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..gazetteer import Gazetteer
from ..models import Claim
from .. import structure
from ..structure import PARAGRAPH_BREAK
from .extractor import CollectorPaused, Extractor, line_col_of, numbered, read_all, scanned_together

if TYPE_CHECKING:  # a draft of a few pages never starts a pool: the modules load when one does
    from concurrent.futures import Future, ProcessPoolExecutor

# From this many characters of text on, a text is read in chunks when two or more cores are free:
# below it the workers' share of the set-up (each reads the whole text's sentences and places) and
# the claims sent back cost more than the second core saves (benchmarks/README.md, "xperf13").
PARALLEL_FROM = 300_000
# The number of processes a long text is read on; 1 reads every text in one pass.
JOBS_VARIABLE = "WORKBENCH_EXTRACT_JOBS"

Chunk = tuple[list[tuple[str, dict[str, Any]]], int, int | None]  # claims before numbering, consumed, first sentence

_pool: ProcessPoolExecutor | None = None
_pool_workers = 0


def usable_cores() -> int:
    """The processes a long text may be read on: ``WORKBENCH_EXTRACT_JOBS`` if set (an unreadable
    value reads serially), else the cores this process may run on."""
    setting = os.environ.get(JOBS_VARIABLE, "").strip()
    if setting:
        return max(1, int(setting)) if setting.isdigit() else 1
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover — macOS, Windows
        return os.cpu_count() or 1


def jobs_now() -> int:
    """The processes to read a long text on now: ``usable_cores``, less the cores other work keeps busy
    at this moment, unless ``WORKBENCH_EXTRACT_JOBS`` says. A worker on a busy core only adds its
    set-up: on the shared 2-core machine, at load 9-11, two processes read the 1 MB corpus 0.6-0.97
    times as fast as one (benchmarks/README.md, "xperf13")."""
    cores = usable_cores()
    if os.environ.get(JOBS_VARIABLE, "").strip() or cores < 2:
        return cores
    return max(1, min(cores, cores - _runnable_elsewhere()))


def _runnable_elsewhere() -> int:
    """Processes other than this one running or waiting for a core now (Linux: /proc/loadavg's
    running count, which counts this process; elsewhere the last minute's load average)."""
    try:
        with open("/proc/loadavg", encoding="ascii") as file:
            return max(0, int(file.read().split()[3].split("/")[0]) - 1)
    except (OSError, ValueError, IndexError):
        try:
            return max(0, round(os.getloadavg()[0]) - 1)
        except OSError:  # pragma: no cover — no load average on this platform
            return 0


def read(text: str, prose: str, as_of: dt.date | None, gazetteer: Gazetteer,
         line_col: Callable[[int], tuple[int, int]], body_start: int, address: str = "") -> list[Claim]:
    """The claims of one pass over the text; in chunks on several cores when it is long. ``address``: the
    words of the page's address (``Draft.address_words``)."""
    def one_pass() -> list[Claim]:
        return Extractor(text, prose, as_of, gazetteer, line_col, body_start, address=address).run()

    if len(prose) - body_start < PARALLEL_FROM or gazetteer is not Gazetteer.default():
        return one_pass()  # a draft: no look at the machine's load
    jobs = jobs_now()
    windows = chunk_windows(prose, body_start, jobs) if jobs >= 2 else []
    if len(windows) < 2:
        return one_pass()
    pool = _pool_of(len(windows) - 1)
    if pool is None:
        return one_pass()
    try:
        futures: list[Future[Chunk]] = [
            pool.submit(_read_chunk, text, None if prose is text else prose, as_of, body_start, window, address)
            for window in windows[1:]]
    except Exception:  # noqa: BLE001 — no worker to be had: one pass reads the text
        _discard_pool()
        return one_pass()
    own = Extractor(text, prose, as_of, gazetteer, line_col, body_start, windows[0], address=address)
    chunks: list[Chunk] = [(own.run_unnumbered(), own.consumed, own.first_sentence_start)]
    try:
        chunks += [future.result() for future in futures]
    except Exception:  # noqa: BLE001 — a worker failed or died: one pass reads the text
        _discard_pool()
        return one_pass()
    if not joins_as_one_pass(windows, chunks):
        return one_pass()
    with CollectorPaused():
        return numbered([claim for claims, _, _ in chunks for claim in claims], {})


# One text to read: text, prose, as_of, gazetteer, line_col, body_start, address (``read``'s arguments).
Reading = tuple[str, str, dt.date | None, Gazetteer, Callable[[int], tuple[int, int]], int, str]
# Texts read stage by stage together hold at most this many characters: their readers are all alive at once.
READ_MANY_CHARS = 1_000_000


def read_many(texts: list[Reading]) -> list[list[Claim]]:
    """``read`` of each text, in order, with the same claims. Short texts are read stage by stage, each stage over
    all of them before the next (``extractor.read_all``): each text has readers of its own, so nothing passes from
    one text to the next; a text long enough to be read in chunks is read by ``read``."""
    results: list[list[Claim]] = []
    batch: list[Reading] = []
    held = 0
    for reading in texts:
        text, prose, as_of, gazetteer, line_col, body_start, address = reading
        if len(prose) - body_start >= PARALLEL_FROM or held + len(prose) > READ_MANY_CHARS:
            results += _read_batch(batch)
            batch, held = [], 0
        if len(prose) - body_start >= PARALLEL_FROM:
            results.append(read(text, prose, as_of, gazetteer, line_col, body_start, address))
            continue
        batch.append(reading)
        held += len(prose)
    return results + _read_batch(batch)


def _read_batch(batch: list[Reading]) -> list[list[Claim]]:
    """``read_all`` of short texts, their readers set up with the cycle collector held off as the pass holds it
    (``CollectorPaused``): the set-up allocates a few containers per text, and the collections they set off
    would walk them all again. (A long text's ``read`` is never inside: workers forked then would run without it.)"""
    with CollectorPaused():
        starts, names, classes = _scanned_together(batch)
        return read_all([Extractor(text, prose, as_of, gazetteer, line_col, body_start, address=address,
                                   starts=starts[i], names_written=names[i], classes=classes[i])
                         for i, (text, prose, as_of, gazetteer, line_col, body_start, address) in enumerate(batch)])


def _scanned_together(batch: list[Reading]) -> tuple[list[list[int] | None], list[bool], list[bytes | None]]:
    """``extractor.scanned_together`` of the batch's texts without front matter (a text with a body after it is
    scanned by its reader), in the batch's places."""
    whole = [i for i, reading in enumerate(batch) if reading[5] == 0]
    starts: list[list[int] | None] = [None] * len(batch)
    names = [True] * len(batch)
    classes: list[bytes | None] = [None] * len(batch)
    if whole:
        gazetteer = batch[whole[0]][3]
        shared = all(batch[i][3] is gazetteer for i in whole)
        found = scanned_together([batch[i][1] for i in whole], gazetteer if shared else None)
        for i, own_starts, written, own_classes in zip(whole, *found):
            starts[i], names[i], classes[i] = own_starts, written, own_classes
    return starts, names, classes


def joins_as_one_pass(windows: list[tuple[int, int]], chunks: list[Chunk]) -> bool:
    """Whether each chunk starts where one pass would be at that point: past the previous chunk's
    last figure, and in a sentence of its own."""
    for (low, _), (_, consumed, _), (_, _, first_sentence) in zip(windows[1:], chunks, chunks[1:]):
        if consumed > low or (first_sentence is not None and first_sentence < low):
            return False
    return True


def chunk_windows(prose: str, body_start: int, parts: int) -> list[tuple[int, int]]:
    """``[low, high)`` windows covering the body, cut at the paragraph breaks nearest to equal shares."""
    breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(prose, body_start)]
    cuts = [body_start]
    for part in range(1, parts):
        target = body_start + (len(prose) - body_start) * part // parts
        i = bisect.bisect_left(breaks, target)
        nearest = min(breaks[max(0, i - 1):i + 1], key=lambda cut: abs(cut - target), default=None)
        if nearest is not None and cuts[-1] < nearest < len(prose):
            cuts.append(nearest)
    cuts.append(len(prose))
    return list(zip(cuts, cuts[1:]))


def _read_chunk(text: str, prose: str | None, as_of: dt.date | None, body_start: int,
                window: tuple[int, int], address: str = "") -> Chunk:
    """In a worker: the claims of the candidates in ``window``, read against the whole text."""
    # The tables of a text are cached by its value, and this text is a copy: an equal text cached before
    # (in the parent before the fork, or by the last chunk) would be compared with it in full at every
    # lookup, and the cache would keep it alive.
    structure.clear_table_cache()
    extractor = Extractor(text, text if prose is None else prose, as_of, Gazetteer.default(), line_col_of(text), body_start,
                          window, address=address)
    try:
        return extractor.run_unnumbered(), extractor.consumed, extractor.first_sentence_start
    finally:
        structure.clear_table_cache()


def _warm() -> None:
    """Each worker reads a short text once, so the first long text does not pay for loading the vocabularies."""
    Extractor("Warm-up: 5% in 2020.", "Warm-up: 5% in 2020.", None, Gazetteer.default(), lambda _: (1, 1), 0).run()


def _pool_of(workers: int) -> ProcessPoolExecutor | None:
    """The process's pool of ``workers`` forked workers, started the first time; None where no worker
    can be forked (``can_fork``)."""
    global _pool, _pool_workers
    if _pool is None or _pool_workers != workers:
        _discard_pool()
        if not can_fork():
            return None
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("fork")
        _pool, _pool_workers = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm), workers
    return _pool


def can_fork() -> bool:
    """Whether workers can be forked from this process: the platform forks, this process runs no other
    thread (a fork copies a lock another thread holds, held for ever: the app's server threads) and it
    is no daemon (which may not start children). A fresh interpreter per worker (``spawn``) would run
    the caller's script again and load every vocabulary again, so without a fork a text is read in one
    pass. Asked only before a pool is started: a running pool has threads of its own."""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon \
        and threading.active_count() == 1


def _discard_pool() -> None:
    global _pool
    if _pool is not None:  # idle or broken: its threads end at once, so the next pool may fork
        _pool.shutdown(wait=True, cancel_futures=True)
    _pool = None
