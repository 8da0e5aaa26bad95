"""Open data: the public honour roll as CSV, XLSX and JSON with the roll's filters, and
the read-only JSON API. Only what the honour roll publishes goes out."""

import csv
import io
import json
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import load_workbook

from honors.models import OpenDataPage
from honors.roll.open_data import COLUMNS

from . import factories

HEADERS = [str(column.header) for column in COLUMNS]


@pytest.fixture
def roll(honour_roll):
    """Two public honours (2024, 2025), one on a board in the workflow, one of an
    honoree kept off public pages."""
    muong_la = factories.locality("Mường La")
    d2025 = factories.decision("10/QĐ-UBND", date(2025, 3, 1))
    d2024 = factories.decision("20/QĐ-UBND", date(2024, 3, 1))
    factories.honour(
        factories.honoree(
            "Lò Thị Hương",
            position="Giáo viên",
            organisation="Trường Tiểu học Chiềng Cơi",
            locality=muong_la,
            birth_year=1985,
            ethnicity="thai",
            gender="female",
            biography="Tiểu sử riêng.",
        ),
        decision_=d2025,
        year=2025,
    )
    factories.honour(factories.honoree("Quàng Văn Tâm"), decision_=d2024, year=2024)
    factories.honour(
        factories.honoree("Người Ẩn Danh", is_published=False), decision_=d2025
    )
    factories.board(honour_roll, [d2025, d2024])
    pending = factories.decision("30/QĐ-UBND", date(2025, 6, 1))
    factories.honour(factories.honoree("Người Chờ Duyệt"), decision_=pending)
    factories.board(honour_roll, [pending], title="Chờ duyệt", publish=False)
    return honour_roll


def download(client, extension, query=""):
    response = client.get(f"/bang-vang/tai-ve/{extension}/{query}")
    body = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    return response, body


def csv_rows(body):
    assert body.startswith("\ufeff".encode())  # Excel reads it as UTF-8
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_csv_has_the_public_honours_with_vietnamese_intact(client, roll):
    response, body = download(client, "csv")

    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = csv_rows(body)
    assert rows[0] == HEADERS
    assert [row[0] for row in rows[1:]] == ["Lò Thị Hương", "Quàng Văn Tâm"]
    first = dict(zip(HEADERS, rows[1], strict=True))
    assert first["Đơn vị"] == "Giáo viên, Trường Tiểu học Chiềng Cơi"
    assert first["Địa bàn"] == "xã Mường La"
    assert first["Số quyết định"] == "10/QĐ-UBND"
    assert first["Ngày quyết định"] == "2025-03-01"
    assert first["Đường dẫn xác minh"].startswith("http://testserver/xac-minh/")


def test_downloads_apply_the_honour_rolls_filters(client, roll):
    _, body = download(client, "csv", "?year=2024")
    assert [row[0] for row in csv_rows(body)[1:]] == ["Quàng Văn Tâm"]

    _, body = download(client, "csv", "?q=lo+thi+huong")
    assert [row[0] for row in csv_rows(body)[1:]] == ["Lò Thị Hương"]


def test_xlsx_opens_with_the_same_rows(client, roll):
    response, body = download(client, "xlsx", "?year=2025")

    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(body)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS
    assert [row[0] for row in rows[1:]] == ["Lò Thị Hương"]
    assert rows[1][HEADERS.index("Ngày quyết định")].date() == date(2025, 3, 1)


def test_json_download_has_meta_and_items(client, roll):
    response, body = download(client, "json", "?year=2025")

    data = json.loads(body)
    assert response.streaming
    assert data["count"] == 1
    assert data["filters"] == {"year": 2025}
    assert data["fields"] == [column.key for column in COLUMNS]
    assert data["items"][0]["honoree_name"] == "Lò Thị Hương"
    assert data["items"][0]["decision_date"] == "2025-03-01"


@pytest.mark.parametrize("extension", ["csv", "xlsx", "json"])
def test_nothing_beyond_the_public_roll_goes_out(client, roll, extension):
    _, body = download(client, extension)
    if extension == "xlsx":
        sheet = load_workbook(io.BytesIO(body)).active
        body = "\n".join(
            str(value) for row in sheet.iter_rows(values_only=True) for value in row
        ).encode()
    text = body.decode("utf-8-sig")

    for absent in ("Người Ẩn Danh", "Người Chờ Duyệt", "30/QĐ-UBND", "1985"):
        assert absent not in text
    for absent in ("Tiểu sử riêng", "female", "Nữ", "thai", "Thái"):
        assert absent not in text


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/bang-vang/tai-ve/pdf/", "Không có định dạng “pdf”"),
        ("/bang-vang/tai-ve/csv/?year=abc", "Năm phải là một số"),
        ("/bang-vang/tai-ve/json/?level=vua", "Cấp khen thưởng không hợp lệ"),
    ],
)
def test_bad_download_parameters_are_a_clear_400(client, roll, url, message):
    response = client.get(url)

    assert response.status_code == 400
    assert message in response.content.decode()


def test_the_honour_roll_links_its_filtered_downloads(client, roll):
    html = client.get("/bang-vang/?year=2025&page=1").content.decode()

    assert 'href="/bang-vang/tai-ve/csv/?year=2025"' in html
    assert 'href="/bang-vang/tai-ve/xlsx/?year=2025"' in html
    assert "Danh sách đã lọc như trên" in html


