"""What the laptop and the server share: value types with limits, the henkilötunnus.

Importable without SQLAlchemy, Qt or FastAPI (a test keeps it so).
"""
