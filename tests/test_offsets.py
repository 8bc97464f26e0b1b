"""Mentions keep pointing at their words when outlet chrome lines are cut afterwards."""

from __future__ import annotations

import pytest

from tieline.annotate.offsets import line_map, remap_mentions
from tieline.models import Mention

OLD = "Follow us on Telegram\nPutin met Pashinyan.\n\nSubscribe now\nThe talks ended."
NEW = "Putin met Pashinyan.\n\nThe talks ended."


def _mention(text: str, word: str, sentence: str) -> Mention:
    start = text.index(word)
    s = text.index(sentence)
    return Mention(start, start + len(word), word, word.lower(), "name",
                   sentence_start=s, sentence_end=s + len(sentence))


def test_mentions_move_with_their_line() -> None:
    mentions = [_mention(OLD, "Putin", "Putin met Pashinyan."),
                _mention(OLD, "Pashinyan", "Putin met Pashinyan."),
                _mention(OLD, "Telegram", "Follow us on Telegram"),
                _mention(OLD, "talks", "The talks ended.")]
    moved = remap_mentions(OLD, NEW, mentions)
    assert [m.text for m in moved] == ["Putin", "Pashinyan", "talks"]
    for m in moved:
        assert NEW[m.start:m.end] == m.text
        assert m.text in NEW[m.sentence_start:m.sentence_end]


def test_a_text_that_is_not_a_cut_is_refused() -> None:
    assert line_map(OLD, "Putin met someone else.") is None
    with pytest.raises(ValueError):
        remap_mentions(OLD, "Putin met someone else.", [])
