"""Triggers that fire on words that are no act between actors, and classes of acts coded by
a general rule (CAMEO's dictionary, PLOVER's conventions). The sentences are written for
these tests, not taken from any evaluation set. Each false trigger has an affirmative twin
that must still be coded, so a rule that silences a word altogether fails here.
"""

from __future__ import annotations

import pytest

from test_events import code

Expected = tuple[str, str | None, str, str | None, str | None]

# (sentence, a type that must not be coded from it at all)
FALSE_TRIGGERS: list[tuple[str, str]] = [
    # releasing a text publishes it: no one is set free
    ("The Ukrainian Foreign Ministry released a statement on the vote in Georgia.", "RETREAT"),
    ("Russia released a video of the Georgian border post.", "RETREAT"),
    # a decree or a law is a state's own act, in the own layer and CAMEO's alike
    ("Putin signed a decree on the budget of Russia.", "SUPPORT"),
    ("Putin signed a decree on the budget of Russia.", "REQUEST"),
    ("The Georgian president signed the law on Russia.", "SUPPORT"),
    # telling is an instruction only with an infinitive, and a word tieline's own entries
    # read as no act here is no act in the generated layer either (CAMEO's "tell reform")
    ("Lavrov told Georgian reporters in Moscow that the talks would continue.", "REQUEST"),
    ("The Syrian president told a Russian newspaper that he would push for reforms.",
     "CONCEDE"),
    # a preposition leading to a date names no place or party
    ("Georgia began requiring visas of Russian nationals arriving in 2000.", "CONSULT"),
    # holding a seat or a post seizes no one's ground
    ("Georgian opposition deputies occupied the Russian speaker's seat.", "COERCE"),
    # fighting for a cause, or against a vice, names no opponent
    ("The Russian Defence Ministry said Georgia would fight for its independence.", "ASSAULT"),
    ("Georgia will fight against corruption in Russia.", "ASSAULT"),
    # a detention one is released "from" is where one comes from: the release is the act
    ("The Georgian doctor, who was released from detention in South Ossetia, met Georgian "
     "officials.", "COERCE"),
    ("China released new names for six places in Bhutan.", "RETREAT"),
    # a verb's preposition is its own: "call for" is not read from a "for" above the verb
    # (naming, "so-called"), nor "call on" from an "on" the verb hangs under
    ("Beijing published a list of names for places in India, which it calls southern Tibet.",
     "REQUEST"),
    ("India protested to Beijing on the so-called map of China.", "REQUEST"),
    # calling something a name is neither a phone call nor an appeal
    ("Putin called the Georgian president a traitor.", "CONSULT"),
    ("Putin called the Georgian president a traitor.", "REQUEST"),
]

