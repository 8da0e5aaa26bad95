"""The public tracker of dossiers: every sent dossier with its dates and state, never a
draft and never a nominee's name; filters and a look-up by code; a CSV of the same;
a bounded number of queries whatever the number of dossiers."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from honors.dossiers.choices import DossierState
from honors.dossiers.models import Dossier

pytestmark = pytest.mark.django_db


def test_the_tracker_lists_sent_dossiers_without_names(client, demo):
    response = client.get("/tra-cuu-ho-so/")
    html = response.content.decode()

    assert response.status_code == 200
    for dossier in Dossier.objects.sent():
        assert dossier.code in html
    draft = Dossier.objects.get(state=DossierState.DRAFT)
    assert draft.title not in html
    for name in Dossier.objects.sent().values_list("nominees__name", flat=True):
        assert name not in html
    assert "Sở Giáo dục và Đào tạo" in html


def test_a_dossier_s_page_shows_its_dates_and_steps_but_no_names(client, demo):
    dossier = Dossier.objects.get(state=DossierState.UNDER_REVIEW)

    response = client.get(f"/tra-cuu-ho-so/{dossier.code}/")
    html = response.content.decode()

    assert response.status_code == 200
    assert dossier.due_on.strftime("%d/%m/%Y") in html
    assert "Đã tiếp nhận hồ sơ" in html and "Đã chuyển thẩm định" in html
    assert dossier.nominees.get().name not in html
    assert "thuky" not in html  # who acted stays inside


def test_a_draft_has_no_public_page(client, demo):
    draft = Dossier.objects.get(state=DossierState.DRAFT)
    Dossier.objects.filter(pk=draft.pk).update(code="HS-2026-999999")

    assert client.get("/tra-cuu-ho-so/HS-2026-999999/").status_code == 404


def test_the_look_up_finds_a_code_however_typed(client, demo):
    dossier = Dossier.objects.sent().first()

    response = client.get("/tra-cuu-ho-so/", {"ma": f" {dossier.code.lower()} "})

    assert response.status_code == 302
    assert response["Location"] == f"/tra-cuu-ho-so/{dossier.code}/"
    missing = client.get("/tra-cuu-ho-so/", {"ma": "HS-1999-000001"})
    assert missing.status_code == 404
    assert "Không tìm thấy hồ sơ mã HS-1999-000001." in missing.content.decode()


def test_filters_by_unit_and_state_and_a_bad_value_is_a_message(client, demo):
    returned = Dossier.objects.get(state=DossierState.RETURNED)

    response = client.get("/tra-cuu-ho-so/", {"state": "returned"})
    html = response.content.decode()
    assert returned.code in html
    assert Dossier.objects.get(state=DossierState.SENT).code not in html

    by_unit = client.get("/tra-cuu-ho-so/", {"unit": returned.unit_id}).content
    assert returned.code.encode() in by_unit

    bad = client.get("/tra-cuu-ho-so/", {"state": "draft"})
    assert bad.status_code == 400
    assert "Trạng thái không hợp lệ." in bad.content.decode()


def test_the_csv_has_the_same_rows_and_cells_that_stay_text(client, demo):
    dossier = Dossier.objects.get(state=DossierState.SENT)
    Dossier.objects.filter(pk=dossier.pk).update(title='=HYPERLINK("x")')

    response = client.get("/tra-cuu-ho-so/tai-ve.csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))

    assert rows[0][:3] == ["Mã hồ sơ", "Đơn vị trình", "Trích yếu"]
    assert sorted(row[0] for row in rows[1:]) == sorted(
        Dossier.objects.sent().values_list("code", flat=True)
    )
    assert [row[2] for row in rows if row[0] == dossier.code] == ['\'=HYPERLINK("x")']
    assert client.get("/tra-cuu-ho-so/tai-ve.csv", {"year": "abc"}).status_code == 400


def test_the_tracker_costs_the_same_queries_whatever_the_number_of_dossiers(
    client, demo
):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/tra-cuu-ho-so/").status_code == 200
        return len(captured)

    queries()  # the first visit saves the default rules and warms the site's caches
    before = queries()
    template = Dossier.objects.get(state=DossierState.SENT)
    for number in range(30):
        copy = Dossier.objects.create(
            unit=template.unit,
            title=f"Hồ sơ {number}",
            year=template.year,
            state=DossierState.RECEIVED,
            code=f"HS-2026-9{number:05d}",
        )
        copy.awards.set(template.awards.all())

    assert queries() == before
    assert before <= 16


def test_the_statistics_page_shows_the_dossiers_against_the_target(client, demo):
    html = client.get("/thong-ke/").content.decode()

    assert "Hồ sơ khen thưởng xử lý trên cổng" in html
    assert "Khen thưởng có bản điện tử của quyết định" in html
    assert "Giải quyết hồ sơ khen thưởng" in html
    assert "Theo đơn vị trình" in html


def test_the_api_lists_sent_dossiers_with_the_tracker_s_fields_and_filters(
    client, demo
):
    response = client.get("/api/v2/dossiers/", {"limit": 20})
    data = response.json()

    assert response.status_code == 200
    assert data["meta"]["total_count"] == Dossier.objects.sent().count()
    codes = {item["code"] for item in data["items"]}
    assert codes == set(Dossier.objects.sent().values_list("code", flat=True))
    item = data["items"][0]
    assert set(item) == {
        "id",
        "detail_url",
        "code",
        "unit",
        "title",
        "commendation_type",
        "awards",
        "nominees",
        "received_on",
        "due_on",
        "state",
        "finished_on",
        "on_time",
    }
    handled = data["meta"]["handled_on_time"]
    assert handled["of"] >= handled["count"] >= 1

    returned = Dossier.objects.get(state=DossierState.RETURNED)
    only = client.get("/api/v2/dossiers/", {"state": "returned"}).json()
    assert [item["code"] for item in only["items"]] == [returned.code]
    detail = client.get(f"/api/v2/dossiers/{returned.pk}/").json()
    assert detail["code"] == returned.code


def test_the_api_refuses_drafts_and_bad_parameters_with_messages(client, demo):
    draft = Dossier.objects.get(state=DossierState.DRAFT)

    assert client.get(f"/api/v2/dossiers/{draft.pk}/").status_code == 404
    bad = client.get("/api/v2/dossiers/", {"state": "draft"})
    assert bad.status_code == 400
    assert bad.json()["message"] == "Trạng thái không hợp lệ."
    unknown = client.get("/api/v2/dossiers/", {"nominee": "x"})
    assert unknown.status_code == 400
    assert "nominee" in unknown.json()["message"]


def test_the_tracker_filters_by_year_and_reads_in_english(client, demo):
    years = set(Dossier.objects.sent().values_list("year", flat=True))
    year = min(years)
    of_year = set(
        Dossier.objects.sent().filter(year=year).values_list("code", flat=True)
    )

    html = client.get("/tra-cuu-ho-so/", {"year": year}).content.decode()
    assert of_year and all(code in html for code in of_year)
    assert not any(
        code in html
        for code in Dossier.objects.sent()
        .exclude(year=year)
        .values_list("code", flat=True)
    )

    english = client.get("/en/tra-cuu-ho-so/").content.decode()
    assert "Commendation dossier tracker" in english
    assert "Received on" in english or "Due date" in english
    dossier = Dossier.objects.get(state=DossierState.RETURNED)
    page = client.get(f"/en/tra-cuu-ho-so/{dossier.code}/").content.decode()
    assert "Returned for supplement" in page
    assert "Dossier returned for supplement" in page
