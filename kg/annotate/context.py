"""What a title needs from its article: the home unit, its province, the register, the places seen.

Built once per article by :func:`kg.annotate.annotate` and carried on
:attr:`kg.model.Annotations.context`, so every stage that reads a title (people,
meetings, tasks, tenure) completes ``UBND thành phố`` with the same unit.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.lexicon.gazetteer import Gazetteer
from kg.model import Place, PlaceType


def _fits(kind: PlaceType, place: Place) -> bool:
    """Whether a unit of type ``kind`` can be ``place`` (a central city is also a city)."""
    return place.type is kind or (kind is PlaceType.CITY and place.type is PlaceType.CENTRAL_CITY)


CONGRESS_REACH = 500  # characters: a congress's results are written in the sentences right after it


@dataclass(frozen=True)
class TitleContext:
    """What a title needs from its article: the home unit, its province, the register.

    ``seen`` holds the units the article names explicitly after an organization head
    (offset, place), so a later bare ``Thành ủy`` or ``UBND xã`` means one of them;
    ``named`` every registered unit the article names (its place mentions).
    """

    gaz: Gazetteer
    home: Place | None = None
    province: Place | None = None
    seen: tuple[tuple[int, Place], ...] = ()
    named: tuple[Place, ...] = ()
    # the commune, ward or special zone a post-reform article is about (kg.annotate.home.pick_commune):
    # since 1 July 2025 a bare ``Đảng ủy``, ``HĐND``, ``UBND`` in its article is that unit's body
    commune: Place | None = None
    # the units whose Party organization the text names as the body that elects (``Đại hội Đảng bộ tỉnh
    # Quảng Ninh``, ``Ban Chấp hành Đảng bộ tỉnh Nghệ An``), by offset: a congress's results follow
    congresses: tuple[tuple[int, Place], ...] = ()

    @property
    def local(self) -> Place | None:
        """The unit a local body written with no place means: the article's commune after the
        reform (``Phó Bí thư Thường trực Đảng ủy`` in a commune's article), else the home."""
        return self.commune or self.home

    @property
    def near(self) -> tuple[Place, ...]:
        return tuple(p for p in (self.home, self.province) if p)

    def implicit(self, kind: PlaceType, at: int | None = None) -> Place | None:
        """The unit a bare type word (``thành phố``, ``tỉnh``) means in this article."""
        for place in (self.commune, self.home, self.province):
            if place is not None and _fits(kind, place):
                return place
        fitting = [(pos, p) for pos, p in self.seen if _fits(kind, p)]
        if fitting:
            before = [p for pos, p in fitting if at is None or pos < at]
            return before[-1] if before else fitting[0][1]
        home = self.home
        if home is not None and kind.level == home.type.level == 2:
            return home
        return None

    def congress_unit(self, at: int) -> Place | None:
        """The unit whose congress the text reported last before ``at``, within :data:`CONGRESS_REACH`.

        ``Đại hội Đảng bộ tỉnh Quảng Ninh … Các ông A, B được bầu giữ chức Phó Bí thư``: a bare Party
        role there is that unit's committee's, whichever unit the article is about (an article may
        report five provinces' congresses one after the other).
        """
        before = [(pos, place) for pos, place in self.congresses if at - CONGRESS_REACH <= pos < at]
        return before[-1][1] if before else None

    def only_named(self, kind: PlaceType) -> Place | None:
        """The one unit of type ``kind`` the article names, else the one its smaller named units lie in.

        ``UBND huyện … tại xã Nâm N'Jang``: the district the named communes lie in, when they all
        lie in one.
        """
        named = {p.key: p for p in self.named if _fits(kind, p)}
        if not named:
            parents = [self.gaz.parent(p) for p in self.named if p.type.level > kind.level]
            named = {p.key: p for p in parents if p is not None and _fits(kind, p)}
            if len(named) != 1 or any(p is None or p.key not in named for p in parents):
                return None
        return next(iter(named.values())) if len(named) == 1 else None
