"""Insert N candidates with skills through the service bulk path vs raw sqlite3.executemany (the floor).

    python bench/store.py [N]      (default 100000)

Both runs write the same rows into the same tables (schema made by our migrations) on a fresh file
with the same pragmas (WAL, synchronous FULL) and commit once.
"""

from __future__ import annotations

import sqlite3
import sys

from common import finish, fresh_db_path, realistic_candidates, timer

from crm.domain.skills import canonical
from crm.persistence.store import open_store
from crm.services.candidates import CandidateService


def run_ours(people, results) -> None:
    store = open_store(str(fresh_db_path("ours")))
    service = CandidateService(store)
    rows = [p.row for p in people]
    skills = [p.skills for p in people]
    with timer(results, "ours_s"):
        service.bulk_insert(rows, skills)
    assert service.count() == len(people)
    store.close()


def run_floor(people, results) -> None:
    path = fresh_db_path("floor")
    open_store(str(path)).close()  # same schema
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    columns = list(people[0].row) + ["version"]
    placeholders = ",".join("?" * len(columns))
    sql = f"INSERT INTO candidate ({','.join(columns)}) VALUES ({placeholders})"  # noqa: S608
    with timer(results, "floor_s"):
        connection.execute("BEGIN")
        connection.executemany(
            sql,
            ([(v.isoformat(sep=" ") if hasattr(v, "hour") else v) for v in p.row.values()] + [1] for p in people),
        )
        first_id = connection.execute("SELECT MIN(id) FROM candidate").fetchone()[0]
        skill_ids: dict[str, int] = {}
        for person in people:
            for name, _ in person.skills:
                key, display = canonical(name)
                if key not in skill_ids:
                    skill_ids[key] = connection.execute(
                        "INSERT INTO skill (key, name) VALUES (?, ?) RETURNING id", (key, display)).fetchone()[0]
        connection.executemany(
            "INSERT INTO candidate_skill (candidate_id, skill_id, years) VALUES (?, ?, ?)",
            ((first_id + index, skill_ids[canonical(name)[0]], years)
             for index, person in enumerate(people) for name, years in person.skills),
        )
        connection.execute("COMMIT")
    connection.close()


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    results: dict = {"benchmark": "store", "candidates": count}
    with timer(results, "generate_s"):
        people = realistic_candidates(count)
    results["skill_links"] = sum(len(p.skills) for p in people)
    run_floor(people, results)
    run_ours(people, results)
    results["ratio"] = round(results["ours_s"] / results["floor_s"], 2)
    print(f"{count:,} candidates, {results['skill_links']:,} skill links")
    print(f"floor (raw sqlite3.executemany): {results['floor_s']:.2f} s")
    print(f"ours  (CandidateService.bulk_insert): {results['ours_s']:.2f} s   ratio {results['ratio']}x")
    finish(results)


if __name__ == "__main__":
    main()