def test_a_download_costs_the_same_queries_for_many_rows(client, roll):
    with CaptureQueriesContext(connection) as few:
        download(client, "csv")
    decision = factories.decision("40/QĐ-UBND", date(2025, 9, 1))
    factories.bulk_honours(300, decision)
    factories.board(roll, [decision], title="Nhiều khen thưởng")
    with CaptureQueriesContext(connection) as many:
        _, body = download(client, "csv")

    assert len(csv_rows(body)) == 303
    assert len(many) <= len(few) + 2  # rows come in chunks of 2,000


# The JSON API -------------------------------------------------------------------------


def test_api_lists_public_honours_with_pagination(client, roll):
    data = client.get("/api/v2/honours/", {"limit": 1}).json()

    assert data["meta"] == {"total_count": 2, "limit": 1, "offset": 0}
    item = data["items"][0]
    assert item["honoree_name"] == "Lò Thị Hương"
    assert set(item) == {"id", "detail_url", *(column.key for column in COLUMNS)}

    second = client.get("/api/v2/honours/", {"limit": 1, "offset": 1}).json()
    assert second["items"][0]["honoree_name"] == "Quàng Văn Tâm"

    detail = client.get(item["detail_url"].replace("http://testserver", "")).json()
    assert detail["honoree_name"] == "Lò Thị Hương"


def test_api_filters_like_the_honour_roll(client, roll):
    data = client.get("/api/v2/honours/", {"year": 2024}).json()

    assert [item["honoree_name"] for item in data["items"]] == ["Quàng Văn Tâm"]


def test_api_never_serves_an_honour_that_is_not_public(client, roll):
    from honors.models import Honour

    hidden = Honour.objects.get(honoree__name="Người Ẩn Danh")
    pending = Honour.objects.get(honoree__name="Người Chờ Duyệt")

    listing = client.get("/api/v2/honours/", {"limit": 100}).content.decode()

    assert "Người Ẩn Danh" not in listing and "Người Chờ Duyệt" not in listing
    assert client.get(f"/api/v2/honours/{hidden.pk}/").status_code == 404
    assert client.get(f"/api/v2/honours/{pending.pk}/").status_code == 404


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("year=abc", "Năm phải là một số"),
        ("offset=50", "vượt quá cuối danh sách: có 2 khen thưởng"),
        ("limit=abc", "“limit” phải là số nguyên"),
        ("limit=1000", "“limit” phải từ 1 đến 100"),
        ("offset=-1", "không được âm"),
        ("colour=red", "Tham số không được hỗ trợ: colour"),
    ],
)
def test_api_bad_parameters_are_a_clear_400(client, roll, query, message):
    response = client.get(f"/api/v2/honours/?{query}")

    assert response.status_code == 400
    assert message in response.json()["message"]


def test_api_listing_costs_a_bounded_number_of_queries(client, roll):
    decision = factories.decision("40/QĐ-UBND", date(2025, 9, 1))
    factories.bulk_honours(150, decision)
    factories.board(roll, [decision], title="Nhiều khen thưởng")

    with CaptureQueriesContext(connection) as queries:
        data = client.get("/api/v2/honours/", {"limit": 100}).json()

    assert len(data["items"]) == 100
    assert len(queries) <= 6


def test_api_pages_serve_live_pages_with_their_fields(client, home_page):
    factories.news(home_page, "Tin công khai", lead="Tóm tắt công khai.")
    factories.news(home_page, "Tin nháp", publish=False)

    data = client.get(
        "/api/v2/pages/", {"type": "honors.NewsPage", "fields": "date,lead"}
    ).json()

    assert [item["title"] for item in data["items"]] == ["Tin công khai"]
    assert data["items"][0]["lead"] == "Tóm tắt công khai."


# The open data page -------------------------------------------------------------------


def test_the_open_data_page_explains_fields_licence_and_api(client, roll, home_page):
    page = OpenDataPage(title="Dữ liệu mở", slug="du-lieu-mo")
    home_page.add_child(instance=page)
    page.save_revision().publish()

    html = client.get("/du-lieu-mo/").content.decode()

    for column in COLUMNS:
        assert f"<code>{column.key}</code>" in html
    assert "http://testserver/bang-vang/tai-ve/csv/" in html
    assert 'rel="license"' in html and "CC BY 4.0" in html
    assert "http://testserver/api/v2/honours/?year=2025" in html


@pytest.mark.parametrize("extension", ["csv", "xlsx", "json"])
def test_a_download_is_named_by_what_it_holds(client, roll, extension):
    from honors.models import Locality

    locality = Locality.objects.get(name="Mường La")

    whole, _body = download(client, extension)
    filtered, _body = download(
        client, extension, f"?year=2025&locality={locality.pk}&kind=individual"
    )

    day = timezone.localdate().strftime("%Y%m%d")
    assert f'filename="khen-thuong-{day}.{extension}"' in whole["Content-Disposition"]
    assert (
        f'filename="khen-thuong-2025-xa-muong-la-ca-nhan-{day}.{extension}"'
        in filtered["Content-Disposition"]
    )


def test_the_xlsx_keeps_its_header_in_view_and_columns_readable(client, roll):
    _response, body = download(client, "xlsx")

    sheet = load_workbook(io.BytesIO(body)).active

    assert sheet.freeze_panes == "A2"
    widths = [sheet.column_dimensions[letter].width for letter in "ABCDEFGHIJK"]
    assert min(widths) >= 8 and max(widths) >= 40
