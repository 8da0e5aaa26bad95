"""The demo's people and work in progress: one login per role, and one page waiting at
each step of the workflows, so a visitor can try the editorial process at once.

Every person is fictitious; the password is DEMO_ADMIN_PASSWORD (default
"sonla-demo-2026"). Running it again changes nothing.
"""

import os
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import Site
from wagtail.rich_text import RichText

from honors.articles.news import NewsIndexPage, NewsPage
from honors.disclosures.pages import (
    DisclosureIndexPage,
    DisclosureNominee,
    DisclosurePage,
)
from honors.registry.catalogue import Award
from honors.registry.honours import Decision, Honoree, Honour
from honors.roll.pages import HonourBoardDecision, HonourBoardIndexPage, HonourBoardPage
from honors.staff import roles

DEFAULT_PASSWORD = "sonla-demo-2026"

#: (username, role, first name, last name)
DEMO_USERS = [
    ("bientap", roles.EDITORS, "Lường Thị", "Mai"),
    ("thuky", roles.SECRETARIAT, "Cầm Văn", "Thành"),
    ("lanhdao", roles.COUNCIL, "Đinh Thị", "Hoa"),
    ("gopy", roles.COMMENT_HANDLERS, "Hà Văn", "Lợi"),
    ("quantri", roles.ADMINISTRATORS, "Quàng Thị", "Nga"),
    ("donvi1", roles.UNIT_OFFICERS, "Lò Thị", "Xuân"),
    ("donvi2", roles.UNIT_OFFICERS, "Vì Văn", "Hùng"),
]


def password() -> str:
    return os.environ.get("DEMO_ADMIN_PASSWORD") or DEFAULT_PASSWORD


def load(stdout):
    users = {username: _user(username, *rest) for username, *rest in DEMO_USERS}
    home = Site.objects.get(is_default_site=True).root_page.specific
    # The submissions below would e-mail the approvers; loading the demo stays quiet.
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"
    ):
        _news_awaiting_secretariat(home, users["bientap"])
        _disclosure_awaiting_secretariat(home, users["bientap"])
        _board_awaiting_council(home, users["bientap"], users["thuky"])


def _user(username, role, first_name, last_name):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User.objects.create_user(
            username=username,
            email=f"{username}@sonla.example.vn",
            password=password(),
            first_name=first_name,
            last_name=last_name,
        )
        user.groups.add(Group.objects.get(name=role))
    return user


def _submit(page, user):
    revision = page.save_revision(user=user)
    page.get_workflow().start(page, user)
    return revision


def _news_awaiting_secretariat(home, author):
    index = NewsIndexPage.objects.child_of(home).first()
    slug = "dot-thi-dua-cao-diem-cuoi-nam-2026"
    if index is None or NewsPage.objects.filter(slug=slug).exists():
        return
    page = NewsPage(
        title="Sơn La phát động đợt thi đua cao điểm cuối năm 2026",
        slug=slug,
        date=timezone.localdate(),
        lead=(
            "Các sở, ngành, địa phương thi đua hoàn thành chỉ tiêu kinh tế – xã hội năm "
            "2026 trong những tuần cuối năm."
        ),
        body=[
            (
                "paragraph",
                RichText(
                    "<p>Bài do biên tập viên soạn, đang chờ Thư ký Hội đồng duyệt. "
                    "Đăng nhập bằng tài khoản <b>thuky</b> để duyệt và xuất bản.</p>"
                ),
            )
        ],
        live=False,
        owner=author,
    )
    index.add_child(instance=page)
    _submit(page, author)


def _disclosure_awaiting_secretariat(home, author):
    index = DisclosureIndexPage.objects.child_of(home).first()
    slug = "co-thi-dua-cua-chinh-phu-2026"
    if index is None or DisclosurePage.objects.filter(slug=slug).exists():
        return
    today = timezone.localdate()
    page = DisclosurePage(
        title="Lấy ý kiến đề nghị tặng Cờ thi đua của Chính phủ năm 2026",
        slug=slug,
        proposing_body="Ủy ban nhân dân tỉnh Sơn La",
        proposed_award=Award.objects.get(name="Cờ thi đua của Chính phủ"),
        proposal_number="412/TTr-UBND",
        proposal_date=today,
        council_meeting_on=date(today.year + 1, 1, 20),
        opens_at=timezone.now() + timedelta(days=7),
        live=False,
        owner=author,
    )
    page.nominees = [
        DisclosureNominee(
            kind="collective",
            name="Sở Giáo dục và Đào tạo tỉnh Sơn La",
            achievements="Dẫn đầu phong trào thi đua của khối văn hóa – xã hội năm 2026.",
        )
    ]
    index.add_child(instance=page)
    _submit(page, author)


def _board_awaiting_council(home, author, secretary):
    roll = HonourBoardIndexPage.objects.child_of(home).first()
    slug = "khen-thuong-chuyen-de-chuyen-doi-so-2026"
    if roll is None or HonourBoardPage.objects.filter(slug=slug).exists():
        return
    decision, _ = Decision.objects.get_or_create(
        number="2380/QĐ-UBND",
        signed_on=date(2026, 11, 20),
        defaults={
            "authority": "Chủ tịch Ủy ban nhân dân tỉnh Sơn La",
            "summary": "Về việc tặng Bằng khen chuyên đề chuyển đổi số năm 2026",
        },
    )
    award = Award.objects.get(name="Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")
    for honoree in Honoree.objects.published().order_by("pk")[:6]:
        Honour.objects.get_or_create(
            honoree=honoree,
            award=award,
            decision=decision,
            defaults={
                "year": 2026,
                "reason": "Có thành tích xuất sắc trong chuyển đổi số năm 2026.",
            },
        )
    page = HonourBoardPage(
        title="Khen thưởng chuyên đề chuyển đổi số năm 2026",
        slug=slug,
        intro="Bảng do biên tập viên lập, Thư ký đã duyệt, chờ Lãnh đạo Hội đồng phê duyệt.",
        live=False,
        owner=author,
    )
    page.board_decisions = [HonourBoardDecision(decision=decision)]
    roll.add_child(instance=page)
    _submit(page, author)
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(
        task_state, user=secretary, action_name="approve"
    )
