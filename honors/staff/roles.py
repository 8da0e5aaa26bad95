"""Who does what: the portal's groups, their permissions and its workflows.

Publication of honours and nominees has legal weight, so:

- Biên tập viên (editors) write pages and registry entries and submit them;
- Thư ký Hội đồng (the council's secretariat) approve, which publishes news, stories,
  movements and pages; they keep the holiday calendar, the award catalogue and the
  province's targets;
- Lãnh đạo Hội đồng (the council's leadership) give the final approval of disclosures
  and honour boards, after the secretariat;
- Xử lý góp ý (comment handlers) handle the people's comments and alone see who sent
  them;
- Cán bộ TĐKT đơn vị (unit officers) prepare and send their own units' commendation
  dossiers, and see no other unit's;
- Quản trị cổng (site administrators) manage users, settings and the site.

`install` creates or brings up to date the groups, their permissions and the two
workflows; the data migrations call it with the historical models, so a fresh install
and an upgrade end in the same state, and calling it again changes nothing. When a
role changes, add a migration that calls `install` again (a permission of a model that
does not exist yet at an older migration is skipped there and granted by the newer one). Sections
with legal weight (the honour roll, the disclosures) get the two-step workflow and the
leadership's page permissions when they are created (`connect_sections`), wherever an
editor places them.
"""

from django.db.models.signals import post_save

from honors.disclosures.pages import DisclosureIndexPage
from honors.roll.pages import HonourBoardIndexPage

EDITORS = "Biên tập viên"
SECRETARIAT = "Thư ký Hội đồng Thi đua – Khen thưởng"
COUNCIL = "Lãnh đạo Hội đồng Thi đua – Khen thưởng"
COMMENT_HANDLERS = "Xử lý góp ý"
UNIT_OFFICERS = "Cán bộ Thi đua – Khen thưởng đơn vị"
ADMINISTRATORS = "Quản trị cổng"

ONE_STEP_WORKFLOW = "Duyệt tin bài, trang thông tin"
TWO_STEP_WORKFLOW = "Duyệt hồ sơ công khai, bảng vàng"
SECRETARIAT_TASK = "Thư ký Hội đồng duyệt"
COUNCIL_TASK = "Lãnh đạo Hội đồng phê duyệt"

#: Wagtail's own starter groups and workflow, replaced by the ones above.
WAGTAIL_DEFAULT_GROUPS = ("Moderators", "Editors")
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

REGISTRY_MODELS = ("honour", "honoree", "decision")
CATALOGUE_MODELS = ("award", "holiday", "locality")


def _crud(models, actions=("add", "change", "delete", "view")):
    return [f"honors.{action}_{model}" for model in models for action in actions]


#: Model permissions ("app_label.codename") of each group; administrators get every
#: permission but the commenters' identity and the council's final approval.
MODEL_PERMISSIONS = {
    EDITORS: [
        "wagtailadmin.access_admin",
        *_crud(REGISTRY_MODELS, ("add", "change", "view")),
        *_crud(CATALOGUE_MODELS, ("view",)),
        "search.view_search_terms",
    ],
    SECRETARIAT: [
        "wagtailadmin.access_admin",
        *_crud(REGISTRY_MODELS),
        *_crud(CATALOGUE_MODELS),
        "honors.view_honourimport",
        "honors.view_publication_report",
        "honors.change_provincetargets",
        "search.view_search_terms",
        "wagtailsearchpromotions.add_searchpromotion",
        "wagtailsearchpromotions.change_searchpromotion",
        "wagtailsearchpromotions.delete_searchpromotion",
        *_crud(("unit", "awardrequirement", "holdlistentry")),
        "honors.view_dossier",
        "honors.process_dossier",
        "honors.change_dossierrules",
    ],
    COUNCIL: [
        "wagtailadmin.access_admin",
        "honors.give_final_approval",
        "honors.view_publication_report",
        "honors.view_dossier",
    ],
    COMMENT_HANDLERS: [
        "wagtailadmin.access_admin",
        "honors.view_publiccomment",
        "honors.change_publiccomment",
        "honors.view_commenter_identity",
    ],
    # Only their own units' dossiers: honors.dossiers.permissions narrows every list
    # and object to the units the officer belongs to.
    UNIT_OFFICERS: [
        "wagtailadmin.access_admin",
        "honors.add_dossier",
        "honors.change_dossier",
        "honors.delete_dossier",  # a draft never sent, only
        "honors.view_dossier",
    ],
}
#: Apps whose every permission the administrators hold...
ADMINISTRATORS_APPS = (
    "auth",
    "home",
    "honors",
    "search",
    "simple_translation",
    "taggit",
    "wagtailadmin",
    "wagtailcore",
    "wagtaildocs",
    "wagtailembeds",
    "wagtailforms",
    "wagtailimages",
    "wagtailredirects",
    "wagtailsearchpromotions",
    "wagtailusers",
)
#: ...but these, which belong to the comment handlers and the council's leadership.
ADMINISTRATORS_EXCLUDED = (
    "honors.view_commenter_identity",
    "honors.give_final_approval",
)

