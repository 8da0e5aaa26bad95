"""Load a province's localities from a CSV file (kind, name, parent_kind, parent_name,
is_current), parents before children. Rows already present are left as they are, so a
file can be loaded again after new communes are added to it."""

import csv
from pathlib import Path

from django.db import transaction

from honors.registry.choices import LocalityKind
from honors.registry.localities import Locality

SON_LA = Path(__file__).resolve().parents[1] / "data" / "localities_son_la.csv"


class LocalityFileError(ValueError):
    pass


@transaction.atomic
def load_localities(path: Path = SON_LA) -> int:
    created = 0
    known = {(loc.kind, loc.name): loc for loc in Locality.objects.all()}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            kind, name = row["kind"].strip(), row["name"].strip()
            if kind not in LocalityKind.values:
                raise LocalityFileError(f"line {line}: unknown kind {kind!r}")
            parent = None
            if row.get("parent_name"):
                parent = known.get(
                    (row["parent_kind"].strip(), row["parent_name"].strip())
                )
                if parent is None:
                    raise LocalityFileError(
                        f"line {line}: parent {row['parent_name']!r} must come first"
                    )
            locality, was_created = Locality.objects.get_or_create(
                kind=kind,
                name=name,
                parent=parent,
                defaults={"is_current": row.get("is_current", "1").strip() != "0"},
            )
            known[(kind, name)] = locality
            created += was_created
    return created
