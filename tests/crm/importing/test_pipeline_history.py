"""A pipeline file's steps in an application's history: undo sees a later import's history lines, an
earlier step goes into the past, and a row without a readable date takes its place from its neighbours."""

from datetime import UTC

import pytest
from import_fixtures import plain_xlsx, two_roles_and_two_people
from sqlalchemy import text

from crm.domain.errors import Conflict
from crm.importing.pipeline import import_pipeline
from crm.importing.undo import undo_import


def _log(path, *rows):
    return plain_xlsx(path, ["Email", "Vacante", "Estado", "Fecha", "Comentario"], *rows)


def _tables(store):
    with store.engine.connect() as connection:
        return {table: connection.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()  # noqa: S608
                for table in ("application", "stage_change")}


def _history(store, what: str = "date(c.changed_at), c.note"):
    """Each stage history line as (from, to, then `what` of it), in time order."""
    with store.engine.connect() as connection:
        return [tuple(change) for change in connection.execute(text(
            f"SELECT f.name, t.name, {what} FROM stage_change c "  # noqa: S608 - the tests' own columns
            "LEFT JOIN stage f ON f.id = c.from_stage_id JOIN stage t ON t.id = c.to_stage_id "
            "ORDER BY c.changed_at, c.id"))]


def _stage(store):
    with store.engine.connect() as connection:
        return connection.execute(text("SELECT s.name FROM application a JOIN stage s ON s.id = a.stage_id")).scalar()


def test_undo_of_an_import_is_refused_after_a_later_one_only_added_a_history_line(tmp_path, store):
    """The later import's second interview (same stage: a history line, no move) left the application's
    version alone: undoing the first import deleted the application and that line with it."""
    two_roles_and_two_people(tmp_path, store)
    first = import_pipeline(store, _log(tmp_path / "a.xlsx", ["ana@example.com", "VAC-7", "Contactado", "02/11/2026", None],
                                        ["ana@example.com", "VAC-7", "Entrevista cliente", "10/11/2026", None]))
    after_first = _tables(store)
    second = import_pipeline(store, _log(tmp_path / "b.xlsx", ["ana@example.com", "VAC-7", "Entrevista cliente",
                                                               "15/11/2026", "2a entrevista con CTO"]))
    assert second.updated == 1
    with pytest.raises(Conflict, match=r"import \d+ \(b\.xlsx\) changed 1 of its records since \(application \d+\); "
                                       r"undo that import first"):
        undo_import(store, first.batch_id)
    undo_import(store, second.batch_id)
    assert _tables(store) == after_first  # exactly as the first import left it
    undo_import(store, first.batch_id)  # now it may go
    assert _tables(store) == {"application": [], "stage_change": []}


def test_an_earlier_step_added_to_an_updated_tracker_goes_into_the_history_in_the_past(tmp_path, store):
    """The tracker gained a row older than the stage the application is in: it was dropped with a warning
    ("not applied"), its day and comment stored nowhere, though the same file imported whole records it."""
    two_roles_and_two_people(tmp_path, store)
    import_pipeline(store, _log(tmp_path / "v2.xlsx", ["ana@example.com", "VAC-7", "Entrevista telefónica",
                                                       "26/11/2026", "filtro ok"]))
    v3 = _log(tmp_path / "v3.xlsx", ["ana@example.com", "VAC-7", "Contactado", "20/11/2026", "primer contacto (añadido después)"],
              ["ana@example.com", "VAC-7", "Entrevista telefónica", "26/11/2026", "filtro ok"])
    report = import_pipeline(store, v3)
    assert (report.updated, report.skipped) == (1, 1)
    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings] == [
        (2, "Fecha", "20/11/2026", "older than the application's current stage: added to its history, the stage is "
                                   "not changed")]
    expected = [(None, "Contacted", "2026-11-20", "primer contacto (añadido después)"),
                ("Contacted", "Screening", "2026-11-26", "filtro ok")]  # (one process: from the step before it)
    assert _history(store) == expected and _stage(store) == "Screening"
    again = import_pipeline(store, v3)  # nothing new the second time
    assert (again.updated, again.skipped) == (0, 2) and _history(store) == expected


