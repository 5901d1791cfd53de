"""Alembic migrations, run from code (no alembic.ini) by ``crampwise.storage.store``."""
