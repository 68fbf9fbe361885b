"""Charts drawn with ReportLab's own graphics, in the document's font and the City's blue."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from astu_desktop.reports.fonts import BOLD, REGULAR
from astu_desktop.reports.pages import CITY_BLUE

SERIES_COLOURS = (
    CITY_BLUE,
    colors.HexColor("#009246"),
    colors.HexColor("#BD2719"),
    colors.HexColor("#FFC61E"),
    colors.HexColor("#9FC9EB"),
    colors.HexColor("#D0E6F7"),
    colors.HexColor("#333333"),
    colors.HexColor("#F5A3C7"),
    colors.HexColor("#8A5200"),
    colors.HexColor("#00D7A7"),
)


def horizontal_bars(
    labels: Sequence[str], values: Sequence[int], width: float, bar_height: float = 14
) -> Drawing:
    """One bar per category, the value written at its end: long labels stay readable."""
    label_width = width * 0.42
    height = bar_height * len(labels) + 24
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = round(label_width), 14
    chart.width, chart.height = round(width - label_width - 30), round(height - 20)
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    _value_axis(chart, max(values, default=0))
    chart.valueAxis.labelTextFormat = _whole
    chart.bars[0].fillColor = CITY_BLUE
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def vertical_bars(
    labels: Sequence[str], values: Sequence[float], width: float, height: float = 130
) -> Drawing:
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 20
    chart.width, chart.height = round(width - 50), round(height - 30)
    chart.data = [list(values)]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    _value_axis(chart, max(values, default=0))
    chart.valueAxis.labelTextFormat = _whole
    chart.bars[0].fillColor = CITY_BLUE
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = _whole
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def trend_lines(
    series: Sequence[tuple[str, Sequence[tuple[date, int]]]],
    width: float,
    height: float = 170,
) -> Drawing:
    """Scores 1-5 over time, one line per area, with a legend of area names below."""
    legend_rows = (len(series) + 2) // 3
    drawing = Drawing(width, height + legend_rows * 11)
    top = legend_rows * 11
    plot = LinePlot()
    plot.x, plot.y = 30, top + 22
    plot.width, plot.height = round(width - 40), round(height - 32)
    drawn = [(name, points) for name, points in series if points]
    plot.data = [[(day.toordinal(), score) for day, score in points] for _name, points in drawn]
    first = min((p[0] for _n, pts in drawn for p in pts), default=date(2000, 1, 1)).toordinal()
    last = max((p[0] for _n, pts in drawn for p in pts), default=date(2000, 1, 2)).toordinal()
    plot.xValueAxis.valueMin = first - 10
    plot.xValueAxis.valueMax = max(last, first + 1) + 10
    plot.xValueAxis.labelTextFormat = _ordinal_day
    plot.xValueAxis.labels.fontName = REGULAR
    plot.xValueAxis.labels.fontSize = 7
    plot.xValueAxis.valueSteps = month_steps(date.fromordinal(first), date.fromordinal(last))
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0.5, 5.5
    plot.yValueAxis.valueSteps = [1, 2, 3, 4, 5]
    plot.yValueAxis.labels.fontName = REGULAR
    plot.yValueAxis.labels.fontSize = 7
    for index in range(len(drawn)):
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        plot.lines[index].strokeColor = colour
        plot.lines[index].strokeWidth = 1.2
        plot.lines[index].symbol = makeMarker("FilledCircle", size=3, fillColor=colour)  # type: ignore[no-untyped-call]
    drawing.add(plot)
    column = (width - 20) / 3
    for index, (name, _points) in enumerate(drawn):
        x = 20 + (index % 3) * column
        y = top - 4 - (index // 3) * 11
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        drawing.add(String(x, y, "●", fontName=BOLD, fontSize=8, fillColor=colour))
        drawing.add(String(x + 9, y, name, fontName=REGULAR, fontSize=7))
    return drawing


def month_steps(first: date, last: date, most: int = 8) -> list[int]:
    """Axis ticks on the first days of months, every n-th month so at most `most` show."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    every = max(1, -(-months // most))
    ticks = []
    for index in range(0, months + 1, every):
        year, month = divmod(first.year * 12 + first.month - 1 + index, 12)
        ticks.append(date(year, month + 1, 1).toordinal())
    return ticks


def _value_axis(chart: HorizontalBarChart | VerticalBarChart, highest: float) -> None:
    """Whole-number ticks (a count of 2 never gets ticks at 0.5 and 1.5), about five."""
    step = _nice_step(max(highest, 1) / 5)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * (int(highest // step) + 1)
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7


def _nice_step(rough: float) -> float:
    magnitude = 1.0
    while magnitude * 10 <= rough:
        magnitude *= 10
    for factor in (1, 2, 5, 10):
        if magnitude * factor >= rough:
            return max(magnitude * factor, 1)
    return magnitude * 10


def _whole(value: float) -> str:
    return f"{value:.0f}"


def _ordinal_day(value: float) -> str:
    day = date.fromordinal(int(value))
    return f"{day.month}/{day.year}"
