"""PostgreSQL: the text search configuration and the index the site search uses.

- ``portal_vietnamese``, a copy of ``simple``: lower-cases, no stemming, no stop words.
  The portal indexes and queries text already folded (search.index), so nothing else
  is wanted, and above all not the English configuration, which would drop
  Vietnamese syllables such as "an", "do", "to" as stop words.
- A GIN index on ``title || body``: the expression Wagtail's PostgreSQL backend
  matches queries against. Without it every search reads the whole index table.

On other databases this migration does nothing. After it, rebuild the index once
(``python manage.py update_index``) so existing entries use the new configuration.
"""

from django.db import migrations

CONFIG = "portal_vietnamese"
INDEX = "search_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{CONFIG}') THEN
                CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = pg_catalog.simple);
            END IF;
        END $$;
        """
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
        "USING gin ((title || body))"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_search_terms"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
