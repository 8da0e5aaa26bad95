"""From a dossier to its public disclosure: for a high award the secretariat drafts the
disclosure page (issue 5's DisclosurePage) from the dossier in one action, with the
proposing unit, the submission's number and date and the nominees filled in. The page
is a draft: it is published through the two-step workflow like any disclosure. The
dossier keeps the link, and shows the comments' count by status."""

from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale

from honors.disclosures.comments import CommentStatus, PublicComment
from honors.disclosures.pages import (
    LEGAL_MINIMUM_WORKING_DAYS,
    DisclosureIndexPage,
    DisclosureNominee,
    DisclosurePage,
    default_opening,
)
from honors.dossiers.choices import CLOCK_RUNNING
from honors.dossiers.models import Dossier
from honors.dossiers.process import StepRefused
from honors.registry.calendar import add_working_days
from search.folding import folded_slug

#: Working days between the disclosure's end and the council's meeting, to read the
#: comments: a first proposal the secretariat changes in the editor.
READING_DAYS = 5


def draft_disclosure(dossier, user):
    """The disclosure page drafted from the dossier, under the first disclosures
    section of the site's language; StepRefused when it cannot be drafted now."""
    if dossier.disclosure_id:
        raise StepRefused(_("Hồ sơ này đã có trang công khai."))
    if dossier.state not in CLOCK_RUNNING:
        raise StepRefused(
            _("Chỉ lập trang công khai cho hồ sơ đã tiếp nhận, chưa có kết quả.")
        )
    index = (
        DisclosureIndexPage.objects.filter(locale=Locale.get_default())
        .order_by("path")
        .first()
    )
    if index is None:
        raise StepRefused(_("Cổng chưa có mục công khai, lấy ý kiến."))
    nominees = list(dossier.nominees.select_related("award", "locality"))
    awards = [nominee.award for nominee in nominees] or list(dossier.awards.all())
    opens_at = default_opening()
    closes_on = add_working_days(timezone.localdate(), LEGAL_MINIMUM_WORKING_DAYS)
    with transaction.atomic():
        page = DisclosurePage(
            title=_("Lấy ý kiến nhân dân: %(title)s") % {"title": dossier.title},
            slug=folded_slug(f"{dossier.code} {dossier.title}", 70),
            live=False,
            proposing_body=dossier.unit.name,
            proposed_award=awards[0],
            proposal_number=dossier.submission_number or dossier.code,
            proposal_date=dossier.submission_date or dossier.received_on,
            council_meeting_on=add_working_days(closes_on, READING_DAYS),
            opens_at=opens_at,
        )
        page.nominees = [
            DisclosureNominee(
                kind=nominee.kind,
                name=nominee.name,
                birth_year=nominee.birth_year,
                position=nominee.position,
                organisation=nominee.organisation,
                locality=nominee.locality,
                proposed_award=nominee.award,
                achievements=nominee.achievement_summary,
            )
            for nominee in nominees
        ]
        index.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        Dossier.objects.filter(pk=dossier.pk).update(disclosure=page)
        dossier.disclosure = page
        log(
            dossier,
            "honors.dossier.disclosure_drafted",
            user=user,
            data={"page": page.pk},
        )
    return page


def comment_summary(dossier):
    """(status label, count) of the comments on the dossier's disclosure."""
    if not dossier.disclosure_id:
        return []
    counts = dict(
        PublicComment.objects.filter(disclosure=dossier.disclosure_id)
        .values_list("status")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return [
        (status.label, counts[status.value])
        for status in CommentStatus
        if counts.get(status.value)
    ]
