#!/usr/bin/env python3
"""Validate tieline's actor knowledge base data files.

Standalone: needs only PyYAML and pycountry.

    python tools/check_kb.py [DATA_DIR]

DATA_DIR defaults to src/tieline/kb/data. Loads countries.yaml,
organizations.yaml and people.yaml, prints counts, every problem found and a
list of informational ambiguities (shared surnames, shared aliases), and exits
with status 1 if there is any problem, else 0.

Checks:
  - each file is a YAML list of mappings with the required fields;
  - ids are unique across the three files (person ids are lowercase ASCII slugs);
  - every ISO 3166-1 country in pycountry has an entry, and the only non-ISO
    country ids are the documented pseudo-ids;
  - every country code referenced anywhere exists (pycountry or pseudo-id);
  - every organisation referenced anywhere (parent, role organization, member
    organisations, ambassador accreditation) exists;
  - every role has role / sector / from, with role and sector from the
    documented vocabularies; IGO / NGO / armed-group roles name an organisation;
  - every date is YYYY, YYYY-MM or YYYY-MM-DD, is a real calendar date, and
    from <= to (compared at the coarser of the two precisions);
  - a person who died holds no open-ended role, and no role starts after death;
  - no two people share a full-name alias. Surname-only aliases (a single
    token, or a proper tail of the person's name such as "von der Leyen") may
    be shared: they are listed, because the resolver must disambiguate them.
"""
from __future__ import annotations

import datetime as _dt
import itertools
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pycountry
import yaml

PSEUDO_IDS = {
    "XKX": "Kosovo",
    "XAB": "Abkhazia",
    "XSO": "South Ossetia",
    "XNK": "Nagorno-Karabakh / Artsakh",
    "XNC": "Northern Cyprus",
    "XTR": "Transnistria",
    "XSL": "Somaliland",
}

COUNTRY_STATUS = {"sovereign", "territory", "disputed", "defunct", "uninhabited"}
METONYM_SECTORS = {"GOV", "MIL", "LEG", "JUD"}
ORG_KINDS = {"organization", "group"}
ORG_SECTORS = {"IGO", "NGO", "GOV", "MIL", "REB", "INS", "UAF", "PTY"}
ROLE_SECTORS = {"GOV", "LEG", "MIL", "JUD", "IGO", "NGO", "PTY", "REB", "INS", "UAF"}
GROUP_SECTORS = {"REB", "INS", "UAF"}
ROLES = {
    # heads of state / government
    "president", "vice president", "prime minister", "deputy prime minister",
    "chancellor", "king", "queen", "emir", "sultan", "emperor", "pope",
    "crown prince", "supreme leader",
    # ministers
    "foreign minister", "defence minister",
    # other state offices
    "speaker", "spokesperson", "adviser", "secretary", "deputy chair",
    "commander", "ambassador", "leader",
    # organisations
    "secretary-general", "commission president", "council president",
    "high representative", "managing director", "director-general",
    "prosecutor", "chair",
}
ROLE_KEYS = {"role", "sector", "from", "to", "title", "body", "organization",
             "accredited_to", "acting", "claimed", "note"}
PERSON_KEYS = {"id", "name", "aliases", "country", "roles", "died", "note"}
ORG_KEYS = {"id", "name", "aliases", "kind", "sector", "country", "parent",
            "members", "member_since", "former_members", "member_orgs",
            "permanent_members", "co_chairs", "candidates", "metonyms",
            "sector_changes", "ended", "note"}
COUNTRY_KEYS = {"id", "iso2", "name", "aliases", "demonyms", "capital",
                "capital_aliases", "metonyms", "status", "part_of",
                "claimed_by", "ended", "note"}

DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ORG_ID_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")

problems: list[str] = []


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves YYYY-MM-DD as strings, so an impossible date is reported
    as a problem instead of crashing the YAML constructor."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def problem(where: str, msg: str) -> None:
    problems.append(f"{where}: {msg}")


def load(path: Path):
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except (OSError, ValueError, yaml.YAMLError) as exc:
        problem(path.name, f"cannot load: {exc}")
        return []
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        problem(path.name, "top level must be a list of mappings")
        return []
    return data


