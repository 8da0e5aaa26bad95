"""Citizens' comments on a disclosure, and their attachments.

A comment carries personal data of two people, the commenter and the nominee (Personal
Data Protection Law 91/2025/QH15): the commenter's identity is seen only by staff with
a dedicated permission, never appears on a public page, feed, export or log line, and is
removed a set time after the decision (`purge_comment_personal_data`).
"""

import hashlib
import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.fields import optional_link, private_storage
from home.public_forms import codes
from search.folding import fold, searchable


def new_receipt_code(now=None) -> str:
    """GY-2026-7K3F-9QX2: the year, then eight characters of home.public_forms.codes.ALPHABET."""
    year = timezone.localtime(now or timezone.now()).year
    return "-".join(["GY", str(year), codes.in_groups(codes.random_code(8), 4, 4)])


def normalise_receipt(raw: str) -> str:
    """The receipt code as stored, however it was typed."""
    typed = codes.compact(raw)
    if typed.startswith("GY") and len(typed) == 14:
        return "-".join(["GY", typed[2:6], codes.in_groups(typed[6:], 4, 4)])
    return raw.strip().upper()


def text_fingerprint(text: str) -> str:
    """The same comment sent by several people has the same fingerprint, whatever the
    spacing, case or tone marks."""
    return hashlib.sha256(fold(text).encode()).hexdigest()[:32]


class CommentStatus(models.TextChoices):
    RECEIVED = "received", _("Đã tiếp nhận")
    UNDER_REVIEW = "under_review", _("Đang xem xét")
    SUBSTANTIATED = "substantiated", _("Có cơ sở")
    NOT_SUBSTANTIATED = "not_substantiated", _("Không có cơ sở")
    OUT_OF_SCOPE = "out_of_scope", _("Không thuộc phạm vi")
    SPAM = "spam", _("Thư rác")


RESOLVED_STATUSES = {
    CommentStatus.SUBSTANTIATED,
    CommentStatus.NOT_SUBSTANTIATED,
    CommentStatus.OUT_OF_SCOPE,
    CommentStatus.SPAM,
}


class PublicComment(models.Model):
    disclosure = models.ForeignKey(
        "honors.DisclosurePage",
        verbose_name=_("hồ sơ công khai"),
        on_delete=models.PROTECT,
        related_name="comments",
    )
    nominee = optional_link(
        "honors.DisclosureNominee",
        _("trường hợp được góp ý"),
        related_name="comments",
        help_text=_("Để trống nếu góp ý cho cả hồ sơ."),
    )
    nominee_name = models.CharField(
        _("tên trường hợp (lúc góp ý)"),
        max_length=255,
        blank=True,
        help_text=_("Giữ lại tên như lúc gửi, kể cả khi danh sách được sửa sau đó."),
    )
    # The commenter's identity: required to handle the comment, never public.
    full_name = models.CharField(_("họ và tên người góp ý"), max_length=120)
    address = models.CharField(_("địa chỉ"), max_length=300)
    phone = models.CharField(_("điện thoại"), max_length=30, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    body = models.TextField(_("nội dung góp ý"), max_length=5000)
    consented_at = models.DateTimeField(_("lúc đồng ý với chính sách dữ liệu"))
    receipt_code = models.CharField(
        _("mã biên nhận"), max_length=20, unique=True, default=new_receipt_code
    )
    idempotency_key = models.UUIDField(unique=True, editable=False)
    fingerprint = models.CharField(max_length=32, db_index=True, editable=False)
    #: Receipt code and text folded, for the moderators' search (never the sender).
    search_text = models.TextField(editable=False, default="")
    status = models.CharField(
        _("trạng thái"),
        max_length=20,
        choices=CommentStatus.choices,
        default=CommentStatus.RECEIVED,
    )
    public_answer = models.TextField(
        _("trả lời công khai"),
        blank=True,
        help_text=_(
            "Người góp ý xem được câu trả lời này khi tra cứu bằng mã biên nhận. Không ghi "
            "thông tin cá nhân."
        ),
    )
    answered_at = models.DateTimeField(
        _("lúc trả lời"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Khi câu trả lời công khai được lưu lần gần nhất."),
    )
    internal_notes = models.TextField(
        _("ghi chú nội bộ"),
        blank=True,
        help_text=_("Chỉ cán bộ xử lý xem được."),
    )
    submitted_at = models.DateTimeField(
        _("lúc gửi"), default=timezone.now, db_index=True
    )
    updated_at = models.DateTimeField(_("lúc cập nhật"), auto_now=True)
    #: Raised by each moderator's save; a save made on an older version is refused,
    #: so one moderator never silently erases what another wrote (honors.disclosures.admin).
    version = models.PositiveIntegerField(default=0, editable=False)
    deidentified_at = models.DateTimeField(
        _("lúc xóa dữ liệu cá nhân"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("góp ý công khai")
        verbose_name_plural = _("góp ý công khai")
        ordering = ["-submitted_at"]
        permissions = [
            (
                "view_commenter_identity",
                _("Xem danh tính và tệp đính kèm của người góp ý"),
            )
        ]

    def __str__(self):
        # Used in admin titles and audit log labels: the receipt, never a name.
        return self.receipt_code

    def save(self, *args, **kwargs):
        self.fingerprint = text_fingerprint(self.body)
        self.search_text = searchable(self.receipt_code, self.body)
        super().save(*args, **kwargs)

    @property
    def is_resolved(self):
        return self.status in RESOLVED_STATUSES

    def matches_contact(self, contact: str) -> bool:
        """The phone (digits only) or e-mail (any case) the commenter gave."""
        contact = contact.strip()
        if not contact or self.deidentified_at:
            return False
        if "@" in contact:
            return bool(self.email) and self.email.casefold() == contact.casefold()
        digits = "".join(ch for ch in contact if ch.isdigit())
        return (
            bool(digits) and "".join(ch for ch in self.phone if ch.isdigit()) == digits
        )


#: The file types a comment may carry, with the extension their stored name takes.
ATTACHMENT_EXTENSIONS = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
}


def attachment_path(instance, filename):
    """A random name: the original one may itself be personal data."""
    extension = ATTACHMENT_EXTENSIONS.get(instance.content_type, "bin")
    return f"comments/{timezone.localdate():%Y/%m}/{secrets.token_hex(16)}.{extension}"


class CommentAttachment(models.Model):
    comment = models.ForeignKey(
        PublicComment, on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(upload_to=attachment_path, storage=private_storage)
    original_name = models.CharField(max_length=255, blank=True)
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("tệp đính kèm góp ý")
        verbose_name_plural = _("tệp đính kèm góp ý")

    def __str__(self):
        return f"{self.comment.receipt_code} #{self.pk}"

    @property
    def file_type(self):
        """What a moderator calls the file: PDF, JPG, PNG."""
        return ATTACHMENT_EXTENSIONS.get(self.content_type, "bin").upper()
