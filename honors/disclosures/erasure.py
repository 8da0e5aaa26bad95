"""Removing commenters' personal data: at the end of retention, or on request.

Personal Data Protection Law 91/2025: a commenter may ask for their data to be erased.
A moderator who may see identities finds the person's comments by the e-mail or phone
they gave and erases them here (the admin's "Xóa dữ liệu theo yêu cầu", or
`manage.py erase_commenter_data`); the retention job (`purge_comment_personal_data`)
uses the same de-identification. What goes: name, address, phone, e-mail, attachments
(rows and files). What stays: the text, the status and the answer, so a disclosure's
published summary still adds up. The audit log records that it was done, why and by
whom, under the receipt code, never with the person's data.
"""

import re
import unicodedata

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.tasks import delete_file_from_storage_task

from honors.disclosures.comments import CommentAttachment, PublicComment
from search.folding import fold


class ErasureReason:
    """Why a person's data was erased: a fixed list, so the log holds no free text
    about them."""

    REQUESTED = "requested"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    WRONGLY_COLLECTED = "wrongly_collected"
    OTHER = "other"

    choices = [
        (REQUESTED, _("Người góp ý yêu cầu xóa dữ liệu cá nhân")),
        (CONSENT_WITHDRAWN, _("Người góp ý rút lại sự đồng ý")),
        (WRONGLY_COLLECTED, _("Dữ liệu được thu thập, ghi nhận không đúng")),
        (OTHER, _("Lý do khác (ghi trong phần ghi chú)")),
    ]
    values = [value for value, _label in choices]


def phone_digits(value: str) -> str:
    """0987 650 022, 0987.650.022 and +84 987 650 022 are one number."""
    digits = re.sub(r"\D", "", value or "")
    if digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    return digits


def comments_of(contact: str):
    """The comments, not yet de-identified, whose sender gave this e-mail or phone."""
    contact = (contact or "").strip()
    comments = PublicComment.objects.filter(deidentified_at__isnull=True)
    if "@" in contact:
        return comments.filter(email__iexact=contact)
    digits = phone_digits(contact)
    if len(digits) < 8:
        return comments.none()
    # Phones are stored as typed; the few with a phone are compared by their digits.
    matching = [
        pk
        for pk, phone in comments.exclude(phone="").values_list("pk", "phone")
        if phone_digits(phone) == digits
    ]
    return comments.filter(pk__in=matching)


def deidentify(comments) -> int:
    """Remove the senders' identity and attachments of these comments. The files are
    deleted by Wagtail's background task once the transaction has committed, so a
    rollback leaves no row without its file and no request waits on the storage."""
    comments = PublicComment.objects.filter(
        pk__in=list(comments.values_list("pk", flat=True))
    )
    attachments = CommentAttachment.objects.filter(comment__in=comments)
    files = [
        (attachment.file.storage.deconstruct(), attachment.file.name)
        for attachment in attachments
    ]
    with transaction.atomic():
        attachments.delete()
        count = comments.update(
            full_name="",
            address="",
            phone="",
            email="",
            deidentified_at=timezone.now(),
        )
        transaction.on_commit(lambda: _delete_files(files))
    return count


def _delete_files(files):
    for storage, name in files:
        delete_file_from_storage_task.enqueue(storage, name)


def scrub(note: str, identities) -> str:
    """The moderator's note without any of the erased values in it (whatever the case,
    tone marks or spacing of a name; the digits of a phone)."""
    cleaned = unicodedata.normalize("NFC", note or "")
    for full_name, address, phone, email in identities:
        for value in (full_name, address, email):
            if value:
                pattern = r"\s+".join(_folded_letters(word) for word in value.split())
                cleaned = re.sub(pattern, "[…]", cleaned, flags=re.IGNORECASE)
        digits = phone_digits(phone)
        if digits:
            pattern = r"\D{0,3}".join(digits[1:])  # with or without the leading 0/+84
            cleaned = re.sub(r"(\+?84|0)?\D{0,3}" + pattern, "[…]", cleaned)
    return cleaned.strip()


def _folded_letters(word):
    """A pattern matching this word with or without its tone marks."""
    return "".join(f"[{re.escape(letter)}{re.escape(fold(letter))}]" for letter in word)


def erase(comments, *, reason, note="", user=None) -> int:
    """Erase the personal data of these comments on request, and log it per comment."""
    if reason not in ErasureReason.values:
        raise ValueError(f"Unknown erasure reason: {reason!r}")
    comments = list(comments.filter(deidentified_at__isnull=True))
    identities = {
        (comment.full_name, comment.address, comment.phone, comment.email)
        for comment in comments
    }
    note = scrub(note, identities)[:500]
    with transaction.atomic():
        count = deidentify(
            PublicComment.objects.filter(pk__in=[c.pk for c in comments])
        )
        for comment in comments:
            log(
                instance=comment,
                action="honors.comment.erased",
                user=user,
                data={"reason": reason, "note": note},
            )
    return count
