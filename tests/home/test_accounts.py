"""Staff accounts: guessing passwords stops after a few tries, per account and per
client address, on every app server alike (the count lives in the database, or in
Redis when configured); password-reset mails are limited the same way; a deactivated
account's sessions never come back."""

import logging
from datetime import timedelta

import pytest
import redis
import time_machine
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import Client
from django.utils import timezone

from tests.services import redis_url

pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-dung-2026"
TEST_REDIS_URL = redis_url()


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(
        "bientap2", "bt2@sonla.example.vn", PASSWORD
    )
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def login(address, username, password):
    client = Client(REMOTE_ADDR=address)
    response = client.post(
        "/admin/login/", {"username": username, "password": password}
    )
    return response


def signed_in(response):
    return response.status_code == 302 and "/admin/login/" not in response["Location"]


def test_after_five_wrong_passwords_even_the_right_one_is_refused(editor, caplog):
    for _ in range(4):
        assert login("10.0.0.1", "bientap2", "sai").status_code == 200
    with caplog.at_level(logging.WARNING, logger="axes"):
        locked = login("10.0.0.1", "bientap2", "sai")

    right = login("10.0.0.1", "bientap2", PASSWORD)

    assert locked.status_code == 429
    assert not signed_in(right)
    assert right.status_code == 429
    html = right.content.decode()
    assert "Đăng nhập sai quá nhiều lần" in html
    assert "bientap2" not in html  # says nothing about the account
    assert "Locking out" in caplog.text


def test_the_account_is_locked_for_every_address(editor):
    for number in range(5):
        login(f"10.0.1.{number}", "bientap2", "sai")

    assert not signed_in(login("10.0.2.1", "bientap2", PASSWORD))


def test_the_address_is_locked_for_every_account(editor, django_user_model):
    django_user_model.objects.create_user("khac", "khac@sonla.example.vn", PASSWORD)
    for number in range(5):
        login("10.0.3.1", f"doan-{number}", "sai")

    assert not signed_in(login("10.0.3.1", "bientap2", PASSWORD))
    assert signed_in(login("10.0.3.2", "bientap2", PASSWORD))


def test_a_success_before_the_limit_starts_the_count_again(editor):
    for _ in range(4):
        login("10.0.4.1", "bientap2", "sai")
    assert signed_in(login("10.0.4.1", "bientap2", PASSWORD))
    for _ in range(4):
        login("10.0.4.1", "bientap2", "sai")

    assert signed_in(login("10.0.4.1", "bientap2", PASSWORD))


def test_the_lock_ends_after_the_cool_off(editor, settings):
    for _ in range(5):
        login("10.0.5.1", "bientap2", "sai")

    later = timezone.now() + settings.AXES_COOLOFF_TIME + timedelta(seconds=5)
    with time_machine.travel(later):
        assert signed_in(login("10.0.5.1", "bientap2", PASSWORD))


def test_with_redis_the_count_is_shared_by_every_app_server(editor, settings):
    connection = redis.Redis.from_url(TEST_REDIS_URL)
    connection.flushdb()
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": TEST_REDIS_URL,
        }
    }
    settings.AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
    try:
        for _ in range(5):
            login("10.0.6.1", "bientap2", "sai")
        counted = list(connection.scan_iter(match="*axes*"))

        assert not signed_in(login("10.0.6.2", "bientap2", PASSWORD))
        assert counted  # the count is in Redis, where every worker reads it
    finally:
        connection.flushdb()


def test_password_reset_mails_are_limited_per_account(
    editor, django_capture_on_commit_callbacks
):
    client = Client(REMOTE_ADDR="10.0.7.1")
    with django_capture_on_commit_callbacks(execute=True):
        responses = [
            client.post("/admin/password_reset/", {"email": "bt2@sonla.example.vn"})
            for _ in range(6)
        ]

    assert {response.status_code for response in responses} == {302}
    assert len(mail.outbox) == 3


def test_password_reset_mails_are_limited_per_address(
    django_user_model, django_capture_on_commit_callbacks, caplog
):
    for number in range(12):
        django_user_model.objects.create_user(
            f"nguoi{number}", f"nguoi{number}@sonla.example.vn", PASSWORD
        )
    client = Client(REMOTE_ADDR="10.0.8.1")
    with (
        django_capture_on_commit_callbacks(execute=True),
        caplog.at_level(logging.WARNING, logger="portal.security"),
    ):
        for number in range(12):
            client.post(
                "/admin/password_reset/", {"email": f"nguoi{number}@sonla.example.vn"}
            )

    assert len(mail.outbox) == 10
    assert "per client address" in caplog.text
    assert "@sonla.example.vn" not in caplog.text


def test_a_deactivated_accounts_old_session_stays_dead_after_reactivation(editor):
    browser = Client()
    assert signed_in(
        browser.post("/admin/login/", {"username": "bientap2", "password": PASSWORD})
    )
    assert browser.get("/admin/").status_code == 200

    editor.is_active = False
    editor.save()
    assert browser.get("/admin/").status_code == 302  # refused while inactive
    editor.is_active = True
    editor.save()

    response = browser.get("/admin/")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    # Signing in again works, and that new session lives on.
    assert signed_in(
        browser.post("/admin/login/", {"username": "bientap2", "password": PASSWORD})
    )
    assert browser.get("/admin/").status_code == 200


def test_other_changes_to_an_account_leave_its_sessions_alone(editor):
    browser = Client()
    browser.post("/admin/login/", {"username": "bientap2", "password": PASSWORD})

    editor.first_name = "Biên"
    editor.save()

    assert browser.get("/admin/").status_code == 200