def test_a_row_without_a_readable_date_is_placed_among_its_applications_rows_not_last(tmp_path, store, monkeypatch):
    """A blank or unreadable date was taken as now: the row sorted last and moved the hired person back to
    Contacted (with no warning for a blank), and each import on a later day added another line."""
    from datetime import timedelta

    import crm.importing.pipeline as pipeline

    two_roles_and_two_people(tmp_path, store)
    path = _log(tmp_path / "log.xlsx",
                ["ana@example.com", "VAC-7", "Contactado", None, "primer contacto, sin fecha"],
                ["ana@example.com", "VAC-7", "Entrevista cliente", "10/11/2026", "bien"],
                ["ana@example.com", "VAC-7", "Contratado", "20/11/2026", "empieza en enero"],
                ["luis@example.com", "VAC-7", "Entrevista telefónica", "10/11/2026", None],
                ["luis@example.com", "VAC-7", "Contratado", "28/11/2026", None],
                ["luis@example.com", "VAC-7", "Enviado a cliente", "11/20/2026", None],
                ["luis@example.com", "VAC-8", "Contactado", None, None])
    report = import_pipeline(store, path)
    near = "dated as row {}, the nearest dated row of the same application"
    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings] == [
        (2, "Fecha", None, "no date; " + near.format(3)),
        (7, "Fecha", "11/20/2026", "not a valid date as day/month/year; the file may write month/day/year: choose "
                                   "that order for its dates; " + near.format(6)),
        (8, "Fecha", None, "no date, nor any other row of the same application with one; today's date used")]
    with store.engine.connect() as connection:
        stages = connection.execute(text(
            "SELECT c.email, r.reference, s.name FROM application a JOIN candidate c ON c.id = a.candidate_id "
            "JOIN role r ON r.id = a.role_id JOIN stage s ON s.id = a.stage_id ORDER BY 1, 2")).all()
    assert [tuple(row) for row in stages] == [("ana@example.com", "VAC-7", "Placed"), ("luis@example.com", "VAC-7", "Placed"),
                                              ("luis@example.com", "VAC-8", "Contacted")]
    history = _history(store)
    assert history[:3] == [(None, "Contacted", "2026-11-10", "primer contacto, sin fecha"),
                           ("Contacted", "Client interview", "2026-11-10", "bien"), (None, "Screening", "2026-11-10", None)]
    before = _tables(store)

    later = pipeline.utcnow() + timedelta(days=2)  # the same file on a later day: nothing new
    monkeypatch.setattr(pipeline, "utcnow", lambda: later)
    again = import_pipeline(store, path)
    assert (again.created, again.updated) == (0, 0)
    assert _tables(store) == before


def test_a_tracker_without_dates_does_not_move_a_process_back(tmp_path, store):
    """A snapshot tracker (no date column) older than the database said "Contactado" for an application at Offer:
    dated today, it moved the offer back to Contacted."""
    two_roles_and_two_people(tmp_path, store)
    import_pipeline(store, _log(tmp_path / "log.xlsx", ["ana@example.com", "VAC-7", "Contactado", "02/11/2026", None],
                                ["ana@example.com", "VAC-7", "Oferta", "20/11/2026", None]))
    snapshot = plain_xlsx(tmp_path / "estado.xlsx", ["Email", "Vacante", "Estado"],
                          ["ana@example.com", "VAC-7", "Entrevista cliente"])  # a stage its history has not
    report = import_pipeline(store, snapshot)
    assert _stage(store) == "Offer" and report.updated == 0
    assert [(w.row, w.reason) for w in report.warnings] == [
        (2, "no date, and the application is further on already (Offer): not moved back")]
    forward = plain_xlsx(tmp_path / "estado2.xlsx", ["Email", "Vacante", "Estado"], ["ana@example.com", "VAC-7", "Contratado"])
    assert import_pipeline(store, forward).updated == 1 and _stage(store) == "Placed"  # forward, on today's date


