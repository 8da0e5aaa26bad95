"""Every e-mail leaves through the task queue: a request never waits on a mail server.

These tests run the real queues (the database's, and Redis') with their real workers,
against real SMTP servers on sockets the tests open: one that accepts the connection
and never says a word, and one that takes the mail (aiosmtpd).
"""

import email
import email.policy
import io
import logging
import socket
import threading
from datetime import timedelta

import pytest
import redis
import time_machine
from aiosmtpd.controller import Controller
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from honors.models import PublicComment
from tests.honors import factories
from tests.honors.test_public_comments import form_data
from tests.services import redis_url

COMMENTER = "trietkm@gopy.example.vn"
MODERATOR = "kd@ban.example.vn"
TEST_REDIS_URL = redis_url()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class HungSMTPServer:
    """Accepts every connection and never answers, like the server that stalled the
    site: a client waits for the greeting until its own timeout."""

    def __init__(self):
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.connections = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                connection, _address = self.socket.accept()
            except OSError:
                return
            self.connections.append(connection)

    def close(self):
        self.socket.close()
        for connection in self.connections:
            connection.close()


class Mailbox:
    """aiosmtpd's handler: keeps what it accepts; refuses the first `refuse` ones."""

    def __init__(self, refuse=0):
        self.messages = []
        self.refuse = refuse

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            self.refuse -= 1
            return "451 4.3.0 Thử lại sau"
        self.messages.append(envelope)
        return "250 OK"

    def to(self, address):
        return [
            envelope.content.decode()
            for envelope in self.messages
            if address in envelope.rcpt_tos
        ]


def queue_all_mail(settings):
    """The portal's EMAIL_BACKEND (Django's test set-up replaces it with locmem)."""
    settings.EMAIL_BACKEND = "home.mail.QueuedEmailBackend"


def production_mail(settings, task_backend):
    """As in production: every message through this queue, delivered over SMTP."""
    settings.TASKS = {
        "default": {"BACKEND": task_backend, "QUEUES": settings.TASK_QUEUES}
    }
    queue_all_mail(settings)
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 1


@pytest.fixture
def database_queue(settings, committed_site):
    """The default set-up: the queue in the database, run by db_worker."""
    production_mail(settings, "django_tasks_db.DatabaseBackend")
    return committed_site


@pytest.fixture
def hung_smtp(settings):
    server = HungSMTPServer()
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
    yield server
    server.close()


def start_mailbox(settings, refuse=0):
    mailbox = Mailbox(refuse=refuse)
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    return mailbox, controller


@pytest.fixture
def mailbox(settings):
    mailbox, controller = start_mailbox(settings)
    yield mailbox
    controller.stop()


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("kiemduyet", MODERATOR, "x")
    user.user_permissions.add(Permission.objects.get(codename="change_publiccomment"))
    return user


def run_worker(queue_name="*"):
    """The queue's worker comes up, does what is due, and stops."""
    call_command(
        "db_worker",
        queue_name=queue_name,
        batch=True,
        reload=False,
        startup_delay=False,
        interval=0,
        verbosity=0,
        stdout=io.StringIO(),
    )


def send_comment(site):
    disclosure = factories.disclosure(site.root_page.specific)
    client = Client()
    response = client.post(f"{disclosure.url}gop-y/", form_data(disclosure))
    return client, response


def test_the_receipt_never_waits_on_a_hung_mail_server(database_queue, hung_smtp):
    client, response = send_comment(database_queue)

    # The request is answered without touching the mail server...
    assert response.status_code == 302
    assert hung_smtp.connections == []
    comment = PublicComment.objects.get()
    assert comment.receipt_code in client.get(response["Location"]).content.decode()
    # ...and the mail waits in the queue, with the comment's id, not its address.
    queued = DBTaskResult.objects.get(task_path__endswith="send_comment_receipt")
    assert queued.args_kwargs["args"][0] == comment.pk
    assert COMMENTER not in str(queued.args_kwargs)

    run_worker()  # the worker meets the hung server, gives up after EMAIL_TIMEOUT

    assert len(hung_smtp.connections) >= 1
    [retry] = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
    assert retry.task_path.endswith("send_comment_receipt")  # tried again later,
    assert retry.run_after > timezone.now()  # not lost
    assert PublicComment.objects.filter(pk=comment.pk).exists()


def test_mail_queued_while_the_worker_is_down_is_sent_when_it_comes_back(
    database_queue, mailbox, moderator
):
    send_comment(database_queue)
    assert mailbox.messages == []  # no worker yet: nothing sent, nothing lost

    run_worker()

    comment = PublicComment.objects.get()
    [receipt] = mailbox.to(COMMENTER)
    assert comment.receipt_code in receipt
    [notice] = mailbox.to(MODERATOR)
    assert "/admin/honors/publiccomment/edit/" in notice
    assert COMMENTER not in notice
    assert not DBTaskResult.objects.exclude(status=TaskResultStatus.SUCCESSFUL).exists()


