"""Dossiers at scale: the public tracker and the secretariat's list over 10,000 dossiers
in PostgreSQL.

Creates a scratch database (dropped at the end unless --keep), migrates it, loads the
province's localities and units, writes `--dossiers` sent dossiers of one to five
nominees each in every state, then times the tracker's first page, a filtered page,
the last page, the CSV of everything, and the secretariat's admin list, counting the
queries of each. Prints the median and 95th percentile. Not a test: figures depend on
the machine.

    .venv/bin/python scripts/benchmark_dossiers.py \\
        --server postgres://postgres@127.0.0.1:5432 --dossiers 10000 --repeat 20
"""

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmark_search import (  # found through the path set above
    percentile,
    run_on_scratch_database,
    scratch_database_parser,
)


def parse_args():
    parser = scratch_database_parser(__doc__, "tdkt_benchmark_dossiers")
    parser.add_argument("--dossiers", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    return parser.parse_args()


def build(count):
    """`count` sent dossiers of the demo units, in every state but draft."""
    from datetime import timedelta

    from django.utils import timezone

    from honors.dossiers.choices import PUBLIC_STATES
    from honors.dossiers.models import Dossier, DossierNominee
    from honors.registry.catalogue import Award
    from honors.registry.locality_loader import load_localities
    from honors.units.loader import load_units
    from honors.units.models import Unit

    load_localities()
    load_units()
    rng = random.Random(2026)
    units = list(Unit.objects.all())
    award = Award.objects.get(name="Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")
    now = timezone.now()
    dossiers = []
    for number in range(1, count + 1):
        sent_at = now - timedelta(days=rng.randint(1, 900))
        received = sent_at.date() + timedelta(days=rng.randint(0, 4))
        dossiers.append(
            Dossier(
                code=f"HS-{sent_at.year}-{number:06d}",
                unit=rng.choice(units),
                title=f"Đề nghị tặng Bằng khen năm {sent_at.year}, đợt {number}",
                year=sent_at.year,
                state=rng.choice(PUBLIC_STATES),
                sent_at=sent_at,
                received_on=received,
                clock_started_on=received,
                due_on=received + timedelta(days=35),
                finished_on=received + timedelta(days=rng.randint(10, 45))
                if rng.random() < 0.6
                else None,
            )
        )
    dossiers = Dossier.objects.bulk_create(dossiers, batch_size=2000)
    Dossier.awards.through.objects.bulk_create(
        [Dossier.awards.through(dossier=d, award=award) for d in dossiers],
        batch_size=5000,
    )
    DossierNominee.objects.bulk_create(
        [
            DossierNominee(
                dossier=dossier,
                name=f"Người được đề nghị {dossier.pk}-{n}",
                award=award,
                achievement_summary="Hoàn thành xuất sắc nhiệm vụ.",
            )
            for dossier in dossiers
            for n in range(rng.randint(1, 5))
        ],
        batch_size=5000,
    )
    return Dossier.objects.count(), DossierNominee.objects.count()


def timed(client, path, repeat):
    from django.db import connection

    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    durations = []
    with connection.execute_wrapper(count):
        response = client.get(path)
        body = b"".join(response.streaming_content) if response.streaming else b""
    assert response.status_code == 200, (path, response.status_code)
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(path)
        if response.streaming:
            body = b"".join(response.streaming_content)
        durations.append((time.perf_counter() - start) * 1000)
    return durations, len(queries), len(body)


def run(args):
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client

    from honors.staff import roles

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    dossiers, nominees = build(args.dossiers)
    print(
        f"{dossiers} dossiers of {nominees} nominees "
        f"({time.perf_counter() - start:.0f} s)"
    )
    public = Client(HTTP_HOST="127.0.0.1")
    secretary = get_user_model().objects.create_user("thuky")
    secretary.groups.add(
        get_user_model().groups.field.related_model.objects.get(name=roles.SECRETARIAT)
    )
    staff = Client(HTTP_HOST="127.0.0.1")
    staff.force_login(secretary)
    pages = dossiers // 50 + (1 if dossiers % 50 else 0)
    for label, client, path, repeat in [
        ("tracker, first page", public, "/tra-cuu-ho-so/", args.repeat),
        ("tracker, one unit", public, "/tra-cuu-ho-so/?unit=3&state=", args.repeat),
        ("tracker, last page", public, f"/tra-cuu-ho-so/?page={pages}", args.repeat),
        ("tracker, CSV of all", public, "/tra-cuu-ho-so/tai-ve.csv", 3),
        ("secretariat's list", staff, "/admin/dossiers/", args.repeat),
    ]:
        durations, queries, size = timed(client, path, repeat)
        extra = f", {size / 1e6:.1f} MB" if size else ""
        print(
            f"{label}: median {percentile(durations, 0.5):.0f} ms, "
            f"p95 {percentile(durations, 0.95):.0f} ms, {queries} queries{extra}"
        )


def main():
    run_on_scratch_database(parse_args(), run)


if __name__ == "__main__":
    main()
