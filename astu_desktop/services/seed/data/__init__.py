"""Word lists and weights behind the synthetic caseload.

Everything here is made up or public (common names, real Helsinki streets and their
postal codes); no real person's data. Weights follow DOMAIN.md where it gives numbers.
"""
