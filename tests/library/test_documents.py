"""The documents library: each document with the fields Decree 42/2022/ND-CP asks for,
its standing (in force, not yet, expired, replaced), its relations both ways, and a list
filtered by form, authority, year, field and words that also holds the commendation
decisions of the live honour boards. Bad filter values get a clear message and a 400."""

import re
from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from library.models import DocumentPage
from tests.honors import factories as registry
from tests.library import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return factories.library(home_page)


def numbers_listed(response):
    html = response.content.decode()
    return re.findall(
        r'<th scope="row"[^>]*>\s*<a class="nowrap" href="[^"]+">([^<]+)</a>', html
    )


def text_of(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_a_document_page_shows_every_field_and_its_file(client, index):
    page = factories.document(
        index,
        "06/2022/QH15",
        title="Luật Thi đua, khen thưởng năm 2022",
        form="luat",
        authority="Quốc hội",
        signer="Chủ tịch Quốc hội",
        issued_on=date(2022, 6, 15),
        effective_on=date(2024, 1, 1),
        abstract="Luật Thi đua, khen thưởng.",
    )

    response = client.get(page.url)

    text = text_of(response)
    assert response.status_code == 200
    for expected in (
        "Hình thức văn bản Luật",
        "Số, ký hiệu 06/2022/QH15",
        "Cơ quan ban hành Quốc hội",
        "Người ký Chủ tịch Quốc hội",
        "Lĩnh vực Thi đua, khen thưởng",
        "Ngày ban hành 15/06/2022",
        "Ngày có hiệu lực 01/01/2024",
        "Luật Thi đua, khen thưởng.",
        "Tình trạng: Còn hiệu lực",
    ):
        assert expected in text
    assert f'href="{page.file.url}" download' in response.content.decode()


def test_a_document_is_in_force_from_its_effective_date_until_expiry(index):
    today = timezone.localdate()
    pending = factories.document(
        index, "1/KH", issued_on=today, effective_on=today + timedelta(days=10)
    )
    expired = factories.document(
        index, "2/KH", issued_on=date(2020, 1, 1), expires_on=today
    )
    current = factories.document(index, "3/KH", issued_on=date(2020, 1, 1))

    assert pending.status()[0] == "pending"
    assert expired.status()[0] == "expired"
    assert current.status()[0] == "in-force"
    assert pending.status(today=today + timedelta(days=10))[0] == "in-force"


def test_a_document_replaced_by_a_live_one_is_no_longer_in_force(client, index):
    old = factories.document(index, "15/2003/QH11", title="Luật 2003", form="luat")
    draft = factories.document(index, "1/2022/QH15", replaces=[old], publish=False)
    assert old.status()[0] == "in-force"

    new = factories.document(
        index, "06/2022/QH15", title="Luật 2022", form="luat", replaces=[old]
    )

    assert old.status()[0] == "replaced"
    old_page = text_of(client.get(old.url))
    assert "Hết hiệu lực (đã được thay thế)" in old_page
    assert "Được thay thế bởi Luật 06/2022/QH15 : Luật 2022" in old_page
    assert draft.number not in old_page
    assert "Thay thế Luật 15/2003/QH11 : Luật 2003" in text_of(client.get(new.url))


def test_guidance_is_linked_both_ways(client, index):
    law = factories.document(index, "06/2022/QH15", title="Luật 2022", form="luat")
    decree = factories.document(
        index, "98/2023/NĐ-CP", title="Nghị định 98", guides=[law]
    )

    assert "Được hướng dẫn bởi Nghị định 98/2023/NĐ-CP : Nghị định 98" in text_of(
        client.get(law.url)
    )
    assert "Hướng dẫn thi hành Luật 06/2022/QH15 : Luật 2022" in text_of(
        client.get(decree.url)
    )


def test_dates_out_of_order_are_refused_with_a_message(index):
    page = factories.document(index, "5/KH")
    page.effective_on = page.issued_on - timedelta(days=1)
    page.expires_on = page.issued_on - timedelta(days=2)

    with pytest.raises(ValidationError) as refused:
        page.full_clean()

    assert refused.value.message_dict["effective_on"] == [
        "Ngày có hiệu lực không thể trước ngày ban hành."
    ]
    assert refused.value.message_dict["expires_on"] == [
        "Ngày hết hiệu lực phải sau ngày có hiệu lực."
    ]


@pytest.fixture
def shelf(index, home_page):
    """Four documents and two decisions: one on a live board, one on a draft board."""
    factories.document(
        index,
        "06/2022/QH15",
        form="luat",
        authority="Quốc hội",
        issued_on=date(2022, 6, 15),
        abstract="Luật Thi đua, khen thưởng.",
    )
    factories.document(index, "98/2023/NĐ-CP", issued_on=date(2023, 12, 31))
    factories.document(
        index,
        "125/KH-UBND",
        form="ke-hoach",
        authority="Ủy ban nhân dân tỉnh Sơn La",
        issued_on=date(2025, 3, 20),
        abstract="Kế hoạch phát động phong trào thi đua.",
    )
    factories.document(
        index,
        "1120/QĐ-UBND",
        form="quyet-dinh",
        authority="Chủ tịch Ủy ban nhân dân tỉnh Sơn La",
        field="Cải cách hành chính",
        issued_on=date(2025, 8, 5),
        abstract="Công bố thủ tục hành chính.",
    )
    factories.document(index, "9/KH-NHAP", publish=False)
    roll = registry.roll(home_page)
    published = registry.decision(
        "2380/QĐ-UBND",
        date(2025, 12, 15),
        document=factories.file(),
        summary="Về việc tặng Bằng khen của Chủ tịch UBND tỉnh",
    )
    pending = registry.decision(
        "77/QĐ-UBND", date(2025, 11, 1), document=factories.file()
    )
    unfiled = registry.decision("78/QĐ-UBND", date(2025, 11, 2))
    registry.board(roll, [published, unfiled], title="Khen thưởng năm 2025")
    registry.board(roll, [pending], title="Bảng chờ duyệt", publish=False)
    return index


def test_the_list_holds_live_documents_and_published_decisions_newest_first(
    client, shelf
):
    response = client.get(shelf.url)

    assert response.status_code == 200
    assert numbers_listed(response) == [
        "2380/QĐ-UBND",
        "1120/QĐ-UBND",
        "125/KH-UBND",
        "98/2023/NĐ-CP",
        "06/2022/QH15",
    ]
    html = response.content.decode()
    assert "Quyết định khen thưởng (PDF)" in html
    assert ">Khen thưởng năm 2025</a>" in html
    assert "6 văn bản" not in html and "5 văn bản" in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"form": "quyet-dinh"}, ["2380/QĐ-UBND", "1120/QĐ-UBND"]),
        ({"form": "nghi-dinh"}, ["98/2023/NĐ-CP"]),
        ({"authority": "quoc-hoi"}, ["06/2022/QH15"]),
        (
            {"authority": "chu-tich-uy-ban-nhan-dan-tinh-son-la"},
            ["2380/QĐ-UBND", "1120/QĐ-UBND"],
        ),
        ({"year": "2025"}, ["2380/QĐ-UBND", "1120/QĐ-UBND", "125/KH-UBND"]),
        ({"field": "cai-cach-hanh-chinh"}, ["1120/QĐ-UBND"]),
        (
            {"field": "thi-dua-khen-thuong", "year": "2025"},
            ["2380/QĐ-UBND", "125/KH-UBND"],
        ),
        ({"q": "98/2023/ND-CP"}, ["98/2023/NĐ-CP"]),
        ({"q": "ke hoach phong trao"}, ["125/KH-UBND"]),
        ({"q": "Kế hoạch"}, ["125/KH-UBND"]),
        ({"q": "2380"}, ["2380/QĐ-UBND"]),
        ({"q": "luat thi dua", "form": "luat"}, ["06/2022/QH15"]),
    ],
)
def test_filters_narrow_documents_and_decisions_alike(client, shelf, params, expected):
    response = client.get(shelf.url, params)

    assert response.status_code == 200
    assert numbers_listed(response) == expected


