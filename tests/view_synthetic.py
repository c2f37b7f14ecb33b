"""A generated graph shaped like ``kg build``'s output, for the large-view browser test."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg.graph.vocab import ID, KG, ORG, SCHEMA

ROLES = ("Chủ tịch", "Phó Chủ tịch", "Ủy viên")
BODIES = ("Ủy ban nhân dân huyện", "Huyện ủy")
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ")
MIDDLE = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Thu", "Ngọc")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Hương", "Lan", "Minh", "Nam", "Phong", "Quân", "Sơn",
         "Tâm", "Thành", "Tuấn", "Vinh", "Yến")


def vi(text: str) -> Literal:
    return Literal(text, lang="vi")


NAMESAKE = "Nguyễn Văn Trùng Tên"  # the chair of district 0's first body in every province
TWIN = "Trần Song Sinh"  # two person nodes, one name, one post: a duplicate left unmerged


def synthetic_graph(*, provinces: int = 16, districts: int = 10,
                    tasks_per_meeting: int = 4) -> Graph:
    """Return a deterministic graph of provinces, districts, bodies, posts, officials (with
    memberships and evidence), articles, meetings and tasks: 3,376 drawn nodes by default
    (``provinces=64, districts=11``: 15,046). Namesakes: one ``NAMESAKE`` per province."""
    g = Graph()
    serial = 0
    for p in range(provinces):
        province = ID[f"place/{p:02d}"]
        g.add((province, RDF.type, SCHEMA.AdministrativeArea))
        g.add((province, SCHEMA.name, vi(f"tỉnh Thử Nghiệm {p}")))
        g.add((province, KG.gsoCode, Literal(f"{p:02d}")))
        for d in range(districts):
            code = f"{p:02d}{d:03d}"
            district = ID[f"place/{code}"]
            g.add((district, RDF.type, SCHEMA.AdministrativeArea))
            g.add((district, SCHEMA.name, vi(f"huyện Mẫu {p}-{d}")))
            g.add((district, KG.gsoCode, Literal(code)))
            g.add((district, SCHEMA.containedInPlace, province))
            article = ID[f"article/a-{code}"]
            g.add((article, RDF.type, SCHEMA.NewsArticle))
            g.add((article, SCHEMA.headline, vi(f"Huyện Mẫu {p}-{d} họp giao ban tháng {d + 1}")))
            g.add((article, SCHEMA.datePublished, Literal(f"2022-{d % 12 + 1:02d}-15",
                                                          datatype=XSD.date)))
            g.add((article, KG.sourceFile, Literal(f"synthetic/{code}.txt")))
            g.add((article, SCHEMA.mentions, district))
            officials: list[URIRef] = []
            orgs: list[URIRef] = []
            for b, body in enumerate(BODIES):
                org = ID[f"org/{code}-{b}"]
                orgs.append(org)
                g.add((org, RDF.type, ORG.Organization))
                g.add((org, SKOS.prefLabel, vi(f"{body} Mẫu {p}-{d}")))
                g.add((org, KG.locality, district))
                for r, role in enumerate(ROLES):
                    serial += 1
                    name = (f"{FAMILY[serial % len(FAMILY)]} {MIDDLE[serial % len(MIDDLE)]} "
                            f"{GIVEN[serial % len(GIVEN)]} {serial}")
                    if d == b == r == 0:
                        name = NAMESAKE
                    person = ID[f"person/p{serial:05d}"]
                    post = ID[f"post/{code}-{b}-{r}"]
                    role_node = ID[f"role/r{r}"]
                    g.add((role_node, RDF.type, ORG.Role))
                    g.add((role_node, SKOS.prefLabel, vi(role)))
                    g.add((post, RDF.type, ORG.Post))
                    g.add((post, RDFS.label, vi(f"{role} {body} Mẫu {p}-{d}")))
                    g.add((post, ORG.postIn, org))
                    g.add((person, RDF.type, KG.Official))
                    g.add((person, SCHEMA.name, vi(name)))
                    g.add((person, ORG.holds, post))
                    ev = ID[f"evidence/{code}/{b}-{r}"]
                    g.add((ev, RDF.type, KG.Evidence))
                    g.add((ev, KG.sentence, vi(f"Đồng chí {name} – {role} {body} chủ trì.")))
                    g.add((ev, PROV.wasDerivedFrom, article))
                    g.add((ev, KG.startOffset, Literal(10 * r, datatype=XSD.integer)))
                    g.add((ev, KG.endOffset, Literal(10 * r + 9, datatype=XSD.integer)))
                    m = ID[f"membership/{code}-{b}-{r}"]
                    g.add((m, RDF.type, ORG.Membership))
                    g.add((m, ORG.member, person))
                    g.add((m, ORG.organization, org))
                    g.add((m, ORG.role, role_node))
                    g.add((m, KG.post, post))
                    g.add((m, KG.evidence, ev))
                    g.add((m, PROV.wasDerivedFrom, article))
                    officials.append(person)
            if p == d == 0:
                for twin in ("a", "b"):
                    person = ID[f"person/twin-{twin}"]
                    g.add((person, RDF.type, KG.Official))
                    g.add((person, SCHEMA.name, vi(TWIN)))
                    g.add((person, ORG.holds, ID[f"post/{code}-0-2"]))
            meeting = ID[f"meeting/{code}"]
            g.add((meeting, RDF.type, KG.Meeting))
            g.add((meeting, RDFS.label, vi("họp giao ban")))
            g.add((meeting, SCHEMA.startDate,
                   Literal(f"2022-{d % 12 + 1:02d}-14", datatype=XSD.date)))
            g.add((meeting, KG.chair, officials[0]))
            g.add((meeting, SCHEMA.organizer, orgs[0]))
            g.add((meeting, SCHEMA.location, district))
            g.add((article, SCHEMA.about, meeting))
            for attendee in officials[1:3]:
                g.add((meeting, SCHEMA.attendee, attendee))
            for t in range(tasks_per_meeting):
                task = ID[f"task/{code}-{t}"]
                g.add((task, RDF.type, KG.Task))
                g.add((task, SCHEMA.description, vi(f"rà soát nhiệm vụ số {t} của huyện")))
                g.add((task, KG.assigner, officials[0]))
                g.add((task, KG.assignee, orgs[t % len(orgs)]))
                g.add((task, KG.atMeeting, meeting))
    return g
