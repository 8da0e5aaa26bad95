"""Objects of the demo to fill in the admin's URLs (see tests/admin_urls.py)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site, Workflow

from honors.dossiers.choices import DossierState
from honors.dossiers.models import (
    AwardRequirement,
    Dossier,
    HoldListEntry,
    HoldReason,
)
from honors.models import (
    Award,
    CommentAttachment,
    Decision,
    Holiday,
    Honoree,
    Honour,
    Locality,
    NewsPage,
    PublicComment,
)
from honors.staff import roles

#: URLs about a page that must be live (the others use a page in a workflow).
LIVE_PAGE_URLS = {"wagtailadmin_pages:unpublish", "wagtailadmin_pages:convert_alias"}

#: (app_label, model_name) for the URLs that take a model.
MODEL_FOR = {
    "wagtail_bulk_action": ("wagtailcore", "page"),
    "wagtailadmin_pages:choose_parent": ("honors", "newspage"),
    "wagtailadmin_workflows:add_task": ("honors", "peerapprovaltask"),
    "wagtailadmin_editing_sessions:ping": ("wagtailcore", "page"),
    "wagtailadmin_tag_model_autocomplete": ("honors", "newstag"),
    "wagtailsettings:edit": ("home", "sitesettings"),
    "wagtailsettings:preview_on_edit": ("home", "sitesettings"),
    "simple_translation:submit_snippet_translation": ("wagtailcore", "page"),
}


def demo_samples():
    """Per URL parameter, the value to use, or a function of the URL name."""
    news = NewsPage.objects.get(slug="dot-thi-dua-cao-diem-cuoi-nam-2026")
    state = news.current_workflow_state
    image = get_image_model().objects.first()
    document = get_document_model().objects.first()
    collection = Collection.get_first_root_node().add_child(name="Ảnh sự kiện")
    redirect = Redirect.objects.create(old_path="/tin-cu", redirect_link="/tin-tuc/")
    promotion = SearchPromotion.objects.create(query=Query.get("thi đua"), page=news)
    comment = PublicComment.objects.first()
    attachment = CommentAttachment.objects.create(
        comment=comment,
        file=ContentFile(b"%PDF-1.4 demo", name="bang-chung.pdf"),
        original_name="bang-chung.pdf",
        content_type="application/pdf",
        size=13,
    )
    live_news = NewsPage.objects.live().first()
    dossier = (
        Dossier.objects.filter(unit__officers__username="donvi1")
        .exclude(state=DossierState.DRAFT)
        .first()
    )
    Dossier.objects.filter(pk=dossier.pk).update(state=DossierState.RECEIVED)
    one_step = Workflow.objects.get(name=roles.ONE_STEP_WORKFLOW)
    instances = {
        "honour": Honour.objects.first(),
        "honoree": Honoree.objects.first(),
        "decision": Decision.objects.first(),
        "award": Award.objects.first(),
        "locality": Locality.objects.first(),
        "holiday": Holiday.objects.first(),
        "publiccomment": comment,
    }
    by_namespace_pk = {
        "wagtailadmin_api:pages": news.pk,
        "wagtailadmin_api:images": image.pk,
        "wagtailadmin_api:documents": document.pk,
        "wagtailadmin_collections": collection.pk,
        "wagtailadmin_workflows:edit_task": state.current_task_state.task_id,
        "wagtailadmin_workflows:disable_task": state.current_task_state.task_id,
        "wagtailadmin_workflows:enable_task": state.current_task_state.task_id,
        "wagtailadmin_workflows": one_step.pk,
        "wagtaillocales": Locale.objects.get(language_code="vi").pk,
        "wagtailsettings": Site.objects.get(is_default_site=True).pk,
        "wagtailsites": Site.objects.get(is_default_site=True).pk,
        "wagtailusers_groups": Group.objects.get(name=roles.EDITORS).pk,
        "wagtailusers_users": get_user_model().objects.get(username="bientap").pk,
        "decision_chooser": instances["decision"].pk,
        "honoree_chooser": instances["honoree"].pk,
        "wagtailimages_chooser": image.pk,
        "wagtaildocs_chooser": document.pk,
        "honors_comment_attachment": attachment.pk,
        "honors_import_confirm": 0,
        "dossiers": dossier.pk,
        "units": dossier.unit_id,
        "dossier_requirements": AwardRequirement.objects.first().pk,
        "hold_list": HoldListEntry.objects.create(
            name="Trường hợp mẫu", reason=HoldReason.COMPLAINT
        ).pk,
        "wagtailadmin_pages:revisions_compare": news.pk,
        "simple_translation:submit_snippet_translation": news.pk,
    }

    def pk(name):
        for prefix, value in by_namespace_pk.items():
            if name.startswith(prefix):
                return value
        raise KeyError(f"no sample pk for {name}")

    def instance_pk(name):
        model = name.split("_")[1]
        return instances[model].pk

    def model_part(index):
        return lambda name: MODEL_FOR[name][index]

    def page_id(name):
        """The page waiting for the secretariat; a live page where one is needed."""
        return live_news.pk if name in LIVE_PAGE_URLS else news.pk

    return {
        "page_id": page_id,
        "page_to_move_id": news.pk,
        "parent_page_id": news.get_parent().pk,
        "destination_id": news.get_parent().pk,
        "revision_id": news.get_latest_revision().pk,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "task_id": state.current_task_state.task_id,
        "task_state_id": state.current_task_state.pk,
        "workflow_state_id": state.pk,
        "action_name": "approve",
        "action": "publish",
        "content_type_app_name": "honors",
        "content_type_model_name": "newspage",
        "app_label": model_part(0),
        "app_name": model_part(0),
        "model_name": model_part(1),
        "object_id": news.pk,
        "session_id": 0,
        "pk": pk,
        "instance_pk": instance_pk,
        "image_id": image.pk,
        "document_id": document.pk,
        "doc_id": document.pk,
        "collection_id": collection.pk,
        "query_id": promotion.query_id,
        "redirect_id": redirect.pk,
        "workflow_pk": one_step.pk,
        "page_pk": Page.objects.get(depth=1).pk,
        "filter_spec": "original",
        "uploaded_file_id": 0,
        "uidb64": "MQ",
        "token": "set-password",
        "step": "review",
        "document_pk": dossier.documents.first().pk,
        "nominee_pk": dossier.nominees.first().pk,
    }


def values_for(url, samples):
    values = {}
    for param in url.params:
        sample = samples[param]
        values[param] = sample(url.name) if callable(sample) else sample
    return values
