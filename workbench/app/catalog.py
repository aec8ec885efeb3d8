"""Which drafts the app may open: the configured drafts folders, and uploads.

Only files matched by ``Config.drafts`` can be opened by name; a name is resolved (symlinks,
``..``) and must be one of those files, so a crafted ``?draft=`` cannot read anything else.
An upload is size-limited, must be a .md/.txt file, and goes through ``drafts.parse_draft``
(UTF-8, not binary, not empty, valid front matter) like any draft read from disk.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from ..config import Config, load_config
from ..drafts import Draft, load_draft, parse_draft
from ..check import is_draft_name, project_data_inside
from ..errors import DraftError
from ..paths import glob_base, glob_files, resolved, shown_name, undecodable, within
from .launch import ENV_CONFIG, ENV_ROOT

logger = logging.getLogger(__name__)

UPLOAD_LIMIT_BYTES = 2 * 1024 * 1024
UPLOAD_SUFFIXES = (".md", ".markdown", ".txt")


def app_config() -> Config:
    """The configuration `workbench app` pointed the app at (else the one found from the cwd)."""
    root = Path(os.environ.get(ENV_ROOT) or Path.cwd())
    file = os.environ.get(ENV_CONFIG)
    return load_config(root, Path(file) if file else None)


def list_drafts(config: Config) -> list[Path]:
    """Resolved paths of every file matched by the configured globs, in glob order then by name.

    A match that resolves (through a symlink) outside its glob's folder is left out: a link in the
    drafts folder must not expose any other file of the server; so is a file whose name is not UTF-8.
    A folder the glob cannot list, or a link that loops or leads nowhere, is said in the log, and the drafts
    that can be listed are offered."""
    found: list[Path] = []
    seen: set[Path] = set()
    for pattern in config.drafts:
        full = pattern if os.path.isabs(pattern) else str(config.root / pattern)
        base = glob_base(full)
        data = project_data_inside(base, config)  # the ledgers and packages a broad glob reaches
        for match in glob_files(full, on_error=_left_out):
            path = resolved(match)
            if undecodable(path):  # no page can show its name (nor can it be read): said in the log instead
                logger.warning("%s: the file name is not UTF-8 text; left out of the drafts (rename the file)",
                               shown_name(match))
                continue
            if (path.is_file() and is_draft_name(match) and path not in seen and within(path, [base])
                    and not within(path, data)):
                seen.add(path)
                found.append(path)
    return found


def _left_out(error: OSError) -> None:
    logger.warning("%s: %s; left out of the drafts", shown_name(error.filename or "?"), error.strerror or error)


def display_name(config: Config, path: Path) -> str:
    """The path as the user configured it: relative to the config's folder where possible."""
    try:
        return path.relative_to(config.root.resolve()).as_posix()
    except ValueError:
        return str(path)


def resolve_draft(config: Config, name: str) -> Path:
    """The configured draft called ``name`` (relative to the config's folder, or absolute).

    Raises DraftError for anything outside the configured drafts — including paths that
    reach a draft through ``..`` or a symlink pointing elsewhere.
    """
    if "\x00" in name:
        raise DraftError.at("not one of the configured drafts", repr(name)[1:-1], hint="pick a draft from the list")
    candidate = Path(name)
    if not candidate.is_absolute():
        candidate = config.root / candidate
    target = resolved(candidate)
    if target not in set(list_drafts(config)):
        raise DraftError.at("not one of the configured drafts", name,
                            hint="pick a draft from the list, or add its folder to `drafts` in workbench.toml")
    return target


def open_draft(config: Config, name: str) -> Draft:
    """Read a configured draft; its ``path`` is the display name (as in the CLI's reports)."""
    path = resolve_draft(config, name)
    draft = load_draft(path)
    draft.path = display_name(config, path)
    return draft


def read_upload(name: str, data: bytes, limit: int = UPLOAD_LIMIT_BYTES) -> Draft:
    """A draft from uploaded bytes; DraftError (shown to the user) when it cannot be used."""
    safe_name = Path(name).name or "upload.md"
    if not safe_name.lower().endswith(UPLOAD_SUFFIXES):
        raise DraftError.at("only .md and .txt drafts can be uploaded", safe_name,
                            hint="save the draft as Markdown or plain text")
    if len(data) > limit:
        raise DraftError.at(f"the upload is {len(data) / 1024 / 1024:.1f} MB; the limit is "
                            f"{limit / 1024 / 1024:g} MB", safe_name, hint="split the draft or trim it")
    return parse_draft(data, f"upload/{safe_name}")
