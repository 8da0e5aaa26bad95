from django.db import models
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.forms.models import register_form_field_override
from wagtail.models import Page

from home.admin_ui.slug_widget import VietnameseSlugInput
from home.translations import outdated_translation

# Every slug field in the admin (page slugs first of all) gets Vietnamese-aware
# transliteration; Wagtail registers its own SlugInput the same way.
register_form_field_override(models.SlugField, override={"widget": VietnameseSlugInput})


@hooks.register("before_edit_page")
def warn_when_the_translation_is_out_of_date(request, page):
    """The editor of a translation sees that the Vietnamese page changed after the
    translation was last published, with a link to compare."""
    if request.method != "GET":
        return
    # The page as published, not the latest revision the editor opens: a revision
    # carries the publication date it was saved with.
    outdated = outdated_translation(Page.objects.get(pk=page.pk))
    if outdated is None:
        return
    messages.warning(
        request,
        _(
            "Bản tiếng Việt của trang này đã được xuất bản lại ngày %(source)s, sau lần "
            "xuất bản bản dịch này (%(translated)s). Hãy cập nhật bản dịch."
        )
        % {
            "source": _local(outdated.source_published_at),
            "translated": _local(outdated.translated_at),
        },
        buttons=[
            messages.button(
                reverse("wagtailadmin_pages:edit", args=[outdated.source.pk]),
                _("Xem bản tiếng Việt"),
                new_window=True,
            )
        ],
    )


def _local(moment):
    moment = timezone.localtime(moment)
    return (
        f"{formats.date_format(moment, 'SHORT_DATE_FORMAT')} "
        f"{formats.time_format(moment, 'H:i')}"
    )
