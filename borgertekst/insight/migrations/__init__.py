"""Alembic migrations of the insight database, shipped inside the package and applied at
start-up (``borgertekst.insight.db.migrate``). A new migration: ``alembic -c <ini> revision``
with ``script_location = borgertekst.insight:migrations`` or copy ``versions/0001_initial.py``."""
