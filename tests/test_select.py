"""Parsing only the lines that can hold an event: what is kept, and what it costs in events."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import tieline
from tieline.annotate.lexicon import load_lexicon
from tieline.annotate.offsets import expand_article
from tieline.annotate.pipeline import SENTENCE_STAGES, pipeline_for
from tieline.cli import cli
from tieline.config import Settings
from tieline.models import Article

MODEL = Settings().spacy_model
T17_ARTICLES = 60  # spread over the file: every topic
# Measured on these 60 articles: 53.3% of the words parsed; of the 266 events of the whole
# parse, 251 found the same (type, actors, sentence, date, status), 240 identical (also the id
# and trigger: the model's token vectors see a few words past a sentence, so a neighbour
# dropped can change a parse); 262 found. Raise the floors when the selection gets better.
# With the generated CAMEO layer (issue 22) its patterns' words select more lines: 62.6% of
# the words parsed; of 364 events of the whole parse 349 found the same, 339 identical, 360
# found; the ingest stays 1.71x a bare spaCy nlp.pipe (bench/throughput.py, 200 T17, 1 job).
# Issue 22 round 2 (reciprocal, embargo and expulsion patterns; acts in passing dropped):
# 63.8% of the words parsed; of 295 events of the whole parse 283 found the same, 278
# identical, 291 found.
WORDS_PARSED_CEILING = 0.65
# session 15 merged (nonacts10, domestic1, sides16: events the whole parse finds 159 -> 138,
# nearly all removed alike in both parses): found the same 150/159 -> 128/138 (0.928), the
# selected lines' misses 9 -> 10; lowered for the smaller sample, the misses barely moved.
EVENT_RECALL_FLOOR = 0.92
EVENT_PRECISION_FLOOR = 0.95
# domestic1 (trips at home not coded): the 9 trips removed were identical in both parses, the
# 17 reports that differ are unchanged: 142/159 (0.893) -> 133/150 (0.887), same 150/159 ->
# 141/150 (0.94), found 155 -> 146. Lowered for that reason only.
EVENT_IDENTICAL_FLOOR = 0.88


def _t17(shared_data: Path, n: int) -> list[dict[str, Any]]:
    with (shared_data / "t17" / "articles.jsonl").open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    rows = [r for r in rows if r["text"].strip()]
    step = len(rows) / n
    return [rows[int(i * step)] for i in range(n)]


def _keep(text: str) -> list[bool]:
    return pipeline_for(Settings()).selector.keep(text)


def test_a_line_is_kept_when_a_whole_pattern_and_an_actor_are_in_it() -> None:
    lines = ["Putin held talks with Erdogan in Sochi.",  # "hold talk" + KB actors
             "The weather was mild and the sea calm.",  # no pattern, no actor
             "Russia had a quiet week.",  # "have talk" lacks "talk"; Russia alone is no event
             "",
             "Armenia accused Azerbaijan of shelling.",
             "It accused the neighbour of lying."]  # a pronoun points back: kept
    assert _keep("\n".join(lines)) == [True, False, False, False, True, True]


def test_the_line_before_a_pointer_comes_along_when_it_names_actors() -> None:
    text = ("Foreign Minister Sergei Lavrov arrived in Yerevan on Monday.\n"
            "He met Pashinyan.\n"
            "Rain fell all day.\n"
            "Lavrov criticised Baku.\n"
            "Armenia was calm.\n"
            "Lavrov criticised Baku again.")  # no pointer: the line before stays out
    assert _keep(text) == [True, True, False, True, False, True]


def test_forms_of_every_lexicon_word_are_known_before_the_parse(shared_data: Path) -> None:
    """Every word the model's lemmatizer brings back to a lexicon word, in real articles, is
    among the forms the selector looks for (else a line with an event could be dropped)."""
    pipeline = pipeline_for(Settings())
    lemmas = {lemma for e in load_lexicon().entries for lemma in e.lemmas}
    pick = pipeline.selector
    known = set(pick.lemmas_of)
    missed: set[tuple[str, str]] = set()
    seen = 0
    for row in _t17(shared_data, 20):
        for token in pipeline.nlp(row["text"]):
            if token.lemma_.lower() in lemmas:
                seen += 1
                if token.lower_ not in known:
                    missed.add((token.lower_, token.lemma_))
    assert seen > 1000
    assert not missed


def _events(row: dict[str, Any], parse: str) -> set[tuple[Any, ...]]:
    """The events an ingest with *parse* finds in *row*."""
    text = row["text"]
    art = pipeline_for(Settings(parse=parse)).annotate_one(Article(
        id=row["id"], origin=row["id"], text=text, content_hash="-", published=row["pub_date"]))
    for m in art.mentions:
        assert text[m.start:m.end] == m.text
    out = set()
    for e in art.events:
        ev = e.evidence[0]
        assert text[ev.start:ev.end] == ev.sentence
        out.add((e.id, e.type, e.source and (e.source.id or e.source.name),
                 e.target and (e.target.id or e.target.name), ev.start, ev.sentence,
                 ev.trigger_start, ev.trigger_end, e.date, e.status))
    return out


def test_events_from_the_selected_lines_match_the_whole_parse(shared_data: Path) -> None:
    """Floors on T17: how much is parsed, and how many of the whole parse's events come out
    the same — same id, offsets into the whole text, actors, date and status."""
    words = parsed = whole_n = part_n = same = identical = 0
    for row in _t17(shared_data, T17_ARTICLES):
        words += len(row["text"].split())
        parsed += len(pipeline_for(Settings()).selector.excerpt(row["text"])[0].split())
        whole = _events(row, "all")
        part = _events(row, "events")
        whole_n, part_n = whole_n + len(whole), part_n + len(part)
        identical += len(whole & part)
        same += len({e[1:6] + e[8:] for e in whole} & {e[1:6] + e[8:] for e in part})
    print(f"parsed {parsed / words:.3f} of the words; of {whole_n} events, {same} found the "
          f"same, {identical} identical; {part_n} found")
    # (a sample big enough to measure on; trips at home no longer coded (domestic1) and
    # non-acts round 10 leave 150 events here, from 150-odd)
    # (a sample-size check, not a quality floor: 159 on main 4babb75 -> 147 with sides round
    # 16, whose pronoun reach drops one-sided reports whose only side was a person or a state
    # named pages before; the ratios below hold: 137/147 same, 137/142, 135/147 identical)
    # both merged (session 15): 138 events
    assert whole_n >= 130
    assert parsed / words <= WORDS_PARSED_CEILING, parsed / words
    assert same / whole_n >= EVENT_RECALL_FLOOR, (same, whole_n)
    assert same / part_n >= EVENT_PRECISION_FLOOR, (same, part_n)
    assert identical / whole_n >= EVENT_IDENTICAL_FLOOR, (identical, whole_n)


def test_both_parse_settings_find_the_samples_talks(tmp_path: Path, samples: Path) -> None:
    for parse in ("events", "all"):
        with tieline.open(tmp_path / f"{parse}.db", parse=parse, create=True) as corpus:
            corpus.ingest(samples, manifest=samples / "manifest.jsonl")
            talks = corpus.events(pair=("Pashinyan", "Putin"), type="CONSULT")
            assert [e.date for e in talks] == ["2021-01-11", None], parse
            assert (talks[1].reports, talks[1].independent_sources) == (2, 1), parse
            assert all(a.stages.get("parse") == parse for a in corpus.articles())


def test_an_unknown_parse_setting_is_a_usage_error(tmp_path: Path, samples: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "ingest", str(samples)],
                                env={"TIELINE_PARSE": "some"})
    assert result.exit_code == 1, result.output  # the contract: 1, usage or fatal error
    assert "unknown parse setting 'some'" in result.stderr
    ok = CliRunner().invoke(cli, ["--db", str(tmp_path / "y.db"), "ingest", "--parse", "all",
                                  str(samples / "000_f79e9f1583bf3bc7.txt")])
    assert ok.exit_code == 0, ok.stderr


def _cut(lines: list[str], cut: list[int]) -> tuple[str, list[tuple[int, int, int]]]:
    kept: list[str] = []
    spans: list[tuple[int, int, int]] = []
    start = at = 0
    for i, line in enumerate(lines):
        if i not in cut:
            spans.append((start, start + len(line), at))
            kept.append(line)
            at += len(line) + 1
        start += len(line) + 1
    return "\n".join(kept), spans


@pytest.mark.parametrize("cut", [[1], [1, 3], [1, 2, 3], [0, 1, 2, 3, 4]])
def test_offsets_annotated_on_an_excerpt_move_back_into_the_whole_text(cut: list[int]) -> None:
    """Mentions and events found on an excerpt point at the same words of the whole text, with
    the ids a parse of the whole gives them; of two identical lines, the one kept."""
    lines = ["Pashinyan held talks with Putin in Moscow on Monday.", "Nothing here.",
             "Armenia accused Azerbaijan of shelling.", "More filler text to drop.",
             "Pashinyan held talks with Putin in Moscow on Monday."]
    whole = "\n".join(lines)
    part, spans = _cut(lines, cut)
    pipeline = pipeline_for(Settings(), SENTENCE_STAGES)
    annotated = [pipeline.annotate_one(Article(id="a", origin="a", text=text, content_hash="-",
                                               published="2021-01-11")) for text in (whole, part)]
    full, moved = annotated[0], expand_article(annotated[1], whole, spans)
    assert moved.text == whole
    kept_at = [(s, e) for s, e, _ in spans]
    inside = [e for e in full.events if any(s <= e.evidence[0].start < t for s, t in kept_at)]
    assert {e.id for e in moved.events} == {e.id for e in inside}
    assert bool(inside) == (cut != [0, 1, 2, 3, 4])
    assert sorted((m.start, m.end, m.text) for m in moved.mentions) == sorted(
        (m.start, m.end, m.text) for m in full.mentions
        if any(s <= m.start < t for s, t in kept_at))
    for m in moved.mentions:
        assert whole[m.start:m.end] == m.text


def test_a_failure_to_choose_lines_parses_the_whole_article(
        tmp_path: Path, samples: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tieline.annotate.select import LineSelector

    def broken(self: LineSelector, text: str) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(LineSelector, "excerpt", broken)
    with tieline.open(tmp_path / "x.db", jobs=1, create=True) as corpus:
        report = corpus.ingest(samples, manifest=samples / "manifest.jsonl")
        assert report.stored == 5 and not report.rejects
        talks = corpus.events(pair=("Pashinyan", "Putin"), type="CONSULT")
        assert [e.date for e in talks] == ["2021-01-11", None]


# -- a sentence coded on an excerpt keeps a dropped caption line out ------------------------
def test_a_sentence_before_a_dropped_caption_line_ends_before_it() -> None:
    """The parse reads only the lines that can hold an event; a sentence ending in blank
    lines where a caption line was dropped ends, in the whole text, where the caption
    begins (as a parse of the whole ends it), not after the caption."""
    lines = ["Norway accused Peru of overfishing on Monday.", "",
             "Fishing boats in Callao (Photo: Reuters)", "", "Peru rejected the charge."]
    whole = "\n".join(lines)
    part = "\n".join(lines[:2] + lines[3:])
    spans = [(0, 45, 0), (46, 46, 46), (88, 88, 47), (89, 114, 48)]
    assert [whole[s:e] for s, e, _ in spans] == [lines[0], "", "", lines[4]]
    pipeline = pipeline_for(Settings(), SENTENCE_STAGES)
    full = pipeline.annotate_one(Article(id="a", origin="a", text=whole, content_hash="-",
                                         published="2021-01-11"))
    moved = expand_article(pipeline.annotate_one(Article(
        id="a", origin="a", text=part, content_hash="-", published="2021-01-11")), whole, spans)
    accuse = [e.evidence[0].sentence for e in moved.events if e.type == "ACCUSE"]
    assert accuse == [e.evidence[0].sentence for e in full.events if e.type == "ACCUSE"]
    assert accuse and "Photo" not in accuse[0]


# -- the tokenizer's cache, freed from the whitespace special cases --------------------------
_WHITESPACE_CASES = ("Talks began.\nThey went on  \n\n  late\t(at night).\r\n \n"
                     "Georgia's envoy\u00a0left;  Mr. Smith  stayed \n\t\nx.com said:\u2028ok\n")


def _tokens(nlp: Any, text: str) -> list[tuple[str, str, bool, int]]:
    return [(t.text, t.norm_, bool(t.whitespace_), t.idx) for t in nlp.make_doc(text)]


def test_the_tokenizer_caches_words_and_splits_them_as_before() -> None:
    """Without the plain whitespace special cases, every text gives the same tokens (norms,
    spaces and offsets too), from the cache the second time; a line break no longer stops
    the cache, so a word seen before is not split by the rules again."""
    import spacy

    from tieline.annotate.gazetteer import cache_words

    plain, cached = spacy.blank("en"), spacy.blank("en")
    cache_words(cached)
    assert cached.tokenizer.max_cache_size > plain.tokenizer.max_cache_size
    texts = [_WHITESPACE_CASES, " \n", "\t", "a\n", "\n\na  \n", _WHITESPACE_CASES]
    for text in texts:
        assert _tokens(cached, text) == _tokens(plain, text), repr(text)
    assert _tokens(cached, "a\u00a0b")[1][1] == "  "  # a special case with a norm stays

    calls: list[str] = []

    def counted(word: str) -> None:
        calls.append(word)

    for nlp in (plain, cached):
        nlp.tokenizer.token_match = counted  # (setting it empties the cache)
        nlp.make_doc("Talks began.\nTalks ended.")
        calls.clear()
        nlp.make_doc("Talks began.\nTalks ended.")
        assert bool(calls) == (nlp is plain), calls  # cached: no word is split again
