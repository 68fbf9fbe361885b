"""Printing: read what a paper shows through `services`, lay it out with `reports`.

The two packages below do not know of this one, and `services` does not know of
`reports`: a service returns plain readouts (a case summary, a year's statistics,
the work kept for a client), a report turns one into PDF bytes, and only here are
both put together in one unit of work, with the printing written to the access log.
"""
