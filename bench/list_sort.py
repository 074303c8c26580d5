"""Sorting the candidate list by each column over N candidates: the id list the table asks for, through the
list service and through the start-up preview (crm.persistence.peek), plus whether the order is the one a
Spanish recruiter expects (accents and case ignored, as Excel sorts).

    python bench/list_sort.py [N] [--db PATH]      (default 100000)

With --db an existing file is reused (opening it runs any pending migration, which is timed); a missing
one is made there and kept, so the same database can be measured before and after a change.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import time
import unicodedata
from pathlib import Path

from common import finish, fresh_db_path, realistic_candidates, timer
from sqlalchemy import select

from crm.domain import Candidate
from crm.persistence.peek import open_peek
from crm.persistence.store import open_store
from crm.services.candidate_list import CandidateListService
from crm.services.candidates import CandidateService

TEXT_KEYS = {"name": ("last_name", "first_name"), "title": ("current_title",), "company": ("current_company",),
             "city": ("city",)}
KEYS = (*TEXT_KEYS, "email", "updated")


def expected_key(text: str | None) -> tuple | None:
    """The order a user expects, written independently of the app: letter by letter, accents and case ignored,
    ñ a letter of its own right after n."""
    if text is None:
        return None
    letters = []
    for ch in unicodedata.normalize("NFC", text).casefold():
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        letters.extend((ord(b), ch == "ñ") for b in base)
    return tuple(letters)


def best_of(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return round(min(times), 3)


def misplaced(ids: list[int], values: dict[int, tuple]) -> int:
    """How many neighbours in the listed order are the wrong way round by the expected key."""
    keys = [tuple(expected_key(v) for v in values[i]) for i in ids if None not in values[i]]
    return sum(1 for a, b in itertools.pairwise(keys) if a > b)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("count", nargs="?", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    options = parser.parse_args()
    results: dict = {"benchmark": "list_sort", "candidates": options.count}
    path = options.db or fresh_db_path("list_sort")
    existed = path.exists()
    with timer(results, "open_s"):  # a migration of an existing file included
        store = open_store(str(path))
    if not existed:
        people = realistic_candidates(options.count)
        with timer(results, "bulk_insert_s"):
            CandidateService(store).bulk_insert([p.row for p in people], [p.skills for p in people])
        store.checkpoint()
    listing = CandidateListService(store)
    results["candidates"] = listing.count()
    with store.engine.connect() as connection:
        columns = [Candidate.__table__.c[name] for names in TEXT_KEYS.values() for name in names]
        rows = {row[0]: row[1:] for row in connection.execute(select(Candidate.id, *columns))}
    at = {}
    for index, names in enumerate(TEXT_KEYS.values()):
        start = sum(len(n) for n in list(TEXT_KEYS.values())[:index])
        at[list(TEXT_KEYS)[index]] = slice(start, start + len(names))
    peek = open_peek(path)
    for key in KEYS:
        results[f"{key}_s"] = best_of(lambda key=key: listing.ids(key))
        results[f"{key}_desc_s"] = best_of(lambda key=key: listing.ids(key, descending=True))
        results[f"{key}_unarchived_s"] = best_of(lambda key=key: listing.ids(key, include_archived=False))
        results[f"{key}_top_s"] = best_of(lambda key=key: listing.ids(key, include_archived=False, limit=1000))
        if peek is not None:
            results[f"{key}_peek_s"] = best_of(lambda key=key: peek.ids(key))
        if key in TEXT_KEYS:
            ids = listing.ids(key)
            results[f"{key}_misplaced"] = misplaced(ids, {i: rows[i][at[key]] for i in ids})
    if peek is not None:
        peek.close()
        results["peek"] = "same schema"
    ids = listing.ids("name")
    surnames = [rows[i][0] for i in ids]
    first_accented = next((n for n, s in enumerate(surnames) if s[:1] and not s[:1].isascii()), None)
    results["first_accented_surname_at"] = first_accented
    if first_accented is not None:
        results["first_accented_surname"] = surnames[first_accented]
        results["surname_before_it"] = surnames[first_accented - 1] if first_accented else None
    store.close()
    print(f"{results['candidates']:,} candidates")
    for key in KEYS:
        line = (f"{key:8} full {results[f'{key}_s']:.3f} s, descending {results[f'{key}_desc_s']:.3f} s, "
                f"unarchived {results[f'{key}_unarchived_s']:.3f} s, top 1000 {results[f'{key}_top_s']:.3f} s")
        if f"{key}_peek_s" in results:
            line += f", preview {results[f'{key}_peek_s']:.3f} s"
        if key in TEXT_KEYS:
            line += f"; {results[f'{key}_misplaced']:,} neighbours out of order"
        print(line)
    print("median over keys (full list):", round(statistics.median(results[f"{k}_s"] for k in KEYS), 3), "s")
    finish(results)


if __name__ == "__main__":
    main()
