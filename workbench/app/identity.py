"""Who the reviewer is: typed in the sidebar, or — for a team deployment — taken from a sign-in.

``workbench app --sign-in MODE`` (environment ``WORKBENCH_SIGN_IN``) chooses:

- ``none`` (default): the reviewer types a name, kept in the browser. Fine on one's own machine,
  where the server listens on localhost only.
- ``streamlit``: Streamlit's own authentication (``st.login`` / ``st.user``, an OpenID Connect
  provider configured in ``.streamlit/secrets.toml`` ``[auth]``). The name is the provider's
  ``name`` claim, else ``email``, else ``sub``.
- ``proxy``: a trusted reverse proxy that signs people in (oauth2-proxy, an SSO gateway…) puts the
  person in a request header (``--identity-header``, environment ``WORKBENCH_IDENTITY_HEADER``,
  default ``X-Forwarded-User``). Trusted only because the server listens where only the proxy
  can reach it.

With a sign-in mode, nobody without an identity sees the pages, and a decision's author is the
identity — there is no name field to type another name into.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

import streamlit as st

ENV_SIGN_IN = "WORKBENCH_SIGN_IN"
ENV_IDENTITY_HEADER = "WORKBENCH_IDENTITY_HEADER"
SIGN_IN_MODES = ("none", "streamlit", "proxy")
DEFAULT_IDENTITY_HEADER = "X-Forwarded-User"
NAME_LIMIT = 120
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
_HEADER_NAME = re.compile(r"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$")  # an HTTP token (RFC 9110)


@dataclass(frozen=True)
class Identity:
    name: str
    source: str  # in words, for the sidebar: where the name came from
    can_sign_out: bool = False


def sign_in_mode() -> str:
    """The configured mode, as written (`workbench app` refuses an unknown one before the server
    starts; the page, started some other way, refuses to show anything under one)."""
    return os.environ.get(ENV_SIGN_IN, "none").strip().lower() or "none"


def identity_header() -> str:
    return os.environ.get(ENV_IDENTITY_HEADER, "").strip() or DEFAULT_IDENTITY_HEADER


def check_sign_in(mode: str, header: str | None) -> str | None:
    """What is wrong with a sign-in setting (for `workbench app` to refuse), or None."""
    if mode not in SIGN_IN_MODES:
        return f"unknown sign-in mode {mode!r} (use one of: {', '.join(SIGN_IN_MODES)})"
    if header is not None and not _HEADER_NAME.match(header):
        return f"{header!r} is not an HTTP header name"
    return None


def clean_name(value: object) -> str | None:
    """A name as the ledger records it: one line, trimmed, at most NAME_LIMIT characters; None if empty."""
    text = _CONTROL.sub(" ", str(value or "")).strip()[:NAME_LIMIT].strip()
    return text or None


def _from_proxy() -> Identity | None:
    header = identity_header()
    headers = getattr(st.context, "headers", None) or {}
    name = clean_name(headers.get(header))
    return Identity(name, f"the sign-in proxy ({header})") if name else None


def _from_streamlit() -> Identity | None:
    user = st.user
    if not user.get("is_logged_in"):
        return None
    name = clean_name(user.get("name") or user.get("email") or user.get("sub"))
    return Identity(name, "your sign-in", can_sign_out=True) if name else None


def current_identity() -> Identity | None:
    """The signed-in person, or None (no sign-in configured, or nobody signed in)."""
    mode = sign_in_mode()
    if mode == "proxy":
        return _from_proxy()
    if mode == "streamlit":
        return _from_streamlit()
    return None


def require_sign_in() -> bool:
    """With a sign-in mode and nobody signed in, show how to sign in and return False (the caller
    shows nothing else); True when the page may be shown."""
    mode = sign_in_mode()
    if mode == "none" or current_identity() is not None:
        return True
    st.title("Claim Workbench", anchor=False)
    if mode not in SIGN_IN_MODES:
        st.error(f"Sign-in is misconfigured: {check_sign_in(mode, None)} in {ENV_SIGN_IN}.", icon=":material/lock:")
        return False
    if mode == "proxy":
        st.error(f"Sign-in required: this workbench takes who you are from the {identity_header()} header "
                 "that the team's sign-in proxy adds, and this request did not carry it. Open the workbench "
                 "through the proxy's address.", icon=":material/lock:")
        return False
    if not _auth_configured():
        st.error("Sign-in required, but Streamlit's authentication is not configured: add an [auth] section "
                 "to .streamlit/secrets.toml (see docs/app.md).", icon=":material/lock:")
        return False
    st.info("Sign in to review claims: every decision records who made it.", icon=":material/lock:")
    st.button("Sign in", icon=":material/login:", type="primary", on_click=st.login, key="sign_in")
    return False


def _auth_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 — no secrets file at all is "not configured", not a crash
        return False
