"""The coder's parts: mixins that take ``self: Coder`` and a Protocol that matches the coder."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path
from typing import Any

import tieline.annotate.coder as coder_module
from tieline.annotate.coder import Coder
from tieline.annotate.events import EventCoder

ANNOTATE = Path(coder_module.__file__).parent


def _but_self(f: Any) -> str:
    """A method's signature without its ``self`` (the mixins annotate theirs)."""
    sig = inspect.signature(f)
    params = [p for p in sig.parameters.values() if p.name != "self"]
    return str(sig.replace(parameters=params))


def test_every_member_the_protocol_declares_is_the_coders_own_with_its_signature() -> None:
    declared = {n for n in vars(Coder) if not n.startswith("__") and callable(vars(Coder)[n])
                and n not in {"_abc_impl", "_is_protocol"}}
    assert declared, "the Protocol declares the methods the mixins call"
    differ = [n for n in sorted(declared) if not hasattr(EventCoder, n) or
              _but_self(getattr(EventCoder, n)) != _but_self(getattr(Coder, n))]
    assert not differ, f"Coder and EventCoder disagree on {differ}"
    attrs = set(Coder.__annotations__)
    assert {"kb", "lexicon"} <= attrs


def test_each_mixin_of_the_coder_lives_in_a_module_that_never_imports_the_coder() -> None:
    mixins = [c for c in EventCoder.__mro__[1:] if c is not object]
    assert len(mixins) >= 5
    for cls in mixins:
        path = ANNOTATE / f"{cls.__module__.rsplit('.', 1)[-1]}.py"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert "events" not in imported, f"{path.name} imports the coder"
        methods = [f for f in vars(cls).values() if inspect.isfunction(f)]
        assert methods, f"{cls.__name__} holds the coder's methods"
        for f in methods:
            first = next(iter(inspect.signature(f).parameters.values()))
            assert first.name != "self" or first.annotation == "Coder", (
                f"{cls.__name__}.{f.__name__} takes self: Coder")