def test_the_filters_offer_only_what_the_library_holds(client, shelf):
    html = client.get(shelf.url).content.decode()

    assert '<option value="quoc-hoi">Quốc hội</option>' in html
    assert '<option value="chu-tich-uy-ban-nhan-dan-tinh-son-la">' in html
    assert '<option value="cai-cach-hanh-chinh">Cải cách hành chính</option>' in html
    years = re.findall(r'<option value="(\d{4})">', html)
    assert years == ["2025", "2023", "2022"]


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"form": "sac-lenh"}, 400, "Hình thức văn bản không hợp lệ."),
        (
            {"authority": "bo-ngoai-giao"},
            400,
            "Không có văn bản nào của cơ quan ban hành này.",
        ),
        ({"year": "abc"}, 400, "Không có văn bản nào ban hành năm này."),
        ({"year": "1999"}, 400, "Không có văn bản nào ban hành năm này."),
        ({"field": "y-te"}, 400, "Không có văn bản nào thuộc lĩnh vực này."),
        ({"q": "x" * 101}, 400, "Từ khóa dài tối đa 100 ký tự."),
        ({"page": "abc"}, 400, "Số trang “abc” không hợp lệ."),
        ({"page": "9"}, 404, "Không có trang 9: danh sách có 1 trang."),
    ],
)
def test_bad_filter_values_are_answered_with_a_message(
    client, shelf, params, status, message
):
    response = client.get(shelf.url, params)

    assert response.status_code == status
    assert message in response.content.decode()


