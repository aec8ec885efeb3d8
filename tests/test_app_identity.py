"""Sign-in through Streamlit's own authentication (``st.user``, seeded through AppTest's ``user`` as
Streamlit's login would fill it): the author of a decision is the signed-in person, and nobody
signed out sees the pages. The proxy-header mode runs in a real browser (test_app_desk_browser.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import app_workspace, draft_results
from conftest import ROOT, SAMPLE_DRAFT
from streamlit.testing.v1 import AppTest

from workbench.app.identity import check_sign_in, clean_name
from workbench.ledger import load_ledger
from workbench.models import Verdict

SCRIPT = str(ROOT / "streamlit_app.py")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    ws = app_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("WORKBENCH_SIGN_IN", "streamlit")
    return ws


def test_a_signed_in_reviewer_saves_under_their_identity(workspace: Path) -> None:
    target = draft_results(workspace, SAMPLE_DRAFT.name)[2].claim.id
    at = AppTest.from_file(SCRIPT, default_timeout=120)
    at.user = {"is_logged_in": True, "name": "Ann Editor", "email": "ann@desk.example"}
    at.run()
    assert not at.exception and not at.error
    assert [t for t in at.sidebar.text_input if t.key == "reviewer"] == []  # no name field
    assert any("Signed in as" in c.value and "Ann Editor" in c.value for c in at.sidebar.caption)
    assert any(b.key == "sign_out" for b in at.sidebar.button)
    at.selectbox(key="claim_pick").set_value(target).run()
    at.radio(key=f"verdict-{target}").set_value("contradicted")
    next(b for b in at.button if b.label == "Save decision").click().run()
    assert not at.exception and not at.error
    entry = load_ledger(workspace / "claims" / f"{SAMPLE_DRAFT.stem}.json").claims[target]
    assert (entry.verdict, entry.reviewer) == (Verdict.contradicted, "Ann Editor")


def test_nobody_signed_out_sees_the_pages(workspace: Path) -> None:
    at = AppTest.from_file(SCRIPT, default_timeout=120)
    at.user = {"is_logged_in": False}
    at.run()
    assert not at.exception
    assert any("Sign-in required" in e.value or "Sign in" in e.value for e in [*at.error, *at.info])
    assert not at.dataframe and not [b for b in at.button if b.label == "Save decision"]
    assert not [e for e in at.get("bidi_component") if e.proto.component_name == "claim_workbench_claims_table"]


def test_sign_in_settings_are_checked() -> None:
    assert check_sign_in("proxy", "X-Forwarded-User") is None
    assert "unknown sign-in mode" in str(check_sign_in("ldap", None))
    assert "not an HTTP header name" in str(check_sign_in("proxy", "X User"))
    assert clean_name("  Ann\nEditor  ") == "Ann Editor" and clean_name("   ") is None
    assert len(clean_name("x" * 500) or "") == 120
