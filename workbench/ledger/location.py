"""Where a draft's ledger lives: ``claims/<path of the draft relative to its drafts root>.json``.

The drafts root is the folder part of the configured ``drafts`` glob that holds the draft
(``drafts/*.md`` and ``drafts/**/*.md`` → ``drafts/``), so ``drafts/a.md`` keeps
``claims/a.json`` and ``drafts/sub/a.md`` gets ``claims/sub/a.json`` — two drafts with one name
never share a ledger. A draft under no drafts root is keyed relative to the configuration's folder,
and one outside that too by its file name alone.

Ledgers written before were keyed by the file's stem. ``ledger_path_for`` still finds such a
ledger where that is unambiguous: the new place does not exist yet and the old file records this
very draft; ``workbench review`` then moves it to the new place (``relocate``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomic import make_folder
from ..errors import LedgerError
from ..paths import glob_base
from ..paths import resolved as _resolved
from ..readfile import parse_json, read_regular
from ..presentation import shown_path
from .reading import MAX_LEDGER_BYTES

if TYPE_CHECKING:
    from ..config import Config
    from ..drafts import Draft
    from .models import Ledger


def drafts_roots(config: Config) -> list[Path]:
    """The folder part of each configured ``drafts`` glob, resolved, deepest first."""
    roots = {_resolved(config.resolve(glob_base(pattern))) for pattern in config.drafts}
    return sorted(roots, key=lambda p: len(p.parts), reverse=True)


def ledger_key(draft_file: str | os.PathLike[str], config: Config) -> Path:
    """The ledger's path inside the claims folder: ``sub/a.json`` for ``drafts/sub/a.md``."""
    file = _resolved(Path(draft_file))
    for root in [*drafts_roots(config), _resolved(config.root)]:
        try:
            return file.relative_to(root).with_suffix(".json")
        except ValueError:
            continue
    return Path(file.name).with_suffix(".json")


def stem_path(draft_file: str | os.PathLike[str], claims_dir: Path) -> Path:
    """Where ledgers were kept before: ``claims/<stem>.json``."""
    return claims_dir / f"{Path(draft_file).stem}.json"


def ledger_path_for(draft_file: str | os.PathLike[str], config: Config) -> Path:
    """The ledger of ``draft_file`` (a path from the working folder, or absolute): its own place,
    or an older stem-keyed ledger that records this draft while the new place is still empty."""
    path = config.claims_dir / ledger_key(draft_file, config)
    _refuse_a_file_as_its_folder(path, config.claims_dir)
    legacy = stem_path(draft_file, config.claims_dir)
    if path == legacy or path.exists() or not legacy.is_file():
        return path
    return legacy if recorded_draft(legacy, config) == _resolved(Path(draft_file)) else path


def _refuse_a_file_as_its_folder(path: Path, claims_dir: Path) -> None:
    """A file where the ledgers' folder (or a subfolder of it) should be is a mistake in --claims or
    `claims`, not a damaged ledger: say so, before any read or write reports 'Not a directory'."""
    for folder in [path.parent, *path.parent.parents]:
        if folder.is_dir():
            return
        if folder.exists():
            raise LedgerError.at("is a file, not the folder of ledgers", shown_path(folder),
                                 hint="give --claims (or `claims` in the configuration) a folder")
        if folder == claims_dir:
            return


def recorded_draft(ledger_file: Path, config: Config) -> Path | None:
    """The draft a ledger file says it belongs to (resolved), or None when it cannot be read."""
    recorded = _whole_draft_block(ledger_file)
    block = recorded.get("draft") if isinstance(recorded, dict) else None
    name = block.get("path") if isinstance(block, dict) else None
    if not isinstance(name, str) or not name or "\x00" in name:
        return None
    for base in (Path.cwd(), config.root):
        candidate = _resolved(base / name)
        if candidate.is_file():
            return candidate
    return None


def _whole_draft_block(ledger_file: Path) -> dict[str, object] | None:
    try:
        data = parse_json(read_regular(ledger_file, MAX_LEDGER_BYTES, LedgerError, "ledger") or b"null")
    except (LedgerError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def relocate(draft_file: str | os.PathLike[str], config: Config) -> tuple[Path, Path | None]:
    """Move an older stem-keyed ledger of this draft to its own place; (path now, moved from)."""
    from .writing import locked

    path = config.claims_dir / ledger_key(draft_file, config)
    found = ledger_path_for(draft_file, config)
    if found == path:
        return path, None
    with locked(found):
        if path.exists() or not found.exists():
            return path, None
        make_folder(path.parent)
        os.replace(found, path)
    return path, found


def other_owner(ledger_file: Path, draft_file: str | os.PathLike[str], config: Config) -> Path | None:
    """Another existing draft whose ledger ``ledger_file`` is — an old stem-keyed ledger of a
    namesake in another folder, which belongs at that draft's own place — else None."""
    owner = recorded_draft(ledger_file, config)
    if owner is None or owner == _resolved(Path(draft_file)):
        return None
    return owner if ledger_key(owner, config) != ledger_key(draft_file, config) else None


def load_ledger_of(draft_file: str | os.PathLike[str], draft: Draft | None, config: Config) -> Ledger | None:
    """The ledger of the draft read from ``draft_file``, checked against ``draft``'s bytes when given;
    None when it has none. An old stem-keyed ledger recording a namesake elsewhere is refused, not applied."""
    from .reading import load_ledger

    path = ledger_path_for(draft_file, config)
    if draft is not None:
        try:
            return load_ledger(path, draft)
        except LedgerError:  # written for other bytes: a namesake's old ledger says so more usefully
            _refuse_namesake(path, draft_file, config)
            raise
    _refuse_namesake(path, draft_file, config)
    return load_ledger(path)


def _refuse_namesake(path: Path, draft_file: str | os.PathLike[str], config: Config) -> None:
    owner = other_owner(path, draft_file, config) if path.is_file() else None
    if owner is not None:
        new_home = config.claims_dir / ledger_key(owner, config)
        raise LedgerError.at(f"holds the reviews of {shown_path(owner)}, not of {shown_path(draft_file)} (ledgers "
                             "used to be keyed by file name)", str(path),
                             hint=f"run `workbench review {shown_path(owner)}` to move them to {shown_path(new_home)}")
