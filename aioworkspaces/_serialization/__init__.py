"""Attrs types <-> AWS JSON 1.1 documents, and request validation (internal)."""
