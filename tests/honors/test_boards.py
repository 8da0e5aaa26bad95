"""An honour board publishes the honours of its decisions, with their documents."""

import re
from datetime import date

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from honors.models import Honoree

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_boards(honour_roll):
    document = get_document_model().objects.create(
        title="QĐ 2002", file=ContentFile(b"%PDF-1.4\n", name="qd-2002.pdf")
    )
    with_document = factories.decision(
        "2002/QĐ-UBND", date(2025, 12, 20), document=document
    )
    without_document = factories.decision("3003/QĐ-UBND", date(2025, 6, 1))
    factories.honour(factories.honoree("Lò Thị Hương"), decision_=with_document)
    factories.honour(factories.honoree("Cầm Văn Xuân"), decision_=without_document)
    factories.honour(
        factories.honoree("Ẩn Danh", is_published=False), decision_=with_document
    )
    year_board = factories.board(
        honour_roll, [with_document], title="Khen thưởng năm 2025"
    )
    factories.board(honour_roll, [without_document], title="Khen thưởng giữa năm")
    return year_board, document


def names_on(html):
    return set(re.findall(r'<th scope="row"[^>]*>\s*<a href="[^"]+">([^<]+)</a>', html))


def test_a_board_lists_only_the_honours_of_its_decisions(client, two_boards):
    board, _ = two_boards

    html = client.get(board.url).content.decode()

    assert names_on(html) == {"Lò Thị Hương"}
    assert "Ẩn Danh" not in html


def test_a_board_links_its_decision_documents_and_the_honoree_pages(client, two_boards):
    board, document = two_boards
    honoree = Honoree.objects.get(name="Lò Thị Hương")

    html = client.get(board.url).content.decode()

    assert "Quyết định số 2002/QĐ-UBND ngày 20/12/2025" in html
    assert f'href="{document.url}"' in html
    assert f'href="/bang-vang/ho-so/{honoree.slug}/"' in html


def test_a_board_filters_like_the_roll(client, two_boards):
    board, _ = two_boards

    assert names_on(client.get(board.url, {"q": "cam van"}).content.decode()) == set()
    response = client.get(board.url, {"year": "abc"})
    assert response.status_code == 400


def test_the_roll_lists_its_boards(client, two_boards):
    html = client.get("/bang-vang/").content.decode()

    assert "Khen thưởng năm 2025" in html and "Khen thưởng giữa năm" in html


def test_the_home_page_shows_the_latest_boards_and_a_roll_search(client, two_boards):
    html = client.get("/").content.decode()

    assert "Khen thưởng năm 2025" in html
    assert 'action="/bang-vang/"' in html


def test_an_editor_previews_a_draft_board_before_it_is_published(client, honour_roll):
    from django.contrib.auth import get_user_model

    decision = factories.decision("4004/QĐ-UBND")
    factories.honour(factories.honoree("Quàng Văn Tiến"), decision_=decision)
    draft = factories.board(honour_roll, [decision], title="Bảng nháp", publish=False)
    client.force_login(get_user_model().objects.create_superuser("bt", "bt@x.vn", "x"))

    assert client.get("/bang-vang/").content.decode().count("Quàng Văn Tiến") == 0
    preview = client.get(f"/admin/pages/{draft.pk}/view_draft/")

    assert preview.status_code == 200
    assert "Quàng Văn Tiến" in preview.content.decode()


def test_the_sitemap_leaves_out_honorees_kept_off_public_pages(client, two_boards):
    hidden = Honoree.objects.get(name="Ẩn Danh")

    xml = client.get("/sitemap.xml").content.decode()

    assert "/bang-vang/ho-so/lo-thi-huong/" in xml
    assert hidden.slug not in xml
