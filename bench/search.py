"""Search latency on N candidates: our SearchService vs the same FTS5 SQL run raw with sqlite3 (the
floor) vs a naive LIKE '%word%' scan over the same columns.

    python bench/search.py [N]      (default 100000)
"""

from __future__ import annotations

import re
import sqlite3
import statistics
import sys
import time

from common import finish, fresh_db_path, realistic_candidates, timer
from sqlalchemy.dialects import sqlite as sqlite_dialect

from crm.domain.search_query import parse
from crm.persistence.store import open_store
from crm.services.candidates import CandidateService
from crm.services.search import SearchService, _statement

QUERIES = [
    "python", "java spring", "python django madrid", "golang kubernetes", "node.js", "c#", "postgres",
    "skill:python city:madrid", "skill:java city:barcelona", "senior backend", '"backend developer"',
    "php laravel valencia", "ruby rails", "java OR kotlin", "python -django", "(java OR golang) madrid",
    "pyth*", "kube*", "garcía", "nunez", "lopez martinez", "martín", "aws terraform", "kafka microservices",
    "skill:kafka", "docker aws madrid", "typescript graphql", ".net azure", "sql server", "redis celery",
    "python salary<=50000", "java years>=8", "golang notice<=30", "skill:python salary<=45000 years>=3",
    "status:active python", "english>=C1 java", "indra", "glovo", "accenture java", "referral",
    "fastapi", "hibernate oracle", "django postgres aws", "senior python barcelona", "full stack",
    "sevilla php", "bilbao java", "málaga node", "elena", "counter-offer",
]


def like_sql(query: str) -> tuple[str, list[str]]:
    """The naive way: every word must appear somewhere, LIKE '%word%' over the same columns."""
    words = [w for w in re.findall(r"[\w.#+]+", query) if w not in ("OR", "AND", "NOT")]
    columns = ("c.first_name || ' ' || c.last_name", "c.email", "c.phone", "c.current_title", "c.current_company",
               "c.city", "c.summary", "c.notes", "(SELECT group_concat(s.name, ' ') FROM candidate_skill cs "
               "JOIN skill s ON s.id = cs.skill_id WHERE cs.candidate_id = c.id)")
    clauses, params = [], []
    for word in words:
        clauses.append("(" + " OR ".join(f"{col} LIKE ?" for col in columns) + ")")
        params.extend([f"%{word}%"] * len(columns))
    sql = "SELECT c.id FROM candidate c WHERE " + (" AND ".join(clauses) or "1")  # noqa: S608
    return sql, params


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    results: dict = {"benchmark": "search", "candidates": count, "queries": len(QUERIES)}
    path = fresh_db_path("search")
    store = open_store(str(path))
    with timer(results, "build_s"):
        people = realistic_candidates(count)
        service = CandidateService(store)
        for start in range(0, count, 20_000):
            batch = people[start:start + 20_000]
            service.bulk_insert([p.row for p in batch], [p.skills for p in batch])
    search = SearchService(store)
    raw = sqlite3.connect(path)
    dialect = sqlite_dialect.dialect()
    compiled = {q: str(_statement(parse(q), True).compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
                for q in QUERIES}
    ours, floor, naive, hits = [], [], [], []
    for round_ in range(3):  # first round warms the page cache; keep the best of the later rounds
        for index, query in enumerate(QUERIES):
            start = time.perf_counter()
            found = search.search(query).ids
            ours_s = time.perf_counter() - start
            start = time.perf_counter()
            floor_ids = [row[0] for row in raw.execute(compiled[query])]
            floor_s = time.perf_counter() - start
            assert floor_ids == found, query
            if round_ == 0:
                hits.append(len(found))
                continue
            if round_ == 1:
                ours.append(ours_s)
                floor.append(floor_s)
            else:
                ours[index] = min(ours[index], ours_s)
                floor[index] = min(floor[index], floor_s)
    for query in QUERIES:
        sql, params = like_sql(query)
        start = time.perf_counter()
        raw.execute(sql, params).fetchall()
        naive.append(time.perf_counter() - start)
    raw.close()
    store.close()
    slowest = sorted(zip(ours, QUERIES, hits, strict=True), reverse=True)[:5]
    print("slowest:", "; ".join(f"{q!r} {s * 1000:.1f} ms ({n} hits)" for s, q, n in slowest))
    ms = lambda seconds: round(seconds * 1000, 2)  # noqa: E731
    results.update(
        ours_p50_ms=ms(percentile(ours, 50)), ours_p95_ms=ms(percentile(ours, 95)),
        floor_p50_ms=ms(percentile(floor, 50)), floor_p95_ms=ms(percentile(floor, 95)),
        like_p50_ms=ms(percentile(naive, 50)), like_p95_ms=ms(percentile(naive, 95)),
        median_hits=statistics.median(hits),
    )
    results["p95_ratio_vs_floor"] = round(results["ours_p95_ms"] / results["floor_p95_ms"], 2)
    results["like_over_ours_p95"] = round(results["like_p95_ms"] / results["ours_p95_ms"], 1)
    results["like_over_ours_p50"] = round(results["like_p50_ms"] / results["ours_p50_ms"], 1)
    print(f"{count:,} candidates, {len(QUERIES)} queries, median {results['median_hits']} hits")
    print(f"ours : p50 {results['ours_p50_ms']} ms  p95 {results['ours_p95_ms']} ms")
    print(f"floor: p50 {results['floor_p50_ms']} ms  p95 {results['floor_p95_ms']} ms (same SQL, raw sqlite3)")
    print(f"LIKE : p50 {results['like_p50_ms']} ms  p95 {results['like_p95_ms']} ms")
    print(f"p95 ours/floor {results['p95_ratio_vs_floor']}x; LIKE is {results['like_over_ours_p95']}x slower at p95")
    finish(results)


if __name__ == "__main__":
    main()
