"""Helsinki's calendar inside a query: SQLite stores UTC and knows no time zones.

Figures "per day", "per week" or "per month" count a visit on the Helsinki day it was
made; grouping by the UTC text would count a visit at 00:30 on the day before. The
shift is exact for the instants of the span given (the query's own range).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, SQLColumnExpression, case, func

from astu_protocol.service_day import offset_periods


def helsinki_clock(
    column: SQLColumnExpression[datetime], start: datetime, end: datetime
) -> ColumnElement[str]:
    """The stored instant as Helsinki's wall clock ('YYYY-MM-DD HH:MM:SS'), for [start, end)."""
    periods = offset_periods(start, end)
    shifts = [_modifier(offset.total_seconds()) for _, offset in periods]
    if len(periods) == 1:
        return func.datetime(column, shifts[0])
    changes = [(column < periods[index + 1][0], shift) for index, shift in enumerate(shifts[:-1])]
    return func.datetime(column, case(*changes, else_=shifts[-1]))


def helsinki_date(
    column: SQLColumnExpression[datetime], start: datetime, end: datetime
) -> ColumnElement[str]:
    """The stored instant's Helsinki day as 'YYYY-MM-DD'."""
    return func.date(helsinki_clock(column, start, end))


def helsinki_month(
    column: SQLColumnExpression[datetime], start: datetime, end: datetime
) -> ColumnElement[str]:
    """The stored instant's Helsinki month as 'MM'."""
    return func.strftime("%m", helsinki_clock(column, start, end))


def _modifier(seconds: float) -> str:
    return f"{int(seconds):+d} seconds"
