"""An installation made before the features moved into rooms (issue 15) migrates forward
without losing anything.

The code of the commit before the move is checked out from git; with it, a database is
migrated and the demo loaded, as `make run` did then. The code of today migrates the
same database and media folders. Both read the same fingerprint: every page (id, content
type, path, revisions), honour, comment and file, and the status of every public URL.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

PROJECT_ROOT = Path(__file__).resolve().parents[2]
#: The last commit before the rooms (honors/models/*.py, honors/*_views.py…).
BEFORE_THE_ROOMS = "876bc5c60f8cd06b1499a6aa28a4b8f1c9afef55"

#: The demo has no comment attachments: one is added, through the old code's upload path.
ATTACHMENT = r"""
import django
django.setup()
from django.apps import apps
from django.core.files.base import ContentFile
apps.get_model("honors", "CommentAttachment").objects.create(
    comment=apps.get_model("honors", "PublicComment").objects.order_by("pk").first(),
    file=ContentFile(b"%PDF-1.4 bang chung", name="bang-chung.pdf"),
    original_name="bang-chung.pdf",
    content_type="application/pdf",
    size=19,
)
"""

FINGERPRINT = r"""
import json, sys
from pathlib import Path
import django
django.setup()
from django.apps import apps
from django.core.files.storage import storages
from django.test import Client
from wagtail.models import Page, Revision

def model(label):
    return apps.get_model(*label.split("."))

pages = [
    {
        "id": page.pk,
        "type": f"{page.content_type.app_label}.{page.content_type.model}",
        "path": page.url_path,
        "live": page.live,
        "revisions": list(
            Revision.page_revisions.filter(object_id=str(page.pk))
            .order_by("pk").values_list("pk", flat=True)
        ),
    }
    for page in Page.objects.order_by("pk").select_related("content_type")
]
honours = list(model("honors.Honour").objects.order_by("pk").values_list(
    "pk", "verification_code", "honoree__name", "decision__number"))
comments = list(model("honors.PublicComment").objects.order_by("pk").values_list(
    "pk", "receipt_code", "status", "full_name"))
private = storages["private"]
attachments = [
    (a.pk, a.file.name, private.exists(a.file.name) and private.size(a.file.name))
    for a in model("honors.CommentAttachment").objects.order_by("pk")
]
documents = [
    (d.pk, d.file.name, d.file.storage.exists(d.file.name))
    for d in model("wagtaildocs.Document").objects.order_by("pk")
]
images = [
    (i.pk, i.file.name, i.file.storage.exists(i.file.name))
    for i in model("wagtailimages.Image").objects.order_by("pk")
]
client = Client()
urls = sorted({
    page.url for page in Page.objects.live().public().specific()
    if page.url and page.depth > 1
} | {"/", "/sitemap.xml", "/tim-kiem/?q=thi+dua", "/bang-vang/tai-ve/csv/",
     "/api/v2/honours/", "/api/v2/pages/", "/xac-minh/", "/cong-khai/tra-cuu/"})
statuses = {url: client.get(url).status_code for url in urls}
honour = model("honors.Honour").objects.filter(
    decision__board_links__board__live=True).first()
statuses["verification"] = client.get(f"/xac-minh/{honour.verification_code}/").status_code
Path(sys.argv[1]).write_text(json.dumps({
    "pages": pages, "honours": honours, "comments": comments,
    "attachments": attachments, "documents": documents, "images": images,
    "statuses": statuses,
}, ensure_ascii=False, indent=1))
"""


def run(code_root, environment, *args):
    result = subprocess.run(
        [sys.executable, *args],
        cwd=code_root,
        env={**environment, "PYTHONPATH": str(code_root)},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result


@pytest.fixture
def database_url(tmp_path, django_db_blocker):
    """A database of its own: a file on SQLite, a new database on PostgreSQL."""
    if connection.vendor != "postgresql":
        yield f"sqlite:///{tmp_path / 'upgrade.sqlite3'}"
        return
    settings = connection.settings_dict
    name = f"{settings['NAME']}_upgrade"
    with django_db_blocker.unblock(), connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    user, host = settings["USER"], settings["HOST"] or "127.0.0.1"
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    yield f"postgres://{user}{password}@{host}:{settings['PORT'] or 5432}/{name}"
    with django_db_blocker.unblock(), connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_an_installation_from_before_the_rooms_migrates_forward_unchanged(
    tmp_path, database_url
):
    before = tmp_path / "before"
    archive = subprocess.run(
        ["git", "archive", BEFORE_THE_ROOMS],
        cwd=PROJECT_ROOT,
        capture_output=True,
        check=True,
    )
    before.mkdir()
    subprocess.run(["tar", "-x", "-C", str(before)], input=archive.stdout, check=True)
    environment = {
        **{key: value for key, value in os.environ.items() if key != "PYTHONPATH"},
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": database_url,
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
        "DJANGO_PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
        "DJANGO_ALLOWED_HOSTS": "testserver",
    }
    for name in ("REDIS_URL", "TASKS_BACKEND", "ELASTICSEARCH_URL"):
        environment.pop(name, None)
    script = tmp_path / "fingerprint.py"
    script.write_text(FINGERPRINT)
    attachment = tmp_path / "attachment.py"
    attachment.write_text(ATTACHMENT)

    run(before, environment, "manage.py", "migrate", "--noinput")
    run(before, environment, "manage.py", "load_demo")
    run(before, environment, str(attachment))
    run(before, environment, str(script), str(tmp_path / "before.json"))

    run(PROJECT_ROOT, environment, "manage.py", "migrate", "--noinput")
    run(PROJECT_ROOT, environment, str(script), str(tmp_path / "after.json"))

    old = json.loads((tmp_path / "before.json").read_text())
    new = json.loads((tmp_path / "after.json").read_text())
    assert len(old["pages"]) > 50 and len(old["honours"]) > 100
    assert old["comments"] and old["attachments"] and old["documents"]
    assert all(status == 200 for status in old["statuses"].values()), old["statuses"]
    for part in ("pages", "honours", "comments", "attachments", "documents", "images"):
        assert new[part] == old[part], part
    assert new["statuses"] == old["statuses"]