# (sentence, expected event): the affirmative twins, and the classes coded by a rule
CASES: list[tuple[str, Expected]] = [
    ("Russia released two Georgian citizens.",
     ("RETREAT", "release", "reported", "RUS", "GEO")),
    ("Russian troops handed over the body of a Georgian soldier to Georgia.",
     ("RETREAT", "release", "reported", "RUS", "GEO")),
    ("Armenia signed an agreement with Russia.",
     ("SUPPORT", "sign", "reported", "ARM", "RUS")),
    ("Russia and Abkhazia signed an investment agreement in Moscow.",
     ("SUPPORT", "sign", "reported", "RUS", "XAB")),
    ("Putin called Erdogan on Monday.",
     ("CONSULT", "phone", "reported", "vladimir-putin", "recep-tayyip-erdogan")),
    ("Beijing called for restraint by India.",
     ("REQUEST", None, "reported", "CHN", None)),
    ("India called on China to pull back its troops.",
     ("REQUEST", None, "reported", "IND", "CHN")),
    ("Russia told Georgia to stop the provocations.",
     ("REQUEST", "instruct", "reported", "RUS", "GEO")),
    ("Putin arrived in Beijing on Monday.",
     ("CONSULT", "visit", "reported", "vladimir-putin", "CHN")),
    ("The Russian army occupied two Georgian villages.",
     ("COERCE", "restrict", "reported", "RUS", "GEO")),
    # fighting is mutual: both sides act, with one written as the object or the subjects
    ("India fought Pakistan in 1971.", ("ASSAULT", None, "reported", "IND", "PAK")),  # mutual
    ("India and China fought a war in 1962.", ("ASSAULT", None, "reported", "IND", "CHN")),
    ("Indian troops fought with Chinese soldiers.", ("ASSAULT", None, "reported", "IND", "CHN")),
    # curbing a cooperative act is a sanction on its owner, by whoever curbs it
    ("India restricted investments from China.",
     ("SANCTION", "discontinue", "reported", "IND", "CHN")),
    ("Activists urged India to stop Chinese investments.",
     ("SANCTION", "discontinue", "planned", "IND", "CHN")),
    ("Russia suspended its cooperation with Georgia.",
     ("SANCTION", "withdraw", "reported", "RUS", "GEO")),
    # a hostile act stated by another side is that side's allegation (PLOVER ACCUSE) ...
    ("The Georgian Foreign Ministry said that Russia continues to occupy Abkhazia.",
     ("ACCUSE", "allege", "reported", "GEO", "RUS")),
    ("The Georgian minister told parliament that Russian troops had detained two Georgians.",
     ("ACCUSE", "allege", "reported", "GEO", "RUS")),
    ("India said that China had attacked Indian soldiers.",
     ("ACCUSE", "allege", "reported", "IND", "CHN")),
    # ... besides the act itself, kept as stated
    ("India said that China had attacked Indian soldiers.",
     ("ASSAULT", None, "reported", "CHN", "IND")),
    # denying a part in what happened rejects the charge
    ("The Kremlin said Russia had nothing to do with the unrest in Armenia.",
     ("REJECT", None, "reported", "RUS", "ARM")),
    ("Russia denied any involvement in the Georgian protests.",
     ("REJECT", None, "reported", "RUS", "GEO")),
    ("The detention of Georgian citizens by Russian forces continues.",
     ("COERCE", "arrest", "reported", "RUS", "GEO")),
    # who experiences an act undergoes it; its "by"-phrase does it
    ("Georgian civilians often experience arrest by Russian border guards.",
     ("COERCE", "arrest", "reported", "RUS", "GEO")),
    # CAMEO's EXCHANGE (060): tokens of goodwill across a line are material cooperation
    ("Indian troops exchanged sweets with Chinese troops on Diwali.",
     ("COOPERATE", None, "reported", "IND", "CHN")),
]

# (sentence, (type, source id)): no allegation by the act's own side, nor of an act that
# did not happen or may only happen
NOT_ALLEGED: list[tuple[str, tuple[str, str | None]]] = [
    ("The Russian Defence Ministry said Russian troops struck Ukrainian positions.",
     ("ACCUSE", "RUS")),
    ("Georgian officials said Russia had not detained anyone.", ("ACCUSE", "GEO")),
    ("The Georgian Foreign Ministry said Russia could attack Georgia.", ("ACCUSE", "GEO")),
    ("The Georgian Foreign Ministry said Russian troops withdrew from the village.",
     ("ACCUSE", "GEO")),
    # an instruction is no statement of what happened
    ("Putin told Pashinyan to leave the CSTO.", ("ACCUSE", "vladimir-putin")),
    # an act named in passing inside the statement is not what is stated
    ("Obama said the company was abiding by UN sanctions against Iran.",
     ("ACCUSE", "barack-obama")),
]


def _id(ref: object) -> str | None:
    return getattr(ref, "id", None) if ref is not None else None


@pytest.mark.parametrize(("text", "unwanted"), FALSE_TRIGGERS,
                         ids=[f"{c[1]}:{c[0][:44]}" for c in FALSE_TRIGGERS])
def test_false_trigger(text: str, unwanted: str) -> None:
    events = code(text, "2024-05-08").events
    got = [(e.type, e.rule, _id(e.source), _id(e.target)) for e in events]
    assert all(e.type != unwanted for e in events), got


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_trigger_class(text: str, expected: Expected) -> None:
    events = code(text, "2024-05-08").events
    etype, mode, status, source, target = expected
    got = [(e.type, e.mode, e.status, _id(e.source), _id(e.target)) for e in events]
    assert any(e.type == etype and (mode is None or e.mode == mode) and e.status == status
               and _id(e.source) == source and _id(e.target) == target for e in events), got


@pytest.mark.parametrize(("text", "unwanted"), NOT_ALLEGED, ids=[c[0][:48] for c in NOT_ALLEGED])
def test_not_alleged(text: str, unwanted: tuple[str, str | None]) -> None:
    events = code(text, "2024-05-08").events
    got = [(e.type, _id(e.source)) for e in events]
    assert unwanted not in got, got
