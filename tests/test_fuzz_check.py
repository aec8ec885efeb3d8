"""What fuzzing `workbench check` end to end found: a draft, a package, a ledger and a configuration file
together, each mutated the way people and publishers get them wrong. Each test is one class of input that
ended in a traceback (or in a claim that "could not be checked"), reduced to its shape."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REFERENCE, run_workbench

DRAFT = "---\ntitle: Trade\ndate: 2023-05-01\n---\n\nIn 2022, bilateral trade reached 28.2 billion dollars.\n"
REFERENCE_ONLY = f'reference = ["{REFERENCE.as_posix()}"]\n'
SETTINGS = REFERENCE_ONLY + 'drafts = ["drafts/*.md"]\n'


def _project(tmp_path: Path, name: str, config: str | bytes) -> Path:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(DRAFT, encoding="utf-8")
    data = config if isinstance(config, bytes) else config.encode("utf-8")
    (tmp_path / name).write_bytes(data)
    return tmp_path


# Each once raised out of load_config (TypeError, AttributeError) or deep in the check (ValueError on a
# NUL byte in a path, OverflowError on a date moved past year 9999).
BAD_CONFIGS = {
    "a 'root' key": ("workbench.toml", SETTINGS + 'root = "/etc"\n', "root: not a setting"),
    "tool is a string": ("pyproject.toml", 'tool = "[tool.workbench]"\n' + SETTINGS, None),
    "tool.workbench is a number": ("pyproject.toml", "[tool]\nworkbench = 5\n# [tool.workbench]\n",
                                   "tool.workbench: should be a table"),
    "a NUL in a reference folder": ("workbench.toml", 'reference = ["data\\u0000x"]\n', "NUL byte"),
    "a NUL in a drafts glob": ("workbench.toml", REFERENCE_ONLY + 'drafts = ["d\\u0000"]\n', "NUL byte"),
    "a NUL in the claims folder": ("workbench.toml", SETTINGS + 'claims = "c\\u0000"\n', "NUL byte"),
    "a publication lag past the calendar": ("workbench.toml", SETTINGS + "[tolerances]\n"
                                            "publication_lag_by_length = {year = 100000000000}\n", "publication lag"),
    "a lag in days past the calendar": ("workbench.toml", SETTINGS + "[tolerances]\npublication_lag_days = 3000000\n",
                                        "publication_lag_days"),
    "a window of a billion years": ("workbench.toml", SETTINGS + "[tolerances]\nstale_window_years = 1000000000\n",
                                    "stale_window_years"),
}


@pytest.mark.parametrize("case", BAD_CONFIGS)
def test_a_configuration_of_odd_shape_is_one_line_and_exit_2(case: str, tmp_path: Path) -> None:
    name, text, says = BAD_CONFIGS[case]
    root = _project(tmp_path, name, text)
    run = run_workbench("check", "--format", "text", cwd=root)
    if says is None:  # a pyproject.toml without a workbench table is no configuration: the defaults apply
        assert run.returncode in (0, 1, 2) and "Traceback" not in run.stderr
        return
    assert run.returncode == 2, (run.returncode, run.stderr)
    [line] = run.stderr.strip().splitlines()
    assert name in line and says in line, line


def test_a_configuration_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Windows editors save UTF-8 with a BOM; tomllib takes it for a stray character on line 1."""
    root = _project(tmp_path, "workbench.toml", SETTINGS.encode("utf-8-sig"))
    run = run_workbench("check", "--format", "text", cwd=root)
    assert run.returncode in (0, 1), run.stderr
    assert "1 draft" in run.stdout
