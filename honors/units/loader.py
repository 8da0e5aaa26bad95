"""Load a province's units from a CSV file (name, kind, parent, locality, contact_name,
phone, email, is_active), parents before children. A unit already present (by name) is
left as it is, so the file can be loaded again after units are added to it."""

import csv
from pathlib import Path

from django.db import transaction

from honors.registry.localities import Locality
from honors.units.models import Unit, UnitKind

SON_LA = Path(__file__).resolve().parents[1] / "data" / "units_son_la.csv"


class UnitFileError(ValueError):
    pass


@transaction.atomic
def load_units(path: Path = SON_LA) -> int:
    created = 0
    known = {unit.name: unit for unit in Unit.objects.all()}
    localities = {}
    # A name borne by a former unit and a current one means the current one.
    for locality in Locality.objects.order_by("-is_current", "pk"):
        localities.setdefault(locality.name, locality)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            name, kind = row["name"].strip(), row["kind"].strip()
            if not name:
                raise UnitFileError(f"line {line}: a unit needs a name")
            if kind not in UnitKind.values:
                raise UnitFileError(f"line {line}: unknown kind {kind!r}")
            parent = None
            if parent_name := (row.get("parent") or "").strip():
                parent = known.get(parent_name)
                if parent is None:
                    raise UnitFileError(
                        f"line {line}: parent {parent_name!r} must come first"
                    )
            locality = None
            if locality_name := (row.get("locality") or "").strip():
                locality = localities.get(locality_name)
                if locality is None:
                    raise UnitFileError(
                        f"line {line}: unknown locality {locality_name!r}"
                    )
            if name in known:
                continue
            known[name] = Unit.objects.create(
                name=name,
                kind=kind,
                parent=parent,
                locality=locality,
                contact_name=(row.get("contact_name") or "").strip(),
                phone=(row.get("phone") or "").strip(),
                email=(row.get("email") or "").strip(),
                is_active=(row.get("is_active") or "1").strip() != "0",
            )
            created += 1
    return created
