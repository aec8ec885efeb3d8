"""datapackage.yaml / .yml: the same description in YAML, read as the JSON the loader reads.

Frictionless reads either; so do we. The YAML is read by the bounded safe loader (no aliases, no
timestamps, nesting limited) and handed on as JSON bytes, with the line where each resource's entry
starts so that problems point into the YAML file the publisher wrote.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from ..safe_yaml import bounded_loader, flow_depth_at, line_col, load_bounded
from .problems import Problem, ProblemCode

YAML_DESCRIPTORS = ("datapackage.yaml", "datapackage.yml")
# Deeper than any package description's schema constraints; bounds the scanner's quadratic time.
MAX_DESCRIPTOR_DEPTH = 64
_LOADER = bounded_loader("a package description", MAX_DESCRIPTOR_DEPTH)


def is_yaml_descriptor(name: str) -> bool:
    """Exactly as the descriptor is looked up (in a folder and in a zip): 'DataPackage.YAML' is no descriptor."""
    return name in YAML_DESCRIPTORS


def yaml_as_json(data: bytes, where: str) -> tuple[bytes | None, list[int], list[Problem]]:
    """The description as JSON bytes and the line of each resource entry, or None and why not."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return None, [], [Problem(ProblemCode.ENCODING_ERROR, f"not UTF-8 text (byte 0x{data[exc.start]:02x})",
                                  where, line, hint="save the descriptor as UTF-8")]
    deep = flow_depth_at(text, MAX_DESCRIPTOR_DEPTH)
    if deep is not None:
        return None, [], [_yaml_problem(f"nested more than {MAX_DESCRIPTOR_DEPTH} levels deep", where,
                                        *line_col(text, deep))]
    try:
        raw, node = load_bounded(text, _LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        return None, [], [_yaml_problem(problem, where, mark.line + 1 if mark else 1, mark.column + 1 if mark else 1)]
    except RecursionError:
        return None, [], [_yaml_problem("nested too deeply to be a package description", where, 1, 1)]
    except (ValueError, TypeError, OverflowError) as exc:  # an explicit !!tag that cannot be built
        return None, [], [_yaml_problem(f"a value cannot be read: {exc}", where, 1, 1)]
    if not isinstance(raw, dict):
        return None, [], [Problem(ProblemCode.DESCRIPTOR_ERROR, "must be a YAML mapping with a 'resources' list",
                                  where, 1, 1)]
    _numbers_kept_as_written(raw, node)
    try:
        converted = json.dumps(raw, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:  # a !!set, !!binary or .inf: nothing a package description holds
        return None, [], [Problem(ProblemCode.DESCRIPTOR_ERROR, f"holds a value JSON cannot hold: {exc}", where, 1, 1,
                                  hint="a package description holds text, numbers, lists and mappings")]
    return converted, _resource_lines(node), []


def _numbers_kept_as_written(raw: dict[str, Any], node: yaml.Node | None) -> None:
    """A version written unquoted keeps its text ('version: 1.10' is release 1.10, not the number 1.1)."""
    if not isinstance(node, yaml.MappingNode):
        return
    for key, value in node.value:
        if (isinstance(key, yaml.ScalarNode) and key.value in _TEXT_AS_WRITTEN and isinstance(value, yaml.ScalarNode)
                and not value.style and isinstance(raw.get(key.value), int | float)):
            raw[key.value] = value.value


# Top-level keys whose unquoted numbers are names, kept as the publisher wrote them.
_TEXT_AS_WRITTEN = ("version",)


def _yaml_problem(message: str, where: str, line: int, column: int) -> Problem:
    return Problem(ProblemCode.YAML_ERROR, f"not valid YAML: {message}", where, line, column)


def _resource_lines(node: yaml.Node | None) -> list[int]:
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "resources" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def dumped(raw: dict[str, Any]) -> str:
    """A whole description as YAML, keys in their order."""
    return yaml.safe_dump(raw, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)


def with_blocks(before: str, raw: dict[str, Any]) -> str | None:
    """The YAML text ``before`` with each resource's ``workbench`` block as ``raw`` now has it, written into the
    publisher's own text (its comments, quoting and layout kept); None when the text is not laid out so that
    the blocks can be placed (a resource written as a flow mapping): the publisher's file is never dumped again
    whole, which would drop its comments and rewrite what YAML reads differently from JSON (a key 2020)."""
    try:
        original, node = load_bounded(before, _LOADER)
        placed = _placed(before, node, raw)
        if placed is not None and load_bounded(placed, _LOADER)[0] == _with_raw_blocks(original, raw):
            return placed
    except (yaml.YAMLError, RecursionError, ValueError, TypeError, OverflowError):
        pass
    return None


def _with_raw_blocks(original: Any, raw: dict[str, Any]) -> Any:
    """The description as the publisher's YAML reads, with only the resources' workbench blocks as ``raw`` has them."""
    resources, changed = original.get("resources") if isinstance(original, dict) else None, raw.get("resources")
    if not isinstance(resources, list) or not isinstance(changed, list) or len(resources) != len(changed):
        return None
    expected = []
    for res, new in zip(resources, changed):
        block = new.get("workbench") if isinstance(new, dict) else None
        expected.append({**res, "workbench": block} if isinstance(res, dict) and block is not None else res)
    return {**original, "resources": expected}


def _placed(text: str, node: yaml.Node | None, raw: dict[str, Any]) -> str | None:
    items = _resource_items(node)
    resources = raw.get("resources")
    if items is None or not isinstance(resources, list) or len(items) != len(resources):
        return None
    ending = "\r\n" if "\r\n" in text else "\n"  # the file's own: a CRLF file gets no LF-only lines
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += ending
    edits: list[tuple[int, int, list[str]]] = []  # (first line, line after, new lines), 0-based
    for item, res in zip(items, resources):
        block = res.get("workbench") if isinstance(res, dict) else None
        if block is None:
            continue
        if not isinstance(item, yaml.MappingNode) or item.flow_style or not item.value:
            return None
        indent = item.value[0][0].start_mark.column
        written = dumped({"workbench": block}).splitlines(keepends=True)
        new = [(" " * indent + line if line.strip() else line).replace("\n", ending) for line in written]
        existing = next(((k, v) for k, v in item.value if isinstance(k, yaml.ScalarNode) and k.value == "workbench"),
                        None)
        if existing is not None:
            key, value = existing
            edits.append((key.start_mark.line, _line_after(text, value), new))
        else:
            after = _line_after(text, item.value[-1][1])
            edits.append((after, after, new))
    for first, end, new in sorted(edits, reverse=True):
        lines[first:end] = new
    return "".join(lines)


def _resource_items(node: yaml.Node | None) -> list[yaml.Node] | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "resources" and isinstance(value, yaml.SequenceNode):
            return None if value.flow_style else list(value.value)
    return None


def _line_after(text: str, node: yaml.Node) -> int:
    """The 0-based line after the last line ``node`` is written on: a block collection ends where the next
    token starts, which may be lines later."""
    end = node.end_mark
    line_start = text.rfind("\n", 0, end.index) + 1
    return end.line if not text[line_start:end.index].strip() else end.line + 1
