"""The public shell every page shares: settings, language, errors, sitemap, robots."""

import re

from home.models import StandardPage


def test_home_page_shows_the_agency_name_from_site_settings(client, site_settings):
    site_settings.agency_name = "Ban Thi đua – Khen thưởng tỉnh Thử Nghiệm"
    site_settings.save()

    html = client.get("/").content.decode()

    assert "Ban Thi đua – Khen thưởng tỉnh Thử Nghiệm" in html


def test_pages_are_vietnamese_by_default(client, home_page):
    html = client.get("/").content.decode()

    assert '<html lang="vi">' in html
    assert "Chuyển đến nội dung chính" in html
    assert 'href="#main-content"' in html
    assert 'id="main-content"' in html


def test_english_agency_name_is_used_when_english_is_active(
    client, site_settings, english_home
):
    site_settings.agency_name = "Ban Thi đua – Khen thưởng"
    site_settings.agency_name_en = "Emulation and Commendation Board"
    site_settings.save()

    assert "Emulation and Commendation Board" in client.get("/en/").content.decode()
    assert "Emulation and Commendation Board" not in client.get("/").content.decode()


def test_switcher_falls_back_to_the_home_page_of_a_language_without_translation(
    client, home_page, english_home
):
    only_vietnamese = StandardPage(title="Chỉ có tiếng Việt", slug="chi-co-tieng-viet")
    home_page.add_child(instance=only_vietnamese)

    html = client.get("/chi-co-tieng-viet/").content.decode()

    assert re.search(r'<a href="/en/" lang="en"', html)


def test_unknown_address_gets_a_vietnamese_404_page(client, home_page):
    response = client.get("/trang-khong-ton-tai/")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Không tìm thấy trang" in html
    assert 'role="search"' in html


def test_unknown_english_address_gets_an_english_404_page(client, english_home):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_server_error_page_needs_neither_request_nor_database():
    from django.template import loader

    html = loader.get_template("500.html").render()

    assert "Hệ thống đang gặp sự cố" in html
    assert "Server error" in html


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_names_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_favicon_ico_leads_to_the_static_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 302
    assert response["Location"].endswith("favicon.ico")


def test_navigation_is_built_from_pages_shown_in_menus(client, home_page):
    shown = StandardPage(title="Giới thiệu", slug="gioi-thieu", show_in_menus=True)
    hidden = StandardPage(title="Trang ẩn", slug="trang-an", show_in_menus=False)
    home_page.add_child(instance=shown)
    home_page.add_child(instance=hidden)

    html = client.get("/gioi-thieu/").content.decode()
    nav = html[
        html.index('class="main-nav"') : html.index(
            "</nav>", html.index('class="main-nav"')
        )
    ]

    assert '<a href="/gioi-thieu/" aria-current="page">Giới thiệu</a>' in nav
    assert "Trang ẩn" not in nav


def test_the_home_pages_title_names_the_agency_once(client, home_page, site_settings):
    site_settings.agency_name = "Ban Thi đua – Khen thưởng tỉnh Sơn La"
    site_settings.save()

    html = client.get("/").content.decode()

    title = html[html.index("<title>") + 7 : html.index("</title>")]
    assert title == "Ban Thi đua – Khen thưởng tỉnh Sơn La"
