"""The demo library as `make run` builds it: the field's main legal texts with their
files, the province's documents, the published commendation decisions beside them, and
documents found by the portal's search the way people type."""

import re

from honors.models import Decision
from library.models import DocumentPage


def numbers_listed(html):
    return re.findall(
        r'<th scope="row"[^>]*>\s*<a class="nowrap" href="[^"]+">([^<]+)</a>', html
    )


def test_the_library_lists_the_legal_texts_and_the_published_decisions(client, demo):
    first = client.get("/van-ban/").content.decode()
    everything = []
    page = 1
    while (response := client.get("/van-ban/", {"page": page})).status_code != 404:
        everything += numbers_listed(response.content.decode())
        page += 1

    assert re.search(r"<h1>Văn bản</h1>", first)
    for number in ("06/2022/QH15", "98/2023/NĐ-CP", "152/2025/NĐ-CP", "125/KH-UBND"):
        assert number in everything
    published = Decision.objects.filter(
        board_links__board__live=True, document__isnull=False
    ).distinct()
    assert published.exists()
    assert {d.number for d in published} <= set(everything)
    assert len(everything) == len(set(everything))
    assert len(everything) == DocumentPage.objects.live().count() + published.count()


def test_filtering_the_demo_by_form_keeps_the_laws(client, demo):
    html = client.get("/van-ban/", {"form": "luat"}).content.decode()

    assert numbers_listed(html) == ["06/2022/QH15", "15/2003/QH11"]


def test_every_demo_document_has_a_pdf_file(demo):
    for page in DocumentPage.objects.live():
        with page.file.file.open("rb") as handle:
            assert handle.read(5) == b"%PDF-", page.number


def test_the_portal_search_finds_a_document_by_number_or_abstract(client, demo):
    decree = DocumentPage.objects.get(number="98/2023/NĐ-CP")

    for typed in ("98/2023/ND-CP", "quy dinh chi tiet thi hanh", "Quy định chi tiết"):
        html = client.get(
            "/tim-kiem/", {"q": typed, "loai": "van-ban"}
        ).content.decode()
        assert f'<a href="{decree.url}"' in html, typed
    facets = client.get("/tim-kiem/", {"q": "nghi dinh"}).content.decode()
    assert "Văn bản" in facets


def test_documents_are_in_the_pages_api_with_their_fields(client, demo):
    response = client.get(
        "/api/v2/pages/",
        {
            "type": "library.DocumentPage",
            "fields": "number,form,authority,issued_on,effective_on,abstract",
            "limit": 50,
        },
    )

    assert response.status_code == 200
    items = {item["number"]: item for item in response.json()["items"]}
    assert items["06/2022/QH15"]["form"] == "luat"
    assert items["06/2022/QH15"]["authority"] == "Quốc hội"
    assert items["06/2022/QH15"]["effective_on"] == "2024-01-01"
    assert items["98/2023/NĐ-CP"]["issued_on"] == "2023-12-31"
