"""The command line as a user meets it: documented commands, python -m, and one-line errors."""

from __future__ import annotations

import argparse
import re

from conftest import ROOT, run_workbench, run_workbench_process
from workbench.cli import build_parser


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                full = f"{prefix}{name}"
                found.append(full)
                found.extend(_commands(sub, full + " "))
    return found


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    mentioned = re.findall(r"`workbench ([a-z]+(?: [a-z]+)?)", readme)
    documented = set(mentioned) | {m.split()[0] for m in mentioned}  # a group is documented by its actions
    missing = [c for c in _commands(build_parser()) if c not in documented]
    assert not missing, f"README.md does not document: {missing}"


def test_help_for_every_command() -> None:
    for command in _commands(build_parser()):
        result = run_workbench(*command.split(), "--help")
        assert result.returncode == 0, (command, result.stderr)
        assert "usage: workbench" in result.stdout


def test_unknown_flag_is_one_line_on_stderr_with_exit_2() -> None:
    """A real `python -m workbench` process: the entry point works and the shell sees exit 2."""
    result = run_workbench_process("extract", "drafts/kazakhstan-russia-visit.md", "--no-such-flag")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--no-such-flag" in lines[0] and "Traceback" not in result.stderr


def test_missing_draft_names_the_path() -> None:
    result = run_workbench("extract", "drafts/does-not-exist.md")
    assert result.returncode == 2
    assert result.stderr.strip() == "workbench: drafts/does-not-exist.md: no such file (check the path)"


def test_a_parser_for_one_command_reads_its_arguments_as_the_whole_parser_does() -> None:
    """main registers only the command its arguments name (build_parser(argv)): the same values,
    the same handler, the same help; without a command, every command is there."""
    lines = [["check", "drafts", "--format", "json", "--jobs", "2", "--fail-on", "contradicted"],
             ["extract", "drafts/kazakhstan-russia-visit.md", "--format", "csv"],
             ["reference", "show", "bilateral_trade"], ["fetch", "worldbank", "NY.GDP.MKTP.CD", "--country", "KAZ"],
             ["review", "d.md", "--set", "c-1=supported", "--reviewer", "A"]]
    for argv in lines:
        assert vars(build_parser(argv).parse_args(argv)) == vars(build_parser().parse_args(argv)), argv
        assert _help(build_parser(argv), argv[0]) == _help(build_parser(), argv[0])
    assert _commands(build_parser(["check", "x.md"])) == ["check"]
    assert _commands(build_parser(["--help"])) == _commands(build_parser()) == _commands(build_parser(["nope"]))
    full = run_workbench("check", "--help").stdout
    assert full == _help(build_parser(), "check")


def _help(parser: argparse.ArgumentParser, command: str) -> str:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices[command].format_help()
