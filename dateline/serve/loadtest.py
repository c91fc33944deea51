"""Bounded HTTP load test of ``dateline serve`` on 127.0.0.1 (``make loadtest``).

Seeds a throwaway DuckDB store with synthetic events (:mod:`dateline.serve.sample`), starts
``dateline serve`` on it in a subprocess (rate limits off: this measures the server, not the
limiter), then sends a fixed number of read requests from ``--concurrency`` workers, a realistic
dashboard mix, and prints requests/s and latency percentiles. Exit code 1 if any request failed.

Bounded: at most ``--requests`` requests and ``--max-seconds`` seconds; targets only loopback.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def seed(db: Path, n_events: int, seed_: int = 11) -> int:
    from ..store import open_store
    from .sample import sample_results

    with open_store(db) as store:
        for res in sample_results(n_events, seed=seed_, days=180, second_source_every=5):
            store.add_result(res)
        return store.counts()["events"]


def start_server(db: Path, port: int, cache_ttl: float) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "dateline", "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port),
           "--rate-limit", "0", "--write-rate-limit", "0", "--cache-ttl", str(cache_ttl), "--log-level", "warning"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_ready(base: str, proc: subprocess.Popen | None, timeout: float = 60.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise SystemExit(f"the server exited early ({proc.returncode}): {err[-2000:]}")
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the server at {base} did not become ready in {timeout:.0f} s")


def process_cpu_s(pid: int) -> float | None:
    """CPU seconds (user + system) a process has used so far; None where /proc is not there. On a
    shared machine this is steadier than latency: it does not grow when other work takes the cores."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def request_mix(base: str, rng: random.Random, n: int) -> list[tuple[str, str]]:
    """(kind, path) pairs: the requests a dashboard user's clicks produce, in proportion."""
    import httpx

    with httpx.Client(base_url=base, timeout=30) as c:
        events = c.get("/events", params={"limit": 500, "status": "any"}).json()["events"]
        countries = [r["country"] for r in c.get("/stats", params={"by": "country"}).json()["rows"] if r["country"]]
    ids = [e["event_id"] for e in events]
    reports = [s["report_id"] for e in events for s in e["sources"]]
    types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests"]
    out = []
    for _ in range(n):
        x = rng.random()
        if x < 0.30:
            q = rng.choice([f"country={rng.choice(countries)}", f"type={rng.choice(types)}", "actor=forces",
                            "since=2024-03-01&until=2024-04-30", ""])
            out.append(("events_page", f"/events?limit=50&{q}"))
        elif x < 0.40:
            out.append(("events_500", f"/events?limit=500&country={rng.choice(countries)}"))
        elif x < 0.65:
            out.append(("event", f"/events/{rng.choice(ids)}"))
        elif x < 0.80:
            out.append(("stats_day", f"/stats?by=day&country={rng.choice(countries)}"))
        elif x < 0.90:
            out.append(("stats_type", "/stats?by=type"))
        elif x < 0.95:
            out.append(("report", f"/reports/{rng.choice(reports)}"))
        else:
            out.append(("health", "/health"))
    return out


