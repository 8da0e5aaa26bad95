"""A citizen comments on an open disclosure and follows it up; a moderator answers."""

import re

from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from honors.models import DisclosurePage, PublicComment


def test_citizen_comments_gets_a_receipt_and_later_reads_the_answer(
    page, demo_server, console_errors
):
    disclosure = DisclosurePage.objects.get(slug="huan-chuong-lao-dong-hang-ba-2026")
    page.goto(demo_server.url + disclosure.url)
    expect(page.locator(".period__countdown")).to_contain_text("ngày làm việc")

    page.get_by_label("Góp ý về").select_option(label="Hà Thị Xuyến")
    page.get_by_label("Nội dung góp ý").fill(
        "Cô Xuyến vận động được nhiều học sinh trở lại lớp."
    )
    page.get_by_label("Họ và tên").fill("Lù Thị Thu")
    page.get_by_label("Địa chỉ").fill("Bản Tà Xùa, xã Tà Xùa")
    page.get_by_label("Điện thoại").fill("0912 345 678")
    page.get_by_role("checkbox").check()
    page.get_by_role("button", name="Gửi góp ý").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Biên nhận góp ý")
    code = page.locator(".receipt__code").inner_text()
    assert re.fullmatch(r"GY-\d{4}-\w{4}-\w{4}", code)
    expect(page.get_by_role("button", name="In biên nhận")).to_be_visible()

    page.get_by_role("link", name="Tra cứu kết quả").click()
    page.get_by_label("Mã biên nhận").fill(code.lower())
    page.get_by_label("Số điện thoại hoặc thư điện tử đã ghi khi góp ý").fill(
        "0912345678"
    )
    page.get_by_role("button", name="Tra cứu").click()
    expect(page.locator(".lookup-result")).to_contain_text("Đã tiếp nhận")

    # A moderator marks it substantiated and answers.
    get_user_model().objects.create_superuser(
        "kiemduyet", "kd@ban.example.vn", "mat-khau-demo"
    )
    moderator = page.context.browser.new_page()
    moderator.goto(demo_server.url + "/admin/login/")
    moderator.fill("#id_username", "kiemduyet")
    moderator.fill("#id_password", "mat-khau-demo")
    moderator.locator("button[type=submit]").click()
    comment = PublicComment.objects.get(receipt_code=code)
    moderator.goto(f"{demo_server.url}/admin/honors/publiccomment/edit/{comment.pk}/")
    moderator.locator("#id_status").select_option("substantiated")
    moderator.locator("#id_public_answer").fill(
        "Đã xác minh với nhà trường. Cảm ơn bạn."
    )
    moderator.locator("footer button[type=submit]").click()
    expect(moderator).to_have_url(re.compile(r"/admin/honors/publiccomment/$"))
    moderator.close()

    page.get_by_label("Mã biên nhận").fill(code)
    page.get_by_label("Số điện thoại hoặc thư điện tử đã ghi khi góp ý").fill(
        "0912 345 678"
    )
    page.get_by_role("button", name="Tra cứu").click()
    expect(page.locator(".lookup-result")).to_contain_text("Có cơ sở")
    expect(page.locator(".lookup-result__answer")).to_have_text(
        "Đã xác minh với nhà trường. Cảm ơn bạn."
    )
    expect(page.locator(".lookup-result")).to_contain_text(
        timezone.localdate().strftime("ngày %d/%m/%Y")
    )
    assert console_errors == []


def test_a_citizen_sees_every_mistake_in_the_form_at_once(
    page, demo_server, console_errors
):
    disclosure = DisclosurePage.objects.get(slug="huan-chuong-lao-dong-hang-ba-2026")
    page.goto(demo_server.url + disclosure.url)

    page.get_by_role("button", name="Gửi góp ý").click()

    alert = page.locator("#comment-errors")
    expect(alert).to_be_visible()
    expect(alert).to_be_focused()  # not the top of the page, two screens above
    assert page.url.endswith("#comment-errors")
    expect(alert).not_to_contain_text("Form token")
    for message in ("Hãy viết nội dung góp ý.", "Hãy ghi họ và tên", "Cần bạn đồng ý"):
        expect(alert).to_contain_text(message)
    expect(page.get_by_label("Họ và tên")).to_have_attribute("aria-invalid", "true")
    assert PublicComment.objects.filter(full_name="").count() == 0
