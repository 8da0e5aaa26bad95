"""The admin screen that erases one person's data on request (honors.disclosures.erasure).

Step one finds the comments by the e-mail or phone the person gave; step two, with a
reason, erases their identity and attachments. Both steps are POSTs, so what was looked
up never appears in an address, a browser history or an access log; only users who may
see commenters' identity reach the screen, and each look-up is in the audit log
(without what was looked up).
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from honors.disclosures.admin import may_see_identity
from honors.disclosures.erasure import ErasureReason, comments_of, erase


class ContactForm(forms.Form):
    contact = forms.CharField(
        label=gettext_lazy("Thư điện tử hoặc số điện thoại người góp ý đã ghi"),
        max_length=254,
        error_messages={
            "required": gettext_lazy("Hãy nhập thư điện tử hoặc số điện thoại.")
        },
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )


class ErasureForm(ContactForm):
    comments = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Các góp ý sẽ bị xóa dữ liệu cá nhân"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": gettext_lazy("Hãy chọn ít nhất một góp ý.")},
    )
    reason = forms.ChoiceField(
        label=gettext_lazy("Lý do"),
        choices=ErasureReason.choices,
        error_messages={"required": gettext_lazy("Hãy chọn lý do.")},
    )
    note = forms.CharField(
        label=gettext_lazy("Ghi chú"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Ví dụ: số văn bản yêu cầu, ngày nhận. Không ghi họ tên, địa chỉ, điện "
            "thoại, thư điện tử của người yêu cầu (nếu có sẽ bị che đi)."
        ),
    )

    def __init__(self, *args, found, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["comments"].choices = [
            (comment.pk, comment.receipt_code) for comment in found
        ]


class ErasureView(WagtailAdminTemplateMixin, FormView):
    page_title = gettext_lazy("Xóa dữ liệu cá nhân theo yêu cầu")
    header_icon = "bin"
    template_name = "honors/admin/comment_erasure.html"
    http_method_names = ["get", "post"]

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not (
            may_see_identity(user) and user.has_perm("honors.change_publiccomment")
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("honors_publiccomment_modeladmin_index"),
                "label": _("Góp ý công khai"),
            },
            {"url": "", "label": self.page_title},
        ]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=ContactForm()))

    def post(self, request, *args, **kwargs):
        if "erase" in request.POST:
            return self.confirm(request)
        form = ContactForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        return self.show_found(form.cleaned_data["contact"])

    def show_found(self, contact, erasure_form=None, status=200):
        found = list(
            comments_of(contact)
            .select_related("disclosure")
            .annotate(attachment_count=Count("attachments"))
        )
        log(
            instance=self.request.user,
            action="honors.comments.erasure_lookup",
            user=self.request.user,
            data={"found": len(found)},
        )
        erasure_form = erasure_form or ErasureForm(
            initial={"contact": contact, "comments": [c.pk for c in found]},
            found=found,
        )
        return self.render_to_response(
            self.get_context_data(
                form=ContactForm(initial={"contact": contact}),
                found=found,
                erasure_form=erasure_form,
                chosen={str(pk) for pk in erasure_form["comments"].value() or []},
            ),
            status=status,
        )

    def confirm(self, request):
        contact = request.POST.get("contact", "")
        found = list(comments_of(contact))
        form = ErasureForm(request.POST, found=found)
        if not form.is_valid():
            return self.show_found(contact, erasure_form=form, status=400)
        chosen = comments_of(contact).filter(pk__in=form.cleaned_data["comments"])
        count = erase(
            chosen,
            reason=form.cleaned_data["reason"],
            note=form.cleaned_data["note"],
            user=request.user,
        )
        messages.success(
            request,
            _("Đã xóa dữ liệu cá nhân và tệp đính kèm của %(count)s góp ý.")
            % {"count": count},
        )
        return redirect("honors_comment_erasure")

    def render_to_response(self, context, status=200, **kwargs):
        response = super().render_to_response(context, **kwargs)
        response.status_code = status
        response["Cache-Control"] = "no-store, private"
        return response
