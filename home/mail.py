"""E-mail leaves through the task queue, never inside the request a person waits on.

A mail server that accepts the connection and never answers used to hold the citizen's
request until gunicorn killed the worker, after the comment was stored, and three such
requests stalled the site. Now `EMAIL_BACKEND` is `QueuedEmailBackend`: every message
(Wagtail's workflow notices, password resets, the portal's own mail) becomes a task of
the queue configured in `TASKS` (the database by default, Redis by environment), and a
worker (`manage.py db_worker`, started by `make run`) hands it to the real backend,
`EMAIL_DELIVERY_BACKEND`, with `EMAIL_TIMEOUT`. A failed delivery is tried again later
(`EMAIL_DELIVERY_ATTEMPTS` times, waiting longer each time) and only then given up.

Log lines name the task and the kind of error, never a recipient or a subject.
"""

import base64
import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone
from django_tasks import task
from django_tasks.backends.dummy import DummyBackend
from django_tasks_db import DatabaseBackend

logger = logging.getLogger(__name__)

#: Mail has a queue of its own: a mail server that hangs holds up its own worker,
#: never the search index's (run `db_worker --queue-name mail` beside the default one).
MAIL_QUEUE = "mail"
#: Minutes to wait before the 2nd, 3rd, ... attempt; the last value repeats.
RETRY_MINUTES = (1, 5, 30, 120)
#: Backends whose queue is written in the caller's transaction: a task queued there
#: exists exactly when the data it is about was committed.
TRANSACTIONAL_BACKENDS = (DatabaseBackend, DummyBackend)


class MailNotSent(Exception):
    """Delivery failed for good; the message says which task, not to whom."""


def enqueue_with_transaction(task_, *args, **kwargs):
    """Queue a task so that it runs only if the surrounding transaction commits.

    A database queue is written in the same transaction (the task and the data it is
    about commit or roll back together); any other queue (Redis, or running at once) is
    written once the transaction has committed, so the task never looks for a row that
    is not there yet, nor mails about one that was rolled back."""
    if isinstance(task_.get_backend(), TRANSACTIONAL_BACKENDS):
        task_.enqueue(*args, **kwargs)
    else:
        transaction.on_commit(lambda: task_.enqueue(*args, **kwargs))


def retry_delay(attempt: int) -> timedelta:
    return timedelta(minutes=RETRY_MINUTES[min(attempt, len(RETRY_MINUTES)) - 1])


def send_or_retry(task_, messages, *, args, attempt, label):
    """Deliver `messages` now through the real backend; on failure queue `task_` again
    (with `args` and the next attempt number) for later, or give up after the last
    attempt. Returns "sent", "retrying" or raises MailNotSent."""
    attempts = settings.EMAIL_DELIVERY_ATTEMPTS
    try:
        with get_connection(settings.EMAIL_DELIVERY_BACKEND) as connection:
            connection.send_messages(messages)
    except Exception as error:
        kind = type(error).__name__
        if attempt < attempts and task_.get_backend().supports_defer:
            when = timezone.now() + retry_delay(attempt)
            task_.using(run_after=when).enqueue(*args, attempt=attempt + 1)
            logger.warning(
                "Mail of %s not sent (attempt %d of %d: %s); trying again at %s",
                label,
                attempt,
                attempts,
                kind,
                timezone.localtime(when).strftime("%d/%m/%Y %H:%M"),
            )
            return "retrying"
        logger.error(
            "Mail of %s not sent after %d attempts (%s); giving up",
            label,
            attempt,
            kind,
        )
        # Raised without its cause: an SMTP error can quote the recipients, and the
        # task's stored traceback must not.
        raise MailNotSent(f"{label}: {kind} after {attempt} attempts") from None
    return "sent"


def serialise(message: EmailMessage) -> dict:
    """A message as JSON the task queue can store (attachments base64-encoded)."""
    attachments = []
    for attachment in message.attachments:
        filename, content, mimetype = attachment
        if isinstance(content, str):
            content = content.encode()
        attachments.append([filename, base64.b64encode(content).decode(), mimetype])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {name: str(value) for name, value in message.extra_headers.items()},
        "content_subtype": message.content_subtype,
        "alternatives": [
            [str(content), mimetype]
            for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
    }


def deserialise(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[tuple(pair) for pair in data["alternatives"]],
    )
    message.content_subtype = data["content_subtype"]
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


@task(queue_name=MAIL_QUEUE)
def deliver_email(message: dict, attempt: int = 1):
    return send_or_retry(
        deliver_email,
        [deserialise(message)],
        args=(message,),
        attempt=attempt,
        label="a queued message",
    )


class QueuedEmailBackend(BaseEmailBackend):
    """`EMAIL_BACKEND`: each message becomes a `deliver_email` task."""

    def send_messages(self, email_messages):
        for message in email_messages:
            enqueue_with_transaction(deliver_email, serialise(message))
        return len(email_messages)


class DisabledEmailBackend(BaseEmailBackend):
    """`EMAIL_DELIVERY_BACKEND` of an installation that chose to send no mail
    (EMAIL_DISABLED=1): each message is dropped with one log line that says so,
    without its recipients or content."""

    def send_messages(self, email_messages):
        for _message in email_messages:
            logger.warning("E-mail is disabled (EMAIL_DISABLED): one message dropped")
        return len(email_messages)
