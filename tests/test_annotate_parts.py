"""The parts of annotate's actors, sides and dates: small, below the module they left

Written by tools/split_annotate.py, which split them by name: each part is a module of its
own that never imports the module it came from, and ``ActorAnnotator``'s mixins take ``self:
Annotator``, a Protocol that must agree with the annotator it stands for.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path
from typing import Any

import tieline.annotate.annotator as annotator_module
from tieline.annotate.actors import ActorAnnotator
from tieline.annotate.annotator import Annotator

ANNOTATE = Path(annotator_module.__file__).parent
#: Each module split, and its parts (the Protocol's module among them).
PARTS = {
    "actors": ("actor_state", "roles", "kb_entities", "people", "descriptions", "titles",
        "gazetteer", "annotator"),
    "sides": ("side_basics", "side_grammar", "answered", "home_sides"),
    "dates": ("date_patterns", "date_anchors", "date_finding"),
}
#: Lines a module of the split may have (style.md: modules under ~400).
LIMIT = 400


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 1
             and n.module}
    found |= {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 1
              and not n.module for a in n.names}
    return found


def test_no_module_of_the_split_is_back_over_its_limit() -> None:
    sizes = {m: len((ANNOTATE / f"{m}.py").read_text(encoding="utf-8").splitlines())
             for stem, parts in PARTS.items() for m in (stem, *parts)}
    over = {m: n for m, n in sizes.items() if n > LIMIT}
    assert not over, f"over {LIMIT} lines (split a part off, by what it does): {over}"


def test_no_part_imports_the_module_it_came_from() -> None:
    back = [(m, stem) for stem, parts in PARTS.items() for m in parts
            if stem in _imported(ANNOTATE / f"{m}.py")]
    assert not back, f"parts importing the module they were split from: {back}"


def test_the_check_reads_the_imports_it_means_to() -> None:
    assert "actor_state" in _imported(ANNOTATE / "people.py")
    assert {"kb_entities", "people", "titles"} <= _imported(ANNOTATE / "actors.py")


def _but_self(f: Any) -> str:
    """A method's signature without its ``self`` (the mixins annotate theirs)."""
    sig = inspect.signature(f)
    return str(sig.replace(parameters=[p for p in sig.parameters.values() if p.name != "self"]))


def test_every_member_the_protocol_declares_is_the_annotators_own_with_its_signature() -> None:
    declared = {n for n, v in vars(Annotator).items() if not n.startswith("__")
                and (callable(v) or isinstance(v, staticmethod))
                and n not in {"_abc_impl", "_is_protocol"}}
    assert declared, "the Protocol declares the methods the mixins call"
    differ = [n for n in sorted(declared) if not hasattr(ActorAnnotator, n) or
              _but_self(getattr(ActorAnnotator, n)) != _but_self(getattr(Annotator, n))]
    assert not differ, f"Annotator and ActorAnnotator disagree on {differ}"
    assert {"kb", "forms"} <= set(Annotator.__annotations__)


def test_each_mixin_takes_self_as_the_protocol_and_lives_below_the_annotator() -> None:
    mixins = [c for c in ActorAnnotator.__mro__[1:] if c is not object]
    assert len(mixins) >= 3
    for cls in mixins:
        stem = cls.__module__.rsplit(".", 1)[-1]
        assert stem in PARTS["actors"] and "actors" not in _imported(ANNOTATE / f"{stem}.py")
        methods = [f for f in vars(cls).values() if inspect.isfunction(f)]
        assert methods, f"{cls.__name__} holds the annotator's methods"
        for f in methods:
            first = next(iter(inspect.signature(f).parameters.values()))
            assert first.name != "self" or first.annotation == "Annotator", (
                f"{cls.__name__}.{f.__name__} takes self: Annotator")