def test_a_comment_written_on_a_week_later_is_kept_and_undone(tmp_path, store):
    """The same row a week later, its comment written on ("... 25/09: interesado, pide 60k"): skipped as
    nothing new, the new words lost."""
    two_roles_and_two_people(tmp_path, store)
    week1 = _log(tmp_path / "s1.xlsx", ["ana@example.com", "VAC-7", "Contactado", "18/09/2026", "No contesta todavía"])
    import_pipeline(store, week1)
    before = _tables(store)
    week2 = _log(tmp_path / "s2.xlsx", ["ana@example.com", "VAC-7", "Contactado", "18/09/2026",
                                        "No contesta todavía. 25/09: interesado, pide 60k"])
    report = import_pipeline(store, week2)
    assert (report.created, report.updated, report.skipped) == (0, 1, 0)
    assert _history(store) == [(None, "Contacted", "2026-09-18", "No contesta todavía. 25/09: interesado, pide 60k")]
    again = import_pipeline(store, week2)  # the same words again: nothing
    assert (again.updated, again.skipped) == (0, 1)
    assert import_pipeline(store, week1).skipped == 1  # fewer words than the history has: nothing either
    undo_import(store, report.batch_id)
    assert _tables(store) == before


def test_a_date_that_cannot_be_read_is_kept_with_the_step_as_written(tmp_path, store):
    """"la semana pasada" took another day (said in a warning) and was kept nowhere."""
    from crm.importing.inspect import inspect, preview

    two_roles_and_two_people(tmp_path, store)
    path = _log(tmp_path / "log.xlsx", ["ana@example.com", "VAC-7", "Entrevista", "la semana pasada", "fecha no clara"])
    inspection = inspect(store, path, kind="pipeline")
    _fields, rows = preview(inspection, inspection.targets)
    report = import_pipeline(store, path)
    assert report.created == 1 and [w.column for w in report.warnings if w.row == 2] == ["Fecha"]
    assert [note for *_stages, note in _history(store)] == ["fecha no clara\nFecha: la semana pasada"]
    assert rows[0]["comment"] == "fecha no clara\nFecha: la semana pasada"  # the preview shows it so


def test_two_rows_of_a_log_for_one_step_keep_both_comments_and_import_once(tmp_path, store):
    """The second row of a log for the same stage and day lost its comment; imported again, it was added then
    (the same file twice changed the database)."""
    two_roles_and_two_people(tmp_path, store)
    path = _log(tmp_path / "log.xlsx", ["ana@example.com", "VAC-7", "Contactado", "18/09/2026", "llamada"],
                ["ana@example.com", "VAC-7", "Contactado", "18/09/2026", "email enviado"])
    assert import_pipeline(store, path).created == 1
    assert _history(store) == [(None, "Contacted", "2026-09-18", "llamada\nemail enviado")]
    again = import_pipeline(store, path)
    assert (again.created, again.updated, again.skipped) == (0, 0, 2)


def test_a_stage_cells_remark_an_earlier_version_left_out_joins_its_line(tmp_path, store):
    """A tracker imported before remarks were kept, imported again: a second line repeated each such step."""
    two_roles_and_two_people(tmp_path, store)
    import_pipeline(store, _log(tmp_path / "a.xlsx", ["ana@example.com", "VAC-7", "Entrevista", "23/09/2026",
                                                      "Muy buena impresión"]))
    report = import_pipeline(store, _log(tmp_path / "b.xlsx", ["ana@example.com", "VAC-7", "Entrevista (con el CTO)",
                                                               "23/09/2026", "Muy buena impresión"]))
    assert report.updated == 1
    assert _history(store) == [(None, "Client interview", "2026-09-23", "Entrevista (con el CTO)\nMuy buena impresión")]