def norm_date(value, where: str):
    """Return (y, m, d) with None for missing parts, or None if invalid.

    YAML gives YYYY-MM-DD as datetime.date, YYYY as int and YYYY-MM as str.
    """
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return (value.year, value.month, value.day)
    text = str(value)
    m = DATE_RE.match(text)
    if not m or isinstance(value, bool):
        problem(where, f"bad date {value!r} (want YYYY, YYYY-MM or YYYY-MM-DD)")
        return None
    y, mo, d = (int(g) if g else None for g in m.groups())
    try:
        _dt.date(y, mo or 1, d or 1)
    except ValueError:
        problem(where, f"impossible date {text!r}")
        return None
    if not 1900 <= y <= 2100:
        problem(where, f"implausible year in {text!r}")
    return (y, mo, d)


def date_le(a, b) -> bool:
    """a <= b compared at the coarser precision of the two."""
    n = min(sum(x is not None for x in a), sum(x is not None for x in b))
    return a[:n] <= b[:n]


def day(value):
    """datetime.date for a day-precision value, else None (no problem reported)."""
    if isinstance(value, _dt.date):
        return value
    m = DATE_RE.match(str(value)) if value is not None else None
    if not m or not m.group(3):
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(s.casefold().split())


def check_str_list(where: str, value, field: str, required=True):
    if value is None and not required:
        return []
    if not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value):
        problem(where, f"{field} must be a list of non-empty strings")
        return []
    dups = [k for k, n in Counter(value).items() if n > 1]
    if dups:
        problem(where, f"{field} has duplicates: {dups}")
    return value


