"""The one boundary between Crampwise and its SQLite file.

Importing this package is cheap; SQLAlchemy is imported by ``crampwise.storage.store``.
"""

from crampwise.storage.schema import HEAD_REVISION, StoreError, schema_revision

__all__ = ["HEAD_REVISION", "StoreError", "schema_revision"]
