"""Alembic environment: runs on the connection ``borgertekst.insight.db.migrate`` hands over
(``config.attributes["connection"]``), or on ``sqlalchemy.url`` from the Alembic config."""

from alembic import context
from sqlalchemy import create_engine

from borgertekst.insight.models import metadata

config = context.config


def run(connection) -> None:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as conn:
        run(conn)
    engine.dispose()
