"""Extraction scoring: the scorer against hand-made cases, and the benchmark F1 floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tieline.annotate.extract import extract
from tieline.cli import cli
from tieline.evaluate.extraction import (
    ExtractionScores,
    PageMatch,
    match,
    shingle_scores,
    shingles,
    tokens,
)
from tieline.models import RawDocument

# Measured with trafilatura 2.3.1 / htmldate 1.11.0: P 0.9596, R 0.9635, F1 0.9616.
F1_FLOOR = 0.96


# -- the scorer ---------------------------------------------------------------------------------

def test_tokens_are_word_runs_with_case_kept() -> None:
    assert tokens("Hello, World! e-mail 3.5 Ереван") == ["Hello", "World", "e", "mail", "3", "5",
                                                         "Ереван"]
    assert tokens(None) == [] and tokens("  ,.; ") == []


def test_shingles_are_a_multiset_of_four_token_windows() -> None:
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2
    assert shingles("only two") == {("only", "two"): 1}  # short text: one shingle
    assert not shingles("")


def test_one_wrong_token_at_the_end() -> None:
    # gold {abcd, bcde}, predicted {abcd, bcdx}: tp 1, fp 1, fn 1
    assert match("a b c d e", "a b c d x") == PageMatch(tp=1, fp=1, fn=1)
    assert shingle_scores("a b c d e", "a b c d x") == (0.5, 0.5)


def test_extra_and_missing_text() -> None:
    gold = "w1 w2 w3 w4 w5 w6 w7 w8"  # 5 shingles
    # predicted: the first 5 words and one word of boilerplate: 3 shingles, 2 of them right
    m = match(gold, "w1 w2 w3 w4 w5 Share")
    assert (m.tp, m.fp, m.fn) == (2, 1, 3)
    assert m.precision == pytest.approx(2 / 3) and m.recall == pytest.approx(2 / 5)


def test_repeated_shingles_count_with_multiplicity() -> None:
    m = match("a b c d a b c d", "a b c d")
    assert (m.tp, m.fp, m.fn) == (1, 0, 4)
    assert (m.precision, m.recall) == (1.0, 0.2)


def test_case_matters_and_punctuation_does_not() -> None:
    assert match("The Cat sat down", "the cat sat down").tp == 0
    perfect = match("Yerevan, Armenia: talks ended.", "Yerevan Armenia talks ended")
    assert (perfect.precision, perfect.recall, perfect.exact) == (1.0, 1.0, True)


def test_empty_prediction_counts_against_recall_only() -> None:
    m = match("a b c d e", "")
    assert m.precision is None and m.recall == 0.0
    both_empty = match("", "")
    assert both_empty.precision is None and both_empty.recall is None


def test_pages_are_averaged_then_f1_taken() -> None:
    pages = [
        ("good", PageMatch(tp=2, fp=0, fn=2)),   # P 1.0, R 0.5
        ("empty", match("a b c d e", "")),       # P left out, R 0.0
        ("nothing", match("", "")),              # left out of both
    ]
    s = ExtractionScores.from_matches(pages)
    assert s.pages == 3 and s.failures == ["empty", "nothing"]
    assert s.precision == 1.0 and s.recall == pytest.approx(0.25)
    assert s.f1 == pytest.approx(2 * 1.0 * 0.25 / 1.25)


def test_f1_comes_from_the_means_not_a_mean_of_f1s() -> None:
    s = ExtractionScores.from_matches([("a", PageMatch(tp=1, fp=0, fn=4)),    # P 1.0, R 0.2
                                       ("b", PageMatch(tp=1, fp=4, fn=0))])   # P 0.2, R 1.0
    assert s.precision == pytest.approx(0.6) and s.recall == pytest.approx(0.6)
    assert s.f1 == pytest.approx(0.6)  # a mean of per-page F1s would give 1/3


def test_normalisation_by_length_gives_pages_equal_weight() -> None:
    long_page = PageMatch(tp=1000, fp=0, fn=0)
    short_bad = PageMatch(tp=0, fp=1, fn=1)
    s = ExtractionScores.from_matches([("long", long_page), ("short", short_bad)])
    assert s.precision == 0.5 and s.recall == 0.5


# -- what extraction keeps from HTML ------------------------------------------------------------

_PARAS = "".join(f"<p>{s}</p>" for s in (
    "Armenia and the European Union signed a new partnership agreement in Brussels on Monday.",
    "The agreement covers trade, energy and visa liberalisation, the foreign ministry said.",
    "Prime Minister Nikol Pashinyan called it a historic step for the country and its people.",
))


def _page(body: str, title: str = "Armenia signs EU partnership deal") -> str:
    return (f"<html><head><title>{title}</title></head><body><nav><ul><li><a href='/'>Home</a>"
            f"</li><li><a href='/w'>World</a></li></ul></nav><article><h1>{title}</h1>{body}"
            f"</article><footer>Copyright 2024</footer></body></html>")


def test_html_headings_and_list_items_are_kept() -> None:
    body = (f"{_PARAS}<h2>What the deal covers</h2><ul><li>Tariff cuts on farm goods</li>"
            f"<li>Energy market access</li></ul>{_PARAS.replace('Monday', 'Tuesday')}")
    art = extract(RawDocument("deal.html", "html", _page(body)))
    lines = art.text.split("\n")
    assert "What the deal covers" in lines
    assert any("Energy market access" in line for line in lines)
    assert art.title == "Armenia signs EU partnership deal"
    assert "Armenia signs EU partnership deal" not in lines
    assert "Home" not in lines and "Copyright 2024" not in art.text


def test_html_in_a_script_without_spaces_is_stored() -> None:
    sentences = ["先日、不正に改造したスマートフォンを販売したとして男性が逮捕されました。",
                 "報道によると、今回販売されたのは機能制限を解除した端末です。",
                 "メーカーはこのような改造を認めていません。",
                 "専門家は、改造品の販売は商標権の侵害にあたると指摘しています。"]
    body = "".join(f"<p>{s}</p>" for s in sentences * 2)
    art = extract(RawDocument("ja.html", "html", _page(body, title="改造スマホ販売で逮捕")))
    assert sentences[0] in art.text.split("\n")


# -- the benchmark ------------------------------------------------------------------------------

@pytest.mark.slow
def test_benchmark_f1_floor(shared_data: Path) -> None:
    folder = shared_data / "article-extraction-benchmark"
    if not (folder / "ground-truth.json").is_file():
        pytest.skip(f"article-extraction-benchmark not found in {shared_data}")
    result = CliRunner().invoke(cli, ["eval", "extract", "--data", str(folder), "--json",
                                      "--jobs", "2"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["pages"] == 181
    assert scores["failures"] == []
    assert scores["f1"] >= F1_FLOOR, scores
    assert scores["precision"] >= 0.95 and scores["recall"] >= 0.95, scores
