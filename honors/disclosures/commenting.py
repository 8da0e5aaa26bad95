"""Saving a citizen's comment, once, with its receipt; mail through the task queue.

The idempotency key of the form makes a double click or a retry return the comment
already saved, also when both requests arrive at the same moment (the database's unique
constraint decides, and the loser reads the winner's comment). The receipt mail and the
moderators' notice are tasks queued with the comment (home.mail): the citizen's request
never waits on a mail server, a mail failure never loses the comment, and the queue
holds the comment's id, never the commenter's address (the task reads it when it runs,
so a comment erased meanwhile is mailed to no one).
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from home.mail import MAIL_QUEUE, enqueue_with_transaction, send_or_retry
from honors.disclosures.comments import (
    CommentAttachment,
    PublicComment,
    new_receipt_code,
)

logger = logging.getLogger(__name__)

RECEIPT_ATTEMPTS = 5


def submit_comment(disclosure, form, *, status_url) -> tuple[PublicComment, bool]:
    """The comment for this form submission, and whether it is new."""
    key = form.idempotency_key
    existing = PublicComment.objects.filter(idempotency_key=key).first()
    if existing is not None:
        return existing, False
    data = form.cleaned_data
    for _attempt in range(RECEIPT_ATTEMPTS):
        try:
            with transaction.atomic():
                comment = PublicComment.objects.create(
                    disclosure=disclosure,
                    nominee=data["nominee"],
                    nominee_name=data["nominee"].name if data["nominee"] else "",
                    full_name=data["full_name"].strip(),
                    address=data["address"].strip(),
                    phone=data["phone"].strip(),
                    email=data["email"].strip(),
                    body=data["body"],
                    consented_at=timezone.now(),
                    idempotency_key=key,
                    receipt_code=new_receipt_code(),
                )
                for upload, content_type in data["attachments"]:
                    attachment = CommentAttachment(
                        comment=comment,
                        original_name=upload.name[:255],
                        content_type=content_type,
                        size=upload.size,
                    )
                    attachment.file.save(upload.name, upload, save=False)
                    attachment.save()
                if comment.email:
                    enqueue_with_transaction(
                        send_comment_receipt, comment.pk, status_url
                    )
                enqueue_with_transaction(notify_moderators, comment.pk)
        except IntegrityError:
            existing = PublicComment.objects.filter(idempotency_key=key).first()
            if existing is not None:
                return existing, False
            continue  # the receipt code was taken: draw another one
        return comment, True
    raise RuntimeError("No free receipt code after several attempts")


def receipt_message(comment, status_url):
    return EmailMessage(
        _("Biên nhận góp ý %(code)s") % {"code": comment.receipt_code},
        _(
            "Cổng thông tin thi đua – khen thưởng đã nhận góp ý của bạn về hồ sơ "
            "“%(title)s”.\n\nMã biên nhận: %(code)s\n\nTra cứu tình trạng xử lý tại "
            "%(url)s bằng mã này và số điện thoại hoặc thư điện tử bạn đã ghi."
        )
        % {
            "title": comment.disclosure.title,
            "code": comment.receipt_code,
            "url": status_url,
        },
        to=[comment.email],
    )


@task(queue_name=MAIL_QUEUE)
def send_comment_receipt(comment_pk, status_url, attempt=1):
    """The receipt, to the address the commenter gave, if it is still on record."""
    comment = (
        PublicComment.objects.select_related("disclosure")
        .filter(pk=comment_pk, deidentified_at__isnull=True)
        .exclude(email="")
        .first()
    )
    if comment is None:
        return "nothing to send"
    return send_or_retry(
        send_comment_receipt,
        [receipt_message(comment, status_url)],
        args=(comment_pk, status_url),
        attempt=attempt,
        label=f"the receipt of comment {comment_pk}",
    )


@task(queue_name=MAIL_QUEUE)
def notify_moderators(comment_pk, attempt=1):
    """Tell everyone who handles comments that one arrived (no personal data)."""
    comment = (
        PublicComment.objects.select_related("disclosure").filter(pk=comment_pk).first()
    )
    moderators = moderator_emails()
    if comment is None or not moderators:
        return "nothing to send"
    message = EmailMessage(
        _("Góp ý mới %(code)s") % {"code": comment.receipt_code},
        _("Có góp ý mới về hồ sơ “%(title)s”. Xem và xử lý tại %(url)s")
        % {
            "title": comment.disclosure.title,
            "url": settings.WAGTAILADMIN_BASE_URL
            + reverse("honors_publiccomment_modeladmin_edit", args=[comment.pk]),
        },
        to=moderators,
    )
    return send_or_retry(
        notify_moderators,
        [message],
        args=(comment_pk,),
        attempt=attempt,
        label=f"the moderators' notice of comment {comment_pk}",
    )


def moderator_emails():
    """Everyone who may handle comments: their change permission, directly or by group."""
    permission = Permission.objects.get(
        content_type__app_label="honors", codename="change_publiccomment"
    )
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    return sorted(
        set(
            users.filter(
                Q(is_superuser=True)
                | Q(user_permissions=permission)
                | Q(groups__permissions=permission)
            ).values_list("email", flat=True)
        )
    )
