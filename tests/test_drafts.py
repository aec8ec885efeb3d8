"""Bad drafts through the real CLI: one stderr line `path:line:col: message`, exit 2, no traceback."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import run_workbench

LOCATION = re.compile(r"^workbench: (?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): .+$")


def _fails_with_location(path: Path, line: int, column: int, words: str) -> None:
    run = run_workbench("extract", path)
    assert run.returncode == 2
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    found = LOCATION.match(lines[0])
    assert found, lines[0]
    assert (found["path"], int(found["line"]), int(found["col"])) == (str(path), line, column)
    assert words in lines[0]
    assert "Traceback" not in run.stderr


def test_empty_draft(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_bytes(b"  \n\n")
    _fails_with_location(path, 1, 1, "empty")


def test_binary_draft(tmp_path: Path) -> None:
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _fails_with_location(path, 1, 1, "binary")


def test_non_utf8_draft_points_at_the_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("First line\nTrade grew by 10% in S\u00e3o Paulo.\n".encode("latin-1"))
    _fails_with_location(path, 2, 23, "not UTF-8")


def test_missing_draft(tmp_path: Path) -> None:
    run = run_workbench("extract", tmp_path / "nope.md")
    assert run.returncode == 2 and "no such file" in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_a_folder_is_not_a_draft(tmp_path: Path) -> None:
    run = run_workbench("extract", tmp_path)
    assert run.returncode == 2 and "folder" in run.stderr and "Traceback" not in run.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_draft(tmp_path: Path) -> None:
    path = tmp_path / "secret.md"
    path.write_text("Trade grew by 10%.\n")
    path.chmod(0)
    run = run_workbench("extract", path)
    assert run.returncode == 2 and "cannot read" in run.stderr


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_a_file_that_fails_to_read_even_for_root() -> None:
    # Reading a process's own memory file from offset 0 fails with EIO: an unreadable draft
    # that stays unreadable when the tests run as root.
    run = run_workbench("extract", "/proc/self/mem")
    assert run.returncode == 2
    assert run.stderr.strip() == ("workbench: /proc/self/mem: cannot read the draft: Input/output error "
                                  "(give a UTF-8 text or Markdown draft)")


def test_invalid_front_matter_yaml_points_into_the_block(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: ok\ndate: [2023-11-10\n---\nTrade grew by 10%.\n", encoding="utf-8")
    run = run_workbench("extract", path)
    assert run.returncode == 2 and "front matter" in run.stderr
    found = LOCATION.match(run.stderr.strip())
    assert found and int(found["line"]) >= 3


def test_front_matter_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text("---\n- a\n- b\n---\nTrade grew by 10%.\n", encoding="utf-8")
    _fails_with_location(path, 2, 1, "mapping")


def test_front_matter_date_that_is_not_a_date(tmp_path: Path) -> None:
    path = tmp_path / "date.md"
    path.write_text("---\ntitle: x\ndate: next tuesday\n---\nTrade grew by 10%.\n", encoding="utf-8")
    _fails_with_location(path, 3, 1, "ISO date")


def test_bad_as_of_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "ok.md"
    path.write_text("Trade grew by 10%.\n", encoding="utf-8")
    run = run_workbench("extract", path, "--as-of", "yesterday")
    assert run.returncode == 2 and "YYYY-MM-DD" in run.stderr and "Traceback" not in run.stderr


def test_good_txt_draft_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("\ufeffTrade grew by 10% last year.\r\n", encoding="utf-8")
    run = run_workbench("extract", path, "--format", "jsonl", "--as-of", "2023-11-10")
    assert run.returncode == 0, run.stderr
    assert '"period":"2022"' in run.stdout
