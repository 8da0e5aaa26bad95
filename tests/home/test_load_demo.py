"""`manage.py load_demo` builds the demo portal and can run again without changing it."""

import io

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.images.models import Image
from wagtail.models import Page, ReferenceIndex

from home.models import HomePage, SiteSettings, StandardPage
from honors.dossiers.models import Dossier
from honors.models import NewsPage


def row_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


def test_demo_builds_a_vietnamese_portal_with_english_versions(demo):
    home = demo.root_page.specific
    assert isinstance(home, HomePage)
    assert home.locale.language_code == "vi"
    assert home.hero_title
    slugs = set(home.get_children().live().values_list("slug", flat=True))
    assert {"gioi-thieu", "lien-he", "chinh-sach-bao-ve-du-lieu-ca-nhan"} <= slugs

    english = home.get_translations().get(locale__language_code="en")
    english_slugs = set(english.get_children().live().values_list("slug", flat=True))
    assert {"about", "contact", "privacy-notice"} <= english_slugs

    settings = SiteSettings.for_site(demo)
    assert settings.agency_name == "Ban Thi đua – Khen thưởng tỉnh Sơn La"
    assert settings.privacy_page.slug == "chinh-sach-bao-ve-du-lieu-ca-nhan"


def test_every_demo_page_is_published_but_those_waiting_for_approval(demo):
    waiting = {
        "dot-thi-dua-cao-diem-cuoi-nam-2026",
        "co-thi-dua-cua-chinh-phu-2026",
        "khen-thuong-chuyen-de-chuyen-doi-so-2026",
    }
    # A disclosure the secretariat drafted from a dossier, not yet submitted.
    drafted = set(
        Dossier.objects.exclude(disclosure=None).values_list("disclosure", flat=True)
    )
    assert len(drafted) == 1
    for page in Page.objects.filter(depth__gt=1):
        if page.slug in waiting:
            assert not page.live
            assert page.workflow_in_progress, page.title
        elif page.pk in drafted:
            assert not page.live and not page.workflow_in_progress
        else:
            assert page.live
            assert page.live_revision_id is not None, page.title


def test_demo_creates_an_admin_who_can_log_in(demo, client):
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser

    signed_in = client.post(
        "/admin/login/", {"username": "admin", "password": "sonla-demo-2026"}
    )

    assert signed_in.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_running_load_demo_twice_changes_nothing(demo):
    before = row_counts()
    page_titles = list(Page.objects.order_by("path").values_list("path", "title"))

    output = io.StringIO()
    call_command("load_demo", stdout=output)

    assert row_counts() == before
    assert (
        list(Page.objects.order_by("path").values_list("path", "title")) == page_titles
    )
    assert "admin" in output.getvalue()


def test_load_demo_leaves_an_editors_changes_alone(demo):
    about = StandardPage.objects.get(slug="gioi-thieu")
    about.title = "Giới thiệu chung"
    about.save_revision().publish()

    call_command("load_demo", stdout=io.StringIO())

    assert StandardPage.objects.get(slug="gioi-thieu").title == "Giới thiệu chung"


def reference_rows():
    return set(
        ReferenceIndex.objects.values_list(
            "content_type", "object_id", "to_content_type", "to_object_id", "model_path"
        )
    )


def test_the_demo_is_indexed_once_at_the_end_as_completely_as_object_by_object(demo):
    """load_demo saves without per-object indexing and rebuilds the indexes last: the
    reference index holds what a full rebuild gives, and every page is searchable."""
    built = reference_rows()
    call_command("rebuild_references_index", stdout=io.StringIO())

    assert built == reference_rows()
    assert len(built) > 1000
    for page in Page.objects.live().filter(depth__gt=1)[:40]:
        assert page in Page.objects.live().search(page.title), page.title


def test_saving_after_the_demo_indexes_at_once_again(demo):
    """The per-object indexing switched off while the demo is built is back after it."""
    news = NewsPage.objects.live().first()
    image = Image.objects.exclude(pk=news.main_image_id).first()
    news.title = "Tin có tên riêng Zyxwv"
    news.main_image = image
    news.main_image_alt = "Ảnh"
    news.save_revision().publish()

    assert [p.pk for p in Page.objects.live().search("Zyxwv")] == [news.pk]
    assert ReferenceIndex.objects.filter(
        object_id=str(news.pk), to_object_id=str(image.pk), model_path="main_image"
    ).exists()
