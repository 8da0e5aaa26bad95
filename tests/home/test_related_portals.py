"""Related portals (Decree 42/2022): an editor keeps one list in the site settings; it
shows in the footer of every page and, with what each portal is for, on the links
page."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import RelatedPortalsPage


def test_the_footer_of_every_page_links_the_related_portals(client, demo):
    for path in ("/", "/bang-vang/", "/tin-tuc/", "/thong-ke/"):
        html = client.get(path).content.decode()
        footer = html[html.index('<footer class="site-footer">') :]
        assert 'href="https://dichvucong.gov.vn"' in footer, path
        assert "Cổng thông tin điện tử tỉnh Sơn La" in footer


def test_the_links_page_lists_them_with_what_they_are_for(client, demo):
    page = RelatedPortalsPage.objects.live().get(locale__language_code="vi")

    html = client.get(page.url).content.decode()

    assert '<a href="https://sonla.gov.vn" rel="noopener">' in html
    assert "Nộp hồ sơ, tra cứu thủ tục hành chính trực tuyến." in html
    assert "Cập nhật" in html


def test_english_pages_use_the_english_names(client, demo):
    html = client.get("/en/").content.decode()

    assert "National Public Service Portal" in html


def test_an_editor_changes_the_list_in_one_place(client, demo, site_settings):
    site_settings.related_portals = [
        ("portal", {"title": "Cổng mới", "url": "https://moi.example.vn"})
    ]
    site_settings.save()

    page = RelatedPortalsPage.objects.live().get(locale__language_code="vi")
    for path in ("/", page.url):
        html = client.get(path).content.decode()
        assert "https://moi.example.vn" in html
        assert "https://sonla.gov.vn" not in html


def test_the_list_costs_no_query_of_its_own(client, demo, site_settings):
    client.get("/gioi-thieu/")  # caches warmed the same way for both counts
    with CaptureQueriesContext(connection) as with_links:
        client.get("/gioi-thieu/")
    site_settings.related_portals = []
    site_settings.save()
    client.get("/gioi-thieu/")
    with CaptureQueriesContext(connection) as without_links:
        client.get("/gioi-thieu/")

    assert len(with_links) == len(without_links)
