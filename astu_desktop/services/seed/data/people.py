"""Names, mother tongues and the people around a client."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NamePool:
    """Names of one language background; `last_female` where surnames inflect by sex."""

    male: tuple[str, ...]
    female: tuple[str, ...]
    last: tuple[str, ...]
    male_middle: tuple[str, ...] = ()
    female_middle: tuple[str, ...] = ()
    last_female: tuple[str, ...] = ()


FINNISH = NamePool(
    male=(
        "Juha", "Timo", "Matti", "Kari", "Mikko", "Jari", "Antti", "Jukka", "Mika", "Markku",
        "Pekka", "Hannu", "Heikki", "Seppo", "Janne", "Ari", "Sami", "Petri", "Ville", "Marko",
        "Tuomas", "Jussi", "Lauri", "Teemu", "Jani", "Tommi", "Pasi", "Esa", "Harri", "Vesa",
        "Kimmo", "Jyrki", "Risto", "Raimo", "Tapio", "Olli", "Joni", "Aleksi", "Niko", "Jesse",
        "Joonas", "Eero", "Arto", "Jarmo", "Reijo", "Pertti", "Erkki", "Veikko", "Toni", "Santeri",
    ),
    female=(
        "Tuula", "Ritva", "Anne", "Päivi", "Sari", "Tiina", "Minna", "Marja", "Pirjo", "Leena",
        "Johanna", "Satu", "Kirsi", "Anu", "Merja", "Sanna", "Eija", "Heidi", "Jenni", "Katja",
        "Laura", "Riikka", "Hanna", "Paula", "Elina", "Maria", "Liisa", "Sirpa", "Maarit", "Outi",
        "Emmi", "Noora", "Jonna", "Susanna", "Mervi", "Terhi", "Niina", "Piia", "Raija", "Aino",
    ),
    last=(
        "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine",
        "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen",
        "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen",
        "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen",
        "Ahonen", "Leinonen", "Hiltunen", "Miettinen", "Pitkänen", "Aaltonen", "Manninen",
        "Hakala", "Kettunen", "Rautio", "Huttunen", "Väisänen", "Ojala", "Kallio", "Laaksonen",
        "Peltonen", "Lappalainen", "Seppälä", "Kärkkäinen", "Anttila", "Ketola", "Toivonen",
        "Räsänen", "Hyvönen", "Pesonen", "Oksanen", "Mustonen", "Honkanen", "Vainio",
    ),
    male_middle=(
        "Juhani", "Johannes", "Antero", "Tapani", "Olavi", "Kalevi", "Ilmari", "Mikael",
        "Kristian", "Henrik", "Petteri", "Aleksanteri", "Matias", "Kullervo",
    ),
    female_middle=(
        "Maria", "Johanna", "Kristiina", "Anneli", "Helena", "Marjatta", "Susanna", "Elisabet",
        "Orvokki", "Inkeri", "Annikki", "Katariina", "Sofia", "Tuulikki",
    ),
)  # fmt: skip

SWEDISH = NamePool(
    male=("Mikael", "Johan", "Erik", "Anders", "Henrik", "Fredrik", "Kristian", "Jonas",
          "Stefan", "Patrik", "Mats", "Niklas", "Björn", "Rasmus"),
    female=("Anna", "Karin", "Kristina", "Ulrika", "Camilla", "Sofia", "Emma", "Malin",
            "Linnea", "Ingrid", "Maria", "Jessica"),
    last=("Lindqvist", "Lindström", "Holmström", "Nyström", "Sjöberg", "Grönroos", "Wikström",
          "Lindberg", "Åberg", "Forsman", "Blomqvist", "Nyberg", "Ekholm", "Söderholm",
          "Backman", "Sundqvist"),
    male_middle=("Johan", "Erik", "Gustav", "Anders"),
    female_middle=("Maria", "Kristina", "Elisabeth", "Margareta"),
)  # fmt: skip

RUSSIAN = NamePool(
    male=("Aleksandr", "Aleksei", "Dmitri", "Sergei", "Igor", "Andrei", "Vladimir", "Nikolai",
          "Juri", "Maksim", "Pavel", "Oleg"),
    female=("Olga", "Natalia", "Svetlana", "Irina", "Jelena", "Tatjana", "Marina", "Anna",
            "Julia", "Ljudmila"),
    last=("Ivanov", "Smirnov", "Petrov", "Kuznetsov", "Popov", "Volkov", "Sokolov", "Morozov",
          "Novikov", "Fjodorov"),
    last_female=("Ivanova", "Smirnova", "Petrova", "Kuznetsova", "Popova", "Volkova",
                 "Sokolova", "Morozova", "Novikova", "Fjodorova"),
)  # fmt: skip

SOMALI = NamePool(
    male=("Abdi", "Mohamed", "Ahmed", "Abdullahi", "Hassan", "Ali", "Omar", "Yusuf", "Ibrahim",
          "Abdirahman"),
    female=("Fadumo", "Hodan", "Amina", "Sahra", "Hawa", "Asha", "Ifrah", "Khadra", "Nimco"),
    last=("Hassan", "Mohamed", "Ali", "Warsame", "Farah", "Osman", "Ahmed", "Abdullahi", "Jama",
          "Hussein", "Abdi", "Nur"),
)  # fmt: skip

ARABIC = NamePool(
    male=("Ahmad", "Mohammad", "Ali", "Hussein", "Omar", "Karim", "Mustafa", "Hassan", "Zaid",
          "Ammar", "Yasin"),
    female=("Fatima", "Zainab", "Maryam", "Noor", "Aisha", "Huda", "Rania", "Layla", "Samira"),
    last=("Al-Hassan", "Hussein", "Abbas", "Jaber", "Kareem", "Saleh", "Al-Khafaji", "Haddad",
          "Mansour", "Al-Obaidi", "Nasser"),
)  # fmt: skip

ENGLISH = NamePool(
    male=("John", "Michael", "David", "Daniel", "Samuel", "Emmanuel", "James", "Kwame",
          "Chinedu", "Peter"),
    female=("Grace", "Mary", "Sarah", "Esther", "Joy", "Blessing", "Rebecca", "Ama"),
    last=("Okafor", "Mensah", "Adeyemi", "Smith", "Williams", "Murphy", "Boateng", "Okoro",
          "Owusu", "Brown"),
)  # fmt: skip

NAME_POOLS: dict[str, NamePool] = {
    "fi": FINNISH,
    "sv": SWEDISH,
    "ru": RUSSIAN,
    "so": SOMALI,
    "ar": ARABIC,
    "en": ENGLISH,
}

# Mother tongue of clients: Finnish mostly; the rest as in Helsinki's homeless services.
CLIENT_LANGUAGE_WEIGHTS: dict[str, int] = {
    "fi": 78,
    "sv": 5,
    "ru": 6,
    "so": 4,
    "ar": 4,
    "en": 3,
}
# Workers of the city's social services: Finnish mostly, some Swedish and other backgrounds.
WORKER_LANGUAGE_WEIGHTS: dict[str, int] = {"fi": 84, "sv": 8, "ru": 3, "so": 2, "ar": 2, "en": 1}

CONTACT_RELATIONS: tuple[str, ...] = (
    "äiti", "isä", "sisar", "veli", "tytär", "poika", "entinen puoliso", "ystävä",
)  # fmt: skip
GUARDIAN_ORGANISATION = "Helsingin yleinen edunvalvonta"
PROFESSIONAL_CONTACTS: tuple[tuple[str, str], ...] = (
    ("sosiaaliohjaaja", "A-klinikka"),
    ("psykiatrinen sairaanhoitaja", "Psykiatrian poliklinikka"),
    ("aluesosiaalityöntekijä", "Aikuissosiaalityö"),
)
BACKGROUND_NOTES: tuple[str, ...] = (
    "Luottohäiriömerkintä.", "Aiempi häätö vuokravelan vuoksi.",
    "Koira, huomioitava asuntotarjouksissa.", "Ei halua asuntoa Itä-Helsingistä.",
    "Liikuntarajoite, esteetön asunto tarpeen.", "Toivoo yhteydenottoa tekstiviestillä.",
)  # fmt: skip
