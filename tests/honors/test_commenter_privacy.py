"""No commenter's name, address, phone, e-mail or attachment reaches anything public:
the demo's commenters are searched for in every page (of the honorees' pages, those of
the disclosures' honoured nominees and one other), feed, sitemap and search result, and
in the log of a comment being sent."""

import logging
import re
from urllib.parse import urlsplit

from demo.registry import DEMO_COMMENTERS
from honors.models import DisclosureNominee, DisclosurePage, PublicComment


def personal_data():
    values = []
    for name, address, phone, email in DEMO_COMMENTERS:
        values += [name, address]
        if phone:
            values += [phone, phone.replace(" ", "")]
        if email:
            values.append(email)
    return values


def public_urls(client):
    sitemap = client.get("/sitemap.xml").content.decode()
    urls = [urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    feeds = [
        f"{prefix}{kind}/"
        for prefix in ("/tin-tuc/", "/guong-dien-hinh/")
        for kind in ("rss", "atom")
    ]
    return urls + feeds + ["/cong-khai/tra-cuu/", "/xac-minh/"]


def sampled(urls):
    """Every URL but the honorees' pages, one route with hundreds of URLs: of those,
    the pages of honoured nominees of a disclosure, where a comment about them could
    surface, and one other."""
    nominees = set(
        DisclosureNominee.objects.exclude(honour=None).values_list(
            "honour__honoree__slug", flat=True
        )
    )
    honorees = [url for url in urls if "/ho-so/" in url]
    of_nominees = [
        url for url in honorees if url.rstrip("/").split("/")[-1] in nominees
    ]
    assert of_nominees, "the demo has honoured nominees with a page"
    others = [url for url in urls if "/ho-so/" not in url]
    return others + list(dict.fromkeys([*of_nominees, honorees[0]]))


def test_the_demo_has_comments_from_its_commenters(demo):
    assert PublicComment.objects.count() >= 8
    names = set(PublicComment.objects.values_list("full_name", flat=True))
    assert names <= {commenter[0] for commenter in DEMO_COMMENTERS}


def test_no_public_page_feed_sitemap_or_search_shows_a_commenter(client, demo):
    urls = public_urls(client)
    disclosure_urls = [page.url for page in DisclosurePage.objects.live()]
    assert len(disclosure_urls) == 3 and set(disclosure_urls) <= set(urls)

    leaks = {}
    for url in sampled(urls):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        found = [value for value in personal_data() if value in body]
        if found:
            leaks[url] = found
    assert leaks == {}


def test_searching_for_a_commenter_finds_nothing(client, demo):
    for value in personal_data():
        html = client.get("/tim-kiem/", {"q": value}).content.decode()
        results = html[html.find('role="status"') :]
        assert 'class="result-list"' not in results, value


def test_the_closed_and_decided_disclosures_show_counts_not_people(client, demo):
    closed = DisclosurePage.objects.get(slug="chien-si-thi-dua-toan-quoc-2026")
    decided = DisclosurePage.objects.get(slug="huan-chuong-lao-dong-hang-ba-2025")

    closed_html = client.get(closed.url).content.decode()
    decided_html = client.get(decided.url).content.decode()

    assert "3 góp ý: đang xem xét 1, có cơ sở 2" in closed_html
    assert "Được khen thưởng" in decided_html
    assert "Xem khen thưởng trong bảng vàng" in decided_html


def test_sending_a_comment_logs_nothing_personal(client, demo, caplog, settings):
    from tests.honors.test_public_comments import form_data

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = (
        "127.0.0.1",
        9,
    )  # mail fails and is logged
    page = DisclosurePage.objects.get(slug="huan-chuong-lao-dong-hang-ba-2026")

    with caplog.at_level(logging.DEBUG):
        response = client.post(f"{page.url}gop-y/", form_data(page))

    assert response.status_code == 302
    logged = caplog.text
    for value in ("Khổng Minh Triết", "0987 650 011", "trietkm@gopy.example.vn"):
        assert value not in logged


def test_no_download_or_api_answer_shows_a_commenter(client, demo):
    """The open data files and every endpoint of the API, with every field asked for."""
    bodies = []
    for extension in ("csv", "json"):
        response = client.get(f"/bang-vang/tai-ve/{extension}/")
        bodies.append(b"".join(response.streaming_content).decode("utf-8-sig"))
    total = client.get("/api/v2/honours/").json()["meta"]["total_count"]
    for offset in range(0, total, 100):
        bodies.append(
            client.get("/api/v2/honours/", {"limit": 100, "offset": offset}).content
        )
    pages = client.get("/api/v2/pages/", {"limit": 100}).json()["items"]
    assert any(item["meta"]["type"] == "honors.DisclosurePage" for item in pages)
    for item in pages:
        bodies.append(client.get(f"/api/v2/pages/{item['id']}/").content)

    text = "\n".join(
        body.decode() if isinstance(body, bytes) else body for body in bodies
    )
    assert [value for value in personal_data() if value in text] == []
    assert "gop_y" not in text and "comment" not in text.lower()
