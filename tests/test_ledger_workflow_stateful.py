"""A team's day on one draft, as a Hypothesis state machine: `review` (create or refresh the ledger), decisions,
statuses, assignments, comments and added evidence (`review --set/--claim`, a verdict cleared), the draft edited
between runs (a figure changed, a sentence added, removed or moved, the date or the line ends changed, the front
matter broken by a hurried edit and mended), `check --format json` and `export` in every format, in any order. After every step the ledger's
invariants hold: it validates against its schema, its revision never goes back, no reviewer decision is lost
(each is a reviewed claim or an orphan), and every command exits 0/1, or 2 with one line and the ledger's
bytes as they were. A ledger written for other bytes of the draft is refused by `check`, `export` and decisions
until `review` re-attaches it (by design): the machine expects exactly that. The twenty-first crash hunt ran it
for 120 days of up to 30 steps (`WORKBENCH_STATEFUL_EXAMPLES=120`); the suite runs six fixed ones."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, run_workbench
from package_support import cpi_package

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

LEDGER_SCHEMA = json.loads((ROOT / "docs" / "schemas" / "ledger.schema.json").read_text(encoding="utf-8"))
REPORT_SCHEMA = json.loads((ROOT / "docs" / "schemas" / "check-report.schema.json").read_text(encoding="utf-8"))

# Sentences of our own, each stating a figure the invented package can judge (or nearly).
SENTENCES = [
    "Consumer prices in Chile rose 11.6% in 2022.",
    "Inflation in Norway was 3.5% in 2021, the bureau said.",
    "Chile's inflation eased to 4.5% in 2021.",
    "Prices in Norway climbed 5.8% in 2022 after 1.3% a year earlier.",
    "In 2020 inflation in Chile stood at 3.0%.",
    "Norway saw prices rise 9.9% in 2021.",
    "Inflation in Chile reached 14% in 2022, economists said.",
    "The minister said inflation in Norway would be 2% in 2024.",
]
FIGURES = ["0.1", "3.5", "4.5", "5.8", "11.6", "12", "99.9", "1,000", "3,0"]
DATES = ["2023-06-01", "2022-12-31", "2021-01-15", "2024-02-29", "1999-01-01"]
VERDICTS = ["supported", "contradicted", "unsupported", "needs_review", "auto"]  # 'auto' clears the reviewer's
# Front matter a hurried edit leaves: each makes every command refuse the draft in one line until it is fixed.
BROKEN_FRONT_MATTER = ["title: 'Prices\ndate: 2023-06-01", "date: 2023-06-01\ndate: 2023-07-01", "date: 2023-02-30",
                       "about: [Chile\n", "places: {a: 1}"]
STATUSES = ["to_check", "in_progress", "checked", "signed_off"]
FORMATS = ["claimreview", "csv", "markdown"]


class TeamDay(RuleBasedStateMachine):
    """One project folder: a CPI package, drafts/prices.md, and its ledger claims/prices.json."""

    def __init__(self) -> None:
        super().__init__()
        # a fresh folder per day: id(self) is reused once a finished machine is collected, and a reused folder
        # already holds the earlier day's drafts
        self.root = Path(tempfile.mkdtemp(prefix="day", dir=os.environ["WORKBENCH_STATEFUL_ROOT"]))
        self.draft = self.root / "drafts" / "prices.md"
        self.ledger = self.root / "claims" / "prices.json"
        self.date = DATES[0]
        self.body: list[str] = []
        self.line_end = "\n"
        self.revision = 0
        self.decisions = 0  # reviewer verdicts recorded and not cleared: each must stay in the ledger
        self.broken = False  # the draft's front matter cannot be read

    @initialize(sentences=st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=5))
    def start(self, sentences: list[str]) -> None:
        cpi_package(self.root / "reference_data")
        self.draft.parent.mkdir(parents=True)
        self.body = list(sentences)
        self._write_draft()

    # -- the draft -------------------------------------------------------------------------------------

    def _write_draft(self) -> None:
        lines = ["---", "title: Prices", f"date: {self.date}", "---", "", *self.body, ""]
        self.draft.write_bytes(self.line_end.join(lines).encode("utf-8"))
        self.broken = False

    @rule(front=st.sampled_from(BROKEN_FRONT_MATTER))
    def break_the_front_matter(self, front: str) -> None:
        self.draft.write_bytes("\n".join(["---", front, "---", "", *self.body, ""]).encode("utf-8"))
        self.broken = True

    def _stale(self) -> bool:
        """The ledger was written for other bytes of the draft: `check`, `export` and decisions refuse it (exit 2,
        'run `workbench review`'), by design, until a refresh re-attaches its reviews."""
        if not self.ledger.exists():
            return False
        recorded = json.loads(self.ledger.read_text(encoding="utf-8"))["draft"]["sha256"]
        return bool(recorded != hashlib.sha256(self.draft.read_bytes()).hexdigest())

    @rule(index=st.integers(0, 20), figure=st.sampled_from(FIGURES))
    def change_a_figure(self, index: int, figure: str) -> None:
        if not self.body:
            return
        i = index % len(self.body)
        words = self.body[i].split(" ")
        numbered = [j for j, w in enumerate(words) if any(c.isdigit() for c in w) and "%" in w]
        if numbered:
            words[numbered[0]] = figure + "%"
            self.body[i] = " ".join(words)
            self._write_draft()

    @rule(sentence=st.sampled_from(SENTENCES), where=st.integers(0, 20))
    def add_a_sentence(self, sentence: str, where: int) -> None:
        self.body.insert(where % (len(self.body) + 1), sentence)
        self._write_draft()

    @rule(index=st.integers(0, 20))
    def remove_a_sentence(self, index: int) -> None:
        if self.body:
            del self.body[index % len(self.body)]
            self._write_draft()

    @rule(index=st.integers(0, 20), joined=st.booleans())
    def move_a_sentence(self, index: int, joined: bool) -> None:
        """A sentence moved to the end, as its own paragraph or joined to the last one."""
        if len(self.body) < 2:
            return
        moved = self.body.pop(index % len(self.body))
        if joined:
            self.body[-1] = f"{self.body[-1]} {moved}"
        else:
            self.body.append(moved)
        self._write_draft()

    @rule(date=st.sampled_from(DATES), line_end=st.sampled_from(["\n", "\r\n"]))
    def change_date_or_line_ends(self, date: str, line_end: str) -> None:
        self.date, self.line_end = date, line_end
        self._write_draft()

    # -- the commands ----------------------------------------------------------------------------------

    def _run(self, *args: str) -> tuple[int, str]:
        before = self.ledger.read_bytes() if self.ledger.exists() else None
        stale = self._stale()
        run = run_workbench(*args, cwd=self.root, env={"WORKBENCH_CACHE_DIR": str(self.root / "cache")})
        assert run.returncode in (0, 1, 2), (args, run.returncode, run.stderr)
        if run.returncode == 2:
            assert len(run.stderr.strip().splitlines()) == 1, (args, run.stderr)
            assert (self.ledger.read_bytes() if self.ledger.exists() else None) == before, args
            if "written for another version" in run.stderr:
                assert stale and "run `workbench review drafts/prices.md`" in run.stderr, run.stderr
        return run.returncode, run.stdout

    def _claim_ids(self) -> list[str]:
        return list(json.loads(self.ledger.read_text(encoding="utf-8"))["claims"]) if self.ledger.exists() else []

    @rule()
    def refresh(self) -> None:
        code = self._run("review", "drafts/prices.md")[0]
        assert code == (2 if self.broken else 0)
        assert self.broken or not self._stale()

    @precondition(lambda self: self.ledger.exists())
    @rule(pick=st.integers(0, 20), verdict=st.sampled_from(VERDICTS), note=st.sampled_from(["", "seen the table"]),
          evidence=st.sampled_from([None, "1", "2", "none", "auto"]))
    def decide(self, pick: int, verdict: str, note: str, evidence: str | None) -> None:
        ids = self._claim_ids()
        if not ids:
            return
        args = ["review", "drafts/prices.md", "--reviewer", "ana", "--set", f"{ids[pick % len(ids)]}={verdict}"]
        args += ["--note", note] if note else []
        args += ["--evidence", evidence] if evidence else []
        was_reviewed = json.loads(self.ledger.read_text(encoding="utf-8"))["claims"][ids[pick % len(ids)]].get(
            "verdict") is not None
        stale = self._stale()
        code = self._run(*args)[0]
        if code == 0 and not was_reviewed and verdict != "auto":
            self.decisions += 1
        elif code == 0 and was_reviewed and verdict == "auto":
            self.decisions -= 1
        assert code == 0 or stale or self.broken or evidence in ("1", "2"), f"a decision was refused: {args}"

    @precondition(lambda self: self.ledger.exists())
    @rule(pick=st.integers(0, 20), status=st.sampled_from([None, *STATUSES]), assign=st.sampled_from([None, "", "bo"]),
          comment=st.sampled_from([None, "ask the office", "ünïcode ✓"]), evidence=st.booleans())
    def workflow(self, pick: int, status: str | None, assign: str | None, comment: str | None, evidence: bool) -> None:
        ids = self._claim_ids()
        if not ids or (status is None and assign is None and comment is None and not evidence):
            return
        args = ["review", "drafts/prices.md", "--reviewer", "bo", "--claim", ids[pick % len(ids)]]
        args += ["--status", status] if status else []
        args += ["--assign", assign] if assign is not None else []
        args += ["--comment", comment] if comment else []
        args += ["--add-evidence", "https://example.org/cpi", "--value", "3.5", "--period", "2021"] if evidence else []
        self._run(*args)

    @rule()
    def check(self) -> None:
        stale = self._stale()
        code, out = self._run("check", "drafts/prices.md", "--format", "json")
        assert code in (0, 1) or stale or self.broken, code
        if code in (0, 1):
            jsonschema.validate(json.loads(out), REPORT_SCHEMA)

    @rule(export_format=st.sampled_from(FORMATS), automatic=st.booleans())
    def export(self, export_format: str, automatic: bool) -> None:
        out = self.root / f"export.{export_format}"
        args = ["export", "drafts/prices.md", "--format", export_format, "--output", "export." + export_format]
        stale = self._stale()
        code = self._run(*args, *(["--include-automatic"] if automatic else []))[0]
        assert code == 0 or stale or self.broken or (export_format == "claimreview" and code == 2), code
        if code == 0 and export_format == "claimreview":
            json.loads(out.read_text(encoding="utf-8"))

    # -- what must always hold -----------------------------------------------------------------------

    @invariant()
    def ledger_is_whole_and_keeps_every_decision(self) -> None:
        if not self.ledger.exists():
            return
        data = json.loads(self.ledger.read_text(encoding="utf-8"))
        jsonschema.validate(data, LEDGER_SCHEMA)
        assert data["revision"] >= self.revision
        self.revision = data["revision"]
        decided = sum(1 for e in data["claims"].values() if e.get("verdict") is not None)
        orphaned = sum(1 for o in data.get("orphans", []) if o["entry"].get("verdict") is not None)
        assert decided + orphaned >= self.decisions, (decided, orphaned, self.decisions)
        assert not [p.name for p in self.ledger.parent.iterdir() if p.name.endswith(".tmp")]


# WORKBENCH_STATEFUL_EXAMPLES=N runs a campaign (random, longer days); the suite runs six fixed ones.
_CAMPAIGN = int(os.environ.get("WORKBENCH_STATEFUL_EXAMPLES", "0"))
TeamDay.TestCase.settings = settings(max_examples=_CAMPAIGN or 6, stateful_step_count=30 if _CAMPAIGN else 12,
                                     deadline=None, derandomize=not _CAMPAIGN, database=None,
                                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@pytest.fixture(autouse=True)
def _days_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_STATEFUL_ROOT", str(tmp_path))


TestTeamDay = TeamDay.TestCase
