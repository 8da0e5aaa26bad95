"""The admin speaks Vietnamese to the portal's editors: Wagtail's own screens through the
portal's catalogue (locale/vi), the portal's screens in their own words; dates are
written 27/11/2026 and times are Hà Nội's. English remains a choice in each profile."""

import json
import re

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.users.models import UserProfile

from honors.models import Honoree, Locality, NewsPage
from search.folding import vietnamese_sort_key


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


def test_the_dashboard_and_the_editor_are_in_vietnamese(client, demo):
    secretary = login(client, "thuky")
    waiting = NewsPage.objects.get(slug="dot-thi-dua-cao-diem-cuoi-nam-2026")

    dashboard = secretary.get("/admin/").content.decode()
    editor = secretary.get(f"/admin/pages/{waiting.pk}/edit/").content.decode()

    assert '<html lang="vi"' in dashboard
    assert "Chờ bạn duyệt" in dashboard
    for words in ("Lưu bản nháp", "Duyệt", "Yêu cầu sửa", "Nội dung", "Quảng bá"):
        assert words in editor, words
    assert "Save draft" not in editor
    assert "Awaiting your review" not in dashboard


def test_the_admins_javascript_speaks_vietnamese_too(client, demo):
    """The sidebar, the block editor and the choosers take their words from the
    JavaScript catalogue (locale/vi/LC_MESSAGES/djangojs.po)."""
    editor = login(client, "bientap")

    catalogue = editor.get("/admin/jsi18n/").content.decode()

    def escaped(text):
        return json.dumps(text)

    for english, vietnamese in (
        ("Toggle sidebar", "Mở/đóng thanh bên"),
        ("Insert a block", "Chèn khối"),
        ("Autosave in progress…", "Đang tự động lưu…"),
    ):
        assert f"{escaped(english)}: {escaped(vietnamese)}" in catalogue, english


def test_the_portals_own_screens_speak_vietnamese(client, demo):
    editor = login(client, "bientap")

    registry = editor.get("/admin/honors/honour/").content.decode()

    assert "Khen thưởng" in registry
    assert "Hình thức khen thưởng" in registry


def test_dates_are_written_day_month_year_in_hanoi_time(client, demo):
    leader = login(client, "lanhdao")
    today = timezone.localdate().strftime("%d/%m/%Y")

    report = leader.get("/admin/reports/xuat-ban-va-phe-duyet/").content.decode()

    assert today in report
    assert re.search(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", report)


def test_an_editor_may_choose_english(client, demo):
    editor = login(client, "bientap")
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="bientap"))
    profile.preferred_language = "en"
    profile.save()

    dashboard = editor.get("/admin/").content.decode()

    assert '<html lang="en"' in dashboard


def test_date_fields_in_the_editor_read_and_accept_day_month_year(client, demo):
    editor = login(client, "bientap")
    index = NewsPage.objects.live().first().get_parent()
    today = timezone.localdate().strftime("%d/%m/%Y")

    form = editor.get(f"/admin/pages/add/honors/newspage/{index.pk}/").content.decode()

    date_input = re.search(r'<input[^>]*name="date"[^>]*>', form).group(0)
    assert f'value="{today}"' in date_input
    assert '"format": "d/m/Y"' in form  # the date picker writes what the field reads
    assert '"format": "d/m/Y H:i"' in form  # go-live and expiry on the Publishing tab


def test_the_sidebar_names_the_user_in_full(client, demo):
    html = login(client, "bientap").get("/admin/").content.decode()

    props = json.loads(
        re.search(
            r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
            html,
            re.S,
        ).group(1)
    )
    main_menu = next(
        module
        for module in props["modules"]
        if module["_type"].endswith("MainMenuModule")
    )
    assert main_menu["_args"][2]["name"] == "Lường Thị Mai"


def test_localities_are_offered_in_vietnamese_dictionary_order(client, demo):
    honoree = Honoree.objects.exclude(locality=None).first()
    html = (
        login(client, "admin")
        .get(f"/admin/honors/honoree/edit/{honoree.pk}/")
        .content.decode()
    )
    select = re.search(r'<select name="locality"[^>]*>(.*?)</select>', html, re.S)
    offered = [
        int(value) for value in re.findall(r'<option value="(\d+)"', select.group(1))
    ]
    localities = Locality.objects.in_bulk(offered)
    current = [localities[pk] for pk in offered if localities[pk].is_current]
    former = [localities[pk] for pk in offered if not localities[pk].is_current]

    assert offered == [locality.pk for locality in current + former]
    names = [locality.name for locality in current]
    assert names == sorted(names, key=vietnamese_sort_key)
    assert "(trước 01/07/2025)" in select.group(1)


def test_moments_read_the_vietnamese_way(client, demo):
    from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple

    comments = (
        login(client, "gopy").get("/admin/honors/publiccomment/").content.decode()
    )

    assert timesince_simple(timezone.now()) == "vừa xong"
    assert "7 ngày qua" in comments and "7 ngày trước" not in comments
