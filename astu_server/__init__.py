"""ASTU central server: enrolment, scoped two-way sync, conflicts, remote wipe.

Shares only `astu_protocol.messages` (and the plain schema it re-exports) with the
desktop; the rest of the desktop package is never imported here.
"""
