"""Lexicons and the gazetteer, loaded lazily, once per process, through one object.

Every rule table lives in ``kg/data/`` as a small text file with a comment that
says why it exists. Tests can swap the whole object with :func:`use_resources`.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cached_property
from importlib import resources as importlib_resources
from typing import TYPE_CHECKING, Any, TypeVar

from kg.errors import KGError
from kg.lexicon.normalize import fold
from kg.model import PlaceType

if TYPE_CHECKING:
    from kg.lexicon.gazetteer import Gazetteer

T = TypeVar("T")


class DataError(KGError):
    """A row of a ``kg/data/`` file that cannot be read; the message names the file and line."""

    def __init__(self, name: str, line: int, reason: str) -> None:
        super().__init__(f"kg/data/{name}:{line}: {reason}")
        self.name, self.line, self.reason = name, line, reason


def _read_text(name: str) -> str:
    return importlib_resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")


def _numbered_lines(name: str) -> list[tuple[int, str]]:
    text = _read_text(name)
    return [(i, ln) for i, ln in enumerate(text.splitlines(), 1) if ln.strip() and not ln.startswith("#")]


def _data_lines(name: str) -> list[str]:
    return [ln for _i, ln in _numbered_lines(name)]


def _table(name: str, width: int, *, allowed: dict[int, tuple[str, ...]] | None = None) -> list[tuple[str, ...]]:
    """The rows of a tab-separated table: ``width`` cells each, the matched surface first.

    ``allowed`` maps a column to its closed set of values. A bad row is a :class:`DataError`.
    """
    rows = []
    for i, ln in _numbered_lines(name):
        cells = tuple(c.strip() for c in ln.split("\t"))
        if len(cells) != width or not all(cells):
            raise DataError(name, i, f"expected {width} non-empty tab-separated cells, got {ln!r}")
        for col, values in (allowed or {}).items():
            if cells[col] not in values:
                raise DataError(name, i, f"column {col + 1} is {cells[col]!r}, expected one of {', '.join(values)}")
        rows.append(cells)
    return rows


def _regex(name: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        line = next((i for i, ln in _numbered_lines(name) if pattern in ln), 0)
        raise DataError(name, line, f"bad regular expression {pattern!r}: {exc}") from exc


@dataclass(frozen=True)
class BoilerplateRules:
    footer: tuple[re.Pattern[str], ...]
    line: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class OrgHead:
    surface: str  # folded
    head: str  # canonical
    binding: str


class Resources:
    """All named rule data of the package; every attribute loads on first use."""

    @cached_property
    def boilerplate(self) -> BoilerplateRules:
        rows = _table("boilerplate.tsv", 2, allowed={1: ("footer", "line")})
        return BoilerplateRules(
            footer=tuple(_regex("boilerplate.tsv", rx) for rx, kind in rows if kind == "footer"),
            line=tuple(_regex("boilerplate.tsv", rx) for rx, kind in rows if kind == "line"),
        )

    @cached_property
    def roles(self) -> dict[str, str]:
        """Folded role surface -> canonical role."""
        return {fold(s): c for s, c in _table("roles.tsv", 2)}

    @cached_property
    def member_titles(self) -> dict[str, tuple[str, str]]:
        """Folded one-word membership title -> (role, organization head)."""
        return {fold(s): (r, h) for s, r, h in _table("member_titles.tsv", 3)}

    @cached_property
    def org_heads(self) -> dict[str, OrgHead]:
        return {fold(s): OrgHead(fold(s), h, b) for s, h, b in _table("org_heads.tsv", 3)}

    @cached_property
    def org_fields(self) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
        """Folded head (sở, phòng, bộ) -> (canonical field, folded surfaces) (kg/data/org_fields.tsv)."""
        out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for head, field, variants in _table("org_fields.tsv", 3):
            surfaces = (field, *(v for v in variants.split("|") if v and v != "-"))
            out.setdefault(fold(head), []).append((field, tuple(fold(v) for v in surfaces)))
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def national_bodies(self) -> tuple[tuple[str, str], ...]:
        """(folded word, "head" | "contains" | "always" | "local"): what makes a body national."""
        return tuple((fold(w), how) for w, how in _table("national_bodies.tsv", 2,
                                                         allowed={1: ("head", "contains", "always", "local")}))

    @cached_property
    def place_types(self) -> dict[str, PlaceType]:
        rows = _table("place_types.tsv", 2, allowed={1: tuple(PlaceType.__members__)})
        return {fold(s): PlaceType[t] for s, t in rows}

    @cached_property
    def honorifics(self) -> tuple[str, ...]:
        return tuple(fold(w) for w in _data_lines("honorifics.txt"))

    @cached_property
    def countries(self) -> dict[str, tuple[str, bool]]:
        """Folded country name -> (the name as written, also a given name) from kg/data/countries.txt."""
        out = {}
        for line in _data_lines("countries.txt"):
            name, _, flag = line.partition("\t")
            out[fold(name.strip())] = (name.strip(), flag.strip() == "given_name")
        return out

    @cached_property
    def ranks(self) -> tuple[str, ...]:
        return tuple(fold(w) for w in _data_lines("ranks.txt"))

    @cached_property
    def surnames(self) -> frozenset[str]:
        return frozenset(fold(w) for ln in _data_lines("surnames.txt") for w in ln.split())

    @cached_property
    def village_words(self) -> tuple[str, ...]:
        """Folded words of the units below a commune (``thôn``, ``ấp``, ``tổ dân phố``)."""
        return tuple(fold(w) for w in _data_lines("village_words.txt"))

    @cached_property
    def source_org_heads(self) -> tuple[str, ...]:
        return tuple(fold(w) for w in _data_lines("source_org_heads.txt"))

    @cached_property
    def name_stop_words(self) -> frozenset[str]:
        return frozenset(w for ln in _data_lines("name_stop_words.txt") for w in ln.split())

    @cached_property
    def name_compounds(self) -> frozenset[str]:
        """Folded two-word nouns whose first word is a stop word (giao thông, phát triển)."""
        return frozenset(" ".join(fold(ln).split()) for ln in _data_lines("name_compounds.txt"))

    @cached_property
    def place_lookalikes(self) -> tuple[str, ...]:
        return tuple(fold(w) for w in _data_lines("place_lookalikes.txt"))

    @cached_property
    def place_bare_not_units(self) -> frozenset[str]:
        """ASCII keys of unit names that, without a type word, are not the unit (Hồ Chí Minh)."""
        from kg.lexicon.normalize import ascii_key

        return frozenset(ascii_key(ln) for ln in _data_lines("place_bare_not_units.txt"))

    @cached_property
    def place_aliases(self) -> tuple[tuple[str, str], ...]:
        """(historical name, GSO code) pairs the register does not spell."""
        return tuple((name, code) for name, code in _table("place_aliases.tsv", 2))

    @cached_property
    def tenure_cues(self) -> dict[str, str]:
        """Folded cue -> "start" or "end"."""
        return {fold(cue): kind for cue, kind in _table("tenure_cues.tsv", 2, allowed={1: ("start", "end")})}

    @cached_property
    def single_holder_roles(self) -> dict[str, str]:
        """Canonical role -> why one person holds it at a time (chair, secretary, director, minister, head)."""
        kinds = ("chair", "secretary", "director", "minister", "head")
        return {role: kind for role, kind in _table("single_holder_roles.tsv", 2, allowed={1: kinds})}

    @cached_property
    def shared_post_bodies(self) -> frozenset[str]:
        """Body labels whose one-holder roles have many holders at once (the Secretariat's Bí thư)."""
        return frozenset(fold(line) for line in _data_lines("shared_post_bodies.txt"))

    @cached_property
    def role_rules(self) -> dict[str, dict[str, str]]:
        """Rule (head_word, field_head, implied_org, party, commune_body, place_body, field_words, mission)
        -> role -> value
        (kg/data/role_rules.tsv)."""
        out: dict[str, dict[str, str]] = {"head_word": {}, "field_head": {}, "implied_org": {}, "party": {},
                                          "commune_body": {}, "place_body": {}, "field_words": {},
                                          "mission": {}}
        for role, rule, value in _table("role_rules.tsv", 3, allowed={1: tuple(out)}):
            out[rule][role] = value
        return out

    @cached_property
    def connectors(self) -> dict[str, tuple[str, ...]]:
        """Role -> the folded function words of that role (kg/data/connectors.tsv)."""
        out: dict[str, list[str]] = {}
        for word, role in _table("connectors.tsv", 2):
            out.setdefault(role, []).append(fold(word))
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def gazetteer(self) -> Gazetteer:
        from kg.lexicon.gazetteer import Gazetteer

        return Gazetteer.load(historical=self.place_aliases)

    # -- tasks ----------------------------------------------------------------------
    @cached_property
    def task_verbs(self) -> dict[str, str]:
        """Folded directive verb -> kind (assign, request, announce)."""
        return {fold(s): k for s, k in _table("task_verbs.tsv", 2)}

    @cached_property
    def task_actions(self) -> tuple[str, ...]:
        """Folded verbs and modals that open an imperative directive clause."""
        return tuple(fold(w) for w in _data_lines("task_actions.txt"))

    @cached_property
    def task_cues(self) -> dict[str, tuple[str, ...]]:
        """Cue kind -> folded cue words (markers, connectors, openers, result words …)."""
        out: dict[str, list[str]] = {}
        for cue, kind in _table("task_cues.tsv", 2):
            out.setdefault(kind, []).append(fold(cue))
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def task_groups(self) -> dict[str, tuple[str, ...]]:
        """Group word kind (lead, noun, qualifier, prefix) -> folded words."""
        out: dict[str, list[str]] = {}
        for word, kind in _table("task_groups.tsv", 2):
            out.setdefault(kind, []).append(fold(word))
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def task_deadlines(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """(name, pattern on folded text) of the ways a deadline is stated."""
        rows = _table("task_deadlines.tsv", 2)
        return tuple((name, _regex("task_deadlines.tsv", rf"(?<!\w){rx}(?!\w)")) for rx, name in rows)

    @cached_property
    def task_topics(self) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
        """(concept id, Vietnamese label, folded keywords) of the task topic scheme, in order."""
        return tuple((i, label, tuple(fold(k.strip()) for k in kws.split(",") if k.strip()))
                     for i, label, kws in _table("task_topics.tsv", 3))

    @cached_property
    def meeting_kinds(self) -> dict[str, tuple[str, str]]:
        """Folded event word -> (class ``meeting``, ``other`` or ``body``, canonical kind)."""
        rows = _table("meeting_kinds.tsv", 3, allowed={1: ("meeting", "other", "body")})
        return {fold(s): (c, k) for s, c, k in rows}

    @cached_property
    def meeting_cues(self) -> dict[str, tuple[str, ...]]:
        """Cue type (``chair``, ``attend``, ``plan`` ...) -> folded surfaces, longest first."""
        out: dict[str, list[str]] = {}
        for surface, kind in _table("meeting_cues.tsv", 2):
            out.setdefault(kind, []).append(fold(surface))
        return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}

    @cached_property
    def organizer_aliases(self) -> tuple[tuple[str, str], ...]:
        """(name a body may be called, the name it is compared under), folded (``organizer_aliases.tsv``)."""
        return tuple((fold(a), fold(b)) for a, b in _table("organizer_aliases.tsv", 2))

    @cached_property
    def ordinals(self) -> dict[str, int]:
        """Folded number word -> its value (``kỳ họp thứ tư``: ``tư`` -> 4)."""
        out = {}
        for line, text in _numbered_lines("ordinals.tsv"):
            cells = [c.strip() for c in text.split("\t")]
            if len(cells) != 2 or not cells[0] or not cells[1].isdigit():
                raise DataError("ordinals.tsv", line, f"expected a word, a tab and a number, got {text!r}")
            out[fold(cells[0])] = int(cells[1])
        return out


_override: ContextVar[Resources | None] = ContextVar("kg_resources", default=None)


def derived(fn: Callable[..., T]) -> Callable[..., T]:
    """Cache what ``fn`` derives from the lexicons (compiled patterns) per Resources object.

    A module-level cache would keep serving the default lexicons after a test or a
    deployment swapped them with :func:`use_resources`; this one follows the swap.
    The results live on the Resources object; the wrapper remembers the last object
    it served so the hot path is one identity check and one dict look-up.
    """
    slot = f"_derived:{fn.__module__}.{fn.__qualname__}"
    last: list[Any] = [None, None]  # [the Resources object, its results for fn]

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        res = _override.get() or _default()
        if res is not last[0]:
            last[0], last[1] = res, res.__dict__.setdefault(slot, {})
        key = (args, tuple(sorted(kwargs.items()))) if kwargs else args
        results = last[1]
        try:
            return results[key]  # type: ignore[no-any-return]
        except KeyError:
            value = results[key] = fn(*args, **kwargs)
            return value

    return wrapper


@functools.cache
def _default() -> Resources:
    return Resources()


def resources() -> Resources:
    """Return the resources in use (the process-wide default unless a test swapped them)."""
    return _override.get() or _default()


@contextlib.contextmanager
def use_resources(res: Resources) -> Iterator[Resources]:
    """Use ``res`` instead of the default within the block (for tests)."""
    token = _override.set(res)
    try:
        yield res
    finally:
        _override.reset(token)