async def run_load(base: str, plan: list[tuple[str, str]], concurrency: int, max_seconds: float) -> dict:
    import httpx

    latencies: dict[str, list[float]] = {}
    errors: Counter = Counter()
    queue: asyncio.Queue = asyncio.Queue()
    for item in plan:
        queue.put_nowait(item)
    deadline = time.monotonic() + max_seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        async def worker() -> None:
            while time.monotonic() < deadline:
                try:
                    kind, path = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                t0 = time.perf_counter()
                try:
                    r = await client.get(path)
                    await r.aread()
                    if r.status_code != 200:
                        errors[f"HTTP {r.status_code}"] += 1
                except httpx.HTTPError as exc:
                    errors[type(exc).__name__] += 1
                latencies.setdefault(kind, []).append(time.perf_counter() - t0)

        t_start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - t_start

    every = sorted(x for v in latencies.values() for x in v)

    def pct(xs: list[float], p: float) -> float:
        xs = sorted(xs)
        return xs[min(len(xs) - 1, max(0, int(round(p / 100 * len(xs))) - 1))] * 1000 if xs else float("nan")

    return {
        "requests": len(every), "planned": len(plan), "seconds": round(elapsed, 2),
        "requests_per_s": round(len(every) / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(pct(every, 50), 1), "p95_ms": round(pct(every, 95), 1), "p99_ms": round(pct(every, 99), 1),
        "max_ms": round(max(every) * 1000, 1) if every else None,
        "errors": sum(errors.values()), "error_kinds": dict(errors), "concurrency": concurrency,
        "by_kind": {k: {"n": len(v), "p50_ms": round(statistics.median(v) * 1000, 1), "p95_ms": round(pct(v, 95), 1)}
                    for k, v in sorted(latencies.items())},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m dateline.serve.loadtest", description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=250, help="synthetic events to seed (default 250)")
    ap.add_argument("--requests", type=int, default=2000, help="requests to send (default 2000)")
    ap.add_argument("--concurrency", type=int, default=8, help="parallel connections (default 8)")
    ap.add_argument("--max-seconds", type=float, default=120.0, help="stop sending after this long (default 120)")
    ap.add_argument("--cache-ttl", type=float, default=5.0,
                    help="the server's read cache in seconds (default 5, as `dateline serve`; 0 measures the store)")
    ap.add_argument("--url", help="load an already running server instead (loopback only), e.g. http://127.0.0.1:8000")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args(argv)
    if args.requests < 1 or args.concurrency < 1 or args.requests > 1_000_000 or args.concurrency > 256:
        ap.error("--requests 1..1000000 and --concurrency 1..256")

    from .server import free_port

    proc = None
    tmp = None
    try:
        if args.url:
            host = urlsplit(args.url).hostname or ""
            if host not in LOOPBACK:
                ap.error("--url must point at this machine (127.0.0.1, localhost or ::1)")
            base = args.url.rstrip("/")
            wait_ready(base, None, timeout=10)
            n_events = None
        else:
            tmp = tempfile.TemporaryDirectory(prefix="dateline-loadtest-")
            db = Path(tmp.name) / "load.duckdb"
            t0 = time.perf_counter()
            n_events = seed(db, args.events)
            print(f"seeded {n_events} events in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
            port = free_port()
            base = f"http://127.0.0.1:{port}"
            proc = start_server(db, port, args.cache_ttl)
            wait_ready(base, proc)
        plan = request_mix(base, random.Random(args.seed), args.requests)
        # warm-up (first queries compile plans, fill caches): not counted
        asyncio.run(run_load(base, plan[: min(100, len(plan))], args.concurrency, 30))
        load0 = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
        cpu0 = process_cpu_s(proc.pid) if proc is not None else None
        res = asyncio.run(run_load(base, plan, args.concurrency, args.max_seconds))
        cpu1 = process_cpu_s(proc.pid) if proc is not None else None
        res["server_cpu_ms_per_request"] = (round(1000 * (cpu1 - cpu0) / res["requests"], 2)
                                            if cpu0 is not None and cpu1 is not None and res["requests"] else None)
        res["load_average"] = [load0, os.getloadavg()[0] if hasattr(os, "getloadavg") else None]
        res["events_in_store"] = n_events
        res["cache_ttl_s"] = None if args.url else args.cache_ttl
        res["cpu_count"] = os.cpu_count()
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
        if tmp is not None:
            tmp.cleanup()

    print(f"{res['requests']} requests ({res['planned']} planned) in {res['seconds']} s with {res['concurrency']} "
          f"connections against {n_events if n_events is not None else '?'} events"
          + (f" (server cache {args.cache_ttl:g} s)" if not args.url else ""))
    print(f"throughput: {res['requests_per_s']} requests/s")
    print(f"latency: p50 {res['p50_ms']} ms, p95 {res['p95_ms']} ms, p99 {res['p99_ms']} ms, max {res['max_ms']} ms")
    for kind, v in res["by_kind"].items():
        print(f"  {kind:<12} n={v['n']:<5} p50 {v['p50_ms']} ms  p95 {v['p95_ms']} ms")
    if res["server_cpu_ms_per_request"] is not None:
        print(f"server CPU: {res['server_cpu_ms_per_request']} ms per request")
    if res["load_average"][0] is not None:
        print(f"machine load average: {res['load_average'][0]:.1f} at the start, {res['load_average'][1]:.1f} at the end "
              f"({res['cpu_count']} cores; the client runs on them too)")
    print(f"errors: {res['errors']}" + (f" {res['error_kinds']}" if res["errors"] else ""))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2) + "\n")
    complete = res["requests"] == res["planned"]
    if not complete:
        print(f"stopped at --max-seconds {args.max_seconds}: {res['planned'] - res['requests']} requests not sent",
              file=sys.stderr)
    return 0 if res["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
