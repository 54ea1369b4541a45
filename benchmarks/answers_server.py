"""``diffproof serve``: latency of one judgement over HTTP with a warm checker, and throughput under load.

Run ``python benchmarks/answers_server.py``.  Starts a server (2 workers) on a free local port, sends 200
answers of the graded corpus one at a time (latency: median, p90, worst), then the same with 8 concurrent
clients (throughput), and stops the server.  The floor is a request that is not judged (the question list).
"""

from __future__ import annotations

import concurrent.futures
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from answer_server import get, post, running_server  # noqa: E402


def main() -> None:
    rows = []
    for name in ("corpus.jsonl", "corpus_more.jsonl"):
        rows += [json.loads(line) for line in (ROOT / "tests" / "data" / "answers" / name).read_text().splitlines()]
    bodies = [{"quantity": r["quantity"], "answer": r["answer"]} for r in rows][:200]
    with running_server() as url:
        for body in bodies[:20]:
            post(url + "/api/check", body)  # warm the workers
        floor = []
        for _ in range(50):
            start = time.perf_counter()
            get(url + "/api/questions")
            floor.append(time.perf_counter() - start)
        latency = []
        for body in bodies:
            start = time.perf_counter()
            post(url + "/api/check", body)
            latency.append(time.perf_counter() - start)
        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda body: post(url + "/api/check", body), bodies))
        elapsed = time.perf_counter() - start
    latency.sort()
    print(f"unjudged request (floor): median {statistics.median(floor) * 1000:.1f} ms")
    print(f"one judgement over HTTP:  median {statistics.median(latency) * 1000:.1f} ms, "
          f"p90 {latency[int(0.9 * len(latency))] * 1000:.1f} ms, worst {latency[-1] * 1000:.0f} ms "
          f"({statistics.median(latency) / statistics.median(floor):.0f} x floor)")  # fmt: skip
    print(f"8 concurrent clients:     {len(bodies) / elapsed:.1f} judgements/s")


if __name__ == "__main__":
    main()
