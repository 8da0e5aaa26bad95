"""On PostgreSQL the portal searches with its own text search configuration, which keeps
every Vietnamese syllable, and through an index (search/migrations/0002)."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from honors.models import Honoree
from tests.honors import factories

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]


def lexemes(text, config):
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector(%s::regconfig, %s)::text", [config, text])
        return cursor.fetchone()[0]


def test_the_portal_configuration_keeps_the_syllables_english_drops():
    text = "lo van an do van to"

    assert lexemes(text, "english") == "'lo':1 'van':2,5"
    assert lexemes(text, "portal_vietnamese") == (
        "'an':3 'do':4 'lo':1 'to':6 'van':2,5"
    )


def test_searches_use_the_portal_configuration(home_page):
    roll = factories.roll(home_page)
    honour = factories.honour(factories.honoree("Đỗ Văn To"))
    factories.board(roll, [honour.decision])
    call_command("update_index", stdout=io.StringIO())

    with CaptureQueriesContext(connection) as captured:
        found = list(Honoree.objects.search("Đỗ Văn To"))

    assert [honoree.name for honoree in found] == ["Đỗ Văn To"]
    assert "portal_vietnamese" in " ".join(q["sql"] for q in captured)


def explain(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_the_index_serves_the_expression_searches_filter_by(home_page):
    roll = factories.roll(home_page)
    decision = factories.decision()
    factories.bulk_honours(50, decision, prefix="Cán bộ")
    factories.board(roll, [decision])
    call_command("update_index", stdout=io.StringIO())

    search_plan = explain(
        *Honoree.objects.search("can bo 12").get_queryset().query.sql_with_params()
    )
    index_plan = explain(
        "SELECT id FROM wagtailsearch_indexentry WHERE (title || body) @@ "
        "to_tsquery('portal_vietnamese', 'can & bo')"
    )

    assert "((title || body) @@" in search_plan, search_plan
    assert "Bitmap Index Scan on search_indexentry_title_body_gin" in index_plan
