"""The dashboard opens on "Việc của bạn": what the signed-in person has to do.

An editor finds where to start writing and how many of their pages wait; a comment
handler the comments still to handle and the one waiting longest; the secretariat and
the council's leadership how many pages wait for them and since when. Every line is a
link that opens the screen where the work is done. Runs on the demo and its users.
"""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState
from wagtail.users.models import UserProfile

from honors.models import (
    CommentStatus,
    DisclosurePage,
    NewsIndexPage,
    NewsPage,
    PublicComment,
)
from honors.staff.dashboard import WAITING_COMMENT_STATUSES, WorkPanel
from tests.honors.factories import comment as make_comment


def user(username):
    return get_user_model().objects.get(username=username)


@pytest.fixture
def dashboard(client):
    def as_user(username):
        client.force_login(user(username))
        response = client.get("/admin/")
        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        return soup.find(id="portal-work-section"), client

    return as_user


def links(panel):
    return {" ".join(a.get_text().split()): a["href"] for a in panel.find_all("a")}


def text(panel):
    return " ".join(panel.get_text().split())


def test_an_editor_starts_writing_from_the_dashboard(demo, dashboard):
    panel, client = dashboard("bientap")

    shortcuts = links(panel)
    news_index = NewsIndexPage.objects.order_by("path").first()
    assert shortcuts["Viết tin"] == (
        f"/admin/pages/add/honors/newspage/{news_index.pk}/"
    )
    assert "Viết gương điển hình" in shortcuts
    assert shortcuts["Nhập danh sách khen thưởng"] == "/admin/thi-dua/nhap/"
    for label in ("Viết tin", "Viết gương điển hình", "Nhập danh sách khen thưởng"):
        assert client.get(shortcuts[label]).status_code == 200, label


def test_an_editor_sees_how_many_of_their_pages_wait_for_approval(demo, dashboard):
    waiting = (
        WorkflowState.objects.active().filter(requested_by=user("bientap")).count()
    )

    panel, _client = dashboard("bientap")

    assert waiting == 3  # the demo's news, disclosure and board
    assert f"{waiting} trang bạn gửi đang chờ duyệt." in text(panel)
    assert links(panel)[f"{waiting} trang bạn gửi đang chờ duyệt."] == (
        "#objects-in-workflow-section"
    )


@pytest.mark.parametrize("username", ["thuky", "lanhdao"])
def test_a_reviewer_sees_what_waits_for_them_and_the_oldest(demo, dashboard, username):
    reviewer = user(username)
    waiting = TaskState.objects.reviewable_by(reviewer).order_by("started_at")
    oldest = waiting.first()
    oldest_page = oldest.workflow_state.content_object

    panel, client = dashboard(username)

    assert waiting.count() >= 1
    assert f"{waiting.count()} trang chờ bạn duyệt." in text(panel)
    assert links(panel)[oldest_page.title] == f"/admin/pages/{oldest_page.pk}/edit/"
    assert f"ở bước “{oldest.task.name}” từ " in text(panel)
    assert client.get(f"/admin/pages/{oldest_page.pk}/edit/").status_code == 200


def test_a_reviewer_with_nothing_waiting_is_told_so(demo, dashboard):
    for state in TaskState.objects.reviewable_by(user("lanhdao")):
        state.workflow_state.cancel(user=user("thuky"))

    panel, _client = dashboard("lanhdao")

    assert "Không có trang nào chờ bạn duyệt." in text(panel)


def test_the_comment_handler_sees_the_comments_waiting_and_the_oldest(demo, dashboard):
    disclosure = DisclosurePage.objects.live().first()
    oldest = make_comment(disclosure, body="Góp ý gửi sớm nhất.")
    PublicComment.objects.filter(pk=oldest.pk).update(
        submitted_at=timezone.now() - timezone.timedelta(days=400)
    )
    make_comment(disclosure, body="Góp ý đang xem.", status=CommentStatus.UNDER_REVIEW)
    make_comment(disclosure, body="Góp ý đã xong.", status=CommentStatus.SPAM)
    counts = {
        status: PublicComment.objects.filter(status=status).count()
        for status in WAITING_COMMENT_STATUSES
    }

    panel, client = dashboard("gopy")

    assert f"{sum(counts.values())} góp ý của người dân chờ xử lý" in text(panel)
    urls = links(panel)
    received = urls[f"đã tiếp nhận {counts[CommentStatus.RECEIVED]}"]
    under_review = urls[f"đang xem xét {counts[CommentStatus.UNDER_REVIEW]}"]
    assert urls[oldest.receipt_code] == (
        f"/admin/honors/publiccomment/inspect/{oldest.pk}/"
    )
    listed = client.get(received).content.decode()
    assert oldest.receipt_code in listed
    assert "Góp ý đang xem." not in client.get(received).content.decode()
    assert client.get(under_review).status_code == 200
    assert "Viết tin" not in urls  # comment handlers do not write pages


