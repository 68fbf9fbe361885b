"""Sync in the GUI: background scheduling, the status bar, conflicts, refusals, enrolment."""
