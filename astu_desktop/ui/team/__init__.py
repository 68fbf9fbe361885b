"""The team lead's screens: the team overview, its lists and its charts."""

from astu_desktop.ui.team.window import TeamOverviewWindow

__all__ = ["TeamOverviewWindow"]
