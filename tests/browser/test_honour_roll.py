"""A citizen looks people up on the honour roll; an editor imports a decision's list and
publishes it on a board."""

import re
from pathlib import Path

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from honors.models import HonourBoardIndexPage, HonourBoardPage

SAMPLE = (
    Path(__file__).resolve().parents[2] / "static/honors/mau-danh-sach-khen-thuong.xlsx"
)


def test_citizen_filters_the_roll_shares_the_url_and_opens_an_honoree(
    page, demo_server, console_errors
):
    page.goto(demo_server.url + "/bang-vang/")
    total = page.locator(".results__title").inner_text()

    page.get_by_label("Năm").select_option("2024")
    page.get_by_label("Đối tượng").select_option(label="Cá nhân")
    page.get_by_role("button", name="Lọc").click()

    expect(page).to_have_url(re.compile(r"year=2024.*kind=individual"))
    filtered = page.locator(".results__title").inner_text()
    assert filtered != total
    shared_url = page.url

    rows = page.locator(".honour-table tbody tr")
    expect(rows.first).to_be_visible()
    for year in rows.locator("td[data-label='Năm']").all_inner_texts():
        assert year == "2024"

    # The same address in a new tab shows the same filtered list.
    other = page.context.new_page()
    other.goto(shared_url)
    expect(other.locator(".results__title")).to_have_text(filtered)
    expect(other.get_by_label("Năm")).to_have_value("2024")
    other.close()

    first = rows.first.locator("th a")
    name = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    expect(page.locator(".honour-timeline__item").first).to_be_visible()

    page.locator(".honour-timeline__item a").first.click()
    expect(page.locator(".verification__status")).to_contain_text(
        "có trong cơ sở dữ liệu"
    )
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    qr = page.locator(".verification__qr img")
    expect(qr).to_be_visible()
    assert qr.evaluate("image => image.decode().then(() => image.naturalWidth)") > 0

    assert console_errors == []


def test_a_bad_filter_in_the_address_shows_a_message_not_an_error_page(
    page, demo_server, console_errors
):
    response = page.goto(demo_server.url + "/bang-vang/?year=abc")

    assert response.status == 400
    expect(page.get_by_role("alert")).to_contain_text("Năm phải là một số")
    expect(page.get_by_label("Năm")).to_be_visible()


def test_editor_imports_the_example_list_and_publishes_it_on_a_board(
    page, demo_server, console_errors
):
    get_user_model().objects.create_superuser(
        "kiemthu", "kiemthu@example.vn", "mat-khau-demo"
    )
    roll = HonourBoardIndexPage.objects.get(locale__language_code="vi")
    page.goto(demo_server.url + "/admin/login/")
    page.fill("#id_username", "kiemthu")
    page.fill("#id_password", "mat-khau-demo")
    page.locator("button[type=submit]").click()

    page.goto(demo_server.url + "/admin/thi-dua/nhap/")
    page.set_input_files("#id_file", str(SAMPLE))
    page.get_by_role("button", name="Xem trước").click()
    expect(page.locator(".import-report")).to_contain_text("12 khen thưởng mới")
    page.get_by_role("button", name="Xác nhận nhập 12 khen thưởng").click()
    expect(page.get_by_text("Đã nhập 12 khen thưởng.")).to_be_visible()

    page.get_by_role("link", name="Tạo bảng vàng cho quyết định này").click()
    expect(page).to_have_url(
        re.compile(f"/admin/pages/add/honors/honourboardpage/{roll.pk}/")
    )
    page.fill("#id_title", "Khen thưởng năm học 2025 – 2026")
    page.keyboard.press("Tab")
    page.get_by_role("button", name="Thêm quyết định").click()
    page.locator(".modal #id_q").fill("2150")
    # The search replaces the results: wait for them, then tick the decision.
    expect(page.locator(".modal tbody tr")).to_have_count(1)
    page.locator(".modal tr", has_text="2150/QĐ-UBND").locator(
        "input[data-multiple-choice-select]"
    ).check()
    submit = page.locator(".modal [data-multiple-choice-submit]")
    expect(submit).to_be_enabled()
    submit.click()
    expect(page.locator("#id_board_decisions-0-decision-title")).to_have_text(
        "2150/QĐ-UBND (15/10/2026)"
    )
    page.get_by_role("button", name="Thao tác khác").click()
    page.locator("button[name=action-publish]").click()
    expect(page.get_by_text("Đã tạo và xuất bản trang")).to_be_visible()

    board = HonourBoardPage.objects.get(title="Khen thưởng năm học 2025 – 2026")
    assert board.live
    assert board.slug == "khen-thuong-nam-hoc-2025-2026"
    page.goto(demo_server.url + board.url)
    expect(page.locator(".results__title")).to_contain_text("12 khen thưởng")
    expect(
        page.get_by_role("link", name="Lường Thị Phương", exact=True)
    ).to_be_visible()
    page.goto(demo_server.url + "/bang-vang/?q=2150")
    expect(page.locator(".results__title")).to_contain_text("12 khen thưởng")
