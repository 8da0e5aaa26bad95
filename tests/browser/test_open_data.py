"""A citizen filters the honour roll and downloads it as CSV; the statistics page reads
on a phone without scrolling sideways."""

import csv

from playwright.sync_api import expect


def test_a_filtered_roll_downloads_as_csv_with_vietnamese_intact(page, demo_server):
    page.goto(demo_server.url + "/bang-vang/")
    page.select_option("#id_year", "2024")
    page.get_by_role("button", name="Lọc").click()
    expect(page.get_by_role("heading", name="Tải dữ liệu")).to_be_visible()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV", exact=True).click()
    path = download_info.value.path()

    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    header, body = rows[0], rows[1:]
    assert header[:2] == ["Tên cá nhân, tập thể", "Đối tượng"]
    assert body and {row[header.index("Năm")] for row in body} == {"2024"}
    names = " ".join(row[0] for row in body)
    assert any(mark in names for mark in "ơưạảấầẩẫậắằẳẵặđ")
    assert download_info.value.suggested_filename.endswith(".csv")
    with open(path, "rb") as raw:
        assert raw.read(3) == b"\xef\xbb\xbf"  # what makes Excel read UTF-8


def test_the_statistics_page_fits_a_phone(page, demo_server):
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(demo_server.url + "/thong-ke/")

    expect(page.get_by_role("heading", level=1)).to_have_text("Thống kê khen thưởng")
    assert page.locator("svg[role=img]").count() == 12  # 5 breakdowns, 7 shares
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320
    # Each chart is drawn at a size that can be read: its labels are not shrunk.
    label = page.locator(".chart__label").first.bounding_box()
    assert label["height"] >= 10
