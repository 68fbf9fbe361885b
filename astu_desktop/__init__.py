"""ASTU Desktop: offline-first case management for Housing Support field workers."""

__version__ = "0.1.0"
