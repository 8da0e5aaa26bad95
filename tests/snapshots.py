"""Saved copies of the test database, so the demo is built once per test session.

Building the demo (`load_demo`) takes 10–30 seconds; putting a saved copy of the
database back takes milliseconds on SQLite (the sqlite3 backup API, copies kept in
memory) and well under a second on PostgreSQL (`CREATE DATABASE … TEMPLATE`, a file
copy inside the server). The media folders are saved with the database, because the
demo's images, documents and comment attachments are files a test may delete.

A copy replaces the whole database, committed data included, so it is taken and put
back only where no transaction is open: before a module's tests start and after they
end, or before a browser test (whose server commits).
"""

import shutil
import sqlite3
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection


def media_roots():
    roots = [Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT)]
    return list(dict.fromkeys(roots))


class Snapshots:
    """Named copies of the database and the media folders."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="tdkt-test-snapshots-"))
        self.names = set()

    def take(self, name):
        self.take_database(name)
        for index, root in enumerate(media_roots()):
            saved = self.folder / name / str(index)
            shutil.rmtree(saved, ignore_errors=True)
            if root.exists():
                shutil.copytree(root, saved)
        self.names.add(name)

    def restore(self, name):
        self.restore_database(name)
        for index, root in enumerate(media_roots()):
            saved = self.folder / name / str(index)
            shutil.rmtree(root, ignore_errors=True)
            if saved.exists():
                shutil.copytree(saved, root)
            else:
                root.mkdir(parents=True, exist_ok=True)

    def discard(self):
        shutil.rmtree(self.folder, ignore_errors=True)


class SQLiteSnapshots(Snapshots):
    def __init__(self):
        super().__init__()
        self.copies = {}

    def take_database(self, name):
        connection.ensure_connection()
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        self.copies[name] = copy

    def restore_database(self, name):
        connection.ensure_connection()
        self.copies[name].backup(connection.connection)

    def discard(self):
        super().discard()
        for copy in self.copies.values():
            copy.close()


class PostgreSQLSnapshots(Snapshots):
    def __init__(self):
        super().__init__()
        self.database = connection.settings_dict["NAME"]

    def copy_name(self, name):
        return f"{self.database}_{name}"

    def run(self, *statements):
        """Statements on the server's maintenance database, with every connection to
        the test database closed (a template must have none)."""
        connection.close()
        with connection._nodb_cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)

    def take_database(self, name):
        copy = self.copy_name(name)
        self.run(
            f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)',
            f'CREATE DATABASE "{copy}" TEMPLATE "{self.database}"',
        )

    def restore_database(self, name):
        self.run(
            f'DROP DATABASE "{self.database}" WITH (FORCE)',
            f'CREATE DATABASE "{self.database}" TEMPLATE "{self.copy_name(name)}"',
        )

    def discard(self):
        super().discard()
        self.run(
            *(f'DROP DATABASE IF EXISTS "{self.copy_name(n)}"' for n in self.names)
        )


def snapshots_for_this_database():
    if connection.vendor == "postgresql":
        return PostgreSQLSnapshots()
    if connection.vendor == "sqlite":
        return SQLiteSnapshots()
    raise NotImplementedError(f"No snapshots for {connection.vendor}")
