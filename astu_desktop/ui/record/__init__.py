"""The client record window and its tabs."""

from astu_desktop.ui.record.window import ClientRecordWindow, close_client_windows

__all__ = ["ClientRecordWindow", "close_client_windows"]
