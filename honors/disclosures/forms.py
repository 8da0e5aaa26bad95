"""The citizen's comment form and the receipt lookup.

Every field has a limit and a message in the citizen's language; text is kept as typed
(only stray control characters are refused) and always shown escaped. A hidden field
bots fill in, a minimum time between showing and sending the form, and a one-time token
that makes a double click or a retry give one comment and one receipt protect the form
without any outside service.
"""

import re
import time
import uuid

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from home.public_forms.uploads import (
    MAX_ATTACHMENTS,
    AttachmentError,
    check_attachment,
)

FORM_SALT = "honors.comment-form"
#: Letters, digits, spaces and the usual punctuation of a phone number.
PHONE_PATTERN = r"^\+?[0-9 ().\-]{8,20}$"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def no_control_characters(value):
    if _CONTROL.search(value or ""):
        raise forms.ValidationError(
            _(
                "Nội dung có ký tự điều khiển không hợp lệ; hãy gõ lại hoặc dán dạng chữ thường."
            )
        )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"})
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data] if data else []
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class CommentForm(forms.Form):
    nominee = forms.TypedChoiceField(
        label=_("Góp ý về"),
        coerce=int,
        empty_value=None,
        required=False,
        error_messages={
            "invalid_choice": _("Trường hợp được chọn không có trong hồ sơ này.")
        },
    )
    body = forms.CharField(
        label=_("Nội dung góp ý"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8, "maxlength": 5000}),
        validators=[no_control_characters],
        error_messages={
            "required": _("Hãy viết nội dung góp ý."),
            "max_length": _(
                "Nội dung dài tối đa %(limit_value)d ký tự (hiện có %(show_value)d)."
            ),
        },
        help_text=_("Tối đa 5.000 ký tự. Nêu rõ sự việc, thời gian, địa điểm nếu có."),
    )
    attachments = MultipleFileField(
        label=_("Tệp đính kèm"),
        required=False,
        help_text=_(
            "Không bắt buộc. Tối đa 3 tệp PDF, JPEG hoặc PNG, mỗi tệp đến 5 MB."
        ),
    )
    full_name = forms.CharField(
        label=_("Họ và tên"),
        max_length=120,
        validators=[no_control_characters],
        error_messages={
            "required": _(
                "Hãy ghi họ và tên: ý kiến không ghi danh không được xem xét."
            ),
            "max_length": _("Họ và tên dài tối đa %(limit_value)d ký tự."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    address = forms.CharField(
        label=_("Địa chỉ"),
        max_length=300,
        validators=[no_control_characters],
        error_messages={
            "required": _("Hãy ghi địa chỉ liên hệ."),
            "max_length": _("Địa chỉ dài tối đa %(limit_value)d ký tự."),
        },
        # A Vietnamese address runs over several parts (hamlet, commune, province):
        # "street-address", which browsers fill, belongs on a multi-line field.
        widget=forms.Textarea(
            attrs={"autocomplete": "street-address", "rows": 2, "maxlength": 300}
        ),
    )
    phone = forms.CharField(
        label=_("Điện thoại"),
        max_length=20,
        required=False,
        validators=[
            RegexValidator(
                PHONE_PATTERN, _("Số điện thoại chỉ gồm chữ số, ví dụ 0912 345 678.")
            )
        ],
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    email = forms.EmailField(
        label=_("Thư điện tử"),
        required=False,
        max_length=254,
        error_messages={
            "invalid": _("Địa chỉ thư điện tử chưa đúng, ví dụ: ten@example.vn.")
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label=_(
            "Tôi đồng ý để Ban Thi đua – Khen thưởng dùng thông tin trên để xem xét, trả lời "
            "góp ý này, theo chính sách bảo vệ dữ liệu cá nhân."
        ),
        error_messages={
            "required": _(
                "Cần bạn đồng ý với chính sách dữ liệu thì góp ý mới được xem xét."
            )
        },
    )
    # Left empty by people: the field is hidden from them, not from bots.
    website = forms.CharField(required=False, label=_("Để trống ô này"))
    form_token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, disclosure, **kwargs):
        super().__init__(*args, **kwargs)
        self.disclosure = disclosure
        nominees = list(disclosure.nominees.all())
        self.nominees = {nominee.pk: nominee for nominee in nominees}
        self.fields["nominee"].choices = [
            ("", _("Cả hồ sơ đề nghị")),
            *((nominee.pk, nominee.name) for nominee in nominees),
        ]
        if not self.is_bound:
            self.initial["form_token"] = self.issue_token(disclosure)

    @staticmethod
    def submitted_key(data, disclosure):
        """The idempotency key of a form sent for this disclosure, if its token is
        genuine (whatever its age): enough to recognise a resubmission cheaply,
        before the form is read in full."""
        try:
            payload = signing.TimestampSigner(salt=FORM_SALT).unsign_object(
                data.get("form_token", "")
            )
            if payload.get("disclosure") != disclosure.pk:
                return None
            return uuid.UUID(payload["key"])
        except (signing.BadSignature, KeyError, TypeError, ValueError, AttributeError):
            return None

    @staticmethod
    def issue_token(disclosure):
        return signing.TimestampSigner(salt=FORM_SALT).sign_object(
            {
                "disclosure": disclosure.pk,
                "key": str(uuid.uuid4()),
                # In milliseconds: the signer's own timestamp counts whole seconds,
                # which let a form sent 2.1 s after it was shown pass a 3 s minimum.
                "shown_ms": time.time_ns() // 1_000_000,
            }
        )

    def clean_form_token(self):
        signer = signing.TimestampSigner(salt=FORM_SALT)
        token = self.cleaned_data["form_token"]
        try:
            data = signer.unsign_object(token, max_age=24 * 3600)
        except signing.SignatureExpired as expired:
            raise forms.ValidationError(
                _("Biểu mẫu đã mở quá lâu; hãy tải lại trang rồi gửi lại.")
            ) from expired
        except signing.BadSignature as bad:
            raise forms.ValidationError(
                _("Biểu mẫu không hợp lệ; hãy tải lại trang.")
            ) from bad
        if data.get("disclosure") != self.disclosure.pk:
            raise forms.ValidationError(
                _("Biểu mẫu không thuộc hồ sơ này; hãy tải lại trang.")
            )
        shown_ms = data.get("shown_ms")
        if not isinstance(shown_ms, int):  # a form shown before this was recorded
            # "payload:timestamp:signature" - the signature is already checked above.
            shown_ms = signing.b62_decode(token.rsplit(signer.sep, 2)[1]) * 1000
        minimum_ms = getattr(settings, "COMMENT_MIN_FILL_SECONDS", 3) * 1000
        if time.time_ns() // 1_000_000 - shown_ms < minimum_ms:
            raise forms.ValidationError(
                _("Bạn gửi quá nhanh. Hãy đọc lại góp ý rồi bấm gửi lần nữa.")
            )
        self.idempotency_key = uuid.UUID(data["key"])
        return token

    def clean_nominee(self):
        pk = self.cleaned_data.get("nominee")
        return self.nominees[pk] if pk is not None else None

    def clean_attachments(self):
        files = self.cleaned_data.get("attachments") or []
        if len(files) > MAX_ATTACHMENTS:
            raise forms.ValidationError(_("Chỉ gửi được tối đa 3 tệp đính kèm."))
        checked = []
        for upload in files:
            try:
                checked.append((upload, check_attachment(upload)))
            except AttachmentError as error:
                raise forms.ValidationError(str(error)) from error
        return checked

    def clean(self):
        cleaned = super().clean()
        if (
            not cleaned.get("phone")
            and not cleaned.get("email")
            and not (self.has_error("phone") or self.has_error("email"))
        ):
            self.add_error(
                "phone",
                _("Hãy ghi số điện thoại hoặc thư điện tử (ít nhất một) để liên hệ."),
            )
        return cleaned

    @property
    def is_bot(self):
        return bool(self.data.get("website"))


class ReceiptLookupForm(forms.Form):
    receipt = forms.CharField(
        label=_("Mã biên nhận"),
        max_length=30,
        widget=forms.TextInput(
            attrs={"placeholder": "GY-2026-XXXX-XXXX", "autocomplete": "off"}
        ),
        error_messages={"required": _("Hãy nhập mã biên nhận.")},
    )
    contact = forms.CharField(
        label=_("Số điện thoại hoặc thư điện tử đã ghi khi góp ý"),
        max_length=254,
        error_messages={
            "required": _("Hãy nhập số điện thoại hoặc thư điện tử đã ghi.")
        },
    )