def test_every_row_of_a_log_is_counted_once(tmp_path, store):
    """A log's later rows for an application an earlier row created or moved counted nowhere: an 8-row log
    said "3 created" and nothing of the other five."""
    two_roles_and_two_people(tmp_path, store)
    import_pipeline(store, _log(tmp_path / "before.xlsx", ["luis@example.com", "VAC-7", "Contactado", "01/09/2026", ""]))
    path = _log(tmp_path / "log.xlsx",
                ["ana@example.com", "VAC-7", "Contactado", "10/09/2026", ""],
                ["ana@example.com", "VAC-7", "Entrevista", "17/09/2026", ""],
                ["ana@example.com", "VAC-7", "Oferta", "24/09/2026", ""],
                ["ana@example.com", "VAC-8", "Contactado", "11/09/2026", ""],
                ["luis@example.com", "VAC-7", "Entrevista", "12/09/2026", ""],  # moves the one imported before
                ["luis@example.com", "VAC-7", "Oferta", "20/09/2026", ""],
                ["luis@example.com", "VAC-7", "Contactado", "01/09/2026", ""],  # what the database has already
                ["ana@example.com", "VAC-8", "Entrevista", "18/09/2026", ""])
    report = import_pipeline(store, path)
    assert (report.created, report.updated, report.merged, report.skipped, report.rejected) == (2, 1, 4, 1, [])
    again = import_pipeline(store, path)
    assert (again.created, again.updated, again.merged, again.skipped) == (0, 0, 0, 8)


def _history_at(store):
    return _history(store, "c.changed_at")


@pytest.mark.parametrize("newest_first", [False, True])
def test_a_move_back_on_the_same_day_keeps_the_order_the_log_gives(tmp_path, store, newest_first):
    """An interview cancelled the day it was booked, back to submitted: the day's steps were put in the
    order of the stages, so the person stayed in the interview, with a step from Submitted to Submitted."""
    two_roles_and_two_people(tmp_path, store)
    rows = [["ana@example.com", "VAC-7", "Contactado", "20/02/2026", None],
            ["ana@example.com", "VAC-7", "Enviado a cliente", "02/03/2026", None],
            ["luis@example.com", "VAC-7", "Contactado", "03/03/2026", None],
            ["ana@example.com", "VAC-7", "Entrevista cliente", "10/03/2026", "Entrevista agendada"],
            ["ana@example.com", "VAC-7", "Enviado a cliente", "10/03/2026", "El cliente cancela: vuelve a enviado"],
            ["luis@example.com", "VAC-7", "Enviado a cliente", "12/03/2026", None]]
    report = import_pipeline(store, _log(tmp_path / "log.xlsx", *(reversed(rows) if newest_first else rows)))
    # (said, to check: a step typed later than it happened would be moved back so too)
    assert [(w.row, w.reason) for w in report.warnings] == [
        (3 if newest_first else 6, "moved back from Client interview, reached the same day, as the file lists the "
                                   "day's rows: check their order")]

    with store.engine.connect() as connection:
        ana_stage = connection.execute(text(
            "SELECT s.name FROM application a JOIN stage s ON s.id = a.stage_id JOIN candidate c ON c.id = a.candidate_id "
            "WHERE c.email = 'ana@example.com'")).scalar()
    assert ana_stage == "Submitted to client"
    ana = [(f, t, day, note) for f, t, day, note in _history(store) if day != "2026-03-03" and day != "2026-03-12"]
    assert ana == [(None, "Contacted", "2026-02-20", None),
                   ("Contacted", "Submitted to client", "2026-03-02", None),
                   ("Submitted to client", "Client interview", "2026-03-10", "Entrevista agendada"),
                   ("Client interview", "Submitted to client", "2026-03-10", "El cliente cancela: vuelve a enviado")]


def test_the_time_a_date_cell_gives_is_kept_and_orders_the_days_steps(tmp_path, store):
    """Date cells with their times (09:00 booked, 17:30 cancelled) were stored at noon, the times lost, and
    ordered by the stages: the later step went first."""
    from datetime import datetime

    two_roles_and_two_people(tmp_path, store)
    # Listed in no clear order, so only the times can tell
    path = _log(tmp_path / "log.xlsx",
                ["ana@example.com", "VAC-7", "Enviado a cliente", datetime(2026, 3, 10, 17, 30), "cancelada"],
                ["ana@example.com", "VAC-7", "Entrevista cliente", datetime(2026, 3, 10, 9, 0), "agendada"],
                ["ana@example.com", "VAC-7", "Contactado", "02/03/2026 8:15", None])
    assert not import_pipeline(store, path).warnings  # (the times say the order)
    local = [datetime(2026, 3, 2, 8, 15), datetime(2026, 3, 10, 9, 0), datetime(2026, 3, 10, 17, 30)]
    assert [(f, t) for f, t, _at in _history_at(store)] == [
        (None, "Contacted"), ("Contacted", "Client interview"), ("Client interview", "Submitted to client")]
    stored = [datetime.fromisoformat(str(at)) for _f, _t, at in _history_at(store)]
    assert stored == [moment.astimezone().astimezone(UTC).replace(tzinfo=None) for moment in local]
    assert _stage(store) == "Submitted to client"


