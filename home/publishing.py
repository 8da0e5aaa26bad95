"""Nobody publishes alone: a page goes live by the approval of its workflow's last step.

Wagtail lets anyone holding the "publish" page permission publish directly, bypassing
the workflow. On this portal publication has legal weight, so every page type derives
from `PortalPage`, whose permission tester (`ApprovedPublishingMixin`) allows publishing
only

- while the user approves the last step of the page's workflow (the approval task
  marks that moment, see honors.workflow.approval.PeerApprovalTask), or
- to superusers, the emergency account.

Every publishing path of the admin asks the tester (edit and create views, the action
menu, bulk actions, copy, revisions, PublishPageRevisionAction), so a forged "publish"
request just saves a draft. Pages with legal weight (disclosures of nominees, honour
boards) also name a permission without which they are neither published nor withdrawn:
the council's leadership gives it.

Scheduled publishing is unaffected: an approved revision with a go-live date is
published later by `publish_scheduled`, with no user.
"""

import contextvars
from contextlib import contextmanager

from wagtail.models import Page, PagePermissionTester

_approving = contextvars.ContextVar("approving", default=None)


@contextmanager
def approving(page_pk, user_pk):
    """Within this block, `user_pk` is approving a workflow step of `page_pk`."""
    token = _approving.set((int(page_pk), user_pk))
    try:
        yield
    finally:
        _approving.reset(token)


def is_approving(page, user) -> bool:
    return _approving.get() == (page.pk, user.pk)


class ApprovedPublishingPermissionTester(PagePermissionTester):
    def _may_publish_now(self):
        return self.user.is_superuser or is_approving(self.page, self.user)

    def _holds_legal_permission(self):
        required = getattr(self.page, "legal_weight_permission", None)
        return not required or self.user.has_perm(required)

    def can_publish(self):
        return (
            super().can_publish()
            and self._may_publish_now()
            and self._holds_legal_permission()
        )

    def can_publish_subpage(self):
        """Creating and publishing in one go skips the workflow: superusers only."""
        return super().can_publish_subpage() and self.user.is_superuser

    def can_unpublish(self):
        return super().can_unpublish() and self._holds_legal_permission()


class ApprovedPublishingMixin:
    """For every page type of the portal (a system check holds them to it)."""

    #: A permission ("app.codename") needed to publish or unpublish pages of this type,
    #: for pages with legal weight.
    legal_weight_permission = None

    def permissions_for_user(self, user):
        return ApprovedPublishingPermissionTester(user, self)


class PortalPage(ApprovedPublishingMixin, Page):
    """The base of every page type of the portal: published only through approval."""

    class Meta:
        abstract = True


#: The apps whose page types must publish only through approval.
PORTAL_APPS = ("home", "honors", "library")


def unapproved_page_types(page_models):
    return [
        model for model in page_models if not issubclass(model, ApprovedPublishingMixin)
    ]


def check_page_types_publish_through_approval(app_configs=None, **kwargs):
    """System check: a page type without the mixin would let "publish" bypass the
    workflow, silently."""
    from django.core.checks import Error
    from wagtail.models import get_page_models

    portal_models = [m for m in get_page_models() if m._meta.app_label in PORTAL_APPS]
    return [
        Error(
            f"{model._meta.label} does not use ApprovedPublishingMixin.",
            hint="Derive it from home.publishing.PortalPage.",
            obj=model,
            id="home.E001",
        )
        for model in unapproved_page_types(portal_models)
    ]
