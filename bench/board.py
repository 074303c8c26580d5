"""Open a role's board with 50 and with 5,000 applications, offscreen, and time until it is painted;
then move one card (commit included) on each board.

    python bench/board.py

Wanted: the 5,000 board opens in at most 3x the time of the 50 board, and a move costs the same on
both (a move updates two columns in place; it never reloads the board). Last line: one JSON object.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from datetime import UTC, datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import finish, fresh_db_path, peak_rss_mb, realistic_candidates  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from crm.domain import Application, Company, Role, Stage, StageChange  # noqa: E402
from crm.persistence.store import open_store  # noqa: E402
from crm.services import Services  # noqa: E402
from crm.services.candidates import CandidateService  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.pipeline.board_view import BoardWidget  # noqa: E402

SIZES = (50, 5000)
REPEATS = 5


def build(store, sizes) -> dict[int, int]:
    """One role per size, each with that many applications spread over the open stages."""
    people = realistic_candidates(max(sizes))
    ids = CandidateService(store).bulk_insert([p.row for p in people], [p.skills for p in people])
    rng = random.Random(7)
    now = datetime.now(UTC)
    roles = {}
    with store.sessions.begin() as session:
        stages = [s.id for s in session.scalars(select(Stage).where(Stage.kind == "open").order_by(Stage.position))]
        company = Company(name="Bench S.L.", name_key="bench")
        session.add(company)
        session.flush()
        for size in sizes:
            role = Role(reference=f"BENCH-{size}", company_id=company.id, title=f"Backend ({size})",
                        salary_min=40000, salary_max=55000, openings=1, status="active")
            session.add(role)
            session.flush()
            roles[size] = role.id
            for candidate_id in ids[:size]:
                entered = now - timedelta(days=rng.randint(0, 40))
                stage = rng.choice(stages)
                application_id = session.scalar(insert(Application).returning(Application.id), {
                    "candidate_id": candidate_id, "role_id": role.id, "stage_id": stage,
                    "stage_entered_at": entered, "created_at": entered, "updated_at": entered, "version": 1,
                    "rating": rng.choice((None, 3, 4, 5))})
                session.execute(insert(StageChange), {"application_id": application_id, "from_stage_id": None,
                                                      "to_stage_id": stage, "changed_at": entered})
    return roles


def open_and_paint(app, context, role_id) -> tuple[float, BoardWidget]:
    start = time.perf_counter()
    board = BoardWidget(context)
    board.resize(1366, 768)
    board.load(role_id)
    board.show()
    board.grab()  # forces layout and a full paint of every visible card
    app.processEvents()
    return time.perf_counter() - start, board


def move_times(app, board) -> list[float]:
    times = []
    for _ in range(REPEATS * 2):
        source = max(board.columns[:5], key=lambda c: c.model.shown())
        target = board.columns[board.columns.index(source) + 1]
        card = source.model.card(0)
        start = time.perf_counter()
        assert board.move_card(card.application_id, target.stage.id)
        board.grab()  # the two columns repainted
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    app = QApplication.instance() or QApplication([])
    store = open_store(str(fresh_db_path("board")))
    roles = build(store, SIZES)
    context = AppContext.create(Services.for_store(store))
    open_and_paint(app, context, roles[SIZES[0]])[1].close()  # warm-up: fonts, styles, first queries
    results: dict[str, float] = {}
    for size in SIZES:
        opens, board = [], None
        for _ in range(REPEATS):
            seconds, board = open_and_paint(app, context, roles[size])
            opens.append(seconds)
            if len(opens) < REPEATS:
                board.close()
                board.deleteLater()
        moves = move_times(app, board)
        board.close()
        results[f"open_{size}_ms"] = round(statistics.median(opens) * 1000, 1)
        results[f"move_{size}_ms"] = round(statistics.median(moves) * 1000, 1)
        print(f"{size:>5} applications: open+paint {results[f'open_{size}_ms']} ms (median of {REPEATS}), "
              f"move {results[f'move_{size}_ms']} ms (median of {len(moves)})")
    small, big = SIZES
    results["open_ratio"] = round(results[f"open_{big}_ms"] / results[f"open_{small}_ms"], 2)
    results["move_ratio"] = round(results[f"move_{big}_ms"] / results[f"move_{small}_ms"], 2)
    results["peak_rss_mb"] = peak_rss_mb()
    print(f"open ratio {results['open_ratio']} (want <= 3), move ratio {results['move_ratio']} (want ~1)")
    store.close()
    finish(results)


if __name__ == "__main__":
    main()
