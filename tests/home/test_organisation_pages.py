"""Organisation pages: functions, an organisation chart in HTML, the council's members,
contact officials and the address, each section only when it has content, and a visible
"last updated" date. A translation that falls behind its Vietnamese page is flagged to
its editor and to its readers until it is published again."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from wagtail.rich_text import RichText

from demo.organisation import contact, member, unit
from home.models import OrganisationPage
from home.translations import outdated_translation

pytestmark = pytest.mark.django_db

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
MORNING = datetime(2026, 3, 2, 9, 0, tzinfo=HANOI)


def text_of(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def organisation(home_page):
    page = OrganisationPage(
        title="Cơ cấu tổ chức",
        slug="co-cau-to-chuc",
        functions=[("paragraph", RichText("<p>Tham mưu công tác khen thưởng.</p>"))],
        structure=[
            unit(
                "Ban Thi đua – Khen thưởng",
                "Trưởng ban Lê Văn Minh",
                divisions=[
                    ("Phòng Khen thưởng", "Trưởng phòng Hà Văn Dũng", "", "Tổ Hồ sơ"),
                    ("Văn phòng", "", ""),
                ],
            )
        ],
        council_members=[
            member("Nguyễn Văn Sơn", "Chủ tịch Hội đồng", "Chủ tịch UBND tỉnh")
        ],
        contacts=[
            contact(
                "Vì Văn Hải",
                "Chuyên viên",
                "Tổ Tiếp nhận ý kiến",
                "0212 3800 003",
                "gopy@example.vn",
            )
        ],
        address="Số 8 đường Tô Hiệu",
        phone="0212 3800 000",
        email="ban@example.vn",
    )
    with time_machine.travel(MORNING, tick=False):
        home_page.add_child(instance=page)
        publish(page)
    return page


def test_every_section_shows_with_the_last_updated_date(client, organisation):
    response = client.get(organisation.url)

    text = text_of(response)
    assert response.status_code == 200
    assert "Cập nhật lần cuối: 02/03/2026" in text
    for heading in (
        "Chức năng, nhiệm vụ",
        "Cơ cấu tổ chức",
        "Thành viên Hội đồng Thi đua – Khen thưởng",
        "Cán bộ đầu mối liên hệ",
        "Địa chỉ liên hệ",
    ):
        assert re.search(rf'<h2 id="[\w-]+">{heading}</h2>', response.content.decode())
        assert heading in text
    assert "Nguyễn Văn Sơn Chủ tịch Hội đồng Chủ tịch UBND tỉnh" in text
    html = response.content.decode()
    assert '<a href="tel:02123800003">0212 3800 003</a>' in html
    assert '<a href="mailto:gopy@example.vn">gopy@example.vn</a>' in html


def test_the_chart_is_an_outline_of_nested_lists(client, organisation):
    html = client.get(organisation.url).content.decode()

    chart = html[html.index('<ul class="org-chart"') :]
    names = re.findall(r'<strong class="org-chart__name">([^<]+)</strong>', chart)
    assert names == [
        "Ban Thi đua – Khen thưởng",
        "Phòng Khen thưởng",
        "Tổ Hồ sơ",
        "Văn phòng",
    ]
    # Each level sits inside the list item of the unit above it.
    depth, depths = 0, {}
    for tag, name in re.findall(
        r'(<ul class="org-chart[^"]*"|</ul>)|<strong class="org-chart__name">([^<]+)',
        chart,
    ):
        if tag.startswith("<ul"):
            depth += 1
        elif tag == "</ul>":
            depth -= 1
            if depth == 0:
                break
        if name:
            depths[name] = depth
    assert depths == {
        "Ban Thi đua – Khen thưởng": 1,
        "Phòng Khen thưởng": 2,
        "Tổ Hồ sơ": 3,
        "Văn phòng": 2,
    }


def test_empty_sections_are_left_out(client, home_page):
    page = OrganisationPage(title="Liên hệ", slug="lien-he-ban", phone="0212 3800 000")
    home_page.add_child(instance=page)
    publish(page)

    text = text_of(client.get(page.url))

    assert "Địa chỉ liên hệ" in text
    for heading in ("Chức năng, nhiệm vụ", "Cơ cấu tổ chức", "Cán bộ đầu mối"):
        assert heading not in text


@pytest.fixture
def translated(organisation, english_home, english):
    with time_machine.travel(MORNING + timedelta(hours=1), tick=False):
        page = organisation.copy_for_translation(english)
        page.title = page.draft_title = "Organisation"
        page.slug = "organisation"
        publish(page)
    return page


def test_a_translation_published_after_its_source_is_in_step(translated):
    assert outdated_translation(translated) is None


def test_a_vietnamese_page_is_never_flagged(organisation, translated):
    assert outdated_translation(organisation) is None


def test_republishing_the_vietnamese_page_flags_the_translation(
    client, admin_client, organisation, translated
):
    with time_machine.travel(MORNING + timedelta(days=1), tick=False):
        organisation.intro = "Thêm một nhiệm vụ mới."
        publish(organisation)

    outdated = outdated_translation(translated)
    assert outdated is not None
    assert outdated.source.pk == organisation.pk

    edit = admin_client.get(f"/admin/pages/{translated.pk}/edit/").content.decode()
    assert (
        "Bản tiếng Việt của trang này đã được xuất bản lại ngày 03/03/2026 09:00"
        in edit
    )
    assert f'href="/admin/pages/{organisation.pk}/edit/"' in edit

    public = text_of(client.get(translated.url))
    assert "The Vietnamese version of this page was updated on 03/03/2026" in public


def test_publishing_the_translation_again_clears_the_flag(
    client, admin_client, organisation, translated
):
    with time_machine.travel(MORNING + timedelta(days=1), tick=False):
        publish(organisation)
    with time_machine.travel(MORNING + timedelta(days=2), tick=False):
        publish(translated)

    assert outdated_translation(translated) is None
    edit = admin_client.get(f"/admin/pages/{translated.pk}/edit/").content.decode()
    assert "Bản tiếng Việt của trang này" not in edit
    assert "The Vietnamese version" not in text_of(client.get(translated.url))