def test_an_older_log_imported_after_a_newer_one_reads_as_one_process(tmp_path, store):
    """Autumn's log imported first, then spring's: the line that had been the first kept "added" as where it
    came from, so the history showed the application added twice."""
    two_roles_and_two_people(tmp_path, store)
    import_pipeline(store, _log(tmp_path / "autumn.xlsx",
                                ["ana@example.com", "VAC-7", "Contactado", "02/04/2026", None],
                                ["ana@example.com", "VAC-7", "Entrevista cliente", "10/04/2026", None]))
    after_autumn = _tables(store)
    spring = import_pipeline(store, _log(tmp_path / "spring.xlsx",
                                         ["ana@example.com", "VAC-7", "Sourced", "16/03/2026", "de LinkedIn"]))
    assert spring.updated == 1
    assert [(f, t, day) for f, t, day, _note in _history(store)] == [
        (None, "Sourced", "2026-03-16"), ("Sourced", "Contacted", "2026-04-02"),
        ("Contacted", "Client interview", "2026-04-10")]
    assert _stage(store) == "Client interview"

    undo_import(store, spring.batch_id)
    assert _tables(store) == after_autumn  # the line's "from" put back too


def test_an_unreadable_date_with_no_dated_row_of_its_application_takes_the_files_nearest(tmp_path, store):
    """31/02/2026 in a January-June log, the only line of its application: it became a movement of the day of
    the import (December), "0 days in stage"."""
    two_roles_and_two_people(tmp_path, store)
    report = import_pipeline(store, _log(tmp_path / "log.xlsx",
                                         ["luis@example.com", "VAC-7", "Contactado", "25/02/2026", None],
                                         ["ana@example.com", "VAC-8", "Contactado", "31/02/2026", "fecha imposible"],
                                         ["luis@example.com", "VAC-7", "Entrevista cliente", "03/03/2026", None]))
    assert [(w.row, w.value, w.reason) for w in report.warnings] == [
        (3, "31/02/2026", "not a valid date; dated as row 2, the nearest dated row of the file")]
    assert ("Contacted", "2026-02-25") in [(t, day) for _f, t, day, note in _history(store) if note and "fecha" in note]


def test_an_unreadable_date_on_a_stage_the_application_had_says_what_was_done(tmp_path, store):
    """A correction file's one line for a known application, its date unreadable: "today's date used", though
    the line's comment went onto the stage's line of 02/05 and nothing was dated today."""
    two_roles_and_two_people(tmp_path, store)
    import_pipeline(store, _log(tmp_path / "a.xlsx", ["ana@example.com", "VAC-7", "Contactado", "02/05/2026", None]))
    report = import_pipeline(store, _log(tmp_path / "b.xlsx",
                                         ["ana@example.com", "VAC-7", "Contactado", "31/02/2026", "llamada"]))
    assert [(w.row, w.reason) for w in report.warnings] == [
        (2, "not a valid date; the application has had this stage already: the row's comment is added to it")]
    assert [(t, day) for _f, t, day, _note in _history(store)] == [("Contacted", "2026-05-02")]
    again = import_pipeline(store, _log(tmp_path / "c.xlsx",
                                        ["ana@example.com", "VAC-7", "Contactado", "31/02/2026", "llamada"]))
    assert [(w.row, w.reason) for w in again.warnings if w.row] == [
        (2, "not a valid date; the application has had this stage already: nothing changed")]
