"""Every public page type is valid HTML by the W3C's Nu Html Checker (npm vnu-jar, run
by Java; `make test` installs both through scripts/ensure-vnu): zero errors, not a
tolerated few."""

import json
import os
import subprocess

from django.utils import timezone

from honors.dossiers.models import Dossier
from honors.models import DisclosurePage
from tests.browser.test_small_screens import public_paths


def vnu_jar():
    jar = os.environ.get("VNU_JAR")
    if not jar:
        found = subprocess.run(
            ["scripts/ensure-vnu"], capture_output=True, text=True, check=False
        )
        jar = found.stdout.strip()
    assert jar and os.path.exists(jar), "No Nu Html Checker: run scripts/ensure-vnu"
    return jar


def check(files):
    """The checker's errors, by file: [(line, message), ...]."""
    result = subprocess.run(
        [
            "java",
            "-jar",
            vnu_jar(),
            "--errors-only",
            "--format",
            "json",
            "--exit-zero-always",
            *files,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = {}
    for message in messages:
        name = os.path.basename(message.get("url", ""))
        errors.setdefault(name, []).append(
            (message.get("lastLine"), message.get("message"))
        )
    return errors


def pages_to_check(client):
    open_now = next(
        page for page in DisclosurePage.objects.live() if page.is_open(timezone.now())
    )
    refused = client.post(f"{open_now.url}gop-y/", {"body": ""})  # the form with errors
    yield "comment-form-with-errors", refused
    yield "verification-not-found", client.get("/xac-minh/ABCDE22222/")
    yield "dossier-tracker", client.get("/tra-cuu-ho-so/")
    yield "dossier-not-found", client.get("/tra-cuu-ho-so/", {"ma": "HS-1999-1"})
    yield (
        "dossier-page",
        client.get(f"/tra-cuu-ho-so/{Dossier.objects.sent().first().code}/"),
    )
    yield "not-found", client.get("/khong-co-trang-nay/")
    yield "search-nothing", client.get("/tim-kiem/", {"q": "zzzz"})
    yield "roll-nothing", client.get("/bang-vang/", {"q": "zzzz"})
    for path in [*public_paths(), "/en/about/", "/en/contact/"]:
        yield path, client.get(path)


#: A page the checker must refuse: proof that it ran and that its answer was read.
BROKEN = (
    '<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body>'
    '<time datetime="2026-12-03T10:00:00.123456+07:00">x</time></body></html>'
)


def test_every_public_page_type_is_valid_html(client, demo, tmp_path):
    files = {"sentinel.html": "sentinel"}
    (tmp_path / "sentinel.html").write_text(BROKEN)
    for number, (name, response) in enumerate(pages_to_check(client)):
        assert response.status_code in (200, 400, 404), name
        path = tmp_path / f"page-{number}.html"
        path.write_bytes(response.content)
        files[path.name] = name

    errors = check([str(tmp_path / name) for name in files])

    assert "fraction of a second" in str(errors.pop("sentinel.html"))
    assert len(files) > 30
    assert {files[name]: found for name, found in errors.items()} == {}
