"""Mail tasks waiting in the database queue when an installation upgrades past the move
of the features into rooms still name their old module (honors.commenting): they are
pointed at the new one (honors.disclosures.commenting), so a citizen's receipt or the
moderators' notice waiting in the queue is still sent. The Redis queue (TASKS_BACKEND=
redis) is not touched: drain it before upgrading."""

from django.db import migrations

MOVED = {
    f"honors.commenting.{name}": f"honors.disclosures.commenting.{name}"
    for name in ("send_comment_receipt", "notify_moderators")
}


def point_queued_tasks(apps, moves):
    DBTaskResult = apps.get_model("django_tasks_database", "DBTaskResult")
    for old, new in moves.items():
        DBTaskResult.objects.filter(task_path=old, status="READY").update(task_path=new)


def forwards(apps, schema_editor):
    point_queued_tasks(apps, MOVED)


def backwards(apps, schema_editor):
    point_queued_tasks(apps, {new: old for old, new in MOVED.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("honors", "0012_paragraph_first_in_block_menu"),
        (
            "django_tasks_database",
            "0019_rename_django_task_new_ordering_idx_tasks_db_new_ordering_idx_and_more",
        ),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
