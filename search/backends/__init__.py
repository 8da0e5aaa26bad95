"""Search backends that fold Vietnamese queries (see `search.index`).

Each module wraps one of Wagtail's backends so that a query on a model indexed folded is
folded the same way before it reaches the backend: the search page, the autocomplete,
the admin's page search and the choosers all behave alike. Set the module as the
``BACKEND`` of ``WAGTAILSEARCH_BACKENDS`` (the settings do, from the environment):

- ``search.backends.database``: SQLite FTS5 (embedded default) or PostgreSQL, with the
  text search configuration and index the ``search`` migrations add;
- ``search.backends.elasticsearch8`` / ``search.backends.elasticsearch9``: with an
  analyzer that folds Vietnamese as a second line of defence.
"""
