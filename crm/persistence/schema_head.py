"""The newest schema revision this app writes (a test keeps it equal to the newest migration).

A module of its own, with no imports, so the start-up can compare a database's revision with it
before SQLAlchemy or Alembic load.
"""

SCHEMA_HEAD = "0011_candidate_sort_keys"
