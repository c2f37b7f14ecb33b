"""In-article coreference: the person a title used alone means, and the body a bare role takes.

:class:`kg.annotate.people.PeopleFinder` reads names and titles where they are written; what
is decided here looks across the article's people once they are read: a title used alone
(``đồng chí Bí thư Thành ủy``) goes to the person who holds it, a bare role takes the body the
same person's full title names (``Bí thư Đinh La Thăng``) or the body of the neighbour just
named (``X – Chủ tịch UBND thị xã Sông Cầu, Phó Chủ tịch Y``).
"""

from __future__ import annotations

from dataclasses import replace

from kg.annotate.segment import sentence_at
from kg.annotate.titles import is_implied
from kg.lexicon.normalize import fold
from kg.model import PersonMention, Span, Title, TitleMention


def complete_from_person(text: str, folded: str, people: list[PersonMention]) -> list[PersonMention]:
    """A bare role (``Bí thư Đinh La Thăng``) takes the body the same person's full title names."""
    full: dict[str, list[Title]] = {}
    for p in people:
        full.setdefault(p.name, []).extend(t for t in p.titles if t.org is not None and t.org.place is not None)
    named = {(name, t.role, t.org.head): t for name, ts in full.items() for t in ts
             if t.org is not None and t.org.place is not None and _names_place(folded, t)}
    written: dict[tuple[str, str], Title] = {}
    for p in people:
        for t in p.titles:
            if t.org is not None and not is_implied(t, text):
                written.setdefault((p.name, t.role), _named_form(folded, t, p.name, named))
    out = []
    for p in people:
        titles = tuple(
            replace(written[(p.name, t.role)], span=t.span)
            if (p.name, t.role) in written and (t.org is None or is_implied(t, text))
            else _longer_form(_named_form(folded, t, p.name, named), full.get(p.name, ()))
            for t in p.titles
        )
        out.append(replace(p, titles=titles) if titles != p.titles else p)
    return out


def _names_place(folded: str, title: Title) -> bool:
    """Whether the title's text writes its unit's name (not only ``UBND TP``)."""
    place = title.org.place if title.org is not None else None
    return place is not None and fold(place.name) in folded[title.span.start : title.span.end]


def _named_form(folded: str, title: Title, name: str, named: dict[tuple[str, str, str], Title]) -> Title:
    """``Phó Chủ tịch UBND TP X`` when the same person is ``Phó Chủ tịch UBND TP Đà Nẵng`` elsewhere."""
    if title.org is None or title.org.place is None or _names_place(folded, title):
        return title
    other = named.get((name, title.role, title.org.head))
    return replace(other, span=title.span) if other is not None else title


def title_mentions(text: str, sentences: tuple[Span, ...], people: list[PersonMention],
                   loose: list[Title]) -> tuple[TitleMention, ...]:
    """Coreference: give each title used alone the person who holds that title here."""
    out = []
    for title in loose:
        if is_implied(title, text):
            holder = _holder_by_role(title, people)
            if holder is not None:
                name, held = holder
                out.append(TitleMention(replace(held, span=title.span), name,
                                        sentence_at(sentences, title.span.start)))
                continue
        out.append(TitleMention(title, resolve_title(title, people), sentence_at(sentences, title.span.start)))
    return tuple(out)


def _longer_form(title: Title, held: list[Title] | tuple[Title, ...]) -> Title:
    """``Trưởng ban Pháp chế X`` after ``X – Trưởng Ban Pháp chế HĐND tỉnh``: the body named in full."""
    org = title.org
    if org is None or org.place is not None:
        return title
    longer = {t.org.key: t for t in held if t.role == title.role and t.org is not None
              and fold(t.org.label).startswith(fold(org.label) + " ")}  # one body, however often named
    return replace(next(iter(longer.values())), span=title.span) if len(longer) == 1 else title


def deputies_from_neighbours(people: list[PersonMention]) -> list[PersonMention]:
    """``X – Chủ tịch UBND thị xã Sông Cầu, Phó Chủ tịch Y``: a bare deputy role takes the body
    of the same role held by the person named just before, in the same sentence."""
    ordered = sorted(people, key=lambda p: p.span.start)
    out = []
    for i, p in enumerate(ordered):
        titles = list(p.titles)
        for j, t in enumerate(titles):
            if t.org is not None or not t.role.startswith("Phó "):
                continue
            base = t.role[4:]
            base = base[:1].upper() + base[1:]
            for q in reversed(ordered[:i]):
                if q.sentence != p.sentence:
                    break
                held = next((u for u in q.titles if u.org is not None and u.role in (base, t.role)), None)
                if held is not None:
                    titles[j] = replace(t, org=held.org)
                    break
        out.append(replace(p, titles=tuple(titles)) if titles != list(p.titles) else p)
    return out


def _holder_by_role(title: Title, people: list[PersonMention]) -> tuple[str, Title] | None:
    """The person holding a bare role (``Bí thư``) here: the only one, else the last named before."""
    held = [(p, t) for p in people for t in p.titles if t.role == title.role and t.org is not None]
    if len({p.name for p, _ in held}) == 1:
        return held[0][0].name, held[0][1]
    before = [(p, t) for p, t in held if p.span.start < title.span.start]
    if not before:
        return None
    p, t = max(before, key=lambda pt: pt[0].span.start)
    return p.name, t


def resolve_title(title: Title, people: list[PersonMention]) -> str | None:
    """Return the name of the person holding ``title`` in this article, if one does."""
    def holders(match) -> list[PersonMention]:  # type: ignore[no-untyped-def]
        return [p for p in people if any(match(t) for t in p.titles)]

    exact = holders(lambda t: t.role == title.role and t.org is not None and title.org is not None
                    and t.org.key == title.org.key)
    if not exact and title.org is not None:
        exact = holders(lambda t: t.role == title.role and t.org is not None
                        and t.org.head == title.org.head)
    if not exact and title.org is None:
        exact = holders(lambda t: t.role == title.role)
    names = {p.name for p in exact}
    if len(names) == 1:
        return names.pop()
    before = [p for p in exact if p.span.start < title.span.start]
    return before[-1].name if before else None
