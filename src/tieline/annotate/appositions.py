"""Appositions: the words beside a name that say who the person is (issue 22, persons round 1).

English sets an apposition off by punctuation ("X, a Georgian citizen,"; "Georgia's envoy,
X"); a plural noun may introduce a list of the people it describes after a dash or colon
("three Georgian citizens — A, B and C"). What such a phrase says of a person's state holds
only where it describes the person: not a place the phrase puts a body in ("a representative
of a broadcaster in Beijing"), not a state hyphened to a word that makes it say something else
("Spanish-speaking"), and not a noun of a place, a body or a tie to another ("Egypt's second
city, Alexandria"; "a reliable American ally"). The grammar lives here; reading the state and
the title out of the phrase is :class:`tieline.annotate.actors.ActorAnnotator`'s.
"""

from __future__ import annotations

from typing import Any

#: Nouns of places, which an apposition to a name the tagger took for a person's may head
#: ("Egypt's second largest city, Alexandria"), and of bodies.
NOT_PERSON_NOUNS = frozenset({"city", "town", "village", "capital", "region", "province", "state",
                          "country", "port", "district", "neighborhood", "neighbourhood",
                          "island", "area", "suburb", "county", "territory", "republic",
                          "enclave", "resort", "street", "square", "hotel", "river", "border",
                          # and of bodies, which a second apposition may describe ("X, a
                          # director with the Society, the leading US bird group")
                          "group", "organization", "organisation", "society", "company",
                          "firm", "agency", "association", "institute", "body", "party",
                          # and companies the tagger takes for people (PETRARCH's agents:
                          # MANUFACTURER, AIRLINE BUS): "Acme, the only US maker of ..."
                          "manufacturer", "maker", "producer", "supplier", "airline", "bank",
                          "retailer", "operator", "carrier", "giant", "conglomerate",
                          "newspaper", "broadcaster", "network", "insurer"})


#: Nouns that describe a person by a tie to another, whose state is that other's, not
#: theirs ("Hosni Mubarak, a reliable American ally"; "X, the wife of the Georgian president").
RELATION_NOUNS = frozenset({"ally", "friend", "partner", "critic", "opponent", "rival", "foe",
                             "enemy", "supporter", "backer", "admirer", "adversary", "target",
                             "guest", "host", "visitor", "favourite", "favorite", "protege",
                             "client", "wife", "husband", "widow", "son", "daughter", "brother",
                             "sister", "father", "mother", "cousin", "nephew", "niece",
                             "relative", "grandson", "granddaughter", "fan", "victim"})


def set_off(ent: Any, noun: Any) -> bool:
    """Whether the apposition *noun* is set off from the name *ent* by punctuation, as an
    apposition is ("X, a Georgian citizen,", "Georgia's envoy, X"); not a byline's "X | UK
    time" or a run-on the parser joined."""
    doc = ent.doc
    if noun.i > ent.end:
        return doc[ent.end].text in (",", "(", "-", "–", "—")
    return ent.start > 0 and doc[ent.start - 1].text in (",", ":", "-", "–", "—")


def hyphened(token: Any) -> bool:
    """Whether *token* is a name joined by a hyphen to a lower-case word ("Spanish-speaking")."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "–") and \
        not token.whitespace_ and doc[token.i + 2].is_lower


def placed(token: Any, noun: Any) -> bool:
    """Whether *token* lies in a phrase that says where *noun* is, not whose ("in Beijing"):
    under a preposition other than "of" below it."""
    while token.i != noun.i and token.head.i != token.i:
        if token.dep_ == "pobj" and token.head.lower_ != "of":
            return True
        token = token.head
    return False


def describes_a_person(noun: Any) -> bool:
    """Whether the common noun *noun* of an apposition can say who a person is: no name, no
    place, body or company, no tie to another."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and \
        noun.lemma_.lower() not in NOT_PERSON_NOUNS | RELATION_NOUNS


def listing_noun(ent: Any, sent: Any) -> tuple[Any, list[Any]] | None:
    """The plural noun that introduces, after a dash or colon, the list the name *ent* is in
    ("three Georgian citizens — A, B and C", "two Indian soldiers: A and B"), and the words
    of its phrase (the parse often leaves the list out of it); None if there is none."""
    doc = ent.doc
    i = ent.start - 1
    while i > sent.start and (doc[i].ent_type_ == "PERSON" or doc[i].pos_ == "PROPN"
                              or doc[i].lower_ in (",", "and")):
        i -= 1
    if i <= sent.start or doc[i].text not in ("-", "–", "—", ":") or \
            doc[i - 1].tag_ not in ("NNS", "NNPS"):
        return None
    noun = doc[i - 1]
    k = noun.i
    while k > sent.start and (doc[k - 1].pos_ in ("ADJ", "NUM", "NOUN", "PROPN")
                              or doc[k - 1].ent_type_ == "TL_KB"):  # (the gazetteer's)
        k -= 1
    return noun, list(doc[k:noun.i + 1])
