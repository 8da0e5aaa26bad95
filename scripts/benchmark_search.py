"""Search latency on a large registry: 100,000 honours in PostgreSQL.

Creates a scratch database on the PostgreSQL server given (it is dropped at the end
unless --keep), migrates it, fills it with a synthetic registry of Vietnamese names,
units and awards published on live boards, builds the search index, then times the
site search (the whole search of the page: counts of every kind, the best hits, the
snippets) and the suggestions for a set of queries typed the way people type them.
Prints the median and 95th percentile. Not a test: figures depend on the machine.

    .venv/bin/python scripts/benchmark_search.py \\
        --server postgres://postgres@127.0.0.1:5432 --honours 100000 --repeat 5
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = [
    "lo thi huong",
    "Lò Thị Hương",
    "nguyen van",
    "Nguyễn Văn",
    "cam van",
    "quang thi",
    "son la",
    "Sơn La",
    "huan chuong lao dong",
    "Huân chương Lao động hạng Ba",
    "bang khen",
    "chien si thi dua",
    "giao vien",
    "tram y te",
    "truong tieu hoc chieng co",
    "hop tac xa",
    "muong la",
    "thi dua",
    "chuyen doi so",
    "nong thon moi",
]
SUGGESTIONS = ["lo th", "nguyen v", "huan ch", "son l", "giao v", "cam v"]


def scratch_database_parser(doc, database):
    """The arguments every benchmark takes: where the scratch database lives, its
    name, and whether to keep it afterwards."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument(
        "--server",
        default=os.environ.get(
            "BENCHMARK_POSTGRES", "postgres://postgres@127.0.0.1:5432"
        ),
        help="PostgreSQL server URL, without a database name",
    )
    parser.add_argument("--database", default=database)
    parser.add_argument("--keep", action="store_true", help="keep the database")
    return parser


def parse_args():
    parser = scratch_database_parser(__doc__, "tdkt_benchmark_search")
    parser.add_argument("--honours", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    return parser.parse_args()


def recreate_database(server, name):
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def drop_database(server, name):
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def build_registry(count):
    """A roll and one live board per year, with `count` honours of synthetic people."""
    from datetime import date

    from wagtail.models import Site

    from demo.people import SyntheticPeople
    from honors.models import (
        Award,
        Decision,
        Honoree,
        Honour,
        HonourBoardDecision,
        HonourBoardIndexPage,
        HonourBoardPage,
        Locality,
        LocalityKind,
    )

    rng = random.Random(2026)
    home = Site.objects.get(is_default_site=True).root_page
    roll = HonourBoardIndexPage(title="Bảng vàng", slug="bang-vang")
    home.add_child(instance=roll)
    roll.save_revision().publish()

    province = Locality.objects.create(name="Sơn La", kind=LocalityKind.PROVINCE)
    communes = [
        Locality.objects.create(name=name, kind=LocalityKind.COMMUNE, parent=province)
        for name in (
            "Chiềng Cơi",
            "Tô Hiệu",
            "Mường Bú",
            "Mộc Châu",
            "Thuận Châu",
            "Mường La",
            "Sốp Cộp",
            "Phù Yên",
            "Bắc Yên",
            "Yên Châu",
        )
    ]
    awards = list(Award.objects.all())
    people = SyntheticPeople(rng, communes)
    honorees = Honoree.objects.add_many(
        people.anyone() for _ in range(int(count * 0.7))
    )

    decisions = []
    for year in range(2016, 2026):
        decisions += [
            Decision.objects.create(
                number=f"{year * 10 + n}/QĐ-UBND",
                signed_on=date(year, 12, 1 + n),
                authority="Chủ tịch Ủy ban nhân dân tỉnh Sơn La",
            )
            for n in range(20)
        ]
    Honour.objects.bulk_create(
        (
            Honour(
                honoree=honorees[n % len(honorees)],
                award=rng.choice(awards),
                decision=decisions[n % len(decisions)],
                year=decisions[n % len(decisions)].signed_on.year,
            )
            for n in range(count)
        ),
        batch_size=5000,
        ignore_conflicts=True,
    )
    for year in range(2016, 2026):
        board = HonourBoardPage(title=f"Khen thưởng năm {year}", slug=f"nam-{year}")
        board.board_decisions = [
            HonourBoardDecision(decision=d)
            for d in decisions
            if d.signed_on.year == year
        ]
        roll.add_child(instance=board)
        board.save_revision().publish()
    return Honour.objects.count(), Honoree.objects.count()


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))
    return ordered[index]


def timed(action, repeat):
    durations = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        durations.append((time.perf_counter() - start) * 1000)
    return durations


def run_on_scratch_database(args, run):
    """Create the scratch database, set Django up on it, run, then drop it."""
    sys.stdout.reconfigure(line_buffering=True)  # progress shows when redirected
    if not getattr(args, "reuse", False):
        recreate_database(args.server, args.database)
    os.environ["DATABASE_URL"] = f"{args.server}/{args.database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False
    try:
        run(args)
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep:
            drop_database(args.server, args.database)


def main():
    run_on_scratch_database(parse_args(), run)


def run(args):
    import io

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client, RequestFactory

    from honors.models import Honoree
    from search.page.site_search import SiteSearch

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    honours, honorees = build_registry(args.honours)
    print(
        f"registry: {honours} honours of {honorees} honorees "
        f"({time.perf_counter() - start:.0f} s)"
    )
    start = time.perf_counter()
    call_command("update_index", stdout=io.StringIO())
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(
        f"index: {Honoree.get_indexed_objects().count()} honorees indexed "
        f"({time.perf_counter() - start:.0f} s)"
    )

    request = RequestFactory().get("/tim-kiem/")

    def search(text):
        site_search = SiteSearch(request, text)
        page = site_search.paginator().get_page(1)
        site_search.present(list(page.object_list))
        return site_search.total

    client = Client(HTTP_HOST="127.0.0.1")

    def suggest(text):
        response = client.get("/tim-kiem/goi-y/", {"q": text})
        assert response.status_code == 200, response.status_code
        return response

    search_times, suggest_times = [], []
    for text in QUERIES:
        search(text)  # warm
        search_times += timed(lambda text=text: search(text), args.repeat)
    for text in SUGGESTIONS:
        suggest(text)  # warm
        suggest_times += timed(lambda text=text: suggest(text), args.repeat)
    print(
        f"site search ({len(search_times)} runs of {len(QUERIES)} queries): "
        f"median {statistics.median(search_times):.0f} ms, "
        f"p95 {percentile(search_times, 0.95):.0f} ms"
    )
    print(
        f"suggestions ({len(suggest_times)} runs): "
        f"median {statistics.median(suggest_times):.0f} ms, "
        f"p95 {percentile(suggest_times, 0.95):.0f} ms"
    )
    print(
        f"matches for 'son la': {search('son la')}, 'nguyen van': {search('nguyen van')}"
    )


if __name__ == "__main__":
    main()