def test_a_refused_delivery_is_tried_again_later(database_queue, settings, caplog):
    mailbox, controller = start_mailbox(settings, refuse=1)
    try:
        mail.send_mail("Thông báo", "Nội dung", None, [MODERATOR])
        with caplog.at_level(logging.WARNING, logger="home.mail"):
            run_worker()
        assert mailbox.messages == []
        [retry] = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
        assert retry.args_kwargs["kwargs"] == {"attempt": 2}
        assert retry.run_after > timezone.now()

        run_worker()  # not due yet
        assert mailbox.messages == []

        with time_machine.travel(retry.run_after + timedelta(seconds=1)):
            run_worker()
        assert len(mailbox.to(MODERATOR)) == 1
    finally:
        controller.stop()
    assert MODERATOR not in caplog.text
    assert "attempt 1 of 5" in caplog.text


def test_after_the_last_attempt_the_mail_is_given_up_without_quoting_addresses(
    database_queue, settings, caplog
):
    settings.EMAIL_DELIVERY_ATTEMPTS = 1
    _mailbox, controller = start_mailbox(settings, refuse=1)
    try:
        mail.send_mail("Thông báo", "Nội dung", None, [MODERATOR])
        with caplog.at_level(logging.WARNING):
            run_worker()
    finally:
        controller.stop()

    [failed] = DBTaskResult.objects.filter(status=TaskResultStatus.FAILED)
    assert failed.exception_class_path == "home.mail.MailNotSent"
    assert MODERATOR not in failed.traceback
    assert MODERATOR not in caplog.text
    assert "giving up" in caplog.text


def test_wagtail_and_django_mail_go_through_the_queue_too(
    database_queue, mailbox, django_user_model
):
    django_user_model.objects.create_user("bientap2", "bt2@sonla.example.vn", "x")

    response = Client().post(
        "/admin/password_reset/", {"email": "bt2@sonla.example.vn"}
    )

    assert response.status_code == 302
    assert mailbox.messages == []
    assert DBTaskResult.objects.filter(task_path="home.mail.deliver_email").count() == 1
    run_worker()
    [reset] = mailbox.to("bt2@sonla.example.vn")
    assert "/admin/password_reset/confirm/" in reset


def test_mail_waits_on_its_own_queue_not_the_search_index(database_queue, mailbox):
    mail.send_mail("Thông báo", "Nội dung", None, [MODERATOR])

    run_worker("default")  # the index's worker leaves mail to the mail worker
    assert mailbox.messages == []
    run_worker("mail")

    assert len(mailbox.to(MODERATOR)) == 1


def test_html_alternatives_and_attachments_survive_the_queue(database_queue, mailbox):
    message = mail.EmailMultiAlternatives(
        "Duyệt trang", "Văn bản thường", None, [MODERATOR]
    )
    message.attach_alternative("<p>Văn bản <b>HTML</b></p>", "text/html")
    message.attach("danh-sach.csv", "Họ và tên\nLò Thị Hương\n", "text/csv")

    message.send()
    run_worker()

    [received] = mailbox.to(MODERATOR)
    parsed = email.message_from_bytes(received.encode(), policy=email.policy.default)
    parts = {part.get_content_type(): part for part in parsed.walk()}
    assert parts["text/plain"].get_content().strip() == "Văn bản thường"
    assert parts["text/html"].get_content().strip() == "<p>Văn bản <b>HTML</b></p>"
    assert parts["text/csv"].get_filename() == "danh-sach.csv"
    csv = parts["text/csv"].get_content()
    assert "Lò Thị Hương" in csv


@pytest.fixture
def redis_queue(settings, db):
    """TASKS_BACKEND=redis: the queue in Redis, run by an RQ worker."""
    connection = redis.Redis.from_url(TEST_REDIS_URL)
    connection.flushdb()
    settings.RQ_QUEUES = {
        queue: {"URL": TEST_REDIS_URL} for queue in settings.TASK_QUEUES
    }
    production_mail(settings, "django_tasks_rq.RQBackend")
    yield connection
    connection.flushdb()


def test_with_redis_the_mail_waits_in_redis_for_its_worker(
    redis_queue, mailbox, django_capture_on_commit_callbacks
):
    import django_rq
    from django_tasks_rq import Job
    from rq import SimpleWorker

    with django_capture_on_commit_callbacks(execute=True):
        mail.send_mail("Thông báo", "Nội dung", None, [MODERATOR])

    queue = django_rq.get_queue("mail")
    assert queue.count == 1
    assert mailbox.messages == []

    class BurstWorker(SimpleWorker):
        """Takes no remote commands (kill, suspend): RQ's command listener can
        hold the end of a burst for up to 60 s when the machine is busy."""

        def subscribe(self):
            pass

    # `manage.py rqworker mail --job-class django_tasks_rq.Job --burst`, in this process.
    worker = django_rq.get_worker("mail", worker_class=BurstWorker, job_class=Job)
    worker.work(burst=True)

    assert queue.count == 0
    assert len(mailbox.to(MODERATOR)) == 1


def test_with_mail_disabled_each_message_is_dropped_with_a_line_that_quotes_nothing(
    settings, caplog, capsys, db, django_capture_on_commit_callbacks
):
    queue_all_mail(settings)
    settings.EMAIL_DELIVERY_BACKEND = "home.mail.DisabledEmailBackend"

    with (
        caplog.at_level(logging.WARNING, logger="home.mail"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        mail.send_mail("Biên nhận GY-2026-AAAA-BBBB", "Nội dung", None, [COMMENTER])

    assert "E-mail is disabled" in caplog.text
    printed = capsys.readouterr()
    for secret in (COMMENTER, "GY-2026-AAAA-BBBB"):
        assert secret not in caplog.text + printed.out + printed.err
