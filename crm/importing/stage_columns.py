"""Which configured stage a pipeline file names: by a word in a stage column ("Entrevista cliente"), or by
the header of a column per stage ("Fecha entrevista"), whose cells hold the day it was reached."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NamedTuple, Protocol, TypeVar

from crm.domain import normalize as norm
from crm.domain.enums import StageKind
from crm.importing import dates
from crm.importing import values as parse
from crm.importing.mapping import stage_words_of
from crm.importing.stage_words import read_stage, says_more
from crm.importing.step_dates import step_moment


class StageLike(Protocol):
    name: str
    kind: str


S = TypeVar("S", bound=StageLike)


class StageMatch(NamedTuple):
    """The configured stage a cell names; the stage words read (folded); for a rejection, who ended the
    process ("client", "candidate"); `note`: what the cell says beyond the stage, as written (a rejection's
    reason, or the whole cell)."""

    stage: Any
    folded: str
    by: str | None = None
    note: str | None = None


def match_stage(raw: str, stages: Sequence[S]) -> StageMatch:
    """The configured stage a word of the file names ("Entrevista cliente" -> Client interview: its name,
    or stage_words.read_stage); Unparsed naming the stages when none, or saying why the words are unclear.
    `stages` in their order (Stage rows, or StageName for a preview)."""
    folded = " ".join(norm.fold(raw).replace("-", " ").split())
    for stage in stages:  # its own name, a hyphen written or not ("Pre-screening", a stage of the user's)
        if " ".join(norm.fold(stage.name).replace("-", " ").split()) == folded:
            return StageMatch(stage, folded)
    if folded in _PAUSES or folded.startswith(_PAUSE_STARTS):  # before typos: a pause is no misspelt stage
        raise parse.Unparsed(A_PAUSE)
    found = read_stage(raw)
    if found is not None and found.default is None:
        raise parse.Unparsed(UNCLEAR_STAGE.format(words=found.phrase))
    if found is not None:
        # What the cell says beyond its stage words ("Entrevista técnica (con el CTO)", "Oferta enviada 50k")
        # is kept with the step, as written: its rejection's reason, or else the whole cell.
        note = found.note or (raw.strip() if says_more(raw, found.phrase) else None)
        for stage in stages:
            if norm.fold(stage.name) == norm.fold(found.default):
                return StageMatch(stage, found.phrase, found.by, note)
        kind = {"Placed": StageKind.PLACED, "Rejected": StageKind.REJECTED}.get(found.default)
        for stage in stages:
            if kind and stage.kind == kind.value:
                return StageMatch(stage, found.phrase, found.by, note)
    raise parse.Unparsed("not a known stage (" + ", ".join(s.name for s in stages) + ")")


# Stage words followed by words that may turn them round ("Oferta del cliente rechazada"): refused rather
# than stored as the wrong stage.
UNCLEAR_STAGE = ("the words after '{words}' may change which stage it is; write the stage alone, and the rest in "
                 "the comment")


# Words for a process waiting, not a stage it is in ("En espera", "Pendiente feedback"): refused with a
# reason of their own, unless the user has a stage of that name.
A_PAUSE = ("a pause, not a stage: the file does not say which stage the process waits in (write that stage, or add "
           "a stage of this name)")
_PAUSES = frozenset({"stand by", "standby", "en espera", "on hold", "hold", "en pausa", "pausado", "pausada",
                     "pendiente", "pending", "waiting", "esperando", "parado", "parada", "congelado", "congelada"})
_PAUSE_STARTS = ("pendiente ", "pending ", "esperando ", "waiting ", "en espera ")


NOT_A_STAGE_DAY = "not a date, nor a mark that the stage was reached; not recorded"
_REACHED = frozenset({"si", "sí", "yes", "y", "x", "ok", "✓", "✔", "hecho", "done"})
_NOT_REACHED = frozenset({"no", "n", "pendiente", "pending"})
# An ATS's true/false column (Workable's "Sourced", "Disqualified"): a flag, not the day a stage was reached.
# "Disqualified: true" says the process ended (the row's application is rejected); "Sourced: true" how the
# person came in, no step (every application starts in the first stage); another stage's, a mark as "x" is.
_TRUE, _FALSE = frozenset({"true", "verdadero"}), frozenset({"false", "falso"})


class StageDay(NamedTuple):
    """A stage a row's stage column says was reached, on `day`: the cell's, or, when the cell only marks it
    (x, sí), the row's latest (None when no cell of the row has a day)."""

    stage: Any  # a Stage, or a preview's StageName
    folded: str
    day: date | None
    header: str
    text: str
    marked: bool = False  # the cell only marks the stage as reached: the day is not the file's for it
    by: str | None = None  # who ended the process, for a rejection (StageMatch)
    at: datetime | None = None  # the moment the cell gives, its time kept (step_dates.step_moment)
    ended: bool = False  # a true/false column of a rejection stage, true: the row's process ended, no day given


def stage_days(cells: Sequence[tuple[str, Any]], stages: Sequence[S], day_first: bool
               ) -> tuple[list[StageDay], list[tuple[str, str, str]]]:
    """The stages a row's per-stage columns (mapping.STAGE_DATES: (header, cell)) say were reached, in
    column order; and (header, cell, reason) for the cells that say nothing readable."""
    found, problems = [], []
    for header, cell in cells:
        text = parse.as_text(cell) or ""
        folded_cell = norm.fold(text).strip()
        if folded_cell in _NOT_REACHED or folded_cell in _FALSE or cell is False:
            continue
        try:
            stage, folded, by, _note = match_stage(stage_words_of(header), stages)
        except parse.Unparsed as exc:  # a stage word no configured stage answers to
            problems.append((header, text, str(exc)))
            continue
        if cell is True or folded_cell in _TRUE:
            if stage.kind == StageKind.REJECTED.value:
                found.append(StageDay(stage, folded, None, header, text, by=by, ended=True))
            elif stage.name != stages[0].name:  # (every application starts in the first: no step to add)
                found.append(StageDay(stage, folded, None, header, text, marked=True, by=by))
            continue
        if folded_cell in _REACHED:
            found.append(StageDay(stage, folded, None, header, text, marked=True, by=by))
            continue
        try:
            moment = step_moment(cell, day_first)
            found.append(StageDay(stage, folded, dates.a_date(cell, day_first), header, text, by=by, at=moment))
        except parse.Unparsed as exc:  # a day that fits the other order says so (a US file: month first)
            problems.append((header, text, NOT_A_STAGE_DAY if str(exc) == dates.NOT_A_DATE else f"{exc}; not recorded"))
    latest = max((reached.day for reached in found if reached.day), default=None)
    return [reached._replace(day=latest) if reached.marked else reached for reached in found], problems
