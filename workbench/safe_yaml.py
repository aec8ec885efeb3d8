"""YAML read without its hazards, for every YAML a user hands us (a draft's front matter, a package's
datapackage.yaml): no aliases, no implicit timestamps, no
yes/no/on/off booleans, no key twice in one mapping, and nesting bounded before the scanner sees it.

An alias (``*name``) lets 360 bytes expand to gigabytes ("billion laughs"); neither front matter nor a
package description has a use for one, so any alias is refused. Dates stay strings: the caller parses
them, so a date that does not exist is its own one-line error, not a traceback. PyYAML's scanner reads a
flow collection ahead in time quadratic in its depth, and its composer recurses: both are stopped early.
A key written twice (two `date:` lines after an editor's paste or a hand merge) is refused at the second,
as the JSON reader refuses a name twice (``readfile.parse_json``): PyYAML keeps the last in silence, so a
draft was checked against the date nobody meant, and the other was lost.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from .readfile import HALF_A_CHARACTER, SURROGATE


def bounded_loader(what: str, max_depth: int) -> type[yaml.SafeLoader]:
    """A safe loader for ``what`` ('front matter', 'a package description') that refuses aliases and
    nesting deeper than ``max_depth``, and reads timestamps as plain strings."""

    class Loader(yaml.SafeLoader):
        depth = 0

        def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:  # type: ignore[override]
            event = self.peek_event()
            if isinstance(event, yaml.AliasEvent):
                raise yaml.composer.ComposerError(None, None, f"aliases (*name) are not allowed in {what}",
                                                  event.start_mark)
            if self.depth >= max_depth:
                raise yaml.composer.ComposerError(None, None, f"{what} is nested more than {max_depth} levels deep",
                                                  event.start_mark)
            self.depth += 1
            try:
                return super().compose_node(parent, index)  # type: ignore[no-any-return]
            finally:
                self.depth -= 1

        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
            _refuse_repeated_keys(self, node)
            return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]

        def construct_scalar(self, node: yaml.ScalarNode) -> Any:  # type: ignore[override]
            value = super().construct_scalar(node)
            if isinstance(value, str) and SURROGATE.search(value):
                return _joined_surrogates(value, node)
            return value

    Loader.yaml_implicit_resolvers = {
        first: [(tag, _YAML_1_2_BOOL if tag == _BOOL else rx) for tag, rx in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    return Loader


def _refuse_repeated_keys(loader: yaml.SafeLoader, node: yaml.MappingNode) -> None:
    """A ConstructorError at the second of two equal keys written in one mapping. Only keys written out count:
    a merge key (``<<``) brings defaults the mapping's own keys override, as YAML means it to."""
    seen: set[object] = set()
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE:
            continue  # a list or mapping as a key is refused on construction ('found unhashable key')
        key = loader.construct_object(key_node)
        try:
            repeated = key in seen
        except TypeError:  # an explicit tag that builds something unhashable: construction refuses it
            continue
        if repeated:
            raise yaml.constructor.ConstructorError(
                None, None, f"the key {str(key)!r} appears twice in one mapping; keep one of them", key_node.start_mark)
        seen.add(key)


_MERGE = "tag:yaml.org,2002:merge"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_BOOL = "tag:yaml.org,2002:bool"
# YAML 1.2's booleans: YAML 1.1's yes/no/on/off would turn Norway's code NO, or a note 'on', into false or true.
_YAML_1_2_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")


def _joined_surrogates(value: str, node: yaml.Node) -> str:
    """A double-quoted scalar with ``\\uD83D\\uDE00`` escapes (a character beyond the first 65,536 written as
    UTF-16, as JSON writes it) joined into its character; half of such a pair alone is no character, and no
    report, ledger or JSON could write it, so it is an error at its place."""
    try:
        return value.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeDecodeError:
        raise yaml.constructor.ConstructorError(None, None, HALF_A_CHARACTER, node.start_mark) from None


_FLOW_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\n]|\'\')*\'|[\[\]{}]')


def flow_depth_at(text: str, max_depth: int) -> int | None:
    """Where flow collections (``[`` / ``{``) first nest deeper than ``max_depth``, else None: checked
    before YAML sees the text, whose scanner would spend time quadratic in the depth first."""
    depth = 0
    for m in _FLOW_TOKEN.finditer(text):
        token = m.group()
        if token in "[{":
            depth += 1
            if depth > max_depth:
                return m.start()
        elif token in "]}":
            depth = max(0, depth - 1)
    return None


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def load_bounded(text: str, loader: type[yaml.SafeLoader]) -> tuple[Any, yaml.Node | None]:
    """``text`` read with ``loader``: its value and its node tree (whose marks give each item's line).
    Raises ``yaml.YAMLError``, ``RecursionError``, or ``ValueError``/``TypeError`` for an explicit tag
    that cannot be built."""
    reader = loader(text)
    try:
        node = reader.get_single_node()
        return (reader.construct_document(node) if node is not None else None), node
    finally:
        reader.dispose()
