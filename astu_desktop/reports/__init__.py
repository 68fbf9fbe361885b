"""Printable documents: form PDFs, the case summary and the statistics report.

Pure layout with ReportLab, no Qt and no database: every function here takes a frozen
readout that a service returned (read in `printing/printouts.py`) and returns PDF bytes;
`services` never imports this package. The output is deterministic (ReportLab's
invariant mode, no timestamps), so a rendered page can be compared with an approved image.
"""