def main(argv: list[str]) -> int:
    data_dir = Path(argv[1]) if len(argv) > 1 else \
        Path(__file__).resolve().parents[1] / "src" / "tieline" / "kb" / "data"
    countries = load(data_dir / "countries.yaml")
    orgs = load(data_dir / "organizations.yaml")
    people = load(data_dir / "people.yaml")

    iso3 = {c.alpha_3 for c in pycountry.countries}
    valid_country = iso3 | set(PSEUDO_IDS)

    # ------------------------------------------------------------ ids
    all_ids: dict[str, str] = {}
    for fname, rows in (("countries.yaml", countries), ("organizations.yaml", orgs),
                        ("people.yaml", people)):
        for i, row in enumerate(rows):
            rid = row.get("id")
            if not isinstance(rid, str) or not rid:
                problem(f"{fname}[{i}]", "missing id")
                continue
            if rid in all_ids:
                problem(f"{fname}:{rid}", f"duplicate id (also in {all_ids[rid]})")
            all_ids[rid] = fname
    org_ids = {o["id"] for o in orgs if isinstance(o.get("id"), str)}
    country_ids = {c["id"] for c in countries if isinstance(c.get("id"), str)}

    def check_country_ref(where, code, field):
        if code is None:
            return
        if code not in valid_country:
            problem(where, f"{field}: unknown country code {code!r}")
        elif code not in country_ids:
            problem(where, f"{field}: country {code!r} has no entry in countries.yaml")

    def check_org_ref(where, oid, field):
        if oid not in org_ids:
            problem(where, f"{field}: unknown organisation id {oid!r}")

    # ------------------------------------------------------------ countries
    missing = iso3 - country_ids
    if missing:
        problem("countries.yaml", f"ISO countries without an entry: {sorted(missing)}")
    extra = country_ids - iso3 - set(PSEUDO_IDS)
    if extra:
        problem("countries.yaml", f"ids neither ISO nor documented pseudo-ids: {sorted(extra)}")
    for c in countries:
        w = f"countries.yaml:{c.get('id')}"
        unknown = set(c) - COUNTRY_KEYS
        if unknown:
            problem(w, f"unknown fields {sorted(unknown)}")
        for f in ("id", "name", "aliases", "demonyms", "capital", "metonyms", "status"):
            if f not in c:
                problem(w, f"missing field {f}")
        if not isinstance(c.get("name"), str) or not c.get("name"):
            problem(w, "name must be a non-empty string")
        if c.get("name") in (check_str_list(w, c.get("aliases"), "aliases") or []):
            problem(w, "alias repeats the name")
        check_str_list(w, c.get("demonyms"), "demonyms")
        check_str_list(w, c.get("capital_aliases"), "capital_aliases", required=False)
        if c.get("capital") is not None and not isinstance(c.get("capital"), str):
            problem(w, "capital must be a string or null")
        for m in c.get("metonyms") or []:
            if isinstance(m, str):
                continue
            if not (isinstance(m, dict) and isinstance(m.get("name"), str)
                    and m.get("sector") in METONYM_SECTORS and set(m) <= {"name", "sector"}):
                problem(w, f"bad metonym {m!r} (string or {{name, sector}} with sector in "
                           f"{sorted(METONYM_SECTORS)})")
        if c.get("status") not in COUNTRY_STATUS:
            problem(w, f"status {c.get('status')!r} not in {sorted(COUNTRY_STATUS)}")
        for f in ("part_of", "claimed_by"):
            check_country_ref(w, c.get(f), f)
        if c.get("status") == "territory" and not c.get("part_of"):
            problem(w, "territory without part_of")
        if "ended" in c:
            norm_date(c["ended"], f"{w} ended")
        if c.get("id") in iso3:
            pc = pycountry.countries.get(alpha_3=c["id"])
            if c.get("iso2") != pc.alpha_2:
                problem(w, f"iso2 {c.get('iso2')!r} != pycountry {pc.alpha_2!r}")

    # ------------------------------------------------------------ organisations
    for o in orgs:
        w = f"organizations.yaml:{o.get('id')}"
        unknown = set(o) - ORG_KEYS
        if unknown:
            problem(w, f"unknown fields {sorted(unknown)}")
        for f in ("id", "name", "aliases", "kind", "sector", "country", "parent"):
            if f not in o:
                problem(w, f"missing field {f}")
        if isinstance(o.get("id"), str) and not ORG_ID_RE.match(o["id"]):
            problem(w, "organisation ids must be upper-case letters, digits, underscores")
        if isinstance(o.get("id"), str) and o["id"] in iso3:
            problem(w, "organisation id equals an ISO country code")
        if o.get("name") in (check_str_list(w, o.get("aliases"), "aliases") or []):
            problem(w, "alias repeats the name")
        if o.get("kind") not in ORG_KINDS:
            problem(w, f"kind {o.get('kind')!r} not in {sorted(ORG_KINDS)}")
        if o.get("sector") not in ORG_SECTORS:
            problem(w, f"sector {o.get('sector')!r} not in {sorted(ORG_SECTORS)}")
        if o.get("kind") == "group" and o.get("sector") not in GROUP_SECTORS:
            problem(w, "groups must have sector REB, INS or UAF")
        check_country_ref(w, o.get("country"), "country")
        if o.get("parent") is not None:
            check_org_ref(w, o["parent"], "parent")
            if o.get("parent") == o.get("id"):
                problem(w, "parent is itself")
        for f in ("members", "permanent_members", "co_chairs", "candidates"):
            for code in o.get(f) or []:
                check_country_ref(w, code, f)
            if o.get(f) is not None:
                check_str_list(w, o.get(f), f)
        for f in ("member_since", "former_members"):
            if o.get(f) is None:
                continue
            if not isinstance(o[f], dict):
                problem(w, f"{f} must be a mapping code -> date")
                continue
            for code, d in o[f].items():
                check_country_ref(w, code, f)
                norm_date(d, f"{w} {f}.{code}")
            if f == "member_since" and o.get("members") is not None:
                stray = set(o[f]) - set(o["members"])
                if stray:
                    problem(w, f"member_since for non-members {sorted(stray)}")
            if f == "former_members" and o.get("members"):
                both = set(o[f]) & set(o["members"])
                if both:
                    problem(w, f"both member and former member: {sorted(both)}")
        for oid in o.get("member_orgs") or []:
            check_org_ref(w, oid, "member_orgs")
        for sc in o.get("sector_changes") or []:
            if not (isinstance(sc, dict) and "from" in sc and sc.get("sector") in ORG_SECTORS):
                problem(w, f"bad sector_changes item {sc!r}")
            else:
                norm_date(sc["from"], f"{w} sector_changes")
        if "ended" in o:
            norm_date(o["ended"], f"{w} ended")
        check_str_list(w, o.get("metonyms"), "metonyms", required=False)
    # parent cycles
    parent = {o["id"]: o.get("parent") for o in orgs if isinstance(o.get("id"), str)}
    for oid in parent:
        seen, cur = set(), oid
        while cur is not None and cur in parent:
            if cur in seen:
                problem(f"organizations.yaml:{oid}", "parent cycle")
                break
            seen.add(cur)
            cur = parent[cur]

    # ------------------------------------------------------------ people
    n_roles = 0
    role_counter: Counter = Counter()
    for p in people:
        w = f"people.yaml:{p.get('id')}"
        unknown = set(p) - PERSON_KEYS
        if unknown:
            problem(w, f"unknown fields {sorted(unknown)}")
        for f in ("id", "name", "aliases", "country", "roles"):
            if f not in p:
                problem(w, f"missing field {f}")
        if isinstance(p.get("id"), str) and not SLUG_RE.match(p["id"]):
            problem(w, "person id must be a lowercase ASCII slug")
        if not isinstance(p.get("name"), str) or not p.get("name"):
            problem(w, "name must be a non-empty string")
        aliases = check_str_list(w, p.get("aliases"), "aliases")
        if isinstance(p.get("name"), str) and p["name"] in aliases:
            problem(w, "alias repeats the name")
        check_country_ref(w, p.get("country"), "country")
        died = norm_date(p["died"], f"{w} died") if "died" in p else None
        roles = p.get("roles")
        if not isinstance(roles, list) or not roles:
            problem(w, "roles must be a non-empty list")
            continue
        has_org_role = False
        for j, r in enumerate(roles):
            rw = f"{w} roles[{j}]"
            if not isinstance(r, dict):
                problem(rw, "role must be a mapping")
                continue
            n_roles += 1
            unknown = set(r) - ROLE_KEYS
            if unknown:
                problem(rw, f"unknown fields {sorted(unknown)}")
            for f in ("role", "sector", "from"):
                if f not in r or r[f] is None:
                    problem(rw, f"missing {f}")
            if "to" not in r:
                problem(rw, "missing to (use null for an open-ended role)")
            if r.get("role") not in ROLES:
                problem(rw, f"role {r.get('role')!r} not in the vocabulary")
            role_counter[r.get("role")] += 1
            if r.get("sector") not in ROLE_SECTORS:
                problem(rw, f"sector {r.get('sector')!r} not in {sorted(ROLE_SECTORS)}")
            if r.get("sector") in {"IGO", "NGO"} | GROUP_SECTORS and not r.get("organization"):
                problem(rw, f"sector {r.get('sector')} needs organization")
            if r.get("organization") is not None:
                has_org_role = True
                check_org_ref(rw, r["organization"], "organization")
            if r.get("role") == "ambassador":
                acc = r.get("accredited_to")
                if acc is None:
                    problem(rw, "ambassador needs accredited_to")
                elif acc not in org_ids:
                    check_country_ref(rw, acc, "accredited_to")
            elif "accredited_to" in r:
                problem(rw, "accredited_to only for ambassadors")
            if r.get("role") in {"speaker"} and not r.get("body"):
                problem(rw, "speaker needs body")
            for flag in ("acting", "claimed"):
                if flag in r and r[flag] is not True:
                    problem(rw, f"{flag} must be true when present")
            start = norm_date(r["from"], f"{rw} from") if r.get("from") is not None else None
            end = norm_date(r["to"], f"{rw} to") if r.get("to") is not None else None
            if start and end and not date_le(start, end):
                problem(rw, f"from {r['from']} is after to {r['to']}")
            if died:
                if r.get("to") is None and "to" in r:
                    problem(rw, f"open-ended role but person died {p['died']}")
                if start and not date_le(start, died):
                    problem(rw, "role starts after death")
                if end and not date_le(end, died):
                    problem(rw, "role ends after death")
        if p.get("country") is None and not has_org_role:
            problem(w, "country is null but no role names an organization")

    # ------------------------------------------------------------ aliases
    def name_tokens(s):
        return fold(s).replace("-", " ").split()

    full_owner: dict[str, set] = defaultdict(set)
    short_owner: dict[str, set] = defaultdict(set)
    for p in people:
        if not isinstance(p.get("name"), str):
            continue
        ntoks = name_tokens(p["name"])
        forms = [p["name"]] + [a for a in (p.get("aliases") or []) if isinstance(a, str)]
        for a in forms:
            toks = name_tokens(a)
            is_tail = 0 < len(toks) < len(ntoks) and ntoks[-len(toks):] == toks
            key = fold(a)
            if len(a.split()) == 1 or is_tail:
                short_owner[key].add(p["id"])
            else:
                full_owner[key].add(p["id"])
    for key, owners in sorted(full_owner.items()):
        if len(owners) > 1:
            problem("people.yaml", f"full-name alias {key!r} shared by {sorted(owners)}")
        also = short_owner.get(key, set()) - owners
        if also:
            problem("people.yaml", f"alias {key!r} is a full name of {sorted(owners)} "
                    f"and a short alias of {sorted(also)}")
    shared_short = {k: v for k, v in short_owner.items() if len(v) > 1}
    # last name token of the canonical name, shared by several people (informational:
    # a bare surname in text may mean any of them, or a relative not in the KB)
    # (family name first for Chinese, Korean, Vietnamese and Cambodian names)
    surname_first = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM"}
    roman = re.compile(r"^(?:x{0,2})(?:ix|iv|v?i{0,3})$")  # regnal numbers up to XXIX
    last_owner: dict[str, set] = defaultdict(set)
    for p in people:
        if isinstance(p.get("name"), str):
            toks = name_tokens(p["name"])
            toks = toks[:1] + [t for t in toks[1:] if not roman.match(t)]
            if len(toks) > 1:
                last_owner[toks[0] if p.get("country") in surname_first else toks[-1]].add(p["id"])
    shared_last = {k: v for k, v in last_owner.items() if len(v) > 1}

    # the same office (country or organisation, role, body) held by two people at once,
    # both dates known to the day, for more than a week: almost always a data error
    slots: dict[tuple, list] = defaultdict(list)
    for p in people:
        for r in p.get("roles") or []:
            if not isinstance(r, dict) or r.get("acting") or r.get("claimed"):
                continue
            if r.get("role") in {"vice president", "deputy prime minister", "deputy chair",
                                 "spokesperson", "adviser", "ambassador", "leader", "commander"}:
                continue
            start = day(r.get("from"))
            end = day(r.get("to"))
            if start is None or (end is None and r.get("to") is not None):
                continue
            owner = r.get("organization") if r.get("sector") in {"IGO", "NGO"} else p.get("country")
            slots[(owner, r.get("role"), r.get("body"), r.get("title"))].append(
                (start, end or _dt.date.max, p.get("id")))
    for k, spans in slots.items():
        spans.sort()
        for (_s1, e1, p1), (s2, e2, p2) in itertools.pairwise(spans):
            if p1 != p2 and (min(e1, e2) - s2).days > 7:
                problem("people.yaml", f"{k[1]} of {k[0]} held by {p1} and {p2} at the same "
                        f"time ({s2} to {min(e1, e2)})")

    # aliases shared between countries / organisations / people (informational)
    owner_any: dict[str, set] = defaultdict(set)
    for c in countries:
        for a in [c.get("name")] + list(c.get("aliases") or []):
            if isinstance(a, str):
                owner_any[fold(a)].add(c.get("id"))
    for o in orgs:
        for a in [o.get("name")] + list(o.get("aliases") or []):
            if isinstance(a, str):
                owner_any[fold(a)].add(o.get("id"))
    people_forms: dict[str, set] = defaultdict(set)
    for p in people:
        for a in [p.get("name")] + list(p.get("aliases") or []):
            if isinstance(a, str):
                people_forms[fold(a)].add(p.get("id"))
    cross = {k: (sorted(owner_any[k]), sorted(people_forms[k]))
             for k in owner_any.keys() & people_forms.keys()}
    shared_entity = {k: sorted(v) for k, v in owner_any.items() if len(v) > 1}
    # name of one country used as alias of another is a real error
    cnames = {fold(c["name"]): c["id"] for c in countries if isinstance(c.get("name"), str)}
    for c in countries:
        for a in c.get("aliases") or []:
            other = cnames.get(fold(a))
            if other and other != c.get("id"):
                problem(f"countries.yaml:{c.get('id')}", f"alias {a!r} is the name of {other}")

    # demonyms, capitals and metonyms that point to more than one entity (informational)
    place_owner: dict[str, set] = defaultdict(set)
    for c in countries:
        forms = list(c.get("demonyms") or [])
        if isinstance(c.get("capital"), str):
            forms.append(c["capital"])
        forms += list(c.get("capital_aliases") or [])
        forms += [m if isinstance(m, str) else m.get("name") for m in c.get("metonyms") or []
                  if isinstance(m, (str, dict))]
        for f in forms:
            if isinstance(f, str):
                place_owner[fold(f)].add(c.get("id"))
    for o in orgs:
        for m in o.get("metonyms") or []:
            if isinstance(m, str):
                place_owner[fold(m)].add(o.get("id"))
    for k in list(place_owner):
        place_owner[k] |= owner_any.get(k, set())
    shared_place = {k: sorted(v) for k, v in place_owner.items() if len(v) > 1}

    # ------------------------------------------------------------ report
    iso_n = len(country_ids & iso3)
    print(f"countries.yaml     : {len(countries)} entries ({iso_n} ISO 3166-1, "
          f"{len(country_ids - iso3)} pseudo-ids: {', '.join(sorted(country_ids - iso3))})")
    status = Counter(c.get("status") for c in countries)
    print("                     status: "
          + ", ".join(f"{k} {v}" for k, v in sorted(status.items())))
    kinds = Counter(o.get("kind") for o in orgs)
    sectors = Counter(o.get("sector") for o in orgs)
    print(f"organizations.yaml : {len(orgs)} entries ("
          + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "; sectors "
          + ", ".join(f"{k} {v}" for k, v in sorted(sectors.items())) + ")")
    by_country = Counter(p.get("country") for p in people)
    print(f"people.yaml        : {len(people)} people, {n_roles} roles, "
          f"{len(by_country)} countries (null = IGO/group leaders: {by_country.get(None, 0)})")
    print("                     roles: "
          + ", ".join(f"{k} {v}" for k, v in role_counter.most_common()))
    top = ", ".join(f"{k} {v}" for k, v in by_country.most_common(20) if k)
    print(f"                     most covered: {top}")
    print(f"ids                : {len(all_ids)} unique across the three files")

    if shared_short:
        print(f"\nINFO shared surname-only / short aliases ({len(shared_short)}): "
              "resolve by date, country, role")
        for k, v in sorted(shared_short.items()):
            print(f"  {k!r}: {', '.join(sorted(v))}")
    if shared_last:
        print("\nINFO surnames (last token of the name) shared by several people "
              f"({len(shared_last)}):")
        for k, v in sorted(shared_last.items()):
            print(f"  {k!r}: {', '.join(sorted(v))}")
    if shared_entity:
        print(f"\nINFO aliases shared by several countries/organisations ({len(shared_entity)}):")
        for k, v in sorted(shared_entity.items()):
            print(f"  {k!r}: {', '.join(v)}")
    if shared_place:
        print("\nINFO demonyms / capitals / metonyms pointing to several entities "
              f"({len(shared_place)}):")
        for k, v in sorted(shared_place.items()):
            print(f"  {k!r}: {', '.join(v)}")
    if cross:
        print(f"\nINFO person aliases that are also country/organisation names ({len(cross)}):")
        for k, (ents, ppl) in sorted(cross.items()):
            print(f"  {k!r}: {', '.join(ents)} / {', '.join(ppl)}")

    if problems:
        print(f"\nPROBLEMS ({len(problems)}):")
        for pr in problems:
            print(f"  {pr}")
        return 1
    print("\nOK: no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
