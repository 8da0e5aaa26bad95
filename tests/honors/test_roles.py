"""The roles come from the migrations: five groups with the permissions their work
needs, the two workflows, and the leadership hooked up to every section with legal
weight, wherever and whenever an editor creates it."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage

from honors.models import DisclosureIndexPage, HonourBoardIndexPage
from honors.staff import roles

pytestmark = pytest.mark.django_db


def codes(group_name):
    group = Group.objects.get(name=group_name)
    return {
        f"{app}.{code}"
        for app, code in group.permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def page_codes(group_name, page):
    return set(
        GroupPagePermission.objects.filter(
            group__name=group_name, page=page
        ).values_list("permission__codename", flat=True)
    )


def test_the_portal_s_groups_replace_wagtails_starter_groups():
    assert set(Group.objects.values_list("name", flat=True)) == set(roles.ALL_GROUPS)


def test_each_group_holds_what_its_work_needs():
    root = Page.objects.get(depth=1)

    assert "honors.change_honour" in codes(roles.EDITORS)
    assert "honors.delete_honour" not in codes(roles.EDITORS)
    assert "honors.change_award" in codes(roles.SECRETARIAT)
    assert "honors.change_holiday" in codes(roles.SECRETARIAT)
    assert codes(roles.COUNCIL) == {
        "wagtailadmin.access_admin",
        "honors.give_final_approval",
        "honors.view_publication_report",
        "honors.view_dossier",
    }
    # A unit officer writes dossiers (of their own units: honors.dossiers.permissions)
    # and processes none.
    assert codes(roles.UNIT_OFFICERS) == {
        "wagtailadmin.access_admin",
        "honors.add_dossier",
        "honors.change_dossier",
        "honors.delete_dossier",
        "honors.view_dossier",
    }
    assert "honors.process_dossier" in codes(roles.SECRETARIAT)
    assert codes(roles.COMMENT_HANDLERS) == {
        "wagtailadmin.access_admin",
        "honors.view_publiccomment",
        "honors.change_publiccomment",
        "honors.view_commenter_identity",
    }
    assert "auth.change_user" in codes(roles.ADMINISTRATORS)
    assert "wagtailredirects.add_redirect" in codes(roles.ADMINISTRATORS)
    assert "honors.view_commenter_identity" not in codes(roles.ADMINISTRATORS)
    assert page_codes(roles.EDITORS, root) == {"add_page", "change_page"}
    assert "publish_page" in page_codes(roles.SECRETARIAT, root)
    assert page_codes(roles.COUNCIL, root) == set()


def test_the_one_step_workflow_covers_the_whole_tree():
    root = Page.objects.get(depth=1)

    assert WorkflowPage.objects.get(page=root).workflow.name == roles.ONE_STEP_WORKFLOW
    two_steps = Workflow.objects.get(name=roles.TWO_STEP_WORKFLOW)
    assert [task.name for task in two_steps.tasks] == [
        roles.SECRETARIAT_TASK,
        roles.COUNCIL_TASK,
    ]


@pytest.mark.parametrize("model", [DisclosureIndexPage, HonourBoardIndexPage])
def test_a_new_section_with_legal_weight_needs_the_leadership(home_page, model):
    section = model(title="Mục mới", slug="muc-moi")
    home_page.add_child(instance=section)

    assert section.get_workflow().name == roles.TWO_STEP_WORKFLOW
    assert page_codes(roles.COUNCIL, section) == set(roles.COUNCIL_SECTION_PERMISSIONS)


def roles_state():
    """Every grant the roles make, comparable between two moments."""
    return (
        sorted(
            Permission.objects.filter(group__isnull=False).values_list("pk", "group")
        ),
        sorted(GroupPagePermission.objects.values_list("group", "page", "permission")),
        sorted(WorkflowPage.objects.values_list("page", "workflow")),
        Workflow.objects.count(),
    )


def test_installing_again_changes_nothing(home_page):
    home_page.add_child(instance=DisclosureIndexPage(title="Công khai", slug="ck"))
    before = roles_state()

    roles.install(apps)

    after = roles_state()
    assert after == before
