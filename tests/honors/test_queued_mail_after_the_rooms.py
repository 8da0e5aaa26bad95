"""A mail task queued before the features moved into rooms is sent after the upgrade:
the migration points it at the task's new module."""

from importlib import import_module

import pytest
from django.apps import apps
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks_db.models import DBTaskResult

from honors.disclosures.commenting import send_comment_receipt

pytestmark = pytest.mark.django_db

migration = import_module("honors.migrations.0013_queued_mail_follows_the_rooms")


def queued(task_path, status="READY"):
    return DBTaskResult.objects.create(
        status=status,
        args_kwargs={"args": [1, "http://testserver/cong-khai/tra-cuu/"], "kwargs": {}},
        task_path=task_path,
        queue_name="mail",
        backend_name="default",
        run_after=timezone.now(),
        exception_class_path="",
        traceback="",
    )


def test_a_receipt_waiting_in_the_queue_names_the_task_where_it_now_lives():
    waiting = queued("honors.commenting.send_comment_receipt")
    done = queued("honors.commenting.notify_moderators", status="SUCCESSFUL")

    migration.forwards(apps, None)

    waiting.refresh_from_db()
    done.refresh_from_db()
    assert waiting.task_path == "honors.disclosures.commenting.send_comment_receipt"
    assert (
        import_string(waiting.task_path) is send_comment_receipt
    )  # what the worker runs
    assert done.task_path == "honors.commenting.notify_moderators"  # history stays

    migration.backwards(apps, None)
    waiting.refresh_from_db()
    assert waiting.task_path == "honors.commenting.send_comment_receipt"
