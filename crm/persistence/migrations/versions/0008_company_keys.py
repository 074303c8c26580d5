"""Clients' keys computed again: a legal form written letter by letter ("S. A.", "S L U") or as SLNE no
longer keeps a client apart

Revision ID: 0008_company_keys
Revises: 0007_skill_aliases
Create Date: 2026-12-07 02:00:00

Up to 0007 "Banco Meridiano S. A." had the key "banco meridiano s a", so an import of "Banco Meridiano,
S.A." (key "banco meridiano") added the client again. crm/domain/normalize.company_key now joins such
letters into their legal form; this gives every stored client the key it computes now. A client whose
new key another client already has keeps its old one (both stay, as before: merging clients is the
user's call). The function is copied here as it is today: a migration must do the same whenever it runs.
"""

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0008_company_keys"
down_revision = "0007_skill_aliases"
branch_labels = None
depends_on = None

_FORMS = {
    "sl", "sa", "slu", "sau", "sll", "slp", "sc", "scoop", "cb", "sociedad", "limitada", "anonima",
    "ltd", "llc", "inc", "gmbh", "bv", "plc", "corp", "co", "spa", "srl", "sas", "slne", "sccl",
}

company = sa.table("company", sa.column("id", sa.Integer), sa.column("name", sa.String),
                   sa.column("name_key", sa.String))


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def company_key(name: str) -> str:
    folded = re.sub(r"(?<=\b\w)\.(?=\w\b)", "", _fold(name)).replace(".", "")
    words = re.findall(r"\w+", folded)
    letters = 0
    while letters < len(words) - 1 and len(words[-1 - letters]) == 1:
        letters += 1
    if letters >= 2 and "".join(words[-letters:]) in _FORMS:
        words[-letters:] = ["".join(words[-letters:])]
    while len(words) > 1 and words[-1] in _FORMS:
        words.pop()
    return " ".join(words)


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.select(company.c.id, company.c.name, company.c.name_key).order_by(company.c.id)).all()
    taken = {key for _id, _name, key in rows}
    for company_id, name, key in rows:
        new = company_key(name or "")
        if new and new != key and new not in taken:
            connection.execute(company.update().where(company.c.id == company_id).values(name_key=new))
            taken.discard(key)
            taken.add(new)


def downgrade() -> None:
    pass  # the old keys kept clients apart that are one: nothing to restore
