"""A unit officer completes a dossier with an uploaded list and files, sees what is
missing and sends it; the secretariat returns it with a reason; the officer completes
it and sends it again; the secretariat receives it; the public tracker shows it with
its due date. With the demo logins, in the Vietnamese admin."""

import re

from playwright.sync_api import expect

from honors.dossiers.choices import DossierState
from honors.dossiers.models import Dossier

from .test_editorial_workflow import log_in

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"
LIST = (
    "STT,Họ và tên,Năm sinh,Chức vụ,Hình thức khen thưởng,Thành tích\n"
    "1,Cầm Văn Tính,1979,Hiệu phó,"
    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh,Sáng kiến cấp tỉnh\n"
).encode("utf-8-sig")


def pdf(name):
    return {"name": name, "mimeType": "application/pdf", "buffer": PDF}


def test_a_dossier_from_the_unit_through_a_return_to_the_tracker(page, demo_server):
    draft = Dossier.objects.get(state=DossierState.DRAFT)
    inspect_url = f"{demo_server.url}/admin/dossiers/inspect/{draft.pk}/"
    log_in(page, demo_server, "donvi1")

    # What is missing, before anything is added.
    page.goto(inspect_url)
    missing = page.locator("#dossier-missing + ul")
    expect(missing).to_contain_text("Thiếu biên bản họp hội đồng")

    # The list from a spreadsheet.
    page.set_input_files(
        "#nominee-list",
        {"name": "danh-sach.csv", "mimeType": "text/csv", "buffer": LIST},
    )
    page.get_by_role("button", name="Tải danh sách lên").click()
    expect(page.locator(".messages")).to_contain_text("Đã thêm 1 người, tập thể")
    expect(missing).to_contain_text("Thiếu báo cáo thành tích của Cầm Văn Tính")

    # The minutes and the nominees' reports, in the dossier's form.
    page.get_by_role(
        "link", name="Sửa hồ sơ: thêm tài liệu, báo cáo thành tích"
    ).click()
    documents = draft.documents.count()
    page.locator("#id_documents-ADD").click()
    page.locator(f"#id_documents-{documents}-kind").select_option("minutes")
    page.set_input_files(f"#id_documents-{documents}-file", pdf("bien-ban.pdf"))
    for index in range(draft.nominees.count()):
        page.set_input_files(
            f"#id_nominees-{index}-achievement_report", pdf(f"bc-{index}.pdf")
        )
    page.locator("footer button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/dossiers/$"))

    page.goto(inspect_url)
    expect(page.locator("#dossier-missing")).to_have_count(0)
    page.get_by_role("button", name="Gửi hồ sơ").click()
    expect(page.locator("[data-dossier-state]")).to_have_attribute(
        "data-dossier-state", "sent"
    )

    # The secretariat returns it.
    log_in(page, demo_server, "thuky")
    page.goto(inspect_url)
    page.get_by_label("Cần bổ sung những gì").fill("Biên bản cần chữ ký của Chủ tịch.")
    page.get_by_role("button", name="Trả lại để bổ sung").click()
    expect(page.locator("[data-dossier-state]")).to_have_attribute(
        "data-dossier-state", "returned"
    )

    # The unit reads why, and sends it again.
    log_in(page, demo_server, "donvi1")
    page.goto(inspect_url)
    expect(page.locator("main")).to_contain_text("Biên bản cần chữ ký của Chủ tịch.")
    page.get_by_role("button", name="Gửi hồ sơ").click()
    expect(page.locator("[data-dossier-state]")).to_have_attribute(
        "data-dossier-state", "sent"
    )

    # The secretariat receives it: the clock starts.
    log_in(page, demo_server, "thuky")
    page.goto(inspect_url)
    page.get_by_role("button", name="Tiếp nhận").click()
    expect(page.locator("[data-dossier-state]")).to_have_attribute(
        "data-dossier-state", "received"
    )

    draft.refresh_from_db()
    page.goto(f"{demo_server.url}/tra-cuu-ho-so/?ma={draft.code}")
    expect(page.get_by_role("heading", level=1)).to_have_text(draft.code)
    expect(page.locator(".facts")).to_contain_text(draft.due_on.strftime("%d/%m/%Y"))