def test_the_comment_handler_with_nothing_waiting_is_told_so(demo, dashboard):
    PublicComment.objects.update(status=CommentStatus.NOT_SUBSTANTIATED)

    panel, _client = dashboard("gopy")

    assert "Không có góp ý nào chờ xử lý." in text(panel)


def test_only_comment_handlers_see_the_comments_line(demo, dashboard):
    for username in ("bientap", "thuky", "lanhdao"):
        panel, _client = dashboard(username)
        assert "góp ý" not in text(panel), username


def test_the_panel_costs_the_same_queries_however_much_waits(demo):
    request = RequestFactory().get("/admin/")

    def queries_for(username):
        request.user = user(username)
        with CaptureQueriesContext(connection) as queries:
            WorkPanel(request).render_html({"request": request})
        return len(queries)

    before = {
        name: queries_for(name) for name in ("bientap", "thuky", "gopy", "donvi1")
    }
    disclosure = DisclosurePage.objects.live().first()
    for number in range(5):
        make_comment(disclosure, body=f"Góp ý thêm {number}.")
    index = NewsIndexPage.objects.order_by("path").first()
    for number in range(3):
        item = index.add_child(
            instance=NewsPage(
                title=f"Tin chờ duyệt {number}",
                date=timezone.localdate(),
                lead="Tin chờ duyệt.",
                live=False,
            )
        )
        item.save_revision(user=user("bientap"))
        item.get_workflow().start(item, user("bientap"))
    after = {name: queries_for(name) for name in ("bientap", "thuky", "gopy", "donvi1")}

    assert after == before
    # Permissions, counts, the oldest of each; the dossiers' line: the rules, the
    # holidays ahead, one aggregate.
    assert max(after.values()) <= 18


def test_an_english_speaking_editor_reads_the_panel_in_english(demo, dashboard):
    profile = UserProfile.get_for_user(user("bientap"))
    profile.preferred_language = "en"
    profile.save()

    panel, _client = dashboard("bientap")

    assert panel.find(id="portal-work-heading").get_text(strip=True) == "Your work"
    assert {"Write news", "Write an example story", "Import a list of honours"} <= set(
        links(panel)
    )
    assert "3 pages you submitted are awaiting approval." in text(panel)


def test_the_secretariat_sees_dossiers_waiting_overdue_and_due_soon(demo, dashboard):
    from honors.dossiers.choices import CLOCK_RUNNING, DossierState
    from honors.dossiers.models import Dossier

    today = timezone.localdate()
    Dossier.objects.filter(state=DossierState.UNDER_REVIEW).update(
        due_on=today - timezone.timedelta(days=1)
    )

    panel, _client = dashboard("thuky")

    lines = links(panel)
    overdue = Dossier.objects.filter(state__in=CLOCK_RUNNING, due_on__lt=today).count()
    assert lines["1 hồ sơ chờ tiếp nhận"] == "/admin/dossiers/?state=sent"
    assert lines[f"{overdue} hồ sơ quá hạn giải quyết"] == (
        "/admin/dossiers/?urgency=overdue"
    )
    assert overdue >= 2  # the demo's overdue one and the one made so


def test_a_unit_officer_sees_the_dossiers_returned_to_them(demo, dashboard):
    panel, _client = dashboard("donvi2")

    assert links(panel)["1 hồ sơ bị trả lại cần bổ sung"] == (
        "/admin/dossiers/?state=returned"
    )
    panel, _client = dashboard("donvi1")
    assert links(panel)["1 hồ sơ đang soạn, chưa gửi"] == "/admin/dossiers/?state=draft"
