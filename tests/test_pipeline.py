"""The per-article pipeline: its stages' order is checked when it is built, one article's state
never reaches the next, a failure costs one article, and the stages are wired in one place.

Every sentence here is written for the test."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tieline.annotate.pipeline import (
    ACTOR_STAGES,
    ARTICLE_STAGES,
    SENTENCE_STAGES,
    STAGES,
    Pipeline,
    check_order,
    pipeline_for,
)
from tieline.config import Settings
from tieline.errors import UsageError
from tieline.models import Article, Reject

SRC = Path(__file__).resolve().parents[1] / "src" / "tieline"
ROOT = SRC.parents[1]


def _article(text: str, n: int = 0, published: str | None = "2024-03-05") -> Article:
    return Article(id=f"a{n}", origin=f"test:{n}", text=text, content_hash=f"h{n}",
                   published=published)


@pytest.mark.parametrize(("order", "says"), [
    (("page_date", "language", "lines", "parse", "events", "actors", "offsets"),
     "'events' requires mentions"),
    (("page_date", "language", "parse", "lines", "actors", "events", "offsets"),
     "'parse' requires excerpt"),
    (("page_date", "language", "lines", "parse", "actors", "offsets", "events"),
     "'events' requires doc"),  # after offsets the excerpt's Doc no longer fits the article
    (("language", "page_date", "lines", "parse", "actors", "events", "offsets"),
     "'language' requires date"),  # another language's page must be dated before it stops
    (("lines", "parse", "actors", "events", "offsets"), "'lines' requires language"),
])
def test_a_wrong_order_fails_when_the_pipeline_is_built(order: tuple[str, ...],
                                                        says: str) -> None:
    with pytest.raises(UsageError, match=re.escape(says)):
        Pipeline(Settings(), order)


def test_unknown_or_repeated_stages_fail_when_built() -> None:
    with pytest.raises(UsageError, match="unknown pipeline stage 'coref'"):
        check_order(("page_date", "coref"))
    with pytest.raises(UsageError, match="'parse' is listed twice"):
        check_order(("given_date", "language", "whole", "parse", "parse"))


def test_the_declared_lists_are_in_order() -> None:
    for names in (*ARTICLE_STAGES.values(), SENTENCE_STAGES, ACTOR_STAGES):
        assert [s.name for s in check_order(names)] == list(names)
    assert set(STAGES) >= set(ARTICLE_STAGES["events"]) | set(ARTICLE_STAGES["all"])


def test_without_a_model_no_stage_runs_and_nothing_loads() -> None:
    pipeline = Pipeline(Settings(spacy_model=""))
    art = _article("Armenia accused Azerbaijan of shelling.", published=None)
    assert pipeline.stages == [] and pipeline.annotate([art]) == [art]
    assert not {"kb", "nlp", "actors", "events"} & set(vars(pipeline.resources))
    with pytest.raises(UsageError, match="need a spaCy model"):
        Pipeline(Settings(spacy_model=""), SENTENCE_STAGES)


def test_an_unknown_parse_setting_fails_when_built() -> None:
    with pytest.raises(UsageError, match="unknown parse setting 'some'"):
        Pipeline(Settings(parse="some"))


def test_one_articles_state_never_reaches_the_next() -> None:
    """Annotated in one batch or alone, an article gets the same annotations: a surname the
    article before named in full is not resolved from it, and the annotator and coder are
    left as they were."""
    pipeline = pipeline_for(Settings())
    first = _article("Ukrainian Foreign Minister Oleksandr Vintarenko met Armenian Prime Minister "
                     "Nikol Pashinyan in Yerevan.\nVintarenko praised Armenia.", 1)
    second = _article("Vintarenko criticised Azerbaijan on Tuesday.\n"
                      "Azerbaijan rejected the criticism.", 2)
    before = {name: dict(vars(getattr(pipeline, name))) for name in ("actors", "events")}
    together = pipeline.annotate([first, second])
    alone = pipeline.annotate([second])
    assert together[1] == alone[0]
    assert isinstance(alone[0], Article)
    learned = "oleksandr-vintarenko-ukr"
    assert learned in {m.actor_id for m in together[0].mentions}  # type: ignore[union-attr]
    assert learned not in {m.actor_id for m in alone[0].mentions}
    for name, attrs in before.items():
        after = vars(getattr(pipeline, name))
        assert after.keys() == attrs.keys()
        assert all(after[k] is v for k, v in attrs.items()), name


def test_a_failing_stage_costs_one_article(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = pipeline_for(Settings())
    coder = pipeline.events
    real = type(coder).code

    def fragile(self: object, article: Article, doc: object) -> Article:
        if "poison" in article.text:
            raise RuntimeError("a bug in one sentence")
        return real(coder, article, doc)

    monkeypatch.setattr(type(coder), "code", fragile)
    good = _article("Armenia accused Azerbaijan of shelling the border.", 1)
    bad = _article("Armenia accused Azerbaijan of shelling a poison plant.", 2)
    out = pipeline.annotate([good, bad])
    assert all(isinstance(a, Article) for a in out)
    kept_good, kept_bad = out
    assert isinstance(kept_good, Article) and kept_good.events
    assert isinstance(kept_bad, Article) and kept_bad.mentions and not kept_bad.events
    assert any("events not coded (RuntimeError: a bug in one sentence)" in w
               for w in kept_bad.warnings)
    with pytest.raises(RuntimeError, match="a bug in one sentence"):
        pipeline.annotate_one(bad)  # one article's caller gets the error itself


def test_a_page_that_cannot_be_dated_is_rejected_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import tieline.annotate.published as published

    def broken(article: Article) -> Article:
        if "broken" in article.text:
            raise ValueError("no calendar")
        return article

    monkeypatch.setattr(published, "date_page", broken)
    out = pipeline_for(Settings()).annotate([
        _article("A broken page about Armenia.", 1, None),
        _article("Armenia accused Azerbaijan of shelling the border.", 2)])
    assert out[0] == Reject("test:1", "could not be processed: ValueError: no calendar")
    assert isinstance(out[1], Article) and out[1].events


def _imports(path: Path) -> list[str]:
    """The modules *path* imports, relative ones resolved inside the tieline package."""
    package = ".".join(path.relative_to(SRC.parent).with_suffix("").parts[:-1])
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[:len(package.split(".")) - node.level + 1] \
                if node.level else []
            out.append(".".join([*base, node.module or ""]).rstrip("."))
        elif isinstance(node, ast.Import):
            out.extend(alias.name for alias in node.names)
    return out


def test_the_store_imports_nothing_from_annotation_or_analysis() -> None:
    for path in sorted((SRC / "store").glob("*.py")):
        bad = [m for m in _imports(path) if m.startswith(("tieline.annotate",
                                                          "tieline.analyze"))]
        assert not bad, f"{path.name} imports {bad}"


def test_the_stages_are_wired_in_one_place() -> None:
    """Only annotate/pipeline.py builds the annotator, coder and line selector, runs them on
    an article, dates pages or moves an excerpt's offsets back; everyone else asks it."""
    wiring = re.compile(r"\b(ActorAnnotator|EventCoder|LineSelector|build_nlp|date_page|"
                        r"expand_article|parse_texts)\(|\.actors\.(annotate|names_only)\(|"
                        r"\.events\.code\(|\.selector\.excerpt\(")
    places = [p for p in (*SRC.rglob("*.py"), *(ROOT / "bench").glob("*.py"),
                          *(ROOT / "tests").glob("*.py"))
              if p.name != "test_pipeline.py"]
    found = {str(p.relative_to(ROOT)) for p in places
             for line in p.read_text(encoding="utf-8").splitlines()
             if wiring.search(line) and not line.lstrip().startswith(("def ", "class ", "#"))}
    assert found <= {"src/tieline/annotate/pipeline.py",
                     "tests/test_select.py",  # expand_article tested on hand-made cuts
                     "tests/test_executors.py",  # build_nlp: the memoised parse is spaCy's
                     }, found
