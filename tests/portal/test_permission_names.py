"""Permissions are named in the portal's language, so the group screen (and the screen
reader reading its check boxes) says "Thêm địa bàn", not "Can add địa bàn"."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.admin_ui.permission_names import name_permissions

pytestmark = pytest.mark.django_db


def name_of(app_label, codename):
    return Permission.objects.get(
        content_type__app_label=app_label, codename=codename
    ).name


def test_default_permissions_say_the_action_and_the_model_in_vietnamese():
    assert name_of("honors", "add_locality") == "Thêm địa bàn"
    assert name_of("honors", "change_publiccomment") == "Sửa góp ý công khai"
    assert name_of("wagtailcore", "delete_page") == "Xóa trang"
    assert name_of("wagtailimages", "view_image") == "Xem hình ảnh"


def test_custom_permissions_take_their_translated_label():
    assert name_of("wagtailcore", "publish_page") == "Xuất bản mọi trang"
    assert name_of("wagtailadmin", "access_admin") == "Được vào trang quản trị"
    assert name_of("wagtaildocs", "choose_document") == "Được chọn tài liệu"
    assert (
        name_of("honors", "view_commenter_identity")
        == "Xem danh tính và tệp đính kèm của người góp ý"
    )


def test_no_permission_of_an_installed_model_keeps_an_english_name():
    english = [
        (permission.content_type.app_label, permission.codename)
        for permission in Permission.objects.select_related("content_type")
        if permission.name.startswith("Can ") and permission.content_type.model_class()
    ]
    assert english == []


def test_a_renamed_permission_is_put_back_and_a_named_one_left_alone():
    Permission.objects.filter(codename="add_locality").update(name="Can add locality")
    with CaptureQueriesContext(connection) as queries:
        name_permissions()
    writes = [q for q in queries if q["sql"].startswith("UPDATE")]
    assert len(writes) == 1
    assert name_of("honors", "add_locality") == "Thêm địa bàn"
