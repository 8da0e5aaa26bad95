"""Open data on a large registry: the time and peak memory of each download of the whole
honour roll (100,000 honours by default) and the time to compute the statistics page.

Builds the same scratch PostgreSQL registry as benchmark_search.py (dropped at the end
unless --keep), then reads each download through the Django test client, chunk by
chunk as a browser would. Each export is timed once on its own, then run again under
tracemalloc for the peak of memory Python allocated while it ran. Not a test: figures
depend on the machine.

    .venv/bin/python scripts/benchmark_open_data.py \\
        --server postgres://postgres@127.0.0.1:5432 --honours 100000
"""

import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmark_search import (  # found through the path set above
    build_registry,
    run_on_scratch_database,
    scratch_database_parser,
)


def parse_args():
    parser = scratch_database_parser(__doc__, "tdkt_benchmark_open_data")
    parser.add_argument("--honours", type=int, default=100_000)
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="use the registry a --keep run left instead of building it again",
    )
    return parser.parse_args()


def read_download(client, extension):
    response = client.get(f"/bang-vang/tai-ve/{extension}/")
    assert response.status_code == 200, response.status_code
    size = 0
    for chunk in response.streaming_content:
        size += len(chunk)
    response.close()
    return size


def measure(client, extension):
    start = time.perf_counter()
    size = read_download(client, extension)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    read_download(client, extension)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return size, seconds, peak


def main():
    run_on_scratch_database(parse_args(), run)


def run(args):
    import resource

    from django.core.management import call_command
    from django.test import Client

    from honors.models import Honoree, Honour
    from honors.transparency import figures as statistics

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    if args.reuse and Honour.objects.exists():
        honours, honorees = Honour.objects.count(), Honoree.objects.count()
    else:
        honours, honorees = build_registry(args.honours)
    print(
        f"registry: {honours} honours of {honorees} honorees "
        f"({time.perf_counter() - start:.0f} s)"
    )
    client = Client(HTTP_HOST="127.0.0.1")
    for extension in ("csv", "json", "xlsx"):
        size, seconds, peak = measure(client, extension)
        print(
            f"{extension}: {size / 1e6:.1f} MB in {seconds:.1f} s, "
            f"peak Python memory {peak / 1e6:.1f} MB"
        )
    print(
        f"process peak resident memory: "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )
    start = time.perf_counter()
    figures = statistics.compute(2016, 2025)
    print(
        f"statistics of {figures.total} honours, 2016–2025, uncached: "
        f"{(time.perf_counter() - start) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
