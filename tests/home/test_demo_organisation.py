"""The demo's organisation pages, in Vietnamese and English, linked as translations:
the language switcher leads from each to the other."""

import re

from home.models import OrganisationPage


def switcher_link(html, code):
    return re.search(rf'<a href="([^"]+)" lang="{code}" hreflang="{code}"', html)[1]


def test_each_organisation_page_has_its_english_version_a_click_away(client, demo):
    vietnamese = OrganisationPage.objects.live().filter(locale__language_code="vi")
    assert vietnamese.count() == 3

    for page in vietnamese:
        html = client.get(page.url).content.decode()
        english_url = switcher_link(html, "en")
        english = client.get(english_url)

        assert english.status_code == 200
        assert '<html lang="en">' in english.content.decode()
        translation = page.get_translation(english.context["page"].locale)
        assert english_url == translation.url
        assert switcher_link(english.content.decode(), "vi") == page.url
        assert outdated(english) is False


def outdated(response):
    return (
        "The Vietnamese version of this page was updated" in response.content.decode()
    )


def test_the_about_section_lists_the_organisation_pages(client, demo):
    html = client.get("/gioi-thieu/").content.decode()

    for title in (
        "Chức năng, nhiệm vụ và cơ cấu tổ chức",
        "Hội đồng Thi đua – Khen thưởng tỉnh",
        "Cán bộ đầu mối liên hệ",
    ):
        assert title in html
