"""Possible duplicates of an import: new people whose name is the same as or similar to (see namesakes)
that of a candidate before the import, or of an earlier row of the file, in the same city. They are
flagged for review, never merged."""

from __future__ import annotations

from sqlalchemy.orm import Session

from crm.importing.candidate_rows import CandidateRow
from crm.importing.dedupe import NamesakesInDb
from crm.importing.namesakes import Namesakes, NameShapes

# A row is flagged with this many of the database's namesakes at most, the last saying how many more
# ("David García" in Madrid may be dozens of people: a line each, for each such row, is no review).
MAX_KNOWN_NAMESAKES = 5


class SimilarNames:
    def __init__(self, session: Session, max_existing_id: int, flags: list[dict]):
        self.session = session
        self.max_existing_id = max_existing_id  # candidates above it are the import's own
        self.flags = flags  # the report's possible duplicates, appended to
        self.shapes = NameShapes()
        self.in_file = Namesakes(firsts_only=True)  # this file's rows so far, by row number
        self._in_db: NamesakesInDb | None = None  # the candidates before the import, loaded when first needed

    def flag(self, rows: list[CandidateRow]) -> None:
        """Flag each of these new people against the database and the file's earlier rows."""
        known = None
        if self.max_existing_id:
            if self._in_db is None:
                self._in_db = NamesakesInDb(self.session, self.max_existing_id, self.shapes)
            known = self._in_db.for_rows(rows)
        flags = self.flags
        shape_of = self.shapes.of
        for row in rows:
            shape = shape_of(row.values)
            if shape is None:
                continue
            if known is not None:
                found = known.matches(shape)
                found.sort(key=lambda match: not match[1])  # the same name first, then the earliest
                for candidate_id, same in found[:MAX_KNOWN_NAMESAKES]:
                    flags.append({"row": row.row, "name": row.display_name, "city": row.values.get("city"),
                                  "candidate_id": candidate_id,
                                  "reason": ("same name and city as an existing candidate" if same
                                             else "similar name in the same city as an existing candidate")})
                if len(found) > MAX_KNOWN_NAMESAKES:
                    flags[-1]["more"] = len(found) - MAX_KNOWN_NAMESAKES
            earlier = self.in_file.first_match_then_add(row.row, shape)
            if earlier is not None:
                flags.append({"row": row.row, "name": row.display_name, "city": row.values.get("city"),
                              "other_row": earlier[0], "reason": ("same name and city as another row" if earlier[1]
                                                                  else "similar name in the same city as another row")})
