"""The review app's behaviour, driven through Streamlit's AppTest on temporary copies of the data.

Every test runs the real script (streamlit_app.py) against a workspace in tmp_path — copies of
the sample draft and the reference data with their own workbench.toml — so the repository's
drafts and ledgers are never modified. Ledger assertions read the file on disk.
"""

from __future__ import annotations

import html
import json
import logging
import re
from pathlib import Path

import pandas as pd
import pytest
from browser import app_workspace, draft_results, make_workspace
from conftest import ROOT, SAMPLE_DRAFT, run_workbench
from streamlit.testing.v1 import AppTest

from workbench.app.catalog import UPLOAD_LIMIT_BYTES
from workbench.app.highlight import verdict_label
from workbench.app.workflow import (
    ASSIGNEE_FILTER,
    FLAG_FILTER,
    REVIEW_FILTER,
    STATUS_FILTER,
    VERDICT_FILTER,
)
from workbench.check import UNCHECKED_PREFIX
from workbench.drafts import load_draft
from workbench.ledger import (
    ClaimChange,
    Status,
    load_ledger,
    set_decision,
    update_claims,
)
from workbench.models import ClaimResult, Verdict
from workbench.reference import load_reference

SCRIPT = str(ROOT / "streamlit_app.py")

SECOND_DRAFT = """---
title: Grain exports on the rise
date: 2023-06-01
---
# Grain exports on the rise

Farmers shipped 9.5 million tonnes of wheat last season, about 12% more than a year before.
"""


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return app_workspace(tmp_path, monkeypatch)


def start(timeout: float = 120) -> AppTest:
    at = AppTest.from_file(SCRIPT, default_timeout=timeout)
    at.run()
    assert_clean(at)
    return at


def plain(markdown: str) -> str:
    """What Markdown shows for text the app escaped with ``md`` (backslash escapes removed)."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2060", "")


def uploader(at: AppTest):
    """The uploader, drawn once its sidebar expander is open (as a click on it does)."""
    at.session_state["upload_open"] = True
    return at.run().sidebar.file_uploader(key="upload")


def html_blocks(at: AppTest) -> list[str]:
    """The bodies of every ``st.html`` element on the page."""
    return [h.proto.body for h in at.get("html")]


def summary(at: AppTest) -> dict[str, str]:
    """The summary row's figures by label (claims, each verdict, reviewed), as the page shows them."""
    row = next(h for h in html_blocks(at) if 'class="cw-summary"' in h)
    return {html.unescape(label): html.unescape(value)
            for label, value in re.findall(r'<li data-label="([^"]*)"><span>[^<]*</span><strong>([^<]*)</strong>', row)}


def claims_table(at: AppTest) -> pd.DataFrame:
    """The claims table as the page sends it to the browser: the component's rows (claim id, then each
    column's text), one column per field."""
    sent = [e.proto for e in at.get("bidi_component") if e.proto.component_name == "claim_workbench_claims_table"]
    assert len(sent) == 1, f"{len(sent)} claims tables on the page"
    data = json.loads(sent[0].json)
    return pd.DataFrame(data["rows"], columns=["id", *(c["field"] for c in data["columns"])])


