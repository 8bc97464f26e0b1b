"""A relation that already stands is no act: "the long-standing partnership", "their
decades-old cooperation" name a state of relations, while launching, forming or deepening
one is an act (PLOVER codes the initiation, resumption or expansion of cooperation).

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import code


def types(text: str) -> set[str]:
    return {e.type for e in code(text).events}


@pytest.mark.parametrize("text", [
    "Her reforms have created challenges in the long-standing partnership with Norway.",
    "Astana values its long-standing cooperation with Oslo.",
    "Oslo spoke of its enduring partnership with Astana.",
])
def test_a_standing_relation_is_no_cooperation(text: str) -> None:
    assert "COOPERATE" not in types(text)


def test_praising_an_old_cooperation_is_praise_not_cooperation() -> None:
    assert types("Oslo praised its decades-old cooperation with Astana.") == {"SUPPORT"}


def test_launching_a_partnership_is_cooperation() -> None:
    assert "COOPERATE" in types("Kazakhstan and Norway launched an economic partnership on "
                                "Monday.")


def test_deepening_a_traditional_partnership_is_still_coded_by_its_verb() -> None:
    assert types("Kazakhstan and Norway deepened their traditional partnership on Monday.")
