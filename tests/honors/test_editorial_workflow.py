"""Nobody publishes alone: editors write and submit, the secretariat approves, and the
council's leadership gives the final approval of disclosures and honour boards.

Every test runs on the demo: its users (one per role) and its pages waiting at each
step of the workflows. Requests go through the admin as a browser would send them.
"""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.rich_text import RichText

from honors.models import DisclosurePage, HonourBoardPage, NewsIndexPage, NewsPage
from honors.staff import roles
from tests.admin_forms import edit_form_data

WAITING_NEWS = "dot-thi-dua-cao-diem-cuoi-nam-2026"
WAITING_DISCLOSURE = "co-thi-dua-cua-chinh-phu-2026"
WAITING_BOARD = "khen-thuong-chuyen-de-chuyen-doi-so-2026"


@pytest.fixture
def login(client):
    def as_user(username):
        user = get_user_model().objects.get(username=username)
        client.force_login(user)
        client.user = user
        return client

    return as_user


def page(model, slug):
    return model.objects.get(slug=slug)


def task_state_of(item):
    return item.current_workflow_state.current_task_state


def act(client, item, action, **data):
    """Approve or request changes, as the buttons of the editor do."""
    url = f"/admin/pages/workflow/action/{item.pk}/{action}/{task_state_of(item).pk}/"
    return client.post(url, data)


def edit(client, item, **extra):
    data = edit_form_data(item, client.user, **extra)
    return client.post(f"/admin/pages/{item.pk}/edit/", data)


def fresh(item):
    return type(item).objects.get(pk=item.pk)