def test_pages_of_the_list_neither_overlap_nor_cost_more_queries(
    client, index, django_assert_max_num_queries
):
    for n in range(25):
        factories.document(
            index, f"{n + 1}/TB", form="thong-bao", issued_on=date(2025, 1, 1)
        )
    with django_assert_max_num_queries(40) as small:
        first = numbers_listed(client.get(index.url))
    for n in range(25, 60):
        factories.document(
            index, f"{n + 1}/TB", form="thong-bao", issued_on=date(2025, 1, 1)
        )

    with django_assert_max_num_queries(len(small.captured_queries)):
        first = numbers_listed(client.get(index.url))
    second = numbers_listed(client.get(index.url, {"page": 2}))
    last = numbers_listed(client.get(index.url, {"page": 3}))

    assert len(first) == len(second) == 20 and len(last) == 20
    assert not set(first) & set(second) and not set(second) & set(last)


def edit_form_data(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "form": page.form,
        "number": page.number,
        "authority": page.authority,
        "signer": page.signer,
        "field": page.field,
        "issued_on": page.issued_on.strftime("%d/%m/%Y"),
        "effective_on": "",
        "expires_on": "",
        "abstract": page.abstract,
        "file": page.file_id,
        "replaces": [],
        "guides": [],
        "comments-TOTAL_FORMS": 0,
        "comments-INITIAL_FORMS": 0,
        "comments-MIN_NUM_FORMS": 0,
        "comments-MAX_NUM_FORMS": 1000,
    }
    data.update(changes)
    return data


def test_the_editor_refuses_a_document_related_to_itself(admin_client, index):
    page = factories.document(index, "5/KH")

    response = admin_client.post(
        f"/admin/pages/{page.pk}/edit/", edit_form_data(page, replaces=[page.pk])
    )

    assert response.status_code == 200
    assert "Văn bản không thể liên quan đến chính nó." in response.content.decode()
    page.refresh_from_db()
    assert list(page.replaces.all()) == []


def test_the_editor_refuses_replacing_and_guiding_the_same_document(
    admin_client, index
):
    law = factories.document(index, "06/2022/QH15", form="luat")
    decree = factories.document(index, "98/2023/NĐ-CP")

    refused = admin_client.post(
        f"/admin/pages/{decree.pk}/edit/",
        edit_form_data(decree, replaces=[law.pk], guides=[law.pk]),
    )
    accepted = admin_client.post(
        f"/admin/pages/{decree.pk}/edit/", edit_form_data(decree, guides=[law.pk])
    )

    assert "vừa bị thay thế vừa được hướng dẫn" in refused.content.decode()
    assert accepted.status_code == 302
    draft = DocumentPage.objects.get(pk=decree.pk).get_latest_revision_as_object()
    assert [page.pk for page in draft.guides.all()] == [law.pk]
