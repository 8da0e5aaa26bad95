import io

from django.core.management import call_command
from wagtail.models import Page, Site


def test_a(live_server, django_db_serialized_rollback):
    print("A", Site.objects.count(), Page.objects.count())
    call_command("load_demo", stdout=io.StringIO())


def test_b(live_server, django_db_serialized_rollback):
    print("B", Site.objects.count(), Page.objects.count())
