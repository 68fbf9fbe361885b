"""The Qt layer: every window, dialog and widget, and nothing else imports Qt."""

from astu_desktop.ui.import_hook import stop_source_scans

stop_source_scans()