#: Page permissions on the root of the page tree, so on every site and section.
PAGE_PERMISSIONS = {
    EDITORS: ("add_page", "change_page"),
    SECRETARIAT: (
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    ),
    ADMINISTRATORS: (
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ),
}
#: Page permissions of the leadership on the sections with legal weight only.
COUNCIL_SECTION_PERMISSIONS = (
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
)
#: Page types whose subtree carries legal weight.
LEGAL_SECTIONS = ("disclosureindexpage", "honourboardindexpage")

_IMAGES = ("add_image", "change_image", "choose_image")
_DOCUMENTS = ("add_document", "change_document", "choose_document")
#: Image and document permissions on the root collection.
COLLECTION_PERMISSIONS = {
    EDITORS: (*_IMAGES, *_DOCUMENTS),
    SECRETARIAT: (*_IMAGES, "delete_image", *_DOCUMENTS, "delete_document"),
    ADMINISTRATORS: (
        *_IMAGES,
        "delete_image",
        *_DOCUMENTS,
        "delete_document",
        "add_collection",
        "change_collection",
        "delete_collection",
    ),
}

ALL_GROUPS = (
    EDITORS,
    SECRETARIAT,
    COUNCIL,
    COMMENT_HANDLERS,
    UNIT_OFFICERS,
    ADMINISTRATORS,
)


def _permissions(apps, dotted_names):
    """The permissions named "app_label.codename" that exist at this migration."""
    Permission = apps.get_model("auth", "Permission")
    found = []
    for dotted in dotted_names:
        app_label, codename = dotted.split(".")
        found += Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        )
    return found


def _page_permission(apps, codename):
    return _permissions(apps, [f"wagtailcore.{codename}"])[0]


def _ensure_permissions_exist(apps):
    """Permissions are normally created after all migrations; these data migrations need
    them now, on a fresh database too."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = models_module


def install(apps, schema_editor=None):
    """Create or update the groups, their permissions and the workflows."""
    _ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ALL_GROUPS}
    for name, dotted_names in MODEL_PERMISSIONS.items():
        groups[name].permissions.set(_permissions(apps, dotted_names))
    excluded = [
        permission.pk for permission in _permissions(apps, ADMINISTRATORS_EXCLUDED)
    ]
    groups[ADMINISTRATORS].permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=ADMINISTRATORS_APPS
        ).exclude(pk__in=excluded)
    )

    root_page = Page.objects.get(depth=1)
    for name, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[name],
                page=root_page,
                permission=_page_permission(apps, codename),
            )
    root_collection = Collection.objects.get(depth=1)
    for name, codenames in COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            app_label = "wagtaildocs" if "document" in codename else "wagtailimages"
            if "collection" in codename:
                app_label = "wagtailcore"
            for permission in _permissions(apps, [f"{app_label}.{codename}"]):
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[name],
                    collection=root_collection,
                    permission=permission,
                )

    _install_workflows(apps, groups, root_page)
    _remove_wagtail_defaults(apps)
    for page in Page.objects.filter(content_type__model__in=LEGAL_SECTIONS).filter(
        content_type__app_label="honors"
    ):
        _hook_up_legal_section(apps, page)


def _task(apps, name, group):
    PeerApprovalTask = apps.get_model("honors", "PeerApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="honors", model="peerapprovaltask"
    )
    task = PeerApprovalTask.objects.filter(name=name).first()
    if task is None:
        task = PeerApprovalTask.objects.create(
            name=name, content_type=content_type, active=True
        )
    task.groups.set([group])
    return task


def _workflow(apps, name, tasks):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    workflow, _ = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    for order, task in enumerate(tasks):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task_id=task.pk, defaults={"sort_order": order}
        )
    return workflow


def _install_workflows(apps, groups, root_page):
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    secretariat = _task(apps, SECRETARIAT_TASK, groups[SECRETARIAT])
    council = _task(apps, COUNCIL_TASK, groups[COUNCIL])
    one_step = _workflow(apps, ONE_STEP_WORKFLOW, [secretariat])
    _workflow(apps, TWO_STEP_WORKFLOW, [secretariat, council])
    WorkflowPage.objects.update_or_create(
        page=root_page, defaults={"workflow": one_step}
    )


def _remove_wagtail_defaults(apps):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    workflow = Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).first()
    if workflow is not None and not workflow.workflow_states.exists():
        task_ids = list(workflow.workflow_tasks.values_list("task_id", flat=True))
        workflow.delete()
        Task.objects.filter(pk__in=task_ids, task_states__isnull=True).delete()
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True).delete()


def _hook_up_legal_section(apps, page):
    """The two-step workflow and the leadership's page permissions on this section."""
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    workflow = Workflow.objects.filter(name=TWO_STEP_WORKFLOW).first()
    council = Group.objects.filter(name=COUNCIL).first()
    if workflow is None or council is None:
        return
    WorkflowPage.objects.update_or_create(
        page_id=page.pk, defaults={"workflow": workflow}
    )
    for codename in COUNCIL_SECTION_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=council, page_id=page.pk, permission=_page_permission(apps, codename)
        )


def legal_section_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from django.apps import apps

        _hook_up_legal_section(apps, instance)


def connect_sections():
    """Hook up every new honour roll or disclosures section (called from apps.ready)."""
    for model in (DisclosureIndexPage, HonourBoardIndexPage):
        post_save.connect(
            legal_section_created, sender=model, dispatch_uid=model.__name__
        )
