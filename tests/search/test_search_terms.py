"""What people search for is counted for the editors: every search, and those that
found nothing, per day; a query that looks like a phone number or an e-mail address is
not recorded. The report lists a period's queries to users with the permission."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import ZeroResultDailyHits
from search.page.terms import looks_personal, record_search

pytestmark = pytest.mark.django_db


def hits(text):
    query = Query.objects.filter(query_string=text).first()
    if query is None:
        return 0, 0
    return query.hits, sum(query.zero_result_hits.values_list("hits", flat=True))


def test_each_search_of_the_first_page_is_counted(client, home_page):
    client.get("/tim-kiem/", {"q": "Sơn La"})
    client.get("/tim-kiem/", {"q": "SƠN LA"})
    client.get("/tim-kiem/", {"q": "Sơn La", "page": "2"})

    assert hits("sơn la") == (2, 2)


def test_searches_that_find_something_are_not_counted_as_empty(client, home_page):
    record_search("Sơn La", found=True)
    record_search("Sơn La", found=False)

    assert hits("sơn la") == (2, 1)


@pytest.mark.parametrize(
    "text", ["0912 345 678", "0912.345.678", "+84 912 345 678", "ai@example.vn"]
)
def test_personal_data_typed_into_the_box_is_not_recorded(client, home_page, text):
    client.get("/tim-kiem/", {"q": text})

    assert not Query.objects.exists()


@pytest.mark.parametrize("text", ["2020 - 2025", "303/QĐ-CTN", "Lò Thị Hương"])
def test_ordinary_queries_are_not_taken_for_personal_data(text):
    assert not looks_personal(text)


def test_bad_input_is_not_recorded(client, home_page):
    client.get("/tim-kiem/", {"q": "!!!"})
    client.get("/tim-kiem/", {"q": "x" * 300})

    assert not Query.objects.exists()


@pytest.fixture
def counted():
    today = timezone.localdate()
    for text, days_ago, searches, empty in [
        ("lo thi huong", 0, 5, 0),
        ("huan chuong", 1, 3, 3),
        ("huan chuong", 40, 9, 9),
        ("chien si", 2, 1, 0),
    ]:
        query = Query.get(text)
        day = today - timedelta(days=days_ago)
        QueryDailyHits.objects.create(query=query, date=day, hits=searches)
        if empty:
            ZeroResultDailyHits.objects.create(query=query, date=day, hits=empty)


def report_rows(client, **params):
    response = client.get("/admin/reports/tu-khoa-tim-kiem/", params)
    assert response.status_code == 200
    return response.context["object_list"]


def test_the_report_counts_the_last_30_days(admin_client, counted):
    rows = report_rows(admin_client)

    assert [(q.query_string, q.searches, q.empty_searches) for q in rows] == [
        ("lo thi huong", 5, 0),
        ("huan chuong", 3, 3),
        ("chien si", 1, 0),
    ]


def test_the_report_shows_the_queries_that_found_nothing(admin_client, counted):
    rows = report_rows(admin_client, only_zero="true")

    assert [q.query_string for q in rows] == ["huan chuong"]


def test_the_report_counts_any_period(admin_client, counted):
    today = timezone.localdate()
    start = today - timedelta(days=60)

    rows = report_rows(
        admin_client,
        period_from=start.isoformat(),
        period_to=today.isoformat(),
    )

    assert [(q.query_string, q.searches, q.empty_searches) for q in rows][:1] == [
        ("huan chuong", 12, 12)
    ]


def test_the_report_is_for_users_with_the_permission(client, counted):
    user = get_user_model().objects.create_user("bientap", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    refused = client.get("/admin/reports/tu-khoa-tim-kiem/")
    user.user_permissions.add(Permission.objects.get(codename="view_search_terms"))
    allowed = client.get("/admin/reports/tu-khoa-tim-kiem/")

    assert refused.status_code == 302
    assert allowed.status_code == 200
    assert "lo thi huong" in allowed.content.decode()


def test_the_report_exports_a_spreadsheet(admin_client, counted):
    response = admin_client.get("/admin/reports/tu-khoa-tim-kiem/", {"export": "csv"})

    content = b"".join(response.streaming_content).decode("utf-8-sig")
    assert content.splitlines()[0] == "Từ khóa,Số lượt tìm,Số lượt không có kết quả"
    assert "huan chuong,3,3" in content


def test_old_counts_are_forgotten(counted, settings):
    import io

    from django.core.management import call_command

    settings.WAGTAILSEARCH_HITS_MAX_AGE = 30

    call_command("purge_search_terms", stdout=io.StringIO())

    remaining = {
        (q.query_string, q.hits, sum(q.zero_result_hits.values_list("hits", flat=True)))
        for q in Query.objects.all()
    }
    assert remaining == {
        ("lo thi huong", 5, 0),
        ("huan chuong", 3, 3),
        ("chien si", 1, 0),
    }
