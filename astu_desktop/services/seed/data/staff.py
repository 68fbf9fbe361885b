"""Team kinds, names and the titles of their workers."""

from __future__ import annotations

TEAM_TITLES = {"lead": "Tiiminvetäjä"}
WORKER_TITLES: dict[str, tuple[str, ...]] = {
    "sas": ("Sosiaalityöntekijä", "SAS-sijoittaja", "Sosiaaliohjaaja"),
    "outreach": ("Sosiaaliohjaaja", "Ohjaaja", "Sosiaaliohjaaja"),
    "rent_debt": ("Sosiaaliohjaaja", "Sosiaalityöntekijä"),
    "home_rehabilitation": ("Sairaanhoitaja", "Lähihoitaja", "Sosiaaliohjaaja"),
}

# Teams are created in this order of kinds, so even two teams cover outreach and SAS.
TEAM_KIND_CYCLE = (
    "outreach", "sas", "outreach", "rent_debt",
    "home_rehabilitation", "outreach", "sas", "outreach",
)  # fmt: skip
SAS_AREAS = ("Keskusta", "Itä", "Pohjoinen", "Länsi")
TEAM_NAMES = {"rent_debt": "Vuokravelkatiimi", "home_rehabilitation": "Kotikuntoutustiimi"}
