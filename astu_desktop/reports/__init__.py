"""Printable documents: form PDFs, the case summary and the statistics report.

Pure layout with ReportLab, no Qt and no database: every function here takes frozen
data gathered by `services/printouts.py` and `services/statistics.py` and returns
PDF bytes. The output is deterministic (ReportLab's invariant mode, no timestamps),
so a rendered page can be compared with an approved image.
"""