def denied(response):
    """Wagtail answers a forbidden admin action with 403 or a redirect to the
    dashboard with an error message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def draft_news(title, author):
    item = NewsPage(
        title=title,
        date=timezone.localdate(),
        lead=f"Tóm tắt: {title}.",
        body=[("paragraph", RichText(f"<p>{title}.</p>"))],
        live=False,
    )
    NewsIndexPage.objects.first().add_child(instance=item)
    item.save_revision(user=author)
    return item


def test_each_demo_login_has_its_role(demo):
    groups = {
        user.username: [group.name for group in user.groups.all()]
        for user in get_user_model().objects.filter(
            username__in=["bientap", "thuky", "lanhdao", "gopy", "quantri"]
        )
    }

    assert groups == {
        "bientap": [roles.EDITORS],
        "thuky": [roles.SECRETARIAT],
        "lanhdao": [roles.COUNCIL],
        "gopy": [roles.COMMENT_HANDLERS],
        "quantri": [roles.ADMINISTRATORS],
    }


def test_a_page_waits_at_each_step_of_the_workflows(demo):
    waiting = {
        state.content_object.slug: state.current_task_state.task.name
        for state in WorkflowState.objects.filter(status="in_progress")
    }

    assert waiting == {
        WAITING_NEWS: roles.SECRETARIAT_TASK,
        WAITING_DISCLOSURE: roles.SECRETARIAT_TASK,
        WAITING_BOARD: roles.COUNCIL_TASK,
    }


def test_an_editor_writes_and_submits_but_cannot_publish(demo, login):
    editor = login("bientap")
    item = draft_news("Tin của biên tập viên", editor.user)

    html = editor.get(f"/admin/pages/{item.pk}/edit/").content.decode()
    forged = edit(editor, fresh(item), **{"action-publish": "action-publish"})
    submitted = edit(editor, fresh(item), **{"action-submit": "action-submit"})

    assert 'name="action-publish"' not in html
    assert 'name="action-submit"' in html
    assert forged.status_code == 302
    assert submitted.status_code == 302
    item = fresh(item)
    assert not item.live
    assert item.current_workflow_state.current_task_state.task.name == (
        roles.SECRETARIAT_TASK
    )


def test_the_secretariat_approves_and_the_page_goes_live(demo, login):
    item = page(NewsPage, WAITING_NEWS)
    mail.outbox.clear()

    response = act(login("thuky"), item, "approve")

    assert response.status_code == 302
    item = fresh(item)
    assert item.live
    assert item.current_workflow_state is None
    assert [message.to for message in mail.outbox] == [["bientap@sonla.example.vn"]]


def test_a_request_for_changes_goes_back_with_the_comment_and_can_be_resubmitted(
    demo, login
):
    item = page(NewsPage, WAITING_NEWS)
    mail.outbox.clear()

    act(login("thuky"), item, "reject", comment="Bổ sung ảnh và nguồn tin.")

    state = fresh(item).current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not fresh(item).live
    message = mail.outbox[-1]
    assert message.to == ["bientap@sonla.example.vn"]
    assert "Bổ sung ảnh và nguồn tin." in message.body

    editor = login("bientap")
    resubmitted = edit(editor, fresh(item), **{"action-submit": "action-submit"})

    assert resubmitted.status_code == 302
    assert fresh(item).current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_a_disclosure_needs_the_secretariat_then_the_leadership(demo, login):
    item = page(DisclosurePage, WAITING_DISCLOSURE)
    mail.outbox.clear()

    refused = act(login("lanhdao"), item, "approve")
    act(login("thuky"), item, "approve")
    live_after_first = fresh(item).live
    step_after_first = task_state_of(fresh(item)).task.name
    step_mails = {tuple(message.to) for message in mail.outbox}
    act(login("lanhdao"), item, "approve")

    assert denied(refused)
    assert not live_after_first
    assert step_after_first == roles.COUNCIL_TASK
    assert ("bientap@sonla.example.vn",) in step_mails  # told of the first approval
    assert ("lanhdao@sonla.example.vn",) in step_mails  # asked for the second
    assert fresh(item).live


def test_the_leadership_gives_final_approval_of_a_waiting_board(demo, login):
    board = page(HonourBoardPage, WAITING_BOARD)

    act(login("lanhdao"), board, "approve")

    assert fresh(board).live
    assert fresh(board).url in [
        p.url for p in HonourBoardPage.objects.live().filter(slug=WAITING_BOARD)
    ]


def test_the_secretariat_cannot_publish_or_withdraw_a_disclosure_alone(demo, login):
    secretary = login("thuky")
    draft = page(DisclosurePage, WAITING_DISCLOSURE)
    live = DisclosurePage.objects.live().first()

    html = secretary.get(f"/admin/pages/{live.pk}/edit/").content.decode()
    edit(secretary, fresh(live), title="Sửa khi đang công khai")
    forged = edit(secretary, fresh(draft), **{"action-publish": "action-publish"})
    withdrawn = secretary.post(f"/admin/pages/{live.pk}/unpublish/")

    assert 'name="action-publish"' not in html
    assert forged.status_code == 302
    assert not fresh(draft).live
    assert withdrawn.status_code == 302
    assert fresh(live).live
    assert fresh(live).title != "Sửa khi đang công khai"


def test_nobody_approves_their_own_submission(demo, login):
    secretary = login("thuky")
    item = draft_news("Tin do thư ký viết", secretary.user)
    edit(secretary, fresh(item), **{"action-submit": "action-submit"})
    item = fresh(item)

    dashboard = secretary.get("/admin/").content.decode()
    to_review = [
        state.workflow_state.content_object.title
        for state in TaskState.objects.reviewable_by(secretary.user)
    ]
    refused = act(secretary, item, "approve")

    assert denied(refused)
    assert not fresh(item).live
    assert "Tin do thư ký viết" not in to_review  # the "awaiting your review" panel
    assert page(NewsPage, WAITING_NEWS).title in to_review
    assert page(NewsPage, WAITING_NEWS).title in dashboard


def test_one_person_in_both_groups_approves_only_one_step(demo, login):
    from django.contrib.auth.models import Group

    both = login("thuky")
    both.user.groups.add(Group.objects.get(name=roles.COUNCIL))
    item = page(DisclosurePage, WAITING_DISCLOSURE)

    act(both, item, "approve")
    second = act(both, fresh(item), "approve")

    assert denied(second)
    assert not fresh(item).live


def publish_from_the_editor(client, item):
    edit(client, fresh(item), **{"action-publish": "action-publish"})
    return fresh(item)


def bulk_publish(client, item):
    client.post(f"/admin/bulk/wagtailcore/page/publish/?id={item.pk}", {})
    return fresh(item)


def revert_and_publish(client, item):
    revision = item.revisions.order_by("created_at").first()
    data = edit_form_data(item, client.user, **{"action-publish": "action-publish"})
    client.post(f"/admin/pages/{item.pk}/revisions/{revision.pk}/revert/", data)
    return fresh(item)


def copy_and_publish(client, item):
    """Copying a live page and keeping the copies live."""
    item = NewsPage.objects.live().exclude(slug__startswith="ban-sao").first()
    client.post(
        f"/admin/pages/{item.pk}/copy/",
        {
            "new_title": f"Bản sao {item.title}",
            "new_slug": f"ban-sao-{item.pk}",
            "new_parent_page": item.get_parent().pk,
            "publish_copies": "on",
        },
    )
    copy = NewsPage.objects.filter(slug=f"ban-sao-{item.pk}").first()
    if copy is not None:
        copy.delete()  # the next call copies the same page under the same slug
    return copy  # None: the admin refused to copy with "publish copies"


@pytest.mark.parametrize(
    "shortcut",
    [publish_from_the_editor, bulk_publish, revert_and_publish, copy_and_publish],
)
def test_no_shortcut_publishes_a_page_but_the_superusers(demo, login, shortcut):
    """Each way of publishing outside the workflow works for the emergency account,
    and for nobody else, not even the secretariat that approves."""
    secretary = login("thuky")
    refused = shortcut(secretary, draft_news("Tin thư ký thử xuất bản", secretary.user))
    superuser = login("admin")
    allowed = shortcut(superuser, draft_news("Tin khẩn cấp", superuser.user))

    assert refused is None or not refused.live
    assert allowed.live


def test_approval_with_a_go_live_date_publishes_when_the_date_comes(demo, login):
    editor = login("bientap")
    item = draft_news("Tin hẹn giờ", editor.user)
    go_live = timezone.now() + timedelta(days=2)
    edit(
        editor,
        fresh(item),
        go_live_at=timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M"),
        **{"action-submit": "action-submit"},
    )

    act(login("thuky"), fresh(item), "approve")
    scheduled = fresh(item)
    call_command("publish_scheduled")
    still_waiting = fresh(item)
    with time_machine.travel(go_live + timedelta(minutes=1)):
        call_command("publish_scheduled")

    assert not scheduled.live
    assert not still_waiting.live
    assert fresh(item).live


def test_an_expiry_date_takes_a_page_down(demo):
    item = NewsPage.objects.live().first()
    item.expire_at = timezone.now() + timedelta(hours=1)
    item.save()

    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        call_command("publish_scheduled")

    assert not fresh(item).live
    assert fresh(item).expired


def test_the_read_only_admin_api_publishes_nothing(demo, login):
    editor = login("bientap")
    item = page(NewsPage, WAITING_NEWS)

    response = editor.post(f"/admin/api/main/pages/{item.pk}/", {"live": "true"})

    assert response.status_code == 405
    assert not fresh(item).live


def test_only_superusers_create_and_publish_in_one_go(demo, login):
    index = NewsIndexPage.objects.first()

    assert not index.permissions_for_user(login("thuky").user).can_publish_subpage()
    assert not index.permissions_for_user(login("quantri").user).can_publish_subpage()
    assert (
        Page.objects.get(pk=index.pk)
        .specific.permissions_for_user(get_user_model().objects.get(username="admin"))
        .can_publish_subpage()
    )


def test_the_report_shows_who_approved_what_and_when(demo, login):
    item = page(DisclosurePage, WAITING_DISCLOSURE)
    act(login("thuky"), item, "reject", comment="Thiếu số tờ trình.")

    leader = login("lanhdao")
    html = leader.get("/admin/reports/xuat-ban-va-phe-duyet/").content.decode()
    export = leader.get("/admin/reports/xuat-ban-va-phe-duyet/", {"export": "csv"})
    rows = b"".join(export.streaming_content).decode("utf-8-sig").splitlines()

    assert "Cầm Văn Thành" in html
    assert "Yêu cầu sửa" in html
    assert "“Thiếu số tờ trình.”" in html
    assert rows[0] == 'Thời gian,Người thực hiện,Việc,Trang,"Bước, ý kiến"'
    assert any("Yêu cầu sửa" in row and item.title in row for row in rows[1:])


def test_only_comment_handlers_see_who_commented(demo, login):
    from honors.models import PublicComment

    comment = PublicComment.objects.exclude(full_name="").first()
    inspect = f"/admin/honors/publiccomment/inspect/{comment.pk}/"

    for username in ("bientap", "thuky", "lanhdao"):
        client = login(username)
        assert denied(client.get(inspect)), username
        assert denied(client.get("/admin/honors/publiccomment/", {"export": "csv"}))
    administrator = login("quantri").get(inspect).content.decode()
    handler = login("gopy").get(inspect).content.decode()

    assert comment.full_name not in administrator
    assert comment.full_name in handler


def test_an_editors_preview_shows_no_commenter_and_publishes_nothing(demo, login):
    from honors.models import PublicComment

    comment = PublicComment.objects.exclude(full_name="").first()
    disclosure = comment.disclosure
    editor = login("bientap")
    data = edit_form_data(disclosure, editor.user)

    assert editor.post(f"/admin/pages/{disclosure.pk}/edit/preview/", data).json()[
        "is_valid"
    ]
    preview = editor.get(f"/admin/pages/{disclosure.pk}/edit/preview/")
    before = disclosure.last_published_at

    assert preview.status_code == 200
    assert disclosure.title in preview.content.decode()
    for personal in (comment.full_name, comment.phone, comment.email):
        if personal:
            assert personal not in preview.content.decode()
    assert fresh(disclosure).last_published_at == before


# What the reviewer reads after acting -------------------------------------------------


def said(response):
    """The confirmation messages the next screen shows."""
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_approving_says_the_page_moved_on_to_the_next_step(demo, login):
    item = page(DisclosurePage, WAITING_DISCLOSURE)

    response = act(login("thuky"), item, "approve")

    assert said(response) == [
        f"Đã duyệt “{item.title}”; trang chuyển sang bước “{roles.COUNCIL_TASK}”."
    ]


def test_the_last_approval_says_the_page_is_published(demo, login):
    board = page(HonourBoardPage, WAITING_BOARD)

    response = act(login("lanhdao"), board, "approve")

    assert said(response) == [f"Đã duyệt và xuất bản “{board.title}”."]


def test_approving_a_page_with_a_go_live_date_says_when_it_will_be_published(
    demo, login
):
    editor = login("bientap")
    item = draft_news("Tin hẹn giờ", editor.user)
    go_live = timezone.localtime(timezone.now() + timedelta(days=2)).replace(
        second=0, microsecond=0
    )
    edit(
        editor,
        fresh(item),
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
        **{"action-submit": "action-submit"},
    )

    response = act(login("thuky"), fresh(item), "approve")

    when = go_live.strftime("%H:%M %d/%m/%Y")
    assert said(response)[-1:] == [
        f"Đã duyệt “Tin hẹn giờ”; trang sẽ được xuất bản lúc {when}."
    ]


def test_requesting_changes_says_the_page_went_back_to_its_author(demo, login):
    item = page(NewsPage, WAITING_NEWS)

    response = act(login("thuky"), item, "reject", comment="Thiếu nguồn tin.")

    assert said(response) == [f"Đã trả lại “{item.title}” cho người gửi duyệt để sửa."]


def test_a_refused_action_says_nothing_of_an_approval(demo, login):
    item = page(DisclosurePage, WAITING_DISCLOSURE)

    response = act(login("lanhdao"), item, "approve")

    assert denied(response)
    assert not any(text.startswith("Đã duyệt") for text in said(response))


def test_approving_from_the_editor_says_what_happened_too(demo, login):
    secretary = login("thuky")
    item = page(NewsPage, WAITING_NEWS)

    response = edit(
        secretary,
        item,
        **{"action-workflow-action": "true", "workflow-action-name": "approve"},
    )

    assert fresh(item).live
    assert f"Đã duyệt và xuất bản “{item.title}”." in said(response)


def test_saving_in_the_editor_announces_no_approval(demo, login):
    secretary = login("thuky")
    item = page(NewsPage, WAITING_NEWS)

    response = edit(secretary, item)

    assert not any(text.startswith("Đã duyệt") for text in said(response))
