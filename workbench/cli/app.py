"""`workbench app`: start the Streamlit workbench."""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from pathlib import Path
from .common import cli_path

LOCAL_ADDRESS = "localhost"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("app", help="start the Streamlit workbench")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--address", default=LOCAL_ADDRESS,
                   help="where the server listens (default: localhost only; 0.0.0.0 for every interface)")
    p.add_argument("--config", type=cli_path)
    p.add_argument("--sign-in", choices=["none", "streamlit", "proxy"], default=None,
                   help="require a sign-in: Streamlit's own (st.login, [auth] in .streamlit/secrets.toml) or a "
                        "trusted proxy's header; the decision's author is then the signed-in person")
    p.add_argument("--identity-header", default=None, metavar="NAME",
                   help="the header a sign-in proxy puts the person in (with --sign-in proxy; default "
                        "X-Forwarded-User)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Validate the configuration (bad config → exit 2 before any server starts), then serve."""
    from ..app.identity import ENV_IDENTITY_HEADER, ENV_SIGN_IN, check_sign_in
    from ..app.launch import (
        app_environment,
        checked_config_file,
        serve,
        streamlit_command,
    )
    from ..errors import ConfigError

    root = Path.cwd()
    config_file = checked_config_file(root, args.config)
    env = app_environment(config_file, root)
    sign_in = args.sign_in or env.get(ENV_SIGN_IN, "none")
    header = args.identity_header or env.get(ENV_IDENTITY_HEADER) or None
    if problem := check_sign_in(sign_in, header):
        raise ConfigError.at(problem, "--sign-in" if args.sign_in or not header else "--identity-header")
    env[ENV_SIGN_IN] = sign_in
    if header:
        env[ENV_IDENTITY_HEADER] = header
    if sign_in == "proxy" and not _is_loopback(args.address):
        print(f"warning: --sign-in proxy trusts the identity header from anyone who can reach {args.address}; "
              "listen on localhost behind the proxy (--address localhost)", file=sys.stderr, flush=True)
    print(f"Claim Workbench: http://{_shown(args.address)}:{args.port}  (Ctrl-C stops it)", file=sys.stderr, flush=True)
    return serve(streamlit_command(args.port, headless=not _has_screen(), address=args.address), env)


def _is_loopback(address: str) -> bool:
    if address == LOCAL_ADDRESS:
        return True
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def _shown(address: str) -> str:
    if address in ("0.0.0.0", "::"):  # every interface: this machine's name is the one to share
        return "localhost"
    return f"[{address}]" if ":" in address else address


def _has_screen() -> bool:
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
