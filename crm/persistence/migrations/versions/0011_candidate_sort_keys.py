"""The candidate list sorts names, titles, companies and cities as a Spanish reader expects

Revision ID: 0011_candidate_sort_keys
Revises: 0010_github_profile_key
Create Date: 2026-12-07 09:30:00

Up to 0010 the list sorted by the text itself, code point by code point: "Álvarez", "Ávila", "Óscar" came
after "Zapata" (and "alonso" too, on SQLite), 2,027 accented surnames at the very end of 100,000 candidates.
Each sorted text column now has a stored sort key (crm/domain/sorting.py: accents and case ignored, ñ after
n), written with the text wherever it is written; the name keys are indexed as the names were, so the
default sort still reads the top of the list from an index. This adds the keys and fills them for every
stored candidate (~1 s per 100,000). The function is copied here as it is today: a migration must do the
same whenever it runs.
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0011_candidate_sort_keys"
down_revision = "0010_github_profile_key"
branch_labels = None
depends_on = None

KEYS = {"first_name": "first_name_sort", "last_name": "last_name_sort", "current_title": "current_title_sort",
        "current_company": "current_company_sort", "city": "city_sort"}
NOT_NULL = ("first_name_sort", "last_name_sort")
PAGE = 5000

_BASE_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŧ": "t",
                               "æ": "ae", "œ": "oe", "þ": "th"})


def sort_key(value):
    if value is None:
        return None
    if value.isascii():
        return value.lower()
    folded = unicodedata.normalize("NFC", value).casefold().replace("ñ", "n~")
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_BASE_LETTERS)


def _sort_text():
    return sa.String().with_variant(sa.String(collation="C"), "postgresql")


candidate = sa.table("candidate", sa.column("id", sa.Integer), *(sa.column(name, sa.String) for name in KEYS),
                     *(sa.column(key, sa.String) for key in KEYS.values()))


def upgrade() -> None:
    connection = op.get_bind()
    # (a database made from the models since has them: made, then brought back through older revisions)
    present = {column["name"] for column in sa.inspect(connection).get_columns("candidate")}
    # ALTER TABLE ... ADD COLUMN, not a batch table copy (that would lose the expression indexes of 0004 and
    # 0010, and copy 100,000 rows); the NOT NULL ones hold '' for the moment, filled below.
    for key in KEYS.values():
        if key not in present:
            op.add_column("candidate", sa.Column(key, _sort_text(), nullable=key not in NOT_NULL,
                                                 server_default="" if key in NOT_NULL else None))
    seen: dict = {}
    change = (candidate.update().where(candidate.c.id == sa.bindparam("_id"))
              .values({key: sa.bindparam(f"_{key}") for key in KEYS.values()}))
    last = 0
    while True:
        rows = connection.execute(sa.select(candidate.c.id, *(candidate.c[name] for name in KEYS))
                                  .where(candidate.c.id > last).order_by(candidate.c.id).limit(PAGE)).all()
        if not rows:
            break
        params = []
        for row in rows:
            values = {"_id": row[0]}
            for key, value in zip(KEYS.values(), row[1:], strict=True):
                if value not in seen:
                    seen[value] = sort_key(value)
                values[f"_{key}"] = seen[value] if value is not None or key not in NOT_NULL else ""
            params.append(values)
        connection.execute(change, params)
        last = rows[-1][0]
    op.create_index("ix_candidate_name_sort", "candidate", ["last_name_sort", "first_name_sort"], if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_candidate_name_sort", table_name="candidate", if_exists=True)
    # ALTER TABLE ... DROP COLUMN, not a batch table copy: that would lose the expression indexes (0004, 0010).
    for key in KEYS.values():
        op.drop_column("candidate", key)
