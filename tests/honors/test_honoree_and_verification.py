"""A page per honoree, and a page per honour that a printed certificate's code or QR
code leads to."""

import pytest

from honors.models import Honoree

from . import factories

pytestmark = pytest.mark.django_db


def test_honoree_page_shows_every_public_honour_and_the_biography(
    client, published_honour, honour_roll
):
    person = published_honour.honoree
    person.biography = "Gắn bó với bản làng vùng cao hơn 20 năm."
    person.save()
    second = factories.honour(
        person, factories.award("Chiến sĩ thi đua cơ sở"), factories.decision()
    )
    factories.board(honour_roll, [second.decision], title="Bảng thứ hai")
    not_yet_public = factories.honour(person, factories.award("Lao động tiên tiến"))

    response = client.get(f"/bang-vang/ho-so/{person.slug}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Lò Thị Hương</h1>" in html
    assert "Gắn bó với bản làng vùng cao hơn 20 năm." in html
    assert published_honour.award.name in html
    assert "Chiến sĩ thi đua cơ sở" in html
    assert not_yet_public.award.name not in html
    assert published_honour.get_verification_url() in html


def test_the_roll_links_each_honour_to_its_honoree_and_verification_pages(
    client, published_honour
):
    html = client.get("/bang-vang/").content.decode()

    assert f'href="/bang-vang/ho-so/{published_honour.honoree.slug}/"' in html
    assert f'href="{published_honour.get_verification_url()}"' in html


def test_an_unpublished_honoree_has_no_page(client, published_honour):
    Honoree.objects.filter(pk=published_honour.honoree_id).update(is_published=False)

    response = client.get(f"/bang-vang/ho-so/{published_honour.honoree.slug}/")

    assert response.status_code == 404


def test_an_honoree_without_public_honours_has_no_page(client, honour_roll):
    person = factories.honoree("Chưa Công Khai")
    factories.honour(person)

    assert client.get(f"/bang-vang/ho-so/{person.slug}/").status_code == 404
    assert client.get("/bang-vang/ho-so/khong-co-ai/").status_code == 404


def test_verification_page_shows_the_record_as_the_registry_holds_it(
    client, published_honour
):
    response = client.get(published_honour.get_verification_url())

    assert response.status_code == 200
    html = response.content.decode()
    for fact in (
        "Khen thưởng này có trong cơ sở dữ liệu khen thưởng của tỉnh",
        "Lò Thị Hương",
        "Giáo viên",
        "Trường Tiểu học Chiềng Cơi",
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        published_honour.decision.number,
        "15/12/2025",
        "Dạy giỏi nhiều năm liền.",
        published_honour.display_code,
        f"/xac-minh/{published_honour.verification_code}/qr.svg",
        f"http://testserver/xac-minh/{published_honour.verification_code}/",
    ):
        assert fact in html, fact
    assert '<meta name="robots" content="noindex">' in html


def test_a_code_typed_with_a_dash_or_in_lower_case_leads_to_the_record(
    client, published_honour
):
    typed = published_honour.display_code.lower()

    response = client.get("/xac-minh/", {"ma": f"  {typed} "})

    assert response.status_code == 302
    assert response["Location"] == published_honour.get_verification_url()
    assert client.get(f"/xac-minh/{typed}/").status_code == 301


@pytest.mark.parametrize("code", ["AAAAAAAAAA", "SHORT", "0000000000", "ABCDEFGHJK"])
def test_an_unknown_code_gives_404(client, published_honour, code):
    assert client.get(f"/xac-minh/{code}/").status_code == 404


def test_a_code_whose_honour_is_not_public_gives_404(client, honour_roll):
    unpublished = factories.honour()

    assert client.get(unpublished.get_verification_url()).status_code == 404


def test_qr_codes_are_drawn_locally_as_svg_and_png(client, published_honour):
    code = published_honour.verification_code

    svg = client.get(f"/xac-minh/{code}/qr.svg")
    png = client.get(f"/xac-minh/{code}/qr.png")

    assert svg.status_code == 200
    assert svg["Content-Type"] == "image/svg+xml"
    assert b"<svg" in svg.content and b"<path" in svg.content
    assert png["Content-Type"] == "image/png"
    assert png.content.startswith(b"\x89PNG")


def test_the_qr_code_encodes_the_verification_address(client, published_honour):
    import io

    import segno

    url = f"http://testserver{published_honour.get_verification_url()}"
    expected = io.BytesIO()
    segno.make(url, error="m").save(expected, kind="png", scale=8)

    served = client.get(f"{published_honour.get_verification_url()}qr.png")

    assert served.content == expected.getvalue()


def test_the_empty_verification_page_offers_the_code_form(client, home_page):
    html = client.get("/xac-minh/").content.decode()

    assert 'name="ma"' in html
    assert "Nhập mã xác minh" in html


def test_sitemap_lists_honoree_pages(client, published_honour):
    xml = client.get("/sitemap.xml").content.decode()

    assert f"/bang-vang/ho-so/{published_honour.honoree.slug}/" in xml


def test_a_mistyped_code_shows_the_form_again_with_what_was_not_found(
    client, published_honour
):
    typed = published_honour.verification_code[:-1] + (
        "2" if published_honour.verification_code[-1] != "2" else "3"
    )

    response = client.get(f"/xac-minh/{typed}/")

    assert response.status_code == 404
    html = response.content.decode()
    assert f"Không tìm thấy mã {typed}." in html
    assert 'name="ma"' in html and f'value="{typed}"' in html
    assert "Mã gồm 10 chữ và số" in html
    assert 'aria-label="Vị trí trang"' in html


def test_the_record_has_a_breadcrumb_and_leads_to_the_honoree(client, published_honour):
    html = client.get(published_honour.get_verification_url()).content.decode()

    assert 'aria-label="Vị trí trang"' in html
    assert f'href="/bang-vang/ho-so/{published_honour.honoree.slug}/"' in html
