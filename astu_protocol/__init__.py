"""What the laptop and the server share, declared once for both.

- `codes`: the code lists of the synced data (visit kinds, services, reasons, ...);
- `tables`: every synced table, its fields with their value types (`values`), its scope;
- `validation`: a row checked against those types and a form's answers against its
  definition (`forms`, `dates`), the same on both sides;
- `messages`: the sync protocol's requests and answers; `hlc` and `ordering` stamp and
  order changes; `accesschain` links the access log; `hetu` reads a henkilötunnus;
  `service_day` is Helsinki's day, week and month.

Importable without SQLAlchemy, Qt, FastAPI or ReportLab, and it imports nothing of the
desktop or the server (import-linter contracts in pyproject.toml keep it so).
"""
