"""A small hand-written graph with meetings, attendees and tasks for the query tests.

The seeds' graph may hold few meetings and tasks while the extractors grow;
this sample makes every competency query return rows, including unbound
optional columns, quotes, commas and line breaks that CSV/TSV must escape.
"""

from __future__ import annotations

from pathlib import Path

SAMPLE_TTL = """\
@prefix kg: <https://w3id.org/vn-gov-kg/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<https://w3id.org/vn-gov-kg/id/article/s1> a schema:NewsArticle ;
    schema:headline "UBND thị xã họp phiên thường kỳ tháng 3/2022"@vi ;
    schema:datePublished "2022-03-28"^^xsd:date ;
    schema:author <https://w3id.org/vn-gov-kg/id/author/a1>, <https://w3id.org/vn-gov-kg/id/author/a2> ;
    schema:about <https://w3id.org/vn-gov-kg/id/meeting/m1> ;
    schema:mentions <https://w3id.org/vn-gov-kg/id/place/t1> .
<https://w3id.org/vn-gov-kg/id/author/a1> schema:name "Thu Hà"@vi .
<https://w3id.org/vn-gov-kg/id/author/a2> schema:name "Minh Đức"@vi .
<https://w3id.org/vn-gov-kg/id/article/s2> a schema:NewsArticle ;
    schema:headline "Hội nghị \\"giao ban\\", quý I"@vi ;
    schema:about <https://w3id.org/vn-gov-kg/id/meeting/m2> .

<https://w3id.org/vn-gov-kg/id/place/p1> a schema:AdministrativeArea ; schema:name "Quảng Ninh"@vi ;
    kg:adminType kg:Province ; kg:gsoCode "22" .
<https://w3id.org/vn-gov-kg/id/place/t1> a schema:AdministrativeArea ; schema:name "Đông Triều"@vi ;
    kg:adminType kg:Town ; kg:gsoCode "205" ; schema:containedInPlace <https://w3id.org/vn-gov-kg/id/place/p1> .
kg:Province skos:prefLabel "tỉnh"@vi .
kg:Town skos:prefLabel "thị xã"@vi .

<https://w3id.org/vn-gov-kg/id/person/x> a kg:Official ; schema:name "Nguyễn Văn Xuân"@vi .
<https://w3id.org/vn-gov-kg/id/person/y> a kg:Official ; schema:name "Trần Thị Yến"@vi .
<https://w3id.org/vn-gov-kg/id/org/ubnd> a org:Organization ; skos:prefLabel "Ủy ban nhân dân thị xã Đông Triều"@vi .
<https://w3id.org/vn-gov-kg/id/org/tc> a org:Organization ; skos:prefLabel "Phòng Tài chính - Kế hoạch"@vi .
<https://w3id.org/vn-gov-kg/id/org/yt> a org:Organization ; skos:prefLabel "Trung tâm Y tế thị xã"@vi .
<https://w3id.org/vn-gov-kg/id/role/ct> skos:prefLabel "Chủ tịch"@vi .
<https://w3id.org/vn-gov-kg/id/post/ct> a org:Post ; rdfs:label "Chủ tịch Ủy ban nhân dân thị xã Đông Triều"@vi ;
    org:postIn <https://w3id.org/vn-gov-kg/id/org/ubnd> ; org:role <https://w3id.org/vn-gov-kg/id/role/ct> .
<https://w3id.org/vn-gov-kg/id/membership/x-ct> a org:Membership ; org:member <https://w3id.org/vn-gov-kg/id/person/x> ; org:organization <https://w3id.org/vn-gov-kg/id/org/ubnd> ;
    org:role <https://w3id.org/vn-gov-kg/id/role/ct> ; kg:post <https://w3id.org/vn-gov-kg/id/post/ct> ; prov:wasDerivedFrom <https://w3id.org/vn-gov-kg/id/article/s1> ;
    kg:observedOn "2022-03-25"^^xsd:date .

<https://w3id.org/vn-gov-kg/id/meeting/m1> a kg:Meeting ; schema:startDate "2022-03-25"^^xsd:date ;
    kg:chair <https://w3id.org/vn-gov-kg/id/person/x> ; schema:organizer <https://w3id.org/vn-gov-kg/id/org/ubnd> ; schema:location <https://w3id.org/vn-gov-kg/id/place/t1> ;
    schema:attendee <https://w3id.org/vn-gov-kg/id/person/x>, <https://w3id.org/vn-gov-kg/id/person/y> .
<https://w3id.org/vn-gov-kg/id/meeting/m2> a kg:Meeting .

<https://w3id.org/vn-gov-kg/id/task/t1> a kg:Task ; kg:atMeeting <https://w3id.org/vn-gov-kg/id/meeting/m1> ; kg:assigner <https://w3id.org/vn-gov-kg/id/person/x> ;
    kg:assignee <https://w3id.org/vn-gov-kg/id/org/tc>, <https://w3id.org/vn-gov-kg/id/org/yt> ;
    schema:description "Rà soát, báo cáo \\"kết quả\\"\\ntrước ngày 30/4"@vi .
<https://w3id.org/vn-gov-kg/id/task/t2> a kg:Task ; kg:atMeeting <https://w3id.org/vn-gov-kg/id/meeting/m1> ;
    schema:description "Tập trung giải ngân vốn đầu tư công"@vi .
"""  # noqa: E501 - IRIs in the Turtle


def write_sample(directory: Path) -> Path:
    """Write the sample graph to ``directory/sample.ttl`` and return its path."""
    path = directory / "sample.ttl"
    path.write_text(SAMPLE_TTL, encoding="utf-8")
    return path
