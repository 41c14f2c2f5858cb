"""Insight for communication staff: which rules caseworkers apply and which they ignore.

The page and the plugins report events (``borgertekst/web/insight.js``: action, rule id,
category, severity, letter type, client, LIX and word buckets; never text) to
``POST /v1/insight/events``. The server adds its department label, queues them and a
background thread writes them in batches (``queue.py``) to SQLite in the user data directory
or to PostgreSQL (``BORGERTEKST_DATABASE_URL``), schema by Alembic (``migrations/``) at
start-up. Events older than the retention period (13 months) are rolled up per day. Staff read
the figures on ``/indsigt`` (``page.py``), as CSV, or with ``borgertekst rules stats``.
Settings: ``config.py``; ``BORGERTEKST_INSIGHT=off`` turns it all off.
"""