def assert_clean(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def sample_results(ws: Path) -> list[ClaimResult]:
    return draft_results(ws, SAMPLE_DRAFT.name)


def ledger_file(ws: Path) -> Path:
    return ws / "claims" / f"{SAMPLE_DRAFT.stem}.json"


def button(at: AppTest, label: str):
    matches = [b for b in at.button if b.label == label]
    assert matches, f"no button {label!r} in {[b.label for b in at.button]}"
    return matches[0]


def pick_claim(at: AppTest, claim_id: str) -> None:
    at.selectbox(key="claim_pick").set_value(claim_id).run()
    assert_clean(at)


def decide(at: AppTest, claim_id: str, verdict: str, note: str = "", evidence: str | None = None) -> None:
    if at.selectbox(key="claim_pick").value != claim_id:
        pick_claim(at, claim_id)
    at.radio(key=f"verdict-{claim_id}").set_value(verdict)
    at.text_area(key=f"note-{claim_id}").input(note)
    if evidence is not None:
        at.selectbox(key=f"evidence-{claim_id}").set_value(evidence)
    button(at, "Save decision").click().run()


def test_the_sample_opens_first_with_the_same_verdicts_as_the_check(workspace: Path) -> None:
    at = start()
    results = sample_results(workspace)
    assert plain(at.header[0].value) == load_draft(SAMPLE_DRAFT).title
    metrics = summary(at)
    assert metrics["Claims"] == str(len(results))
    for verdict in Verdict:
        assert metrics[verdict_label(verdict)] == str(sum(r.verdict == verdict for r in results))
    assert metrics["✎ Reviewed"] == f"0 / {len(results)}"
    table = claims_table(at)
    assert list(table["id"]) == [r.claim.id for r in results]


def test_the_shipped_ledger_decisions_are_shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = ROOT / "claims" / f"{SAMPLE_DRAFT.stem}.json"
    if not shipped.exists():
        pytest.skip("no sample ledger shipped")
    ws = make_workspace(tmp_path / "ws", drafts=[SAMPLE_DRAFT], with_claims=True)
    monkeypatch.setenv("WORKBENCH_CONFIG", str(ws / "workbench.toml"))
    monkeypatch.setenv("WORKBENCH_ROOT", str(ws))
    ledger = load_ledger(shipped)
    at = start()
    assert not at.warning, "the shipped ledger was written for another version of the sample draft"
    decided = [cid for cid, e in ledger.claims.items() if e.verdict is not None]
    assert summary(at)["✎ Reviewed"].startswith(f"{len(decided)} / ")
    table = claims_table(at).set_index("id")
    for cid in decided:
        assert table.loc[cid, "verdict"] == verdict_label(ledger.claims[cid].verdict)
        assert table.loc[cid, "reviewed"] == "✎ yes"


def test_choosing_a_claim_shows_its_sentence_and_evidence(workspace: Path) -> None:
    at = start()
    results = sample_results(workspace)
    target = next(r for r in results if r.evidence)
    at.session_state["claim_tab_kind"] = "Evidence"  # only the open tab is drawn
    pick_claim(at, target.claim.id)
    headings = [m.value for m in at.markdown if m.value.startswith("### ")]
    assert any(verdict_label(target.verdict) in h for h in headings), headings
    table = next(h for h in html_blocks(at) if 'aria-label="Evidence"' in h)
    assert table.count("<tr>") == len(target.evidence) + 1  # the header and one row per candidate
    reference = load_reference([workspace / "reference_data"])
    for e in target.evidence:
        assert html.escape(e.source or e.resource) in table and html.escape(e.period) in table
        if e.row is not None:  # the exact cell: file, row and column
            csv_name = reference.resources[e.resource].csv_path.name
            assert f"{csv_name} · row {e.row} · column value" in table
        if e.url.startswith(("http://", "https://")):
            assert f'<a href="{html.escape(e.url, quote=True)}"' in table
    # Beside the verdict: the top source as a real link.
    top = target.evidence[0]
    source_line = next(h for h in html_blocks(at) if 'class="cw-source"' in h)
    assert html.escape(top.source or top.resource) in source_line
    assert (f'<a href="{html.escape(top.url, quote=True)}"' in source_line) == top.url.startswith("http")


def test_choosing_another_draft_from_the_configured_folders(workspace: Path) -> None:
    (workspace / "drafts" / "grain.md").write_text(SECOND_DRAFT, encoding="utf-8")
    at = start()
    picker = at.selectbox(key="draft_choice")
    assert picker.options == ["drafts/grain.md", f"drafts/{SAMPLE_DRAFT.name}"]
    picker.set_value("drafts/grain.md").run()
    assert_clean(at)
    assert plain(at.header[0].value) == "Grain exports on the rise"


def test_saving_a_verdict_writes_the_ledger(workspace: Path) -> None:
    at = start()
    target = sample_results(workspace)[1]
    pick_claim(at, target.claim.id)
    at.sidebar.text_input(key="reviewer").input("Dana Checker").run()
    assert not ledger_file(workspace).exists()
    decide(at, target.claim.id, "not_a_claim", note="a quotation, not our figure", evidence="none")
    assert_clean(at)
    ledger = load_ledger(ledger_file(workspace))
    assert ledger is not None
    entry = ledger.claims[target.claim.id]
    assert (entry.verdict, entry.reviewer, entry.note, entry.evidence_choice) == (
        Verdict.not_a_claim, "Dana Checker", "a quotation, not our figure", "none")
    assert [h.to_verdict for h in entry.history] == [Verdict.not_a_claim]
    assert any("Saved" in s.value for s in at.success)
    metrics = summary(at)
    assert metrics["✎ Reviewed"].startswith("1 / ")
    # Picking the same claim again shows the decision, and history has one row.
    at.session_state["claim_tab_kind"] = "History"
    at.run()
    history = next(df.value for df in at.dataframe if "who" in df.value.columns)
    assert list(history["who"]) == ["Dana Checker"]


def test_saving_needs_the_reviewers_name(workspace: Path) -> None:
    at = start()
    target = sample_results(workspace)[0]
    decide(at, target.claim.id, "contradicted")
    assert any("enter your name" in plain(e.value) for e in at.error)
    assert not ledger_file(workspace).exists()


def test_a_conflicting_save_is_refused_shown_and_can_be_reapplied(workspace: Path) -> None:
    results = sample_results(workspace)
    mine = results[0].claim.id
    at = start()
    at.sidebar.text_input(key="reviewer").input("Ann").run()
    decide(at, mine, "needs_review", note="first pass")  # creates the ledger; the page read revision 2
    assert load_ledger(ledger_file(workspace)).revision == 2
    # Another reviewer decides the same claim from the shell while Ann's page still shows revision 2.
    run = run_workbench("review", workspace / "drafts" / SAMPLE_DRAFT.name, "--set", f"{mine}=contradicted",
                        "--reviewer", "Bob", "--note", "checked the customs table", cwd=workspace)
    assert run.returncode == 0, run.stderr
    decide(at, mine, "supported", note="second look")
    assert not at.exception
    assert any("another reviewer saved first" in e.value for e in at.error)
    on_disk = load_ledger(ledger_file(workspace))
    assert on_disk.revision == 3
    assert on_disk.claims[mine].verdict == Verdict.contradicted  # Ann's second save did not land over Bob's
    changes = next(df.value for df in at.dataframe if "who" in df.value.columns and "claim" in df.value.columns)
    assert list(changes["who"]) == ["Bob"] and "contradicted" in changes["change"].iloc[0]
    button(at, "Re-apply my decision").click().run()
    assert_clean(at)
    final = load_ledger(ledger_file(workspace))
    assert final.revision == 4
    assert final.claims[mine].verdict == Verdict.supported and final.claims[mine].note == "second look"
    assert [h.reviewer for h in final.claims[mine].history] == ["Ann", "Bob", "Ann"]


def test_a_colleagues_save_on_another_claim_merges_with_mine(workspace: Path) -> None:
    results = sample_results(workspace)
    mine, theirs = results[0].claim.id, results[2].claim.id
    at = start()
    at.sidebar.text_input(key="reviewer").input("Ann").run()
    decide(at, mine, "needs_review")  # the page read revision 2
    set_decision(ledger_file(workspace), theirs, Verdict.contradicted, "Bob", note="customs table")
    decide(at, mine, "supported", note="second look")
    assert_clean(at)
    final = load_ledger(ledger_file(workspace))
    assert final.revision == 4
    assert (final.claims[mine].verdict, final.claims[mine].reviewer) == (Verdict.supported, "Ann")
    assert (final.claims[theirs].verdict, final.claims[theirs].note) == (Verdict.contradicted, "customs table")
    form = next(f for f in at.form if any(b.label == "Save decision" for b in f.button))
    assert any("Saved" in plain(x.value) for x in form.success) and not form.error


def test_a_colleagues_save_is_announced_and_loaded_on_request(workspace: Path) -> None:
    results = sample_results(workspace)
    at = start()
    at.sidebar.text_input(key="reviewer").input("Ann").run()
    decide(at, results[0].claim.id, "supported")
    set_decision(ledger_file(workspace), results[1].claim.id, Verdict.contradicted, "Bob")
    at.run()
    assert any("revision 3" in i.value and "Bob" in i.value for i in at.info)
    button(at, "Load the latest").click().run()
    assert_clean(at)
    assert summary(at)["✎ Reviewed"].startswith("2 / ")


def test_every_filter_above_the_table_is_one_the_page_keeps(workspace: Path) -> None:
    """The filters drawn above the claim table are exactly the ones whose values each run keeps and the
    URL mirrors (``workflow.FILTER_KEYS``): a filter added in one place only would lose its value."""
    from workbench.app.workflow import FILTER_KEYS

    sample_results(workspace)
    at = start()
    drawn = {w.key for w in [*at.multiselect, *at.radio] if w.key and w.key.startswith("filter_")}
    assert drawn == set(FILTER_KEYS)


def test_filters_by_verdict_flag_and_review_state(workspace: Path) -> None:
    results = sample_results(workspace)
    at = start()
    table = lambda: claims_table(at)
    verdict = results[0].verdict
    at.multiselect(key=VERDICT_FILTER).select(verdict_label(verdict)).run()
    assert list(table()["id"]) == [r.claim.id for r in results if r.verdict == verdict]
    at.multiselect(key=VERDICT_FILTER).unselect(verdict_label(verdict)).run()
    flagged = [r for r in results if r.flags]
    if flagged:
        flag = flagged[0].flags[0].value
        at.multiselect(key=FLAG_FILTER).select(flag).run()
        assert list(table()["id"]) == [r.claim.id for r in results if any(f.value == flag for f in r.flags)]
        at.multiselect(key=FLAG_FILTER).unselect(flag).run()
    at.radio(key=REVIEW_FILTER).set_value("Reviewed").run()
    assert table().empty
    at.sidebar.text_input(key="reviewer").input("Ann").run()
    decide(at, results[3].claim.id, "supported")
    assert list(table()["id"]) == [results[3].claim.id]
    at.radio(key=REVIEW_FILTER).set_value("Not reviewed").run()
    assert len(table()) == len(results) - 1


@pytest.mark.parametrize(("name", "data", "message"), [
    ("latin1.md", "Exports rose 5% to 3 bn in the café".encode("latin-1"), "not UTF-8"),
    ("binary.md", b"\x00\x01\x02PK\x03\x04" * 10, "binary"),
    ("empty.txt", b"   \n", "empty"),
    ("notes.pdf", b"%PDF-1.4", "only .md and .txt"),
    ("huge.md", b"a" * (UPLOAD_LIMIT_BYTES + 1), "limit"),
])
def test_a_bad_upload_is_refused_with_a_clear_message(workspace: Path, name: str, data: bytes, message: str) -> None:
    at = start()
    uploader(at).set_value((name, data, "text/markdown")).run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert any("Upload refused" in e and message in plain(e) for e in errors), errors
    assert plain(at.header[0].value) == load_draft(SAMPLE_DRAFT).title  # the open draft did not change


def test_a_good_upload_is_checked_but_not_saved(workspace: Path) -> None:
    at = start()
    uploader(at).set_value(("grain.md", SECOND_DRAFT.encode(), "text/markdown")).run()
    assert_clean(at)
    assert plain(at.header[0].value) == "Grain exports on the rise"
    save = button(at, "Save decision")
    assert save.disabled
    assert not (workspace / "drafts" / "grain.md").exists() and not list((workspace / "claims").glob("*.json"))


def test_the_uploader_is_closed_by_default_while_there_are_drafts(workspace: Path) -> None:
    at = start()
    assert not at.sidebar.get("file_uploader")


def test_with_no_drafts_the_uploader_is_open_without_a_click(workspace: Path) -> None:
    (workspace / "drafts" / SAMPLE_DRAFT.name).unlink()
    at = start()
    assert "upload_open" not in at.session_state or at.session_state["upload_open"]
    assert [u.key for u in at.sidebar.get("file_uploader")] == ["upload"]
    assert any("No drafts found" in plain(i.value) for i in at.info)


def test_a_draft_outside_the_configured_folders_cannot_be_opened(workspace: Path) -> None:
    secret = workspace.parent / "secret.md"
    secret.write_text(SECOND_DRAFT, encoding="utf-8")
    at = AppTest.from_file(SCRIPT, default_timeout=120)
    at.query_params["draft"] = "drafts/../../secret.md"
    at.run()
    assert not at.exception
    assert any("not one of the configured drafts" in e.value for e in at.error)
    assert plain(at.header[0].value) == load_draft(SAMPLE_DRAFT).title


def test_an_edited_draft_waits_for_a_rerun_which_keeps_the_decisions(workspace: Path) -> None:
    results = sample_results(workspace)
    at = start()
    at.sidebar.text_input(key="reviewer").input("Ann").run()
    decide(at, results[0].claim.id, "contradicted", note="kept across edits")
    draft_file = workspace / "drafts" / SAMPLE_DRAFT.name
    draft_file.write_text(draft_file.read_text(encoding="utf-8") + "\nA closing line without figures.\n",
                          encoding="utf-8")
    at.run()
    assert any("draft changed" in w.value for w in at.warning)
    assert button(at, "Save decision").disabled
    button(at, "Re-run the check").click().run()
    assert_clean(at)
    ledger = load_ledger(ledger_file(workspace))
    assert ledger.draft.sha256 == load_draft(draft_file).sha256
    assert ledger.claims[results[0].claim.id].verdict == Verdict.contradicted
    assert not button(at, "Save decision").disabled


def test_reference_page_lists_every_resource_with_its_table(workspace: Path) -> None:
    at = AppTest.from_string("from workbench.app.views.reference import render\nrender()", default_timeout=60)
    at.run()
    assert_clean(at)
    reference = load_reference([workspace / "reference_data"])
    overview = at.dataframe[0].value
    assert sorted(overview["name"]) == sorted(reference.resources)
    name = max(reference.resources)
    at.selectbox(key="resource_pick").set_value(name).run()
    assert_clean(at)
    assert len(at.dataframe[1].value) == len(reference.resources[name].frame)
    at.text_input(key="resource_filter").input("no such metric anywhere").run()
    assert any("No resource matches" in i.value for i in at.info)


def test_the_ledger_file_stays_valid_json_with_the_schema_version(workspace: Path) -> None:
    at = start()
    at.sidebar.text_input(key="reviewer").input("Ann").run()
    decide(at, sample_results(workspace)[0].claim.id, "supported")
    raw = json.loads(ledger_file(workspace).read_text(encoding="utf-8"))
    assert raw["schema_version"] >= 1 and raw["revision"] == 2


def test_a_corrupt_ledger_is_shown_never_rewritten(workspace: Path) -> None:
    broken = ledger_file(workspace)
    broken.write_text('{"schema_version": 2, "revision": ', encoding="utf-8")
    at = AppTest.from_file(SCRIPT, default_timeout=120)
    at.run()
    assert not at.exception
    assert any("ledger cannot be read" in e.value and broken.name in plain(e.value) for e in at.error)
    assert button(at, "Save decision").disabled
    button(at, "Re-run the check").click().run()
    assert broken.read_text(encoding="utf-8") == '{"schema_version": 2, "revision": '


def test_a_configured_draft_that_is_not_utf8_gets_a_clear_message(workspace: Path) -> None:
    (workspace / "drafts" / SAMPLE_DRAFT.name).unlink()
    (workspace / "drafts" / "legacy.txt").write_bytes("Exports rose 5% to 3 bn in the caf\xe9.".encode("latin-1"))
    at = AppTest.from_file(SCRIPT, default_timeout=120)
    at.run()
    assert not at.exception
    assert any("cannot be opened" in e.value and "not UTF-8" in plain(e.value) for e in at.error)


def test_rerunning_the_check_after_the_reference_data_changed(workspace: Path) -> None:
    before = {r.claim.id: r.verdict for r in sample_results(workspace)}
    at = start()
    csv_file = workspace / "reference_data" / "bilateral_trade.csv"
    text = csv_file.read_text(encoding="utf-8")
    assert "28200000000" in text
    csv_file.write_text(text.replace("28200000000", "38200000000"), encoding="utf-8")
    after = {r.claim.id: r.verdict for r in sample_results(workspace)}
    changed = [cid for cid in before if before[cid] != after.get(cid)]
    assert changed, "editing the reference figure should change at least one verdict"
    button(at, "Re-run the check").click().run()
    assert_clean(at)
    table = claims_table(at).set_index("id")
    for cid in changed:
        assert table.loc[cid, "verdict"] == verdict_label(after[cid])


def test_reviews_of_removed_claims_are_listed_and_moved_ones_ask_for_confirmation(workspace: Path) -> None:
    results = sample_results(workspace)
    moved, removed = results[0].claim, results[-1].claim
    assert moved.sentence != removed.sentence
    at = start()
    at.sidebar.text_input(key="reviewer").input("Ann").run()
    decide(at, moved.id, "contradicted", note="moves with its sentence")
    decide(at, removed.id, "supported", note="its sentence is deleted")
    draft_file = workspace / "drafts" / SAMPLE_DRAFT.name
    text = draft_file.read_text(encoding="utf-8")
    edited = text.replace(removed.sentence, "").replace(moved.sentence, "Reportedly, " + moved.sentence, 1)
    draft_file.write_text(edited, encoding="utf-8")
    at.run()
    button(at, "Re-run the check").click().run()
    assert_clean(at)
    ledger = load_ledger(ledger_file(workspace))
    assert [o.entry.note for o in ledger.orphans] == ["its sentence is deleted"]
    assert any(e.label.startswith("Reviews whose claim is no longer in the draft (1)") for e in at.expander)
    carried = [cid for cid, e in ledger.claims.items() if e.note == "moves with its sentence"]
    assert len(carried) == 1
    assert ledger.claims[carried[0]].needs_reconfirmation  # its sentence changed
    pick_claim(at, carried[0])
    assert any("carried over" in w.value for w in at.warning)


def test_derived_evidence_shows_its_formula_and_cells(workspace: Path) -> None:
    results = sample_results(workspace)
    derived = next((r for r in results if any(e.formula for e in r.evidence[:3])), None)
    if derived is None:
        pytest.skip("no derived evidence in the sample's check")
    evidence = next(e for e in derived.evidence[:3] if e.formula)
    at = start()
    at.session_state["claim_tab_kind"] = "Evidence"  # only the open tab is drawn
    pick_claim(at, derived.claim.id)
    assert evidence.formula in [c.value for c in at.code]
    cells = next(df.value for df in at.dataframe if "resource" in df.value.columns and "row" in df.value.columns)
    assert list(cells["row"]) == [c.row for c in evidence.cells]


# ---------------------------------------------------------------- a claim that cannot be checked

# A draft whose sentence once ended the page in a traceback (kept in the crash corpus).
CRASH_DRAFT = (Path(__file__).parent / "corpus" / "crashes" / "census-notes-page.md").read_text(encoding="utf-8")


@pytest.fixture
def fresh_checks():
    """The app caches checks by content across sessions; a fault-injected check must neither reuse an
    earlier result nor leave its own behind."""
    from workbench.app import state

    state.clear_caches()
    yield
    state.clear_caches()


def _inject_verify_failure(monkeypatch: pytest.MonkeyPatch, surface: str) -> None:
    """Fault injection: the real verification runs for every claim except the one written ``surface``,
    whose verification raises — standing in for any bug a new kind of sentence may hit."""
    import workbench.verify as verify_module

    real = verify_module.verify

    def verify(claim, *args, **kwargs):
        if claim.text == surface:
            raise IndexError("injected failure for the test")
        return real(claim, *args, **kwargs)

    monkeypatch.setattr(verify_module, "verify", verify)


def test_the_sentence_that_crashed_the_page_is_checked_without_a_traceback(workspace: Path) -> None:
    (workspace / "drafts" / "census.md").write_text(CRASH_DRAFT, encoding="utf-8")
    at = AppTest.from_file(SCRIPT, default_timeout=120)
    at.query_params["draft"] = "drafts/census.md"
    at.run()
    assert not at.exception
    results = draft_results(workspace, "census.md")
    assert len(results) >= 3  # every claim of the draft is listed, the trade figure included
    assert list(claims_table(at)["id"]) == [r.claim.id for r in results]
    for r in results:  # a claim that could not be checked shows its card; the others work
        pick_claim_allowing_errors(at, r.claim.id)
        cards = [e.value for e in at.error if "This claim could not be checked" in e.value]
        assert bool(cards) == r.explanation.startswith(UNCHECKED_PREFIX), (r.claim.text, cards)


def pick_claim_allowing_errors(at: AppTest, claim_id: str) -> None:
    at.selectbox(key="claim_pick").set_value(claim_id).run()
    assert not at.exception


def test_a_claim_whose_check_fails_gets_an_error_card_is_logged_and_can_be_decided(
        workspace: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, fresh_checks) -> None:
    (workspace / "drafts" / "census.md").write_text(CRASH_DRAFT, encoding="utf-8")
    _inject_verify_failure(monkeypatch, "28.2 billion dollars")
    at = AppTest.from_file(SCRIPT, default_timeout=120)
    at.query_params["draft"] = "drafts/census.md"
    with caplog.at_level(logging.WARNING, logger="workbench"):
        at.run()
    assert not at.exception
    assert any("28.2 billion dollars" in r.getMessage() and "could not be checked" in r.getMessage()
               for r in caplog.records)
    failed = next(cid for cid, text in zip(claims_table(at)["id"], claims_table(at)["claim"])
                  if text == "28.2 billion dollars")
    assert any(re.match(r"\d+ claim\(s\) could not be checked", e.value) for e in at.error)  # said at the top
    pick_claim_allowing_errors(at, failed)
    card = next(e.value for e in at.error if "This claim could not be checked" in e.value)
    assert "IndexError" in card and "logged" in card
    assert claims_table(at).set_index("id").loc[failed, "verdict"] == verdict_label(Verdict.needs_review)
    # The rest of the page works: the claim can still be decided by a person.
    at.sidebar.text_input(key="reviewer").input("Ann").run()
    decide(at, failed, "supported", note="checked by hand")
    assert load_ledger(workspace / "claims" / "census.json").claims[failed].verdict == Verdict.supported


def test_a_draft_that_cannot_be_checked_gets_one_box_and_the_picker_still_works(
        workspace: Path, monkeypatch: pytest.MonkeyPatch, fresh_checks) -> None:
    import workbench.extraction as extraction_module

    (workspace / "drafts" / "census.md").write_text(CRASH_DRAFT, encoding="utf-8")
    real = extraction_module.extract

    def extract(draft, *args, **kwargs):  # fault injection: extraction fails on this one draft
        if "census" in draft.path:
            raise IndexError("string index out of range")
        return real(draft, *args, **kwargs)

    monkeypatch.setattr(extraction_module, "extract", extract)
    at = AppTest.from_file(SCRIPT, default_timeout=120)
    at.query_params["draft"] = "drafts/census.md"
    at.run()
    assert not at.exception
    boxes = [e.value for e in at.error]
    assert len(boxes) == 1 and "cannot be checked" in boxes[0] and "IndexError" in plain(boxes[0])
    at.selectbox(key="draft_choice").set_value(f"drafts/{SAMPLE_DRAFT.name}").run()
    assert_clean(at)
    assert plain(at.header[0].value) == load_draft(SAMPLE_DRAFT).title


def test_the_check_turns_a_failing_claim_into_needs_review_and_keeps_the_others(
        workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.check import check_draft
    from workbench.config import load_config

    (workspace / "drafts" / "census.md").write_text(CRASH_DRAFT, encoding="utf-8")
    config = load_config(workspace, workspace / "workbench.toml")
    reference = load_reference(config.reference_dirs)
    draft = load_draft(workspace / "drafts" / "census.md")
    before = check_draft(draft, reference, config).results
    _inject_verify_failure(monkeypatch, "28.2 billion dollars")
    after = check_draft(draft, reference, config).results
    assert [r.claim.id for r in after] == [r.claim.id for r in before]
    for old, new in zip(before, after):
        if new.claim.text == "28.2 billion dollars":
            assert new.verdict == new.auto_verdict == Verdict.needs_review and not new.evidence
            assert new.explanation.startswith(UNCHECKED_PREFIX) and "IndexError" in new.explanation
        else:
            assert new == old


# ---------------------------------------------------------------- where a save's outcome is shown

def test_a_save_says_so_beside_the_button_and_in_a_toast(workspace: Path) -> None:
    at = start()
    target = sample_results(workspace)[1]
    at.sidebar.text_input(key="reviewer").input("Dana").run()
    decide(at, target.claim.id, "supported")
    form = next(f for f in at.form if any(b.label == "Save decision" for b in f.button))
    assert any(plain(s.value).startswith("Saved: supported") for s in form.success)
    assert any("Saved: supported" in plain(t.value) for t in at.toast)
    assert not form.error


def test_a_refused_save_looks_like_a_refusal_beside_the_button(workspace: Path) -> None:
    results = sample_results(workspace)
    mine = results[0].claim.id
    at = start()
    decide(at, mine, "supported")  # no name yet: refused
    form = next(f for f in at.form if any(b.label == "Save decision" for b in f.button))
    assert any("Not saved" in plain(e.value) and "enter your name" in plain(e.value) for e in form.error)
    assert not form.success and any("Not saved" in plain(t.value) for t in at.toast)
    at.sidebar.text_input(key="reviewer").input("Ann").run()
    decide(at, mine, "needs_review")
    set_decision(ledger_file(workspace), mine, Verdict.contradicted, "Bob")
    decide(at, mine, "contradicted")  # a conflict on the same claim: refused, and says what to do
    form = next(f for f in at.form if any(b.label == "Save decision" for b in f.button))
    refusal = " ".join(plain(e.value) for e in form.error)
    assert "Not saved" in refusal and "re-apply" in refusal and not form.success
    assert button(at, "Re-apply my decision")  # the way out is right there


# ---------------------------------------------------------------- the URL, reload and links

def test_the_url_holds_draft_claim_and_filters_and_a_new_session_restores_them(workspace: Path) -> None:
    results = sample_results(workspace)
    target = results[3]
    at = start()
    pick_claim(at, target.claim.id)
    label = verdict_label(target.verdict)
    at.multiselect(key=VERDICT_FILTER).select(label).run()
    at.radio(key=REVIEW_FILTER).set_value("Not reviewed").run()
    params = dict(at.query_params)
    assert params["draft"] == [f"drafts/{SAMPLE_DRAFT.name}"] or params["draft"] == f"drafts/{SAMPLE_DRAFT.name}"
    # A reload (or a colleague opening the link) is a new session with the same URL.
    again = AppTest.from_file(SCRIPT, default_timeout=120)
    for key, value in params.items():
        again.query_params[key] = value
    again.run()
    assert_clean(again)
    assert again.selectbox(key="claim_pick").value == target.claim.id
    assert again.multiselect(key=VERDICT_FILTER).value == [label]
    assert again.radio(key=REVIEW_FILTER).value == "Not reviewed"
    assert list(claims_table(again)["id"]) == [r.claim.id for r in results if r.verdict == target.verdict]


def test_status_and_assignee_filters_are_in_the_url_and_restored(workspace: Path) -> None:
    results = sample_results(workspace)
    target = results[2].claim.id
    at = start()
    at.sidebar.text_input(key="reviewer").input("Ed").run()
    pick_claim(at, target)
    at.selectbox(key=f"wf-status-{target}").set_value("in_progress")
    at.text_input(key=f"wf-assignee-{target}").input("Dana Ö")
    button(at, "Save status and comment").click().run()
    at.multiselect(key=STATUS_FILTER).select("in progress").run()
    at.multiselect(key=ASSIGNEE_FILTER).select("Dana Ö").run()
    params = dict(at.query_params)
    flat = {k: v if isinstance(v, list) else [v] for k, v in params.items()}
    assert flat["status"] == ["in_progress"] and flat["assignee"] == ["Dana Ö"]

    again = AppTest.from_file(SCRIPT, default_timeout=120)
    for key, value in params.items():
        again.query_params[key] = value
    again.query_params["assignee"] = [*flat["assignee"], "Somebody Else"]  # nobody has that claim: dropped
    again.run()
    assert_clean(again)
    assert again.multiselect(key=STATUS_FILTER).value == ["in progress"]
    assert again.multiselect(key=ASSIGNEE_FILTER).value == ["Dana Ö"]
    assert list(claims_table(again)["id"]) == [target]


def test_an_unknown_claim_in_a_link_is_said_and_the_first_claim_opens(workspace: Path) -> None:
    at = AppTest.from_file(SCRIPT, default_timeout=120)
    at.query_params["claim"] = "c-00000000"
    at.query_params["verdict"] = "no-such-verdict"
    at.run()
    assert not at.exception and not at.error
    assert any("c-00000000" in plain(i.value) and "not in this version" in i.value for i in at.info)
    assert at.selectbox(key="claim_pick").value == sample_results(workspace)[0].claim.id


def test_a_crafted_draft_link_is_refused_as_plain_text(workspace: Path) -> None:
    at = AppTest.from_file(SCRIPT, default_timeout=120)
    at.query_params["draft"] = "![x](http://127.0.0.1:9/pixel.png)[click](https://evil.example)"
    at.run()
    assert not at.exception
    refusal = next(e.value for e in at.error if "Cannot open that draft" in e.value)
    assert "not one of the configured drafts" in plain(refusal)
    assert "](" not in refusal and "![" not in refusal  # escaped: shown as text, never as an image or link


# ---------------------------------------------------------------- the date relative periods are read from

def test_the_page_says_which_date_relative_periods_are_read_from(workspace: Path) -> None:
    from workbench.check import as_of_date
    from workbench.config import load_config

    at = start()
    assert any("read from **2023-11-10**" in c.value and "front matter" in plain(c.value) for c in at.caption)
    undated = SECOND_DRAFT.replace("date: 2023-06-01\n", "")
    (workspace / "drafts" / "grain.md").write_text(undated, encoding="utf-8")
    at.run()
    at.selectbox(key="draft_choice").set_value("drafts/grain.md").run()
    assert_clean(at)
    config = load_config(workspace, workspace / "workbench.toml")
    used = as_of_date(load_draft(workspace / "drafts" / "grain.md"), config)  # the check's own rule
    assert any(f"read from **{used.isoformat()}**" in c.value and "no date" in c.value for c in at.caption)


# ---------------------------------------------------------------- keeping an upload

def test_an_upload_can_be_saved_into_the_drafts_folder_and_then_keeps_decisions(workspace: Path) -> None:
    at = start()
    uploader(at).set_value(("../../Grain report!.md", SECOND_DRAFT.encode(),
                                                      "text/markdown")).run()
    assert_clean(at)
    assert at.sidebar.text_input(key="keep_name").value == "Grain-report-.md"
    at.sidebar.text_input(key="keep_name").input("../../escape/grain.md").run()
    button(at, "Save into the drafts folder").click().run()
    assert_clean(at)
    saved = workspace / "drafts" / "grain.md"  # the name's folders are dropped: it stays in drafts/
    assert saved.read_bytes() == SECOND_DRAFT.encode()
    assert not (workspace.parent / "escape").exists()
    assert at.selectbox(key="draft_choice").value == "drafts/grain.md"
    assert any("Saved the upload" in plain(t.value) for t in at.toast)
    at.sidebar.text_input(key="reviewer").input("Ann").run()
    claim = at.selectbox(key="claim_pick").value
    decide(at, claim, "supported")
    assert load_ledger(workspace / "claims" / "grain.json").claims[claim].verdict == Verdict.supported


def test_saving_an_upload_never_overwrites_a_draft(workspace: Path) -> None:
    at = start()
    existing = workspace / "drafts" / SAMPLE_DRAFT.name
    before = existing.read_bytes()
    uploader(at).set_value((SAMPLE_DRAFT.name, SECOND_DRAFT.encode(),
                                                      "text/markdown")).run()
    button(at, "Save into the drafts folder").click().run()
    assert not at.exception
    assert any("already exists" in plain(e.value) and "Not saved" in e.value for e in at.error)
    assert existing.read_bytes() == before
    assert not [p for p in (workspace / "drafts").iterdir() if p.name.startswith(".")]  # no staging left


def test_a_draft_with_an_impossible_date_gets_one_box_and_the_others_open(workspace: Path) -> None:
    # Sorts first, so it is the default page; its front-matter date does not exist.
    (workspace / "drafts" / "000-bad-date.md").write_text(
        "---\ntitle: Bad date\ndate: 2023-02-30\n---\nTrade grew 5% in 2022.\n", encoding="utf-8")
    at = AppTest.from_file(SCRIPT, default_timeout=120)
    at.run()
    assert not at.exception
    boxes = [plain(e.value) for e in at.error]
    assert len(boxes) == 1 and "cannot be opened" in boxes[0], boxes
    at.selectbox(key="draft_choice").set_value(f"drafts/{SAMPLE_DRAFT.name}").run()
    assert_clean(at)
    assert plain(at.header[0].value) == load_draft(SAMPLE_DRAFT).title


# ---------------------------------------------------------------- the desk's workflow

def test_status_assignee_and_comment_are_saved_and_the_table_filters_by_them(workspace: Path) -> None:
    results = sample_results(workspace)
    target = results[1].claim.id
    at = start()
    at.sidebar.text_input(key="reviewer").input("Ed").run()
    pick_claim(at, target)
    at.selectbox(key=f"wf-status-{target}").set_value("in_progress")
    at.text_input(key=f"wf-assignee-{target}").input("Dana")
    at.text_area(key=f"wf-comment-{target}").input("ask the customs office for the monthly table")
    button(at, "Save status and comment").click().run()
    assert_clean(at)
    entry = load_ledger(ledger_file(workspace)).claims[target]
    assert (entry.status.value, entry.assignee) == ("in_progress", "Dana")
    assert [(c.author, c.text) for c in entry.comments] == [("Ed", "ask the customs office for the monthly table")]
    assert any("ask the customs office" in plain(m.value) for m in at.markdown)

    table = lambda: claims_table(at)
    at.multiselect(key=STATUS_FILTER).select("in progress").run()
    assert list(table()["id"]) == [target]
    at.multiselect(key=STATUS_FILTER).unselect("in progress").run()
    at.multiselect(key=ASSIGNEE_FILTER).select("(nobody)").run()
    assert target not in list(table()["id"]) and len(table()) == len(results) - 1

    # Signing off without a verdict is refused beside the button, and nothing is written.
    before = ledger_file(workspace).read_bytes()
    at.selectbox(key=f"wf-status-{target}").set_value("signed_off")
    button(at, "Save status and comment").click().run()
    form = next(f for f in at.form if any(b.label == "Save status and comment" for b in f.button))
    assert any("cannot be signed off" in plain(e.value) for e in form.error)
    assert ledger_file(workspace).read_bytes() == before


def test_loading_the_latest_ledger_shows_a_colleagues_status_and_assignee_in_the_form(workspace: Path) -> None:
    # A stale form would save the old status and assignee back over the colleague's.
    target = sample_results(workspace)[0].claim.id
    at = start()
    at.sidebar.text_input(key="reviewer").input("Ann").run()
    decide(at, target, "supported")
    assert at.selectbox(key=f"wf-status-{target}").value == "to_check"
    revision = load_ledger(ledger_file(workspace)).revision
    update_claims(ledger_file(workspace), [ClaimChange(target, status=Status.in_progress, assign=True,
                                                       assignee="Bob")], "Bob", expected_revision=revision)
    at.run()
    button(at, "Load the latest").click().run()
    assert_clean(at)
    assert at.selectbox(key=f"wf-status-{target}").value == "in_progress"
    assert at.text_input(key=f"wf-assignee-{target}").value == "Bob"


def test_reviewer_evidence_is_added_shown_and_leads_the_evidence(workspace: Path) -> None:
    results = sample_results(workspace)
    target = results[0].claim.id
    at = start()
    at.sidebar.text_input(key="reviewer").input("Dana").run()
    at.session_state["add_evidence"] = True  # the expander is open: its form is drawn
    at.session_state["claim_tab_kind"] = "Evidence"
    pick_claim(at, target)
    at.text_input(key=f"ev-url-{target}").input("javascript:alert(1)")
    at.text_input(key=f"ev-value-{target}").input("12.5")
    button(at, "Add evidence").click().run()
    assert any("web address" in plain(e.value) for e in at.error)
    assert not ledger_file(workspace).exists()

    at.text_input(key=f"ev-url-{target}").input("https://stat.example.org/table-7")
    at.text_input(key=f"ev-title-{target}").input("Statistics office, table 7")
    at.text_area(key=f"ev-quote-{target}").input("Total for the year: 12.5")
    at.text_input(key=f"ev-value-{target}").input("12.5")
    at.text_input(key=f"ev-period-{target}").input("2022")
    button(at, "Add evidence").click().run()
    assert_clean(at)
    [added] = load_ledger(ledger_file(workspace)).claims[target].reviewer_evidence
    assert (added.url, added.value, added.period, added.added_by) == (
        "https://stat.example.org/table-7", 12.5, "2022", "Dana")
    shown = " ".join(h.proto.body for h in at.get("html"))
    assert 'href="https://stat.example.org/table-7"' in shown and "Total for the year: 12.5" in shown
    assert "Evidence added by reviewers" in shown
