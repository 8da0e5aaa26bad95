"""Every response carries a Content-Security-Policy that allows only the portal's own
scripts, styles, images and frames, and lets nobody frame the portal; what a single
person sent or may see is never stored by a browser or a cache."""

import json
import logging
import re

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from honors.disclosures.views import receipt_check
from honors.models import DisclosurePage, NewsPage, PublicComment
from tests.admin_forms import edit_form_data


def policy(response):
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = set(values)
    return directives


def assert_strict(directives):
    for name in ("script-src", "style-src"):
        assert directives[name] == {"'self'"}, name
    assert directives["default-src"] == {"'self'"}
    assert directives["img-src"] <= {"'self'", "data:"}
    assert directives["frame-ancestors"] == {"'none'"}
    assert directives["object-src"] == {"'none'"}
    assert directives["report-uri"] == {"/csp-report/"}


def test_every_public_page_has_the_strict_policy(client, demo):
    paths = [page.url for page in Page.objects.live().specific() if page.url]
    paths += ["/tim-kiem/?q=son+la", "/xac-minh/", "/en/", "/khong-co-trang-nay/"]
    assert len(paths) > 30

    for path in paths:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        assert_strict(policy(response))


def test_no_public_template_writes_an_inline_script_or_style(client, demo):
    inline_script = re.compile(
        r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)"
    )
    for page in Page.objects.live().specific():
        html = client.get(page.url).content.decode()
        assert not inline_script.search(html), page.url
        assert " style=" not in html, page.url
        assert not re.search(r"\son[a-z]+=", html), page.url


def test_the_admin_allows_wagtails_inline_scripts_and_nothing_from_elsewhere(
    admin_client, demo
):
    home_page = demo.root_page
    response = admin_client.get(f"/admin/pages/{home_page.pk}/edit/")

    directives = policy(response)
    assert directives["script-src"] == {"'self'", "'unsafe-inline'"}
    assert directives["style-src"] == {"'self'", "'unsafe-inline'"}
    assert directives["connect-src"] == {"'self'"}
    assert directives["frame-ancestors"] == {"'none'"}
    assert "'unsafe-eval'" not in directives["script-src"]


def test_only_the_admin_itself_may_frame_a_preview(admin_client, demo):
    """Wagtail renders the preview through a dummy request for the public page; the
    policy is the one of the admin's request, not the public page's."""
    news = NewsPage.objects.live().first()
    url = f"/admin/pages/{news.pk}/edit/preview/"
    posted = admin_client.post(url, edit_form_data(news, admin_client.user))
    assert posted.json()["is_valid"]

    response = admin_client.get(url + "?in_preview_panel=true")

    assert news.title in response.content.decode()
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(response)["frame-ancestors"] == {"'self'"}


def test_login_and_error_pages_have_the_policy_too(client, demo):
    assert policy(client.get("/admin/login/"))["frame-ancestors"] == {"'none'"}
    browser = Client(enforce_csrf_checks=True, raise_request_exception=False)
    browser.cookies["csrftoken"] = "a" * 32
    bad = browser.post(
        "/tim-kiem/",
        data="a=b",
        content_type="application/x-www-form-urlencoded; charset=utf-16",
    )
    assert bad.status_code == 400
    assert_strict(policy(bad))


class TestViolationReports:
    def report(self, client, body, **extra):
        return client.post(
            "/csp-report/",
            data=json.dumps(body),
            content_type="application/csp-report",
            **extra,
        )

    def test_a_report_is_logged_without_query_strings(self, client, demo, caplog):
        with caplog.at_level(logging.WARNING, logger="portal.csp"):
            response = self.report(
                client,
                {
                    "csp-report": {
                        "document-uri": "https://cong.example.vn/tim-kiem/?q=0987650011",
                        "violated-directive": "script-src-elem",
                        "effective-directive": "script-src-elem",
                        "blocked-uri": "https://evil.example/x.js?user=lo-thi-huong",
                    }
                },
            )

        assert response.status_code == 204
        assert (
            "CSP violation: script-src-elem blocked https://evil.example/x.js "
            "on https://cong.example.vn/tim-kiem/"
        ) in caplog.text
        assert "0987650011" not in caplog.text
        assert "lo-thi-huong" not in caplog.text

    def test_what_is_not_a_report_is_refused(self, client, demo):
        assert self.report(client, ["không phải báo cáo"]).status_code == 400
        assert self.report(client, {"csp-report": "x"}).status_code == 400
        assert client.get("/csp-report/").status_code == 405

    def test_a_flood_of_reports_is_cut_off(self, client, demo, caplog):
        body = {"csp-report": {"violated-directive": "img-src", "blocked-uri": "data"}}
        with caplog.at_level(logging.WARNING, logger="portal.csp"):
            statuses = [
                self.report(client, body, REMOTE_ADDR="10.9.9.9").status_code
                for _ in range(40)
            ]

        assert statuses.count(204) == 30
        assert statuses.count(429) == 10
        assert caplog.text.count("CSP violation") == 30


class TestNothingPersonalIsStored:
    NO_STORE = {"no-store", "private", "no-cache"}

    def cache_control(self, response):
        return {part.strip() for part in response["Cache-Control"].split(",")}

    @pytest.fixture
    def comment(self, demo):
        return PublicComment.objects.filter(
            deidentified_at__isnull=True, disclosure__live=True
        ).exclude(email="")[0]

    def test_the_receipt_page(self, client, comment):
        disclosure = DisclosurePage.objects.get(pk=comment.disclosure_id)
        path = (
            disclosure.url
            + f"gop-y/bien-nhan/{comment.receipt_code}/"
            + f"{receipt_check(comment.receipt_code)}/"
        )

        response = client.get(path)

        assert response.status_code == 200
        assert self.cache_control(response) >= self.NO_STORE

    def test_the_look_up_and_its_result(self, client, comment):
        disclosure = DisclosurePage.objects.get(pk=comment.disclosure_id)
        lookup = disclosure.get_parent().url + "tra-cuu/"

        found = client.post(
            lookup, {"receipt": comment.receipt_code, "contact": comment.email}
        )

        assert found.status_code == 200
        assert comment.receipt_code in found.content.decode()
        assert self.cache_control(found) >= self.NO_STORE
        assert self.cache_control(client.get(lookup)) >= self.NO_STORE

    def test_an_open_consultation_with_its_one_time_form(self, client, demo):
        open_ones = [
            page
            for page in DisclosurePage.objects.live()
            if page.is_open(timezone.now())
        ]
        assert open_ones

        response = client.get(open_ones[0].url)

        assert 'name="form_token"' in response.content.decode()
        assert self.cache_control(response) >= self.NO_STORE
