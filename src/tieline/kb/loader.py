"""Load the actor knowledge base from the project's YAML files, plus a user's own file.

The files in ``kb/data/`` are the project's data: ``countries.yaml`` (every ISO 3166 country
with names, demonyms, capital and government metonyms), ``organizations.yaml`` and
``people.yaml`` (office-holders with tenure dates), and ``places.yaml`` (towns, each with the
one power that holds it, read only to say whose ground an act is on). A user adds or
overrides entries with a YAML file of the same shape named in the settings (``actors_file``);
an entry needs a ``kind`` there (country, person, organization, group) and replaces a
built-in entry with the same id.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import UsageError
from ..models import Actor, Role

# libyaml's loader is six times faster than the pure-Python one on these files.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: How a surface form names its actor: decides when it is an actor and when only a place.
FORMS = ("name", "demonym", "capital", "metonym")


@dataclass(frozen=True)
class Form:
    """One way of writing an actor in text."""

    text: str
    actor_id: str
    form: str  # one of FORMS
    sector: str | None = None  # for metonyms standing for a branch (Pentagon → MIL)


@dataclass(frozen=True)
class Place:
    """A town and the one power that holds it: whose police, courts and prisons act there."""

    name: str
    holder: str  # an actor id (a state or a de facto authority)
    since: str | None = None  # first day of the holder's control


@dataclass
class KnowledgeBase:
    """Actors by id, their surface forms, and office-holders by (country or body, role)."""

    actors: dict[str, Actor] = field(default_factory=dict)
    forms: list[Form] = field(default_factory=list)
    holders: dict[tuple[str, str], list[tuple[str, Role]]] = field(default_factory=dict)
    #: Disputed (de facto) states and the state that claims each: South Ossetia → Georgia.
    claimed: dict[str, str] = field(default_factory=dict)
    #: Towns by their lower-cased names, with the power that holds each (``places.yaml``).
    places: dict[str, Place] = field(default_factory=dict)

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def holder(self, where: str, role: str, day: str | None) -> str | None:
        """Return the id of who held *role* for *where* (country or organisation) on *day*."""
        if not day:
            return None
        found = {pid for pid, r in self.holders.get((where, role), []) if r.active_on(day)}
        return found.pop() if len(found) == 1 else None

    def top(self, actor_id: str) -> str:
        """Return the outermost organisation *actor_id* belongs to (European Commission → EU)."""
        seen = {actor_id}
        actor = self.actors.get(actor_id)
        while actor is not None and actor.parent and actor.parent not in seen:
            seen.add(actor.parent)
            actor_id = actor.parent
            actor = self.actors.get(actor_id)
        return actor_id

    def by_form(self) -> dict[str, list[Form]]:
        index: dict[str, list[Form]] = defaultdict(list)
        for f in self.forms:
            index[f.text].append(f)
        return index


def _day(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _country(entry: dict[str, Any], kb: KnowledgeBase) -> None:
    aid = entry["id"]
    kb.actors[aid] = Actor(id=aid, name=entry["name"], kind="country", country=aid,
                           sector=None, aliases=tuple(_list(entry.get("aliases"))))
    if entry.get("claimed_by"):
        kb.claimed[aid] = str(entry["claimed_by"])
    for text in [entry["name"], *_list(entry.get("aliases"))]:
        kb.forms.append(Form(str(text), aid, "name"))
    for text in _list(entry.get("demonyms")):
        kb.forms.append(Form(str(text), aid, "demonym"))
    for text in [entry.get("capital"), *_list(entry.get("capital_aliases"))]:
        if text:
            kb.forms.append(Form(str(text), aid, "capital", "GOV"))
    for item in _list(entry.get("metonyms")):
        if isinstance(item, dict):
            kb.forms.append(Form(str(item["name"]), aid, "metonym", item.get("sector", "GOV")))
        else:
            kb.forms.append(Form(str(item), aid, "metonym", "GOV"))


def _organization(entry: dict[str, Any], kb: KnowledgeBase) -> None:
    aid = entry["id"]
    kind = entry.get("kind", "organization")
    kb.actors[aid] = Actor(id=aid, name=entry["name"], kind=kind,
                           country=entry.get("country"), sector=entry.get("sector", "IGO"),
                           aliases=tuple(_list(entry.get("aliases"))), parent=entry.get("parent"))
    for text in [entry["name"], *_list(entry.get("aliases"))]:
        kb.forms.append(Form(str(text), aid, "name"))
    for item in _list(entry.get("metonyms")):
        name = item["name"] if isinstance(item, dict) else item
        kb.forms.append(Form(str(name), aid, "metonym", entry.get("sector", "IGO")))


def _person(entry: dict[str, Any], kb: KnowledgeBase) -> None:
    aid = entry["id"]
    roles = tuple(
        Role(role=str(r["role"]), sector=str(r.get("sector", "GOV")), start=_day(r.get("from")),
             end=_day(r.get("to")), body=r.get("body"), title=r.get("title"),
             organization=r.get("organization"))
        for r in _list(entry.get("roles")))
    current = roles[-1] if roles else None
    org = current.organization if current else None
    # an international body's officer acts for the body, not for their country (NATO's
    # Secretary General is not Norway), and an armed group's leader for the group (the PKK's
    # is not Turkey); a national body's (a party, a state's guard) stays their country's, as
    # CAMEO codes a party's leader (GEOPTY)
    body = kb.actors.get(org) if org else None
    national = body is not None and body.kind == "organization" and body.country is not None
    kb.actors[aid] = Actor(id=aid, name=entry["name"], kind="person",
                           country=entry.get("country") if org is None or national else None,
                           sector=current.sector if current else entry.get("sector"),
                           aliases=tuple(_list(entry.get("aliases"))), roles=roles,
                           organization=org)
    for text in [entry["name"], *_list(entry.get("aliases"))]:
        kb.forms.append(Form(str(text), aid, "name"))
    for r in roles:
        where = r.organization or entry.get("country")
        if where:
            kb.holders.setdefault((where, r.role), []).append((aid, r))


#: Countries whose people's names are written family name first in English-language news
#: ("Wang Yi" is "Wang" on second mention, "Kim Jong Un" "Kim").
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})


def short_names(name: str, country: str | None) -> tuple[str, ...]:
    """Return the names news uses alone for a person after the first mention: the last word,
    and for people of :data:`FAMILY_NAME_FIRST` the first word too, their family name ("Wang"
    for Wang Yi; news in other countries' English also writes "President Jinping"). Not
    knowledge-base forms: "Wang" or "Li" alone in the gazetteer would split every other
    Wang's full name; they are names for the article that named the person in full."""
    words = name.split()
    if country in FAMILY_NAME_FIRST and len(words) > 1:
        return (words[0], words[-1])
    return (words[-1],)


#: Countries whose people's names reach English news romanized from Cyrillic, by several
#: systems at once: Sergei/Sergey, Dmitry/Dmitri/Dmitriy, Yuri/Yury, Zelensky/Zelenskyy.
ROMANIZED_CYRILLIC = frozenset({"RUS", "UKR", "BLR", "KAZ", "KGZ", "TJK", "BGR", "SRB", "MKD",
                                "MNG", "XAB", "XSO", "XTR"})
#: Word endings the romanization systems write differently, each to one spelling: "-iy",
#: "-ii", "-yy" and "-y" after a consonant (Dmitriy, Dmitrii, Dmitry; Zelenskyy), "-ey",
#: "-ay" (Sergey, Nikolay).
_ROMANIZED_ENDINGS = ((re.compile(r"(?:iy|ii|yy|yi)$"), "i"), (re.compile(r"(?<=[aeo])y$"), "i"),
                      (re.compile(r"(?<=[^aeiouy])y$"), "i"))


def romanized_key(name: str, country: str | None) -> str:
    """Return *name* (folded to lower case) with the endings Cyrillic romanizations spell
    differently written one way, for a person of :data:`ROMANIZED_CYRILLIC`: "Sergey
    Gavrilov" and "Sergei Gavrilov" are one person; other names stay as written."""
    words = name.casefold().split()
    if country not in ROMANIZED_CYRILLIC:
        return " ".join(words)
    out = []
    for w in words:
        for pattern, ending in _ROMANIZED_ENDINGS:
            w, n = pattern.subn(ending, w)
            if n:
                break
        out.append(w)
    return " ".join(out)


_LOADERS = {"country": _country, "person": _person, "organization": _organization,
            "group": _organization}


def _read(path: Path | Any, origin: str) -> list[dict[str, Any]]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise UsageError(f"actors file {origin}: cannot be read ({exc})") from None
    if not isinstance(data, list) or not all(isinstance(e, dict) and "id" in e for e in data):
        raise UsageError(f"actors file {origin}: expected a list of entries, each with an id")
    return data


def _add(kb: KnowledgeBase, entries: list[dict[str, Any]], kind: str | None, origin: str) -> None:
    for entry in entries:
        entry_kind = entry.get("kind", kind) if kind != "country" else "country"
        if kind is None:
            entry_kind = entry.get("kind")
        loader = _LOADERS.get(str(entry_kind))
        if loader is None or "name" not in entry:
            raise UsageError(f"actors file {origin}: entry {entry['id']!r} needs a name and a "
                             "kind (country, person, organization or group)")
        if entry["id"] in kb.actors:
            _remove(kb, str(entry["id"]))
        loader(entry, kb)


def _read_places(path: Any) -> list[dict[str, Any]]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    if not isinstance(data, list) or not all(isinstance(e, dict) and "name" in e and
                                             "holder" in e for e in data):
        raise UsageError("places.yaml: expected a list of entries, each with a name and holder")
    return data


def _places(entries: list[dict[str, Any]], kb: KnowledgeBase) -> dict[str, Place]:
    """The towns by each of their names, lower-cased; a holder the knowledge base lacks is an
    error in the file, and a name written for two holders names no one place."""
    out: dict[str, Place] = {}
    twice: set[str] = set()
    for e in entries:
        if e["holder"] not in kb.actors:
            raise UsageError(f"places.yaml: {e['name']!r} is held by {e['holder']!r}, "
                             "which is no actor of the knowledge base")
        place = Place(str(e["name"]), str(e["holder"]), _day(e.get("since")))
        for name in (e["name"], *_list(e.get("aliases"))):
            k = str(name).lower()
            if k in out and out[k].holder != place.holder:
                twice.add(k)
            out[k] = place
    return {k: p for k, p in out.items() if k not in twice}


def _remove(kb: KnowledgeBase, aid: str) -> None:
    del kb.actors[aid]
    kb.claimed.pop(aid, None)
    kb.forms = [f for f in kb.forms if f.actor_id != aid]
    for key in list(kb.holders):
        kb.holders[key] = [(p, r) for p, r in kb.holders[key] if p != aid]


@lru_cache(maxsize=4)
def load_kb(user_file: str | None = None) -> KnowledgeBase:
    """Load the built-in knowledge base, then the user's file if one is named."""
    kb = KnowledgeBase()
    data = resources.files("tieline.kb") / "data"
    for name, kind in (("countries.yaml", "country"), ("organizations.yaml", "organization"),
                       ("people.yaml", "person")):
        _add(kb, _read(data / name, name), kind, name)
    kb.places = _places(_read_places(data / "places.yaml"), kb)
    if user_file:
        path = Path(user_file)
        if not path.is_file():
            raise UsageError(f"actors file {path}: not found (setting actors_file)")
        _add(kb, _read(path, str(path)), None, str(path))
    kb.forms = list(dict.fromkeys(kb.forms))
    for aid, actor in list(kb.actors.items()):  # an EU commissioner speaks for the EU
        if actor.organization:
            kb.actors[aid] = replace(actor, organization=kb.top(actor.organization))
    return kb
